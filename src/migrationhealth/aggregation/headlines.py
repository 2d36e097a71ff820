"""The headline aggregates of a dataset: what a reader asks first, answered with bounds.

:func:`headlines` gives, for any dataset: totals of each headline measure (people
trained, participants, people served, services, health workers), services a month for
each service figure whose period can be measured, and the partners that take part in
most programmes.

A headline total adds only what may be added. Its figures are of one measure; they
count one kind of thing (people, services: the unit's kind, see
:func:`~migrationhealth.aggregation.unit_kind`); they come from programmes of one kind
(a campaign's people served are not added to a clinic network's); and their periods
overlap, one chain of overlapping periods making one total. A figure whose period is
not stated, or has no year, is added only to undated figures of its own programme.
Within a headline, :func:`~migrationhealth.aggregation.total` decides what is counted
once (repeats, parts of a whole, the same fact in two sources), with the ``range``
policy, so that a conflict widens a headline instead of hiding it. The label says what
was added: ``People served (service campaigns): 2 figures from 1 programme, 2006``.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from fractions import Fraction

import attrs

from .._inflection import plural
from ..dataset import Dataset
from ..dates import Period
from ..enums import Measure, ProgrammeKind
from ..interval import Interval
from . import _numbers
from .display import show_exact, show_interval
from .errors import AggregationError
from .policy import Policy
from .programmes import count_programmes
from .provenance import Exclusion
from .rates import rate_per_period
from .total import Fact, total
from .units import unit_kind

__all__ = ["HEADLINE_MEASURES", "Headline", "headlines"]

HEADLINE_MEASURES: tuple[tuple[Measure, str], ...] = (
    (Measure.TRAINED, "People trained"),
    (Measure.PARTICIPANTS, "Participants"),
    (Measure.PEOPLE_SERVED, "People served"),
    (Measure.SERVICES, "Services given"),
    (Measure.HEALTH_WORKERS, "Health workers"),
)
"""The measures whose totals are headlines, each with its label."""


@attrs.frozen(kw_only=True)
class Headline:
    """One headline: a label, its bounds and unit, the figures used, and what to know.

    ``interval`` is ``None`` when the figures could not be combined; ``note`` then says
    why. Otherwise ``note`` counts the figures left out and the conflicts met.
    ``programmes`` are the ids of the programmes whose figures were used. ``exact`` is
    the exact value when the bounds are only a rounding of one number (a rate of exact
    figures: 435,000 services over 19 months is 435000/19 a month), else ``None``.
    """

    label: str
    interval: Interval | None
    unit: str | None
    figures: tuple[str, ...]
    note: str
    programmes: tuple[str, ...] = ()
    exact: Fraction | None = None

    @property
    def value(self) -> str:
        """The bounds in words with the unit: ``314 people``, ``450,000 to 500,000 people``.

        An exact value that is not whole is shown once, rounded: ``22,894.7 services per
        month``; :attr:`exact` keeps it exactly.
        """
        if self.interval is None:
            return "cannot be added"
        unit = "" if self.unit is None else f" {self.unit}"
        if self.exact is not None:
            return f"{show_exact(self.exact)}{unit}"
        return f"{show_interval(self.interval)}{unit}"


def _note(excluded: Sequence[Exclusion], conflicts: int) -> str:
    parts = []
    if excluded:
        reasons = sorted({exclusion.reason.value for exclusion in excluded})
        parts.append(f"{len(excluded)} left out ({', '.join(reasons)})")
    if conflicts:
        parts.append(f"{conflicts} conflict(s), shown as a range")
    return "; ".join(parts)


def _guarded(label: str, build: Callable[[], list[Headline]]) -> list[Headline]:
    try:
        return build()
    except AggregationError as error:
        return [Headline(label=label, interval=None, unit=None, figures=(), note=str(error))]


Span = tuple[dt.date, dt.date]


def _span(period: Period | None) -> Span | None:
    """The first and last day of a closed period whose years are known, else ``None``."""
    if period is None or period.start is None or period.end is None:
        return None
    if period.start.year is None or period.end.year is None:
        return None
    first, last = period.start.earliest(), period.end.latest()
    return (first, last) if first <= last else None


@attrs.frozen
class _Group:
    """Facts that may be added: one measure, kind of thing, programme kind, period chain."""

    kind: str
    programme_kind: ProgrammeKind | None
    span: Span | None
    facts: tuple[Fact, ...]
    programmes: tuple[str, ...]


def _groups(
    facts: Iterable[Fact], owners: dict[str, tuple[str, ProgrammeKind] | None]
) -> list[_Group]:
    """``facts`` in groups that may be added, in order of kind, programme kind and time."""
    keyed: dict[tuple[str, str], list[tuple[Fact, str | None, Span | None]]] = defaultdict(list)
    kinds: dict[str, ProgrammeKind] = {}
    for fact in facts:
        ref = fact.figures[0]
        owner = owners.get(ref.path)
        programme, programme_kind = owner if owner is not None else (None, None)
        kind = unit_kind(fact.measure, ref.quantity.unit)
        key = (kind, programme_kind.value if programme_kind is not None else "")
        if programme_kind is not None:
            kinds[programme_kind.value] = programme_kind
        keyed[key].append((fact, programme, _span(fact.period)))
    groups: list[_Group] = []
    for (kind, kind_value), members in sorted(keyed.items()):
        programme_kind = kinds.get(kind_value)
        dated = sorted((m for m in members if m[2] is not None), key=lambda m: m[2] or ())
        chain: list[tuple[Fact, str | None, Span | None]] = []
        end: dt.date | None = None
        for member in dated:
            span = member[2]
            assert span is not None
            if chain and end is not None and span[0] > end:
                groups.append(_group(kind, programme_kind, chain))
                chain = []
            end = span[1] if not chain or end is None else max(end, span[1])
            chain.append(member)
        if chain:
            groups.append(_group(kind, programme_kind, chain))
        undated: dict[str | None, list[tuple[Fact, str | None, Span | None]]] = defaultdict(list)
        for member in members:
            if member[2] is None:
                undated[member[1]].append(member)
        for own in undated.values():
            groups.append(_group(kind, programme_kind, own))
    return groups


def _group(
    kind: str,
    programme_kind: ProgrammeKind | None,
    members: Sequence[tuple[Fact, str | None, Span | None]],
) -> _Group:
    spans = [m[2] for m in members if m[2] is not None]
    span = (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None
    programmes = tuple(dict.fromkeys(m[1] for m in members if m[1] is not None))
    return _Group(
        kind=kind,
        programme_kind=programme_kind,
        span=span,
        facts=tuple(m[0] for m in members),
        programmes=programmes,
    )


def _when(span: Span | None) -> str:
    if span is None:
        return "period not stated"
    first, last = span[0].year, span[1].year
    return str(first) if first == last else f"{first}-{last}"


def _kind_words(kind: ProgrammeKind) -> str:
    """A programme kind in the plural: "service campaigns", "other programmes"."""
    words = kind.value.replace("_", " ")
    return "other programmes" if words == "other" else plural(words, "en")


def _count(number: int, word: str) -> str:
    return f"{number:,} {word if number == 1 else plural(word, 'en')}"


def _unit(facts: Sequence[Fact]) -> str | None:
    units = {ref.quantity.unit for fact in facts for ref in fact.figures}
    if len(units) == 1:
        return units.pop()
    if all(fact.measure.counts == "people" for fact in facts):
        return "people"
    return facts[0].measure.value.replace("_", " ") if facts else None


def _left_out(
    groups: Sequence[_Group],
    excluded: Iterable[Exclusion],
    owners: dict[str, tuple[str, ProgrammeKind] | None],
) -> list[list[Exclusion]]:
    """The figures left out of a measure's total, each with the group it belongs with.

    A figure left out belongs with the group of its kind of thing and programme kind
    whose periods its own overlaps (the first, if several), or, undated, with the undated
    group of its programme; one that belongs with none is in no headline's note. An index
    of the groups keeps this to one look-up per figure.
    """
    found: list[list[Exclusion]] = [[] for _ in groups]
    undated: dict[tuple[str, str, str | None], int] = {}
    dated: dict[tuple[str, str], list[tuple[dt.date, dt.date, int]]] = defaultdict(list)
    for index, group in enumerate(groups):
        kind_value = "" if group.programme_kind is None else group.programme_kind.value
        if group.span is None:
            programme = group.programmes[0] if group.programmes else None
            undated[(group.kind, kind_value, programme)] = index
        else:
            dated[(group.kind, kind_value)].append((group.span[0], group.span[1], index))
    ends: dict[tuple[str, str], list[dt.date]] = {}
    for key, chains in dated.items():
        chains.sort()
        # Chains are disjoint and sorted, so their ends are sorted too.
        ends[key] = [chain[1] for chain in chains]
    for exclusion in excluded:
        ref = exclusion.figure
        owner = owners.get(ref.path)
        kind = unit_kind(ref.measure, ref.quantity.unit)
        kind_value = "" if owner is None else owner[1].value
        span = _span(ref.period)
        target: int | None
        if span is None:
            target = undated.get((kind, kind_value, None if owner is None else owner[0]))
        else:
            chains = dated.get((kind, kind_value), [])
            at = bisect.bisect_left(ends.get((kind, kind_value), []), span[0])
            target = chains[at][2] if at < len(chains) and chains[at][0] <= span[1] else None
        if target is not None:
            found[target].append(exclusion)
    return found


def _measure_headlines(
    dataset: Dataset,
    measure: Measure,
    label: str,
    owners: dict[str, tuple[str, ProgrammeKind] | None],
) -> list[Headline]:
    result = total(dataset, measure=measure, policy=Policy.RANGE)
    found = []
    groups = _groups(result.facts, owners)
    left_out = _left_out(groups, result.excluded, owners)
    for group, excluded in zip(groups, left_out, strict=True):
        figures = tuple(ref.id for fact in group.facts for ref in fact.figures)
        kind = group.programme_kind
        whose = f" ({_kind_words(kind)})" if kind is not None else ""
        from_ = _count(len(group.programmes), "programme") if group.programmes else "organisations"
        found.append(
            Headline(
                label=f"{label}{whose}: {_count(len(figures), 'figure')} from {from_}, "
                f"{_when(group.span)}",
                interval=_numbers.add(fact.interval for fact in group.facts),
                unit=_unit(group.facts),
                figures=figures,
                note=_note(excluded, sum(1 for fact in group.facts if fact.conflict is not None)),
                programmes=group.programmes,
            )
        )
    return found


def headlines(dataset: Dataset) -> tuple[Headline, ...]:
    """The headline aggregates of ``dataset`` (see the module documentation)."""
    owners: dict[str, tuple[str, ProgrammeKind] | None] = {}
    present = set()
    for located in dataset.figures():
        present.add(located.figure.measure)
        programme = located.programme
        owners[located.path] = None if programme is None else (programme.id, programme.kind)
    found: list[Headline] = []
    for measure, label in HEADLINE_MEASURES:
        if measure not in present:
            continue

        def measure_total(measure: Measure = measure, label: str = label) -> list[Headline]:
            return _measure_headlines(dataset, measure, label, owners)

        found += _guarded(label, measure_total)
    if Measure.SERVICES in present:

        def per_month() -> list[Headline]:
            rates = []
            for fact in total(dataset, measure=Measure.SERVICES, policy="range").facts:
                try:
                    rate = rate_per_period(fact, per="month")
                except AggregationError:
                    continue
                owner = owners.get(fact.figures[0].path)
                rates.append(
                    Headline(
                        label=f"Services a month, {fact.subject}",
                        interval=rate.interval,
                        unit=rate.unit,
                        figures=tuple(ref.id for ref in rate.figures),
                        note=rate.note,
                        programmes=() if owner is None else (owner[0],),
                        exact=None
                        if rate.exact is None or rate.exact.denominator == 1
                        else rate.exact,
                    )
                )
            return rates

        found += _guarded("Services a month", per_month)
    counts = count_programmes(dataset).counts
    if counts:
        top = [count for count in counts if count.count == counts[0].count]
        names = ", ".join(count.label for count in top)
        found.append(
            Headline(
                label="Partners in most programmes",
                interval=Interval.point(top[0].count),
                unit="programmes" + (" each" if len(top) > 1 else ""),
                figures=(),
                note=names,
            )
        )
    return tuple(found)
