"""``mh.draft``: a dataset drafted from a report's text, measured against the curated reports."""

from __future__ import annotations

import datetime as dt
import runpy
import shutil
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import migrationhealth as mh
from migrationhealth.draft import DRAFT_MARK, _literal, detect_language, draft_report

from .benchmark_scripts import benchmark_module

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
REPORTS = sorted([*DATA.glob("00*_*.txt"), *(DATA / "reports").glob("*.txt")])
MSF = DATA / "reports" / "08_msf_ciudad_juarez_brigadas_2025.txt"


def _benchmark() -> ModuleType:
    return benchmark_module("draft")


@pytest.fixture(scope="module")
def measured() -> list[object]:
    bench = _benchmark()
    return [bench.compare(n, t, c, s, None) for n, t, c, s in bench.builtin_pairs()]


def figures_of(text: str, language: str | None = None) -> list[tuple[object, str, str]]:
    result = draft_report(text, language=language)
    return [
        (d.figure.quantity.value, d.figure.quantity.qualifier.value, d.phrase)
        for d in result.figures
    ]


class TestTheBuiltInReports:
    """The draft of each of the 13 reports, against the curated records (benchmarks/draft.py)."""

    def test_no_drafted_value_is_wrong(self, measured: list[object]) -> None:
        assert [(s.name, s.wrong_items) for s in measured if s.wrong] == []

    def test_every_drafted_phrase_is_inside_its_own_quote(self, measured: list[object]) -> None:
        assert sum(s.outside_quote for s in measured) == 0

    def test_recall_and_precision_stay_above_their_floors(self, measured: list[object]) -> None:
        curated = sum(s.curated for s in measured)
        found = sum(s.found for s in measured)
        drafted = sum(s.drafted for s in measured)
        matching = sum(s.matching for s in measured)
        # Measured: 101 of 103 curated figures found, 101 of 101 drafted ones curated.
        assert found / curated >= 0.95
        assert matching / drafted >= 0.95

    def test_dates_countries_and_organisations_stay_above_their_floors(
        self, measured: list[object]
    ) -> None:
        def share(part: str, whole: str) -> float:
            return sum(getattr(s, part) for s in measured) / sum(
                getattr(s, whole) for s in measured
            )

        # Measured: dates 35 of 37, countries 60 of 60, organisations 59 of 63, places 14
        # of 17 (13 of the 38 drafted places are curated ones: the curated records keep
        # the places of their programmes, and many drafted ones are the statistics').
        assert share("dates_found", "dates") >= 0.90
        assert share("countries_found", "countries") >= 0.95
        assert share("organisations_found", "organisations") >= 0.85
        assert share("places_found", "places") >= 0.80
        assert share("places_matching", "places_drafted") >= 0.30


@pytest.fixture(scope="module")
def held_out() -> list[object]:
    bench = _benchmark()
    return [bench.compare(n, t, c, s, None) for n, t, c, s in bench.extra_pairs()]


class TestTheHeldOutReports:
    """The reports under tests/data/reports-extra/, which the drafter was not written on."""

    def test_no_drafted_value_is_wrong(self, held_out: list[object]) -> None:
        assert [(s.name, s.wrong_items) for s in held_out if s.wrong] == []

    def test_measures_stay_above_their_floors(self, held_out: list[object]) -> None:
        def share(part: str, whole: str) -> float:
            return sum(getattr(s, part) for s in held_out) / sum(
                getattr(s, whole) for s in held_out
            )

        # Measured on the 52 reports: figures 228 of 240, precision 228 of 251, dates 82
        # of 94 (9 more curated dates of pages that state no year counted apart),
        # countries 101 of 112, organisations 166 of 187, places 58 of 70 (58 of the 85
        # drafted places curated). The eight reports added last, found after the drafter
        # was written, brought dates from 69 of 74 and countries from 81 of 90 down.
        assert share("found", "curated") >= 0.93
        assert share("matching", "drafted") >= 0.90
        assert share("dates_found", "dates") >= 0.85
        assert share("countries_found", "countries") >= 0.85
        assert share("organisations_found", "organisations") >= 0.85
        assert share("places_found", "places") >= 0.80
        assert share("places_matching", "places_drafted") >= 0.60

    def test_a_date_is_unplaceable_only_where_the_text_states_no_year(
        self, held_out: list[object]
    ) -> None:
        unplaceable = {s.name: s.dates_unplaceable for s in held_out if s.dates_unplaceable}
        assert unplaceable == {
            "es/diocesis_cucuta_conferencia_ministros_2019.txt": 2,
            "es/sre_semana_binacional_xxii_2022.txt": 3,
            "pt/acnur_rio_de_janeiro_treinamentos_2024.txt": 2,
            "pt/mais_medicos_retorno_cuba_2018.txt": 2,
        }

    @pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
    def test_each_value_is_read_again_from_its_phrase_in_its_quote(self, path: Path) -> None:
        text = path.read_text("utf-8")
        result = draft_report(text)
        language = result.dataset.sources[0].language
        for item in result.figures:
            figure = item.figure
            assert figure.citation is not None
            assert item.phrase in figure.citation.quote
            assert figure.citation.quote in text
            again = mh.parse_quantity(item.phrase, unit=item.unit, language=language)
            if item.carried is not None:
                again = attrs.evolve(again, qualifier=item.carried)
            assert again == figure.quantity

    @pytest.mark.parametrize("path", REPORTS, ids=lambda p: p.name)
    def test_every_record_is_marked_as_a_draft(self, path: Path) -> None:
        dataset = mh.draft(path.read_text("utf-8"))
        records = [
            *dataset.sources,
            *dataset.organisations,
            *dataset.people,
            *dataset.programmes,
            *dataset.programmes[0].dates,
            *(located.figure for located in dataset.figures()),
        ]
        assert all(r.draft is not None and r.draft.startswith(DRAFT_MARK) for r in records)
        assert mh.loads(mh.dumps(dataset)) == dataset


@pytest.fixture(scope="module")
def result() -> mh.Draft:
    return draft_report(MSF.read_text("utf-8"))


class TestSpanishReport:
    """Médicos Sin Fronteras in Ciudad Juárez (tests/data/reports/08_...)."""

    def test_hedges_and_points_of_thousands(self, result: mh.Draft) -> None:
        read = {
            (d.phrase, d.figure.quantity.value, d.figure.quantity.qualifier) for d in result.figures
        }
        assert ("casi 3.000 sobrevivientes de violencia sexual", 3000, mh.Qualifier.ALMOST) in read
        assert ("más de 20.000 consultas individuales", 20000, mh.Qualifier.MORE_THAN) in read
        assert ("dos casos de sobrevivientes de violencia", 2, mh.Qualifier.EXACT) in read

    def test_the_source_comes_from_the_first_line_and_its_date_from_the_address(
        self, result: mh.Draft
    ) -> None:
        source = result.dataset.sources[0]
        assert source.url is not None
        assert source.url.startswith("https://mvsnoticias.com/")
        assert source.language == "es"
        assert (str(source.published), source.published_inferred) == (
            "2025-04-15",
            "from the address of the page",
        )
        assert [x.reason for x in result.left_out if x.phrase == "2025"] == [
            "part of the SOURCE line"
        ]

    def test_a_number_without_a_noun_borrows_the_unit_before_it_and_says_so(
        self, result: mh.Draft
    ) -> None:
        figure = next(d.figure for d in result.figures if d.figure.quantity.value == 39)
        assert figure.quantity.unit == "consultas médicas"
        assert figure.draft is not None
        assert "taken from the figure before" in figure.draft
        assert figure.measure is mh.Measure.CONSULTATIONS

    def test_dates_read_with_the_year_of_the_page(self, result: mh.Draft) -> None:
        periods = {str(d.period) for d in result.dataset.programmes[0].dates}
        assert "2025-03-20/2025-04-09" in periods
        assert "2024-01/2025-02" in periods

    def test_the_period_in_a_figures_sentence_governs_it(self, result: mh.Draft) -> None:
        figure = next(d.figure for d in result.figures if d.figure.quantity.value == 196)
        assert str(figure.period) == "2025-03-20/2025-04-09"

    def test_organisation_with_its_acronym_and_the_person_quoted(self, result: mh.Draft) -> None:
        names = {(o.name, o.acronym) for o in result.dataset.organisations}
        assert ("Médicos Sin Fronteras", "MSF") in names
        people = {p.name: p.positions[0].title for p in result.dataset.people if p.positions}
        assert "Ciudad Juárez" in people["Michail Fotiadis"]
        figure = next(d.figure for d in result.figures if d.figure.quantity.value == 26)
        assert figure.citation is not None
        assert figure.citation.speaker is not None
        assert figure.citation.speaker.name == "Michail Fotiadis"
        assert figure.citation.speaker.person == result.dataset.people[0].id
        assert "MX" in result.dataset.programmes[0].countries


