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
file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

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
from ..aggregation.programmes import PROGRAMME_DIMENSIONS
from ..aggregation.records import dumps_json
from ._common import add_dataset_argument, load_dataset

__all__ = ["register", "run", "run_export"]

PROGRAMMES = "programmes"
"""The ``--measure`` that counts programmes rather than adding figures."""

_POLICIES = tuple(policy.value.replace(" ", "-") for policy in Policy)


def register(subparsers: Any) -> None:
    """Add the ``aggregate`` and ``export`` commands to the command line's sub-parsers."""
    parser = subparsers.add_parser(
        "aggregate",
        help="total one measure, by country, year, organisation, role, kind or theme",
        description="Total the figures of one measure, with low and high bounds, the "
        "figures counted (ids, sources, quotes) and those left out and why. Parts of a "
        "breakdown, sub-groups and repeated mentions are never added to their whole. "
        "With no PATH, aggregate the built-in dataset of the seed reports. Exit status: "
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
        choices=("text", "json"),
        default="text",
        help="text (default) or json",
    )
    parser.set_defaults(func=run)

    export = subparsers.add_parser(
        "export",
        help="write one row per figure, as CSV or JSON Lines",
        description="Write one row per figure with its programme, cohort, organisations, "
        "countries, period, measure, quantity, qualifier, bounds, source and quote. With "
        "no PATH, export the built-in dataset of the seed reports.",
    )
    add_dataset_argument(export)
    export.add_argument(
        "--format",
        choices=("csv", "jsonl"),
        default="csv",
        help="csv (default) or jsonl (one JSON object per line)",
    )
    export.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write to FILE instead of standard output",
    )
    export.set_defaults(func=run_export)


def run(args: argparse.Namespace) -> int:
    """Aggregate the dataset named by ``args.path``; 1 when a conflict is left unresolved."""
    dataset = load_dataset(args.path)
    result: Any
    if args.measure.strip().lower() == PROGRAMMES:
        by = args.by or "organisation"
        if by not in PROGRAMME_DIMENSIONS:
            print(
                f"migrationhealth: error: programmes are counted by one of "
                f"{', '.join(PROGRAMME_DIMENSIONS)}, not {by!r}",
                file=sys.stderr,
            )
            return 2
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
            print(f"migrationhealth: error: {error}", file=sys.stderr)
            return 1
    if args.format == "json":
        sys.stdout.write(dumps_json(as_dict(result), indent=2) + "\n")
    elif args.brief and isinstance(result, Aggregation):
        sys.stdout.write("\n".join(result.summary_lines()) + "\n")
    else:
        sys.stdout.write(str(result) + "\n")
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write the dataset named by ``args.path`` as flat records, CSV or JSON Lines."""
    records = to_records(load_dataset(args.path))
    write = write_csv if args.format == "csv" else write_jsonl
    if args.output is None:
        write(records, sys.stdout)
    else:
        with Path(args.output).open("w", encoding="utf-8", newline="") as stream:
            write(records, stream)
    return 0
