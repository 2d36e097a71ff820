"""Properties of the rules on counts, lists, percent changes, shares and chains of repeats.

- a structure consistent by construction (a count with its complete list, a percent
  change and a share computed from their figures and rounded, a chain of repeats with
  hedges that meet) yields no finding of any figure rule;
- changing one fact of it (the count, an item, the stated change, the stated share, one
  hedge of the chain) yields exactly the finding for it;
- no rule reports a change or a share whose figures count different things.
"""

from __future__ import annotations

import math
from fractions import Fraction

import attrs
from hypothesis import given
from hypothesis import strategies as st

import migrationhealth as mh
from migrationhealth.validation import validate

M = mh.Measure
Q = mh.Qualifier
SOURCE = mh.Source(id="s", title="A report", language="es")
CODES = ["MH1"]
NAMES = ["Chiapas", "Oaxaca", "Tamaulipas", "Sonora", "Colima", "Nayarit", "Campeche"]


def cited(
    id: str,
    measure: mh.Measure,
    value: int,
    unit: str,
    qualifier: mh.Qualifier = Q.EXACT,
    **kw: object,
) -> mh.Figure:
    return mh.Figure(
        id=id,
        measure=measure,
        quantity=mh.Quantity(value=value, unit=unit, qualifier=qualifier),
        citation=mh.Citation(source="s", quote=f"{value} {unit}"),
        **kw,  # type: ignore[arg-type]
    )


@st.composite
def structures(draw: st.DrawFn) -> dict[str, int]:
    return {
        "named": draw(st.integers(1, len(NAMES))),
        "before": draw(st.integers(1, 50_000)),
        "after": draw(st.integers(0, 50_000)),
        "whole": draw(st.integers(1, 5_000)),
        "part_share": draw(st.integers(0, 1000)),
        "chain": draw(st.integers(20, 100_000)),
    }


def percent(numerator: int, denominator: int) -> Fraction:
    return Fraction(numerator * 100, denominator)


def build(numbers: dict[str, int], **changes: object) -> mh.Dataset:
    """Every structure in its own statistic of one programme; ``changes`` perturbs one."""
    named = numbers["named"]
    items = tuple(NAMES[:named])
    count = changes.get("count", named)
    items = changes.get("items", items)  # type: ignore[assignment]
    before, after = numbers["before"], numbers["after"]
    change = changes.get("change", round(abs(percent(after - before, before))))
    whole = numbers["whole"]
    part = numbers["part_share"] * whole // 1000
    share = changes.get("share", round(percent(part, whole)))
    chain_value = numbers["chain"]
    last = changes.get("last", Q.EXACT)
    statistics = (
        mh.ServiceStatistic(
            id="points",
            figures=(
                cited(
                    "points",
                    M.SERVICE_POINTS,
                    count,  # type: ignore[arg-type]
                    "puntos",
                    listing=mh.Listing(items=items, complete=True),  # type: ignore[arg-type]
                ),
            ),
        ),
        mh.ServiceStatistic(
            id="consultations",
            figures=(
                cited("before", M.CONSULTATIONS, before, "consultas", period=_year(2013)),
                cited("after", M.CONSULTATIONS, after, "consultas", period=_year(2018)),
                cited(
                    "change",
                    M.PERCENT_CHANGE,
                    change,  # type: ignore[arg-type]
                    "%",
                    change_from="before",
                    change_to="after",
                ),
            ),
        ),
        mh.ServiceStatistic(
            id="share",
            figures=(
                cited("whole", M.PEOPLE_SERVED, whole, "personas", period=_year(2020)),
                cited("part", M.PEOPLE_SERVED, part, "mujeres", period=_year(2021)),
                cited("share", M.OTHER, share, "%", share_part="part", share_whole="whole"),  # type: ignore[arg-type]
            ),
        ),
        *(
            mh.ServiceStatistic(
                id=f"week-{index}",
                figures=(
                    cited(
                        f"week-{index}",
                        M.PARTICIPANTS,
                        chain_value,
                        "personas",
                        qualifier,
                        repeats=None if index == 0 else "week-0",
                    ),
                ),
            )
            for index, qualifier in enumerate((Q.APPROXIMATE, Q.ALMOST, last))
        ),
    )
    programme = mh.Programme(
        id="p", title="A programme", kind=mh.ProgrammeKind.BRIGADE, statistics=statistics
    )
    return mh.Dataset(sources=(SOURCE,), programmes=(programme,))


def _year(year: int) -> mh.Period:
    return mh.Period.fromisoformat(str(year))


def found(dataset: mh.Dataset) -> list[tuple[str, tuple[str, ...]]]:
    return [(f.code, f.ids) for f in validate(dataset, select=CODES) if f.severity.value != "info"]


@given(structures())
def test_a_consistent_structure_yields_no_finding(numbers: dict[str, int]) -> None:
    assert found(build(numbers)) == []


