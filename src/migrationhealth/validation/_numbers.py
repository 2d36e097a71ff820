"""Arithmetic the rules share.

Digit transpositions, rounding steps, the precision a printed number implies, spans of
time in a rate's ``per``, and the numbers a quote states, read whole in its language.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache

from ..interval import Interval, Number
from ..languages import LANGUAGES, get_language
from ..numparse import find_numbers
from ..quantity import Per, Qualifier

__all__ = [
    "QuickReading",
    "QuoteReader",
    "as_decimal",
    "day_range",
    "is_time_rate",
    "mentions",
    "mentions_in",
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


class QuoteReader:
    """Reads the number phrases of quotes, in a language, remembering each quote it has read.

    Each phrase is read whole with the grammar of :mod:`~migrationhealth.numparse`: "7 mil
    45 consultas" states 7,045 and never 7 or 45; "8.7 million" states 8,700,000 and not
    8.7. A phrase the language leaves ambiguous ("3.000" with nothing counted after it)
    states nothing.
    """

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str | None], frozenset[tuple[Number, bool]]] = {}
        self.stands_alone = QuickReading()
        """The quick reading (:func:`_stands_alone`), remembering the texts it decided."""

    def spans(self, quote: str, language: str | None = None) -> frozenset[tuple[Number, bool]]:
        """The values the quote states, each with whether it is a magnitude ("hundreds")."""
        key = (quote, language)
        found = self._seen.get(key)
        if found is None:
            found = frozenset(
                (span.value, span.qualifier is Qualifier.SEVERAL)
                for span in find_numbers(quote, language=language)
            )
            self._seen[key] = found
        return found

    def numbers(self, quote: str, language: str | None = None) -> frozenset[Number]:
        """The values of the quote's number phrases, each read whole."""
        return frozenset(value for value, several in self.spans(quote, language) if not several)


@cache
def _number_words() -> frozenset[str]:
    """Every word of any language that can begin, continue or end a number phrase."""
    words: set[str] = set()
    for language in LANGUAGES.values():
        words |= {*language.cardinals, *language.spellings, *language.scales}
        words |= {*language.ordinals, *language.connectors, *language.percent}
        for phrase in (*language.one, *language.half, *language.and_half, *language.several):
            words.update(phrase.split())
    return frozenset(words)


@cache
def _joining_words() -> frozenset[str]:
    """The number words that may join a phrase to digits right after them.

    Every number word, except those that stand only inside a longer phrase of words
    ("of" in "tens of thousands", "de" in "cientos de miles"): such a phrase is matched
    whole, and never ends in digits. A phrase that reads on into digits does so after a
    scale ("7 mil 45") or a connector ("one million and 45"), which stay here.
    """
    inner: set[str] = set()
    whole: set[str] = set()
    for language in LANGUAGES.values():
        whole |= {*language.cardinals, *language.spellings, *language.scales}
        whole |= {*language.ordinals, *language.connectors, *language.percent}
        for phrase in (*language.one, *language.half, *language.and_half, *language.several):
            *heads, last = phrase.split()
            inner.update(heads)
            whole.add(last)
    return _number_words() - (inner - whole)


_LAST_WORD = re.compile(r"([^\W\d_]+)\W*$")
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")
_LETTER = re.compile(r"[^\W\d_]")


_NOT_BEFORE = frozenset("_.,-'’")


def _free_before(head: str) -> bool:
    """Whether what comes before digits (``head``, not empty) leaves them a phrase of their own.

    No digit, letter or mark may touch them, no digit come before them past white space,
    and the word before may not be a number word that reads on into digits.
    """
    before = head[-1]
    if before.isalnum() or before in _NOT_BEFORE:
        return False
    tail = head.rstrip()
    if tail[-1:].isdecimal():
        return False
    if tail and _LETTER.match(tail, len(tail) - 1) is not None:
        # The word that ends the text before: the last run of letters, which lies in the
        # last run of non-spaces.
        previous = _LAST_WORD.search(tail.rsplit(None, 1)[-1])
        if previous is not None and previous[1].lower() in _joining_words():
            return False
    return True


