"""Hypothesis strategies for every model class.

Each strategy draws valid values only, across the whole of what the model admits: dates
with and without years, every qualifier, integer and decimal values, optional fields set
and unset. Add a field to a model class, add it here too.

Each strategy is built once (``functools.cache``) and reused: composite strategies draw
from their parts at every example, and a strategy built anew inside each draw costs
Hypothesis far more (validation, labels) than drawing from it. Strategies over the open
vocabularies (measures, roles, kinds) are not cached, so that they see declared terms.
"""

from __future__ import annotations

import calendar
from decimal import Decimal
from functools import cache
from typing import Any

from hypothesis import strategies as st

import migrationhealth as mh
from migrationhealth.countries import _alpha2_codes


@cache
def _sampled(values: tuple[object, ...]) -> st.SearchStrategy[Any]:
    """One of ``values``: built once per tuple of values."""
    return st.sampled_from(values)


@cache
def _integers(low: int, high: int) -> st.SearchStrategy[int]:
    """Integers from ``low`` to ``high``: built once per pair."""
    return st.integers(low, high)


@cache
def ids() -> st.SearchStrategy[Any]:
    """Ids as the model admits them."""
    return st.builds(
        "{}{}".format,
        st.sampled_from("abcxyz019"),
        st.text(alphabet="abz09._:-", max_size=8),
    )


@cache
def texts() -> st.SearchStrategy[Any]:
    """Non-empty strings without control characters or surrounding whitespace."""
    return (
        st.text(
            alphabet=st.characters(blacklist_categories=("Cc", "Cs")),
            min_size=1,
            max_size=12,
        )
        .map(str.strip)
        .filter(bool)
    )


@cache
def quotes() -> st.SearchStrategy[Any]:
    """Quotes: like texts, and sometimes spanning a line break."""
    return st.one_of(
        texts(),
        st.tuples(texts(), texts()).map(lambda pair: f"{pair[0]}\n{pair[1]}"),
    )


@cache
def countries() -> st.SearchStrategy[Any]:
    """ISO 3166-1 alpha-2 codes."""
    return st.sampled_from(sorted(_alpha2_codes()))


