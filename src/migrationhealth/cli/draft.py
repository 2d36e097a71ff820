"""``migrationhealth draft REPORT``: a dataset drafted from a report's text, for review.

The report is a UTF-8 text file (or ``-`` for standard input), optionally starting with a
line ``SOURCE: <url>``. The draft is written as canonical JSON (``--format json``, the
default) or as a Python script that builds the same dataset (``--format python``), to
standard output or to ``-o FILE``, which is never overwritten without ``--force``. A
summary line goes to standard error unless ``--quiet``. Exit status: 0 when a draft was
written (with or without figures), 2 when the report cannot be read (missing, empty,
binary, not UTF-8) or the output cannot be written.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from .._escape import one_line
from ..draft import Draft, draft_report, draft_script
from ..errors import InvalidValueError
from ..serialization import dumps
from ._common import (
    DEFAULT_MAX_INPUT,
    STDIN,
    CommandError,
    add_output_arguments,
    io_problem,
    open_output,
    parse_size,
)

__all__ = ["read_report", "register", "run"]

LANGUAGES = ("en", "es", "pt", "fr")


def register(subparsers: Any) -> None:
    """Add the ``draft`` command to the command line's sub-parsers."""
    parser = subparsers.add_parser(
        "draft",
        help="draft a dataset from a report's text, for a person to review",
        description="Read a report (a UTF-8 text file, or - for standard input) and write "
        "a draft dataset of what it states: every figure with its hedge, unit and quote, "
        "dates, countries, places, organisations, people and the source. Every drafted "
        "record is marked as a draft; validation rule MH403 lists them until they are "
        "reviewed. A first line 'SOURCE: <url>' gives the source's address.",
    )
    parser.add_argument("report", metavar="REPORT", help="the report's text file, or -")
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        help="the report's language (default: detected from the text)",
    )
    parser.add_argument(
        "--source-id",
        metavar="ID",
        help="the id of the drafted source (default: made from the SOURCE address)",
    )
    parser.add_argument(
        "--format",
        choices=("json", "python"),
        default="json",
        help="json (default): the dataset; python: a script that builds and saves it",
    )
    parser.add_argument(
        "--force", action="store_true", help="overwrite the output file if it exists"
    )
    parser.add_argument(
        "--max-input-size",
        type=parse_size,
        default=DEFAULT_MAX_INPUT,
        metavar="SIZE",
        help="refuse a report larger than SIZE bytes (suffixes K, M, G; default: 1G)",
    )
    add_output_arguments(parser)
    parser.set_defaults(func=run)


def read_report(path: str, *, max_size: int = DEFAULT_MAX_INPUT) -> str:
    """The text of the report at ``path`` (``-``: standard input), or a CommandError.

    Refused with a message naming the path: a missing or unreadable file, one larger
    than ``max_size``, an empty one, a binary one (with NUL bytes) and one that is not
    UTF-8 (naming the offset of the first byte that is not).
    """
    name = "standard input" if path == STDIN else path
    try:
        if path == STDIN:
            if sys.stdin is None:
                raise CommandError("standard input: is closed")
            data = sys.stdin.buffer.read(max_size + 1)
        else:
            with open(path, "rb") as stream:
                data = stream.read(max_size + 1)
    except OSError as error:
        raise io_problem(name, error) from None
    if len(data) > max_size:
        raise CommandError(
            f"{one_line(name)}: larger than {max_size:,} bytes; --max-input-size raises the limit"
        )
    if b"\x00" in data:
        raise CommandError(f"{one_line(name)}: is a binary file, not a report's text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise CommandError(
            f"{one_line(name)}: is not UTF-8 text (byte 0x{data[error.start]:02x} at offset "
            f"{error.start}); convert it to UTF-8 first"
        ) from None
    if not text.strip():
        raise CommandError(f"{one_line(name)}: is empty: there is no text to draft from")
    return text


def run(args: argparse.Namespace) -> int:
    """Draft the report and write the draft; return the exit status."""
    text = read_report(args.report, max_size=args.max_input_size)
    try:
        result = draft_report(text, language=args.language, source=args.source_id)
    except InvalidValueError as error:
        raise CommandError(f"{one_line(args.report)}: {error}") from None
    output = args.output
    if output is not None and not args.force and os.path.lexists(output):
        raise CommandError(f"{one_line(output)}: exists; pass --force to overwrite it")
    if args.format == "python":
        saved = "reviewed.json"
        if output is not None:
            saved = os.path.splitext(os.path.basename(output))[0] + ".reviewed.json"
        written = draft_script(result, output=saved)
    else:
        written = dumps(result.dataset, indent=2)
    with open_output(output, raw=True) as stream:
        stream.write(written)
    if not args.quiet:
        print(summary(result, args.report), file=sys.stderr)
    return 0


def summary(result: Draft, report: str) -> str:
    """One line saying what the draft holds, for standard error."""
    dataset = result.dataset
    programme = dataset.programmes[0]
    source = dataset.sources[0]
    detection = result.detection
    how = (
        "given" if detection is None else "detected" if detection.certain else "detected, uncertain"
    )
    figures = len(programme.figures)
    head = (
        f"{one_line(report)}: no figures found; the draft is empty of figures"
        if not figures
        else f"{one_line(report)}: drafted {figures} figure{'s' if figures != 1 else ''}"
    )
    return (
        f"{head}, {len(programme.dates)} dates, {len(programme.countries)} countries, "
        f"{len(dataset.organisations)} organisations, {len(dataset.people)} people "
        f"(language {source.language}, {how}); {len(result.left_out)} numbers left out; "
        "every record is marked draft= until reviewed"
    )
