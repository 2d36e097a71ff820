"""Hostile and broken input: loads either gives a dataset or raises LoadError, nothing else.

Every problem a LoadError lists is one line, ``<path>: <what>``, with a path that starts
at ``$``; and whatever loads accepts is written back by dumps and read again unchanged.

The fuzz tests run a fixed number of examples each, so that the file stays quick. For a
longer run, raise the budget with ``MIGRATIONHEALTH_FUZZ_EXAMPLES`` (see
docs/reliability.md), for example::

    MIGRATIONHEALTH_FUZZ_EXAMPLES=20000 python -m pytest tests/test_serialization_fuzz.py
"""

from __future__ import annotations

import ast
import json
import os
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hst

import migrationhealth as mh

EXAMPLE = Path(__file__).parent / "data" / "format-v1.json"
SOURCE = Path(mh.__file__).parent

FUZZ_EXAMPLES = int(os.environ.get("MIGRATIONHEALTH_FUZZ_EXAMPLES", "60"))
fuzz = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# A path: $ then .name, [index] or ["any key, as a JSON string"], any number of times.
_PATH = r'\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\]|\["(?:[^"\\\n]|\\.)*"\])*'
PROBLEM = re.compile(rf"({_PATH}): (\S.*)")


def _base_texts() -> list[str]:
    return [EXAMPLE.read_text(encoding="utf-8"), mh.dumps(mh.seed_corpus())]


BASES = _base_texts()


def check(text: str | bytes) -> mh.Dataset | None:
    """Load ``text``; assert the outcome is a dataset that round-trips, or a LoadError."""
    try:
        dataset = mh.loads(text)
    except mh.LoadError as error:
        refused = error
    else:
        refused = None
    if refused is not None:
        problems = refused.problems
        assert problems, "a LoadError without a problem"
        assert len(problems) <= mh.errors.MAX_PROBLEMS
        for problem in problems:
            match = PROBLEM.fullmatch(problem)
            assert match, f"not '<path>: <what>' on one line: {problem!r}"
            # Values are echoed cut: whatever the input, what is said of it stays short.
            assert len(match[2]) < 1000, f"a problem of {len(match[2])} characters"
        lines = len(problems) + (1 if refused.omitted else 0)
        assert str(refused).count("\n") == (lines if lines > 1 else 0)
        return None
    # Accepted means kept as written: nothing invented on the way back out.
    written = mh.dumps(dataset)
    assert mh.loads(written) == dataset
    assert mh.dumps(mh.loads(written)) == written
    return dataset


def check_both(text: str) -> mh.Dataset | None:
    """As :func:`check`, and the same outcome for the text and its UTF-8 bytes."""
    as_text = check(text)
    try:
        encoded = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate, only reachable as str
        return as_text
    assert check(encoded) == as_text
    return as_text


# --- strategies -----------------------------------------------------------------------

_CLASSES = [cls for cls in vars(mh).values() if hasattr(cls, "__attrs_attrs__")]
FIELD_NAMES = sorted({a.name for cls in _CLASSES for a in cls.__attrs_attrs__} | {"format_version"})

keys = hst.one_of(hst.sampled_from(FIELD_NAMES), hst.text(max_size=8))
leaves = hst.one_of(
    hst.none(),
    hst.booleans(),
    hst.integers(),
    hst.floats(),  # NaN and Infinity too: json.dumps writes them as bare tokens
    hst.text(max_size=12),
    hst.sampled_from(["2019", "--04-17", "2025-08-18/2025-11-14", "MX", "diploma", "exact"]),
)
json_values = hst.recursive(
    leaves,
    lambda children: hst.lists(children, max_size=4) | hst.dictionaries(keys, children, max_size=4),
    max_leaves=24,
)

# Raw number tokens that json.dumps cannot produce from Python values.
NUMBER_TOKENS = [
    "1e999",
    "-1e999",
    "1e-999",
    "1E+999999999",
    "1e99999999999999999999",
    "-0",
    "-0.0",
    "0e-400",
    "3e2",
    "5e0",
    "3.0",
    "2.40",
    "9" * 5000,
    "-" + "9" * 5000,
    "1" + "0" * 40,
    "1" * 20 + ".5",
    "0.1234567890123456789",
    "NaN",
    "Infinity",
    "-Infinity",
    "1000000000000000",
    "1000000000000001",
]
STRANGE_TEXTS = [
    "\ud800",
    "a\udfffb",
    "\x00",
    "tab\there",
    "line\nbreak",
    "carriage\rreturn",
    "\x85",
    "\x7f",
    "\u2028",
    "\ufeff",
    "\u202eevil\u202c",
    "\u2066isolate\u2069",
    "zero\u200bwidth",
    "\u0662\u0660\u0661\u0669-\u0660\u0667",
    "\uff12\uff10\uff11\uff19",
    " padded ",
    "",
    "x" * 200_000,
]
PLACEHOLDER = "\u0000placeholder\u0000"