class TestEnglishReports:
    @pytest.mark.parametrize(
        ("text", "countries"),
        [
            ("Nurses from North and South America trained in the UK in 2019.", ["GB"]),
            ("Doctors from Latin America and Mexico met in 2019.", ["MX"]),
            ("Forty nurses moved to America in 2019.", ["US"]),
            ("Teams from South Africa and South Korea met in 2019.", ["ZA", "KR"]),
        ],
    )
    def test_a_region_named_after_a_compass_word_is_no_country(
        self, text: str, countries: list[str]
    ) -> None:
        # "America" alone is the United States; "South America" is not.
        assert list(mh.draft(text, language="en").programmes[0].countries) == countries

    def test_a_rate_is_one_figure_and_its_base_is_not_another(self) -> None:
        text = (DATA / "003_401cf2ab4e733a54.txt").read_text("utf-8")
        result = draft_report(text, language="en")
        rates = [d.figure.quantity for d in result.figures if d.figure.quantity.per is not None]
        assert [q.value for q in rates][:1] == [mh.parse_number("2.4", language="en")[0]]
        assert 1000 not in {d.figure.quantity.value for d in result.figures}

    def test_a_dateline_gives_the_publication_date(self) -> None:
        text = (DATA / "003_401cf2ab4e733a54.txt").read_text("utf-8")
        source = mh.draft(text).sources[0]
        assert (str(source.published), source.published_quote) == (
            "2024-05-20",
            "Monday, 20 May 2024",
        )

    def test_hedges_in_english(self) -> None:
        text = (DATA / "reports" / "01_rwjf_binational_health_week_2006.txt").read_text("utf-8")
        read = figures_of(text)
        assert (300000, "approximate", "Some 300,000 people") in read
        assert (200, "more_than", "over 200 cities") in read

    def test_since_gives_the_start_of_a_period(self) -> None:
        text = (DATA / "reports" / "01_rwjf_binational_health_week_2006.txt").read_text("utf-8")
        dates = mh.draft(text).programmes[0].dates
        assert any(d.bound is mh.Bound.START and str(d.period) == "2004/2004" for d in dates)


class TestVagueCountsAndNames:
    @pytest.mark.parametrize(
        ("text", "language", "phrase"),
        [
            ("Thousands of nurses have registered to work in the UK.", "en", "Thousands of nurses"),
            ("Cientos de migrantes esperan en la frontera.", "es", "Cientos de migrantes"),
            ("Des milliers de personnes ont été vaccinées.", "fr", "Des milliers de personnes"),
        ],
    )
    def test_a_vague_count_takes_its_noun_after_of(
        self, text: str, language: str, phrase: str
    ) -> None:
        read = figures_of(text, language)
        assert [qualifier for _, qualifier, _ in read] == ["several"]
        assert read[0][2].startswith(phrase)

    def test_a_part_of_a_whole_takes_the_whole_as_its_noun(self) -> None:
        read = figures_of("Four of UK's top countries for nurse recruitment are listed.", "en")
        assert [(v, p) for v, _, p in read][:1] == [(4, "Four of UK's top countries")]
        read = figures_of("Three of the top seven countries are in Africa.", "en")
        assert (7, "seven countries") in [(v, p) for v, _, p in read]

    def test_a_vague_count_without_a_noun_is_still_left_out(self) -> None:
        result = draft_report("Migrants walk for hundreds, often alone.", language="en")
        assert result.figures == ()

    @staticmethod
    def names(text: str, language: str) -> set[str]:
        return {o.name for o in mh.draft(text, language=language).organisations}

    def test_two_acronyms_joined_by_a_hyphen_are_two_bodies(self) -> None:
        text = "IOM and the EU-IOM Joint Initiative trained 40 nurses in Nairobi."
        assert {"EU", "IOM"} <= self.names(text, "en")
        text = "Dans le cadre de l’Initiative conjointe UE-OIM, 40 agents ont été formés."
        assert "UE" in self.names(text, "fr")

    def test_an_acronym_and_a_name_joined_by_a_hyphen_are_one_body(self) -> None:
        text = "Cuban doctors in IMSS-Welfare gave 300 consultations."
        assert "IMSS-Welfare" in self.names(text, "en")

    def test_a_joined_acronym_in_brackets_stays_the_acronym_of_its_name(self) -> None:
        text = "The Executive Secretariat of COMISCA (SE-COMISCA) trained 30 nurses."
        assert "SE" not in self.names(text, "en")

    def test_a_plural_head_names_the_bodies(self) -> None:
        text = "It brought together representatives from the Ministries of Health, and 30 nurses."
        assert "Ministries of Health" in self.names(text, "en")

    @pytest.mark.parametrize(
        ("text", "language", "name"),
        [
            (
                "La organización Witness at the Border ha contabilizado 85 vuelos.",
                "es",
                "Witness at the Border",
            ),
            (
                'Foi o que relatou o jornal "Juventud Rebelde" sobre 200 médicos.',
                "pt",
                "Juventud Rebelde",
            ),
            ("The newspaper The Observer reported 40 recruits.", "en", "The Observer"),
        ],
    )
    def test_a_name_after_organisation_or_newspaper_is_one(
        self, text: str, language: str, name: str
    ) -> None:
        assert name in self.names(text, language)

    @pytest.mark.parametrize(
        ("text", "language", "name"),
        [
            (
                "Se integraron a la reunión las Representaciones de Guatemala y 40 cónsules.",
                "es",
                "Representaciones de Guatemala",
            ),
            ("A Representação da OIM no Brasil formou 30 agentes.", "pt", "Representação da OIM"),
        ],
    )
    def test_a_representation_is_a_body(self, text: str, language: str, name: str) -> None:
        assert any(n.startswith(name) for n in self.names(text, language))

    def test_an_acronym_and_a_country_are_an_office(self) -> None:
        text = "Contact IOM Chile for details; 30 nurses were trained."
        assert "IOM Chile" in self.names(text, "en")
        text = "L’OIM Maroc a formé 40 experts."
        assert "OIM Maroc" in self.names(text, "fr")
        text = "The IOM Director General met 30 nurses."
        assert not any(n.startswith("IOM ") for n in self.names(text, "en"))

    def test_a_country_s_body_before_a_possessive_is_named_with_it(self) -> None:
        names = self.names("It is banned by the UK government’s code; 30 nurses came.", "en")
        assert "UK government" in names
        assert not any("code" in n for n in names)

    def test_a_head_followed_by_a_comma_takes_no_words_after_it(self) -> None:
        text = "The Health and Foreign Ministries, US institutions and 20 organizations met."
        assert not any(n.startswith("Ministries") for n in self.names(text, "en"))


