"""Validation gives the same findings as the reference, on synthetic datasets.

The fixture ``tests/data/validation-synthetic.json`` was recorded by
:func:`recorded` from the straightforward rules, before the rules were made faster (each
rule walking and deriving what it needs by itself, every quote read in full when the
quick reading missed). It keeps, for each dataset, every finding's code, severity and
evidence paths in order, and a digest of the findings' whole JSON (messages, ids,
hints): any change in what validation finds, or in how it says it, fails here.

Two datasets: a pristine synthetic one (the benchmark's, with the few problems its
generator puts in), and one disturbed on purpose so that more rules fire (values that
their quotes do not state, repeated ids, hedged quotes, links that do not hold).
"""

from __future__ import annotations

import hashlib
import json
import operator
import unicodedata
from decimal import Decimal
from functools import reduce
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as hs

import migrationhealth as mh
from migrationhealth.dataset import LocatedFigure, _walk
from migrationhealth.quantity import continuous_unit
from migrationhealth.validation.context import (
    _LOCATED_FIELDS,
    LINKS,
    _hedged,
    _point,
    _Shared,
    effective_period,
    repeated,
    subject_key,
)
from migrationhealth.validation.rules.names import _bare, _core
from migrationhealth.validation.rules.periods import _TIMELESS, Spans, outside
from migrationhealth.validation.rules.structure import _sum
from migrationhealth.validation.rules.wholes import record_path

from . import strategies
from .benchmark_scripts import benchmark_module

FIXTURE = Path(__file__).resolve().parent / "data" / "validation-synthetic.json"

DATASETS = (("pristine", 3000, 2025), ("disturbed", 1500, 7))


def _synthetic() -> ModuleType:
    return benchmark_module("synthetic")


