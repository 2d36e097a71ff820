"""Canonical JSON for datasets: one cattrs converter, configured here and nowhere else.

What the converter does to each type:

- attrs classes become JSON objects; unknown keys are refused, fields equal to their
  default are left out when writing and filled in when reading.
- ``str``, ``int`` and ``bool`` are checked, never converted: ``"3"`` is not a count,
  ``true`` is not a number, and ``3`` is not a string.
- Tuples are JSON arrays, and only arrays: ``"FR"`` where a list belongs is an error,
  not ``["F", "R"]``.
- Numbers: counts are JSON integers; decimals such as ``2.4`` are JSON numbers with a
  fraction, read back as :class:`decimal.Decimal` so no digit is lost to binary floats.
  NaN and Infinity are refused.
- Enums are their string values; partial dates and periods are their ISO 8601 strings
  (see :mod:`migrationhealth.dates`).

The document's top level is an object with ``format_version`` beside the dataset's
fields. Keys are sorted, so :func:`dumps` of equal datasets gives equal text.

Every problem found while loading is reported at once, each with its JSON path, in one
:class:`~migrationhealth.errors.LoadError`; nothing is ever loaded in part.
"""

from __future__ import annotations

import contextlib
import errno
import io
import json
import os
import re
import secrets
import stat
import threading
import types
import typing
from collections import Counter
from collections.abc import Callable, Iterator
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

import attrs
import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn
from cattrs.v import transform_error

from ._fastdump import dumps_text
from ._fastload import fast_loads
from ._speedups import (
    forget_texts,
    gc_paused,
    make_unstructure_fn,
)
from ._vocabulary_file import declare_vocabulary, vocabulary_section
from .dataset import Dataset
from .dates import PartialDate, Period
from .enums import Term
from .errors import MAX_PROBLEMS, InvalidValueError, LoadError, MigrationHealthError
from .migrations import MIGRATIONS

__all__ = [
    "FORMAT_VERSION",
    "converter",
    "dumps",
    "load",
    "loads",
    "save",
    "structure",
    "unstructure",
]

FORMAT_VERSION = 2
"""The version of the JSON format this library writes, and the newest it reads."""

T = TypeVar("T")


class _TypeMismatchError(MigrationHealthError, TypeError):
    """A JSON value of the wrong type; the message says what was expected and what came."""


_JSON_TYPES: dict[type, str] = {
    str: "string",
    int: "integer",
    float: "number",
    Decimal: "number",
    bool: "boolean",
    type(None): "null",
    dict: "object",
    list: "array",
    tuple: "array",
}


class _RefusedNumber:
    """A JSON number no field can hold (NaN, an integer of 5,000 digits), left in its place.

    The parser cannot know where it is; left in the document, the hook of the field it
    sits in refuses it, so that the problem is reported at its path.
    """

    __slots__ = ("description", "reason")

    def __init__(self, description: str, reason: str) -> None:
        self.description = description
        self.reason = reason

    def __repr__(self) -> str:
        return self.description


def _show(value: object) -> str:
    if value is None:
        return "null"
    if value is True or value is False:
        return f"boolean {'true' if value else 'false'}"
    if type(value) is _RefusedNumber:
        return value.description
    kind = _JSON_TYPES.get(type(value), type(value).__name__)
    if isinstance(value, (dict, list, tuple)):
        return kind
    text = repr(value) if not isinstance(value, Decimal) else str(value)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"{kind} {text}"


def _strict_str(value: object, _: type) -> str:
    if type(value) is not str:
        raise _TypeMismatchError(f"expected a string, got {_show(value)}")
    return value


def _strict_int(value: object, _: type) -> int:
    if type(value) is not int:
        if type(value) is _RefusedNumber:
            raise _TypeMismatchError(value.reason)
        raise _TypeMismatchError(f"expected an integer, got {_show(value)}")
    return value


def _strict_bool(value: object, _: type) -> bool:
    if type(value) is not bool:
        raise _TypeMismatchError(f"expected true or false, got {_show(value)}")
    return value


def _strict_number(value: object, _: type) -> int | Decimal:
    if type(value) is int or type(value) is Decimal:
        return value
    if type(value) is float:
        raise _TypeMismatchError(
            f"expected an int or a Decimal, got the float {value!r}, whose binary value is "
            "not the digits written; pass a Decimal (loads reads JSON decimals as Decimal)"
        )
    if type(value) is _RefusedNumber:
        raise _TypeMismatchError(value.reason)
    raise _TypeMismatchError(f"expected a number, got {_show(value)}")


