"""MH101 and MH102: figures about the same thing that disagree."""

from __future__ import annotations

import heapq
from collections.abc import Iterator, Sequence
from decimal import Decimal
from itertools import repeat
from operator import is_, itemgetter

from ...dataset import LocatedFigure
from ...enums import Measure, Rank
from ...interval import Interval, Number
from ...quantity import Qualifier
from ...units import read_unit, units_agree
from .._numbers import is_time_rate, rounding_step, show, transposition
from ..context import Context, describe_subject, repeated
from ..findings import Evidence, Finding, Severity
from ..registry import rule

__all__ = ["RULES", "average_beside_total", "conflicting_figures"]

_COHORT_SIZES = (Measure.SELECTED, Measure.ENROLLED, Measure.PARTICIPANTS)
_SHOWN = 6


def quantity_text(located: LocatedFigure) -> str:
    """``564 people (diploma-selected)``: a figure's quantity and its id."""
    return f"{located.figure.quantity} ({located.figure.id})"


def number_notes(first: Number, second: Number) -> str:
    """Sentences saying when two reported values are a transposition or a rounding apart."""
    notes = []
    swapped = transposition(first, second)
    if swapped is not None:
        notes.append(
            f"{show(first)} and {show(second)} are a digit transposition of each other "
            f"(the {swapped[0]} and the {swapped[1]} change places), so one is likely a "
            "misprint of the other."
        )
    step = rounding_step(first, second)
    if step is not None:
        rounded, other = (first, second) if as_multiple(first, step) else (second, first)
        notes.append(
            f"{show(other)} rounds to {show(rounded)} at the nearest {step:,}, so the two "
            "may be one number, once rounded."
        )
    return " ".join(notes)


def as_multiple(value: Number, step: int) -> bool:
    """Whether ``value`` is a non-zero whole multiple of ``step``."""
    return value != 0 and Decimal(value) % step == 0


def _high(interval: Interval) -> Number | float:
    return float("inf") if interval.high is None else interval.high


def _in_conflict(members: Sequence[int], intervals: Sequence[Interval]) -> list[int]:
    """The members whose interval is disjoint from another member's, in document order.

    A member is in conflict when its low bound is above the lowest high bound of the
    others, or its high bound below their highest low bound; the two lowest highs and
    two highest lows are enough to tell, so this is linear in the group's size.
    """
    by_high = heapq.nsmallest(2, members, key=lambda m: _high(intervals[m]))
    by_low = heapq.nlargest(2, members, key=lambda m: intervals[m].low)
    involved = []
    for member in members:
        lowest_high = next(m for m in by_high if m != member)
        highest_low = next(m for m in by_low if m != member)
        interval = intervals[member]
        if interval.low > _high(intervals[lowest_high]) or _high(interval) < (
            intervals[highest_low].low
        ):
            involved.append(member)
    return involved


def _listing(items: Sequence[str]) -> str:
    shown = list(items[:_SHOWN])
    if len(items) > _SHOWN:
        shown.append(f"{len(items) - _SHOWN:,} more")
    if len(shown) == 1:
        return shown[0]
    return ", ".join(shown[:-1]) + " and " + shown[-1]


