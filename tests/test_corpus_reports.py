"""The eight further reports of the built-in dataset, and the thirteen together.

The reports are copied into ``tests/data/reports/`` under their own file names. Every
quote in ``mh.reports_corpus()`` is checked against its report, and every figure of every
report is listed here with the number as the report prints it ("7 mil 45", "3.000",
"5.4 millones"). The quantities are written here directly, not parsed, so that these
tests state the reading of each report on their own.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import pytest

import migrationhealth as mh
from migrationhealth.corpus import _join

M = mh.Measure
Q = mh.Qualifier
R = mh.Role
T = mh.Plan.TARGET
DATA = Path(__file__).parent / "data" / "reports"
REPORTS = {
    "r01-rwjf-binational-health-week-2006": "01_rwjf_binational_health_week_2006.txt",
    "r02-ime-binational-health-week-2006": "02_ime_6a_semana_binacional_de_salud_2006.txt",
    "r03-ime-health-windows-editorial": "03_ime_ventanillas_de_salud_editorial_2023.txt",
    "r04-iom-europe-migrant-health-training": "04_iom_europe_migrant_health_training_2019.txt",
    "r05-mhadri-certificate-course": "05_mhadri_migration_health_certificate_course_2021.txt",
    "r06-imss-cuban-specialists": "06_imss_cuban_specialists_352_2022.txt",
    "r07-imss-bienestar-migrant-consultations": (
        "07_imss_bienestar_consultas_migrantes_2013_2018.txt"
    ),
    "r08-msf-ciudad-juarez-brigades": "08_msf_ciudad_juarez_brigadas_2025.txt",
}
R01, R02, R03, R04, R05, R06, R07, R08 = REPORTS
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def report(source: str) -> str:
    return (DATA / REPORTS[source]).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def reports() -> mh.Dataset:
    return mh.reports_corpus()


@pytest.fixture(scope="module")
def figures(reports: mh.Dataset) -> dict[str, mh.LocatedFigure]:
    return {located.figure.id: located for located in reports.figures()}


def records(programme: mh.Programme) -> list[mh.Programme | mh.Cohort | mh.ServiceStatistic]:
    return [programme, *programme.cohorts, *programme.statistics]


def all_citations(dataset: mh.Dataset) -> list[tuple[str, mh.Citation]]:
    """Every citation in the dataset, with a label saying where it sits."""
    found = [
        (located.path, located.figure.citation)
        for located in dataset.figures()
        if located.figure.citation is not None
    ]
    found += [
        (f"{located.path}.listing", located.figure.listing.citation)
        for located in dataset.figures()
        if located.figure.listing is not None and located.figure.listing.citation is not None
    ]
    for programme in dataset.programmes:
        found += [(f"{programme.id} partner", p.citation) for p in programme.partners if p.citation]
        found += [(f"{programme.id} citation", c) for c in programme.citations]
        for record in records(programme):
            found += [(f"{record.id} date", d.citation) for d in record.dates if d.citation]
    for person in dataset.people:
        found += [(f"{person.id} citation", c) for c in person.citations]
    return found


def dates_of(dataset: mh.Dataset) -> dict[str, tuple[mh.DateFact, ...]]:
    found: dict[str, tuple[mh.DateFact, ...]] = {}
    for programme in dataset.programmes:
        for record in records(programme):
            found[record.id] = record.dates
    return found


def of_programme(dataset: mh.Dataset, programme: str) -> list[mh.LocatedFigure]:
    return [f for f in dataset.figures() if f.programme is not None and f.programme.id == programme]


# --- loading ------------------------------------------------------------------------------


class TestLoading:
    def test_reports_corpus_is_a_dataset_read_once(self) -> None:
        assert isinstance(mh.reports_corpus(), mh.Dataset)
        assert mh.reports_corpus() is mh.reports_corpus()
        assert mh.corpus() is mh.corpus()

    def test_the_packaged_file_is_in_canonical_form(self, reports: mh.Dataset) -> None:
        packaged = resources.files("migrationhealth") / "data" / "reports_corpus.json"
        assert packaged.read_text(encoding="utf-8") == mh.dumps(reports, indent=2)

    def test_round_trips_through_json(self, reports: mh.Dataset) -> None:
        assert mh.loads(mh.dumps(reports)) == reports
        assert mh.loads(mh.dumps(mh.corpus())) == mh.corpus()

    def test_has_the_eight_reports_as_sources(self, reports: mh.Dataset) -> None:
        assert [s.id for s in reports.sources] == list(REPORTS)

    def test_the_copied_reports_are_the_eight(self, reports: mh.Dataset) -> None:
        assert sorted(p.name for p in DATA.glob("*.txt")) == sorted(REPORTS.values())
        for source in reports.sources:
            assert report(source.id).splitlines()[0] == f"SOURCE: {source.url}"

    def test_no_terms_are_declared(self, reports: mh.Dataset) -> None:
        # The file uses built-in vocabularies only, so loading it changes no process state.
        packaged = resources.files("migrationhealth") / "data" / "reports_corpus.json"
        assert '"vocabulary"' not in packaged.read_text(encoding="utf-8")


class TestWholeCorpus:
    def test_has_the_thirteen_sources_seeds_first(self) -> None:
        ids = [s.id for s in mh.corpus().sources]
        assert ids == [s.id for s in mh.seed_corpus().sources] + list(REPORTS)

    def test_seed_corpus_is_unchanged(self) -> None:
        assert len(mh.seed_corpus().sources) == 5
        assert mh.seed_corpus().people == ()

    def test_every_record_of_both_is_in_it_once(self, reports: mh.Dataset) -> None:
        full = mh.corpus()
        seeds = mh.seed_corpus()
        for kind in ("sources", "organisations", "programmes", "people"):
            ids = [r.id for r in getattr(full, kind)]
            expected = [r.id for r in getattr(seeds, kind)]
            expected += [r.id for r in getattr(reports, kind) if r.id not in expected]
            assert ids == expected

    def test_every_figure_of_both_is_in_it(self, reports: mh.Dataset) -> None:
        ids = Counter(f.figure.id for f in mh.corpus().figures())
        expected = Counter(f.figure.id for f in mh.seed_corpus().figures())
        expected.update(f.figure.id for f in reports.figures())
        assert ids == expected
        assert max(ids.values()) == 1

    def test_a_shared_programme_has_the_facts_of_both(self) -> None:
        windows = mh.corpus().programme("mx-consular-health-windows")
        assert {s.id for s in windows.statistics} >= {
            "health-windows-services-2021-2022",
            "health-windows-2022-2023",
        }
        sources = {p.citation.source for p in windows.partners if p.citation is not None}
        assert sources == {"s001-binational-health-week", R03}
        assert windows.title == mh.seed_corpus().programme(windows.id).title

    def test_a_shared_organisation_keeps_its_seed_notes_and_gains_spellings(self) -> None:
        imss = mh.corpus().organisation("mx-imss")
        assert imss.name == "Mexican Institute of Social Security"
        assert [s.text for s in imss.spellings] == [
            "Instituto Mexicano de la Salud (IMSS)",
            "Instituto Mexicano del Seguro Social",
        ]
        ime = mh.corpus().organisation("mx-ime")
        seed_notes = mh.seed_corpus().organisation("mx-ime").notes
        assert ime.notes is not None
        assert seed_notes is not None
        assert ime.notes.startswith(seed_notes)

    def test_the_whole_corpus_has_no_broken_reference(self) -> None:
        found = mh.validate(mh.corpus(), select=["MH301", "MH302"])
        assert [f.ids for f in found] == []


# --- quotes -------------------------------------------------------------------------------


class TestQuotes:
    def test_every_quote_occurs_verbatim_in_its_report(self, reports: mh.Dataset) -> None:
        missing = [
            f"{where}: {citation.quote!r}"
            for where, citation in all_citations(reports)
            if citation.quote not in report(citation.source)
        ]
        assert missing == []

    def test_every_report_is_quoted(self, reports: mh.Dataset) -> None:
        quoted = Counter(citation.source for _, citation in all_citations(reports))
        assert set(quoted) == set(REPORTS)

    def test_every_figure_and_date_is_cited(self, reports: mh.Dataset) -> None:
        assert [f.path for f in reports.figures() if f.figure.citation is None] == []
        uncited = [r for r, facts in dates_of(reports).items() for d in facts if not d.citation]
        assert uncited == []

    def test_misspellings_are_kept(self, figures: dict[str, mh.LocatedFigure]) -> None:
        citation = figures["cuban-specialists-arrived-placed"].figure.citation
        assert citation is not None
        assert "médicos y medicas especialistas que viene de Cuba" in citation.quote


# --- every figure of every report -----------------------------------------------------------


class Expected(NamedTuple):
    """A figure as its report prints it: ``printed`` is in the quote, as printed."""

    source: str
    id: str
    measure: mh.Measure
    printed: str
    unit: str
    value: int | Decimal
    qualifier: mh.Qualifier = Q.EXACT
    planned: mh.Plan | None = None


FIGURES = [
    # 01: the foundation's page on the 2006 week, and the grant.
    Expected(R01, "bhw-2006-edition", M.EDITION, "Sixth", "edition", 6),
    Expected(
        R01,
        "bhw-2006-participants-rwjf",
        M.PARTICIPANTS,
        "Some 300,000",
        "people",
        300_000,
        Q.APPROXIMATE,
    ),
    Expected(R01, "bhw-2006-activities", M.ACTIVITIES, "1,014", "activities", 1014),
    Expected(
        R01, "bhw-2006-people-screened-us-canada-count", M.PEOPLE_SERVED, "49,349", "people", 49_349
    ),
    Expected(
        R01, "bhw-2006-people-screened-increase", M.PERCENT_CHANGE, "40 percent", "percent", 40
    ),
    Expected(
        R01, "bhw-2006-people-screened-mexico-count", M.PEOPLE_SERVED, "235,000", "people", 235_000
    ),
    Expected(
        R01,
        "bhw-2006-volunteers-rwjf",
        M.VOLUNTEERS,
        "Some 5,000",
        "volunteers",
        5000,
        Q.APPROXIMATE,
    ),
    Expected(
        R01,
        "bhw-2006-agencies-rwjf",
        M.ORGANISATIONS,
        "3,000 agencies",
        "agencies",
        3000,
        Q.APPROXIMATE,
    ),
    Expected(
        R01, "bhw-2006-cities-rwjf", M.PLACES_REACHED, "over 200 cities", "cities", 200, Q.MORE_THAN
    ),
    Expected(R01, "bhw-2006-states-count", M.PLACES_REACHED, "31 states", "states", 31),
    Expected(R01, "bhw-2006-toolkits", M.OTHER, "600 toolkits", "toolkits", 600),
    # 02: the Mexican government's page on the same week.
    Expected(R02, "bhw-2006-edition-ime", M.EDITION, "6ª", "edición", 6),
    Expected(R02, "bhw-2006-years-with-every-consulate", M.DURATION, "segundo año", "años", 2),
    Expected(
        R02,
        "bhw-2006-participants-ime",
        M.PARTICIPANTS,
        "Cerca de 300,000",
        "connacionales",
        300_000,
        Q.ALMOST,
    ),
    Expected(
        R02,
        "bhw-2006-organisations-ime",
        M.ORGANISATIONS,
        "más de 1,500",
        "organizaciones",
        1500,
        Q.MORE_THAN,
    ),
    Expected(
        R02, "bhw-2006-volunteers-ime", M.VOLUNTEERS, "5,000 voluntarios", "voluntarios", 5000
    ),
    Expected(
        R02,
        "bhw-2006-activities-ime",
        M.ACTIVITIES,
        "alrededor de 1,000",
        "actividades",
        1000,
        Q.APPROXIMATE,
    ),
    Expected(
        R02,
        "bhw-2006-cities-ime",
        M.PLACES_REACHED,
        "más de 200",
        "ciudades y pueblos",
        200,
        Q.MORE_THAN,
    ),
    Expected(R02, "bhw-2006-health-fairs", M.HEALTH_FAIRS, "250 ferias", "ferias de salud", 250),
    Expected(R02, "bhw-2006-mobile-clinics", M.ACTIVITIES, "80 clínicas", "clínicas móviles", 80),
    # 03: the Health Windows, September 2022 to June 2023.
    Expected(
        R03,
        "health-windows-people-served-2022-2023",
        M.PEOPLE_SERVED,
        "más de 1,017,450",
        "personas migrantes",
        1_017_450,
        Q.MORE_THAN,
    ),
    Expected(
        R03, "health-windows-services-2022-2023", M.SERVICES, "5.4 millones", "servicios", 5_400_000
    ),
    Expected(R03, "health-windows-agencies", M.ORGANISATIONS, "147 agencias", "agencias", 147),
    Expected(R03, "health-windows-years", M.DURATION, "20 años", "años", 20),
    Expected(R03, "health-windows-years-strategy", M.DURATION, "20 años", "años", 20),
    # 04: IOM's training across Europe.
    Expected(
        R04,
        "iom-europe-trained",
        M.TRAINED,
        "more than 2,000",
        "health professionals, law enforcement officers and social workers",
        2000,
        Q.MORE_THAN,
    ),
    Expected(
        R04,
        "iom-europe-trained-headline",
        M.TRAINED,
        "over-2000",
        "frontline professionals",
        2000,
        Q.MORE_THAN,
    ),
    Expected(R04, "iom-europe-trainings", M.SESSIONS, "69 trainings", "trainings", 69),
    Expected(R04, "iom-europe-countries", M.COUNTRIES, "21 countries", "countries", 21),
    Expected(R04, "eu-third-health-programme-edition", M.EDITION, "Third", "edition", 3),
    # 05: MHADRI's course.
    Expected(
        R05, "mhadri-course-participants", M.PARTICIPANTS, "130 participants", "participants", 130
    ),
    Expected(
        R05, "mhadri-course-participant-countries", M.COUNTRIES, "11 countries", "countries", 11
    ),
    Expected(R05, "mhadri-course-certified", M.CERTIFIED, "91 participants", "participants", 91),
    Expected(
        R05,
        "mhadri-course-papers-required",
        M.OTHER,
        "2 thematic course papers",
        "thematic course papers",
        2,
    ),
    Expected(
        R05,
        "mhadri-course-facilitators-count",
        M.FACILITATORS,
        "20 facilitators",
        "facilitators",
        20,
    ),
    Expected(
        R05, "mhadri-course-facilitator-countries", M.COUNTRIES, "11 countries", "countries", 11
    ),
    # 06: Cuban specialists arriving in Mexico.
    Expected(
        R06,
        "cuban-specialists-arrived-count",
        M.HEALTH_WORKERS,
        "352 médicos",
        "médicos especialistas",
        352,
    ),
    Expected(
        R06,
        "cuban-specialists-arrived-placed",
        M.HEALTH_WORKERS,
        "352 médicos",
        "médicos y medicas especialistas",
        352,
    ),
    Expected(
        R06,
        "cuban-specialists-arrived-headline",
        M.HEALTH_WORKERS,
        "352-medicos",
        "médicos especialistas cubanos",
        352,
    ),
    *(
        Expected(
            R06,
            f"cuban-specialists-in-{state.lower().replace(' ', '-')}",
            M.HEALTH_WORKERS,
            printed,
            "médicos cubanos",
            n,
        )
        for state, n, printed in [
            ("Nayarit", 92, "92 en Nayarit"),
            ("Colima", 55, "en Colima 55"),
            ("Campeche", 54, "en Campeche 54"),
            ("Baja California Sur", 30, "en Baja California Sur 30"),
            ("Zacatecas", 10, "en Zacatecas 10"),
            ("Sonora", 17, "en Sonora 17"),
            ("Oaxaca", 61, "en Oaxaca 61"),
            ("Veracruz", 7, "en Veracruz 7"),
            ("Tlaxcala", 26, "en Tlaxcala 26"),
        ]
    ),
    Expected(
        R06,
        "cuban-specialists-municipalities-count",
        M.PLACES_REACHED,
        "79 municipios",
        "municipios",
        79,
    ),
    Expected(
        R06,
        "cuban-specialists-municipalities-placed",
        M.PLACES_REACHED,
        "79 municipios",
        "municipios",
        79,
    ),
    Expected(
        R06, "cuban-specialists-states-count", M.PLACES_REACHED, "nueve entidades", "entidades", 9
    ),
    Expected(
        R06, "cuban-specialists-states-placed", M.PLACES_REACHED, "nueve entidades", "entidades", 9
    ),
    Expected(
        R06,
        "cuban-specialists-84-more",
        M.HEALTH_WORKERS,
        "84 más",
        "médicos cubanos",
        84,
        planned=T,
    ),
    Expected(
        R06,
        "cuban-specialists-total-436",
        M.HEALTH_WORKERS,
        "436 médicos",
        "médicos cubanos",
        436,
        planned=T,
    ),
    Expected(
        R06,
        "cuban-specialists-total-436-again",
        M.HEALTH_WORKERS,
        "436 médicos",
        "médicos cubanos",
        436,
        planned=T,
    ),
    # 07: consultations of IMSS Bienestar for migrants.
    Expected(
        R07, "imss-bienestar-consultations-2013", M.CONSULTATIONS, "7 mil 45", "consultas", 7045
    ),
    Expected(
        R07, "imss-bienestar-consultations-2018", M.CONSULTATIONS, "38 mil 215", "consultas", 38_215
    ),
    Expected(
        R07,
        "imss-bienestar-consultations-growth",
        M.PERCENT_CHANGE,
        "más de 400%",
        "%",
        400,
        Q.MORE_THAN,
    ),
    Expected(R07, "imss-bienestar-consultations-years", M.DURATION, "cinco años", "años", 5),
    Expected(R07, "imss-bienestar-consultations-years-headline", M.DURATION, "5-anos", "años", 5),
    Expected(
        R07, "imss-bienestar-service-points-2018", M.SERVICE_POINTS, "nueve puntos", "puntos", 9
    ),
    Expected(
        R07,
        "imss-bienestar-ixtepec-consulting-rooms",
        M.SERVICE_POINTS,
        "dos consultorios",
        "consultorios",
        2,
    ),
    Expected(
        R07, "imss-bienestar-ixtepec-pharmacies", M.SERVICE_POINTS, "una farmacia", "farmacia", 1
    ),
    # 08: MSF in Ciudad Juárez, and MSF's care from January 2024 to February 2025.
    Expected(
        R08, "msf-juarez-shelters-visited-count", M.PLACES_REACHED, "26 albergues", "albergues", 26
    ),
    Expected(
        R08, "msf-juarez-consultations-count", M.CONSULTATIONS, "196 consultas", "consultas", 196
    ),
    Expected(
        R08,
        "msf-juarez-mental-health-consultations-count",
        M.CONSULTATIONS,
        "de las cuales 39",
        "consultas",
        39,
    ),
    Expected(
        R08,
        "msf-juarez-psychoeducation-participants",
        M.PARTICIPANTS,
        "54 personas",
        "personas",
        54,
    ),
    Expected(R08, "msf-juarez-extreme-violence-cases", M.OTHER, "dos casos", "casos", 2),
    Expected(
        R08, "msf-juarez-health-promotion-people", M.PEOPLE_SERVED, "249 personas", "personas", 249
    ),
    Expected(
        R08,
        "msf-sexual-violence-survivors-count",
        M.PEOPLE_SERVED,
        "casi 3.000",
        "sobrevivientes de violencia sexual",
        3000,
        Q.ALMOST,
    ),
    Expected(
        R08,
        "msf-individual-consultations-count",
        M.CONSULTATIONS,
        "más de 20.000",
        "consultas",
        20_000,
        Q.MORE_THAN,
    ),
]


class TestFigures:
    @pytest.mark.parametrize("expected", FIGURES, ids=lambda e: e.id)
    def test_figure_has_its_value_qualifier_unit_and_quote(
        self, expected: Expected, figures: dict[str, mh.LocatedFigure]
    ) -> None:
        figure = figures[expected.id].figure
        assert figure.measure is expected.measure
        assert figure.quantity.value == expected.value
        assert type(figure.quantity.value) is type(expected.value)
        assert figure.quantity.qualifier is expected.qualifier
        assert figure.quantity.unit == expected.unit
        assert figure.planned is expected.planned
        assert figure.citation is not None
        assert figure.citation.source == expected.source
        assert expected.printed in figure.citation.quote
        assert figure.citation.quote in report(expected.source)

    @pytest.mark.parametrize("source", REPORTS)
    def test_every_figure_of_the_report_is_listed_here(
        self, source: str, reports: mh.Dataset
    ) -> None:
        recorded = Counter(
            f.figure.id
            for f in reports.figures()
            if f.figure.citation is not None and f.figure.citation.source == source
        )
        assert recorded == Counter(e.id for e in FIGURES if e.source == source)

    def test_figure_ids_are_unique(self, reports: mh.Dataset) -> None:
        counts = Counter(f.figure.id for f in reports.figures())
        assert [id for id, n in counts.items() if n > 1] == []

    @pytest.mark.parametrize(
        ("id", "period"),
        [
            ("health-windows-people-served-2022-2023", "2022-09-01/2023-06"),
            ("health-windows-services-2022-2023", "2022-09-01/2023-06"),
            ("imss-bienestar-consultations-2013", "2013/2013"),
            ("imss-bienestar-consultations-2018", "2018/2018"),
            ("imss-bienestar-consultations-growth", "2013/2018"),
            ("imss-bienestar-service-points-2018", "2018/2018"),
            ("msf-juarez-consultations-count", "2025-03-20/2025-04-09"),
            ("msf-sexual-violence-survivors-count", "2024-01/2025-02"),
            ("msf-individual-consultations-count", "2024-01/2025-02"),
        ],
    )
    def test_figures_keep_the_period_their_quote_states(
        self, id: str, period: str, figures: dict[str, mh.LocatedFigure]
    ) -> None:
        assert str(figures[id].figure.period) == period

    @pytest.mark.parametrize(
        ("id", "name", "organisation"),
        [
            ("cuban-specialists-arrived-count", "Zóe Robledo", "mx-imss"),
            ("cuban-specialists-84-more", "Zóe Robledo", "mx-imss"),
            ("imss-bienestar-consultations-2013", None, "mx-imss"),
            ("msf-juarez-consultations-count", None, "msf"),
            ("bhw-2006-people-screened-us-canada-count", None, "abundancia"),
        ],
    )
    def test_figures_name_their_speakers(
        self, id: str, name: str | None, organisation: str, figures: dict[str, mh.LocatedFigure]
    ) -> None:
        citation = figures[id].figure.citation
        assert citation is not None
        assert citation.speaker is not None
        assert citation.speaker.name == name
        assert citation.speaker.organisation == organisation


# --- traps --------------------------------------------------------------------------------


class TestTraps:
    @pytest.mark.parametrize(
        ("id", "repeats"),
        [
            ("bhw-2006-edition-ime", "bhw-2006-edition"),
            ("bhw-2006-participants-ime", "bhw-2006-participants-rwjf"),
            ("bhw-2006-activities-ime", "bhw-2006-activities"),
            ("bhw-2006-volunteers-ime", "bhw-2006-volunteers-rwjf"),
            ("bhw-2006-cities-ime", "bhw-2006-cities-rwjf"),
            ("health-windows-years-strategy", "health-windows-years"),
            ("iom-europe-trained-headline", "iom-europe-trained"),
            ("cuban-specialists-arrived-placed", "cuban-specialists-arrived-count"),
            ("cuban-specialists-arrived-headline", "cuban-specialists-arrived-count"),
            ("cuban-specialists-municipalities-placed", "cuban-specialists-municipalities-count"),
            ("cuban-specialists-states-placed", "cuban-specialists-states-count"),
            ("cuban-specialists-total-436-again", "cuban-specialists-total-436"),
            ("imss-bienestar-consultations-years-headline", "imss-bienestar-consultations-years"),
        ],
    )
    def test_a_fact_stated_again_repeats_the_first_mention(
        self, id: str, repeats: str, figures: dict[str, mh.LocatedFigure]
    ) -> None:
        figure, first = figures[id].figure, figures[repeats].figure
        assert figure.repeats == repeats
        assert first.repeats is None
        assert figure.measure is first.measure
        assert figure.quantity.interval.overlaps(first.quantity.interval)

    def test_only_the_listed_figures_repeat_another(self, reports: mh.Dataset) -> None:
        repeating = {f.figure.id for f in reports.figures() if f.figure.repeats is not None}
        assert len(repeating) == 13

    @pytest.mark.parametrize(
        ("id", "whole"),
        [
            ("msf-juarez-mental-health-consultations-count", "msf-juarez-consultations-count"),
            ("bhw-2006-health-fairs", "bhw-2006-activities-ime"),
            ("bhw-2006-mobile-clinics", "bhw-2006-activities-ime"),
        ],
    )
    def test_a_part_of_which_is_part_of_its_whole_in_a_subgroup(
        self, id: str, whole: str, figures: dict[str, mh.LocatedFigure]
    ) -> None:
        located = figures[id]
        assert located.figure.part_of == whole
        assert located.subgroup is not None
        assert figures[whole].subgroup is None
        assert located.figure.quantity.value < figures[whole].figure.quantity.value

    def test_84_more_is_an_increment_of_352_to_a_total_of_436(
        self, figures: dict[str, mh.LocatedFigure]
    ) -> None:
        more = figures["cuban-specialists-84-more"].figure
        assert more.increment_of == "cuban-specialists-arrived-count"
        assert more.new_total == "cuban-specialists-total-436"
        arrived = figures[more.increment_of].figure.quantity.value
        total = figures[more.new_total].figure.quantity.value
        assert arrived + more.quantity.value == total == 436

    def test_sets_of_countries_and_places_are_not_summable(self, reports: mh.Dataset) -> None:
        sets = {f.figure.measure for f in reports.figures()} & {
            M.COUNTRIES,
            M.PLACES_REACHED,
            M.ORGANISATIONS,
        }
        assert sets == {M.COUNTRIES, M.PLACES_REACHED, M.ORGANISATIONS}
        assert not any(measure.summable for measure in sets)

    def test_the_listed_countries_are_the_counted_countries(self, reports: mh.Dataset) -> None:
        europe = reports.programme("iom-europe-migrant-health-training")
        assert len(europe.countries) == 21
        (cohort,) = europe.cohorts
        (others,) = cohort.subgroups
        assert len(others.countries) == 8
        assert set(cohort.countries) == set(europe.countries) | set(others.countries)
        course = reports.programme("mhadri-migration-health-course")
        assert len(course.countries) == 11

    def test_the_two_11_countries_of_the_course_are_different_sets(
        self, figures: dict[str, mh.LocatedFigure]
    ) -> None:
        participants = figures["mhadri-course-participant-countries"]
        facilitators = figures["mhadri-course-facilitator-countries"]
        assert participants.subject != facilitators.subject
        assert facilitators.figure.repeats is None

    def test_doctors_and_service_points_are_stocks(self, reports: mh.Dataset) -> None:
        measures = {f.figure.measure for f in reports.figures()}
        assert {M.HEALTH_WORKERS, M.SERVICE_POINTS} <= measures
        assert M.HEALTH_WORKERS.stock
        assert M.SERVICE_POINTS.stock
        assert not M.CONSULTATIONS.stock

    def test_the_breakdown_by_state_adds_up_to_352(self, reports: mh.Dataset) -> None:
        agreement = reports.programme("mx-cu-cuban-doctors-agreement")
        (breakdown,) = (b for s in agreement.statistics for b in s.breakdowns)
        assert breakdown.total == "cuban-specialists-arrived-count"
        assert sum(p.figure.quantity.value for p in breakdown.parts) == 352
        assert len(breakdown.parts) == 9
        assert all(p.place is not None and p.place.country == "MX" for p in breakdown.parts)
        assert {p.place.level for p in breakdown.parts if p.place} == {"state"}

    @pytest.mark.parametrize(
        ("id", "separator_text"),
        [
            ("msf-sexual-violence-survivors-count", "3.000"),
            ("msf-individual-consultations-count", "20.000"),
            ("health-windows-services-2022-2023", "5.4 millones"),
            ("health-windows-people-served-2022-2023", "1,017,450"),
        ],
    )
    def test_a_point_is_read_as_the_report_uses_it(
        self, id: str, separator_text: str, figures: dict[str, mh.LocatedFigure]
    ) -> None:
        figure = figures[id].figure
        assert figure.citation is not None
        assert separator_text in figure.citation.quote
        assert type(figure.quantity.value) is int
        assert figure.quantity.value >= 1000


# --- dates --------------------------------------------------------------------------------

DATES = [
    # (record, period, event, bound, source, a phrase of the quote)
    ("binational-health-week-2006", "2006-10-09/2006-10-13", None, None, R01, "October 9–13, 2006"),
    (
        "binational-health-week-2006",
        "2006-10-07/2006-10-15",
        None,
        None,
        R02,
        "del 7 al 15 de octubre del 2006",
    ),
    (
        "binational-health-week-2006",
        "2006-10-09/2006-10-09",
        "inauguration",
        None,
        R02,
        "el 9 de octubre",
    ),
    ("binational-health-week-2006", "2006-10-09/2006-10-09", "forum", None, R02, "A la par"),
    (
        "binational-health-week-2006",
        "2006-10-13/2006-10-13",
        "closing",
        None,
        R02,
        "el viernes 13 de octubre",
    ),
    ("binational-health-week", "2004/2004", None, "start", R01, "since 2004"),
    ("binational-health-week", "--10/--10", "recurrence", None, R01, "third week of October"),
    ("binational-health-week", "2001/2001", "inception", None, R01, "since its inception in 2001"),
    ("binational-health-week", "2008/2008", "edition", None, R01, "the event for 2008"),
    (
        "mx-consular-health-windows",
        "2003/2003",
        "creation",
        None,
        R03,
        "los 20 años de la creación",
    ),
    (
        "mx-consular-health-windows",
        "2023-09/2023-10",
        "annual meeting",
        None,
        R03,
        "hace unos días",
    ),
    (
        "health-windows-2022-2023",
        "2022-09-01/2023-06",
        None,
        None,
        R03,
        "desde el 1 de septiembre de 2022 a junio de 2023",
    ),
    (
        "iom-europe-migrant-health-training",
        "2018-12/2019-04",
        None,
        None,
        R04,
        "between December 2018 and April 2019",
    ),
    (
        "mhadri-migration-health-course",
        "2021-03/2021-03",
        None,
        "start",
        R05,
        "held first in March 2021",
    ),
    (
        "mhadri-migration-health-course",
        "2021-08/2021-10",
        None,
        "end",
        R05,
        "August, September, and October of 2021",
    ),
    ("mhadri-course-2021-03", "2021-03/2021-03", None, None, R05, "held first in March 2021"),
    (
        "mhadri-course-2021-08",
        "2021-08/2021-10",
        None,
        None,
        R05,
        "August, September, and October of 2021",
    ),
    (
        "cuban-specialists-arriving-october",
        "--10-13/--10-13",
        "arrival",
        None,
        R06,
        "para el próximo 13 de octubre",
    ),
    (
        "cuban-specialists-arriving-october",
        "--10-13/--10-13",
        "arrival",
        None,
        R06,
        "el 13 de octubre arribarán",
    ),
    (
        "imss-bienestar-migrant-care",
        "2013/2013",
        "agreement",
        None,
        R07,
        "un acuerdo establecido en 2013",
    ),
    ("msf-ciudad-juarez-brigades", "2025-03/2025-03", None, "start", R08, "a finales de marzo"),
    ("msf-ciudad-juarez-brigades", "2025-05/2025-05", "expansion", None, R08, "a partir de mayo"),
    (
        "msf-juarez-consultations",
        "2025-03-20/2025-04-09",
        None,
        None,
        R08,
        "Del 20 de marzo hasta el 9 de abril",
    ),
    (
        "msf-juarez-psychoeducation",
        "2025-03-20/2025-04-09",
        None,
        None,
        R08,
        "Del 20 de marzo hasta el 9 de abril",
    ),
    (
        "msf-juarez-extreme-violence-survivors",
        "2025-03-20/2025-04-09",
        None,
        None,
        R08,
        "Del 20 de marzo hasta el 9 de abril",
    ),
    (
        "msf-juarez-health-promotion",
        "2025-03-20/2025-04-09",
        None,
        None,
        R08,
        "Del 20 de marzo hasta el 9 de abril",
    ),
    ("msf-2024-2025", "2024-01/2025-02", None, None, R08, "Entre enero de 2024 y febrero de 2025"),
]


class TestDates:
    @pytest.mark.parametrize(
        ("record", "period", "event", "bound", "source", "phrase"),
        DATES,
        ids=[f"{row[0]}-{i}" for i, row in enumerate(DATES)],
    )
    def test_every_date_is_cited_with_its_quote(  # noqa: PLR0917
        self,
        reports: mh.Dataset,
        record: str,
        period: str,
        event: str | None,
        bound: str | None,
        source: str,
        phrase: str,
    ) -> None:
        matching = [
            fact
            for fact in dates_of(reports)[record]
            if fact.citation is not None
            and fact.citation.source == source
            and phrase in fact.citation.quote
            and fact.period.isoformat() == period
        ]
        assert len(matching) == 1
        (fact,) = matching
        assert fact.event == event
        assert (fact.bound.value if fact.bound else None) == bound
        assert fact.citation is not None
        assert fact.citation.quote in report(source)

    def test_every_dated_fact_is_listed_here(self, reports: mh.Dataset) -> None:
        assert sum(len(facts) for facts in dates_of(reports).values()) == len(DATES)

    def test_the_two_sources_periods_of_the_2006_week_are_both_kept(
        self, reports: mh.Dataset
    ) -> None:
        week = reports.programme("binational-health-week-2006")
        whole = [fact for fact in week.dates if fact.sets_period]
        assert {fact.citation.source for fact in whole if fact.citation} == {R01, R02}
        assert week.period == mh.Period.fromisoformat("2006-10-09/2006-10-13")
        (closing,) = (fact for fact in week.dates if fact.event == "closing")
        assert closing.weekday is mh.Weekday.FRIDAY
        assert closing.period.start is not None
        assert closing.period.start.isoformat() == "2006-10-13"

    def test_dates_worked_out_say_how(self, reports: mh.Dataset) -> None:
        for record, facts in dates_of(reports).items():
            for fact in facts:
                quote = fact.citation.quote if fact.citation else ""
                if fact.period.start is not None and fact.period.start.year_known:
                    year = str(fact.period.start.year)
                    assert year in quote or fact.inferred is not None, (record, quote)

    def test_announced_dates_are_planned(self, reports: mh.Dataset) -> None:
        planned = {
            (record, fact.planned)
            for record, facts in dates_of(reports).items()
            for fact in facts
            if fact.planned is not None
        }
        assert planned == {
            ("cuban-specialists-arriving-october", T),
            ("msf-ciudad-juarez-brigades", mh.Plan.FORECAST),
        }

    def test_a_date_without_a_year_keeps_it_unknown(self, reports: mh.Dataset) -> None:
        arrivals = dates_of(reports)["cuban-specialists-arriving-october"]
        assert all(
            fact.period.start is not None and not fact.period.start.year_known for fact in arrivals
        )


# --- sources ------------------------------------------------------------------------------

SOURCES = [
    # (source, language, published, printed dateline or None, inferred from)
    (R01, "en", "2008-08", "August 2008", None),
    (R02, "es", None, None, None),
    (R03, "es", "2023-10", None, "/2023/10/"),
    (R04, "en", "2019-05-17", "2019-05-17", None),
    (R05, "en", "2022-02-09", None, "2022/02/09"),
    (R06, "es", "2022", None, "06_imss_cuban_specialists_352_2022"),
    (R07, "es", "2019", None, "el año pasado"),
    (R08, "es", "2025-04-15", None, "2025/4/15"),
]


class TestSources:
    @pytest.mark.parametrize(("source", "language", "published", "printed", "how"), SOURCES)
    def test_language_and_publication_date(  # noqa: PLR0917
        self,
        reports: mh.Dataset,
        source: str,
        language: str,
        published: str | None,
        printed: str | None,
        how: str | None,
    ) -> None:
        found = reports.source(source)
        assert found.language == language
        assert (found.published.isoformat() if found.published else None) == published
        assert found.published_quote == printed
        if printed is not None:
            assert printed in report(source)
        if how is None:
            assert found.published_inferred is None
        else:
            assert found.published_inferred is not None
            assert how in found.published_inferred

    @pytest.mark.parametrize("source", REPORTS)
    def test_every_source_has_a_publisher_and_notes(self, source: str, reports: mh.Dataset) -> None:
        found = reports.source(source)
        assert found.publisher
        assert found.notes


# --- programmes, partners, organisations, people ------------------------------------------

PROGRAMMES = [
    # (id, kind, status, period, countries)
    (
        "binational-health-week-2006",
        "service_campaign",
        "completed",
        "2006-10-09/2006-10-13",
        ("US", "CA", "MX"),
    ),
    ("binational-health-week", "service_campaign", None, "2004/..", ("US", "MX")),
    ("rwjf-binational-health-week-2006-grant", "project", "completed", None, ("US",)),
    ("mx-consular-health-windows", "service_point_network", "under_way", None, ("MX", "US")),
    ("iom-europe-migrant-health-training", "workshop_series", "completed", "2018-12/2019-04", None),
    ("eu-third-health-programme", "other", None, None, ()),
    ("mhadri-migration-health-course", "course", "completed", "2021-03/2021-10", None),
    ("mx-cu-cuban-doctors-agreement", "workforce_agreement", "under_way", None, ("MX", "CU")),
    ("imss-bienestar-migrant-care", "service_point_network", "under_way", None, ("MX",)),
    ("msf-ciudad-juarez-brigades", "brigade", "under_way", "2025-03/..", ("MX",)),
    ("msf-2024-2025", "project", None, "2024-01/2025-02", ()),
]

PARTNERS = [
    ("binational-health-week-2006", "uc-berkeley", (R.TECHNICAL_PARTNER,)),
    ("binational-health-week-2006", "abundancia", (R.EVALUATOR,)),
    ("binational-health-week-2006", "mx-consulates", (R.PARTNER,)),
    ("binational-health-week-2006", "gt-representations", (R.PARTNER,)),
    ("binational-health-week-2006", "sv-representations", (R.PARTNER,)),
    ("binational-health-week-2006", "mx-ime", (R.PUBLISHER,)),
    ("rwjf-binational-health-week-2006-grant", "uc-berkeley", (R.IMPLEMENTER,)),
    ("rwjf-binational-health-week-2006-grant", "rwjf", (R.FUNDER, R.PUBLISHER)),
    ("mx-consular-health-windows", "mx-consulates", (R.HOST,)),
    ("mx-consular-health-windows", "mx-foreign-ministry", (R.PARTNER,)),
    ("mx-consular-health-windows", "mx-ime", (R.PARTNER, R.PUBLISHER)),
    ("mx-consular-health-windows", "mx-secretariat-of-health", (R.PARTNER,)),
    ("iom-europe-migrant-health-training", "iom", (R.IMPLEMENTER,)),
    ("iom-europe-migrant-health-training", "european-union", (R.PARTNER,)),
    ("eu-third-health-programme", "european-commission", (R.PROMOTER,)),
    ("mhadri-migration-health-course", "ug-makerere-university", (R.IMPLEMENTER,)),
    ("mhadri-migration-health-course", "at-centre-for-health-and-migration", (R.IMPLEMENTER,)),
    ("mhadri-migration-health-course", "iom", (R.IMPLEMENTER,)),
    ("mhadri-migration-health-course", "at-federal-ministry-for-the-interior", (R.IMPLEMENTER,)),
    ("mhadri-migration-health-course", "mhadri", (R.PARTNER, R.PUBLISHER)),
    ("mx-cu-cuban-doctors-agreement", "mx-imss", (R.PARTNER,)),
    ("mx-cu-cuban-doctors-agreement", "cu-ministry-of-health", (R.PARTNER,)),
    ("mx-cu-cuban-doctors-agreement", "cu-health-services-agency", (R.PARTNER,)),
    ("imss-bienestar-migrant-care", "mx-imss", (R.IMPLEMENTER,)),
    ("imss-bienestar-migrant-care", "mx-imss-welfare", (R.IMPLEMENTER,)),
    ("imss-bienestar-migrant-care", "mx-foreign-ministry", (R.PARTNER,)),
    ("imss-bienestar-migrant-care", "mx-albergue-hogar-de-la-misericordia", (R.HOST,)),
    ("imss-bienestar-migrant-care", "mx-albergue-hermanos-en-el-camino", (R.HOST,)),
    ("imss-bienestar-migrant-care", "mx-casa-del-migrante-amar", (R.HOST,)),
    ("imss-bienestar-migrant-care", "mx-casa-del-migrante-san-juan-diego", (R.HOST,)),
    ("msf-ciudad-juarez-brigades", "msf", (R.IMPLEMENTER,)),
    ("msf-ciudad-juarez-brigades", "mx-comedor-de-la-catedral", (R.HOST,)),
    ("msf-ciudad-juarez-brigades", "mx-albergue-resprettrans", (R.HOST,)),
    ("msf-ciudad-juarez-brigades", "mx-albergue-oasis-del-migrante", (R.HOST,)),
    ("msf-ciudad-juarez-brigades", "mx-albergue-alabanzas-al-rey", (R.HOST,)),
    ("msf-ciudad-juarez-brigades", "mx-albergue-la-esperanza", (R.HOST,)),
    ("msf-2024-2025", "msf", (R.IMPLEMENTER,)),
]

PEOPLE = [
    # (id, name as written, normalised, organisation, source)
    ("paul-bukuluki", "Paul Bukuluki", None, "mhadri", R05),
    ("ursula-trummer", "Ursula Trummer", None, "mhadri", R05),
    ("zoe-robledo", "Zóe Robledo", "Zoé Robledo", "mx-imss", R06),
    ("andres-manuel-lopez-obrador", "Andrés Manuel López Obrador", None, "mx-government", R06),
    ("michail-fotiadis", "Michail Fotiadis", None, "msf", R08),
]


class TestProgrammes:
    def test_every_programme_is_listed_here(self, reports: mh.Dataset) -> None:
        assert [p.id for p in reports.programmes] == [row[0] for row in PROGRAMMES]

    @pytest.mark.parametrize(("id", "kind", "status", "period", "countries"), PROGRAMMES, ids=str)
    def test_programme_has_its_kind_status_period_and_countries(  # noqa: PLR0917
        self,
        reports: mh.Dataset,
        id: str,
        kind: str,
        status: str | None,
        period: str | None,
        countries: tuple[str, ...] | None,
    ) -> None:
        programme = reports.programme(id)
        assert programme.kind.value == kind
        assert (programme.status.value if programme.status else None) == status
        assert (programme.period.isoformat() if programme.period else None) == period
        if countries is not None:
            assert programme.countries == countries

    @pytest.mark.parametrize(("programme", "organisation", "roles"), PARTNERS)
    def test_partner_has_its_roles_and_citation(
        self, reports: mh.Dataset, programme: str, organisation: str, roles: tuple[mh.Role, ...]
    ) -> None:
        (partner,) = (
            p for p in reports.programme(programme).partners if p.organisation == organisation
        )
        assert partner.roles == roles
        assert partner.citation is not None

    def test_every_partner_is_listed_here(self, reports: mh.Dataset) -> None:
        found = [(p.id, x.organisation) for p in reports.programmes for x in p.partners]
        assert found == [(row[0], row[1]) for row in PARTNERS]

    def test_the_2006_week_is_the_sixth(self, reports: mh.Dataset) -> None:
        week = reports.programme("binational-health-week-2006")
        assert week.edition is not None
        assert week.edition.quantity.value == 6
        assert week.related == ("binational-health-week",)
        assert week.places == ("Guadalajara, Jal.", "Los Angeles, California")

    def test_every_organisation_is_referred_to_or_explained(self, reports: mh.Dataset) -> None:
        used = {x.organisation for p in reports.programmes for x in p.partners}
        used |= {o.parent for o in reports.organisations if o.parent is not None}
        unexplained = [o.id for o in reports.organisations if o.id not in used and not o.notes]
        assert unexplained == []

    def test_the_misnamed_institute_is_kept_as_written(self, reports: mh.Dataset) -> None:
        imss = reports.organisation("mx-imss")
        written = {s.text: s.source for s in imss.spellings}
        assert written["Instituto Mexicano de la Salud (IMSS)"] == R06
        assert imss.normalised == "Instituto Mexicano del Seguro Social"
        assert "Instituto Mexicano de la Salud (IMSS)" in report(R06)

    @pytest.mark.parametrize(("id", "name", "normalised", "organisation", "source"), PEOPLE)
    def test_every_person_named_is_listed(  # noqa: PLR0917
        self,
        reports: mh.Dataset,
        id: str,
        name: str,
        normalised: str | None,
        organisation: str,
        source: str,
    ) -> None:
        person = reports.person(id)
        assert person.name == name
        assert person.normalised == normalised
        assert name in report(source)
        assert person.positions[0].organisation == organisation
        assert {p.source for p in person.positions} == {source}

    def test_no_other_person_is_listed(self, reports: mh.Dataset) -> None:
        assert [p.id for p in reports.people] == [row[0] for row in PEOPLE]

    def test_ids_are_lowercase_hyphenated_and_unique(self, reports: mh.Dataset) -> None:
        ids = [r.id for r in (*reports.sources, *reports.organisations, *reports.programmes)] + [
            p.id for p in reports.people
        ]
        for programme in reports.programmes:
            for record in (*programme.cohorts, *programme.statistics):
                ids += [record.id, *(b.id for b in record.breakdowns)]
                ids += [s.id for s in record.subgroups]
        ids += [f.figure.id for f in reports.figures()]
        assert [i for i in ids if not _ID.fullmatch(i)] == []
        assert [i for i, n in Counter(ids).items() if n > 1] == []


# --- totals that today's aggregation gets right -------------------------------------------


class TestTotals:
    def test_people_screened_in_2006_add_the_two_countries(self, reports: mh.Dataset) -> None:
        week = of_programme(reports, "binational-health-week-2006")
        result = mh.total(week, measure="people_served")
        assert (result.low, result.high) == (284_349, 284_349)

    def test_the_300000_of_both_sources_count_once(self, reports: mh.Dataset) -> None:
        week = of_programme(reports, "binational-health-week-2006")
        result = mh.total(week, measure="participants")
        # "Some 300,000" and "Cerca de 300,000" are one fact: never 600,000.
        assert (result.low, result.high) == (270_000, 300_000)

    def test_editions_are_never_added(self, reports: mh.Dataset) -> None:
        week = of_programme(reports, "binational-health-week-2006")
        result = mh.total(week, measure="edition")
        assert result.facts == ()
        assert len(result.excluded) == 2

    def test_the_headline_of_the_europe_training_repeats_it(self, reports: mh.Dataset) -> None:
        result = mh.total(
            of_programme(reports, "iom-europe-migrant-health-training"), measure="trained"
        )
        assert (result.low, result.high) == (2001, None)

    @pytest.mark.parametrize(
        ("measure", "low", "high"),
        [("participants", 130, 130), ("certified", 91, 91), ("facilitators", 20, 20)],
    )
    def test_the_course_counts_each_figure_once(
        self, reports: mh.Dataset, measure: str, low: int, high: int
    ) -> None:
        result = mh.total(of_programme(reports, "mhadri-migration-health-course"), measure=measure)
        assert (result.low, result.high) == (low, high)

    def test_consultations_of_imss_bienestar_by_year(self, reports: mh.Dataset) -> None:
        figures = of_programme(reports, "imss-bienestar-migrant-care")
        by_year = mh.aggregate(figures, measure="consultations", by="year")
        assert (by_year["2013"].low, by_year["2018"].low) == (7045, 38_215)

    def test_announced_arrivals_are_not_counted(self, reports: mh.Dataset) -> None:
        result = mh.total(
            of_programme(reports, "mx-cu-cuban-doctors-agreement"), measure="health_workers"
        )
        planned = {e.figure.id for e in result.excluded if e.reason.value == "planned"}
        assert planned == {
            "cuban-specialists-84-more",
            "cuban-specialists-total-436",
            "cuban-specialists-total-436-again",
        }
        # The arrivals by state are a breakdown of the 352: counted in their whole, once.
        in_whole = {e.figure.id for e in result.excluded if e.reason.value == "in_whole"}
        assert len(in_whole) == 9
        assert all(id.startswith("cuban-specialists-in-") for id in in_whole)
        assert (result.low, result.high) == (352, 352)

    def test_almost_3000_survivors(self, reports: mh.Dataset) -> None:
        result = mh.total(of_programme(reports, "msf-2024-2025"), measure="people_served")
        assert (result.low, result.high) == (2700, 3000)


# --- validation: what it must find, and what it must not -----------------------------------


class TestValidation:
    def test_the_two_periods_of_the_2006_week_are_found(self, reports: mh.Dataset) -> None:
        found = list(mh.validate(reports, select="MH205"))
        assert [f.ids for f in found] == [("binational-health-week-2006",)]
        assert "'The Sixth Annual Binational Health Week, which took place October 9–13, 2006'" in (
            found[0].message
        )
        assert "'La 6ª Semana Binacional de Salud se llevó a cabo del 7 al 15" in found[0].message

    def test_the_stated_friday_is_right(self, reports: mh.Dataset) -> None:
        assert list(mh.validate(reports, select="MH206")) == []

    @pytest.mark.parametrize(
        "code",
        [
            "MH101",
            "MH103",
            "MH104",
            "MH105",
            "MH107",
            "MH108",
            "MH110",
            "MH112",
            "MH113",
            "MH114",
            "MH210",
            "MH301",
            "MH302",
            "MH307",
        ],
    )
    def test_no_conflict_broken_funnel_sum_subgroup_part_change_or_reference(
        self, reports: mh.Dataset, code: str
    ) -> None:
        assert [f.ids for f in mh.validate(reports, select=code)] == []

    def test_relative_phrases_are_recorded_as_written(self) -> None:
        corpus = mh.corpus()
        relative = {
            (record.id, fact.relative)
            for programme in corpus.programmes
            for record in records(programme)
            for fact in record.dates
            if fact.relative is not None
        }
        assert relative == {
            ("mx-cu-cuban-doctors-agreement", "last Friday"),
            ("cuban-specialists-arriving-october", "el próximo 13 de octubre"),
            ("mx-consular-health-windows", "hace unos días"),
        }
        for programme in corpus.programmes:
            for record in records(programme):
                for fact in record.dates:
                    if fact.relative is not None:
                        assert fact.citation is not None
                        assert fact.relative in fact.citation.quote
        # "last Friday", read against Monday 20 May 2024, is the 17 May recorded; a 13
        # October against a publication known to the year only cannot be read.
        assert list(mh.validate(corpus, select="MH210")) == []

    def test_the_third_week_of_october_is_not_the_week_of_2006(self, reports: mh.Dataset) -> None:
        # Report 01: "Held annually during the third week of October since 2004", yet
        # 9-13 October 2006 (report 01) and 7-15 October 2006 (report 02) are the second.
        (finding,) = mh.validate(reports, select="MH209")
        assert finding.ids == ("binational-health-week", "binational-health-week-2006")
        assert "the third week of October" in finding.message
        assert "October 9–13, 2006" in finding.message
        assert "del 7 al 15 de octubre del 2006" in finding.message
        assert [e.id for e in finding.evidence] == [
            "binational-health-week",
            "binational-health-week-2006",
            "binational-health-week-2006",
        ]

    def test_held_annually_since_2004_does_not_fit_the_sixth_week_in_2006(
        self, reports: mh.Dataset
    ) -> None:
        # The sixth annual week in 2006 began in 2001, which fits "its inception in
        # 2001" and not "Held annually ... since 2004".
        (finding,) = mh.validate(reports, select="MH211")
        assert finding.ids == ("binational-health-week",)
        assert "since 2004" in finding.message
        assert "implies a first edition in 2001" in finding.message
        assert finding.severity is mh.Severity.WARNING

    def test_the_imss_is_not_the_instituto_mexicano_de_la_salud(self, reports: mh.Dataset) -> None:
        (finding,) = mh.validate(reports, select="MH308")
        assert finding.ids == ("mx-imss", R06)
        assert "'Instituto Mexicano de la Salud (IMSS)'" in finding.message
        assert "'Instituto Mexicano del Seguro Social' (" + R07 + ")" in finding.message

    def test_only_the_misspelt_name_has_several_spellings(self) -> None:
        # Translations, marked so ("Secretaría de Salud"), a name with its acronym ("Médicos Sin
        # Fronteras (MSF)"), an article ("the International Organization for
        # Migration") and descriptions ("los Consulados mexicanos") are not spellings;
        # "Zóe Robledo" (report 06) beside "Zoé Robledo" (seed report 003) is.
        found = [f.ids for f in mh.validate(mh.corpus(), select="MH306")]
        assert found == [("zoe-robledo",)]

    def test_the_whole_corpus_finds_what_the_reports_get_wrong_in_dates_and_names(
        self,
    ) -> None:
        found = sorted(
            (f.code, f.ids)
            for f in mh.validate(mh.corpus(), select=["MH2", "MH3"])
            if f.severity is not mh.Severity.INFO
        )
        assert found == [
            ("MH209", ("binational-health-week", "binational-health-week-2006")),
            ("MH211", ("binational-health-week",)),
            ("MH308", ("mx-imss", R06)),
        ]

    def test_the_nine_points_of_which_eight_are_named_are_a_warning(
        self, reports: mh.Dataset
    ) -> None:
        found = [(f.severity, f.ids) for f in mh.validate(reports, select="MH111")]
        assert found == [(mh.Severity.WARNING, ("imss-bienestar-service-points-2018",))]

    def test_mobile_clinics_counted_among_activities_are_activities(
        self, reports: mh.Dataset
    ) -> None:
        # "entre ellas 250 ferias de salud y 80 clínicas móviles": the report counts
        # each mobile clinic as one of its activities, so the part counts activities
        # and its link to the whole holds.
        (clinics,) = [
            f.figure for f in reports.figures() if f.figure.id == "bhw-2006-mobile-clinics"
        ]
        assert clinics.measure is mh.Measure.ACTIVITIES
        assert clinics.part_of == "bhw-2006-activities-ime"
        assert list(mh.validate(reports, select="MH109")) == []

    @pytest.mark.parametrize(
        ("figure", "source", "named", "complete", "first", "last"),
        [
            ("iom-europe-countries", R04, 21, True, "Belgium", "Spain"),
            ("mhadri-course-participant-countries", None, 11, True, "Uganda", "Turkey"),
            ("cuban-specialists-states-count", R06, 9, True, "Nayarit", "Tlaxcala"),
            (
                "imss-bienestar-service-points-2018",
                R07,
                8,
                None,
                "un consultorio dentro del albergue Hogar de la Misericordia, en Arriaga",
                "la Casa del Migrante San Juan Diego, en Matamoros",
            ),
        ],
    )
    def test_the_items_a_count_lists_are_recorded(  # noqa: PLR0917
        self,
        figures: dict[str, mh.LocatedFigure],
        figure: str,
        source: str | None,
        named: int,
        complete: bool | None,
        first: str,
        last: str,
    ) -> None:
        listing = figures[figure].figure.listing
        assert listing is not None
        assert (len(listing.items), listing.complete) == (named, complete)
        assert (listing.items[0], listing.items[-1]) == (first, last)
        quote = (listing.citation or figures[figure].figure.citation).quote  # type: ignore[union-attr]
        if source is not None:
            assert listing.citation is not None
            assert listing.citation.source == source
        text = " ".join(quote.split())
        for item in listing.items:
            words = item.removeprefix("Hospital Rural ").split()
            assert " ".join(words[-2:]) in text, item

    def test_the_growth_of_consultations_relates_2013_and_2018(
        self, figures: dict[str, mh.LocatedFigure]
    ) -> None:
        growth = figures["imss-bienestar-consultations-growth"].figure
        assert growth.quantity.qualifier is Q.MORE_THAN
        assert (growth.change_from, growth.change_to) == (
            "imss-bienestar-consultations-2013",
            "imss-bienestar-consultations-2018",
        )


# --- how the seeds and the reports are joined ----------------------------------------------


class TestJoin:
    """``corpus()`` joins records the two files share by id; it never picks one silently."""

    @staticmethod
    def organisation(**changes: object) -> mh.Organisation:
        fields: dict[str, object] = {"id": "o", "name": "Org", "kind": mh.OrganisationKind.NGO}
        fields.update(changes)
        return mh.Organisation(**fields)  # type: ignore[arg-type]

    def test_tuples_are_joined_and_notes_say_both(self) -> None:
        first = mh.Dataset(
            organisations=(
                self.organisation(
                    notes="From the seeds.", spellings=(mh.Spelling(text="A", source="s"),)
                ),
            )
        )
        second = mh.Dataset(
            organisations=(
                self.organisation(
                    notes="From the reports.", spellings=(mh.Spelling(text="B", source="r"),)
                ),
            )
        )
        (joined,) = _join(first, second).organisations
        assert [s.text for s in joined.spellings] == ["A", "B"]
        assert joined.notes == "From the seeds. From the reports."

    def test_equal_records_are_kept_once(self) -> None:
        dataset = mh.Dataset(organisations=(self.organisation(),))
        assert _join(dataset, dataset) == dataset

    def test_records_that_disagree_are_refused(self) -> None:
        first = mh.Dataset(organisations=(self.organisation(),))
        second = mh.Dataset(organisations=(self.organisation(name="Other"),))
        with pytest.raises(mh.MergeConflictError, match="organisation 'o': name"):
            _join(first, second)

    def test_people_who_disagree_are_refused(self) -> None:
        first = mh.Dataset(people=(mh.Person(id="p", name="Zoé Robledo"),))
        second = mh.Dataset(people=(mh.Person(id="p", name="Zóe Robledo"),))
        with pytest.raises(mh.InvalidValueError, match="person 'p' differs"):
            _join(first, second)
