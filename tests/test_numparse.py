from __future__ import annotations

import re
from decimal import Decimal

import babel.numbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs
from num2words import num2words

import migrationhealth as mh
from migrationhealth.languages import LANGUAGES


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


# --- Four languages -----------------------------------------------------------------------

EXACT = mh.Qualifier.EXACT
APPROXIMATE = mh.Qualifier.APPROXIMATE


class TestLanguages:
    """The forms the issue lists, read in their language, with the unit as written."""

    @pytest.mark.parametrize(
        ("language", "phrase", "value", "qualifier", "unit"),
        [
            # Digits grouped by commas, dots, spaces and no-break spaces; decimal marks.
            ("en", "1,017,450 people", 1_017_450, EXACT, "people"),
            ("es", "1.017.450 personas", 1_017_450, EXACT, "personas"),
            ("fr", "12 500 personnes", 12_500, EXACT, "personnes"),
            ("fr", "12\u00a0500 personnes", 12_500, EXACT, "personnes"),
            ("fr", "12\u202f500 personnes", 12_500, EXACT, "personnes"),
            ("es", "3.000 personas", 3000, EXACT, "personas"),
            ("es", "5.4 millones de servicios", 5_400_000, EXACT, "servicios"),
            ("es", "1,5 millones de personas", 1_500_000, EXACT, "personas"),
            # Scale words mixed with digits.
            ("es", "12 mil consultas", 12_000, EXACT, "consultas"),
            ("es", "7 mil 45 consultas", 7045, EXACT, "consultas"),
            ("es", "38 mil 215 consultas", 38_215, EXACT, "consultas"),
            ("es", "mil 350 personas", 1350, EXACT, "personas"),
            ("en", "8.7 million services", 8_700_000, EXACT, "services"),
            ("en", "half a million people", 500_000, EXACT, "people"),
            ("es", "medio millón de personas", 500_000, EXACT, "personas"),
            ("es", "un millón y medio de consultas", 1_500_000, EXACT, "consultas"),
            ("pt", "1,2 milhão de atendimentos", 1_200_000, EXACT, "atendimentos"),
            ("pt", "mil e quinhentos profissionais", 1500, EXACT, "profissionais"),
            ("pt", "135 mil colaboradores", 135_000, EXACT, "colaboradores"),
            ("fr", "2,5 millions de personnes", 2_500_000, EXACT, "personnes"),
            ("es", "mil millones de dólares", 10**9, EXACT, "dólares"),
            # Number words, read with text2num.
            ("es", "nueve entidades", 9, EXACT, "entidades"),
            ("es", "una farmacia", 1, EXACT, "farmacia"),
            ("es", "veintiún médicos", 21, EXACT, "médicos"),
            ("es", "doscientos albergues", 200, EXACT, "albergues"),
            ("pt", "dois municípios", 2, EXACT, "municípios"),
            ("pt", "duas oficinas", 2, EXACT, "oficinas"),
            ("fr", "quatre-vingts médecins", 80, EXACT, "médecins"),
            ("fr", "soixante-dix pays", 70, EXACT, "pays"),
            ("fr", "vingt et un jours", 21, EXACT, "jours"),
            # Ordinals.
            (
                "en",
                "Sixth Annual Binational Health Week",
                6,
                EXACT,
                "Annual Binational Health Week",
            ),
            ("en", "22nd Binational Health Week", 22, EXACT, "Binational Health Week"),
            ("es", "6ª Semana Binacional de Salud", 6, EXACT, "Semana Binacional de Salud"),
            ("es", "sexta Semana", 6, EXACT, "Semana"),
            ("es", "segundo año", 2, EXACT, "año"),
            ("pt", "segunda semana", 2, EXACT, "semana"),
            ("fr", "deuxième édition", 2, EXACT, "édition"),
            ("fr", "2e édition", 2, EXACT, "édition"),
            ("fr", "66ème session", 66, EXACT, "session"),
            ("pt", "67ª Assembleia Mundial da Saúde", 67, EXACT, "Assembleia Mundial da Saúde"),
            ("es", "vigésimo segundo aniversario", 22, EXACT, "aniversario"),
            # Percentages and changes.
            ("en", "40 percent", 40, EXACT, "percent"),
            ("es", "40 por ciento", 40, EXACT, "por ciento"),
            ("fr", "40 %", 40, EXACT, "%"),
            ("en", "a 40 percent increase", 40, EXACT, "percent increase"),
            ("es", "más de 400%", 400, mh.Qualifier.MORE_THAN, "%"),
            ("es", "62 %", 62, EXACT, "%"),
            # Hedges in each language.
            ("es", "casi 3.000 sobrevivientes", 3000, mh.Qualifier.ALMOST, "sobrevivientes"),
            ("es", "más de 20.000 consultas", 20_000, mh.Qualifier.MORE_THAN, "consultas"),
            ("es", "cerca de 300,000 connacionales", 300_000, mh.Qualifier.ALMOST, "connacionales"),
            ("es", "alrededor de 1,000 actividades", 1000, mh.Qualifier.APPROXIMATE, "actividades"),
            ("es", "unos 6,5 millones", Decimal("6.5") * 10**6, mh.Qualifier.APPROXIMATE, None),
            ("es", "unas 40 personas", 40, mh.Qualifier.APPROXIMATE, "personas"),
            ("es", "aproximadamente 50 personas", 50, mh.Qualifier.APPROXIMATE, "personas"),
            ("es", "al menos 10 talleres", 10, mh.Qualifier.AT_LEAST, "talleres"),
            ("es", "por lo menos 10 talleres", 10, mh.Qualifier.AT_LEAST, "talleres"),
            ("es", "hasta 50 personas", 50, mh.Qualifier.AT_MOST, "personas"),
            ("es", "menos de 50 personas", 50, mh.Qualifier.LESS_THAN, "personas"),
            ("es", "poco más de 50 personas", 50, mh.Qualifier.MORE_THAN, "personas"),
            ("es", "un promedio de 400 mil personas", 400_000, mh.Qualifier.AVERAGE, "personas"),
            ("es", "en promedio 400 mil personas", 400_000, mh.Qualifier.AVERAGE, "personas"),
            ("pt", "quase 500 pessoas", 500, mh.Qualifier.ALMOST, "pessoas"),
            ("pt", "mais de 120 países", 120, mh.Qualifier.MORE_THAN, "países"),
            ("pt", "cerca de 500 pessoas", 500, mh.Qualifier.APPROXIMATE, "pessoas"),
            ("pt", "aproximadamente 500 pessoas", 500, mh.Qualifier.APPROXIMATE, "pessoas"),
            ("pt", "pelo menos 500 pessoas", 500, mh.Qualifier.AT_LEAST, "pessoas"),
            ("pt", "até 500 pessoas", 500, mh.Qualifier.AT_MOST, "pessoas"),
            ("pt", "menos de 500 pessoas", 500, mh.Qualifier.LESS_THAN, "pessoas"),
            ("pt", "em média 500 pessoas", 500, mh.Qualifier.AVERAGE, "pessoas"),
            (
                "fr",
                "près de 2,5 millions de personnes",
                2_500_000,
                mh.Qualifier.ALMOST,
                "personnes",
            ),
            ("fr", "presque 500 personnes", 500, mh.Qualifier.ALMOST, "personnes"),
            ("fr", "plus de 2 000 professionnels", 2000, mh.Qualifier.MORE_THAN, "professionnels"),
            ("fr", "environ 500 personnes", 500, mh.Qualifier.APPROXIMATE, "personnes"),
            ("fr", "quelque 500 personnes", 500, mh.Qualifier.APPROXIMATE, "personnes"),
            ("fr", "au moins 500 personnes", 500, mh.Qualifier.AT_LEAST, "personnes"),
            ("fr", "jusqu'à 500 personnes", 500, mh.Qualifier.AT_MOST, "personnes"),
            ("fr", "moins de 500 personnes", 500, mh.Qualifier.LESS_THAN, "personnes"),
            ("fr", "en moyenne 500 personnes", 500, mh.Qualifier.AVERAGE, "personnes"),
            ("en", "some 300,000 people", 300_000, mh.Qualifier.APPROXIMATE, "people"),
            ("en", "over 200 cities", 200, mh.Qualifier.MORE_THAN, "cities"),
            ("en", "nearly 500 people", 500, mh.Qualifier.ALMOST, "people"),
            ("en", "roughly 500 people", 500, mh.Qualifier.APPROXIMATE, "people"),
            ("en", "upwards of 500 people", 500, mh.Qualifier.MORE_THAN, "people"),
            # Determiners before the number.
            ("es", "Los 352 médicos", 352, EXACT, "médicos"),
            ("es", "un total de 436 médicos cubanos", 436, EXACT, "médicos cubanos"),
            ("en", "A total of 49,349 people", 49_349, EXACT, "people"),
            ("en", "an additional 235,000 people", 235_000, EXACT, "people"),
            ("pt", "um total de 1.555 pessoas", 1555, EXACT, "pessoas"),
            ("es", "Otras 249 personas", 249, EXACT, "personas"),
            # Magnitudes.
            ("es", "miles de personas", 1000, mh.Qualifier.SEVERAL, "personas"),
            ("pt", "centenas de profissionais", 100, mh.Qualifier.SEVERAL, "profissionais"),
            ("fr", "des milliers de personnes", 1000, mh.Qualifier.SEVERAL, "personnes"),
        ],
    )
    def test_phrase(
        self,
        language: str,
        phrase: str,
        value: int | Decimal,
        qualifier: mh.Qualifier,
        unit: str | None,
    ) -> None:
        quantity = mh.parse_quantity(phrase, language=language, unit=None if unit else "x")
        assert quantity.value == value
        assert quantity.qualifier is qualifier
        assert quantity.unit == (unit or "x")

    def test_a_rate_in_spanish(self) -> None:
        q = mh.parse_quantity("2,4 médicos por cada 1.000 habitantes", language="es")
        assert (q.value, q.unit, q.per) == (
            Decimal("2.4"),
            "médicos",
            mh.Per(amount=1000, unit="habitantes"),
        )
        q = mh.parse_quantity("400 mil personas por semana", language="es")
        assert q.per == mh.Per(amount=1, unit="semana")

    def test_por_that_means_by_stays_in_the_unit(self) -> None:
        q = mh.parse_quantity("352 médicos contratados por el IMSS", language="es")
        assert (q.unit, q.per) == ("médicos contratados por el IMSS", None)

    def test_accents_stay_in_the_unit(self) -> None:
        assert mh.parse_quantity("352 médicos", language="es").unit == "médicos"
        assert mh.parse_quantity("352 médicos").unit == "médicos"

    def test_unknown_language_is_refused_with_the_supported_ones(self) -> None:
        with pytest.raises(mh.QuantityParseError, match="en, es, pt, fr"):
            mh.parse_quantity("3 personas", language="it")

    def test_a_region_is_ignored(self) -> None:
        assert mh.parse_number("7 mil 45", language="es-MX") == (7045, EXACT)