class TestDates:
    def test_two_months_that_follow_each_other_are_one_period(self) -> None:
        result = draft_report("En juin et juillet 2021, l’OIM a formé 40 experts.", language="fr")
        (fact,) = result.dataset.programmes[0].dates
        assert str(fact.period) == "2021-06/2021-07"
        # The year written once is shared by both months, as in "July to November 2019":
        # stated, not inferred.
        assert fact.inferred is None
        assert "juin et juillet 2021' read as 2021-06/2021-07" in (fact.draft or "")

    def test_a_list_of_months_that_follow_each_other_is_one_period(self) -> None:
        text = "It was held again across August, September, and October of 2021 for 40 people."
        (fact,) = mh.draft(text, language="en").programmes[0].dates
        assert str(fact.period) == "2021-08/2021-10"

    def test_months_apart_stay_two_dates_and_the_first_takes_the_year(self) -> None:
        text = "In March and October 2021 the clinic saw 40 patients."
        dates = mh.draft(text, language="en").programmes[0].dates
        assert [str(d.period) for d in dates] == ["2021-03/2021-03", "2021-10/2021-10"]
        assert dates[0].inferred == "the year 2021 taken from the date joined to it"

    def test_sept_is_seven_unless_a_day_or_a_year_makes_it_september(self) -> None:
        text = "48 000 individus ont été enregistrés dans sept points de contrôle le 12 sept 2020."
        result = draft_report(text, language="fr")
        assert [(d.phrase, d.figure.quantity.value) for d in result.figures] == [
            ("48 000 individus", 48000),
            ("sept points de contrôle", 7),
        ]
        assert [str(d.period) for d in result.dataset.programmes[0].dates] == [
            "2020-09-12/2020-09-12"
        ]

    def test_a_sentence_that_starts_with_a_date_is_no_dateline(self) -> None:
        text = "Training for health workers\n\nOn 27 February 2019, the IOM trained 40 nurses."
        result = draft_report(text, language="en")
        assert result.dataset.sources[0].published is None
        assert [str(d.period) for d in result.dataset.programmes[0].dates] == [
            "2019-02-27/2019-02-27"
        ]

    def test_a_month_named_in_the_address_dates_the_page(self) -> None:
        text = (
            "SOURCE: https://gov.br/casacivil/noticias/2021/agosto/operacao-acolhida\n"
            "A vacinação começou em 2 de agosto para 300 pessoas."
        )
        source = mh.draft(text, language="pt").sources[0]
        assert (str(source.published), source.published_inferred) == (
            "2021-08",
            "from the address of the page",
        )

    @pytest.mark.parametrize(
        ("text", "language"),
        [
            ("After 24 February 2022, 300 medics have arrived in Poland.", "en"),
            ("Después del 24 de febrero de 2022 llegaron 300 médicos a Polonia.", "es"),
        ],
    )
    def test_a_date_after_after_starts_what_the_sentence_tells(
        self, text: str, language: str
    ) -> None:
        dates = mh.draft(text, language=language).programmes[0].dates
        assert [(str(d.period), d.bound) for d in dates] == [
            ("2022-02-24/2022-02-24", mh.Bound.START)
        ]

    def test_a_month_after_an_elided_article_is_a_date(self) -> None:
        text = "Pour le seul mois d’août, 48 000 individus ont été enregistrés."
        dates = mh.draft(text, language="fr").programmes[0].dates
        assert [str(d.period) for d in dates] == ["--08/--08"]

    def test_a_day_after_a_weekday_takes_the_month_of_the_page(self) -> None:
        text = (
            "SOURCE: https://example.org/noticias/2021/agosto/vacinacao\n"
            "A vacinação começou nessa segunda-feira (2) com 300 pessoas."
        )
        dates = mh.draft(text, language="pt").programmes[0].dates
        assert [str(d.period) for d in dates] == ["2021-08-02/2021-08-02"]

    def test_a_day_after_a_weekday_without_the_page_s_month_is_no_date(self) -> None:
        text = "A vacinação começou nessa segunda-feira (2) com 300 pessoas."
        result = draft_report(text, language="pt")
        assert result.dataset.programmes[0].dates == ()
        assert [d.figure.quantity.value for d in result.figures] == [300]

    @pytest.mark.parametrize(
        ("text", "language", "period"),
        [
            (
                "Os encontros ocorreram na segunda semana de novembro de 2023.",
                "pt",
                "2023-11-08/2023-11-14",
            ),
            ("The course ran in the first week of March 2024.", "en", "2024-03-01/2024-03-07"),
            ("La formation a eu lieu la dernière semaine de mars 2024.", "fr", "2024-03/2024-03"),
        ],
    )
    def test_the_week_of_a_month_is_its_days(self, text: str, language: str, period: str) -> None:
        dates = mh.draft(text, language=language).programmes[0].dates
        assert [str(d.period) for d in dates] == [period]

    @pytest.mark.parametrize(
        ("text", "language", "period"),
        [
            (
                "La migración aumentó 62 % en los primeros ocho meses de 2023.",
                "es",
                "2023-01/2023-08",
            ),
            ("Arrivals rose by 40% in the first six months of 2022.", "en", "2022-01/2022-06"),
            ("Les arrivées ont augmenté de 40 % en 2022.", "fr", "2022/2022"),
        ],
    )
    def test_the_first_months_of_a_year_are_a_period(
        self, text: str, language: str, period: str
    ) -> None:
        result = draft_report(text, language=language)
        assert [str(d.period) for d in result.dataset.programmes[0].dates] == [period]
        assert [d.figure.quantity.unit for d in result.figures] == ["%"]

    @pytest.mark.parametrize(
        ("text", "language"),
        [
            ("Desde outubro de 2023 até o fim daquele ano, foram resgatadas 1.555 pessoas.", "pt"),
            ("Since October 2023 until the end of that year, 1,555 people were rescued.", "en"),
        ],
    )
    def test_since_a_month_to_the_end_of_that_year(self, text: str, language: str) -> None:
        dates = mh.draft(text, language=language).programmes[0].dates
        assert [(str(d.period), d.bound) for d in dates] == [("2023-10/2023-12", None)]

    def test_a_month_in_a_name_is_no_date(self) -> None:
        text = "Os encontros no Rio de Janeiro reuniram 60 participantes em 2023."
        dates = mh.draft(text, language="pt").programmes[0].dates
        assert [str(d.period) for d in dates] == ["2023/2023"]


class TestLists:
    def test_a_hedge_is_carried_along_a_list_and_said(self) -> None:
        text = (
            "An estimated three million Salvadorians, 1.6 million Guatemalans, 1.2 million "
            "Hondurans and 900,000 Nicaraguans live abroad."
        )
        result = draft_report(text, language="en")
        read = [(d.figure.quantity.value, d.figure.quantity.qualifier) for d in result.figures]
        assert read == [
            (3000000, mh.Qualifier.APPROXIMATE),
            (1600000, mh.Qualifier.APPROXIMATE),
            (1200000, mh.Qualifier.APPROXIMATE),
            (900000, mh.Qualifier.APPROXIMATE),
        ]
        assert [d.carried for d in result.figures][1:] == [mh.Qualifier.APPROXIMATE] * 3
        assert "carried from the figure before" in (result.figures[1].figure.draft or "")

    def test_two_figures_joined_by_and_keep_their_own_hedges(self) -> None:
        text = "Participaron más de 1,500 organizaciones y 5,000 voluntarios."
        result = draft_report(text, language="es")
        assert [d.figure.quantity.qualifier for d in result.figures] == [
            mh.Qualifier.MORE_THAN,
            mh.Qualifier.EXACT,
        ]

    def test_a_rounding_is_shared_by_two_figures_joined_by_and(self) -> None:
        text = "Some 5,000 volunteers and 3,000 agencies contributed to the event."
        assert [q for _, q, _ in figures_of(text, "en")] == ["approximate", "approximate"]

    def test_the_script_carries_the_hedge_too(self, tmp_path: Path) -> None:
        text = (
            "An estimated three million Salvadorians, 1.6 million Guatemalans and 900,000 "
            "Nicaraguans live abroad."
        )
        result = draft_report(text, language="en")
        script = tmp_path / "list.py"
        script.write_text(mh.draft_script(result), "utf-8")
        ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
        for command in (["check", "--isolated"], ["format", "--isolated", "--check"]):
            done = subprocess.run(
                [ruff, *command, str(script)], capture_output=True, text=True, check=False
            )
            assert done.returncode == 0, done.stdout + done.stderr
        namespace = runpy.run_path(str(script))
        assert namespace["dataset"] == result.dataset


class TestNumbersThatStateNoFact:
    @pytest.mark.parametrize(
        ("text", "reason"),
        [
            ("Call 55 1234 5678 for help. The clinic saw 40 patients.", "telephone"),
            ("Tel.: +52 (55) 5062-1600. The clinic saw 40 patients.", "telephone"),
            ("See https://example.org/2024/report-12 now. The clinic saw 40 patients.", "URL"),
            ("/cms/uploads/image/file/193413/sbs6.jpg\nThe clinic saw 40 patients.", "file"),
            ("Under article 33 of the law, the clinic saw 40 patients.", "article"),
            ("On Route 66, the clinic saw 40 patients.", "road"),
            ("The clinic saw 40 patients.\nPage 2 of 3", "page"),
            ("The clinic saw 40 patients.\n© 2024 All rights reserved", "copyright"),
            ("It opens at 10:30 and at 8h. The clinic saw 40 patients.", "time"),
            ("Its aims: 1. care; 2. training. The clinic saw 40 patients.", "list"),
        ],
    )
    def test_left_out_with_the_reason(self, text: str, reason: str) -> None:
        result = draft_report(text, language="en")
        assert [(d.figure.quantity.value, d.phrase) for d in result.figures] == [
            (40, "40 patients")
        ]
        assert result.left_out
        notes = result.dataset.sources[0].draft or ""
        assert "numbers left out" in notes

    @pytest.mark.parametrize(
        ("text", "language"),
        [
            ("A vacinação começou nessa segunda-feira (2) com 18 anos de idade.", "pt"),
            ("El taller empezó el jueves (12) y 18 años después sigue.", "es"),
            ("It began on Monday (2) and lasted 18 years.", "en"),
        ],
    )
    def test_the_day_after_a_weekday_is_no_count(self, text: str, language: str) -> None:
        result = draft_report(text, language=language)
        assert [d.figure.quantity.value for d in result.figures] == [18]
        assert any("weekday" in item.reason for item in result.left_out)

    def test_a_first_edition_is_counted_and_a_first_level_is_not(self) -> None:
        text = "Esta semana la OIM celebra la primera sesión de su programa en 32 estaciones."
        read = figures_of(text, "es")
        assert [(value, phrase.split()[1]) for value, _, phrase in read][:1] == [(1, "primera")]
        text = "La première réunion entre la Colombie et le Chili a réuni 30 experts."
        assert [value for value, _, _ in figures_of(text, "fr")] == [1, 30]
        text = "Esse é o terceiro de uma série de treinamentos com 40 profissionais."
        assert [(v, u) for v, _, u in figures_of(text, "pt")][:1] == [(3, "o terceiro")]
        text = "Cuban doctors strengthen the First Level of Care in 32 hospitals."
        assert [value for value, _, _ in figures_of(text, "en")] == [32]

    def test_a_number_no_language_writes_so_is_listed_as_unreadable(self) -> None:
        result = draft_report("Una tasa de 4.2, por cada mil nascidos vivos.", language="pt")
        reasons = {item.phrase: item.reason for item in result.left_out}
        assert reasons["4.2"] == "unreadable: '4.2' is not how Portuguese writes a number"

    def test_a_number_without_a_noun_takes_the_one_of_the_number_after_it(self) -> None:
        text = "La región acoge a 6,53 millones de los 7,72 millones de migrantes venezolanos."
        result = draft_report(text, language="es")
        read = [(d.phrase, d.figure.quantity.value, d.figure.quantity.unit) for d in result.figures]
        assert read == [
            ("6,53 millones", 6530000, "migrantes venezolanos"),
            ("los 7,72 millones de migrantes venezolanos", 7720000, "migrantes venezolanos"),
        ]
        assert "taken from the figure after" in (result.figures[0].figure.draft or "")

    def test_a_text_without_figures_gives_an_empty_draft_that_says_so(self) -> None:
        dataset = mh.draft("The ministry opened a new clinic for migrants.", language="en")
        assert dataset.programmes[0].figures == ()
        assert "no figures found" in (dataset.sources[0].draft or "")

    @pytest.mark.parametrize("text", ["", "   \n ", "abc\x00def"])
    def test_empty_or_binary_text_is_refused(self, text: str) -> None:
        with pytest.raises(mh.InvalidValueError, match="text"):
            mh.draft(text)