@rule("MH101", severity="error")
def conflicting_figures(context: Context) -> Iterator[Finding]:
    """Two or more figures about the same thing whose intervals do not overlap.

    **What it checks.** Figures are about the same thing when they have the same subject
    (the cohort, statistic, sub-group, breakdown part, programme or organisation they sit
    in), the same measure, the same period (a figure without a period covers that of the
    record around it), the same `planned` flag, and are both averages or both not, and
    per the same thing (`per`). Each figure stands for the interval its qualifier admits;
    the figures conflict when two of those intervals do not overlap. Hedged figures that
    agree are not conflicts: "almost half a million" (450,000 to 500,000) and 480,000
    overlap. The finding says when the two most distant values are a digit transposition
    of each other (two neighbouring digits swapped: 564 and 546), and when they are a
    rounding step apart (one is the other rounded to the nearest power of ten, 10 or
    more: 8,712,000 and 8,700,000 at the nearest 100,000).

    **Units.** Only figures that count the same thing are compared: within a measure,
    their units must agree once read for comparison (case, accents and plurals folded,
    the head noun kept, the words of four languages; see
    [Units as written](units.md)). "79 municipios" and "9 entidades"
    are places of two kinds and never conflict, nor "2 consultorios" and "1 farmacia";
    "consultas médicas" and "consultations" are one thing, and "services" or "people"
    stand for whatever the measure counts. Figures of different measures are never
    compared, except for the transposed stages below.

    **Parts and increments.** A figure that is a part of another (`part_of`), an addition
    to another (`increment_of`), or the new total an increment makes (named by
    `new_total`) is not another statement of the same thing, and is not compared here,
    nor is a figure that repeats one of them: MH107 and MH108 check it against its
    whole. "352 médicos" and "84 más para dar un total de 436" do not conflict.

    **Ranks.** A conflict is reported whatever the figures' ranks, and the message says
    which side is deprecated and why, and which is preferred. Ranks set the severity:
    when the figures left once deprecated ones are set aside agree, the dataset has
    already said which to trust and the finding is `info`; when a preferred figure is
    involved and the preferred figures agree among themselves, it is a `warning` (a
    figure that contradicts the preferred one is kept without being deprecated);
    otherwise it is an `error`.

    **Selected and participants.** `selected`, `enrolled` and `participants` are
    different stages of a cohort's funnel, so they are not the same thing: some people
    selected may never take part, and a drop from one stage to the next is not by itself
    a conflict (a rise is, and MH103 reports it). But when one source reports two of
    these stages for one cohort and period, with exact whole values that are a digit
    transposition of each other, the rule reports a conflict: a drop that happens to
    swap two digits is far less likely than a misprint of one number, and the source then
    gives two sizes for one cohort.

    **Across sources.** Figures of one record from several sources are compared like any
    others; when the figures in conflict come from more than one source, the message
    names each source and quotes what it says.

    **Why it matters.** Two figures that cannot both be true mean at least one is wrong;
    aggregating either one silently passes the error on. Both are kept, each with its
    quote, for the user to decide.

    **Example.** The Mexico-Chile diploma (seed report 000): "the diploma course had 564
    students selected from a total of 800 applicants" and "546 people from both
    countries participated". 564 and 546 are the same digits with the 6 and the 4
    swapped, reported by one source for one cohort. The 2006 Binational Health Week
    (shared reports 01 and 02) passes: "Some 300,000 people participated" and "Cerca de
    300,000 connacionales tuvieron acceso" overlap (270,000 to 300,000 lies within some
    300,000). Hedges meet or not as a whole: on one line, intervals that overlap two by
    two share a value, so checking pairs finds every set of figures that cannot all be
    true, and "almost 2,000" beside "more than 2,300" of one thing is reported with
    both named.
    """
    figures, subjects, periods = context.figures, context.subjects, context.periods
    shared = context._shared
    # Parts ("of which"), increments and the new totals they make are not other statements
    # of their whole: MH107 and MH108 check them against it.
    # A figure that repeats one of them is left out with it.
    linked = [figures[index].figure for index in shared.linked]
    apart = {figure.new_total for figure in linked if figure.new_total is not None}
    apart.update(
        figure.id
        for figure in linked
        if figure.part_of is not None or figure.increment_of is not None
    )
    left_out = (
        {
            index
            for index, figure in enumerate(shared.figure_records)
            if figure.id in apart
            or figure.part_of is not None
            or figure.increment_of is not None
            or figure.repeats in apart
        }
        if apart
        else set()
    )
    # Each figure's key, made from the shared columns in one go; a figure left out has
    # none. Most keys are seen once: only those seen again are grouped, each group in
    # the order of its second figure, as it is found to be one.
    qualifiers, pers, measures, planned = (
        shared.qualifiers,
        shared.pers,
        shared.measures,
        shared.planned,
    )
    keys: list[tuple[object, ...] | None] = list(
        zip(
            subjects,
            measures,
            periods,
            planned,
            map(is_, qualifiers, repeat(Qualifier.AVERAGE)),
            pers,
            strict=True,
        )
    )
    for index in left_out:
        keys[index] = None
    groups = sorted(repeated(keys).values(), key=itemgetter(1))
    # Two cohort sizes that may be a transposition have the same digits, from one source.
    exact, cohort_sizes = Qualifier.EXACT, frozenset(_COHORT_SIZES)
    sizes: dict[int, tuple[object, ...]] = {}
    records = shared.figure_records
    for index in [i for i, measure in enumerate(measures) if measure in cohort_sizes]:
        figure = records[index]
        citation = figure.citation
        if (
            qualifiers[index] is exact
            and pers[index] is None
            and type(figure.quantity.value) is int
            and citation is not None
            and index not in left_out
        ):
            sizes[index] = (subjects[index], citation.source, periods[index], planned[index])
    stages: list[list[int]] = []
    for members in repeated(list(sizes.values()), list(sizes)).values():
        by_digits: dict[str, list[int]] = {}
        for member in members:
            digits = "".join(sorted(str(records[member].quantity.value)))
            by_digits.setdefault(digits, []).append(member)
        stages.extend(found for found in by_digits.values() if len(found) > 1)
    stages.sort(key=itemgetter(0))  # in the order of their first figure
    reported: set[tuple[int, ...]] = set()
    for members in groups:
        for cluster in _unit_clusters(context, members):
            yield from _same_measure(context, cluster, reported)
    for members in stages:
        yield from _transposed_stages(context, members)