class TestNeverASilentMisread:
    def test_the_issues_misreads_are_read_right(self) -> None:
        assert mh.parse_quantity("3.000 personas").value == 3000
        q = mh.parse_quantity("7 mil 45 consultas")
        assert (q.value, q.unit) == (7045, "consultas")
        q = mh.parse_quantity("5.4 millones de servicios")
        assert (q.value, q.unit) == (5_400_000, "servicios")

    def test_a_prefix_is_never_read(self) -> None:
        with pytest.raises(mh.QuantityParseError, match="goes on past what English reads"):
            mh.parse_quantity("7 mil 45 consultas", language="en")
        with pytest.raises(mh.QuantityParseError, match="goes on"):
            mh.parse_quantity("7 45 people", language="en")

    @pytest.mark.parametrize(
        ("phrase", "language"),
        [
            ("3-5 days", "en"),
            ("10 – 15 nurses", "en"),
            ("3 to 5 days", "en"),
            ("3 or 4 weeks", "en"),
            ("3/4 people", "en"),
            ("tres o cuatro días", "es"),
            ("de 3 a 5 días", "es"),
            ("3 ou 4 semanas", "pt"),
            ("3 e 4 anos", "pt"),
            ("3 à 5 jours", "fr"),
        ],
    )
    def test_a_range_or_a_choice_of_numbers_is_refused(self, phrase: str, language: str) -> None:
        # Read as the first number, with the rest for its unit, each was misread silently.
        with pytest.raises(mh.QuantityParseError, match=r"another number|range of two numbers"):
            mh.parse_quantity(phrase, language=language)

    @given(
        hs.integers(0, 10**6),
        hs.integers(0, 10**6),
        hs.sampled_from(["-", "–", " to ", " or ", "/"]),
    )
    def test_two_joined_numbers_are_never_one(self, first: int, second: int, joint: str) -> None:
        with pytest.raises(mh.QuantityParseError):
            mh.parse_quantity(f"{first}{joint}{second} people", language="en")

    @pytest.mark.parametrize(
        ("phrase", "value", "unit"),
        [
            ("a 3-day course", 3, "day course"),
            ("three-day workshop", 3, "day workshop"),
            ("3 or more days", 3, "or more days"),
            ("12 a day", 12, "a day"),
        ],
    )
    def test_a_number_joined_to_a_word_keeps_the_words(
        self, phrase: str, value: int, unit: str
    ) -> None:
        q = mh.parse_quantity(phrase, language="en")
        assert (q.value, q.unit) == (value, unit)

    def test_digits_that_go_on_are_refused(self) -> None:
        with pytest.raises(mh.QuantityParseError, match="digits go on"):
            mh.parse_quantity("1..2 personas", language="es")

    def test_ambiguous_separator_is_refused_with_both_readings(self) -> None:
        with pytest.raises(mh.QuantityParseError, match=r"3,000 or 3\b"):
            mh.parse_number("3.000", language="es")
        with pytest.raises(mh.QuantityParseError, match=r"1,500 or 1.5"):
            mh.parse_quantity("1.500 millones de dólares", language="es")

    def test_a_rate_head_is_not_a_count(self) -> None:
        with pytest.raises(mh.QuantityParseError, match=r"2\.4 or 2,400"):
            mh.parse_quantity("2,400 médicos por cada 1.000 habitantes", language="es")

    def test_languages_that_disagree_are_named(self) -> None:
        with pytest.raises(mh.QuantityParseError, match=r"es: almost 500; pt: approximate 500\)"):
            mh.parse_number("cerca de 500")
        with pytest.raises(mh.QuantityParseError, match="pass language="):
            mh.parse_number("12 billion")
        assert mh.parse_number("12 billion", language="en")[0] == 12 * 10**9
        assert mh.parse_number("12 billions", language="fr")[0] == 12 * 10**12

    def test_a_bare_number_with_a_lone_separator_needs_a_language(self) -> None:
        with pytest.raises(mh.QuantityParseError, match="pass language="):
            mh.parse_number("1,000")
        assert mh.parse_number("1,000", language="en") == (1000, EXACT)
        assert mh.parse_number("1,000", language="fr") == (1, EXACT)

    def test_no_dependency_message_leaks(self) -> None:
        with pytest.raises(mh.QuantityParseError) as caught:
            mh.parse_number("dos tres", language="es")
        assert "text2num" not in str(caught.value)
        assert "invalid literal" not in str(caught.value)
        assert "do not make one number in Spanish" in str(caught.value)


