"""The fast way in for canonical documents: msgspec reads the text, generated code builds.

:func:`fast_loads` is tried first by :func:`migrationhealth.loads`. It gives a
:class:`~migrationhealth.dataset.Dataset` only when it can prove that the careful reader
(the standard library's parser with exact decimals and duplicate keys noticed, then the
cattrs converter) would give an equal one; otherwise it gives ``None`` and the careful
reader runs, finding and reporting every problem with its path. So valid documents,
above all those :func:`~migrationhealth.dumps` writes, load fast, and bad ones are
reported exactly as before.

How it proves it:

- **Types, in compiled code.** Every attrs class of the model has a mirror, a
  ``msgspec.Struct`` generated from its fields (``forbid_unknown_fields``, every
  optional field defaulting to ``UNSET``), and msgspec decodes the text into the
  mirrors in strict mode: a string is never a number, ``true`` never an integer, an
  unknown key is an error. Dates, periods and terms of the vocabularies are read as
  strings and converted as the converter converts them; numbers (``int | Decimal``) are
  decoded as whatever the JSON holds, a number with a fraction or an exponent as an
  exact ``Decimal`` of its digits (the decoder's float hook), and their type is checked
  here, so that ``"24"`` is never the number 24 and ``2.40`` keeps its digits.
- **Values, in generated code.** One function per class builds the record without
  calling ``__init__``: it sets each field, on a mutable twin of the class that then
  becomes the class (see :meth:`_Builder.twin`), applies the field's converter, makes the
  checks of the field's validators that the decoder has not already made (each
  validator of :mod:`migrationhealth._validators` says what it checks, in
  ``CHECKS`` and ``MADE_OF``; any other validator is called as ``__init__`` calls it),
  and calls ``__attrs_post_init__``.
- **Every key once.** msgspec keeps the last of duplicate keys. The builders count
  the fields present in the text (a field absent is ``UNSET``), and the text's keys
  are counted as the quotes followed by a colon once white space is taken out: outside
  a string that happens only at the end of a key, and inside one a quote is escaped,
  so the count of the text is never below the true number of keys. Equal counts mean
  no key is written twice.

Any failure, of any kind, gives ``None``: the fast way never refuses a document, it only
accepts those it can vouch for.
"""

from __future__ import annotations

import enum
import threading
import types
import typing
from decimal import Decimal
from typing import Any

import attrs
import msgspec

from . import _validators
from ._speedups import Namespace, is_number, optional_inner, read_one_by_one
from .dataset import Dataset
from .dates import PartialDate, Period
from .enums import Term

__all__ = ["fast_loads"]

_UNSET = msgspec.UNSET


class _RefusedError(Exception):
    """The fast way cannot vouch for the document: the careful reader decides."""


class _UnsupportedError(Exception):
    """A field type the mirrors cannot express; loading then always takes the careful way."""


