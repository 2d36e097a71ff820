"""The domain records: sources and citations, figures, cohorts, programmes, organisations.

All classes are frozen, slotted attrs classes with keyword-only fields and a validator on
every field that can be wrong; they have no ``__weakref__`` slot (the loader builds them on
a mutable twin of the same layout, see :mod:`migrationhealth._fastload`). They know nothing
of how they are stored: serialisation lives in :mod:`migrationhealth.serialization`.
Collections are tuples, so every record is immutable and hashable; change one with
:func:`attrs.evolve`.

A source, organisation, person, programme, figure or dated fact drafted from a report's
text (:func:`migrationhealth.draft`) has a ``draft`` mark: a text saying that it is not
reviewed and what was guessed. Reviewing it is checking the record against the report and
setting ``draft`` to ``None``; validation rule MH403 lists the records still marked.

Ids are strings of letters, digits, ``.``, ``_``, ``:`` and ``-``. References between
records (a citation's source, a partner's organisation) are ids; whether they resolve is
a question for validation, not for construction, so a dataset with a dangling reference
still loads and can be reported on.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property

import attrs

from . import _html
from . import _validators as v
from .dates import PartialDate, Period
from .enums import (
    Bound,
    Measure,
    OrganisationKind,
    Plan,
    ProgrammeKind,
    Rank,
    Rhythm,
    Role,
    Status,
    Weekday,
)
from .errors import InvalidValueError
from .quantity import Qualifier, Quantity

__all__ = [
    "Breakdown",
    "BreakdownPart",
    "Citation",
    "Cohort",
    "DateFact",
    "Figure",
    "Listing",
    "Organisation",
    "Partner",
    "Person",
    "Place",
    "Position",
    "Programme",
    "ServiceStatistic",
    "Source",
    "Speaker",
    "Spelling",
    "SubGroup",
    "derive_period",
]

_text = v.text
_optional_text = v.optional(v.text)
_texts = v.tuple_of(v.text)
_countries = v.tuple_of(v.country)
_optional_period = v.optional(v.instance(Period))


@attrs.frozen(kw_only=True, weakref_slot=False)
class Source:
    """A document that reports facts: a press release, a news article, a web page.

    ``published`` is a :class:`~migrationhealth.dates.PartialDate` at the precision the
    document supports; when it had to be inferred (from the year in its address, the file
    names of its photographs, the weekday of its dateline), ``published_inferred`` says
    how; ``published_quote`` is the dateline as printed ("Monday, 20 May 2024"), when
    the document states its date. ``language`` is the language tag of its text
    (``"en"``, ``"es"``, ``"pt-BR"``), which the readers of its quotes use.
    """

    id: str = attrs.field(validator=v.identifier)
    title: str = attrs.field(validator=_text)
    publisher: str | None = attrs.field(default=None, validator=_optional_text)
    published: PartialDate | None = attrs.field(
        default=None, validator=v.optional(v.instance(PartialDate))
    )
    published_inferred: str | None = attrs.field(default=None, validator=_optional_text)
    published_quote: str | None = attrs.field(default=None, validator=v.optional(v.quote))
    url: str | None = attrs.field(default=None, validator=_optional_text)
    language: str | None = attrs.field(default=None, validator=v.optional(v.language))
    notes: str | None = attrs.field(default=None, validator=_optional_text)
    draft: str | None = attrs.field(default=None, validator=_optional_text)

    def __attrs_post_init__(self) -> None:
        if self.published is None:
            for name in ("published_inferred", "published_quote"):
                if getattr(self, name) is not None:
                    raise InvalidValueError(
                        name,
                        "is about the publication date, but there is no published date",
                        getattr(self, name),
                    )


@attrs.frozen(kw_only=True, weakref_slot=False)
class Speaker:
    """Who a fact is attributed to: a named person, an organisation, or an unnamed official.

    "said Dr. X, director of Y" has a ``name`` (as written in the quote's source), a
    ``position`` and an ``organisation`` (an id); ``person`` is the id of the
    :class:`Person` when the dataset lists the people it names. "according to the health
    authorities" has only a ``description``; "the IOM said" only an ``organisation``.
    At least one of ``name``, ``person``, ``organisation`` and ``description`` is given:
    nothing is invented to fill a speaker's name.
    """

    name: str | None = attrs.field(default=None, validator=_optional_text)
    position: str | None = attrs.field(default=None, validator=_optional_text)
    organisation: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    person: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    description: str | None = attrs.field(default=None, validator=_optional_text)

    def __attrs_post_init__(self) -> None:
        if (
            self.name is None
            and self.person is None
            and self.organisation is None
            and self.description is None
        ):
            raise InvalidValueError(
                "name",
                "a speaker needs a name, a person, an organisation or a description "
                "('the health authorities')",
                None,
            )

    @property
    def label(self) -> str:
        """The speaker in words: the name, else the description, else the person or organisation."""
        return self.name or self.description or self.person or self.organisation or ""


@attrs.frozen(kw_only=True, weakref_slot=False)
class Citation:
    """Where a fact was reported: a source (by id), the exact quote, and who said it.

    The quote is kept verbatim, typos included, so it can be found in the source.
    ``stated`` is when the statement was made, where that differs from the source's
    publication date ("said last Tuesday"); relative dates in the quote are read
    against it.
    """

    source: str = attrs.field(validator=v.identifier)
    quote: str = attrs.field(validator=v.quote)
    speaker: Speaker | None = attrs.field(default=None, validator=v.optional(v.instance(Speaker)))
    stated: PartialDate | None = attrs.field(
        default=None, validator=v.optional(v.instance(PartialDate))
    )


@attrs.frozen(kw_only=True, weakref_slot=False)
class Listing:
    """The items a report names for a count it states: "11 countries (Uganda, ...)".

    ``items`` are the names as the report writes them, each once, in its order.
    ``complete`` says how the report presents them: ``True`` when they are stated as the
    whole enumeration of what is counted (a list in brackets or after a colon right after
    the count, "distribuidos de la siguiente manera: ..."); ``False`` when stated as
    examples ("including", "entre ellas"); ``None`` when the report names them without
    saying either. ``citation`` is the quote that names them, when it is not the count's.

    >>> Listing(items=("Chile", "Mexico"), complete=True).items
    ('Chile', 'Mexico')
    """

    items: tuple[str, ...] = attrs.field(validator=v.tuple_of(v.text, nonempty=True))
    complete: bool | None = attrs.field(default=None, validator=v.optional(v.flag))
    citation: Citation | None = attrs.field(
        default=None, validator=v.optional(v.instance(Citation))
    )

    def __attrs_post_init__(self) -> None:
        seen: set[str] = set()
        for item in self.items:
            key = " ".join(item.casefold().split())
            if key in seen:
                raise InvalidValueError(
                    "items", f"names {item!r} twice; list each item once", self.items
                )
            seen.add(key)


def _plan(value: Plan | bool | None) -> Plan | None:
    """``True`` (the form of format 1) reads as a target; ``False`` as not planned."""
    if value is True:
        return Plan.TARGET
    if value is False:
        return None
    return value


def _check_rank(record: object, rank: Rank, reason: str | None) -> None:
    if rank is Rank.DEPRECATED and reason is None:
        raise InvalidValueError(
            "reason",
            "a deprecated fact needs a reason ('misprint: a transposition of 546')",
            None,
        )


@attrs.frozen(kw_only=True, weakref_slot=False)
class DateFact:
    """A date or period a report states, with its citation: a cited fact like a figure.

    ``period`` is what the report says, at its precision (a day, a month, a year, a
    range; a single date is a period of one date). What it dates:

    - the whole period of its record, by default ("from July to November 2019");
    - one end of it, with ``bound`` (``start``: "since 2001"; ``end``);
    - an event, with an ``event`` label (``"inauguration"``, ``"closing"``,
      ``"announcement"``, ``"arrival"``, ``"inception"``...), which does not set the
      record's period.

    ``planned`` says what kind of future a date announces (a target, a forecast, a
    need); ``None`` is a date reported as past or current. ``weekday`` is the day of the
    week the report gives with the date ("viernes 13 de octubre"), and ``week`` the week
    of the month it gives (3 for "the third week of October"), for validation to check.
    A month with a ``week`` and no year, under the event ``"recurrence"``, is when a
    recurring programme is held ("held annually during the third week of October").
    ``relative`` is a relative phrase as the report states it ("last Friday", "el año
    pasado", "le mois dernier"), which validation reads against the date of the
    statement (the citation's ``stated``, else its source's publication date) and
    compares with ``period``. ``inferred`` says how a date not stated as such was
    worked out ("the year, from the address of the page"). ``rank`` and ``reason`` say which of two
    disagreeing facts to prefer, as for figures.

    >>> DateFact(period=Period.fromisoformat("2006-10-09/2006-10-13")).period
    Period('2006-10-09/2006-10-13')
    """

    period: Period = attrs.field(validator=v.instance(Period))
    bound: Bound | None = attrs.field(default=None, validator=v.optional(v.member(Bound)))
    event: str | None = attrs.field(default=None, validator=_optional_text)
    citation: Citation | None = attrs.field(
        default=None, validator=v.optional(v.instance(Citation))
    )
    planned: Plan | None = attrs.field(
        default=None, converter=_plan, validator=v.optional(v.member(Plan))
    )
    weekday: Weekday | None = attrs.field(default=None, validator=v.optional(v.member(Weekday)))
    inferred: str | None = attrs.field(default=None, validator=_optional_text)
    rank: Rank = attrs.field(default=Rank.NORMAL, validator=v.member(Rank))
    reason: str | None = attrs.field(default=None, validator=_optional_text)
    note: str | None = attrs.field(default=None, validator=_optional_text)
    week: int | None = attrs.field(default=None, validator=v.optional(v.week_of_month))
    relative: str | None = attrs.field(default=None, validator=_optional_text)
    draft: str | None = attrs.field(default=None, validator=_optional_text)

    def __attrs_post_init__(self) -> None:
        if self.bound is not None and self.event is not None:
            raise InvalidValueError(
                "event",
                f"a date gives an event ({self.event!r}) or one end of a period "
                f"({self.bound.value}), not both",
                self.event,
            )
        _check_rank(self, self.rank, self.reason)

    @property
    def sets_period(self) -> bool:
        """Whether the fact gives its record's period or one end of it (not an event)."""
        return self.event is None


def derive_period(dates: Iterable[DateFact]) -> Period | None:
    """The period that ``dates`` give a record, by rank.

    Deprecated facts are never used. Among the rest, preferred facts come before
    normal ones; a fact that gives the whole period wins, else the first ``start`` and
    the first ``end`` of the best rank that has them are joined. Events never set the
    period. ``None`` when nothing gives one.
    """
    if type(dates) is tuple and len(dates) == 1:
        # Most records have one fact, which gives the whole period (or nothing).
        (fact,) = dates
        if fact.event is None and fact.bound is None:
            return None if fact.rank is Rank.DEPRECATED else fact.period
    best: dict[Rank, list[DateFact]] = {Rank.PREFERRED: [], Rank.NORMAL: []}
    for fact in dates:
        if fact.rank is not Rank.DEPRECATED and fact.event is None:
            best[fact.rank].append(fact)
    for rank in (Rank.PREFERRED, Rank.NORMAL):
        facts = best[rank]
        for fact in facts:
            if fact.bound is None:
                return fact.period
        start = next((_given(f, f.period.start) for f in facts if f.bound is Bound.START), None)
        end = next((_given(f, f.period.end) for f in facts if f.bound is Bound.END), None)
        if start is not None or end is not None:
            return Period(start=start, end=end)
    return None


def _given(fact: DateFact, end: PartialDate | None) -> PartialDate | None:
    """The one date a fact that gives one end of a period states."""
    return end or fact.period.start or fact.period.end


_dates = v.tuple_of(v.instance(DateFact))


def _with_period(dates: tuple[DateFact, ...], period: Period | None) -> tuple[DateFact, ...]:
    """``dates``, or the one uncited fact that the shorthand ``period=`` stands for."""
    if period is None:
        return dates
    if dates:
        raise TypeError(
            "give either period= (the shorthand for one uncited date) or dates=, not both"
        )
    if not isinstance(period, Period):
        raise InvalidValueError(
            "period", f"expected Period, got {type(period).__name__} {period!r}", period
        )
    return (DateFact(period=period),)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Figure:
    """A reported number: what it measures, its quantity, the period it covers, its citation.

    A figure is never resolved against another: when two reports (or two sentences of
    one) disagree, both figures are kept, each with its quote, and ``rank`` with
    ``reason`` says which to prefer ("deprecated: misprint, a transposition of 546").
    ``planned`` marks a number announced for the future rather than reported as done,
    and says what kind (a target, a forecast, a need); ``planned=True`` is a target. A
    figure without a citation loads, and validation reports it.

    A figure can say how it relates to another figure (by id), so that no total counts
    the same people twice:

    - ``repeats``: the same fact as that figure, stated again (in another record or
      source);
    - ``part_of``: a part of that figure ("de las cuales 39": 39 of its 196);
    - ``increment_of``: an addition to that figure ("84 more" on the 352 who arrived
      first), with ``new_total`` the id of the figure that states the sum, if one does.

    ``inferred`` says how a figure not stated as such was worked out.

    A count can hold the items the report names for it (``listing``: the eleven
    countries of "11 countries (Uganda, ...)"), and a percentage can say what it is
    computed from, by figure id:

    - ``change_from`` and ``change_to``: the figures a percent change relates ("creció
      más de 400%, pues en 2013 atendió a 7 mil 45 y en 2018 a 38 mil 215");
    - ``share_part`` and ``share_whole``: the part and the whole a share is of ("30% of
      the 1,000 participants, 300 women").
    """

    id: str = attrs.field(validator=v.identifier)
    measure: Measure = attrs.field(validator=v.member(Measure))
    quantity: Quantity = attrs.field(validator=v.instance(Quantity))
    period: Period | None = attrs.field(default=None, validator=_optional_period)
    citation: Citation | None = attrs.field(
        default=None, validator=v.optional(v.instance(Citation))
    )
    planned: Plan | None = attrs.field(
        default=None, converter=_plan, validator=v.optional(v.member(Plan))
    )
    inferred: str | None = attrs.field(default=None, validator=_optional_text)
    rank: Rank = attrs.field(default=Rank.NORMAL, validator=v.member(Rank))
    reason: str | None = attrs.field(default=None, validator=_optional_text)
    repeats: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    part_of: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    increment_of: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    new_total: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    note: str | None = attrs.field(default=None, validator=_optional_text)
    listing: Listing | None = attrs.field(default=None, validator=v.optional(v.instance(Listing)))
    change_from: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    change_to: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    share_part: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    share_whole: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    draft: str | None = attrs.field(default=None, validator=_optional_text)

    def __attrs_post_init__(self) -> None:
        quantity = self.quantity
        if (
            type(quantity.value) is not int
            and self.measure.whole
            and quantity.per is None
            and quantity.qualifier is not Qualifier.AVERAGE
        ):
            raise InvalidValueError(
                "quantity.value",
                f"a count of {self.measure.value} must be a whole number, got {quantity.value}",
                quantity.value,
            )
        if self.rank is not Rank.NORMAL or self.reason is not None:
            _check_rank(self, self.rank, self.reason)
        if self.new_total is not None and self.increment_of is None:
            raise InvalidValueError(
                "new_total",
                "names the figure that states the sum of an increment; "
                "set increment_of to the figure it adds to",
                self.new_total,
            )


_figures = v.tuple_of(v.instance(Figure))


@attrs.frozen(kw_only=True, weakref_slot=False)
class Place:
    """A place as structured data: a country, and a subnational unit by name.

    ``country`` is an ISO 3166-1 alpha-2 code; ``subdivision`` names a state, department,
    province or municipality as the report writes it ("Jalisco", "Tijuana"), and
    ``level`` says which ("state", "municipality"). At least one of ``country`` and
    ``subdivision`` is given.

    >>> str(Place(country="MX", subdivision="Jalisco", level="state"))
    'Jalisco (state), MX'
    """

    country: str | None = attrs.field(default=None, validator=v.optional(v.country))
    subdivision: str | None = attrs.field(default=None, validator=_optional_text)
    level: str | None = attrs.field(default=None, validator=_optional_text)

    def __attrs_post_init__(self) -> None:
        if self.country is None and self.subdivision is None:
            raise InvalidValueError(
                "country", "a place needs a country, a subdivision, or both", None
            )

    @property
    def key(self) -> str:
        """The place as one grouping key: ``"MX/Jalisco"``, ``"MX"``, ``"/Jalisco"``."""
        if self.subdivision is None:
            return self.country or ""
        return f"{self.country or ''}/{self.subdivision}"

    def __str__(self) -> str:
        name = self.subdivision or ""
        if self.level is not None and name:
            name = f"{name} ({self.level})"
        if self.country is None:
            return name
        return f"{name}, {self.country}" if name else self.country


@attrs.frozen(kw_only=True, weakref_slot=False)
class BreakdownPart:
    """One category of a breakdown and its figure ("171 trained on migration and health").

    ``place`` is set when the breakdown is by place: the category's country and
    subnational unit as data, which aggregation groups by.
    """

    category: str = attrs.field(validator=_text)
    figure: Figure = attrs.field(validator=v.instance(Figure))
    place: Place | None = attrs.field(default=None, validator=v.optional(v.instance(Place)))


@attrs.frozen(kw_only=True, weakref_slot=False)
class Breakdown:
    """A total split into parts along one dimension: 314 = 171 + 143 by track.

    ``total`` is the id of the figure being broken down, in the same record; the parts'
    figures should sum to it, which validation checks.
    """

    id: str = attrs.field(validator=v.identifier)
    dimension: str = attrs.field(validator=_text)
    total: str = attrs.field(validator=v.identifier)
    parts: tuple[BreakdownPart, ...] = attrs.field(
        validator=v.tuple_of(v.instance(BreakdownPart), nonempty=True)
    )


@attrs.frozen(kw_only=True, weakref_slot=False)
class SubGroup:
    """A named part of a record that is not a partition: the 10 Chilean participants.

    Its figures can be at most the record's figures of the same measure.
    """

    id: str = attrs.field(validator=v.identifier)
    label: str = attrs.field(validator=_text)
    countries: tuple[str, ...] = attrs.field(default=(), validator=_countries)
    figures: tuple[Figure, ...] = attrs.field(default=(), validator=_figures)


_breakdowns = v.tuple_of(v.instance(Breakdown))
_subgroups = v.tuple_of(v.instance(SubGroup))


@attrs.frozen(kw_only=True, init=False, weakref_slot=False)
class Cohort:
    """One intake of a training programme and its admission funnel.

    The funnel's figures (applicants, selected, enrolled, participants, completed,
    certified) sit in ``figures``; ``breakdowns`` split a total by country or track and
    ``subgroups`` name parts of the cohort. ``dates`` are the cohort's cited dates;
    ``period=`` is the shorthand for one uncited date, and :attr:`period` the period
    derived from them.
    """

    id: str = attrs.field(validator=v.identifier)
    label: str | None = attrs.field(default=None, validator=_optional_text)
    dates: tuple[DateFact, ...] = attrs.field(default=(), validator=_dates)
    places: tuple[str, ...] = attrs.field(default=(), validator=_texts)
    countries: tuple[str, ...] = attrs.field(default=(), validator=_countries)
    figures: tuple[Figure, ...] = attrs.field(default=(), validator=_figures)
    breakdowns: tuple[Breakdown, ...] = attrs.field(default=(), validator=_breakdowns)
    subgroups: tuple[SubGroup, ...] = attrs.field(default=(), validator=_subgroups)

    def __init__(
        self,
        *,
        id: str,
        label: str | None = None,
        dates: tuple[DateFact, ...] = (),
        period: Period | None = None,
        places: tuple[str, ...] = (),
        countries: tuple[str, ...] = (),
        figures: tuple[Figure, ...] = (),
        breakdowns: tuple[Breakdown, ...] = (),
        subgroups: tuple[SubGroup, ...] = (),
    ) -> None:
        self.__attrs_init__(
            id=id,
            label=label,
            dates=_with_period(dates, period),
            places=places,
            countries=countries,
            figures=figures,
            breakdowns=breakdowns,
            subgroups=subgroups,
        )

    @cached_property
    def period(self) -> Period | None:
        """The period derived from :attr:`dates` by rank (:func:`derive_period`), or ``None``."""
        return derive_period(self.dates)


@attrs.frozen(kw_only=True, init=False, weakref_slot=False)
class ServiceStatistic:
    """What was delivered or who was reached, for a period, in a place, for a population.

    "8.7 million services ... at the consular health windows between January 2021 and
    August 2022"; "12 million Mexican migrants who work in the United States" (a target
    population); "2.4 doctors per 1,000 inhabitants" in Mexico. Like a cohort, it has
    cited ``dates`` (``period=`` is the shorthand for one uncited date), ``breakdowns``
    (by state, by kind of service) and ``subgroups``.
    """

    id: str = attrs.field(validator=v.identifier)
    population: str | None = attrs.field(default=None, validator=_optional_text)
    dates: tuple[DateFact, ...] = attrs.field(default=(), validator=_dates)
    places: tuple[str, ...] = attrs.field(default=(), validator=_texts)
    countries: tuple[str, ...] = attrs.field(default=(), validator=_countries)
    figures: tuple[Figure, ...] = attrs.field(default=(), validator=_figures)
    breakdowns: tuple[Breakdown, ...] = attrs.field(default=(), validator=_breakdowns)
    subgroups: tuple[SubGroup, ...] = attrs.field(default=(), validator=_subgroups)

    def __init__(
        self,
        *,
        id: str,
        population: str | None = None,
        dates: tuple[DateFact, ...] = (),
        period: Period | None = None,
        places: tuple[str, ...] = (),
        countries: tuple[str, ...] = (),
        figures: tuple[Figure, ...] = (),
        breakdowns: tuple[Breakdown, ...] = (),
        subgroups: tuple[SubGroup, ...] = (),
    ) -> None:
        self.__attrs_init__(
            id=id,
            population=population,
            dates=_with_period(dates, period),
            places=places,
            countries=countries,
            figures=figures,
            breakdowns=breakdowns,
            subgroups=subgroups,
        )

    @cached_property
    def period(self) -> Period | None:
        """The period derived from :attr:`dates` by rank (:func:`derive_period`), or ``None``."""
        return derive_period(self.dates)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Partner:
    """An organisation (by id) and the roles it plays in one programme."""

    organisation: str = attrs.field(validator=v.identifier)
    roles: tuple[Role, ...] = attrs.field(validator=v.tuple_of(v.member(Role), nonempty=True))
    citation: Citation | None = attrs.field(
        default=None, validator=v.optional(v.instance(Citation))
    )


@attrs.frozen(kw_only=True, weakref_slot=False)
class Spelling:
    """A name as one source writes it, verbatim: "Zóe Robledo", "OIM", "Secretaría de Salud".

    ``translation`` marks the name in another language than the record's ``name``
    ("Secretaría de Salud" for the "Secretariat of Health of Mexico"): it is compared
    only with the other translations in its language, which is ``language`` when it is
    not its source's (an English report that names the "Secretaría de Salud").
    ``generic`` marks a description used in place of a name ("los Consulados
    mexicanos" for Mexico's consulates), which is compared with nothing.
    """

    text: str = attrs.field(validator=_text)
    source: str = attrs.field(validator=v.identifier)
    language: str | None = attrs.field(default=None, validator=v.optional(v.language))
    translation: bool = attrs.field(default=False, validator=v.flag)
    generic: bool = attrs.field(default=False, validator=v.flag)


_spellings = v.tuple_of(v.instance(Spelling))


@attrs.frozen(kw_only=True, weakref_slot=False)
class Organisation:
    """A ministry, institute, university, agency or network that takes part in programmes.

    ``country`` is an ISO 3166-1 alpha-2 code, or ``None`` for an international body;
    :func:`~migrationhealth.countries.country_code` turns a name into a code. Facts
    about the organisation itself ("175 member states") are its ``figures``.
    ``spellings`` keep the name as each source writes it; ``normalised`` is an optional
    corrected form, beside ``name``.
    """

    id: str = attrs.field(validator=v.identifier)
    name: str = attrs.field(validator=_text)
    kind: OrganisationKind = attrs.field(validator=v.member(OrganisationKind))
    acronym: str | None = attrs.field(default=None, validator=_optional_text)
    country: str | None = attrs.field(default=None, validator=v.optional(v.country))
    parent: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    normalised: str | None = attrs.field(default=None, validator=_optional_text)
    spellings: tuple[Spelling, ...] = attrs.field(default=(), validator=_spellings)
    figures: tuple[Figure, ...] = attrs.field(default=(), validator=_figures)
    notes: str | None = attrs.field(default=None, validator=_optional_text)
    draft: str | None = attrs.field(default=None, validator=_optional_text)


@attrs.frozen(kw_only=True, weakref_slot=False)
class Position:
    """A post a person holds, as a source states it ("director general of the IMSS").

    ``organisation`` and ``programme`` are ids; ``source`` is the source that states it.
    """

    title: str = attrs.field(validator=_text)
    organisation: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    programme: str | None = attrs.field(default=None, validator=v.optional(v.identifier))
    source: str | None = attrs.field(default=None, validator=v.optional(v.identifier))


@attrs.frozen(kw_only=True, weakref_slot=False)
class Person:
    """A person a report names, quoted or not: a speaker, a course author, an attendee.

    ``name`` is the name as written (in the first source that names them), kept
    verbatim, misspellings included; ``normalised`` is an optional corrected form
    ("Zoé Robledo" for a report's "Zóe Robledo"), and ``spellings`` the name as each
    other source writes it. ``positions`` are the posts the sources give them.
    ``citations`` are quotes that name them without quoting them.
    """

    id: str = attrs.field(validator=v.identifier)
    name: str = attrs.field(validator=_text)
    normalised: str | None = attrs.field(default=None, validator=_optional_text)
    spellings: tuple[Spelling, ...] = attrs.field(default=(), validator=_spellings)
    positions: tuple[Position, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(Position))
    )
    citations: tuple[Citation, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(Citation))
    )
    notes: str | None = attrs.field(default=None, validator=_optional_text)
    draft: str | None = attrs.field(default=None, validator=_optional_text)


