"""Read the number phrases that reports use into :class:`~migrationhealth.quantity.Quantity`.

:func:`parse_quantity` reads a hedge, a number and a unit: "almost half a million",
"an average of 400,000 people", "8.7 million services", "más de 400%", "7 mil 45
consultas", "1,2 milhão de atendimentos", "près de 2,5 millions de personnes". The
number may be in digits (grouped by commas, dots or spaces, with a decimal point or
comma), in words (read with text2num), digits mixed with scale words, or an ordinal
("22nd", "6ª", "2e", "sexta"). Each language's words are data in
:mod:`migrationhealth.languages`; pass ``language=`` ("en", "es", "pt", "fr").

Three rules keep a phrase from being misread without a word:

1. The whole number phrase is read, or nothing: never a prefix of it ("7 mil 45" is
   7,045 in Spanish, and is refused in English rather than read as 7).
2. A form whose meaning depends on a convention the phrase does not settle is refused
   with its readings named. One documented rule settles the commonest case: a lone dot or
   comma followed by exactly three digits, before the noun being counted, groups
   thousands ("3.000 personas" is 3,000), because a count is whole.
3. The unit keeps the words as written, accents and all.

With no language, a phrase is read only when every language that can read it reads it
the same way; otherwise :class:`~migrationhealth.errors.QuantityParseError` names the
readings and asks for ``language=``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from functools import cache

import attrs
from babel.numbers import get_decimal_symbol, get_group_symbol
from text_to_num import text2num

from .errors import InvalidValueError, QuantityParseError
from .interval import Number
from .languages import LANGUAGES, Language, get_language
from .quantity import Per, Qualifier, Quantity

__all__ = ["NumberSpan", "find_numbers", "number_words", "parse_number", "parse_quantity"]

_SPACES = " \u00a0\u202f\u2009"
# A run of digits with its separators: space-grouped thousands first, so that "12 500"
# is one token; then digits joined by dots and commas.
_DIGITS = re.compile(
    r"[0-9]{1,3}(?:[ \u00a0\u202f\u2009][0-9]{3})+(?![0-9])(?:[.,][0-9]+)?|[0-9]+(?:[.,][0-9]+)*"
)
# A currency sign before a sum: "R$ 18,7 milhões", "US$ 5 million", "€2,5 millions".
_MONEY = re.compile(r"(?:[A-Z]{1,3}\$|\$|€|£)[ \u00a0]?(?=[0-9])")
_TIME = re.compile(r"(?:[01]?[0-9]|2[0-3])(?:h[0-5][0-9]|:[0-5][0-9])(?![0-9])")
_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*-?", re.UNICODE)


class _UnreadableError(Exception):
    """The language cannot read the phrase; ``message`` says why."""


class _AmbiguousError(Exception):
    """The language reads the phrase in more than one way."""


def _lower(text: str) -> str:
    """``text`` in lower case, letter for letter ("İ" stays one character)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _whole(value: Number) -> Number:
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return int(value)
    return value


def _show(value: Number) -> str:
    value = _whole(value)
    if isinstance(value, Decimal):
        return f"{value.normalize():,f}"
    return f"{value:,}"


@cache
def _conventions(code: str) -> tuple[tuple[str, str], ...]:
    """The (group, decimal) marks of the language's babel locales, spaces as one space.

    Space grouping with the language's decimal marks is added for every language: it is
    the international (SI) way of writing large numbers and reports use it in all four.
    """
    language = LANGUAGES[code]
    found: list[tuple[str, str]] = []
    for locale in language.locales:
        group, decimal = get_group_symbol(locale), get_decimal_symbol(locale)
        group = " " if group in _SPACES else group
        if (group, decimal) not in found:
            found.append((group, decimal))
    for decimal in {d for _, d in found}:
        if (" ", decimal) not in found:
            found.append((" ", decimal))
    return tuple(found)


