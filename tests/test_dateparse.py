from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as hs

import migrationhealth as mh
from migrationhealth.languages import LANGUAGES

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


# --- Four languages -----------------------------------------------------------------------


class TestLanguages:
    @pytest.mark.parametrize(
        ("language", "phrase", "expected"),
        [
            ("es", "13 de octubre", "--10-13"),
            ("es", "15 de abril de 2025", "2025-04-15"),
            ("es", "octubre de 2006", "2006-10"),
            ("es", "viernes 13 de octubre", "--10-13"),
            ("es", "el 9 de octubre", "--10-09"),
            ("es", "2 de octubre de 2019", "2019-10-02"),
            ("es", "Diciembre 18, 2023", "2023-12-18"),
            ("es", "1.º de mayo de 2020", "2020-05-01"),
            ("es", "05/04/2019", "2019-04-05"),
            ("pt", "3 de junho de 2014", "2014-06-03"),
            ("pt", "dezembro de 2019", "2019-12"),
            ("pt", "18 de dezembro", "--12-18"),
            ("fr", "1er mai 2016", "2016-05-01"),
            ("fr", "le 9 juillet 2015", "2015-07-09"),
            ("fr", "lundi 20 mai 2024", "2024-05-20"),
            ("en", "the 13th of October", "--10-13"),
            ("en", "Monday, 20 May 2024", "2024-05-20"),
        ],
    )
    def test_dates(self, language: str, phrase: str, expected: str) -> None:
        assert mh.parse_date(phrase, language=language).isoformat() == expected

    @pytest.mark.parametrize(
        ("language", "phrase", "expected"),
        [
            ("en", "October 9–13, 2006", "2006-10-09/2006-10-13"),
            ("en", "9-13 October 2006", "2006-10-09/2006-10-13"),
            ("en", "9–13 October 2006", "2006-10-09/2006-10-13"),
            ("en", "on 3 and 4 May", "--05-03/--05-04"),
            ("en", "between December 2018 and April 2019", "2018-12/2019-04"),
            ("en", "since its inception in 2001", "2001/.."),
            ("en", "from 2013 to 2018", "2013/2018"),
            ("es", "del 7 al 15 de octubre del 2006", "2006-10-07/2006-10-15"),
            ("es", "entre enero de 2024 y febrero de 2025", "2024-01/2025-02"),
            ("es", "desde el 1 de septiembre de 2022 a junio de 2023", "2022-09-01/2023-06"),
            ("es", "2013 a 2018", "2013/2018"),
            ("es", "2018-2019", "2018/2019"),
            ("es", "Del 20 de marzo hasta el 9 de abril", "--03-20/--04-09"),
            ("es", "a partir de mayo de 2024", "2024-05/.."),
            ("es", "desde su creación en 2001", "2001/.."),
            ("es", "durante 2019", "2019/2019"),
            ("pt", "de julho a novembro de 2019", "2019-07/2019-11"),
            ("pt", "de 19 a 24 de maio de 2014", "2014-05-19/2014-05-24"),
            ("pt", "entre outubro e dezembro de 2023", "2023-10/2023-12"),
            ("pt", "desde 2021", "2021/.."),
            ("fr", "du 3 au 9 mai 2016", "2016-05-03/2016-05-09"),
            ("fr", "du 10 au 14 septembre 2018", "2018-09-10/2018-09-14"),
            ("fr", "du 12 au 15 septembre", "--09-12/--09-15"),
            ("fr", "depuis 1951", "1951/.."),
        ],
    )
    def test_periods(self, language: str, phrase: str, expected: str) -> None:
        assert mh.parse_period(phrase, language=language).isoformat() == expected

    def test_a_phrase_that_reads_one_way_in_every_language_needs_none(self) -> None:
        assert mh.parse_period("del 7 al 15 de octubre del 2006").isoformat() == (
            "2006-10-07/2006-10-15"
        )
        assert mh.parse_period("2013 a 2018").isoformat() == "2013/2018"

    def test_the_old_misreadings_are_gone(self) -> None:
        # Once "bad month number 13" and dateutil's "hour must be in 0..23".
        assert mh.parse_period("October 9–13, 2006").isoformat() == "2006-10-09/2006-10-13"
        with pytest.raises(mh.DateParseError) as caught:
            mh.parse_date("2013 a 2018")
        assert "hour" not in str(caught.value)

    def test_a_day_is_never_read_as_a_year(self) -> None:
        with pytest.raises(mh.DateParseError, match="a year is written with four digits"):
            mh.parse_date("13 October 13")
        with pytest.raises(mh.DateParseError, match="neither a day nor a four-digit year"):
            mh.parse_date("October 206")

    def test_a_wrong_weekday_names_both(self) -> None:
        with pytest.raises(mh.DateParseError, match="is a Friday, not a Thursday"):
            mh.parse_date("jueves 13 de octubre de 2006", language="es")
        assert mh.parse_date("viernes 13 de octubre de 2006", language="es").day == 13

    def test_days_that_are_not_consecutive_are_not_one_period(self) -> None:
        with pytest.raises(mh.DateParseError, match="not consecutive"):
            mh.parse_period("on 3 and 5 May")

    def test_numeric_dates_are_day_first_outside_english(self) -> None:
        assert mh.parse_date("05/04/2019", language="fr").isoformat() == "2019-04-05"
        with pytest.raises(mh.DateParseError, match="ambiguous"):
            mh.parse_date("05/04/2019", language="en")

    def test_a_refusal_in_one_language_is_a_refusal_without_one(self) -> None:
        with pytest.raises(mh.DateParseError, match="pass the language"):
            mh.parse_date("05/04/2019")


