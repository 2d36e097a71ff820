"""The built-in dataset of the five seed reports: complete, verbatim, and never resolved by hand.

The five reports are copied into ``tests/data/`` under their own file names; every quote in
the dataset is checked against its report, and every figure of every report is listed
here with the phrase the report prints, which the library's parsers must read to the
figure's value and qualifier.
"""

from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import attrs
import pytest

import migrationhealth as mh

M = mh.Measure
Q = mh.Qualifier
R = mh.Role
DATA = Path(__file__).parent / "data"
REPORTS = {
    "s000-mx-cl-diploma": "000_7890f838e8b21b4d.txt",
    "s001-binational-health-week": "001_58fc62e2958eafd7.txt",
    "s002-iom-chile-training": "002_88dfa6c2b0357c64.txt",
    "s003-cuban-doctors": "003_401cf2ab4e733a54.txt",
    "s004-sv-certification": "004_3bbd190f68d83243.txt",
}
S000, S001, S002, S003, S004 = REPORTS
_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


def report(source: str) -> str:
    return (DATA / REPORTS[source]).read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def corpus() -> mh.Dataset:
    return mh.seed_corpus()


@pytest.fixture(scope="module")
def figures(corpus: mh.Dataset) -> dict[str, mh.LocatedFigure]:
    return {located.figure.id: located for located in corpus.figures()}


def all_citations(dataset: mh.Dataset) -> list[tuple[str, mh.Citation]]:
    """Every citation in the dataset, with where it sits."""
    found = []
    for located in dataset.figures():
        if located.figure.citation is not None:
            found.append((located.path, located.figure.citation))
    for index, programme in enumerate(dataset.programmes):
        for p_index, partner in enumerate(programme.partners):
            if partner.citation is not None:
                found.append((f"$.programmes[{index}].partners[{p_index}]", partner.citation))
        for c_index, citation in enumerate(programme.citations):
            found.append((f"$.programmes[{index}].citations[{c_index}]", citation))
        for path, fact in dated_facts(programme, f"$.programmes[{index}]"):
            if fact.citation is not None:
                found.append((f"{path}.citation", fact.citation))
    return found


def dated_facts(programme: mh.Programme, base: str) -> list[tuple[str, mh.DateFact]]:
    """The cited dates of a programme and of its cohorts and statistics, with their paths."""
    found = [(f"{base}.dates[{i}]", fact) for i, fact in enumerate(programme.dates)]
    for c_index, cohort in enumerate(programme.cohorts):
        found += [
            (f"{base}.cohorts[{c_index}].dates[{i}]", fact) for i, fact in enumerate(cohort.dates)
        ]
    for s_index, statistic in enumerate(programme.statistics):
        found += [
            (f"{base}.statistics[{s_index}].dates[{i}]", fact)
            for i, fact in enumerate(statistic.dates)
        ]
    return found


# --- loading ------------------------------------------------------------------------------


class TestLoading:
    def test_seed_corpus_is_a_dataset_read_once(self) -> None:
        assert isinstance(mh.seed_corpus(), mh.Dataset)
        assert mh.seed_corpus() is mh.seed_corpus()

    def test_the_packaged_file_is_in_canonical_form(self, corpus: mh.Dataset) -> None:
        packaged = resources.files("migrationhealth") / "data" / "seed_corpus.json"
        assert packaged.read_text(encoding="utf-8") == mh.dumps(corpus, indent=2)

    def test_round_trips_through_json(self, corpus: mh.Dataset) -> None:
        assert mh.loads(mh.dumps(corpus)) == corpus
        assert mh.structure(mh.unstructure(corpus), mh.Dataset) == corpus

    def test_round_trips_through_a_file(self, corpus: mh.Dataset, tmp_path: Path) -> None:
        mh.save(corpus, tmp_path / "corpus.json")
        assert mh.load(tmp_path / "corpus.json") == corpus

    def test_has_the_five_reports_as_sources(self, corpus: mh.Dataset) -> None:
        assert [s.id for s in corpus.sources] == list(REPORTS)

    def test_the_copied_reports_are_the_seed_reports(self) -> None:
        assert sorted(p.name for p in DATA.glob("*.txt")) == sorted(REPORTS.values())