class TestLanguage:
    @pytest.mark.parametrize(
        ("path", "language"),
        [(p, "es" if p.name[:2] in {"02", "03", "06", "07", "08"} else "en") for p in REPORTS],
        ids=lambda p: getattr(p, "name", p),
    )
    def test_detected_in_every_built_in_report(self, path: Path, language: str) -> None:
        detection = detect_language(path.read_text("utf-8"))
        assert (detection.language, detection.certain) == (language, True)

    def test_a_short_text_is_detected_with_the_uncertainty_said(self) -> None:
        dataset = mh.draft("Cerca de 500 personas.")
        notes = dataset.sources[0].draft or ""
        assert "uncertain" in notes
        figure = dataset.programmes[0].figures[0]
        assert (figure.quantity.value, figure.quantity.qualifier) == (500, mh.Qualifier.ALMOST)
        assert figure.draft is not None
        assert "other readings: pt: approximate 500" in figure.draft

    def test_a_number_whose_separator_is_unsettled_is_listed_apart(self) -> None:
        result = draft_report("El informe cita la cifra de 3.000.", language="es")
        assert result.figures == ()
        reasons = {item.phrase: item.reason for item in result.left_out}
        assert reasons == {
            "3.000": "uncertain: '3.000' reads as 3,000 or 3: its dot or comma "
            "may group thousands or mark decimals, and the phrase does not say which"
        }

    def test_a_given_language_is_not_detected(self) -> None:
        result = draft_report("Se atendieron 3.000 personas.", language="es")
        assert result.detection is None
        assert "detected" not in (result.dataset.sources[0].draft or "")


_NOUNS = st.sampled_from(["people", "doctors", "workshops", "consultations", "countries"])
_HEDGES = st.sampled_from(["", "about ", "more than ", "almost ", "some ", "at least "])
_NOISE = st.sampled_from(
    [
        "Call 55 1234 5678.",
        "See https://example.org/a/2023/12.",
        "Photo: /img/file/4411/pic-7.jpg",
        "Page 3 of 9",
        "It started on 3 May 2021.",
        "The project was renewed in 2022.",
        "Article 12 applies.",
    ]
)


@st.composite
def english_reports(draw: st.DrawFn) -> str:
    sentences = []
    for _ in range(draw(st.integers(1, 4))):
        value = draw(st.integers(2, 10**7))
        hedge = draw(_HEDGES)
        noun = draw(_NOUNS)
        sentences.append(f"The programme reached {hedge}{value:,} {noun} in the region.")
        if draw(st.booleans()):
            sentences.append(draw(_NOISE))
    return "\n".join(sentences)


class TestProperties:
    @settings(max_examples=25)
    @given(english_reports())
    def test_a_drafted_value_is_always_read_from_a_phrase_of_its_own_quote(self, text: str) -> None:
        result = draft_report(text, language="en")
        for item in result.figures:
            quote = item.figure.citation.quote if item.figure.citation else ""
            assert text[item.start : item.end] == item.phrase
            assert item.phrase in quote
            assert quote in text
            assert mh.parse_quantity(item.phrase, unit=item.unit, language="en") == (
                item.figure.quantity
            )

    @settings(max_examples=25)
    @given(english_reports())
    def test_every_stated_count_is_drafted_and_no_noise_becomes_one(self, text: str) -> None:
        stated = [line for line in text.splitlines() if line.startswith("The programme")]
        result = draft_report(text, language="en")
        assert len(result.figures) == len(stated)
        for line, item in zip(stated, result.figures, strict=True):
            assert item.figure.citation is not None
            assert item.figure.citation.quote == line

    @settings(max_examples=50)
    @given(st.text(max_size=60))
    def test_any_text_is_drafted_or_refused_with_a_clear_error(self, text: str) -> None:
        try:
            result = draft_report(text)
        except mh.InvalidValueError as error:
            field = error.field
            assert field == "text"
            return
        for item in result.figures:
            quote = item.figure.citation.quote if item.figure.citation else ""
            assert item.phrase in quote

    @settings(max_examples=100)
    @given(st.text(max_size=40))
    def test_a_script_literal_reads_back_as_the_same_text(self, text: str) -> None:
        assert eval(_literal(text)) == text


class TestRuleMH403:
    def test_every_drafted_record_is_reported_until_its_mark_is_cleared(self) -> None:
        dataset = mh.draft(MSF.read_text("utf-8"))
        found = list(mh.validate(dataset, select="MH403").findings)
        figures = len(dataset.programmes[0].figures)
        dates = len(dataset.programmes[0].dates)
        records = 1 + len(dataset.organisations) + len(dataset.people) + 1
        assert len(found) == figures + dates + records
        assert all(f.severity is mh.Severity.INFO for f in found)
        programme = dataset.programmes[0]
        reviewed = attrs.evolve(
            dataset,
            sources=tuple(attrs.evolve(s, draft=None) for s in dataset.sources),
            organisations=(),
            people=(),
            programmes=(
                attrs.evolve(
                    programme,
                    draft=None,
                    figures=tuple(attrs.evolve(f, draft=None) for f in programme.figures),
                    dates=tuple(attrs.evolve(d, draft=None) for d in programme.dates),
                ),
            ),
        )
        assert mh.validate(reviewed, select="MH403").findings == ()

    def test_the_built_in_dataset_has_no_drafts(self) -> None:
        assert mh.validate(mh.corpus(), select="MH403").findings == ()

    def test_the_mark_is_in_the_schema(self) -> None:
        schema = mh.json_schema()
        text = str(schema)
        assert text.count("'draft'") >= 6