ANCHOR = dt.date(2025, 4, 15)


class TestAnchoredPhrases:
    @pytest.mark.parametrize(
        ("language", "phrase", "expected", "how"),
        [
            ("en", "late March", "2025-03-21/2025-03-31", "'late' read as days 21 to 31"),
            ("es", "a finales de marzo", "2025-03-21/2025-03-31", "taken from the anchor"),
            ("es", "a principios de marzo", "2025-03-01/2025-03-10", "'early'"),
            ("es", "a mediados de febrero", "2025-02-11/2025-02-20", "'mid'"),
            ("pt", "no final de março", "2025-03-21/2025-03-31", "'late'"),
            ("fr", "fin mars", "2025-03-21/2025-03-31", "'late'"),
            ("en", "mid-March", "2025-03-11/2025-03-20", "'mid'"),
            ("es", "a partir de mayo", "2025-05/..", "the year 2025 taken from the anchor"),
            ("en", "the third week of October", "2025-10-15/2025-10-21", "week 3"),
            ("es", "la tercera semana de octubre", "2025-10-15/2025-10-21", "week 3"),
            ("pt", "na segunda semana de novembro", "2025-11-08/2025-11-14", "week 2"),
            ("en", "last Friday", "2025-04-11/2025-04-11", "the latest Friday before"),
            ("es", "el viernes pasado", "2025-04-11/2025-04-11", "the latest Friday"),
            ("fr", "vendredi dernier", "2025-04-11/2025-04-11", "the latest Friday"),
            ("en", "next Monday", "2025-04-21/2025-04-21", "the first Monday after"),
            ("es", "el próximo 13 de octubre", "2025-10-13/2025-10-13", "on or after"),
            ("es", "el próximo 13 de febrero", "2026-02-13/2026-02-13", "on or after"),
            ("es", "durante el año pasado", "2024/2024", "the year 2024"),
            ("en", "last year", "2024/2024", "the year 2024"),
            ("fr", "l'année dernière", "2024/2024", "the year 2024"),
            ("pt", "no ano passado", "2024/2024", "the year 2024"),
            ("es", "el mes pasado", "2025-03/2025-03", "the month 2025-03"),
            ("es", "hace un año", "2024/2024", "the year 2024, 1 before the anchor"),
            ("fr", "il y a un an", "2024/2024", "the year 2024"),
            ("pt", "há cinco anos", "2020/2020", "the year 2020, 5 before"),
            ("en", "two years ago", "2023/2023", "the year 2023"),
            ("es", "hace 3 meses", "2025-01/2025-01", "the month 2025-01"),
            ("fr", "il y a trois mois", "2025-01/2025-01", "the month 2025-01"),
            ("es", "hace 10 días", "2025-04-05/2025-04-05", "the day 2025-04-05"),
            ("en", "a week ago", "2025-04-07/2025-04-13", "the week (Monday to Sunday)"),
            ("es", "hace unos días", "2025-04-08/2025-04-14", "a few days before"),
            ("fr", "il y a quelques jours", "2025-04-08/2025-04-14", "a few days before"),
            ("pt", "nesta sexta-feira", "2025-04-18/2025-04-18", "the Friday of the week"),
            ("pt", "nesta segunda-feira", "2025-04-14/2025-04-14", "the Monday of the week"),
            ("es", "este viernes", "2025-04-18/2025-04-18", "the Friday of the week"),
            ("en", "this Tuesday", "2025-04-15/2025-04-15", "the Tuesday of the week"),
            ("fr", "ce lundi", "2025-04-14/2025-04-14", "the Monday of the week"),
            ("es", "este mes", "2025-04/2025-04", "the month 2025-04"),
            ("en", "this year", "2025/2025", "the year 2025"),
            ("en", "in the summer", "2025-06/2025-08", "northern hemisphere"),
            ("en", "last summer", "2024-06/2024-08", "the summer of 2024"),
            ("en", "last spring", "2024-03/2024-05", "the spring of 2024"),
            ("fr", "l'été dernier", "2024-06/2024-08", "the summer of 2024"),
        ],
    )
    def test_read_against_the_anchor(
        self, language: str, phrase: str, expected: str, how: str
    ) -> None:
        reading = mh.read_period(phrase, language=language, anchor=ANCHOR)
        assert reading.period.isoformat() == expected
        assert reading.inferred is not None
        assert how in reading.inferred
        assert mh.parse_period(phrase, language=language, anchor=ANCHOR) == reading.period

    @pytest.mark.parametrize(
        "phrase",
        [
            "a finales de marzo",
            "el viernes pasado",
            "el próximo 13 de octubre",
            "el año pasado",
            "hace un año",
            "hace unos días",
            "este viernes",
        ],
    )
    def test_refused_without_an_anchor(self, phrase: str) -> None:
        with pytest.raises(mh.DateParseError, match="pass anchor="):
            mh.parse_period(phrase, language="es")

    def test_a_stated_period_is_not_inferred(self) -> None:
        assert mh.read_period("15 de abril de 2025", language="es").inferred is None

    def test_a_vague_phrase_with_its_year_needs_no_anchor(self) -> None:
        reading = mh.read_period("late March 2020")
        assert reading.period.isoformat() == "2020-03-21/2020-03-31"
        assert reading.inferred is not None
        assert "anchor" not in reading.inferred

    def test_a_few_days_before_an_anchor_month_is_that_month_or_the_one_before(self) -> None:
        reading = mh.read_period(
            "hace unos días", language="es", anchor=mh.PartialDate(year=2023, month=10)
        )
        assert reading.period.isoformat() == "2023-09/2023-10"

    @pytest.mark.parametrize(
        ("language", "phrase"), [("en", "a few years ago"), ("es", "hace unos meses")]
    )
    def test_a_few_months_or_years_back_is_too_vague(self, language: str, phrase: str) -> None:
        with pytest.raises(mh.DateParseError, match="too vague"):
            mh.read_period(phrase, language=language, anchor=ANCHOR)

    def test_a_day_back_needs_an_anchor_day(self) -> None:
        with pytest.raises(mh.DateParseError, match="full date"):
            mh.read_period("hace 10 días", language="es", anchor=mh.PartialDate(year=2025, month=4))

    def test_the_anchor_may_be_a_partial_date(self) -> None:
        anchor = mh.PartialDate(year=2025)
        assert mh.parse_period("last year", anchor=anchor).isoformat() == "2024/2024"
        with pytest.raises(mh.DateParseError, match="full date"):
            mh.parse_period("last Friday", anchor=anchor)


