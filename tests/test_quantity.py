from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as hs

import migrationhealth as mh
from migrationhealth.quantity import continuous_unit, qualifier_interval

from . import strategies as st


class TestQualifierIntervals:
    """Each qualifier's documented rule, on the seed reports' hedged figures."""

    def test_almost_half_a_million_admits_450_000_to_500_000(self) -> None:
        q = mh.Quantity(value=500_000, unit="people", qualifier=mh.Qualifier.ALMOST)
        assert (q.low, q.high) == (450_000, 500_000)
        assert q.interval.contains(480_000)
        assert not q.interval.contains(500_001)

    def test_more_than_two_decades_is_open_above_two(self) -> None:
        q = mh.Quantity(value=2, unit="decades", qualifier=mh.Qualifier.MORE_THAN)
        assert q.interval == mh.Interval(low=2, low_open=True)
        assert not q.interval.contains(2)
        assert q.interval.contains(Decimal("2.5"))

    def test_an_average_is_its_value(self) -> None:
        q = mh.Quantity(value=400_000, unit="people", qualifier=mh.Qualifier.AVERAGE)
        assert (q.low, q.high) == (400_000, 400_000)

    def test_the_hundreds(self) -> None:
        q = mh.Quantity(value=100, unit="doctors", qualifier=mh.Qualifier.SEVERAL)
        assert (q.low, q.high) == (200, 999)

    def test_approximate_is_ten_percent_either_side(self) -> None:
        q = mh.Quantity(value=1000, unit="people", qualifier=mh.Qualifier.APPROXIMATE)
        assert (q.low, q.high) == (900, 1100)

    def test_approximate_decimal_stays_exact(self) -> None:
        q = mh.Quantity(value=Decimal("2.4"), unit="doctors", qualifier=mh.Qualifier.APPROXIMATE)
        assert (q.low, q.high) == (Decimal("2.16"), Decimal("2.64"))

    @pytest.mark.parametrize(
        ("qualifier", "low", "high"),
        [
            (mh.Qualifier.EXACT, 50, 50),
            (mh.Qualifier.AT_LEAST, 50, None),
            (mh.Qualifier.AT_MOST, 0, 50),
            (mh.Qualifier.LESS_THAN, 0, 49),
        ],
    )
    def test_other_rules(self, qualifier: mh.Qualifier, low: int, high: int | None) -> None:
        assert qualifier_interval(50, qualifier) == mh.Interval(low=low, high=high)

    @given(st.quantities())
    def test_interval_contains_the_value_where_the_qualifier_allows(self, q: mh.Quantity) -> None:
        excluded = {mh.Qualifier.MORE_THAN, mh.Qualifier.LESS_THAN, mh.Qualifier.SEVERAL}
        if q.qualifier not in excluded:
            assert q.interval.contains(q.value)
        assert q.low >= 0
        assert q.high is None or q.low <= q.high

    @given(st.quantities())
    def test_bounds_of_whole_numbers_are_whole(self, q: mh.Quantity) -> None:
        if type(q.value) is int and q.per is None and not continuous_unit(q.unit):
            assert type(q.low) is int
            assert q.high is None or type(q.high) is int


class TestQuantityValues:
    def test_negative_is_refused(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="must be >= 0, got -3"):
            mh.Quantity(value=-3, unit="people")

    def test_float_is_refused_with_a_hint(self) -> None:
        with pytest.raises(mh.InvalidValueError, match=r"Decimal\('2.4'\)"):
            mh.Quantity(value=2.4, unit="doctors")  # type: ignore[arg-type]

    def test_bool_is_refused(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="got bool"):
            mh.Quantity(value=True, unit="people")

    @pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity")])
    def test_non_finite_is_refused(self, value: Decimal) -> None:
        with pytest.raises(mh.InvalidValueError, match="finite"):
            mh.Quantity(value=value, unit="people")

    def test_implausibly_large_is_refused(self) -> None:
        with pytest.raises(mh.InvalidValueError, match=r"at most 10\*\*15"):
            mh.Quantity(value=10**16, unit="people")

    def test_too_many_digits_is_refused(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="significant digits"):
            mh.Quantity(value=Decimal("1.0000000000000001"), unit="doctors")

    def test_whole_decimal_is_stored_as_int(self) -> None:
        assert type(mh.Quantity(value=Decimal("5"), unit="people").value) is int
        assert type(mh.Quantity(value=Decimal("5.0"), unit="people").value) is Decimal

    def test_per_needs_a_positive_amount(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="must be > 0"):
            mh.Per(amount=0, unit="inhabitants")

    def test_str(self) -> None:
        q = mh.Quantity(
            value=Decimal("2.4"), unit="doctors", per=mh.Per(amount=1000, unit="inhabitants")
        )
        assert str(q) == "2.4 doctors per 1,000 inhabitants"
        assert q.is_rate


class TestInterval:
    @given(hs.integers(0, 10**6), hs.integers(0, 10**6), hs.integers(0, 10**6))
    def test_addition_contains_every_sum(self, a: int, b: int, c: int) -> None:
        x = mh.Interval(low=min(a, b), high=max(a, b))
        y = mh.Interval.point(c)
        assert (x + y).contains(a + c)
        assert (x + y).contains(b + c)

    def test_overlap(self) -> None:
        assert mh.Interval(low=1, high=5).overlaps(mh.Interval(low=5))
        assert not mh.Interval(low=1, high=4).overlaps(mh.Interval(low=5, high=6))

    def test_hull(self) -> None:
        assert mh.Interval.point(546).hull(mh.Interval.point(564)) == mh.Interval(low=546, high=564)

    def test_reversed_is_refused(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="must be >= low"):
            mh.Interval(low=5, high=4)
