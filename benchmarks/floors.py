"""What any loader or writer in Python must spend, beside what msgspec spends.

    python benchmarks/floors.py --figures 1000 10000 100000 --repeat 5

``loads`` gives attrs records, and ``dumps`` writes them: whatever decodes or encodes
the text, each record must be made, and each of its fields set, or read, by Python code.
This script times the least of that work, on the synthetic data of ``synthetic.py``,
with the collector paused, as the median of interleaved runs of CPU time:

- **msgspec decode** and **msgspec encode**: the peers of ``run.py`` (``mirrors.py``),
  whose structs msgspec makes and reads in compiled code.
- **floor of loading**: msgspec reads the text into ``loads``' own mirrors (in compiled
  code, as ``loads`` does), then code generated for each class makes every record and
  sets every field from its mirror: nothing is checked, converted or counted, absent
  fields are not given their defaults, terms, dates and periods stay strings. No loader
  that gives the same records from Python code can do less.
- **floor of writing**: code generated for each class reads every field of every record
  into a tuple, and nothing more: no default is left out, nothing is written. No writer
  that reads the records from Python code can do less, before it writes a byte.
- **loads** and **dumps**, whole, for comparison.

The floors are then set against the performance targets of docs/performance.md
(``loads`` at most 3 times msgspec's decode, ``dumps`` at most 2 times its encode): a
floor above its limit means the limit cannot be met by records made or read in Python.
"""

from __future__ import annotations

import argparse
import sys
import typing
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import msgspec

sys.path.insert(0, str(Path(__file__).resolve().parent))

import breakdown
import mirrors
import synthetic

import migrationhealth as mh
from migrationhealth import _fastload
from migrationhealth._speedups import Namespace
from migrationhealth.dates import PartialDate, Period
from migrationhealth.enums import Term


def _record_class(tp: Any) -> type | None:
    """The attrs record class of an annotation's values, or None for plain values."""
    if (
        isinstance(tp, type)
        and attrs.has(tp)
        and not issubclass(tp, Term)
        and tp not in (PartialDate, Period)
    ):
        return tp
    return None


class _LeastBuilder(_fastload._Builder):
    """``loads``' mirrors, with builders that only make records and set their fields."""

    def convert(self, tp: Any, value: str) -> str:
        if type(None) in typing.get_args(tp):  # optional
            (inner,) = (a for a in typing.get_args(tp) if a is not type(None))
            converted = self.convert(inner, value)
            return value if converted == value else f"(None if {value} is None else {converted})"
        if typing.get_origin(tp) is tuple:
            element = typing.get_args(tp)[0]
            if element in self.one_by_one:  # each programme's text read on its own, as loads does
                read = self.convert(element, f"_decode_{element.__name__}(_e)")
                return f"tuple([{read} for _e in {value}])"
            converted = self.convert(element, "_e")
            return value if converted == "_e" else f"tuple([{converted} for _e in {value}])"
        cls = _record_class(tp)
        if cls is None:
            return value
        self.struct(cls)
        return f"_build_{cls.__name__}({value})"

    def builder(self, cls: type, hints: dict[str, Any]) -> str:
        twin = self.twin(cls)
        lines = [f"def _build_{cls.__name__}(s):", f"    o = _new({self.name('cls', twin or cls)})"]
        for field in attrs.fields(cls):
            if not field.init:
                continue
            setter = self.setter(cls, field.name, twin)
            converted = self.convert(hints[field.name], "v")
            if converted == "v":
                lines.append(f"    {setter.format('s.' + field.name)}")
            elif field.default is attrs.NOTHING:
                lines.append(f"    v = s.{field.name}")
                lines.append(f"    {setter.format(converted)}")
            else:  # an absent field stays unset in the mirror's way
                lines.append(f"    v = s.{field.name}")
                lines.append(f"    {setter.format(f'v if v is _UNSET else {converted}')}")
        if twin is not None:
            lines.append(f"    o.__class__ = {self.name('cls', cls)}")
        lines.append("    return o")
        return "\n".join(lines)