def _beyond(value: Fraction) -> int:
    """A whole percentage whose printed rounding cannot reach ``value``: over twice it."""
    return 2 * math.ceil(value) + 3


@given(structures(), st.sampled_from(["count", "item", "change", "share", "chain"]), st.data())
def test_perturbing_one_fact_yields_exactly_its_finding(
    numbers: dict[str, int], which: str, data: st.DataObject
) -> None:
    named = numbers["named"]
    if which == "count":
        extra = data.draw(st.integers(1, 5), label="extra")
        dataset = build(numbers, count=named + extra)
        expected = [("MH111", ("points",))]
    elif which == "item":
        if named == 1:
            dataset = build(numbers, count=2)
        else:
            dataset = build(numbers, items=tuple(NAMES[: named - 1]))
        expected = [("MH111", ("points",))]
    elif which == "change":
        before, after = numbers["before"], numbers["after"]
        dataset = build(numbers, change=_beyond(abs(percent(after - before, before))))
        expected = [("MH112", ("change", "before", "after"))]
    elif which == "share":
        whole = numbers["whole"]
        part = numbers["part_share"] * whole // 1000
        dataset = build(numbers, share=_beyond(percent(part, whole)))
        expected = [("MH113", ("share", "part", "whole"))]
    else:
        dataset = build(numbers, last=Q.MORE_THAN)
        expected = [("MH114", ("week-0", "week-1", "week-2"))]
    assert found(dataset) == expected


@given(structures(), st.sampled_from(["change", "share"]))
def test_figures_of_different_things_are_never_related(numbers: dict[str, int], which: str) -> None:
    dataset = build(numbers, change=10**6, share=10**6)
    programme = dataset.programmes[0]
    statistics = list(programme.statistics)
    position = 1 if which == "change" else 2
    statistic = statistics[position]
    first = statistic.figures[0]
    other = attrs.evolve(
        first, measure=M.COUNTRIES, quantity=attrs.evolve(first.quantity, unit="países")
    )
    statistics[position] = attrs.evolve(statistic, figures=(other, *statistic.figures[1:]))
    changed = attrs.evolve(
        dataset, programmes=(attrs.evolve(programme, statistics=tuple(statistics)),)
    )
    codes = {code for code, _ in found(changed)}
    assert ("MH112" if which == "change" else "MH113") not in codes


HEDGES = [Q.EXACT, Q.APPROXIMATE, Q.ALMOST, Q.AT_LEAST, Q.MORE_THAN, Q.AT_MOST, Q.LESS_THAN]


@given(
    st.lists(
        st.tuples(st.sampled_from(HEDGES), st.integers(1, 3000)),
        min_size=2,
        max_size=5,
    )
)
def test_mh101_reports_exactly_the_hedges_that_cannot_all_hold(
    drawn: list[tuple[mh.Qualifier, int]],
) -> None:
    figures = tuple(
        cited(f"f{index}", M.TRAINED, value, "profesionales", qualifier)
        for index, (qualifier, value) in enumerate(drawn)
    )
    joint: mh.Interval | None = figures[0].quantity.interval
    for figure in figures[1:]:
        joint = None if joint is None else joint.intersection(figure.quantity.interval)
    dataset = mh.Dataset(
        sources=(SOURCE,),
        programmes=(
            mh.Programme(
                id="p",
                title="P",
                kind=mh.ProgrammeKind.BRIGADE,
                statistics=(mh.ServiceStatistic(id="s", figures=figures),),
            ),
        ),
    )
    found = list(validate(dataset, select="MH101"))
    assert bool(found) == (joint is None)
    intervals = {figure.id: figure.quantity.interval for figure in figures}
    for finding in found:
        # Every figure named is disjoint from another figure of the group.
        for id in finding.ids:
            assert any(not intervals[id].overlaps(other) for other in intervals.values())


@given(
    st.lists(st.sampled_from(NAMES), min_size=1, max_size=len(NAMES), unique=True),
    st.sampled_from([True, False, None]),
    st.booleans(),
    st.sampled_from([("change_from", "change_to"), ("share_part", "share_whole")]),
)
def test_listings_and_percentage_links_round_trip_through_json(
    items: list[str], complete: bool | None, quoted: bool, links: tuple[str, str]
) -> None:
    citation = mh.Citation(source="s", quote=", ".join(items)) if quoted else None
    listing = mh.Listing(items=tuple(items), complete=complete, citation=citation)
    figure = cited("n", M.COUNTRIES, len(items), "países", listing=listing)
    percent = cited("pct", M.OTHER, 50, "%", **{links[0]: "n", links[1]: "n"})
    dataset = mh.Dataset(
        sources=(SOURCE,),
        programmes=(
            mh.Programme(
                id="p", title="P", kind=mh.ProgrammeKind.BRIGADE, figures=(figure, percent)
            ),
        ),
    )
    assert mh.loads(mh.dumps(dataset)) == dataset
    assert mh.loads(mh.dumps(dataset, indent=2)) == dataset
