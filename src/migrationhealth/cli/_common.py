"""What the sub-commands share: the dataset argument, how it is read, and how output is written.

- :func:`add_dataset_argument` and :func:`load_dataset`: the optional PATH, read with a
  size bound (:data:`DEFAULT_MAX_INPUT`, raised with ``--max-input-size``).
- :func:`write` and :func:`open_output`: every byte a command prints goes through an
  :class:`Output`, which escapes what a terminal would act on (see
  :mod:`migrationhealth._escape`) and what the stream's encoding cannot write.
- :class:`CommandError`: a failure the command line reports as one line on standard
  error, with exit status 2; :func:`io_problem` words an :class:`OSError` for it, naming
  the path.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import os
import re
import sys
from collections.abc import Iterator
from typing import IO

from .._escape import ENCODING_ERRORS, escape, one_line
from ..dataset import Dataset
from ..errors import LoadError, MigrationHealthError
from ..serialization import load

__all__ = [
    "DEFAULT_MAX_INPUT",
    "STDIN",
    "STDOUT",
    "CommandError",
    "Output",
    "add_dataset_argument",
    "add_output_arguments",
    "finish_stdout",
    "io_problem",
    "load_dataset",
    "open_output",
    "parse_size",
    "silence_stdout",
    "stdout",
    "write",
]

DEFAULT_MAX_INPUT = 1 << 30
"""The most bytes a command reads from its input (1 GiB) unless ``--max-input-size`` says more.

