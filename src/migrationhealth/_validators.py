"""attrs validators shared by the model classes.

Each raises :class:`~migrationhealth.errors.InvalidValueError`, which names the field,
what it expected and what it got; the loader turns that into a path into the document.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import Enum
from typing import Any

import attrs

from ._escape import echo
from .countries import is_alpha2
from .errors import InvalidValueError

Validator = Callable[[Any, "attrs.Attribute[Any]", Any], None]

# What each validator checks beyond its value's type, as a Python expression over the
# value ``{v}`` with the names it uses; the fast loader (``_fastload``) writes these in
# line, once its decoder has checked the types. A validator missing here is called.
CHECKS: dict[Validator, tuple[str, dict[str, Any]]] = {}
# The validators made by optional(), tuple_of(), instance() and member(): what they are
# made of, so that the fast loader can leave out what its decoder has already checked.
MADE_OF: dict[Validator, tuple[Any, ...]] = {}
# Converters that give back a value of this exact type unchanged: the fast loader calls
# them only for values of other types.
KEEPS: dict[Callable[[Any], Any], type] = {}

ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,199}")
# Half of a UTF-16 pair ("\ud800") is not a character: UTF-8 cannot write it, so a text
# holding one could be loaded but never saved. One scan finds both kinds of refusal.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
_CONTROL_IN_QUOTE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _what(found: re.Match[str]) -> str:
    return "lone surrogates" if found[0] >= "\ud800" else "control characters"


def _fail(attribute: attrs.Attribute[Any], message: str, value: object) -> None:
    raise InvalidValueError(attribute.name, message, value)


def _type_name(value: object) -> str:
    return type(value).__name__


def text(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A non-empty string that does not start or end with whitespace."""
    if type(value) is not str:
        _fail(attribute, f"expected a string, got {_type_name(value)} {echo(value)}", value)
    elif not value:
        _fail(attribute, "must not be empty", value)
    elif value != value.strip():
        _fail(attribute, f"must not start or end with whitespace, got {echo(value)}", value)
    # A printable string has no control character and no surrogate: most texts are
    # cleared by that one fast scan, without the regular expression.
    elif not value.isprintable() and (found := _CONTROL.search(value)):
        _fail(attribute, f"must not contain {_what(found)}, got {echo(value)}", value)


