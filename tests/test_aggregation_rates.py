"""Rates and shares with bounds: per period (from the period's precision), per capita, shares."""

from __future__ import annotations

from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as hs

import migrationhealth as mh
from migrationhealth.aggregation import (
    AggregationError,
    PeriodError,
    UnitError,
    per_capita,
    period_length,
    rate_per_period,
    share,
    total,
    year_shares,
)

from . import strategies as st
from .test_aggregation import fig

M = mh.Measure
Q = mh.Qualifier
P = mh.Period.fromisoformat


def windows_services(qualifier: mh.Qualifier = Q.EXACT) -> mh.Figure:
    return fig(
        "windows",
        8_700_000,
        measure=M.SERVICES,
        unit="services",
        qualifier=qualifier,
        period="2021-01/2022-08",
    )


class TestPeriodLength:
    @pytest.mark.parametrize(
        ("unit", "length"),
        [
            ("month", Fraction(20)),
            ("day", Fraction(608)),
            ("week", Fraction(608, 7)),
            ("year", Fraction(5, 3)),
        ],
    )
    def test_month_precision_counts_whole_months(self, unit: str, length: Fraction) -> None:
        assert period_length(P("2021-01/2022-08"), unit) == (length, length)  # type: ignore[arg-type]

    def test_day_precision_counts_days_and_months_are_uncertain(self) -> None:
        period = P("2025-08-18/2025-11-14")
        assert period_length(period, "day") == (89, 89)
        assert period_length(period, "month") == (Fraction(89, 31), Fraction(89, 28))
        assert period_length(period, "year") == (Fraction(89, 366), Fraction(89, 365))

    def test_year_precision_counts_years(self) -> None:
        assert period_length(P("2019/2021"), "year") == (3, 3)
        assert period_length(P("2019/2021"), "month") == (36, 36)

    @pytest.mark.parametrize(
        ("period", "message"),
        [
            ("--04-17/--05-30", "has no year"),
            ("1951/..", "open-ended"),
            ("2022/2021", "ends before it starts"),
        ],
    )
    def test_periods_that_cannot_be_measured_say_why(self, period: str, message: str) -> None:
        with pytest.raises(PeriodError, match=message):
            period_length(P(period), "month")

    def test_no_period_has_no_length(self) -> None:
        with pytest.raises(PeriodError, match="no period"):
            period_length(None, "month")


class TestRatePerPeriod:
    def test_health_windows_services_a_month(self) -> None:
        rate = rate_per_period(windows_services(), per="month")
        assert rate.interval == mh.Interval.point(435_000)
        assert rate.unit == "services per month"
        assert rate.denominator == mh.Interval.point(20)
        assert str(rate).startswith("435,000 services per month (8,700,000 services over")
        assert [ref.id for ref in rate.figures] == ["windows"]

    def test_a_hedged_amount_widens_the_rate(self) -> None:
        rate = rate_per_period(windows_services(Q.APPROXIMATE))
        assert rate.interval == mh.Interval(low=391_500, high=478_500)

    def test_an_uncertain_length_widens_the_rate(self) -> None:
        rate = rate_per_period(
            fig("w", 890, measure=M.SERVICES, unit="services", period="2025-08-18/2025-11-14")
        )
        assert rate.low == 280  # 890 / (89 / 28)
        assert rate.high == Decimal("310")  # 890 / (89 / 31)

    def test_a_total_with_one_period_has_a_rate(self) -> None:
        again = fig(
            "again", 8_700_000, measure=M.SERVICES, unit="services", period="2021-01/2022-08"
        )
        cohort = mh.Cohort(id="c", figures=(windows_services(), again))
        data = mh.Dataset().add(
            mh.Programme(id="p", title="P", kind=mh.ProgrammeKind.OTHER, cohorts=(cohort,))
        )
        rate = rate_per_period(total(data, measure="services"), per="month")
        assert rate.interval == mh.Interval.point(435_000)
        assert {ref.id for ref in rate.figures} == {"windows", "again"}

    def test_a_total_over_several_periods_needs_one_named(self) -> None:
        first = fig("a", 100, measure=M.SERVICES, unit="services", period="2021-01/2021-06")
        second = fig("b", 200, measure=M.SERVICES, unit="services", period="2021-07/2021-12")
        summed = total([first, second])
        with pytest.raises(PeriodError, match="pass period="):
            rate_per_period(summed)
        assert rate_per_period(summed, period=P("2021-01/2021-12")).interval == mh.Interval.point(
            25
        )

    def test_year_less_figures_have_no_rate(self) -> None:
        training = fig("t", 314, measure=M.TRAINED, period="--04-17/--05-30")
        with pytest.raises(PeriodError, match="without guessing the year"):
            rate_per_period(training, per="week")

    def test_rates_and_averages_are_not_amounts(self) -> None:
        weekly = fig("w", 400_000, qualifier=Q.AVERAGE, per=mh.Per(unit="week"), period="2022/2022")
        with pytest.raises(AggregationError, match="already a rate"):
            rate_per_period(weekly)
        mean = fig("m", 400_000, qualifier=Q.AVERAGE, period="2022/2022")
        with pytest.raises(AggregationError, match="an average"):
            rate_per_period(mean)

    def test_unknown_unit_of_time_is_refused(self) -> None:
        with pytest.raises(AggregationError, match="fortnight"):
            rate_per_period(windows_services(), per="fortnight")  # type: ignore[arg-type]


