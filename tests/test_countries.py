from __future__ import annotations

import pytest

import migrationhealth as mh


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Mexico", "MX"),
        ("MEX", "MX"),
        ("mx", "MX"),
        ("484", "MX"),
        ("Chile", "CL"),
        ("El Salvador", "SV"),
        ("United States", "US"),
        ("Cuba", "CU"),
    ],
)
def test_country_code(text: str, code: str) -> None:
    assert mh.country_code(text) == code


@pytest.mark.parametrize("text", ["Mexco", "Latin America", "", "ZZ"])
def test_unknown_names_are_refused_not_guessed(text: str) -> None:
    with pytest.raises(mh.CountryError):
        mh.country_code(text)


def test_refusal_suggests_candidates() -> None:
    with pytest.raises(ValueError, match="did you mean: Mexico"):
        mh.country_code("Mexic")


def test_country_name() -> None:
    assert mh.country_name("SV") == "El Salvador"
    with pytest.raises(mh.CountryError):
        mh.country_name("ZZ")


def test_model_refuses_a_name_where_a_code_belongs() -> None:
    with pytest.raises(mh.InvalidValueError, match="alpha-2"):
        mh.Organisation(id="o", name="X", kind=mh.OrganisationKind.OTHER, country="Mexico")


@pytest.mark.parametrize(
    ("text", "language", "code"),
    [
        ("México", None, "MX"),
        ("México", "es", "MX"),
        ("Estados Unidos", None, "US"),
        ("Estados Unidos", "pt", "US"),
        ("UK", None, "GB"),
        ("USA", None, "US"),
        ("EE.UU.", "es", "US"),
        ("EE. UU.", None, "US"),
        ("Turkey", None, "TR"),
        ("DR Congo", None, "CD"),
        ("Democratic Republic of Congo", None, "CD"),
        ("Ivory Coast", None, "CI"),
        ("the Netherlands", None, "NL"),
        ("the Czech Republic", None, "CZ"),
        ("Bosnia and Herzegovina", None, "BA"),
        ("Guinea-Bissau", None, "GW"),
        ("Royaume-Uni", "fr", "GB"),
        ("Mexique", None, "MX"),
        ("États-Unis", "fr", "US"),
        ("Turquía", "es", "TR"),
        ("Turquia", "pt", "TR"),
        ("Turquie", "fr", "TR"),
        ("Países Bajos", "es", "NL"),
        ("Países Baixos", "pt", "NL"),
        ("Costa de Marfil", "es", "CI"),
        ("Côte d'Ivoire", "fr", "CI"),
        ("Brasil", None, "BR"),
        ("Brésil", "fr", "BR"),
        ("Perú", "es", "PE"),
        ("Haití", "es", "HT"),
        ("Bolivia", None, "BO"),
        ("Suiza", "es", "CH"),
        ("Suíça", "pt", "CH"),
        ("Allemagne", "fr", "DE"),
        ("Canadá", None, "CA"),
        ("Colombie", None, "CO"),
        ("Venezuela", None, "VE"),
        ("Guatemala", None, "GT"),
        ("Estados Unidos Mexicanos", None, "MX"),
    ],
)
def test_names_in_four_languages(text: str, language: str | None, code: str) -> None:
    assert mh.country_code(text, language=language) == code


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        ("United States-Mexico", "US", "MX"),
        ("México-Estados Unidos", "MX", "US"),
        ("Mexico–Chile", "MX", "CL"),
        ("Mexico and Chile", "MX", "CL"),
        ("Chile y Colombia", "CL", "CO"),
    ],
)
def test_a_phrase_naming_two_countries_is_refused_with_both(
    text: str, first: str, second: str
) -> None:
    with pytest.raises(mh.CountryError, match="names two countries") as caught:
        mh.country_code(text)
    assert f"({first})" in str(caught.value)
    assert f"({second})" in str(caught.value)


def test_a_name_of_two_countries_is_refused_with_both() -> None:
    with pytest.raises(mh.CountryError, match=r"\(KR\).*\(KP\)|\(KP\).*\(KR\)"):
        mh.country_code("Korea")
    assert mh.country_code("Congo") == "CG"
    assert mh.country_code("República Democrática del Congo", language="es") == "CD"


def test_a_name_of_another_language_is_not_read_when_the_language_is_given() -> None:
    with pytest.raises(mh.CountryError, match="in Spanish"):
        mh.country_code("Royaume-Uni", language="es")


def test_an_unknown_language_is_refused() -> None:
    with pytest.raises(mh.CountryError, match="en, es, pt, fr"):
        mh.country_code("Chile", language="xx")
