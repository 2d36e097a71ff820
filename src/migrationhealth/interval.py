"""Intervals of numbers, the values a hedged figure is consistent with.

An :class:`Interval` has a ``low`` bound and a ``high`` bound; ``high`` is ``None``
when the interval is unbounded above ("more than two decades"). Either bound may be
open: "more than two decades" of a duration admits every length above 20 years, 20.5
included and 20 excluded, which is the interval ``(2, ∞)`` in decades; ``low_open``
says the low bound itself is not admitted. Bounds are ``int`` or ``decimal.Decimal``:
never ``float``, so sums of counts stay exact.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

import attrs

from .errors import InvalidValueError

__all__ = ["Interval", "Number"]

Number = int | Decimal


def _number(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is None and attribute.name == "high":
        return
    if type(value) is int or (isinstance(value, Decimal) and value.is_finite()):
        return
    raise InvalidValueError(
        attribute.name, f"expected an int or a finite Decimal, got {value!r}", value
    )


def _flag(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not bool:
        raise InvalidValueError(attribute.name, f"must be True or False, got {value!r}", value)


@attrs.frozen(kw_only=True, repr=False)
class Interval:
    """The interval from ``low`` to ``high``; ``high=None`` means unbounded above.

    Bounds are closed (admitted) unless ``low_open`` or ``high_open`` says otherwise:
    ``Interval(low=2, low_open=True)`` is ``(2, ∞)``, every number above 2.

    >>> Interval(low=450_000, high=500_000).overlaps(Interval(low=480_000, high=480_000))
    True
    >>> Interval(low=171, high=171) + Interval(low=143, high=143)
    Interval(low=314, high=314)
    >>> Interval(low=2, low_open=True).contains(2), Interval(low=2, low_open=True).contains(3)
    (False, True)
    """

    low: Number = attrs.field(validator=_number)
    high: Number | None = attrs.field(default=None, validator=_number)
    low_open: bool = attrs.field(default=False, validator=_flag)
    high_open: bool = attrs.field(default=False, validator=_flag)

    def __attrs_post_init__(self) -> None:
        if self.high is None:
            if self.high_open:
                raise InvalidValueError(
                    "high_open", "an unbounded interval has no high bound to open", True
                )
            return
        if self.high < self.low:
            raise InvalidValueError(
                "high", f"must be >= low ({self.low}), got {self.high}", self.high
            )
        if self.high == self.low and (self.low_open or self.high_open):
            raise InvalidValueError(
                "high",
                f"an interval from {self.low} to itself with an open end is empty",
                self.high,
            )

    def __repr__(self) -> str:
        flags = "".join(
            f", {name}=True" for name in ("low_open", "high_open") if getattr(self, name)
        )
        return f"Interval(low={self.low!r}, high={self.high!r}{flags})"

    @classmethod
    def point(cls, value: Number) -> Interval:
        """The interval holding one value."""
        return cls(low=value, high=value)

    @property
    def bounded(self) -> bool:
        """Whether the interval has an upper bound."""
        return self.high is not None

    @property
    def width(self) -> Number | None:
        """``high - low``, or ``None`` when unbounded."""
        return None if self.high is None else self.high - self.low

    @property
    def closed(self) -> bool:
        """Whether both bounds are admitted (an unbounded high end counts as closed)."""
        return not (self.low_open or self.high_open)

    def contains(self, value: Number) -> bool:
        """Whether ``value`` lies in the interval, open bounds excluded."""
        if value < self.low or (self.low_open and value == self.low):
            return False
        high = self.high
        return high is None or value < high or (value == high and not self.high_open)

    def intersection(self, other: Interval) -> Interval | None:
        """The values both intervals admit, or ``None`` when there are none."""
        if self.low > other.low:
            low, low_open = self.low, self.low_open
        elif other.low > self.low:
            low, low_open = other.low, other.low_open
        else:
            low, low_open = self.low, self.low_open or other.low_open
        high: Number | None
        if self.high is None or (other.high is not None and other.high < self.high):
            high, high_open = other.high, other.high_open
        elif other.high is None or self.high < other.high:
            high, high_open = self.high, self.high_open
        else:
            high, high_open = self.high, self.high_open or other.high_open
        if high is not None and (high < low or (high == low and (low_open or high_open))):
            return None
        return Interval(low=low, high=high, low_open=low_open, high_open=high_open)

    def overlaps(self, other: Interval) -> bool:
        """Whether some value lies in both intervals."""
        if self.closed and other.closed:
            return (self.high is None or other.low <= self.high) and (
                other.high is None or self.low <= other.high
            )
        return self.intersection(other) is not None

    def hull(self, other: Interval) -> Interval:
        """The smallest interval containing both."""
        if self.low < other.low:
            low, low_open = self.low, self.low_open
        elif other.low < self.low:
            low, low_open = other.low, other.low_open
        else:
            low, low_open = self.low, self.low_open and other.low_open
        high: Number | None
        if self.high is None or other.high is None:
            high, high_open = None, False
        elif self.high > other.high:
            high, high_open = self.high, self.high_open
        elif other.high > self.high:
            high, high_open = other.high, other.high_open
        else:
            high, high_open = self.high, self.high_open and other.high_open
        return Interval(low=low, high=high, low_open=low_open, high_open=high_open)

    def __add__(self, other: Interval) -> Interval:
        if not isinstance(other, Interval):
            return NotImplemented
        if self.high is None or other.high is None:
            return Interval(low=self.low + other.low, low_open=self.low_open or other.low_open)
        return Interval(
            low=self.low + other.low,
            high=self.high + other.high,
            low_open=self.low_open or other.low_open,
            high_open=self.high_open or other.high_open,
        )

    def __str__(self) -> str:
        low = f"{'(' if self.low_open else '['}{self.low:,}"
        if self.high is None:
            return f"{low}, ∞)"
        return f"{low}, {self.high:,}{')' if self.high_open else ']'}"


class _WithBounds:
    """What has an ``interval`` (a quantity, a total, a rate): its bounds by name."""

    __slots__ = ()

    if TYPE_CHECKING:

        @property
        def interval(self) -> Interval: ...

    @property
    def low(self) -> Number:
        """The interval's low bound."""
        return self.interval.low

    @property
    def high(self) -> Number | None:
        """The interval's high bound, ``None`` when unbounded."""
        return self.interval.high
