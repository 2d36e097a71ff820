"""Partial dates and periods: dates known to the year, the month or the day.

Reports date things loosely: "2019", "July to November 2019", "between 17 April and
30 May" (no year at all). A :class:`PartialDate` keeps exactly the parts that were
given and nothing more; a :class:`Period` runs from one partial date to another.

Their text form is ISO 8601 at the precision known: ``2019``, ``2019-07``,
``2019-07-15``. A date whose year is unknown uses the ISO 8601:2000 form with the year
left out: ``--04-17`` (17 April) or ``--04`` (April). A period is two such dates joined
by ``/``, with ``..`` for an open end (``1951/..``: since 1951).
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import functools
import re
from typing import Any

import attrs

from ._escape import echo
from .errors import DateParseError, InvalidValueError, UnknownYearError

__all__ = ["PartialDate", "Period", "Precision"]

# ASCII digits only: "٢٠١٩" and full-width "２０１９" are digits to Python, not to ISO 8601.
_ISO = re.compile(r"(?:(?P<year>[0-9]{4})|-)(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?")
_LEAP_YEAR = 2000


class Precision(enum.Enum):
    """How much of a date is known."""

    YEAR = "year"
    MONTH = "month"
    DAY = "day"


def _optional_int(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and type(value) is not int:
        raise InvalidValueError(
            attribute.name, f"expected an integer or None, got {echo(value)}", value
        )


@attrs.frozen(kw_only=True, weakref_slot=False)
class PartialDate:
    """A calendar date known to the year, the month or the day, possibly without its year.

    ``year`` may be ``None`` only when the month is known ("17 April" in a report that
    never says which year). A day needs its month. Values are checked against the
    calendar: ``day=30, month=2`` is refused; ``day=29, month=2`` needs a leap year, or
    an unknown year.

    >>> PartialDate(year=2019, month=7).isoformat()
    '2019-07'
    >>> PartialDate.fromisoformat("--04-17")
    PartialDate('--04-17')
    """

    year: int | None = attrs.field(default=None, validator=_optional_int)
    month: int | None = attrs.field(default=None, validator=_optional_int)
    day: int | None = attrs.field(default=None, validator=_optional_int)

    def __attrs_post_init__(self) -> None:
        year, month, day = self.year, self.month, self.day
        if year is None and month is None:
            raise InvalidValueError("year", "a date needs a year or a month", self)
        if year is not None and not 1 <= year <= 9999:
            raise InvalidValueError("year", f"must be between 1 and 9999, got {year}", year)
        if month is not None and not 1 <= month <= 12:
            raise InvalidValueError("month", f"must be between 1 and 12, got {month}", month)
        if day is not None:
            if month is None:
                raise InvalidValueError("day", "a day needs a month", day)
            last = calendar.monthrange(_LEAP_YEAR if year is None else year, month)[1]
            if not 1 <= day <= last:
                when = (
                    f"{calendar.month_name[month]} {year}" if year else calendar.month_name[month]
                )
                raise InvalidValueError(
                    "day", f"must be between 1 and {last} in {when}, got {day}", day
                )

    @property
    def precision(self) -> Precision:
        """The finest part known: day, month or year."""
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        return Precision.YEAR

    @property
    def year_known(self) -> bool:
        """Whether the year was given."""
        return self.year is not None

    @classmethod
    def fromisoformat(cls, text: str) -> PartialDate:
        """Read the ISO 8601 form written by :meth:`isoformat`.

        Raises :class:`~migrationhealth.errors.DateParseError` for anything else,
        including impossible dates such as ``2019-02-30`` and digits other than ASCII
        ``0`` to ``9`` (``"٢٠١٩-٠٧"`` is refused, never read as ``2019-07``).
        """
        match = _ISO.fullmatch(text) if isinstance(text, str) else None
        if match is None or (match["year"] is None and match["month"] is None):
            raise DateParseError(
                str(text), "expected YYYY, YYYY-MM, YYYY-MM-DD, --MM or --MM-DD, in ASCII digits"
            )
        year, month, day = match["year"], match["month"], match["day"]
        try:
            return cls._of_digits(
                None if year is None else int(year),
                None if month is None else int(month),
                None if day is None else int(day),
            )
        except InvalidValueError as error:
            raise DateParseError(text, str(error)) from None

    @classmethod
    def _of_digits(cls, year: int | None, month: int | None, day: int | None) -> PartialDate:
        """The date of parts read from ASCII digits, which the fields' checks would pass.

        The calendar is checked by ``__attrs_post_init__``, as ``__init__`` checks it.
        """
        if cls is not PartialDate:  # a subclass may check more: its __init__ decides
            return cls(year=year, month=month, day=day)
        date = _new(cls)
        _set_year(date, year)
        _set_month(date, month)
        _set_day(date, day)
        date.__attrs_post_init__()
        return date

    @classmethod
    def from_date(cls, date: dt.date) -> PartialDate:
        """A partial date known to the day."""
        return cls(year=date.year, month=date.month, day=date.day)

    def isoformat(self) -> str:
        """ISO 8601 at the date's precision; ``--MM`` or ``--MM-DD`` without a year."""
        head = "-" if self.year is None else f"{self.year:04d}"
        if self.month is None:
            return head
        if self.day is None:
            return f"{head}-{self.month:02d}"
        return f"{head}-{self.month:02d}-{self.day:02d}"

    def earliest(self) -> dt.date:
        """The first calendar day the date may stand for.

        Raises :class:`~migrationhealth.errors.UnknownYearError` when the year is unknown.
        """
        return _earliest(self._known_year(), self.month, self.day)

    def latest(self) -> dt.date:
        """The last calendar day the date may stand for.

        Raises :class:`~migrationhealth.errors.UnknownYearError` when the year is unknown.
        """
        return _latest(self._known_year(), self.month, self.day)

    def _known_year(self) -> int:
        if self.year is None:
            raise UnknownYearError(self.isoformat())
        return self.year

    def __str__(self) -> str:
        return self.isoformat()

    def __repr__(self) -> str:
        return f"PartialDate({self.isoformat()!r})"


