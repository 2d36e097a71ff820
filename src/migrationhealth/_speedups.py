"""What makes loading and saving a million figures fast, kept apart from what it speeds up.

msgspec reads valid documents into generated mirrors of the model
(:mod:`migrationhealth._fastload`) and writes the text from them
(:mod:`migrationhealth._fastdump`); this module holds what both ways, fast and plain,
share.

- :func:`gc_paused`: the cyclic garbage collector is paused while a dataset is built or
  written. Every container allocated counts towards the collector's thresholds, and its
  full collections traverse the whole growing heap again and again: over a large
  document that was most of the time spent. A dataset holds no reference cycles, so
  nothing is missed by not looking for them meanwhile.
- :func:`make_unstructure_fn`: the plain form of an attrs class, built by code generated
  once per class. It gives what cattrs' ``make_dict_unstructure_fn`` with
  ``omit_if_default`` gives (fields equal to their default are left out), in about a
  third of the time: a default of ``None`` is tested with ``is``, enum members give their
  ``_value_`` directly, and each field's hook is looked up once, not per value.
- :func:`decimal_number`: a Decimal as the JSON number the standard library writes for
  its float, for the text msgspec writes (:mod:`migrationhealth._fastdump`).
- :func:`read_one_by_one`: the records that the fast ways read and write one at a time,
  each as its own small tree of mirrors, rather than the whole document's tree at once.
"""

from __future__ import annotations

import enum
import gc
import types
import typing
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from typing import Any

import attrs
import cattrs
import msgspec
from cattrs.fns import identity

__all__ = [
    "Namespace",
    "decimal_number",
    "forget_texts",
    "gc_paused",
    "is_number",
    "make_unstructure_fn",
    "optional_inner",
    "read_one_by_one",
    "record_tuples",
]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for the ``with`` block, if it is running.

    It is switched back on afterwards only if it was on before, so a caller who turned it
    off keeps it off. Reference counting still frees everything that is dropped.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def optional_inner(tp: Any) -> Any | None:
    """``X`` for ``X | None``, else ``None``."""
    if isinstance(tp, (types.UnionType, typing._UnionGenericAlias)):  # type: ignore[attr-defined]
        args = [arg for arg in typing.get_args(tp) if arg is not type(None)]
        if len(args) == 1 and len(typing.get_args(tp)) == 2:
            return args[0]
    return None


def read_one_by_one(root: type) -> frozenset[type]:
    """The classes of the records of ``root``'s collections that hold records of their own.

    The fast loader decodes each such record (a programme, with its cohorts, statistics
    and figures; an organisation; a person) from its own part of the text, builds it and
    lets its mirrors go, before the next; the fast writer writes each one's text before
    it makes the next one's mirrors. Either way the mirrors alive at once are one
    record's, which stay in the processor's caches, rather than the whole document's: at
    10,000 figures and more that takes a fifth to a third off the time. Records that hold
    no records (sources) gain nothing by it: a call per record would cost more than the
    caches save.
    """
    found = set()
    hints = typing.get_type_hints(root)
    for field in attrs.fields(root):
        element = _tuple_element(hints[field.name])
        if element is not None and attrs.has(element) and record_tuples(element):
            found.add(element)
    return frozenset(found)


def record_tuples(cls: type) -> list[str]:
    """The names of the fields of the attrs class ``cls`` that hold a tuple of records."""
    hints = typing.get_type_hints(cls)
    return [
        field.name
        for field in attrs.fields(cls)
        if attrs.has(_tuple_element(hints[field.name]) or type(None))
    ]


def _tuple_element(tp: Any) -> Any:
    """``X`` for ``tuple[X, ...]``, else ``None``."""
    if typing.get_origin(tp) is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return args[0]
    return None


def is_number(tp: Any) -> bool:
    """Whether ``tp`` is the union of ``int`` and ``Decimal`` (``Number``), optional or not."""
    return typing.get_origin(tp) in (typing.Union, types.UnionType) and {int, Decimal} <= set(
        typing.get_args(tp)
    )


class Namespace:
    """The names that code generated from the model refers to, bound as it is written."""

    def __init__(self, names: dict[str, Any]) -> None:
        self.names = names
        self.count = 0

    def bind(self, prefix: str, value: object) -> str:
        """A new name for ``value`` in the generated code."""
        self.count += 1
        name = f"_{prefix}{self.count}"
        self.names[name] = value
        return name

    def run(self, sources: list[str], filename: str) -> dict[str, Any]:
        """Run the generated ``sources`` in the namespace, and give it back.

        They are written from the model classes' own fields, never from anything read.
        """
        exec(compile("\n\n".join(sources), filename, "exec"), self.names)
        return self.names


# The text of each date and period written during one dumps(), by the object's id, with
# the object itself, so that an id is never taken for another object's. A loaded dataset
# shares one Period object among all the figures with that period: it is written once.
_TEXTS: dict[int, tuple[object, str]] = {}
_TEXTS_LIMIT = 1 << 16


