"""Quantities: a reported number with its unit and how the report hedged it.

Every :class:`Qualifier` defines the :class:`~migrationhealth.interval.Interval` of
values that a report using it is consistent with. With ``v`` the reported value:

============  ==========================  =====================================
qualifier     reads as                    interval
============  ==========================  =====================================
exact         "564 students"              ``[v, v]``
approximate   "about", "around", "some"   ``[v - 10 %, v + 10 %]``
almost        "almost", "nearly"          ``[v - 10 %, v]``
at_least      "at least"                  ``[v, ∞)``
more_than     "more than", "over"         ``[v + 1, ∞)`` for whole numbers, else ``[v, ∞)``
at_most       "at most", "up to"          ``[0, v]``
less_than     "less than", "fewer than"   ``[0, v - 1]`` for whole numbers, else ``[0, v]``
average       "an average of"             ``[v, v]``: the mean, not each occurrence
several       "hundreds", "thousands"     ``[2 v, 10 v - 1]``, ``v`` the magnitude (100)
============  ==========================  =====================================

So "almost half a million" admits 450,000 to 500,000, and 480,000 agrees with it;
"more than two decades" admits 3 decades and more. Percentages are exact decimals, and
bounds of whole numbers are rounded inwards to whole numbers (``ceil`` of the low bound,
``floor`` of the high), because a count of people is a whole number.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

import attrs

from . import _validators as v
from ._escape import echo
from .enums import _Vocabulary
from .errors import InvalidValueError
from .interval import Interval, Number, _WithBounds

__all__ = ["APPROXIMATE_TOLERANCE", "MAX_VALUE", "Per", "Qualifier", "Quantity"]

APPROXIMATE_TOLERANCE = Decimal("0.10")
"""The relative tolerance of ``approximate`` and ``almost``: 10 % of the value."""

_MAX_DIGITS = 15
MAX_VALUE = 10**15
"""The largest value a quantity may hold: beyond any plausible count of people or services."""


class Qualifier(_Vocabulary):
    """How a report hedged a number; see the module documentation for each interval."""

    EXACT = "exact"
    APPROXIMATE = "approximate"
    ALMOST = "almost"
    AT_LEAST = "at_least"
    MORE_THAN = "more_than"
    AT_MOST = "at_most"
    LESS_THAN = "less_than"
    AVERAGE = "average"
    SEVERAL = "several"


def _canonical_number(value: object) -> object:
    """A Decimal with no fractional digits (``Decimal("5")``, ``Decimal("3E+2")``) is an int.

    ``Decimal("3.0")`` keeps its fractional digit and stays a Decimal. A whole number of
    more than 30 digits stays a Decimal too, for the validator to refuse: ``1E+999999999``
    is never expanded into the integer it stands for.
    """
    if isinstance(value, Decimal) and value.is_finite():
        exponent = value.as_tuple().exponent
        if isinstance(exponent, int) and exponent >= 0 and value.adjusted() < 30:
            return int(value)
    return value


def _shown(value: Decimal) -> str:
    text = str(value)
    return text if len(text) <= 40 else f"a number of {len(value.as_tuple().digits)} digits"


def check_number(attribute: str, value: object, *, positive: bool = False) -> None:
    """Raise unless ``value`` is a non-negative (or positive) int or finite Decimal.

    Decimals are limited to 15 significant digits (trailing zeros not counted) and 15
    decimal places, which every reported rate fits and which a JSON number carries
    without loss.
    """
    if type(value) is int:
        pass
    elif isinstance(value, Decimal):
        if not value.is_finite():
            raise InvalidValueError(attribute, f"must be a finite number, got {value}", value)
        _, digits, exponent = value.as_tuple()
        # Trailing zeros carry no digit a float could lose: 300.0 and 3E+2 are one digit.
        zeros = len(digits) - len(bytes(digits).rstrip(b"\0")) if digits[-1] == 0 else 0
        if len(digits) - zeros > _MAX_DIGITS:
            raise InvalidValueError(
                attribute,
                f"must have at most {_MAX_DIGITS} significant digits, got {_shown(value)}",
                value,
            )
        # Below this a decimal would not survive its float in JSON text (1E-400 is 0.0).
        if isinstance(exponent, int) and exponent + zeros < -_MAX_DIGITS and value:
            raise InvalidValueError(
                attribute,
                f"must have at most {_MAX_DIGITS} decimal places, got {_shown(value)}",
                value,
            )
    elif isinstance(value, float):
        raise InvalidValueError(
            attribute,
            f"expected an int or a Decimal, got the float {value!r}; "
            f"write Decimal({str(value)!r}) so the reported digits are kept",
            value,
        )
    else:
        raise InvalidValueError(
            attribute,
            f"expected an int or a Decimal, got {type(value).__name__} {echo(value)}",
            value,
        )
    if positive and value <= 0:
        raise InvalidValueError(attribute, f"must be > 0, got {value}", value)
    if value < 0:
        raise InvalidValueError(attribute, f"must be >= 0, got {value}", value)
    if value > MAX_VALUE:
        shown = f"{value}" if value < 10**30 else "a number of more than 30 digits"
        raise InvalidValueError(attribute, f"must be at most 10**15, got {shown}", value)


def _number(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    check_number(attribute.name, value)


def _positive(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    check_number(attribute.name, value, positive=True)


@attrs.frozen(kw_only=True)
class Per:
    """The denominator of a rate: "per 1,000 inhabitants", "per week".

    >>> str(Per(amount=1000, unit="inhabitants"))
    'per 1,000 inhabitants'
    """

    amount: Number = attrs.field(default=1, converter=_canonical_number, validator=_positive)
    unit: str = attrs.field(validator=v.text)

    def __str__(self) -> str:
        if self.amount == 1:
            return f"per {self.unit}"
        return f"per {self.amount:,} {self.unit}"


@attrs.frozen(kw_only=True)
class Quantity(_WithBounds):
    """A reported value with its unit, its qualifier, and, for rates, what it is per.

    ``value`` is an ``int``, or a ``Decimal`` for a non-whole number such as the 2.4 in
    "2.4 doctors per 1,000 inhabitants"; floats are refused, so that the digits the report
    printed are the digits kept. ``unit`` names what is counted ("people", "services",
    "doctors", "decades"). The qualifier's interval is :attr:`interval`.

    >>> q = Quantity(value=500_000, unit="people", qualifier=Qualifier.ALMOST)
    >>> q.low, q.high
    (450000, 500000)
    """

    value: Number = attrs.field(converter=_canonical_number, validator=_number)
    unit: str = attrs.field(validator=v.text)
    qualifier: Qualifier = attrs.field(default=Qualifier.EXACT, validator=v.member(Qualifier))
    per: Per | None = attrs.field(default=None, validator=v.optional(v.instance(Per)))

    @property
    def interval(self) -> Interval:
        """The values the report is consistent with, by the qualifier's rule."""
        return qualifier_interval(self.value, self.qualifier)

    @property
    def is_rate(self) -> bool:
        """Whether the quantity is per something (per 1,000 inhabitants, per week)."""
        return self.per is not None

    def __str__(self) -> str:
        per = "" if self.per is None else f" {self.per}"
        return f"{_WORDS[self.qualifier]}{self.value:,} {self.unit}{per}"


