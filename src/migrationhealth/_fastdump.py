"""The canonical text of a dataset, written by msgspec from generated mirrors of the model.

:func:`dumps_text` gives exactly the text that the plain form
(:func:`~migrationhealth.serialization.unstructure`) written by ``json.dumps`` with sorted
keys gives, which the tests check on Hypothesis datasets, but without building the plain
form's dicts: code generated from each attrs class's fields makes one
``msgspec.Struct`` per record, whose fields are the class's in sorted order, and msgspec
encodes them in compiled code. A field equal to its default is left out (``UNSET``), as
the plain form leaves it out; dates and periods are their ISO 8601 text, written once
per distinct object; decimals are the JSON number the standard library writes for their
float; enums and terms are their values.
"""

from __future__ import annotations

import enum
import threading
import typing
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs
import msgspec
import msgspec.structs

from ._speedups import (
    Namespace,
    decimal_number,
    is_number,
    optional_inner,
    read_one_by_one,
    record_tuples,
)
from .dataset import Dataset
from .dates import PartialDate, Period
from .enums import Term

__all__ = ["dumps_text"]

_UNSET = msgspec.UNSET


class _UnsupportedError(Exception):
    """A field type the writer cannot express: the plain form is written instead."""


# A record that holds more records than this directly is written with the rest of the
# document, not on its own: its mirrors are too many for the caches anyway, and its text,
# written apart, would be copied into the document's once more.
_ON_ITS_OWN = 1000


class _Writer:
    """The mirrors and writing functions of every attrs class reachable from Dataset."""

    def __init__(self, term_value: Callable[[Term], str], encode: Callable[[Any], bytes]) -> None:
        self.done: set[type] = set()
        self.sources: list[str] = []
        self.namespace = Namespace(
            {
                "_UNSET": _UNSET,
                "_Decimal": Decimal,
                "_decimal": decimal_number,
                "_term": term_value,
                "_texts": {},
                "_encode": encode,
                "_Raw": msgspec.Raw,
            }
        )
        self.name = self.namespace.bind
        # Written to text one at a time, each as soon as its mirrors are made.
        self.one_by_one = read_one_by_one(Dataset)

    def expression(self, tp: Any, value: str) -> str:
        """The expression of what msgspec encodes for ``value``, of annotation ``tp``."""
        if tp in (str, int, bool):
            return value
        if is_number(tp):
            return f"({value} if type({value}) is not _Decimal else _decimal({value}))"
        inner = optional_inner(tp)
        if inner is not None:
            converted = self.expression(inner, value)
            return value if converted == value else f"(None if {value} is None else {converted})"
        if typing.get_origin(tp) is tuple:
            element, *rest = typing.get_args(tp)
            if rest != [Ellipsis]:
                raise _UnsupportedError(tp)
            converted = self.expression(element, "e")
            if element in self.one_by_one:
                # Each on its own, unless it is large (see _ON_ITS_OWN).
                size = " + ".join(f"len(e.{name})" for name in record_tuples(element))
                return (
                    f"[_Raw(_encode({converted})) if {size} <= {_ON_ITS_OWN} else {converted}"
                    f" for e in {value}]"
                )
            return value if converted == "e" else f"[{converted} for e in {value}]"
        if isinstance(tp, type):
            if issubclass(tp, enum.Enum) and all(
                isinstance(member.value, (str, int)) for member in tp
            ):
                return value
            if issubclass(tp, Term):
                # A built-in term is its value; a declared one is noted for the vocabulary.
                return f"({value}.value if {value}.builtin else _term({value}))"
            if tp in (PartialDate, Period):
                # The text of each object once per dumps: loaded datasets share them.
                return f"(_texts.get(id({value})) or _remember({value}))"
            if attrs.has(tp):
                self.write(tp)
                return f"_write_{tp.__name__}({value})"
        raise _UnsupportedError(tp)

    def write(self, cls: type, extra: tuple[str, ...] = ()) -> None:
        """Generate ``_write_<cls>``, and the mirror it fills, once per class."""
        if cls in self.done:
            return
        self.done.add(cls)
        hints = typing.get_type_hints(cls)
        fields = attrs.fields(cls)
        names = sorted([field.name for field in fields] + list(extra))
        # A field whose default is None has that default in the mirror too, and msgspec
        # leaves it out when it is None (omit_defaults); any other default is UNSET,
        # always left out, and set only where the value differs from the default.
        none_default = {field.name for field in fields if field.default is None}
        mirror = msgspec.defstruct(
            f"_{cls.__name__}Written",
            [(name, Any, None if name in none_default else _UNSET) for name in names],
            gc=False,
            omit_defaults=True,
        )
        lines = [f"def _write_{cls.__name__}(o):"]
        arguments: dict[str, str] = {name: name for name in extra}
        for field in fields:
            if isinstance(field.default, attrs.Factory):  # type: ignore[arg-type]
                raise _UnsupportedError(field.name)
            local = f"v_{field.name}"
            converted = self.expression(hints[field.name], local)
            arguments[field.name] = local
            if field.default is None or field.default is attrs.NOTHING:
                if converted == local:
                    arguments[field.name] = f"o.{field.name}"  # as it is: read in the call
                else:
                    lines.append(f"    {local} = o.{field.name}")
                    lines.append(f"    {local} = {converted}")
                continue
            default = self.name("default", field.default)
            if isinstance(field.default, (enum.Enum, bool)):
                keep = f"{local} is not {default}"  # one object per value
            else:
                # Equal is not enough: Decimal("1.0") equals the default 1, but was
                # written with a fraction, and is kept as written.
                kind = self.name("kind", type(field.default))
                keep = f"{local} != {default} or type({local}) is not {kind}"
            lines.append(f"    {local} = o.{field.name}")
            lines.append(f"    {local} = ({converted}) if {keep} else _UNSET")
        # In the mirror's (sorted) order, by position: faster than by keyword.
        signature = "".join(f", {name}=_UNSET" for name in extra)
        lines[0] = f"def _write_{cls.__name__}(o{signature}):"
        call = ", ".join(arguments[name] for name in names)
        lines.append(f"    return {self.name('mirror', mirror)}({call})")
        self.sources.append("\n".join(lines))