def _nodes(document: object, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path (keys and indices) of every value in the document, the root first."""
    found = [path]
    if isinstance(document, dict):
        for key, value in document.items():
            found += _nodes(value, (*path, key))
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found += _nodes(value, (*path, index))
    return found


def _get(document: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        document = document[step]
    return document


def _set(document: Any, path: tuple[Any, ...], value: object) -> Any:
    if not path:
        return value
    _get(document, path[:-1])[path[-1]] = value
    return document


def _nested(depth: int, kind: str) -> str:
    return ("[" * depth + "]" * depth) if kind == "array" else ('{"a":' * depth + "1" + "}" * depth)


@hst.composite
def mutated_texts(draw: hst.DrawFn) -> str:
    """A valid document with one to three of the mutations below, as JSON text."""
    document = json.loads(draw(hst.sampled_from(BASES)), parse_float=Decimal)
    raw: dict[str, str] = {}  # placeholder -> the raw JSON text that replaces it
    for _ in range(draw(hst.integers(1, 3))):
        path = draw(hst.sampled_from(_nodes(document)))
        target = _get(document, path)
        kind = draw(
            hst.sampled_from(
                [
                    "drop",
                    "value",
                    "number",
                    "text",
                    "nest",
                    "unknown",
                    "duplicate",
                    "retype",
                    "flip",
                ]
            )
        )
        if kind == "drop" and path:
            del _get(document, path[:-1])[path[-1]]
        elif kind == "value":
            document = _set(document, path, draw(json_values))
        elif kind in ("number", "nest"):
            marker = f"{PLACEHOLDER}{len(raw)}"
            if kind == "number":
                raw[marker] = draw(hst.sampled_from(NUMBER_TOKENS))
            else:
                depth = draw(hst.sampled_from([3, 50, 900, 3000, 100_000]))
                raw[marker] = _nested(depth, draw(hst.sampled_from(["array", "object"])))
            document = _set(document, path, marker)
        elif kind == "text":
            if isinstance(target, str) and target:
                at = draw(hst.integers(0, len(target)))
                strange = draw(hst.sampled_from(STRANGE_TEXTS))
                document = _set(document, path, target[:at] + strange + target[at:])
            else:
                document = _set(document, path, draw(hst.sampled_from(STRANGE_TEXTS)))
        elif kind == "unknown" and isinstance(target, dict):
            target[draw(keys)] = draw(json_values)
        elif kind == "duplicate" and isinstance(target, dict) and target:
            # A dict cannot hold a key twice: a placeholder key is renamed in the text.
            key = draw(hst.sampled_from(sorted(target)))
            marker = f"{PLACEHOLDER}{len(raw)}"
            raw[json.dumps(marker)[1:-1]] = json.dumps(key)[1:-1]
            target[marker] = draw(hst.sampled_from([target[key], draw(json_values)]))
        elif kind == "flip" and path and isinstance(path[-1], str):
            # The value moves to another of the format's field names, or swaps with one.
            parent = _get(document, path[:-1])
            other = draw(hst.sampled_from(FIELD_NAMES))
            if other in parent:
                parent[path[-1]], parent[other] = parent[other], parent[path[-1]]
            else:
                parent[other] = parent.pop(path[-1])
        elif kind == "retype":
            retyped = {str: 1, int: "1", bool: 1, list: {}, dict: [], type(None): False}
            document = _set(document, path, retyped.get(type(target), str(target)))
    text = json.dumps(document, default=str, ensure_ascii=draw(hst.booleans()))
    for marker, replacement in raw.items():
        if marker.startswith(PLACEHOLDER):
            text = text.replace(json.dumps(marker, ensure_ascii=False), replacement)
            text = text.replace(json.dumps(marker), replacement)
        else:
            text = text.replace(marker, replacement)
    return text


@hst.composite
def mutated_bytes(draw: hst.DrawFn) -> bytes:
    """A valid document's UTF-8 bytes, broken: invalid bytes, a BOM, cut short, a byte changed."""
    data = bytearray(draw(hst.sampled_from(BASES)).encode("utf-8"))
    for _ in range(draw(hst.integers(1, 3))):
        at = draw(hst.integers(0, len(data)))
        kind = draw(hst.sampled_from(["insert", "bom", "truncate", "replace"]))
        if kind == "insert":
            bad = [b"\xff", b"\xc3", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xc0\xaf", b"\x80"]
            data[at:at] = draw(hst.sampled_from(bad))
        elif kind == "bom":
            data[0:0] = b"\xef\xbb\xbf"
        elif kind == "truncate":
            del data[at:]
        elif data:
            data[min(at, len(data) - 1)] = draw(hst.integers(0, 255))
    return bytes(data)


# --- the fuzz tests -------------------------------------------------------------------


class TestFuzz:
    @fuzz
    @given(json_values)
    def test_any_json_value(self, value: object) -> None:
        check_both(json.dumps(value))

    @fuzz
    @given(hst.dictionaries(hst.sampled_from(FIELD_NAMES), json_values, max_size=5))
    def test_any_values_under_the_datasets_own_fields(self, fields: dict[str, Any]) -> None:
        check_both(json.dumps({**fields, "format_version": 1}))

    @fuzz
    @given(mutated_texts())
    def test_mutations_of_valid_documents(self, text: str) -> None:
        check_both(text)

    @fuzz
    @given(mutated_bytes())
    def test_broken_bytes(self, data: bytes) -> None:
        check(data)

    @fuzz
    @given(hst.text(max_size=200))
    def test_any_text(self, text: str) -> None:
        check(text)


# Values a field should never hold, or only just: each goes into every field of the
# built-in dataset, one at a time.
EXTREMES: list[object] = [
    None,
    True,
    -1,
    0,
    10**15 + 1,
    Decimal("1e-20"),
    "",
    " ",
    "x" * 100_000,
    "\u202e\u2066\u200b",
    "\u0662\u0660\u0661\u0669",
    [],
    {},
    [[[]]],
    {"id": "x"},
]


def _field_shapes(document: object) -> list[tuple[Any, ...]]:
    """One path for each field of the document's shape: ``programmes[*].cohorts[*].id``..."""
    seen: dict[tuple[Any, ...], tuple[Any, ...]] = {}
    for path in _nodes(document):
        if path:
            seen.setdefault(tuple("*" if isinstance(s, int) else s for s in path), path)
    return list(seen.values())


class TestEveryFieldOfARealDataset:
    def test_extreme_values_in_every_field_load_or_are_refused_at_their_path(self) -> None:
        base = mh.dumps(mh.seed_corpus())
        shapes = _field_shapes(json.loads(base, parse_float=Decimal))
        assert len(shapes) > 100
        for path in shapes:
            for value in EXTREMES:
                document = _set(json.loads(base, parse_float=Decimal), path, value)
                check(json.dumps(document, default=str))

    def test_every_key_dropped_and_duplicated(self) -> None:
        base = mh.dumps(mh.seed_corpus())
        for path in _field_shapes(json.loads(base, parse_float=Decimal)):
            if not isinstance(path[-1], str):
                continue
            document = json.loads(base, parse_float=Decimal)
            del _get(document, path[:-1])[path[-1]]
            check(json.dumps(document, default=str))
            document = json.loads(base, parse_float=Decimal)
            value = json.dumps(_get(document, path), default=str)
            _get(document, path[:-1])[PLACEHOLDER] = 0
            text = json.dumps(document, default=str)
            text = text.replace(json.dumps(PLACEHOLDER) + ": 0", f"{json.dumps(path[-1])}: {value}")
            assert check(text) is None


class TestTheCheckItselfCanFail:
    def test_a_problem_without_a_path_is_caught(self) -> None:
        assert PROBLEM.fullmatch("$.sources[0].title: expected a string, got integer 3")
        assert PROBLEM.fullmatch("$[\"a\\nb\"]: duplicate key 'x'")
        for bad in ["sources[0]: x", "$.a\nb: x", "$: ", "$.a b: x", "the file is bad"]:
            assert not PROBLEM.fullmatch(bad), bad


# --- each decision, shown ---------------------------------------------------------------


def _with_value(token: str, *, measure: str = "other") -> str:
    """A one-figure document whose quantity value is the raw JSON ``token``."""
    return (
        '{"format_version":1,"programmes":[{"id":"p","kind":"policy","title":"P","figures":'
        f'[{{"id":"f","measure":"{measure}","quantity":{{"unit":"u","value":{token}}}}}]}}]}}'
    )


VALUE = "$.programmes[0].figures[0].quantity.value"


def _problems(text: str | bytes) -> tuple[str, ...]:
    with pytest.raises(mh.LoadError) as caught:
        mh.loads(text)
    return caught.value.problems


def _value(text: str) -> object:
    return mh.loads(text).programmes[0].figures[0].quantity.value


class TestDuplicateKeys:
    def test_in_a_record(self) -> None:
        text = '{"format_version":1,"sources":[{"id":"a","title":"x","title":"x"}]}'
        assert _problems(text) == ("$.sources[0]: duplicate key 'title'",)

    def test_at_the_top_level_and_in_unknown_fields_too(self) -> None:
        text = '{"format_version":1,"format_version":1,"extra":{"k":1,"k":2,"j":{"k":1,"k":1}}}'
        assert _problems(text) == (
            "$: duplicate key 'format_version'",
            "$.extra: duplicate key 'k'",
            "$.extra.j: duplicate key 'k'",
        )

    def test_keys_that_are_not_names_are_quoted_in_the_path(self) -> None:
        text = '{"format_version":1,"a\\nb":{"x":1,"x":2}," ":[{"y":1,"y":1}]}'
        assert _problems(text) == (
            "$[\"a\\nb\"]: duplicate key 'x'",
            "$[\" \"][0]: duplicate key 'y'",
        )

    def test_in_an_object_with_very_many_keys(self) -> None:
        keys = ",".join(f'"k{i}":{i}' for i in range(100_000))
        assert _problems(f'{{"format_version":1,{keys},"k7":0}}') == ("$: duplicate key 'k7'",)

    def test_deep_inside_a_document_nested_nearly_as_far_as_can_be_read(self) -> None:
        depth = 900
        text = '{"format_version":1,"x":' + '{"a":' * depth + '{"b":1,"b":2}' + "}" * (depth + 1)
        (problem,) = _problems(text)
        assert problem == "$.x" + ".a" * depth + ": duplicate key 'b'"


class TestEncoding:
    def test_a_byte_order_mark_is_refused_in_text_and_in_bytes(self) -> None:
        text = EXAMPLE.read_text(encoding="utf-8")
        message = "$: the text starts with a byte-order mark; save it as UTF-8 without one"
        assert _problems("\ufeff" + text) == (message,)
        assert _problems(b"\xef\xbb\xbf" + text.encode("utf-8")) == (message,)

    def test_invalid_utf8_names_the_byte(self) -> None:
        assert _problems(b'{"format_version":1,"sources":"\xff"}') == (
            "$: not valid UTF-8 at byte 31",
        )

    def test_an_encoded_surrogate_is_invalid_utf8(self) -> None:
        assert _problems(b'{"a":"\xed\xa0\x80"}') == ("$: not valid UTF-8 at byte 6",)

    def test_a_lone_surrogate_escape_is_refused_where_it_is(self) -> None:
        text = '{"format_version":1,"sources":[{"id":"s","title":"a\\ud800"}]}'
        assert _problems(text) == (
            "$.sources[0].title: must not contain lone surrogates, got 'a\\ud800'",
        )

    def test_a_surrogate_pair_escape_is_one_character(self) -> None:
        text = '{"format_version":1,"sources":[{"id":"s","title":"\\ud83d\\ude00"}]}'
        assert mh.loads(text).sources[0].title == "\N{GRINNING FACE}"

    def test_utf16_is_not_utf8(self) -> None:
        assert _problems('{"format_version":1}'.encode("utf-16")) == (
            "$: not valid UTF-8 at byte 0",
        )


class TestControlCharacters:
    @pytest.mark.parametrize("char", ["\x00", "\x1b", "\x7f", "\x9b", "\t", "\n", "\r"])
    def test_refused_in_text_fields(self, char: str) -> None:
        text = json.dumps({"format_version": 1, "sources": [{"id": "s", "title": f"a{char}b"}]})
        (problem,) = _problems(text)
        assert (
            problem
            == f"$.sources[0].title: must not contain control characters, got {f'a{char}b'!r}"
        )

    @pytest.mark.parametrize("char", ["\t", "\n"])
    def test_quotes_keep_tabs_and_line_breaks(self, char: str) -> None:
        quote = f"564 students{char}selected"
        document = {
            "format_version": 1,
            "programmes": [{"id": "p", "kind": "policy", "title": "P",
                            "citations": [{"source": "s", "quote": quote}]}],
        }  # fmt: skip
        assert mh.loads(json.dumps(document)).programmes[0].citations[0].quote == quote

    @pytest.mark.parametrize("char", ["\r", "\x00", "\x0b", "\x85"])
    def test_quotes_refuse_other_controls(self, char: str) -> None:
        document = {
            "format_version": 1,
            "programmes": [{"id": "p", "kind": "policy", "title": "P",
                            "citations": [{"source": "s", "quote": f"a{char}b"}]}],
        }  # fmt: skip
        (problem,) = _problems(json.dumps(document))
        assert problem.startswith("$.programmes[0].citations[0].quote: must not contain control")

    def test_raw_control_characters_are_malformed_json(self) -> None:
        (problem,) = _problems('{"format_version":1,"sources":"a\x01b"}')
        assert problem.startswith(
            "$: malformed JSON at line 1 column 33: Invalid control character"
        )

    def test_a_very_long_text_loads_and_its_problems_stay_short(self) -> None:
        title = "x" * 1_000_000
        text = json.dumps({"format_version": 1, "sources": [{"id": "s", "title": title}]})
        assert mh.loads(text).sources[0].title == title
        long_id = json.dumps({"format_version": 1, "sources": [{"id": title, "title": "t"}]})
        (problem,) = _problems(long_id)
        assert problem.startswith("$.sources[0].id: must be 1 to 200 letters")
        (problem,) = _problems(_with_value(json.dumps(title)))
        assert len(problem) < 200


class TestNumbers:
    def test_integers_beyond_any_count_are_refused_with_their_path(self) -> None:
        assert _problems(_with_value("1000000000000001")) == (
            f"{VALUE}: must be at most 10**15, got 1000000000000001",
        )
        assert _problems(_with_value("1" + "0" * 40)) == (
            f"{VALUE}: must be at most 10**15, got a number of more than 30 digits",
        )
        assert _value(_with_value("1000000000000000")) == 10**15

    def test_integers_of_thousands_of_digits_are_refused_unread(self) -> None:
        for token in ("9" * 5000, "-" + "9" * 100_000):
            digits = len(token.lstrip("-"))
            assert _problems(_with_value(token)) == (
                f"{VALUE}: must be at most 10**15, got an integer of {digits} digits",
            )

    @pytest.mark.parametrize("token", ["1e999", "1E+999999999"])
    def test_huge_exponents_are_refused_unexpanded(self, token: str) -> None:
        assert _problems(_with_value(token)) == (
            f"{VALUE}: must be at most 10**15, got a number of more than 30 digits",
        )

    @pytest.mark.parametrize("token", ["1e99999999999999999999", "-1e-99999999999999999999"])
    def test_exponents_beyond_any_decimal_are_refused(self, token: str) -> None:
        assert _problems(_with_value(token)) == (
            f"{VALUE}: {token} is beyond the numbers this format accepts",
        )

    def test_tiny_decimals_that_json_would_round_to_zero_are_refused(self) -> None:
        assert _problems(_with_value("1e-999")) == (
            f"{VALUE}: must have at most 15 decimal places, got 1E-999",
        )
        assert _value(_with_value("0.000000000000001")) == Decimal("1E-15")

    @pytest.mark.parametrize("token", ["NaN", "Infinity", "-Infinity"])
    def test_nan_and_infinity_are_refused_where_they_are(self, token: str) -> None:
        assert _problems(_with_value(token)) == (
            f"{VALUE}: {token} is not a number this format accepts",
        )

    def test_minus_zero(self) -> None:
        assert _value(_with_value("-0")) == 0
        assert type(_value(_with_value("-0"))) is int
        assert _value(_with_value("-0.0")) == 0
        assert _problems(_with_value("-1")) == (f"{VALUE}: must be >= 0, got -1",)

    @pytest.mark.parametrize("token", ["3.0", "3.5", "3.00e0", "30e-1"])
    def test_a_fraction_is_never_a_count(self, token: str) -> None:
        assert _problems(_with_value(token, measure="participants")) == (
            f"{VALUE}: a count of participants must be a whole number, got {Decimal(token)}",
        )

    @pytest.mark.parametrize("token", ["2.40", "0.5", "25e-1"])
    def test_a_fraction_is_an_exact_decimal_elsewhere(self, token: str) -> None:
        value = _value(_with_value(token))
        assert value == Decimal(token)
        assert type(value) is Decimal

    @pytest.mark.parametrize(("token", "whole"), [("5e0", 5), ("1.0e1", 10), ("3e2", 300)])
    def test_a_whole_number_with_an_exponent_is_an_integer(self, token: str, whole: int) -> None:
        value = _value(_with_value(token, measure="participants"))
        assert value == whole
        assert type(value) is int

    def test_more_than_fifteen_significant_digits_are_refused(self) -> None:
        assert _problems(_with_value("0.1234567890123456789")) == (
            f"{VALUE}: must have at most 15 significant digits, got 0.1234567890123456789",
        )
        assert _value(_with_value("100000000000000.0")) == 10**14

    def test_numbers_where_text_belongs_are_shown_shortly(self) -> None:
        text = json.dumps({"format_version": 1, "sources": [{"id": "s", "title": 0}]})
        assert _problems(text.replace(": 0", ": " + "7" * 5000)) == (
            "$.sources[0].title: expected a string, got an integer of 5000 digits",
        )
        assert _problems(text.replace(": 0", ": NaN")) == (
            "$.sources[0].title: expected a string, got NaN",
        )


class TestNesting:
    @pytest.mark.parametrize("kind", ["array", "object"])
    def test_too_deep_to_read_is_a_load_error(self, kind: str) -> None:
        text = '{"format_version":1,"sources":' + _nested(100_000, kind) + "}"
        assert _problems(text) == ("$: the JSON is nested too deeply to read",)

    def test_deep_where_a_record_belongs_is_a_type_error_at_its_path(self) -> None:
        text = '{"format_version":1,"sources":[' + _nested(500, "array") + "]}"
        assert _problems(text) == ("$.sources[0]: expected an object, got array",)


class TestNoCodeRunsFromData:
    FORBIDDEN_MODULES = frozenset(
        {"pickle", "cPickle", "_pickle", "dill", "cloudpickle", "jsonpickle", "marshal",
         "shelve", "yaml", "ruamel", "copyreg"}
    )  # fmt: skip
    # _speedups compiles the functions that it, _fastload and _fastdump write from the
    # model classes' own field names, once per class, never from anything read; it is the
    # one place allowed to.
    COMPILES = frozenset({"_speedups.py"})

    def _calls_and_imports(self) -> list[tuple[str, str]]:
        found = []
        for path in sorted(SOURCE.rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            name = str(path.relative_to(SOURCE))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    found += [(name, f"import {alias.name}") for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    found.append((name, f"import {node.module}"))
                elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                    found.append((name, f"call {node.func.id}"))
                elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                    found.append((name, f"call .{node.func.attr}"))
        return found

    def test_no_deserialiser_that_runs_code_is_imported(self) -> None:
        imports = [
            (name, what)
            for name, what in self._calls_and_imports()
            if what.startswith("import ")
            and what.split()[1].split(".")[0] in self.FORBIDDEN_MODULES
        ]
        assert imports == []

    def test_nothing_is_evaluated_and_only_model_code_is_compiled(self) -> None:
        calls = self._calls_and_imports()
        assert any(what.startswith("import ") for _, what in calls)  # the scan sees imports
        evaluated = [
            (name, what)
            for name, what in calls
            if what in {"call eval", "call __import__"}
            or (what in {"call exec", "call compile"} and name not in self.COMPILES)
        ]
        assert evaluated == []

    @pytest.mark.parametrize(
        "payload",
        [
            {"py/object": "os.system", "py/reduce": ["echo"]},
            {"__class__": "Dataset", "__reduce__": "os.system"},
            "!!python/object/apply:os.system ['echo']",
            "__import__('os').system('echo')",
        ],
    )
    def test_tags_that_run_code_elsewhere_are_plain_data_here(self, payload: object) -> None:
        problems = _problems(json.dumps({"format_version": 1, "sources": payload}))
        assert len(problems) >= 1
        assert all(p.startswith("$.sources") for p in problems)
