"""Upgrades of the JSON format, one version at a time.

:func:`~migrationhealth.serialization.loads` reads a file's ``format_version`` and, when it
is older than :data:`~migrationhealth.serialization.FORMAT_VERSION`, passes the document
through the migrations registered in :data:`MIGRATIONS`, from its version to the next and
so on up to the current one, before any model object is built. A migration is a function
that takes a document of version ``N`` (the top-level object, without its
``format_version``) and returns the same document in version ``N + 1``.

Format version 1 was the first; :func:`upgrade_1_to_2` takes a document to version 2
(cited dates, kinds of plan, language tags). The tests run it on every version-1 document
they have, ``tests/data/format-v1.json`` among them.

A migration may raise :class:`~migrationhealth.errors.LoadError` naming the path of what it
cannot upgrade; any other exception it raises is reported as a ``LoadError`` too, so that
loading an old file never fails with anything else.

>>> registry = MigrationRegistry()
>>> @registry.register(1)
... def rename_heading(document):
...     return {**document, "sources": [
...         {("title" if k == "heading" else k): v for k, v in s.items()}
...         for s in document.get("sources", [])]}
>>> registry.upgrade({"sources": [{"id": "s", "heading": "A"}]}, version=1, target=2)
{'sources': [{'id': 's', 'title': 'A'}]}
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from .errors import LoadError, MigrationHealthError

__all__ = ["MIGRATIONS", "Migration", "MigrationRegistry", "upgrade_1_to_2"]

Migration = Callable[[dict[str, Any]], dict[str, Any]]
"""A function from a document of format version ``N`` to the same document in ``N + 1``."""


class MigrationRegistry:
    """The migrations known, by the version each upgrades from.

    :data:`MIGRATIONS` is the one :func:`~migrationhealth.serialization.loads` uses; a
    separate registry is for trying a migration out (in a test) without touching it.
    """

    def __init__(self) -> None:
        self._steps: dict[int, Migration] = {}

    @property
    def versions(self) -> tuple[int, ...]:
        """The versions that have a migration to the next one, in increasing order."""
        return tuple(sorted(self._steps))

    def register(self, from_version: int) -> Callable[[Migration], Migration]:
        """A decorator registering a migration from ``from_version`` to the next version.

        Raises :class:`ValueError` (as :class:`~migrationhealth.errors.MigrationHealthError`)
        for a version that is not a positive integer or already has a migration.
        """
        if type(from_version) is not int or from_version < 1:
            raise _RegistryError(f"expected a positive integer version, got {from_version!r}")

        def decorate(migration: Migration) -> Migration:
            if from_version in self._steps:
                raise _RegistryError(
                    f"a migration from format version {from_version} is already registered"
                )
            self._steps[from_version] = migration
            return migration

        return decorate

    @contextmanager
    def registered(self, from_version: int, migration: Migration) -> Iterator[Migration]:
        """Register ``migration`` for the ``with`` block only, then remove it again."""
        self.register(from_version)(migration)
        try:
            yield migration
        finally:
            del self._steps[from_version]

    def upgrade(self, document: dict[str, Any], *, version: int, target: int) -> dict[str, Any]:
        """``document``, of format ``version``, upgraded step by step to format ``target``.

        Raises :class:`~migrationhealth.errors.LoadError` at ``$.format_version`` when a
        step is missing, and at the path a migration names (or at ``$``) when one fails.
        """
        for step in range(version, target):
            migration = self._steps.get(step)
            if migration is None:
                raise LoadError(
                    [
                        f"$.format_version: the file is in format version {version}, and no "
                        f"upgrade from version {step} to {step + 1} is known; version {target} "
                        "is the one this version of migrationhealth reads"
                    ]
                )
            try:
                document = migration(document)
            except LoadError:
                raise
            except Exception as error:  # a migration meets data of any shape
                raise LoadError(
                    [
                        f"$: cannot upgrade from format version {step} to {step + 1}: "
                        f"{type(error).__name__}: {_one_line(error)}"
                    ]
                ) from error
            if type(document) is not dict:
                raise LoadError(
                    [
                        f"$: the upgrade from format version {step} to {step + 1} gave a "
                        f"{type(document).__name__}, not an object"
                    ]
                )
        return document


class _RegistryError(MigrationHealthError, ValueError):
    """A migration registered twice, or for a version that cannot exist."""


def _one_line(error: BaseException) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= 200 else text[:197] + "..."


MIGRATIONS = MigrationRegistry()
"""The migrations :func:`~migrationhealth.serialization.loads` applies."""

# Language names that version-1 files held where version 2 holds a tag.
_LANGUAGE_NAMES = {
    "english": "en",
    "inglés": "en",
    "ingles": "en",
    "spanish": "es",
    "español": "es",
    "espanol": "es",
    "castellano": "es",
    "castilian": "es",
    "portuguese": "pt",
    "português": "pt",
    "portugues": "pt",
    "french": "fr",
    "français": "fr",
    "francais": "fr",
}
_TAG = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")


def _each(items: object, change: Callable[[dict[str, Any]], dict[str, Any]]) -> object:
    """``items`` with ``change`` applied to each object in it, when it is an array.

    Anything of another shape is returned as it is, for loading to report at its path.
    Only what changes is copied: the document is never walked deeper than the format.
    """
    if not isinstance(items, list):
        return items
    return [change(item) if isinstance(item, dict) else item for item in items]


def _figure_1_to_2(figure: dict[str, Any]) -> dict[str, Any]:
    # "planned": true (a number announced for the future) is a target in version 2.
    if "planned" not in figure:
        return figure
    figure = dict(figure)
    if figure["planned"] is True:
        figure["planned"] = "target"
    elif figure["planned"] is False:
        del figure["planned"]
    return figure


def _record_1_to_2(record: dict[str, Any], *, dated: bool) -> dict[str, Any]:
    """A programme, cohort, statistic or subgroup: its period, figures and parts."""
    record = dict(record)
    # A version-1 period becomes the one uncited date of its record.
    if dated and "period" in record and "dates" not in record:
        period = record.pop("period")
        if period is not None:
            record["dates"] = [{"period": period}]
    if "figures" in record:
        record["figures"] = _each(record["figures"], _figure_1_to_2)
    if isinstance(record.get("edition"), dict):
        record["edition"] = _figure_1_to_2(record["edition"])
    if "breakdowns" in record:
        record["breakdowns"] = _each(record["breakdowns"], _breakdown_1_to_2)
    if "subgroups" in record:
        record["subgroups"] = _each(record["subgroups"], _subgroup_1_to_2)
    return record


def _breakdown_1_to_2(breakdown: dict[str, Any]) -> dict[str, Any]:
    def part(item: dict[str, Any]) -> dict[str, Any]:
        figure = item.get("figure")
        return {**item, "figure": _figure_1_to_2(figure)} if isinstance(figure, dict) else item

    return (
        {**breakdown, "parts": _each(breakdown["parts"], part)}
        if "parts" in breakdown
        else (breakdown)
    )


def _subgroup_1_to_2(subgroup: dict[str, Any]) -> dict[str, Any]:
    return _record_1_to_2(subgroup, dated=False)


def _cohort_1_to_2(cohort: dict[str, Any]) -> dict[str, Any]:
    return _record_1_to_2(cohort, dated=True)


def _programme_1_to_2(programme: dict[str, Any]) -> dict[str, Any]:
    programme = _record_1_to_2(programme, dated=True)
    if "cohorts" in programme:
        programme["cohorts"] = _each(programme["cohorts"], _cohort_1_to_2)
    if "statistics" in programme:
        programme["statistics"] = _each(programme["statistics"], _cohort_1_to_2)
    return programme


def _organisation_1_to_2(organisation: dict[str, Any]) -> dict[str, Any]:
    if "figures" not in organisation:
        return organisation
    return {**organisation, "figures": _each(organisation["figures"], _figure_1_to_2)}


def _source_1_to_2(source: dict[str, Any]) -> dict[str, Any]:
    language = source.get("language")
    if not isinstance(language, str) or _TAG.fullmatch(language):
        return source
    source = dict(source)
    tag = _LANGUAGE_NAMES.get(language.strip().casefold())
    if tag is not None:
        source["language"] = tag
        return source
    # Not a tag nor a name known: kept, in words, in the notes rather than lost.
    del source["language"]
    note = f"Language as recorded in format 1: {language}"
    notes = source.get("notes")
    source["notes"] = f"{notes} {note}" if isinstance(notes, str) and notes else note
    return source


@MIGRATIONS.register(1)
def upgrade_1_to_2(document: dict[str, Any]) -> dict[str, Any]:
    """A version-1 document in version 2.

    - The ``period`` of a programme, cohort or service statistic becomes its one uncited
      date: ``"period": "2019-07/2019-11"`` is ``"dates": [{"period": "2019-07/2019-11"}]``.
    - A figure's ``"planned": true`` becomes ``"planned": "target"`` (what a programme
      set out to do); ``"planned": false`` is left out, as the default.
    - A source's ``language`` written as a name ("Spanish", "español") becomes its tag
      (``"es"``); one that is neither a tag nor a known name is moved into its ``notes``,
      in words, so that nothing is lost.

    Everything else is the same in both versions. Parts of the document that are not of
    the expected shape are left as they are, for loading to report at their path.
    """
    document = dict(document)
    for key, change in (
        ("sources", _source_1_to_2),
        ("organisations", _organisation_1_to_2),
        ("programmes", _programme_1_to_2),
    ):
        if key in document:
            document[key] = _each(document[key], change)
    return document