def figure_language(context: Context, located: LocatedFigure) -> str | None:
    """The language of the source a figure cites, for reading its unit; ``None`` if unknown."""
    citation = located.figure.citation
    if citation is None:
        return None
    source = context.source(citation.source)
    return None if source is None else source.language


def _unit_clusters(context: Context, members: list[int]) -> list[list[int]]:
    """``members`` split into groups whose units agree (see :func:`units_agree`).

    Figures whose units read the same form one group; a figure whose unit is generic for
    what the measure counts ("services", "people") joins every group it agrees with.
    """
    figures = context.figures
    units = [figures[m].figure.quantity.unit for m in members]
    if len(set(units)) == 1:
        return [members]
    languages = [figure_language(context, figures[m]) for m in members]
    readings = [read_unit(unit, language) for unit, language in zip(units, languages, strict=True)]
    if len({reading.normalised for reading in readings}) == 1:
        return [members]
    counts = figures[members[0]].figure.measure.counts
    specific: dict[str, list[int]] = {}
    generic: list[int] = []
    for position, reading in enumerate(readings):
        if reading.generic:
            generic.append(position)
        else:
            specific.setdefault(reading.normalised, []).append(position)
    clusters = []
    joined: set[int] = set()
    for positions in specific.values():
        first = positions[0]
        cluster = list(positions)
        for position in generic:
            if units_agree(
                units[position],
                units[first],
                counts=counts,
                languages=(languages[position], languages[first]),
            ):
                cluster.append(position)
                joined.add(position)
        clusters.append(sorted(cluster))
    if len(generic) > 1 and (not specific or len(joined) < len(generic)):
        clusters.append(generic)
    return [[members[p] for p in cluster] for cluster in clusters if len(cluster) > 1]


def rank_notes(figures: Sequence[LocatedFigure]) -> str:
    """Sentences saying which of ``figures`` are deprecated, and why, and which preferred."""
    notes = []
    for located in figures:
        figure = located.figure
        if figure.rank is Rank.DEPRECATED:
            notes.append(f"{figure.id} is deprecated: {figure.reason}.")
        elif figure.rank is Rank.PREFERRED:
            why = f": {figure.reason}" if figure.reason else ""
            notes.append(f"{figure.id} is preferred{why}.")
    return " ".join(notes)


def rank_severity(
    members: Sequence[int], involved: Sequence[int], context: Context
) -> Severity | None:
    """The severity ranks give a conflict of ``involved`` among ``members``, or ``None``.

    ``info`` when the members left once deprecated ones are set aside agree; ``warning``
    when preferred figures are involved and agree among themselves; else ``None``, which
    keeps the rule's severity.
    """
    figures, intervals = context.figures, context.intervals
    ranks = [figures[m].figure.rank for m in members]
    if Rank.DEPRECATED in ranks:
        kept = [m for m, rank in zip(members, ranks, strict=True) if rank is not Rank.DEPRECATED]
        if len(kept) < 2 or not _in_conflict(kept, intervals):
            return Severity.INFO
    preferred = [m for m in involved if figures[m].figure.rank is Rank.PREFERRED]
    if preferred and (len(preferred) < 2 or not _in_conflict(preferred, intervals)):
        return Severity.WARNING
    return None


