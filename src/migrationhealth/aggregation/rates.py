"""Rates and shares with bounds: per period, per capita, and percentages.

- :func:`rate_per_period`: 8.7 million services between January 2021 and August 2022
  are 435,000 services a month, the period's length (20 months) taken from the
  precision it was reported with.
- :func:`per_capita`: 312,000 doctors for 130 million inhabitants are 2.4 doctors per
  1,000 inhabitants.
- :func:`share`: 564 selected of 800 applicants are 70.5 %.

Each takes figures (a :class:`~migrationhealth.Figure`, a located figure, a
:class:`~migrationhealth.aggregation.Total`) or plain quantities and numbers, and gives
an interval: hedged inputs widen it, so the low bound divides the lowest numerator by
the highest denominator, and the high bound the other way round. Results are exact
where they can be, otherwise rounded outwards to 15 significant digits.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import attrs

from .._inflection import singular
from ..dataset import LocatedFigure
from ..dates import Period
from ..enums import Measure
from ..interval import Interval, _WithBounds
from ..model import Figure
from ..quantity import Qualifier, Quantity
from . import _numbers
from .display import html_table, show_exact, show_interval, show_number
from .errors import AggregationError, PeriodError
from .periods import TIME_UNITS, TimeUnit, period_length
from .provenance import FigureRef, figure_ref
from .total import Fact, Total
from .units import check_comparable

__all__ = ["Amount", "Rate", "Share", "per_capita", "rate_per_period", "share"]

Amount = Figure | LocatedFigure | FigureRef | Fact | Total | Quantity | Interval | int | Decimal
"""What a rate or a share can be taken of: figures, totals, quantities, plain numbers."""


@attrs.frozen(kw_only=True)
class _Operand:
    interval: Interval
    unit: str | None
    measure: Measure | None
    figures: tuple[FigureRef, ...]
    period: Period | None
    label: str


def _quantity_interval(quantity: Quantity, label: str, role: str) -> Interval:
    if quantity.per is not None:
        raise AggregationError(f"{label} is already a rate ({quantity}); a {role} needs an amount")
    if quantity.qualifier is Qualifier.AVERAGE:
        raise AggregationError(
            f"{label} is an average ({quantity}), not an amount; a {role} needs an amount"
        )
    return quantity.interval


def _operand(value: Amount, role: str) -> _Operand:
    if isinstance(value, Fact):
        return _Operand(
            interval=value.interval,
            unit=value.figures[0].quantity.unit if value.figures else None,
            measure=value.measure,
            figures=value.figures,
            period=value.period,
            label=f"the {value.measure.value} of {value.subject!r}",
        )
    if isinstance(value, Total):
        periods = {fact.period for fact in value.facts if fact.share is None}
        shared = len(periods) == 1 and all(fact.share is None for fact in value.facts)
        label = f"the total of {len(value.figures)} figure(s)"
        return _Operand(
            interval=value.interval,
            unit=value.unit,
            measure=value.measure,
            figures=value.figures,
            period=periods.pop() if shared else None,
            label=label,
        )
    if isinstance(value, (Figure, LocatedFigure, FigureRef)):
        ref = value if isinstance(value, FigureRef) else figure_ref(value)
        label = f"figure {ref.id!r}"
        return _Operand(
            interval=_quantity_interval(ref.quantity, label, role),
            unit=ref.quantity.unit,
            measure=ref.measure,
            figures=(ref,),
            period=ref.period,
            label=label,
        )
    if isinstance(value, Quantity):
        label = f"the quantity {value}"
        return _Operand(
            interval=_quantity_interval(value, label, role),
            unit=value.unit,
            measure=None,
            figures=(),
            period=None,
            label=label,
        )
    if isinstance(value, Interval):
        return _Operand(
            interval=value, unit=None, measure=None, figures=(), period=None, label=str(value)
        )
    if type(value) is int or isinstance(value, Decimal):
        interval = Interval.point(value)
        return _Operand(
            interval=interval, unit=None, measure=None, figures=(), period=None, label=str(value)
        )
    raise TypeError(
        f"expected a Figure, LocatedFigure, Fact, Total, Quantity, Interval or number for the "
        f"{role}, got {type(value).__name__}"
    )


def _exact(low: Fraction, high: Fraction) -> Interval:
    return Interval(low=_numbers.bound(low, up=False), high=_numbers.bound(high, up=True))


def _with_unit(interval: Interval, unit: str | None) -> str:
    return show_interval(interval) + ("" if unit is None else f" {unit}")


class _Bounded(_WithBounds):
    """What a rate and a share have in common: bounds, a repr, and an HTML view."""

    __slots__ = ()
    figures: tuple[FigureRef, ...]

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self} {self.interval})"

    def _repr_html_(self) -> str:
        rows = [[ref.id, ref.quantity, ref.source, ref.quote] for ref in self.figures]
        return html_table(str(self), ["figure", "value", "source", "quote"], rows)


@attrs.frozen(kw_only=True, repr=False)
class Rate(_Bounded):
    """An amount per unit of time or per head of a population, with bounds.

    ``interval`` is the rate; ``unit`` says what it is ("services per month");
    ``numerator`` and ``denominator`` are the intervals divided (the denominator a
    period's length, or a population); ``figures`` the figures used; ``note`` how it
    was worked out. ``exact`` is the rate as an exact fraction when both are exact (one
    value each), else ``None``: the bounds of ``interval`` are then only its rounding
    outwards, and the rate is shown once, rounded.
    """

    interval: Interval
    unit: str
    numerator: Interval
    denominator: Interval
    figures: tuple[FigureRef, ...]
    note: str
    exact: Fraction | None = None

    def __str__(self) -> str:
        shown = show_interval(self.interval) if self.exact is None else show_exact(self.exact)
        return f"{shown} {self.unit} ({self.note})"


def _exact_quotient(numerator: Interval, denominator: Interval, times: int) -> Fraction | None:
    if numerator.high != numerator.low or denominator.high != denominator.low:
        return None
    if denominator.low == 0:
        return None
    return Fraction(numerator.low) / Fraction(denominator.low) * times


@attrs.frozen(kw_only=True, repr=False)
class Share(_Bounded):
    """A part as a percentage of a whole, with bounds: 564 of 800 is 70.5 %.

    ``interval`` is in percent, never above 100; ``part`` and ``whole`` are the
    intervals compared; ``figures`` the figures used; ``note`` how it was worked out.
    """

    interval: Interval
    part: Interval
    whole: Interval
    figures: tuple[FigureRef, ...]
    note: str

    def __str__(self) -> str:
        return f"{show_interval(self.interval)} % ({self.note})"


def rate_per_period(
    amount: Amount, *, per: TimeUnit = "month", period: Period | None = None
) -> Rate:
    """``amount`` per day, week, month or year of ``period`` (by default, its own).

    The period's length comes from its precision (see
    :func:`~migrationhealth.aggregation.periods.period_length`): "January 2021 to August
    2022" is 20 months, so 8.7 million services in it are 435,000 a month. A length
    the calendar leaves uncertain (89 days, in months) widens the rate's interval.

    Raises :class:`~migrationhealth.aggregation.PeriodError` when the period is
    missing, open-ended or has no year, and
    :class:`~migrationhealth.aggregation.AggregationError` for a rate or an average.
    """
    if per not in TIME_UNITS:
        raise AggregationError(f"expected per to be one of {TIME_UNITS}, got {per!r}")
    operand = _operand(amount, "rate per period")
    chosen = operand.period if period is None else period
    if chosen is None:
        raise PeriodError(
            f"{operand.label} has no single period; pass period= to say which it covers",
            None,
        )
    low, high = period_length(chosen, per)
    length = _exact(low, high)
    interval = _numbers.divide(operand.interval, low, high, times=Fraction(1))
    plural = per if low == high == 1 else f"{per}s"
    amount_text = _with_unit(operand.interval, operand.unit)
    note = f"{amount_text} over {chosen}: {show_interval(length)} {plural}"
    unit = f"per {per}" if operand.unit is None else f"{operand.unit} per {per}"
    return Rate(
        interval=interval,
        unit=unit,
        numerator=operand.interval,
        denominator=length,
        figures=operand.figures,
        note=note,
        exact=_exact_quotient(operand.interval, length, 1),
    )


def _singular(unit: str) -> str:
    # "per activity", "per entidad": the unit's noun in the singular of its language.
    return singular(unit)


def per_capita(amount: Amount, population: Amount, *, per: int = 1) -> Rate:
    """``amount`` per ``per`` members of ``population`` ("2.4 doctors per 1,000 inhabitants").

    ``per`` is the size of the denominator (1 for per capita, 1000 for per thousand).
    Raises :class:`~migrationhealth.aggregation.AggregationError` for rates and averages.
    """
    if type(per) is not int or per < 1:
        raise AggregationError(f"expected per to be a positive int, got {per!r}")
    numerator = _operand(amount, "numerator")
    denominator = _operand(population, "population")
    low = _numbers.fraction(denominator.interval.low)
    high = denominator.interval.high
    interval = _numbers.divide(
        numerator.interval,
        low,
        None if high is None else _numbers.fraction(high),
        times=Fraction(per),
    )
    head = "" if numerator.unit is None else f"{numerator.unit} "
    whom = "" if denominator.unit is None else f" {denominator.unit}"
    unit = (
        f"{head}per {_singular(denominator.unit) if denominator.unit else 'head'}"
        if per == 1
        else f"{head}per {show_number(per)}{whom}"
    )
    note = (
        f"{_with_unit(numerator.interval, numerator.unit)} for "
        f"{_with_unit(denominator.interval, denominator.unit)}"
    )
    return Rate(
        interval=interval,
        unit=unit,
        numerator=numerator.interval,
        denominator=denominator.interval,
        figures=numerator.figures + denominator.figures,
        note=note,
        exact=_exact_quotient(numerator.interval, denominator.interval, per),
    )


def share(part: Amount, whole: Amount) -> Share:
    """``part`` as a percentage of ``whole``: 564 selected of 800 applicants is 70.5 %.

    The part is taken to be contained in the whole, so the share is at most 100 %.
    People may be a share of people counted under another measure; otherwise both need
    one unit. Raises :class:`~migrationhealth.aggregation.UnitError` for a part and a
    whole that count different things (services of people), and
    :class:`~migrationhealth.aggregation.AggregationError` when the part is surely larger
    than the whole.
    """
    top = _operand(part, "share")
    bottom = _operand(whole, "share")
    if (
        top.measure is not None
        and bottom.measure is not None
        and top.unit is not None
        and bottom.unit is not None
    ):
        check_comparable(
            (top.label, top.measure, top.unit), (bottom.label, bottom.measure, bottom.unit)
        )
    if bottom.interval.high is not None and top.interval.low > bottom.interval.high:
        raise AggregationError(
            f"{top.label} ({show_interval(top.interval)}) is larger than {bottom.label} "
            f"({show_interval(bottom.interval)}), so it is not a share of it"
        )
    whole_high = bottom.interval.high
    raw = _numbers.divide(
        top.interval,
        _numbers.fraction(bottom.interval.low),
        None if whole_high is None else _numbers.fraction(whole_high),
        times=Fraction(100),
    )
    high = 100 if raw.high is None or raw.high > 100 else raw.high
    interval = Interval(low=min(raw.low, high), high=high)
    note = f"{_with_unit(top.interval, top.unit)} of {_with_unit(bottom.interval, bottom.unit)}"
    return Share(
        interval=interval,
        part=top.interval,
        whole=bottom.interval,
        figures=top.figures + bottom.figures,
        note=note,
    )
