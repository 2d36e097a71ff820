"""Open intervals, hedges of durations, and the arithmetic with bounds.

The properties check that every result contains every value its inputs' hedges admit.
"""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as hs

import migrationhealth as mh
from migrationhealth.quantity import in_time_unit

Q = mh.Qualifier


@hs.composite
def intervals(draw: hs.DrawFn) -> mh.Interval:
    """Intervals of small whole numbers, either bound open, some unbounded."""
    low = draw(hs.integers(0, 50))
    high = draw(hs.none() | hs.integers(low, 60))
    low_open = draw(hs.booleans()) and (high is None or high > low)
    high_open = high is not None and high > low and draw(hs.booleans())
    return mh.Interval(low=low, high=high, low_open=low_open, high_open=high_open)


def samples(interval: mh.Interval) -> list[Fraction]:
    """Values the interval admits: its closed bounds, and values just inside open ones."""
    high = interval.high if interval.high is not None else interval.low + 100
    points = [Fraction(interval.low), Fraction(interval.low) + Fraction(1, 7), Fraction(high)]
    points += [(Fraction(interval.low) + high) / 2, Fraction(high) - Fraction(1, 7)]
    return [p for p in points if interval.contains(_number(p))]


def _number(value: Fraction) -> int | Decimal:
    if value.denominator == 1:
        return value.numerator
    return Decimal(value.numerator) / Decimal(value.denominator)


class TestOpenIntervals:
    @given(intervals(), intervals())
    def test_addition_is_commutative(self, a: mh.Interval, b: mh.Interval) -> None:
        assert a + b == b + a

    @given(intervals(), intervals(), intervals())
    def test_addition_is_associative(self, a: mh.Interval, b: mh.Interval, c: mh.Interval) -> None:
        assert (a + b) + c == a + (b + c)

    @given(intervals(), intervals())
    def test_a_sum_contains_every_sum_of_members(self, a: mh.Interval, b: mh.Interval) -> None:
        total = a + b
        for x in samples(a):
            for y in samples(b):
                assert total.contains(_number(x + y))

    @given(intervals(), intervals(), hs.fractions(0, 70, max_denominator=4))
    def test_intersection_admits_what_both_admit(
        self, a: mh.Interval, b: mh.Interval, x: Fraction
    ) -> None:
        value = _number(x)
        common = a.intersection(b)
        both = a.contains(value) and b.contains(value)
        assert (common is not None and common.contains(value)) == both
        assert a.overlaps(b) == (common is not None)

    @given(intervals(), intervals(), hs.fractions(0, 70, max_denominator=4))
    def test_the_hull_admits_what_either_admits(
        self, a: mh.Interval, b: mh.Interval, x: Fraction
    ) -> None:
        value = _number(x)
        if a.contains(value) or b.contains(value):
            assert a.hull(b).contains(value)

    def test_open_bounds_are_shown(self) -> None:
        assert str(mh.Interval(low=2, low_open=True)) == "(2, ∞)"
        assert str(mh.Interval(low=0, high=5, high_open=True)) == "[0, 5)"
        assert (
            repr(mh.Interval(low=2, low_open=True)) == "Interval(low=2, high=None, low_open=True)"
        )

    def test_an_empty_open_interval_is_refused(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="is empty"):
            mh.Interval(low=3, high=3, low_open=True)


class TestHedges:
    def test_more_than_two_decades_admits_25_years_not_20(self) -> None:
        decades = mh.parse_quantity("more than two decades")
        assert str(decades.interval) == "(2, ∞)"
        years = in_time_unit(decades, "year")
        assert years.contains(25)
        assert not years.contains(20)

    @pytest.mark.parametrize(
        ("unit", "target", "low", "high"),
        [
            ("años", "month", 24, 24),
            ("décennies", "year", 20, 20),
            ("semanas", "day", 14, 14),
            ("meses", "day", 56, 62),
            ("anos", "day", 730, 732),
            ("jours", "week", Fraction(2, 7), Fraction(2, 7)),
        ],
    )
    def test_durations_in_one_unit(
        self, unit: str, target: str, low: Fraction, high: Fraction
    ) -> None:
        interval = in_time_unit(mh.Quantity(value=2, unit=unit), target)
        assert interval.low <= low <= high <= interval.high  # type: ignore[operator]
        assert interval.high - interval.low <= high - low + Fraction(1, 10**11)  # type: ignore[operator]

    def test_more_than_300_people_is_301_and_up(self) -> None:
        people = mh.Figure(
            id="f",
            measure=mh.Measure.PEOPLE_PRESENT,
            quantity=mh.Quantity(value=300, unit="people", qualifier=Q.MORE_THAN),
        )
        assert mh.total([people]).interval == mh.Interval(low=301)

    def test_the_hundreds_are_shown_as_their_interval(self) -> None:
        hundreds = mh.parse_quantity("the hundreds", unit="doctors")
        assert str(hundreds) == "200 to 999 doctors (hundreds)"
        assert hundreds.shown_value == "200 to 999"
        assert "100" not in str(hundreds)


