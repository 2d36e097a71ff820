"""The figures of a dataset as a Parquet file, with the Arrow schema of :mod:`..frames`."""

from __future__ import annotations

from pathlib import Path
from typing import IO, TYPE_CHECKING

from ..aggregation.frames import _require, to_arrow

if TYPE_CHECKING:
    from ..dataset import Dataset

__all__ = ["write_parquet"]


def write_parquet(dataset: Dataset, where: str | Path | IO[bytes]) -> None:
    """Write one row per figure of ``dataset`` to ``where``, a path or a binary file.

    The schema is :func:`~migrationhealth.aggregation.frames.arrow_schema`: exact
    ``decimal128(38, 18)`` values and bounds, enums as dictionaries, partial dates as text
    beside their bounds as dates. pandas, polars, DuckDB and Spark read it with these
    types. Needs pyarrow (``pip install "migrationhealth[arrow]"``).
    """
    parquet = _require("pyarrow.parquet", "write_parquet")
    target = str(where) if isinstance(where, Path) else where
    parquet.write_table(to_arrow(dataset), target)
