"""Read the date and period phrases that reports use, in English, Spanish, Portuguese and French.

:func:`parse_date` reads one date ("27 June, 2019", "15 de abril de 2025", "1er mai
2016", "Monday, 20 May 2024") and :func:`parse_period` a span ("between August 18 and
November 14, 2025", "October 9–13, 2006", "del 7 al 15 de octubre del 2006", "2013 a
2018", "de julho a novembro de 2019", "du 3 au 9 mai 2016", "since 1951"). Both keep
exactly the precision that was written and never supply a missing part from today's date
or any other default. Month and weekday names, and the words of ranges, come from the
language tables in :mod:`migrationhealth.languages`; pass ``language=``. Without it, a
phrase is read only when every language that can read it reads it the same way.

A number of one or two digits is a day, and of four digits a year: a day is never read
as a year, nor a year invented. The one thing read across the two ends of a span is the
convention of writing shared parts once: in "July to November 2019" and "9–13 October
2006" the start takes the year (and month) the end states, and in "October 9–13, 2006"
the end takes the start's month. A start that would then fall after its end is refused.

Vague and relative phrases ("late March", "a finales de marzo", "the third week of
October", "last Friday", "el próximo 13 de octubre", "durante el año pasado") are read
by :func:`read_period` against an ``anchor`` the caller gives (the source's publication
date) into the documented period, with a sentence saying how it was inferred. Without an
anchor they are refused. Text none of them can read raises
:class:`~migrationhealth.errors.DateParseError`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from typing import TypeVar

import attrs
from text_to_num import text2num

from .dates import PartialDate, Period
from .errors import DateParseError, InvalidValueError
from .languages import LANGUAGES, Language, get_language

__all__ = ["PeriodReading", "parse_date", "parse_period", "read_period"]

_T = TypeVar("_T")
_Parts = tuple[int | None, int | None, int | None]
_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}(?:-\d{2})?")
_ISO_PERIOD = re.compile(r"(?:[\d-]+|\.\.)/(?:[\d-]+|\.\.)")
_DAY_MONTH = re.compile(r"\d{1,2}/\d{1,2}")
_DAYS_MONTH = re.compile(r"\d{1,2}-\d{1,2}/\d{1,2}")  # "14-17/11": days 14 to 17 of November
_NUMERIC = re.compile(r"(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})")
_TIME = re.compile(r"\d{1,2}:\d{2}|T\d{2}|\d{1,2}\s*(?:[ap]\.?m\.?|h\d{2})\b", re.IGNORECASE)
_TOKEN = re.compile(r"\d+|[^\W\d_]+(?:[-'’][^\W\d_]+)*\.?|[^\s\w]", re.UNICODE)
_DASHES = "–—‐‑-"  # the hyphen last, so that it is not read as a range
# The parts of a month that "early", "mid" and "late" name, as days.
PARTS_OF_MONTH = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}


class _UnreadableError(Exception):
    """The language cannot read the phrase."""


class _AmbiguousError(Exception):
    """The language reads the phrase more than one way, or finds it wrong."""


def _languages(language: str | None) -> tuple[Language, ...]:
    if language is None:
        return tuple(LANGUAGES.values())
    try:
        return (get_language(language),)
    except InvalidValueError as error:
        raise DateParseError(language, error.reason) from None


def _in_each(text: str, language: str | None, read: Callable[[str, Language], _T], what: str) -> _T:
    """``read`` in the one language given, or in each, requiring all readers to agree."""
    if not isinstance(text, str):
        raise DateParseError(repr(text), f"expected a string, got {type(text).__name__}")
    phrase = " ".join(text.split())
    if not phrase:
        raise DateParseError(text, "the text is empty")
    readings: dict[str, list[str]] = {}
    values: dict[str, _T] = {}
    reasons: list[str] = []
    for candidate in _languages(language):
        try:
            value = read(phrase, candidate)
        except _AmbiguousError as error:
            raise DateParseError(text, str(error)) from None
        except _UnreadableError as error:
            reasons.append(f"{candidate.code}: {error}")
            continue
        readings.setdefault(repr(value), []).append(candidate.code)
        values[repr(value)] = value
    if not values:
        plain = {reason.partition(": ")[2] for reason in reasons}
        if len(plain) == 1:
            raise DateParseError(text, plain.pop())
        raise DateParseError(
            text, f"no {what} could be read from it in any language ({'; '.join(reasons)})"
        )
    if len(values) > 1:
        named = "; ".join(f"{', '.join(codes)}: {shown}" for shown, codes in readings.items())
        raise DateParseError(
            text, f"the languages read it differently ({named}); pass language= to choose"
        )
    return next(iter(values.values()))


def _tokens(phrase: str) -> list[str]:
    return _TOKEN.findall(phrase.lower())


def _check_time(phrase: str) -> None:
    if _TIME.search(phrase):
        raise _AmbiguousError("a time of day or time zone is not part of a date")


def _date_parts(  # noqa: PLR0915
    phrase: str, language: Language, *, partial: bool = False
) -> _Parts:
    """Year, month and day written in one date phrase; ``None`` for what was not written.

    With ``partial``, a day alone or a day and a year (the end of "October 9–13, 2006")
    is accepted for the span to complete.
    """
    _check_time(phrase)
    if _ISO_DATE.fullmatch(phrase):
        try:
            date = PartialDate.fromisoformat(phrase)
        except DateParseError as error:
            raise _AmbiguousError(error.reason) from None
        return date.year, date.month, date.day
    numeric = _NUMERIC.fullmatch(phrase)
    if numeric is not None:
        if not language.day_first:
            raise _AmbiguousError(
                "an all-numeric date is ambiguous between day/month and month/day order "
                "in English; write the month as a word, use YYYY-MM-DD, or pass the "
                "language of a report that writes the day first"
            )
        if len(numeric[4]) != 4:
            raise _AmbiguousError("a two-digit year does not say which century")
        return int(numeric[4]), int(numeric[3]), int(numeric[1])
    year = month = day = None
    weekday: int | None = None
    words = [t for t in _tokens(phrase) if t not in (",", ".")]
    index = 0
    while index < len(words):
        token = words[index].rstrip(".")
        index += 1
        if token in language.date_fillers:
            continue
        following = words[index] if index < len(words) else ""
        if (
            token in language.day_words
            and following.isdigit()
            and len(following) <= 2
            and (year, month, day) == (None, None, None)
        ):
            continue  # "el día 8 de octubre", "no dia 08/10": the word for day before it
        if (
            token in language.this
            and following in language.weekdays
            and (year, month, day, weekday) == (None, None, None, None)
        ):
            continue  # "este lunes 26 de agosto": the weekday is checked as without it
        if token in language.weekdays and weekday is None and month is None:
            weekday = language.weekdays[token]
            continue
        if token in language.months and month is None:
            month = language.months[token]
            continue
        if (
            token.isdigit()
            and len(token) <= 2
            and words[index : index + 1] == ["/"]
            and index + 1 < len(words)
            and words[index + 1].isdigit()
            and len(words[index + 1]) <= 2
            and day is None
            and month is None
            and year is None
        ):
            # "31/10", "quinta-feira, 31/10": a day and a month, no year
            if not language.day_first:
                raise _AmbiguousError(
                    f"{token}/{words[index + 1]}: an all-numeric date is not read in "
                    f"{language.name}, whose reports write both day/month and month/day; "
                    "write the month as a word"
                )
            day, month = int(token), int(words[index + 1])
            index += 2
            continue
        if token.isdigit():
            suffix = words[index].rstrip(".") if index < len(words) else ""
            if suffix in language.ordinal_suffixes or suffix in ("º", "ª", "°"):
                index += 1
            if len(token) == 4 and year is None and (suffix not in language.ordinal_suffixes):
                year = int(token)
                continue
            if len(token) <= 2 and day is None and year is None:
                day = int(token)
                continue
            if len(token) <= 2:
                raise _UnreadableError(
                    f"{token!r} cannot be a day here, and a year is written with four digits"
                )
            raise _UnreadableError(f"{token!r} is neither a day nor a four-digit year")
        raise _UnreadableError(f"{token!r} is not part of a date in {language.name}")
    if year is None and month is None and day is None:
        if weekday is not None:
            raise _UnreadableError("a weekday is read only beside a date; it does not say which")
        raise _UnreadableError(f"no date could be read from it in {language.name}")
    if not partial and month is None and day is not None:
        raise _UnreadableError("a date needs a year or a month: a day alone is not a date")
    if weekday is not None:
        if day is None or month is None:
            raise _UnreadableError(
                "a weekday is read only beside a full date; it does not say which week"
            )
        if year is not None:
            _check_weekday(year, month, day, weekday)
    return year, month, day


def _check_weekday(year: int, month: int, day: int, weekday: int) -> None:
    try:
        actual = dt.date(year, month, day)
    except ValueError:
        return  # PartialDate names the impossible date
    if actual.weekday() != weekday:
        raise _AmbiguousError(
            f"{actual.isoformat()} is a {actual:%A}, not a {calendar.day_name[weekday]} as written"
        )


def _build(text: str, parts: _Parts) -> PartialDate:
    year, month, day = parts
    try:
        return PartialDate(year=year, month=month, day=day)
    except InvalidValueError as error:
        reason = error.reason
        if month is not None and day is not None and 1 <= month <= 12 and "between 1 and" in reason:
            reason = f"{day} {calendar.month_name[month]} is not a date: {reason}"
        raise DateParseError(text, reason) from None


def _read_date(phrase: str, language: Language) -> PartialDate:
    parts = _date_parts(phrase, language)
    try:
        return _build(phrase, parts)
    except DateParseError as error:
        raise _AmbiguousError(error.reason) from None


def parse_date(text: str, *, language: str | None = None) -> PartialDate:
    """Read one date phrase, keeping the precision it was written with.

    >>> parse_date("27 June, 2019")
    PartialDate('2019-06-27')
    >>> parse_date("November 2019")
    PartialDate('2019-11')
    >>> parse_date("17 April")
    PartialDate('--04-17')
    >>> parse_date("15 de abril de 2025", language="es")
    PartialDate('2025-04-15')

    A weekday is checked against the date it stands beside when the year is known
    ("Monday, 20 May 2024" is read; "Sunday, 20 May 2024" is refused, naming both).
    Times of day, relative phrases ("last Friday", see :func:`read_period`) and
    all-numeric dates in English ("05/04/2019", whose day/month order is ambiguous)
    raise :class:`~migrationhealth.errors.DateParseError`; in Spanish, Portuguese and
    French an all-numeric date is day first ("14/11", and the days "14-17/11").

    The word for "day" before the day ("el día 8 de octubre", "no dia 08/10") and a
    demonstrative before a weekday and its date ("este lunes 26 de agosto", "ce lundi
    26 août", "this Monday, 26 August") are read as the date written; a demonstrative
    and a weekday alone ("este lunes") are relative (see :func:`read_period`).
    """
    return _in_each(text, language, _read_date, "date")


@attrs.frozen
class PeriodReading:
    """A period read from a phrase, and how it was inferred when the phrase was vague.

    ``inferred`` is ``None`` when the phrase stated the period; otherwise it says what was
    taken from where ("'late' read as days 21 to 31 of the month; the year 2024 taken
    from the anchor 2024-05-10").
    """

    period: Period
    inferred: str | None = None


def _open(phrase: str, words: tuple[str, ...]) -> str | None:
    """The rest of ``phrase`` after the longest of ``words`` it starts with."""
    low = phrase.lower()
    for word in sorted(words, key=len, reverse=True):
        if low.startswith(word + " "):
            return phrase[len(word) + 1 :].strip()
    return None


def _splits(phrase: str, words: tuple[str, ...], *, dashes: bool) -> list[tuple[str, str]]:
    """Every way of cutting ``phrase`` in two at one of ``words`` (or a dash)."""
    low = phrase.lower()
    found: list[tuple[str, str]] = []
    for word in words:
        for match in re.finditer(rf"\s{re.escape(word)}\s", low):
            found.append((phrase[: match.start()], phrase[match.end() :]))
    if dashes:
        for match in re.finditer(rf"\s*[{_DASHES}]\s*", phrase):
            found.append((phrase[: match.start()], phrase[match.end() :]))
    return [(a.strip(), b.strip()) for a, b in found if a.strip() and b.strip()]


def _span(phrase: str, start_text: str, end_text: str, language: Language) -> Period:
    start_y, start_m, start_d = _date_parts(start_text, language, partial=True)
    end_y, end_m, end_d = _date_parts(end_text, language, partial=True)
    shared_month = False
    if end_m is None and end_d is not None:
        if start_m is None or start_d is None:
            raise _UnreadableError(f"the end {end_text!r} has no month")
        end_m, shared_month = start_m, True  # "October 9–13, 2006"
        if end_y is None:
            end_y = start_y
    if start_m is None and start_d is not None:
        if end_m is None:
            raise _UnreadableError(f"the start {start_text!r} has no month")
        start_m, shared_month = end_m, True  # "9–13 October 2006", "14-17/11"
    if shared_month and start_d is not None and end_d is not None and start_d > end_d:
        raise _AmbiguousError(
            f"the days {start_d} to {end_d} of one month run backwards; write the start first"
        )
    borrowed = False
    if start_y is None and end_y is not None:
        start_y, borrowed = end_y, True
    if end_y is None and start_y is not None and end_m is None:
        raise _UnreadableError(f"the end {end_text!r} has neither a year nor a month")
    try:
        start = _build(start_text, (start_y, start_m, start_d))
        end = _build(end_text, (end_y, end_m, end_d))
    except DateParseError as error:
        raise _AmbiguousError(error.reason) from None
    if borrowed and (start.month or 1, start.day or 1) > (end.month or 12, end.day or 31):
        raise _AmbiguousError(
            "the start has no year of its own and would fall after the end in the end's "
            "year; write both years"
        )
    return Period(start=start, end=end)


def _list_of_days(phrase: str, language: Language) -> Period | None:
    """Read "on 3 and 4 May", "los días 3, 4 y 5 de mayo": consecutive days, read first to last."""
    low = phrase.lower()
    joins = "|".join(re.escape(w) for w in language.list_and)
    match = re.fullmatch(
        r"(?:on\s+|los días\s+|el\s+|les\s+|os dias\s+|nos dias\s+|dias\s+|días\s+)?"
        rf"(\d{{1,2}}(?:\s*,\s*\d{{1,2}})*)\s*"
        rf"(?:,\s*)?(?:{joins})\s+(\d{{1,2}}\s+.+)",
        low,
    )
    if match is None:
        return None
    days = [int(d) for d in re.findall(r"\d+", match[1])]
    last = _date_parts(phrase[match.start(2) :], language)
    if last[2] is None or last[1] is None:
        return None
    days.append(last[2])
    if days != list(range(days[0], days[0] + len(days))):
        raise _AmbiguousError(
            f"the days {', '.join(map(str, days))} are not consecutive, so they are not "
            "one period; record each day"
        )
    start = _build(phrase, (last[0], last[1], days[0]))
    return Period(start=start, end=_build(phrase, last))


def _list_of_months(phrase: str, language: Language) -> Period | None:
    """Read "June and July 2021", "junio y julio de 2021": consecutive months sharing a year.

    The months before the last take its year; months that do not follow each other are
    not one period and are refused.
    """
    joins = "|".join(re.escape(w) for w in language.list_and)
    names = "|".join(re.escape(m) for m in sorted(language.months, key=len, reverse=True))
    fillers = "|".join(re.escape(w) for w in language.date_fillers)
    match = re.fullmatch(
        rf"(?:(?:in|en|em|de|du|from)\s+)?"
        rf"((?:{names})\.?(?:\s*,\s*(?:{names})\.?)*)\s*,?\s*(?:{joins})\s+"
        rf"(?:(?:{fillers})\s+)?((?:{names})\.?(?:\s+.*)?)",
        phrase.lower(),
    )
    if match is None:
        return None
    months = [language.months[m.rstrip(".")] for m in re.findall(rf"{names}", match[1])]
    year, last, day = _date_parts(phrase[match.start(2) :], language)
    if last is None or day is not None:
        return None
    months.append(last)
    if months != list(range(months[0], months[0] + len(months))):
        raise _AmbiguousError(
            f"the months {', '.join(calendar.month_name[m] for m in months)} do not follow "
            "each other, so they are not one period; record each month"
        )
    return Period(
        start=_build(phrase, (year, months[0], None)), end=_build(phrase, (year, last, None))
    )


def _read_period(phrase: str, language: Language) -> Period:
    if phrase.startswith("(") and phrase.endswith(")"):
        phrase = phrase[1:-1].strip()  # "(2015-2019)": a period in brackets
    if _ISO_DATE.fullmatch(phrase):
        return Period.single(_read_date(phrase, language))
    if (
        _ISO_PERIOD.fullmatch(phrase)
        and not _DAY_MONTH.fullmatch(phrase)
        and not _DAYS_MONTH.fullmatch(phrase)
    ):
        try:
            return Period.fromisoformat(phrase)
        except DateParseError as error:
            raise _AmbiguousError(error.reason) from None
    rest = _open(phrase, language.between)
    if rest is not None:
        for start, end in _splits(rest, language.between_and, dashes=False):
            try:
                return _span(phrase, start, end, language)
            except _UnreadableError:
                continue
        raise _UnreadableError(f"no two dates could be read after {language.between[0]!r}")
    rest = _open(phrase, language.span_from)
    if rest is not None:
        for start, end in _splits(rest, language.span_to, dashes=True):
            try:
                return _span(phrase, start, end, language)
            except _UnreadableError:
                continue
    for start, end in _splits(phrase, language.span_to, dashes=True):
        try:
            return _span(phrase, start, end, language)
        except _UnreadableError:
            continue
    days = _list_of_days(phrase, language)
    if days is not None:
        return days
    months = _list_of_months(phrase, language)
    if months is not None:
        return months
    for words in (language.inception, language.since):
        rest = _open(phrase, words)
        if rest is not None:
            return Period(start=_read_date(rest, language))
    rest = _open(phrase, language.until)
    if rest is not None:
        return Period(end=_read_date(rest, language))
    return Period.single(_read_date(phrase, language))


def parse_period(
    text: str,
    *,
    language: str | None = None,
    anchor: PartialDate | dt.date | None = None,
) -> Period:
    """Read a period phrase into a :class:`~migrationhealth.dates.Period`.

    >>> parse_period("between August 18 and November 14, 2025")
    Period('2025-08-18/2025-11-14')
    >>> parse_period("July to November 2019")
    Period('2019-07/2019-11')
    >>> parse_period("between 17 April and 30 May")
    Period('--04-17/--05-30')
    >>> parse_period("since 1951")
    Period('1951/..')
    >>> parse_period("October 9–13, 2006")
    Period('2006-10-09/2006-10-13')
    >>> parse_period("del 7 al 15 de octubre del 2006", language="es")
    Period('2006-10-07/2006-10-15')

    Also accepted: the ISO form ``START/END``. A single date is the period of that date.
    With ``anchor``, vague and relative phrases are read too, as :func:`read_period`
    documents; use that function to learn how such a period was inferred.
    """
    return read_period(text, language=language, anchor=anchor).period


def read_period(
    text: str,
    *,
    language: str | None = None,
    anchor: PartialDate | dt.date | None = None,
) -> PeriodReading:
    """Read a period phrase, vague or relative ones against ``anchor``.

    ``anchor`` is the date the phrase was written on (the source's publication date).
    Vague phrases become these periods, marked as inferred:

    - "early", "mid", "late" in a month (and "a principios/mediados/finales de", "no
      início/meados/final de", "début/mi-/fin"): days 1–10, 11–20 and 21 to the end;
    - "the third week of October": days 15–21 (the n-th week is days 7n−6 to 7n);
    - "last Friday", "el viernes pasado": the latest Friday before the anchor; "next
      Monday", "el próximo lunes": the first Monday after it;
    - "el próximo 13 de octubre": the first 13 October on or after the anchor; "el pasado
      13 de octubre" the last one on or before it;
    - "last year", "el año pasado", "this month"…: the year or month before, of or after
      the anchor's; "last week", "la semana pasada", "la semaine dernière": the Monday
      to Sunday week before the anchor's; "yesterday", "hoy"…: that day;
    - "this Friday", "nesta sexta-feira", "ce lundi": that weekday of the anchor's Monday
      to Sunday week;
    - "hace un año", "il y a trois mois", "há cinco anos", "two weeks ago": the year,
      month, week (Monday to Sunday) or day that many before the anchor's; "hace unos
      días", "a few days ago": the week before the anchor's day, or with an anchor of a
      month only, that month and the one before (a few weeks, months or years is refused);
    - "in the summer", "last summer", "cet été": the months of the season (spring March
      to May, summer June to August, autumn September to November, as in the northern
      hemisphere; English and French only) in the anchor's year, or for "last" the one
      ended before it;
    - a month with no year in a vague phrase ("late March", "a partir de mayo"): the one
      in the anchor's year.

    Without an anchor, a phrase that needs one is refused, never given an invented
    precision.

    >>> r = read_period("a finales de marzo", language="es", anchor=dt.date(2024, 5, 10))
    >>> r.period, r.inferred
    (Period('2024-03-21/2024-03-31'), "'late' read as days 21 to 31 of the month; the year 2024 taken from the anchor 2024-05-10")
    """  # noqa: E501
    stated = _anchor(anchor)

    def read(phrase: str, lang: Language) -> PeriodReading:
        relative = _relative(phrase, lang, stated)
        if relative is not None:
            return relative
        return PeriodReading(_read_period(phrase, lang))

    return _in_each(text, language, read, "period")


def _anchor(anchor: PartialDate | dt.date | None) -> PartialDate | None:
    if anchor is None or isinstance(anchor, PartialDate):
        return anchor
    if isinstance(anchor, dt.date):
        return PartialDate.from_date(anchor)
    raise DateParseError(repr(anchor), "the anchor must be a PartialDate or a datetime.date")


def _need(anchor: PartialDate | None, phrase: str, *, day: bool = False) -> PartialDate:
    if anchor is None or anchor.year is None or (day and anchor.day is None):
        what = "a full date" if day else "a year"
        raise _AmbiguousError(
            f"{phrase!r} is relative: pass anchor= (the source's publication date, with "
            f"{what}) to read it"
        )
    return anchor


def _month_year(rest: str, lang: Language) -> tuple[int, int | None] | None:
    """Read "March", "marzo de 2020", "mars 2020": the month and the year if written."""
    words = [t for t in _tokens(rest) if t not in lang.date_fillers and t not in (",", "-")]
    if not words or words[0] not in lang.months:
        return None
    if len(words) == 1:
        return lang.months[words[0]], None
    if len(words) == 2 and words[1].isdigit() and len(words[1]) == 4:
        return lang.months[words[0]], int(words[1])
    return None


def _relative(phrase: str, lang: Language, anchor: PartialDate | None) -> PeriodReading | None:
    low = phrase.lower()
    key = lang.relative.get(low)
    if key is not None:
        return _relative_key(phrase, key, _need(anchor, phrase, day=key in _DAY_KEYS))
    for words, part in sorted(lang.parts_of_month.items(), key=lambda i: -len(i[0])):
        if low.startswith(words) and len(low) > len(words) and not low[len(words)].isalnum():
            found = _month_year(phrase[len(words) :], lang)
            if found is None:
                continue
            first, last = PARTS_OF_MONTH[part]
            how = f"{part!r} read as days {first} to {last} of the month"
            return _within_month(phrase, found, (first, last), how, anchor)
    week = _week(phrase, lang, anchor)
    if week is not None:
        return week
    weekday = _weekday(phrase, lang, anchor)
    if weekday is not None:
        return weekday
    ago = _ago(phrase, lang, anchor)
    if ago is not None:
        return ago
    for words in lang.since:
        if low.startswith(words + " "):
            found = _month_year(phrase[len(words) :], lang)
            if found is not None and found[1] is None:
                year = _need(anchor, phrase).year
                assert year is not None
                start = PartialDate(year=year, month=found[0])
                how = f"the year {year} taken from the anchor {_iso(anchor)}"
                return PeriodReading(Period(start=start), how)
    return None


_DAY_KEYS = frozenset({"yesterday", "today", "last_week", "this_week", "next_week"})


def _iso(anchor: PartialDate | None) -> str:
    return "?" if anchor is None else anchor.isoformat()


def _within_month(
    phrase: str,
    found: tuple[int, int | None],
    days: tuple[int, int],
    how: str,
    anchor: PartialDate | None,
) -> PeriodReading:
    month, year = found
    if year is None:
        year = _need(anchor, phrase).year
        assert year is not None
        how += f"; the year {year} taken from the anchor {_iso(anchor)}"
    last_day = calendar.monthrange(year, month)[1]
    first, last = days[0], min(days[1], last_day)
    if first > last_day:
        raise _AmbiguousError(f"{calendar.month_name[month]} {year} has no day {first}")
    if days[1] == 31:
        how = how.replace("to 31", f"to {last}")
    period = Period(
        start=PartialDate(year=year, month=month, day=first),
        end=PartialDate(year=year, month=month, day=last),
    )
    return PeriodReading(period, how)


def _week(phrase: str, lang: Language, anchor: PartialDate | None) -> PeriodReading | None:
    words = [t for t in _tokens(phrase) if t not in lang.articles and t not in lang.date_fillers]
    if len(words) < 3 or words[1] not in lang.week:
        return None
    number = lang.ordinals.get(words[0])
    if number is None and words[0].rstrip("stndrhº").isdigit():
        number = int(words[0].rstrip("stndrhº"))
    if number is None or not 1 <= number <= 5:
        return None
    found = _month_year(" ".join(words[2:]), lang)
    if found is None:
        return None
    first, last = 7 * number - 6, 7 * number
    how = f"week {number} of a month read as days {first} to {last}"
    return _within_month(phrase, found, (first, last), how, anchor)


def _weekday(phrase: str, lang: Language, anchor: PartialDate | None) -> PeriodReading | None:
    """Read "last Friday", "el viernes pasado", "el próximo 13 de octubre"."""
    words = [t for t in _tokens(phrase) if t not in lang.articles and t not in ("na", "no")]
    if not words:
        return None
    direction = 0
    if words[0] in lang.last or words[-1] in lang.last:
        direction = -1
    elif words[0] in lang.next or words[-1] in lang.next:
        direction = 1
    elif words[0] in lang.this and len(words) == 2 and words[1] in lang.weekdays:
        return _this_weekday(phrase, lang.weekdays[words[1]], anchor)
    if direction == 0:
        return None
    rest = [w for w in words if w not in lang.last and w not in lang.next]
    if len(rest) == 1 and rest[0] in lang.weekdays:
        base = _need(anchor, phrase, day=True)
        assert base.year is not None
        assert base.month is not None
        assert base.day is not None
        today = dt.date(base.year, base.month, base.day)
        target = lang.weekdays[rest[0]]
        if direction < 0:
            day = today - dt.timedelta(days=(today.weekday() - target - 1) % 7 + 1)
        else:
            day = today + dt.timedelta(days=(target - today.weekday() - 1) % 7 + 1)
        how = (
            f"the {'latest' if direction < 0 else 'first'} {calendar.day_name[target]} "
            f"{'before' if direction < 0 else 'after'} the anchor {base.isoformat()}"
        )
        return PeriodReading(Period.single(PartialDate.from_date(day)), how)
    try:
        year, month, day_of_month = _date_parts(" ".join(rest), lang)
    except (_UnreadableError, _AmbiguousError):
        return None
    if year is not None or month is None or day_of_month is None:
        return None
    base = _need(anchor, phrase)
    assert base.year is not None
    if base.month is None or (base.day is None and base.month == month):
        raise _AmbiguousError(
            f"{phrase!r} is relative: pass anchor= to the day, or at least to a month other "
            "than the one written, to know which year is meant"
        )
    written = (month, day_of_month)
    now = (base.month, base.day or (1 if direction > 0 else 31))
    year = base.year
    if direction > 0 and written < now:
        year += 1
    if direction < 0 and written > now:
        year -= 1
    how = (
        f"the year {year}: the {'first' if direction > 0 else 'last'} such date "
        f"{'on or after' if direction > 0 else 'on or before'} the anchor {base.isoformat()}"
    )
    date = _build(phrase, (year, month, day_of_month))
    return PeriodReading(Period.single(date), how)


def _this_weekday(phrase: str, target: int, anchor: PartialDate | None) -> PeriodReading:
    """Read "this Friday", "nesta sexta-feira": that weekday of the anchor's week."""
    base = _need(anchor, phrase, day=True)
    assert base.year is not None
    assert base.month is not None
    assert base.day is not None
    today = dt.date(base.year, base.month, base.day)
    day = today + dt.timedelta(days=target - today.weekday())
    how = (
        f"the {calendar.day_name[target]} of the week (Monday to Sunday) of the anchor "
        f"{base.isoformat()}"
    )
    return PeriodReading(Period.single(PartialDate.from_date(day)), how)


def _ago_count(words: list[str], lang: Language) -> int | None:
    """The count of "hace dos años", "il y a un an", "a year ago"; 0 for "a few"."""
    text = " ".join(words)
    if text in lang.few:
        return 0
    if text.isdigit():
        return int(text)
    if lang.code == "en" and text in ("a", "an"):
        return 1
    if not words or any(w not in lang.cardinals for w in words):
        return None
    try:
        return int(text2num(text, lang.code))
    except ValueError:
        return None


def _ago(phrase: str, lang: Language, anchor: PartialDate | None) -> PeriodReading | None:
    """Read "hace un año", "il y a trois mois", "two weeks ago", "hace unos días"."""
    low = " ".join(_tokens(phrase))
    rest = None
    for word in lang.ago_before:
        if low.startswith(word + " "):
            rest = low[len(word) + 1 :]
    for word in lang.ago_after:
        if low.endswith(" " + word):
            rest = low[: -len(word) - 1]
    if rest is None:
        return None
    words = rest.split()
    unit = lang.units.get(words[-1]) if words else None
    count = _ago_count(words[:-1], lang) if unit is not None else None
    if unit is None or count is None:
        return None
    base = _need(anchor, phrase, day=unit in ("day", "week") and count > 0)
    assert base.year is not None
    if count == 0 and unit != "day":
        raise _AmbiguousError(f"{phrase!r}: a few {unit}s is too vague to date")
    if count == 0 and base.day is None:
        if base.month is None:
            raise _AmbiguousError(f"{phrase!r} is relative: the anchor needs a month")
        index = base.year * 12 + base.month - 2
        start = PartialDate(year=index // 12, month=index % 12 + 1)
        how = f"a few days before the anchor {base.isoformat()}: its month or the one before"
        return PeriodReading(Period(start=start, end=base), how)
    if unit == "year":
        date = PartialDate(year=base.year - count)
        how = f"the year {date.isoformat()}, {count} before the anchor {base.isoformat()}"
        return PeriodReading(Period.single(date), how)
    if unit == "month":
        if base.month is None:
            raise _AmbiguousError(f"{phrase!r} is relative: the anchor needs a month")
        index = base.year * 12 + base.month - 1 - count
        date = PartialDate(year=index // 12, month=index % 12 + 1)
        how = f"the month {date.isoformat()}, {count} before the anchor {base.isoformat()}"
        return PeriodReading(Period.single(date), how)
    assert base.month is not None
    assert base.day is not None
    today = dt.date(base.year, base.month, base.day)
    if count == 0:
        first, last = today - dt.timedelta(days=7), today - dt.timedelta(days=1)
        how = f"a few days before the anchor {base.isoformat()}: the week before it"
        return PeriodReading(
            Period(start=PartialDate.from_date(first), end=PartialDate.from_date(last)), how
        )
    if unit == "week":
        monday = today - dt.timedelta(days=today.weekday(), weeks=count)
        sunday = monday + dt.timedelta(days=6)
        how = (
            f"the week (Monday to Sunday) {monday.isoformat()} to {sunday.isoformat()}, "
            f"{count} before the anchor {base.isoformat()}"
        )
        return PeriodReading(
            Period(start=PartialDate.from_date(monday), end=PartialDate.from_date(sunday)), how
        )
    day = today - dt.timedelta(days=count)
    how = f"the day {day.isoformat()}, {count} before the anchor {base.isoformat()}"
    return PeriodReading(Period.single(PartialDate.from_date(day)), how)


# The months of the seasons a relative table names ("this_summer"), in the northern
# hemisphere; winter, across two years, is left out.
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11)}


def _relative_key(phrase: str, key: str, anchor: PartialDate) -> PeriodReading:
    assert anchor.year is not None
    year = anchor.year
    when, _, season = key.partition("_")
    if season in SEASONS:
        first, last = SEASONS[season]
        if when == "last":
            if anchor.month is None:
                raise _AmbiguousError(f"{phrase!r} is relative: the anchor needs a month")
            year -= 1 if anchor.month <= last else 0
        period = Period(
            start=PartialDate(year=year, month=first), end=PartialDate(year=year, month=last)
        )
        how = (
            f"the {season} of {year} (months {first} to {last}, as in the northern "
            f"hemisphere), from the anchor {anchor.isoformat()}"
        )
        return PeriodReading(period, how)
    if key in ("last_year", "this_year", "next_year"):
        shift = {"last_year": -1, "this_year": 0, "next_year": 1}[key]
        date = PartialDate(year=year + shift)
        how = f"the year {year + shift}, from the anchor {anchor.isoformat()}"
        return PeriodReading(Period.single(date), how)
    if key in ("last_month", "this_month", "next_month"):
        if anchor.month is None:
            raise _AmbiguousError(f"{phrase!r} is relative: the anchor needs a month")
        shift = {"last_month": -1, "this_month": 0, "next_month": 1}[key]
        index = year * 12 + anchor.month - 1 + shift
        date = PartialDate(year=index // 12, month=index % 12 + 1)
        return PeriodReading(
            Period.single(date), f"the month {date.isoformat()}, from the anchor {anchor}"
        )
    assert anchor.month is not None
    assert anchor.day is not None
    day = dt.date(year, anchor.month, anchor.day)
    if key in ("last_week", "this_week", "next_week"):
        shift = {"last_week": -1, "this_week": 0, "next_week": 1}[key]
        monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=shift)
        sunday = monday + dt.timedelta(days=6)
        return PeriodReading(
            Period(start=PartialDate.from_date(monday), end=PartialDate.from_date(sunday)),
            f"the week (Monday to Sunday) {monday.isoformat()} to {sunday.isoformat()}, "
            f"from the anchor {anchor.isoformat()}",
        )
    if key == "yesterday":
        day -= dt.timedelta(days=1)
    return PeriodReading(
        Period.single(PartialDate.from_date(day)),
        f"the day {day.isoformat()}, from the anchor {anchor.isoformat()}",
    )