# --- quotes -------------------------------------------------------------------------------


class TestQuotes:
    def test_every_quote_occurs_verbatim_in_its_report(self, corpus: mh.Dataset) -> None:
        missing = [
            f"{path}: {citation.quote!r}"
            for path, citation in all_citations(corpus)
            if citation.quote not in report(citation.source)
        ]
        assert missing == []

    def test_every_report_is_quoted(self, corpus: mh.Dataset) -> None:
        quoted = Counter(citation.source for _, citation in all_citations(corpus))
        assert set(quoted) == set(REPORTS)

    def test_typos_are_kept(self, figures: dict[str, mh.LocatedFigure]) -> None:
        citation = figures["health-windows-services"].figure.citation
        assert citation is not None
        assert "consular helath windows" in citation.quote

    def test_every_figure_is_cited(self, corpus: mh.Dataset) -> None:
        assert [f.path for f in corpus.figures() if f.figure.citation is None] == []


# --- every figure of every report -----------------------------------------------------------


class Expected(NamedTuple):
    """A figure as the report prints it: ``phrase`` is in the quote and parses to the value."""

    source: str
    id: str
    measure: mh.Measure
    phrase: str
    unit: str | None
    value: int | Decimal
    qualifier: mh.Qualifier = Q.EXACT
    planned: bool = False


FIGURES = [
    # 000: the Mexico-Chile diploma.
    Expected(S000, "diploma-applicants", M.APPLICANTS, "800", "people", 800),
    Expected(S000, "diploma-selected", M.SELECTED, "564", "people", 564),
    Expected(S000, "diploma-participants", M.PARTICIPANTS, "546 people", None, 546),
    Expected(S000, "diploma-participants-summary", M.PARTICIPANTS, "546", "people", 546),
    Expected(S000, "diploma-chilean-participants-count", M.PARTICIPANTS, "10", "people", 10),
    # 001: the 22nd Binational Health Week, the health strategy, the Health Windows.
    Expected(S001, "bhw-edition", M.EDITION, "22nd", "edition", 22),
    Expected(
        S001,
        "bhw-people-served-average-summary",
        M.PEOPLE_SERVED,
        "an average of 400,000 people",
        None,
        400_000,
        Q.AVERAGE,
    ),
    Expected(
        S001,
        "bhw-people-served-average",
        M.PEOPLE_SERVED,
        "an average of 400,000 people",
        None,
        400_000,
        Q.AVERAGE,
    ),
    Expected(
        S001,
        "bhw-uninsured-immigrants-benefited-past-years",
        M.PEOPLE_SERVED,
        "almost half a million",
        "people",
        500_000,
        Q.ALMOST,
    ),
    Expected(
        S001,
        "health-strategy-duration",
        M.DURATION,
        "more than two decades",
        None,
        2,
        Q.MORE_THAN,
    ),
    Expected(
        S001, "health-windows-services-summary", M.SERVICES, "8.7 million services", None, 8_700_000
    ),
    Expected(S001, "health-windows-services", M.SERVICES, "8.7 million services", None, 8_700_000),
    Expected(
        S001,
        "health-windows-mexican-migrant-workers-target",
        M.TARGET_POPULATION,
        "12 million",
        "people",
        12_000_000,
    ),
    Expected(
        S001,
        "health-windows-uninsured-mexican-americans-target",
        M.TARGET_POPULATION,
        "four million",
        "people",
        4_000_000,
    ),
    # 002: IOM and the IOM Chile training.
    Expected(S002, "iom-member-states", M.MEMBER_STATES, "175 member states", None, 175),
    Expected(S002, "iom-countries", M.COUNTRIES, "171 countries", None, 171),
    Expected(S002, "iom-since-1951-who-we-are", M.YEAR, "1951", "year", 1951),
    Expected(S002, "iom-since-1951-our-work", M.YEAR, "1951", "year", 1951),
    Expected(S002, "iom-chile-trained", M.TRAINED, "314", "people", 314),
    Expected(S002, "iom-chile-trained-migration-and-health", M.TRAINED, "171", "people", 171),
    Expected(S002, "iom-chile-trained-trafficking-in-persons", M.TRAINED, "143", "people", 143),
    Expected(S002, "iom-chile-workshops", M.SESSIONS, "10 workshops", None, 10),
    # 003: Cuban doctors in Mexico, and doctors per 1,000 inhabitants.
    Expected(
        S003,
        "cuban-doctors-to-hire-headline",
        M.HEALTH_WORKERS,
        "1,200",
        "doctors",
        1200,
        planned=True,
    ),
    Expected(
        S003, "cuban-doctors-to-hire-body", M.HEALTH_WORKERS, "1,200", "doctors", 1200, planned=True
    ),
    Expected(
        S003,
        "cuban-doctors-already-in-the-country",
        M.HEALTH_WORKERS,
        "the hundreds",
        "doctors",
        100,
        Q.SEVERAL,
    ),
    Expected(S003, "cuban-doctors-already-working", M.HEALTH_WORKERS, "768", "doctors", 768),
    Expected(
        S003,
        "cuban-doctors-arriving-family-medicine",
        M.HEALTH_WORKERS,
        "123",
        "doctors",
        123,
        planned=True,
    ),
    Expected(
        S003,
        "mx-doctors-per-1000-inhabitants",
        M.HEALTH_WORKER_DENSITY,
        "2.4 doctors per 1,000 inhabitants",
        None,
        Decimal("2.4"),
    ),
    Expected(
        S003,
        "latin-america-doctors-per-1000-inhabitants",
        M.HEALTH_WORKER_DENSITY,
        "average of 2",
        "doctors",
        2,
        Q.AVERAGE,
    ),
    Expected(
        S003,
        "oecd-doctors-per-1000-inhabitants",
        M.HEALTH_WORKER_DENSITY,
        "average of 3.5",
        "doctors",
        Decimal("3.5"),
        Q.AVERAGE,
    ),
    # 004: the certification in El Salvador.
    Expected(S004, "sv-certification-edition", M.EDITION, "second", "edition", 2),
    Expected(S004, "sv-certification-edition-second-mention", M.EDITION, "Second", "edition", 2),
    Expected(S004, "sv-certification-themes", M.THEMES, "three", "themes", 3),
    Expected(S004, "sv-certification-themes-second-mention", M.THEMES, "three", "themes", 3),
    Expected(S004, "sv-certification-to-train", M.TRAINED, "50 people", None, 50, planned=True),
]