A dataset of a million figures is about 320 MiB of JSON; a bound keeps a command given
``/dev/zero`` or a runaway pipe from reading until memory runs out.
"""

STDOUT = "standard output"
"""How messages name standard output."""

STDIN = "-"
"""The PATH that names standard input."""


class CommandError(MigrationHealthError, OSError):
    """A command failed on its input or output; the message names the path and the problem.

    The command line prints it as one line on standard error and exits with status 2.
    """


_REASONS = {
    errno.ENOENT: "no such file or directory",
    errno.EISDIR: "is a directory",
    errno.ENOTDIR: "a part of the path is not a directory",
    errno.EACCES: "permission denied",
    errno.EPERM: "operation not permitted",
    errno.ENOSPC: "no space left on device",
    errno.EROFS: "read-only file system",
    errno.EBADF: "is closed",
    errno.EPIPE: "the reader went away (broken pipe)",
    errno.ENAMETOOLONG: "the name is too long",
    errno.EIO: "input/output error",
}


def io_problem(name: str, error: OSError) -> CommandError:
    """A :class:`CommandError` saying that ``name`` (a path, or ``standard output``) failed."""
    reason = _REASONS.get(error.errno or 0) or (error.strerror or str(error) or "failed").lower()
    return CommandError(f"{one_line(name)}: {reason}")


_SIZE = re.compile(r"(?P<number>[0-9]+)\s*(?P<unit>[KMGT]?)(?:I?B)?", re.IGNORECASE)
_UNITS = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30, "T": 1 << 40}


def parse_size(text: str) -> int:
    """A size in bytes from ``"1073741824"``, ``"512M"``, ``"2G"`` or ``"2GiB"`` (of 1024s)."""
    match = _SIZE.fullmatch(text.strip())
    if match is None or int(match["number"]) == 0:
        raise argparse.ArgumentTypeError(
            f"expected a positive size in bytes, such as 2G, 512M or 1048576, got {text!r}"
        )
    return int(match["number"]) * _UNITS[match["unit"].upper()]


def add_dataset_argument(parser: argparse.ArgumentParser) -> None:
    """Add the optional PATH argument, and ``--max-input-size``, the bound on reading it."""
    parser.add_argument(
        "path",
        nargs="?",
        metavar="PATH",
        help="a dataset in migrationhealth's JSON format, or - for standard input "
        "(default: the built-in dataset, the 13 reports of migrationhealth.corpus())",
    )
    parser.add_argument(
        "--max-input-size",
        type=parse_size,
        default=DEFAULT_MAX_INPUT,
        metavar="SIZE",
        help="refuse input larger than SIZE bytes (suffixes K, M, G; default: 1G)",
    )


def load_dataset(path: str | None, *, max_size: int = DEFAULT_MAX_INPUT) -> Dataset:
    """The dataset at ``path``, or for ``None`` the built-in one; LoadError for a bad file.

    The built-in dataset is :func:`migrationhealth.corpus`, all 13 reports.

    At most ``max_size`` bytes are read; a longer input is refused, naming the option that
    raises the bound.
    """
    if path is None:
        from ..corpus import corpus  # noqa: PLC0415 - read only when asked for

        return corpus()
    try:
        if path == STDIN:
            if sys.stdin is None:
                raise CommandError("standard input: is closed")
            return load(sys.stdin.buffer, max_size=max_size)
        return load(path, max_size=max_size)
    except LoadError as error:
        if error.problems and error.problems[0].startswith("larger than "):
            problem = f"{error.problems[0]}; --max-input-size raises the limit"
            raise LoadError([problem], filename=error.filename) from None
        raise


class Output:
    r"""A text stream that commands write to: escaped, encoded, and failing with a clear error.

    ``stream`` is the stream written to and ``name`` how messages name it (a path, or
    :data:`STDOUT`). With ``raw=False`` (the default), characters a terminal would act on
    are written as ``\uXXXX`` escapes (:func:`migrationhealth._escape.escape`). Characters
    the stream's encoding lacks are written as the same escapes. A failing write raises
    :class:`CommandError` naming the stream; a broken pipe stays a
    :class:`BrokenPipeError`, which the command line treats as the reader having gone.
    """

    def __init__(self, stream: IO[str] | None, name: str, *, raw: bool = False) -> None:
        self.stream = stream
        self.name = name
        self.raw = raw

    def write(self, text: str) -> int:
        """Write ``text``; return the number of characters taken from it."""
        stream = self.stream
        if stream is None:
            raise CommandError(f"{one_line(self.name)}: is closed")
        shown = text if self.raw else escape(text)
        try:
            try:
                stream.write(shown)
            except UnicodeEncodeError:
                encoding = getattr(stream, "encoding", None) or "ascii"
                stream.write(shown.encode(encoding, ENCODING_ERRORS).decode(encoding))
        except BrokenPipeError:
            raise
        except OSError as error:
            raise io_problem(self.name, error) from None
        except ValueError as error:  # a closed file
            raise CommandError(f"{one_line(self.name)}: is closed") from error
        return len(text)

    def flush(self) -> None:
        """Flush the stream, reporting a failure as :meth:`write` does."""
        stream = self.stream
        if stream is None:
            return
        try:
            stream.flush()
        except BrokenPipeError:
            raise
        except OSError as error:
            raise io_problem(self.name, error) from None
        except ValueError:
            pass  # already closed: nothing is left to flush


def stdout(*, raw: bool = False) -> Output:
    """Standard output as an :class:`Output` (``sys.stdout`` is ``None`` when fd 1 is closed)."""
    return Output(sys.stdout, STDOUT, raw=raw)


def write(text: str) -> None:
    r"""Write ``text`` to standard output through an :class:`Output`.

    A terminal that cannot show "Díaz-Canel" still gets the whole output, with the
    characters it lacks written as ``\uXXXX`` escapes; bidirectional controls and
    zero-width characters in the data are written as escapes too.
    """
    stdout().write(text)


@contextlib.contextmanager
def open_output(path: str | None, *, raw: bool = False) -> Iterator[Output]:
    """An :class:`Output` on the file ``path`` (UTF-8), or on standard output for ``None``.

    The file is created or truncated; failing to open, write or close it raises
    :class:`CommandError` naming it ("no such file or directory" for a missing
    directory, "is a directory", "no space left on device").
    """
    if path is None:
        output = stdout(raw=raw)
        yield output
        output.flush()
        return
    try:
        stream = open(path, "w", encoding="utf-8", newline="")  # noqa: SIM115 - closed below
    except OSError as error:
        raise io_problem(path, error) from None
    output = Output(stream, path, raw=raw)
    try:
        yield output
    finally:
        try:
            stream.close()
        except OSError as error:
            raise io_problem(path, error) from None


def finish_stdout() -> CommandError | None:
    """Flush standard output; the error when it cannot be written, after which it is silenced.

    Once the output has failed (a full disk, a closed pipe), the bytes still buffered go
    to ``/dev/null``, so that the interpreter's last flush does not print a second error.
    """
    stream = sys.stdout
    if stream is None:
        return None
    try:
        stream.flush()
    except BrokenPipeError:
        silence_stdout()
        return None
    except OSError as error:
        silence_stdout()
        return io_problem(STDOUT, error)
    except ValueError:
        return None
    return None


def silence_stdout() -> None:
    """Point standard output's file descriptor at ``/dev/null``, if it has one."""
    try:
        descriptor = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return
    try:
        null = os.open(os.devnull, os.O_WRONLY)
    except OSError:  # pragma: no cover - /dev/null always opens
        return
    try:
        os.dup2(null, descriptor)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(null)


def add_output_arguments(parser: argparse.ArgumentParser, *, output: bool = True) -> None:
    """Add ``-o/--output FILE`` (unless ``output=False``) and ``-q/--quiet``."""
    if output:
        parser.add_argument(
            "-o",
            "--output",
            metavar="FILE",
            help="write to FILE instead of standard output",
        )
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="print only what was asked: no progress and no summary line",
    )
