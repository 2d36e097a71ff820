"""Progress on standard error, when standard error is a terminal, and nothing otherwise.

Loading or validating a million figures takes tens of seconds; a person at a terminal
should see that the command is at work and where. A :class:`Progress` writes one status
line (``migrationhealth: validating, rule 3 of 16 (MH103)``), rewritten in place with a
carriage return and erased when the command is done, so that what the command prints
afterwards starts on a clean line. It writes nothing at all when standard error is not a
terminal (a file, a pipe, CI), with ``--quiet``, or when ``TERM`` is ``dumb``; the status
line has no colour, so ``NO_COLOR`` has nothing to turn off.

Its cost is one short write per step: per phase (reading, validating) and per rule, never
per figure. The benchmark (``benchmarks/run.py``) measures validation with it on.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sys
from collections.abc import Iterable, Iterator
from typing import TextIO

import attrs

from ..validation import Rule
from ..validation.context import Context
from ..validation.findings import Finding

__all__ = ["Progress"]


class Progress:
    """A status line on ``stream`` (standard error), shown only where a person can see it."""

    def __init__(self, stream: TextIO | None = None, *, quiet: bool = False) -> None:
        self.stream = sys.stderr if stream is None else stream
        self.enabled = not quiet and _is_terminal(self.stream)
        self.shown = False

    def show(self, text: str) -> None:
        """Replace the status line with ``text``, cut to the terminal's width."""
        if not self.enabled:
            return
        width = shutil.get_terminal_size((80, 24)).columns - 1
        line = f"migrationhealth: {text}"[:width]
        with contextlib.suppress(OSError, ValueError):
            self.stream.write(f"\r{line}\x1b[K")
            self.stream.flush()
            self.shown = True

    def clear(self) -> None:
        """Erase the status line, if one is shown."""
        if self.shown:
            with contextlib.suppress(OSError, ValueError):
                self.stream.write("\r\x1b[K")
                self.stream.flush()
            self.shown = False

    @contextlib.contextmanager
    def step(self, text: str) -> Iterator[None]:
        """Show ``text`` while the block runs; erase it after, however the block ends."""
        self.show(text)
        try:
            yield
        finally:
            self.clear()

    def rules(self, rules: Iterable[Rule]) -> tuple[Rule, ...]:
        """``rules``, each showing ``validating, rule i of n (CODE)`` when it starts to run.

        Without a terminal, the rules are returned as they are.
        """
        chosen = tuple(rules)
        if not self.enabled:
            return chosen
        total = len(chosen)

        def reporting(rule: Rule, index: int) -> Rule:
            check = rule.check

            def announce(context: Context) -> Iterable[Finding]:
                self.show(f"validating, rule {index} of {total} ({rule.code})")
                return check(context)

            return attrs.evolve(rule, check=announce)

        return tuple(reporting(rule, index) for index, rule in enumerate(chosen, 1))


def _is_terminal(stream: TextIO) -> bool:
    if os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, OSError, ValueError):
        return False