# --- Properties ---------------------------------------------------------------------------

LANGUAGE_CODES = ("en", "es", "pt", "fr")


def _conventions(code: str) -> set[tuple[str, str]]:
    marks = set()
    for locale in LANGUAGES[code].locales:
        group = babel.numbers.get_group_symbol(locale)
        marks.add((" " if group.isspace() else group, babel.numbers.get_decimal_symbol(locale)))
    return marks | {(" ", decimal) for _, decimal in marks}


@settings(max_examples=300)
@given(hs.integers(0, 10**12), hs.sampled_from(LANGUAGE_CODES), hs.data())
def test_babel_grouped_integers_read_back(n: int, code: str, data: hs.DataObject) -> None:
    locale = data.draw(hs.sampled_from(LANGUAGES[code].locales))
    written = babel.numbers.format_decimal(n, locale=locale)
    assert mh.parse_quantity(f"{written} personas", language=code).value == n
    # Without a counted noun, a lone separator may be refused, but is never misread.
    try:
        read: object = mh.parse_number(written, language=code)
    except mh.QuantityParseError as error:
        read = error.reason
    assert read == (n, EXACT) or "group thousands or mark decimals" in str(read)


_PIECES = hs.one_of(
    hs.text("0123456789", min_size=1, max_size=4), hs.sampled_from([".", ",", " ", "\u00a0"])
)


