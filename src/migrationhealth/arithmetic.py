"""The arithmetic a careful reader does with reported figures, with bounds and provenance.

- :func:`difference`: how many applicants were not selected (800 − 564), how many more
  consultations in 2018 than in 2013;
- :func:`percent_change` and :func:`growth_rate`: the change between two figures in
  percent, and the compound annual growth over the years between them;
- :func:`rate_times_period`: a rate ("an average of 400,000 people per week") times a
  period, the amount it implies;
- :func:`period_length`: a period's length in days, weeks, months or years, counting
  both its first and its last day (``inclusive=True``) or the time elapsed from its start
  to its end (``inclusive=False``);
- :func:`years_between`: the whole years between an inception and an edition.

Each takes figures (a :class:`~migrationhealth.Figure`, a located figure, a
:class:`~migrationhealth.aggregation.Total`) or plain quantities and numbers, and gives a
:class:`Derived`: an interval that contains every value consistent with the hedges of its
inputs (the low bound from the inputs' extremes that make it least, the high bound from
those that make it most), the figures used, and a note saying how it was worked out.
Results are exact where they can be, otherwise rounded outwards to 15 significant digits.
"""

from __future__ import annotations

import datetime as dt
import decimal
from decimal import Decimal
from fractions import Fraction

import attrs

from .aggregation import _numbers
from .aggregation.display import html_table, show_interval
from .aggregation.errors import AggregationError, PeriodError, UnitError
from .aggregation.periods import TIME_UNITS, TimeUnit
from .aggregation.periods import period_length as _calendar_length
from .aggregation.provenance import FigureRef, figure_ref
from .aggregation.rates import Amount, Rate, _Operand, _operand
from .dataset import LocatedFigure
from .dates import PartialDate, Period, Precision
from .interval import Interval, _WithBounds
from .model import Figure
from .quantity import Qualifier, Quantity, in_time_unit, time_unit

__all__ = [
    "Derived",
    "difference",
    "growth_rate",
    "percent_change",
    "period_length",
    "rate_times_period",
    "years_between",
]


@attrs.frozen(kw_only=True, repr=False)
class Derived(_WithBounds):
    """A value worked out from reported figures: its bounds, unit, figures and how.

    ``interval`` holds every value consistent with the inputs' hedges; ``unit`` says what
    it is ("people", "%", "% a year", "days"); ``figures`` are the figures used, with
    their citations; ``note`` says how it was worked out, conventions included.
    """

    interval: Interval
    unit: str
    figures: tuple[FigureRef, ...]
    note: str

    def __str__(self) -> str:
        unit = "" if not self.unit else f" {self.unit}"
        return f"{show_interval(self.interval)}{unit} ({self.note})"

    def __repr__(self) -> str:
        return f"Derived({self} {self.interval})"

    def _repr_html_(self) -> str:
        rows = [[ref.id, ref.quantity, ref.source, ref.quote] for ref in self.figures]
        return html_table(str(self), ["figure", "value", "source", "quote"], rows)


def _shown(operand: _Operand) -> str:
    unit = "" if operand.unit is None else f" {operand.unit}"
    return f"{show_interval(operand.interval)}{unit}"


def _same_thing(first: _Operand, second: _Operand, what: str) -> None:
    """Raise :class:`UnitError` when two figures count different kinds of thing."""
    if first.measure is None or second.measure is None:
        return
    if first.measure is second.measure or first.measure.counts == second.measure.counts:
        return
    raise UnitError(
        f"cannot take {what} of {first.label} ({first.measure.value}: {first.unit}) and "
        f"{second.label} ({second.measure.value}: {second.unit}): they count different "
        f"things ({first.measure.counts} and {second.measure.counts})",
        measures=(first.measure.value, second.measure.value),
        units=(first.unit or "", second.unit or ""),
    )