def least_loader() -> Callable[[str], object]:
    """The text into ``loads``' mirrors, then every record made, its fields set, no more."""
    builder = _LeastBuilder()
    document = builder.struct(mh.Dataset)
    namespace = builder.namespace.run(builder.sources, "<floor of loading>")
    decode = msgspec.json.Decoder(document, strict=True, float_hook=Decimal).decode
    build = namespace["_build_Dataset"]
    return lambda text: build(decode(text))


def least_reader() -> Callable[[mh.Dataset], object]:
    """Every field of every record read into a tuple, no more."""
    sources: list[str] = []
    done: set[type] = set()
    namespace = Namespace({})

    def read(tp: Any, value: str) -> str:
        if type(None) in typing.get_args(tp):  # optional
            (inner,) = (a for a in typing.get_args(tp) if a is not type(None))
            converted = read(inner, value)
            return value if converted == value else f"(None if {value} is None else {converted})"
        if typing.get_origin(tp) is tuple:
            converted = read(typing.get_args(tp)[0], "_e")
            return value if converted == "_e" else f"tuple([{converted} for _e in {value}])"
        cls = _record_class(tp)
        if cls is None:
            return value
        reader(cls)
        return f"_read_{cls.__name__}({value})"

    def reader(cls: type) -> None:
        if cls in done:
            return
        done.add(cls)
        hints = typing.get_type_hints(cls)
        items = [read(hints[f.name], f"o.{f.name}") for f in attrs.fields(cls) if f.init]
        sources.append(f"def _read_{cls.__name__}(o):\n    return ({', '.join(items)},)")

    reader(mh.Dataset)
    return namespace.run(sources, "<floor of writing>")["_read_Dataset"]  # type: ignore[no-any-return]


def floors(figures: int, repeat: int, seed: int = 2025) -> dict[str, float]:
    """The median CPU seconds of each contender on ``figures`` figures."""
    text = synthetic.dataset_text(figures, seed)
    dataset = mh.loads(text)
    load_floor, read_floor = least_loader(), least_reader()
    msg_decode, msg_encode = mirrors.msgspec_codec()
    peer = msg_decode(text)
    steps: dict[str, Callable[[], object]] = {
        "msgspec decode": lambda: msg_decode(text),
        "floor of loading": lambda: load_floor(text),
        "loads": lambda: mh.loads(text),
        "msgspec encode": lambda: msg_encode(peer),
        "floor of writing": lambda: read_floor(dataset),
        "dumps": lambda: mh.dumps(dataset),
    }
    for step in steps.values():  # once untimed: what is made on first use is made
        step()
    return breakdown.median_times(steps, repeat)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args(argv)
    print(
        "| figures | msgspec decode | floor of loading | loads | floor / msgspec "
        "| loads / msgspec | msgspec encode | floor of writing | dumps "
        "| floor + encode / msgspec | dumps / msgspec |"
    )
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for figures in args.figures:
        t = floors(figures, args.repeat, args.seed)
        decode, encode = t["msgspec decode"], t["msgspec encode"]
        print(
            f"| {figures:,} | {decode:.4f} | {t['floor of loading']:.4f} | {t['loads']:.4f} "
            f"| {t['floor of loading'] / decode:.2f} | {t['loads'] / decode:.2f} "
            f"| {encode:.4f} | {t['floor of writing']:.4f} | {t['dumps']:.4f} "
            f"| {(t['floor of writing'] + encode) / encode:.2f} | {t['dumps'] / encode:.2f} |",
            flush=True,
        )
    print(
        "\nLimits: loads / msgspec at most 3, dumps / msgspec at most 2. A writer that reads"
        "\nthe records in Python spends at least the floor of writing and msgspec's encode."
    )


if __name__ == "__main__":
    main()
