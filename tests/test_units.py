"""Unit words read for comparison: folding, plurals, head nouns, four languages."""

from __future__ import annotations

import doctest
from collections.abc import Iterator

import pytest
from hypothesis import given
from hypothesis import strategies as st

from migrationhealth import (
    Figure,
    Measure,
    Per,
    Quantity,
    UnitConcept,
    UnitLanguage,
    VocabularyError,
    add_unit_words,
    comparable,
    normalise_unit,
    read_unit,
    units,
    units_agree,
)
from migrationhealth.units import CONCEPTS, LANGUAGES, WORDS, fold


def figure(measure: Measure, value: int, unit: str, per: Per | None = None) -> Figure:
    return Figure(
        id=f"f{value}", measure=measure, quantity=Quantity(value=value, unit=unit, per=per)
    )


class TestNormalise:
    @pytest.mark.parametrize(
        "unit",
        [
            "consultas",
            "consultas médicas",
            "consultas individuales",
            "Consultas Médicas",
            "consultations",
            "medical consultations",
            "consultations médicales",
        ],
    )
    def test_consultations_in_every_wording(self, unit: str) -> None:
        assert normalise_unit(unit) == "consultation"

    @pytest.mark.parametrize(
        ("words", "concept"),
        [
            (("activities", "actividades", "atividades", "activités"), "activity"),
            (("people", "personas", "pessoas", "personnes", "persons"), "person"),
            (("doctors", "médicos", "médecins", "physicians"), "doctor"),
            (("countries", "países", "pays"), "country"),
            (("services", "servicios", "serviços", "services"), "service"),
            (
                ("health fairs", "ferias de salud", "feiras de saúde", "foires de santé"),
                "health_fair",
            ),
            (
                ("health workers", "trabajadores de la salud", "profissionais de saúde"),
                "health_worker",
            ),
            (("hospitals", "hospitales", "hospitais", "hôpitaux"), "hospital"),
        ],
    )
    def test_the_same_thing_in_four_languages(self, words: tuple[str, ...], concept: str) -> None:
        assert {normalise_unit(word) for word in words} == {concept}

    def test_the_head_noun_is_kept_and_qualifiers_dropped(self) -> None:
        assert normalise_unit("participants from 11 countries") == "participant"
        assert normalise_unit("people served") == "person"
        assert normalise_unit("especialistas cubanos") == "specialist"
        assert normalise_unit("nuevas consultas") == "consultation"

    def test_places_of_different_levels_stay_apart(self) -> None:
        assert normalise_unit("79 municipios") == "municipality"
        assert normalise_unit("9 entidades") == "state"
        assert normalise_unit("entidades federativas") == "state"

    def test_an_unknown_word_is_its_folded_singular_head(self) -> None:
        assert normalise_unit("gatos pardos", language="es") == "gato"
        assert normalise_unit("Brown Cats") == "cat"
        assert normalise_unit("chevaux blancs", language="fr") == "cheval"

    def test_the_report_language_decides_a_word_two_languages_share(self) -> None:
        # "entidades" is a state in Mexico's Spanish, an organisation in Portuguese.
        assert normalise_unit("entidades", language="es") == "state"
        assert normalise_unit("entidades", language="pt-BR") == "organisation"

    def test_percent_sign(self) -> None:
        assert normalise_unit("%") == "percent"
        assert normalise_unit("por ciento") == "percent"

    def test_the_reading_says_what_is_counted(self) -> None:
        reading = read_unit("consultorios")
        assert reading.concept == "consulting_room"
        assert reading.counts == "service_points"
        assert not reading.generic
        assert read_unit("servicios").generic


class TestAgree:
    def test_different_places_do_not_agree(self) -> None:
        assert not units_agree("municipios", "entidades")
        assert not units_agree("consultorios", "farmacia")

    def test_a_generic_word_agrees_with_what_it_stands_for(self) -> None:
        assert units_agree("services", "consultas médicas")
        assert units_agree("people", "médicos")
        assert not units_agree("services", "médicos")

    def test_a_narrower_concept_agrees_with_the_broader(self) -> None:
        assert units_agree("specialists", "doctors")
        assert not units_agree("doctors", "nurses")

    def test_an_unknown_word_agrees_with_the_generic_word_of_its_measure(self) -> None:
        assert units_agree("people", "promotoras", counts="people")
        assert not units_agree("people", "promotoras", counts="services")
        assert not units_agree("people", "promotoras")