def _same_measure(
    context: Context, members: list[int], seen: set[tuple[int, ...]]
) -> Iterator[Finding]:
    figures, intervals = context.figures, context.intervals
    involved = _in_conflict(members, intervals)
    if not involved or tuple(involved) in seen:
        return
    seen.add(tuple(involved))
    lowest = min(involved, key=lambda m: _high(intervals[m]))
    highest = max(involved, key=lambda m: intervals[m].low)
    first = figures[lowest]
    measure = first.figure.measure.value
    period = context.periods[lowest]
    during = f" for {period}" if period is not None else ""
    values = [quantity_text(figures[m]) for m in involved]
    where = f"For {describe_subject(first)}{during}, {measure} are given as"
    if len(involved) == 2:
        message = f"{where} {values[0]} and as {values[1]}; these cannot both be true."
    else:
        message = (
            f"{where} {_listing(values)}, which cannot all be true: "
            f"{quantity_text(first)} and {quantity_text(figures[highest])} do not overlap."
        )
    cited = [figures[m].figure.citation for m in involved]
    if len({citation.source for citation in cited if citation is not None}) > 1:
        said = "; ".join(
            f"{citation.source} says {citation.quote!r}"
            for citation in cited
            if citation is not None
        )
        message = f"{message} The sources differ: {said}."
    a, b = sorted((lowest, highest))
    notes = number_notes(figures[a].figure.quantity.value, figures[b].figure.quantity.value)
    ranked = rank_notes([figures[m] for m in involved])
    severity = rank_severity(members, involved, context)
    yield context.finding(
        " ".join(part for part in (message, notes, ranked) if part),
        ids=[figures[m].figure.id for m in involved],
        evidence=[Evidence.of(figures[m]) for m in involved],
        hint=_RANKED_HINT if severity is Severity.INFO else _HINT,
        severity=severity,
    )


_HINT = (
    "Check each figure against its source. Keep both, each with its quote, and say which "
    "one you trust: give the wrong one rank 'deprecated' with the reason, or the right one "
    "rank 'preferred'; if one is hedged in the report, record its qualifier so that its "
    "interval is right."
)
_RANKED_HINT = (
    "Nothing to do if the deprecated figure's reason still holds: it is kept with its "
    "quote, and totals leave it out."
)


def _transposed_stages(context: Context, members: list[int]) -> Iterator[Finding]:
    figures = context.figures
    distinct: dict[tuple[Measure, Number], int] = {}
    for member in members:
        figure = figures[member].figure
        distinct.setdefault((figure.measure, figure.quantity.value), member)
    ordered = sorted(distinct.items(), key=lambda item: _COHORT_SIZES.index(item[0][0]))
    for position, ((measure_a, value_a), a) in enumerate(ordered):
        for (measure_b, value_b), b in ordered[position + 1 :]:
            if measure_a is measure_b or transposition(value_a, value_b) is None:
                continue
            first, second = figures[a], figures[b]
            if not units_agree(
                first.figure.quantity.unit,
                second.figure.quantity.unit,
                counts=measure_a.counts,
                languages=(figure_language(context, first), figure_language(context, second)),
            ):
                continue
            assert first.figure.citation is not None
            message = (
                f"Source {first.figure.citation.source!r} reports {measure_a.value} "
                f"{quantity_text(first)} and {measure_b.value} {quantity_text(second)} for "
                f"{describe_subject(first)}. {number_notes(value_a, value_b)} A drop "
                f"from {measure_a.value} to {measure_b.value} is possible in itself, but "
                "not one that swaps two digits: the source gives two sizes for one cohort."
            )
            ranked = rank_notes([first, second])
            yield context.finding(
                f"{message} {ranked}".strip(),
                ids=[first.figure.id, second.figure.id],
                evidence=[Evidence.of(first), Evidence.of(second)],
                severity=rank_severity([a, b], [a, b], context),
                hint="Find out which number is right (another report, the organisers); "
                "keep both figures with their quotes and say in a note which one you trust.",
            )


def _countries(located: LocatedFigure) -> frozenset[str]:
    record = located.statistic or located.cohort
    return frozenset(() if record is None else record.countries)


def _average_key(located: LocatedFigure, period: str | None) -> tuple[object, ...]:
    figure = located.figure
    return (_owner(located), figure.measure, figure.planned, period, _countries(located))


def _owner(located: LocatedFigure) -> tuple[str, str]:
    if located.programme is not None:
        return "programme", located.programme.id
    assert located.organisation is not None
    return "organisation", located.organisation.id


def _owned_by(context: Context, owners: set[object]) -> list[int]:
    """The positions of the organisations' figures, and of the programmes' among ``owners``.

    In document order: the organisations' figures come first, then each programme's.
    """
    runs = context._shared.programme_runs
    found = list(range(runs[0][0].start if runs else len(context.figures)))
    for run, programme, _ in runs:
        if ("programme", programme.id) in owners:
            found.extend(run)
    return found


