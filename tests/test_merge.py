"""merge(a, b): records joined by kind and id; different content with one id is a conflict."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as hst

import migrationhealth as mh
from migrationhealth.merge import Difference, MergeConflict

from . import strategies as st

EXAMPLE = Path(__file__).parent / "data" / "format-v1.json"

Record = mh.Source | mh.Organisation | mh.Programme


@hst.composite
def datasets(
    draw: hst.DrawFn, ids: hst.SearchStrategy[str] | None = None, *, programmes: bool = False
) -> mh.Dataset:
    """Datasets of the shared record strategies; with ``programmes``, at most one programme
    (they are slow to draw, and merge treats every kind alike); with ``ids``, every
    record's id is drawn from it, so that ids collide."""
    sources = draw(st.small_tuples(st.sources()))
    organisations = draw(st.small_tuples(st.organisations()))
    drawn = tuple(draw(hst.lists(st.programmes(), max_size=1))) if programmes else ()
    dataset = mh.Dataset(sources=sources, organisations=organisations, programmes=drawn)
    if ids is None:
        return dataset
    return _with_ids(dataset, lambda _: draw(ids))


def _with_ids(dataset: mh.Dataset, new_id: Any) -> mh.Dataset:
    return mh.Dataset(
        sources=tuple(attrs.evolve(r, id=new_id(r.id)) for r in dataset.sources),
        organisations=tuple(attrs.evolve(r, id=new_id(r.id)) for r in dataset.organisations),
        programmes=tuple(attrs.evolve(r, id=new_id(r.id)) for r in dataset.programmes),
    )


def _first_of_each_id(dataset: mh.Dataset) -> mh.Dataset:
    def first(records: tuple[Any, ...]) -> tuple[Any, ...]:
        kept: dict[str, Any] = {}
        for record in records:
            kept.setdefault(record.id, record)
        return tuple(kept.values())

    return mh.Dataset(
        sources=first(dataset.sources),
        organisations=first(dataset.organisations),
        programmes=first(dataset.programmes),
    )


def _records(dataset: mh.Dataset) -> Iterator[Record]:
    yield from dataset.sources
    yield from dataset.organisations
    yield from dataset.programmes


def _example() -> mh.Dataset:
    return mh.loads(EXAMPLE.read_text(encoding="utf-8"))


def _merges(a: mh.Dataset, b: mh.Dataset) -> bool:
    try:
        mh.merge(a, b)
    except mh.MergeConflictError:
        return False
    return True


def _conflicts(a: mh.Dataset, b: mh.Dataset) -> tuple[MergeConflict, ...]:
    with pytest.raises(mh.MergeConflictError) as caught:
        mh.merge(a, b)
    return caught.value.conflicts


