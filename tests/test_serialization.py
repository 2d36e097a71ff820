from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given

import migrationhealth as mh
from migrationhealth.serialization import FORMAT_VERSION

from . import strategies as st


def _dataset() -> mh.Dataset:
    source = mh.Source(id="s1", title="A report", published=mh.PartialDate(year=2019, month=6))
    figure = mh.Figure(
        id="f1",
        measure=mh.Measure.SELECTED,
        quantity=mh.Quantity(value=564, unit="students"),
        citation=mh.Citation(source="s1", quote="564 students"),
    )
    rate = mh.Figure(
        id="f2",
        measure=mh.Measure.HEALTH_WORKER_DENSITY,
        quantity=mh.Quantity(
            value=Decimal("2.4"), unit="doctors", per=mh.Per(amount=1000, unit="inhabitants")
        ),
    )
    programme = mh.Programme(
        id="p1",
        title="Diploma",
        kind=mh.ProgrammeKind.DIPLOMA,
        period=mh.Period.fromisoformat("--04-17/--05-30"),
        cohorts=(mh.Cohort(id="c1", figures=(figure,), countries=("MX", "CL")),),
        statistics=(mh.ServiceStatistic(id="st1", figures=(rate,)),),
    )
    return mh.Dataset(sources=(source,), programmes=(programme,))


def _document() -> dict[str, object]:
    document = json.loads(mh.dumps(_dataset()))
    assert isinstance(document, dict)
    return document


def _problems(document: object) -> tuple[str, ...]:
    with pytest.raises(mh.LoadError) as caught:
        mh.loads(json.dumps(document))
    return caught.value.problems


class TestRoundTrip:
    @given(st.datasets())
    def test_loads_inverts_dumps_and_dumps_is_deterministic(self, dataset: mh.Dataset) -> None:
        text = mh.dumps(dataset)
        loaded = mh.loads(text)
        assert loaded == dataset
        assert mh.dumps(loaded) == text
        assert mh.loads(mh.dumps(dataset, indent=2)) == dataset

    @given(st.figures())
    def test_structure_inverts_unstructure_for_any_class(self, figure: mh.Figure) -> None:
        assert mh.structure(mh.unstructure(figure), mh.Figure) == figure

    def test_decimal_keeps_its_digits(self) -> None:
        text = mh.dumps(_dataset())
        assert '"value":2.4' in text
        loaded = mh.loads(text).programme("p1").statistics[0].figures[0].quantity.value
        assert loaded == Decimal("2.4")
        assert isinstance(loaded, Decimal)

    def test_canonical_form(self) -> None:
        text = mh.dumps(_dataset())
        assert text.endswith("\n")
        document = json.loads(text)
        assert document["format_version"] == FORMAT_VERSION
        assert list(document) == sorted(document)
        assert document["programmes"][0]["dates"] == [{"period": "--04-17/--05-30"}]
        assert document["sources"][0]["published"] == "2019-06"
        assert document["programmes"][0]["kind"] == "diploma"
        # Defaults are left out: no "planned": false, no empty lists, no nulls.
        assert "planned" not in text
        assert "null" not in text
        assert "[]" not in text

    def test_save_and_load(self, tmp_path: Path) -> None:
        path = tmp_path / "data.json"
        mh.save(_dataset(), path)
        assert mh.load(path) == _dataset()
        assert path.read_text(encoding="utf-8") == mh.dumps(_dataset(), indent=2)
        assert list(tmp_path.iterdir()) == [path]


class TestNothingIsCoerced:
    def test_string_where_a_count_belongs(self) -> None:
        document = _document()
        document["programmes"][0]["cohorts"][0]["figures"][0]["quantity"]["value"] = "564"  # type: ignore[index]
        assert _problems(document) == (
            "$.programmes[0].cohorts[0].figures[0].quantity.value: "
            "expected a number, got string '564'",
        )

    def test_true_where_a_count_belongs(self) -> None:
        document = _document()
        document["programmes"][0]["cohorts"][0]["figures"][0]["quantity"]["value"] = True  # type: ignore[index]
        (problem,) = _problems(document)
        assert problem.startswith("$.programmes[0].cohorts[0].figures[0].quantity.value:")
        assert "boolean" in problem

    def test_whole_number_in_exponent_form_is_a_whole_number(self) -> None:
        text = mh.dumps(_dataset()).replace('"value":564', '"value":3e2')
        value = mh.loads(text).programmes[0].cohorts[0].figures[0].quantity.value
        assert value == 300
        assert type(value) is int

    @pytest.mark.parametrize("number", ["3.5", "3.0", "3.00e0"])
    def test_fraction_where_a_count_belongs(self, number: str) -> None:
        text = mh.dumps(_dataset()).replace('"value":564', f'"value":{number}')
        with pytest.raises(mh.LoadError) as caught:
            mh.loads(text)
        assert caught.value.problems == (
            "$.programmes[0].cohorts[0].figures[0].quantity.value: "
            f"a count of selected must be a whole number, got {Decimal(number)}",
        )

    def test_fraction_where_a_rate_belongs_is_kept_exactly(self) -> None:
        text = mh.dumps(_dataset()).replace('"value":2.4', '"value":2.40')
        value = mh.loads(text).programmes[0].statistics[0].figures[0].quantity.value
        assert value == Decimal("2.40")
        assert str(value) == "2.40"

    def test_string_where_a_list_belongs(self) -> None:
        document = _document()
        document["programmes"][0]["cohorts"][0]["countries"] = "FR"  # type: ignore[index]
        assert _problems(document) == (
            "$.programmes[0].cohorts[0].countries: expected an array, got string 'FR'",
        )

    def test_number_where_a_string_belongs(self) -> None:
        document = _document()
        document["sources"][0]["title"] = 3  # type: ignore[index]
        assert _problems(document) == ("$.sources[0].title: expected a string, got integer 3",)

    def test_integer_where_an_edition_flag_belongs(self) -> None:
        document = _document()
        document["programmes"][0]["cohorts"][0]["figures"][0]["planned"] = 1  # type: ignore[index]
        assert _problems(document) == (
            "$.programmes[0].cohorts[0].figures[0].planned: expected one of 'target', 'forecast', "
            "'need'; got integer 1",
        )


