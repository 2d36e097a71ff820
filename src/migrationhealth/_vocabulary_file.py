"""The ``vocabulary`` section of a dataset file: the terms it declares, read and written.

A file that uses a measure, role or kind beyond the built-in ones declares it, so the file
is complete on its own::

    "vocabulary": {
      "measures": {
        "blood_pressure_checks": {"counts": "services", "description": "", "stage": null,
                                  "stock": false, "summable": true, "whole": true}
      },
      "roles": {"sponsor": {"description": "pays for the prizes"}}
    }

:func:`~migrationhealth.serialization.dumps` writes the section from the declared terms
the dataset uses, with every definition field; :func:`~migrationhealth.serialization.loads`
declares its terms before it reads the records, and forgets the ones it declared if the
file cannot be loaded. A term declared in the file and also in code must have the same
definition.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

from .enums import Measure, OrganisationKind, ProgrammeKind, Role, Term
from .errors import LoadError, VocabularyError

__all__ = ["SECTIONS", "declare_vocabulary", "vocabulary_section"]

SECTIONS: dict[str, type[Term]] = {
    "measures": Measure,
    "roles": Role,
    "organisation_kinds": OrganisationKind,
    "programme_kinds": ProgrammeKind,
}
"""The keys of the ``vocabulary`` section and the vocabulary each declares terms of."""

_SECTION_OF = {vocabulary: key for key, vocabulary in SECTIONS.items()}


def vocabulary_section(terms: Iterable[Term]) -> dict[str, dict[str, dict[str, Any]]]:
    """The ``vocabulary`` section that declares ``terms``: sorted, every field written."""
    section: dict[str, dict[str, dict[str, Any]]] = {}
    for term in sorted(terms, key=lambda t: (_SECTION_OF[type(t)], t.value)):
        section.setdefault(_SECTION_OF[type(term)], {})[term.value] = term.definition()
    return section


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


@contextmanager
def declare_vocabulary(section: object) -> Iterator[None]:
    """Declare the terms of a file's ``vocabulary`` section for the ``with`` block.

    Raises :class:`~migrationhealth.errors.LoadError` with the path of every problem in
    the section. Terms declared here are forgotten again if the block raises.
    """
    if section is None:
        yield
        return
    problems: list[str] = []
    declared: list[Term] = []
    if type(section) is not dict:
        raise LoadError([f"$.vocabulary: expected an object, got {_shown(section)}"])
    for key, terms in section.items():
        vocabulary = SECTIONS.get(key) if type(key) is str else None
        if vocabulary is None:
            problems.append(
                f"$.vocabulary: unknown section {_shown(key)}; the sections are "
                f"{', '.join(SECTIONS)}"
            )
            continue
        if type(terms) is not dict:
            problems.append(f"$.vocabulary.{key}: expected an object, got {_shown(terms)}")
            continue
        for value, definition in terms.items():
            path = f"$.vocabulary.{key}[{_shown(value)}]"
            if type(definition) is not dict:
                problems.append(f"{path}: expected an object, got {_shown(definition)}")
                continue
            known = value in vocabulary._terms
            try:
                term = vocabulary.declare(value, **definition)
            except VocabularyError as error:
                problems.append(f"{path}: {error}")
                continue
            except TypeError as error:  # a key that is not a string
                problems.append(f"{path}: {error}")
                continue
            if term.builtin:
                problems.append(f"{path}: {value!r} is built in and is not declared again")
            elif not known:
                declared.append(term)
    try:
        if problems:
            raise LoadError(problems)
        yield
    except BaseException:
        for term in declared:
            type(term)._forget(term.value)
        raise
