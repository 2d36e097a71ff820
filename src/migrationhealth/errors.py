"""The exceptions raised by migrationhealth.

Every exception the library raises on purpose derives from :class:`MigrationHealthError`
and also from the builtin that describes its kind (``ValueError``, ``KeyError``), so a
caller can catch either. Each carries what went wrong as attributes, not only as text.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ._escape import echo

if TYPE_CHECKING:
    from .merge import MergeConflict

__all__ = [
    "MAX_PROBLEMS",
    "CountryError",
    "DateParseError",
    "InvalidValueError",
    "LoadError",
    "MergeConflictError",
    "MigrationHealthError",
    "QuantityParseError",
    "UnknownIdError",
    "UnknownTermError",
    "UnknownYearError",
    "VocabularyError",
]


class MigrationHealthError(Exception):
    """The root of every exception raised by migrationhealth."""


class InvalidValueError(MigrationHealthError, ValueError):
    """A model field received a value it cannot hold.

    ``field`` names the attribute, ``value`` is what arrived, and the message says what
    was expected, for example ``value: must be >= 0, got -3``.
    """

    def __init__(self, field: str, message: str, value: object) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.reason = message
        self.value = value


class DateParseError(MigrationHealthError, ValueError):
    """A date or period phrase could not be read.

    ``text`` is the phrase as given; the message says what was not understood.
    """

    def __init__(self, text: str, message: str) -> None:
        super().__init__(f"cannot read {echo(text)} as a date: {message}")
        self.text = text
        self.reason = message


class UnknownYearError(MigrationHealthError, ValueError):
    """A calendar date was asked of a partial date whose year the report did not give."""

    def __init__(self, date: str) -> None:
        super().__init__(f"the year of {date} is unknown, so it has no calendar date")
        self.date = date


class QuantityParseError(MigrationHealthError, ValueError):
    """A number phrase such as ``"almost half a million"`` could not be read."""

    def __init__(self, text: str, message: str) -> None:
        super().__init__(f"cannot read {echo(text)} as a quantity: {message}")
        self.text = text
        self.reason = message


class CountryError(MigrationHealthError, ValueError):
    """A country name or code is not a known ISO 3166-1 country."""

    def __init__(self, text: str, message: str) -> None:
        super().__init__(message)
        self.text = text


class UnknownIdError(MigrationHealthError, KeyError):
    """A lookup by id found nothing of that kind in the dataset."""

    def __init__(self, kind: str, id: str) -> None:
        super().__init__(kind, id)
        self.kind = kind
        self.id = id

    def __str__(self) -> str:
        return f"no {self.kind} with id {echo(self.id)}"


class UnknownTermError(MigrationHealthError, ValueError):
    """A value of an open vocabulary (a measure, a role, a kind) that nobody declared.

    ``vocabulary`` names the vocabulary (``"Measure"``), ``value`` is what was asked for
    and ``declared`` lists the values known, which the message names.
    """

    def __init__(self, vocabulary: str, value: object, declared: Sequence[str]) -> None:
        self.vocabulary = vocabulary
        self.value = value
        self.declared = tuple(declared)
        shown = repr(value) if len(repr(value)) <= 60 else repr(value)[:57] + "..."
        super().__init__(
            f"{shown} is not a declared {vocabulary}; declare it with "
            f"{vocabulary}.declare(...) or in the file's vocabulary section, or use one of "
            f"{', '.join(repr(v) for v in self.declared)}"
        )


class VocabularyError(MigrationHealthError, ValueError):
    """A term of an open vocabulary declared wrongly, or declared twice differently."""


class LoadError(MigrationHealthError, ValueError):
    """Input could not be loaded as a dataset; nothing was loaded.

    ``problems`` lists the problems found, each as ``"<path>: <what>"`` where the path
    starts at ``$`` (the document's root), for example
    ``$.programmes[2].cohorts[0].figures[1].quantity.value: must be >= 0, got -3``.
    At most :data:`MAX_PROBLEMS` are kept; ``omitted`` counts those left out, and the
    message ends with "and N more problems". ``filename`` is the file being read, when
    there was one.
    """

    def __init__(
        self, problems: Sequence[str], *, filename: str | None = None, omitted: int = 0
    ) -> None:
        kept = tuple(problems[:MAX_PROBLEMS])
        self.problems = kept
        self.omitted = omitted + len(problems) - len(kept)
        self.filename = filename
        super().__init__(self._message())

    def _message(self) -> str:
        where = f"{self.filename}: " if self.filename else ""
        if len(self.problems) == 1 and not self.omitted:
            return f"{where}{self.problems[0]}"
        total = len(self.problems) + self.omitted
        lines = "\n".join(f"  {p}" for p in self.problems)
        more = f"\n  and {self.omitted:,} more problems" if self.omitted else ""
        return f"{where}{total:,} problems:\n{lines}{more}"


MAX_PROBLEMS = 1000
"""The most problems a :class:`LoadError` lists; the rest are counted in ``omitted``."""


class MergeConflictError(MigrationHealthError, ValueError):
    """Two datasets name different records with the same id; nothing was merged.

    ``conflicts`` lists every such record as a :class:`~migrationhealth.merge.MergeConflict`
    with both versions and where they differ; the message has one line for each, for
    example ``programme 'p1': title: 'Diploma' in the first, 'Diplomado' in the second``.
    """

    def __init__(self, conflicts: Sequence[MergeConflict]) -> None:
        self.conflicts = tuple(conflicts)
        lines = [str(conflict) for conflict in self.conflicts]
        if len(lines) == 1:
            message = f"1 record conflicts: {lines[0]}"
        else:
            message = f"{len(lines)} records conflict:\n" + "\n".join(f"  {line}" for line in lines)
        super().__init__(message)