@given(
    hs.dates(min_value=dt.date(1000, 1, 1)),
    hs.sampled_from(["es", "pt", "fr"]),
    hs.sampled_from(["day", "month"]),
)
def test_each_language_reads_its_own_month_names(date: dt.date, code: str, precision: str) -> None:
    # The first name each table gives a month is its full name.
    month = next(name for name, n in LANGUAGES[code].months.items() if n == date.month)
    joiner = " de " if code in ("es", "pt") else " "
    if precision == "day":
        phrase = f"{date.day}{joiner}{month}{joiner}{date.year}"
        assert mh.parse_date(phrase, language=code) == mh.PartialDate.from_date(date)
    else:
        phrase = f"{month}{joiner}{date.year}"
        assert mh.parse_date(phrase, language=code) == mh.PartialDate(
            year=date.year, month=date.month
        )


@pytest.mark.parametrize(
    ("language", "phrase", "period"),
    [
        ("pt", "nos dias 12 e 13 de dezembro de 2019", "2019-12-12/2019-12-13"),
        ("pt", "até o dia 9 de agosto de 2021", "../2021-08-09"),
        ("es", "hasta el día 9 de agosto de 2021", "../2021-08-09"),
        ("es", "(2015-2019)", "2015/2019"),
        ("en", "(May 2020)", "2020-05/2020-05"),
    ],
)
def test_periods_of_held_out_reports(language: str, phrase: str, period: str) -> None:
    assert str(mh.parse_period(phrase, language=language)) == period


