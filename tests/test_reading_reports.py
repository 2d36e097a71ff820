"""Every number, date and country phrase of the real reports, read as a user would.

The five seed reports (tests/data/0*.txt), the eight shared reports (tests/data/reports/)
and short excerpts of more public reports in Spanish, Portuguese and French
(tests/data/reports-extra/<language>/, each with its address on its first line). Each
phrase is checked to be in its report as written, then read with the report's language.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

import migrationhealth as mh

DATA = Path(__file__).parent / "data"
EXACT = mh.Qualifier.EXACT
Q = mh.Qualifier


def text_of(name: str) -> str:
    """The text of a report, found by the start of its file name, spaces made single."""
    (path,) = [p for p in DATA.rglob("*.txt") if p.name.startswith(name)]
    return " ".join(path.read_text(encoding="utf-8").split())


# (report, language, phrase, value, qualifier, unit); unit None: the phrase names none.
NUMBERS = [
    # Seeds, in English.
    ("000", "en", "564 students", 564, EXACT, "students"),
    ("000", "en", "800 applicants", 800, EXACT, "applicants"),
    ("000", "en", "546 professionals", 546, EXACT, "professionals"),
    ("001", "en", "an average of 400,000 people", 400_000, Q.AVERAGE, "people"),
    ("001", "en", "8.7 million services", 8_700_000, EXACT, "services"),
    ("001", "en", "22nd Binational Health Week", 22, EXACT, "Binational Health Week"),
    ("001", "en", "more than two decades", 2, Q.MORE_THAN, "decades"),
    ("001", "en", "12 million Mexican migrants", 12_000_000, EXACT, "Mexican migrants"),
    ("001", "en", "four million Mexican-Americans", 4_000_000, EXACT, "Mexican-Americans"),
    ("001", "en", "almost half a million Mexican immigrants", 500_000, Q.ALMOST, None),
    ("002", "en", "175 member states", 175, EXACT, "member states"),
    ("002", "en", "171 countries", 171, EXACT, "countries"),
    ("002", "en", "314 health sector officials", 314, EXACT, "health sector officials"),
    ("002", "en", "10 workshops", 10, EXACT, "workshops"),
    ("002", "en", "171 civil servants", 171, EXACT, "civil servants"),
    ("003", "en", "1,200 Cuban Doctors", 1200, EXACT, "Cuban Doctors"),
    ("003", "en", "1,200 additional Cuban doctors", 1200, EXACT, "additional Cuban doctors"),
    ("003", "en", "the hundreds", 100, Q.SEVERAL, None),
    ("003", "en", "the 768", 768, EXACT, None),
    ("003", "en", "123", 123, EXACT, None),
    ("003", "en", "3.5", Decimal("3.5"), EXACT, None),
    ("004", "en", "50 people", 50, EXACT, "people"),
    ("004", "en", "three thematic focuses", 3, EXACT, "thematic focuses"),
    ("004", "en", "Second Edition", 2, EXACT, "Edition"),
    # 01, English.
    ("01_", "en", "600 toolkits", 600, EXACT, "toolkits"),
    ("01_", "en", "Sixth Annual Binational Health Week", 6, EXACT, None),
    ("01_", "en", "Some 300,000 people", 300_000, Q.APPROXIMATE, "people"),
    ("01_", "en", "1,014 activities", 1014, EXACT, "activities"),
    ("01_", "en", "A total of 49,349 people", 49_349, EXACT, "people"),
    ("01_", "en", "a 40 percent increase", 40, EXACT, "percent increase"),
    ("01_", "en", "an additional 235,000 people", 235_000, EXACT, "people"),
    ("01_", "en", "Some 5,000 volunteers", 5000, Q.APPROXIMATE, "volunteers"),
    ("01_", "en", "3,000 agencies", 3000, EXACT, "agencies"),
    ("01_", "en", "over 200 cities", 200, Q.MORE_THAN, "cities"),
    ("01_", "en", "31 states", 31, EXACT, "states"),
    # 02, Spanish.
    ("02_", "es", "6ª Semana Binacional de Salud", 6, EXACT, "Semana Binacional de Salud"),
    ("02_", "es", "segundo año", 2, EXACT, "año"),
    ("02_", "es", "primer paso", 1, EXACT, "paso"),
    ("02_", "es", "Cerca de 300,000 connacionales", 300_000, Q.ALMOST, "connacionales"),
    ("02_", "es", "más de 1,500 organizaciones", 1500, Q.MORE_THAN, "organizaciones"),
    ("02_", "es", "5,000 voluntarios", 5000, EXACT, "voluntarios"),
    ("02_", "es", "alrededor de 1,000 actividades", 1000, Q.APPROXIMATE, "actividades"),
    ("02_", "es", "más de 200 ciudades", 200, Q.MORE_THAN, "ciudades"),
    ("02_", "es", "250 ferias de salud", 250, EXACT, "ferias de salud"),
    ("02_", "es", "80 clínicas móviles", 80, EXACT, "clínicas móviles"),
    # 03, Spanish.
    ("03_", "es", "más de 1,017,450 personas migrantes", 1_017_450, Q.MORE_THAN, None),
    ("03_", "es", "5.4 millones de servicios preventivos", 5_400_000, EXACT, None),
    ("03_", "es", "los 20 años", 20, EXACT, "años"),
    ("03_", "es", "147 agencias", 147, EXACT, "agencias"),
    # 04 and 05, English.
    ("04_", "en", "more than 2,000 health professionals", 2000, Q.MORE_THAN, None),
    ("04_", "en", "69 trainings", 69, EXACT, "trainings"),
    ("04_", "en", "21 countries", 21, EXACT, "countries"),
    ("05_", "en", "130 participants", 130, EXACT, "participants"),
    ("05_", "en", "11 countries", 11, EXACT, "countries"),
    ("05_", "en", "20 facilitators", 20, EXACT, "facilitators"),
    ("05_", "en", "91 participants", 91, EXACT, "participants"),
    ("05_", "en", "2 thematic course papers", 2, EXACT, "thematic course papers"),
    ("05_", "en", "two courses", 2, EXACT, "courses"),
    # 06, Spanish.
    ("06_", "es", "352 médicos especialistas", 352, EXACT, "médicos especialistas"),
    ("06_", "es", "79 municipios", 79, EXACT, "municipios"),
    ("06_", "es", "nueve entidades", 9, EXACT, "entidades"),
    ("06_", "es", "84 más", 84, EXACT, "más"),
    ("06_", "es", "un total de 436 médicos cubanos", 436, EXACT, "médicos cubanos"),
    ("06_", "es", "Los 352 médicos", 352, EXACT, "médicos"),
    ("06_", "es", "dos naciones", 2, EXACT, "naciones"),
    # 07, Spanish.
    ("07_", "es", "más de 400%", 400, Q.MORE_THAN, "%"),
    ("07_", "es", "7 mil 45", 7045, EXACT, None),
    ("07_", "es", "38 mil 215", 38_215, EXACT, None),
    ("07_", "es", "nueve puntos", 9, EXACT, "puntos"),
    ("07_", "es", "dos consultorios", 2, EXACT, "consultorios"),
    ("07_", "es", "una farmacia", 1, EXACT, "farmacia"),
    # 08, Spanish: dots group thousands here, commas did in 02.
    ("08_", "es", "26 albergues", 26, EXACT, "albergues"),
    ("08_", "es", "196 consultas médicas", 196, EXACT, "consultas médicas"),
    ("08_", "es", "54 personas", 54, EXACT, "personas"),
    ("08_", "es", "dos casos", 2, EXACT, "casos"),
    ("08_", "es", "Otras 249 personas", 249, EXACT, "personas"),
    ("08_", "es", "casi 3.000 sobrevivientes", 3000, Q.ALMOST, "sobrevivientes"),
    ("08_", "es", "más de 20.000 consultas individuales", 20_000, Q.MORE_THAN, None),
    # More reports, in Spanish, Portuguese and French.
    ("oim_el_salvador", "es", "100 médicos", 100, EXACT, "médicos"),
    ("ops_migracion_americas", "es", "62 %", 62, EXACT, "%"),
    (
        "ops_migracion_americas",
        "es",
        "Más de 7,7 millones de refugiados",
        7_700_000,
        Q.MORE_THAN,
        None,
    ),
    ("ops_migracion_americas", "es", "unos 6,5 millones", 6_500_000, Q.APPROXIMATE, None),
    ("ops_migracion_americas", "es", "84 %", 84, EXACT, "%"),
    ("ops_migracion_y_salud", "es", "57º Consejo Directivo", 57, EXACT, "Consejo Directivo"),
    ("ops_migracion_y_salud", "es", "362.000 migrantes venezolanos", 362_000, EXACT, None),
    (
        "ops_migracion_y_salud",
        "es",
        "alrededor de 9 millones de personas",
        9_000_000,
        Q.APPROXIMATE,
        None,
    ),
    ("oim_plan", "es", "6,53 millones", 6_530_000, EXACT, None),
    ("oim_plan", "es", "7,72 millones de migrantes", 7_720_000, EXACT, "migrantes"),
    ("oim_plan", "es", "17 países", 17, EXACT, "países"),
    ("opas_boa_vista", "pt", "terceiro de uma série", 3, EXACT, "de uma série"),
    ("opas_boa_vista", "pt", "uma oficina", 1, EXACT, "oficina"),
    ("opas_boa_vista", "pt", "54 participantes", 54, EXACT, "participantes"),
    ("opas_boa_vista", "pt", "47 profissionais", 47, EXACT, "profissionais"),
    ("oim_rio", "pt", "60 participantes", 60, EXACT, "participantes"),
    ("oim_rio", "pt", "seis capacitações", 6, EXACT, "capacitações"),
    ("opas_voltando", "pt", "um total de 1.555 pessoas", 1555, EXACT, "pessoas"),
    ("opas_voltando", "pt", "53 animais domésticos", 53, EXACT, "animais domésticos"),
    ("opas_voltando", "pt", "três voos", 3, EXACT, "voos"),
    ("opas_voltando", "pt", "110 pessoas", 110, EXACT, "pessoas"),
    ("opas_comite", "pt", "67ª Assembleia Mundial da Saúde", 67, EXACT, None),
    ("opas_comite", "pt", "171 Estados Membros", 171, EXACT, "Estados Membros"),
    ("opas_comite", "pt", "mais de 120 países", 120, Q.MORE_THAN, "países"),
    ("opas_comite", "pt", "135 mil colaboradores", 135_000, EXACT, "colaboradores"),
    ("opas_comite", "pt", "50 mil", 50_000, EXACT, None),
    ("oim_europe", "fr", "175 Etats membres", 175, EXACT, "Etats membres"),
    ("oim_europe", "fr", "171 pays", 171, EXACT, "pays"),
    ("oim_europe", "fr", "Plus de 2 000 professionnels", 2000, Q.MORE_THAN, "professionnels"),
    ("oim_kenya", "fr", "trois jours", 3, EXACT, "jours"),
    ("oim_kenya", "fr", "35 médecins", 35, EXACT, "médecins"),
    ("oim_nairobi", "fr", "cinq jours", 5, EXACT, "jours"),
    ("oim_comite", "fr", "66ème Session", 66, EXACT, "Session"),
]


@pytest.mark.parametrize(
    ("report", "language", "phrase", "value", "qualifier", "unit"),
    NUMBERS,
    ids=[f"{n[0]}:{n[2]}" for n in NUMBERS],
)
def test_number_phrases(  # noqa: PLR0917
    report: str,
    language: str,
    phrase: str,
    value: int | Decimal,
    qualifier: mh.Qualifier,
    unit: str | None,
) -> None:
    assert phrase in text_of(report)
    try:
        quantity = mh.parse_quantity(phrase, language=language)
    except mh.QuantityParseError:
        assert unit is None
        quantity = mh.parse_quantity(phrase, language=language, unit="things")
    assert quantity.value == value
    assert quantity.qualifier is qualifier
    if unit:
        assert quantity.unit == unit


@pytest.mark.parametrize(
    ("report", "language", "phrase", "reason"),
    [
        # A point where Portuguese writes a comma: refused, never read as 42.
        ("opas_comite", "pt", "4.2", "not how Portuguese writes a number"),
        # The English reading stops at "mil": refused, never read as 7.
        ("07_", "en", "7 mil 45", "goes on past what English reads"),
    ],
)
def test_number_phrases_refused(report: str, language: str, phrase: str, reason: str) -> None:
    assert phrase in text_of(report)
    with pytest.raises(mh.QuantityParseError, match=reason):
        mh.parse_number(phrase, language=language)


# (report, language, phrase, ISO period, anchor or None)
PERIODS = [
    ("000", "en", "between August 18 and November 14, 2025", "2025-08-18/2025-11-14", None),
    ("001", "en", "between January 2021 and August 2022", "2021-01/2022-08", None),
    ("002", "en", "since 1951", "1951/..", None),
    ("002", "en", "between 17 April and 30 May", "--04-17/--05-30", None),
    ("003", "en", "Monday, 20 May 2024", "2024-05-20/2024-05-20", None),
    ("003", "en", "last Friday", "2024-05-17/2024-05-17", dt.date(2024, 5, 20)),
    ("004", "en", "27 June, 2019", "2019-06-27/2019-06-27", None),
    ("004", "en", "from July to November 2019", "2019-07/2019-11", None),
    ("01_", "en", "August 2008", "2008-08/2008-08", None),
    ("01_", "en", "October 9–13, 2006", "2006-10-09/2006-10-13", None),
    ("01_", "en", "since its inception in 2001", "2001/..", None),
    ("01_", "en", "since 2004", "2004/..", None),
    ("01_", "en", "the third week of October", "2006-10-15/2006-10-21", dt.date(2006, 10, 1)),
    ("02_", "es", "del 7 al 15 de octubre del 2006", "2006-10-07/2006-10-15", None),
    ("02_", "es", "el 9 de octubre", "--10-09/--10-09", None),
    ("02_", "es", "el viernes 13 de octubre", "--10-13/--10-13", None),
    ("03_", "es", "desde el 1 de septiembre de 2022 a junio de 2023", "2022-09-01/2023-06", None),
    ("04_", "en", "2019-05-17", "2019-05-17/2019-05-17", None),
    ("04_", "en", "between December 2018 and April 2019", "2018-12/2019-04", None),
    ("05_", "en", "March 2021", "2021-03/2021-03", None),
    ("06_", "es", "el próximo 13 de octubre", "2022-10-13/2022-10-13", dt.date(2022, 10, 4)),
    ("06_", "es", "el 13 de octubre", "--10-13/--10-13", None),
    ("07_", "es", "2018-2019", "2018/2019", None),
    ("07_", "es", "en 2013", "2013/2013", None),
    ("07_", "es", "durante el año pasado", "2018/2018", mh.PartialDate(year=2019)),
    ("08_", "es", "a finales de marzo", "2025-03-21/2025-03-31", dt.date(2025, 4, 15)),
    ("08_", "es", "Del 20 de marzo hasta el 9 de abril", "--03-20/--04-09", None),
    ("08_", "es", "a partir de mayo", "2025-05/..", dt.date(2025, 4, 15)),
    ("08_", "es", "Entre enero de 2024 y febrero de 2025", "2024-01/2025-02", None),
    ("ops_migracion_americas", "es", "Diciembre 18, 2023", "2023-12-18/2023-12-18", None),
    ("ops_migracion_americas", "es", "desde 2018", "2018/..", None),
    ("ops_migracion_y_salud", "es", "2 de octubre de 2019", "2019-10-02/2019-10-02", None),
    ("oim_el_salvador", "es", "06/01/2018", "2018-01-06/2018-01-06", None),
    ("opas_boa_vista", "pt", "17 de fevereiro de 2020", "2020-02-17/2020-02-17", None),
    ("opas_boa_vista", "pt", "em dezembro de 2019", "2019-12/2019-12", None),
    (
        "oim_rio",
        "pt",
        "na segunda semana de novembro",
        "2021-11-08/2021-11-14",
        dt.date(2021, 12, 1),
    ),
    ("oim_rio", "pt", "Desde 2021", "2021/..", None),
    ("opas_comite", "pt", "3 de junho de 2014", "2014-06-03/2014-06-03", None),
    ("opas_comite", "pt", "de 19 a 24 de maio de 2014", "2014-05-19/2014-05-24", None),
    ("opas_comite", "pt", "desde 1960", "1960/..", None),
    ("oim_europe", "fr", "depuis 1951", "1951/..", None),
    ("oim_kenya", "fr", "du 6 au 8 juillet", "--07-06/--07-08", None),
    ("oim_nairobi", "fr", "du 10 au 14 septembre 2018", "2018-09-10/2018-09-14", None),
    ("oim_comite", "fr", "du 12 au 15 septembre", "--09-12/--09-15", None),
    ("oim_chili", "fr", "le 9 juillet 2015", "2015-07-09/2015-07-09", None),
]


@pytest.mark.parametrize(
    ("report", "language", "phrase", "expected", "anchor"),
    PERIODS,
    ids=[f"{p[0]}:{p[2]}" for p in PERIODS],
)
def test_date_and_period_phrases(
    report: str,
    language: str,
    phrase: str,
    expected: str,
    anchor: dt.date | mh.PartialDate | None,
) -> None:
    assert phrase.lower() in text_of(report).lower()
    reading = mh.read_period(phrase, language=language, anchor=anchor)
    assert reading.period.isoformat() == expected
    assert (reading.inferred is not None) is (anchor is not None)


@pytest.mark.parametrize(
    ("report", "language", "phrase"),
    [
        ("003", "en", "the next days"),
        ("003", "en", "last Friday"),
        ("03_", "es", "hace unos días"),
        ("07_", "es", "En los últimos cinco años"),
        ("08_", "es", "a finales de marzo"),
        ("opas_voltando", "pt", "Desde outubro de 2023 até o fim daquele ano"),
    ],
)
def test_vague_phrases_without_an_anchor_are_refused(
    report: str, language: str, phrase: str
) -> None:
    assert phrase in text_of(report)
    with pytest.raises(mh.DateParseError):
        mh.parse_period(phrase, language=language)


COUNTRIES = [
    ("000", "en", "Mexico", "MX"),
    ("000", "en", "Chile", "CL"),
    ("001", "en", "United States", "US"),
    ("001", "en", "U.S.", "US"),
    ("001", "en", "Canada", "CA"),
    ("003", "en", "Cuba", "CU"),
    ("004", "en", "El Salvador", "SV"),
    ("004", "en", "Dominican Republic", "DO"),
    ("02_", "es", "Estados Unidos", "US"),
    ("02_", "es", "Canadá", "CA"),
    ("02_", "es", "Guatemala", "GT"),
    ("02_", "es", "México", "MX"),
    ("04_", "en", "Bosnia and Herzegovina", "BA"),
    ("04_", "en", "the Czech Republic", "CZ"),
    ("04_", "en", "Moldova", "MD"),
    ("04_", "en", "the Netherlands", "NL"),
    ("04_", "en", "the UK", "GB"),
    ("05_", "en", "Democratic Republic of Congo", "CD"),
    ("05_", "en", "South Sudan", "SS"),
    ("05_", "en", "Tanzania", "TZ"),
    ("05_", "en", "Turkey", "TR"),
    ("05_", "en", "Uganda", "UG"),
    ("06_", "es", "Cuba", "CU"),
    ("07_", "es", "Honduras", "HN"),
    ("ops_migracion_y_salud", "es", "Brasil", "BR"),
    ("ops_migracion_y_salud", "es", "Colombia", "CO"),
    ("opas_comite", "pt", "Suíça", "CH"),
    ("opas_voltando", "pt", "Israel", "IL"),
    ("oim_kenya", "fr", "Kenya", "KE"),
    ("oim_comite", "fr", "Danemark", "DK"),
]


@pytest.mark.parametrize(("report", "language", "phrase", "code"), COUNTRIES)
def test_country_phrases(report: str, language: str, phrase: str, code: str) -> None:
    assert phrase in text_of(report)
    assert mh.country_code(phrase, language=language) == code
    assert mh.country_code(phrase) == code


@pytest.mark.parametrize(
    ("report", "phrase"),
    [("01_", "United States-Mexico"), ("000", "Mexico-Chile")],
)
def test_two_countries_in_one_phrase_are_refused(report: str, phrase: str) -> None:
    assert phrase in text_of(report)
    with pytest.raises(mh.CountryError, match="names two countries"):
        mh.country_code(phrase)


# Quotes read whole, in their report's language: what they state, and what they do not.
QUOTES = [
    (
        "07_",
        "es",
        "en 2013 atendió a 7 mil 45 y en 2018 a 38 mil 215",
        {2013, 7045, 2018, 38_215},
        {7, 45, 38, 215},
    ),
    (
        "03_",
        "es",
        "han brindado 5.4 millones de servicios preventivos",
        {5_400_000},
        {Decimal("5.4")},
    ),
    (
        "08_",
        "es",
        "atendió a casi 3.000 sobrevivientes de violencia sexual",
        {3000},
        {3},
    ),
    ("001", "en", "8.7 million services were provided", {8_700_000}, {Decimal("8.7")}),
    (
        "opas_comite",
        "pt",
        "com a presença, desde 1960, de 135 mil colaboradores",
        {1960, 135_000},
        {135},
    ),
    ("oim_europe", "fr", "Plus de 2 000 professionnels", {2000}, {2}),
]


@pytest.mark.parametrize(("report", "language", "quote", "stated", "not_stated"), QUOTES)
def test_quotes_state_whole_phrases_only(
    report: str, language: str, quote: str, stated: set[int], not_stated: set[object]
) -> None:
    assert quote in text_of(report)
    found = {span.value for span in mh.find_numbers(quote, language=language)}
    assert stated <= found
    assert not (not_stated & found)


def test_every_extra_report_names_its_source() -> None:
    extra = sorted((DATA / "reports-extra").rglob("*.txt"))
    assert {p.parent.name for p in extra} == {"en", "es", "pt", "fr"}
    for path in extra:
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith(("SOURCE: https://", "SOURCE: http://")), path
