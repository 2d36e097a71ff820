"""What the sub-commands share: the dataset argument and how it is loaded."""

from __future__ import annotations

import argparse

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