class TestCoordinatedMonths:
    """Months that follow each other, joined by "and", share the year written once."""

    @pytest.mark.parametrize(
        ("phrase", "language", "expected"),
        [
            ("June and July 2021", "en", "2021-06/2021-07"),
            ("in June and July 2021", "en", "2021-06/2021-07"),
            ("August, September, and October of 2021", "en", "2021-08/2021-10"),
            ("junio y julio de 2021", "es", "2021-06/2021-07"),
            ("en junio y julio de 2021", "es", "2021-06/2021-07"),
            ("junho e julho de 2021", "pt", "2021-06/2021-07"),
            ("em junho e julho de 2021", "pt", "2021-06/2021-07"),
            ("juin et juillet 2021", "fr", "2021-06/2021-07"),
            ("en juin et juillet 2021", "fr", "2021-06/2021-07"),
            ("June and July", "en", "--06/--07"),
        ],
    )
    def test_read_as_one_period(self, phrase: str, language: str, expected: str) -> None:
        reading = mh.read_period(phrase, language=language)
        assert (reading.period.isoformat(), reading.inferred) == (expected, None)

    @pytest.mark.parametrize(
        ("phrase", "language"),
        [
            ("March and July 2021", "en"),
            ("marzo y julio de 2021", "es"),
            ("mars et mai 2021", "fr"),
        ],
    )
    def test_months_apart_are_refused(self, phrase: str, language: str) -> None:
        with pytest.raises(mh.DateParseError, match="do not follow each other"):
            mh.parse_period(phrase, language=language)

    @pytest.mark.parametrize(
        ("phrase", "language", "expected"),
        [
            ("5 y 6 de mayo de 2021", "es", "2021-05-05/2021-05-06"),
            ("5 and 6 May 2021", "en", "2021-05-05/2021-05-06"),
            ("26, 27 y 28 de noviembre", "es", "--11-26/--11-28"),
            ("les 9 et 10 octobre", "fr", "--10-09/--10-10"),
            ("nos dias 18 e 19 de agosto", "pt", "--08-18/--08-19"),
        ],
    )
    def test_days_sharing_a_month(self, phrase: str, language: str, expected: str) -> None:
        assert mh.parse_period(phrase, language=language).isoformat() == expected


