"""Properties of the rules on parts, wholes, relations and units.

- MH101 never compares figures of different measures (but for its documented case of
  two funnel stages whose values swap two digits, from one source);
- a structure consistent by construction (a total split by state, a part "of which", an
  increment with its new total, a repeat in another record) yields no finding;
- changing one of its figures yields exactly the finding for it.
"""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

import migrationhealth as mh
from migrationhealth.validation import validate

SOURCE = mh.Source(id="s", title="A report", language="es")
CODES = ["MH101", "MH104", "MH105", "MH107", "MH108", "MH109", "MH110"]
UNITS = [
    "personas",
    "people",
    "médicos",
    "consultas",
    "consultations médicales",
    "servicios",
    "municipios",
    "entidades",
    "farmacias",
    "consultorios",
    "países",
]
MEASURES = [
    mh.Measure.SERVICES,
    mh.Measure.CONSULTATIONS,
    mh.Measure.PEOPLE_SERVED,
    mh.Measure.HEALTH_WORKERS,
    mh.Measure.PLACES_REACHED,
    mh.Measure.SERVICE_POINTS,
    mh.Measure.OTHER,
    mh.Measure.SELECTED,
    mh.Measure.PARTICIPANTS,
]


def cited(id: str, measure: mh.Measure, value: int, unit: str, **fields: object) -> mh.Figure:
    return mh.Figure(
        id=id,
        measure=measure,
        quantity=mh.Quantity(value=value, unit=unit),
        citation=mh.Citation(source="s", quote=f"{value} {unit}"),
        **fields,  # type: ignore[arg-type]
    )


def dataset(*statistics: mh.ServiceStatistic) -> mh.Dataset:
    programme = mh.Programme(
        id="p", title="A programme", kind=mh.ProgrammeKind.BRIGADE, statistics=statistics
    )
    return mh.Dataset(sources=(SOURCE,), programmes=(programme,))


@given(
    st.lists(
        st.tuples(st.sampled_from(MEASURES), st.integers(0, 600), st.sampled_from(UNITS)),
        min_size=2,
        max_size=6,
    )
)
def test_mh101_never_fires_across_measures(drawn: list[tuple[mh.Measure, int, str]]) -> None:
    figures = tuple(
        cited(f"f{index}", measure, value, unit)
        for index, (measure, value, unit) in enumerate(drawn)
    )
    data = dataset(mh.ServiceStatistic(id="st", figures=figures))
    by_id = {figure.id: figure for figure in figures}
    for finding in validate(data, select=["MH101"]):
        measures = {by_id[id].measure for id in finding.ids}
        if len(measures) > 1:
            # The one documented exception: two funnel stages from one source, transposed.
            assert measures <= {mh.Measure.SELECTED, mh.Measure.PARTICIPANTS}
            assert "digit transposition" in finding.message


@st.composite
def structures(draw: st.DrawFn) -> dict[str, object]:
    """The numbers of a consistent structure: states that add up, a part, an increment."""
    states = draw(st.lists(st.integers(0, 200), min_size=1, max_size=9))
    total = sum(states)
    part = draw(st.integers(0, total))
    increment = draw(st.integers(1, 200))
    return {"states": states, "total": total, "part": part, "increment": increment}


def build(states: list[int], total: int, part: int, increment: int, new_total: int) -> mh.Dataset:
    """A statistic of doctors who arrived, split by state, with a part, an increment and
    its new total, and a second statistic that repeats the arrivals."""
    measure = mh.Measure.HEALTH_WORKERS
    parts = tuple(
        mh.BreakdownPart(
            category=f"state {index}",
            place=mh.Place(country="MX", subdivision=f"state {index}", level="state"),
            figure=cited(f"in-{index}", measure, value, "médicos"),
        )
        for index, value in enumerate(states)
    )
    arrivals = mh.ServiceStatistic(
        id="arrivals",
        figures=(
            cited("arrived", measure, total, "médicos especialistas"),
            cited("rural", measure, part, "médicos", part_of="arrived"),
            cited(
                "more",
                measure,
                increment,
                "médicos",
                increment_of="arrived",
                new_total="sum",
                planned=True,
            ),
            cited("sum", measure, new_total, "médicos cubanos", planned=True),
        ),
        breakdowns=(mh.Breakdown(id="by-state", dimension="state", total="arrived", parts=parts),),
    )
    placement = mh.ServiceStatistic(
        id="placement",
        figures=(cited("placed", measure, total, "médicos", repeats="arrived"),),
    )
    return dataset(arrivals, placement)


@given(structures())
def test_a_consistent_structure_yields_no_finding(numbers: dict[str, int]) -> None:
    states, total, part, increment = (
        numbers["states"],
        numbers["total"],
        numbers["part"],
        numbers["increment"],
    )
    data = build(states, total, part, increment, total + increment)
    assert list(validate(data, select=CODES)) == []


@given(structures(), st.sampled_from(["state", "part", "increment", "repeat"]), st.data())
def test_perturbing_one_figure_yields_exactly_its_finding(
    numbers: dict[str, int], which: str, data: st.DataObject
) -> None:
    states, total, part, increment = (
        list(numbers["states"]),
        numbers["total"],
        numbers["part"],
        numbers["increment"],
    )
    new_total = total + increment
    change = data.draw(st.integers(1, 50), label="change")
    if which == "state":
        index = data.draw(st.integers(0, len(states) - 1), label="state")
        states[index] += change
        expected = ("MH104", "by-state")
    elif which == "part":
        part = total + change
        expected = ("MH107", "rural")
    elif which == "increment":
        new_total += change
        expected = ("MH108", "more")
    dataset_ = build(states, total, part, increment, new_total)
    if which == "repeat":
        placement = dataset_.programmes[0].statistics[1]
        placed = attrs.evolve(
            placement.figures[0], quantity=mh.Quantity(value=total + change, unit="médicos")
        )
        programme = dataset_.programmes[0]
        statistics = (programme.statistics[0], attrs.evolve(placement, figures=(placed,)))
        dataset_ = attrs.evolve(
            dataset_, programmes=(attrs.evolve(programme, statistics=statistics),)
        )
        expected = ("MH109", "placed")
    found = list(validate(dataset_, select=CODES))
    assert [(finding.code, expected[1] in finding.ids) for finding in found] == [
        (expected[0], True)
    ]
