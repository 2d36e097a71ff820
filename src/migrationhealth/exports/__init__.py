"""Exports to open formats that other tools read without this library.

- :func:`write_parquet`: the figures as one Parquet file, every column typed
  (``pip install "migrationhealth[arrow]"``).
- :func:`write_datapackage`: a Frictionless Data Package, one CSV per table (programmes,
  figures, organisations, partners, sources, people) with ``datapackage.json``: Table
  Schemas with field types, primary and foreign keys, and the enums as constraints.
- :func:`write_hxl`: the figures as HXL-tagged CSV, for humanitarian data tools.
"""

from __future__ import annotations

from .datapackage import TABLES, Table, datapackage_descriptor, table_rows, write_datapackage
from .hxl import HXL_TAGS, write_hxl
from .parquet import write_parquet

__all__ = [
    "HXL_TAGS",
    "TABLES",
    "Table",
    "datapackage_descriptor",
    "table_rows",
    "write_datapackage",
    "write_hxl",
    "write_parquet",
]