class _Builder:
    """The mirrors and builders of every attrs class reachable from :class:`Dataset`."""

    def __init__(self) -> None:
        self.mirrors: dict[type, type] = {}
        self.builders: dict[type, Any] = {}
        self.namespace = Namespace(
            {
                "_new": object.__new__,
                "_UNSET": _UNSET,
                "_RefusedError": _RefusedError,
                "_decimal": _decimal,
                "_known": _known,
                "_date": _iso(PartialDate),
                "_period": _iso(Period),
                # Each distinct text is read once per load; the result is shared.
                "_dates_read": _ISO_CACHES[PartialDate].get,
                "_periods_read": _ISO_CACHES[Period].get,
                "_count": [0],
                "_references_get": _REFERENCES.get,
                "_reference": _reference,
            }
        )
        self.name = self.namespace.bind
        self.sources: list[str] = []
        # Decoded from their own part of the text, one at a time (see read_one_by_one).
        self.one_by_one = read_one_by_one(Dataset)

    # What msgspec decodes for an annotation, and the expression that converts it.
    def mirror(self, tp: Any) -> Any:
        if tp in (str, int, bool):
            return tp
        if is_number(tp):
            return Any  # an int or, by the decoder's float hook, a Decimal; checked here
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(tp) if a is not type(None)]
            if len(args) != 1 or len(args) == len(typing.get_args(tp)):
                raise _UnsupportedError(tp)
            return typing.Optional[self.mirror(args[0])]  # noqa: UP045
        if origin is tuple:
            element, *rest = typing.get_args(tp)
            if rest != [Ellipsis]:
                raise _UnsupportedError(tp)
            if element in self.one_by_one:
                self.decoder(element)
                return tuple[msgspec.Raw, ...]
            return tuple[self.mirror(element), ...]  # type: ignore[misc]
        if isinstance(tp, type):
            if issubclass(tp, enum.Enum):
                return tp
            if issubclass(tp, Term) or tp in (PartialDate, Period):
                return str
            if attrs.has(tp):
                return self.struct(tp)
        raise _UnsupportedError(tp)

    def convert(self, tp: Any, value: str) -> str:
        """The expression converting the decoded ``value`` of annotation ``tp``."""
        if tp in (str, int, bool):
            return value
        if is_number(tp):
            if type(None) in typing.get_args(tp):
                return (
                    f"({value} if type({value}) is int or {value} is None else _decimal({value}))"
                )
            return f"({value} if type({value}) is int else _decimal({value}))"
        origin = typing.get_origin(tp)
        if origin in (typing.Union, types.UnionType):
            (inner,) = (a for a in typing.get_args(tp) if a is not type(None))
            converted = self.convert(inner, value)
            if converted == value:
                return value
            return f"(None if {value} is None else {converted})"
        if origin is tuple:
            element = typing.get_args(tp)[0]
            if element in self.one_by_one:
                read = f"_decode_{element.__name__}(_e)"
                return f"tuple([{self.convert(element, read)} for _e in {value}])"
            converted = self.convert(element, "_e")
            if converted == "_e":
                return value
            return f"tuple([{converted} for _e in {value}])"
        assert isinstance(tp, type)
        if issubclass(tp, enum.Enum):
            return value
        if tp is PartialDate:
            return f"(_dates_read({value}) or _date({value}))"
        if tp is Period:
            return f"(_periods_read({value}) or _period({value}))"
        if issubclass(tp, Term):
            # The vocabulary's own dict, which declaring a term adds to in place.
            return f"_known({self.name('term', tp._terms.get)}({value}))"
        self.struct(tp)
        return f"_build_{tp.__name__}({value})"

    def decoder(self, cls: type) -> None:
        """Bind ``_decode_<cls>``: the text of one record of ``cls`` into its mirror."""
        name = f"_decode_{cls.__name__}"
        if name not in self.namespace.names:
            decoder: msgspec.json.Decoder[Any] = msgspec.json.Decoder(
                self.struct(cls), strict=True, float_hook=Decimal
            )
            self.namespace.names[name] = decoder.decode

    def struct(self, cls: type) -> type:
        found = self.mirrors.get(cls)
        if found is not None:
            return found
        hints = typing.get_type_hints(cls)
        fields: list[tuple[str, Any] | tuple[str, Any, Any]] = []
        placeholder = msgspec.defstruct(f"_{cls.__name__}Pending", [])
        self.mirrors[cls] = placeholder  # a class reachable from itself
        for field in attrs.fields(cls):
            if not field.init:
                continue
            mirror = self.mirror(hints[field.name])
            if field.default is attrs.NOTHING:
                fields.append((field.name, mirror))
            else:
                # (Any, for a number, takes UNSET as it is.)
                fields.append(
                    (field.name, mirror if mirror is Any else mirror | msgspec.UnsetType, _UNSET)
                )
        if cls is Dataset:
            fields.append(("format_version", int))
            fields.append(("vocabulary", msgspec.Raw | msgspec.UnsetType, _UNSET))
        mirror_struct = msgspec.defstruct(
            f"_{cls.__name__}Mirror",
            fields,
            kw_only=True,
            forbid_unknown_fields=True,
            gc=False,
        )
        self.mirrors[cls] = mirror_struct
        self.sources.append(self.builder(cls, hints))
        return mirror_struct

    def builder(self, cls: type, hints: dict[str, Any]) -> str:  # noqa: PLR0915
        """The source of ``_build_<cls>``: the record built from its mirror.

        A field absent from the text takes its default, converted and checked once, here;
        a field present is converted and checked where it is read. Validators that say
        nothing of what they check run last, on the built record, as ``__init__`` runs them.
        """
        name = cls.__name__
        fields = [field for field in attrs.fields(cls) if field.init]
        required = sum(field.default is attrs.NOTHING for field in fields)
        twin = self.twin(cls)
        lines = [f"def _build_{name}(s):", f"    o = _new({self.name('cls', twin or cls)})"]
        lines.append(f"    n = {required}")  # the fields present in the text
        calls: list[str] = []
        for field in attrs.fields(cls):
            local = f"f_{field.name}"
            tp = hints[field.name]
            setter = self.setter(cls, field.name, twin)
            checks, call = self.check(field, tp, local)
            if call:
                calls.extend(checks)
                checks = []
            converter = self.converter(field, local)
            if field.init and field.default is attrs.NOTHING:
                converted = self.convert(tp, "s." + field.name)
                if converted.startswith("_known(") and converted.endswith(")"):
                    # In line: the term, or a refusal when the vocabulary has no such value.
                    lines.append(f"    {local} = {converted[len('_known(') : -1]}")
                    lines.append(f"    if {local} is None:")
                    lines.append("        raise _RefusedError")
                else:
                    lines.append(f"    {local} = {converted}")
                if converter:
                    lines.append(f"    {local} = {converter}")
                lines.extend(f"    {line}" for line in checks)
                lines.append(f"    {setter.format(local)}")
                continue
            default, fixed = self.default(field)
            if not field.init:
                lines.append(f"    {local} = {default}")
                if converter and not fixed:
                    lines.append(f"    {local} = {converter}")
                lines.extend(f"    {line}" for line in checks)
                lines.append(f"    {setter.format(local)}")
                continue
            lines.append(f"    {local} = s.{field.name}")
            lines.append(f"    if {local} is _UNSET:")
            lines.append(f"        {local} = {default}")
            if converter and not fixed:
                lines.append(f"        {local} = {converter}")
            if not fixed:  # a default made anew each time is checked each time
                lines.extend(f"        {line}" for line in checks)
            converted = self.convert(tp, local)
            present = ["n += 1"]
            if converted != local:
                present.append(f"{local} = {converted}")
            if converter:
                present.append(f"{local} = {converter}")
            present.extend(checks)
            if present:  # always: at least the count
                lines.append("    else:")
                lines.extend(f"        {line}" for line in present)
            lines.append(f"    {setter.format(local)}")
        if twin is not None:
            lines.append(f"    o.__class__ = {self.name('cls', cls)}")
        lines.extend(f"    {line}" for line in calls)
        post_init = getattr(cls, "__attrs_post_init__", None)
        if post_init is not None:
            lines.append(f"    {self.name('post_init', post_init)}(o)")
        lines.append("    _count[0] += n")
        lines.append("    return o")
        return "\n".join(lines)

    def converter(self, field: attrs.Attribute[Any], local: str) -> str | None:
        """The expression converting ``local`` as the field's converter does, if it has one."""
        converter: Any = field.converter
        if converter is None:
            return None
        call = f"{self.name('converter', converter)}({local})"
        kept = _validators.KEEPS.get(converter)
        if kept is None:
            return call
        return f"({local} if type({local}) is {self.name('kept', kept)} else {call})"

    def default(self, field: attrs.Attribute[Any]) -> tuple[str, bool]:
        """The expression of the field's default, and whether it is fixed and valid.

        A fixed default is converted and checked here, once: ``__init__`` would convert
        and check it the same way every time.
        """
        default: Any = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            if default.takes_self:
                raise _UnsupportedError(field.name)
            return f"{self.name('factory', default.factory)}()", False
        converter: Any = field.converter
        if converter is not None:
            default = converter(default)
        if field.validator is not None:
            try:
                field.validator(None, field, default)
            except Exception:  # an invalid default: checked every time
                return self.name("default", default), False
        if default is None or default is True or default is False:
            return repr(default), True
        return self.name("default", default), True

    def twin(self, cls: type) -> type | None:
        """A mutable class of ``cls``'s layout, or ``None`` if CPython allows none.

        A builder sets the fields of a new record of the twin by plain attribute
        assignment, which the interpreter makes directly on the slot, and then makes it a
        ``cls`` by assigning ``__class__``: half the time of calling each slot's setter
        on a frozen ``cls``. CPython allows the assignment only between classes of one
        layout, the same base and the same slots, which rules out any ``__dict__`` and,
        before Python 3.12, a ``__weakref__`` slot (the records have none).
        """
        slots = cls.__dict__.get("__slots__")
        if slots is None:
            return None
        twin: Any = type(f"_{cls.__name__}Twin", cls.__bases__, {"__slots__": tuple(slots)})
        probe = object.__new__(twin)
        try:
            probe.__class__ = cls
        except TypeError:  # another layout
            return None
        if twin.__setattr__ is not object.__setattr__:  # a base that guards its attributes
            return None
        return twin  # type: ignore[no-any-return]

    def setter(self, cls: type, field: str, twin: type | None) -> str:
        """The statement that sets ``field`` of the record ``o`` to ``{}``."""
        if twin is not None:
            return f"o.{field} = {{}}"
        for klass in cls.__mro__:
            descriptor = klass.__dict__.get(field)
            if descriptor is not None:
                if isinstance(descriptor, types.MemberDescriptorType):
                    return self.name("set", descriptor.__set__) + "(o, {})"
                break
        return self.name("set", lambda o, v: object.__setattr__(o, field, v)) + "(o, {})"

    def check(self, field: attrs.Attribute[Any], tp: Any, local: str) -> tuple[list[str], bool]:
        """The lines checking ``local`` as the field's validator would, and if they call it.

        A validator called, not written in line, may read other fields: it runs last.
        """
        if field.validator is None:
            return [], False
        if field.name != "id" and _refers(field.validator):
            # A reference names a few records many times: each distinct id is checked
            # once per load, and the records share its first string.
            return [f"{local} = _references_get({local}) or _reference({local})"], False
        try:
            expression = self.expression(field.validator, tp, local)
        except _UnsupportedError:
            validator = self.name("validator", field.validator)
            return [f"{validator}(o, {self.name('attribute', field)}, {local})"], True
        if expression is None:
            return [], False
        return [f"if not ({expression}):", "    raise _RefusedError"], False

    def expression(self, validator: Any, tp: Any, value: str) -> str | None:
        """An expression true when ``value`` (of annotation ``tp``) passes ``validator``.

        ``None`` when the decoder and the builders already guarantee it; raises
        :class:`_UnsupportedError` for a validator that says nothing of what it checks.
        """
        known = _validators.CHECKS.get(validator)
        if known is not None:
            template, names = known
            if template == "True":
                return None
            self.namespace.names.update(names)
            return template.format(v=value)
        made = _validators.MADE_OF.get(validator)
        if made is None:
            raise _UnsupportedError(validator)
        kind = made[0]
        inner_tp = optional_inner(tp) or tp
        if kind == "instance":
            if isinstance(inner_tp, type) and issubclass(inner_tp, made[1]):
                return None
            return f"isinstance({value}, {self.name('kind', made[1])})"
        if kind == "optional":
            inner = self.expression(made[1], inner_tp, value)
            return None if inner is None else f"({value} is None or {inner})"
        assert kind == "tuple"
        element = typing.get_args(inner_tp)[0] if typing.get_origin(inner_tp) is tuple else Any
        inner = self.expression(made[1], element, "_x")
        parts = [value] if made[2] else []
        if inner is not None:
            parts.append(f"all([{inner} for _x in {value}])")
        return " and ".join(parts) or None