@attrs.frozen(kw_only=True, init=False, weakref_slot=False)
class Programme:
    """A named intervention: a diploma, a certification, a health week, a policy.

    ``edition`` is itself a cited figure (the "22nd" of a yearly health week), and
    ``rhythm`` how often the programme is held ("annual"), as its sources state it; a
    programme that is one edition of a recurring one lists the recurring one in
    ``related``.
    ``status`` is where the programme stood in its sources, ``None`` when they do not
    say. ``related`` lists ids of other programmes it builds on or belongs with;
    ``citations`` are the quotes that establish the programme's description. ``dates``
    are its cited dates, from any number of sources, events included; ``period=`` is the
    shorthand for one uncited date, and :attr:`period` the period derived from them.
    Like a cohort, a programme may have its own ``figures``, ``breakdowns`` and
    ``subgroups``.
    """

    id: str = attrs.field(validator=v.identifier)
    title: str = attrs.field(validator=_text)
    kind: ProgrammeKind = attrs.field(validator=v.member(ProgrammeKind))
    status: Status | None = attrs.field(default=None, validator=v.optional(v.member(Status)))
    edition: Figure | None = attrs.field(default=None, validator=v.optional(v.instance(Figure)))
    themes: tuple[str, ...] = attrs.field(default=(), validator=_texts)
    countries: tuple[str, ...] = attrs.field(default=(), validator=_countries)
    places: tuple[str, ...] = attrs.field(default=(), validator=_texts)
    dates: tuple[DateFact, ...] = attrs.field(default=(), validator=_dates)
    partners: tuple[Partner, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(Partner))
    )
    cohorts: tuple[Cohort, ...] = attrs.field(default=(), validator=v.tuple_of(v.instance(Cohort)))
    statistics: tuple[ServiceStatistic, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(ServiceStatistic))
    )
    figures: tuple[Figure, ...] = attrs.field(default=(), validator=_figures)
    breakdowns: tuple[Breakdown, ...] = attrs.field(default=(), validator=_breakdowns)
    subgroups: tuple[SubGroup, ...] = attrs.field(default=(), validator=_subgroups)
    related: tuple[str, ...] = attrs.field(default=(), validator=v.tuple_of(v.identifier))
    citations: tuple[Citation, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(Citation))
    )
    description: str | None = attrs.field(default=None, validator=_optional_text)
    rhythm: Rhythm | None = attrs.field(default=None, validator=v.optional(v.member(Rhythm)))
    draft: str | None = attrs.field(default=None, validator=_optional_text)

    def __init__(
        self,
        *,
        id: str,
        title: str,
        kind: ProgrammeKind,
        status: Status | None = None,
        edition: Figure | None = None,
        themes: tuple[str, ...] = (),
        countries: tuple[str, ...] = (),
        places: tuple[str, ...] = (),
        dates: tuple[DateFact, ...] = (),
        period: Period | None = None,
        partners: tuple[Partner, ...] = (),
        cohorts: tuple[Cohort, ...] = (),
        statistics: tuple[ServiceStatistic, ...] = (),
        figures: tuple[Figure, ...] = (),
        breakdowns: tuple[Breakdown, ...] = (),
        subgroups: tuple[SubGroup, ...] = (),
        related: tuple[str, ...] = (),
        citations: tuple[Citation, ...] = (),
        description: str | None = None,
        rhythm: Rhythm | None = None,
        draft: str | None = None,
    ) -> None:
        self.__attrs_init__(
            id=id,
            title=title,
            kind=kind,
            status=status,
            edition=edition,
            themes=themes,
            countries=countries,
            places=places,
            dates=_with_period(dates, period),
            partners=partners,
            cohorts=cohorts,
            statistics=statistics,
            figures=figures,
            breakdowns=breakdowns,
            subgroups=subgroups,
            related=related,
            citations=citations,
            description=description,
            rhythm=rhythm,
            draft=draft,
        )

    @cached_property
    def period(self) -> Period | None:
        """The period derived from :attr:`dates` by rank (:func:`derive_period`), or ``None``."""
        return derive_period(self.dates)

    def _repr_html_(self) -> str:
        """The programme as a table of its facts and figures, for notebooks."""
        return _html.programme_html(self)