class TestPerCapita:
    def test_doctors_per_thousand_inhabitants(self) -> None:
        doctors = mh.Quantity(value=312_000, unit="doctors")
        inhabitants = mh.Quantity(value=130_000_000, unit="inhabitants")
        rate = per_capita(doctors, inhabitants, per=1000)
        assert rate.interval == mh.Interval.point(Decimal("2.4"))
        assert rate.unit == "doctors per 1,000 inhabitants"

    def test_per_head(self) -> None:
        rate = per_capita(mh.Quantity(value=5, unit="visits"), mh.Quantity(value=2, unit="people"))
        assert rate.interval == mh.Interval.point(Decimal("2.5"))
        assert rate.unit == "visits per person"

    def test_a_hedged_population_widens_the_rate(self) -> None:
        population = mh.Quantity(value=1000, unit="inhabitants", qualifier=Q.APPROXIMATE)
        rate = per_capita(90, population, per=1000)
        assert rate.low == Decimal("81.8181818181818")
        assert rate.high == 100

    def test_a_population_that_may_be_zero_makes_the_rate_unbounded(self) -> None:
        rate = per_capita(10, mh.Quantity(value=5, unit="people", qualifier=Q.AT_MOST))
        assert rate.low == 2
        assert rate.high is None

    def test_per_must_be_a_positive_int(self) -> None:
        with pytest.raises(AggregationError, match="positive int"):
            per_capita(1, 2, per=0)


class TestShare:
    def test_selected_of_applicants(self) -> None:
        selected = fig("selected", 564, measure=M.SELECTED, unit="students")
        applicants = fig("applicants", 800, measure=M.APPLICANTS, unit="applicants")
        result = share(selected, applicants)
        assert result.interval == mh.Interval.point(Decimal("70.5"))
        assert str(result) == "70.5 % (564 students of 800 applicants)"
        assert [ref.id for ref in result.figures] == ["selected", "applicants"]

    def test_hedges_widen_a_share_and_it_never_passes_100(self) -> None:
        hedged = share(
            mh.Quantity(value=90, unit="people", qualifier=Q.APPROXIMATE),
            mh.Quantity(value=100, unit="people"),
        )
        assert hedged.interval == mh.Interval(low=81, high=99)
        unbounded = share(
            mh.Quantity(value=90, unit="people", qualifier=Q.AT_LEAST),
            mh.Quantity(value=100, unit="people"),
        )
        assert unbounded.interval == mh.Interval(low=90, high=100)

    def test_nothing_is_a_share_of_nothing(self) -> None:
        with pytest.raises(AggregationError, match="is 0"):
            share(0, 0)

    def test_a_part_larger_than_its_whole_is_not_a_share(self) -> None:
        with pytest.raises(AggregationError, match="larger than"):
            share(900, 800)

    def test_services_are_not_a_share_of_people(self) -> None:
        services = fig("s", 8_700_000, measure=M.SERVICES, unit="services")
        people = fig("p", 12_000_000, measure=M.TARGET_POPULATION, unit="people")
        with pytest.raises(UnitError, match="count different things"):
            share(services, people)

    def test_bad_operands_are_type_errors(self) -> None:
        with pytest.raises(TypeError, match="got str"):
            share("564", 800)  # type: ignore[arg-type]


