r"""A JSON Schema of the file format, generated from the model classes.

:func:`json_schema` walks the attrs classes of :class:`~migrationhealth.Dataset` field by
field and writes what the converter of :mod:`migrationhealth.serialization` reads:

- an attrs class is an object with exactly its fields (``additionalProperties: false``);
  fields without a default are ``required``;
- ``str``, ``int`` and ``bool`` are JSON strings, integers and booleans, never each
  other; ``int | Decimal`` is a JSON number;
- a tuple is an array; ``X | None`` is ``X`` or ``null``;
- an enum is one of its string values; a term of an open vocabulary (a measure, a role,
  a kind) is a built-in term or one the file's ``vocabulary`` section declares, which the
  schema checks for its form and the loader for its declaration;
- a partial date or a period is its ISO 8601 text (a pattern that checks the form and
  the ranges of months and days);
- the fields' validators add what a schema can say: the pattern of ids, non-empty texts
  without surrounding whitespace, alpha-2 country codes, non-empty arrays, bounds of
  numbers.

Rules that tie fields together (a count must be whole, a breakdown's total must exist,
29 February needs a leap year) are the loader's and validation's; a document the schema
accepts can still be refused by :func:`~migrationhealth.loads`, with a message saying
why, but a document the schema refuses is never loaded.

The schema ships with the package as ``migrationhealth/data/format.schema.json``
(:func:`shipped_schema`) and is published with the documentation. After a change to
the model, regenerate it (and the copy in ``docs/``) with::

    python -c "import migrationhealth.schema as s; s.main()" \
        src/migrationhealth/data/format.schema.json docs/format.schema.json

A test checks that both files are what :func:`json_schema` generates.
"""

from __future__ import annotations

import json
import sys
import types
import typing
from collections.abc import Callable, Iterator
from decimal import Decimal
from enum import Enum
from importlib import resources
from pathlib import Path
from typing import Any

import attrs

from . import _validators, quantity
from ._vocabulary_file import SECTIONS
from .dataset import Dataset
from .dates import PartialDate, Period
from .enums import Term
from .serialization import FORMAT_VERSION

__all__ = ["SCHEMA_FILE", "dumps_schema", "json_schema", "shipped_schema"]

SCHEMA_FILE = "format.schema.json"
"""The name of the schema file in the package's ``data`` folder."""

_DRAFT = "https://json-schema.org/draft/2020-12/schema"

_MONTH_DAY = (
    "((0[13578]|1[02])(-(0[1-9]|[12][0-9]|3[01]))?"
    "|(0[469]|11)(-(0[1-9]|[12][0-9]|30))?"
    "|02(-(0[1-9]|1[0-9]|2[0-9]))?)"
)
"""A month, and maybe a day no later than the month's last (29 February needs a leap year,
which the loader checks)."""
_DATE = f"(\\d{{4}}(-{_MONTH_DAY})?|--{_MONTH_DAY})"
_PARTIAL_DATE = f"^{_DATE}$"
_PERIOD = f"^({_DATE}(/({_DATE}|\\.\\.))?|\\.\\./{_DATE})$"
"""START/END, ``..`` for an open end; a single date stands for the period of that date."""

_TERM = "^[a-z][a-z0-9_]*$"
"""The form of a term of an open vocabulary: lower-case letters, digits and underscores."""

_TEXT = "^\\S(.*\\S)?$"
"""No surrounding whitespace; with no control character, ``.`` matches every character."""

# What a validator function adds to the schema of the value it checks.
_CONSTRAINTS: dict[Callable[..., Any], dict[str, Any]] = {
    _validators.identifier: {"pattern": f"^{_validators.ID_PATTERN.pattern}$"},
    _validators.text: {"minLength": 1, "pattern": _TEXT},
    _validators.quote: {"pattern": "\\S"},
    _validators.country: {"pattern": "^[A-Z]{2}$"},
    _validators.week_of_month: {"minimum": 1, "maximum": 5},
    quantity._number: {"minimum": 0, "maximum": quantity.MAX_VALUE},
    quantity._positive: {"exclusiveMinimum": 0, "maximum": quantity.MAX_VALUE},
}


def _closure(function: Callable[..., Any]) -> Iterator[tuple[str, Any]]:
    """The variables a validator closes over, and those of the validators it wraps."""
    code = getattr(function, "__code__", None)
    cells = getattr(function, "__closure__", None) or ()
    if code is None:
        return
    for name, cell in zip(code.co_freevars, cells, strict=True):
        value = cell.cell_contents
        yield name, value
        if callable(value) and not isinstance(value, type):
            yield from _closure(value)


def _validator_facts(field: attrs.Attribute[Any]) -> tuple[dict[str, Any], bool]:
    """The constraints a field's validator adds to its values, and whether it must be non-empty."""
    found: dict[str, Any] = {}
    nonempty = False
    validator = field.validator
    if validator is None:
        return found, nonempty
    functions: list[Any] = [validator]
    functions += [value for name, value in _closure(validator) if callable(value)]
    nonempty = any(name == "nonempty" and value is True for name, value in _closure(validator))
    for function in functions:
        if not isinstance(function, type) and function in _CONSTRAINTS:
            found.update(_CONSTRAINTS[function])
    return found, nonempty


def _is_union(tp: Any) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType)