def _free_after(rest: str, commas: int, language: str | None) -> bool:
    """Whether what comes after digits with ``commas`` leaves them a phrase of their own."""
    after = rest[:1]
    if after.isalnum() or (after in ".,'’" and rest[1:2].isdecimal()):
        return False
    if rest.lstrip()[:1].isdecimal():
        return False
    following = _FIRST_WORD.match(rest)
    if following is not None and following[1].lower() in _number_words():
        return False
    if commas == 1 and language != "en" and following is None:
        return False
    return not (commas > 1 and language not in (None, "en", "es"))


class QuickReading:
    """:func:`_stands_alone`, deciding each text before and after a number once.

    Quotes differ, but the words around their numbers recur ("more than ", " people took
    part, stated the office"): what comes before and what comes after each occurrence
    are decided once per text (and, after it, per count of commas and language), and
    looked up when they come again.
    """

    def __init__(self) -> None:
        self._before: dict[str, bool] = {}
        # By count of commas and language, then by the text after the number.
        self._after: dict[tuple[int, str | None], dict[str, bool]] = {}

    def __call__(self, quote: str, value: int, language: str | None) -> bool:
        """Whether ``quote`` prints ``value`` as a phrase of its own (:func:`_stands_alone`)."""
        form = str(value)
        commas = 0
        while True:
            start = quote.find(form)
            if start != -1:
                before = self._before
                after = self._after.get((commas, language))
                if after is None:
                    after = self._after[commas, language] = {}
                size = len(form)
                # Each occurrence in turn, the next looked for only when one is not free.
                while start != -1:
                    if start:
                        head = quote[:start]
                        free = before.get(head)
                        if free is None:
                            free = before[head] = _free_before(head)
                    else:
                        free = True
                    if free:
                        rest = quote[start + size :]
                        free = after.get(rest)
                        if free is None:
                            free = after[rest] = _free_after(rest, commas, language)
                        if free:
                            return True
                    start = quote.find(form, start + 1)
            if commas or value < 1000:
                return False
            # Then with thousands separators: "1,200".
            form = f"{value:,}"
            commas = form.count(",")


def _stands_alone(quote: str, value: int, language: str | None) -> bool:
    """Whether ``quote`` prints ``value`` in digits as a whole phrase, every reader agreeing.

    A quick sufficient test, before the full reading: an occurrence of "1200" (or "1,200")
    counts when no digit, mark or number word of any language sits on either side of it,
    so that no reading could make it part of a longer phrase ("of" and "de" may come
    before it: they join words only, "tens of thousands"). A lone comma needs a noun
    after it (a count is whole) outside English; two or more need a language that groups
    with commas. Whatever this misses is left to the full reading, which it never
    contradicts. (:class:`QuickReading` answers the same, remembering what it decided.)
    """
    return QuickReading()(quote, value, language)


def mentions(
    reader: QuoteReader,
    quote: str,
    value: Number,
    qualifier: Qualifier,
    language: str | None = None,
) -> bool:
    """Whether ``quote`` states ``value`` as one whole number phrase, in ``language``.

    Digits may carry separators and a scale ("1,200", "8.7 million", "7 mil 45") or an
    ordinal ending ("22nd", "6ª"); words may be cardinal or ordinal ("four million",
    "half a million", "dos", "second", "sexta"), or the magnitude of a ``several`` figure
    ("the hundreds already in the country"). A prefix of a longer phrase never counts.
    """
    if language is not None:
        language = get_language(language).code
    return mentions_in(reader, quote, value, qualifier is Qualifier.SEVERAL, language)


def mentions_in(
    reader: QuoteReader, quote: str, value: Number, several: bool, code: str | None
) -> bool:
    """:func:`mentions`, with the language given by its code and ``several`` decided."""
    if (
        not several
        and type(value) is int
        and value >= 0
        and reader.stands_alone(quote, value, code)
    ):
        return True
    return (value, several) in reader.spans(quote, code) or (
        not several and value in reader.numbers(quote, code)
    )