def difference(minuend: Amount, subtrahend: Amount) -> Derived:
    """``minuend − subtrahend``, with bounds: 800 applicants − 564 selected = 236.

    The low bound takes the least the first admits minus the most the second admits;
    the high bound the other way round. Raises
    :class:`~migrationhealth.aggregation.UnitError` for figures that count different
    things, and :class:`~migrationhealth.aggregation.AggregationError` when the
    subtrahend has no upper bound ("more than 300"), which leaves the difference with no
    lower bound.
    """
    first = _operand(minuend, "difference")
    second = _operand(subtrahend, "difference")
    _same_thing(first, second, "the difference")
    a, b = first.interval, second.interval
    if b.high is None:
        raise AggregationError(
            f"{second.label} ({show_interval(b)}) has no upper bound, so the difference "
            f"{first.label} minus it has no lower bound"
        )
    interval = Interval(
        low=_numbers.add([Interval.point(a.low), Interval.point(-b.high)]).low,
        high=None
        if a.high is None
        else _numbers.add([Interval.point(a.high), Interval.point(-b.low)]).low,
        low_open=a.low_open or b.high_open,
        high_open=a.high is not None and (a.high_open or b.low_open),
    )
    return Derived(
        interval=interval,
        unit=first.unit or second.unit or "",
        figures=first.figures + second.figures,
        note=f"{_shown(first)} minus {_shown(second)}",
    )


def _ratio(new: Interval, old: Interval, label: str) -> tuple[Fraction, Fraction | None]:
    """The least and the most ``new / old`` can be (``None``: unbounded)."""
    if old.high is None:
        raise AggregationError(
            f"{label} has no upper bound, so the change from it has no lower bound"
        )
    if old.high == 0:
        raise AggregationError(f"{label} is 0, so a change from it is not a percentage")
    low = Fraction(new.low) / Fraction(old.high)
    high = None if new.high is None or old.low == 0 else Fraction(new.high) / Fraction(old.low)
    return low, high


def percent_change(old: Amount, new: Amount) -> Derived:
    """The change from ``old`` to ``new`` in percent: 7,045 to 38,215 is +442.4 %.

    Negative for a fall. Raises :class:`~migrationhealth.aggregation.UnitError` for
    figures that count different things, and
    :class:`~migrationhealth.aggregation.AggregationError` when ``old`` is 0 or has no
    upper bound.
    """
    before = _operand(old, "percent change")
    after = _operand(new, "percent change")
    _same_thing(before, after, "the change")
    low, high = _ratio(after.interval, before.interval, before.label)
    interval = Interval(
        low=_numbers.bound((low - 1) * 100, up=False),
        high=None if high is None else _numbers.bound((high - 1) * 100, up=True),
    )
    return Derived(
        interval=interval,
        unit="%",
        figures=before.figures + after.figures,
        note=f"from {_shown(before)} to {_shown(after)}",
    )


_PRECISE = decimal.Context(prec=40)
_FLOOR = decimal.Context(prec=15, rounding=decimal.ROUND_FLOOR)
_CEILING = decimal.Context(prec=15, rounding=decimal.ROUND_CEILING)


def _growth(ratio: Fraction, years: Fraction, *, up: bool) -> Decimal | int:
    """``(ratio ** (1 / years) - 1) * 100``, rounded outwards to 15 digits."""
    if ratio == 0:
        return -100
    with decimal.localcontext(_PRECISE):
        root = (Decimal(ratio.numerator) / Decimal(ratio.denominator)).ln()
        value = ((root * Decimal(years.denominator) / Decimal(years.numerator)).exp() - 1) * 100
    # 40 digits leave far more than the 15 kept: one step outwards covers the error.
    context = _CEILING if up else _FLOOR
    rounded = context.plus(value)
    step = Decimal(1).scaleb(rounded.adjusted() - 14)
    result = context.add(rounded, step) if up else context.subtract(rounded, step)
    return int(result) if result == result.to_integral_value() else result.normalize(context)


