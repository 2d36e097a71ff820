"""Properties of validation over datasets that are consistent by construction."""

from __future__ import annotations

import itertools
from decimal import Decimal

import attrs
from hypothesis import given
from hypothesis import strategies as st

import migrationhealth as mh
from migrationhealth.validation import Severity, validate
from migrationhealth.validation._numbers import (
    printed_interval,
    rounding_step,
    transposition,
)
from strategies import countries, texts


def cite(draw: st.DrawFn, sources: int, text: str) -> mh.Citation:
    return mh.Citation(source=f"s{draw(st.integers(0, sources - 1))}", quote=text)


def figure(
    draw: st.DrawFn, sources: int, id: str, measure: mh.Measure, value: int, *, unit: str = "people"
) -> mh.Figure:
    """An exact figure whose quote states its value, as reports print it."""
    return mh.Figure(
        id=id,
        measure=measure,
        quantity=mh.Quantity(value=value, unit=unit),
        citation=cite(draw, sources, f"{value:,} {unit} {draw(texts())}"),
    )


def funnel_values(draw: st.DrawFn, stages: list[mh.Measure]) -> list[int]:
    """Values that never grow along the funnel, none a transposition of another."""
    values: list[int] = []
    for _ in stages:
        values.append(draw(st.integers(0, values[-1] if values else 5000)))
    for index in range(1, len(values)):
        if any(transposition(values[index], earlier) for earlier in values[:index]):
            values[index] = values[index - 1]
    return values


@st.composite
def partitions(draw: st.DrawFn, total: int) -> list[int]:
    """One to four whole parts that add up to ``total``."""
    cuts = sorted(draw(st.lists(st.integers(0, total), min_size=0, max_size=3)))
    bounds = [0, *cuts, total]
    return [b - a for a, b in itertools.pairwise(bounds)]


@st.composite
def consistent_cohorts(
    draw: st.DrawFn, id: str, period: mh.Period, sources: int, breakdown: bool
) -> mh.Cohort:
    indexes = draw(st.lists(st.integers(0, len(mh.FUNNEL) - 1), min_size=1, unique=True))
    stages = [mh.FUNNEL[i] for i in sorted(indexes)]
    values = funnel_values(draw, stages)
    figures = tuple(
        figure(draw, sources, f"{id}-{stage.value}", stage, value)
        for stage, value in zip(stages, values, strict=True)
    )
    breakdowns: tuple[mh.Breakdown, ...] = ()
    if breakdown or draw(st.booleans()):
        total = draw(st.sampled_from(figures))
        shares = draw(partitions(total.quantity.value))
        parts = tuple(
            mh.BreakdownPart(
                category=f"track {k}",
                figure=figure(draw, sources, f"{id}-b-{k}", total.measure, share),
            )
            for k, share in enumerate(shares)
        )
        breakdowns = (mh.Breakdown(id=f"{id}-b", dimension="track", total=total.id, parts=parts),)
    subgroups: tuple[mh.SubGroup, ...] = ()
    if draw(st.booleans()):
        smallest = values[-1]
        member = figure(
            draw,
            sources,
            f"{id}-g-f",
            stages[-1],
            draw(st.integers(0, smallest)),
            unit="participants",
        )
        subgroups = (mh.SubGroup(id=f"{id}-g", label=draw(texts()), figures=(member,)),)
    return mh.Cohort(
        id=id,
        period=draw(st.sampled_from([None, period])),
        countries=tuple(draw(st.lists(countries(), max_size=2, unique=True))),
        figures=figures,
        breakdowns=breakdowns,
        subgroups=subgroups,
    )


@st.composite
def consistent_statistics(draw: st.DrawFn, id: str, sources: int) -> mh.ServiceStatistic:
    """Services given twice (once hedged, agreeing), and a rate with its components."""
    services = draw(st.integers(1, 10**9))
    about = mh.Figure(
        id=f"{id}-about",
        measure=mh.Measure.SERVICES,
        quantity=mh.Quantity(value=services, unit="services", qualifier=mh.Qualifier.APPROXIMATE),
        citation=cite(draw, sources, f"about {services:,} services"),
    )
    doctors = draw(st.integers(100, 10**6))
    inhabitants = doctors * draw(st.integers(10, 1000))
    rate = round(Decimal(doctors) * 1000 / inhabitants, 1)
    per = mh.Per(amount=1000, unit="inhabitants")
    density = mh.Figure(
        id=f"{id}-density",
        measure=mh.Measure.HEALTH_WORKER_DENSITY,
        quantity=mh.Quantity(value=rate, unit="doctors", per=per),
        citation=cite(draw, sources, f"{rate} doctors per 1,000 inhabitants"),
    )
    return mh.ServiceStatistic(
        id=id,
        figures=(
            figure(draw, sources, f"{id}-services", mh.Measure.SERVICES, services, unit="services"),
            about,
            figure(
                draw, sources, f"{id}-doctors", mh.Measure.HEALTH_WORKERS, doctors, unit="doctors"
            ),
            figure(
                draw,
                sources,
                f"{id}-inhabitants",
                mh.Measure.TARGET_POPULATION,
                inhabitants,
                unit="inhabitants",
            ),
            density,
        ),
    )


