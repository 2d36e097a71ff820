"""Totals by group: :func:`aggregate` and its :class:`Aggregation`.

The dimensions a dataset's figures can be grouped by, and the key each figure gets:

============ ==================================================================== ==========
by           key                                                                  groups
============ ==================================================================== ==========
country      the countries of the innermost record that names some, joined:       partition
             ``"CL+MX"`` for a binational cohort (shown as spanning both)
year         the years of the figure's period: ``"2025"``, or ``"2021-2022"`` for  partition
             a period spanning years; ``split_years=True`` splits it pro rata
             (a period of more than 100 years is left whole)
kind         the programme's kind (``"diploma"``)                                 partition
measure      the figure's measure                                                 partition
programme    the programme's id                                                   partition
place        the structured place of a breakdown's part (``"MX/Jalisco"``), else  partition
             the countries of the innermost record that names some; a breakdown
             by place counts instead of its whole
organisation each partner organisation of the programme, attendees aside (an      overlap
             organisation's own figures: that organisation)
role         each role a partner plays in the programme                           overlap
theme        each theme of the programme                                          overlap
============ ==================================================================== ==========

In a partition each figure falls in one group, so the groups' totals add up to the
overall total. Where groups overlap, a figure counts in every group it belongs to (a
programme's figures count for each of its partners), and the overall total, which
counts each figure once, is not the sum of the groups: :attr:`Aggregation.overlapping`
says so. A figure with no value for the dimension is in the group ``"(none)"``; one
whose period is missing or has no year is in ``"(no period)"`` or ``"(year unknown)"``,
never placed in a year by guessing. A figure left out is listed in the group of its
whole period, even when the counted figures are split between years.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

import attrs

from .._speedups import gc_paused
from ..countries import country_name
from ..dataset import Dataset, LocatedFigure
from ..enums import Measure
from ..errors import CountryError
from ..model import Source
from . import _numbers
from .display import html_table, show_interval
from .errors import AggregationError, NotAddableError, PeriodError, UnitError
from .periods import year_key, year_shares
from .policy import Policy
from .programmes import takes_part
from .provenance import Exclusion, countries_of
from .total import (
    Analysis,
    Fact,
    Figures,
    OrderKey,
    Total,
    analyse,
    make_total,
    parse_measure,
    published_dates,
)

__all__ = ["DIMENSIONS", "NONE", "Aggregation", "Group", "aggregate"]

DIMENSIONS: tuple[str, ...] = (
    "country",
    "year",
    "organisation",
    "role",
    "kind",
    "theme",
    "measure",
    "programme",
    "place",
)
"""The dimensions :func:`aggregate` groups by."""

NONE = "(none)"
"""The key of the group of figures that have no value for the dimension."""

_OVERLAPPING = frozenset({"organisation", "role", "theme"})
_ALIASES = {
    "countries": "country",
    "years": "year",
    "organization": "organisation",
    "organisations": "organisation",
    "organizations": "organisation",
    "partner": "organisation",
    "roles": "role",
    "programme_kind": "kind",
    "programme kind": "kind",
    "program_kind": "kind",
    "themes": "theme",
    "measures": "measure",
    "program": "programme",
    "places": "place",
}


def _dimension(by: str | None) -> str | None:
    if by is None:
        return None
    if isinstance(by, str):
        name = " ".join(by.strip().lower().split())
        name = _ALIASES.get(name, name)
        if name in DIMENSIONS:
            return name
    raise AggregationError(f"expected a dimension to group by {DIMENSIONS}, got {by!r}")


def _values(dimension: str, located: LocatedFigure | None, measure: Measure) -> Iterable[str]:
    """The values a figure has for a dimension (other than the year)."""
    if dimension == "measure":
        return (measure.value,)
    if located is None:
        return ()
    programme = located.programme
    if dimension == "place":
        part = located.part
        if part is not None and part.place is not None:
            return (part.place.key,)
        return countries_of(located)
    if dimension == "country":
        return countries_of(located)
    if located.organisation is not None:
        return (located.organisation.id,) if dimension == "organisation" else ()
    assert programme is not None  # a located figure sits in a programme or an organisation
    if dimension == "organisation":
        return tuple(p.organisation for p in programme.partners if takes_part(p))
    if dimension == "role":
        return tuple(role.value for partner in programme.partners for role in partner.roles)
    if dimension == "kind":
        return (programme.kind.value,)
    if dimension == "theme":
        return programme.themes
    return (programme.id,)


def _keys(dimension: str, locations: Iterable[LocatedFigure | None], measure: Measure) -> list[str]:
    found: set[str] = set()
    for located in locations:
        found.update(_values(dimension, located, measure))
    if not found:
        return [NONE]
    if dimension in _OVERLAPPING:
        return sorted(found)
    return ["+".join(sorted(found))]


def _order(key: str) -> tuple[bool, str]:
    return (key.startswith("("), key)


@attrs.frozen(kw_only=True, repr=False)
class Group:
    """One group of an aggregation: its key, a readable label, and its total."""

    key: str
    label: str
    total: Total

    def __repr__(self) -> str:
        return f"Group({self.key!r}: {show_interval(self.total.interval)})"


@attrs.frozen(kw_only=True, repr=False)
class Aggregation:
    """Totals of one measure by group, and overall.

    ``groups`` are in key order (groups without a proper key, such as ``"(none)"``,
    last); ``aggregation[key]`` is a group's :class:`Total`. ``total`` counts every
    figure once; it is ``None`` when grouping by measure without choosing one, since
    different measures do not add up, and when the groups hold figures that must not be
    added together (a target and a delivery, sets whose members are not listed).
    ``overlapping`` is true when a figure may count in several groups (by organisation,
    role or theme), so the groups' totals do not add up to ``total``. ``refused`` lists,
    by key, the groups whose figures must not be added (durations, sets whose members
    are not listed) and why, when grouping by measure.
    """

    measure: Measure | None
    by: str | None
    policy: Policy
    split_years: bool
    include_planned: bool
    overlapping: bool
    groups: tuple[Group, ...]
    total: Total | None
    refused: tuple[tuple[str, str], ...] = ()

    def __getitem__(self, key: str) -> Total:
        for group in self.groups:
            if group.key == key:
                return group.total
        raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        return any(group.key == key for group in self.groups)

    def __iter__(self) -> Iterator[Group]:
        return iter(self.groups)

    def __len__(self) -> int:
        return len(self.groups)

    def keys(self) -> tuple[str, ...]:
        """The groups' keys, in order."""
        return tuple(group.key for group in self.groups)

    def _title(self) -> str:
        what = "all measures" if self.measure is None else self.measure.value
        by = "" if self.by is None else f" by {self.by}"
        split = ", years split pro rata" if self.split_years else ""
        return f"{what}{by} (policy {self.policy.value!r}{split})"

    def __repr__(self) -> str:
        shown = ", ".join(f"{g.key!r}: {show_interval(g.total.interval)}" for g in self.groups)
        return f"Aggregation({self._title()}: {{{shown}}})"

    def lines(self) -> list[str]:
        """The aggregation as lines of text, every group with its figures."""
        lines = [self._title()]
        if self.overlapping:
            lines.append("groups overlap: a figure counts in every group it belongs to")
        for group in self.groups:
            label = group.key if group.label == group.key else f"{group.key} ({group.label})"
            lines.append(f"{label}:")
            lines += group.total.lines(indent="  ")
        for key, reason in self.refused:
            lines.append(f"{key}: not added: {reason}")
        if self.total is not None and self.by is not None:
            lines.append(f"overall, each figure once: {show_interval(self.total.interval)}")
        return lines

    def summary_lines(self) -> list[str]:
        """One line per group: its key, bounds and unit, and how many figures it used."""
        lines = [self._title()]
        for group in self.groups:
            label = group.key if group.label == group.key else f"{group.key} ({group.label})"
            found = group.total
            unit = "" if found.unit is None else f" {found.unit}"
            lines.append(
                f"  {label}: {show_interval(found.interval)}{unit} ({len(found.figures)} "
                f"figure(s), {len(found.excluded)} left out, {len(found.conflicts)} conflict(s))"
            )
        for key, reason in self.refused:
            lines.append(f"  {key}: not added: {reason}")
        if self.total is not None and self.by is not None:
            lines.append(f"  overall, each figure once: {show_interval(self.total.interval)}")
        return lines

    def __str__(self) -> str:
        return "\n".join(self.lines())

    def _repr_html_(self) -> str:
        rows = [
            [
                group.key,
                group.label,
                group.total.low,
                "∞" if group.total.high is None else group.total.high,
                len(group.total.figures),
                len(group.total.excluded),
                len(group.total.conflicts),
            ]
            for group in self.groups
        ]
        header = ["key", "label", "low", "high", "figures", "left out", "conflicts"]
        return html_table(self._title(), header, rows)


