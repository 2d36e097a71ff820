"""Read the number phrases that reports use into :class:`~migrationhealth.quantity.Quantity`.

:func:`parse_quantity` reads a hedge, a number and a unit: "almost half a million",
"an average of 400,000 people", "8.7 million services", "more than two decades",
"the hundreds already in the country", "2.4 doctors per 1,000 inhabitants". The
number may be in digits (with thousands separators and decimals), in English words,
or a digit or word ordinal ("22nd", "second"). What it cannot read raises
:class:`~migrationhealth.errors.QuantityParseError`; nothing is guessed.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from .errors import InvalidValueError, QuantityParseError
from .interval import Number
from .quantity import Per, Qualifier, Quantity

__all__ = ["number_words", "parse_number", "parse_quantity"]

_UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9}
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
    "hundredth": 100,
}
_SEVERAL = {
    "dozens": 12,
    "hundreds": 100,
    "thousands": 1000,
    "millions": 10**6,
    "tens of thousands": 10**4,
    "hundreds of thousands": 10**5,
}
# Longest first, so "more than" wins over a shorter prefix.
_HEDGES: tuple[tuple[str, Qualifier], ...] = tuple(
    sorted(
        {
            "exactly": Qualifier.EXACT,
            "about": Qualifier.APPROXIMATE,
            "around": Qualifier.APPROXIMATE,
            "approximately": Qualifier.APPROXIMATE,
            "roughly": Qualifier.APPROXIMATE,
            "some": Qualifier.APPROXIMATE,
            "circa": Qualifier.APPROXIMATE,
            "almost": Qualifier.ALMOST,
            "nearly": Qualifier.ALMOST,
            "close to": Qualifier.ALMOST,
            "just under": Qualifier.ALMOST,
            "at least": Qualifier.AT_LEAST,
            "a minimum of": Qualifier.AT_LEAST,
            "more than": Qualifier.MORE_THAN,
            "over": Qualifier.MORE_THAN,
            "upwards of": Qualifier.MORE_THAN,
            "at most": Qualifier.AT_MOST,
            "up to": Qualifier.AT_MOST,
            "a maximum of": Qualifier.AT_MOST,
            "less than": Qualifier.LESS_THAN,
            "fewer than": Qualifier.LESS_THAN,
            "an average of": Qualifier.AVERAGE,
            "on average": Qualifier.AVERAGE,
            "average of": Qualifier.AVERAGE,
        }.items(),
        key=lambda item: -len(item[0]),
    )
)
_DIGITS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")
_DIGIT_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")
_TOKEN = re.compile(
    r"\d[\d,]*(?:\.\d+)?(?:st|nd|rd|th)?|[a-z]+(?:-[a-z]+)*|[^\sa-z\d]", re.IGNORECASE
)
_PER = re.compile(r"(?P<head>.*?)\s+per\s+(?P<amount>[\d,]+(?:\.\d+)?\s+)?(?P<unit>.+)")


def _digits(token: str) -> Number:
    try:
        number = Decimal(token.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the pattern admits only digits
        raise ValueError(token) from None
    exponent = number.as_tuple().exponent
    return int(number) if isinstance(exponent, int) and exponent >= 0 else number


def _scaled(number: Number, scale: int) -> Number:
    result = number * scale
    if isinstance(result, Decimal) and result == result.to_integral_value():
        return int(result)
    return result


def _words(tokens: list[str]) -> tuple[Number | None, int]:
    """The number spelt by the leading tokens, and how many tokens it took."""
    total: Number = 0
    current: Number = 0
    largest = 0
    used = 0
    seen = False
    index = 0
    while index < len(tokens):
        token = tokens[index]
        parts = token.split("-")
        if all(p in _UNITS or p in _TENS for p in parts) and len(parts) <= 2:
            current += sum(_UNITS.get(p, _TENS.get(p, 0)) for p in parts)
        elif _DIGITS.fullmatch(token) and not seen:
            current = _digits(token)
        elif (
            token in ("a", "an")
            and index + 1 < len(tokens)
            and (tokens[index + 1] in _SCALES or tokens[index + 1] == "hundred")
        ):
            current = 1
        elif token == "half" and tokens[index + 1 : index + 3] in (
            ["a", "million"],
            ["a", "billion"],
        ):
            current = Decimal("0.5")
            index += 1  # the "a" of "half a million"
        elif token == "hundred" and seen:
            current = (current or 1) * 100
        elif token in _SCALES and seen:
            scale = _SCALES[token]
            if scale > largest:
                # "one thousand billion": a larger scale multiplies everything before it.
                total = _scaled((total + current) or 1, scale)
                largest = scale
            else:
                total += _scaled(current or 1, scale)
            current = 0
        elif (
            token == "and"
            and seen
            and index + 1 < len(tokens)
            and (tokens[index + 1] in _UNITS or tokens[index + 1].split("-")[0] in _TENS)
        ):
            pass
        else:
            break
        seen = True
        index += 1
        used = index
    if not seen:
        return None, 0
    value = total + current
    if isinstance(value, Decimal) and value == value.to_integral_value():
        value = int(value)
    return value, used


def _ordinal(token: str) -> int | None:
    match = _DIGIT_ORDINAL.fullmatch(token)
    if match is not None:
        return int(match[1])
    parts = token.split("-")
    if len(parts) == 2 and parts[0] in _TENS and parts[1] in _ORDINALS:
        return _TENS[parts[0]] + _ORDINALS[parts[1]]
    return _ORDINALS.get(token)


def parse_number(text: str) -> tuple[Number, Qualifier]:
    """Read a number phrase with its hedge, without a unit.

    >>> parse_number("almost half a million")
    (500000, <Qualifier.ALMOST: 'almost'>)
    >>> parse_number("8.7 million")
    (8700000, <Qualifier.EXACT: 'exact'>)
    >>> parse_number("22nd")
    (22, <Qualifier.EXACT: 'exact'>)
    """
    value, qualifier, rest = _read(text)
    if rest:
        raise QuantityParseError(text, f"unexpected words after the number: {' '.join(rest)!r}")
    return value, qualifier


def _read(text: str) -> tuple[Number, Qualifier, list[str]]:
    if not isinstance(text, str):
        raise QuantityParseError(repr(text), f"expected a string, got {type(text).__name__}")
    phrase = " ".join(text.replace("’", "'").split())
    qualifier = Qualifier.EXACT
    lowered = phrase.lower()
    for hedge, meaning in _HEDGES:
        if lowered == hedge or lowered.startswith(hedge + " "):
            qualifier = meaning
            phrase = phrase[len(hedge) :].strip()
            break
    written = _TOKEN.findall(phrase)
    tokens = [token.lower() for token in written]
    if tokens[:1] == ["the"]:
        tokens, written = tokens[1:], written[1:]
    for words, magnitude in sorted(_SEVERAL.items(), key=lambda item: -len(item[0])):
        size = len(words.split())
        if tokens[:size] == words.split():
            if qualifier is not Qualifier.EXACT:
                raise QuantityParseError(text, f"{words!r} cannot be hedged again")
            skip = size + 1 if tokens[size : size + 1] == ["of"] else size
            return magnitude, Qualifier.SEVERAL, written[skip:]
    if tokens:
        ordinal = _ordinal(tokens[0])
        if ordinal is not None:
            return ordinal, qualifier, written[1:]
    value, used = _words(tokens)
    if value is None:
        raise QuantityParseError(text, "no number could be read from it")
    return value, qualifier, written[used:]


def parse_quantity(text: str, *, unit: str | None = None) -> Quantity:
    """Read a hedged number phrase into a :class:`~migrationhealth.quantity.Quantity`.

    The words after the number are the unit ("more than two decades" is 2 decades, more
    than); when the phrase has none, pass ``unit``. A trailing "per 1,000 inhabitants"
    or "per week" becomes the quantity's :class:`~migrationhealth.quantity.Per`.

    >>> str(parse_quantity("almost half a million", unit="people"))
    'almost 500,000 people'
    >>> q = parse_quantity("an average of 400,000 people per week")
    >>> q.qualifier.value, q.value, q.unit, str(q.per)
    ('average', 400000, 'people', 'per week')
    >>> parse_quantity("2.4 doctors per 1,000 inhabitants").per.amount
    1000
    """
    phrase = text
    per: Per | None = None
    match = _PER.fullmatch(" ".join(text.split())) if isinstance(text, str) else None
    if match is not None:
        phrase = match["head"]
        amount = _digits(match["amount"].strip()) if match["amount"] else 1
        per = Per(amount=amount, unit=match["unit"].strip())
    value, qualifier, rest = _read(phrase)
    written = " ".join(rest) or None
    if written is not None and unit is not None and written != unit:
        raise QuantityParseError(text, f"the phrase's unit {written!r} differs from unit={unit!r}")
    chosen = written or unit
    if chosen is None:
        raise QuantityParseError(text, "no unit: the phrase names none, so pass unit=")
    try:
        return Quantity(value=value, unit=chosen, qualifier=qualifier, per=per)
    except InvalidValueError as error:
        raise QuantityParseError(text, str(error)) from None


def number_words(value: int) -> str:
    """Spell a whole number in English words, as reports do ("four million").

    >>> number_words(4_000_000), number_words(1200), number_words(22)
    ('four million', 'one thousand two hundred', 'twenty-two')
    """
    if value < 0:
        raise ValueError(f"expected a non-negative int, got {value}")
    if value < 20:
        return next(word for word, n in _UNITS.items() if n == value)
    if value < 100:
        tens = next(word for word, n in _TENS.items() if n == value - value % 10)
        return tens if value % 10 == 0 else f"{tens}-{number_words(value % 10)}"
    if value < 1000:
        head = f"{number_words(value // 100)} hundred"
        return head if value % 100 == 0 else f"{head} {number_words(value % 100)}"
    for word, scale in sorted(_SCALES.items(), key=lambda item: -item[1]):
        if value >= scale:
            head = f"{number_words(value // scale)} {word}"
            return head if value % scale == 0 else f"{head} {number_words(value % scale)}"
    raise AssertionError(value)  # pragma: no cover