class TestFigures:
    @pytest.mark.parametrize("expected", FIGURES, ids=lambda e: e.id)
    def test_figure_has_its_value_qualifier_and_quote(
        self, expected: Expected, figures: dict[str, mh.LocatedFigure]
    ) -> None:
        figure = figures[expected.id].figure
        assert figure.measure is expected.measure
        assert figure.quantity.value == expected.value
        assert type(figure.quantity.value) is type(expected.value)
        assert figure.quantity.qualifier is expected.qualifier
        assert (figure.planned is mh.Plan.TARGET) is expected.planned
        assert figure.citation is not None
        assert figure.citation.source == expected.source
        assert expected.phrase in figure.citation.quote
        assert figure.citation.quote in report(expected.source)

    @pytest.mark.parametrize("expected", FIGURES, ids=lambda e: e.id)
    def test_the_printed_phrase_parses_to_the_figure(
        self, expected: Expected, figures: dict[str, mh.LocatedFigure]
    ) -> None:
        parsed = mh.parse_quantity(expected.phrase, unit=expected.unit)
        recorded = figures[expected.id].figure.quantity
        # A rate the phrase leaves implicit ("average of 2" per 1,000) is checked below.
        if parsed.per is None:
            recorded = attrs.evolve(recorded, per=None)
        assert recorded == parsed

    @pytest.mark.parametrize("source", REPORTS)
    def test_every_figure_of_the_report_is_listed_here(
        self, source: str, corpus: mh.Dataset
    ) -> None:
        recorded = Counter(
            f.figure.id
            for f in corpus.figures()
            if f.figure.citation is not None and f.figure.citation.source == source
        )
        listed = Counter(e.id for e in FIGURES if e.source == source)
        assert recorded == listed

    def test_figure_ids_are_unique(self, corpus: mh.Dataset) -> None:
        counts = Counter(f.figure.id for f in corpus.figures())
        assert [id for id, n in counts.items() if n > 1] == []

    @pytest.mark.parametrize(
        ("id", "per"),
        [
            ("bhw-people-served-average", "per week"),
            ("bhw-people-served-average-summary", "per week"),
            ("mx-doctors-per-1000-inhabitants", "per 1,000 inhabitants"),
            ("latin-america-doctors-per-1000-inhabitants", "per 1,000 inhabitants"),
            ("oecd-doctors-per-1000-inhabitants", "per 1,000 inhabitants"),
        ],
    )
    def test_rates_say_what_they_are_per(
        self, id: str, per: str, figures: dict[str, mh.LocatedFigure]
    ) -> None:
        assert str(figures[id].figure.quantity.per) == per

    @pytest.mark.parametrize(
        ("id", "period"),
        [
            ("health-windows-services", "2021-01/2022-08"),
            ("health-windows-services-summary", "2021-01/2022-08"),
            ("iom-since-1951-who-we-are", "1951/.."),
            ("iom-since-1951-our-work", "1951/.."),
        ],
    )
    def test_figures_keep_the_period_their_quote_states(
        self, id: str, period: str, figures: dict[str, mh.LocatedFigure]
    ) -> None:
        assert str(figures[id].figure.period) == period

    def test_hedges_admit_the_documented_intervals(
        self, figures: dict[str, mh.LocatedFigure]
    ) -> None:
        half_million = figures["bhw-uninsured-immigrants-benefited-past-years"].figure.quantity
        decades = figures["health-strategy-duration"].figure.quantity
        hundreds = figures["cuban-doctors-already-in-the-country"].figure.quantity
        assert (half_million.low, half_million.high) == (450_000, 500_000)
        assert (decades.low, decades.high, decades.unit) == (2, None, "decades")
        assert decades.interval.low_open
        assert (hundreds.low, hundreds.high) == (200, 999)

    @pytest.mark.parametrize(
        ("id", "name", "position", "organisation"),
        [
            (
                "diploma-selected",
                "Nenetzén Saavedra Lara",
                "Deputy Director of Academic Development and Extension",
                "mx-insp",
            ),
            (
                "bhw-people-served-average",
                "Jorge Alcocer",
                "Health Minister",
                "mx-secretariat-of-health",
            ),
            (
                "health-windows-services",
                "Ricardo Santana",
                "IME Executive Director B, Ambassador",
                "mx-ime",
            ),
            (
                "bhw-uninsured-immigrants-benefited-past-years",
                "Evelyn Salgado",
                "Governor of Guerrero",
                "mx-guerrero-state-government",
            ),
            (
                "cuban-doctors-already-working",
                "Zoé Robledo",
                "Director of the Mexican Institute of Social Security (IMSS)",
                "mx-imss",
            ),
            (
                "mx-doctors-per-1000-inhabitants",
                "National Institute of Statistics and Geography (INEGI)",
                None,
                "mx-inegi",
            ),
        ],
    )
    def test_figures_name_their_speakers(
        self,
        id: str,
        name: str,
        position: str | None,
        organisation: str,
        figures: dict[str, mh.LocatedFigure],
    ) -> None:
        citation = figures[id].figure.citation
        assert citation is not None
        assert citation.speaker == mh.Speaker(
            name=name, position=position, organisation=organisation
        )