class TestRelativeDates:
    def test_a_few_days_back_is_read_against_the_address_of_the_page(self) -> None:
        text = (DATA / "reports" / "03_ime_ventanillas_de_salud_editorial_2023.txt").read_text(
            "utf-8"
        )
        dates = mh.draft(text).programmes[0].dates
        found = [d for d in dates if str(d.period) == "2023-09/2023-10"]
        assert len(found) == 1
        assert found[0].inferred is not None
        assert "a few days before the anchor 2023-10" in found[0].inferred
        assert "'hace unos días'" in (found[0].draft or "")

    @pytest.mark.parametrize(
        ("language", "sentence", "expected", "how"),
        [
            ("fr", "L'OIM a lancé, il y a un an, un projet.", "2023/2023", "1 before"),
            ("pt", "Chegaram nesta sexta-feira 200 médicos.", "2024-05-10/2024-05-10", "Friday"),
            ("es", "Lo comentábamos hace 3 meses con 147 agencias.", "2024-02/2024-02", "3 before"),
            ("en", "The agreement was signed two weeks ago.", "2024-04-22/2024-04-28", "week"),
            ("en", "Nepal signed an agreement in the summer.", "2024-06/2024-08", "northern"),
        ],
    )
    def test_read_against_the_dateline(
        self, language: str, sentence: str, expected: str, how: str
    ) -> None:
        dateline = {"en": "8 May 2024", "es": "8 de mayo de 2024"}.get(language, "08/05/2024")
        text = f"Title of the report\n\n{dateline}\n\n{sentence}\n"
        result = draft_report(text, language=language)
        assert str(result.dataset.sources[0].published) == "2024-05-08"
        dates = result.dataset.programmes[0].dates
        assert [str(d.period) for d in dates] == [expected]
        assert dates[0].inferred is not None
        assert how in dates[0].inferred
        assert "2024-05-08" in dates[0].inferred

    def test_a_season_with_its_year_is_not_read_against_the_dateline(self) -> None:
        text = "Title of the report\n\n8 May 2024\n\nNepal signed it in the summer of 2019.\n"
        dates = mh.draft(text, language="en").programmes[0].dates
        assert "2024-06/2024-08" not in [str(d.period) for d in dates]

    def test_without_a_dateline_relative_dates_are_listed_not_read(self) -> None:
        text = (
            "Brindarán servicios de salud\n\nLa Secretaría realizará este mes la Semana "
            "Binacional. El año pasado atendió a 1,000 personas, y hace unos días a 50.\n"
        )
        result = draft_report(text, language="es")
        assert result.dataset.sources[0].published is None
        assert result.dataset.programmes[0].dates == ()
        note = result.dataset.sources[0].draft or ""
        assert (
            "relative dates left unread, the publication date not being known: "
            "'este mes'; 'El año pasado'; 'hace unos días'"
        ) in note


def _dates(text: str, language: str) -> list[tuple[str, str | None]]:
    return [
        (str(d.period), d.inferred) for d in mh.draft(text, language=language).programmes[0].dates
    ]


class TestDaysAndMonthsInFigures:
    """ "esta semana (29/05)", "quinta-feira, 31/10": dates in figures, in a date's context."""

    @pytest.mark.parametrize(
        ("text", "language", "period"),
        [
            (
                "Ciudad de México, 6 de junio de 2018.\n"
                "Los 100 médicos participaron esta semana (04/06) en un taller.",
                "es",
                "2018-06-04/2018-06-04",
            ),
            (
                "Rio, 5 de novembro de 2024.\n"
                "A oficina foi realizada na segunda-feira, 4/11, com 50 profissionais.",
                "pt",
                "2024-11-04/2024-11-04",
            ),
            (
                "Agadez, le 20 septembre 2017.\nL'atelier a eu lieu jeudi 14/09 avec 50 agents.",
                "fr",
                "2017-09-14/2017-09-14",
            ),
        ],
    )
    def test_take_the_year_of_the_date_before_them(
        self, text: str, language: str, period: str
    ) -> None:
        found = _dates(text, language)
        assert (period, f"the year {period[:4]} taken from the date before it") in found

    def test_a_day_and_month_is_no_count_nor_a_path(self) -> None:
        text = "Rio, 5 de novembro de 2024.\nA oficina de quinta-feira, 31/10, teve 50 pessoas."
        result = draft_report(text, language="pt")
        assert [d.figure.quantity.value for d in result.figures] == [50]
        assert not [x for x in result.left_out if "31/10" in x.phrase]

    def test_without_a_year_in_the_text_it_stays_without_one(self) -> None:
        text = "A oficina foi realizada na quinta-feira, 31/10, com 50 profissionais."
        assert _dates(text, "pt") == [("--10-31/--10-31", None)]

    def test_a_year_whose_weekday_disagrees_is_not_given(self) -> None:
        # 31 October 2023 is a Tuesday, not a Thursday.
        text = "Rio, 5 de novembro de 2023.\nA oficina de quinta-feira, 31/10, teve 50 pessoas."
        assert ("--10-31/--10-31", None) in _dates(text, "pt")

    @pytest.mark.parametrize("phrase", ["atención 24/7", "una de cada 1/3 personas", "el 12/5"])
    def test_elsewhere_a_slash_is_no_date(self, phrase: str) -> None:
        text = f"El centro de 2020 ofrece {phrase} a 40 personas."
        assert all(not p.startswith("--") for p, _ in _dates(text, "es"))

    def test_english_figures_are_not_read_as_a_date(self) -> None:
        assert _dates("The workshop was held on Thursday 31/10 with 50 nurses.", "en") == []


@settings(max_examples=30)
@given(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)), st.sampled_from(["es", "pt", "fr"]))
def test_a_day_and_month_takes_the_year_of_the_page(date: dt.date, language: str) -> None:
    word = {"es": "el día", "pt": "o dia", "fr": "le jour"}[language]
    text = (
        f"SOURCE: https://example.org/{date.year}/12/31/page\n"
        f"Se informa que {word} {date.day}/{date.month} 40 personas asistieron."
    )
    day = date.isoformat()
    assert _dates(text, language) == [
        (f"{day}/{day}", f"the year {date.year} taken from the source's date")
    ]


class TestThePageDate:
    def test_an_ambiguous_numeric_dateline_is_settled_by_a_day_the_text_states(self) -> None:
        text = (
            "Date Publish:\n06/01/2018\n\n"
            "Los 100 médicos participaron esta semana (29/05) en un taller."
        )
        result = draft_report(text, language="es")
        source = result.dataset.sources[0]
        assert str(source.published) == "2018-06-01"
        assert source.published_inferred is not None
        assert "read month first" in source.published_inferred
        assert "'29/05'" in source.published_inferred
        assert "check the order" in (source.draft or "")
        # "esta semana" is then read against 1 June, not 6 January.
        assert ("2018-05-28/2018-06-03", None) in [
            (str(d.period), None) for d in result.dataset.programmes[0].dates
        ]

    def test_an_ambiguous_dateline_the_text_does_not_settle_is_read_day_first_and_said(
        self,
    ) -> None:
        text = "06/01/2018\n\nLos 100 médicos participaron en un taller en 2017."
        source = draft_report(text, language="es").dataset.sources[0]
        assert str(source.published) == "2018-01-06"
        assert source.published_inferred is None
        assert "was read day first" in (source.draft or "")

    def test_an_unambiguous_numeric_dateline_needs_no_check(self) -> None:
        source = draft_report("29/05/2018\n\nEl taller reunió a 100 médicos.", language="es")
        assert str(source.dataset.sources[0].published) == "2018-05-29"
        assert "day first" not in (source.dataset.sources[0].draft or "")

    @pytest.mark.parametrize(
        ("text", "language", "published"),
        [
            (
                "La OIM formó a 40 médicos.\n\nOtro párrafo.\n\nY otro.\n\n"
                "Publicado el 3 de mayo de 2021",
                "es",
                "2021-05-03",
            ),
            ("Title\n\nIOM trained 40 nurses.\n\nPosted: 12 March 2023", "en", "2023-03-12"),
            (
                "Título\nPublicado:\n25\nNov\n2021\n\nA Secretaria vacinou 40 pessoas.",
                "pt",
                "2021-11-25",
            ),
        ],
    )
    def test_a_date_after_a_word_of_publishing(
        self, text: str, language: str, published: str
    ) -> None:
        result = draft_report(text, language=language)
        assert str(result.dataset.sources[0].published) == published
        assert result.dataset.programmes[0].dates == ()

    def test_the_day_of_the_photographs_dates_a_page_without_a_date(self) -> None:
        text = (
            "Inauguran la Semana Binacional de Salud con 40 consulados.\n"
            "/cms/uploads/image/file/1/IMG-20221007-WA0179.jpg\n"
            "/cms/uploads/image/file/2/IMG-20221007-WA0178.jpg\n"
            "La semana pasada se atendió a 300 personas."
        )
        result = draft_report(text, language="es")
        source = result.dataset.sources[0]
        assert str(source.published) == "2022-10-07"
        assert source.published_inferred == (
            "the day its photographs were taken, from their file names "
            "('IMG-20221007-WA0179.jpg' and 1 more); the page may be of a later day"
        )
        assert [str(d.period) for d in result.dataset.programmes[0].dates] == [
            "2022-09-26/2022-10-02"
        ]

    def test_photographs_of_different_days_date_nothing(self) -> None:
        text = "Hubo 40 consultas.\nIMG-20221007-WA0179.jpg\nIMG-20221009-WA0001.jpg"
        assert draft_report(text, language="es").dataset.sources[0].published is None