def _is_number_union(tp: Any) -> bool:
    return isinstance(tp, (types.UnionType, typing._UnionGenericAlias)) and set(  # type: ignore[attr-defined]
        typing.get_args(tp)
    ) == {int, Decimal}


def _enum_hook(enum: type[Enum]) -> Callable[[object, type], Enum]:
    by_value = {member.value: member for member in enum}
    allowed = ", ".join(repr(v) for v in by_value)

    def structure_enum(value: object, _: type) -> Enum:
        member = by_value.get(value) if type(value) is str else None
        if member is None:
            raise _TypeMismatchError(f"expected one of {allowed}; got {_show(value)}")
        return member

    return structure_enum


def _term_hook(vocabulary: type[Term]) -> Callable[[object, type], Term]:
    # Looked up when each value is read, not when the hook is made: an open vocabulary
    # grows as terms are declared, in code or by a file's vocabulary section.
    terms = vocabulary._terms

    def structure_term(value: object, _: type) -> Term:
        found = terms.get(value) if type(value) is str else None
        if found is None:
            allowed = _listed(terms)
            raise _TypeMismatchError(
                f"expected a declared {vocabulary.__name__} ({allowed}); got {_show(value)}; "
                "declare new values in the file's vocabulary section"
            )
        return found  # type: ignore[no-any-return]

    return structure_term


# The declared values a problem lists before saying how many more there are: a process
# may declare hundreds of terms, and a problem stays one readable line.
_LISTED = 40


def _listed(values: typing.Iterable[str]) -> str:
    shown = list(values)
    if len(shown) <= _LISTED:
        return ", ".join(repr(v) for v in shown)
    head = ", ".join(repr(v) for v in shown[:_LISTED])
    return f"{head} and {len(shown) - _LISTED:,} more"


def _is_term(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, Term)


def _register_terms(conv: cattrs.Converter) -> None:
    conv.register_structure_hook_factory(_is_term, _term_hook)
    conv.register_unstructure_hook_factory(_is_term, lambda _: _unstructure_term)
    conv.register_structure_hook_factory(
        lambda t: _is_optional(t) and not _is_number_union(t), _optional_factory(conv)
    )


_USED_TERMS: set[Term] = set()
"""The declared (not built-in) terms written during one :func:`dumps`."""


def _unstructure_term(term: Term) -> str:
    if not term.builtin:
        _USED_TERMS.add(term)
    return term.value


# The same dates and periods recur thousands of times in a dataset. Each text is read once
# per call to structure() and the (immutable) result shared; structure() empties the caches.
_ISO_CACHES: dict[type, dict[str, Any]] = {PartialDate: {}, Period: {}}
_ISO_CACHE_LIMIT = 1 << 16


def _iso_hook(cls: type[PartialDate] | type[Period]) -> Callable[[object, type], Any]:
    cache = _ISO_CACHES[cls]

    def structure_iso(value: object, _: type) -> PartialDate | Period:
        if type(value) is not str:
            raise _TypeMismatchError(f"expected an ISO 8601 string, got {_show(value)}")
        found = cache.get(value)
        if found is None:
            found = cls.fromisoformat(value)
            if len(cache) >= _ISO_CACHE_LIMIT:  # only when the converter is used directly
                cache.clear()
            cache[value] = found
        return found

    return structure_iso


