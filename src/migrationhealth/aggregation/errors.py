"""The exceptions that aggregation raises.

Each derives from :class:`~migrationhealth.errors.MigrationHealthError` and from
``ValueError``: the figures are valid records, but they cannot be combined in the way
asked, and the message says which figures and why.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..errors import MigrationHealthError

if TYPE_CHECKING:
    from .policy import Conflict

__all__ = [
    "AggregationError",
    "ConflictError",
    "MissingDependencyError",
    "NotAddableError",
    "PeriodError",
    "UnitError",
]


class AggregationError(MigrationHealthError, ValueError):
    """Figures that cannot be added, divided or placed as asked."""


class UnitError(AggregationError):
    """Figures of different measures or units were to be added or compared.

    ``measures`` and ``units`` are what met, for example participants (people) and
    services (services); the message names a figure of each.
    """

    def __init__(self, message: str, *, measures: Sequence[str], units: Sequence[str]) -> None:
        super().__init__(message)
        self.measures = tuple(measures)
        self.units = tuple(units)


class NotAddableError(AggregationError):
    """Figures of one measure that must not be added: a plan and a delivery, or sets.

    A target, a forecast or a need is never added to what was delivered, nor one kind
    of plan to another; counts of distinct things (countries, places, organisations),
    durations and other measures that are not summable are never summed across
    records, and are joined as a union only when their members are listed. ``ids``
    names the figures that met.
    """

    def __init__(self, message: str, *, ids: Sequence[str]) -> None:
        super().__init__(message)
        self.ids = tuple(ids)


class ConflictError(AggregationError):
    """Figures about the same thing disagree, and the policy was not to choose.

    ``conflicts`` holds each :class:`~migrationhealth.aggregation.Conflict`, with the
    conflicting figures, their values and their quotes; ``reason`` says why no choice
    was made (the ``strict`` policy, or a ``latest source`` that cannot be told apart).
    """

    def __init__(self, conflicts: Sequence[Conflict], reason: str) -> None:
        self.conflicts = tuple(conflicts)
        self.reason = reason
        lines = [f"{len(self.conflicts)} conflict(s) not resolved: {reason}"]
        lines += [f"  {conflict.describe()}" for conflict in self.conflicts]
        super().__init__("\n".join(lines))


class PeriodError(AggregationError):
    """A period whose length cannot be known: missing, open-ended, or without its year.

    ``period`` is the period (``None`` when there was none) and the message says what
    is missing, rather than guessing it.
    """

    def __init__(self, message: str, period: object) -> None:
        super().__init__(message)
        self.period = period


class MissingDependencyError(MigrationHealthError, ImportError):
    """An optional dependency is not installed; the message says how to install it."""
