"""``migrationhealth aggregate [PATH]`` and ``migrationhealth export [PATH]``.

``aggregate`` totals one measure of a dataset (the built-in one when no PATH is given),
optionally by country, year, organisation, role, kind, theme or measure, and prints
each group's bounds with the figures it counted and those it left out, as text or
JSON. ``--measure programmes`` counts programmes instead (by organisation unless
``--by`` says otherwise): which partners take part in most programmes. Its exit status
is 0 on success, 1 when figures conflict and the policy does not resolve them (the
message names them), and 2 for bad usage or input that cannot be loaded, or figures
that cannot be added (people and services).

``export`` writes one row per figure, as CSV or JSON Lines, to standard output or a
file. In CSV, text a spreadsheet would run as a formula is written with a ``'`` before
it, unless ``--raw``; a file that cannot be written (a missing directory, a full disk)
is one line on standard error and exit status 2.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .._escape import escape
from ..aggregation import (
    Aggregation,
    ConflictError,
    NotAddableError,
    Policy,
    aggregate,
    as_dict,
    count_programmes,
    to_records,
    write_csv,
    write_jsonl,
)
from ..aggregation.group import DIMENSIONS
from ..aggregation.programmes import PROGRAMME_DIMENSIONS, ProgrammeCounts
from ..aggregation.records import Record, dumps_json, group_rows
from ..exports import write_datapackage, write_hxl, write_parquet
from ._common import (
    CommandError,
    add_dataset_argument,
    add_output_arguments,
    io_problem,
    load_dataset,
    open_output,
)
from ._progress import Progress

__all__ = ["register", "run", "run_export"]

PROGRAMMES = "programmes"
"""The ``--measure`` that counts programmes rather than adding figures."""

EXPORT_FORMATS = ("csv", "jsonl", "parquet", "hxl", "datapackage")
"""The formats of ``export``."""

_POLICIES = tuple(policy.value.replace(" ", "-") for policy in Policy)


def register(subparsers: Any) -> None:
    """Add the ``aggregate`` and ``export`` commands to the command line's sub-parsers."""
    parser = subparsers.add_parser(
        "aggregate",
        help="total one measure, by country, year, organisation, role, kind or theme",
        description="Total the figures of one measure, with low and high bounds, the "
        "figures counted (ids, sources, quotes) and those left out and why. Parts of a "
        "breakdown, sub-groups and repeated mentions are never added to their whole. "
        "With no PATH, aggregate the built-in dataset (13 reports). Exit status: "
        "0 on success, 1 when figures conflict and the policy does not resolve them, 2 "
        "for bad usage or input that cannot be loaded.",
    )
    add_dataset_argument(parser)
    parser.add_argument(
        "--measure",
        required=True,
        metavar="MEASURE",
        help="what to total: a measure, built in (participants, trained, services, "
        "consultations, people_served...) or declared in the dataset's vocabulary; or "
        f"'{PROGRAMMES}' to count programmes",
    )
    parser.add_argument(
        "--by",
        choices=DIMENSIONS,
        help="group by this dimension (default: one total)",
    )
    parser.add_argument(
        "--policy",
        choices=_POLICIES,
        default="strict",
        help="what to do when figures about the same thing conflict: strict (default) "
        "fails naming them; range spans them; low, high and latest-source pick; "
        "preferred takes the figure ranked preferred",
    )
    parser.add_argument(
        "--split-years",
        action="store_true",
        help="with --by year, split a figure whose period spans years pro rata",
    )
    parser.add_argument(
        "--include-planned",
        action="store_true",
        help="count planned figures ('will train 50 people'); a plan is never added "
        "to a delivery, so a total that would hold both fails",
    )
    parser.add_argument(
        "--brief",
        action="store_true",
        help="in the text format, one line per group instead of every figure",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "csv"),
        default="text",
        help="text (default), json, or csv (one row per group, with its bounds and counts)",
    )
    add_output_arguments(parser)
    parser.set_defaults(func=run)

    export = subparsers.add_parser(
        "export",
        help="write the figures as CSV, JSON Lines, Parquet, HXL or a data package",
        description="Write one row per figure with its programme, cohort, organisations, "
        "countries, period, measure, quantity, qualifier, bounds, source and quote. With "
        "no PATH, export the built-in dataset (13 reports). parquet (a file) and "
        "datapackage (a directory) need -o; parquet needs pyarrow (the arrow extra).",
    )
    add_dataset_argument(export)
    export.add_argument(
        "--format",
        choices=EXPORT_FORMATS,
        default="csv",
        help="csv (default); jsonl (one JSON object per line); parquet (typed columns); "
        "hxl (CSV with a row of HXL hashtags); datapackage (a Frictionless Data Package: "
        "one CSV per table and datapackage.json)",
    )
    export.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="write to FILE (a directory for datapackage) instead of standard output",
    )
    add_output_arguments(export, output=False)
    export.add_argument(
        "--raw",
        action="store_true",
        help="write every value as it is: no ' before text a spreadsheet would run as a "
        "formula (=, +, -, @), no escapes for invisible and bidirectional characters",
    )
    export.set_defaults(func=run_export)


