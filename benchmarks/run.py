"""Time migrationhealth beside pydantic v2 (strict) and msgspec on the same JSON.

    python benchmarks/run.py --figures 10000 100000 1000000

For each size it generates a deterministic synthetic dataset (``synthetic.py``), then
times, as the median of ``--repeat`` interleaved runs with the garbage collector as a
user has it (on): migrationhealth's ``loads``, ``dumps``, ``validate``, one grouped
``aggregate`` and ``to_records``; the equivalent pydantic and msgspec models
(``mirrors.py``) decoding and encoding the same text; and orjson's parse alone, the
floor under any decoder that builds Python objects. It then measures, with tracemalloc,
the memory each decoder's result keeps. It prints one Markdown table, every time as a
ratio to pydantic's and to msgspec's time for the same work, and whether each of the
targets in ``docs/performance.md`` is met.

A function migrationhealth does not have (yet) is shown as "n/a", as is any library
that is not installed: ``pip install -e ".[bench]"`` installs them all.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import importlib
import itertools
import os
import platform
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic

import migrationhealth as mh

NA = "n/a"

# (row label, kind); kind says which competitor row a ratio is taken against.
ROWS: tuple[tuple[str, str], ...] = (
    ("migrationhealth loads", "decode"),
    ("migrationhealth dumps", "encode"),
    ("migrationhealth validate", "other"),
    ("migrationhealth aggregate by country", "other"),
    ("migrationhealth to_records", "other"),
    ("pydantic v2 strict decode", "decode"),
    ("pydantic v2 encode", "encode"),
    ("msgspec decode", "decode"),
    ("msgspec encode", "encode"),
    ("orjson parse (floor)", "decode"),
)
LOADS, DUMPS, VALIDATE, AGGREGATE, RECORDS = (label for label, _ in ROWS[:5])
PYD_DECODE, PYD_ENCODE, MSG_DECODE, MSG_ENCODE, ORJSON = (label for label, _ in ROWS[5:])
_COUNTERPART = {
    "decode": (PYD_DECODE, MSG_DECODE),
    "encode": (PYD_ENCODE, MSG_ENCODE),
    # validate, aggregate and to_records have no counterpart: they are set against decoding.
    "other": (PYD_DECODE, MSG_DECODE),
}


@dataclass
class Step:
    """One timed operation: it takes the group's state (the decoded object) and returns."""

    label: str
    run: Callable[[Any], Any] | None
    why_na: str = ""


@dataclass
class Group:
    """Operations on one library's objects, run in order within one round.

    The first step decodes the text; the others use what it decoded. Between groups
    every object is dropped, so no library pays for another's heap.
    """

    name: str
    decode: Step
    after: list[Step] = field(default_factory=list)


@dataclass
class Result:
    """The times of every row at one size, and the memory kept by each decoder."""

    figures: int
    size_mb: float
    times: dict[str, list[float]] = field(default_factory=dict)
    memory: dict[str, float] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)

    def median(self, label: str) -> float | None:
        runs = self.times.get(label)
        return statistics.median(runs) if runs else None


def _drain(result: object) -> object:
    """Consume an iterator, so that lazy results are timed for the work they stand for."""
    if isinstance(result, Iterator):
        return list(result)
    return result


def _library_group(text: str) -> Group:
    def missing(label: str, name: str) -> Step:
        return Step(label, None, f"migrationhealth.{name} is not available")

    def public(name: str) -> Callable[..., Any] | None:
        return getattr(mh, name, None)

    loads, dumps = public("loads"), public("dumps")
    if loads is None or dumps is None:
        return Group("migrationhealth", missing(LOADS, "loads"))
    group = Group("migrationhealth", Step(LOADS, lambda _: loads(text)))
    group.after.append(Step(DUMPS, dumps))
    validate, aggregate, to_records = public("validate"), public("aggregate"), public("to_records")
    group.after.append(
        Step(VALIDATE, lambda ds: _drain(validate(ds)))
        if validate is not None
        else missing(VALIDATE, "validate")
    )
    group.after.append(
        Step(
            AGGREGATE,
            lambda ds: _drain(
                aggregate(ds, measure=mh.Measure.SERVICES, by="country", policy="range")
            ),
        )
        if aggregate is not None
        else missing(AGGREGATE, "aggregate")
    )
    group.after.append(
        Step(RECORDS, lambda ds: _drain(to_records(ds)))
        if to_records is not None
        else missing(RECORDS, "to_records")
    )
    return group


