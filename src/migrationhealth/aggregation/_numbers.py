"""Exact arithmetic on bounds: sums, pro rata shares and quotients, rounded outwards.

Bounds are ``int`` or ``Decimal``. Sums are exact. A quotient that is not a whole
number is given to 15 significant digits, the low bound rounded down and the high
bound rounded up, so the interval always contains the exact result.
"""

from __future__ import annotations

import decimal
from collections.abc import Iterable
from decimal import Decimal
from fractions import Fraction

from ..interval import Interval, Number
from .errors import AggregationError

__all__ = ["add", "bound", "divide", "fraction", "scale"]

_DIGITS = 15
_FLOOR = decimal.Context(prec=_DIGITS, rounding=decimal.ROUND_FLOOR)
_CEILING = decimal.Context(prec=_DIGITS, rounding=decimal.ROUND_CEILING)
# Sums of a million values of 15 digits need about 22; this leaves room for anything.
_EXACT = decimal.Context(prec=200, traps=[decimal.Inexact, decimal.InvalidOperation])


def fraction(value: Number) -> Fraction:
    """The exact fraction of an ``int`` or ``Decimal``."""
    return Fraction(value)


def bound(value: Fraction, *, up: bool) -> Number:
    """``value`` as an ``int`` when whole, else a ``Decimal`` rounded outwards.

    >>> bound(Fraction(8_700_000, 20), up=False)
    435000
    >>> bound(Fraction(1, 3), up=False), bound(Fraction(1, 3), up=True)
    (Decimal('0.333333333333333'), Decimal('0.333333333333334'))
    """
    if value.denominator == 1:
        return value.numerator
    context = _CEILING if up else _FLOOR
    result = context.divide(Decimal(value.numerator), Decimal(value.denominator))
    if result == result.to_integral_value():
        return int(result)
    return result.normalize(context)


def add(intervals: Iterable[Interval]) -> Interval:
    """The sum of intervals, exactly; ``[0, 0]`` for none."""
    low: Number = 0
    high: Number | None = 0
    with decimal.localcontext(_EXACT):
        for interval in intervals:
            low += interval.low
            if high is not None:
                high = None if interval.high is None else high + interval.high
    return Interval(low=_tidy(low), high=None if high is None else _tidy(high))


def _tidy(value: Number) -> Number:
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return int(value)
    return value


def scale(interval: Interval, factor: Fraction) -> Interval:
    """``interval`` multiplied by a non-negative ``factor``, rounded outwards."""
    low = bound(fraction(interval.low) * factor, up=False)
    high = None if interval.high is None else bound(fraction(interval.high) * factor, up=True)
    return Interval(low=low, high=high)


def divide(
    numerator: Interval, low: Fraction, high: Fraction | None, *, times: Fraction
) -> Interval:
    """``numerator / [low, high] * times``, rounded outwards; ``high=None`` is unbounded.

    A denominator that may be zero makes the quotient unbounded above; one that can
    only be zero raises :class:`~migrationhealth.aggregation.AggregationError`.
    """
    if high == 0:
        raise AggregationError("cannot divide by an amount that is 0")
    top: Fraction | None
    if numerator.high is None:
        top = None
    elif numerator.high == 0:
        top = Fraction(0)
    else:
        top = None if low == 0 else fraction(numerator.high) / low * times
    bottom = Fraction(0) if high is None else fraction(numerator.low) / high * times
    return Interval(low=bound(bottom, up=False), high=None if top is None else bound(top, up=True))