# Built once: validation and reports print quantities by the hundred thousand.
_WORDS = {
    Qualifier.EXACT: "",
    Qualifier.APPROXIMATE: "about ",
    Qualifier.ALMOST: "almost ",
    Qualifier.AT_LEAST: "at least ",
    Qualifier.MORE_THAN: "more than ",
    Qualifier.AT_MOST: "at most ",
    Qualifier.LESS_THAN: "less than ",
    Qualifier.AVERAGE: "an average of ",
    Qualifier.SEVERAL: "several times ",
}


def qualifier_interval(value: Number, qualifier: Qualifier) -> Interval:
    """The interval that ``qualifier`` applied to ``value`` admits (see the module doc)."""
    whole = type(value) is int
    if qualifier in (Qualifier.EXACT, Qualifier.AVERAGE):
        return Interval(low=value, high=value)
    if qualifier in (Qualifier.APPROXIMATE, Qualifier.ALMOST):
        margin = Decimal(value) * APPROXIMATE_TOLERANCE
        low: Number = Decimal(value) - margin
        high: Number = value if qualifier is Qualifier.ALMOST else Decimal(value) + margin
        if whole:
            low, high = math.ceil(low), math.floor(high)
        return Interval(low=low, high=high)
    if qualifier is Qualifier.AT_LEAST:
        return Interval(low=value)
    if qualifier is Qualifier.MORE_THAN:
        return Interval(low=value + 1 if whole else value)
    if qualifier is Qualifier.AT_MOST:
        return Interval(low=0, high=value)
    if qualifier is Qualifier.LESS_THAN:
        return Interval(low=0, high=max(value - 1, 0) if whole else value)
    if qualifier is Qualifier.SEVERAL:
        return Interval(low=2 * value, high=max(10 * value - 1, 2 * value) if whole else 10 * value)
    raise AssertionError(f"unhandled qualifier {qualifier!r}")  # pragma: no cover