class TestWeekdaysWithTheirDay:
    def test_the_day_after_a_comma_joins_its_weekday_and_is_no_count(self) -> None:
        text = (
            "SOURCE: http://example.org/portal/2018/02/27/noticia/\n"
            "A Sala se reuniu nesta segunda-feira, 26, com 15 entidades."
        )
        result = draft_report(text, language="pt")
        assert [d.figure.quantity.value for d in result.figures] == [15]
        (fact,) = result.dataset.programmes[0].dates
        assert str(fact.period) == "2018-02-26/2018-02-26"
        assert fact.inferred is not None
        assert fact.inferred.endswith("the day written after it (26) agrees")

    def test_a_day_after_a_comma_takes_the_page_s_month_when_its_weekday_agrees(self) -> None:
        text = (
            "SOURCE: https://example.org/2018/02/noticia/\n"
            "A comitiva chegou na sexta-feira, 16, com 4 técnicos."
        )
        assert _dates(text, "pt") == [
            ("2018-02-16/2018-02-16", "the month and year taken from the source's date (2018-02)")
        ]

    @pytest.mark.parametrize(
        ("text", "language", "figure"),
        [
            ("On Monday, 12 nurses graduated.", "en", "12 nurses"),
            ("El jueves, 15 personas llegaron al albergue.", "es", "15 personas"),
        ],
    )
    def test_a_count_after_a_weekday_and_a_comma_stays_a_count(
        self, text: str, language: str, figure: str
    ) -> None:
        result = draft_report(f"SOURCE: https://example.org/2018/02/x/\n{text}", language=language)
        assert [d.phrase for d in result.figures] == [figure]
        assert result.dataset.programmes[0].dates == ()

    def test_a_weekday_that_disagrees_gives_no_date(self) -> None:
        # 16 February 2018 is a Friday, not a Monday.
        text = (
            "SOURCE: https://example.org/2018/02/noticia/\n"
            "A comitiva chegou na segunda-feira, 16, com 4 técnicos."
        )
        result = draft_report(text, language="pt")
        assert result.dataset.programmes[0].dates == ()
        assert [d.figure.quantity.value for d in result.figures] == [4]


class TestYearsFromTheParagraph:
    def test_a_date_without_a_year_takes_the_year_of_a_later_date_of_its_paragraph(
        self,
    ) -> None:
        text = (
            "The seminar was held on 17 May. It briefed approximately 80 Member States on the\n"
            "outcomes of the March 3-5, 2010 Global Consultation."
        )
        assert (
            "2010-05-17/2010-05-17",
            "the year 2010 taken from the date after it in the same paragraph "
            "('of the March 3-5, 2010')",
        ) in _dates(text, "en")

    def test_not_from_another_paragraph(self) -> None:
        text = "The seminar was held on 17 May.\n\nIn March 2010, 80 States met."
        assert ("--05-17/--05-17", None) in _dates(text, "en")

    @pytest.mark.parametrize(
        ("text", "language", "phrase"),
        [
            (
                "On 28 November 2018 IOM held a workshop. In Slovenia, trainings were "
                "delivered earlier this year to 200 officers.",
                "en",
                "this year",
            ),
            (
                "Tras el 24 de febrero de 2022 llegaron 40 médicos; el año pasado se abrió "
                "el curso.",
                "es",
                "el año pasado",
            ),
            (
                "La réunion a eu lieu cette semaine, selon l'accord signé le 9 juillet 2015 "
                "avec 30 agents.",
                "fr",
                "cette semaine",
            ),
        ],
    )
    def test_a_relative_phrase_is_not_read_against_a_date_of_its_paragraph(
        self, text: str, language: str, phrase: str
    ) -> None:
        # A paragraph's full date is the date of what it tells (a war's start, an
        # agreement of years before), not the day of writing that "last year" counts from.
        result = draft_report(text, language=language)
        assert len(result.dataset.programmes[0].dates) == 1  # the stated date only
        assert f"relative dates left unread, the publication date not being known: {phrase!r}" in (
            result.dataset.sources[0].draft or ""
        )

    def test_a_page_with_its_own_date_reads_against_that_date(self) -> None:
        text = (
            "SOURCE: https://example.org/2023/05/02/news\n"
            "On 28 November 2018 IOM held a workshop; this year 200 were trained."
        )
        assert ("2023/2023", "the year 2023, from the anchor 2023-05-02") in _dates(text, "en")


class TestNumericDatelinesInEitherOrder:
    @pytest.mark.parametrize(
        ("text", "language", "published", "how"),
        [
            (
                "Date Publish:\n06/21/2018\n\nLos 100 médicos participaron.",
                "es",
                "2018-06-21",
                "the all-numeric dateline '06/21/2018' read month first: 21 cannot be a month",
            ),
            (
                "21/06/2018\n\nIOM trained 100 nurses.",
                "en",
                "2018-06-21",
                "the all-numeric dateline '21/06/2018' read day first: 21 cannot be a month",
            ),
        ],
    )
    def test_the_one_order_a_dateline_can_have_is_taken_and_said(
        self, text: str, language: str, published: str, how: str
    ) -> None:
        source = draft_report(text, language=language).dataset.sources[0]
        assert (str(source.published), source.published_inferred) == (published, how)
        assert "check the order" not in (source.draft or "")

    def test_an_english_dateline_is_settled_by_a_day_the_text_states(self) -> None:
        text = "06/01/2018\n\nIOM trained 100 nurses this week (on 29 May)."
        source = draft_report(text, language="en").dataset.sources[0]
        assert str(source.published) == "2018-06-01"
        assert "read month first (2018-06-01): 3 days from 'on 29 May'" in (
            source.published_inferred or ""
        )

    def test_an_english_dateline_nothing_settles_is_not_read_and_the_draft_says_why(
        self,
    ) -> None:
        source = draft_report("06/01/2018\n\nIOM trained 100 nurses.", language="en")
        record = source.dataset.sources[0]
        assert record.published is None
        assert "reads as day/month and as month/day, and the text does not settle which" in (
            record.draft or ""
        )


class TestRecurringDatesAndAnniversaries:
    @pytest.mark.parametrize(
        ("text", "language", "period"),
        [
            (
                "SOURCE: https://example.org/2008/08/news\n"
                "Held annually during the third week of October since 2004, the week served "
                "500 people.",
                "en",
                "--10-15/--10-21",
            ),
            (
                "SOURCE: https://example.org/2022/05/noticia\n"
                "La feria se celebra cada año en octubre con 40 organizaciones.",
                "es",
                "--10/--10",
            ),
            (
                "SOURCE: https://example.org/2019/05/article\n"
                "La campagne a lieu chaque année en novembre avec 40 agents.",
                "fr",
                "--11/--11",
            ),
        ],
    )
    def test_a_date_that_recurs_every_year_is_given_no_year(
        self, text: str, language: str, period: str
    ) -> None:
        found = dict(_dates(text, language))
        assert "recurs every year: no year is given" in (found[period] or "")

    @pytest.mark.parametrize(
        ("text", "language", "period", "phrase"),
        [
            (
                "SOURCE: https://example.org/2023/10/\n"
                "Celebramos los 20 años de la creación de las Ventanillas con 40 agencias.",
                "es",
                "2003/2003",
                "los 20 años de la creación",
            ),
            (
                "SOURCE: https://example.org/2019/05/\n"
                "O hospital comemora os trinta anos de fundação com 40 médicos.",
                "pt",
                "1989/1989",
                "os trinta anos de fundação",
            ),
            (
                "SOURCE: https://example.org/2019/05/\n"
                "L'association fête les 25 ans de sa création avec 40 agents.",
                "fr",
                "1994/1994",
                "les 25 ans de sa création",
            ),
            (
                "SOURCE: https://example.org/2018/05/\n"
                "IOM marks the 10th anniversary of the network with 40 nurses.",
                "en",
                "2008/2008",
                "the 10th anniversary of",
            ),
        ],
    )
    def test_the_years_a_page_counts_since_a_founding_date_it(
        self, text: str, language: str, period: str, phrase: str
    ) -> None:
        found = dict(_dates(text, language))
        year = int(text.split("/")[3])
        assert (
            found[period]
            == f"{year - int(period[:4])} years before the page's year ({year}): {phrase!r}"
        )

    def test_the_count_of_years_stays_a_figure(self) -> None:
        text = "SOURCE: https://example.org/2023/10/\nCelebramos los 20 años de la creación."
        assert [d.phrase for d in draft_report(text, language="es").figures] == ["los 20 años"]

    def test_without_the_page_s_date_no_founding_year_is_worked_out(self) -> None:
        assert _dates("Celebramos los 20 años de la creación con 40 agencias.", "es") == []