@rule("MH102", severity="warning")
def average_beside_total(context: Context) -> Iterator[Finding]:
    """An average and a total of the same campaign that are implausible together.

    **What it checks.** An average ("an average of 400,000 people") and a figure that
    is not an average (a total, or a count over some span) are never compared as a
    conflict: a mean over occurrences and a count over a span measure different things.
    They are compared here instead, when they belong to the same programme (or
    organisation), have the same measure and the same `planned` flag, and the same
    period and countries as far as the dataset says (a figure's period is its own or that
    of the record around it; its countries are those of its statistic or cohort; both
    unknown counts as the same). The pair is implausible when the total is neither the
    average itself (its interval does not contain the average) nor at least two
    occurrences' worth of it (its high bound is below twice the average): a total below
    one occurrence is less than the average says a single one holds, and a total between
    one and two occurrences cannot cover the several occurrences that make an average.
    An average per day, week, month or year over a known period is left to MH106, which
    can count the occurrences in the period.

    **Why it matters.** The two figures may be about different groups, or one may be
    misreported; either way, adding them up or comparing campaigns with them would
    mislead. It is a warning, not an error: the report does not say how many occurrences
    the total covers.

    **Example.** The 22nd Binational Health Week (seed report 001): "an average of
    400,000 people are served" during a health week, and "in past years the Binational
    Health Week has benefited almost half a million" uninsured Mexican immigrants: almost
    half a million (450,000 to 500,000) is more than one week's average, but less than two.
    """
    figures, intervals, periods = context.figures, context.intervals, context.periods
    shared = context._shared
    averages: dict[tuple[object, ...], int] = {}
    totals: dict[tuple[object, ...], list[int]] = {}
    averaged, pers = Qualifier.AVERAGE, shared.pers
    for index in [i for i, qualifier in enumerate(shared.qualifiers) if qualifier is averaged]:
        located = figures[index]
        if periods[index] is not None and is_time_rate(pers[index]):
            continue
        key = _average_key(located, periods[index])
        best = averages.get(key)
        if best is None or intervals[index].low > intervals[best].low:
            averages[key] = index
    if not averages:
        return
    # Only figures of an owner and measure that has an average can be its total.
    wanted = {(key[0], key[1]) for key in averages}
    measures = {key[1] for key in averages}
    # A figure's owner and countries are those of its records, which hold many figures:
    # each is worked out once per record object (records live as long as the dataset).
    owners: dict[int, tuple[str, str]] = {}
    countries: dict[int, frozenset[str]] = {}
    qualifiers, all_measures, records = shared.qualifiers, shared.measures, shared.figure_records
    programmes, organisations = shared.programmes, shared.organisations
    cohorts, statistics = shared.cohorts, shared.statistics
    for index in _owned_by(context, {owner for owner, _ in wanted}):
        if (
            all_measures[index] not in measures
            or qualifiers[index] is averaged
            or pers[index] is not None
        ):
            continue
        figure = records[index]
        programme = programmes[index]
        holder = programme or organisations[index]
        owner = owners.get(id(holder))
        if owner is None:
            owner = owners[id(holder)] = _owner(figures[index])
        if (owner, figure.measure) in wanted:
            record = statistics[index] or cohorts[index]
            found = countries.get(id(record))
            if found is None:
                found = countries[id(record)] = frozenset(
                    () if record is None else record.countries
                )
            # _average_key(located, periods[index]), from the parts worked out once.
            key = (owner, figure.measure, figure.planned, periods[index], found)
            if key in averages:
                totals.setdefault(key, []).append(index)
    for group, average in averages.items():
        for total in totals.get(group, ()):
            interval, mean = intervals[total], intervals[average].low
            high = interval.high
            if high is None or interval.contains(mean) or high >= 2 * mean:
                continue
            first, second = figures[average], figures[total]
            owner_kind, owner_id = _owner(first)
            relation = (
                "less than the one occurrence the average describes"
                if high < mean
                else "more than one occurrence's worth but less than two"
            )
            spelled = second.figure.quantity
            shown_total = f"{spelled} {interval}" if interval.low != high else f"{spelled}"
            yield context.finding(
                f"{owner_kind.capitalize()} {owner_id!r} reports {first.figure.measure.value} "
                f"as {quantity_text(first)} and as {shown_total} ({second.figure.id}), "
                f"which is {relation}: a total that is not the average itself should hold "
                f"at least two occurrences ({show(2 * mean)} or more).",
                ids=[first.figure.id, second.figure.id],
                evidence=[Evidence.of(first), Evidence.of(second)],
                hint="Check whether the two count the same people over the same span; if "
                "they are about different groups or periods, record them in different "
                "statistics with their own periods and countries.",
            )


RULES = (conflicting_figures, average_beside_total)
