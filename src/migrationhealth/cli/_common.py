"""What the sub-commands share: the dataset argument and how it is loaded."""

from __future__ import annotations

import argparse
import sys

from ..dataset import Dataset
from ..serialization import load


def add_dataset_argument(parser: argparse.ArgumentParser) -> None:
    """Add the optional PATH argument: a dataset file, or the built-in dataset when absent."""
    parser.add_argument(
        "path",
        nargs="?",
        metavar="PATH",
        help="a dataset in migrationhealth's JSON format (default: the built-in dataset "
        "of the seed reports)",
    )


def load_dataset(path: str | None) -> Dataset:
    """The dataset at ``path``, or the built-in one; raises LoadError for a bad file."""
    if path is None:
        from ..corpus import seed_corpus  # noqa: PLC0415 - read only when asked for

        return seed_corpus()
    return load(path)


def write(text: str) -> None:
    """Write ``text`` to standard output, escaping what the terminal's encoding cannot show.

    A terminal that cannot show "Díaz-Canel" still gets the whole output, with the
    characters it lacks written as backslash escapes.
    """
    try:
        sys.stdout.write(text)
    except UnicodeEncodeError:
        encoding = sys.stdout.encoding or "ascii"
        sys.stdout.write(text.encode(encoding, "backslashreplace").decode(encoding))
