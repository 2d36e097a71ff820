"""Totals that carry uncertainty and provenance: :func:`total` and :class:`Total`.

A total adds the figures of one measure, each as the interval its qualifier admits
("almost half a million" is 450,000 to 500,000), so the result has a low and a high
bound. It records every figure it counted (with its citation), every figure it left out
and why, and every conflict it met and what the policy made of it.

What is never added:

- a breakdown's parts or a sub-group's figures to the figure for their whole (314 IOM
  trainees are not 314 + 171 + 143); when the whole has no figure, one breakdown's
  parts stand in for it, or a lone sub-group's figure;
- a repeated mention to itself: figures with the same subject, measure and period whose
  intervals share a value are one fact, counted once, every citation kept;
- averages and rates, which are not amounts; edition numbers, years and densities;
- planned figures, unless ``include_planned=True``.

Figures about the same thing that cannot all be true are a conflict, resolved only as
the :class:`~migrationhealth.aggregation.Policy` says. Every step is a single pass over
the figures with grouping in dictionaries, so time grows linearly with their number
(bar one sort of the results, for an order that does not depend on the input's).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from fractions import Fraction

import attrs

from .._escape import one_line
from .._speedups import gc_paused
from ..dataset import Dataset, LocatedFigure
from ..dates import PartialDate, Period
from ..enums import Measure, Rank
from ..interval import Interval, _WithBounds
from ..model import Citation, Figure, Source
from ..quantity import Qualifier
from . import _numbers
from .display import html_table, show_interval
from .errors import AggregationError, ConflictError, NotAddableError
from .policy import Conflict, Policy, Published, resolve
from .programmes import takes_part
from .provenance import Exclusion, FigureRef, Reason, countries_of, figure_ref, subject_kind
from .units import NOT_SUMMABLE, check_addable

__all__ = ["Fact", "Figures", "Total", "total"]

Figures = Dataset | Iterable[LocatedFigure | Figure]
"""What a total can be taken of: a dataset, or figures (located, or bare)."""


def _period_key(period: Period | None) -> str:
    return "" if period is None else period.isoformat()


@attrs.frozen(kw_only=True, repr=False)
class Fact:
    """One thing counted in a total, and every figure that reported it.

    ``interval`` is what was counted: the values all of ``figures`` admit, or what the
    conflict policy gave (``conflict`` then says what it did). ``share`` is set when
    the fact is a pro rata part of a figure whose period spans years (12/20 of the
    figure falls in 2021). ``members`` are the things a count of a set (countries,
    places) counts, where its record lists them: the countries of a cohort that says
    "from 11 countries" and names them.
    """

    subject: str
    measure: Measure
    period: Period | None
    interval: Interval
    figures: tuple[FigureRef, ...]
    conflict: Conflict | None
    share: Fraction | None
    members: frozenset[str] | None = None

    def __repr__(self) -> str:
        ids = ", ".join(repr(ref.id) for ref in self.figures)
        share = "" if self.share is None else f", share {self.share}"
        return f"Fact({self.measure.value} of {self.subject!r}: {self.interval} from {ids}{share})"


@attrs.frozen(kw_only=True, repr=False)
class Total(_WithBounds):
    """The sum of figures of one measure, with bounds and provenance.

    ``interval`` is the sum of the counted :class:`Fact` s' intervals; ``low`` and
    ``high`` are its bounds (``high`` is ``None`` when a figure is unbounded, "more than
    two decades"). ``excluded`` lists every :class:`~migrationhealth.aggregation.Exclusion`
    with its reason; ``conflicts`` every conflict met and what ``policy`` made of it.
    ``unit`` is the unit shared by the counted figures, or ``"people"`` when they count
    people in different words ("officials", "students"). ``notes`` say how the total
    was taken where a choice was made (the date a stock is taken at, a union of sets);
    ``members`` are the members of a union of sets, when the total is one.
    """

    measure: Measure | None
    unit: str | None
    interval: Interval
    facts: tuple[Fact, ...]
    excluded: tuple[Exclusion, ...]
    conflicts: tuple[Conflict, ...]
    policy: Policy
    include_planned: bool
    notes: tuple[str, ...] = ()
    members: tuple[str, ...] | None = None

    @property
    def exact(self) -> bool:
        """Whether the total is known exactly (its bounds are equal)."""
        return self.interval.high == self.interval.low

    @property
    def figures(self) -> tuple[FigureRef, ...]:
        """Every figure counted, repeated mentions included, in the facts' order."""
        return tuple(ref for fact in self.facts for ref in fact.figures)

    @property
    def citations(self) -> tuple[Citation, ...]:
        """The citation of every figure counted, where it has one."""
        return tuple(ref.citation for ref in self.figures if ref.citation is not None)

    def _title(self) -> str:
        what = "figures" if self.measure is None else self.measure.value
        unit = "" if self.unit is None else f" {self.unit}"
        return f"{what}: {show_interval(self.interval)}{unit}"

    def __repr__(self) -> str:
        count = len(self.figures)
        return (
            f"Total({self._title()} {self.interval}; {len(self.facts)} fact(s) from "
            f"{count} figure(s), {len(self.excluded)} left out, "
            f"{len(self.conflicts)} conflict(s); policy {self.policy.value!r})"
        )

    def __str__(self) -> str:
        return "\n".join(self.lines())

    def lines(self, indent: str = "") -> list[str]:
        """The total as lines of text: the sum, each figure counted, left out, in conflict."""
        lines = [f"{indent}{self._title()}"]
        for fact in self.facts:
            share = "" if fact.share is None else f", share {fact.share} of its period"
            when = "" if fact.period is None else f" in {fact.period}"
            lines.append(
                f"{indent}  + {show_interval(fact.interval)}: {fact.measure.value} of "
                f"{fact.subject!r}{when}{share}"
            )
            for ref in fact.figures:
                quote = "" if ref.quote is None else f' "{one_line(ref.quote)}"'
                source = "" if ref.source is None else f" [{ref.source}]"
                lines.append(f"{indent}      {ref.id}: {ref.quantity}{source}{quote}")
        for exclusion in self.excluded:
            lines.append(
                f"{indent}  - {exclusion.figure.id}: left out ({exclusion.reason.value}): "
                f"{exclusion.detail}"
            )
        for conflict in self.conflicts:
            lines.append(f"{indent}  ! conflict: {conflict.describe()}")
        for note in self.notes:
            lines.append(f"{indent}  * {note}")
        return lines

    def _repr_html_(self) -> str:
        rows: list[list[object]] = []
        for fact in self.facts:
            for ref in fact.figures:
                rows.append(
                    ["counted", ref.id, show_interval(fact.interval), ref.source, ref.quote]
                )
        for exclusion in self.excluded:
            ref = exclusion.figure
            rows.append(
                [f"left out: {exclusion.detail}", ref.id, ref.quantity, ref.source, ref.quote]
            )
        for conflict in self.conflicts:
            rows.append(["conflict", ", ".join(conflict.chosen), conflict.note, "", ""])
        return html_table(self._title(), ["", "figure", "value", "source", "quote"], rows)


def parse_measure(measure: Measure | str | None) -> Measure | None:
    """The measure named by ``measure`` (a :class:`~migrationhealth.Measure` or its value)."""
    if measure is None or isinstance(measure, Measure):
        return measure
    if isinstance(measure, str):
        wanted = measure.strip().lower().replace("-", "_").replace(" ", "_")
        for member in Measure:
            if member.value == wanted:
                return member
    allowed = ", ".join(repr(m.value) for m in Measure)
    raise AggregationError(f"expected a measure ({allowed}), got {measure!r}")


def published_dates(sources: Dataset | Iterable[Source] | None) -> Published | None:
    """Look up sources' publication dates by id, from a dataset or some sources."""
    if sources is None:
        return None
    records = sources.sources if isinstance(sources, Dataset) else tuple(sources)
    dates: dict[str, PartialDate | None] = {}
    for record in records:
        dates.setdefault(record.id, record.published)
    return dates.get


OrderKey = tuple[str, ...]
"""Orders results by what they are about, whatever order the input came in."""


def _located(figures: Figures) -> Iterator[LocatedFigure | Figure]:
    if isinstance(figures, Dataset):
        yield from figures.figures()
        return
    if isinstance(figures, (str, bytes, Mapping)):
        raise TypeError(f"expected a Dataset or figures, got {type(figures).__name__}")
    for item in figures:
        if not isinstance(item, (LocatedFigure, Figure)):
            raise TypeError(f"expected a LocatedFigure or a Figure, got {type(item).__name__}")
        yield item


def _not_summed(ref: FigureRef, include_planned: bool) -> tuple[Reason, str] | None:
    quantity = ref.quantity
    if ref.rank is Rank.DEPRECATED:
        return Reason.DEPRECATED, f"ranked deprecated: {ref.reason}"
    if quantity.per is not None:
        return Reason.RATE, f"a rate ({quantity.per}) is not an amount to add"
    if quantity.qualifier is Qualifier.AVERAGE:
        return Reason.AVERAGE, "an average is a mean, not an amount to add"
    if ref.measure in NOT_SUMMABLE:
        return Reason.NOT_SUMMABLE, f"a figure of {ref.measure.value} is not an amount to add"
    if ref.planned and not include_planned:
        return (
            Reason.PLANNED,
            "planned, not reported as delivered (include_planned=True counts it)",
        )
    return None


@attrs.define
class Analysis:
    """The facts counted and the figures left out, each with its order and location."""

    facts: list[tuple[OrderKey, Fact, list[LocatedFigure | None]]]
    excluded: list[tuple[OrderKey, Exclusion, LocatedFigure | None]]


_Item = tuple[FigureRef, LocatedFigure | None, str]
_Excluded = list[tuple[OrderKey, Exclusion, LocatedFigure | None]]
_HolderKey = tuple[str, Measure]


def _holder(located: LocatedFigure) -> tuple[str, str] | None:
    """The record a figure's breakdown or sub-group belongs to: its kind and id."""
    if located.statistic is not None:
        return "statistic", located.statistic.id
    if located.cohort is not None:
        return "cohort", located.cohort.id
    if located.programme is not None:
        return "programme", located.programme.id
    return None


def _wholes(
    usable: list[_Item],
) -> tuple[set[_HolderKey], dict[_HolderKey, str], dict[_HolderKey, set[str]]]:
    """What each record has, per measure: a whole figure, breakdowns, sub-groups."""
    wholes: set[_HolderKey] = set()
    breakdowns: dict[_HolderKey, str] = {}
    subgroups: dict[_HolderKey, set[str]] = defaultdict(set)
    for ref, located, _ in usable:
        if located is None:
            continue
        holder = _holder(located)
        if holder is None:
            continue
        key = (":".join(holder), ref.measure)
        if located.breakdown is not None:
            known = breakdowns.get(key)
            if known is None or located.breakdown.id < known:
                breakdowns[key] = located.breakdown.id
        elif located.subgroup is not None:
            subgroups[key].add(located.subgroup.id)
        elif located.figure is not (
            located.programme.edition if located.programme is not None else None
        ):
            wholes.add(key)
    return wholes, breakdowns, subgroups


def _in_whole(
    ref: FigureRef,
    located: LocatedFigure,
    wholes: set[_HolderKey],
    breakdowns: dict[_HolderKey, str],
    subgroups: dict[_HolderKey, set[str]],
) -> tuple[Reason, str] | None:
    """Why a part or a sub-group's figure is not added, or ``None`` when it is."""
    holder = _holder(located)
    if holder is None:
        return None
    kind, record = holder
    key = (":".join(holder), ref.measure)
    if located.breakdown is not None and located.part is not None:
        where = f"part {located.part.category!r} of breakdown {located.breakdown.id!r}"
        if key in wholes:
            return Reason.IN_WHOLE, (
                f"{where}, whose whole ({kind} {record!r}, total figure "
                f"{located.breakdown.total!r}) is counted"
            )
        chosen = breakdowns[key]
        if located.breakdown.id != chosen:
            return Reason.OTHER_BREAKDOWN, (
                f"{where}: {kind} {record!r} has no figure of {ref.measure.value} for the "
                f"whole, and breakdown {chosen!r} already counts it"
            )
        return None
    if located.subgroup is not None:
        where = f"sub-group {located.subgroup.id!r} of {kind} {record!r}"
        if key in wholes:
            return Reason.IN_WHOLE, f"{where}, whose figure for the whole is counted"
        if key in breakdowns:
            return Reason.IN_WHOLE, (
                f"{where}: the {kind}'s breakdown {breakdowns[key]!r} counts the whole"
            )
        others = sorted(subgroups[key])
        if len(others) > 1:
            return Reason.OVERLAPPING_SUBGROUPS, (
                f"{where}: its sub-groups {others} may overlap and the {kind} has no figure "
                f"of {ref.measure.value} for the whole"
            )
    return None


def _root(item: _Item, by_id: dict[str, _Item]) -> _Item:
    """The figure that ``item`` repeats, followed to the first that repeats none.

    Only figures of the same measure that are themselves counted are followed; a
    cycle of repeats stops where it would come round again.
    """
    seen = {item[0].id}
    current = item
    while True:
        figure = current[0].figure
        target = None if figure is None else figure.repeats
        found = None if target is None else by_id.get(target)
        if found is None or found[0].id in seen or found[0].measure is not item[0].measure:
            return current
        seen.add(found[0].id)
        current = found


def _relations(usable: list[_Item], excluded: _Excluded) -> tuple[list[_Item], dict[int, _Item]]:
    """Figures that the relations between figures leave out, and what repeats what.

    A part of a counted figure (``part_of``) is left out, as are an increment and the
    figure it adds to when the figure stating their sum (``new_total``) is counted. A
    figure that ``repeats`` another is counted in that figure's fact: the map gives,
    by the ``id`` of each repeating figure's ref, the item it repeats.
    """
    by_id: dict[str, _Item] = {}
    for item in usable:
        by_id.setdefault(item[0].id, item)
    summed_in: dict[str, tuple[str, str, str]] = {}
    for ref, _, _ in usable:
        figure = ref.figure
        if figure is None or figure.increment_of is None or figure.new_total is None:
            continue
        if figure.new_total in by_id and figure.new_total != ref.id:
            sum_of = (figure.increment_of, ref.id, figure.new_total)
            summed_in.setdefault(ref.id, sum_of)
            summed_in.setdefault(figure.increment_of, sum_of)
    kept: list[_Item] = []
    roots: dict[int, _Item] = {}
    for item in usable:
        ref, located, period = item
        root = _root(item, by_id)
        why: tuple[Reason, str] | None = None
        again = "" if root is item else f" (it repeats {root[0].id!r})"
        link = summed_in.get(root[0].id) or summed_in.get(ref.id)
        whole = _whole_of(ref, root, by_id)
        if link is not None:
            base, increment, new_total = link
            why = (
                Reason.INCREMENT,
                (
                    f"{base!r} and its increment {increment!r} are counted once, in the sum "
                    f"that {new_total!r} states{again}"
                ),
            )
        elif whole is not None:
            why = (
                Reason.PART_OF,
                (f"a part of {whole!r}, which is counted, so it is not added again{again}"),
            )
        if why is not None:
            exclusion = Exclusion(figure=ref, reason=why[0], detail=why[1])
            excluded.append((_exclusion_key(ref, period, why[0], why[1]), exclusion, located))
            continue
        kept.append(item)
        if root is not item:
            roots[id(ref)] = root
    return kept, roots


def _whole_of(ref: FigureRef, root: _Item, by_id: dict[str, _Item]) -> str | None:
    """The id of the counted figure that ``ref`` (or what it repeats) is a part of."""
    for figure in (ref.figure, root[0].figure):
        if figure is None or figure.part_of is None:
            continue
        if figure.part_of in by_id and figure.part_of not in (ref.id, root[0].id):
            return figure.part_of
    return None


def _exclusion_key(ref: FigureRef, period: str, reason: Reason, detail: str) -> OrderKey:
    return (
        ref.subject,
        ref.measure.value,
        period,
        ref.id,
        reason.value,
        detail,
        repr(ref.citation),
        str(ref.quantity),
        str(ref.planned),
        ref.path,
    )


def _sort_out(
    figures: Figures, measure: Measure | None, include_planned: bool, excluded: _Excluded
) -> list[_Item]:
    """The figures of ``measure`` that can be added; the others go to ``excluded``."""
    usable: list[_Item] = []
    # Periods are shared by many figures; their ISO text is worked out once per object.
    period_text: dict[int, str] = {}
    for item in _located(figures):
        figure = item.figure if isinstance(item, LocatedFigure) else item
        if measure is not None and figure.measure is not measure:
            continue
        ref = figure_ref(item)
        located = item if isinstance(item, LocatedFigure) else None
        period = ""
        if ref.period is not None:
            text = period_text.get(id(ref.period))
            if text is None:
                text = period_text[id(ref.period)] = ref.period.isoformat()
            period = text
        why = _not_summed(ref, include_planned)
        if why is None:
            usable.append((ref, located, period))
        else:
            exclusion = Exclusion(figure=ref, reason=why[0], detail=why[1])
            excluded.append((_exclusion_key(ref, period, why[0], why[1]), exclusion, located))
    return usable


def _by_place(usable: list[_Item], wholes: set[_HolderKey]) -> dict[str, str]:
    """The wholes broken down by place, by figure id, when grouping by place.

    Each such whole is left out so that its parts, each in its place, stand for it; its
    record then counts as having no figure for the whole.
    """
    broken: dict[str, str] = {}
    for ref, located, _ in usable:
        if located is None or located.part is None or located.part.place is None:
            continue
        breakdown = located.breakdown
        holder = _holder(located)
        if breakdown is None or holder is None or breakdown.total in broken:
            continue
        broken[breakdown.total] = breakdown.id
        wholes.discard((":".join(holder), ref.measure))
    return broken


def _same_things(
    usable: list[_Item], excluded: _Excluded, *, by_place: bool = False
) -> list[list[_Item]]:
    """The usable figures grouped by what they are about, parts of wholes left out.

    Figures are about one thing when they share a subject, a measure and a period, or
    when one repeats the other (``repeats``); the figure repeated comes first. With
    ``by_place``, a breakdown by place counts instead of its whole.
    """
    wholes, breakdowns, subgroups = _wholes(usable)
    broken = _by_place(usable, wholes) if by_place else {}
    usable, roots = _relations(usable, excluded)
    same: dict[tuple[str, str, int, str], list[_Item]] = defaultdict(list)
    for ref, located, period in usable:
        part = None
        if located is not None and (located.breakdown is not None or located.subgroup is not None):
            part = _in_whole(ref, located, wholes, breakdowns, subgroups)
        root = roots.get(id(ref))
        whole_of = broken.get(root[0].id if root is not None else ref.id)
        if part is None and whole_of is not None:
            part = (
                Reason.IN_WHOLE,
                (f"the whole of breakdown {whole_of!r}, whose parts by place are counted instead"),
            )
        if part is None:
            about = root[0] if root is not None else ref
            about_located = root[1] if root is not None else located
            about_period = root[2] if root is not None else period
            # An increment is a fact of its own, never a mention of what it adds to.
            if about.figure is not None and about.figure.increment_of is not None:
                about_period = f"{about_period}+{about.id}"
            # The measure's identity stands for it: hashing a term is slower. The kind of
            # record with its id: a cohort and a statistic may share an id.
            key = (subject_kind(about_located), about.subject, id(about.measure), about_period)
            if root is None:
                same[key].insert(0, (ref, located, period))
            else:
                same[key].append((ref, located, period))
        else:
            exclusion = Exclusion(figure=ref, reason=part[0], detail=part[1])
            excluded.append((_exclusion_key(ref, period, part[0], part[1]), exclusion, located))
    return list(same.values())


def analyse(
    figures: Figures,
    *,
    measure: Measure | None,
    policy: Policy,
    include_planned: bool,
    published: Published | None,
    by_place: bool = False,
) -> Analysis:
    """Decide, for every figure of ``measure``, whether it is counted, and in which fact.

    One pass sorts the figures into those left out and those usable; a second groups
    the usable ones by what they are about; each group becomes one fact. Raises
    :class:`~migrationhealth.aggregation.ConflictError` listing every conflict the
    policy did not resolve. ``by_place`` counts breakdowns by place instead of their
    wholes, for grouping by place.
    """
    excluded: _Excluded = []
    usable = _sort_out(figures, measure, include_planned, excluded)
    facts: list[tuple[OrderKey, Fact, list[LocatedFigure | None]]] = []
    unresolved: list[Conflict] = []
    for items in _same_things(usable, excluded, by_place=by_place):
        first, located, period = items[0]
        order = (first.subject, first.measure.value, period, subject_kind(located))
        if len(items) == 1:
            fact = Fact(
                subject=first.subject,
                measure=first.measure,
                period=first.period,
                interval=first.interval,
                figures=(first,),
                conflict=None,
                share=None,
                members=_members(first, located),
            )
            facts.append((order, fact, [located]))
            continue
        resolution = resolve([ref for ref, _, _ in items], policy, published)
        where = {id(ref): located for ref, located, _ in items}
        if resolution.interval is None:
            assert resolution.conflict is not None
            unresolved.append(resolution.conflict)
            continue
        fact = Fact(
            subject=first.subject,
            measure=first.measure,
            period=first.period,
            interval=resolution.interval,
            figures=resolution.used,
            conflict=resolution.conflict,
            share=None,
            members=next(
                (
                    found
                    for ref in resolution.used
                    if (found := _members(ref, where[id(ref)])) is not None
                ),
                None,
            ),
        )
        facts.append((order, fact, [where[id(ref)] for ref in resolution.used]))
        chosen = ", ".join(repr(ref.id) for ref in resolution.used)
        for ref in resolution.rejected:
            detail = (
                f"conflicts with {chosen} about {ref.subject!r}; the policy "
                f"{policy.value!r} chose {show_interval(resolution.interval)}"
            )
            exclusion = Exclusion(figure=ref, reason=Reason.CONFLICT, detail=detail)
            key = _exclusion_key(ref, period, Reason.CONFLICT, detail)
            excluded.append((key, exclusion, where[id(ref)]))
    if unresolved:
        unresolved.sort(key=lambda c: (c.subject, c.measure.value, _period_key(c.period)))
        if policy is Policy.STRICT:
            reason = (
                "the policy is 'strict'; pass policy='range', 'low', 'high', "
                "'latest source' or 'preferred' to choose"
            )
        else:
            reason = f"the policy {policy.value!r} cannot choose between them"
        raise ConflictError(unresolved, reason)
    return Analysis(facts=facts, excluded=excluded)


def _unit(facts: Sequence[Fact]) -> str | None:
    units = {ref.quantity.unit for fact in facts for ref in fact.figures}
    if len(units) == 1:
        return units.pop()
    if units and all(fact.measure.counts == "people" for fact in facts):
        return "people"
    measures = {fact.measure for fact in facts}
    if len(measures) == 1:
        return measures.pop().value.replace("_", " ")
    return None


def _first(pair: tuple[OrderKey, object]) -> OrderKey:
    return pair[0]


_SETS = frozenset({"countries", "places", "organisations"})
"""What a count of a set counts, whose members a record can list."""


def _members(ref: FigureRef, located: LocatedFigure | None) -> frozenset[str] | None:
    """The members a count of a set counts, where its record lists exactly that many.

    A count of countries takes the countries of the innermost record that names some;
    a count of places the structured places of its record's breakdown parts, else the
    record's places; a count of organisations the partners of its programme. The list
    stands for the members only when it is as long as the exact count.
    """
    measure = ref.measure
    if measure.summable or measure.counts not in _SETS or located is None:
        return None
    quantity = ref.quantity
    if quantity.qualifier is not Qualifier.EXACT or quantity.per is not None:
        return None
    found: frozenset[str] = frozenset()
    record = located.subgroup or located.statistic or located.cohort or located.programme
    if measure.counts == "countries":
        found = frozenset(countries_of(located))
    elif measure.counts == "places" and record is not None:
        breakdowns = getattr(record, "breakdowns", ())
        found = frozenset(
            part.place.key for b in breakdowns for part in b.parts if part.place is not None
        ) or frozenset(getattr(record, "places", ()))
    elif located.programme is not None:
        found = frozenset(
            partner.organisation for partner in located.programme.partners if takes_part(partner)
        )
    return found if found and len(found) == quantity.value else None


def _show_ref(ref: FigureRef) -> str:
    quote = "" if ref.quote is None else f' ("{ref.quote}")'
    return f"{ref.id!r}{quote}"


def _check_plans(counted: Sequence[Fact]) -> None:
    """Raise unless the facts are all delivered, or all plans of one kind."""
    kinds: dict[str, FigureRef] = {}
    for fact in counted:
        for ref in fact.figures:
            kinds.setdefault("delivered" if ref.planned is None else ref.planned.value, ref)
    if len(kinds) > 1:
        (one, first), (other, second) = sorted(kinds.items())[:2]
        raise NotAddableError(
            f"cannot add {_show_ref(second)}, {other}, to {_show_ref(first)}, {one}: a target, "
            "a forecast or a need is never added to what was delivered, nor to another kind "
            "of plan; take their totals apart",
            ids=(first.id, second.id),
        )


def _when(fact: Fact) -> tuple[int, object]:
    """When a stock was counted, latest first in order: its period's last possible day."""
    period = fact.period
    latest = None if period is None else (period.end or period.start)
    day = None if latest is None or not latest.year_known else latest.latest()
    return (0, "") if day is None else (1, day)


def _on(period: Period | None) -> str:
    """A stock's date in words: one date, a period, or "an unstated date"."""
    if period is None:
        return "an unstated date"
    if period.start is not None and period.start == period.end:
        return str(period.start)
    return str(period)


def _one_date(
    counted: list[Fact], left_out: list[tuple[OrderKey, Exclusion]]
) -> tuple[list[Fact], list[str]]:
    """The stocks among ``counted`` taken at one date, the latest; the others left out."""
    stocks = [fact for fact in counted if fact.measure.stock]
    dates = {_period_key(fact.period) for fact in stocks}
    if len(dates) < 2:
        return counted, []
    latest = max(stocks, key=lambda fact: (_when(fact), _period_key(fact.period)))
    at = _period_key(latest.period)
    shown = _on(latest.period)
    kept: list[Fact] = []
    for fact in counted:
        if not fact.measure.stock or _period_key(fact.period) == at:
            kept.append(fact)
            continue
        when = _on(fact.period)
        detail = (
            f"a stock of {fact.measure.value} at {when}: stocks at different dates are never "
            f"added, and this total is taken at {shown}, the latest date"
        )
        for ref in fact.figures:
            exclusion = Exclusion(figure=ref, reason=Reason.STOCK_DATE, detail=detail)
            key = _exclusion_key(ref, _period_key(fact.period), Reason.STOCK_DATE, detail)
            left_out.append((key, exclusion))
    return kept, [f"a stock, taken at one date: {shown}, the latest of {len(dates)}"]


def _union(counted: list[Fact]) -> tuple[Interval, tuple[str, ...] | None, list[str]]:
    """The sum of the facts, or for sets the size of the union of their members."""
    not_summed = [fact for fact in counted if not fact.measure.summable]
    if len(not_summed) < 2:
        return _numbers.add(fact.interval for fact in counted), None, []
    first = not_summed[0]
    unlisted = next((fact for fact in not_summed if fact.members is None), None)
    if unlisted is not None:
        other = first if unlisted is not first else not_summed[1]
        measure = unlisted.measure
        why = (
            f"{measure.value} counts distinct {measure.counts}, which two records may share"
            if measure.counts in _SETS
            else f"{measure.value} is not an amount that adds up across records"
        )
        listed = (
            f"; {_show_ref(unlisted.figures[0])} does not list its members, so their union "
            "is unknown"
            if measure.counts in _SETS
            else ""
        )
        raise NotAddableError(
            f"cannot add {_show_ref(unlisted.figures[0])} to {_show_ref(other.figures[0])}: "
            f"{why}{listed}",
            ids=(other.figures[0].id, unlisted.figures[0].id),
        )
    union = frozenset().union(*(fact.members or () for fact in not_summed))
    summed = [fact for fact in counted if fact.measure.summable]
    interval = _numbers.add([Interval.point(len(union)), *(fact.interval for fact in summed)])
    note = (
        f"the union of the {first.measure.counts} {len(not_summed)} figures list: "
        f"{len(union)}, not their sum"
    )
    return interval, tuple(sorted(union)), [note]


def make_total(
    facts: Iterable[tuple[OrderKey, Fact]],
    excluded: Iterable[tuple[OrderKey, Exclusion]],
    *,
    measure: Measure | None,
    policy: Policy,
    include_planned: bool,
) -> Total:
    """A :class:`Total` of ``facts``, checked for units, in an order independent of input.

    Each fact and exclusion comes with its order key. Stocks are taken at one date,
    the latest; counts of sets are joined as the union of their members. Raises
    :class:`~migrationhealth.aggregation.UnitError` when the facts cannot be added,
    and :class:`~migrationhealth.aggregation.NotAddableError` for plans with deliveries
    and for sets whose members are not listed.
    """
    counted = [fact for _, fact in sorted(facts, key=_first)]
    check_addable(ref for fact in counted for ref in fact.figures)
    _check_plans(counted)
    left = list(excluded)
    counted, notes = _one_date(counted, left)
    interval, members, more = _union(counted)
    measures = {fact.measure for fact in counted}
    left_out = [exclusion for _, exclusion in sorted(left, key=_first)]
    return Total(
        measure=measure if measure is not None or len(measures) != 1 else measures.pop(),
        unit=_unit(counted),
        interval=interval,
        facts=tuple(counted),
        excluded=tuple(left_out),
        conflicts=tuple(fact.conflict for fact in counted if fact.conflict is not None),
        policy=policy,
        include_planned=include_planned,
        notes=tuple(notes + more),
        members=members,
    )


def total(
    figures_or_dataset: Figures,
    *,
    measure: Measure | str | None = None,
    policy: Policy | str = "strict",
    include_planned: bool = False,
    sources: Dataset | Iterable[Source] | None = None,
) -> Total:
    """The total of a dataset's (or some figures') figures of one measure.

    ``figures_or_dataset`` is a :class:`~migrationhealth.Dataset` or an iterable of
    :class:`~migrationhealth.LocatedFigure` (as :meth:`Dataset.figures` gives) or bare
    :class:`~migrationhealth.Figure` s (each its own subject). ``measure`` keeps only
    figures of that measure; without it, every figure given must share one.
    ``policy`` says what to do with conflicting figures (see
    :class:`~migrationhealth.aggregation.Policy`); ``sources`` gives the publication
    dates the ``latest source`` policy needs, and defaults to the dataset's own.

    Raises :class:`~migrationhealth.aggregation.ConflictError` for conflicts the policy
    does not resolve and :class:`~migrationhealth.aggregation.UnitError` for figures that
    cannot be added (people and services).
    """
    chosen = Policy.of(policy)
    what = parse_measure(measure)
    if sources is None and isinstance(figures_or_dataset, Dataset):
        sources = figures_or_dataset
    with gc_paused():
        analysis = analyse(
            figures_or_dataset,
            measure=what,
            policy=chosen,
            include_planned=include_planned,
            published=published_dates(sources),
        )
        return make_total(
            ((order, fact) for order, fact, _ in analysis.facts),
            ((order, exclusion) for order, exclusion, _ in analysis.excluded),
            measure=what,
            policy=chosen,
            include_planned=include_planned,
        )