def _refers(validator: Any) -> bool:
    """Whether ``validator`` checks an id, or nothing or an id."""
    made = _validators.MADE_OF.get(validator)
    if made is not None and made[0] == "optional":
        validator = made[1]
    return validator is _validators.identifier


_REFERENCES: dict[str, str] = {}
_ID_MATCH = _validators.ID_PATTERN.fullmatch


def _reference(value: str | None) -> str | None:
    """``value``, an id seen for the first time in this load (or ``None``), once checked."""
    if value is None:
        return None
    if type(value) is not str or _ID_MATCH(value) is None:
        raise _RefusedError
    _REFERENCES[value] = value
    return value


def _known(term: Term | None) -> Term:
    if term is None:
        raise _RefusedError  # not a term of the vocabulary (yet): the careful reader says so
    return term


_ISO_CACHES: dict[type, dict[str, Any]] = {PartialDate: {}, Period: {}}


def _iso(cls: type[PartialDate] | type[Period]) -> Any:
    cache = _ISO_CACHES[cls]
    read = cls.fromisoformat

    def convert(text: str) -> Any:
        found = cache.get(text)
        if found is None:
            found = cache[text] = read(text)
        return found

    return convert


def _decimal(value: object) -> Decimal:
    """A number with a fraction or an exponent, which the decoder's float hook made exact."""
    if type(value) is not Decimal:
        raise _RefusedError  # a string, an object, a boolean where a number belongs
    return value


