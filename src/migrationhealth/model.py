"""The domain records: sources and citations, figures, cohorts, programmes, organisations.

All classes are frozen, slotted attrs classes with keyword-only fields and a validator on
every field that can be wrong. They know nothing of how they are stored: serialisation
lives in :mod:`migrationhealth.serialization`. Collections are tuples, so every record is
immutable and hashable; change one with :func:`attrs.evolve`.

Ids are strings of letters, digits, ``.``, ``_``, ``:`` and ``-``. References between
records (a citation's source, a partner's organisation) are ids; whether they resolve is
a question for validation, not for construction, so a dataset with a dangling reference
still loads and can be reported on.
"""

from __future__ import annotations

import attrs

from . import _html
from . import _validators as v
from .dates import PartialDate, Period
from .enums import Measure, OrganisationKind, ProgrammeKind, Role, Status
from .errors import InvalidValueError
from .quantity import Qualifier, Quantity

__all__ = [
    "Breakdown",
    "BreakdownPart",
    "Citation",
    "Cohort",
    "Figure",
    "Organisation",
    "Partner",
    "Programme",
    "ServiceStatistic",
    "Source",
    "Speaker",
    "SubGroup",
]

_text = v.text
_optional_text = v.optional(v.text)
_texts = v.tuple_of(v.text)
_countries = v.tuple_of(v.country)
_optional_period = v.optional(v.instance(Period))


@attrs.frozen(kw_only=True)
class Source:
    """A document that reports facts: a press release, a news article, a web page.

    ``published`` is a :class:`~migrationhealth.dates.PartialDate` at the precision the
    document supports; when it had to be inferred (from the file names of its
    photographs, say), ``notes`` says how.
    """

    id: str = attrs.field(validator=v.identifier)
    title: str = attrs.field(validator=_text)
    publisher: str | None = attrs.field(default=None, validator=_optional_text)
    published: PartialDate | None = attrs.field(
        default=None, validator=v.optional(v.instance(PartialDate))
    )
    url: str | None = attrs.field(default=None, validator=_optional_text)
    language: str | None = attrs.field(default=None, validator=_optional_text)
    notes: str | None = attrs.field(default=None, validator=_optional_text)


@attrs.frozen(kw_only=True)
class Speaker:
    """A person quoted or reported speaking, with their position and organisation (an id)."""

    name: str = attrs.field(validator=_text)
    position: str | None = attrs.field(default=None, validator=_optional_text)
    organisation: str | None = attrs.field(default=None, validator=v.optional(v.identifier))


@attrs.frozen(kw_only=True)
class Citation:
    """Where a fact was reported: a source (by id), the exact quote, and who said it.

    The quote is kept verbatim, typos included, so it can be found in the source.
    """

    source: str = attrs.field(validator=v.identifier)
    quote: str = attrs.field(validator=v.quote)
    speaker: Speaker | None = attrs.field(default=None, validator=v.optional(v.instance(Speaker)))


@attrs.frozen(kw_only=True)
class Figure:
    """A reported number: what it measures, its quantity, the period it covers, its citation.

    A figure is never resolved against another: when two reports (or two sentences of
    one) disagree, both figures are kept, each with its quote. ``planned`` marks a
    number announced for the future ("will train 50 people") rather than reported as
    done. A figure without a citation loads, and validation reports it.
    """

    id: str = attrs.field(validator=v.identifier)
    measure: Measure = attrs.field(validator=v.member(Measure))
    quantity: Quantity = attrs.field(validator=v.instance(Quantity))
    period: Period | None = attrs.field(default=None, validator=_optional_period)
    citation: Citation | None = attrs.field(
        default=None, validator=v.optional(v.instance(Citation))
    )
    planned: bool = attrs.field(default=False, validator=v.flag)
    note: str | None = attrs.field(default=None, validator=_optional_text)

    def __attrs_post_init__(self) -> None:
        quantity = self.quantity
        if (
            type(quantity.value) is not int
            and self.measure.is_count
            and quantity.per is None
            and quantity.qualifier is not Qualifier.AVERAGE
        ):
            raise InvalidValueError(
                "quantity.value",
                f"a count of {self.measure.value} must be a whole number, got {quantity.value}",
                quantity.value,
            )


_figures = v.tuple_of(v.instance(Figure))


@attrs.frozen(kw_only=True)
class BreakdownPart:
    """One category of a breakdown and its figure ("171 trained on migration and health")."""

    category: str = attrs.field(validator=_text)
    figure: Figure = attrs.field(validator=v.instance(Figure))


@attrs.frozen(kw_only=True)
class Breakdown:
    """A total split into parts along one dimension: 314 = 171 + 143 by track.

    ``total`` is the id of the figure being broken down, in the same cohort; the parts'
    figures should sum to it, which validation checks.
    """

    id: str = attrs.field(validator=v.identifier)
    dimension: str = attrs.field(validator=_text)
    total: str = attrs.field(validator=v.identifier)
    parts: tuple[BreakdownPart, ...] = attrs.field(
        validator=v.tuple_of(v.instance(BreakdownPart), nonempty=True)
    )


