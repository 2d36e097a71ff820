"""How results read: numbers and intervals in words, and small HTML tables for notebooks."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction

from .._html import table
from ..interval import Interval, Number

__all__ = ["html_table", "show_exact", "show_interval", "show_number"]


def show_number(value: Number) -> str:
    """A number with thousands separators: ``8,700,000``, ``2.4``."""
    return f"{value:,}"


def show_exact(value: Fraction) -> str:
    """An exact value rounded as a reader wants it.

    Whole numbers are shown as they are, others to one decimal place (two significant
    digits below 1).

    >>> show_exact(Fraction(271_875, 19)), show_exact(Fraction(8_700_000, 20))
    ('14,309.2', '435,000')
    >>> show_exact(Fraction(1, 300))
    '0.0033'
    """
    if value.denominator == 1:
        return show_number(value.numerator)
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    # Below 1, two significant digits: 0.0033, 0.42.
    places = Decimal("0.1") if abs(value) >= 1 else Decimal(1).scaleb(exact.adjusted() - 1)
    rounded = exact.quantize(places, rounding=ROUND_HALF_EVEN)
    if rounded == rounded.to_integral_value():
        return show_number(int(rounded))
    return show_number(rounded)


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