def _figure_nodes(node: Any, found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if isinstance(node, dict):
        if "quantity" in node and "measure" in node and "id" in node:
            found.append(node)
        for value in node.values():
            _figure_nodes(value, found)
    elif isinstance(node, list):
        for value in node:
            _figure_nodes(value, found)
    return found


def dataset(kind: str, figures: int, seed: int) -> mh.Dataset:
    """The synthetic dataset, pristine or disturbed in the same places every time."""
    document = _synthetic().make_document(figures, seed)
    if kind == "disturbed":
        nodes = _figure_nodes(document, [])
        for index, node in enumerate(nodes):
            quantity = node["quantity"]
            if index % 13 == 5 and isinstance(quantity["value"], int):
                quantity["value"] += 1
            if index % 41 == 7:
                node["id"] = nodes[index - 3]["id"]
            if index % 31 == 11 and "citation" in node:
                quote = node["citation"]["quote"]
                node["citation"]["quote"] = "several hundred of them, " + quote
            if index % 53 == 19:
                node["repeats"] = nodes[index - 1]["id"]
            if index % 59 == 23:
                node["part_of"] = nodes[index - 2]["id"]
    return mh.loads(json.dumps(document))


def recorded(report: mh.Report) -> dict[str, Any]:
    """What the fixture keeps of a report: codes, severities and paths, and a digest."""
    whole = json.dumps([finding.to_dict() for finding in report], sort_keys=True)
    return {
        "findings": [
            " ".join([finding.code, finding.severity.value, *(e.path for e in finding.evidence)])
            for finding in report
        ],
        "sha256": hashlib.sha256(whole.encode()).hexdigest(),
    }


@pytest.fixture(scope="module")
def reference() -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return loaded


@pytest.mark.parametrize(("kind", "figures", "seed"), DATASETS)
def test_findings_are_those_recorded(
    reference: dict[str, Any], kind: str, figures: int, seed: int
) -> None:
    expected = reference[f"{kind} {figures} {seed}"]
    found = recorded(mh.validate(dataset(kind, figures, seed)))
    assert found["findings"] == expected["findings"]
    assert found["sha256"] == expected["sha256"]


def test_the_disturbed_dataset_makes_many_rules_fire(reference: dict[str, Any]) -> None:
    codes = {line.split()[0] for line in reference["disturbed 1500 7"]["findings"]}
    assert {"MH109", "MH302", "MH401", "MH402", "MH104", "MH102"} <= codes


def test_each_rule_alone_finds_what_it_finds_among_all() -> None:
    """A rule run alone (its shared data made for it alone) finds the same as with all."""
    data = dataset("disturbed", 1500, 7)
    whole = mh.validate(data)
    for rule in whole.rules:
        alone = mh.validate(data, select=rule.code)
        assert list(alone) == [f for f in whole if f.code == rule.code], rule.code


if __name__ == "__main__":  # pragma: no cover - records the fixture
    FIXTURE.write_text(
        json.dumps(
            {
                f"{kind} {figures} {seed}": recorded(mh.validate(dataset(kind, figures, seed)))
                for kind, figures, seed in DATASETS
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )


def _walked_straightforwardly(data: mh.Dataset) -> tuple[list[Any], ...]:
    walked = list(_walk(data))
    located = [item[0] for item in walked]
    return (
        located,
        [item[1] for item in walked],
        [item[2] for item in walked],
        [record_path(item) for item in located],
        [subject_key(item) for item in located],
    )


def _walked_once(data: mh.Dataset) -> tuple[list[Any], ...]:
    shared = _Shared(data)
    return (
        list(shared.figures),
        list(shared.programme_paths),
        list(shared.cohort_paths),
        list(shared.record_paths),
        list(shared.subjects),
    )


@pytest.mark.parametrize("kind", ["pristine", "disturbed"])
def test_the_shared_walk_is_the_datasets_walk(kind: str) -> None:
    data = dataset(kind, 1500, 7)
    assert _walked_once(data) == _walked_straightforwardly(data)


def test_the_shared_walk_is_the_datasets_walk_on_the_built_in_dataset() -> None:
    data = mh.corpus()
    assert _walked_once(data) == _walked_straightforwardly(data)


@given(strategies.datasets())
def test_the_shared_walk_is_the_datasets_walk_on_any_dataset(data: mh.Dataset) -> None:
    assert _walked_once(data) == _walked_straightforwardly(data)


@given(hs.text(alphabet=hs.characters(max_codepoint=0x17F), max_size=40))
def test_a_bare_name_is_the_same_made_in_one_step(text: str) -> None:
    decomposed = unicodedata.normalize("NFKD", _core(text)[0])
    kept = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    assert _bare(text) == " ".join(kept.split())


@given(hs.integers())
def test_a_point_made_without_checks_is_the_point(value: int) -> None:
    made = _point(value)
    assert made == mh.Interval(low=value, high=value)
    assert repr(made) == repr(mh.Interval(low=value, high=value))
    assert hash(made) == hash(mh.Interval(low=value, high=value))


@given(hs.decimals(min_value=0, max_value=10**15, allow_nan=False, allow_infinity=False))
def test_a_decimal_point_made_without_checks_is_the_point_with_its_digits(value: Decimal) -> None:
    made = _point(value)
    assert repr(made) == repr(mh.Interval(low=value, high=value))
    assert str(made.low) == str(value)


def test_intervals_made_without_checks_set_every_field_of_the_class() -> None:
    fields = attrs.fields(mh.Interval)
    assert tuple(field.name for field in fields) == ("low", "high", "low_open", "high_open")
    made = _point(3)
    assert all(hasattr(made, field.name) for field in fields)


def test_located_figures_are_made_with_every_field_of_the_class() -> None:
    """The walk sets LocatedFigure's fields itself: they must be all there is to set."""
    fields = attrs.fields(LocatedFigure)
    assert tuple(field.name for field in fields) == _LOCATED_FIELDS
    assert all(field.validator is None and field.converter is None for field in fields)
    assert not hasattr(LocatedFigure, "__attrs_post_init__")
    assert not hasattr(LocatedFigure, "__attrs_pre_init__")


@given(
    hs.one_of(hs.integers(0, 10**6), hs.integers(0, 10**15)),
    hs.sampled_from(list(mh.Qualifier)),
    hs.sampled_from(["people", "personas", "decades", "años", "%", "km", "consultas"]),
    hs.booleans(),
)
def test_a_hedged_whole_value_has_the_interval_of_its_quantity(
    value: int, qualifier: mh.Qualifier, unit: str, per: bool
) -> None:
    quantity = mh.Quantity(
        value=value,
        unit=unit,
        qualifier=qualifier,
        per=mh.Per(amount=1, unit="week") if per else None,
    )
    whole = quantity.per is None and not continuous_unit(unit)
    made = _hedged(quantity, value, whole)
    assert repr(made) == repr(quantity.interval)
    assert made == quantity.interval
    assert [type(made.low), type(made.high)] == [
        type(quantity.interval.low),
        type(quantity.interval.high),
    ]


@pytest.mark.parametrize("kind", ["pristine", "disturbed"])
def test_each_figure_id_leads_to_its_first_figure_in_the_order_ids_appear(kind: str) -> None:
    shared = _Shared(dataset(kind, 1500, 7))
    expected: dict[str, int] = {}
    for index, located in enumerate(shared.figures):
        expected.setdefault(located.figure.id, index)
    assert list(shared.figure_ids.items()) == list(expected.items())


@given(
    hs.lists(
        hs.tuples(
            hs.integers(0, 50),
            hs.sampled_from(list(mh.Qualifier)),
            hs.sampled_from(["people", "decades", "%", "consultas"]),
            hs.booleans(),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_each_figure_has_the_interval_of_its_own_quantity(
    quantities: list[tuple[int, mh.Qualifier, str, bool]],
) -> None:
    # Equal values and hedges of different units share no interval: "more than 2
    # decades" is (2, ∞), "more than 2 people" [3, ∞).
    figures = tuple(
        mh.Figure(
            id=f"f{index}",
            measure=mh.Measure.PARTICIPANTS,
            quantity=mh.Quantity(
                value=value,
                unit=unit,
                qualifier=qualifier,
                per=mh.Per(amount=1, unit="week") if per else None,
            ),
        )
        for index, (value, qualifier, unit, per) in enumerate(quantities)
    )
    programme = mh.Programme(id="p", title="P", kind=mh.ProgrammeKind.OTHER, figures=figures)
    shared = _Shared(mh.Dataset(programmes=(programme,)))
    assert [repr(i) for i in shared.intervals] == [repr(f.quantity.interval) for f in figures]


@given(hs.lists(strategies.quantities(), min_size=1, max_size=6))
def test_intervals_added_in_one_go_are_those_added_one_by_one(
    quantities: list[mh.Quantity],
) -> None:
    intervals = [quantity.interval for quantity in quantities]
    expected = reduce(operator.add, intervals)
    assert repr(_sum(intervals)) == repr(expected)
    assert _sum(intervals) == expected


def _shared_places_are_those_of_the_figures(data: mh.Dataset) -> None:
    shared = _Shared(data)
    figures = shared.figures
    # Each programme's run holds exactly the figures that sit in it, in order.
    in_runs = [index for run, _, _ in shared.programme_runs for index in run]
    assert in_runs == [i for i, located in enumerate(figures) if located.programme is not None]
    for run, programme, path in shared.programme_runs:
        assert all(figures[index].programme is programme for index in run)
        assert all(shared.programme_paths[index] == path for index in run)
    # The editions are where the walk put them.
    assert shared.editions == {
        index for index, located in enumerate(figures) if located.path.endswith(".edition")
    }
    # Each breakdown's positions are its parts, in order.
    parts = [(located.breakdown, located.part) for located in figures if located.part is not None]
    assert [(figures[i].breakdown, figures[i].part) for r in shared.breakdowns for i in r] == parts
    assert all(len({id(figures[i].breakdown) for i in r}) == 1 for r in shared.breakdowns)
    # Every programme, cohort and statistic, with its path, in document order.
    expected = []
    for p_index, programme in enumerate(data.programmes):
        base = f"$.programmes[{p_index}]"
        expected.append(("programme", base, programme, programme))
        expected += [
            ("cohort", f"{base}.cohorts[{i}]", cohort, programme)
            for i, cohort in enumerate(programme.cohorts)
        ]
        expected += [
            ("statistic", f"{base}.statistics[{i}]", statistic, programme)
            for i, statistic in enumerate(programme.statistics)
        ]
    assert [(k, p, id(r), id(o)) for k, p, r, o in shared.records] == [
        (k, p, id(r), id(o)) for k, p, r, o in expected
    ]
    # The columns and the linked figures are read from the figures.
    records = [located.figure for located in figures]
    assert list(shared.figure_records) == records
    assert shared.measures == [figure.measure for figure in records]
    assert shared.quantities == [figure.quantity for figure in records]
    assert shared.qualifiers == [figure.quantity.qualifier for figure in records]
    assert shared.pers == [figure.quantity.per for figure in records]
    assert shared.planned == [figure.planned for figure in records]
    assert shared.citations == [figure.citation for figure in records]
    assert shared.own_periods == [figure.period for figure in records]
    assert list(shared.programmes) == [located.programme for located in figures]
    assert list(shared.organisations) == [located.organisation for located in figures]
    assert list(shared.cohorts) == [located.cohort for located in figures]
    assert list(shared.statistics) == [located.statistic for located in figures]
    assert list(shared.part_breakdowns) == [located.breakdown for located in figures]
    periods = [effective_period(located) for located in figures]
    assert shared.periods == [None if p is None else p.isoformat() for p in periods]
    assert shared.linked == [
        index
        for index, figure in enumerate(records)
        if any(getattr(figure, link) is not None for link in LINKS)
    ]


@pytest.mark.parametrize("kind", ["pristine", "disturbed"])
def test_the_shared_places_and_columns_are_those_of_the_figures(kind: str) -> None:
    _shared_places_are_those_of_the_figures(dataset(kind, 1500, 7))


def test_the_shared_places_and_columns_on_the_built_in_dataset() -> None:
    _shared_places_are_those_of_the_figures(mh.corpus())


@given(strategies.datasets())
def test_the_shared_places_and_columns_on_any_dataset(data: mh.Dataset) -> None:
    _shared_places_are_those_of_the_figures(data)


@given(hs.lists(hs.sampled_from([None, "a", "b", ("c", 1), 2]), max_size=12))
def test_repeated_keys_are_grouped_in_order_of_their_first(keys: list[Any]) -> None:
    expected: dict[Any, list[int]] = {}
    for index, key in enumerate(keys):
        if key is not None:
            expected.setdefault(key, []).append(index)
    assert repeated(keys) == {k: v for k, v in expected.items() if len(v) > 1}
    assert list(repeated(keys)) == [k for k, v in expected.items() if len(v) > 1]
    positions = [10 * i for i in range(len(keys))]
    assert repeated(keys, positions) == {
        k: [10 * i for i in v] for k, v in expected.items() if len(v) > 1
    }


def test_the_figures_are_made_once_each_when_asked_for() -> None:
    shared = _Shared(mh.corpus())
    figures = shared.figures
    walked = [item[0] for item in _walk(mh.corpus())]
    assert len(figures) == len(walked)
    assert figures[-1] == walked[-1]
    assert figures[1:4] == walked[1:4]
    assert figures[3] is figures[3]
    assert list(figures) == walked
    first, again = list(figures), list(figures)
    assert all(a is b for a, b in zip(first, again, strict=True))


def _late_figures_straightforwardly(data: mh.Dataset) -> list[list[str]]:
    """The ids of MH202's findings about figures: every figure's own period, each in turn."""
    spans = Spans()
    found = []
    for located in data.figures():
        figure, programme = located.figure, located.programme
        if figure.period is None or programme is None or programme.period is None:
            continue
        if figure.measure in _TIMELESS:  # a year or a duration is no time of its own
            continue
        if outside(spans[figure.period], spans[programme.period]) is not None:
            found.append([figure.id, programme.id])
    return found


def _late_figures(data: mh.Dataset) -> list[list[str]]:
    report = mh.validate(data, select="MH202")
    return [list(f.ids) for f in report if f.message.startswith("The period of figure ")]


@pytest.mark.parametrize("kind", ["pristine", "disturbed"])
def test_figures_outside_their_programme_are_those_checked_one_by_one(kind: str) -> None:
    # MH202 decides each programme's distinct periods first, and looks at the figures of
    # a programme only when one of them lies outside; checked here against every figure.
    data = dataset(kind, 1500, 7)
    assert _late_figures(data) == _late_figures_straightforwardly(data)


@given(strategies.datasets())
def test_figures_outside_their_programme_on_any_dataset(data: mh.Dataset) -> None:
    assert _late_figures(data) == _late_figures_straightforwardly(data)