# --- nothing resolved by hand -------------------------------------------------------------


class TestNothingResolvedByHand:
    def test_the_diploma_keeps_564_selected_and_546_participants(self, corpus: mh.Dataset) -> None:
        (cohort,) = corpus.programme("mx-cl-migration-health-diploma").cohorts
        by_measure = Counter((f.measure, f.quantity.value) for f in cohort.figures)
        assert by_measure == {
            (M.APPLICANTS, 800): 1,
            (M.SELECTED, 564): 1,
            (M.PARTICIPANTS, 546): 2,
        }
        quotes = {f.citation.quote for f in cohort.figures if f.citation is not None}
        assert len(quotes) == 3

    def test_the_chilean_participants_are_a_subgroup(self, corpus: mh.Dataset) -> None:
        (cohort,) = corpus.programme("mx-cl-migration-health-diploma").cohorts
        (subgroup,) = cohort.subgroups
        assert subgroup.countries == ("CL",)
        assert [f.quantity.value for f in subgroup.figures] == [10]

    def test_the_iom_chile_training_keeps_its_unknown_year(self, corpus: mh.Dataset) -> None:
        programme = corpus.programme("iom-chile-health-officials-training")
        assert programme.period == mh.parse_period("between 17 April and 30 May")
        assert programme.period is not None
        assert programme.period.start is not None
        assert not programme.period.start.year_known
        assert str(programme.period) == "--04-17/--05-30"

    def test_the_iom_chile_breakdown_is_by_track(self, corpus: mh.Dataset) -> None:
        (cohort,) = corpus.programme("iom-chile-health-officials-training").cohorts
        (breakdown,) = cohort.breakdowns
        assert breakdown.total == "iom-chile-trained"
        assert breakdown.total in {f.id for f in cohort.figures}
        parts = {p.category: p.figure.quantity.value for p in breakdown.parts}
        assert parts == {"migration and health": 171, "trafficking in persons": 143}

    def test_announced_numbers_are_planned(self, corpus: mh.Dataset) -> None:
        planned = sorted(f.figure.id for f in corpus.figures() if f.figure.planned)
        assert planned == [
            "cuban-doctors-arriving-family-medicine",
            "cuban-doctors-to-hire-body",
            "cuban-doctors-to-hire-headline",
            "sv-certification-to-train",
        ]