def _remember(value: object, hook: Callable[[Any], str]) -> str:
    text = hook(value)
    if len(_TEXTS) >= _TEXTS_LIMIT:
        _TEXTS.clear()
    _TEXTS[id(value)] = (value, text)
    return text


def forget_texts() -> None:
    """Empty the memo of date and period texts; call it when a document is written."""
    _TEXTS.clear()


class _Generator:
    """Writes the body of one class's unstructure function, naming the hooks it calls."""

    def __init__(self, converter: cattrs.Converter, memoized: tuple[type, ...]) -> None:
        self.converter = converter
        self.memoized = memoized
        self.names: dict[str, Any] = {"_texts": _TEXTS, "_remember": _remember}

    def bind(self, value: object) -> str:
        name = f"_h{len(self.names)}"
        self.names[name] = value
        return name

    def expression(self, tp: Any, value: str) -> str:
        """The Python expression for the plain form of ``value``, of declared type ``tp``."""
        inner = optional_inner(tp)
        if inner is not None:
            return f"(None if {value} is None else {self.expression(inner, value)})"
        if typing.get_origin(tp) is tuple:
            args = typing.get_args(tp)
            if len(args) == 2 and args[1] is Ellipsis:
                element = self.expression(args[0], "e")
                return f"list({value})" if element == "e" else f"[{element} for e in {value}]"
        hook = self.converter.get_unstructure_hook(tp)
        if hook is identity:
            return value
        if isinstance(tp, (types.UnionType, typing._UnionGenericAlias)) and all(  # type: ignore[attr-defined]
            self.converter.get_unstructure_hook(arg) is identity for arg in typing.get_args(tp)
        ):
            return value
        if (
            isinstance(tp, type)
            and issubclass(tp, enum.Enum)
            and all(hook(member) == member._value_ for member in tp)
        ):
            return f"{value}._value_"
        if tp in self.memoized:
            return (
                f"(m[1] if (m := _texts.get(id({value}))) is not None and m[0] is {value} "
                f"else _remember({value}, {self.bind(hook)}))"
            )
        return f"{self.bind(hook)}({value})"


def make_unstructure_fn(
    cls: type, converter: cattrs.Converter, *, memoized: tuple[type, ...] = ()
) -> Callable[[Any], Any]:
    """The function that turns an instance of the attrs class ``cls`` into a dict.

    Fields whose value equals their default, and is of the default's type, are left out
    (``Decimal("1.0")`` where the default is ``1`` is written). Field types are resolved with
    the converter's hooks, so a type the converter knows how to write is written the same
    way here. The text of a value of a ``memoized`` type (immutable, written as a string)
    is remembered until :func:`forget_texts`. A class with a default factory is left to
    cattrs.
    """
    fields = attrs.fields(attrs.resolve_types(cls))
    if any(isinstance(a.default, attrs.Factory) for a in fields):  # type: ignore[arg-type]
        return cattrs.gen.make_dict_unstructure_fn(cls, converter, _cattrs_omit_if_default=True)
    generator = _Generator(converter, memoized)
    required = []
    optional = []
    for a in fields:
        if a.default is attrs.NOTHING:
            required.append(f"    {a.name!r}: {generator.expression(a.type, 'o.' + a.name)},")
            continue
        if a.default is None:
            test = "v is not None"
            tp = optional_inner(a.type) or a.type
        else:
            # Equal is not enough: Decimal("1.0") equals the default 1, but was written
            # with a fraction, and is kept as written.
            default = generator.bind(a.default)
            test = f"v != {default} or type(v) is not {generator.bind(type(a.default))}"
            tp = a.type
        optional += [
            f"  v = o.{a.name}",
            f"  if {test}:",
            f"    res[{a.name!r}] = {generator.expression(tp, 'v')}",
        ]
    name = f"unstructure_{cls.__name__}"
    source = "\n".join(
        [f"def {name}(o):", "  res = {", *required, "  }", *optional, "  return res"]
    )
    return _compile(name, source, generator.names, cls)  # type: ignore[no-any-return]


def _compile(name: str, source: str, names: dict[str, Any], cls: type) -> Any:
    namespace = dict(names)
    code = compile(source, f"<migrationhealth {name} for {cls.__qualname__}>", "exec")
    exec(code, namespace)
    return namespace[name]


def decimal_number(value: Decimal) -> msgspec.Raw:
    """The JSON number ``json.dumps`` writes for ``float(value)``: the shortest that reads back.

    A Decimal has at most 15 significant digits (see ``quantity.check_number``), so that
    number has its digits and reads back as an equal Decimal.
    """
    if not value.is_finite():
        raise TypeError(f"{value} is not part of the JSON format")
    return msgspec.Raw(float.__repr__(float(value)).encode("ascii"))