def _is_homogeneous_tuple(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def _name_field(error: InvalidValueError, cls: type) -> InvalidValueError:
    notes = getattr(error, "__notes__", [])
    if not any(isinstance(note, AttributeValidationNote) for note in notes):
        note = AttributeValidationNote(
            f"Validating {cls.__name__} @ {error.field}", error.field, object
        )
        setattr(error, "__notes__", [*notes, note])  # noqa: B010 - __notes__ is 3.11+
    return error


def _is_optional(tp: Any) -> bool:
    args = typing.get_args(tp)
    return (
        isinstance(tp, (types.UnionType, typing._UnionGenericAlias))  # type: ignore[attr-defined]
        and len(args) == 2
        and type(None) in args
    )


def _optional_factory(conv: cattrs.Converter) -> Callable[[Any], Callable[[object, type], Any]]:
    def optional_factory(tp: Any) -> Callable[[object, type], Any]:
        # What cattrs does for ``X | None``, without its dispatch on every value.
        inner = next(arg for arg in typing.get_args(tp) if arg is not type(None))
        handler = conv.get_structure_hook(inner)

        def structure_optional(value: object, _: type) -> Any:
            return None if value is None else handler(value, inner)

        return structure_optional

    return optional_factory


def _make_converter() -> cattrs.Converter:
    """The converter, which collects every problem with its path, for the :class:`LoadError`."""
    conv = cattrs.Converter(detailed_validation=True, forbid_extra_keys=True, omit_if_default=True)
    conv.register_structure_hook(str, _strict_str)
    conv.register_structure_hook(int, _strict_int)
    conv.register_structure_hook(bool, _strict_bool)
    conv.register_structure_hook_func(_is_number_union, _strict_number)
    conv.register_structure_hook(PartialDate, _iso_hook(PartialDate))
    conv.register_structure_hook(Period, _iso_hook(Period))
    conv.register_unstructure_hook(PartialDate, PartialDate.isoformat)
    conv.register_unstructure_hook(Period, Period.isoformat)
    conv.register_structure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, Enum), _enum_hook
    )
    conv.register_unstructure_hook_factory(
        lambda t: isinstance(t, type) and issubclass(t, Enum), lambda _: lambda e: e.value
    )

    _register_terms(conv)

    def tuple_factory(tp: Any) -> Callable[[object, type], tuple[Any, ...]]:
        element = typing.get_args(tp)[0]
        handler = conv.get_structure_hook(element)

        def structure_tuple(value: object, _: type) -> tuple[Any, ...]:
            if type(value) is not list and type(value) is not tuple:
                raise _TypeMismatchError(f"expected an array, got {_show(value)}")
            errors: list[Exception] = []
            result = []
            for index, item in enumerate(value):
                try:
                    result.append(handler(item, element))
                except Exception as error:
                    _collect(errors, error, index, tp, element)
            if errors:
                raise IterableValidationError(f"While structuring {tp}", errors, tp)
            if len(result) < len(value):
                raise _OmittedError  # every problem was past the limit: counted, not kept
            return tuple(result)

        return structure_tuple

    conv.register_structure_hook_factory(_is_homogeneous_tuple, tuple_factory)

    def attrs_structure_factory(cls: type[T]) -> Callable[[object, type], T]:
        base = make_dict_structure_fn(cls, conv)

        def structure_record(value: object, tp: type) -> T:
            if type(value) is not dict:
                raise _TypeMismatchError(f"expected an object, got {_show(value)}")
            try:
                return base(value, tp)
            except ClassValidationError as group:
                # cattrs wraps an exception from the class's own validators, which run
                # after its fields were structured, without saying which field failed.
                for error in group.exceptions:
                    if isinstance(error, InvalidValueError):
                        _name_field(error, cls)
                raise
            except InvalidValueError as error:
                raise ClassValidationError(
                    f"While structuring {cls.__name__}", [_name_field(error, cls)], cls
                ) from None

        return structure_record

    conv.register_structure_hook_factory(attrs.has, attrs_structure_factory)
    conv.register_unstructure_hook_factory(
        attrs.has, lambda cls: make_unstructure_fn(cls, conv, memoized=(PartialDate, Period))
    )
    return conv


converter = _make_converter()
"""The cattrs converter for every model class. Prefer :func:`structure` and
:func:`unstructure`, which turn failures into :class:`~migrationhealth.errors.LoadError`."""


class _OmittedError(Exception):
    """Stands for problems counted but not kept, past :data:`~errors.MAX_PROBLEMS`."""


class _Budget(threading.local):
    """How many problems one call of :func:`structure` has kept, and how many it left out.

    A document with a million bad figures has a million problems; keeping each (its
    exception, notes and traceback) would take gigabytes. Each problem is counted once,
    by the innermost array it sits in; past :data:`~errors.MAX_PROBLEMS` problems are
    counted and dropped.
    """

    def __init__(self) -> None:
        self.kept = 0
        self.omitted = 0

    def reset(self) -> None:
        self.kept = 0
        self.omitted = 0

    def keep(self, error: BaseException) -> bool:
        """Whether to keep ``error``; counts its problems either way."""
        fresh, counted = _count(error)
        if self.kept + fresh > MAX_PROBLEMS:
            self.kept -= counted
            self.omitted += fresh + counted
            return False
        self.kept += fresh
        error.__traceback__ = None  # its frames hold nothing a problem line needs
        return True