def run(args: argparse.Namespace) -> int:
    """Aggregate the dataset named by ``args.path``; 1 when a conflict is left unresolved."""
    with Progress(quiet=args.quiet).step(f"loading {args.path or 'the built-in dataset'}"):
        dataset = load_dataset(args.path, max_size=args.max_input_size)
    result: Any
    if args.measure.strip().lower() == PROGRAMMES:
        by = args.by or "organisation"
        if by not in PROGRAMME_DIMENSIONS:
            raise CommandError(
                f"programmes are counted by one of {', '.join(PROGRAMME_DIMENSIONS)}, not {by!r}"
            )
        result = count_programmes(dataset, by=by)
    else:
        try:
            result = aggregate(
                dataset,
                measure=args.measure,
                by=args.by,
                policy=args.policy,
                split_years=args.split_years,
                include_planned=args.include_planned,
            )
        except (ConflictError, NotAddableError) as error:
            print(f"migrationhealth: error: {escape(str(error))}", file=sys.stderr)
            return 1
    with open_output(args.output) as output:
        if args.format == "json":
            output.write(dumps_json(as_dict(result), indent=2) + "\n")
        elif args.format == "csv":
            write_csv(_rows(result), output)
        elif args.brief and isinstance(result, Aggregation):
            output.write("\n".join(result.summary_lines()) + "\n")
        else:
            output.write(str(result) + "\n")
    return 0


def _rows(result: Aggregation | ProgrammeCounts) -> list[Record]:
    if isinstance(result, Aggregation):
        return group_rows(result)
    return [
        {
            "key": count.key,
            "label": count.label,
            "count": count.count,
            "programmes": ";".join(count.programmes),
            "roles": ";".join(count.roles),
        }
        for count in result.counts
    ]


def run_export(args: argparse.Namespace) -> int:
    """Write the dataset named by ``args.path`` in the format ``args.format`` asks for."""
    with Progress(quiet=args.quiet).step(f"loading {args.path or 'the built-in dataset'}"):
        dataset = load_dataset(args.path, max_size=args.max_input_size)
    if args.format in ("parquet", "datapackage"):
        if args.output is None:
            what = "a file" if args.format == "parquet" else "a directory"
            raise CommandError(f"--format {args.format} writes {what}: name it with -o")
        try:
            if args.format == "parquet":
                write_parquet(dataset, args.output)
            else:
                write_datapackage(dataset, args.output)
        except OSError as error:
            raise io_problem(args.output, error) from None
        return 0
    with open_output(args.output, raw=args.raw) as output:
        if args.format == "csv":
            write_csv(to_records(dataset), output, raw=args.raw)
        elif args.format == "hxl":
            write_hxl(dataset, output, raw=args.raw)
        else:
            write_jsonl(to_records(dataset), output)
    return 0
