"""MH107 to MH110: figures that say how they relate to another figure, and ones that do not.

A figure can be a part of another (``part_of``: "de las cuales 39"), an addition to
another (``increment_of``: "84 more", with ``new_total`` the figure stating the sum), or
the same fact stated again (``repeats``). These rules check each link against the figure
it names, and report figures that look like one fact stated twice but are not linked.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from functools import reduce
from operator import attrgetter

from ...dataset import LocatedFigure
from ...dates import Period
from ...enums import Rank
from ...interval import Interval, Number
from ...quantity import Qualifier, Quantity
from ...units import comparable, read_unit
from .._numbers import show
from ..context import LINKS, Context, describe_subject, effective_period, repeated
from ..findings import Evidence, Finding, Severity
from ..registry import rule
from .conflicts import figure_language, quantity_text

__all__ = [
    "RULES",
    "broken_relation",
    "increment_total",
    "part_exceeds_whole",
    "possible_repeat",
    "record_path",
]

_SHOWN = 6
_COMMON = 10


def record_path(located: LocatedFigure) -> str:
    """The JSON path of the record a figure belongs to: its cohort, statistic or programme.

    A breakdown part's and a sub-group's figures belong to the record that holds the
    breakdown or sub-group; an organisation's figures to the organisation.
    """
    path = located.path
    if located.part is not None:
        return path.rpartition(".breakdowns[")[0]
    if located.subgroup is not None:
        return path.rpartition(".subgroups[")[0]
    if path.endswith(".edition"):
        return path[: -len(".edition")]
    return path.rpartition(".figures[")[0]


def summable(quantity: Quantity) -> bool:
    """Whether a quantity counts something that adds up: not a rate, not an average."""
    return quantity.per is None and quantity.qualifier is not Qualifier.AVERAGE


def gap(total: Interval, parts: Interval) -> tuple[str, Number] | None:
    """How far ``parts`` falls short of or exceeds ``total``, if the two cannot meet."""
    if parts.high is not None and parts.high < total.low:
        return "less than", total.low - parts.high
    if total.high is not None and parts.low > total.high:
        return "more than", parts.low - total.high
    return None


def _agree(context: Context, a: int, b: int) -> bool:
    first, second = context.figures[a], context.figures[b]
    return comparable(
        first.figure,
        second.figure,
        languages=(figure_language(context, first), figure_language(context, second)),
    )


_LINKS = LINKS
_rank_of = attrgetter("rank")
_PARTS = frozenset({"part", "subgroup"})
_links_of = attrgetter(*_LINKS)
_LINK_WORDS = {
    "repeats": "repeats",
    "part_of": "is a part of",
    "increment_of": "is an addition to",
    "new_total": "gives as its new total",
    "change_from": "is a change from",
    "change_to": "is a change to",
    "share_part": "is the share of",
    "share_whole": "is a share of",
}
# A percentage names figures of another kind than itself: only that they exist is checked.
_PERCENT_LINKS = frozenset({"change_from", "change_to", "share_part", "share_whole"})


@rule("MH107", severity="error")
def part_exceeds_whole(context: Context) -> Iterator[Finding]:
    """A figure stated as a part of another is larger than that figure.

    **What it checks.** A figure whose `part_of` names another figure ("de las cuales
    39": 39 of the 196 consultations) is at most that figure: it is reported when its
    low bound is above the whole's high bound. Parts are compared with their whole when
    both count the same thing in units that agree (MH109 reports a part of a figure of
    another kind); averages and rates are not compared.

    **Why it matters.** A part larger than its whole means one of the two is misread or
    misreported, or the part belongs to another figure; a share computed from them is
    more than 100 %.

    **Example.** Médicos Sin Fronteras in Ciudad Juárez (shared report 08) passes: "se
    proporcionaron 196 consultas médicas, de las cuales 39 fueron atenciones en salud
    mental". Had the 39 been recorded as 396, it would be reported as larger than its
    whole.
    """
    figures, intervals = context.figures, context.intervals
    ids = context.figure_ids
    for index in context._shared.linked:
        located = figures[index]
        figure = located.figure
        whole_index = None if figure.part_of is None else ids.get(figure.part_of)
        if whole_index is None or whole_index == index:
            continue
        whole = figures[whole_index]
        if not (summable(figure.quantity) and summable(whole.figure.quantity)):
            continue
        if not _agree(context, index, whole_index):
            continue
        high = intervals[whole_index].high
        if high is None or intervals[index].low <= high:
            continue
        yield context.finding(
            f"{quantity_text(located)} of {describe_subject(located)} is stated as a part "
            f"of {quantity_text(whole)} of {describe_subject(whole)}, but is larger than it.",
            ids=[figure.id, whole.figure.id],
            evidence=[Evidence.of(located), Evidence.of(whole)],
            hint="Check both figures against their quotes, and that the part names the "
            "right figure as its whole (part_of).",
        )


@rule("MH108", severity="error")
def increment_total(context: Context) -> Iterator[Finding]:
    """An increment and the figure it adds to do not make the new total stated.

    **What it checks.** A figure whose `increment_of` names another figure ("84 more",
    on the 352 who arrived) and whose `new_total` names the figure stating the sum ("a
    total of 436") must add up: the base's interval plus the increments' (every increment
    of one base with one new total, added) must overlap the new total's interval.
    Hedges widen the sum, so "some 80 more" on 352 admits 436. The finding gives the gap,
    exactly when every figure is exact. Figures that count different things are left to
    MH109; averages and rates are not added.

    **Why it matters.** When the sum stated is not the sum of its parts, one of the
    three numbers is misreported, and a total taken from either side is wrong.

    **Example.** The IMSS's Cuban specialists (shared report 06) pass: "han llegado a
    nuestro país 352 médicos especialistas", "llegarán 84 más para dar un total de 436
    médicos cubanos": 352 + 84 = 436. Had the report said 80 more, 352 + 80 = 432 would be
    4 less than the total.
    """
    figures, intervals = context.figures, context.intervals
    ids = context.figure_ids
    groups: dict[tuple[int, int], list[int]] = {}
    for index in context._shared.linked:
        figure = figures[index].figure
        if figure.increment_of is None or figure.new_total is None:
            continue
        base, total = ids.get(figure.increment_of), ids.get(figure.new_total)
        if base is None or total is None or index in (base, total) or base == total:
            continue
        groups.setdefault((base, total), []).append(index)
    for (base, total), increments in groups.items():
        members = [base, *increments]
        if not all(summable(figures[m].figure.quantity) for m in (*members, total)):
            continue
        if not all(_agree(context, m, total) for m in members):
            continue
        summed = reduce(lambda a, b: a + b, (intervals[m] for m in members))
        found = gap(intervals[total], summed)
        if found is None:
            continue
        relation, amount = found
        exact = all(intervals[m].width == 0 for m in (*members, total))
        sum_text = " + ".join(show(figures[m].figure.quantity.value) for m in members)
        sum_text += f" = {show(summed.low)}" if exact else f", {summed}"
        amount_text = show(amount) if exact else f"at least {show(amount)}"
        whole = figures[total]
        yield context.finding(
            f"{quantity_text(figures[base])} and the "
            f"{'increment' if len(increments) == 1 else 'increments'} "
            f"{', '.join(quantity_text(figures[m]) for m in increments)} add up to "
            f"{sum_text}, {amount_text} {relation} the new total {quantity_text(whole)}.",
            ids=[figures[m].figure.id for m in (*members, total)],
            evidence=[Evidence.of(figures[m]) for m in (*members, total)],
            hint="Check the three figures against their quotes; if the increment adds to "
            "another figure, or states another total, correct increment_of or new_total.",
        )


@rule("MH109", severity="error")
def broken_relation(context: Context) -> Iterator[Finding]:
    """A figure's link to another figure (`repeats`, `part_of`, `change_from`...) that cannot hold.

    **What it checks.** Each link (`repeats`, `part_of`, `increment_of`, `new_total`, and
    the `change_from`, `change_to`, `share_part` and `share_whole` of a percentage) names a
    figure of the dataset other than the figure itself: a link to no figure, or to
    itself, is an `error`; a percentage's figures are checked against it by MH112 and
    MH113. A repeat is the same fact
    in other words, so it has the same measure and intervals that overlap (its unit may
    be worded differently: "frontline professionals" for "health professionals, law
    enforcement officers and social workers"); otherwise it is an `error`. A part
    counts the same kind of thing as its whole, by their measures (consultations may be
    a part of services); its unit may be a narrower word than the whole's ("250 ferias
    de salud" among "1,000 actividades"). An increment and a new total count the same
    kind of thing as the figure they name, in units that agree. One that counts another
    kind of thing is a `warning`, since the report may count it as a part all the same,
    and its measure may be better chosen as its whole's.

    **Why it matters.** Totals count a repeated fact once, leave parts out and add
    increments to their base: a link to the wrong figure, or to none, makes them count
    people twice or drop them.

    **Example.** In the IMSS report (shared report 06) the 352 doctors are stated twice,
    "han llegado a nuestro país 352 médicos especialistas" and "Los 352 médicos y medicas
    especialistas que viene de Cuba"; a figure for the second that `repeats` the first
    passes. Had it repeated the "79 municipios" instead (a count of places), it would be
    reported. In the IME's page on the 2006 week (shared report 02), "alrededor de 1,000
    actividades ..., entre ellas 250 ferias de salud y 80 clínicas móviles" counts the
    mobile clinics among the activities: recorded as `activities`, as the report counts
    them, the 80 pass as a part of the 1,000; recorded as `mobile_clinics` (places that
    give services), they would be a warning.
    """
    figures, intervals = context.figures, context.intervals
    ids = context.figure_ids
    for index in context._shared.linked:  # most figures name no other
        located = figures[index]
        figure = located.figure
        targets = _links_of(figure)
        for link, target_id in zip(_LINKS, targets, strict=True):
            if target_id is None:
                continue
            where = f"{located.path}.{link}"
            words = _LINK_WORDS[link]
            target = ids.get(target_id)
            if target is None:
                yield context.finding(
                    f"{quantity_text(located)} {words} figure {target_id!r}, which is not "
                    "a figure of the dataset.",
                    ids=[figure.id, target_id],
                    evidence=[Evidence.of(located)],
                    hint=f"Correct the id (at {where}), or add the figure it names.",
                )
                continue
            if target == index:
                yield context.finding(
                    f"{quantity_text(located)} {words} itself.",
                    ids=[figure.id],
                    evidence=[Evidence.of(located)],
                    hint=f"Name another figure (at {where}), or remove the link.",
                )
                continue
            if link in _PERCENT_LINKS:
                continue
            other = figures[target]
            problem = None
            severity: Severity | None = None
            if link == "repeats":
                if other.figure.measure is not figure.measure:
                    problem = (
                        f"a repeat states the same fact, but one measures "
                        f"{figure.measure.value} and the other {other.figure.measure.value}"
                    )
                elif not intervals[index].overlaps(intervals[target]):
                    problem = "a repeat states the same fact, but their values do not overlap"
            elif (
                other.figure.measure.counts != figure.measure.counts
                if link == "part_of"
                else not _agree(context, index, target)
            ):
                severity = Severity.WARNING
                problem = (
                    f"they count different things ({figure.measure.value}: "
                    f"{figure.quantity.unit!r}; {other.figure.measure.value}: "
                    f"{other.figure.quantity.unit!r})"
                )
            if problem is None:
                continue
            yield context.finding(
                f"{quantity_text(located)} of {describe_subject(located)} {words} "
                f"{quantity_text(other)} of {describe_subject(other)}, but {problem}.",
                ids=[figure.id, other.figure.id],
                evidence=[Evidence.of(located), Evidence.of(other)],
                hint=f"Check that the link (at {where}) names the right figure"
                + ("" if severity is None else ", and that the two have the measures they state")
                + ".",
                severity=severity,
            )


def _overlap(first: Period, second: Period) -> bool:
    """Whether two known periods overlap; an open end overlaps whatever lies beyond it."""
    a_start, a_end = first.earliest(), first.latest()
    b_start, b_end = second.earliest(), second.latest()
    return (a_end is None or b_start is None or b_start <= a_end) and (
        b_end is None or a_start is None or a_start <= b_end
    )


class _Links:
    """Figures joined by their `repeats` links (and shared ids), as disjoint sets."""

    def __init__(self, context: Context, ids: Mapping[str, int]) -> None:
        self.parent = list(range(len(context.figures)))
        figures = context.figures
        for index in context._shared.linked:
            target = figures[index].figure.repeats
            if target is not None and target in ids:
                self.join(index, ids[target])

    def find(self, index: int) -> int:
        parent = self.parent
        while parent[index] != index:
            parent[index] = parent[parent[index]]
            index = parent[index]
        return index

    def join(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _source(located: LocatedFigure) -> str | None:
    return None if located.figure.citation is None else located.figure.citation.source


@rule("MH110", severity="info")
def possible_repeat(context: Context) -> Iterator[Finding]:
    """Figures that look like one fact stated in several places, but are not linked.

    **What it checks.** Figures of one programme (its own, its cohorts' and its
    statistics') or of one organisation, of the same measure, in units that read the
    same, with the same value, qualifier, `planned` flag and rate, in different records
    or from different sources, and that no `repeats` link joins, directly or through
    other repeats. Their periods (a figure's own, else its record's) must both be known and
    overlap; where either is unknown, the figures must cite the same source, as when one
    report states a number twice. Parts of breakdowns, sub-groups' figures, figures linked
    as parts or increments and deprecated figures are left out, and so are measures that
    are not summable (countries, editions, durations: totals never add them across
    records, so a repeat cannot be counted twice). A value shared by more
    than ten unlinked figures is a common value (2 consultorios, 10 participants) rather
    than one fact, and is not reported.

    **Why it matters.** Totals add figures of different records: the same 352 doctors
    stated in two statistics would be counted twice (704 instead of 352). When the
    figures are one fact, link them with `repeats`; when they are not, nothing needs to
    be done, which is why this is information, not an error.

    **Example.** In the IMSS report (shared report 06), "352 médicos especialistas de
    Cuba" recorded in a statistic of arrivals and again ("Los 352 médicos y medicas
    especialistas") in a statistic of their placement in 79 municipalities is reported,
    until one figure `repeats` the other. The MHADRI course (shared report 05) passes:
    "130 participants from 11 countries" and "20 facilitators from 11 countries" are two
    sets of countries, and counts of countries are never added.
    """
    figures = context.figures
    programme_paths, record_paths = context.programme_paths, context._shared.record_paths
    shared = context._shared
    measures, quantities = shared.measures, shared.quantities
    # Left out: deprecated figures, parts and increments (both linked), breakdowns' parts
    # and sub-groups' figures, and measures that do not add up.
    left_out = {
        index
        for index in shared.linked
        if figures[index].figure.part_of is not None
        or figures[index].figure.increment_of is not None
    }
    deprecated = Rank.DEPRECATED
    left_out.update(
        index
        for index, rank in enumerate(map(_rank_of, shared.figure_records))
        if rank is deprecated
    )
    summable = {measure for measure in set(measures) if measure.summable}
    keys = [
        None
        if kind in _PARTS or measure not in summable
        else (
            programme_path or record_path,
            measure,
            quantity.value,
            quantity.qualifier,
            quantity.per,
            planned,
        )
        for (kind, _), programme_path, record_path, measure, quantity, planned in zip(
            context.subjects,
            programme_paths,
            record_paths,
            measures,
            quantities,
            shared.planned,
            strict=True,
        )
    ]
    for index in left_out:
        keys[index] = None
    groups = repeated(keys)
    links: _Links | None = None
    for candidates in groups.values():
        if len(candidates) < 2:
            continue
        if links is None:
            links = _Links(context, context.figure_ids)
        by_unit: dict[str, list[int]] = {}
        for member in candidates:
            located = figures[member]
            unit = read_unit(located.figure.quantity.unit, figure_language(context, located))
            by_unit.setdefault(unit.normalised, []).append(member)
        for members in by_unit.values():
            finding = _repeats_finding(context, links, members)
            if finding is not None:
                yield finding


def _repeats_finding(context: Context, links: _Links, members: list[int]) -> Finding | None:
    figures = context.figures
    components: dict[int, int] = {}
    for member in members:
        components.setdefault(links.find(member), member)
    if len(components) < 2 or len(components) > _COMMON:
        return None
    pairs = _unlinked_pairs(context, list(components.values()))
    if not pairs:
        return None
    involved = sorted({m for pair in pairs for m in pair})
    listed = [f"{quantity_text(figures[m])} of {describe_subject(figures[m])}" for m in involved]
    more = len(listed) - _SHOWN
    text = "; ".join(listed[:_SHOWN]) + (f"; and {more} more" if more > 0 else "")
    measure = figures[involved[0]].figure.measure.value
    return context.finding(
        f"The same {measure} figure is stated in {len(involved)} places that no repeats "
        f"link joins: {text}. If they are one fact, totals count it {len(involved)} times.",
        ids=[figures[m].figure.id for m in involved],
        evidence=[Evidence.of(figures[m]) for m in involved],
        hint="If they state the same fact, give each but one `repeats` naming the first; if "
        "they are different facts that happen to share a value, nothing needs to be done.",
    )


def _unlinked_pairs(context: Context, members: Sequence[int]) -> list[tuple[int, int]]:
    figures, periods = context.figures, context.periods
    record_paths = context._shared.record_paths
    pairs = []
    for position, a in enumerate(members):
        for b in members[position + 1 :]:
            first, second = figures[a], figures[b]
            same_source = _source(first) == _source(second)
            if same_source and record_paths[a] == record_paths[b]:
                continue
            first_period, second_period = effective_period(first), effective_period(second)
            if first_period is None or second_period is None:
                if not same_source or _source(first) is None:
                    continue
            elif periods[a] != periods[b] and not _overlap(first_period, second_period):
                continue
            pairs.append((a, b))
    return pairs


RULES = (part_exceeds_whole, increment_total, broken_relation, possible_repeat)