# --- sources ------------------------------------------------------------------------------


class TestSources:
    @pytest.mark.parametrize(
        ("source", "published", "printed"),
        [
            (S003, "2024-05-20", "Monday, 20 May 2024"),
            (S004, "2019-06-27", "27 June, 2019"),
        ],
    )
    def test_printed_dates_are_read_to_the_day(
        self, source: str, published: str, printed: str, corpus: mh.Dataset
    ) -> None:
        assert printed in report(source)
        assert corpus.source(source).published == mh.parse_date(printed)
        assert str(corpus.source(source).published) == published

    def test_the_inferred_date_says_how_it_was_inferred(self, corpus: mh.Dataset) -> None:
        source = corpus.source(S001)
        assert str(source.published) == "2022-10-07"
        assert source.notes is not None
        assert "IMG-20221007-WA0178.jpg" in source.notes
        assert "IMG-20221007-WA0179.jpg" in report(S001)

    @pytest.mark.parametrize("source", [S000, S002])
    def test_undated_reports_have_no_date_and_say_why(
        self, source: str, corpus: mh.Dataset
    ) -> None:
        found = corpus.source(source)
        assert found.published is None
        assert found.notes is not None
        assert "no publication date is recorded" in found.notes.lower()

    @pytest.mark.parametrize("source", REPORTS)
    def test_titles_are_the_reports_own_words(self, source: str, corpus: mh.Dataset) -> None:
        assert corpus.source(source).title in report(source)


# --- programmes, partners, organisations --------------------------------------------------


class ExpectedProgramme(NamedTuple):
    """A programme's kind, status, period (ISO 8601) and countries, as the reports give them."""

    id: str
    kind: str
    status: str | None
    period: str | None
    countries: tuple[str, ...]


PROGRAMMES = [
    ExpectedProgramme(
        "mx-cl-migration-health-diploma",
        "diploma",
        "completed",
        "2025-08-18/2025-11-14",
        ("MX", "CL"),
    ),
    ExpectedProgramme("cl-international-migrant-health-policy", "policy", None, None, ("CL",)),
    ExpectedProgramme("mx-general-health-law", "policy", None, None, ("MX",)),
    ExpectedProgramme("front-of-package-labeling-model", "policy", None, None, ("CL", "MX")),
    ExpectedProgramme(
        "binational-health-week-22", "service_campaign", "under_way", None, ("MX", "US")
    ),
    ExpectedProgramme("mx-health-strategy-for-migrants", "policy", None, None, ("MX",)),
    ExpectedProgramme(
        "mx-consular-health-windows", "service_point_network", "under_way", None, ("MX", "US")
    ),
    ExpectedProgramme(
        "iom-chile-health-officials-training",
        "workshop_series",
        "completed",
        "--04-17/--05-30",
        ("CL",),
    ),
    ExpectedProgramme("2030-agenda", "policy", None, None, ()),
    ExpectedProgramme(
        "mx-cu-cuban-doctors-agreement", "workforce_agreement", "under_way", None, ("MX", "CU")
    ),
    ExpectedProgramme(
        "sv-migration-gender-health-certification",
        "certification",
        "planned",
        "2019-07/2019-11",
        ("SV",),
    ),
    ExpectedProgramme("regional-migration-program-mesoamerica-caribbean", "other", None, None, ()),
]