def _years_of(first: _Operand, second: _Operand) -> Fraction:
    periods = (first.period, second.period)
    years = []
    for operand, period in zip((first, second), periods, strict=True):
        start = None if period is None else (period.start or period.end)
        if start is None or start.year is None:
            raise PeriodError(
                f"{operand.label} has no period with a year; pass years= to say how many "
                "years lie between the two figures",
                period,
            )
        years.append(start.year)
    if years[1] <= years[0]:
        raise PeriodError(
            f"{second.label} ({years[1]}) does not come after {first.label} ({years[0]})",
            periods[1],
        )
    return Fraction(years[1] - years[0])


def growth_rate(
    old: Amount, new: Amount, *, years: int | Decimal | Fraction | None = None
) -> Derived:
    """The compound annual growth from ``old`` to ``new``, in percent a year.

    ``years`` is the time between them; by default the difference of the years of their
    periods (7,045 consultations in 2013 and 38,215 in 2018 are 5 years apart, a growth
    of 40.2 % a year). Raises :class:`~migrationhealth.aggregation.PeriodError` when the
    years are not known, and the errors of :func:`percent_change`.
    """
    before = _operand(old, "growth rate")
    after = _operand(new, "growth rate")
    _same_thing(before, after, "the growth")
    span = _years_of(before, after) if years is None else Fraction(years)
    if span <= 0:
        raise AggregationError(f"expected a positive number of years, got {years!r}")
    low, high = _ratio(after.interval, before.interval, before.label)
    interval = Interval(
        low=_growth(low, span, up=False),
        high=None if high is None else _growth(high, span, up=True),
    )
    return Derived(
        interval=interval,
        unit="% a year",
        figures=before.figures + after.figures,
        note=f"from {_shown(before)} to {_shown(after)} over {span} year(s), compounded",
    )


def _rate_unit(rate: Amount) -> tuple[Interval, str, TimeUnit, Fraction, tuple[FigureRef, ...]]:
    """A rate's interval, what it counts, the unit of time it is per, and how many."""
    if isinstance(rate, Rate):
        head, _, per = rate.unit.rpartition(" per ")
        if per not in TIME_UNITS:
            raise AggregationError(f"{rate} is not a rate per unit of time")
        return rate.interval, head, per, Fraction(1), rate.figures
    quantity: Quantity
    figures: tuple[FigureRef, ...] = ()
    if isinstance(rate, Quantity):
        quantity = rate
    else:
        operand = _operand_of_rate(rate)
        quantity, figures = operand
    if quantity.per is None:
        raise AggregationError(f"{quantity} is not a rate: it is per nothing")
    unit = time_unit(quantity.per.unit)
    if unit is None or unit == "decade":
        raise AggregationError(
            f"{quantity} is per {quantity.per.unit!r}, which is not a day, week, month or year"
        )
    interval = quantity.interval_as(whole=False)
    if quantity.qualifier is Qualifier.AVERAGE:
        interval = Interval.point(quantity.value)
    return interval, quantity.unit, unit, Fraction(quantity.per.amount), figures  # type: ignore[return-value]


def _operand_of_rate(rate: Amount) -> tuple[Quantity, tuple[FigureRef, ...]]:
    if isinstance(rate, (Figure, LocatedFigure)):
        ref = figure_ref(rate)
        return ref.quantity, (ref,)
    if isinstance(rate, FigureRef):
        return rate.quantity, (rate,)
    raise TypeError(f"expected a rate (a Figure, a Quantity or a Rate), got {type(rate).__name__}")


def rate_times_period(rate: Amount, period: Period) -> Derived:
    """The amount a rate per unit of time implies over ``period``.

    "an average of 400,000 people per week" over a period of 5 days (5/7 of a week)
    is 285,714.28... people. The period's length is taken inclusively, in the rate's
    unit (see :func:`period_length`); a length the calendar leaves uncertain widens the
    result. An average rate is taken at its value: the mean times the length.
    """
    interval, unit, per, amount, figures = _rate_unit(rate)
    low, high = _calendar_length(period, per)
    factor_low, factor_high = low / amount, high / amount
    result = Interval(
        low=_numbers.bound(Fraction(interval.low) * factor_low, up=False),
        high=None
        if interval.high is None
        else _numbers.bound(Fraction(interval.high) * factor_high, up=True),
    )
    length = Interval(low=_numbers.bound(low, up=False), high=_numbers.bound(high, up=True))
    return Derived(
        interval=result,
        unit=unit,
        figures=figures,
        note=f"{show_interval(interval)} {unit} per {per} over {period}: "
        f"{show_interval(length)} {per}s",
    )


