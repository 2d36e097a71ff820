"""Typed, cited records of migration-and-health programmes.

Programmes, cohorts, partner organisations and service statistics are frozen attrs
classes; every reported number is a :class:`Figure` with its :class:`Quantity`
(hedges included) and its :class:`Citation`. Datasets are saved and loaded as
canonical JSON with :func:`save`, :func:`load`, :func:`dumps` and :func:`loads`.
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .corpus import seed_corpus
from .countries import country_code, country_name
from .dataset import Dataset, LocatedFigure
from .dateparse import parse_date, parse_period
from .dates import PartialDate, Period, Precision
from .enums import FUNNEL, Measure, OrganisationKind, ProgrammeKind, Role, Status
from .errors import (
    CountryError,
    DateParseError,
    InvalidValueError,
    LoadError,
    MigrationHealthError,
    QuantityParseError,
    UnknownIdError,
)
from .interval import Interval
from .model import (
    Breakdown,
    BreakdownPart,
    Citation,
    Cohort,
    Figure,
    Organisation,
    Partner,
    Programme,
    ServiceStatistic,
    Source,
    Speaker,
    SubGroup,
)
from .numparse import number_words, parse_number, parse_quantity
from .quantity import Per, Qualifier, Quantity
from .serialization import FORMAT_VERSION, dumps, load, loads, save, structure, unstructure

try:
    __version__ = version("migrationhealth")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0+unknown"

__all__ = [
    "FORMAT_VERSION",
    "FUNNEL",
    "Breakdown",
    "BreakdownPart",
    "Citation",
    "Cohort",
    "CountryError",
    "Dataset",
    "DateParseError",
    "Figure",
    "Interval",
    "InvalidValueError",
    "LoadError",
    "LocatedFigure",
    "Measure",
    "MigrationHealthError",
    "Organisation",
    "OrganisationKind",
    "PartialDate",
    "Partner",
    "Per",
    "Period",
    "Precision",
    "Programme",
    "ProgrammeKind",
    "Qualifier",
    "Quantity",
    "QuantityParseError",
    "Role",
    "ServiceStatistic",
    "Source",
    "Speaker",
    "Status",
    "SubGroup",
    "UnknownIdError",
    "__version__",
    "country_code",
    "country_name",
    "dumps",
    "load",
    "loads",
    "number_words",
    "parse_date",
    "parse_number",
    "parse_period",
    "parse_quantity",
    "save",
    "seed_corpus",
    "structure",
    "unstructure",
]
