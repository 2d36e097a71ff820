"""MH103 to MH105: a cohort's funnel, and the breakdowns and sub-groups of every record."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from ...dataset import LocatedFigure
from ...enums import FUNNEL, Measure, Plan
from ...interval import Interval, Number
from ...model import Breakdown
from ...quantity import Qualifier, Quantity
from ...units import comparable, units_agree
from .._numbers import show
from ..context import Context, describe_record, describe_subject
from ..findings import Evidence, Finding
from ..registry import rule
from .conflicts import figure_language, number_notes, quantity_text

__all__ = ["RULES", "breakdown_sum", "funnel_order", "subgroup_exceeds_whole"]

_NOT_COMPARED = frozenset({"organisation", "part"})
_STAGE = {measure: index for index, measure in enumerate(FUNNEL)}
_FUNNEL_TEXT = " ≥ ".join(m.value for m in FUNNEL)
_SHOWN = 10

# For each funnel stage of a group: the figure with the highest low bound and the one with
# the lowest high bound, as indexes into the context's figures.
_Extremes = dict[int, tuple[int, int]]


def _category(located: LocatedFigure) -> str:
    return "" if located.part is None else located.part.category


def _summable(quantity: Quantity) -> bool:
    """Whether a quantity counts something that adds up: not a rate, not an average."""
    return quantity.per is None and quantity.qualifier is not Qualifier.AVERAGE


def _below(a: Interval, b: Interval) -> bool:
    """Whether every value of ``a`` is above every value of ``b`` (``b`` is below ``a``)."""
    return b.high is not None and a.low > b.high


def _extend(extremes: _Extremes, stage: int, index: int, intervals: Sequence[Interval]) -> None:
    current = extremes.get(stage)
    if current is None:
        extremes[stage] = (index, index)
        return
    top, bottom = current
    interval = intervals[index]
    if interval.low > intervals[top].low:
        top = index
    lowest = intervals[bottom].high
    if interval.high is not None and (lowest is None or interval.high < lowest):
        bottom = index
    extremes[stage] = (top, bottom)


@rule("MH103", severity="error")
def funnel_order(context: Context) -> Iterator[Finding]:
    """A later stage of a cohort's admission funnel is larger than an earlier one.

    **What it checks.** The funnel runs applicants ≥ selected ≥ enrolled ≥ participants
    ≥ completed ≥ certified. For each subject (a cohort, a sub-group, a programme) and
    `planned` flag, whatever the figures' periods, a later stage conflicts with an
    earlier one when its interval lies wholly above the earlier one's: its low bound is
    above the earlier stage's high bound. Hedged figures are compared on their intervals,
    so "at least 500 participants" does not break a funnel with "600 selected". Stages
    are compared only when their units agree. Each later
    stage is reported once, against the nearest earlier stage it exceeds. Averages and
    rates are not funnel stages.

    **Why it matters.** Nobody completes a course they were not admitted to: a funnel
    that widens means a figure is misattributed to its stage or misreported, and every
    rate computed from it (completion rate, selection rate) is wrong.

    **Example.** The Mexico-Chile diploma (seed report 000) passes: 800 applicants ≥ 564
    selected ≥ 546 participants. Had the report said 564 participants and 546 selected,
    this rule would report the participants as exceeding the selected.
    """
    figures, intervals, subjects = context.figures, context.intervals, context.subjects
    shared = context._shared
    measures, pers, qualifiers, planned = (
        shared.measures,
        shared.pers,
        shared.qualifiers,
        shared.planned,
    )
    groups: dict[tuple[object, ...], _Extremes] = {}
    stages, average = _STAGE, Qualifier.AVERAGE
    for index in [i for i, measure in enumerate(measures) if measure in stages]:
        if pers[index] is not None or qualifiers[index] is average:  # not _summable
            continue
        key = (subjects[index], planned[index])
        _extend(groups.setdefault(key, {}), stages[measures[index]], index, intervals)
    for extremes in groups.values():
        if len(extremes) < 2:
            continue
        present = sorted(extremes)
        for position, later in enumerate(present):
            top = extremes[later][0]
            for earlier in reversed(present[:position]):
                bottom = extremes[earlier][1]
                if not _below(intervals[top], intervals[bottom]):
                    continue
                big, small = figures[top], figures[bottom]
                if not units_agree(
                    big.figure.quantity.unit,
                    small.figure.quantity.unit,
                    counts=big.figure.measure.counts,
                    languages=(figure_language(context, big), figure_language(context, small)),
                ):
                    continue
                notes = number_notes(big.figure.quantity.value, small.figure.quantity.value)
                yield context.finding(
                    f"In {describe_subject(big)}, {FUNNEL[later].value} "
                    f"{quantity_text(big)} exceed {FUNNEL[earlier].value} "
                    f"{quantity_text(small)}, but the admission funnel runs {_FUNNEL_TEXT}. "
                    f"{notes}".strip(),
                    ids=[small.figure.id, big.figure.id],
                    evidence=[Evidence.of(small), Evidence.of(big)],
                    hint="Check that each figure has the measure its quote states (people "
                    "selected, enrolled, taking part, completing), and its value.",
                )
                break


def _sum(intervals: Sequence[Interval]) -> Interval:
    """The intervals added up, as ``reduce(operator.add, intervals)`` adds them.

    The bounds are added in order; the sum has no high bound when one of them has none,
    and an end is open when that end of any of them is.
    """
    first = intervals[0]
    low, high, low_open, high_open = first.low, first.high, first.low_open, first.high_open
    for interval in intervals[1:]:
        low += interval.low
        low_open = low_open or interval.low_open
        if high is not None:
            if interval.high is None:
                high, high_open = None, False
            else:
                high += interval.high
                high_open = high_open or interval.high_open
    return Interval(low=low, high=high, low_open=low_open, high_open=high_open)


def _gap(total: Interval, parts: Interval) -> tuple[str, Number] | None:
    """How far the parts' sum falls short of or exceeds the total, if they cannot meet."""
    if parts.high is not None and parts.high < total.low:
        return "less than", total.low - parts.high
    if total.high is not None and parts.low > total.high:
        return "more than", parts.low - total.high
    return None