class TestTheDateOfAReportedStatement:
    @pytest.mark.parametrize(
        ("text", "language", "published", "relative"),
        [
            (
                "A través de un comunicado del 3 de octubre de 2022, la SRE informó que el año "
                "pasado se atendió a 40 personas.",
                "es",
                "2022-10-03",
                "2021/2021",
            ),
            (
                "In a statement issued on 12 March 2023, IOM said 40 nurses were trained last "
                "week.",
                "en",
                "2023-03-12",
                "2023-02-27/2023-03-05",
            ),
            (
                "Dans un communiqué publié le 5 juin 2019, l’OIM indique avoir formé 30 agents "
                "le mois dernier.",
                "fr",
                "2019-06-05",
                "2019-05/2019-05",
            ),
            (
                "Em nota divulgada em 2 de outubro de 2019, o ministério informou que vacinou "
                "40 pessoas neste ano.",
                "pt",
                "2019-10-02",
                "2019/2019",
            ),
        ],
    )
    def test_anchors_the_relative_dates_and_says_the_page_may_be_later(
        self, text: str, language: str, published: str, relative: str
    ) -> None:
        result = draft_report(text, language=language)
        source = result.dataset.sources[0]
        assert str(source.published) == published
        assert source.published_inferred is not None
        assert source.published_inferred.startswith("the date of the statement the page reports")
        assert source.published_inferred.endswith("the page may be of a later day")
        assert relative in [str(d.period) for d in result.dataset.programmes[0].dates]

    @pytest.mark.parametrize(
        ("text", "language"),
        [
            ("On 24 February 2022 the war began; last year 40 medics came.", "en"),
            (
                "En el comunicado, la SRE recordó que el 3 de marzo de 2019 se firmó el "
                "acuerdo; el año pasado se atendió a 40 personas.",
                "es",
            ),
        ],
    )
    def test_a_date_of_another_event_is_no_anchor(self, text: str, language: str) -> None:
        assert draft_report(text, language=language).dataset.sources[0].published is None


class TestMoreDatelinesAndNames:
    def test_a_dateline_in_brackets_before_the_dash(self) -> None:
        text = (
            "Salamanca, Gto. (14/12/2023).- La Secretaría de Salud atendió a 40 migrantes y "
            "ofrecerá una feria este próximo 18 de diciembre."
        )
        result = draft_report(text, language="es")
        assert str(result.dataset.sources[0].published) == "2023-12-14"
        assert [str(d.period) for d in result.dataset.programmes[0].dates] == [
            "2023-12-18/2023-12-18"
        ]

    @pytest.mark.parametrize(
        ("text", "language"),
        [
            ("A capacitação acontece no Colégio Estadual 10 de Maio com 40 pessoas.", "pt"),
            ("La clínica de la Avenida 5 de Mayo atendió a 40 personas.", "es"),
        ],
    )
    def test_a_day_and_a_capitalised_month_in_a_name_are_no_date(
        self, text: str, language: str
    ) -> None:
        assert _dates(text, language) == []

    def test_a_dateline_with_a_capitalised_month_is_still_a_date(self) -> None:
        text = "Rio, 10 de Maio de 2019.\nA Secretaria atendeu 40 pessoas."
        assert str(draft_report(text, language="pt").dataset.sources[0].published) == "2019-05-10"

    @pytest.mark.parametrize(
        ("text", "language", "name"),
        [
            ("IOM trained 40 officers of the Libyan Coast Guard.", "en", "Libyan Coast Guard"),
            (
                "The International Medical Corps trained 40 people.",
                "en",
                "International Medical Corps",
            ),
            (
                "La Jurisdicción Sanitaria V Salamanca atendió a 40 migrantes.",
                "es",
                "Jurisdicción Sanitaria V Salamanca",
            ),
            ("A Alcaldía de Bogotá vacunou 40 pessoas.", "pt", "Alcaldía de Bogotá"),
        ],
    )
    def test_more_words_head_organisation_names(self, text: str, language: str, name: str) -> None:
        names = [o.name for o in mh.draft(text, language=language).organisations]
        assert name in names


@settings(max_examples=40)
@given(st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31)), st.integers(0, 5))
def test_an_ambiguous_dateline_takes_the_order_a_stated_day_near_it_settles(
    date: dt.date, before: int
) -> None:
    swapped_ok = date.day <= 12 and date.day != date.month
    day_first = dt.date(date.year, date.day, date.month) if swapped_ok else None
    stated = date - dt.timedelta(days=before)
    if day_first is None or stated.year != date.year or abs((day_first - stated).days) <= 28:
        return
    # Written month first, as the page's template writes it; the text is Spanish.
    text = (
        f"Fecha: {date.month:02d}/{date.day:02d}/{date.year}\n\n"
        f"Los 100 médicos participaron esta semana ({stated.day:02d}/{stated.month:02d})."
    )
    source = draft_report(text, language="es").dataset.sources[0]
    assert source.published == mh.PartialDate.from_date(date)
    assert "read month first" in (source.published_inferred or "")


def places_of(text: str, language: str) -> list[str]:
    return list(draft_report(text, language=language).dataset.programmes[0].places)


class TestPlaces:
    """The places a draft names: whole names, where the text says they are places."""

    @pytest.mark.parametrize(
        ("text", "language", "place"),
        [
            ("As capacitações foram realizadas em Duque de Caxias.", "pt", "Duque de Caxias"),
            ("A oficina aconteceu no município de Rio de Janeiro.", "pt", "Rio de Janeiro"),
            ("La formation a été organisée à Dar es Salaam.", "fr", "Dar es Salaam"),
            ("The workshop was held in Port of Spain.", "en", "Port of Spain"),
            ("Se vacunó a 300 personas en Jaral del Progreso.", "es", "Jaral del Progreso"),
            ("L'atelier s'est tenu à Saint-Louis du Sénégal.", "fr", "Saint-Louis du Sénégal"),
        ],
    )
    def test_a_name_keeps_its_particles(self, text: str, language: str, place: str) -> None:
        assert places_of(text, language) == [place]

    def test_a_month_or_weekday_is_not_a_place(self) -> None:
        assert places_of("The course started in March in Geneva.", "en") == ["Geneva"]

    def test_a_name_does_not_run_on_over_a_line_break(self) -> None:
        assert places_of("Brigadas en Tijuana\nEl Salvador apoyó.", "es") == ["Tijuana"]

    @pytest.mark.parametrize(
        ("text", "language", "places"),
        [
            (
                "Foram capacitados profissionais dos municípios de Niterói e Itaperuna.",
                "pt",
                ["Niterói", "Itaperuna"],
            ),
            (
                "Des migrants ont été sensibilisés dans les régions de Rabat et Oujda.",
                "fr",
                ["Rabat", "Oujda"],
            ),
            ("Les sessions ont eu lieu dans la capitale Bamako.", "fr", ["Bamako"]),
            ("The clinic opened in the city of Nairobi.", "en", ["Nairobi"]),
        ],
    )
    def test_a_word_for_a_kind_of_place_names_the_places_after_it(
        self, text: str, language: str, places: list[str]
    ) -> None:
        assert places_of(text, language) == places

    def test_a_capitalised_word_for_a_kind_of_place_begins_a_name(self) -> None:
        # "Estados" begins the country's name: "Unidos" is not a state's.
        assert places_of("Se atendió a migrantes de Estados Unidos.", "es") == []

    def test_subdivisions_of_a_named_country_are_places(self) -> None:
        text = "En México, el programa llegó a Chiapas, Oaxaca y Tabasco este año."
        assert places_of(text, "es") == ["Chiapas", "Oaxaca", "Tabasco"]

    def test_a_subdivision_named_after_a_preposition_brings_its_country_s(self) -> None:
        text = "En Tamaulipas hubo 200 consultas. Chiapas tuvo 300 consultas."
        assert places_of(text, "es") == ["Tamaulipas", "Chiapas"]

    def test_two_subdivisions_of_one_country_name_that_country(self) -> None:
        result = draft_report("Hubo consultas en Chiapas y en Oaxaca.", language="es")
        programme = result.dataset.programmes[0]
        assert programme.countries == ("MX",)
        assert "MX (from Chiapas, Oaxaca)" in (programme.draft or "")

    def test_one_town_named_like_a_foreign_province_names_no_country(self) -> None:
        # Salamanca is a town of Guanajuato, and a province of Spain.
        result = draft_report("Hubo 30 consultas en Salamanca.", language="es")
        assert result.dataset.programmes[0].countries == ()

    def test_a_subdivision_alone_is_not_looked_for(self) -> None:
        # No country named, and no place said to be one: "Chiapas" is read nowhere.
        assert places_of("Chiapas tuvo 300 consultas.", "es") == []

    def test_a_name_inside_a_longer_one_is_not_a_place_of_its_own(self) -> None:
        text = "In the United States and Mexico, teams worked in Baja California."
        assert places_of(text, "en") == ["Baja California"]

    def test_a_list_with_a_country_or_a_known_place_is_a_list_of_places(self) -> None:
        text = "Foram atendidas 1.555 pessoas que estavam em Israel, Gaza e Cisjordânia."
        assert places_of(text, "pt") == ["Gaza", "Cisjordânia"]

    def test_a_country_whose_name_has_and_is_not_split(self) -> None:
        text = "Trainers came from Croatia, Bosnia and Herzegovina and Serbia."
        assert places_of(text, "en") == []

    def test_a_list_in_a_headline_is_not_read(self) -> None:
        text = "Mexico and Chile Conclude Binational Diploma Course\n\nThe course ended."
        assert places_of(text, "en") == []

    def test_the_word_that_begins_a_sentence_is_not_part_of_a_name(self) -> None:
        text = "But Nigeria and Ghana are on a so-called red list."
        assert places_of(text, "en") == []

    @pytest.mark.parametrize(
        ("text", "language"),
        [
            ("A Polícia Federal e a Defensoria Pública atenderam 40 pessoas.", "pt"),
            ("Foram aplicadas 22 doses contra a Influenza.", "pt"),
            ("The fair offered forms in Spanish to 200 residents.", "en"),
            ("La acción en Salud Pública llegó a 30 personas.", "es"),
            ("Formação em Saúde Mental para 25 profissionais.", "pt"),
        ],
    )
    def test_an_article_a_language_or_a_field_is_not_a_place(
        self, text: str, language: str
    ) -> None:
        assert places_of(text, language) == []

    def test_something_of_a_country_in_a_list_is_not_a_place(self) -> None:
        text = "Participaron las Representaciones de Guatemala, Honduras y Ciudad de Panamá."
        assert places_of(text, "es") == ["Ciudad de Panamá"]

    @given(
        st.lists(
            st.sampled_from(
                [
                    "en Duque de Caxias",
                    "no município de Niterói e Itaperuna",
                    "em Israel, Gaza e Cisjordânia",
                    "à Dar es Salaam",
                    "in March",
                    "Estados Unidos",
                    "Chiapas",
                    "en México",
                    "\n",
                    ", ",
                    " y ",
                    "But Nigeria and Ghana",
                    "Baja California",
                    "la Secretaría de Salud",
                ]
            ),
            min_size=1,
            max_size=8,
        )
    )
    @settings(max_examples=60, deadline=None)
    def test_every_place_is_written_in_the_text(self, parts: list[str]) -> None:
        text = " ".join(parts) + "."
        places = places_of(text, "es")
        assert len(places) == len(set(places))
        flat = " ".join(text.split())
        for place in places:
            assert place in flat
            assert place[0].isupper()


