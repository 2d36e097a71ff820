"""How results read: numbers and intervals in words, and small HTML tables for notebooks."""

from __future__ import annotations

from collections.abc import Sequence

from .._html import table
from ..interval import Interval, Number

__all__ = ["html_table", "show_interval", "show_number"]


def show_number(value: Number) -> str:
    """A number with thousands separators: ``8,700,000``, ``2.4``."""
    return f"{value:,}"


def show_interval(interval: Interval) -> str:
    """An interval in words: ``314``, ``450,000 to 500,000``, ``at least 21``, ``more than 2``.

    >>> show_interval(Interval(low=450_000, high=500_000))
    '450,000 to 500,000'
    """
    if interval.high is None:
        words = "more than" if interval.low_open else "at least"
        return f"{words} {show_number(interval.low)}"
    if interval.low == interval.high:
        return show_number(interval.low)
    return f"{show_number(interval.low)} to {show_number(interval.high)}"


def html_table(caption: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """An HTML table for a notebook, every cell escaped, long tables cut short."""
    return table(header, rows, caption=caption, total=len(rows))
