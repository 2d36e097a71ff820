"""Where the time of ``validate`` goes: the shared walk, then each rule on its own.

    python benchmarks/rules.py --figures 100000 --repeat 3

On the synthetic dataset of ``synthetic.py``, loaded with ``loads``, with the garbage
collector paused, as the median of interleaved runs of CPU time, it times: the shared
walk over the figures (``_Shared``); what it derives for the rules (each figure's
interval and effective period, the index of ids, the columns of the figures' fields);
then each built-in rule on that shared walk, its findings drained, in code order, as
``validate`` runs them; and ``validate`` whole. What a rule works out first for
several rules is counted in that rule's time.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic

import migrationhealth as mh
from migrationhealth.validation import builtin_rules
from migrationhealth.validation.context import Context, _Shared


def _one_run(dataset: mh.Dataset) -> dict[str, float]:
    """The CPU seconds of each step of one validation, in the order they run."""
    clock = time.process_time
    times: dict[str, float] = {}
    start = clock()
    shared = _Shared(dataset)
    times["shared walk"] = clock() - start
    steps: tuple[tuple[str, Callable[[], object]], ...] = (
        ("intervals", lambda: shared.intervals),
        ("effective periods", lambda: shared.periods),
        ("index of ids", lambda: shared.figure_ids),
        (
            "columns of the figures' fields",
            lambda: (
                shared.measures,
                shared.qualifiers,
                shared.pers,
                shared.planned,
                shared.citations,
                shared.linked,
            ),
        ),
    )
    for label, step in steps:
        start = clock()
        step()
        times[label] = clock() - start
    for rule in builtin_rules():
        context = Context(dataset, rule, _shared=shared)
        start = clock()
        for _ in rule.check(context):
            pass
        times[f"{rule.code} {rule.name}"] = clock() - start
    start = clock()
    len(mh.validate(dataset))
    times["validate, whole"] = clock() - start
    return times


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", type=int, nargs="+", default=[100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args(argv)
    for figures in args.figures:
        dataset = mh.loads(synthetic.dataset_text(figures, args.seed))
        runs: list[dict[str, float]] = []
        collecting = gc.isenabled()
        gc.disable()
        try:
            _one_run(dataset)  # warm caches
            runs.extend(_one_run(dataset) for _ in range(args.repeat))
        finally:
            if collecting:
                gc.enable()
        print(f"{figures:,} figures, collector paused, median CPU s of {args.repeat}:")
        rules_total = 0.0
        for label in runs[0]:
            median = statistics.median(run[label] for run in runs)
            if label != "validate, whole":
                rules_total += median
            print(f"  {median:8.3f}  {label}")
        print(f"  {rules_total:8.3f}  sum of the steps above")


if __name__ == "__main__":
    main()
