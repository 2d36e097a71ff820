"""Typed, cited records of migration-and-health programmes.

Programmes, cohorts, partner organisations and service statistics are frozen attrs
classes; every reported number is a :class:`Figure` with its :class:`Quantity`
(hedges included) and its :class:`Citation`. Datasets are saved and loaded as
canonical JSON with :func:`save`, :func:`load`, :func:`dumps` and :func:`loads`.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .aggregation import (
    Aggregation,
    AggregationError,
    ConflictError,
    PeriodError,
    Policy,
    Rate,
    Share,
    Total,
    UnitError,
    aggregate,
    count_programmes,
    per_capita,
    rate_per_period,
    share,
    to_frame,
    to_records,
    total,
)
from .corpus import seed_corpus
from .countries import country_code, country_name
from .dataset import Dataset, LocatedFigure
from .dateparse import PeriodReading, parse_date, parse_period, read_period
from .dates import PartialDate, Period, Precision
from .enums import (
    FUNNEL,
    Bound,
    Measure,
    OrganisationKind,
    Plan,
    ProgrammeKind,
    Rank,
    Role,
    Status,
    Term,
    Weekday,
)
from .errors import (
    CountryError,
    DateParseError,
    InvalidValueError,
    LoadError,
    MergeConflictError,
    MigrationHealthError,
    QuantityParseError,
    UnknownIdError,
    UnknownTermError,
    UnknownYearError,
    VocabularyError,
)
from .interval import Interval
from .merge import MergeConflict, merge
from .model import (
    Breakdown,
    BreakdownPart,
    Citation,
    Cohort,
    DateFact,
    Figure,
    Organisation,
    Partner,
    Person,
    Place,
    Position,
    Programme,
    ServiceStatistic,
    Source,
    Speaker,
    Spelling,
    SubGroup,
    derive_period,
)
from .numparse import NumberSpan, find_numbers, number_words, parse_number, parse_quantity
from .quantity import Per, Qualifier, Quantity
from .serialization import FORMAT_VERSION, dumps, load, loads, save, structure, unstructure
from .validation import (
    Evidence,
    Finding,
    Report,
    Rule,
    Severity,
    register_rule,
    rule,
    unregister_rule,
    validate,
)

try:
    __version__ = version("migrationhealth")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "FORMAT_VERSION",
    "FUNNEL",
    "Aggregation",
    "AggregationError",
    "Bound",
    "Breakdown",
    "BreakdownPart",
    "Citation",
    "Cohort",
    "ConflictError",
    "CountryError",
    "Dataset",
    "DateFact",
    "DateParseError",
    "Evidence",
    "Figure",
    "Finding",
    "Interval",
    "InvalidValueError",
    "LoadError",
    "LocatedFigure",
    "Measure",
    "MergeConflict",
    "MergeConflictError",
    "MigrationHealthError",
    "NumberSpan",
    "Organisation",
    "OrganisationKind",
    "PartialDate",
    "Partner",
    "Per",
    "Period",
    "PeriodError",
    "PeriodReading",
    "Person",
    "Place",
    "Plan",
    "Policy",
    "Position",
    "Precision",
    "Programme",
    "ProgrammeKind",
    "Qualifier",
    "Quantity",
    "QuantityParseError",
    "Rank",
    "Rate",
    "Report",
    "Role",
    "Rule",
    "ServiceStatistic",
    "Severity",
    "Share",
    "Source",
    "Speaker",
    "Spelling",
    "Status",
    "SubGroup",
    "Term",
    "Total",
    "UnitError",
    "UnknownIdError",
    "UnknownTermError",
    "UnknownYearError",
    "VocabularyError",
    "Weekday",
    "__version__",
    "aggregate",
    "count_programmes",
    "country_code",
    "country_name",
    "derive_period",
    "dumps",
    "find_numbers",
    "load",
    "loads",
    "merge",
    "number_words",
    "parse_date",
    "parse_number",
    "parse_period",
    "parse_quantity",
    "per_capita",
    "rate_per_period",
    "read_period",
    "register_rule",
    "rule",
    "save",
    "seed_corpus",
    "share",
    "structure",
    "to_frame",
    "to_records",
    "total",
    "unregister_rule",
    "unstructure",
    "validate",
]