class _Reader:
    """The decoder of the document's mirror and the builders, made once, on first use."""

    def __init__(self) -> None:
        builder = _Builder()
        document = builder.struct(Dataset)
        namespace = builder.namespace.run(builder.sources, "<migrationhealth fast loader>")
        self.decoder: msgspec.json.Decoder[Any] = msgspec.json.Decoder(
            document, strict=True, float_hook=Decimal
        )
        self.build_dataset = namespace["_build_Dataset"]
        self.count: list[int] = namespace["_count"]


# Made on first use; False if the model has a field the mirrors cannot express.
_READER: _Reader | typing.Literal[False] | None = None
# One load at a time uses the builders' count and memos: under the GIL, waiting costs
# nothing that running at once would have saved.
_LOCK = threading.Lock()
_WHITE_SPACE = b" \t\n\r"


def _keys_in(text: str | bytes) -> int:
    """The number of quotes followed by a colon, once white space is taken out.

    Never below the number of keys: every key ends in a quote that white space and a
    colon follow. A quote that ends no key can be counted too (an escaped quote in a
    text, or one opening a text that starts with a colon), which only sends a valid
    document to the careful reader.
    """
    if isinstance(text, str):
        text = text.encode("utf-8")
    return bytes(text).translate(None, _WHITE_SPACE).count(b'":')