@settings(max_examples=500)
@given(hs.lists(_PIECES, min_size=1, max_size=7).map("".join), hs.sampled_from(LANGUAGE_CODES))
def test_digit_strings_are_refused_or_read_by_the_documented_rule(token: str, code: str) -> None:
    token = token.strip()
    if not token or not token[0].isdigit() or not token[-1].isdigit():
        return
    try:
        quantity = mh.parse_quantity(f"{token} personas", language=code)
    except mh.QuantityParseError:
        return
    # Never a prefix: the whole digit string was the number.
    assert quantity.unit == "personas"
    spaced = " ".join(token.split())
    lone = re.fullmatch(r"(\d{1,3})[.,](\d{3})", spaced)
    if lone:
        # The documented rule: a count is whole, so a lone mark before three digits groups.
        assert quantity.value == int(lone[1] + lone[2])
        return
    readings = set()
    for group, decimal in _conventions(code):
        match = re.fullmatch(
            rf"(\d{{1,3}}(?:{re.escape(group)}\d{{3}})+|\d+)(?:{re.escape(decimal)}(\d+))?",
            spaced,
        )
        if match:
            whole = match[1].replace(group, "")
            readings.add(Decimal(f"{whole}.{match[2]}") if match[2] else Decimal(whole))
    assert readings == {Decimal(quantity.value)}


@settings(max_examples=300)
@given(hs.integers(0, 10**12), hs.sampled_from(["en", "es", "pt", "pt_BR", "fr"]))
def test_spelt_numbers_read_back(n: int, locale: str) -> None:
    spelt = num2words(n, lang=locale)
    assert mh.parse_number(spelt, language=locale[:2]) == (n, EXACT)


@pytest.mark.parametrize("n", [479_001_000, 2_001_000, 1_000_001_000, 10**9, 10**12])
@pytest.mark.parametrize("locale", ["en", "es", "pt", "pt_BR", "fr"])
def test_a_bare_smaller_scale_after_a_larger_one_adds(n: int, locale: str) -> None:
    # "cuatrocientos setenta y nueve millones mil", "milhões e mil"
    assert mh.parse_number(num2words(n, lang=locale), language=locale[:2]) == (n, EXACT)


class TestPhrasesOfHeldOutReports:
    """Phrases of real reports that were once misread: read right, or refused."""

    @pytest.mark.parametrize(
        ("language", "phrase", "value", "qualifier", "unit"),
        [
            ("en", "Nearly one and a half thousand people", 1500, mh.Qualifier.ALMOST, "people"),
            ("en", "one and a half million people", 1_500_000, EXACT, "people"),
            ("en", "two and a half years", Decimal("2.5"), EXACT, "years"),
            ("es", "un millón y medio de personas", 1_500_000, EXACT, "personas"),
            ("pt", "um milhão e meio de pessoas", 1_500_000, EXACT, "pessoas"),
            ("fr", "un million et demi de personnes", 1_500_000, EXACT, "personnes"),
            ("es", "1,5 millones de personas", 1_500_000, EXACT, "personas"),
            ("fr", "une quarantaine d'expert-e-s", 40, APPROXIMATE, "expert-e-s"),
            ("fr", "une vingtaine de participants", 20, APPROXIMATE, "participants"),
            ("fr", "un millier de personnes", 1000, APPROXIMATE, "personnes"),
            ("fr", "deux douzaines d'infirmiers", 24, APPROXIMATE, "infirmiers"),
            ("fr", "près d'une centaine de médecins", 100, mh.Qualifier.ALMOST, "médecins"),
            ("es", "una docena de personas", 12, APPROXIMATE, "personas"),
            ("fr", "une dizaine de milliers de personnes", 10_000, APPROXIMATE, "personnes"),
            ("fr", "deux dizaines de milliers de personnes", 20_000, APPROXIMATE, "personnes"),
            ("es", "una decena de miles de personas", 10_000, APPROXIMATE, "personas"),
            ("pt", "uma dezena de milhares de pessoas", 10_000, APPROXIMATE, "pessoas"),
            ("en", "a dozen thousand people", 12_000, APPROXIMATE, "people"),
            ("es", "un centenar de médicos", 100, APPROXIMATE, "médicos"),
            ("pt", "uma dezena de enfermeiros", 10, APPROXIMATE, "enfermeiros"),
            ("pt", "um milhar de pessoas", 1000, APPROXIMATE, "pessoas"),
            ("en", "a dozen nurses", 12, APPROXIMATE, "nurses"),
            ("en", "dozens of nurses", 12, mh.Qualifier.SEVERAL, "nurses"),
            ("fr", "des douzaines de personnes", 12, mh.Qualifier.SEVERAL, "personnes"),
            ("en", "Thousands of nurses", 1000, mh.Qualifier.SEVERAL, "nurses"),
            ("es", "un máximo de 60 días", 60, mh.Qualifier.AT_MOST, "días"),
            ("es", "como máximo 60 días", 60, mh.Qualifier.AT_MOST, "días"),
            ("pt", "um máximo de 60 dias", 60, mh.Qualifier.AT_MOST, "dias"),
            ("fr", "un maximum de 60 jours", 60, mh.Qualifier.AT_MOST, "jours"),
            ("fr", "au maximum 60 jours", 60, mh.Qualifier.AT_MOST, "jours"),
            ("en", "at most 60 days", 60, mh.Qualifier.AT_MOST, "days"),
            ("en", "up to 60 days", 60, mh.Qualifier.AT_MOST, "days"),
            ("pt", "a partir de 18 anos", 18, mh.Qualifier.AT_LEAST, "anos"),
            ("es", "a partir de 18 años", 18, mh.Qualifier.AT_LEAST, "años"),
            ("pt", "em média de 300 pessoas", 300, mh.Qualifier.AVERAGE, "pessoas"),
            ("en", "a record 771,445 nurses", 771_445, EXACT, "nurses"),
            ("es", "un récord de 1.200 personas", 1200, EXACT, "personas"),
            ("pt", "um recorde de 1.200 pessoas", 1200, EXACT, "pessoas"),
            ("fr", "un nombre record de 1 200 personnes", 1200, EXACT, "personnes"),
        ],
    )
    def test_read(
        self, language: str, phrase: str, value: object, qualifier: mh.Qualifier, unit: str
    ) -> None:
        q = mh.parse_quantity(phrase, language=language)
        assert (q.value, q.qualifier, q.unit) == (value, qualifier, unit)

    def test_a_rate_after_an_average(self) -> None:
        q = mh.parse_quantity("em média de 300 pessoas por dia", language="pt")
        assert (q.value, q.qualifier, q.unit, str(q.per)) == (
            300,
            mh.Qualifier.AVERAGE,
            "pessoas",
            "per dia",
        )

    @pytest.mark.parametrize(
        ("language", "phrase"),
        [
            ("en", "two thirds of international joiners"),
            ("es", "dos tercios de los migrantes"),
            ("pt", "dois terços das pessoas"),
            ("fr", "deux tiers des personnes"),
        ],
    )
    def test_fractions_are_refused(self, language: str, phrase: str) -> None:
        with pytest.raises(mh.QuantityParseError, match="fraction"):
            mh.parse_quantity(phrase, language=language)

    def test_quarantine_is_no_numeral(self) -> None:
        q = mh.parse_quantity("una cuarentena de 14 días", language="es")
        assert (q.value, q.unit) == (1, "cuarentena de 14 días")
        spans = mh.find_numbers("una cuarentena de 14 días", language="es")
        assert 40 not in [s.value for s in spans]
        assert 14 in [s.value for s in spans]