class TestBadInputNeverLoadsInPart:
    def test_every_problem_is_listed_with_its_path(self) -> None:
        document = _document()
        programme = document["programmes"][0]  # type: ignore[index]
        programme["kind"] = "diplomma"
        programme["colour"] = "red"
        programme["cohorts"][0]["figures"][0]["quantity"]["value"] = -3
        programme["statistics"][0]["countries"] = ["MX", "XX"]
        document["sources"][0]["published"] = "2019-02-30"  # type: ignore[index]
        problems = _problems(document)
        assert len(problems) == 5
        assert (
            "$.programmes[0].cohorts[0].figures[0].quantity.value: must be >= 0, got -3" in problems
        )
        assert "$.programmes[0]: unknown field 'colour'" in problems
        assert any(
            p.startswith("$.programmes[0].kind: expected a declared ProgrammeKind ('diploma'")
            for p in problems
        )
        assert any(p.startswith("$.programmes[0].statistics[0].countries[1]: ") for p in problems)
        assert any(
            p.startswith("$.sources[0].published: ") and "between 1 and 28" in p for p in problems
        )

    def test_missing_required_field(self) -> None:
        document = _document()
        del document["sources"][0]["title"]  # type: ignore[attr-defined]
        assert _problems(document) == ("$.sources[0].title: required field missing",)

    def test_unknown_enum_value_lists_the_allowed_ones(self) -> None:
        document = _document()
        document["programmes"][0]["cohorts"][0]["figures"][0]["quantity"]["qualifier"] = "nearly"  # type: ignore[index]
        (problem,) = _problems(document)
        assert "'almost'" in problem
        assert "got string 'nearly'" in problem

    @pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity"])
    def test_nan_and_infinity_are_refused(self, token: str) -> None:
        text = mh.dumps(_dataset()).replace('"value":564', f'"value":{token}')
        with pytest.raises(mh.LoadError) as caught:
            mh.loads(text)
        assert caught.value.problems[0].startswith("$")

    def test_malformed_json(self) -> None:
        with pytest.raises(mh.LoadError) as caught:
            mh.loads('{"format_version": 1,')
        assert caught.value.problems[0].startswith("$: malformed JSON at line 1 column")

    def test_duplicate_keys_are_an_error(self) -> None:
        text = '{"format_version": 1, "sources": [{"id": "a", "title": "x", "title": "y"}]}'
        with pytest.raises(mh.LoadError) as caught:
            mh.loads(text)
        assert caught.value.problems == ("$.sources[0]: duplicate key 'title'",)

    def test_newer_format_version_is_refused_naming_both(self) -> None:
        document = _document()
        document["format_version"] = FORMAT_VERSION + 1
        (problem,) = _problems(document)
        assert f"version {FORMAT_VERSION + 1}" in problem
        assert f"version {FORMAT_VERSION}" in problem

    def test_missing_format_version(self) -> None:
        document = _document()
        del document["format_version"]
        assert _problems(document) == ("$.format_version: required field missing",)

    def test_top_level_must_be_an_object(self) -> None:
        with pytest.raises(mh.LoadError, match=r"^\$: expected an object"):
            mh.loads("[]")

    def test_load_error_is_a_value_error(self) -> None:
        with pytest.raises(ValueError, match="malformed JSON"):
            mh.loads("{")

    def test_object_where_a_string_belongs(self) -> None:
        document = _document()
        document["programmes"][0]["cohorts"][0]["figures"][0]["quantity"] = "564 students"  # type: ignore[index]
        assert _problems(document) == (
            "$.programmes[0].cohorts[0].figures[0].quantity: "
            "expected an object, got string '564 students'",
        )


class TestFiles:
    def test_missing_file_names_the_file(self, tmp_path: Path) -> None:
        path = tmp_path / "nope.json"
        with pytest.raises(mh.LoadError) as caught:
            mh.load(path)
        assert caught.value.filename == str(path)
        assert str(path) in str(caught.value)

    def test_directory(self, tmp_path: Path) -> None:
        with pytest.raises(mh.LoadError, match="is a directory"):
            mh.load(tmp_path)

    def test_bad_content_names_the_file_and_the_path(self, tmp_path: Path) -> None:
        path = tmp_path / "bad.json"
        path.write_text('{"format_version": 1, "sources": [{"id": "s"}]}', encoding="utf-8")
        with pytest.raises(mh.LoadError) as caught:
            mh.load(path)
        assert str(caught.value) == f"{path}: $.sources[0].title: required field missing"


def _json_types(node: object) -> set[type]:
    if isinstance(node, dict):
        return {dict}.union(*(_json_types(v) for v in node.values()), {type(k) for k in node})
    if isinstance(node, list):
        return {list}.union(*(_json_types(v) for v in node))
    return {type(node)}


@given(st.programmes())
def test_unstructure_gives_only_json_types(dataset: mh.Programme) -> None:
    assert _json_types(mh.unstructure(dataset)) <= {dict, list, str, int, Decimal, bool}