def _keys_of(node: object) -> int:
    """The number of keys in a parsed JSON value."""
    if type(node) is dict:
        return len(node) + sum(_keys_of(value) for value in node.values())
    if type(node) is list:
        return sum(_keys_of(value) for value in node)
    return 0


def fast_loads(text: str | bytes, format_version: int) -> Dataset | None:
    """The dataset of ``text`` if it is a valid document of ``format_version``, else ``None``.

    ``None`` says nothing about the text but that the careful reader must decide: it
    may be invalid, of another version, or valid in a way this reader does not vouch
    for (a text that starts with a colon, which the count of keys takes for a key).
    """
    from ._vocabulary_file import declare_vocabulary  # noqa: PLC0415
    from .serialization import _parse  # noqa: PLC0415

    global _READER  # noqa: PLW0603
    with _LOCK:
        if _READER is None:
            try:
                _READER = _Reader()
            except _UnsupportedError:  # a field the mirrors cannot express: read carefully
                _READER = False
        if _READER is False:
            return None
        dataset = _read(_READER, text, format_version, declare_vocabulary, _parse)
    if dataset is None:
        return None
    assert isinstance(dataset, Dataset)
    return dataset


def _read(
    reader: _Reader, text: str | bytes, format_version: int, declare: Any, parse: Any
) -> Dataset | None:
    try:
        document = reader.decoder.decode(text)
    except Exception:  # msgspec's errors, and Decimal's on an exponent beyond any decimal
        return None
    if document.format_version != format_version:
        return None
    keys = 1  # format_version
    vocabulary = None
    if document.vocabulary is not _UNSET:
        try:
            vocabulary = parse(bytes(document.vocabulary))
        except Exception:
            return None
        keys += 1 + _keys_of(vocabulary)
    count = reader.count
    count[0] = 0
    try:
        with declare(vocabulary):
            dataset = reader.build_dataset(document)
            if count[0] + keys != _keys_in(text):
                raise _RefusedError
    except Exception:  # the careful reader says what is wrong
        return None
    finally:
        for cache in _ISO_CACHES.values():
            cache.clear()
        _REFERENCES.clear()
    return dataset  # type: ignore[no-any-return]
