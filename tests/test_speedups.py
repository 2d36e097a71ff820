"""The fast paths of loading and saving give exactly what the plain paths give."""

from __future__ import annotations

import gc
import json
from decimal import Decimal
from typing import Any

import attrs
import msgspec
import pytest
from cattrs.gen import make_dict_unstructure_fn
from hypothesis import given, settings
from hypothesis import strategies as hst

import migrationhealth as mh
from migrationhealth import _fastdump, _fastload, _speedups, serialization
from migrationhealth._vocabulary_file import vocabulary_section

from . import strategies as st


@pytest.fixture
def without_msgspec_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Write as when msgspec gives way: with the standard library."""
    monkeypatch.setattr(serialization, "dumps_text", lambda *args, **kwargs: None)


def _reference_converter() -> Any:
    """The converter as it was before the generated unstructure functions: cattrs' own."""
    reference = serialization.converter.copy()
    reference.register_unstructure_hook_factory(
        attrs.has,
        lambda cls: make_dict_unstructure_fn(cls, reference, _cattrs_omit_if_default=True),
    )
    return reference


_REFERENCE = _reference_converter()


def _reference_dumps(dataset: mh.Dataset, indent: int | None = None) -> str:
    """What dumps wrote before it was made fast: cattrs, then the standard library."""
    document = _REFERENCE.unstructure(dataset)
    document["format_version"] = serialization.FORMAT_VERSION
    declared = [term for term in _terms_used(dataset) if not term.builtin]
    if declared:
        document["vocabulary"] = vocabulary_section(declared)
    separators = (",", ":") if indent is None else (",", ": ")
    text = json.dumps(
        document,
        sort_keys=True,
        ensure_ascii=False,
        indent=indent,
        separators=separators,
        allow_nan=False,
        default=serialization._decimal_to_float,
    )
    return text + "\n"


def _terms_used(dataset: mh.Dataset) -> set[mh.Term]:
    """Every vocabulary term a dataset uses, found by walking it (not by dumps' own note)."""
    found: set[mh.Term] = {located.figure.measure for located in dataset.figures()}
    found.update(organisation.kind for organisation in dataset.organisations)
    for programme in dataset.programmes:
        found.add(programme.kind)
        found.update(role for partner in programme.partners for role in partner.roles)
    return found


def _awkward_dataset() -> mh.Dataset:
    """Text the two JSON writers could disagree on, and decimals with tiny exponents."""
    strange = 'quote " backslash \\ line sep \u2028 para sep \u2029 emoji 😀 é'
    rate = mh.Figure(
        id="rate",
        measure=mh.Measure.HEALTH_WORKER_DENSITY,
        quantity=mh.Quantity(
            value=Decimal("0.00001"),
            unit="doctors",
            per=mh.Per(amount=Decimal("1000.5"), unit="inhabitants"),
        ),
        citation=mh.Citation(source="s", quote=f"tab\tand\nnewline {strange}"),
    )
    big = mh.Figure(
        id="big",
        measure=mh.Measure.SERVICES,
        quantity=mh.Quantity(value=10**15, unit="services"),
        period=mh.Period.fromisoformat("--04-17/.."),
    )
    programme = mh.Programme(
        id="p",
        title=strange,
        kind=mh.ProgrammeKind.OTHER,
        statistics=(mh.ServiceStatistic(id="s1", figures=(rate, big)),),
    )
    return mh.Dataset(sources=(mh.Source(id="s", title=strange),), programmes=(programme,))


class TestUnstructure:
    @given(st.datasets())
    def test_same_plain_form_as_cattrs(self, dataset: mh.Dataset) -> None:
        assert mh.unstructure(dataset) == _REFERENCE.unstructure(dataset)

    @given(st.figures())
    def test_same_plain_form_for_a_single_record(self, figure: mh.Figure) -> None:
        assert mh.unstructure(figure) == _REFERENCE.unstructure(figure)

    def test_a_shared_period_is_written_once_and_right(self) -> None:
        period = mh.Period.fromisoformat("2019-07/2019-11")
        other = mh.Period.fromisoformat("2020/..")
        figures = tuple(
            mh.Figure(
                id=f"f{index}",
                measure=mh.Measure.SERVICES,
                quantity=mh.Quantity(value=index, unit="services"),
                period=period if index % 2 else other,
            )
            for index in range(6)
        )
        plain = mh.unstructure(mh.ServiceStatistic(id="s", figures=figures))
        assert [f["period"] for f in plain["figures"]] == ["2020/..", "2019-07/2019-11"] * 3

    def test_nothing_is_remembered_after_writing(self) -> None:
        mh.dumps(_awkward_dataset())
        assert _speedups._TEXTS == {}


