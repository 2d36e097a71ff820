"""How long a period is, which years it falls in, and how it splits between them.

A period is read at the precision it was reported with: "January 2021 to August 2022"
(month precision) covers whole months, from the first day of January 2021 to the last
of August 2022, so it is 20 months long; "between August 18 and November 14, 2025"
(day precision) is 89 days long. A length asked for in a unit the period was not
reported in is exact when the calendar makes it so (20 months are 608 days and 5/3 of
a year) and an interval otherwise (89 days are between 89/31 and 89/28 months).

Nothing is guessed: a period without an end, or whose dates have no year ("between 17
April and 30 May"), cannot be measured or placed in a year, and
:class:`~migrationhealth.aggregation.PeriodError` says so.
"""

from __future__ import annotations

import calendar
import datetime as dt
from fractions import Fraction
from typing import Literal

from ..dataset import LocatedFigure
from ..dates import Period
from .errors import PeriodError

__all__ = [
    "MAX_SPLIT_YEARS",
    "NO_PERIOD",
    "TIME_UNITS",
    "UNKNOWN_YEAR",
    "TimeUnit",
    "effective_period",
    "period_length",
    "year_key",
    "year_shares",
]

TimeUnit = Literal["day", "week", "month", "year"]
TIME_UNITS: tuple[TimeUnit, ...] = ("day", "week", "month", "year")
"""The units a rate can be per, and a period's length can be given in."""

MAX_SPLIT_YEARS = 100
"""The most calendar years a period is split between; a longer one is left whole."""

NO_PERIOD = "(no period)"
"""The year key of a figure whose period is not reported."""

UNKNOWN_YEAR = "(year unknown)"
"""The year key of a figure whose period's dates have no year."""

_MONTH_DAYS = (Fraction(28), Fraction(31))
_YEAR_DAYS = (Fraction(365), Fraction(366))


def effective_period(located: LocatedFigure) -> Period | None:
    """The period a figure covers: its own, else that of the record it sits in.

    A figure inside a service statistic, a cohort or a programme with no period of its
    own covers the period of the innermost of these that has one.
    """
    if located.figure.period is not None:
        return located.figure.period
    for record in (located.statistic, located.cohort, located.programme):
        if record is not None and record.period is not None:
            return record.period
    return None


def _span(period: Period | None) -> tuple[dt.date, dt.date]:
    """The first and last calendar day of a closed period with known years."""
    if period is None:
        raise PeriodError("no period is reported, so its length is unknown", period)
    if period.start is None or period.end is None:
        raise PeriodError(f"the period {period} is open-ended, so its length is unknown", period)
    if period.start.year is None or period.end.year is None:
        raise PeriodError(
            f"the period {period} has no year, so it cannot be placed in time or measured "
            "without guessing the year",
            period,
        )
    first, last = period.start.earliest(), period.end.latest()
    if last < first:
        raise PeriodError(f"the period {period} ends before it starts", period)
    return first, last


def _whole_months(first: dt.date, last: dt.date) -> int | None:
    """The number of months from ``first`` to ``last`` when both fall on month edges."""
    if first.day != 1 or last.day != calendar.monthrange(last.year, last.month)[1]:
        return None
    return (last.year - first.year) * 12 + last.month - first.month + 1


def period_length(period: Period | None, unit: TimeUnit) -> tuple[Fraction, Fraction]:
    """The length of ``period`` in ``unit``, as exact low and high bounds.

    >>> from migrationhealth import Period
    >>> period_length(Period.fromisoformat("2021-01/2022-08"), "month")
    (Fraction(20, 1), Fraction(20, 1))
    >>> low, high = period_length(Period.fromisoformat("2025-08-18/2025-11-14"), "month")
    >>> (low, high) == (Fraction(89, 31), Fraction(89, 28))
    True

    Raises :class:`~migrationhealth.aggregation.PeriodError` for a missing, open,
    reversed or year-less period.
    """
    if unit not in TIME_UNITS:
        raise PeriodError(f"expected a unit of time {TIME_UNITS}, got {unit!r}", period)
    first, last = _span(period)
    days = Fraction((last - first).days + 1)
    months = _whole_months(first, last)
    if unit == "day":
        return days, days
    if unit == "week":
        return days / 7, days / 7
    if months is not None:
        whole = Fraction(months) if unit == "month" else Fraction(months, 12)
        return whole, whole
    per = _MONTH_DAYS if unit == "month" else _YEAR_DAYS
    return days / per[1], days / per[0]


def year_key(period: Period | None) -> str:
    """The year group of a period: ``"2025"``, ``"2021-2022"`` (spanning), ``"1951-.."``.

    A period without a year is :data:`UNKNOWN_YEAR` and no period is :data:`NO_PERIOD`:
    neither is placed in a year by guessing.
    """
    if period is None:
        return NO_PERIOD
    start = period.start
    end = period.end
    if (start is not None and start.year is None) or (end is not None and end.year is None):
        return UNKNOWN_YEAR
    head = ".." if start is None or start.year is None else f"{start.year:04d}"
    tail = ".." if end is None or end.year is None else f"{end.year:04d}"
    return head if head == tail else f"{head}-{tail}"


def year_shares(period: Period | None) -> tuple[tuple[int, Fraction], ...]:
    """How a period divides between calendar years, each share a fraction of the whole.

    The period is counted in whole months when its ends fall on month edges (the
    precision it was reported with), in days otherwise: January 2021 to August 2022 is
    12/20 in 2021 and 8/20 in 2022. Raises
    :class:`~migrationhealth.aggregation.PeriodError` when the period cannot be measured,
    and when it spans more than :data:`MAX_SPLIT_YEARS` years.
    """
    first, last = _span(period)
    years = last.year - first.year + 1
    if years > MAX_SPLIT_YEARS:
        # 0001/9999 would make 9,999 pieces of every such figure: refused, and the figure
        # stays in the group of its whole span.
        raise PeriodError(
            f"the period {period} spans {years:,} years, more than the {MAX_SPLIT_YEARS} "
            "that are split between years",
            period,
        )
    months = _whole_months(first, last)
    shares = []
    for year in range(first.year, last.year + 1):
        start = max(first, dt.date(year, 1, 1))
        end = min(last, dt.date(year, 12, 31))
        if months is not None:
            part = Fraction(end.month - start.month + 1, months)
        else:
            part = Fraction((end - start).days + 1, (last - first).days + 1)
        shares.append((year, part))
    return tuple(shares)