def quote(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A non-empty string, kept exactly as written; tabs and line breaks are allowed."""
    if type(value) is not str:
        _fail(attribute, f"expected a string, got {_type_name(value)} {echo(value)}", value)
    elif not value.strip():
        _fail(attribute, "must not be empty", value)
    elif not value.isprintable() and (found := _CONTROL_IN_QUOTE.search(value)):
        _fail(attribute, f"must not contain {_what(found)}, got {echo(value)}", value)


def identifier(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An id: 1 to 200 letters, digits, '.', '_', ':' or '-', starting with a letter or digit."""
    if type(value) is not str:
        _fail(attribute, f"expected an id string, got {_type_name(value)} {echo(value)}", value)
    elif ID_PATTERN.fullmatch(value) is None:
        _fail(
            attribute,
            "must be 1 to 200 letters, digits, '.', '_', ':' or '-', starting with a letter "
            f"or digit, got {echo(value)}",
            value,
        )


def country(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """An ISO 3166-1 alpha-2 code, upper case, of a country pycountry knows."""
    if type(value) is not str or not is_alpha2(value):
        _fail(
            attribute,
            f"expected an ISO 3166-1 alpha-2 country code such as 'MX', got {echo(value)}",
            value,
        )


_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")


def language(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A language tag such as ``en``, ``es`` or ``pt-BR`` (BCP 47, primary subtag lower-case)."""
    if type(value) is not str or not _LANGUAGE.fullmatch(value):
        shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
        _fail(
            attribute, f"expected a language tag such as 'en', 'es' or 'pt-BR', got {shown}", value
        )


def week_of_month(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A week of a month as reports count them: 1 ("the first week") to 5."""
    if type(value) is not int or not 1 <= value <= 5:
        _fail(attribute, f"expected a week of the month, 1 to 5, got {echo(value)}", value)


def flag(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    """A bool, and nothing that merely looks like one."""
    if type(value) is not bool:
        _fail(attribute, f"expected true or false, got {echo(value)}", value)


CHECKS.update(
    {
        text: (
            # strip() gives back the string itself when it has no white space to take
            # off either end: one call, where testing each end takes four.
            "({v} and {v}.strip() is {v} and ({v}.isprintable() or not _control({v})))",
            {"_control": _CONTROL.search},
        ),
        quote: (
            "({v} and not {v}.isspace() and ({v}.isprintable() or not _control_in_quote({v})))",
            {"_control_in_quote": _CONTROL_IN_QUOTE.search},
        ),
        identifier: ("_id_match({v})", {"_id_match": ID_PATTERN.fullmatch}),
        country: ("_is_alpha2({v})", {"_is_alpha2": is_alpha2}),
        language: ("_language_match({v})", {"_language_match": _LANGUAGE.fullmatch}),
        week_of_month: ("1 <= {v} <= 5", {}),
        flag: ("True", {}),
    }
)


# The validators made by instance() and member(), with the classes they accept, so that
# optional() and tuple_of() can make the check in line: millions of figures are validated
# on loading, and a call per value is much of the time.
_INSTANCE_OF: dict[Validator, type | tuple[type, ...]] = {}


def instance(cls: type | tuple[type, ...]) -> Validator:
    """The value is an instance of ``cls``."""
    names = " or ".join(c.__name__ for c in cls) if isinstance(cls, tuple) else cls.__name__

    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, cls):
            _fail(attribute, f"expected {names}, got {_type_name(value)} {echo(value)}", value)

    _INSTANCE_OF[check] = cls
    MADE_OF[check] = ("instance", cls)
    return check


def member(enum: type[Enum] | type[Any]) -> Validator:
    """The value is a member of ``enum``, or a term of an open vocabulary (not its string)."""

    def check(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if not isinstance(value, enum):
            allowed = ", ".join(repr(m.value) for m in enum)
            _fail(attribute, f"expected a {enum.__name__} ({allowed}), got {echo(value)}", value)

    _INSTANCE_OF[check] = enum
    MADE_OF[check] = ("instance", enum)
    return check


def optional(validator: Validator) -> Validator:
    """``None``, or a value that passes ``validator``."""
    cls = _INSTANCE_OF.get(validator)

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None:
            validator(inst, attribute, value)

    if cls is None:
        MADE_OF[check] = ("optional", validator)
        return check

    def check_instance(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if value is not None and not isinstance(value, cls):
            validator(inst, attribute, value)  # raises, saying what was expected

    MADE_OF[check_instance] = ("optional", validator)
    return check_instance


def tuple_of(validator: Validator, *, nonempty: bool = False) -> Validator:
    """A tuple whose every element passes ``validator``; element errors name the index."""

    def check(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is not tuple:
            _fail(attribute, f"expected a tuple, got {_type_name(value)} {echo(value)}", value)
            return
        if nonempty and not value:
            _fail(attribute, "must have at least one element", value)
        for index, element in enumerate(value):
            try:
                validator(inst, attribute, element)
            except InvalidValueError as error:
                raise InvalidValueError(
                    f"{attribute.name}[{index}]", error.reason, element
                ) from None

    cls = _INSTANCE_OF.get(validator)
    if cls is None:
        MADE_OF[check] = ("tuple", validator, nonempty)
        return check

    def check_instances(inst: object, attribute: attrs.Attribute[Any], value: object) -> None:
        if type(value) is tuple and (value or not nonempty):
            for element in value:
                if not isinstance(element, cls):
                    break
            else:
                return
        check(inst, attribute, value)  # raises, naming the element that is wrong

    MADE_OF[check_instances] = ("tuple", validator, nonempty)
    return check_instances
