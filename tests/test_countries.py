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