PARTNERS = [
    ("mx-cl-migration-health-diploma", "cl-ministry-of-health", (R.PROMOTER,)),
    ("mx-cl-migration-health-diploma", "mx-secretariat-of-health", (R.PROMOTER,)),
    ("mx-cl-migration-health-diploma", "mx-insp", (R.PROMOTER,)),
    ("mx-cl-migration-health-diploma", "mx-cl-joint-cooperation-fund", (R.PROMOTER,)),
    (
        "mx-cl-migration-health-diploma",
        "mx-insp-health-systems-research-center",
        (R.ACADEMIC_COORDINATOR,),
    ),
    ("mx-consular-health-windows", "mx-secretariat-of-health", (R.TECHNICAL_PARTNER, R.FUNDER)),
    ("mx-consular-health-windows", "mx-foreign-ministry", (R.OPERATIONAL_PARTNER,)),
    ("mx-consular-health-windows", "mx-ime", (R.OPERATIONAL_PARTNER,)),
    ("mx-consular-health-windows", "mx-consulates", (R.OPERATIONAL_PARTNER,)),
    ("iom-chile-health-officials-training", "iom-chile", (R.IMPLEMENTER,)),
    ("iom-chile-health-officials-training", "cl-ministry-of-health", (R.BENEFICIARY,)),
    ("sv-migration-gender-health-certification", "mdm-spain", (R.IMPLEMENTER,)),
    ("sv-migration-gender-health-certification", "mdm-france", (R.IMPLEMENTER,)),
    ("sv-migration-gender-health-certification", "sv-ues", (R.IMPLEMENTER,)),
    ("sv-migration-gender-health-certification", "afsc", (R.PARTNER,)),
    ("sv-migration-gender-health-certification", "jesuit-migration-network", (R.PARTNER,)),
    ("sv-migration-gender-health-certification", "iom", (R.PARTNER,)),
    ("sv-migration-gender-health-certification", "se-comisca", (R.PARTNER,)),
]


class TestProgrammes:
    def test_every_programme_is_listed_here(self, corpus: mh.Dataset) -> None:
        assert [p.id for p in corpus.programmes] == [e.id for e in PROGRAMMES]

    @pytest.mark.parametrize("expected", PROGRAMMES, ids=lambda e: e.id)
    def test_programme_has_its_kind_status_period_and_countries(
        self, expected: ExpectedProgramme, corpus: mh.Dataset
    ) -> None:
        programme = corpus.programme(expected.id)
        assert programme.kind.value == expected.kind
        assert (programme.status.value if programme.status else None) == expected.status
        assert (str(programme.period) if programme.period else None) == expected.period
        assert programme.countries == expected.countries

    @pytest.mark.parametrize(("programme", "organisation", "roles"), PARTNERS)
    def test_partner_has_its_roles(
        self,
        programme: str,
        organisation: str,
        roles: tuple[mh.Role, ...],
        corpus: mh.Dataset,
    ) -> None:
        partners = {p.organisation: p for p in corpus.programme(programme).partners}
        assert partners[organisation].roles == roles
        assert partners[organisation].citation is not None

    def test_the_certification_has_seven_partner_organisations(self, corpus: mh.Dataset) -> None:
        programme = corpus.programme("sv-migration-gender-health-certification")
        offering = [p for p in programme.partners if R.BENEFICIARY not in p.roles]
        assert len(offering) == 7
        assert programme.edition is not None
        assert programme.edition.quantity.value == 2
        assert len(programme.themes) == 3

    def test_the_health_week_is_the_22nd_with_its_theme(self, corpus: mh.Dataset) -> None:
        programme = corpus.programme("binational-health-week-22")
        assert programme.edition is not None
        assert programme.edition.quantity.value == 22
        assert programme.edition.citation is not None
        assert "22nd" in programme.edition.citation.quote
        assert programme.themes == ("Binational hope, health without borders",)

    def test_the_diploma_builds_on_the_two_laws(self, corpus: mh.Dataset) -> None:
        related = corpus.programme("mx-cl-migration-health-diploma").related
        assert related == ("cl-international-migrant-health-policy", "mx-general-health-law")

    def test_iom_facts_are_figures_of_the_organisation(self, corpus: mh.Dataset) -> None:
        iom = corpus.organisation("iom")
        assert {(f.measure, f.quantity.value) for f in iom.figures} == {
            (M.MEMBER_STATES, 175),
            (M.COUNTRIES, 171),
            (M.YEAR, 1951),
        }