@st.composite
def consistent_datasets(draw: st.DrawFn, *, breakdown: bool = False) -> mh.Dataset:
    """Datasets in which no rule can find an error, warning or information.

    Sources are published after every programme's period; every organisation is a
    partner of the first programme; every figure is cited with a quote that states it;
    funnels narrow; breakdowns add up; sub-groups fit their cohort; rates follow from
    their components. With ``breakdown``, the first programme's first cohort has one.
    """
    n_sources = draw(st.integers(1, 3))
    sources = tuple(
        mh.Source(
            id=f"s{i}",
            title=draw(texts()),
            published=draw(st.sampled_from([None, mh.PartialDate(year=2020 + i, month=1)])),
        )
        for i in range(n_sources)
    )
    organisations = tuple(
        mh.Organisation(
            id=f"o{i}",
            name=f"Organisation {i}",
            acronym=draw(st.sampled_from([None, f"ORG{i}"])),
            kind=draw(st.sampled_from(list(mh.OrganisationKind))),
            country=draw(st.none() | countries()),
        )
        for i in range(draw(st.integers(0, 3)))
    )
    programmes = []
    for p in range(draw(st.integers(1, 3))):
        year = draw(st.integers(2000, 2019))
        first = draw(st.integers(1, 12))
        period = mh.Period(
            start=mh.PartialDate(year=year, month=first),
            end=mh.PartialDate(year=year, month=draw(st.integers(first, 12))),
        )
        cohorts = tuple(
            draw(consistent_cohorts(f"p{p}-c{c}", period, n_sources, breakdown and p == c == 0))
            for c in range(draw(st.integers(1 if breakdown and p == 0 else 0, 2)))
        )
        statistics = tuple(
            draw(consistent_statistics(f"p{p}-s{s}", n_sources))
            for s in range(draw(st.integers(0, 2)))
        )
        partners = organisations if p == 0 else ()
        programmes.append(
            mh.Programme(
                id=f"p{p}",
                title=draw(texts()),
                kind=draw(st.sampled_from(list(mh.ProgrammeKind))),
                status=draw(st.none() | st.sampled_from(mh.Status)),
                period=draw(st.sampled_from([None, period])),
                partners=tuple(
                    mh.Partner(organisation=o.id, roles=(mh.Role.PARTNER,)) for o in partners
                ),
                cohorts=cohorts,
                statistics=statistics,
                citations=(cite(draw, n_sources, draw(texts())),),
            )
        )
    return mh.Dataset(sources=sources, organisations=organisations, programmes=tuple(programmes))


@given(consistent_datasets())
def test_a_dataset_consistent_by_construction_yields_no_findings(dataset: mh.Dataset) -> None:
    report = validate(dataset)
    assert report.counts[Severity.ERROR] == 0
    assert report.ok
    assert list(report) == []


def with_part(dataset: mh.Dataset, index: int, value: int) -> tuple[mh.Dataset, str]:
    """The dataset with one part of the first breakdown changed to ``value``, and its id."""
    programme = dataset.programmes[0]
    cohort = programme.cohorts[0]
    breakdown = cohort.breakdowns[0]
    part = breakdown.parts[index]
    changed = attrs.evolve(
        part.figure,
        quantity=attrs.evolve(part.figure.quantity, value=value),
        citation=attrs.evolve(part.figure.citation, quote=f"{value:,} people"),  # type: ignore[misc]
    )
    parts = list(breakdown.parts)
    parts[index] = attrs.evolve(part, figure=changed)
    cohort = attrs.evolve(cohort, breakdowns=(attrs.evolve(breakdown, parts=tuple(parts)),))
    programme = attrs.evolve(programme, cohorts=(cohort, *programme.cohorts[1:]))
    return attrs.evolve(dataset, programmes=(programme, *dataset.programmes[1:])), changed.id


@given(consistent_datasets(breakdown=True), st.data())
def test_changing_one_part_of_a_breakdown_yields_exactly_the_breakdown_finding(
    dataset: mh.Dataset, data: st.DataObject
) -> None:
    breakdown = dataset.programmes[0].cohorts[0].breakdowns[0]
    index = data.draw(st.integers(0, len(breakdown.parts) - 1))
    old = breakdown.parts[index].figure.quantity.value
    new = data.draw(st.integers(0, 10_000).filter(lambda v: v != old))
    changed, part_id = with_part(dataset, index, new)
    (finding,) = validate(changed)
    assert finding.code == "MH104"
    assert breakdown.id in finding.ids
    assert part_id in finding.ids
    gap = abs(new - old)
    relation = "more than" if new > old else "less than"
    assert f"{gap:,} {relation} the total" in finding.message


@given(st.integers(1, 10**12), st.data())
def test_swapping_two_neighbouring_digits_is_a_transposition(
    value: int, data: st.DataObject
) -> None:
    digits = str(value)
    if len(digits) < 2:
        return
    i = data.draw(st.integers(0, len(digits) - 2))
    swapped = digits[:i] + digits[i + 1] + digits[i] + digits[i + 2 :]
    other = int(swapped)
    if swapped[0] == "0" or other == value:
        assert transposition(value, other) is None
    else:
        assert transposition(value, other) == (digits[i], digits[i + 1])
        assert transposition(other, value) == (digits[i + 1], digits[i])


@given(st.integers(1, 10**12), st.integers(1, 11))
def test_a_value_and_its_rounded_form_differ_by_a_rounding_step(value: int, power: int) -> None:
    step = 10**power
    rounded = (value + step // 2) // step * step
    found = rounding_step(value, rounded)
    if rounded in (value, 0):
        assert found is None
    else:
        assert found is not None
        assert found <= step
        assert (value + found // 2) // found * found == rounded


@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False))
def test_a_printed_value_lies_in_its_printed_interval(value: Decimal) -> None:
    interval = printed_interval(value)
    assert interval.contains(value)
    assert interval.low >= 0
