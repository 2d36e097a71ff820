from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as hs

import migrationhealth as mh


class TestSeedPhrases:
    """Every number phrase in the seed reports."""

    @pytest.mark.parametrize(
        ("phrase", "value", "qualifier", "unit"),
        [
            ("almost half a million", 500_000, mh.Qualifier.ALMOST, None),
            ("an average of 400,000 people", 400_000, mh.Qualifier.AVERAGE, "people"),
            ("more than two decades", 2, mh.Qualifier.MORE_THAN, "decades"),
            ("8.7 million services", 8_700_000, mh.Qualifier.EXACT, "services"),
            ("12 million Mexican migrants", 12_000_000, mh.Qualifier.EXACT, "Mexican migrants"),
            ("four million Mexican-Americans", 4_000_000, mh.Qualifier.EXACT, "Mexican-Americans"),
            ("the hundreds", 100, mh.Qualifier.SEVERAL, None),
            (
                "1,200 additional Cuban doctors",
                1200,
                mh.Qualifier.EXACT,
                "additional Cuban doctors",
            ),
            ("564 students", 564, mh.Qualifier.EXACT, "students"),
            ("800 applicants", 800, mh.Qualifier.EXACT, "applicants"),
            ("546 people", 546, mh.Qualifier.EXACT, "people"),
            ("10 participants", 10, mh.Qualifier.EXACT, "participants"),
            ("314 health sector officials", 314, mh.Qualifier.EXACT, "health sector officials"),
            ("10 workshops", 10, mh.Qualifier.EXACT, "workshops"),
            ("175 member states", 175, mh.Qualifier.EXACT, "member states"),
            ("50 people", 50, mh.Qualifier.EXACT, "people"),
            ("three thematic focuses", 3, mh.Qualifier.EXACT, "thematic focuses"),
            ("22nd", 22, mh.Qualifier.EXACT, None),
            ("second", 2, mh.Qualifier.EXACT, None),
            ("768", 768, mh.Qualifier.EXACT, None),
            ("3.5", Decimal("3.5"), mh.Qualifier.EXACT, None),
        ],
    )
    def test_phrase(
        self, phrase: str, value: int | Decimal, qualifier: mh.Qualifier, unit: str | None
    ) -> None:
        quantity = mh.parse_quantity(phrase, unit=unit or "things")
        assert quantity.value == value
        assert type(quantity.value) is type(value)
        assert quantity.qualifier is qualifier
        assert quantity.unit == (unit or "things")

    def test_rate_per_thousand(self) -> None:
        q = mh.parse_quantity("2.4 doctors per 1,000 inhabitants")
        assert q.value == Decimal("2.4")
        assert q.per == mh.Per(amount=1000, unit="inhabitants")

    def test_average_per_week(self) -> None:
        q = mh.parse_quantity("an average of 400,000 people per week")
        assert q.qualifier is mh.Qualifier.AVERAGE
        assert q.per == mh.Per(amount=1, unit="week")


class TestRefusals:
    @pytest.mark.parametrize("phrase", ["many people", "", "the next days", "since 1951"])
    def test_no_number(self, phrase: str) -> None:
        with pytest.raises(mh.QuantityParseError):
            mh.parse_quantity(phrase, unit="people")

    def test_no_unit(self) -> None:
        with pytest.raises(mh.QuantityParseError, match="no unit"):
            mh.parse_quantity("564")

    def test_contradicting_unit(self) -> None:
        with pytest.raises(mh.QuantityParseError, match="differs"):
            mh.parse_quantity("564 students", unit="people")

    def test_parse_number_refuses_trailing_words(self) -> None:
        with pytest.raises(mh.QuantityParseError, match="unexpected words"):
            mh.parse_number("564 students")


@given(hs.integers(0, 10**12))
def test_digits_with_separators_read_back(n: int) -> None:
    assert mh.parse_number(f"{n:,}", language="en") == (n, mh.Qualifier.EXACT)


@given(hs.integers(0, 10**12))
def test_words_read_back(n: int) -> None:
    assert mh.parse_number(mh.number_words(n)) == (n, mh.Qualifier.EXACT)


def test_number_words() -> None:
    assert mh.number_words(4_000_000) == "four million"
    assert mh.number_words(22) == "twenty-two"
