"""Where the time of ``loads`` goes, beside the floors that bound any design of it.

    python benchmarks/breakdown.py --figures 100000 --repeat 3

With the garbage collector paused for everything, as the median of interleaved runs of
CPU time, it times the steps of the fast way into ``loads`` one by one (msgspec decoding
the document with each programme left as raw text; msgspec decoding every programme's
text into the generated mirrors; the builders making the records from them; counting
the text's keys), then ``loads`` whole, which reads each programme and builds its records
before the next: timed apart, with every programme's mirrors made at once, the steps add
up to more than the whole. Then it times the careful reader, which reads what the fast
way cannot vouch for (the standard library's parser, then cattrs' detailed converter),
and its parse alone; building every record of the loaded dataset again by calling its
class with the fields it already has (each class's attrs ``__init__``, validators on),
and the same with attrs validators switched off; and, for comparison, the pydantic and
msgspec mirrors decoding the same text. The two rebuilds are the floor under any loader
that builds the records by calling their classes: no hook, no parsing, only the
constructors, which the builders avoid.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
import typing
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs
import msgspec

sys.path.insert(0, str(Path(__file__).resolve().parent))

import mirrors
import synthetic

import migrationhealth as mh
from migrationhealth import _fastload, serialization
from migrationhealth._speedups import read_one_by_one
from migrationhealth.dates import PartialDate, Period


def _records(dataset: mh.Dataset) -> list[tuple[type, dict[str, Any]]]:
    """Every record of ``dataset`` with its init arguments, children before parents."""
    found: list[tuple[type, dict[str, Any]]] = []

    def walk(value: object) -> None:
        if isinstance(value, (PartialDate, Period)):
            return
        if attrs.has(type(value)):
            fields = [a for a in attrs.fields(type(value)) if a.init]
            for a in fields:
                walk(getattr(value, a.name))
            found.append((type(value), {a.alias: getattr(value, a.name) for a in fields}))
        elif isinstance(value, tuple):
            for element in value:
                walk(element)

    walk(dataset)
    return found


def _rebuild(records: list[tuple[type, dict[str, Any]]], validators: bool) -> Callable[[], Any]:
    def run() -> Any:
        attrs.validators.set_disabled(not validators)
        try:
            return [cls(**arguments) for cls, arguments in records]
        finally:
            attrs.validators.set_disabled(False)

    return run


def _forget() -> None:
    """Empty the loader's per-load memos, as a load does when it ends."""
    for cache in _fastload._ISO_CACHES.values():
        cache.clear()
    _fastload._REFERENCES.clear()


def _parts(text: str) -> tuple[Callable[[], Any], Callable[[], Any]]:
    """Decoding the records read one by one, then building them, each alone (not the rest).

    The document is decoded beforehand with those records left as raw text (not timed);
    the first step decodes every one of them into its mirrors, all at once, and the second
    builds the records from those mirrors.
    """
    reader = _fastload._READER
    assert reader  # made by the load above
    names = reader.build_dataset.__globals__
    document = reader.decoder.decode(text)
    hints = typing.get_type_hints(mh.Dataset)
    raw: list[tuple[Any, Any, Any]] = []  # (decoder, builder, raw texts)
    for field in attrs.fields(mh.Dataset):
        element = typing.get_args(hints[field.name])[0]
        if element in read_one_by_one(mh.Dataset):
            texts = getattr(document, field.name)
            if texts is not msgspec.UNSET:
                name = element.__name__
                raw.append((names[f"_decode_{name}"], names[f"_build_{name}"], texts))
    decoded = [[decode(t) for t in texts] for decode, _, texts in raw]

    def decode_all() -> Any:
        return [[decode(t) for t in texts] for decode, _, texts in raw]

    def build_all() -> Any:
        try:
            return [
                [build(m) for m in mirrors]
                for (_, build, _), mirrors in zip(raw, decoded, strict=True)
            ]
        finally:
            _forget()

    return decode_all, build_all


def breakdown(figures: int, repeat: int, seed: int) -> dict[str, float]:
    """Median CPU seconds of each step at one size, collector paused (see the module)."""
    text = synthetic.dataset_text(figures, seed)
    dataset = mh.loads(text)
    records = _records(dataset)
    assert _fastload.fast_loads(text, serialization.FORMAT_VERSION) == dataset
    reader = _fastload._READER
    assert reader  # made by the load above
    pydantic_decode, _ = mirrors.pydantic_codec()
    msgspec_decode, _ = mirrors.msgspec_codec()
    decode_all, build_all = _parts(text)
    steps: dict[str, Callable[[], Any]] = {
        "fast way: msgspec, the document, its programmes left as text": lambda: (
            reader.decoder.decode(text)
        ),
        "fast way: msgspec, every programme's text into its mirrors, at once": decode_all,
        "fast way: the builders, every programme's records from its mirrors": build_all,
        "fast way: counting the text's keys": lambda: _fastload._keys_in(text),
        "loads, whole (the fast way)": lambda: mh.loads(text),
        "careful reader, whole": lambda: serialization._load_carefully(text),
        "careful reader's parse (duplicate keys, exact decimals)": lambda: serialization._parse(
            text
        ),
        f"the {len(records):,} records' __init__, validators on": _rebuild(records, True),
        f"the {len(records):,} records' __init__, validators off": _rebuild(records, False),
        "pydantic v2 strict decode": lambda: pydantic_decode(text),
        "msgspec decode": lambda: msgspec_decode(text),
    }
    return median_times(steps, repeat)


def median_times(steps: dict[str, Callable[[], Any]], repeat: int) -> dict[str, float]:
    """The median CPU seconds of each step, run in turn ``repeat`` times, collector paused."""
    times: dict[str, list[float]] = {name: [] for name in steps}
    for _ in range(repeat):
        for name, step in steps.items():
            gc.collect()
            gc.disable()
            try:
                start = time.process_time()
                value = step()
                times[name].append(time.process_time() - start)
                del value
            finally:
                gc.enable()
    return {name: statistics.median(runs) for name, runs in times.items()}


def main(argv: Sequence[str] | None = None) -> int:
    """Print the breakdown at each size asked for."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--figures", type=int, nargs="+", default=[100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args(argv)
    for figures in args.figures:
        medians = breakdown(figures, args.repeat, args.seed)
        print(f"{figures:,} figures, collector paused, median CPU s of {args.repeat}:")
        for name, seconds in medians.items():
            print(f"  {seconds:8.3f}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
