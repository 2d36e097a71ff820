"""The ``migrationhealth`` command line.

Each sub-command lives in a module of this package that defines ``register(subparsers)``;
``register`` adds the command's parser and sets its ``run(args) -> int`` as the default
``func``. Exit statuses: 0 success, 1 the command found what it was asked to fail on,
2 bad usage or input that cannot be loaded (one line on stderr, never a traceback).
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import sys
from collections.abc import Callable, Sequence

from .. import __version__
from .._escape import one_line as escape_one_line
from ..errors import LoadError, MigrationHealthError
from ._common import finish_stdout, io_problem, silence_stdout

__all__ = ["main"]

# Sub-command modules, in the order ``--help`` lists them.
_COMMANDS: tuple[str, ...] = ("report", "validate", "aggregate", "draft")


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
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status.

    Every failure to read input or write output is one line on standard error naming the
    path and the problem, with status 2; a reader that goes away (a broken pipe, as with
    ``| head``) ends the command quietly, with status 0.
    """
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit:
        try:
            finish_stdout()  # --help into a full or closed pipe ends as quietly as a usage error
        except OSError:
            silence_stdout()
        raise
    except OSError as error:  # the help, written to an output that takes no more
        silence_stdout()
        return _fail(str(io_problem("standard output", error)))
    run: Callable[[argparse.Namespace], int] = args.func
    try:
        status = run(args)
    except BrokenPipeError:
        silence_stdout()
        return 0
    except LoadError as error:
        return _fail(one_line(error))
    except MigrationHealthError as error:
        return _fail(_escape(str(error)))
    except OSError as error:
        name = error.filename if isinstance(error.filename, str) else "input or output"
        return _fail(str(io_problem(name, error)))
    except MemoryError:
        return _fail("out of memory; the input is too large for this machine")
    failed = finish_stdout()
    if failed is not None:
        return _fail(str(failed))
    return status


def _fail(message: str) -> int:
    # Standard output may have failed: what it still buffers is not written after this.
    with contextlib.suppress(AttributeError, OSError, ValueError):  # stderr closed too
        print(f"migrationhealth: error: {message}", file=sys.stderr)
    return 2


def one_line(error: LoadError) -> str:
    """A load error as one line: the file, the first problem, and how many more there are."""
    where = f"{error.filename}: " if error.filename else ""
    first = error.problems[0] if error.problems else "cannot be loaded"
    more = len(error.problems) - 1 + error.omitted
    tail = f" (and {more:,} more problem{'s' if more > 1 else ''})" if more > 0 else ""
    return _escape(f"{where}{first}{tail}")


def _escape(text: str) -> str:
    # A file name may hold a line break or an escape sequence; escaped, the message stays
    # on one line and the terminal shows it as text. Long messages are cut.
    text = escape_one_line(text)
    if len(text) > _LONGEST_MESSAGE:
        text = text[: _LONGEST_MESSAGE - 3] + "..."
    return text


_LONGEST_MESSAGE = 2000