class TestFindNumbersReportsNumbersOnly:
    @pytest.mark.parametrize(
        ("language", "text", "values"),
        [
            ("fr", "la réunion a commencé à 8h15 avec 20 personnes", [20]),
            ("en", "the meeting began at 14:30 with 20 people", [20]),
            ("fr", "un avion IL-96-300 a transporté 120 passagers", [1, 120]),
            ("en", "COVID-19 reached 2019-2020 figures", [2019, 2020]),
            ("en", "two thirds of 300 joiners", [300]),
            ("fr", "au profit d’une quarantaine d’experts", [40]),
            ("fr", "l’appui d’un programme pour près d’un million de personnes", [1_000_000]),
            ("fr", "le lancement d’onze projets", [11]),
            ("es", "dos consultorios y una farmacia", [2, 1]),
            ("es", "la sexta Semana Binacional de Salud", [6]),
        ],
    )
    def test_values(self, language: str, text: str, values: list[int]) -> None:
        assert [s.value for s in mh.find_numbers(text, language=language)] == values

    def test_a_collective_of_thousands_is_one_number(self) -> None:
        spans = mh.find_numbers("une dizaine de milliers de personnes", language="fr")
        assert [(s.value, s.qualifier) for s in spans] == [(10_000, APPROXIMATE)]

    def test_a_collective_numeral_is_approximate(self) -> None:
        (span,) = mh.find_numbers("une vingtaine de médecins", language="fr")
        assert (span.value, span.qualifier, span.start, span.end) == (20, APPROXIMATE, 0, 13)


_COLLECTIVES = [
    (code, word, value)
    for code, language in LANGUAGES.items()
    for word, value in language.collectives.items()
]


@given(hs.sampled_from(_COLLECTIVES), hs.integers(2, 9))
def test_collective_numerals_read_as_about_their_number(
    collective: tuple[str, str, int], n: int
) -> None:
    code, word, value = collective
    article = LANGUAGES[code].indefinite[-1] if code != "en" else "a"
    of = LANGUAGES[code].of[0]
    q = mh.parse_quantity(f"{article} {word} {of} personas", language=code)
    assert (q.value, q.qualifier, q.unit) == (value, APPROXIMATE, "personas")
    multiplied = mh.parse_quantity(f"{num2words(n, lang=code)} {word} {of} personas", language=code)
    assert (multiplied.value, multiplied.qualifier) == (n * value, APPROXIMATE)


@settings(max_examples=200)
@given(
    hs.integers(1, 10**6),
    hs.sampled_from([(c, h, q) for c, lang in LANGUAGES.items() for h, q in lang.hedges.items()]),
    hs.data(),
)
def test_babel_numbers_in_a_hedge_read_back(
    n: int, hedge: tuple[str, str, mh.Qualifier], data: hs.DataObject
) -> None:
    code, phrase, qualifier = hedge
    locale = data.draw(hs.sampled_from(LANGUAGES[code].locales))
    written = babel.numbers.format_decimal(n, locale=locale)
    q = mh.parse_quantity(f"{phrase} {written} personas", language=code)
    assert (q.value, q.qualifier, q.unit) == (n, qualifier, "personas")


@given(hs.integers(1, 999), hs.sampled_from(["thousand", "million"]))
def test_a_half_more_than_a_spelt_number(n: int, scale: str) -> None:
    spelt = num2words(n, lang="en")
    times = {"thousand": 1000, "million": 10**6}[scale]
    expected = n * times + times // 2
    assert mh.parse_number(f"{spelt} and a half {scale}", language="en") == (expected, EXACT)