def _mirror_group(name: str, codec: str, decode_label: str, encode_label: str, text: str) -> Group:
    try:
        mirrors = importlib.import_module("mirrors")
        decode, encode = getattr(mirrors, codec)()
    except ImportError as error:
        why = f"{error.name or error} is not installed"
        return Group(name, Step(decode_label, None, why), [Step(encode_label, None, why)])
    return Group(name, Step(decode_label, lambda _: decode(text)), [Step(encode_label, encode)])


def _orjson_group(text: str) -> Group:
    try:
        orjson = importlib.import_module("orjson")
    except ImportError:
        return Group("orjson", Step(ORJSON, None, "orjson is not installed"))
    return Group("orjson", Step(ORJSON, lambda _: orjson.loads(text)))


def _groups(text: str) -> list[Group]:
    return [
        _library_group(text),
        _mirror_group("pydantic", "pydantic_codec", PYD_DECODE, PYD_ENCODE, text),
        _mirror_group("msgspec", "msgspec_codec", MSG_DECODE, MSG_ENCODE, text),
        _orjson_group(text),
    ]


CLOCKS: dict[str, Callable[[], float]] = {"wall": time.perf_counter, "cpu": time.process_time}
_clock = CLOCKS["wall"]
_CLOCK_NAMES = {
    time.perf_counter: "wall (elapsed seconds)",
    time.process_time: "cpu (seconds of this process's CPU time)",
}


def _timed(step: Step, state: object) -> tuple[float, object]:
    assert step.run is not None
    start = _clock()
    value = step.run(state)
    return _clock() - start, value


def _check(groups: list[Group], text: str, result: Result) -> None:
    """Run every step once, untimed: warm caches, and check each codec gives the text back."""
    for group in groups:
        if group.decode.run is None:
            continue
        decoded = group.decode.run(None)
        for step in group.after:
            if step.run is None:
                continue
            try:
                value = step.run(decoded)
            except Exception as error:  # a half-finished function must not stop the run
                step.why_na = f"{type(error).__name__}: {error}"
                step.run = None
                continue
            if step.label in (DUMPS, PYD_ENCODE, MSG_ENCODE) and value != text:
                result.notes[step.label] = "output differs from the input text"
        del decoded
        gc.collect()


def _memory(step: Step) -> float:
    """MiB that the decoded result keeps allocated, measured by tracemalloc."""
    assert step.run is not None
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        decoded = step.run(None)
        gc.collect()
        kept = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    del decoded
    gc.collect()
    return kept / 2**20


def measure(figures: int, repeat: int, seed: int, memory: bool = True) -> Result:
    """Time every row at one size (see the module documentation)."""
    text = synthetic.dataset_text(figures, seed)
    result = Result(figures=figures, size_mb=len(text.encode("utf-8")) / 2**20)
    groups = _groups(text)
    _check(groups, text, result)
    for _ in range(repeat):
        for group in groups:
            if group.decode.run is None:
                continue
            gc.collect()
            elapsed, decoded = _timed(group.decode, None)
            result.times.setdefault(group.decode.label, []).append(elapsed)
            for step in group.after:
                if step.run is None:
                    continue
                gc.collect()
                elapsed, value = _timed(step, decoded)
                result.times.setdefault(step.label, []).append(elapsed)
                del value
            del decoded
    if memory:
        for group in groups:
            if group.decode.run is not None:
                result.memory[group.decode.label] = _memory(group.decode)
    for group in groups:
        for step in (group.decode, *group.after):
            if step.run is None:
                result.notes[step.label] = step.why_na
    return result


# Reporting --------------------------------------------------------------------------------


def _seconds(value: float | None) -> str:
    if value is None:
        return NA
    return f"{value:.3f}" if value < 10 else f"{value:.1f}"


def _ratio(value: float | None, other: float | None) -> str:
    if value is None or other is None or other == 0:
        return NA
    return f"{value / other:.2f}x"


def _table(results: Sequence[Result]) -> list[str]:
    lines = [
        "| figures | operation | median s | vs pydantic | vs msgspec | memory kept MiB |",
        "|---:|---|---:|---:|---:|---:|",
    ]
    for result in results:
        for label, kind in ROWS:
            time_ = result.median(label)
            versus_pydantic, versus_msgspec = _COUNTERPART[kind]
            kept = result.memory.get(label)
            lines.append(
                f"| {result.figures:,} | {label} | {_seconds(time_)} "
                f"| {_ratio(time_, result.median(versus_pydantic))} "
                f"| {_ratio(time_, result.median(versus_msgspec))} "
                f"| {NA if kept is None else f'{kept:,.0f}'} |"
            )
    return lines


def _verdict(value: float | None, limit: float) -> str:
    if value is None:
        return NA
    return "met" if value <= limit else "**missed**"


