"""The built-in rules, by code range.

- ``MH1xx`` figures (:mod:`.conflicts`, :mod:`.structure`, :mod:`.rates`,
  :mod:`.wholes`, :mod:`.counts`): conflicts, implausible averages, funnels, breakdowns,
  sub-groups, rates, parts, increments, repeats, listed items, percent changes and
  shares.
- ``MH2xx`` dates and periods (:mod:`.periods`, :mod:`.dates`, :mod:`.calendar`).
- ``MH3xx`` references and identity (:mod:`.references`, :mod:`.names`).
- ``MH4xx`` citations (:mod:`.citations`) and unreviewed drafts (:mod:`.drafts`).
"""

from __future__ import annotations

from ..registry import Rule
from . import (
    calendar,
    citations,
    conflicts,
    counts,
    dates,
    drafts,
    names,
    periods,
    rates,
    references,
    structure,
    wholes,
)

__all__ = ["BUILTIN_RULES"]

BUILTIN_RULES: tuple[Rule, ...] = tuple(
    sorted(
        (
            *conflicts.RULES,
            *structure.RULES,
            *wholes.RULES,
            *rates.RULES,
            *counts.RULES,
            *periods.RULES,
            *dates.RULES,
            *calendar.RULES,
            *references.RULES,
            *names.RULES,
            *citations.RULES,
            *drafts.RULES,
        ),
        key=lambda r: r.code,
    )
)
"""Every built-in rule, in code order."""
