"""Datasets that use declared terms: saved with their vocabulary, refused without it."""

from __future__ import annotations

import json

import pytest
from hypothesis import given

import migrationhealth as mh
from strategies import datasets_with_declared_terms

SECTIONS = {
    "measures": mh.Measure,
    "roles": mh.Role,
    "organisation_kinds": mh.OrganisationKind,
    "programme_kinds": mh.ProgrammeKind,
}


def declared(dataset: mh.Dataset) -> dict[str, set[str]]:
    """The declared (not built-in) terms a dataset uses, by vocabulary section."""
    used: dict[str, set[str]] = {}
    terms: list[mh.Term] = [located.figure.measure for located in dataset.figures()]
    terms += [organisation.kind for organisation in dataset.organisations]
    for programme in dataset.programmes:
        terms.append(programme.kind)
        terms += [role for partner in programme.partners for role in partner.roles]
    for term in terms:
        if not term.builtin:
            section = next(key for key, kind in SECTIONS.items() if isinstance(term, kind))
            used.setdefault(section, set()).add(term.value)
    return used


def forget(used: dict[str, set[str]]) -> None:
    """Forget declared terms, as a new process would not know them."""
    for section, values in used.items():
        for value in values:
            SECTIONS[section]._forget(value)


pytestmark = pytest.mark.usefixtures("forget_declared_terms")


@given(datasets_with_declared_terms())
def test_a_dataset_of_declared_terms_round_trips_with_its_vocabulary(dataset: mh.Dataset) -> None:
    text = mh.dumps(dataset)
    used = declared(dataset)
    section = json.loads(text)["vocabulary"]
    assert {key: set(terms) for key, terms in section.items()} == used
    forget(used)
    again = mh.loads(text)
    assert mh.dumps(again) == text
    assert declared(again) == used


@given(datasets_with_declared_terms())
def test_an_undeclared_term_is_refused_at_load_with_its_path(dataset: mh.Dataset) -> None:
    document = json.loads(mh.dumps(dataset))
    del document["vocabulary"]
    forget(declared(dataset))
    with pytest.raises(mh.LoadError) as raised:
        mh.loads(json.dumps(document))
    message = str(raised.value)
    assert "$.organisations[0].kind: expected a declared OrganisationKind" in message
    assert "$.programmes[0].kind: expected a declared ProgrammeKind" in message
    assert "$.programmes[0].partners[0].roles[0]: expected a declared Role" in message
    assert "$.programmes[0].figures[0].measure: expected a declared Measure" in message
