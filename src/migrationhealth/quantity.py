"""Quantities: a reported number with its unit and how the report hedged it.

Every :class:`Qualifier` defines the :class:`~migrationhealth.interval.Interval` of
values that a report using it is consistent with. With ``v`` the reported value:

============  ==========================  =============================================
qualifier     reads as                    interval
============  ==========================  =============================================
exact         "564 students"              ``[v, v]``
approximate   "about", "around", "some"   ``[v - 10 %, v + 10 %]``
almost        "almost", "nearly"          ``[v - 10 %, v]``
at_least      "at least"                  ``[v, ∞)``
more_than     "more than", "over"         ``[v + 1, ∞)`` for whole counts, else ``(v, ∞)``
at_most       "at most", "up to"          ``[0, v]``
less_than     "less than", "fewer than"   ``[0, v - 1]`` for whole counts, else ``[0, v)``
average       "an average of"             ``[v, v]``: the mean, not each occurrence
several       "hundreds", "thousands"     ``[2 v, 10 v - 1]``, ``v`` the magnitude (100),
                                          ``[2 v, 10 v)`` when not a whole count
============  ==========================  =============================================

A *whole count* counts whole things (people, services): "more than 300 people" admits
301 and up. Anything else (a duration, a distance, a percentage, a rate) can take any
value: "more than two decades" admits every length above 20 years, 25 years included
and 20 excluded, the open interval ``(2, ∞)`` in decades. Whether a quantity counts
whole things is known from its figure's measure (:attr:`Measure.whole
<migrationhealth.Measure>`); a bare quantity is taken as a whole count when its value is
an ``int`` and its unit is not a unit of time, distance or percent
(:func:`continuous_unit`). So "almost half a million" admits 450,000 to 500,000, and
480,000 agrees with it. Bounds of whole counts are rounded inwards to whole numbers
(``ceil`` of the low bound, ``floor`` of the high), because a count of people is a whole
number. :func:`in_time_unit` puts durations written in years, decades, months, weeks or
days (in English, Spanish, Portuguese or French) in one unit, so that they compare.
"""

from __future__ import annotations

import functools
import math
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs

from . import _validators as v
from ._escape import echo
from .enums import _Vocabulary
from .errors import InvalidValueError
from .interval import Interval, Number, _WithBounds

__all__ = [
    "APPROXIMATE_TOLERANCE",
    "MAX_VALUE",
    "Per",
    "Qualifier",
    "Quantity",
    "continuous_unit",
    "in_time_unit",
    "qualifier_interval",
    "time_unit",
]

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


def _passes(value: object, *, positive: bool = False) -> bool:
    try:
        check_number("value", value, positive=positive)
    except InvalidValueError:
        return False
    return True


v.KEEPS[_canonical_number] = int
# Counts are checked in line by the fast loader; decimals by check_number itself.
v.CHECKS[_number] = (
    "(0 <= {v} <= _max_value if type({v}) is int else _number_passes({v}))",
    {"_max_value": MAX_VALUE, "_number_passes": _passes},
)
v.CHECKS[_positive] = (
    "(0 < {v} <= _max_value if type({v}) is int else _positive_passes({v}))",
    {"_max_value": MAX_VALUE, "_positive_passes": functools.partial(_passes, positive=True)},
)


@attrs.frozen(kw_only=True, weakref_slot=False)
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