class TestProperties:
    @given(datasets(programmes=True))
    def test_a_dataset_merged_with_itself_is_itself(self, a: mh.Dataset) -> None:
        a = _first_of_each_id(a)
        assert mh.merge(a, a) == a

    @given(datasets())
    def test_the_empty_dataset_is_neutral(self, a: mh.Dataset) -> None:
        a = _first_of_each_id(a)
        assert mh.merge(a, mh.Dataset()) == a
        assert mh.merge(mh.Dataset(), a) == a

    @given(datasets(), datasets())
    def test_disjoint_datasets_keep_every_record_first_then_second(
        self, a: mh.Dataset, b: mh.Dataset
    ) -> None:
        a = _first_of_each_id(_with_ids(a, lambda id: f"a-{id}"))
        b = _first_of_each_id(_with_ids(b, lambda id: f"b-{id}"))
        merged = mh.merge(a, b)
        assert merged.sources == a.sources + b.sources
        assert merged.organisations == a.organisations + b.organisations
        assert merged.programmes == a.programmes + b.programmes

    @given(datasets(ids=hst.sampled_from(["x", "y"])), datasets(ids=hst.sampled_from(["x", "y"])))
    def test_nothing_is_overwritten_invented_or_lost(self, a: mh.Dataset, b: mh.Dataset) -> None:
        # With two ids only, records collide often, with equal or different content.
        a, b = _first_of_each_id(a), _first_of_each_id(b)
        in_a = {(type(r), r.id): [s for s in _records(a) if (type(s), s.id) == (type(r), r.id)]
                for r in _records(a)}  # fmt: skip
        expected = [
            (type(r).__name__.lower(), r.id)
            for r in _records(b)
            if (type(r), r.id) in in_a and r not in in_a[(type(r), r.id)]
        ]
        if expected:
            conflicts = _conflicts(a, b)
            assert [(c.kind, c.id) for c in conflicts] == expected
            for conflict in conflicts:
                assert conflict.first in list(_records(a))
                assert conflict.second in list(_records(b))
                assert conflict.first != conflict.second
                assert conflict.differences
            return
        merged = mh.merge(a, b)
        result = list(_records(merged))
        assert all(r in result for r in _records(a))
        assert all(r in result for r in _records(b))
        assert all(r in list(_records(a)) or r in list(_records(b)) for r in result)
        assert merged.sources[: len(a.sources)] == a.sources
        assert merged.programmes[: len(a.programmes)] == a.programmes

    @given(datasets(ids=hst.sampled_from(["x", "y"])), datasets(ids=hst.sampled_from(["x", "y"])))
    def test_the_order_of_the_arguments_changes_only_the_order(
        self, a: mh.Dataset, b: mh.Dataset
    ) -> None:
        # Ids repeat within a dataset too: a repeat is a conflict whichever side it is on.
        forward_ok = _merges(a, b)
        assert forward_ok == _merges(b, a)
        if not forward_ok:
            forward = {(c.kind, c.id) for c in _conflicts(a, b)}
            assert forward == {(c.kind, c.id) for c in _conflicts(b, a)}
            return
        forward, backward = mh.merge(a, b), mh.merge(b, a)
        assert set(_records(forward)) == set(_records(backward))
        assert mh.merge(a, b) == forward

    @given(datasets(programmes=True), hst.data())
    def test_a_changed_record_is_a_conflict_naming_its_id_and_field(
        self, a: mh.Dataset, data: hst.DataObject
    ) -> None:
        counter = itertools.count()
        a = _with_ids(a, lambda id: f"{id}-{next(counter)}")
        records = list(_records(a))
        if not records:
            a = a.add(mh.Source(id="s", title="A report"))
            records = list(_records(a))
        record = data.draw(hst.sampled_from(records))
        field = "title" if not isinstance(record, mh.Organisation) else "name"
        changed = attrs.evolve(record, **{field: getattr(record, field) + " (revised)"})
        (conflict,) = _conflicts(a, mh.Dataset().add(changed))
        assert (conflict.kind, conflict.id) == (type(record).__name__.lower(), record.id)
        assert conflict.second is changed
        assert [d.path for d in conflict.differences] == [field]