class _Generator:
    def __init__(self) -> None:
        self.defs: dict[str, Any] = {}

    def type_schema(self, tp: Any, constraints: dict[str, Any]) -> dict[str, Any]:
        if _is_union(tp):
            args = typing.get_args(tp)
            if set(args) == {int, Decimal}:
                return {"type": "number", **constraints}
            if type(None) in args:
                inner = [arg for arg in args if arg is not type(None)]
                inner_tp = inner[0] if len(inner) == 1 else typing.Union[tuple(inner)]  # noqa: UP007
                return {"anyOf": [self.type_schema(inner_tp, constraints), {"type": "null"}]}
            return {"anyOf": [self.type_schema(arg, constraints) for arg in args]}
        origin = typing.get_origin(tp)
        if origin is tuple:
            args = typing.get_args(tp)
            if len(args) == 2 and args[1] is Ellipsis:
                return {"type": "array", "items": self.type_schema(args[0], constraints)}
            items = [self.type_schema(arg, constraints) for arg in args]
            return {"type": "array", "prefixItems": items, "items": False}
        if origin is typing.Literal:
            return {"enum": list(typing.get_args(tp))}
        if tp is str:
            return {"type": "string", **constraints}
        if tp is bool:
            return {"type": "boolean"}
        if tp is int:
            return {"type": "integer", **constraints}
        if tp is Decimal:
            return {"type": "number", **constraints}
        if tp is PartialDate:
            return {"type": "string", "pattern": _PARTIAL_DATE}
        if tp is Period:
            return {"type": "string", "pattern": _PERIOD}
        if isinstance(tp, type) and issubclass(tp, Term):
            return {"$ref": f"#/$defs/{tp.__name__}"}
        if isinstance(tp, type) and issubclass(tp, Enum):
            return {"enum": [member.value for member in tp]}
        if isinstance(tp, type) and attrs.has(tp):
            self.define(tp)
            return {"$ref": f"#/$defs/{tp.__name__}"}
        raise TypeError(f"no JSON Schema for the type {tp!r}")

    def properties(self, cls: type) -> tuple[dict[str, Any], list[str]]:
        hints = typing.get_type_hints(cls)
        properties: dict[str, Any] = {}
        required: list[str] = []
        for field in attrs.fields(cls):
            constraints, nonempty = _validator_facts(field)
            schema = self.type_schema(hints[field.name], constraints)
            if nonempty and schema.get("type") == "array":
                schema["minItems"] = 1
            properties[field.name] = schema
            if field.default is attrs.NOTHING:
                required.append(field.name)
        return properties, required

    def term(self, vocabulary: type[Term]) -> None:
        """Define an open vocabulary: the form of a term, the built-in terms as examples."""
        builtin = [term.value for term in vocabulary if term.builtin]
        self.defs[vocabulary.__name__] = {
            "type": "string",
            "description": (
                f"A {vocabulary.__name__}: a built-in term, or one the file declares in its "
                "vocabulary section (which the loader checks)."
            ),
            "pattern": _TERM,
            "examples": builtin,
        }

    def vocabulary(self) -> dict[str, Any]:
        """The file's ``vocabulary`` section: the terms it declares, with their definitions."""
        sections: dict[str, Any] = {}
        for key, vocabulary in SECTIONS.items():
            hints = typing.get_type_hints(vocabulary)
            fields = vocabulary._fields
            defaults = vocabulary._defaults
            definition: dict[str, Any] = {
                "type": "object",
                "properties": {name: self.type_schema(hints[name], {}) for name in fields},
                "additionalProperties": False,
            }
            required = [name for name in fields if name not in defaults]
            if required:
                definition["required"] = required
            sections[key] = {
                "type": "object",
                "description": f"{vocabulary.__name__} terms the file declares, by value.",
                "propertyNames": {"pattern": _TERM},
                "additionalProperties": definition,
            }
            self.term(vocabulary)
        return {
            "type": "object",
            "description": "The terms of open vocabularies that the file uses beyond the "
            "built-in ones, each with its definition.",
            "properties": sections,
            "additionalProperties": False,
        }

    def define(self, cls: type) -> None:
        name = cls.__name__
        if name in self.defs:
            return
        self.defs[name] = {}  # a class may refer to itself
        properties, required = self.properties(cls)
        definition: dict[str, Any] = {"type": "object", "description": _summary(cls)}
        definition["properties"] = properties
        if required:
            definition["required"] = required
        definition["additionalProperties"] = False
        self.defs[name] = definition


def _summary(cls: type) -> str:
    doc = cls.__doc__ or cls.__name__
    return " ".join(doc.strip().split("\n\n")[0].split())


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of a dataset file, generated from the model classes."""
    generator = _Generator()
    properties, required = generator.properties(Dataset)
    properties["vocabulary"] = generator.vocabulary()
    return {
        "$schema": _DRAFT,
        "title": "migrationhealth dataset",
        "description": (
            f"A dataset file of migrationhealth, format version {FORMAT_VERSION}: sources, "
            "organisations and programmes, every figure with its citation. Generated from "
            "the model classes by migrationhealth.schema."
        ),
        "type": "object",
        "properties": {"format_version": {"const": FORMAT_VERSION}, **properties},
        "required": ["format_version", *required],
        "additionalProperties": False,
        "$defs": dict(sorted(generator.defs.items())),
    }


def dumps_schema() -> str:
    """The text of the schema file: :func:`json_schema` indented by two spaces."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def shipped_schema() -> dict[str, Any]:
    """The schema file that ships with the package."""
    data = resources.files("migrationhealth").joinpath("data")
    text = data.joinpath(SCHEMA_FILE).read_text("utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema


def main(argv: list[str] | None = None) -> int:
    """Write the schema to the files named in ``argv``, or to standard output."""
    text = dumps_schema()
    paths = sys.argv[1:] if argv is None else argv
    if not paths:
        sys.stdout.write(text)
    for path in paths:
        Path(path).write_text(text, encoding="utf-8")
    return 0