class TestComparable:
    def test_same_measure_and_units_of_one_thing(self) -> None:
        a = figure(Measure.CONSULTATIONS, 196, "consultas médicas")
        b = figure(Measure.CONSULTATIONS, 200, "consultations")
        assert comparable(a, b)

    def test_measures_that_count_the_same_thing(self) -> None:
        a = figure(Measure.SERVICES, 1000, "services")
        b = figure(Measure.CONSULTATIONS, 196, "consultas")
        assert comparable(a, b)

    def test_measures_that_count_different_things(self) -> None:
        a = figure(Measure.PARTICIPANTS, 50, "people")
        b = figure(Measure.SERVICES, 50, "services")
        assert not comparable(a, b)

    def test_rates_per_different_things(self) -> None:
        per_1000 = Per(amount=1000, unit="inhabitants")
        a = figure(Measure.SERVICES, 2, "services", per_1000)
        b = figure(Measure.SERVICES, 3, "services", Per(amount=1000, unit="habitantes"))
        c = figure(Measure.SERVICES, 3, "services", Per(amount=1, unit="week"))
        d = figure(Measure.SERVICES, 3, "services")
        assert comparable(a, b)
        assert not comparable(a, c)
        assert not comparable(a, d)


@pytest.fixture
def restore_vocabulary() -> Iterator[None]:
    """Undo what a test teaches the unit vocabulary, which holds for the whole process."""
    concepts, languages = dict(CONCEPTS), dict(LANGUAGES)
    words = {language: dict(table) for language, table in WORDS.items()}
    yield
    CONCEPTS.clear()
    CONCEPTS.update(concepts)
    LANGUAGES.clear()
    LANGUAGES.update(languages)
    WORDS.clear()
    WORDS.update(words)
    add_unit_words("en", {})


@pytest.mark.usefixtures("restore_vocabulary")
class TestAddWords:
    def test_a_fifth_language_is_words(self) -> None:
        rules = UnitLanguage(head="first", skip=frozenset({"le"}), plurals=((r"(?<=..)s$", ""),))
        add_unit_words("xq", {"consultation": ("konsulto",)}, rules=rules)
        assert LANGUAGES["xq"] is rules
        assert normalise_unit("konsultos grandaj", language="xq") == "consultation"

    def test_a_new_concept(self) -> None:
        add_unit_words(
            "es",
            {"shelter": ("albergue",)},
            concepts={"shelter": UnitConcept(counts="service_points", broader="service_point")},
        )
        assert normalise_unit("albergues") == "shelter"
        assert CONCEPTS["shelter"].counts == "service_points"

    def test_unknown_concept_or_language_is_refused(self) -> None:
        with pytest.raises(VocabularyError, match="unknown concept 'nothing'"):
            add_unit_words("en", {"nothing": ("void",)})
        with pytest.raises(VocabularyError, match="language 'zz' is not known"):
            add_unit_words("zz", {"person": ("pip",)})


# Words the library knows, with the language that writes them.
KNOWN = sorted(
    (language, word)
    for language, concepts in WORDS.items()
    if language in ("en", "es", "pt", "fr")
    for words in concepts.values()
    for word in words
)


class TestProperties:
    @given(st.text(max_size=40))
    def test_fold_is_idempotent(self, text: str) -> None:
        assert fold(fold(text)) == fold(text)

    @given(st.sampled_from(KNOWN))
    def test_every_known_word_reads_as_its_concept(self, known: tuple[str, str]) -> None:
        language, word = known
        concept = read_unit(word, language).concept
        assert concept is not None
        assert word in WORDS[language][concept]

    @given(st.sampled_from(KNOWN), st.sampled_from(["upper", "title", "fold"]))
    def test_case_and_accents_do_not_matter(self, known: tuple[str, str], how: str) -> None:
        language, word = known
        changed = {"upper": word.upper(), "title": word.title(), "fold": fold(word)}[how]
        assert normalise_unit(changed, language) == normalise_unit(word, language)

    @given(st.text(max_size=30), st.sampled_from([None, "en", "es", "pt", "fr"]))
    def test_normalising_twice_changes_nothing(self, text: str, language: str | None) -> None:
        once = normalise_unit(text, language)
        assert normalise_unit(once, language) == once

    @given(st.text(max_size=20), st.text(max_size=20))
    def test_agreement_is_reflexive_and_symmetric(self, first: str, second: str) -> None:
        assert units_agree(first, first)
        assert units_agree(first, second) == units_agree(second, first)


def test_the_module_examples_run() -> None:
    results = doctest.testmod(units)
    assert results.attempted > 5
    assert results.failed == 0