def _month_names(code: str) -> dict[int, str]:
    """Each month's full name in the language (its longest spelling)."""
    months = LANGUAGES[code].months
    return {n: max((w for w, m in months.items() if m == n), key=len) for n in range(1, 13)}


@given(
    hs.integers(1, 11),
    hs.integers(1, 3),
    hs.integers(1900, 2100),
    hs.sampled_from(sorted(LANGUAGES)),
)
def test_consecutive_months_joined_by_and_read_to_their_span(
    first: int, more: int, year: int, code: str
) -> None:
    language = LANGUAGES[code]
    months = list(range(first, min(first + more, 12) + 1))
    written = [_month_names(code)[m] for m in months]
    joined = ", ".join(written[:-1]) + f" {language.list_and[0]} {written[-1]}"
    filler = {"es": " de", "pt": " de"}.get(code, "")
    period = mh.parse_period(f"{joined}{filler} {year}", language=code)
    assert period == mh.Period(
        start=mh.PartialDate(year=year, month=months[0]),
        end=mh.PartialDate(year=year, month=months[-1]),
    )


@given(
    hs.integers(1, 12),
    hs.integers(1, 12),
    hs.integers(1900, 2100),
    hs.sampled_from(sorted(LANGUAGES)),
)
def test_months_that_do_not_follow_each_other_are_never_one_period(
    first: int, second: int, year: int, code: str
) -> None:
    language = LANGUAGES[code]
    names = _month_names(code)
    if second == first + 1:
        return
    phrase = f"{names[first]} {language.list_and[0]} {names[second]} {year}"
    with pytest.raises(mh.DateParseError):
        mh.parse_period(phrase, language=code)


class TestDayAndMonthInFigures:
    """ "29/05", "quinta-feira, 31/10": a day and a month, day first, without a year."""

    @pytest.mark.parametrize(
        ("phrase", "language", "expected"),
        [
            ("29/05", "es", "--05-29"),
            ("(29/05)", "es", "--05-29"),
            ("quinta-feira, 31/10", "pt", "--10-31"),
            ("segunda-feira, 4/11", "pt", "--11-04"),
            ("terça-feira, 28/2", "pt", "--02-28"),
            ("17/09", "fr", "--09-17"),
            ("jeudi 17/09", "fr", "--09-17"),
        ],
    )
    def test_read_day_first(self, phrase: str, language: str, expected: str) -> None:
        period = mh.parse_period(phrase, language=language)
        assert period.start == period.end
        assert str(period.start) == expected

    def test_english_writes_both_orders_and_is_refused(self) -> None:
        with pytest.raises(mh.DateParseError, match="not read in English"):
            mh.parse_date("29/05", language="en")

    @pytest.mark.parametrize(
        ("phrase", "match"),
        [("1/13", "between 1 and 12"), ("31/02", "31 February is not a date"), ("0/5", "0 May")],
    )
    def test_impossible_dates_are_refused_naming_what(self, phrase: str, match: str) -> None:
        with pytest.raises(mh.DateParseError, match=match):
            mh.parse_date(phrase, language="es")

    def test_an_iso_period_is_still_read(self) -> None:
        assert mh.parse_period("2019/2020").isoformat() == "2019/2020"


@given(hs.dates(dt.date(2000, 1, 1), dt.date(2000, 12, 31)), hs.sampled_from(["es", "pt", "fr"]))
def test_day_and_month_in_figures_read_back(date: dt.date, code: str) -> None:
    phrase = f"{date.day}/{date.month:02d}" if date.day % 2 else f"{date.day:02d}/{date.month}"
    read = mh.parse_date(phrase, language=code)
    assert (read.year, read.month, read.day) == (None, date.month, date.day)