class TestEditionsAndHyphens:
    @pytest.mark.parametrize(
        ("language", "phrase", "value", "unit"),
        [
            ("es", "la XXII Semana Binacional de Salud", 22, "Semana Binacional de Salud"),
            ("pt", "A III Oficina de Qualificação", 3, "Oficina de Qualificação"),
            ("fr", "la XIV Conférence", 14, "Conférence"),
            ("en", "the IV World Congress", 4, "World Congress"),
            ("en", "a five-day Training of Trainers", 5, "day Training of Trainers"),
            ("en", "a twenty-five-year plan", 25, "year plan"),
        ],
    )
    def test_read(self, language: str, phrase: str, value: int, unit: str) -> None:
        q = mh.parse_quantity(phrase, language=language)
        assert (q.value, q.qualifier, q.unit) == (value, EXACT, unit)

    @pytest.mark.parametrize(
        ("language", "phrase"),
        [
            ("en", "I Training"),  # the pronoun
            ("en", "the MD Anderson Center"),  # an acronym
            ("en", "the C Wing"),  # a letter
            ("en", "XXII Semana"),  # no article before it
            ("es", "la XXII semana"),  # no name after it
            ("en", "a one-stop shop"),
            # A change is no count: reading 13,144 would drop that it is an increase.
            ("en", "an increase of 13,144"),
            ("en", "a rise of 25%"),
        ],
    )
    def test_refused(self, language: str, phrase: str) -> None:
        with pytest.raises(mh.QuantityParseError):
            mh.parse_quantity(phrase, language=language)

    def test_find_numbers_reads_editions_after_an_article(self) -> None:
        text = "Durante la XXII Semana y la VI Reunión, I Said, World War II Ends"
        assert [s.value for s in mh.find_numbers(text, language="es")] == [22, 6]


@given(
    hs.integers(2, 99), hs.sampled_from([("es", "la"), ("pt", "a"), ("fr", "la"), ("en", "the")])
)
def test_roman_editions_read_back(n: int, article: tuple[str, str]) -> None:
    code, word = article
    numerals = [
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ]
    roman, rest = "", n
    for value, letters in numerals:
        while rest >= value:
            roman, rest = roman + letters, rest - value
    phrase = f"{word} {roman} Edición"
    if len(roman) < 2:
        with pytest.raises(mh.QuantityParseError):
            mh.parse_quantity(phrase, language=code)
        return
    assert mh.parse_quantity(phrase, language=code).value == n


class TestSums:
    @pytest.mark.parametrize(
        ("language", "phrase", "value", "qualifier", "unit"),
        [
            ("pt", "R$ 18,7 milhões", 18_700_000, EXACT, "R$"),
            ("pt", "R$ 361,2 mil", 361_200, EXACT, "R$"),
            ("pt", "mais de R$ 5 milhões", 5_000_000, mh.Qualifier.MORE_THAN, "R$"),
            ("en", "US$ 5 million", 5_000_000, EXACT, "US$"),
            ("fr", "€2,5 millions", 2_500_000, EXACT, "€"),
            ("en", "$3,500", 3500, EXACT, "$"),
        ],
    )
    def test_read(
        self, language: str, phrase: str, value: int, qualifier: mh.Qualifier, unit: str
    ) -> None:
        q = mh.parse_quantity(phrase, language=language)
        assert (q.value, q.qualifier, q.unit) == (value, qualifier, unit)

    @pytest.mark.parametrize(
        ("language", "phrase"),
        [("pt", "R$ 18,7 milhões em vacinas"), ("es", "$3.000"), ("en", "$ twelve")],
    )
    def test_refused(self, language: str, phrase: str) -> None:
        with pytest.raises(mh.QuantityParseError):
            mh.parse_quantity(phrase, language=language)


@given(hs.integers(0, 10**9), hs.sampled_from(["R$", "US$", "$", "€", "£"]), hs.data())
def test_babel_sums_read_back(n: int, sign: str, data: hs.DataObject) -> None:
    code = data.draw(hs.sampled_from(LANGUAGE_CODES))
    locale = data.draw(hs.sampled_from(LANGUAGES[code].locales))
    written = babel.numbers.format_decimal(n, locale=locale)
    # A sum may be refused when its mark may group or mark decimals, but is never misread.
    try:
        read: object = mh.parse_quantity(f"{sign} {written}", language=code)
    except mh.QuantityParseError as error:
        read = error.reason
    if isinstance(read, mh.Quantity):
        assert (read.value, read.unit) == (n, sign)
    else:
        assert "group thousands or mark decimals" in str(read)


