"""What the command line's progress line costs: validation with it on, and off.

``migrationhealth validate`` shows a status line on standard error when it is a terminal
(see ``migrationhealth.cli._progress``): one write per phase and per rule. This times
``validate`` on a synthetic dataset with the rules wrapped as the command wraps them,
writing to a stream that says it is a terminal, against the same rules unwrapped, and
prints the medians and the difference.

Run it with ``python benchmarks/progress.py --figures 100000 --repeat 5``.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import time
from collections.abc import Sequence

import synthetic

import migrationhealth as mh
from migrationhealth.cli._progress import Progress
from migrationhealth.validation import registered_rules


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def measure(figures: int, repeat: int, seed: int = 1) -> tuple[float, float, int]:
    """Median seconds of validate without and with progress, and the bytes progress wrote."""
    dataset = mh.loads(synthetic.dataset_text(figures, seed))
    os.environ.setdefault("TERM", "xterm")
    plain: list[float] = []
    shown: list[float] = []
    written = 0
    for _ in range(repeat):
        started = time.perf_counter()
        mh.validate(dataset, rules=registered_rules())
        plain.append(time.perf_counter() - started)
        stream = _Terminal()
        progress = Progress(stream)
        started = time.perf_counter()
        mh.validate(dataset, rules=progress.rules(registered_rules()))
        progress.clear()
        shown.append(time.perf_counter() - started)
        written = len(stream.getvalue())
    return statistics.median(plain), statistics.median(shown), written


def main(argv: Sequence[str] | None = None) -> int:
    """Print the cost of the progress line at each size asked for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--figures", type=int, nargs="+", default=[10_000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    print("figures    validate   with progress   difference   progress wrote")
    for figures in args.figures:
        plain, shown, written = measure(figures, args.repeat)
        print(
            f"{figures:>9,}  {plain:>8.3f} s  {shown:>12.3f} s  {shown - plain:>+9.3f} s  "
            f"{written:>8,} characters"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