_COUNTED = "_migrationhealth_counted"


def _count(error: BaseException) -> tuple[int, int]:
    """(problems in ``error`` not yet counted, problems already counted); marks them counted."""
    fresh = counted = 0
    stack = [error]
    while stack:
        node = stack.pop()
        if isinstance(node, BaseValidationError):
            stack += node.exceptions
        elif isinstance(node, _OmittedError):
            continue
        elif getattr(node, _COUNTED, False):
            counted += 1
        else:
            with contextlib.suppress(AttributeError):
                setattr(node, _COUNTED, True)
            fresh += 1
    return fresh, counted


_BUDGET = _Budget()


def _collect(errors: list[Exception], error: Exception, index: int, tp: Any, element: Any) -> None:
    """Add the problem of an array's element to ``errors``, unless past the limit."""
    if _BUDGET.keep(error):
        note = IterableValidationNote(f"Structuring {tp} @ index {index}", index, element)
        setattr(error, "__notes__", [*getattr(error, "__notes__", []), note])  # noqa: B010
        errors.append(error)


def _describe(error: BaseException, _: type | None) -> str:
    if isinstance(error, _OmittedError):
        return _OMITTED
    if isinstance(error, InvalidValueError):
        return error.reason
    if isinstance(error, MigrationHealthError):
        return str(error)
    if isinstance(error, ForbiddenExtraKeysError):
        keys = sorted(error.extra_fields, key=repr)  # from Python, a key may be any type
        names = ", ".join(_key(k) for k in keys[:_SHOWN_KEYS])
        if len(keys) > _SHOWN_KEYS:
            names += f" and {len(keys) - _SHOWN_KEYS} more"
        return f"unknown field {names}" if len(keys) == 1 else f"unknown fields {names}"
    if isinstance(error, KeyError):
        return "required field missing"
    return f"{type(error).__name__}: {error}"


_OMITTED = "\x00omitted"


def _problems(error: BaseException, root: str = "$") -> list[str]:
    problems = []
    for line in transform_error(error, root, _describe):
        description, _, path = line.rpartition(" @ ")
        if description != _OMITTED:
            problems.append(f"{path}: {description}")
    return problems


def structure(data: object, cls: type[T]) -> T:
    """Build a model object of type ``cls`` from JSON-like data (dicts, lists, strings...).

    Raises :class:`~migrationhealth.errors.LoadError` listing every problem with its path.
    """
    try:
        with gc_paused():
            _BUDGET.reset()
            return converter.structure(data, cls)
    except (
        ClassValidationError,
        IterableValidationError,
        MigrationHealthError,
        ValueError,
        TypeError,
        KeyError,
        _OmittedError,
    ) as error:
        omitted = _BUDGET.omitted
        _BUDGET.reset()
        raise LoadError(_problems(error), omitted=omitted) from None
    finally:
        for cache in _ISO_CACHES.values():
            cache.clear()


def unstructure(obj: object) -> Any:
    """The plain form of any model object: dicts, lists, strings, ints, bools, Decimals.

    Decimals stay :class:`decimal.Decimal` so that ``structure(unstructure(x), type(x))``
    gives ``x`` back exactly; :func:`dumps` writes them as JSON numbers.
    """
    with gc_paused():
        try:
            return converter.unstructure(obj)
        finally:
            forget_texts()


class _DuplicateKeys(dict[str, Any]):
    """An object in which a key occurred twice; the loader reports it, with its path."""

    __slots__ = ("duplicates",)

    def __init__(self, pairs: list[tuple[str, Any]], duplicates: list[str]) -> None:
        super().__init__(pairs)
        self.duplicates = duplicates


_SHOWN_KEYS = 10
_PLAIN_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def _key(key: object) -> str:
    """A key from the document, quoted, on one line and at most about 60 characters."""
    text = repr(key)
    return text if len(text) <= 60 else text[:56] + "...'"


def _child(path: str, key: str) -> str:
    # A key that is not a plain name is written as a JSON string, which escapes line
    # breaks and the like: every problem stays on one line, and its path reads back.
    if _PLAIN_KEY.fullmatch(key):
        return f"{path}.{key}"
    text = json.dumps(key)
    if len(text) > 60:
        text = text[:56] + '..."'
    return f"{path}[{text}]"