@attrs.frozen(kw_only=True, weakref_slot=False)
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
        """The values the report is consistent with, by the qualifier's rule.

        The quantity is read as a whole count when its value is an ``int``, it is not
        a rate, and its unit is not one of time, distance or percent; a figure reads
        its quantity by its measure instead (:meth:`interval_as`).
        """
        return qualifier_interval(
            self.value,
            self.qualifier,
            whole=self.per is None and not continuous_unit(self.unit),
        )

    def interval_as(self, *, whole: bool) -> Interval:
        """The interval of the quantity read as a whole count (``whole``) or not.

        >>> decades = Quantity(value=2, unit="decades", qualifier=Qualifier.MORE_THAN)
        >>> str(decades.interval_as(whole=False)), str(decades.interval_as(whole=True))
        ('(2, ∞)', '[3, ∞)')
        """
        return qualifier_interval(self.value, self.qualifier, whole=whole and self.per is None)

    @property
    def shown_value(self) -> str:
        """The value as it may be shown: the number, or for ``several`` its interval.

        "the hundreds" has no exact value, so it is shown as what it admits, never as a
        made-up 100: ``"200 to 999"``.
        """
        if self.qualifier is Qualifier.SEVERAL:
            interval = self.interval
            high = "" if interval.high is None else f"{interval.high:,}"
            end = "to" if interval.high is None or not interval.high_open else "to under"
            return f"{interval.low:,} {end} {high}".rstrip()
        return f"{self.value:,}"

    @property
    def is_rate(self) -> bool:
        """Whether the quantity is per something (per 1,000 inhabitants, per week)."""
        return self.per is not None

    def __str__(self) -> str:
        per = "" if self.per is None else f" {self.per}"
        if self.qualifier is Qualifier.SEVERAL:
            words = _MAGNITUDES.get(self.value, f"several times {self.value:,}")
            return f"{self.shown_value} {self.unit}{per} ({words})"
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
_MAGNITUDES: dict[Number, str] = {
    10: "tens",
    12: "dozens",
    100: "hundreds",
    1000: "thousands",
    10**4: "tens of thousands",
    10**5: "hundreds of thousands",
    10**6: "millions",
}


def qualifier_interval(value: Number, qualifier: Qualifier, *, whole: bool = True) -> Interval:
    """The interval that ``qualifier`` applied to ``value`` admits (see the module doc).

    ``whole`` says whether the value counts whole things; a ``Decimal`` value never
    does. "More than" and "less than" a whole count exclude the value by moving to the
    next whole number; of anything else they exclude it by an open bound.
    """
    whole = whole and type(value) is int
    if qualifier in (Qualifier.EXACT, Qualifier.AVERAGE):
        return Interval(low=value, high=value)
    if qualifier in (Qualifier.APPROXIMATE, Qualifier.ALMOST):
        margin = Decimal(value) * APPROXIMATE_TOLERANCE
        low: Number = Decimal(value) - margin
        high: Number = value if qualifier is Qualifier.ALMOST else Decimal(value) + margin
        if whole:
            low, high = math.ceil(low), math.floor(high)
        return Interval(low=_whole_if_exact(low), high=_whole_if_exact(high))
    if qualifier is Qualifier.AT_LEAST:
        return Interval(low=value)
    if qualifier is Qualifier.MORE_THAN:
        return Interval(low=value + 1) if whole else Interval(low=value, low_open=True)
    if qualifier is Qualifier.AT_MOST:
        return Interval(low=0, high=value)
    if qualifier is Qualifier.LESS_THAN:
        if whole:
            return Interval(low=0, high=max(value - 1, 0))
        return Interval(low=0, high=value, high_open=value > 0)
    if qualifier is Qualifier.SEVERAL:
        if whole:
            return Interval(low=2 * value, high=max(10 * value - 1, 2 * value))
        return Interval(low=2 * value, high=10 * value, high_open=value > 0)
    raise AssertionError(f"unhandled qualifier {qualifier!r}")  # pragma: no cover


def _whole_if_exact(value: Number) -> Number:
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return int(value)
    return value


def _words(*groups: tuple[str, tuple[str, ...]]) -> dict[str, str]:
    return {word: unit for unit, words in groups for word in words}


_TIME_WORDS = _words(
    ("day", ("day", "days", "dia", "dias", "día", "días", "jour", "jours", "journée", "journées")),
    ("week", ("week", "weeks", "semana", "semanas", "semaine", "semaines")),
    ("month", ("month", "months", "mes", "meses", "mês", "mois")),
    ("year", ("year", "years", "año", "años", "ano", "anos", "an", "ans", "année", "années")),
    (
        "decade",
        (
            "decade",
            "decades",
            "década",
            "décadas",
            "decada",
            "decadas",
            "décennie",
            "décennies",
            "decênio",
            "decênios",
        ),
    ),
)
_OTHER_CONTINUOUS = frozenset(
    {
        "%",
        "percent",
        "per cent",
        "percentage points",
        "por ciento",
        "porcentaje",
        "por cento",
        "pour cent",
        "pourcent",
        "km",
        "kilometres",
        "kilometers",
        "kilómetros",
        "quilômetros",
        "quilómetros",
        "kilomètres",
        "miles",
        "millas",
        "milhas",
        "metres",
        "meters",
        "metros",
        "mètres",
        "hours",
        "horas",
        "heures",
        "minutes",
        "minutos",
    }
)
# A time unit's length: years, decades and months exactly in months; weeks and days in
# days; between the two families, in the fewest and the most days the calendar gives.
_MONTHS = {"month": Fraction(1), "year": Fraction(12), "decade": Fraction(120)}
_DAYS = {"day": Fraction(1), "week": Fraction(7)}
_CALENDAR_DAYS = {
    "month": (Fraction(28), Fraction(31)),
    "year": (Fraction(365), Fraction(366)),
    "decade": (Fraction(3652), Fraction(3653)),
}


