"""Time migrationhealth beside pydantic v2 (strict) and msgspec on the same JSON.

    python benchmarks/run.py --figures 1000 10000 100000 1000000 --clock cpu

For each size it generates a deterministic synthetic dataset (``synthetic.py``), then
times, as the median of ``--repeat`` interleaved runs: migrationhealth's ``loads``,
``dumps``, ``validate``, one grouped ``aggregate`` and ``to_records``; the equivalent
pydantic and msgspec models (``mirrors.py``) decoding and encoding the same text; and
orjson's parse alone, the floor under any decoder that builds Python objects.

Every contender is timed under the same conditions, in two columns: with the garbage
collector paused for all (the work of decoding itself, like for like) and with it on for
all (as a user has it; ``loads`` and ``dumps`` pause it inside, the others do not).
validate, aggregate and to_records have no counterpart and are set against ``loads``.
It then measures, with tracemalloc, the memory each decoder's result keeps, and times
``import migrationhealth`` in fresh interpreters. It prints Markdown tables and, for
every size, whether each target of ``docs/performance.md`` is met (collector paused).

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
import subprocess
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
    """The times of every row at one size, in each collector state, and the memory kept."""

    figures: int
    size_mb: float
    times: dict[str, dict[str, list[float]]] = field(default_factory=dict)
    memory: dict[str, float] = field(default_factory=dict)
    notes: dict[str, str] = field(default_factory=dict)

    def record(self, mode: str, label: str, seconds: float) -> None:
        self.times.setdefault(mode, {}).setdefault(label, []).append(seconds)

    def median(self, label: str, mode: str = "paused") -> float | None:
        runs = self.times.get(mode, {}).get(label)
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


MODES = ("paused", "on")
"""The collector's state for every contender while it is timed: paused for all, or on for all."""
_MODE_NAMES = {
    "paused": "collector paused for all",
    "on": "collector on for all",
}


def _timed(step: Step, state: object, mode: str) -> tuple[float, object]:
    assert step.run is not None
    if mode == "paused":
        gc.disable()
    try:
        start = _clock()
        value = step.run(state)
        elapsed = _clock() - start
    finally:
        gc.enable()
    return elapsed, value


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


def measure(
    figures: int,
    repeat: int,
    seed: int,
    memory: bool = True,
    modes: Sequence[str] = MODES,
) -> Result:
    """Time every row at one size, in each collector state (see the module documentation)."""
    text = synthetic.dataset_text(figures, seed)
    result = Result(figures=figures, size_mb=len(text.encode("utf-8")) / 2**20)
    groups = _groups(text)
    _check(groups, text, result)
    # Interleaved: each round runs every contender once in each collector state, so that
    # a slow spell of a shared machine falls on all of them alike.
    for _ in range(repeat):
        for mode in modes:
            for group in groups:
                if group.decode.run is None:
                    continue
                gc.collect()
                elapsed, decoded = _timed(group.decode, None, mode)
                result.record(mode, group.decode.label, elapsed)
                for step in group.after:
                    if step.run is None:
                        continue
                    gc.collect()
                    elapsed, value = _timed(step, decoded, mode)
                    result.record(mode, step.label, elapsed)
                    del value
                del decoded
                gc.collect()
    if memory:
        for group in groups:
            if group.decode.run is not None:
                result.memory[group.decode.label] = _memory(group.decode)
    for group in groups:
        for step in (group.decode, *group.after):
            if step.run is None:
                result.notes[step.label] = step.why_na
    return result


_IMPORT = (
    "import time; start = time.process_time(); import {module}; print(time.process_time() - start)"
)


def import_time(module: str = "migrationhealth", repeat: int = 5) -> float | None:
    """Median CPU seconds a fresh interpreter takes to import ``module`` (a subprocess each)."""
    runs = []
    for _ in range(repeat):
        completed = subprocess.run(
            [sys.executable, "-c", _IMPORT.format(module=module)],
            capture_output=True,
            text=True,
            check=False,
        )
        if completed.returncode != 0:
            return None
        runs.append(float(completed.stdout.strip().splitlines()[-1]))
    return statistics.median(runs)


# Reporting --------------------------------------------------------------------------------


def _seconds(value: float | None) -> str:
    if value is None:
        return NA
    return f"{value:.3f}" if value < 10 else f"{value:.1f}"


def _ratio(value: float | None, other: float | None) -> str:
    if value is None or other is None or other == 0:
        return NA
    return f"{value / other:.2f}x"


def _table(results: Sequence[Result], modes: Sequence[str] = MODES) -> list[str]:
    header = "| figures | operation |"
    rule = "|---:|---|"
    for mode in modes:
        header += f" {mode}: s | {mode}: vs pydantic | {mode}: vs msgspec | {mode}: vs loads |"
        rule += "---:|---:|---:|---:|"
    lines = [header + " memory kept MiB |", rule + "---:|"]
    for result in results:
        for label, kind in ROWS:
            row = f"| {result.figures:,} | {label} |"
            for mode in modes:
                time_ = result.median(label, mode)
                if kind == "other":
                    # validate, aggregate and to_records have no counterpart: set against loads.
                    versus = (NA, NA, _ratio(time_, result.median(LOADS, mode)))
                else:
                    versus_pydantic, versus_msgspec = _COUNTERPART[kind]
                    versus = (
                        _ratio(time_, result.median(versus_pydantic, mode)),
                        _ratio(time_, result.median(versus_msgspec, mode)),
                        NA,
                    )
                row += f" {_seconds(time_)} | {' | '.join(versus)} |"
            kept = result.memory.get(label)
            lines.append(row + f" {NA if kept is None else f'{kept:,.0f}'} |")
    return lines