def _find_duplicates(document: object, total: int) -> LoadError:
    """The error listing the duplicate keys of ``document``, ``total`` of them in all."""
    # Depth first with one iterator per open container: memory grows with the nesting,
    # not with the size of an object, and it stops at MAX_PROBLEMS problems.
    found: list[str] = []
    stack: list[tuple[Iterator[tuple[object, object]], str]] = []

    def enter(node: object, path: str) -> None:
        if isinstance(node, _DuplicateKeys):
            found.extend(f"{path}: duplicate key {_key(key)}" for key in node.duplicates)
        if isinstance(node, dict):
            stack.append((iter(node.items()), path))
        elif isinstance(node, list):
            stack.append((enumerate(node), path))

    enter(document, "$")
    while stack and len(found) < MAX_PROBLEMS:
        children, path = stack[-1]
        step = next(children, None)
        if step is None:
            stack.pop()
            continue
        key, value = step
        if isinstance(value, (dict, list)):
            enter(value, _child(path, key) if isinstance(key, str) else f"{path}[{key}]")
    shown = found[:MAX_PROBLEMS]
    return LoadError(shown, omitted=max(total - len(shown), 0))


def _refuse_constant(name: str) -> _RefusedNumber:
    return _RefusedNumber(name, f"{name} is not a number this format accepts")


def _refuse_long_integer(token: str) -> int | _RefusedNumber:
    digits = len(token.lstrip("-"))
    if digits <= _LONGEST_INTEGER:
        return int(token)
    shown = f"an integer of {digits} digits"
    return _RefusedNumber(shown, f"must be at most 10**15, got {shown}")


def _refuse_extreme_decimal(token: str) -> Decimal | _RefusedNumber:
    try:
        return Decimal(token)
    except ArithmeticError:
        shown = token if len(token) <= 40 else token[:37] + "..."
        return _RefusedNumber(
            f"the number {shown}", f"{shown} is beyond the numbers this format accepts"
        )


# Longer integer tokens are refused without being converted, which for thousands of
# digits Python does not even attempt (sys.get_int_max_str_digits).
_LONGEST_INTEGER = 40


def _parse(text: str | bytes) -> object:
    if isinstance(text, (bytes, bytearray, memoryview)):
        try:
            text = bytes(text).decode("utf-8")
        except UnicodeDecodeError as error:
            raise LoadError([f"$: not valid UTF-8 at byte {error.start}"]) from None
    if not isinstance(text, str):
        raise TypeError(f"expected str or bytes, got {type(text).__name__}")
    if text.startswith("\ufeff"):
        raise LoadError(["$: the text starts with a byte-order mark; save it as UTF-8 without one"])
    duplicates = 0  # duplicate keys found; those of the first MAX_PROBLEMS are marked

    def pairs_hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        nonlocal duplicates
        result = dict(pairs)
        if len(result) != len(pairs):
            counts = Counter(key for key, _ in pairs)
            repeated = [key for key, n in counts.items() if n > 1]
            del counts
            marked = duplicates < MAX_PROBLEMS
            duplicates += len(repeated)
            if marked:  # past the limit, duplicates are counted, not located
                return _DuplicateKeys(pairs, sorted(repeated)[:MAX_PROBLEMS])
        return result

    try:
        try:
            data = json.loads(
                text,
                object_pairs_hook=pairs_hook,
                parse_float=Decimal,
                parse_constant=_refuse_constant,
            )
        except (ValueError, ArithmeticError) as error:
            if isinstance(error, json.JSONDecodeError):
                raise
            # An integer too long to convert, or an exponent beyond Decimal's: read again,
            # slower, leaving each such number in its place for its field to refuse.
            duplicates = 0
            data = json.loads(
                text,
                object_pairs_hook=pairs_hook,
                parse_float=_refuse_extreme_decimal,
                parse_int=_refuse_long_integer,
                parse_constant=_refuse_constant,
            )
    except json.JSONDecodeError as error:
        raise LoadError(
            [f"$: malformed JSON at line {error.lineno} column {error.colno}: {error.msg}"]
        ) from None
    except RecursionError:
        raise LoadError(["$: the JSON is nested too deeply to read"]) from None
    except (ValueError, ArithmeticError) as error:
        raise LoadError([f"$: cannot read the JSON: {error}"]) from None
    if duplicates:
        raise _find_duplicates(data, duplicates)
    return data