@attrs.frozen(kw_only=True)
class SubGroup:
    """A named part of a cohort that is not a partition: the 10 Chilean participants.

    Its figures can be at most the cohort's figures of the same measure.
    """

    id: str = attrs.field(validator=v.identifier)
    label: str = attrs.field(validator=_text)
    countries: tuple[str, ...] = attrs.field(default=(), validator=_countries)
    figures: tuple[Figure, ...] = attrs.field(default=(), validator=_figures)


@attrs.frozen(kw_only=True)
class Cohort:
    """One intake of a training programme and its admission funnel.

    The funnel's figures (applicants, selected, enrolled, participants, completed,
    certified) sit in ``figures``; ``breakdowns`` split a total by country or track and
    ``subgroups`` name parts of the cohort.
    """

    id: str = attrs.field(validator=v.identifier)
    label: str | None = attrs.field(default=None, validator=_optional_text)
    period: Period | None = attrs.field(default=None, validator=_optional_period)
    places: tuple[str, ...] = attrs.field(default=(), validator=_texts)
    countries: tuple[str, ...] = attrs.field(default=(), validator=_countries)
    figures: tuple[Figure, ...] = attrs.field(default=(), validator=_figures)
    breakdowns: tuple[Breakdown, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(Breakdown))
    )
    subgroups: tuple[SubGroup, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(SubGroup))
    )


@attrs.frozen(kw_only=True)
class ServiceStatistic:
    """What was delivered or who was reached, for a period, in a place, for a population.

    "8.7 million services ... at the consular health windows between January 2021 and
    August 2022"; "12 million Mexican migrants who work in the United States" (a target
    population); "2.4 doctors per 1,000 inhabitants" in Mexico.
    """

    id: str = attrs.field(validator=v.identifier)
    population: str | None = attrs.field(default=None, validator=_optional_text)
    period: Period | None = attrs.field(default=None, validator=_optional_period)
    places: tuple[str, ...] = attrs.field(default=(), validator=_texts)
    countries: tuple[str, ...] = attrs.field(default=(), validator=_countries)
    figures: tuple[Figure, ...] = attrs.field(default=(), validator=_figures)


@attrs.frozen(kw_only=True)
class Partner:
    """An organisation (by id) and the roles it plays in one programme."""

    organisation: str = attrs.field(validator=v.identifier)
    roles: tuple[Role, ...] = attrs.field(validator=v.tuple_of(v.member(Role), nonempty=True))
    citation: Citation | None = attrs.field(
        default=None, validator=v.optional(v.instance(Citation))
    )


@attrs.frozen(kw_only=True)
class Organisation:
    """A ministry, institute, university, agency or network that takes part in programmes.

    ``country`` is an ISO 3166-1 alpha-2 code, or ``None`` for an international body;
    :func:`~migrationhealth.countries.country_code` turns a name into a code. Facts
    about the organisation itself ("175 member states") are its ``figures``.
    """

    id: str = attrs.field(validator=v.identifier)
    name: str = attrs.field(validator=_text)
    kind: OrganisationKind = attrs.field(validator=v.member(OrganisationKind))
    acronym: str | None = attrs.field(default=None, validator=_optional_text)
    country: str | None = attrs.field(default=None, validator=v.optional(v.country))
    parent: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    figures: tuple[Figure, ...] = attrs.field(default=(), validator=_figures)
    notes: str | None = attrs.field(default=None, validator=_optional_text)


@attrs.frozen(kw_only=True)
class Programme:
    """A named intervention: a diploma, a certification, a health week, a policy.

    ``edition`` is itself a cited figure (the "22nd" of a yearly health week).
    ``status`` is where the programme stood in its sources, ``None`` when they do not
    say. ``related`` lists ids of other programmes it builds on or belongs with;
    ``citations`` are the quotes that establish the programme's description.
    """

    id: str = attrs.field(validator=v.identifier)
    title: str = attrs.field(validator=_text)
    kind: ProgrammeKind = attrs.field(validator=v.member(ProgrammeKind))
    status: Status | None = attrs.field(default=None, validator=v.optional(v.member(Status)))
    edition: Figure | None = attrs.field(default=None, validator=v.optional(v.instance(Figure)))
    themes: tuple[str, ...] = attrs.field(default=(), validator=_texts)
    countries: tuple[str, ...] = attrs.field(default=(), validator=_countries)
    places: tuple[str, ...] = attrs.field(default=(), validator=_texts)
    period: Period | None = attrs.field(default=None, validator=_optional_period)
    partners: tuple[Partner, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(Partner))
    )
    cohorts: tuple[Cohort, ...] = attrs.field(default=(), validator=v.tuple_of(v.instance(Cohort)))
    statistics: tuple[ServiceStatistic, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(ServiceStatistic))
    )
    figures: tuple[Figure, ...] = attrs.field(default=(), validator=_figures)
    related: tuple[str, ...] = attrs.field(default=(), validator=v.tuple_of(v.identifier))
    citations: tuple[Citation, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(Citation))
    )
    description: str | None = attrs.field(default=None, validator=_optional_text)

    def _repr_html_(self) -> str:
        """The programme as a table of its facts and figures, for notebooks."""
        return _html.programme_html(self)