def _with(token: str, group: str, decimal: str) -> Number | None:
    """``token`` read with these marks, or ``None`` if it is not written that way."""
    text = token
    for space in _SPACES:
        text = text.replace(space, " ")
    whole, sep, fraction = text.partition(decimal) if decimal in text else (text, "", "")
    if sep and (not fraction.isdigit() or decimal in fraction):
        return None
    if group in whole:
        groups = whole.split(group)
        if not (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
            return None
        whole = "".join(groups)
    if not whole.isdigit():
        return None
    return Decimal(f"{whole}.{fraction}") if sep else int(whole)


def _lone_thousands(token: str) -> int | None:
    """The grouped reading of "3.000" or "1,200": one dot or comma and three digits after."""
    marks = [c for c in token if c in ".,"]
    if len(marks) != 1 or len(token.rpartition(marks[0])[2]) != 3:
        return None
    head = token.partition(marks[0])[0]
    return int(head + token[-3:]) if head.isdigit() and len(head) <= 3 else None


def _digits(token: str, code: str, *, count: bool) -> Number:
    """The value of a digit token in a language; ``count`` when a counted noun follows."""
    if count:
        grouped = _lone_thousands(token)
        if grouped is not None:
            return grouped
    readings: dict[Number, None] = {}
    for group, decimal in _conventions(code):
        value = _with(token, group, decimal)
        if value is not None:
            readings.setdefault(value, None)
    if not readings:
        raise _UnreadableError(f"{token!r} is not how {LANGUAGES[code].name} writes a number")
    if len(readings) > 1:
        shown = " or ".join(_show(v) for v in readings)
        raise _AmbiguousError(
            f"{token!r} reads as {shown}: its dot or comma may group thousands or mark "
            "decimals, and the phrase does not say which"
        )
    return next(iter(readings))


def _words_value(words: list[str], language: Language) -> int:
    # A spelling is replaced in a hyphened word too, as _is_cardinal reads it:
    # "quatre-vingt-une" is "quatre-vingt-un" for text2num.
    spelled = language.spellings
    text = " ".join("-".join(spelled.get(p, p) for p in w.split("-")) for w in words)
    try:
        return int(text2num(text, language.code))
    except (ValueError, TypeError):
        raise _UnreadableError(
            f"the words {' '.join(words)!r} do not make one number in {language.name}"
        ) from None


@cache
def _all_scales() -> frozenset[str]:
    return frozenset(w for lang in LANGUAGES.values() for w in lang.scales)


@cache
def _all_suffixes() -> frozenset[str]:
    return frozenset(s for lang in LANGUAGES.values() for s in lang.ordinal_suffixes)


def _at(low: str, pos: int, options: Iterator[str] | tuple[str, ...] | frozenset[str]) -> int:
    """The end of the longest option written at ``pos`` and ending at a word boundary; -1."""
    best = -1
    for option in options:
        end = pos + len(option)
        if low.startswith(option, pos) and end > best:
            if option[-1].isalnum() and end < len(low) and (low[end].isalnum()):
                continue
            best = end
    return best


def _skip(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _word(low: str, pos: int) -> tuple[str, int]:
    match = _WORD.match(low, pos)
    return (match[0], match.end()) if match else ("", pos)


def _is_cardinal(word: str, language: Language) -> bool:
    parts = [p for p in word.split("-") if p]
    return bool(parts) and all(
        p in language.cardinals or language.spellings.get(p) in language.cardinals for p in parts
    )


@attrs.frozen
class _Atoms:
    """The parts of a number phrase, before they are valued."""

    atoms: tuple[tuple[str, object], ...]
    end: int  # where the number ends
    rest: int  # where its unit starts ("de" after a scale is skipped)


def _scan(  # noqa: PLR0915 - one loop over the kinds of number words
    text: str, low: str, pos: int, language: Language
) -> _Atoms | None:
    atoms: list[tuple[str, object]] = []
    end = pos
    rest = pos
    while True:
        q = _skip(text, end)
        last = atoms[-1][0] if atoms else None
        digits = _DIGITS.match(text, q)
        if digits and last in (None, "scale") and not (q > 0 and low[q - 1].isalnum()):
            atoms.append(("digits", digits[0]))
            end = rest = digits.end()
            continue
        if last == "scale" and low.startswith(",", q):
            # "one thousand, five hundred": spelt numbers put a comma after a scale.
            after_comma = _skip(text, q + 1)
            following = _word(low, after_comma)[0]
            if _is_cardinal(following, language) or following in language.connectors:
                q = after_comma
                if following in language.connectors:
                    q = _skip(text, _word(low, q)[1])
        word, word_end = _word(low, q)
        if not word:
            break
        if word in language.scales and (
            last in ("digits", "words", "one", "half", "plus_half")
            or (
                last == "scale"
                and language.scales[word]
                > max(int(str(item)) for kind, item in atoms if kind == "scale")
            )
            or (word in language.bare_scales and last in (None, "scale"))
        ):
            atoms.append(("scale", language.scales[word]))
            end = rest = word_end
            after = _at(low, _skip(text, end), language.after_scale)
            if after != -1 and _word(low, _skip(text, after))[0]:
                rest = after
            continue
        nxt, _ = _word(low, _skip(text, word_end))
        half = _at(low, q, language.half)
        if half != -1 and low.startswith("-", half):
            half += 1  # "un demi-million"
        if (
            half != -1
            and last in (None, "scale")
            and _word(low, _skip(text, half))[0] in (language.scales)
        ):
            atoms.append(("half", None))
            end = rest = half
            continue
        and_half = _at(low, q, language.and_half)
        if and_half != -1 and last in ("words", "digits"):
            # "one and a half thousand", "two and a half": a half more than the number.
            atoms.append(("plus_half", None))
            end = rest = and_half
            continue
        if and_half != -1 and last == "scale":
            atoms.append(("and_half", None))
            end = rest = and_half
            after = _at(low, _skip(text, end), language.after_scale)
            if after != -1 and _word(low, _skip(text, after))[0]:
                rest = after
            continue
        if (
            word in language.one
            and last is None
            and (nxt in language.scales or (nxt == "hundred" and word != "one"))
        ):
            atoms.append(("one", None))
            end = rest = word_end
            continue
        head, _, tail = word.rpartition("-")
        if (
            head
            and tail in language.time_units
            and _is_cardinal(head, language)
            and last in (None, "scale", "one")
        ):
            # "a five-day training": the number word joined to its unit of time.
            atoms.append(("words", [head]))
            end = q + len(head)
            rest = end + 1
            break
        if _is_cardinal(word, language) and last in (None, "scale", "one"):
            run = [word]
            end = rest = word_end
            while True:
                q2 = _skip(text, end)
                w2, e2 = _word(low, q2)
                if w2 in language.connectors:
                    w3, e3 = _word(low, _skip(text, e2))
                    if _is_cardinal(w3, language):
                        run += [w2, w3]
                        end = rest = e3
                        continue
                    break
                if _is_cardinal(w2, language):
                    run.append(w2)
                    end = rest = e2
                    continue
                break
            if last == "one":
                atoms[-1] = ("words", ["one", *run])
            else:
                atoms.append(("words", run))
            continue
        if (
            word in language.connectors
            and last == "scale"
            and (
                _is_cardinal(nxt, language)
                or nxt in language.bare_scales
                or _DIGITS.match(text, _skip(text, word_end))
            )
            and not _repeats_scale(text, low, _skip(text, word_end), language, atoms[-1][1])
        ):
            end = word_end
            continue
        break
    if not atoms or atoms[-1][0] in ("half", "one"):
        return None
    return _Atoms(atoms=tuple(atoms), end=end, rest=rest)


def _repeats_scale(text: str, low: str, pos: int, language: Language, scale: object) -> bool:
    """Whether the number at ``pos`` ends in the same scale as the one before its connector.

    "80 mil e 120 mil" is two numbers joined ("80 mil" and "120 mil"), never 200,000: a
    number's scales after "e", "y", "and" or "et" are smaller ("2 milhões e 300 mil") or
    larger, multiplying all before them ("mil e quinhentos milhões").
    """
    following = _scan(text, low, pos, language)
    if following is None:
        return False
    scales = [item for kind, item in following.atoms if kind == "scale"]
    return bool(scales) and scales[0] == scale


def _value(found: _Atoms, language: Language, *, count: bool) -> Number:
    total: Number = 0
    current: Number | None = None
    largest = 0
    last_scale = 0
    atoms = found.atoms
    for index, (kind, item) in enumerate(atoms):
        if kind == "digits":
            scaled = index + 1 < len(atoms) and atoms[index + 1][0] == "scale"
            current = _digits(str(item), language.code, count=count and not scaled)
        elif kind == "words":
            assert isinstance(item, list)
            current = _words_value(item, language)
        elif kind == "one":
            current = 1
        elif kind == "half":
            current = Decimal("0.5")
        elif kind == "plus_half":
            current = (current or 0) + Decimal("0.5")
        elif kind == "scale":
            assert isinstance(item, int)
            # A scale right after another multiplies everything before it ("mil millones").
            # A bare smaller one is one of it ("millones mil" is a million and a thousand).
            base = current if current is not None else (0 if total and item > largest else 1)
            if item > largest:
                # "mil millones", "one thousand billion": a larger scale multiplies all before it.
                total = (total + base) * item
                largest = item
            else:
                total += base * item
            last_scale = item
            current = None
        else:  # and_half: "un millón y medio"
            total += Decimal(last_scale) / 2
    return _whole(total + (current or 0))


def _plural_digits(text: str, low: str, pos: int, language: Language) -> tuple[int, int] | None:
    """A power of ten written in digits as a magnitude ("1,000s of people"): value, end."""
    ending = language.plural_digits
    digits = _DIGITS.match(text, pos)
    if ending is None or digits is None or not low.startswith(ending, digits.end()):
        return None
    end = digits.end() + len(ending)
    if end < len(low) and low[end].isalnum():
        return None
    value = int(re.sub(r"[^0-9]", "", digits[0]))
    if (
        value < 10
        or str(value).rstrip("0") != "1"
        or not re.fullmatch(r"\d{1,3}(,\d{3})*", digits[0])
    ):
        return None
    return value, end


def _ordinal(text: str, low: str, pos: int, language: Language) -> tuple[int, int] | None:
    """An ordinal written at ``pos`` ("22nd", "6ª", "2e", "sexta", "vigésimo segundo")."""
    digits = re.compile(r"[0-9]+").match(text, pos)
    if digits:
        end = _at(low, digits.end(), language.ordinal_suffixes)
        if end != -1 and (end == len(low) or not low[end].isalnum()):
            return int(digits[0]), end
        return None
    word, end = _word(low, pos)
    if word in language.ordinals:
        value = language.ordinals[word]
        following, after = _word(low, _skip(text, end))
        if value % 10 == 0 and language.ordinals.get(following, 10) < 10:
            return value + language.ordinals[following], after
        return value, end
    head, _, last = word.rpartition("-")
    if head and last in language.ordinals and _is_cardinal(head, language):
        try:
            return _words_value(head.split("-"), language) + language.ordinals[last], end
        except _UnreadableError:
            return None
    return None


def _collective(word: str, language: Language) -> int | None:
    """The number a collective noun stands for ("quarantaine", "dozen", "centenas")."""
    for form in (word, word[:-1], word[:-2]):
        if form in language.collectives:
            return language.collectives[form]
    return None


def _article_collective(
    text: str, low: str, pos: int, language: Language
) -> tuple[int, int] | None:
    """The number an article and a collective noun stand for ("une quarantaine"), its end."""
    article = _at(low, pos, (*language.indefinite, *language.one))
    if article == -1:
        return None
    word, end = _word(low, _skip(text, article))
    value = language.collectives.get(word)
    return None if value is None else (value, end)


_ROMAN = re.compile(r"(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})(?![\w-])")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_NAME = re.compile(r"\s+[^\W\d_a-z]")  # a capital letter after spaces


def _roman(text: str, pos: int) -> tuple[int, int] | None:
    """An edition's roman numeral at ``pos`` ("XXII" in "la XXII Semana"), and its end.

    Two letters at least, a value up to 99, and a capitalised name after it: "I" the
    pronoun, the letters "C" and "M" and an acronym such as "MD" are never numbers.
    """
    match = _ROMAN.match(text, pos)
    if match is None or len(match[0]) < 2 or not _NAME.match(text, match.end()):
        return None
    letters = match[0]
    value = 0
    for index, letter in enumerate(letters):
        number = _ROMAN_VALUES[letter]
        following = _ROMAN_VALUES[letters[index + 1]] if index + 1 < len(letters) else 0
        value += -number if number < following else number
    return value, match.end()


def _after_article(low: str, pos: int, language: Language) -> bool:
    """Whether the word before ``pos`` is an article or a determiner ("la", "A", "the")."""
    match = re.search(r"(?<![\w'’])([^\W\d_]+)\s+$", low[max(0, pos - 30) : pos])
    return match is not None and match[1] in (*language.articles, *language.determiners)


def _collective_tail(text: str, low: str, end: int, language: Language) -> tuple[int, int, int]:
    """After a collective noun: a multiplier, where the number ends, where its unit starts.

    "une dizaine de milliers de personnes" is about 10,000: a scale or a magnitude of a
    thousand or more after the collective multiplies it.
    """
    rest = _skip(text, end)
    of = _at(low, rest, language.of)
    rest = _skip(text, of) if of != -1 else rest
    word, word_end = _word(low, rest)
    times = language.scales.get(word) or language.several.get(word, 0)
    if times >= 1000:
        unit = _skip(text, word_end)
        after = _at(low, unit, language.of)
        return times, word_end, _skip(text, after) if after != -1 else unit
    return 1, end, rest


@attrs.frozen
class _Reading:
    value: Number
    qualifier: Qualifier
    end: int
    unit: str
    per: Per | None
    language: str

    def describe(self) -> str:
        unit = f" {self.unit}" if self.unit else ""
        hedge = "" if self.qualifier is Qualifier.EXACT else f"{self.qualifier.value} "
        per = f" {self.per}" if self.per else ""
        return f"{hedge}{_show(self.value)}{unit}{per}"


def _starts_number(text: str, low: str, pos: int, language: Language) -> bool:
    return (
        bool(_DIGITS.match(text, pos))
        or _scan(text, low, pos, language) is not None
        or _ordinal(text, low, pos, language) is not None
        or _at(low, pos, tuple(language.several)) != -1
        or _article_collective(text, low, pos, language) is not None
        or _roman(text, pos) is not None
        or _MONEY.match(text, pos) is not None
    )


def _split_per(
    text: str, low: str, pos: int, language: Language
) -> tuple[int, Per | None, str | None]:
    """Where the unit ends and the rate after it ("per week", "por cada 1.000 habitantes")."""
    for match in re.finditer(r"\S+", low[pos:]):
        start = pos + match.start()
        if start > pos and low[start - 1] not in _SPACES:
            continue
        after = _at(low, start, language.per)
        if after == -1 or _at(low, start, language.percent) != -1:
            continue
        q = _skip(text, after)
        each = _at(low, q, language.each)
        if each != -1:
            q = _skip(text, each)
        amount: Number = 1
        found = _scan(text, low, q, language)
        if found is not None and _word(low, _skip(text, found.rest))[0]:
            try:
                amount = _value(found, language, count=True)
            except (_UnreadableError, _AmbiguousError):
                continue
            q = _skip(text, found.rest)
        elif language.strict_per and each == -1 and _word(low, q)[0] not in language.time_units:
            continue
        per_unit = text[q:].strip()
        if not per_unit:
            continue
        return start, Per(amount=amount, unit=per_unit), text[pos:start].strip() or None
    return len(text), None, None


def _read_in(  # noqa: PLR0915 - one grammar, read in order
    text: str, language: Language, *, rates: bool, unit: str | None = None
) -> _Reading:
    """Read ``text`` in one language; raise _UnreadableError or _AmbiguousError."""
    low = _lower(text)
    pos = _skip(text, 0)
    qualifier = Qualifier.EXACT
    determiner = _at(low, pos, language.determiners)
    if determiner != -1 and _starts_number(text, low, _skip(text, determiner), language):
        pos = _skip(text, determiner)
    hedge = _at(low, pos, tuple(language.hedges))
    if hedge != -1 and _starts_number(text, low, _skip(text, hedge), language):
        qualifier = language.hedges[text[pos:hedge].lower()]
        pos = _skip(text, hedge)
        determiner = _at(low, pos, language.determiners)
        if determiner != -1 and _starts_number(text, low, _skip(text, determiner), language):
            pos = _skip(text, determiner)
    money = _MONEY.match(text, pos)
    if money is not None:
        return _sum(text, low, money, language, qualifier)
    several = _at(low, pos, tuple(language.several))
    if several != -1:
        if qualifier is not Qualifier.EXACT:
            raise _UnreadableError(f"{text[pos:several]!r} cannot be hedged again")
        magnitude = language.several[low[pos:several]]
        rest = _skip(text, several)
        of = _at(low, rest, language.of)
        if of != -1:
            rest = _skip(text, of)
        return _Reading(
            magnitude, Qualifier.SEVERAL, several, text[rest:].strip(), None, language.code
        )
    plural = _plural_digits(text, low, pos, language)
    if plural is not None:
        if qualifier is not Qualifier.EXACT:
            raise _UnreadableError(f"{text[pos : plural[1]]!r} cannot be hedged again")
        rest = _skip(text, plural[1])
        of = _at(low, rest, language.of)
        if of != -1:
            rest = _skip(text, of)
        return _Reading(
            plural[0], Qualifier.SEVERAL, plural[1], text[rest:].strip(), None, language.code
        )
    # A collective noun is about its number: "une quarantaine d'experts" is about 40.
    hedged = qualifier if qualifier is not Qualifier.EXACT else Qualifier.APPROXIMATE
    collective = _article_collective(text, low, pos, language)
    if collective is not None:
        times, end, rest = _collective_tail(text, low, collective[1], language)
        return _Reading(
            collective[0] * times, hedged, end, text[rest:].strip(), None, language.code
        )
    ordinal = _ordinal(text, low, pos, language)
    if ordinal is None and _after_article(low, pos, language):
        # An edition in roman numerals, after an article: "la XXII Semana Binacional".
        ordinal = _roman(text, pos)
    if ordinal is not None:
        value, end = ordinal
        return _Reading(value, qualifier, end, text[end:].strip(), None, language.code)
    found = _scan(text, low, pos, language)
    if found is None:
        _refuse_a_range(text, low, pos, language)
        raise _UnreadableError(f"no number could be read from it in {language.name}")
    after = _skip(text, found.end)
    next_word, next_end = _word(low, after)
    if next_word in language.fractions:
        raise _UnreadableError(
            f"{text[pos:next_end]!r} is a fraction, a share rather than a number of things"
        )
    group = _collective(next_word, language)
    if group is not None:
        # "deux douzaines de", "trois centaines": the number times the collective, about.
        scale, end, rest = _collective_tail(text, low, next_end, language)
        number = _value(found, language, count=False) * group * scale
        return _Reading(_whole(number), hedged, end, text[rest:].strip(), None, language.code)
    if (
        _DIGITS.match(text, after)
        or next_word in _all_scales()
        or _is_cardinal(next_word, language)
    ):
        raise _UnreadableError(
            f"the number goes on past what {language.name} reads: {text[found.end :].strip()!r}"
        )
    if re.match(r"[.,'’\u00a0\u202f ]*[.,'’][.,'’\u00a0\u202f ]*[0-9]", text[found.end :]):
        raise _UnreadableError(
            f"the digits go on past what {language.name} reads: {text[found.end :].strip()!r}"
        )
    attached = re.compile(r"[^\W\d_]+").match(low, found.end)
    if attached and attached[0] in _all_suffixes():
        raise _UnreadableError(f"{language.name} does not end an ordinal with {attached[0]!r}")
    per: Per | None = None
    unit_end = len(text)
    if rates:
        unit_end, per, _ = _split_per(text, low, found.rest, language)
    written = text[found.rest : unit_end].strip()
    counted_in_whole = _part_of_a_whole(
        text, low, found, language, begin=pos, unit_end=unit_end, named=bool(unit)
    )
    if counted_in_whole is not None:
        written = counted_in_whole
    else:
        _refuse_a_second_number(written, language)
    if _HYPHENED.match(written):
        # "a 3-day course" as "a three-day course": the hyphen joins, the unit is the words.
        written = written[1:]
    # A count is whole: a noun counted after the number, or given as unit=, settles "3.000".
    counted = written or (unit or "").strip()
    percent = counted.startswith("%") or _at(_lower(counted), 0, language.percent) != -1
    count = bool(counted) and per is None and not percent
    number = _value(found, language, count=count)
    return _Reading(number, qualifier, found.end, written, per, language.code)


def _sum(
    text: str, low: str, money: re.Match[str], language: Language, qualifier: Qualifier
) -> _Reading:
    """A sum of money: the number after the currency sign, the sign as its unit."""
    found = _scan(text, low, money.end(), language)
    if found is None:
        raise _UnreadableError(f"no number could be read after {money[0].strip()!r}")
    after = text[found.end :].strip()
    if after:
        raise _UnreadableError(
            f"a sum in {money[0].strip()!r} is read only alone, and {after!r} follows it"
        )
    number = _value(found, language, count=False)
    return _Reading(number, qualifier, found.end, money[0].strip(), None, language.code)


def _read(text: object, language: str | None, *, rates: bool, unit: str | None = None) -> _Reading:
    if not isinstance(text, str):
        raise QuantityParseError(repr(text), f"expected a string, got {type(text).__name__}")
    phrase = " ".join(text.split())
    if not phrase:
        raise QuantityParseError(text, "the text is empty")
    if language is not None:
        try:
            chosen = get_language(language)
        except InvalidValueError as error:
            raise QuantityParseError(text, error.reason) from None
        try:
            return _read_in(phrase, chosen, rates=rates, unit=unit)
        except (_UnreadableError, _AmbiguousError) as error:
            raise QuantityParseError(text, str(error)) from None
    readings: list[_Reading] = []
    reasons: list[str] = []
    for candidate in LANGUAGES.values():
        try:
            readings.append(_read_in(phrase, candidate, rates=rates, unit=unit))
        except _AmbiguousError as error:
            raise QuantityParseError(
                text, f"in {candidate.name}, {error}; pass language= to say how it is written"
            ) from None
        except _UnreadableError as error:
            reasons.append(f"{candidate.code}: {error}")
    if not readings:
        raise QuantityParseError(
            text, "no number could be read from it in any language (" + "; ".join(reasons) + ")"
        )
    return _agree(text, readings)


def _agree(text: str, readings: list[_Reading]) -> _Reading:
    """The reading every language that reads the whole number agrees on."""
    longest = max(r.end for r in readings)
    readings = [r for r in readings if r.end == longest]
    if any(r.per is not None for r in readings) and len({r.per for r in readings}) > 1:
        # One language finds a rate where another reads its words as the unit: the
        # language that knows the rate's words is the one the phrase is written in.
        readings = [r for r in readings if r.per is not None]
    shown = {r.describe() for r in readings}
    if len(shown) > 1:
        by_reading: dict[str, list[str]] = {}
        for r in readings:
            by_reading.setdefault(r.describe(), []).append(r.language)
        named = "; ".join(f"{', '.join(codes)}: {what}" for what, codes in by_reading.items())
        raise QuantityParseError(
            text, f"the languages read it differently ({named}); pass language= to choose"
        )
    return readings[0]


def parse_number(text: str, *, language: str | None = None) -> tuple[Number, Qualifier]:
    """Read a number phrase with its hedge, without a unit.

    >>> parse_number("almost half a million")
    (500000, <Qualifier.ALMOST: 'almost'>)
    >>> parse_number("8.7 million")
    (8700000, <Qualifier.EXACT: 'exact'>)
    >>> parse_number("22nd")
    (22, <Qualifier.EXACT: 'exact'>)
    >>> parse_number("7 mil 45", language="es")
    (7045, <Qualifier.EXACT: 'exact'>)
    """
    reading = _read(text, language, rates=False)
    if reading.unit:
        raise QuantityParseError(text, f"unexpected words after the number: {reading.unit!r}")
    return reading.value, reading.qualifier


# A number joined by a hyphen to the word after it: "3-day", "5-year", "2-week".
_HYPHENED = re.compile(r"-[^\W\d_]")
# What joins two numbers into a range or a choice: "3-5", "3 to 5", "3 ou 4", "3/4".
_JOINED = re.compile(
    r"(?:[-\u2010-\u2015/]|(?:to|or|and|a|al|o|u|y|e|ou|et|à|au)\b)\s*", re.IGNORECASE
)


def _refuse_a_second_number(written: str, language: Language) -> None:
    """Refuse the words after a number when they start with another number joined to it.

    "3-5 days", "3 to 5 days", "tres o cuatro días" state a range or a choice, not one
    quantity: read as 3 with the unit "-5 days" they would be misread without a word.
    """
    joined = _JOINED.match(written)
    if joined is None:
        return
    rest = written[joined.end() :]
    word, _ = _word(_lower(rest), 0)
    if (rest[:1].isdigit()) or (word and _is_cardinal(word, language)):
        raise _UnreadableError(
            f"{written!r} goes on to another number: a range or a choice is not one quantity"
        )


def _refuse_a_range(text: str, low: str, pos: int, language: Language) -> None:
    """Refuse a range written with words: "entre 80 000 et 120 000", "from 3 to 5".

    The phrase starts with the language's "between" or "from" (after a hedge, if any), a
    number, "and" or "to", and another number: two numbers, which no quantity holds.
    """
    starts = [pos]
    hedge = _at(low, pos, tuple(language.hedges))
    if hedge != -1:
        starts.append(_skip(text, hedge))
    pairs = ((language.between, language.between_and), (language.span_from, language.span_to))
    for start in starts:
        for opening, closing in pairs:
            opened = _at(low, start, opening)
            first = _scan(text, low, _skip(text, opened), language) if opened != -1 else None
            if first is None:
                continue
            closed = _at(low, _skip(text, first.end), closing)
            second = _scan(text, low, _skip(text, closed), language) if closed != -1 else None
            if second is None:
                continue
            low_end = text[_skip(text, opened) : first.end]
            high_end = text[_skip(text, closed) : second.end]
            raise _UnreadableError(
                f"{text[start : second.end]!r} is a range of two numbers, {low_end!r} and "
                f"{high_end!r}: a range is not one quantity"
            )


_YEAR = re.compile(r"(?:1[89]|20)[0-9]{2}")


def _number_within(
    text: str, low: str, pos: int, end: int, language: Language
) -> tuple[_Atoms, Number | None] | None:
    """The number written at ``pos`` and ending by ``end``, and its value if it has one."""
    found = _scan(text, low, pos, language)
    if found is None or found.end > end:
        return None
    try:
        return found, _value(found, language, count=True)
    except (_UnreadableError, _AmbiguousError):
        return found, None


def _part_of_a_whole(
    text: str,
    low: str,
    found: _Atoms,
    language: Language,
    *,
    begin: int,
    unit_end: int,
    named: bool,
) -> str | None:
    """The unit of a count of part of a definite whole, or ``None`` if the phrase has none.

    "13 of the 19 nurses", "13 de los 19 enfermeros": 13 nurses, the 19 being another
    figure, which the unit leaves out. A share ("one in four", "13 out of 19", "uno de
    cada cuatro", "une personne sur quatre") is refused: one number out of another is
    not a number of things, and read as its first number it would be misread.
    """
    start = _skip(text, found.end)
    try:
        part: Number | None = _value(found, language, count=True)
    except (_UnreadableError, _AmbiguousError):
        part = None

    def refusal(
        whole_start: int, whole: tuple[_Atoms, Number | None], *, followed: bool = False
    ) -> _UnreadableError:
        """Why the phrase is refused; ``followed``: words after the whole may name a place."""
        shown = text[begin : whole[0].end]
        second = text[whole_start : whole[0].end]
        after = _word(low, _skip(text, whole[0].end))[0]
        if (
            (part is None or whole[1] is None or part <= whole[1])
            and not _YEAR.fullmatch(second)
            and after not in language.time_units
            and not (followed and after)
        ):
            return _UnreadableError(
                f"{shown!r} is a share of a whole, one number out of another: a share is "
                "not a number of things"
            )
        return _UnreadableError(
            f"{shown!r} goes on to a second number, {second!r}: a share of a whole or a "
            "count with another figure after it is not one quantity"
        )

    joined = _at(low, start, language.wholes)
    whole_start = _skip(text, joined)
    whole = _number_within(text, low, whole_start, unit_end, language) if joined != -1 else None
    if whole is not None:
        if part is not None and whole[1] is not None and part > whole[1]:
            raise refusal(whole_start, whole)
        counted = text[whole[0].rest : unit_end].strip()
        if not counted and not named:
            raise _UnreadableError(
                f"{text[begin : whole[0].end]!r} counts part of a whole and does not say "
                "what it counts: pass unit="
            )
        return counted
    joined = _at(low, start, language.shares)
    whole_start = _skip(text, joined)
    whole = _number_within(text, low, whole_start, unit_end, language) if joined != -1 else None
    if whole is not None:
        raise refusal(whole_start, whole)
    # "une personne sur quatre", "one migrant in four": a noun between part and whole.
    noun, noun_end = _word(low, start)
    between = tuple(share for share in language.shares if share not in language.of)
    joined = _at(low, _skip(text, noun_end), between) if noun else -1
    whole_start = _skip(text, joined)
    whole = _number_within(text, low, whole_start, unit_end, language) if joined != -1 else None
    if (
        whole is not None
        and (part is None or whole[1] is None or part <= whole[1])
        and not _YEAR.fullmatch(text[whole_start : whole[0].end])
        # "une formation sur 5 jours": a duration, over which one thing was done.
        and _word(low, _skip(text, whole[0].end))[0] not in language.time_units
    ):
        raise refusal(whole_start, whole, followed=True)
    return None


def parse_quantity(text: str, *, unit: str | None = None, language: str | None = None) -> Quantity:
    """Read a hedged number phrase into a :class:`~migrationhealth.quantity.Quantity`.

    The words after the number are the unit, as written ("more than two decades" is 2
    decades, more than); when the phrase has none, pass ``unit``. A trailing "per 1,000
    inhabitants", "por semana" or "par jour" becomes the quantity's
    :class:`~migrationhealth.quantity.Per`. ``language`` is "en", "es", "pt" or "fr";
    without it the phrase must read the same in every language that can read it.

    >>> str(parse_quantity("almost half a million", unit="people"))
    'almost 500,000 people'
    >>> q = parse_quantity("an average of 400,000 people per week")
    >>> q.qualifier.value, q.value, q.unit, str(q.per)
    ('average', 400000, 'people', 'per week')
    >>> parse_quantity("2.4 doctors per 1,000 inhabitants").per.amount
    1000
    >>> q = parse_quantity("Los 352 médicos", language="es")
    >>> q.value, q.unit
    (352, 'médicos')
    """
    reading = _read(text, language, rates=True, unit=unit)
    written = reading.unit or None
    if written is not None and unit is not None and written != unit:
        raise QuantityParseError(text, f"the phrase's unit {written!r} differs from unit={unit!r}")
    chosen = written or unit
    if chosen is None:
        raise QuantityParseError(text, "no unit: the phrase names none, so pass unit=")
    try:
        return Quantity(
            value=reading.value, unit=chosen, qualifier=reading.qualifier, per=reading.per
        )
    except InvalidValueError as error:
        raise QuantityParseError(text, str(error)) from None


@attrs.frozen
class NumberSpan:
    """A number phrase found in a longer text: where it is, what it reads, as what.

    ``start`` and ``end`` index the text as given; ``value`` is the whole phrase's value
    ("7 mil 45" is 7045, never 7); ``qualifier`` is ``several`` for a magnitude word
    ("hundreds"), ``approximate`` for a collective numeral ("une quarantaine") and
    ``exact`` otherwise (hedges are not read here). Times of day ("8h15") and digits in a
    name ("IL-96-300") are not numbers to report.
    """

    start: int
    end: int
    value: Number
    qualifier: Qualifier


_STARTS = re.compile(r"[0-9]|(?<![^\W\d_])[^\W\d_]")
_ADDRESS_WORD = re.compile(r"[0-9]+-[^\W\d_]")
_MODEL_NAME = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[0-9]+)+-$")
_ELIDED = re.compile(r"[^\W\d_]+['’]")


@cache
def _starters(code: str) -> frozenset[str]:
    """The words a number phrase of the language may start with."""
    language = LANGUAGES[code]
    phrases = (*language.one, *language.half, *language.several)
    return frozenset(
        {*language.cardinals, *language.spellings, *language.scales, *language.ordinals}
        | {phrase.split()[0] for phrase in phrases}
    )


def _spans_in(  # noqa: PLR0915 - the same grammar, over a whole text
    text: str, language: Language
) -> dict[int, tuple[int, Number | None, Qualifier]]:
    """Every number phrase of ``text`` in one language: start -> (end, value or None)."""
    low = _lower(text)
    starters = _starters(language.code)
    found: dict[int, tuple[int, Number | None, Qualifier]] = {}
    pos = 0
    while True:
        match = _STARTS.search(low, pos)
        if match is None:
            return found
        pos = match.start()
        # Whether digits are glued to what comes before them (only digits need to know).
        glued = (
            pos
            and low[pos] in "0123456789"
            and (
                low[pos - 1] in ".,_"
                or low[pos - 1].isalnum()
                # "COVID-19": a number that ends a hyphenated word is part of a name; one
                # between hyphens ("mexico-352-medicos", an address) is a word of its own.
                or (
                    low[pos - 1] == "-"
                    and pos > 1
                    and low[pos - 2].isalpha()
                    and not _ADDRESS_WORD.match(low, pos)
                )
                # "IL-96-300": digits after a name's letters and digits are a model name
                # (the pattern ends in a hyphen, or a hyphen and the text's last newline).
                or (
                    low[pos - 1] in "-\n"
                    and _MODEL_NAME.search(low[max(0, pos - 40) : pos]) is not None
                )
            )
        )
        if glued:
            digits = _DIGITS.match(text, pos)
            pos = digits.end() if digits else pos + 1
            continue
        time = _TIME.match(low, pos)
        if time is not None:
            # "8h15", "14:30": a time of day is not a count.
            pos = time.end()
            continue
        if low[pos] not in "0123456789":
            word, word_end = _word(low, pos)
            roman = _roman(text, pos)
            if roman is not None and _after_article(low, pos, language):
                found[pos] = (roman[1], roman[0], Qualifier.EXACT)
                pos = roman[1]
                continue
            if word not in starters and word.partition("-")[0] not in starters:
                elided = _ELIDED.match(word)
                after = pos + elided.end() if elided else word_end
                # "d’une quarantaine", "d’onze": the number starts after the elided word;
                # "d’un programme" holds an article, not a number.
                following, following_end = _word(low, after)
                if elided and (
                    following not in language.indefinite
                    or _article_collective(text, low, after, language) is not None
                    or _word(low, _skip(text, following_end))[0] in language.scales
                ):
                    pos = after
                else:
                    pos = max(word_end, pos + 1)
                continue
        else:
            plural = _plural_digits(text, low, pos, language)
            if plural is not None:
                found[pos] = (plural[1], plural[0], Qualifier.SEVERAL)
                pos = plural[1]
                continue
        several = _at(low, pos, tuple(language.several))
        if several != -1:
            found[pos] = (several, language.several[low[pos:several]], Qualifier.SEVERAL)
            pos = several
            continue
        collective = _article_collective(text, low, pos, language)
        if collective is not None:
            times, end, _ = _collective_tail(text, low, collective[1], language)
            found[pos] = (end, collective[0] * times, Qualifier.APPROXIMATE)
            pos = end
            continue
        ordinal = _ordinal(text, low, pos, language)
        if ordinal is not None:
            found[pos] = (ordinal[1], ordinal[0], Qualifier.EXACT)
            pos = ordinal[1]
            continue
        atoms = _scan(text, low, pos, language)
        if atoms is None:
            pos = _word(low, pos)[1] if low[pos].isalpha() else pos + 1
            pos = max(pos, match.start() + 1)
            continue
        after = _skip(text, atoms.rest)
        word, word_end = _word(low, after)
        if word in language.fractions:
            pos = word_end  # "two thirds": a share, not a number of things
            continue
        count = bool(word) and _at(low, after, language.percent) == -1
        try:
            found[pos] = (atoms.end, _value(atoms, language, count=count), Qualifier.EXACT)
        except _AmbiguousError:
            found[pos] = (atoms.end, None, Qualifier.EXACT)
        except _UnreadableError:
            pass
        pos = atoms.end


def find_numbers(text: str, *, language: str | None = None) -> tuple[NumberSpan, ...]:
    """Every number phrase in ``text``, each read whole, in order.

    A phrase whose reading depends on a convention the text does not settle ("3.000"
    with nothing counted after it, in Spanish) is left out, and so is a phrase that the
    languages read differently when ``language`` is ``None``.

    >>> [s.value for s in find_numbers("se otorgaron 7 mil 45 consultas", language="es")]
    [7045]
    >>> [s.value for s in find_numbers("8.7 million services in 2022")]
    [8700000, 2022]
    """
    languages: tuple[Language, ...] = (
        (get_language(language),) if language is not None else tuple(LANGUAGES.values())
    )
    per_language = [_spans_in(text, lang) for lang in languages]
    spans: list[NumberSpan] = []
    taken = -1
    for start in sorted({s for found in per_language for s in found}):
        if start < taken:
            continue
        here = [found[start] for found in per_language if start in found]
        longest = max(end for end, _, _ in here)
        values = {(v, q) for end, v, q in here if end == longest}
        if len(values) == 1:
            value, qualifier = next(iter(values))
            if value is not None:
                spans.append(NumberSpan(start, longest, value, qualifier))
        taken = longest
    return tuple(spans)


_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SMALL = sorted(
    (w for w in LANGUAGES["en"].cardinals if text2num(w, "en") < 20),
    key=lambda w: text2num(w, "en"),
)
_WRITE_SCALES: tuple[tuple[str, int], ...] = (
    ("billion", 10**9),
    ("million", 10**6),
    ("thousand", 10**3),
)


def number_words(value: int) -> str:
    """Spell a whole number in English words, as reports do ("four million").

    >>> number_words(4_000_000), number_words(1200), number_words(22)
    ('four million', 'one thousand two hundred', 'twenty-two')
    """
    if value < 0:
        raise ValueError(f"expected a non-negative int, got {value}")
    if value < 20:
        return _SMALL[value]
    if value < 100:
        tens = _TENS_WORDS[value // 10 - 2]
        return tens if value % 10 == 0 else f"{tens}-{_SMALL[value % 10]}"
    if value < 1000:
        head = f"{_SMALL[value // 100]} hundred"
        return head if value % 100 == 0 else f"{head} {number_words(value % 100)}"
    for word, scale in _WRITE_SCALES:
        if value >= scale:
            head = f"{number_words(value // scale)} {word}"
            return head if value % scale == 0 else f"{head} {number_words(value % scale)}"
    raise AssertionError(value)  # pragma: no cover