@rule("MH104", severity="error")
def breakdown_sum(context: Context) -> Iterator[Finding]:
    """The parts of a breakdown do not add up to its total.

    **What it checks.** A breakdown splits a total (a figure of the same record, named by
    the breakdown's `total`) into parts along one dimension: by country, by state, by
    track. Cohorts, statistics and programmes all have breakdowns, each checked against
    its own record's total. The
    parts' intervals are added (low bounds to low bounds, high bounds to high bounds) and
    the sum must overlap the total's interval; when it does not, the finding names the
    gap, exactly when every figure is exact ("3 less than the total") and as a lower bound
    otherwise. A total that is missing is MH301's finding; a breakdown whose total or a
    part is an average or a rate is not summed, nor one with a part that counts another
    thing than its total (a measure of another kind, or units that do not agree).
    Hedges count: a headline of "more than 500" with parts that add up to 640 agrees,
    and parts that add up to 640 exceed "almost 600".

    **Why it matters.** A breakdown that does not add up has a part misreported or
    missing, or is not a partition at all (people counted in two tracks, or in none);
    shares and per-country totals computed from it are wrong. Parts that do not partition
    their total are sub-groups, which this rule does not sum.

    **Example.** The IOM Chile training (seed report 002) passes: "171 civil servants
    trained on migration and health and 143 on trafficking in persons" add up to the "314
    health sector officials" trained. Had the report said 140 on trafficking, the parts
    would add up to 311, 3 less than the total. The IMSS's Cuban specialists (shared
    report 06) pass too: by state, 92 in Nayarit, 55 in Colima, 54 in Campeche, 30 in
    Baja California Sur, 10 in Zacatecas, 17 in Sonora, 61 in Oaxaca, 7 in Veracruz and
    26 in Tlaxcala make the 352 doctors who arrived.
    """
    figures, intervals = context.figures, context.intervals
    records = context._shared.record_paths
    ids = context.figure_ids
    by_record: dict[tuple[str, str], int] | None = None
    quantities, breakdowns = context._shared.quantities, context._shared.part_breakdowns
    for members in context._shared.breakdowns:
        breakdown = breakdowns[members[0]]
        assert breakdown is not None
        # The total is the record's first figure with that id: the dataset's first, when
        # that one is in the record (ids are almost always unique); else looked up among
        # the record's figures, indexed once.
        record = records[members[0]]
        total_index = ids.get(breakdown.total)
        if total_index is None or records[total_index] != record:
            if by_record is None:
                by_record = _by_record(figures, records)
            total_index = by_record.get((record, breakdown.total))
        if total_index is None:
            continue
        if not _summable(quantities[total_index]) or not all(
            _summable(quantities[m]) for m in members
        ):
            continue
        summed = _sum([intervals[m] for m in members])
        gap = _gap(intervals[total_index], summed)
        if gap is None:
            continue
        total = figures[total_index]
        # Only a breakdown that does not add up needs its units read: the check can only
        # take a finding away.
        if not all(
            comparable(
                figures[m].figure,
                total.figure,
                languages=(figure_language(context, figures[m]), figure_language(context, total)),
            )
            for m in members
        ):
            continue
        yield _breakdown_finding(
            context, breakdown, members=list(members), total=total, summed=summed, gap=gap
        )


def _by_record(
    figures: Sequence[LocatedFigure], records: Sequence[str]
) -> dict[tuple[str, str], int]:
    """Each (record path, figure id) to its first figure, organisations' figures left out."""
    found: dict[tuple[str, str], int] = {}
    for index, located in enumerate(figures):
        if located.organisation is None:
            found.setdefault((records[index], located.figure.id), index)
    return found


