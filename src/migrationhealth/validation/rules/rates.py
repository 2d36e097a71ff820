"""MH106: rates and averages against the components they are computed from."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from functools import reduce

from ...interval import Interval
from ...quantity import Qualifier
from .._numbers import as_decimal, day_range, printed_interval
from ..context import Context, describe_subject, effective_period
from ..findings import Evidence, Finding
from ..registry import rule
from .conflicts import quantity_text

__all__ = ["RULES", "rate_components"]


def _approx(value: Decimal | int | None) -> str:
    """A computed value shown to four significant digits: ``2.667``, ``412,500``."""
    if value is None:
        return "∞"
    number = as_decimal(value)
    if number == 0:
        return "0"
    digits = number.adjusted() + 1
    rounded = round(number, max(4 - digits, 0))
    if rounded == rounded.to_integral_value():
        return f"{int(rounded):,}"
    return f"{rounded.normalize():,f}"


def _range(interval: Interval) -> str:
    if interval.high is not None and interval.low == interval.high:
        return _approx(interval.low)
    return f"{_approx(interval.low)} to {_approx(interval.high)}"


def _hull(indexes: Sequence[int], intervals: Sequence[Interval]) -> Interval:
    return reduce(lambda a, b: a.hull(b), (intervals[i] for i in indexes))


def _ratio(numerator: Interval, denominator: Interval, scale: Decimal) -> Interval | None:
    """``numerator / denominator * scale`` on intervals; ``None`` when it says nothing."""
    if denominator.high == 0:
        return None
    low = (
        Decimal(0)
        if denominator.high is None
        else as_decimal(numerator.low) * scale / as_decimal(denominator.high)
    )
    high = (
        None
        if numerator.high is None or denominator.low == 0
        else as_decimal(numerator.high) * scale / as_decimal(denominator.low)
    )
    return Interval(low=low, high=high)


def _reported(value: Decimal | int, interval: Interval) -> Interval:
    """The figure's interval widened to every value that rounds to what was printed."""
    return interval.hull(printed_interval(value))


@rule("MH106", severity="error")
def rate_components(context: Context) -> Iterator[Finding]:
    """A rate or an average that its own components, given beside it, contradict.

    **What it checks.** Two kinds of rates, where the dataset also gives what they are
    computed from, in the same subject and period:

    - a rate per something other than time ("2.4 doctors per 1,000 inhabitants") against
      a count of its unit (doctors) and a count of what it is per (inhabitants): the rate
      should be the one divided by the other, times the amount (1,000);
    - a rate per day, week, month or year ("an average of 435,000 services per month")
      against a total of the same measure over the period (8.7 million services from
      January 2021 to August 2022): the rate should be the total divided by the number of
      days, weeks, months or years in the period (a month counts 28 to 31 days).

    A printed value stands for every value that rounds to it ("2.4" for 2.35 to 2.45,
    "400,000" for 350,000 to 450,000), and hedged components are used with their
    intervals; the finding is raised only when no reading of the figures agrees.

    **Why it matters.** A rate that does not follow from its components means one of the
    three figures is wrong, or that they are about different populations or periods;
    per-capita comparisons between countries are only as good as the rates.

    **Example.** The seed reports give rates without their components ("Mexico has 2.4
    doctors per 1,000 inhabitants", with no count of doctors or inhabitants), so the
    built-in dataset has nothing to check. Given 300,000 doctors and 126 million
    inhabitants for Mexico, the rate would be 2.381 per 1,000, which "2.4" rounds to.
    """
    figures, intervals = context.figures, context.intervals
    subjects, periods = context.subjects, context.periods
    by_unit: dict[tuple[object, ...], list[int]] = {}
    by_measure: dict[tuple[object, ...], list[int]] = {}
    shared = context._shared
    pers, qualifiers = shared.pers, shared.qualifiers
    rates = [i for i, per in enumerate(pers) if per is not None]
    if not rates:
        return
    places = {(subjects[i], periods[i]) for i in rates}
    # Only figures of a subject that has a rate can be its components.
    with_rates = {subject for subject, _ in places}
    average = Qualifier.AVERAGE
    for index in [i for i, subject in enumerate(subjects) if subject in with_rates]:
        if pers[index] is None and qualifiers[index] is not average:
            place = (subjects[index], periods[index])
            if place not in places:
                continue
            located = figures[index]
            quantity = located.figure.quantity
            by_unit.setdefault((*place, quantity.unit.casefold()), []).append(index)
            by_measure.setdefault((*place, located.figure.measure), []).append(index)
    for index in rates:
        located = figures[index]
        quantity = located.figure.quantity
        per = quantity.per
        assert per is not None
        place = (subjects[index], periods[index])
        days = day_range(per)
        if days is None:
            numerators = by_unit.get((*place, quantity.unit.casefold()))
            denominators = by_unit.get((*place, per.unit.casefold()))
            if not numerators or not denominators:
                continue
            expected = _ratio(
                _hull(numerators, intervals),
                _hull(denominators, intervals),
                as_decimal(per.amount),
            )
            components = [*numerators, *denominators]
            how = (
                f"{' and '.join(quantity_text(figures[i]) for i in numerators)} over "
                f"{' and '.join(quantity_text(figures[i]) for i in denominators)}"
            )
        else:
            totals = by_measure.get((*place, located.figure.measure))
            span = _span_days(context, index)
            if not totals or span is None:
                continue
            occurrences = Interval(low=Decimal(span) / days[1], high=Decimal(span) / days[0])
            expected = _ratio(_hull(totals, intervals), occurrences, Decimal(1))
            components = list(totals)
            how = (
                f"{' and '.join(quantity_text(figures[i]) for i in totals)} over "
                f"{periods[index]} ({span:,} days)"
            )
        reported = _reported(quantity.value, intervals[index])
        if expected is None or expected.overlaps(reported):
            continue
        yield context.finding(
            f"{describe_subject(located).capitalize()} gives {quantity_text(located)}, "
            f"but its components give {_range(expected)} {quantity.unit} {per}: {how}.",
            ids=[located.figure.id, *(figures[i].figure.id for i in components)],
            evidence=[Evidence.of(located), *(Evidence.of(figures[i]) for i in components)],
            hint="Check the rate and each component against the sources, and that they are "
            "about the same population and period.",
        )


def _span_days(context: Context, index: int) -> int | None:
    """How many days the figure's effective period spans, when both ends are known."""
    period = effective_period(context.figures[index])
    if period is None:
        return None
    earliest, latest = period.earliest(), period.latest()
    if earliest is None or latest is None or latest < earliest:
        return None
    return (latest - earliest).days + 1


RULES = (rate_components,)