@cache
def optional(strategy: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    """``None`` or a value of ``strategy``."""
    return st.none() | strategy


@cache
@st.composite
def partial_dates(draw: st.DrawFn) -> mh.PartialDate:
    """Dates known to the year, month or day; some without a year."""
    year = draw(optional(_integers(1, 9999)))
    month = draw(_integers(1, 12) if year is None else optional(_integers(1, 12)))
    day = None
    if month is not None and draw(_sampled((False, True))):
        last = calendar.monthrange(2000 if year is None else year, month)[1]
        day = draw(_integers(1, last))
    return mh.PartialDate(year=year, month=month, day=day)


@cache
@st.composite
def periods(draw: st.DrawFn) -> mh.Period:
    """Periods with either end open, not necessarily in order (the model keeps them)."""
    start = draw(optional(partial_dates()))
    end = draw(partial_dates() if start is None else optional(partial_dates()))
    return mh.Period(start=start, end=end)  # type: ignore[arg-type]


@cache
def decimals() -> st.SearchStrategy[Any]:
    """Non-whole decimals, as rates are reported (2.4, 3.5)."""
    return st.decimals(
        min_value=Decimal("0.001"),
        max_value=Decimal("1000000"),
        places=3,
        allow_nan=False,
        allow_infinity=False,
    ).filter(lambda d: d != d.to_integral_value())


@cache
def values() -> st.SearchStrategy[Any]:
    """Valid values."""
    return st.one_of(st.integers(0, 10**12), decimals())


@cache
def pers() -> st.SearchStrategy[Any]:
    """Valid pers."""
    return st.builds(mh.Per, amount=st.sampled_from([1, 100, 1000, 100_000]), unit=texts())


@cache
def quantities() -> st.SearchStrategy[Any]:
    """Valid quantities."""
    return st.builds(
        mh.Quantity,
        value=values(),
        unit=texts(),
        qualifier=_sampled(tuple(mh.Qualifier)),
        per=optional(pers()),
    )


@cache
def speakers() -> st.SearchStrategy[Any]:
    """Valid speakers: a name, a person, an organisation or a description, at least one."""
    return st.one_of(
        st.builds(
            mh.Speaker,
            name=texts(),
            position=optional(texts()),
            organisation=optional(ids()),
            person=optional(ids()),
        ),
        st.builds(mh.Speaker, organisation=ids(), description=optional(texts())),
        st.builds(mh.Speaker, description=texts()),
    )


@cache
def citations() -> st.SearchStrategy[Any]:
    """Valid citations."""
    return st.builds(
        mh.Citation,
        source=ids(),
        quote=quotes(),
        speaker=optional(speakers()),
        stated=optional(partial_dates()),
    )


@cache
@st.composite
def ranks(draw: st.DrawFn) -> dict[str, Any]:
    """A rank with a reason wherever one is needed (always for a deprecated fact)."""
    rank = draw(_sampled(tuple(mh.Rank)))
    reason = draw(texts() if rank is mh.Rank.DEPRECATED else optional(texts()))
    return {"rank": rank, "reason": reason}


@cache
@st.composite
def date_facts(draw: st.DrawFn) -> mh.DateFact:
    """Valid dated facts: a whole period, one end of it, or an event."""
    shape = draw(_sampled(("period", "bound", "event")))
    return mh.DateFact(
        period=draw(periods()),
        bound=draw(_sampled(tuple(mh.Bound))) if shape == "bound" else None,
        event=draw(texts()) if shape == "event" else None,
        citation=draw(optional(citations())),  # type: ignore[arg-type]
        planned=draw(optional(_sampled(tuple(mh.Plan)))),  # type: ignore[arg-type]
        weekday=draw(optional(_sampled(tuple(mh.Weekday)))),  # type: ignore[arg-type]
        inferred=draw(optional(texts())),  # type: ignore[arg-type]
        note=draw(optional(texts())),  # type: ignore[arg-type]
        **draw(ranks()),
    )


def measures() -> st.SearchStrategy[Any]:
    """Every measure known, built in or declared (see `_sampled`: one strategy per set)."""
    return _sampled(tuple(mh.Measure))


@cache
def listings() -> st.SearchStrategy[Any]:
    """Valid listings: one to three items that differ once case and spaces are folded."""
    items = st.lists(
        texts(), min_size=1, max_size=3, unique_by=lambda t: " ".join(t.casefold().split())
    ).map(tuple)
    return st.builds(
        mh.Listing,
        items=items,
        complete=st.sampled_from([True, False, None]),
        citation=optional(citations()),
    )


@cache
@st.composite
def figures(draw: st.DrawFn) -> mh.Figure:
    """Valid figures: a count's value is whole unless it is a rate or an average."""
    measure = draw(measures())
    quantity = draw(quantities())
    if (
        measure.is_count
        and quantity.per is None
        and quantity.qualifier is not mh.Qualifier.AVERAGE
        and type(quantity.value) is not int
    ):
        quantity = mh.Quantity(
            value=int(quantity.value), unit=quantity.unit, qualifier=quantity.qualifier
        )
    increment_of = draw(optional(ids()))
    return mh.Figure(
        id=draw(ids()),
        measure=measure,
        quantity=quantity,
        period=draw(optional(periods())),  # type: ignore[arg-type]
        citation=draw(optional(citations())),  # type: ignore[arg-type]
        planned=draw(optional(_sampled(tuple(mh.Plan)))),  # type: ignore[arg-type]
        inferred=draw(optional(texts())),  # type: ignore[arg-type]
        repeats=draw(optional(ids())),  # type: ignore[arg-type]
        part_of=draw(optional(ids())),  # type: ignore[arg-type]
        increment_of=increment_of,  # type: ignore[arg-type]
        new_total=None if increment_of is None else draw(optional(ids())),  # type: ignore[arg-type]
        note=draw(optional(texts())),  # type: ignore[arg-type]
        listing=draw(optional(listings())),  # type: ignore[arg-type]
        change_from=draw(optional(ids())),  # type: ignore[arg-type]
        change_to=draw(optional(ids())),  # type: ignore[arg-type]
        share_part=draw(optional(ids())),  # type: ignore[arg-type]
        share_whole=draw(optional(ids())),  # type: ignore[arg-type]
        **draw(ranks()),
    )


@cache
def small_tuples(strategy: st.SearchStrategy[object], *, min_size: int = 0) -> st.SearchStrategy:
    """Tuples of 0 (or ``min_size``) to 2 elements: enough to show every shape."""
    return st.lists(strategy, min_size=min_size, max_size=2).map(tuple)


@cache
def places() -> st.SearchStrategy[Any]:
    """Valid structured places: a country, a subdivision, or both."""
    return st.one_of(
        st.builds(mh.Place, country=countries(), subdivision=optional(texts())),
        st.builds(mh.Place, subdivision=texts(), level=optional(texts())),
    )


@cache
def breakdown_parts() -> st.SearchStrategy[Any]:
    """Valid breakdown parts."""
    return st.builds(mh.BreakdownPart, category=texts(), figure=figures(), place=optional(places()))


@cache
def breakdowns() -> st.SearchStrategy[Any]:
    """Valid breakdowns."""
    return st.builds(
        mh.Breakdown,
        id=ids(),
        dimension=texts(),
        total=ids(),
        parts=small_tuples(breakdown_parts(), min_size=1),
    )


@cache
def subgroups() -> st.SearchStrategy[Any]:
    """Valid subgroups."""
    return st.builds(
        mh.SubGroup,
        id=ids(),
        label=texts(),
        countries=small_tuples(countries()),
        figures=small_tuples(figures()),
    )


@cache
def dates() -> st.SearchStrategy[Any]:
    """The cited dates of a record: none, one or two."""
    return small_tuples(date_facts())


@cache
def cohorts() -> st.SearchStrategy[Any]:
    """Valid cohorts."""
    return st.builds(
        mh.Cohort,
        id=ids(),
        label=optional(texts()),
        dates=dates(),
        places=small_tuples(texts()),
        countries=small_tuples(countries()),
        figures=small_tuples(figures()),
        breakdowns=small_tuples(breakdowns()),
        subgroups=small_tuples(subgroups()),
    )


@cache
def statistics() -> st.SearchStrategy[Any]:
    """Valid statistics."""
    return st.builds(
        mh.ServiceStatistic,
        id=ids(),
        population=optional(texts()),
        dates=dates(),
        places=small_tuples(texts()),
        countries=small_tuples(countries()),
        figures=small_tuples(figures()),
        breakdowns=small_tuples(breakdowns()),
        subgroups=small_tuples(subgroups()),
    )


def partners() -> st.SearchStrategy[Any]:
    """Valid partners."""
    return st.builds(
        mh.Partner,
        organisation=ids(),
        roles=small_tuples(st.sampled_from(list(mh.Role)), min_size=1),
        citation=optional(citations()),
    )


@cache
def spellings() -> st.SearchStrategy[Any]:
    """Names as sources write them."""
    return small_tuples(st.builds(mh.Spelling, text=texts(), source=ids()))


def organisations() -> st.SearchStrategy[Any]:
    """Valid organisations."""
    return st.builds(
        mh.Organisation,
        id=ids(),
        name=texts(),
        kind=st.sampled_from(list(mh.OrganisationKind)),
        acronym=optional(texts()),
        country=optional(countries()),
        parent=optional(ids()),
        normalised=optional(texts()),
        spellings=spellings(),
        figures=small_tuples(figures()),
        notes=optional(texts()),
    )


def people() -> st.SearchStrategy[Any]:
    """Valid people."""
    return st.builds(
        mh.Person,
        id=ids(),
        name=texts(),
        normalised=optional(texts()),
        spellings=spellings(),
        positions=small_tuples(
            st.builds(
                mh.Position,
                title=texts(),
                organisation=optional(ids()),
                programme=optional(ids()),
                source=optional(ids()),
            )
        ),
        citations=small_tuples(citations()),
        notes=optional(texts()),
    )


def programmes() -> st.SearchStrategy[Any]:
    """Valid programmes."""
    return st.builds(
        mh.Programme,
        id=ids(),
        title=texts(),
        kind=st.sampled_from(list(mh.ProgrammeKind)),
        status=optional(_sampled(tuple(mh.Status))),
        edition=optional(figures()),
        themes=small_tuples(texts()),
        countries=small_tuples(countries()),
        places=small_tuples(texts()),
        dates=dates(),
        partners=small_tuples(partners()),
        cohorts=small_tuples(cohorts()),
        statistics=small_tuples(statistics()),
        figures=small_tuples(figures()),
        breakdowns=small_tuples(breakdowns()),
        subgroups=small_tuples(subgroups()),
        related=small_tuples(ids()),
        citations=small_tuples(citations()),
        description=optional(texts()),
    )


@cache
def languages() -> st.SearchStrategy[str]:
    """Language tags."""
    return st.sampled_from(["en", "es", "pt", "fr", "pt-BR", "es-MX", "fil"])


@cache
@st.composite
def sources(draw: st.DrawFn) -> mh.Source:
    """Valid sources."""
    published = draw(optional(partial_dates()))
    return mh.Source(
        id=draw(ids()),
        title=draw(texts()),
        publisher=draw(optional(texts())),  # type: ignore[arg-type]
        published=published,  # type: ignore[arg-type]
        published_inferred=None if published is None else draw(optional(texts())),  # type: ignore[arg-type]
        url=draw(optional(texts())),  # type: ignore[arg-type]
        language=draw(optional(languages())),  # type: ignore[arg-type]
        notes=draw(optional(texts())),  # type: ignore[arg-type]
    )


def datasets() -> st.SearchStrategy[Any]:
    """Whole datasets(): valid records, though not necessarily consistent with each other."""
    return st.builds(
        mh.Dataset,
        sources=small_tuples(sources()),
        organisations=small_tuples(organisations()),
        programmes=small_tuples(programmes()),
        people=small_tuples(people()),
    )


# --- Declared vocabularies ------------------------------------------------------------------
#
# Declarations hold for the whole process, and a value declared again must keep its
# definition: each drawn value encodes its definition, so drawing it again declares the
# same term.

_DECLARED_COUNTS = ("people", "services", "places", "events", "shelters")


@st.composite
def declared_measures(draw: st.DrawFn) -> mh.Measure:
    """A measure declared now, beyond the built-in ones, with any definition.

    Its value spells its definition (``t_shelters_w1s0k1_2``: counts shelters, whole, not
    summable, a stock, stage 2), so examples shrink towards people, whole, summable flows.
    """
    counts = draw(st.sampled_from(_DECLARED_COUNTS))
    whole, summable, stock = draw(st.booleans()), draw(st.booleans()), draw(st.booleans())
    stage = draw(st.none() | st.integers(min_value=1, max_value=9))
    flags = f"w{int(whole)}s{int(summable)}k{int(stock)}"
    value = f"t_{counts}_{flags}_{stage or 0}"
    return mh.Measure.declare(
        value,
        counts=counts,
        whole=whole,
        summable=summable,
        stock=stock,
        stage=stage,
        description=f"declared by a test: {value}",
    )


def _declared_term(vocabulary: type[mh.Term]) -> st.SearchStrategy[Any]:
    return st.text(alphabet="abcxyz_09", max_size=6).map(
        lambda tail: vocabulary.declare(f"t_{tail}", description=f"declared by a test: t_{tail}")
    )


def declared_roles() -> st.SearchStrategy[Any]:
    """A role declared now (``t_`` and a few letters), beyond the built-in ones."""
    return _declared_term(mh.Role)


def declared_organisation_kinds() -> st.SearchStrategy[Any]:
    """An organisation kind declared now, beyond the built-in ones."""
    return _declared_term(mh.OrganisationKind)


def declared_programme_kinds() -> st.SearchStrategy[Any]:
    """A programme kind declared now, beyond the built-in ones."""
    return _declared_term(mh.ProgrammeKind)


@st.composite
def figures_of(draw: st.DrawFn, measure: mh.Measure) -> mh.Figure:
    """A figure of ``measure``: a whole value for a count, as the model requires."""
    quantity = draw(quantities())
    if measure.is_count and type(quantity.value) is not int:
        quantity = mh.Quantity(value=int(quantity.value), unit=quantity.unit)
    return mh.Figure(
        id=draw(ids()),
        measure=measure,
        quantity=quantity,
        citation=draw(optional(citations())),  # type: ignore[arg-type]
    )


@st.composite
def datasets_with_declared_terms(draw: st.DrawFn) -> mh.Dataset:
    """A dataset whose organisation, programme, partner and figures use declared terms.

    One organisation of a declared kind is the partner, in a declared role, of one
    programme of a declared kind, whose figures (in the programme, a cohort and a
    statistic) have declared measures, beside built-in ones.
    """
    kind = draw(declared_organisation_kinds())
    organisation = mh.Organisation(id="org", name=draw(texts()), kind=kind)
    measures_used = draw(st.lists(declared_measures(), min_size=1, max_size=3))
    # Built-in terms only beside them: the declared ones come and go as tests run.
    builtin = st.sampled_from([measure for measure in mh.Measure if measure.builtin])
    every = [*measures_used, *draw(st.lists(builtin, max_size=1))]
    own = tuple(draw(figures_of(measure)) for measure in every)
    cohort = mh.Cohort(id="c", figures=(draw(figures_of(draw(st.sampled_from(every)))),))
    statistic = mh.ServiceStatistic(
        id="s", figures=(draw(figures_of(draw(st.sampled_from(every)))),)
    )
    programme = mh.Programme(
        id="p",
        title=draw(texts()),
        kind=draw(declared_programme_kinds()),
        partners=(mh.Partner(organisation="org", roles=(draw(declared_roles()),)),),
        figures=own,
        cohorts=(cohort,),
        statistics=(statistic,),
    )
    return mh.Dataset(organisations=(organisation,), programmes=(programme,))