counts = hs.integers(0, 10**9)
hedges = hs.sampled_from([q for q in Q if q is not Q.AVERAGE])


class TestLaws:
    @given(counts, hedges, hs.sampled_from(["day", "week", "month", "year"]), hs.data())
    def test_a_rate_contains_every_value_its_amount_admits_over_the_period(
        self, value: int, qualifier: mh.Qualifier, unit: str, data: hs.DataObject
    ) -> None:
        amount = mh.Quantity(value=value, unit="services", qualifier=qualifier)
        period = P("2021-01/2022-08")
        rate = rate_per_period(amount, per=unit, period=period)  # type: ignore[arg-type]
        interval = amount.interval
        high = interval.low + 10**6 if interval.high is None else interval.high
        chosen = data.draw(hs.integers(int(interval.low), int(high)))
        low, high_length = period_length(period, unit)  # type: ignore[arg-type]
        assert Fraction(rate.low) <= Fraction(chosen) / high_length
        assert rate.high is None or Fraction(chosen) / low <= Fraction(rate.high)

    @given(counts, counts, hedges, hedges, hs.data())
    def test_a_share_contains_every_ratio_its_part_and_whole_admit(
        self, part: int, whole: int, q1: mh.Qualifier, q2: mh.Qualifier, data: hs.DataObject
    ) -> None:
        top = mh.Quantity(value=part, unit="people", qualifier=q1)
        bottom = mh.Quantity(value=whole, unit="people", qualifier=q2)
        try:
            result = share(top, bottom)
        except AggregationError:
            assert bottom.interval.high is not None
            assert top.interval.low > bottom.interval.high or bottom.interval.high == 0
            return
        b_high = (
            bottom.interval.low + 10**6 if bottom.interval.high is None else bottom.interval.high
        )
        w = data.draw(hs.integers(max(int(bottom.interval.low), 1), max(int(b_high), 1)))
        t_high = min(
            top.interval.low + 10**6 if top.interval.high is None else top.interval.high, w
        )
        if top.interval.low > t_high:
            return
        p = data.draw(hs.integers(int(top.interval.low), int(t_high)))
        ratio = Fraction(p * 100, w)
        assert Fraction(result.low) <= ratio
        assert result.high is not None
        assert ratio <= Fraction(result.high)


class TestPeriodLaws:
    @given(st.periods(), hs.sampled_from(["day", "week", "month", "year"]))
    def test_a_period_is_measured_or_refused_with_a_reason(
        self, period: mh.Period, unit: str
    ) -> None:
        measurable = (
            period.start is not None
            and period.end is not None
            and period.start.year is not None
            and period.end.year is not None
            and period.start.earliest() <= period.end.latest()
        )
        if not measurable:
            with pytest.raises(PeriodError):
                period_length(period, unit)  # type: ignore[arg-type]
            return
        low, high = period_length(period, unit)  # type: ignore[arg-type]
        assert 0 < low <= high

    @given(st.periods())
    def test_year_shares_add_up_to_the_whole(self, period: mh.Period) -> None:
        try:
            shares = year_shares(period)
        except PeriodError:
            return
        assert sum(part for _, part in shares) == 1
        assert all(part > 0 for _, part in shares)
        assert [year for year, _ in shares] == list(range(shares[0][0], shares[-1][0] + 1))