class TestDumpsIsByteIdentical:
    @given(st.datasets(), hst.sampled_from([None, 2]))
    def test_to_the_plain_writer(self, dataset: mh.Dataset, indent: int | None) -> None:
        assert mh.dumps(dataset, indent=indent) == _reference_dumps(dataset, indent)

    @pytest.mark.parametrize("indent", [None, 2, 4])
    def test_on_awkward_text_and_numbers(self, indent: int | None) -> None:
        dataset = _awkward_dataset()
        assert mh.dumps(dataset, indent=indent) == _reference_dumps(dataset, indent)
        assert mh.loads(mh.dumps(dataset, indent=indent)) == dataset

    @pytest.mark.usefixtures("without_msgspec_text")
    @given(st.datasets(), hst.sampled_from([None, 2]))
    def test_when_msgspec_gives_way(self, dataset: mh.Dataset, indent: int | None) -> None:
        assert mh.dumps(dataset, indent=indent) == _reference_dumps(dataset, indent)

    @pytest.mark.usefixtures("forget_declared_terms")
    @settings(max_examples=25)
    @given(st.datasets_with_declared_terms(), hst.sampled_from([None, 2]))
    def test_with_a_vocabulary_section(self, dataset: mh.Dataset, indent: int | None) -> None:
        text = mh.dumps(dataset, indent=indent)
        assert '"vocabulary"' in text
        assert text == serialization._plain_text(dataset, indent) + "\n"

    @pytest.mark.parametrize("indent", [None, 2])
    def test_with_programmes_written_on_their_own_and_with_the_rest(
        self, indent: int | None
    ) -> None:
        # Programmes holding up to _ON_ITS_OWN records are written one at a time, as text
        # put in place; larger ones with the rest of the document. Both, side by side.
        def figures(prefix: str, count: int) -> tuple[mh.Figure, ...]:
            return tuple(
                mh.Figure(
                    id=f"{prefix}-{index}",
                    measure=mh.Measure.TRAINED,
                    quantity=mh.Quantity(value=index, unit="health workers"),
                )
                for index in range(count)
            )

        large = _fastdump._ON_ITS_OWN + 1
        dataset = mh.Dataset(
            programmes=(
                mh.Programme(
                    id="small", title="Small", kind=mh.ProgrammeKind.OTHER, figures=figures("s", 3)
                ),
                mh.Programme(
                    id="large",
                    title="Large",
                    kind=mh.ProgrammeKind.OTHER,
                    figures=figures("l", large),
                ),
                mh.Programme(id="empty", title="Empty", kind=mh.ProgrammeKind.OTHER),
            )
        )
        text = mh.dumps(dataset, indent=indent)
        assert text == _reference_dumps(dataset, indent)
        assert mh.loads(text) == dataset

    def test_on_the_built_in_dataset(self) -> None:
        corpus = mh.seed_corpus()
        for indent in (None, 2):
            assert mh.dumps(corpus, indent=indent) == _reference_dumps(corpus, indent)

    def test_msgspec_gives_way_where_it_cannot_write_what_json_writes(self) -> None:
        # A lone surrogate, which the model refuses, put where validators cannot see it.
        dataset = _awkward_dataset()
        object.__setattr__(dataset.sources[0], "title", "half \ud800 a pair")
        assert (
            _fastdump.dumps_text(
                dataset, format_version=2, vocabulary=lambda: None, term_value=str, indent=None
            )
            is None
        )
        assert "half \ud800 a pair" in mh.dumps(dataset)
        assert (
            _fastdump.dumps_text(
                dataset, format_version=2, vocabulary=lambda: None, term_value=str, indent=4
            )
            is None
        )

    @given(hst.decimals(allow_nan=False, allow_infinity=False, places=6, max_value=10**9))
    def test_a_decimal_is_written_as_the_standard_library_writes_its_float(
        self, value: Decimal
    ) -> None:
        written = msgspec.json.encode([_speedups.decimal_number(value)]).decode()
        assert written == json.dumps([float(value)])


class TestLoading:
    def test_equal_periods_are_shared_after_loading(self) -> None:
        figures = tuple(
            mh.Figure(
                id=f"f{index}",
                measure=mh.Measure.SERVICES,
                quantity=mh.Quantity(value=index, unit="services"),
                period=mh.Period.fromisoformat("--04-17/2019"),
            )
            for index in range(3)
        )
        dataset = mh.Dataset(
            programmes=(
                mh.Programme(id="p", title="P", kind=mh.ProgrammeKind.OTHER, figures=figures),
            )
        )
        loaded = mh.loads(mh.dumps(dataset))
        assert loaded == dataset
        first, second, third = loaded.programmes[0].figures
        assert first.period is second.period is third.period
        assert all(not cache for cache in serialization._ISO_CACHES.values())
        assert all(not cache for cache in _fastload._ISO_CACHES.values())

    def test_a_bad_document_is_still_reported_in_full(self) -> None:
        document = mh.unstructure(_awkward_dataset())
        document["format_version"] = 1
        document["programmes"][0]["kind"] = "diplomma"
        document["sources"][0]["title"] = 3
        with pytest.raises(mh.LoadError) as caught:
            mh.loads(json.dumps(document, default=float))
        kind, title = sorted(caught.value.problems)
        assert kind.startswith(
            "$.programmes[0].kind: expected a declared ProgrammeKind ('diploma', "
        )
        assert kind.endswith(
            "got string 'diplomma'; declare new values in the file's vocabulary section"
        )
        assert title == "$.sources[0].title: expected a string, got integer 3"


class TestGarbageCollector:
    def test_is_on_again_after_loading_and_writing(self) -> None:
        assert gc.isenabled()
        text = mh.dumps(_awkward_dataset())
        assert gc.isenabled()
        mh.loads(text)
        assert gc.isenabled()

    def test_is_on_again_after_a_load_error(self) -> None:
        with pytest.raises(mh.LoadError):
            mh.loads('{"format_version": 1, "sources": [{"id": "s"}]}')
        assert gc.isenabled()

    def test_stays_off_for_a_caller_who_turned_it_off(self) -> None:
        gc.disable()
        try:
            mh.loads(mh.dumps(_awkward_dataset()))
            assert not gc.isenabled()
        finally:
            gc.enable()

    def test_is_on_again_when_the_block_raises(self) -> None:
        def fail_while_paused() -> None:
            with _speedups.gc_paused():
                assert not gc.isenabled()
                raise RuntimeError

        with pytest.raises(RuntimeError):
            fail_while_paused()
        assert gc.isenabled()
