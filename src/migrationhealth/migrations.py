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

import copy
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


def _figures_1_to_2(figures: object) -> None:
    if isinstance(figures, list):
        for figure in figures:
            _figure_1_to_2(figure)


def _figure_1_to_2(figure: object) -> None:
    # "planned": true (a number announced for the future) is a target in version 2.
    if isinstance(figure, dict) and "planned" in figure:
        planned = figure["planned"]
        if planned is True:
            figure["planned"] = "target"
        elif planned is False:
            del figure["planned"]


def _dated_1_to_2(record: object) -> None:
    # A version-1 period becomes the one uncited date of its record.
    if isinstance(record, dict) and "period" in record and "dates" not in record:
        period = record.pop("period")
        if period is not None:
            record["dates"] = [{"period": period}]


def _parts_1_to_2(record: dict[str, Any]) -> None:
    _figures_1_to_2(record.get("figures"))
    for breakdown in _objects(record.get("breakdowns")):
        for part in _objects(breakdown.get("parts")):
            _figure_1_to_2(part.get("figure"))
    for subgroup in _objects(record.get("subgroups")):
        _figures_1_to_2(subgroup.get("figures"))


def _objects(items: object) -> list[dict[str, Any]]:
    return [item for item in items if isinstance(item, dict)] if isinstance(items, list) else []


def _source_1_to_2(source: dict[str, Any]) -> None:
    language = source.get("language")
    if not isinstance(language, str) or _TAG.fullmatch(language):
        return
    tag = _LANGUAGE_NAMES.get(language.strip().casefold())
    if tag is not None:
        source["language"] = tag
        return
    # Not a tag nor a name known: kept, in words, in the notes rather than lost.
    del source["language"]
    note = f"Language as recorded in format 1: {language}"
    notes = source.get("notes")
    source["notes"] = f"{notes} {note}" if isinstance(notes, str) and notes else note


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
    document = copy.deepcopy(document)
    for source in _objects(document.get("sources")):
        _source_1_to_2(source)
    for organisation in _objects(document.get("organisations")):
        _figures_1_to_2(organisation.get("figures"))
    for programme in _objects(document.get("programmes")):
        _dated_1_to_2(programme)
        _figure_1_to_2(programme.get("edition"))
        _parts_1_to_2(programme)
        for cohort in _objects(programme.get("cohorts")):
            _dated_1_to_2(cohort)
            _parts_1_to_2(cohort)
        for statistic in _objects(programme.get("statistics")):
            _dated_1_to_2(statistic)
            _parts_1_to_2(statistic)
    return document