class TestExamples:
    def test_the_diplomas_transposed_figures_conflict_and_are_both_kept(self) -> None:
        """Two reports of the Mexico-Chile diploma: 564 selected in one, 546 in the other."""
        example = _example()
        diploma = example.programme("diploma")
        cohort = diploma.cohorts[0]
        selected = cohort.figures[1]
        assert selected.quantity.value == 564
        transposed = attrs.evolve(selected, quantity=attrs.evolve(selected.quantity, value=546))
        figures = (cohort.figures[0], transposed, *cohort.figures[2:])
        other = attrs.evolve(diploma, cohorts=(attrs.evolve(cohort, figures=figures),))
        (conflict,) = _conflicts(example, mh.Dataset().add(other))
        assert conflict.differences == (
            Difference(path="cohorts[0].figures[1].quantity.value", first=564, second=546),
        )
        assert str(conflict) == (
            "programme 'diploma': cohorts[0].figures[1].quantity.value: "
            "564 in the first, 546 in the second"
        )
        # Nothing was merged: the first version is still the one in the first dataset.
        assert example.programme("diploma").cohorts[0].figures[1].quantity.value == 564

    def test_identical_records_merge_into_one(self) -> None:
        example = _example()
        extra = mh.Source(id="s-new", title="A newer report")
        merged = mh.merge(example, mh.Dataset(sources=(extra, example.sources[1])))
        assert merged.sources == (*example.sources, extra)
        assert merged.programmes == example.programmes

    def test_equal_values_written_differently_are_identical(self) -> None:
        def rate(value: object) -> mh.Dataset:
            figure = mh.Figure(
                id="f",
                measure=mh.Measure.HEALTH_WORKER_DENSITY,
                quantity=mh.Quantity(value=value, unit="doctors"),  # type: ignore[arg-type]
            )
            return mh.Dataset().add(
                mh.Programme(id="p", title="P", kind=mh.ProgrammeKind.POLICY, figures=(figure,))
            )

        assert mh.merge(rate(Decimal("2.40")), rate(Decimal("2.4"))) == rate(Decimal("2.40"))

    def test_every_conflict_is_listed_in_one_error(self) -> None:
        a = mh.Dataset().add(
            mh.Source(id="s1", title="A"),
            mh.Source(id="s2", title="B", publisher="P"),
            mh.Organisation(id="o1", name="O", kind=mh.OrganisationKind.NGO),
            mh.Programme(id="p1", title="P", kind=mh.ProgrammeKind.DIPLOMA, themes=("x", "y")),
        )
        b = mh.Dataset().add(
            mh.Programme(id="p1", title="P", kind=mh.ProgrammeKind.DIPLOMA, themes=("x",)),
            mh.Source(id="s2", title="B"),
            mh.Source(id="s1", title="A2"),
            mh.Organisation(id="o1", name="O", kind=mh.OrganisationKind.FUND),
        )
        with pytest.raises(mh.MergeConflictError) as caught:
            mh.merge(a, b)
        error = caught.value
        assert isinstance(error, ValueError)
        assert isinstance(error, mh.MigrationHealthError)
        assert str(error) == (
            "4 records conflict:\n"
            "  source 's2': publisher: 'P' in the first, nothing in the second\n"
            "  source 's1': title: 'A' in the first, 'A2' in the second\n"
            "  organisation 'o1': kind: 'ngo' in the first, 'fund' in the second\n"
            "  programme 'p1': themes[1]: 'y' in the first, nothing in the second"
        )

    def test_a_single_conflict_is_one_line(self) -> None:
        a = mh.Dataset().add(mh.Source(id="s1", title="A"))
        b = mh.Dataset().add(mh.Source(id="s1", title="B"))
        with pytest.raises(mh.MergeConflictError) as caught:
            mh.merge(a, b)
        assert str(caught.value) == (
            "1 record conflicts: source 's1': title: 'A' in the first, 'B' in the second"
        )

    def test_many_differences_are_counted_in_the_message(self) -> None:
        a = mh.Dataset().add(mh.Source(id="s1", title="A"))
        b = mh.Dataset().add(
            mh.Source(id="s1", title="B", publisher="P", url="u", language="en", notes="n")
        )
        (conflict,) = _conflicts(a, b)
        assert len(conflict.differences) == 5
        assert str(conflict).endswith("; and 2 more differences")

    def test_a_record_against_nothing_is_named_by_its_kind_and_id(self) -> None:
        figure = mh.Figure(
            id="f1", measure=mh.Measure.TRAINED, quantity=mh.Quantity(value=50, unit="people")
        )
        a = mh.Dataset().add(mh.Programme(id="p", title="P", kind=mh.ProgrammeKind.OTHER))
        b = mh.Dataset().add(attrs.evolve(a.programmes[0], figures=(figure,)))
        (conflict,) = _conflicts(a, b)
        assert (
            str(conflict.differences[0])
            == "figures[0]: nothing in the first, Figure 'f1' in the second"
        )

    def test_kinds_are_matched_separately(self) -> None:
        a = mh.Dataset().add(mh.Source(id="x", title="A source"))
        b = mh.Dataset().add(mh.Organisation(id="x", name="An NGO", kind=mh.OrganisationKind.NGO))
        merged = mh.merge(a, b)
        assert merged.source("x").title == "A source"
        assert merged.organisation("x").name == "An NGO"

    def test_an_id_repeated_within_one_dataset_is_a_conflict_on_either_side(self) -> None:
        twice = mh.Dataset().add(mh.Source(id="s", title="A"), mh.Source(id="s", title="B"))
        other = mh.Dataset().add(mh.Source(id="s", title="B"))
        for a, b, within in ((twice, other, "first"), (other, twice, "second")):
            (conflict,) = _conflicts(a, b)
            assert (conflict.kind, conflict.id, conflict.within) == ("source", "s", within)
            assert (conflict.first.title, conflict.second.title) == ("A", "B")  # type: ignore[union-attr]
            assert "repeated in the" in str(conflict)
        (conflict,) = _conflicts(twice, mh.Dataset())
        assert [d.path for d in conflict.differences] == ["title"]

    def test_an_identical_repeat_is_reported_too(self) -> None:
        twice = mh.Dataset().add(mh.Source(id="s", title="A"), mh.Source(id="s", title="A"))
        (conflict,) = _conflicts(mh.Dataset(), twice)
        assert str(conflict) == "source 's': repeated in the second dataset, the same record twice"

    def test_the_result_is_a_valid_dataset_that_saves_and_loads(self) -> None:
        merged = mh.merge(_example(), mh.Dataset().add(mh.Source(id="s-new", title="New")))
        assert mh.loads(mh.dumps(merged)) == merged

    @pytest.mark.parametrize("bad", [None, [], "dataset.json"])
    def test_only_datasets_merge(self, bad: object) -> None:
        with pytest.raises(TypeError, match="expected a Dataset"):
            mh.merge(mh.Dataset(), bad)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="expected a Dataset"):
            mh.merge(bad, mh.Dataset())  # type: ignore[arg-type]
