"""Merge two datasets without overwriting anything: records are joined, conflicts reported.

:func:`merge` puts the sources, organisations and programmes of two datasets together.
A record is matched by its kind and its id:

- a record only one of the datasets has is kept;
- a record both have with equal content (``==``, so ``2.40`` equals ``2.4``) is kept once;
- a record both have with different content is a conflict: nothing is merged, and
  :class:`~migrationhealth.errors.MergeConflictError` lists every conflicting id with
  the fields that differ. Which version is right is for the user to decide (edit one
  side, or give the records different ids); the merge never picks one.

The result is deterministic: in each collection, the first dataset's records in their
order, then the second's that the first did not have, in theirs. Records are compared
whole: two programmes with one id and different cohorts conflict, rather than being
joined cohort by cohort.

An id repeated within one of the datasets (two sources ``s1`` in ``a``) is a conflict
too, whether or not the two records are equal: which of them the other dataset's
record should be matched with is not for the merge to guess. So the merge is symmetric:
``merge(a, b)`` raises exactly when ``merge(b, a)`` does, and otherwise holds the same
records. Validation's MH302 finds such repeats before a merge.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from enum import Enum
from typing import TypeVar

import attrs

from .dataset import Dataset
from .enums import Term
from .errors import MergeConflictError
from .model import Organisation, Programme, Source

__all__ = ["Difference", "MergeConflict", "merge"]

_R = TypeVar("_R", Source, Organisation, Programme)


@attrs.frozen(kw_only=True)
class Difference:
    """One place where two versions of a record differ.

    ``path`` is where, inside the record, in the JSON form (``title``,
    ``cohorts[0].figures[1].quantity.value``); ``first`` and ``second`` are the values
    in the first and the second dataset, ``None`` where one of them has nothing there.
    """

    path: str
    first: object
    second: object

    def __str__(self) -> str:
        return (
            f"{self.path}: {_brief(self.first)} in the first, {_brief(self.second)} in the second"
        )


@attrs.frozen(kw_only=True)
class MergeConflict:
    """A record that both datasets have, by kind and id, with different content.

    ``kind`` is ``"source"``, ``"organisation"`` or ``"programme"``; ``first`` and
    ``second`` are the two versions; ``differences`` says where they differ. ``within``
    is ``None`` for a record the two datasets disagree on, and ``"first"`` or
    ``"second"`` for an id repeated within that dataset (``first`` and ``second`` are
    then its first and its repeated record, and ``differences`` may be empty).
    """

    kind: str
    id: str
    first: Source | Organisation | Programme = attrs.field(repr=False)
    second: Source | Organisation | Programme = attrs.field(repr=False)
    differences: tuple[Difference, ...]
    within: str | None = None

    def __str__(self) -> str:
        shown = "; ".join(str(d) for d in self.differences[:_SHOWN])
        more = len(self.differences) - _SHOWN
        if more > 0:
            shown += f"; and {more} more difference{'s' if more > 1 else ''}"
        if self.within is None:
            return f"{self.kind} {self.id!r}: {shown}"
        what = f"{self.kind} {self.id!r}: repeated in the {self.within} dataset"
        if not self.differences:
            return f"{what}, the same record twice"
        return f"{what} (first and repeat): {shown}"


_SHOWN = 3


def merge(a: Dataset, b: Dataset) -> Dataset:
    """The dataset with the records of both ``a`` and ``b``; see the module documentation.

    Raises :class:`~migrationhealth.errors.MergeConflictError` (a ``ValueError``) when a
    source, organisation or programme id names different content in ``a`` and ``b``, or
    is repeated within one of them; its ``conflicts`` lists them all: the repeats first,
    then the disagreements in the order of ``b``.

    >>> from migrationhealth import Dataset, Source
    >>> a = Dataset().add(Source(id="s1", title="A report"))
    >>> b = Dataset().add(Source(id="s1", title="A report"), Source(id="s2", title="Another"))
    >>> [s.id for s in merge(a, b).sources]
    ['s1', 's2']
    """
    for name, value in (("a", a), ("b", b)):
        if not isinstance(value, Dataset):
            raise TypeError(f"{name}: expected a Dataset, got {type(value).__name__}")
    conflicts: list[MergeConflict] = []
    sources = _join(a.sources, b.sources, conflicts)
    organisations = _join(a.organisations, b.organisations, conflicts)
    programmes = _join(a.programmes, b.programmes, conflicts)
    if conflicts:
        raise MergeConflictError(conflicts)
    return Dataset(sources=sources, organisations=organisations, programmes=programmes)


def _join(
    first: tuple[_R, ...], second: tuple[_R, ...], conflicts: list[MergeConflict]
) -> tuple[_R, ...]:
    repeated: set[str] = set()
    known = _unique(first, "first", conflicts, repeated)
    added = _unique(second, "second", conflicts, repeated)
    joined = list(first)
    for id, record in added.items():
        mine = known.get(id)
        if id in repeated:
            continue  # reported as a repeat: which record to compare with is unknown
        if mine is None:
            joined.append(record)
        elif mine != record:
            conflicts.append(
                MergeConflict(
                    kind=type(record).__name__.lower(),
                    id=id,
                    first=mine,
                    second=record,
                    differences=tuple(_differences(mine, record, "")),
                )
            )
    return tuple(joined)


def _unique(
    records: tuple[_R, ...], which: str, conflicts: list[MergeConflict], repeated: set[str]
) -> dict[str, _R]:
    """The records by id, each id's first; a repeated id goes to ``conflicts`` and ``repeated``."""
    by_id: dict[str, _R] = {}
    for record in records:
        earlier = by_id.setdefault(record.id, record)
        if earlier is not record:
            repeated.add(record.id)
            conflicts.append(
                MergeConflict(
                    kind=type(record).__name__.lower(),
                    id=record.id,
                    first=earlier,
                    second=record,
                    differences=tuple(_differences(earlier, record, "")),
                    within=which,
                )
            )
    return by_id


def _differences(first: object, second: object, path: str) -> Iterator[Difference]:
    if first == second:
        return
    cls = type(first)
    if cls is type(second) and attrs.has(cls):
        for field in attrs.fields(cls):
            name = f"{path}.{field.name}" if path else field.name
            yield from _differences(getattr(first, field.name), getattr(second, field.name), name)
    elif type(first) is tuple and type(second) is tuple:
        for index in range(max(len(first), len(second))):
            yield from _differences(
                first[index] if index < len(first) else None,
                second[index] if index < len(second) else None,
                f"{path}[{index}]",
            )
    else:
        yield Difference(path=path or "$", first=first, second=second)


def _brief(value: object) -> str:
    """A value as a short phrase: a record by its kind and id, a text quoted and cut."""
    if value is None:
        return "nothing"
    if isinstance(value, (Enum, Term)):
        return repr(value.value)
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return str(value)
    if attrs.has(type(value)):
        label = type(value).__name__
        id_ = getattr(value, "id", None)
        if isinstance(id_, str):
            return f"{label} {id_!r}"
        text = str(value) if type(value).__str__ is not object.__str__ else label
        return text if len(text) <= 60 else label
    text = repr(value)
    return text if len(text) <= 60 else text[:56] + "...'"