class TestSharesWholesAndWordedRanges:
    """A share ("one in four"), a part of a whole ("13 of the 19") and a range in words."""

    @pytest.mark.parametrize(
        ("language", "phrase", "shown"),
        [
            ("en", "one in four", "one in four"),
            ("en", "nearly one in four", "one in four"),
            ("en", "nearly one in four El Paso County residents", "one in four"),
            ("en", "1 in 4 migrants", "1 in 4"),
            ("en", "one out of every four residents", "one out of every four"),
            ("en", "about one in a million", "one in a million"),
            ("en", "one person in four", "one person in four"),
            ("en", "13 out of 19 nurses", "13 out of 19"),
            ("en", "13 of 19 nurses", "13 of 19"),
            ("es", "uno de cada cuatro", "uno de cada cuatro"),
            ("es", "casi 1 de cada 4 personas", "1 de cada 4"),
            ("es", "un migrante de cada cuatro", "un migrante de cada cuatro"),
            ("es", "13 de 19 enfermeros", "13 de 19"),
            ("pt", "um em cada quatro", "um em cada quatro"),
            ("pt", "quase um a cada quatro brasileiros", "um a cada quatro"),
            ("pt", "1 de cada 4 pessoas", "1 de cada 4"),
            ("pt", "13 de 19 enfermeiros", "13 de 19"),
            ("fr", "un sur quatre", "un sur quatre"),
            ("fr", "une personne sur quatre", "une personne sur quatre"),
            ("fr", "près d'un migrant sur cinq", "un migrant sur cinq"),
            ("fr", "13 sur 19 infirmières", "13 sur 19"),
        ],
    )
    def test_a_share_of_a_whole_is_refused(self, language: str, phrase: str, shown: str) -> None:
        # Each was read as its first number, with "in four" or "sur quatre" for a unit.
        with pytest.raises(
            mh.QuantityParseError, match=re.escape(f"{shown!r} is a share of a whole")
        ):
            mh.parse_quantity(phrase, language=language)
        with pytest.raises(mh.QuantityParseError, match="share of a whole"):
            mh.parse_number(phrase, language=language)

    @pytest.mark.parametrize(
        ("language", "phrase", "value", "unit"),
        [
            ("en", "13 out of the 19 nurses", 13, "nurses"),
            ("en", "13 of the 19 nurses", 13, "nurses"),
            ("es", "13 de los 19 enfermeros", 13, "enfermeros"),
            ("es", "6,53 millones de los 7,72 millones de migrantes", 6_530_000, "migrantes"),
            ("pt", "13 dos 19 enfermeiros", 13, "enfermeiros"),
            ("pt", "13 das 19 enfermeiras", 13, "enfermeiras"),
            ("fr", "13 des 19 infirmiers", 13, "infirmiers"),
            ("fr", "13 sur les 19 infirmières", 13, "infirmières"),
        ],
    )
    def test_a_part_of_a_definite_whole_is_a_count_of_its_noun(
        self, language: str, phrase: str, value: int, unit: str
    ) -> None:
        # "13 of the 19 nurses" is 13 nurses; the 19 is another figure, never in the unit.
        q = mh.parse_quantity(phrase, language=language)
        assert (q.value, q.qualifier, q.unit) == (value, EXACT, unit)
        assert len(mh.find_numbers(phrase, language=language)) == 2

    def test_a_part_of_a_whole_that_names_no_unit(self) -> None:
        with pytest.raises(mh.QuantityParseError, match="does not say what it counts"):
            mh.parse_quantity("13 of the 19", language="en")
        with pytest.raises(mh.QuantityParseError, match="does not say what it counts"):
            mh.parse_number("13 de los 19", language="es")
        q = mh.parse_quantity("13 of the 19", unit="nurses", language="en")
        assert (q.value, q.unit) == (13, "nurses")

    @pytest.mark.parametrize(
        ("language", "phrase", "shown"),
        [
            ("en", "350 in 2021", "350 in 2021"),
            ("en", "20 of the 3 clinics", "20 of the 3"),
            ("en", "2 clinics in 3 states", "2 clinics in 3"),
            ("fr", "un migrant sur cinq en Europe", "un migrant sur cinq"),
        ],
    )
    def test_a_second_number_that_may_not_be_a_share_is_refused_as_such(
        self, language: str, phrase: str, shown: str
    ) -> None:
        with pytest.raises(
            mh.QuantityParseError, match=re.escape(f"{shown!r} goes on to a second number")
        ):
            mh.parse_quantity(phrase, language=language)

    @pytest.mark.parametrize(
        ("language", "phrase", "value", "unit"),
        [
            ("en", "41 in Chiapas", 41, "in Chiapas"),
            ("en", "3 in-patients", 3, "in-patients"),
            ("en", "12 inhabitants", 12, "inhabitants"),
            ("en", "3 cases in 2021", 3, "cases in 2021"),
            ("en", "69 trainings in 21 countries", 69, "trainings in 21 countries"),
            ("es", "3,000 personas de 49 comunidades", 3000, "personas de 49 comunidades"),
            ("es", "41 de Chiapas", 41, "de Chiapas"),
            ("pt", "50 profissionais de 10 áreas", 50, "profissionais de 10 áreas"),
            ("fr", "une formation sur 5 jours", 1, "formation sur 5 jours"),
            ("fr", "120 consultations sur 3 jours", 120, "consultations sur 3 jours"),
            ("fr", "3 survivants", 3, "survivants"),
        ],
    )
    def test_counts_before_a_place_or_another_figure_still_read(
        self, language: str, phrase: str, value: int, unit: str
    ) -> None:
        q = mh.parse_quantity(phrase, language=language)
        assert (q.value, q.unit) == (value, unit)

    @pytest.mark.parametrize(
        ("language", "phrase", "shown"),
        [
            ("en", "between 80,000 and 120,000 migrants", "between 80,000 and 120,000"),
            ("en", "from 80,000 to 120,000", "from 80,000 to 120,000"),
            ("es", "entre 80.000 y 120.000 migrantes", "entre 80.000 y 120.000"),
            ("es", "aproximadamente entre 80.000 y 120.000 migrantes", "entre 80.000 y 120.000"),
            ("es", "de 3 a 5 días", "de 3 a 5"),
            ("pt", "entre 80 mil e 120 mil migrantes", "entre 80 mil e 120 mil"),
            ("pt", "de 80 a 120 pessoas", "de 80 a 120"),
            ("fr", "entre 80 000 et 120 000 migrants", "entre 80 000 et 120 000"),
            ("fr", "de 80 000 à 120 000 migrants", "de 80 000 à 120 000"),
        ],
    )
    def test_a_range_in_words_is_refused_as_a_range(
        self, language: str, phrase: str, shown: str
    ) -> None:
        # Each was refused with "no number could be read", which is not why.
        with pytest.raises(
            mh.QuantityParseError, match=re.escape(f"{shown!r} is a range of two numbers")
        ):
            mh.parse_quantity(phrase, language=language)
        with pytest.raises(mh.QuantityParseError, match="range of two numbers"):
            mh.parse_quantity(phrase)

    @pytest.mark.parametrize(
        ("language", "text"),
        [
            ("fr", "entre 80 000 et 120 000 migrants"),
            ("pt", "entre 80 mil e 120 mil migrantes"),
            ("es", "entre 80 mil y 120 mil migrantes"),
            ("en", "between 80 thousand and 120 thousand migrants"),
        ],
    )
    def test_find_numbers_gives_a_ranges_two_numbers(self, language: str, text: str) -> None:
        assert [s.value for s in mh.find_numbers(text, language=language)] == [80_000, 120_000]

    @pytest.mark.parametrize(
        ("language", "phrase"),
        [
            ("pt", "80 mil e 120 mil migrantes"),
            ("es", "5 millones y 3 millones de personas"),
            ("en", "80 thousand and 120 thousand people"),
        ],
    )
    def test_two_numbers_with_the_same_scale_are_never_summed(
        self, language: str, phrase: str
    ) -> None:
        # "80 mil e 120 mil" was read as 200,000.
        with pytest.raises(mh.QuantityParseError, match="another number"):
            mh.parse_quantity(phrase, language=language)

    @pytest.mark.parametrize(
        ("language", "phrase", "value"),
        [
            ("pt", "2 milhões e 300 mil pessoas", 2_300_000),
            ("pt", "mil e quinhentos milhões de reais", 1_500_000_000),
            ("es", "un millón y medio de personas", 1_500_000),
            ("en", "two thousand and five hundred people", 2500),
        ],
    )
    def test_scales_joined_in_one_number_still_read(
        self, language: str, phrase: str, value: int
    ) -> None:
        assert mh.parse_quantity(phrase, language=language).value == value