def _label(dimension: str | None, key: str, names: dict[str, str]) -> str:
    if dimension == "place" and "/" in key:
        country, _, subdivision = key.partition("/")
        where = _label("country", country, names) if country else ""
        return f"{subdivision}, {where}" if where else subdivision
    if dimension in ("country", "place") and key != NONE:
        try:
            return " + ".join(country_name(code) for code in key.split("+"))
        except CountryError:
            return key
    if dimension == "organisation":
        return names.get(key, key)
    return key


def _split(order: OrderKey, fact: Fact) -> list[tuple[str, OrderKey, Fact]]:
    """A fact by year, split pro rata over the years its period spans."""
    try:
        shares = year_shares(fact.period)
    except PeriodError:
        return [(year_key(fact.period), order, fact)]
    if len(shares) == 1:
        return [(f"{shares[0][0]:04d}", order, fact)]
    return [
        (
            f"{year:04d}",
            (*order, f"{year:04d}"),
            attrs.evolve(fact, interval=_numbers.scale(fact.interval, part), share=part),
        )
        for year, part in shares
    ]


_Facts = list[tuple[OrderKey, Fact]]
_Exclusions = list[tuple[OrderKey, Exclusion]]


def _by_key(
    analysis: Analysis, dimension: str, split_years: bool
) -> dict[str, tuple[_Facts, _Exclusions]]:
    """The facts and exclusions of each group: one pass, a dictionary of groups."""
    by_key: dict[str, tuple[_Facts, _Exclusions]] = defaultdict(lambda: ([], []))
    for order, fact, locations in analysis.facts:
        if dimension == "year":
            pieces = _split(order, fact) if split_years else [(year_key(fact.period), order, fact)]
            for key, piece_order, piece in pieces:
                by_key[key][0].append((piece_order, piece))
            continue
        for key in _keys(dimension, locations, fact.measure):
            by_key[key][0].append((order, fact))
    for order, exclusion, located in analysis.excluded:
        ref = exclusion.figure
        keys = (
            [year_key(ref.period)]
            if dimension == "year"
            else _keys(dimension, [located], ref.measure)
        )
        for key in keys:
            by_key[key][1].append((order, exclusion))
    return by_key


