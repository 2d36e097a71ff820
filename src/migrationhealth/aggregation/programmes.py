"""Counting programmes: which partners take part in most, which countries host most.

:func:`count_programmes` counts distinct programmes per organisation (each partner of a
programme, whatever its role, but not an organisation that only attended its events),
role, country, kind, theme or year, most programmes first, and keeps the programme ids
and the partners' citations as provenance.
"""

from __future__ import annotations

from collections import defaultdict

import attrs

from ..dataset import Dataset
from ..enums import Role
from ..model import Citation, Partner, Programme
from .display import html_table
from .errors import AggregationError
from .periods import year_key

__all__ = [
    "PROGRAMME_DIMENSIONS",
    "ProgrammeCount",
    "ProgrammeCounts",
    "count_programmes",
    "takes_part",
]

PROGRAMME_DIMENSIONS = ("organisation", "role", "country", "kind", "theme", "year")
"""What :func:`count_programmes` counts programmes by."""


@attrs.frozen(kw_only=True, repr=False)
class ProgrammeCount:
    """The programmes of one group: their ids, the roles played, the partners' citations.

    ``label`` is the organisation's name when grouping by organisation, else the key.
    """

    key: str
    label: str
    programmes: tuple[str, ...]
    roles: tuple[str, ...]
    citations: tuple[Citation, ...]

    @property
    def count(self) -> int:
        """How many programmes."""
        return len(self.programmes)

    def __repr__(self) -> str:
        return f"ProgrammeCount({self.key!r}: {self.count})"


@attrs.frozen(kw_only=True, repr=False)
class ProgrammeCounts:
    """Programmes counted by ``by``: most programmes first, then by key."""

    by: str
    counts: tuple[ProgrammeCount, ...]

    def __getitem__(self, key: str) -> ProgrammeCount:
        for count in self.counts:
            if count.key == key:
                return count
        raise KeyError(key)

    def __len__(self) -> int:
        return len(self.counts)

    def lines(self) -> list[str]:
        """One line per group: the count, the key and label, the programmes."""
        lines = [f"programmes by {self.by}"]
        for count in self.counts:
            label = count.key if count.label == count.key else f"{count.key} ({count.label})"
            roles = f" as {', '.join(count.roles)}" if count.roles else ""
            lines.append(f"  {count.count:>4}  {label}{roles}: {', '.join(count.programmes)}")
        return lines

    def __str__(self) -> str:
        return "\n".join(self.lines())

    def __repr__(self) -> str:
        shown = ", ".join(f"{c.key!r}: {c.count}" for c in self.counts)
        return f"ProgrammeCounts(by {self.by}: {{{shown}}})"

    def _repr_html_(self) -> str:
        rows = [
            [c.key, c.label, c.count, ", ".join(c.roles), ", ".join(c.programmes)]
            for c in self.counts
        ]
        header = ["key", "label", "programmes", "roles", "ids"]
        return html_table(f"programmes by {self.by}", header, rows)


def takes_part(partner: Partner) -> bool:
    """Whether a partner does more than attend the programme's events."""
    return any(role is not Role.ATTENDEE for role in partner.roles)


def _keys(programme: Programme, by: str, attendees: bool) -> tuple[str, ...]:
    partners = [p for p in programme.partners if attendees or takes_part(p)]
    if by == "organisation":
        return tuple(partner.organisation for partner in partners)
    if by == "role":
        return tuple(role.value for partner in partners for role in partner.roles)
    if by == "country":
        return programme.countries
    if by == "kind":
        return (programme.kind.value,)
    if by == "theme":
        return programme.themes
    return (year_key(programme.period),)


def count_programmes(
    dataset: Dataset, *, by: str = "organisation", attendees: bool = False
) -> ProgrammeCounts:
    """How many programmes each organisation (or role, country, kind, theme, year) has.

    A programme counts once per group however many times it names the group (an
    organisation with two roles is one partner). An organisation that only attended a
    programme's events does not take part in it, unless ``attendees=True``. Raises
    :class:`~migrationhealth.aggregation.AggregationError` for an unknown ``by``.
    """
    if by not in PROGRAMME_DIMENSIONS:
        raise AggregationError(
            f"expected programmes to be counted by one of {PROGRAMME_DIMENSIONS}, got {by!r}"
        )
    programmes: dict[str, set[str]] = defaultdict(set)
    roles: dict[str, set[str]] = defaultdict(set)
    citations: dict[str, list[Citation]] = defaultdict(list)
    for programme in dataset.programmes:
        for key in _keys(programme, by, attendees):
            programmes[key].add(programme.id)
        if by == "organisation":
            for partner in programme.partners:
                if not (attendees or takes_part(partner)):
                    continue
                roles[partner.organisation].update(role.value for role in partner.roles)
                if partner.citation is not None:
                    citations[partner.organisation].append(partner.citation)
    names = {o.id: o.name for o in reversed(dataset.organisations)}
    counts = [
        ProgrammeCount(
            key=key,
            label=names.get(key, key) if by == "organisation" else key,
            programmes=tuple(sorted(ids)),
            roles=tuple(sorted(roles[key])),
            citations=tuple(sorted(set(citations[key]), key=lambda c: (c.source, c.quote))),
        )
        for key, ids in programmes.items()
    ]
    counts.sort(key=lambda c: (-c.count, c.key))
    return ProgrammeCounts(by=by, counts=tuple(counts))