class TestDayRangeInFigures:
    """ "14-17/11", "du 14 au 17/11": days of a month in figures, day first, no year."""

    @pytest.mark.parametrize(
        ("phrase", "language", "expected"),
        [
            ("14-17/11", "fr", "--11-14/--11-17"),
            ("14-17/11", "es", "--11-14/--11-17"),
            ("14-17/11", "pt", "--11-14/--11-17"),
            ("14–17/11", "fr", "--11-14/--11-17"),
            ("14 - 17/11", "fr", "--11-14/--11-17"),
            ("14-14/11", "fr", "--11-14/--11-14"),
            ("du 14 au 17/11", "fr", "--11-14/--11-17"),
            ("del 14 al 17/11", "es", "--11-14/--11-17"),
            ("de 14 a 17/11", "pt", "--11-14/--11-17"),
            ("14-17/11/2017", "fr", "2017-11-14/2017-11-17"),
        ],
    )
    def test_read_day_first(self, phrase: str, language: str, expected: str) -> None:
        assert mh.parse_period(phrase, language=language).isoformat() == expected

    @pytest.mark.parametrize("language", ["en", None])
    def test_english_writes_both_orders_and_is_refused(self, language: str | None) -> None:
        with pytest.raises(mh.DateParseError, match="not read in English"):
            mh.parse_period("14-17/11", language=language)

    @pytest.mark.parametrize(
        ("phrase", "match"),
        [
            ("17-14/11", "the days 17 to 14 of one month run backwards"),
            ("du 17 au 14 novembre", "run backwards"),
            ("17–14/11", "run backwards"),
            ("14-31/02", "31 February is not a date"),
            ("14-17/13", "between 1 and 12"),
            ("14-17/11/17", "two-digit year"),
            # A day and month joined by a dot are not read ("14.11" may be a number).
            ("14-17.11", "not part of a date"),
        ],
    )
    def test_refused(self, phrase: str, match: str) -> None:
        with pytest.raises(mh.DateParseError, match=match):
            mh.parse_period(phrase, language="fr")

    def test_a_day_range_run_backwards_is_refused_in_english_too(self) -> None:
        with pytest.raises(mh.DateParseError, match="run backwards"):
            mh.parse_period("October 13–9", language="en")

    def test_iso_periods_are_still_read(self) -> None:
        assert mh.parse_period("--11-14/--11-17").isoformat() == "--11-14/--11-17"
        assert mh.parse_period("2019-11/2020-02").isoformat() == "2019-11/2020-02"


@given(
    hs.integers(1, 12),
    hs.data(),
    hs.sampled_from(["es", "pt", "fr"]),
    hs.sampled_from(["-", "–", " - "]),
)
def test_a_day_range_in_figures_reads_to_its_days(
    month: int, data: hs.DataObject, code: str, dash: str
) -> None:
    days = calendar.monthrange(2000, month)[1]  # a leap year: --02-29 is a date
    first = data.draw(hs.integers(1, days))
    last = data.draw(hs.integers(first, days))
    width = data.draw(hs.sampled_from(["{}", "{:02d}"]))
    phrase = f"{width.format(first)}{dash}{width.format(last)}/{width.format(month)}"
    assert mh.parse_period(phrase, language=code) == mh.Period(
        start=mh.PartialDate(month=month, day=first), end=mh.PartialDate(month=month, day=last)
    )
    if first != last:
        with pytest.raises(mh.DateParseError, match="run backwards"):
            mh.parse_period(f"{last}{dash}{first}/{month}", language=code)
    with pytest.raises(mh.DateParseError, match="not read in English"):
        mh.parse_period(phrase, language="en")


class TestWordForDay:
    """ "el día 8 de octubre", "no dia 08/10": the word for "day" before the day."""

    @pytest.mark.parametrize(
        ("phrase", "language", "expected"),
        [
            ("no dia 8 de outubro", "pt", "--10-08/--10-08"),
            ("no dia 08/10", "pt", "--10-08/--10-08"),
            ("dia 8 de outubro de 2019", "pt", "2019-10-08/2019-10-08"),
            ("el día 8 de octubre", "es", "--10-08/--10-08"),
            ("El dia 8 de octubre", "es", "--10-08/--10-08"),
            ("el lunes, día 7 de octubre de 2019", "es", "2019-10-07/2019-10-07"),
            ("del día 8 al 10 de octubre", "es", "--10-08/--10-10"),
        ],
    )
    def test_read(self, phrase: str, language: str, expected: str) -> None:
        assert mh.parse_period(phrase, language=language).isoformat() == expected

    @pytest.mark.parametrize(
        ("phrase", "language", "match"),
        [
            ("el día 8", "es", "a day alone is not a date"),
            ("no dia 8", "pt", "a day alone is not a date"),
            ("el día", "es", "'día' is not part of a date"),
            ("día de octubre", "es", "'día' is not part of a date"),
            ("el martes, día 7 de octubre de 2019", "es", "is a Monday, not a Tuesday"),
        ],
    )
    def test_refused(self, phrase: str, language: str, match: str) -> None:
        with pytest.raises(mh.DateParseError, match=match):
            mh.parse_period(phrase, language=language)


