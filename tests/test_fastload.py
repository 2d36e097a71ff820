"""The fast way into ``loads``: it only ever says yes when the careful reader would agree.

``fast_loads`` gives a dataset or ``None``; ``_load_carefully`` is the reader that finds
and reports every problem. Whatever the text, the fast way gives either ``None`` or a
dataset equal to the careful reader's, and ``None`` whenever the careful reader refuses.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import msgspec
import msgspec.structs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

import migrationhealth as mh
from migrationhealth import _fastload, _validators
from migrationhealth._fastload import _Builder, _keys_in, fast_loads
from migrationhealth._speedups import read_one_by_one, record_tuples
from migrationhealth.serialization import FORMAT_VERSION, _load_carefully

from . import strategies as st

DATA = Path(__file__).parent / "data"
PACKAGE_DATA = Path(mh.__file__).parent / "data"


pytestmark = pytest.mark.usefixtures("forget_declared_terms")


def _careful(text: str | bytes) -> mh.Dataset | mh.LoadError:
    try:
        return _load_carefully(text)
    except mh.LoadError as error:
        return error


def assert_agrees(text: str | bytes) -> mh.Dataset | None:
    """The fast way gives None, or what the careful reader gives; None when it refuses."""
    fast = fast_loads(text, FORMAT_VERSION)
    careful = _careful(text)
    if isinstance(careful, mh.LoadError):
        assert fast is None, f"the fast way accepted what the careful reader refuses: {careful}"
    elif fast is not None:
        assert fast == careful
        assert mh.dumps(fast) == mh.dumps(careful)
    return fast


def assert_left_to_the_careful_reader(document: object, problem: str) -> None:
    """The fast way refuses the document, and the careful reader names ``problem``."""
    text = _text(document)
    assert fast_loads(text, FORMAT_VERSION) is None
    with pytest.raises(mh.LoadError, match=problem):
        mh.loads(text)


def _document() -> dict[str, object]:
    return json.loads(mh.dumps(mh.seed_corpus()))


def _text(document: object) -> str:
    return json.dumps(document, ensure_ascii=False, separators=(",", ":"))


def _first_figure(document: dict[str, object]) -> dict[str, object]:
    programmes = document["programmes"]
    assert isinstance(programmes, list)
    for programme in programmes:
        if programme.get("figures"):
            figure: dict[str, object] = programme["figures"][0]
            return figure
    raise AssertionError("no programme with figures")


def _true_keys(text: str) -> int:
    keys = 0

    def count(pairs: list[tuple[str, object]]) -> dict[str, object]:
        nonlocal keys
        keys += len(pairs)
        return dict(pairs)

    json.loads(text, object_pairs_hook=count)
    return keys


# --- What the fast way reads ------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        PACKAGE_DATA / "seed_corpus.json",
        PACKAGE_DATA / "reports_corpus.json",
        DATA / "format-v2.json",
        *sorted((DATA / "reports-extra").glob("*/*.json")),
    ],
    ids=lambda path: path.name,
)
def test_every_stored_dataset_is_read_the_fast_way_and_equal(path: Path) -> None:
    text = path.read_bytes()
    if json.loads(text).get("format_version") != FORMAT_VERSION:
        pytest.skip("an older format: upgraded by the careful reader")
    assert assert_agrees(text) is not None
    assert assert_agrees(text.decode("utf-8")) is not None


@given(st.datasets())
def test_what_dumps_writes_is_read_the_fast_way(dataset: mh.Dataset) -> None:
    for indent in (None, 2):
        text = mh.dumps(dataset, indent=indent)
        fast = fast_loads(text, FORMAT_VERSION)
        if _keys_in(text) == _true_keys(text):
            assert fast == dataset
        else:  # a text that starts with a colon: its opening quote counts as a key's end
            assert fast is None
        assert _load_carefully(text) == dataset


def test_a_text_that_starts_with_a_colon_is_read_carefully() -> None:
    source = mh.Source(id="s", title=": a title")
    text = mh.dumps(mh.Dataset(sources=(source,)))
    assert _keys_in(text) == _true_keys(text) + 1
    assert fast_loads(text, FORMAT_VERSION) is None
    assert mh.loads(text) == mh.Dataset(sources=(source,))


@settings(max_examples=25)
@given(st.datasets_with_declared_terms())
def test_a_document_with_its_vocabulary_is_read_the_fast_way(dataset: mh.Dataset) -> None:
    text = mh.dumps(dataset)
    assert "vocabulary" in json.loads(text)
    fast = fast_loads(text, FORMAT_VERSION)
    if _keys_in(text) == _true_keys(text):
        assert fast == dataset
    else:
        assert fast is None


def test_loads_shares_one_object_per_date_and_period_text() -> None:
    dataset = fast_loads(mh.dumps(mh.corpus()), FORMAT_VERSION)
    assert dataset is not None
    periods = [f.figure.period for f in dataset.figures() if f.figure.period is not None]
    by_text: dict[str, int] = {}
    for period in periods:
        by_text.setdefault(period.isoformat(), id(period))
        assert by_text[period.isoformat()] == id(period)
    assert len(by_text) < len(periods)


def test_loads_shares_one_string_per_referenced_id() -> None:
    dataset = fast_loads(mh.dumps(mh.corpus()), FORMAT_VERSION)
    assert dataset is not None
    sources = [f.figure.citation.source for f in dataset.figures() if f.figure.citation]
    by_text: dict[str, int] = {}
    for source in sources:
        by_text.setdefault(source, id(source))
        assert by_text[source] == id(source)
    assert len(by_text) < len(sources)
    assert _fastload._REFERENCES == {}  # forgotten after each load


def test_records_that_hold_records_are_read_and_written_one_by_one() -> None:
    assert read_one_by_one(mh.Dataset) == {mh.Programme, mh.Organisation, mh.Person}
    assert record_tuples(mh.Source) == []
    assert {"figures", "cohorts", "statistics", "partners"} <= set(record_tuples(mh.Programme))
    assert "countries" not in record_tuples(mh.Programme)  # a tuple of strings
    builder = _Builder()
    document = builder.struct(mh.Dataset)
    types = {field.name: field.type for field in msgspec.structs.fields(document)}
    assert types["programmes"] == tuple[msgspec.Raw, ...] | msgspec.UnsetType
    assert types["sources"] != tuple[msgspec.Raw, ...] | msgspec.UnsetType


def _last_figure(document: dict[str, object]) -> dict[str, object]:
    programmes = document["programmes"]
    assert isinstance(programmes, list)
    figure: dict[str, object] = [p for p in programmes if p.get("figures")][-1]["figures"][-1]
    return figure


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda f: f.update(id=" spaced"), r"\$\.programmes\[\d+\]\.figures\[\d+\]\.id"),
        (
            lambda f: f.update(citation={"source": "no such id!", "quote": "q"}),
            r"\$\.programmes\[\d+\]\.figures\[\d+\]\.citation\.source",
        ),
        (lambda f: f.update(period=7), r"\$\.programmes\[\d+\]\.figures\[\d+\]\.period"),
    ],
    ids=["id", "reference", "period"],
)
def test_a_problem_in_the_last_programme_is_reported_with_its_path(
    change: object, problem: str
) -> None:
    document = _document()
    change(_last_figure(document))  # type: ignore[operator]
    assert_left_to_the_careful_reader(document, problem)
    assert _fastload._REFERENCES == {}


def test_a_reference_seen_valid_does_not_vouch_for_another() -> None:
    document = _document()
    figure = _last_figure(document)
    citation = figure["citation"]
    assert isinstance(citation, dict)
    citation["source"] = citation["source"] + " "
    with pytest.raises(mh.LoadError, match=r"citation\.source"):
        mh.loads(_text(document))


@settings(max_examples=50)
@given(hs.sampled_from(["s1", "ok-id", " s1", "s1 ", "", "a\tb"]) | hs.text(max_size=8))
def test_an_id_named_by_two_kinds_of_reference_is_checked_in_each(name: str) -> None:
    # One id, valid or not, named as a citation's source and as a partner's organisation:
    # the memo of references checked in this load serves both fields, and the fast way
    # agrees with the careful reader either way.
    document = _document()
    figure = _last_figure(document)
    citation = figure["citation"]
    assert isinstance(citation, dict)
    citation["source"] = name
    programmes = document["programmes"]
    assert isinstance(programmes, list)
    partnered = next(p for p in programmes if p.get("partners"))
    partnered["partners"][0]["organisation"] = name
    assert_agrees(_text(document))
    assert _fastload._REFERENCES == {}


# --- What it leaves to the careful reader -----------------------------------------------


def test_a_duplicate_key_is_left_to_the_careful_reader() -> None:
    text = mh.dumps(mh.seed_corpus())
    figure_id = re.search(r'"figures":\[\{(?:[^{}]|\{[^{}]*\})*?"id":"([^"]+)"', text)
    assert figure_id is not None
    doubled = text.replace(f'"id":"{figure_id[1]}"', f'"id":"x","id":"{figure_id[1]}"', 1)
    assert fast_loads(doubled, FORMAT_VERSION) is None
    with pytest.raises(mh.LoadError, match="duplicate key"):
        mh.loads(doubled)


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda f: f.update(extra=1), "extra"),
        (lambda f: f["quantity"].update(value=str(f["quantity"]["value"])), "value"),
        (lambda f: f["quantity"].update(value="2.5"), "value"),
        (lambda f: f["quantity"].update(value=True), "value"),
        (lambda f: f["quantity"].update(value=-1), "value"),
        (lambda f: f.update(id=" spaced"), "id"),
        (lambda f: f.update(measure="no such measure"), "measure"),
        (lambda f: f.update(period="2019-02-30"), "period"),
        (lambda f: f["quantity"].update(unit=""), "unit"),
        (lambda f: f.pop("measure"), "measure"),
    ],
    ids=[
        "unknown key",
        "count as a string",
        "decimal as a string",
        "true as a count",
        "negative count",
        "id with a space",
        "unknown measure",
        "impossible date",
        "empty unit",
        "missing measure",
    ],
)
def test_bad_values_are_left_to_the_careful_reader(change: object, problem: str) -> None:
    document = _document()
    change(_first_figure(document))  # type: ignore[operator]
    assert_left_to_the_careful_reader(document, problem)


def test_a_default_written_out_is_read_the_fast_way_and_equal() -> None:
    document = _document()
    figure = _first_figure(document)
    figure["note"] = None
    figure["quantity"].setdefault("qualifier", "exact")  # type: ignore[attr-defined]
    text = _text(document)
    assert assert_agrees(text) == mh.seed_corpus()


def test_an_older_format_is_left_to_the_migrations() -> None:
    text = (DATA / "format-v1.json").read_text(encoding="utf-8")
    assert fast_loads(text, FORMAT_VERSION) is None
    assert mh.loads(text) == _load_carefully(text)


@pytest.mark.parametrize(
    "text",
    [b"\xef\xbb\xbf{}", b'{"format_version":2,"sources":[\xff]}', "", "[]", "null", '{"a":1}'],
)
def test_what_is_not_a_document_is_left_to_the_careful_reader(text: str | bytes) -> None:
    assert fast_loads(text, FORMAT_VERSION) is None


# --- The count of keys --------------------------------------------------------------------


def test_keys_with_white_space_before_the_colon_are_counted() -> None:
    assert _keys_in('{"a" : 1, "b"\n:\t2, "c":3}') == 3
    assert _keys_in(b'{"a" : 1, "b"\n:\t2, "c":3}') == 3


def test_an_escaped_quote_before_a_colon_counts_too_never_too_few() -> None:
    assert _keys_in(r'{"a":"x\": y"}') == 2


def test_spaced_keys_are_read_the_fast_way() -> None:
    text = mh.dumps(mh.seed_corpus(), indent=2).replace('": ', '" :  ')
    assert assert_agrees(text) == mh.seed_corpus()


def test_a_duplicate_written_with_an_escape_is_left_to_the_careful_reader() -> None:
    text = mh.dumps(mh.seed_corpus()).replace('"title":', '"title":"x","\\u0074itle":', 1)
    assert fast_loads(text, FORMAT_VERSION) is None
    with pytest.raises(mh.LoadError, match="duplicate key"):
        mh.loads(text)


def _paths(node: object, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield path
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _paths(value, (*path, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _paths(value, (*path, index))


def _replace(document: Any, path: tuple[Any, ...], value: object) -> Any:
    if not path:
        return value
    node = document
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return document


_JSON_VALUES = hs.recursive(
    hs.none()
    | hs.booleans()
    | hs.integers(-(10**16), 10**16)
    | hs.decimals(allow_nan=False, allow_infinity=False, places=3)
    | hs.sampled_from(["", " x", "MX", "xx", "2019-02-30", "2019-07/..", "exact", "a\x01b"])
    | hs.text(max_size=5),
    lambda children: (
        hs.lists(children, max_size=2)
        | hs.dictionaries(hs.sampled_from(["id", "value", "unit", "x"]), children, max_size=2)
    ),
    max_leaves=4,
)


@given(st.datasets(), hs.data())
def test_the_fast_way_agrees_with_the_careful_reader_on_any_value_anywhere(
    dataset: mh.Dataset, data: hs.DataObject
) -> None:
    document = json.loads(mh.dumps(dataset))
    path = data.draw(hs.sampled_from(list(_paths(document))))
    document = _replace(document, path, data.draw(_JSON_VALUES))
    assert_agrees(json.dumps(document, default=float, ensure_ascii=False))


# --- Any text ----------------------------------------------------------------------------

_MUTATIONS = (
    ('"', "'"),
    (":", " : "),
    (",", ",,"),
    ('":"', '":1,"x":"'),
    ('":', '":null,"id":'),
    ("1", '"1"'),
    ("0", "0.5"),
    ("]", ",{}]"),
    ('"id":"', '"id":" '),
    ("-", "/"),
    ("a", "\\u0061"),
    ('"', '"\\"'),
)


@given(st.datasets(), hs.data())
def test_the_fast_way_agrees_with_the_careful_reader_on_mutated_text(
    dataset: mh.Dataset, data: hs.DataObject
) -> None:
    text = mh.dumps(dataset, indent=data.draw(hs.sampled_from([None, 2])))
    for _ in range(data.draw(hs.integers(1, 3))):
        old, new = data.draw(hs.sampled_from(_MUTATIONS))
        positions = [m.start() for m in re.finditer(re.escape(old), text)]
        if not positions:
            continue
        at = data.draw(hs.sampled_from(positions))
        text = text[:at] + new + text[at + len(old) :]
    assert_agrees(text)


def test_a_problem_lists_forty_declared_terms_and_counts_the_rest() -> None:
    for index in range(60):
        mh.Role.declare(f"t_role_{index}", description="declared by a test")
    document = _document()
    programme = next(p for p in document["programmes"] if p.get("partners"))  # type: ignore[union-attr]
    programme["partners"][0]["roles"] = ["no such role"]
    with pytest.raises(mh.LoadError) as caught:
        mh.loads(_text(document))
    (problem,) = caught.value.problems
    assert problem.count("'t_role_") + problem.count("', '") >= 40
    assert f" and {len(list(mh.Role)) - 40} more); got string 'no such role'" in problem


# --- What the validators say they check --------------------------------------------------


def _passes(validator: Any, value: object) -> bool:
    try:
        validator(None, _ATTRIBUTE, value)
    except mh.errors.InvalidValueError:
        return False
    return True


_ATTRIBUTE = attrs.fields(mh.Source).title

_STRINGS = hs.text(
    alphabet=hs.characters(codec="utf-8") | hs.sampled_from(" \t\n\x85\xa0\u2028\u3000\x7f\x9f"),
    max_size=12,
)
_VALUES: dict[str, hs.SearchStrategy[Any]] = {
    "text": _STRINGS,
    "quote": _STRINGS,
    "identifier": _STRINGS | hs.from_regex(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,3}", fullmatch=True),
    "country": _STRINGS | hs.sampled_from(["MX", "mx", "XX", "GB", "UK"]),
    "language": _STRINGS | hs.sampled_from(["en", "pt-BR", "EN", "es-419", "fr-"]),
    "week_of_month": hs.integers(-2, 8),
    "flag": hs.booleans(),
}


@pytest.mark.parametrize("name", sorted(_VALUES))
@given(data=hs.data())
def test_what_a_validator_says_it_checks_is_what_it_checks(name: str, data: hs.DataObject) -> None:
    validator = getattr(_validators, name)
    template, names = _validators.CHECKS[validator]
    value = data.draw(_VALUES[name])
    said = bool(eval(template.format(v="value"), {**names, "value": value}))
    assert said == _passes(validator, value)


@given(hs.integers(-5, 10**16) | hs.decimals(allow_nan=True, places=20, max_value=10**17))
def test_what_the_number_validators_say_they_check_is_what_they_check(value: object) -> None:
    from migrationhealth import quantity  # noqa: PLC0415

    for validator in (quantity._number, quantity._positive):
        template, names = _validators.CHECKS[validator]
        said = bool(eval(template.format(v="value"), {**names, "value": value}))
        assert said == _passes(validator, value)


def test_a_model_the_mirrors_cannot_express_is_read_and_written_plainly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from migrationhealth import _fastdump, _fastload  # noqa: PLC0415

    def unsupported(*args: object) -> None:
        raise _fastload._UnsupportedError("a field")

    def unsupported_writer(*args: object) -> None:
        raise _fastdump._UnsupportedError("a field")

    expected = mh.dumps(mh.seed_corpus())
    monkeypatch.setattr(_fastload, "_READER", None)
    monkeypatch.setattr(_fastload, "_Reader", unsupported)
    monkeypatch.setattr(_fastdump, "_ENCODER", None)
    monkeypatch.setattr(_fastdump, "_Encoder", unsupported_writer)
    text = mh.dumps(mh.seed_corpus())
    assert fast_loads(text, FORMAT_VERSION) is None
    assert mh.loads(text) == mh.seed_corpus()
    assert text == expected


# --- Twins --------------------------------------------------------------------------------


def test_every_record_class_is_built_through_a_twin_and_loads_as_itself() -> None:
    # A builder sets a twin's slots by plain assignment, then makes it the record's
    # class. If CPython refused that for a class, its records would still load, a
    # slower way; this test says so instead of letting it pass unseen.
    builder = _Builder()
    builder.struct(mh.Dataset)
    classes = [cls for cls in builder.mirrors if cls is not mh.Dataset] + [mh.Dataset]
    assert {cls.__name__ for cls in classes if builder.twin(cls) is None} == set()
    dataset = fast_loads(mh.dumps(mh.seed_corpus()), FORMAT_VERSION)
    assert dataset is not None
    programme = dataset.programmes[0]
    assert type(programme) is mh.Programme
    figure = next(dataset.figures()).figure
    assert type(figure) is mh.Figure
    assert type(figure.quantity) is mh.Quantity
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        programme.id = "changed"  # type: ignore[misc]


def test_a_class_whose_layout_cannot_change_keeps_the_slot_setters() -> None:
    @attrs.frozen
    class Weak:
        x: int

    @attrs.frozen(slots=False)
    class WithDict:
        x: int

    # CPython before 3.12 refuses to change the class of an object with a __weakref__
    # slot, which is why the records have none; no version does it for a __dict__.
    assert (_Builder().twin(Weak) is None) == (sys.version_info < (3, 12))
    assert _Builder().twin(WithDict) is None
