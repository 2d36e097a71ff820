"""The JSON Schema of the file format: generated from the model, shipped, and true to the loader."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

import migrationhealth as mh
from migrationhealth.schema import dumps_schema, json_schema, main, shipped_schema

from . import strategies as st
from .test_serialization import _dataset, _document

jsonschema = pytest.importorskip("jsonschema")

ROOT = Path(__file__).resolve().parent.parent
VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def errors(document: object) -> list[str]:
    return [error.message for error in VALIDATOR.iter_errors(document)]


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(json_schema())


def test_the_shipped_file_is_a_fresh_generation() -> None:
    assert shipped_schema() == json_schema()
    text = (ROOT / "src" / "migrationhealth" / "data" / "format.schema.json").read_text("utf-8")
    assert text == dumps_schema(), "regenerate it: see migrationhealth.schema"


def test_the_published_file_is_a_fresh_generation() -> None:
    assert (ROOT / "docs" / "format.schema.json").read_text("utf-8") == dumps_schema()


def test_main_writes_the_schema(tmp_path: Path) -> None:
    path = tmp_path / "schema.json"
    assert main([str(path)]) == 0
    assert json.loads(path.read_text("utf-8")) == json_schema()


def test_every_model_class_is_defined() -> None:
    defined = set(json_schema()["$defs"])
    assert {"Programme", "Figure", "Quantity", "Citation", "Organisation", "Source"} <= defined


@given(st.datasets())
def test_every_dataset_dumps_writes_validates(dataset: mh.Dataset) -> None:
    assert errors(json.loads(mh.dumps(dataset))) == []


def test_the_seed_corpus_validates() -> None:
    assert errors(json.loads(mh.dumps(mh.seed_corpus()))) == []


def _figure(document: Any) -> Any:
    return document["programmes"][0]["cohorts"][0]["figures"][0]


# The bad documents of the reliability tests (tests/test_serialization.py), each a change
# to a good document.
BAD: dict[str, Callable[[Any], None]] = {
    "string where a count belongs": lambda d: _figure(d)["quantity"].update(value="564"),
    "true where a count belongs": lambda d: _figure(d)["quantity"].update(value=True),
    "string where a list belongs": lambda d: d["programmes"][0]["cohorts"][0].update(
        countries="FR"
    ),
    "number where a string belongs": lambda d: d["sources"][0].update(title=3),
    "integer where a flag belongs": lambda d: _figure(d).update(planned=1),
    "unknown status": lambda d: d["programmes"][0].update(status="done"),
    "term in another form": lambda d: d["programmes"][0].update(kind="Diploma"),
    "unknown field": lambda d: d["programmes"][0].update(colour="red"),
    "negative count": lambda d: _figure(d)["quantity"].update(value=-3),
    "unknown country": lambda d: d["programmes"][0]["statistics"][0].update(countries=["mx"]),
    "30 February": lambda d: d["sources"][0].update(published="2019-02-30"),
    "missing required field": lambda d: d["sources"][0].pop("title"),
    "unknown qualifier": lambda d: _figure(d)["quantity"].update(qualifier="nearly"),
    "newer format version": lambda d: d.update(format_version=mh.FORMAT_VERSION + 1),
    "missing format version": lambda d: d.pop("format_version"),
    "object where a string belongs": lambda d: _figure(d).update(quantity="564 students"),
    "empty title": lambda d: d["sources"][0].update(title=""),
    "id with a space": lambda d: d["sources"][0].update(id="a b"),
    "partial date in another form": lambda d: d["sources"][0].update(published="July 2019"),
    "period of three dates": lambda d: _figure(d).update(period="2019/2020/2021"),
    "more than 10**15": lambda d: _figure(d)["quantity"].update(value=10**16),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_documents_do_not_validate_and_do_not_load(name: str) -> None:
    document = copy.deepcopy(_document())
    assert errors(document) == []
    BAD[name](document)
    assert errors(document), f"the schema accepts: {name}"
    with pytest.raises(mh.LoadError):
        mh.loads(json.dumps(document))


def test_the_top_level_must_be_an_object() -> None:
    assert errors([]) != []


def test_rules_across_fields_are_the_loaders() -> None:
    # What a schema cannot say without the model's own logic: a count of people must be
    # whole, but a rate or an average need not be. The schema accepts, the loader refuses.
    text = mh.dumps(_dataset()).replace('"value":564', '"value":3.5')
    assert errors(json.loads(text)) == []
    with pytest.raises(mh.LoadError, match="whole number"):
        mh.loads(text)
