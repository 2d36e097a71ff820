"""Typed, cited records of migration-and-health programmes.

Programmes, cohorts, partner organisations and service statistics are frozen attrs
classes; every reported number is a :class:`Figure` with its :class:`Quantity`
(hedges included) and its :class:`Citation`. Datasets are saved and loaded as
canonical JSON with :func:`save`, :func:`load`, :func:`dumps` and :func:`loads`.
"""

from __future__ import annotations

import importlib
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING, Any

from . import plot
from .aggregation import (
    Aggregation,
    AggregationError,
    ConflictError,
    MissingDependencyError,
    NotAddableError,
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
    to_arrow,
    to_frame,
    to_polars,
    to_records,
    total,
)
from .arithmetic import (
    Derived,
    difference,
    growth_rate,
    percent_change,
    period_length,
    rate_times_period,
    years_between,
)
from .corpus import corpus, reports_corpus, seed_corpus
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
    Rhythm,
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
from .exports import write_datapackage, write_hxl, write_parquet
from .interval import Interval
from .merge import MergeConflict, merge
from .model import (
    Breakdown,
    BreakdownPart,
    Citation,
    Cohort,
    DateFact,
    Figure,
    Listing,
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
from .plot import PlotError
from .quantity import Per, Qualifier, Quantity
from .schema import json_schema
from .serialization import FORMAT_VERSION, dumps, load, loads, save, structure, unstructure
from .units import (
    UnitConcept,
    UnitLanguage,
    UnitReading,
    add_unit_words,
    comparable,
    normalise_unit,
    read_unit,
    units_agree,
)
from .validation import (
    Evidence,
    Finding,
    Report,
    Rule,
    RuleError,
    Severity,
    UnknownRuleError,
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
    "DRAFT_MARK",
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
    "Derived",
    "Detection",
    "Draft",
    "DraftedFigure",
    "Evidence",
    "Figure",
    "Finding",
    "Interval",
    "InvalidValueError",
    "LeftOut",
    "Listing",
    "LoadError",
    "LocatedFigure",
    "Measure",
    "MergeConflict",
    "MergeConflictError",
    "MigrationHealthError",
    "MissingDependencyError",
    "NotAddableError",
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
    "PlotError",
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
    "Rhythm",
    "Role",
    "Rule",
    "RuleError",
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
    "UnitConcept",
    "UnitError",
    "UnitLanguage",
    "UnitReading",
    "UnknownIdError",
    "UnknownRuleError",
    "UnknownTermError",
    "UnknownYearError",
    "VocabularyError",
    "Weekday",
    "__version__",
    "add_unit_words",
    "aggregate",
    "comparable",
    "corpus",
    "count_programmes",
    "country_code",
    "country_name",
    "derive_period",
    "detect_language",
    "difference",
    "draft",
    "draft_report",
    "draft_script",
    "dumps",
    "find_numbers",
    "growth_rate",
    "json_schema",
    "load",
    "loads",
    "merge",
    "normalise_unit",
    "number_words",
    "parse_date",
    "parse_number",
    "parse_period",
    "parse_quantity",
    "per_capita",
    "percent_change",
    "period_length",
    "plot",
    "rate_per_period",
    "rate_times_period",
    "read_period",
    "read_unit",
    "register_rule",
    "reports_corpus",
    "rule",
    "save",
    "seed_corpus",
    "share",
    "structure",
    "to_arrow",
    "to_frame",
    "to_polars",
    "to_records",
    "total",
    "units_agree",
    "unregister_rule",
    "unstructure",
    "validate",
    "write_datapackage",
    "write_hxl",
    "write_parquet",
    "years_between",
]

# The drafter's tables and patterns take a sixth of the import: it is imported when a
# name of it is first asked for.
_LAZY = dict.fromkeys(
    (
        "DRAFT_MARK",
        "Detection",
        "Draft",
        "DraftedFigure",
        "LeftOut",
        "detect_language",
        "draft",
        "draft_report",
        "draft_script",
    ),
    "draft",
)

if TYPE_CHECKING:
    from .draft import (
        DRAFT_MARK,
        Detection,
        Draft,
        DraftedFigure,
        LeftOut,
        detect_language,
        draft,
        draft_report,
        draft_script,
    )


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    imported = importlib.import_module(f".{module}", __name__)
    # Every name of the module at once: importing it bound the submodule to its own name
    # ("draft"), which the function of that name must replace.
    for lazy, home in _LAZY.items():
        if home == module:
            globals()[lazy] = getattr(imported, lazy)
    return globals()[name]