def aggregate(
    dataset: Figures,
    *,
    measure: Measure | str | None,
    by: str | None = None,
    policy: Policy | str = "strict",
    split_years: bool = False,
    include_planned: bool = False,
    sources: Dataset | Iterable[Source] | None = None,
) -> Aggregation:
    """Totals of ``measure`` in ``dataset``, by ``by`` (one of :data:`DIMENSIONS`).

    ``by=None`` gives one group, ``"all"``. ``measure=None`` takes every measure, which
    only adds up by ``"measure"``. A figure whose period spans years is in a group
    spanning them (``"2021-2022"``) unless ``split_years=True``, which splits it pro rata
    over the months (or days) of its period in each year. ``policy``,
    ``include_planned`` and ``sources`` are as for
    :func:`~migrationhealth.aggregation.total`.

    Raises :class:`~migrationhealth.aggregation.ConflictError` and
    :class:`~migrationhealth.aggregation.UnitError` as :func:`total` does.
    """
    chosen = Policy.of(policy)
    what = parse_measure(measure)
    dimension = _dimension(by)
    if split_years and dimension != "year":
        raise AggregationError(f"split_years=True splits years, so it needs by='year', not {by!r}")
    if sources is None and isinstance(dataset, Dataset):
        sources = dataset

    def summed(facts: _Facts, excluded: _Exclusions) -> Total:
        return make_total(
            facts, excluded, measure=what, policy=chosen, include_planned=include_planned
        )

    with gc_paused():
        analysis = analyse(
            dataset,
            measure=what,
            policy=chosen,
            include_planned=include_planned,
            published=published_dates(sources),
            by_place=dimension == "place",
        )
        overall: Total | None
        try:
            overall = summed(
                [(order, fact) for order, fact, _ in analysis.facts],
                [(order, exclusion) for order, exclusion, _ in analysis.excluded],
            )
        except UnitError:
            if dimension != "measure" or what is not None:
                raise
            overall = None
        except NotAddableError:
            if dimension is None:
                raise
            overall = None
        names: dict[str, str] = {}
        if isinstance(dataset, Dataset):
            names = {o.id: o.name for o in reversed(dataset.organisations)}
        groups: tuple[Group, ...] = ()
        refused: list[tuple[str, str]] = []
        if dimension is None:
            if overall is not None:
                groups = (Group(key="all", label="all figures", total=overall),)
        else:
            by_key = _by_key(analysis, dimension, split_years)
            found: list[Group] = []
            for key in sorted(by_key, key=_order):
                try:
                    group_total = summed(*by_key[key])
                except NotAddableError as error:
                    if dimension != "measure" or what is not None:
                        raise
                    refused.append((key, str(error)))
                    continue
                found.append(Group(key=key, label=_label(dimension, key, names), total=group_total))
            groups = tuple(found)
    return Aggregation(
        measure=what,
        by=dimension,
        policy=chosen,
        split_years=split_years,
        include_planned=include_planned,
        overlapping=dimension in _OVERLAPPING,
        groups=groups,
        total=overall,
        refused=tuple(refused),
    )