# --- references and ids -------------------------------------------------------------------


class TestReferences:
    def test_every_citation_names_a_known_source(self, corpus: mh.Dataset) -> None:
        known = {s.id for s in corpus.sources}
        assert {c.source for _, c in all_citations(corpus)} <= known

    def test_every_organisation_id_resolves(self, corpus: mh.Dataset) -> None:
        known = {o.id for o in corpus.organisations}
        referenced = {p.organisation for prog in corpus.programmes for p in prog.partners}
        referenced |= {o.parent for o in corpus.organisations if o.parent is not None}
        referenced |= {
            c.speaker.organisation
            for _, c in all_citations(corpus)
            if c.speaker is not None and c.speaker.organisation is not None
        }
        assert referenced - known == set()

    def test_every_related_programme_resolves(self, corpus: mh.Dataset) -> None:
        known = {p.id for p in corpus.programmes}
        assert {r for p in corpus.programmes for r in p.related} <= known

    def test_every_organisation_takes_part_or_is_named(self, corpus: mh.Dataset) -> None:
        # Every organisation is a partner, a parent, a speaker's, or has notes saying why
        # it is in the dataset.
        used = {p.organisation for prog in corpus.programmes for p in prog.partners}
        used |= {o.parent for o in corpus.organisations if o.parent is not None}
        used |= {c.speaker.organisation for _, c in all_citations(corpus) if c.speaker is not None}
        unexplained = [
            o.id for o in corpus.organisations if o.id not in used and not o.notes and not o.figures
        ]
        assert unexplained == []

    def test_ids_are_lowercase_hyphenated_and_unique(self, corpus: mh.Dataset) -> None:
        ids = [r.id for r in (*corpus.sources, *corpus.organisations, *corpus.programmes)]
        for programme in corpus.programmes:
            for cohort in programme.cohorts:
                ids += [cohort.id, *(b.id for b in cohort.breakdowns)]
                ids += [s.id for s in cohort.subgroups]
            ids += [s.id for s in programme.statistics]
        ids += [f.figure.id for f in corpus.figures()]
        assert [i for i in ids if not _ID.fullmatch(i)] == []
        assert [i for i, n in Counter(ids).items() if n > 1] == []

    def test_every_country_is_a_known_code(self, corpus: mh.Dataset) -> None:
        codes = {c for p in corpus.programmes for c in p.countries}
        codes |= {o.country for o in corpus.organisations if o.country is not None}
        assert all(mh.country_code(code) == code for code in codes)
        assert codes == {"MX", "CL", "US", "CU", "SV", "ES", "FR", "GB"}


def test_organisations_that_attended_are_linked_to_the_programme_they_attended() -> None:
    corpus = mh.seed_corpus()
    week = corpus.programme("binational-health-week-22")
    attendees = {p.organisation for p in week.partners if mh.Role.ATTENDEE in p.roles}
    assert attendees == {
        "mx-general-health-council",
        "mx-cenaprece",
        "mx-insabi",
        "mx-issste",
        "mx-sndif",
    }
    unreferenced = [f.ids for f in mh.validate(corpus) if f.code == "MH303"]
    assert unreferenced == [("oecd",)]


# --- dates, as cited facts ----------------------------------------------------------------

