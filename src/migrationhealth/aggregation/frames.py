"""Typed tables: a dataset's figures, or an aggregation's groups, as Arrow, pandas or polars.

Every column has one type, given by its :class:`~migrationhealth.aggregation.records.Column`:

===========  =========================  ==============================  ======================
kind         Arrow                      pandas                          polars
===========  =========================  ==============================  ======================
string       ``string``                 ``string``                      ``String``
category     ``dictionary<int8,        ``category`` (every value of    ``Enum`` (every value
             string>``                  the enum, in its order)         of the enum)
decimal      ``decimal128(38, 18)``     ``decimal128(38, 18)[pyarrow]`` ``Decimal(38, 18)``
integer      ``int64``                  ``Int64``                       ``Int64``
boolean      ``bool``                   ``boolean``                     ``Boolean``
date         ``date32``                 ``date32[day][pyarrow]``        ``Date``
===========  =========================  ==============================  ======================

Counts and decimals share one exact type: ``decimal128(38, 18)`` holds every value and
bound the model admits (at most 10**16, at most 17 decimal places) without loss, where a
float would round 2.4 and an ``object`` column would mix ``int`` and ``Decimal``. Partial
dates stay text (``2019-07``, ``--04-17``) beside their bounds as dates
(``period_earliest``, ``period_latest``), empty when the year is unknown.

Arrow needs ``pip install "migrationhealth[arrow]"``, pandas ``"migrationhealth[pandas]"``
(pandas and pyarrow, whose types hold the decimals and dates) and polars
``"migrationhealth[polars]"``; without them these functions raise
:class:`~migrationhealth.aggregation.MissingDependencyError`, an ``ImportError``.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from types import ModuleType
from typing import TYPE_CHECKING, Any

from ..dataset import Dataset
from .errors import MissingDependencyError
from .group import Aggregation
from .records import (
    FIGURE_COLUMNS,
    GROUP_COLUMNS,
    TOTAL_COLUMNS,
    Column,
    Record,
    group_rows,
    to_records,
    total_rows,
)
from .total import Total

if TYPE_CHECKING:
    import pandas as pd
    import polars as pl
    import pyarrow as pa

__all__ = [
    "DECIMAL_PRECISION",
    "DECIMAL_SCALE",
    "arrow_schema",
    "columns_of",
    "to_arrow",
    "to_frame",
    "to_polars",
]

DECIMAL_PRECISION = 38
"""The digits of a decimal column: Arrow's ``decimal128`` at its widest."""

DECIMAL_SCALE = 18
"""The decimal places of a decimal column: more than any value or bound of the model has."""

_EXTRAS = {
    "pyarrow": "arrow",
    "pyarrow.parquet": "arrow",
    "pandas": "pandas",
    "polars": "polars",
}