class TestDemonstrativeBeforeAWeekdayAndItsDate:
    """ "Este lunes 26 de agosto": the date written, the weekday checked against it."""

    @pytest.mark.parametrize(
        ("phrase", "language", "expected"),
        [
            ("Este lunes 26 de agosto", "es", "--08-26"),
            ("este martes 3 de marzo de 2020", "es", "2020-03-03"),
            ("ce lundi 26 août", "fr", "--08-26"),
            ("ce lundi 26 août 2019", "fr", "2019-08-26"),
            ("nesta segunda-feira, 26 de agosto", "pt", "--08-26"),
            ("nesta segunda-feira, 26 de agosto de 2019", "pt", "2019-08-26"),
            ("this Monday, 26 August", "en", "--08-26"),
            ("this Monday, 26 August 2019", None, "2019-08-26"),
        ],
    )
    def test_read_as_the_date(self, phrase: str, language: str | None, expected: str) -> None:
        assert mh.parse_date(phrase, language=language).isoformat() == expected
        reading = mh.read_period(phrase, language=language, anchor=ANCHOR)
        assert (str(reading.period.start), reading.inferred) == (expected, None)

    @pytest.mark.parametrize(
        ("phrase", "language", "match"),
        [
            ("este lunes 3 de marzo de 2020", "es", "2020-03-03 is a Tuesday, not a Monday"),
            ("ce mardi 26 août 2019", "fr", "is a Monday, not a Tuesday"),
            ("nesta terça-feira, 26 de agosto de 2019", "pt", "is a Monday, not a Tuesday"),
            ("this Tuesday, 26 August 2019", "en", "is a Monday, not a Tuesday"),
            ("este lunes", "es", "pass anchor="),
            ("ce lundi", "fr", "pass anchor="),
            ("este lunes 26", "es", "a day alone is not a date"),
            ("este 26 de agosto", "es", "'este' is not part of a date"),
            ("this 26 August", "en", "'this' is not part of a date"),
        ],
    )
    def test_refused(self, phrase: str, language: str, match: str) -> None:
        with pytest.raises(mh.DateParseError, match=match):
            mh.parse_period(phrase, language=language)


_DEMONSTRATIVE_DATES = {
    "en": "this {weekday}, {day} {month} {year}",
    "es": "este {weekday} {day} de {month} de {year}",
    "pt": "nesta {weekday}, {day} de {month} de {year}",
    "fr": "ce {weekday} {day} {month} {year}",
}


@given(
    hs.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31)),
    hs.integers(0, 6),
    hs.sampled_from(sorted(_DEMONSTRATIVE_DATES)),
)
def test_a_demonstrative_weekday_is_checked_against_its_date(
    date: dt.date, weekday: int, code: str
) -> None:
    language = LANGUAGES[code]
    name = next(w for w, n in language.weekdays.items() if n == weekday)
    phrase = _DEMONSTRATIVE_DATES[code].format(
        weekday=name, day=date.day, month=_month_names(code)[date.month], year=date.year
    )
    if weekday == date.weekday():
        assert mh.parse_date(phrase, language=code) == mh.PartialDate.from_date(date)
    else:
        with pytest.raises(mh.DateParseError, match="not a"):
            mh.parse_date(phrase, language=code)