class _Encoder:
    """The writing functions and encoder, made once, on first use."""

    def __init__(self, term_value: Callable[[Term], str]) -> None:
        # The mirrors' fields are in sorted order, and the vocabulary section is sorted
        # before it is written: msgspec writes keys in the order it finds them.
        self.encoder = msgspec.json.Encoder()
        writer = _Writer(term_value, self.encoder.encode)
        writer.write(Dataset, extra=("format_version", "vocabulary"))
        namespace = writer.namespace.names
        texts: dict[int, str] = namespace["_texts"]
        kept: list[object] = []

        def remember(value: PartialDate | Period) -> str:
            # The object is kept until the texts are cleared: no other takes its id.
            kept.append(value)
            text = texts[id(value)] = value.isoformat()
            return text

        namespace["_remember"] = remember
        writer.namespace.run(writer.sources, "<migrationhealth fast writer>")
        self.texts = texts
        self.kept = kept
        self.write_dataset: Callable[..., Any] = namespace["_write_Dataset"]


def _sorted(node: Any) -> Any:
    """``node`` with the keys of every object in it in sorted order."""
    if isinstance(node, dict):
        return {key: _sorted(node[key]) for key in sorted(node)}
    if isinstance(node, list):
        return [_sorted(value) for value in node]
    return node


# Made on first use; False if the model has a field the mirrors cannot express.
_ENCODER: _Encoder | typing.Literal[False] | None = None
_LOCK = threading.Lock()


def dumps_text(
    dataset: Dataset,
    *,
    format_version: int,
    vocabulary: Callable[[], dict[str, Any] | None],
    term_value: Callable[[Term], str],
    indent: int | None,
) -> str | None:
    """The canonical text of ``dataset``, newline included; ``None`` if only json can write it.

    ``vocabulary`` gives the file's vocabulary section once the records are written
    (``term_value`` notes each declared term as it is written); ``None`` for an indent
    other than ``None`` and 2, and for text msgspec cannot encode (a lone surrogate).
    """
    global _ENCODER  # noqa: PLW0603
    if indent not in (None, 2):
        return None
    with _LOCK:
        if _ENCODER is None:
            try:
                _ENCODER = _Encoder(term_value)
            except _UnsupportedError:  # a field the mirrors cannot express: write plainly
                _ENCODER = False
        if _ENCODER is False:
            return None
        encoder = _ENCODER
        try:
            document = encoder.write_dataset(dataset, format_version=format_version)
            section = vocabulary()
            if section is not None:
                document = msgspec.structs.replace(document, vocabulary=_sorted(section))
            # Written into a buffer that takes the newline in place: the text is copied
            # once, as it is decoded, not again to add one character.
            data = bytearray()
            encoder.encoder.encode_into(document, data)
        except (msgspec.EncodeError, UnicodeEncodeError, OverflowError):
            return None
        finally:
            encoder.texts.clear()
            encoder.kept.clear()
    if indent == 2:
        data = bytearray(msgspec.json.format(data, indent=2))
    data += b"\n"
    return data.decode("utf-8")
