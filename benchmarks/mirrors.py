"""The same data model written as pydantic v2 (strict) models and as msgspec structs.

These are what a user would write instead of migrationhealth to decode and encode the
same JSON. Each mirror checks what a user of that library would reasonably declare:

- every record is an object with its fields; unknown keys are refused, required fields
  must be present, records are frozen, defaults are left out when encoding;
- strings, integers and booleans are not coerced (pydantic ``strict=True``; msgspec never
  coerces); arrays only where a list belongs;
- ids are strings of 1 to 200 characters and text fields non-empty strings; country
  codes are one of the ISO 3166-1 alpha-2 codes; enums are the library's own enums;
  counts are integers from 0 to 10**15 or decimals (read exactly as ``Decimal``, written
  back as JSON numbers); partial dates and periods are strings.

These are the checks both libraries make in compiled code. A regular expression for ids,
text and dates would bring them closer to what migrationhealth checks, but msgspec runs
its patterns through Python's ``re`` and decodes several times slower with them; the
benchmark compares against the faster, plainer models.

What the mirrors do not do, and migrationhealth does: check ids, text and dates against
their patterns, check calendar validity (30 February), check a decimal count against its
measure, report every problem at once with its JSON path, refuse duplicate keys (both
take the last value) and refuse a string where a decimal belongs (both accept ``"24"``
as ``Decimal("24")``). Keys are declared in alphabetical order, so that both encode the
canonical text migrationhealth writes.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Annotated, Any, Literal

import msgspec
import pydantic
from pydantic import ConfigDict, Field, PlainSerializer

from migrationhealth import (
    Bound,
    Measure,
    OrganisationKind,
    Plan,
    ProgrammeKind,
    Qualifier,
    Rank,
    Role,
    Status,
    Weekday,
)
from migrationhealth.countries import _alpha2_codes

__all__ = ["msgspec_codec", "pydantic_codec"]

MAX_VALUE = 10**15

if TYPE_CHECKING:
    Country = str
    MeasureValue = RoleValue = OrganisationKindValue = ProgrammeKindValue = str
else:
    # One of the ISO 3166-1 alpha-2 codes, checked by both libraries in compiled code.
    Country = Literal[tuple(sorted(_alpha2_codes()))]
    # The open vocabularies' built-in values: the synthetic data declares no others.
    MeasureValue = Literal[tuple(m.value for m in Measure)]
    RoleValue = Literal[tuple(m.value for m in Role)]
    OrganisationKindValue = Literal[tuple(m.value for m in OrganisationKind)]
    ProgrammeKindValue = Literal[tuple(m.value for m in ProgrammeKind)]


# pydantic v2, strict -------------------------------------------------------------------

PId = Annotated[str, Field(min_length=1, max_length=200)]
PText = Annotated[str, Field(min_length=1)]
PQuote = PText
PDate = str
PPeriod = str
# Decimals are written as JSON numbers, as migrationhealth writes them.
PNumber = (
    Annotated[int, Field(ge=0, le=MAX_VALUE)]
    | Annotated[Decimal, Field(ge=0, le=MAX_VALUE), PlainSerializer(float, when_used="json")]
)


class _P(pydantic.BaseModel):
    model_config = ConfigDict(strict=True, extra="forbid", frozen=True)


class PSource(_P):
    id: PId
    language: PText | None = None
    notes: PText | None = None
    published: PDate | None = None
    published_inferred: PText | None = None
    published_quote: PText | None = None
    publisher: PText | None = None
    title: PText
    url: PText | None = None


class PSpeaker(_P):
    description: PText | None = None
    name: PText | None = None
    organisation: PId | None = None
    person: PId | None = None
    position: PText | None = None


class PCitation(_P):
    quote: PQuote
    source: PId
    speaker: PSpeaker | None = None
    stated: PDate | None = None


class PDateFact(_P):
    bound: Bound | None = None
    citation: PCitation | None = None
    event: PText | None = None
    inferred: PText | None = None
    note: PText | None = None
    period: PPeriod
    planned: Plan | None = None
    rank: Rank = Rank.NORMAL
    reason: PText | None = None
    weekday: Weekday | None = None


class PPlace(_P):
    country: Country | None = None
    level: PText | None = None
    subdivision: PText | None = None


class PSpelling(_P):
    source: PId
    text: PText


class PPer(_P):
    amount: PNumber = 1
    unit: PText


class PQuantity(_P):
    per: PPer | None = None
    qualifier: Qualifier = Qualifier.EXACT
    unit: PText
    value: PNumber


class PFigure(_P):
    citation: PCitation | None = None
    id: PId
    increment_of: PId | None = None
    inferred: PText | None = None
    measure: MeasureValue
    new_total: PId | None = None
    note: PText | None = None
    part_of: PId | None = None
    period: PPeriod | None = None
    planned: Plan | None = None
    quantity: PQuantity
    rank: Rank = Rank.NORMAL
    reason: PText | None = None
    repeats: PId | None = None


class PBreakdownPart(_P):
    category: PText
    figure: PFigure
    place: PPlace | None = None


class PBreakdown(_P):
    dimension: PText
    id: PId
    parts: tuple[PBreakdownPart, ...] = Field(min_length=1)
    total: PId


class PSubGroup(_P):
    countries: tuple[Country, ...] = ()
    figures: tuple[PFigure, ...] = ()
    id: PId
    label: PText


class PCohort(_P):
    breakdowns: tuple[PBreakdown, ...] = ()
    countries: tuple[Country, ...] = ()
    dates: tuple[PDateFact, ...] = ()
    figures: tuple[PFigure, ...] = ()
    id: PId
    label: PText | None = None
    places: tuple[PText, ...] = ()
    subgroups: tuple[PSubGroup, ...] = ()


class PServiceStatistic(_P):
    breakdowns: tuple[PBreakdown, ...] = ()
    countries: tuple[Country, ...] = ()
    dates: tuple[PDateFact, ...] = ()
    figures: tuple[PFigure, ...] = ()
    id: PId
    places: tuple[PText, ...] = ()
    population: PText | None = None
    subgroups: tuple[PSubGroup, ...] = ()


class PPartner(_P):
    citation: PCitation | None = None
    organisation: PId
    roles: tuple[RoleValue, ...] = Field(min_length=1)


class POrganisation(_P):
    acronym: PText | None = None
    country: Country | None = None
    figures: tuple[PFigure, ...] = ()
    id: PId
    kind: OrganisationKindValue
    name: PText
    normalised: PText | None = None
    notes: PText | None = None
    parent: PId | None = None
    spellings: tuple[PSpelling, ...] = ()


class PPosition(_P):
    organisation: PId | None = None
    programme: PId | None = None
    source: PId | None = None
    title: PText


class PPerson(_P):
    citations: tuple[PCitation, ...] = ()
    id: PId
    name: PText
    normalised: PText | None = None
    notes: PText | None = None
    positions: tuple[PPosition, ...] = ()
    spellings: tuple[PSpelling, ...] = ()


class PProgramme(_P):
    breakdowns: tuple[PBreakdown, ...] = ()
    citations: tuple[PCitation, ...] = ()
    cohorts: tuple[PCohort, ...] = ()
    countries: tuple[Country, ...] = ()
    dates: tuple[PDateFact, ...] = ()
    description: PText | None = None
    edition: PFigure | None = None
    figures: tuple[PFigure, ...] = ()
    id: PId
    kind: ProgrammeKindValue
    partners: tuple[PPartner, ...] = ()
    places: tuple[PText, ...] = ()
    related: tuple[PId, ...] = ()
    statistics: tuple[PServiceStatistic, ...] = ()
    status: Status | None = None
    subgroups: tuple[PSubGroup, ...] = ()
    themes: tuple[PText, ...] = ()
    title: PText


class PDataset(_P):
    format_version: Annotated[int, Field(ge=2, le=2)]
    organisations: tuple[POrganisation, ...] = ()
    people: tuple[PPerson, ...] = ()
    programmes: tuple[PProgramme, ...] = ()
    sources: tuple[PSource, ...] = ()


# msgspec ------------------------------------------------------------------------------

MId = Annotated[str, msgspec.Meta(min_length=1, max_length=200)]
MText = Annotated[str, msgspec.Meta(min_length=1)]
MQuote = MText
MDate = str
MPeriod = str
# msgspec cannot bound a Decimal; the integer bound is the one that matters for counts.
MNumber = Annotated[int, msgspec.Meta(ge=0, le=MAX_VALUE)] | Decimal


class _M(msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True, kw_only=True):
    pass


class MSource(_M, frozen=True, kw_only=True):
    id: MId
    language: MText | None = None
    notes: MText | None = None
    published: MDate | None = None
    published_inferred: MText | None = None
    published_quote: MText | None = None
    publisher: MText | None = None
    title: MText
    url: MText | None = None


class MSpeaker(_M, frozen=True, kw_only=True):
    description: MText | None = None
    name: MText | None = None
    organisation: MId | None = None
    person: MId | None = None
    position: MText | None = None


class MCitation(_M, frozen=True, kw_only=True):
    quote: MQuote
    source: MId
    speaker: MSpeaker | None = None
    stated: MDate | None = None


class MDateFact(_M, frozen=True, kw_only=True):
    bound: Bound | None = None
    citation: MCitation | None = None
    event: MText | None = None
    inferred: MText | None = None
    note: MText | None = None
    period: MPeriod
    planned: Plan | None = None
    rank: Rank = Rank.NORMAL
    reason: MText | None = None
    weekday: Weekday | None = None


class MPlace(_M, frozen=True, kw_only=True):
    country: Country | None = None
    level: MText | None = None
    subdivision: MText | None = None


class MSpelling(_M, frozen=True, kw_only=True):
    source: MId
    text: MText


class MPer(_M, frozen=True, kw_only=True):
    amount: MNumber = 1
    unit: MText


class MQuantity(_M, frozen=True, kw_only=True):
    per: MPer | None = None
    qualifier: Qualifier = Qualifier.EXACT
    unit: MText
    value: MNumber


class MFigure(_M, frozen=True, kw_only=True):
    citation: MCitation | None = None
    id: MId
    increment_of: MId | None = None
    inferred: MText | None = None
    measure: MeasureValue
    new_total: MId | None = None
    note: MText | None = None
    part_of: MId | None = None
    period: MPeriod | None = None
    planned: Plan | None = None
    quantity: MQuantity
    rank: Rank = Rank.NORMAL
    reason: MText | None = None
    repeats: MId | None = None


class MBreakdownPart(_M, frozen=True, kw_only=True):
    category: MText
    figure: MFigure
    place: MPlace | None = None


class MBreakdown(_M, frozen=True, kw_only=True):
    dimension: MText
    id: MId
    parts: Annotated[tuple[MBreakdownPart, ...], msgspec.Meta(min_length=1)]
    total: MId


class MSubGroup(_M, frozen=True, kw_only=True):
    countries: tuple[Country, ...] = ()
    figures: tuple[MFigure, ...] = ()
    id: MId
    label: MText


class MCohort(_M, frozen=True, kw_only=True):
    breakdowns: tuple[MBreakdown, ...] = ()
    countries: tuple[Country, ...] = ()
    dates: tuple[MDateFact, ...] = ()
    figures: tuple[MFigure, ...] = ()
    id: MId
    label: MText | None = None
    places: tuple[MText, ...] = ()
    subgroups: tuple[MSubGroup, ...] = ()


class MServiceStatistic(_M, frozen=True, kw_only=True):
    breakdowns: tuple[MBreakdown, ...] = ()
    countries: tuple[Country, ...] = ()
    dates: tuple[MDateFact, ...] = ()
    figures: tuple[MFigure, ...] = ()
    id: MId
    places: tuple[MText, ...] = ()
    population: MText | None = None
    subgroups: tuple[MSubGroup, ...] = ()


class MPartner(_M, frozen=True, kw_only=True):
    citation: MCitation | None = None
    organisation: MId
    roles: Annotated[tuple[RoleValue, ...], msgspec.Meta(min_length=1)]


class MOrganisation(_M, frozen=True, kw_only=True):
    acronym: MText | None = None
    country: Country | None = None
    figures: tuple[MFigure, ...] = ()
    id: MId
    kind: OrganisationKindValue
    name: MText
    normalised: MText | None = None
    notes: MText | None = None
    parent: MId | None = None
    spellings: tuple[MSpelling, ...] = ()


class MPosition(_M, frozen=True, kw_only=True):
    organisation: MId | None = None
    programme: MId | None = None
    source: MId | None = None
    title: MText


class MPerson(_M, frozen=True, kw_only=True):
    citations: tuple[MCitation, ...] = ()
    id: MId
    name: MText
    normalised: MText | None = None
    notes: MText | None = None
    positions: tuple[MPosition, ...] = ()
    spellings: tuple[MSpelling, ...] = ()


class MProgramme(_M, frozen=True, kw_only=True):
    breakdowns: tuple[MBreakdown, ...] = ()
    citations: tuple[MCitation, ...] = ()
    cohorts: tuple[MCohort, ...] = ()
    countries: tuple[Country, ...] = ()
    dates: tuple[MDateFact, ...] = ()
    description: MText | None = None
    edition: MFigure | None = None
    figures: tuple[MFigure, ...] = ()
    id: MId
    kind: ProgrammeKindValue
    partners: tuple[MPartner, ...] = ()
    places: tuple[MText, ...] = ()
    related: tuple[MId, ...] = ()
    statistics: tuple[MServiceStatistic, ...] = ()
    status: Status | None = None
    subgroups: tuple[MSubGroup, ...] = ()
    themes: tuple[MText, ...] = ()
    title: MText


class MDataset(_M, frozen=True, kw_only=True):
    format_version: Annotated[int, msgspec.Meta(ge=2, le=2)]
    organisations: tuple[MOrganisation, ...] = ()
    people: tuple[MPerson, ...] = ()
    programmes: tuple[MProgramme, ...] = ()
    sources: tuple[MSource, ...] = ()


# The codecs the benchmark times ---------------------------------------------------------


def pydantic_codec() -> tuple[Any, Any]:
    """``(decode, encode)`` with pydantic: JSON text to a ``PDataset`` and back."""

    def decode(text: str) -> PDataset:
        return PDataset.model_validate_json(text)

    def encode(dataset: PDataset) -> str:
        return dataset.model_dump_json(exclude_defaults=True) + "\n"

    return decode, encode


def msgspec_codec() -> tuple[Any, Any]:
    """``(decode, encode)`` with msgspec: JSON text to an ``MDataset`` and back."""
    decoder = msgspec.json.Decoder(MDataset)
    encoder = msgspec.json.Encoder(decimal_format="number", order="sorted")

    def decode(text: str) -> MDataset:
        return decoder.decode(text)

    def encode(dataset: MDataset) -> str:
        return encoder.encode(dataset).decode("utf-8") + "\n"

    return decode, encode