def _targets(results: Sequence[Result]) -> list[str]:
    largest = max(results, key=lambda r: r.figures)
    loads = largest.median(LOADS)

    def quotient(a: float | None, b: float | None) -> float | None:
        return None if a is None or b is None or b == 0 else a / b

    def memory_quotient() -> float | None:
        return quotient(largest.memory.get(LOADS), largest.memory.get(MSG_DECODE))

    checks: list[tuple[str, float | None, float]] = [
        ("loads / pydantic decode", quotient(loads, largest.median(PYD_DECODE)), 1.0),
        ("loads / msgspec decode", quotient(loads, largest.median(MSG_DECODE)), 2.5),
        (
            "dumps / pydantic encode",
            quotient(largest.median(DUMPS), largest.median(PYD_ENCODE)),
            1.0,
        ),
        ("validate / loads", quotient(largest.median(VALIDATE), loads), 1.0),
        ("aggregate / loads", quotient(largest.median(AGGREGATE), loads), 0.5),
        ("memory kept: loads / msgspec", memory_quotient(), 1.2),
    ]
    lines = [
        f"Targets, at {largest.figures:,} figures:",
        "",
        "| target | measured | limit | verdict |",
        "|---|---:|---:|---|",
    ]
    for name, value, limit in checks:
        shown = NA if value is None else f"{value:.2f}"
        lines.append(f"| {name} | {shown} | {limit:g} | {_verdict(value, limit)} |")
    by_size = sorted(results, key=lambda r: r.figures)
    for small, large in itertools.pairwise(by_size):
        factor = large.figures / small.figures
        # The target allows 12-fold growth for 10 times the figures; scale it for other steps.
        limit = 1.2 * factor
        for label, _ in ROWS[:5]:
            growth = quotient(large.median(label), small.median(label))
            shown = NA if growth is None else f"{growth:.1f}"
            lines.append(
                f"| growth of {label.removeprefix('migrationhealth ')}, "
                f"{small.figures:,} to {large.figures:,} | {shown} | {limit:g} "
                f"| {_verdict(growth, limit)} |"
            )
    return lines


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
        memory = f", {pages / 2**30:.0f} GiB"
    except (ValueError, OSError, AttributeError):
        pass
    return f"{cpu}, {os.cpu_count()} cores{memory}; {platform.system()} {platform.release()}"


def _versions() -> str:
    found = [f"migrationhealth {mh.__version__}"]
    for name in ("attrs", "cattrs", "pydantic", "msgspec", "orjson"):
        try:
            found.append(f"{name} {metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name} not installed")
    return ", ".join(found)


def report(results: Sequence[Result], argv: Sequence[str]) -> str:
    """The whole report: what ran where, the table, notes, and the targets."""
    lines = [
        f"Command: python benchmarks/run.py {' '.join(argv)}",
        f"Date: {dt.date.today().isoformat()}; clock: {_CLOCK_NAMES[_clock]}",
        f"Machine: {_machine()}",
        f"Python {platform.python_version()}; {_versions()}",
        "Input size: "
        + ", ".join(f"{r.figures:,} figures = {r.size_mb:,.1f} MiB of JSON" for r in results),
        "",
        *_table(results),
        "",
    ]
    notes = sorted({(label, note) for r in results for label, note in r.notes.items()})
    if notes:
        lines += [f"- {label}: {note}" for label, note in notes]
        lines.append("")
    lines += _targets(results)
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print its report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--figures",
        type=int,
        nargs="+",
        default=[10_000, 100_000],
        help="dataset sizes, in figures (default: 10000 100000)",
    )
    parser.add_argument("--repeat", type=int, default=5, help="interleaved runs per size")
    parser.add_argument("--seed", type=int, default=2025, help="seed of the synthetic data")
    parser.add_argument(
        "--clock",
        choices=sorted(CLOCKS),
        default="wall",
        help="wall: elapsed time (default); cpu: the process's CPU time, steadier on a "
        "machine that other work shares (every step runs in this one thread)",
    )
    parser.add_argument(
        "--no-memory", action="store_true", help="skip the memory measurement (tracemalloc)"
    )
    args = parser.parse_args(argv)
    global _clock  # noqa: PLW0603 - chosen once, before anything is timed
    _clock = CLOCKS[args.clock]
    if args.repeat < 1 or any(n < 1 for n in args.figures):
        parser.error("--figures and --repeat must be positive")
    results = []
    for figures in sorted(set(args.figures)):
        print(f"measuring {figures:,} figures...", file=sys.stderr, flush=True)
        results.append(measure(figures, args.repeat, args.seed, memory=not args.no_memory))
    print(report(results, sys.argv[1:] if argv is None else argv))
    return 0


if __name__ == "__main__":
    sys.exit(main())
