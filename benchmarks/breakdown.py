"""Where the time of ``loads`` goes, beside the floors that bound any design of it.

    python benchmarks/breakdown.py --figures 100000 --repeat 3

With the garbage collector paused for everything, as the median of interleaved runs of
CPU time, it times: parsing the text as ``loads`` parses it (duplicate keys noticed,
decimals exact); the first pass building the dataset from the parsed document; ``loads``
whole; building every record of the loaded dataset again by calling its class with the
fields it already has (each class's attrs ``__init__``, validators on), and the same with
attrs validators switched off; and, for comparison, the pydantic and msgspec mirrors
decoding the same text. The two rebuilds are the floor under any loader that builds the
records by calling their classes: no hook, no parsing, only the constructors.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

import mirrors
import synthetic

import migrationhealth as mh
from migrationhealth import serialization
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


def breakdown(figures: int, repeat: int, seed: int) -> dict[str, float]:
    """Median CPU seconds of each step at one size, collector paused (see the module)."""
    text = synthetic.dataset_text(figures, seed)
    document = serialization._parse(text)
    assert isinstance(document, dict)
    body = {k: v for k, v in document.items() if k not in ("format_version", "vocabulary")}
    records = _records(mh.loads(text))
    pydantic_decode, _ = mirrors.pydantic_codec()
    msgspec_decode, _ = mirrors.msgspec_codec()
    steps: dict[str, Callable[[], Any]] = {
        "parse (json, duplicate keys, exact decimals)": lambda: serialization._parse(text),
        "first pass: records from the parsed document": lambda: serialization._first_pass.structure(
            body, mh.Dataset
        ),
        "loads, whole": lambda: mh.loads(text),
        f"the {len(records):,} records' __init__, validators on": _rebuild(records, True),
        f"the {len(records):,} records' __init__, validators off": _rebuild(records, False),
        "pydantic v2 strict decode": lambda: pydantic_decode(text),
        "msgspec decode": lambda: msgspec_decode(text),
    }
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
