"""The ``migrationhealth`` command line.

Each sub-command lives in a module of this package that defines ``register(subparsers)``;
``register`` adds the command's parser and sets its ``run(args) -> int`` as the default
``func``. Exit statuses: 0 success, 1 the command found what it was asked to fail on,
2 bad usage or input that cannot be loaded (one line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import importlib
import re
import sys
from collections.abc import Callable, Sequence

from .. import __version__
from ..errors import LoadError, MigrationHealthError

__all__ = ["main"]

# Sub-command modules, in the order ``--help`` lists them.
_COMMANDS: tuple[str, ...] = ("report", "validate", "aggregate")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every sub-command."""
    parser = argparse.ArgumentParser(
        prog="migrationhealth",
        description="Record, validate and aggregate what reports say about "
        "migration-and-health programmes.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in _COMMANDS:
        module = importlib.import_module(f"{__name__}.{name}")
        module.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int] = args.func
    try:
        return run(args)
    except LoadError as error:
        print(f"migrationhealth: error: {one_line(error)}", file=sys.stderr)
        return 2
    except MigrationHealthError as error:
        print(f"migrationhealth: error: {_escape(str(error))}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # pragma: no cover - e.g. piped into `head`
        return 0


def one_line(error: LoadError) -> str:
    """A load error as one line: the file, the first problem, and how many more there are."""
    where = f"{error.filename}: " if error.filename else ""
    first = error.problems[0] if error.problems else "cannot be loaded"
    more = len(error.problems) - 1
    tail = f" (and {more} more problem{'s' if more > 1 else ''})" if more > 0 else ""
    return _escape(f"{where}{first}{tail}")


_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


def _escape(text: str) -> str:
    # A file name may hold a line break; escaped, the message stays on one line.
    return _CONTROL.sub(lambda match: repr(match.group())[1:-1], text)