def loads(text: str | bytes) -> Dataset:
    """Load a dataset from its JSON text (``str``, or UTF-8 ``bytes``).

    Raises :class:`~migrationhealth.errors.LoadError`, listing every problem with its
    path, for malformed JSON, invalid UTF-8, a byte-order mark, duplicate keys, unknown
    keys, wrong types, unknown enum values, out-of-range numbers, impossible dates and a
    missing or newer ``format_version``; whatever the input, no other exception escapes.
    A document of an older format version is first upgraded by the migrations of
    :mod:`migrationhealth.migrations`. ``docs/reliability.md`` lists every decision.
    """
    # The collector stays paused from parsing to the last record built (see _speedups).
    with gc_paused():
        # Valid documents of this version are read by msgspec into generated mirrors
        # (see _fastload); anything it cannot vouch for is read again, carefully.
        dataset = fast_loads(text, FORMAT_VERSION)
        if dataset is None:
            dataset = _load_carefully(text)
    return dataset


def _load_carefully(text: str | bytes) -> Dataset:
    """:func:`loads` by the standard library's parser and the detailed converter.

    Every document that :func:`loads` refuses is refused here, with every problem and
    its path; every document it accepts is accepted here, as an equal dataset.
    """
    with gc_paused():
        data = _parse(text)
        if type(data) is not dict:
            raise LoadError([f"$: expected an object with a format_version, got {_show(data)}"])
        body = dict(data)
        if "format_version" not in body:
            raise LoadError(["$.format_version: required field missing"])
        version = body.pop("format_version")
        if type(version) is not int or version < 1:
            raise LoadError(
                [f"$.format_version: expected a positive integer, got {_show(version)}"]
            )
        if version > FORMAT_VERSION:
            raise LoadError(
                [
                    f"$.format_version: the file is in format version {version}, newer than "
                    f"version {FORMAT_VERSION}, the newest this version of migrationhealth reads; "
                    "upgrade migrationhealth to load it"
                ]
            )
        if version < FORMAT_VERSION:
            body = MIGRATIONS.upgrade(body, version=version, target=FORMAT_VERSION)
        # Terms the file declares are known while its records are read; if they cannot
        # all be read, the terms declared for them are forgotten again.
        with declare_vocabulary(body.pop("vocabulary", None)):
            dataset = structure(body, Dataset)
        # Dropped while the collector is paused: resuming, it would look through them all.
        del data, body
    return dataset


def dumps(dataset: Dataset, *, indent: int | None = None) -> str:
    """The canonical JSON text of ``dataset``: sorted keys, UTF-8, defaults left out.

    With ``indent=None`` (the default) the text is compact; pass ``indent=2`` for a
    form that is easier to read and to diff. Either way it ends with a newline, and
    equal datasets give equal text.
    """
    if not isinstance(dataset, Dataset):
        raise TypeError(f"expected a Dataset, got {type(dataset).__name__}")
    with gc_paused():
        _USED_TERMS.clear()
        try:
            # msgspec writes the records' mirrors; the same text as json.dumps below.
            text = dumps_text(
                dataset,
                format_version=FORMAT_VERSION,
                vocabulary=lambda: vocabulary_section(_USED_TERMS) if _USED_TERMS else None,
                term_value=_unstructure_term,
                indent=indent,
            )
        finally:
            _USED_TERMS.clear()
        if text is None:
            text = _plain_text(dataset, indent) + "\n"
    return text


def _plain_text(dataset: Dataset, indent: int | None) -> str:
    """The canonical text by the plain form and the standard library's writer."""
    with gc_paused():
        _USED_TERMS.clear()
        document = unstructure(dataset)
        document["format_version"] = FORMAT_VERSION
        if _USED_TERMS:
            document["vocabulary"] = vocabulary_section(_USED_TERMS)
            _USED_TERMS.clear()
        separators = (",", ":") if indent is None else (",", ": ")
        text = json.dumps(
            document,
            sort_keys=True,
            ensure_ascii=False,
            indent=indent,
            separators=separators,
            allow_nan=False,
            default=_decimal_to_float,
        )
        # Dropped while the collector is paused: resuming, it would look through it all.
        del document
    return text