def _key(unit: str) -> str:
    return " ".join(unit.lower().split())


def time_unit(unit: str) -> str | None:
    """The unit of time a unit word names, in English, Spanish, Portuguese or French.

    One of ``"day"``, ``"week"``, ``"month"``, ``"year"``, ``"decade"``, or ``None``.

    >>> time_unit("Décadas"), time_unit("mois"), time_unit("people")
    ('decade', 'month', None)
    """
    return _TIME_WORDS.get(_key(unit))


def continuous_unit(unit: str) -> bool:
    """Whether a unit word measures something that need not be whole (time, distance, %).

    >>> continuous_unit("decades"), continuous_unit("por ciento"), continuous_unit("médicos")
    (True, True, False)
    """
    key = _key(unit)
    return key in _TIME_WORDS or key in _OTHER_CONTINUOUS


def _scale(value: Number, factor: Fraction, *, up: bool) -> Number:
    exact = Fraction(value) * factor
    if exact.denominator == 1:
        return exact.numerator
    digits = Decimal(exact.numerator) / Decimal(exact.denominator)
    rounded = digits.quantize(Decimal("1E-12"), rounding="ROUND_CEILING" if up else "ROUND_FLOOR")
    return _whole_if_exact(rounded.normalize())


def in_time_unit(quantity: Quantity, unit: str) -> Interval:
    """The interval a duration admits, in another unit of time.

    ``unit`` is ``"day"``, ``"week"``, ``"month"``, ``"year"`` or ``"decade"``. Years,
    decades and months convert exactly between themselves, as do weeks and days; from
    one family to the other the calendar's shortest and longest are taken, which widens
    the interval (a year is 365 or 366 days, a month 28 to 31). Open bounds stay open.
    "more than two decades" is ``(20, ∞)`` years, so 25 years agree with it:

    >>> decades = Quantity(value=2, unit="décadas", qualifier=Qualifier.MORE_THAN)
    >>> years = in_time_unit(decades, "year")
    >>> str(years), years.contains(25), years.contains(20)
    ('(20, ∞)', True, False)

    Raises :class:`~migrationhealth.errors.InvalidValueError` when the quantity's unit
    or ``unit`` is not a unit of time.
    """
    source = time_unit(quantity.unit)
    if source is None:
        raise InvalidValueError(
            "unit", f"{quantity.unit!r} is not a unit of time (years, décadas, mois...)", quantity
        )
    target = time_unit(unit) or (
        unit if unit in ("day", "week", "month", "year", "decade") else None
    )
    if target is None:
        raise InvalidValueError("unit", f"{unit!r} is not a unit of time", unit)
    interval = quantity.interval_as(whole=False)
    low_factor, high_factor = _factors(source, target)
    high = interval.high
    return Interval(
        low=_scale(interval.low, low_factor, up=False),
        high=None if high is None else _scale(high, high_factor, up=True),
        low_open=interval.low_open,
        high_open=interval.high_open,
    )


def _factors(source: str, target: str) -> tuple[Fraction, Fraction]:
    """How many ``target`` units one ``source`` unit is: the least and the most."""
    if source in _MONTHS and target in _MONTHS:
        exact = _MONTHS[source] / _MONTHS[target]
        return exact, exact
    if source in _DAYS and target in _DAYS:
        exact = _DAYS[source] / _DAYS[target]
        return exact, exact
    if source in _MONTHS:
        shortest, longest = _CALENDAR_DAYS[source]
        return shortest / _DAYS[target], longest / _DAYS[target]
    shortest, longest = _CALENDAR_DAYS[target]
    return _DAYS[source] / longest, _DAYS[source] / shortest