def _precision_unit(period: Period) -> str:
    start, end = period.start, period.end
    assert start is not None
    assert end is not None
    if start.precision is not end.precision:
        return "day"
    return {Precision.DAY: "day", Precision.MONTH: "month", Precision.YEAR: "year"}[end.precision]


def period_length(period: Period, unit: TimeUnit = "day", *, inclusive: bool = True) -> Derived:
    """The length of ``period`` in days, weeks, months or years, with its convention.

    ``inclusive=True`` counts every day, month or year the period covers, its first and
    its last included: "between August 18 and November 14, 2025" is 89 days, "January
    2021 to August 2022" 20 months, "2013 to 2018" 6 years. ``inclusive=False`` is the
    time elapsed from its start to its end, one unit of its precision less: 88 days, 19
    months, 5 years. A length the calendar leaves uncertain (89 days in months) is an
    interval. Raises :class:`~migrationhealth.aggregation.PeriodError` for a period that
    is open, has no year or ends before it starts.
    """
    if unit not in TIME_UNITS:
        raise PeriodError(f"expected a unit of time {TIME_UNITS}, got {unit!r}", period)
    low, high = _calendar_length(period, unit)
    interval = Interval(low=_numbers.bound(low, up=False), high=_numbers.bound(high, up=True))
    convention = "counting its first and last day"
    if not inclusive:
        step = _precision_unit(period)
        one = in_time_unit(Quantity(value=1, unit=step + "s"), unit)
        assert one.high is not None
        interval = Interval(
            low=max(_numbers.add([Interval.point(interval.low), Interval.point(-one.high)]).low, 0),
            high=max(
                _numbers.add([Interval.point(interval.high or 0), Interval.point(-one.low)]).low, 0
            ),
        )
        convention = f"from its start to its end, one {step} of its precision less than inclusive"
    return Derived(
        interval=interval,
        unit=f"{unit}s",
        figures=(),
        note=f"{period}, {convention}",
    )


def _days(date: PartialDate | Period, end: bool) -> tuple[dt.date, dt.date]:
    if isinstance(date, Period):
        partial = date.start if date.start is not None else date.end
        if partial is None:
            raise PeriodError("the period has neither a start nor an end", date)
        date = partial
    if not date.year_known:
        raise PeriodError(f"the date {date} has no year, so years cannot be counted", date)
    return date.earliest(), date.latest()


def _full_years(start: dt.date, end: dt.date) -> int:
    years = end.year - start.year
    if (end.month, end.day) < (start.month, start.day):
        years -= 1
    return years


def years_between(inception: PartialDate | Period, edition: PartialDate | Period) -> Derived:
    """The whole years from ``inception`` to ``edition``, at the dates' precision.

    Dates known to the year stand for any of their days, so 2003 to 2023 is 19 to 20
    whole years (20 calendar years apart); to the day it is exact. A period stands for its
    start. Raises :class:`~migrationhealth.aggregation.PeriodError` for a date without a
    year, or an edition before its inception.
    """
    first_early, first_late = _days(inception, end=False)
    second_early, second_late = _days(edition, end=True)
    if second_late < first_early:
        raise PeriodError(f"{edition} comes before {inception}", edition)
    low = max(_full_years(first_late, second_early), 0)
    high = _full_years(first_early, second_late)
    calendar = second_early.year - first_early.year
    return Derived(
        interval=Interval(low=min(low, high), high=high),
        unit="years",
        figures=(),
        note=f"whole years from {inception} to {edition}; {calendar} calendar years apart",
    )
