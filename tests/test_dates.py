from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as hs

import migrationhealth as mh

from . import strategies as st


class TestPartialDate:
    @pytest.mark.parametrize(
        ("text", "precision", "year_known"),
        [
            ("2019", mh.Precision.YEAR, True),
            ("2019-07", mh.Precision.MONTH, True),
            ("2019-07-15", mh.Precision.DAY, True),
            ("--04", mh.Precision.MONTH, False),
            ("--04-17", mh.Precision.DAY, False),
        ],
    )
    def test_iso_forms_keep_their_precision(
        self, text: str, precision: mh.Precision, year_known: bool
    ) -> None:
        date = mh.PartialDate.fromisoformat(text)
        assert date.precision is precision
        assert date.year_known is year_known
        assert date.isoformat() == text

    @pytest.mark.parametrize(
        "text", ["2019-02-30", "2019-13", "--02-30", "19", "2019-7", "", "-", "2019-07-15T00"]
    )
    def test_impossible_or_malformed_dates_are_refused(self, text: str) -> None:
        with pytest.raises(mh.DateParseError):
            mh.PartialDate.fromisoformat(text)

    def test_leap_day_without_a_year_is_possible(self) -> None:
        assert mh.PartialDate.fromisoformat("--02-29").day == 29

    def test_leap_day_in_a_common_year_is_not(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="between 1 and 28 in February 2019"):
            mh.PartialDate(year=2019, month=2, day=29)

    def test_a_day_needs_a_month(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="a day needs a month"):
            mh.PartialDate(year=2019, day=3)

    def test_a_date_needs_a_year_or_a_month(self) -> None:
        with pytest.raises(mh.InvalidValueError):
            mh.PartialDate()

    def test_bounds_of_a_month(self) -> None:
        date = mh.PartialDate(year=2024, month=2)
        assert date.earliest() == dt.date(2024, 2, 1)
        assert date.latest() == dt.date(2024, 2, 29)

    def test_bounds_need_a_year(self) -> None:
        with pytest.raises(mh.UnknownYearError, match="unknown"):
            mh.PartialDate(month=4, day=17).earliest()

    @given(st.partial_dates())
    def test_iso_round_trip(self, date: mh.PartialDate) -> None:
        assert mh.PartialDate.fromisoformat(date.isoformat()) == date

    @given(st.partial_dates())
    def test_earliest_is_not_after_latest(self, date: mh.PartialDate) -> None:
        if date.year_known:
            assert date.earliest() <= date.latest()
            assert date.earliest().year == date.latest().year == date.year


class TestPeriod:
    def test_open_end(self) -> None:
        period = mh.Period.fromisoformat("1951/..")
        assert period.end is None
        assert period.earliest() == dt.date(1951, 1, 1)
        assert period.latest() is None

    def test_needs_an_end(self) -> None:
        with pytest.raises(mh.DateParseError):
            mh.Period.fromisoformat("../..")
        with pytest.raises(mh.InvalidValueError):
            mh.Period()

    def test_a_start_after_its_end_is_kept_for_validation_to_report(self) -> None:
        period = mh.Period.fromisoformat("2020/2019")
        assert period.start == mh.PartialDate(year=2020)

    def test_bounds(self) -> None:
        period = mh.Period.fromisoformat("2021-01/2022-08")
        assert period.earliest() == dt.date(2021, 1, 1)
        assert period.latest() == dt.date(2022, 8, 31)

    @given(st.periods())
    def test_iso_round_trip(self, period: mh.Period) -> None:
        assert mh.Period.fromisoformat(period.isoformat()) == period


@given(
    hs.one_of(hs.none(), hs.integers(0, 9999)),
    hs.one_of(hs.none(), hs.integers(0, 13)),
    hs.one_of(hs.none(), hs.integers(0, 32)),
)
def test_reading_iso_text_checks_as_the_constructor_checks(
    year: int | None, month: int | None, day: int | None
) -> None:
    # fromisoformat builds the date without __init__: it must accept and refuse alike.
    if month is None:
        day = None  # "--01" is a month: a day without its month has no ISO text
    text = ("-" if year is None else f"{year:04d}") + "".join(
        f"-{part:02d}" for part in (month, day) if part is not None
    )
    try:
        expected: object = mh.PartialDate(year=year, month=month, day=day)
    except mh.InvalidValueError:
        expected = None
    if year is None and month is None:
        expected = None  # "-" says nothing
    try:
        read: object = mh.PartialDate.fromisoformat(text)
    except mh.DateParseError:
        read = None
    assert read == expected
    if expected is not None:
        period = mh.Period.fromisoformat(f"{text}/..")
        assert period == mh.Period(start=expected)
        assert type(period) is mh.Period
        assert type(period.start) is mh.PartialDate