SEED_DATES = [
    # (record id, period, event or None, source, a phrase of the quote)
    (
        "mx-cl-migration-health-diploma",
        "2025-08-18/2025-11-14",
        None,
        "s000-mx-cl-diploma",
        "between August 18 and November 14, 2025",
    ),
    (
        "mx-cl-migration-health-diploma-cohort",
        "2025-08-18/2025-11-14",
        None,
        "s000-mx-cl-diploma",
        "between August 18 and November 14, 2025",
    ),
    (
        "health-windows-services-2021-2022",
        "2021-01/2022-08",
        None,
        "s001-binational-health-week",
        "at the Health Windows between January 2021 and August 2022",
    ),
    (
        "health-windows-services-2021-2022",
        "2021-01/2022-08",
        None,
        "s001-binational-health-week",
        "helath windows between January 2021 and August 2022",
    ),
    (
        "binational-health-week-22",
        "2022-10-07/2022-10-07",
        "inauguration",
        "s001-binational-health-week",
        "At the inauguration of the 22nd Binational Health Week",
    ),
    (
        "iom-chile-health-officials-training",
        "--04-17/--05-30",
        None,
        "s002-iom-chile-training",
        "between 17 April and 30 May",
    ),
    (
        "iom-chile-training-cohort",
        "--04-17/--05-30",
        None,
        "s002-iom-chile-training",
        "between 17 April and 30 May",
    ),
    (
        "mx-cu-cuban-doctors-agreement",
        "2024-05-17/2024-05-17",
        "meeting",
        "s003-cuban-doctors",
        "last Friday",
    ),
    (
        "sv-migration-gender-health-certification",
        "2019-07/2019-11",
        None,
        "s004-sv-certification",
        "from July to November 2019",
    ),
    (
        "sv-certification-cohort",
        "2019-07/2019-11",
        None,
        "s004-sv-certification",
        "from July to November 2019",
    ),
]


def _dates_by_record(corpus: mh.Dataset) -> dict[str, list[mh.DateFact]]:
    found: dict[str, list[mh.DateFact]] = {}
    for programme in corpus.programmes:
        found[programme.id] = list(programme.dates)
        for record in (*programme.cohorts, *programme.statistics):
            found[record.id] = list(record.dates)
    return found


class TestSeedDates:
    @pytest.mark.parametrize(
        ("record", "period", "event", "source", "phrase"),
        SEED_DATES,
        ids=[f"{row[0]}-{i}" for i, row in enumerate(SEED_DATES)],
    )
    def test_every_date_the_seeds_state_is_cited_with_its_quote(  # noqa: PLR0917
        self,
        corpus: mh.Dataset,
        record: str,
        period: str,
        event: str | None,
        source: str,
        phrase: str,
    ) -> None:
        facts = _dates_by_record(corpus)[record]
        matching = [
            fact
            for fact in facts
            if fact.citation is not None
            and phrase in fact.citation.quote
            and fact.citation.source == source
        ]
        assert len(matching) == 1, facts
        (fact,) = matching
        assert fact.period.isoformat() == period
        assert fact.event == event
        assert fact.citation is not None
        assert fact.citation.quote in report(source)

    def test_every_dated_fact_of_the_corpus_is_cited(self, corpus: mh.Dataset) -> None:
        facts = [fact for facts in _dates_by_record(corpus).values() for fact in facts]
        assert len(facts) == len(SEED_DATES)
        assert all(fact.citation is not None for fact in facts)

    def test_dates_worked_out_say_how(self, corpus: mh.Dataset) -> None:
        inferred = {
            record: fact.inferred
            for record, facts in _dates_by_record(corpus).items()
            for fact in facts
            if fact.inferred is not None
        }
        assert set(inferred) == {"binational-health-week-22", "mx-cu-cuban-doctors-agreement"}
        assert "last Friday" in inferred["mx-cu-cuban-doctors-agreement"]
        assert corpus.source("s001-binational-health-week").published_inferred is not None

    def test_the_announced_certification_is_dated_as_a_target(self, corpus: mh.Dataset) -> None:
        (fact,) = corpus.programme("sv-migration-gender-health-certification").dates
        assert fact.planned is mh.Plan.TARGET

    @pytest.mark.parametrize(
        ("source", "dateline"),
        [("s003-cuban-doctors", "Monday, 20 May 2024"), ("s004-sv-certification", "27 June, 2019")],
    )
    def test_printed_publication_dates_keep_their_dateline(
        self, corpus: mh.Dataset, source: str, dateline: str
    ) -> None:
        assert corpus.source(source).published_quote == dateline
        assert dateline in report(source)