_SHARE_WORDS = [
    ("en", "in"),
    ("en", "out of"),
    ("en", "in every"),
    ("es", "de cada"),
    ("pt", "em cada"),
    ("pt", "a cada"),
    ("fr", "sur"),
]
_NOUNS = {"en": "migrants", "es": "personas", "pt": "pessoas", "fr": "personnes"}
_WHOLE_WORDS = [("en", "of the"), ("es", "de los"), ("pt", "dos"), ("fr", "des")]
_RANGE_WORDS = [
    ("en", "between", "and"),
    ("en", "from", "to"),
    ("es", "entre", "y"),
    ("es", "de", "a"),
    ("pt", "entre", "e"),
    ("pt", "de", "a"),
    ("fr", "entre", "et"),
    ("fr", "de", "à"),
]


def _written(n: int, language: str, words: bool) -> str:
    return num2words(n, lang=language) if words else str(n)


@given(
    hs.integers(0, 10**6),
    hs.integers(0, 10**6),
    hs.sampled_from(_SHARE_WORDS),
    hs.tuples(hs.booleans(), hs.booleans(), hs.booleans()),
)
def test_a_number_in_another_is_always_refused(
    a: int, b: int, share: tuple[str, str], flags: tuple[bool, bool, bool]
) -> None:
    # "<n> in <m>", n <= m, in digits or words: a share, never n with "in m" for a unit.
    words, noun, hedged = flags
    language, joint = share
    n, m = min(a, b), max(a, b)
    hedge = {"en": "nearly ", "es": "casi ", "pt": "quase ", "fr": "près de "}[language]
    phrase = (
        f"{hedge if hedged else ''}{_written(n, language, words)} {joint} "
        f"{_written(m, language, words)}{' ' + _NOUNS[language] if noun else ''}"
    )
    with pytest.raises(mh.QuantityParseError, match="a share of a whole"):
        mh.parse_quantity(phrase, language=language)


@given(hs.integers(0, 10**6), hs.sampled_from(list(_NOUNS.items())), hs.booleans())
def test_a_number_and_its_noun_still_read(n: int, noun: tuple[str, str], words: bool) -> None:
    language, counted = noun
    q = mh.parse_quantity(f"{_written(n, language, words)} {counted}", language=language)
    assert (q.value, q.unit) == (n, counted)


@given(hs.integers(0, 10**6), hs.integers(0, 10**6), hs.sampled_from(_WHOLE_WORDS))
def test_a_part_of_a_definite_whole_reads_its_count(a: int, b: int, whole: tuple[str, str]) -> None:
    language, joint = whole
    n, m = min(a, b), max(a, b)
    q = mh.parse_quantity(f"{n} {joint} {m} {_NOUNS[language]}", language=language)
    assert (q.value, q.unit) == (n, _NOUNS[language])


@given(
    hs.integers(0, 10**6),
    hs.integers(0, 10**6),
    hs.sampled_from(_RANGE_WORDS),
    hs.booleans(),
)
def test_a_range_in_words_is_always_refused_as_a_range(
    n: int, m: int, words: tuple[str, str, str], unit: bool
) -> None:
    language, opening, closing = words
    phrase = f"{opening} {n} {closing} {m}{' ' + _NOUNS[language] if unit else ''}"
    with pytest.raises(mh.QuantityParseError, match="range of two numbers"):
        mh.parse_quantity(phrase, language=language)


@pytest.mark.parametrize(
    ("phrase", "value", "unit"),
    [
        ("une formation", 1, "formation"),
        ("vingt et une personnes", 21, "personnes"),
        ("quatre-vingt-une infirmières", 81, "infirmières"),
    ],
)
def test_the_feminine_one_reads_in_french_with_every_supported_text2num(
    phrase: str, value: int, unit: str
) -> None:
    # text2num before 3.1 does not know "une"; the French table spells it "un" for it.
    q = mh.parse_quantity(phrase, language="fr")
    assert (q.value, q.unit) == (value, unit)