def _decimal_to_float(value: object) -> float:
    # A Decimal has at most 15 significant digits (see quantity.check_number), so the
    # shortest repr of its float is its own digits and reads back as an equal Decimal.
    if isinstance(value, Decimal):
        return float(value)
    raise TypeError(f"{type(value).__name__} is not part of the JSON format")


def load(
    source: str | os.PathLike[str] | typing.IO[bytes] | typing.IO[str],
    *,
    max_size: int | None = None,
) -> Dataset:
    """Load a dataset from a JSON file: a path, or a file open for reading.

    ``source`` is a path (``str`` or :class:`os.PathLike`), or an open file, binary or
    text, as :func:`json.load` and pandas accept: ``load(open("data.json", "rb"))``,
    ``load(io.StringIO(text))``; it is read from its current position to its end and
    not closed. With ``max_size``, at most that many bytes (characters, for a text file)
    are read, and a longer input is refused rather than read to its end: a bound for
    input that may not end (``/dev/zero``, a pipe).

    Raises :class:`~migrationhealth.errors.LoadError` naming the file, both for problems
    in its content and for a file that cannot be read (missing, a directory, no access).
    """
    if isinstance(source, (str, os.PathLike)):
        name: str | None = os.fspath(source)
        try:
            with open(source, "rb") as stream:
                raw: str | bytes = _read(stream, max_size)
        except FileNotFoundError:
            raise LoadError(["no such file"], filename=name) from None
        except IsADirectoryError:
            raise LoadError(["is a directory, not a file"], filename=name) from None
        except OSError as error:
            raise LoadError([f"cannot be read: {_reason(error)}"], filename=name) from None
    elif callable(getattr(source, "read", None)):
        given = getattr(source, "name", None)
        name = given if isinstance(given, str) else None
        try:
            raw = _read(source, max_size)
        except OSError as error:
            raise LoadError([f"cannot be read: {_reason(error)}"], filename=name) from None
        if not isinstance(raw, (str, bytes)):
            raise TypeError(f"expected a file that reads str or bytes, got {type(raw).__name__}")
    else:
        raise TypeError(f"expected a path or a file open for reading, got {type(source).__name__}")
    if max_size is not None and len(raw) > max_size:
        unit = "characters" if isinstance(raw, str) else "bytes"
        raise LoadError([f"larger than {max_size:,} {unit}, the most this reads"], filename=name)
    try:
        return loads(raw)
    except LoadError as error:
        raise LoadError(error.problems, filename=name, omitted=error.omitted) from None


def _read(stream: typing.IO[Any], max_size: int | None) -> Any:
    # One byte more than the bound tells a file of exactly max_size from a longer one.
    return stream.read() if max_size is None else stream.read(max_size + 1)


def _reason(error: OSError) -> str:
    return (error.strerror or str(error)).lower()


