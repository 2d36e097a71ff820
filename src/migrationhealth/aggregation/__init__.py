"""Aggregation that carries uncertainty and provenance.

- :func:`total` adds figures of one measure into a :class:`Total` with low and high
  bounds, the figures it used (ids and citations), the figures it left out and why,
  and the conflicts it met and what the :class:`Policy` made of them.
- :func:`aggregate` does the same by country, year, organisation, role, programme
  kind, theme or measure, giving an :class:`Aggregation`.
- :func:`rate_per_period`, :func:`per_capita` and :func:`share` divide, with bounds.
- :func:`count_programmes` counts programmes per partner organisation (or role,
  country, kind, theme, year).
- :func:`to_records`, :func:`to_frame`, :func:`write_csv` and :func:`write_jsonl`
  export flat tables.
"""

from __future__ import annotations

from .errors import (
    AggregationError,
    ConflictError,
    MissingDependencyError,
    NotAddableError,
    PeriodError,
    UnitError,
)
from .frames import to_arrow, to_frame, to_polars
from .group import DIMENSIONS, Aggregation, Group, aggregate
from .headlines import Headline, headlines
from .periods import TIME_UNITS, period_length, year_shares
from .policy import Conflict, Policy
from .programmes import ProgrammeCount, ProgrammeCounts, count_programmes
from .provenance import Exclusion, FigureRef, Reason
from .rates import Rate, Share, per_capita, rate_per_period, share
from .records import COLUMNS, as_dict, to_records, write_csv, write_jsonl
from .total import Fact, Total, total

__all__ = [
    "COLUMNS",
    "DIMENSIONS",
    "TIME_UNITS",
    "Aggregation",
    "AggregationError",
    "Conflict",
    "ConflictError",
    "Exclusion",
    "Fact",
    "FigureRef",
    "Group",
    "Headline",
    "MissingDependencyError",
    "NotAddableError",
    "PeriodError",
    "Policy",
    "ProgrammeCount",
    "ProgrammeCounts",
    "Rate",
    "Reason",
    "Share",
    "Total",
    "UnitError",
    "aggregate",
    "as_dict",
    "count_programmes",
    "headlines",
    "per_capita",
    "period_length",
    "rate_per_period",
    "share",
    "to_arrow",
    "to_frame",
    "to_polars",
    "to_records",
    "total",
    "write_csv",
    "write_jsonl",
    "year_shares",
]
