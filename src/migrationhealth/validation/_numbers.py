"""Arithmetic the rules share.

Digit transpositions, rounding steps, the precision a printed number implies, spans of
time in a rate's ``per``, and the numbers a quote states in digits or in words.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..interval import Interval, Number
from ..numparse import number_words
from ..quantity import Per, Qualifier

__all__ = [
    "QuoteReader",
    "as_decimal",
    "day_range",
    "is_time_rate",
    "mentions",
    "printed_interval",
    "rounding_step",
    "show",
    "transposition",
]


def show(value: Number | None) -> str:
    """A number as a report prints it: ``564``, ``8,700,000``, ``2.4``; ``∞`` for ``None``."""
    if value is None:
        return "∞"
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return f"{int(value):,}"
        return f"{value.normalize():,f}"
    return f"{value:,}"


def as_decimal(value: Number) -> Decimal:
    """``value`` as a Decimal, exactly."""
    return value if isinstance(value, Decimal) else Decimal(value)


_DAYS = {"day": (1, 1), "week": (7, 7), "month": (28, 31), "year": (365, 366)}


def day_range(per: Per | None) -> tuple[int, int] | None:
    """How many days one ``per`` lasts at least and at most, if it is a span of time.

    "per week" is 7 days, "per month" 28 to 31, "per 2 years" 730 to 732; "per 1,000
    inhabitants" is not a span of time, and gives ``None``.
    """
    if per is None or type(per.amount) is not int:
        return None
    unit = per.unit.strip().lower()
    days = _DAYS.get(unit[:-1] if unit.endswith("s") else unit)
    if days is None:
        return None
    return days[0] * per.amount, days[1] * per.amount


def is_time_rate(per: Per | None) -> bool:
    """Whether ``per`` is a span of time: per day, week, month or year (or several)."""
    return day_range(per) is not None


def _plain(value: Number) -> str | None:
    """The digits of a non-negative value, with its decimal point; ``None`` if negative."""
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            value = int(value)
        else:
            text = format(value.normalize(), "f")
            return None if text.startswith("-") else text
    return None if value < 0 else str(value)


def transposition(first: Number, second: Number) -> tuple[str, str] | None:
    """The two adjacent digits swapped between ``first`` and ``second``, if that is all.

    564 and 546 are a transposition (the 6 and the 4 change places), and so are 2.4 and
    4.2; 564 and 465 are not (the swap is not of neighbours), nor 564 and 564.

    >>> transposition(564, 546)
    ('6', '4')
    >>> transposition(564, 465) is None, transposition(1200, 1020)
    (True, ('2', '0'))
    """
    a, b = _plain(first), _plain(second)
    if a is None or b is None or len(a) != len(b) or a == b:
        return None
    if a.find(".") != b.find("."):
        return None
    digits_a = a.replace(".", "")
    digits_b = b.replace(".", "")
    differ = [i for i, (x, y) in enumerate(zip(digits_a, digits_b, strict=True)) if x != y]
    if len(differ) != 2:
        return None
    i, j = differ
    if j != i + 1 or digits_a[i] != digits_b[j] or digits_a[j] != digits_b[i]:
        return None
    return digits_a[i], digits_a[j]


def _round_half_up(value: int, step: int) -> int:
    return (value + step // 2) // step * step


def rounding_step(first: Number, second: Number) -> int | None:
    """The smallest power of ten (10 or more) to which one whole value rounds to the other.

    One value must be a non-zero multiple of the step and the other must round to it
    (half up): 8,700,000 and 8,712,000 differ by a rounding step of 100,000; 480,000
    and 483,000 by one of 10,000; 564 and 546 by none.

    >>> rounding_step(8_700_000, 8_712_000), rounding_step(564, 546)
    (100000, None)
    """
    if first == second:
        return None
    values = []
    for number in (first, second):
        if isinstance(number, Decimal) and number != number.to_integral_value():
            return None
        whole = int(number)
        if whole < 0:
            return None
        values.append(whole)
    a, b = values
    step = 10
    while step <= 10 * max(a, b):
        for rounded, other in ((a, b), (b, a)):
            if rounded and rounded % step == 0 and _round_half_up(other, step) == rounded:
                return step
        step *= 10
    return None


def printed_interval(value: Number) -> Interval:
    """The values that round to ``value`` as printed: half a unit of its last digit each way.

    A whole number is read to its last non-zero digit ("400,000" stands for 350,000 to
    450,000; "564" for 563.5 to 564.5), a decimal to its last printed place ("2.4" for
    2.35 to 2.45, "0.0" for 0 to 0.05). The low bound is never below zero, and a whole
    zero stands for itself.
    """
    number = as_decimal(value)
    exponent = number.as_tuple().exponent
    assert isinstance(exponent, int)
    if exponent < 0:
        half = Decimal(1).scaleb(exponent) / 2
    elif number == 0:
        return Interval(low=0, high=0)
    else:
        whole = int(number)
        unit = 1
        while whole % (unit * 10) == 0:
            unit *= 10
        half = Decimal(unit) / 2
    return Interval(low=max(number - half, Decimal(0)), high=number + half)


# The leading look-ahead lets the regular expression engine skip to the next digit at
# once, instead of trying the look-behind at every character: three times faster.
_NUMBER = re.compile(
    r"(?=\d)(?<![\w.,])(\d{1,3}(?:,\d{3})+(?!\d)|\d+)(\.\d+)?"
    r"(?:\s*(thousand|million|billion)\b)?",
    re.IGNORECASE,
)
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
_ORDINAL_ENDINGS = {
    "one": "first",
    "two": "second",
    "three": "third",
    "five": "fifth",
    "eight": "eighth",
    "nine": "ninth",
    "twelve": "twelfth",
}
_MAGNITUDES = {
    12: ("dozens",),
    10: ("tens",),
    100: ("hundreds",),
    1000: ("thousands",),
    10**4: ("tens of thousands",),
    10**5: ("hundreds of thousands",),
    10**6: ("millions",),
}
# The hyphens and dashes that reports print between the words of a number.
_HYPHEN = re.compile(r"[-‐‑–]")


def _ordinal_words(value: int) -> str:
    words = number_words(value)
    head, _, last = words.rpartition(" ")
    prefix, _, unit = last.rpartition("-")
    if unit in _ORDINAL_ENDINGS:
        unit = _ORDINAL_ENDINGS[unit]
    elif unit.endswith("y"):
        unit = unit[:-1] + "ieth"
    else:
        unit += "th"
    last = f"{prefix}-{unit}" if prefix else unit
    return f"{head} {last}" if head else last


def _renderings(value: Number, qualifier: Qualifier) -> list[str]:
    """The ways a report may spell ``value`` in words."""
    if isinstance(value, Decimal):
        if value != value.to_integral_value():
            return []
        value = int(value)
    if value > 10**12:
        return []
    spelt = [number_words(value), _ordinal_words(value)]
    if qualifier is Qualifier.SEVERAL:
        spelt.extend(_MAGNITUDES.get(value, ()))
    for word, scale in _SCALES.items():
        if value == scale:
            spelt.append(f"a {word}")
        if value * 2 == scale:
            spelt.append(f"half a {word}")
    if value == 100:
        spelt.append("a hundred")
    return [_HYPHEN.sub(" ", text) for text in spelt]


class QuoteReader:
    """Reads the numbers written in digits in quotes, remembering each quote it has read."""

    def __init__(self) -> None:
        self._seen: dict[str, frozenset[Number]] = {}

    def numbers(self, quote: str) -> frozenset[Number]:
        """The numbers written in digits in ``quote``, scaled ("8.7 million") and not."""
        found = self._seen.get(quote)
        if found is None:
            values: set[Number] = set()
            for whole, fraction, scale in _NUMBER.findall(quote):
                # An int and a Decimal of equal value are equal and hash alike.
                digits = whole.replace(",", "")
                number: Number = Decimal(digits + fraction) if fraction else int(digits)
                values.add(number)
                if scale:
                    values.add(number * _SCALES[scale.lower()])
            found = frozenset(values)
            self._seen[quote] = found
        return found


def _printed(quote: str, value: int) -> bool:
    """Whether ``quote`` prints ``value`` in digits as a number of its own ("1,200", "1200").

    A quick sufficient test, before the regular expression: an occurrence counts when
    nothing that could belong to a number sits just before it (a letter, a digit, "_",
    "." or ",") or just after it (a digit, or "." or "," then a digit), so that the
    expression would read it whole. Whatever this misses (scales, words, odd spacing) is
    left to the expression; it never finds a number the expression would not.
    """
    grouped = f"{value:,}"
    for text in (grouped, str(value)) if value >= 1000 else (grouped,):
        start = quote.find(text)
        while start != -1:
            end = start + len(text)
            before = quote[start - 1] if start else " "
            after = quote[end : end + 1]
            if (
                not (before.isalnum() or before in "_.,")
                and not after.isdecimal()
                and not (after in (".", ",") and quote[end + 1 : end + 2].isdecimal())
            ):
                return True
            start = quote.find(text, start + 1)
    return False


def mentions(reader: QuoteReader, quote: str, value: Number, qualifier: Qualifier) -> bool:
    """Whether ``quote`` states ``value``, in digits or in words.

    Digits may carry thousands separators and a scale ("1,200", "8.7 million") or an
    ordinal ending ("22nd"); words may be cardinal or ordinal ("four million", "half a
    million", "two", "second", "twenty-second"), or the magnitude of a ``several``
    figure ("the hundreds already in the country").
    """
    if type(value) is int and _printed(quote, value):
        return True
    if value in reader.numbers(quote):
        return True
    spelt = _renderings(value, qualifier)
    if not spelt:
        return False
    text = " ".join(_HYPHEN.sub(" ", quote).lower().split())
    return any(re.search(rf"\b{re.escape(words)}\b", text) for words in spelt)
