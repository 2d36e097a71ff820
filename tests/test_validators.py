"""The shared validators: their fast paths accept and refuse exactly what the plain ones do."""

from __future__ import annotations

import re
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as hst

from migrationhealth import _validators as v
from migrationhealth.errors import InvalidValueError

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_IN_QUOTE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


@attrs.frozen
class _Thing:
    name: str


_FIELD = attrs.fields(_Thing).name


def _message(validator: v.Validator, value: object) -> str | None:
    """The validator's complaint about ``value``, or ``None`` if it accepts it."""
    try:
        validator(None, _FIELD, value)
    except InvalidValueError as error:
        return str(error)
    return None


# Every kind of character the checks care about, and some they do not.
_SPECIAL = 'aZ \t\n\r\x00\x1f\x7f\x85\x9f\xa0\u2028\u200b\ud800\udfffé😀"\\'
_CHARACTERS = hst.sampled_from(list(_SPECIAL)) | hst.characters()
_STRINGS = hst.lists(_CHARACTERS, max_size=8).map("".join)


class TestText:
    @given(_STRINGS)
    def test_refuses_exactly_empty_padded_and_control_text(self, value: str) -> None:
        expected = bool(value) and value == value.strip() and not _CONTROL.search(value)
        assert (_message(v.text, value) is None) == expected

    @pytest.mark.parametrize("value", ["a\x85b", "a\ud800b", "a\tb", "a\x7fb"])
    def test_a_control_character_or_surrogate_inside_is_named(self, value: str) -> None:
        message = _message(v.text, value)
        assert message is not None
        assert "control characters" in message or "lone surrogates" in message

    @pytest.mark.parametrize("value", ["a\xa0b", "line\u2028sep", "zero\u200bwidth"])
    def test_unprintable_but_allowed_characters_pass(self, value: str) -> None:
        assert _message(v.text, value) is None


class TestQuote:
    @given(_STRINGS)
    def test_refuses_exactly_blank_and_control_quotes(self, value: str) -> None:
        expected = bool(value.strip()) and not _CONTROL_IN_QUOTE.search(value)
        assert (_message(v.quote, value) is None) == expected

    def test_keeps_tabs_and_line_breaks(self) -> None:
        assert _message(v.quote, "564 students\n\tselected") is None


class _Base:
    pass


class _Sub(_Base):
    pass


_VALUES: Any = hst.sampled_from([None, 0, "x", (), _Base(), _Sub(), [_Base()]])


class TestOptionalInstance:
    @given(_VALUES)
    def test_says_what_instance_says_for_anything_but_none(self, value: object) -> None:
        expected = None if value is None else _message(v.instance(_Base), value)
        assert _message(v.optional(v.instance(_Base)), value) == expected

    def test_a_subclass_passes(self) -> None:
        assert _message(v.optional(v.instance(_Base)), _Sub()) is None


class TestTupleOfInstances:
    @given(hst.lists(_VALUES, max_size=4), hst.booleans())
    def test_says_what_the_element_check_says(self, values: list[object], nonempty: bool) -> None:
        value = tuple(values)
        if not value and nonempty:
            expected: str | None = "name: must have at least one element"
        else:
            expected = None
            for index, element in enumerate(value):
                problem = _message(v.instance(_Base), element)
                if problem is not None:
                    expected = problem.replace("name:", f"name[{index}]:", 1)
                    break
        assert _message(v.tuple_of(v.instance(_Base), nonempty=nonempty), value) == expected

    def test_a_list_is_not_a_tuple(self) -> None:
        message = _message(v.tuple_of(v.instance(_Base)), [_Base()])
        assert message is not None
        assert message.startswith("name: expected a tuple, got list")