@hs.composite
def hedged(draw: hs.DrawFn) -> mh.Quantity:
    """Whole counts with any qualifier but averages."""
    qualifier = draw(hs.sampled_from([q for q in Q if q is not Q.AVERAGE]))
    value = draw(hs.integers(1, 5000))
    return mh.Quantity(value=value, unit="people", qualifier=qualifier)


def admitted(quantity: mh.Quantity) -> list[Fraction]:
    """Whole values the quantity admits: its bounds and a value between."""
    interval = quantity.interval
    high = interval.high if interval.high is not None else interval.low + 10_000
    points = {Fraction(interval.low), Fraction(high), Fraction((interval.low + high) // 2)}
    return [p for p in points if interval.contains(_number(p))]


class TestArithmeticBounds:
    @given(hedged(), hedged())
    def test_a_difference_contains_every_consistent_difference(
        self, a: mh.Quantity, b: mh.Quantity
    ) -> None:
        if b.interval.high is None:
            with pytest.raises(mh.AggregationError, match="no upper bound"):
                mh.difference(a, b)
            return
        result = mh.difference(a, b)
        for x in admitted(a):
            for y in admitted(b):
                assert result.interval.contains(_number(x - y))

    @given(hedged(), hedged())
    def test_a_percent_change_contains_every_consistent_change(
        self, old: mh.Quantity, new: mh.Quantity
    ) -> None:
        if old.interval.high is None or old.interval.high == 0:
            with pytest.raises(mh.AggregationError):
                mh.percent_change(old, new)
            return
        result = mh.percent_change(old, new)
        for x in admitted(old):
            for y in admitted(new):
                if x > 0:
                    assert result.interval.contains(_number((y / x - 1) * 100))

    @given(hedged(), hedged(), hs.integers(1, 30))
    def test_a_growth_rate_contains_every_consistent_rate(
        self, old: mh.Quantity, new: mh.Quantity, years: int
    ) -> None:
        if old.interval.high is None or old.interval.high == 0:
            return
        result = mh.growth_rate(old, new, years=years)
        for x in admitted(old):
            for y in admitted(new):
                if x > 0:
                    rate = (Decimal(float(y / x)) ** (Decimal(1) / years) - 1) * 100
                    low, high = result.interval.low, result.interval.high
                    assert low - Decimal("1E-9") <= rate
                    assert high is None or rate <= high + Decimal("1E-9")


class TestArithmeticOnTheReports:
    def test_applicants_not_selected(self) -> None:
        corpus = mh.seed_corpus()
        applicants = mh.total(corpus, measure="applicants")
        selected = mh.total(corpus, measure="selected")
        not_selected = mh.difference(applicants, selected)
        assert not_selected.interval == mh.Interval.point(236)
        assert len(not_selected.figures) == 2

    def test_period_lengths_say_their_convention(self) -> None:
        diploma = mh.parse_period("between August 18 and November 14, 2025")
        inclusive = mh.period_length(diploma, "day")
        exclusive = mh.period_length(diploma, "day", inclusive=False)
        assert (inclusive.low, exclusive.low) == (89, 88)
        assert "first and last day" in inclusive.note
        assert "from its start to its end" in exclusive.note
        windows = mh.parse_period("between January 2021 and August 2022")
        assert mh.period_length(windows, "month").interval == mh.Interval.point(20)
        assert mh.period_length(windows, "month", inclusive=False).low == 19

    def test_years_between_an_inception_and_an_edition(self) -> None:
        # Report 03: the Health Windows, created in 2003, are 20 years old in 2023.
        years = mh.years_between(mh.parse_date("2003"), mh.parse_date("October 2023"))
        assert years.interval == mh.Interval(low=19, high=20)
        assert "20 calendar years apart" in years.note
        exact = mh.years_between(mh.parse_date("9 October 2003"), mh.parse_date("9 October 2023"))
        assert exact.interval == mh.Interval.point(20)

    def test_a_rate_times_a_period(self) -> None:
        weekly = mh.parse_quantity("an average of 400,000 people per week")
        four_weeks = mh.Period.fromisoformat("2022-10-01/2022-10-28")
        assert mh.rate_times_period(weekly, four_weeks).interval == mh.Interval.point(1_600_000)

    def test_a_difference_of_people_and_services_is_refused(self) -> None:
        people = mh.Figure(
            id="p", measure=mh.Measure.PEOPLE_SERVED, quantity=mh.Quantity(value=5, unit="x")
        )
        services = mh.Figure(
            id="s", measure=mh.Measure.SERVICES, quantity=mh.Quantity(value=9, unit="x")
        )
        with pytest.raises(mh.UnitError, match="they count different things"):
            mh.difference(services, people)