def _verdict(value: float | None, limit: float) -> str:
    if value is None:
        return NA
    return "met" if value <= limit else "**missed**"


# (name, numerator, denominator, limit): at every size, collector paused for all.
TARGETS: tuple[tuple[str, str, str, float], ...] = (
    ("loads / pydantic v2 strict decode", LOADS, PYD_DECODE, 1.0),
    ("loads / msgspec decode", LOADS, MSG_DECODE, 3.0),
    ("dumps / pydantic encode", DUMPS, PYD_ENCODE, 1.0),
    ("dumps / msgspec encode", DUMPS, MSG_ENCODE, 2.0),
    ("validate / loads", VALIDATE, LOADS, 1.0),
)
MEMORY_LIMIT = 1.2
"""Memory kept by what ``loads`` gives, at most this many times msgspec's."""
GROWTH_LIMIT = 11.0
"""Time for ten times the figures, at most this many times as long (scaled for other steps)."""


def _quotient(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None or b == 0 else a / b


def _targets(results: Sequence[Result], mode: str = "paused") -> list[str]:
    lines = [
        f"Targets, at every size, {_MODE_NAMES[mode]}:",
        "",
        "| figures | target | measured | limit | verdict |",
        "|---:|---|---:|---:|---|",
    ]
    verdicts: list[str] = []

    def add(figures: str, name: str, value: float | None, limit: float) -> None:
        shown = NA if value is None else f"{value:.2f}"
        verdict = _verdict(value, limit)
        verdicts.append(verdict)
        lines.append(f"| {figures} | {name} | {shown} | {limit:g} | {verdict} |")

    by_size = sorted(results, key=lambda r: r.figures)
    for result in by_size:
        for name, numerator, denominator, limit in TARGETS:
            value = _quotient(result.median(numerator, mode), result.median(denominator, mode))
            add(f"{result.figures:,}", name, value, limit)
        add(
            f"{result.figures:,}",
            "memory kept: loads / msgspec",
            _quotient(result.memory.get(LOADS), result.memory.get(MSG_DECODE)),
            MEMORY_LIMIT,
        )
    for small, large in itertools.pairwise(by_size):
        factor = large.figures / small.figures
        # The target allows 11-fold growth for 10 times the figures; scaled for other steps.
        limit = round(GROWTH_LIMIT / 10 * factor, 2)
        for label, _ in ROWS[:5]:
            growth = _quotient(large.median(label, mode), small.median(label, mode))
            add(
                f"{small.figures:,} to {large.figures:,}",
                f"growth of {label.removeprefix('migrationhealth ')}",
                growth,
                limit,
            )
    missed = sum(v == "**missed**" for v in verdicts)
    measured = sum(v != NA for v in verdicts)
    lines += [
        "",
        f"Verdict: {measured - missed} of {measured} targets met"
        + ("." if not missed else f", {missed} missed."),
    ]
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


def report(
    results: Sequence[Result],
    argv: Sequence[str],
    *,
    modes: Sequence[str] = MODES,
    imported: dict[str, float | None] | None = None,
) -> str:
    """The whole report: what ran where, the table, notes, and the targets."""
    lines = [
        f"Command: python benchmarks/run.py {' '.join(argv)}",
        f"Date: {dt.date.today().isoformat()}; clock: {_CLOCK_NAMES[_clock]}",
        f"Machine: {_machine()}",
        f"Python {platform.python_version()}; {_versions()}",
        "Input size: "
        + ", ".join(f"{r.figures:,} figures = {r.size_mb:,.1f} MiB of JSON" for r in results),
        "Collector: " + "; ".join(f"{mode} = {_MODE_NAMES[mode]}" for mode in modes),
    ]
    if imported:
        lines.append(
            "Import in a fresh interpreter, median CPU s of 5 subprocesses: "
            + ", ".join(f"{name} {_seconds(seconds)}" for name, seconds in imported.items())
        )
    lines += ["", *_table(results, modes), ""]
    notes = sorted({(label, note) for r in results for label, note in r.notes.items()})
    if notes:
        lines += [f"- {label}: {note}" for label, note in notes]
        lines.append("")
    lines += _targets(results, "paused" if "paused" in modes else modes[0])
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print its report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--figures",
        type=int,
        nargs="+",
        default=[1_000, 10_000, 100_000],
        help="dataset sizes, in figures (default: 1000 10000 100000; add 1000000 for a "
        "national programme's size)",
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
        "--collector",
        choices=[*MODES, "both"],
        default="both",
        help="the garbage collector's state while every contender is timed: paused for "
        "all, on for all, or both (default), in two columns",
    )
    parser.add_argument(
        "--no-memory", action="store_true", help="skip the memory measurement (tracemalloc)"
    )
    parser.add_argument(
        "--no-import", action="store_true", help="skip timing `import migrationhealth`"
    )
    args = parser.parse_args(argv)
    global _clock  # noqa: PLW0603 - chosen once, before anything is timed
    _clock = CLOCKS[args.clock]
    if args.repeat < 1 or any(n < 1 for n in args.figures):
        parser.error("--figures and --repeat must be positive")
    modes = MODES if args.collector == "both" else (args.collector,)
    imported = (
        None
        if args.no_import
        else {name: import_time(name) for name in ("migrationhealth", "pydantic", "msgspec")}
    )
    results = []
    for figures in sorted(set(args.figures)):
        print(f"measuring {figures:,} figures...", file=sys.stderr, flush=True)
        results.append(
            measure(figures, args.repeat, args.seed, memory=not args.no_memory, modes=modes)
        )
    print(
        report(
            results,
            sys.argv[1:] if argv is None else argv,
            modes=modes,
            imported=imported,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