def _breakdown_finding(
    context: Context,
    breakdown: Breakdown,
    *,
    members: list[int],
    total: LocatedFigure,
    summed: Interval,
    gap: tuple[str, Number],
) -> Finding:
    figures, intervals = context.figures, context.intervals
    items = [f"{_category(figures[m])} {figures[m].figure.quantity}" for m in members]
    shown = items[:_SHOWN] + ([f"{len(items) - _SHOWN:,} more"] if len(items) > _SHOWN else [])
    total_interval = total.figure.quantity.interval
    exact = total_interval.width == 0 and all(intervals[m].width == 0 for m in members)
    sum_text = (
        " + ".join(show(figures[m].figure.quantity.value) for m in members)
        + f" = {show(summed.low)}"
        if exact and len(members) <= _SHOWN
        else (show(summed.low) if exact else str(summed))
    )
    relation, amount = gap
    amount_text = f"{show(amount)}" if exact else f"at least {show(amount)}"
    return context.finding(
        f"The parts of breakdown {breakdown.id!r} by {breakdown.dimension} of "
        f"{describe_record(total)} ({'; '.join(shown)}) add up to {sum_text}, {amount_text} "
        f"{relation} the total {quantity_text(total)}.",
        ids=[breakdown.id, total.figure.id, *(figures[m].figure.id for m in members)],
        evidence=[Evidence.of(total), *(Evidence.of(figures[m]) for m in members)],
        hint="Check each part and the total against the source. If the parts do not "
        "partition the total (people in both parts, or in neither), record them as "
        "sub-groups of the record instead.",
    )


@rule("MH105", severity="error")
def subgroup_exceeds_whole(context: Context) -> Iterator[Finding]:
    """A sub-group of a cohort, statistic or programme is larger than the record itself.

    **What it checks.** A sub-group ("the 10 participants from Chile") is part of its
    record (a cohort, a statistic, a programme), so each of its figures is at most the
    record's own figure of the same measure, when their units agree,
    and a sub-group's funnel stage is at most any earlier stage of the cohort (10
    participants from Chile need at least 10 selected). The sub-group's figure exceeds
    its whole when its low bound is above the record figure's high bound; it is compared
    with the record's smallest figure of that measure (same `planned` flag), and reported
    once, against the nearest stage it exceeds. Averages and rates are not compared.

    **Why it matters.** A part larger than its whole means the sub-group's figure, or the
    cohort's, is wrong, or the sub-group belongs to another cohort.

    **Example.** The Mexico-Chile diploma (seed report 000) passes: "10 participants from
    Chile, who were part of the binational exchange" against the 546 people who
    participated in the diploma.
    """
    figures, intervals = context.figures, context.intervals
    wholes: dict[tuple[str, Measure, Plan | None], int] = {}
    shared = context._shared
    paths, measures, planned = shared.record_paths, shared.measures, shared.planned
    pers, qualifiers, subjects = shared.pers, shared.qualifiers, context.subjects
    average = Qualifier.AVERAGE
    # What a figure belongs to is the kind of its subject: a sub-group's figures are
    # compared with their record's own, organisations' figures and breakdowns' parts are
    # not compared. Only the records that have sub-groups need their figures looked at.
    subgroups = [
        index
        for index, (kind, _) in enumerate(subjects)
        if kind == "subgroup" and pers[index] is None and qualifiers[index] is not average
    ]
    if not subgroups:
        return
    with_subgroups = {paths[index] for index in subgroups}
    for index in [i for i, path in enumerate(paths) if path in with_subgroups]:
        kind = subjects[index][0]
        if kind in _NOT_COMPARED or kind == "subgroup":
            continue
        if pers[index] is not None or qualifiers[index] is average:  # not _summable
            continue
        key = (paths[index], measures[index], planned[index])
        best = wholes.get(key)
        high = intervals[index].high
        best_high = None if best is None else intervals[best].high
        if best is None or (high is not None and (best_high is None or high < best_high)):
            wholes[key] = index
    for index in subgroups:
        located = figures[index]
        figure = located.figure
        measures = [figure.measure]
        stage = _STAGE.get(figure.measure)
        if stage is not None:
            measures += list(reversed(FUNNEL[:stage]))
        cohort_path = paths[index]
        for measure in measures:
            whole = wholes.get((cohort_path, measure, figure.planned))
            if whole is None or not _below(intervals[index], intervals[whole]):
                continue
            big, small = located, figures[whole]
            if not comparable(
                big.figure,
                small.figure,
                languages=(figure_language(context, big), figure_language(context, small)),
            ):
                continue
            kind = describe_subject(small).split(" ")[0]
            yield context.finding(
                f"{describe_subject(big).capitalize()} of {describe_subject(small)} has "
                f"{figure.measure.value} {quantity_text(big)}, more than the whole {kind}'s "
                f"{measure.value} {quantity_text(small)}.",
                ids=[figure.id, small.figure.id],
                evidence=[Evidence.of(big), Evidence.of(small)],
                hint="Check both figures against their sources, and that the sub-group "
                "belongs to this record.",
            )
            break


RULES = (funnel_order, breakdown_sum, subgroup_exceeds_whole)
