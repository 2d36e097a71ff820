"""How results read: numbers and intervals in words, and small HTML tables for notebooks."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction

from .._html import table
from ..interval import Interval, Number

__all__ = ["html_table", "rounding_of_one", "show_exact", "show_interval", "show_number"]


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
    return show_number(rounded.normalize())  # 0.5, not 0.50


def rounding_of_one(interval: Interval) -> Fraction | None:
    """The number an interval stands for when its bounds only round it outwards, else ``None``.

    A quotient of exact numbers that is not whole is kept as bounds of 15 significant
    digits, one unit of the last digit apart (14,309.2105263157 to 14,309.2105263158):
    they say one number, whose midpoint is returned. Bounds that differ by more, or that
    have fewer digits, are a real interval.
    """
    low, high = interval.low, interval.high
    if not isinstance(low, Decimal) or not isinstance(high, Decimal) or low == high:
        return None
    low_digits, high_digits = low.as_tuple(), high.as_tuple()
    if max(len(low_digits.digits), len(high_digits.digits)) < _ROUNDED_DIGITS:
        return None
    exponents = [e for e in (low_digits.exponent, high_digits.exponent) if isinstance(e, int)]
    if len(exponents) < 2 or high - low > Decimal(1).scaleb(min(exponents)):
        return None
    return (Fraction(low) + Fraction(high)) / 2


_ROUNDED_DIGITS = 12
"""Bounds with at least this many significant digits may be the rounding of one number."""


def show_interval(interval: Interval) -> str:
    """An interval in words: ``314``, ``450,000 to 500,000``, ``at least 21``, ``more than 2``.

    Bounds that only round one number outwards are shown as that number, rounded once
    (see :func:`rounding_of_one` and :func:`show_exact`).

    >>> show_interval(Interval(low=450_000, high=500_000))
    '450,000 to 500,000'
    >>> from decimal import Decimal
    >>> show_interval(Interval(low=Decimal("14309.2105263157"), high=Decimal("14309.2105263158")))
    '14,309.2'
    """
    one = rounding_of_one(interval)
    if one is not None:
        return show_exact(one)
    if interval.high is None:
        words = "more than" if interval.low_open else "at least"
        return f"{words} {show_number(interval.low)}"
    if interval.low == interval.high:
        return show_number(interval.low)
    return f"{show_number(interval.low)} to {show_number(interval.high)}"


def html_table(caption: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """An HTML table for a notebook, every cell escaped, long tables cut short."""
    return table(header, rows, caption=caption, total=len(rows))
