"""Closed intervals of numbers, the values a hedged figure is consistent with.

An :class:`Interval` has a ``low`` bound and a ``high`` bound; ``high`` is ``None``
when the interval is unbounded above ("more than two decades"). Bounds are ``int`` or
``decimal.Decimal``: never ``float``, so sums of counts stay exact.
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


@attrs.frozen(kw_only=True)
class Interval:
    """The closed interval ``[low, high]``; ``high=None`` means unbounded above.

    >>> Interval(low=450_000, high=500_000).overlaps(Interval(low=480_000, high=480_000))
    True
    >>> Interval(low=171, high=171) + Interval(low=143, high=143)
    Interval(low=314, high=314)
    """

    low: Number = attrs.field(validator=_number)
    high: Number | None = attrs.field(default=None, validator=_number)

    def __attrs_post_init__(self) -> None:
        if self.high is not None and self.high < self.low:
            raise InvalidValueError(
                "high", f"must be >= low ({self.low}), got {self.high}", self.high
            )

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

    def contains(self, value: Number) -> bool:
        """Whether ``value`` lies in the interval."""
        return self.low <= value and (self.high is None or value <= self.high)

    def overlaps(self, other: Interval) -> bool:
        """Whether some value lies in both intervals."""
        return (self.high is None or other.low <= self.high) and (
            other.high is None or self.low <= other.high
        )

    def hull(self, other: Interval) -> Interval:
        """The smallest interval containing both."""
        high = None if self.high is None or other.high is None else max(self.high, other.high)
        return Interval(low=min(self.low, other.low), high=high)

    def __add__(self, other: Interval) -> Interval:
        if not isinstance(other, Interval):
            return NotImplemented
        high = None if self.high is None or other.high is None else self.high + other.high
        return Interval(low=self.low + other.low, high=high)

    def __str__(self) -> str:
        high = "∞" if self.high is None else f"{self.high:,}"
        return f"[{self.low:,}, {high}]"


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
