from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as hs

import migrationhealth as mh

from . import strategies as st


class TestSeedPhrases:
    """Every date phrase in the seed reports, read at the precision it was written."""

    @pytest.mark.parametrize(
        ("phrase", "expected"),
        [
            ("between August 18 and November 14, 2025", "2025-08-18/2025-11-14"),
            ("between January 2021 and August 2022", "2021-01/2022-08"),
            ("between 17 April and 30 May", "--04-17/--05-30"),
            ("from July to November 2019", "2019-07/2019-11"),
            ("July to November 2019", "2019-07/2019-11"),
            ("since 1951", "1951/.."),
            ("May 2024", "2024-05/2024-05"),
            ("June 2019", "2019-06/2019-06"),
        ],
    )
    def test_periods(self, phrase: str, expected: str) -> None:
        assert mh.parse_period(phrase).isoformat() == expected

    @pytest.mark.parametrize(
        ("phrase", "expected"),
        [
            ("27 June, 2019", "2019-06-27"),
            ("Monday, 20 May 2024", "2024-05-20"),
            ("November 14, 2025", "2025-11-14"),
            ("17 April", "--04-17"),
            ("2019", "2019"),
            ("November 2019", "2019-11"),
        ],
    )
    def test_dates(self, phrase: str, expected: str) -> None:
        assert mh.parse_date(phrase).isoformat() == expected

    @pytest.mark.parametrize(
        "phrase", ["last Friday", "the next days", "in past years", "more than two decades"]
    )
    def test_relative_and_vague_phrases_are_refused(self, phrase: str) -> None:
        with pytest.raises(mh.DateParseError, match=repr(phrase)):
            mh.parse_period(phrase)


class TestNothingIsInvented:
    def test_unknown_year_stays_unknown(self) -> None:
        period = mh.parse_period("between 17 April and 30 May")
        assert period.start is not None
        assert period.start.year is None

    def test_shared_trailing_year_and_month(self) -> None:
        assert mh.parse_period("18 to 25 May 2024").isoformat() == "2024-05-18/2024-05-25"

    def test_shared_year_that_would_reverse_the_period_is_refused(self) -> None:
        with pytest.raises(mh.DateParseError, match="write both years"):
            mh.parse_period("December to February 2020")

    def test_weekday_must_match_the_date(self) -> None:
        with pytest.raises(mh.DateParseError, match="is a Monday"):
            mh.parse_date("Sunday, 20 May 2024")

    def test_weekday_alone_is_refused(self) -> None:
        with pytest.raises(mh.DateParseError, match="weekday"):
            mh.parse_date("Monday")

    @pytest.mark.parametrize("phrase", ["05/04/2019", "5.4.2019"])
    def test_ambiguous_numeric_dates_are_refused(self, phrase: str) -> None:
        with pytest.raises(mh.DateParseError, match="ambiguous"):
            mh.parse_date(phrase)

    def test_time_of_day_is_refused(self) -> None:
        with pytest.raises(mh.DateParseError, match="time of day"):
            mh.parse_date("2024-05-20T10:00")

    def test_impossible_date_is_refused(self) -> None:
        with pytest.raises(mh.DateParseError, match="30 February"):
            mh.parse_date("30 February")

    def test_a_bare_day_is_refused(self) -> None:
        with pytest.raises(mh.DateParseError, match="needs a year or a month"):
            mh.parse_date("18")

    def test_error_is_a_value_error(self) -> None:
        with pytest.raises(ValueError, match="cannot read"):
            mh.parse_date("")


@given(st.partial_dates().filter(lambda d: d.year is not None and d.year >= 1000))
def test_parse_date_reads_back_what_isoformat_writes(date: mh.PartialDate) -> None:
    # dateutil reads years below 1000 as two- or three-digit years, so those are
    # written and read with PartialDate.fromisoformat instead.
    assert mh.parse_date(date.isoformat()) == date
    assert mh.parse_period(date.isoformat()) == mh.Period.single(date)


@given(st.periods())
def test_parse_period_reads_back_what_isoformat_writes(period: mh.Period) -> None:
    assert mh.parse_period(period.isoformat()) == period


@given(
    hs.dates(min_value=dt.date(1000, 1, 1)),
    hs.sampled_from(["%d %B %Y", "%B %d, %Y", "%A, %d %B %Y", "%B %Y", "%Y"]),
)
def test_english_phrases_keep_their_precision(date: dt.date, fmt: str) -> None:
    parsed = mh.parse_date(date.strftime(fmt))
    assert parsed.year == date.year
    assert parsed.month == (date.month if "%B" in fmt else None)
    assert parsed.day == (date.day if "%d" in fmt else None)
