"""Upgrades of the JSON format, one version at a time.

:func:`~migrationhealth.serialization.loads` reads a file's ``format_version`` and, when it
is older than :data:`~migrationhealth.serialization.FORMAT_VERSION`, passes the document
through the migrations registered in :data:`MIGRATIONS`, from its version to the next and
so on up to the current one, before any model object is built. A migration is a function
that takes a document of version ``N`` (the top-level object, without its
``format_version``) and returns the same document in version ``N + 1``.

Format version 1 is the first released format: no migration exists yet, and none is
registered. When version 2 comes, the step from 1 to 2 is registered here, beside an
example file of version 1 on which the tests run it.

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

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from .errors import LoadError, MigrationHealthError

__all__ = ["MIGRATIONS", "Migration", "MigrationRegistry"]

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
"""The migrations :func:`~migrationhealth.serialization.loads` applies. None exists yet:
format version 1 is the first."""