class TestMonthsAndPercentages:
    def test_may_in_lower_case_is_a_verb_in_english(self) -> None:
        text = (
            "Washington, 3 October 2022. All 50 consulates are observing the week, though "
            "some may have it on a different date."
        )
        result = draft_report(text, language="en")
        assert [d.figure.period for d in result.figures] == [None]
        assert result.dataset.programmes[0].dates == ()

    @pytest.mark.parametrize(
        "text",
        [
            "Washington, 3 October 2022. In May, 50 nurses were trained.",
            "Washington, 3 October 2022. On 12 may 2022, 50 nurses were trained.",
        ],
    )
    def test_a_month_with_a_capital_or_a_day_beside_it_is_a_month(self, text: str) -> None:
        result = draft_report(text, language="en")
        period = result.figures[0].figure.period
        assert period is not None
        assert str(period).startswith("2022-05")

    @pytest.mark.parametrize(
        ("text", "language", "measure"),
        [
            ("In total, 69.8 percent speak a language other than English.", "en", "other"),
            ("543 nurses joined – an increase of 61% compared to 2021.", "en", "percent_change"),
            (
                "Screenings rose: a 40 percent increase over the previous year.",
                "en",
                "percent_change",
            ),
            ("La migración irregular aumentó 62 % en 2023.", "es", "percent_change"),
            ("Unos 6,5 millones (84 %) están en la región.", "es", "other"),
            ("En tout, 93 % des participants viennent d'Afrique.", "fr", "other"),
            ("Les consultations ont connu une hausse de 12 %.", "fr", "percent_change"),
            ("Cuba paga 30% do que recebem.", "pt", "other"),
            ("As vacinações cresceram 15% no ano.", "pt", "percent_change"),
        ],
    )
    def test_a_percentage_is_a_change_only_beside_a_word_of_change(
        self, text: str, language: str, measure: str
    ) -> None:
        result = draft_report(text, language=language)
        percent = [d for d in result.figures if d.figure.quantity.unit in ("%", "percent")]
        assert [d.figure.measure.value for d in percent] == [measure]

    @pytest.mark.parametrize(
        ("text", "value"),
        [
            ("Cúcuta, 26 de agosto de 2019. Se celebró la III Conferencia Regional.", 3),
            ("Cúcuta, 26 de agosto de 2019. Se celebró la XXII Semana Binacional de Salud.", 22),
        ],
    )
    def test_a_roman_numeral_before_a_name_is_an_edition(self, text: str, value: int) -> None:
        result = draft_report(text, language="es")
        assert [(d.figure.quantity.value, d.figure.measure) for d in result.figures] == [
            (value, mh.Measure.EDITION)
        ]


class TestDaysAndMonthsInFiguresWithoutAYear:
    def test_a_day_and_month_in_figures_takes_the_year_of_the_page(self) -> None:
        text = "São Paulo, 10 de outubro de 2023. Na ação do dia 08/10, foram aplicadas 137 doses."
        result = draft_report(text, language="pt")
        assert [str(d.figure.period) for d in result.figures] == ["2023-10-08/2023-10-08"]
        assert result.left_out == ()

    def test_in_english_the_order_is_not_settled_and_it_says_so(self) -> None:
        text = "Washington, 3 October 2022. On 08/10, 137 doses were given."
        result = draft_report(text, language="en")
        assert [d.figure.period for d in result.figures] == [None]
        assert [(x.phrase, x.reason) for x in result.left_out] == [
            ("08/10", "a day and month in figures, not read as a date")
        ]

    @pytest.mark.parametrize("phrase", ["24/7", "3/4"])
    def test_round_the_clock_and_fractions_are_not_dates(self, phrase: str) -> None:
        result = draft_report(f"La campaña {phrase} atendió a 30 personas.", language="es")
        assert result.dataset.programmes[0].dates == ()
        assert [d.figure.period for d in result.figures] == [None]


class TestCountedNouns:
    @pytest.mark.parametrize(
        ("text", "language", "measure"),
        [
            ("He said that 80 more nurses were awaiting review.", "en", "health_workers"),
            (
                "The course lasted two weeks. Then 80 more qualified nurses came.",
                "en",
                "health_workers",
            ),
            ("Foram 290 dispensações de medicamentos.", "pt", "other"),
            ("Chegaram 30 enfermeiros ao posto.", "pt", "health_workers"),
        ],
    )
    def test_the_noun_after_more_is_counted_and_medicines_are_not_doctors(
        self, text: str, language: str, measure: str
    ) -> None:
        result = draft_report(text, language=language)
        assert result.figures[-1].figure.measure.value == measure
        assert "week" not in result.figures[-1].figure.quantity.unit


class TestOrganisationNames:
    @pytest.mark.parametrize(
        ("text", "language", "name"),
        [
            (
                "O Alto Comissariado das Nações Unidas para os Refugiados (Acnur) atendeu "
                "400 pessoas.",
                "pt",
                "Alto Comissariado das Nações Unidas para os Refugiados",
            ),
            ("The El Paso Food Bank donated 200 boxes.", "en", "El Paso Food Bank"),
            ("La Secretaría de Salud (SSA) atendió a 30 personas.", "es", "Secretaría de Salud"),
        ],
    )
    def test_an_article_before_a_name_is_not_part_of_it_but_one_in_it_is(
        self, text: str, language: str, name: str
    ) -> None:
        result = draft_report(text, language=language)
        assert [o.name for o in result.dataset.organisations] == [name]


class TestMoneyAndConvoys:
    def test_a_sum_with_its_currency_after_it_is_drafted(self) -> None:
        text = "Montréal, 3 mars 2024. Le programme de 65 millions $ a recruté 500 infirmières."
        result = draft_report(text, language="fr")
        assert [(d.figure.quantity.value, d.figure.quantity.unit) for d in result.figures] == [
            (65_000_000, "$"),
            (500, "infirmières"),
        ]

    @pytest.mark.parametrize(
        ("text", "language", "value"),
        [
            ("Niamey, 14 mars 2016. Le 30ème convoi est arrivé à Agadez.", "fr", 30),
            ("Tijuana, 3 de mayo de 2020. La tercera caravana llegó con 30 personas.", "es", 3),
        ],
    )
    def test_a_numbered_convoy_or_caravan_is_an_edition(
        self, text: str, language: str, value: int
    ) -> None:
        result = draft_report(text, language=language)
        editions = [d for d in result.figures if d.figure.measure is mh.Measure.EDITION]
        assert [d.figure.quantity.value for d in editions] == [value]