# Validation and aggregation ask the same few thousand dates for their bounds millions
# of times; the bounds of a (year, month, day) never change.
@functools.lru_cache(maxsize=65536)
def _earliest(year: int, month: int | None, day: int | None) -> dt.date:
    return dt.date(year, month or 1, day or 1)


@functools.lru_cache(maxsize=65536)
def _latest(year: int, month: int | None, day: int | None) -> dt.date:
    last_month = month or 12
    return dt.date(year, last_month, day or calendar.monthrange(year, last_month)[1])


def _optional_date(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, PartialDate):
        raise InvalidValueError(
            attribute.name, f"expected a PartialDate or None, got {echo(value)}", value
        )


@attrs.frozen(kw_only=True, weakref_slot=False)
class Period:
    """A span from ``start`` to ``end``, each a :class:`PartialDate`; either end may be open.

    A period is kept as reported. A start after its end is not refused here: it is a
    finding of validation (the data says something impossible, and the user should see
    it) rather than a reason to lose the record.

    >>> Period.fromisoformat("2019-07/2019-11").isoformat()
    '2019-07/2019-11'
    >>> Period.fromisoformat("1951/..").end is None
    True
    """

    start: PartialDate | None = attrs.field(default=None, validator=_optional_date)
    end: PartialDate | None = attrs.field(default=None, validator=_optional_date)

    def __attrs_post_init__(self) -> None:
        if self.start is None and self.end is None:
            raise InvalidValueError("start", "a period needs a start or an end", self)

    @classmethod
    def single(cls, date: PartialDate) -> Period:
        """The period that a single partial date stands for ("May 2024")."""
        return cls(start=date, end=date)

    @classmethod
    def fromisoformat(cls, text: str) -> Period:
        """Read ``START/END`` as written by :meth:`isoformat` (``..`` for an open end).

        A single date with no ``/`` is the period of that one date (:meth:`single`):
        ``"2006-10-13"`` reads as ``"2006-10-13/2006-10-13"``.
        """
        if isinstance(text, str) and "/" not in text and text != "..":
            return cls.single(PartialDate.fromisoformat(text))
        if not isinstance(text, str) or text.count("/") != 1:
            raise DateParseError(str(text), "expected START/END, with '..' for an open end")
        head, tail = text.split("/")
        start = None if head == ".." else PartialDate.fromisoformat(head)
        end = None if tail == ".." else PartialDate.fromisoformat(tail)
        if start is None and end is None:
            raise DateParseError(text, "a period needs a start or an end")
        if cls is not Period:  # a subclass may check more: its __init__ decides
            return cls(start=start, end=end)
        # Two dates, and one of them at least: what the fields' checks and
        # __attrs_post_init__ would have made sure of.
        period = _new(cls)
        _set_start(period, start)
        _set_end(period, end)
        return period

    def isoformat(self) -> str:
        """``START/END`` in ISO 8601 form, ``..`` for an open end."""
        head = ".." if self.start is None else self.start.isoformat()
        tail = ".." if self.end is None else self.end.isoformat()
        return f"{head}/{tail}"

    def earliest(self) -> dt.date | None:
        """The first day the period may include, or ``None`` when unknown or open."""
        if self.start is None or self.start.year is None:
            return None
        return self.start.earliest()

    def latest(self) -> dt.date | None:
        """The last day the period may include, or ``None`` when unknown or open."""
        if self.end is None or self.end.year is None:
            return None
        return self.end.latest()

    def __str__(self) -> str:
        return self.isoformat()

    def __repr__(self) -> str:
        return f"Period({self.isoformat()!r})"


# Slot setters for reading ISO text: the parts are checked as they are read.
_new = object.__new__
_set_year, _set_month, _set_day = (
    PartialDate.__dict__[name].__set__ for name in ("year", "month", "day")
)
_set_start, _set_end = (Period.__dict__[name].__set__ for name in ("start", "end"))
