"""Read the date and period phrases that reports use, with python-dateutil.

:func:`parse_date` reads one date ("27 June, 2019", "November 2019", "17 April") and
:func:`parse_period` a span ("between August 18 and November 14, 2025", "July to
November 2019", "between 17 April and 30 May", "since 1951"). Both keep exactly the
precision that was written and never supply a missing part from today's date or any
other default. Text they cannot read raises
:class:`~migrationhealth.errors.DateParseError`.

The one thing read across the two ends of a span is the English convention of writing
shared units once, at the end: in "July to November 2019" and "18 to 25 May 2024" the
start takes the year (and month) that the end states. It is applied only when that puts
the start on or before the end; otherwise the phrase is refused as ambiguous.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil import parser as _dateutil

from .dates import PartialDate, Period
from .errors import DateParseError, InvalidValueError

__all__ = ["parse_date", "parse_period"]

# Two defaults that differ in every field: a field that comes out the same under both
# was written in the text; one that differs came from the default and was not.
# Both years are leap years, so "29 February" without a year is read, not refused.
_DEFAULT_A = dt.datetime(2000, 1, 1, 0, 0, 0)
_DEFAULT_B = dt.datetime(2004, 2, 2, 1, 1, 1)
_INFO = _dateutil.parserinfo()
_NUMERIC_DMY = re.compile(r"\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}\s*")
_WORD = re.compile(r"[A-Za-z]+")

_Parts = tuple[int | None, int | None, int | None]


def _parts(text: str) -> _Parts:
    """Year, month and day written in ``text``; ``None`` for what was not written."""
    if not isinstance(text, str):
        raise DateParseError(repr(text), f"expected a string, got {type(text).__name__}")
    phrase = text.strip()
    if not phrase:
        raise DateParseError(text, "the text is empty")
    if _NUMERIC_DMY.fullmatch(phrase):
        raise DateParseError(
            text,
            "an all-numeric date is ambiguous between day/month and month/day order; "
            "write the month as a word or use YYYY-MM-DD",
        )
    try:
        a = _dateutil.parse(phrase, default=_DEFAULT_A)
        b = _dateutil.parse(phrase, default=_DEFAULT_B)
    except (_dateutil.ParserError, OverflowError, ValueError) as error:
        raise DateParseError(text, _reason(error)) from None
    if a.tzinfo is not None or (a.hour, a.minute, a.second) != (0, 0, 0) or a.hour == b.hour:
        raise DateParseError(text, "a time of day or time zone is not part of a date")
    year = a.year if a.year == b.year else None
    month = a.month if a.month == b.month else None
    day = a.day if a.day == b.day else None
    _check_weekday(text, phrase, year, month, day)
    return year, month, day


def _reason(error: Exception) -> str:
    message = str(error)
    if message.startswith("Unknown string format"):
        return "no date could be read from it"
    return message.split(":", maxsplit=1)[0]


def _check_weekday(
    text: str, phrase: str, year: int | None, month: int | None, day: int | None
) -> None:
    weekdays = [_INFO.weekday(w) for w in _WORD.findall(phrase)]
    named = [w for w in weekdays if w is not None]
    if not named:
        return
    if year is None or month is None or day is None:
        raise DateParseError(
            text, "a weekday is read only beside a full date; it does not say which week"
        )
    actual = dt.date(year, month, day).weekday()
    if any(w != actual for w in named):
        raise DateParseError(
            text,
            f"{year:04d}-{month:02d}-{day:02d} is a {dt.date(year, month, day):%A}, "
            "not the weekday written",
        )


def _build(text: str, parts: _Parts) -> PartialDate:
    year, month, day = parts
    try:
        return PartialDate(year=year, month=month, day=day)
    except InvalidValueError as error:
        raise DateParseError(text, error.reason) from None


def parse_date(text: str) -> PartialDate:
    """Read one date phrase, keeping the precision it was written with.

    >>> parse_date("27 June, 2019")
    PartialDate('2019-06-27')
    >>> parse_date("November 2019")
    PartialDate('2019-11')
    >>> parse_date("17 April")
    PartialDate('--04-17')

    A weekday is checked against the date it stands beside ("Monday, 20 May 2024" is
    read; "Sunday, 20 May 2024" is refused). Times of day, relative phrases ("last
    Friday") and all-numeric dates whose day/month order is ambiguous ("05/04/2019")
    raise :class:`~migrationhealth.errors.DateParseError`.
    """
    return _build(text, _parts(text))


_ISO_PERIOD = re.compile(r"(?:[\d-]+|\.\.)/(?:[\d-]+|\.\.)")
_BETWEEN = re.compile(
    r"(?:between|from)\s+(?P<start>.+?)\s+(?:and|to|until|till|through)\s+(?P<end>.+)",
    re.IGNORECASE | re.DOTALL,
)
_SPAN = re.compile(
    r"(?P<start>.+?)\s*(?:\s(?:to|until|till|through)\s|–|—|\s-\s)\s*(?P<end>.+)",
    re.IGNORECASE | re.DOTALL,
)
_SINCE = re.compile(r"(?:since|from)\s+(?P<start>.+)", re.IGNORECASE | re.DOTALL)
_UNTIL = re.compile(r"(?:until|till|up to)\s+(?P<end>.+)", re.IGNORECASE | re.DOTALL)


def parse_period(text: str) -> Period:
    """Read a period phrase into a :class:`~migrationhealth.dates.Period`.

    >>> parse_period("between August 18 and November 14, 2025")
    Period('2025-08-18/2025-11-14')
    >>> parse_period("July to November 2019")
    Period('2019-07/2019-11')
    >>> parse_period("between 17 April and 30 May")
    Period('--04-17/--05-30')
    >>> parse_period("since 1951")
    Period('1951/..')
    >>> parse_period("May 2024")
    Period('2024-05/2024-05')

    Also accepted: the ISO form ``START/END`` and "X – Y". A single date is the period
    of that date. A start that states less than its end borrows the end's year (and
    month) as described in the module's documentation.
    """
    if not isinstance(text, str):
        raise DateParseError(repr(text), f"expected a string, got {type(text).__name__}")
    phrase = " ".join(text.split())
    if _ISO_PERIOD.fullmatch(phrase):
        return Period.fromisoformat(phrase)
    for pattern in (_BETWEEN, _SPAN):
        match = pattern.fullmatch(phrase)
        if match is not None:
            return _span(text, match["start"], match["end"])
    match = _SINCE.fullmatch(phrase)
    if match is not None:
        return Period(start=parse_date(match["start"]))
    match = _UNTIL.fullmatch(phrase)
    if match is not None:
        return Period(end=parse_date(match["end"]))
    return Period.single(parse_date(phrase))


def _span(text: str, start_text: str, end_text: str) -> Period:
    end = _build(end_text, _parts(end_text))
    year, month, day = _parts(start_text)
    borrowed = False
    if year is None and month is None and day is not None:
        # "18 to 25 May 2024": the start borrows the end's month and year.
        if end.month is None:
            raise DateParseError(text, f"the start {start_text!r} has no month")
        month, year, borrowed = end.month, end.year, end.year is not None
    elif year is None and end.year is not None:
        year, borrowed = end.year, True
    start = _build(start_text, (year, month, day))
    if borrowed and (start.month or 1, start.day or 1) > (end.month or 12, end.day or 31):
        raise DateParseError(
            text,
            "the start has no year of its own and would fall after the end in the end's "
            "year; write both years",
        )
    return Period(start=start, end=end)