def _require(module: str, what: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError:
        extra = _EXTRAS[module]
        raise MissingDependencyError(
            f"{what} needs {module.partition('.')[0]}, an optional dependency: "
            f'pip install "migrationhealth[{extra}]"'
        ) from None


def columns_of(data: Dataset | Aggregation | Total) -> tuple[Column, ...]:
    """The typed columns of the table of ``data``: figures, groups, or a total's figures."""
    if isinstance(data, Dataset):
        return FIGURE_COLUMNS
    if isinstance(data, Aggregation):
        return GROUP_COLUMNS
    if isinstance(data, Total):
        return TOTAL_COLUMNS
    raise TypeError(f"expected a Dataset, an Aggregation or a Total, got {type(data).__name__}")


def _rows(data: Dataset | Aggregation | Total) -> list[Record]:
    if isinstance(data, Dataset):
        return to_records(data)
    if isinstance(data, Aggregation):
        return group_rows(data)
    return total_rows(data)


def _arrow_type(arrow: Any, column: Column) -> Any:
    kind = column.kind
    if kind == "string":
        return arrow.string()
    if kind == "category":
        return arrow.dictionary(arrow.int8(), arrow.string())
    if kind == "decimal":
        return arrow.decimal128(DECIMAL_PRECISION, DECIMAL_SCALE)
    if kind == "integer":
        return arrow.int64()
    if kind == "boolean":
        return arrow.bool_()
    return arrow.date32()


def arrow_schema(columns: Sequence[Column] = FIGURE_COLUMNS) -> pa.Schema:
    """The Arrow schema of a table with ``columns`` (by default, a dataset's figures).

    Required columns are not nullable; each field's metadata holds its description.
    """
    arrow = _require("pyarrow", "arrow_schema")
    fields = [
        arrow.field(
            column.name,
            _arrow_type(arrow, column),
            nullable=not column.required,
            metadata={"description": column.description},
        )
        for column in columns
    ]
    schema: pa.Schema = arrow.schema(fields)
    return schema


def _column_values(rows: Sequence[Record], column: Column) -> list[Any]:
    values = [row[column.name] for row in rows]
    if column.kind == "decimal":
        # int and Decimal become one type; Decimal(int) is exact.
        return [None if value is None else Decimal(value) for value in values]
    return values


def to_arrow(data: Dataset | Aggregation | Total) -> pa.Table:
    """An Arrow table of a dataset's figures (one row per figure), or of a result.

    The schema is :func:`arrow_schema` of :func:`columns_of` ``data``, whatever the
    data holds: an empty dataset gives an empty table of the same schema. Needs pyarrow
    (``pip install "migrationhealth[arrow]"``).
    """
    arrow = _require("pyarrow", "to_arrow")
    columns = columns_of(data)
    schema = arrow_schema(columns)
    rows = _rows(data)
    arrays = [
        arrow.array(_column_values(rows, column), type=schema.field(column.name).type)
        for column in columns
    ]
    table: pa.Table = arrow.Table.from_arrays(arrays, schema=schema)
    return table


def _polars_type(polars: Any, column: Column) -> Any:
    kind = column.kind
    if kind == "string":
        return polars.String
    if kind == "category":
        return polars.Enum(list(column.categories))
    if kind == "decimal":
        return polars.Decimal(DECIMAL_PRECISION, DECIMAL_SCALE)
    if kind == "integer":
        return polars.Int64
    if kind == "boolean":
        return polars.Boolean
    return polars.Date


def to_polars(data: Dataset | Aggregation | Total) -> pl.DataFrame:
    """A polars DataFrame of a dataset's figures, or of a result, with one type a column.

    Enums are ``polars.Enum`` with every value of the enum; counts and decimals are
    ``Decimal(38, 18)``. Needs polars (``pip install "migrationhealth[polars]"``), not
    pyarrow.
    """
    polars = _require("polars", "to_polars")
    columns = columns_of(data)
    rows = _rows(data)
    series = [
        polars.Series(column.name, _column_values(rows, column), dtype=_polars_type(polars, column))
        for column in columns
    ]
    frame: pl.DataFrame = polars.DataFrame(series)
    return frame


def _pandas_frame(data: Dataset | Aggregation | Total) -> pd.DataFrame:
    pandas = _require("pandas", "to_frame")
    arrow = _require("pyarrow", "to_frame")
    columns = columns_of(data)

    def mapper(arrow_type: Any) -> Any:
        if arrow.types.is_int64(arrow_type):
            return pandas.Int64Dtype()
        if arrow.types.is_boolean(arrow_type):
            return pandas.BooleanDtype()
        if arrow.types.is_string(arrow_type):
            return pandas.StringDtype()
        if arrow.types.is_decimal(arrow_type) or arrow.types.is_date(arrow_type):
            return pandas.ArrowDtype(arrow_type)
        return None  # dictionaries become categoricals

    frame: pd.DataFrame = to_arrow(data).to_pandas(types_mapper=mapper)
    for column in columns:
        if column.kind == "category":
            dtype = pandas.CategoricalDtype(list(column.categories))
            frame[column.name] = frame[column.name].astype("string").astype(dtype)
    return frame


def to_frame(data: Dataset | Aggregation | Total | Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """A pandas DataFrame of a dataset's figures (:func:`to_records`), or of a result.

    For an :class:`Aggregation`, one row per group (key, label, bounds, counts); for a
    :class:`Total`, one row per figure counted or left out. Each column has one type
    (see the table above): text is ``string``, enums are ``category`` with every value
    of the enum, counts and decimals are exact ``decimal128(38, 18)[pyarrow]``, dates
    are ``date32[pyarrow]``, whole numbers ``Int64``; so ``to_frame(ds).to_parquet(...)``
    writes every column with its type. Other records (an iterable of mappings) are
    passed to ``pandas.DataFrame.from_records`` as they are. Needs pandas and pyarrow
    (``pip install "migrationhealth[pandas]"``).
    """
    if isinstance(data, (Dataset, Aggregation, Total)):
        return _pandas_frame(data)
    pandas = _require("pandas", "to_frame")
    frame: pd.DataFrame = pandas.DataFrame.from_records(list(data))
    return frame