def save(
    dataset: Dataset,
    target: str | os.PathLike[str] | typing.IO[bytes] | typing.IO[str],
    *,
    indent: int | None = 2,
) -> None:
    """Write ``dataset`` to ``target`` as canonical JSON: atomically when it is a path.

    For a path, the text is made first; then it is written to a new temporary file in
    the same directory (``.NAME.<random>.tmp``, with ``NAME`` cut to 32 characters so that
    the temporary name is never longer than the system allows), flushed and synced to
    disk, and moved over ``path`` in one step, after which the directory is synced too. If
    anything fails on the way (the dataset cannot be written as JSON, the disk is full,
    the process is interrupted), the file that was at ``path`` is left exactly as it was
    and the temporary file is removed; only a crash of the whole process or machine can
    leave the temporary file behind, never a half-written ``path``.

    Only a regular file (or a symbolic link to one) is replaced: a directory, a FIFO, a
    device or a socket at ``path`` raises :class:`OSError` and is left alone. A file
    replaced keeps its permission bits, except set-user-id and set-group-id, which are
    never set, and keeps its owner and group where the process may set them; a new file
    gets the usual bits for the process's umask. When ``path`` is a symbolic link, the
    file it points to is replaced and the link kept. Failures raise :class:`OSError` as
    the system reports them.

    ``target`` may also be a file open for writing, binary or text (as for
    :func:`json.dump`): the text is written to it at its position, and it is neither
    flushed nor closed. That cannot be atomic: if the write fails part way, what was
    written stays written.
    """
    text = dumps(dataset, indent=indent)
    if not isinstance(target, (str, os.PathLike)):
        _write_stream(target, text)
        return
    data = text.encode("utf-8")
    del text
    target_path = Path(os.path.realpath(os.fspath(target)))
    existing = _existing(target_path)
    temporary, handle = _create_temporary(target_path)
    try:
        try:
            _copy_owner_and_mode(existing, handle)
            _write_all(handle, data)
            os.fsync(handle)
        finally:
            os.close(handle)
        os.replace(temporary, target_path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _sync_directory(target_path.parent)


def _write_stream(stream: typing.IO[Any], text: str) -> None:
    if not callable(getattr(stream, "write", None)):
        raise TypeError(f"expected a path or a file open for writing, got {type(stream).__name__}")
    if isinstance(stream, io.TextIOBase):
        stream.write(text)
    elif isinstance(stream, (io.RawIOBase, io.BufferedIOBase)) or "b" in str(
        getattr(stream, "mode", "")
    ):
        _write_bytes(stream, text.encode("utf-8"))
    else:
        try:
            stream.write(text)
        except TypeError:
            _write_bytes(stream, text.encode("utf-8"))


def _write_bytes(stream: typing.IO[Any], data: bytes) -> None:
    # A raw (unbuffered) file may take fewer bytes than it is given.
    view = memoryview(data)
    while view:
        written = stream.write(view)
        if written is None or written >= len(view):
            return
        if written <= 0:
            raise OSError(errno.EIO, "the file accepted no more bytes")
        view = view[written:]


_KINDS = {
    stat.S_IFDIR: "a directory",
    stat.S_IFIFO: "a FIFO",
    stat.S_IFCHR: "a character device",
    stat.S_IFBLK: "a block device",
    stat.S_IFSOCK: "a socket",
}


def _existing(target: Path) -> os.stat_result | None:
    """The status of the file ``save`` is about to replace; refuses what is not a file."""
    try:
        status = os.stat(target)
    except FileNotFoundError:
        return None
    if not stat.S_ISREG(status.st_mode):
        kind = _KINDS.get(stat.S_IFMT(status.st_mode), "not a regular file")
        raise OSError(
            errno.EISDIR if stat.S_ISDIR(status.st_mode) else errno.EINVAL,
            f"is {kind}, not a regular file; save replaces only regular files",
            str(target),
        )
    return status


def _create_temporary(target: Path) -> tuple[Path, int]:
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_BINARY", 0)
    # At most 32 characters of the name: a name near the system's limit of 255 bytes
    # would otherwise give a temporary name beyond it.
    stem = target.name[:_TEMPORARY_STEM]
    while True:
        temporary = target.with_name(f".{stem}.{secrets.token_hex(6)}.tmp")
        try:
            # 0o666 less the umask, as for any new file, where mkstemp would give 0o600.
            return temporary, os.open(temporary, flags, 0o666)
        except FileExistsError:  # pragma: no cover - 48 random bits met another file
            continue


_TEMPORARY_STEM = 32


def _copy_owner_and_mode(existing: os.stat_result | None, handle: int) -> None:
    if existing is None:
        return
    if hasattr(os, "fchown"):
        created = os.fstat(handle)
        if (created.st_uid, created.st_gid) != (existing.st_uid, existing.st_gid):
            try:
                os.fchown(handle, existing.st_uid, existing.st_gid)
            except OSError:
                # Not the owner's to give (only root may): keep at least the group, if
                # the process is in it.
                with contextlib.suppress(OSError):
                    os.fchown(handle, -1, existing.st_gid)
    if hasattr(os, "fchmod"):
        # Set-user-id and set-group-id are never carried over: a data file has no use for
        # them, and a copy made by another user must not gain them.
        mode = stat.S_IMODE(existing.st_mode) & ~(stat.S_ISUID | stat.S_ISGID)
        os.fchmod(handle, mode)


def _write_all(handle: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        written = os.write(handle, view)
        if written <= 0:  # pragma: no cover - a regular file makes progress or raises
            raise OSError(errno.EIO, "the file accepted no more bytes")
        view = view[written:]


def _sync_directory(directory: Path) -> None:
    # The rename itself is durable only once the directory is; not every system can
    # open a directory for that (Windows cannot), and the data is safe either way.
    try:
        handle = os.open(directory, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)
