"""MH111 to MH114: counts against the items listed, percentages against their figures.

A count can hold the items the report names for it (a figure's `listing`); a percent
change can name the two figures it relates (`change_from`, `change_to`), and a share the
part and the whole it is of (`share_part`, `share_whole`). These rules check each against
what it relates, on intervals: every hedge of every figure involved widens what is
admitted, and a stated percentage stands for every value that rounds to it. A last rule
checks that the figures one chain of `repeats` joins can all be true at once.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from decimal import Decimal
from operator import attrgetter

from ...dataset import LocatedFigure
from ...enums import Rank
from ...interval import Interval
from ...quantity import Qualifier
from .._numbers import as_decimal, printed_interval, show
from ..context import Context, describe_subject
from ..findings import Evidence, Finding, Severity
from ..registry import rule
from .conflicts import quantity_text
from .rates import _range
from .wholes import _agree, summable

__all__ = ["RULES", "listed_items", "percent_change", "repeats_jointly", "share_of_whole"]

_SHOWN = 12
_HUNDRED = Decimal(100)
# Qualifiers whose interval is a matter of wording, not of logic: a list that falls
# outside "about 20" is likely wrong, not impossible.
_LOOSE = frozenset({Qualifier.APPROXIMATE, Qualifier.ALMOST, Qualifier.SEVERAL})


def _items_text(items: Sequence[str]) -> str:
    shown = list(items[:_SHOWN])
    if len(items) > _SHOWN:
        shown.append(f"and {len(items) - _SHOWN:,} more")
    return "; ".join(shown)


_listing_of = attrgetter("listing")


@rule("MH111", severity="error")
def listed_items(context: Context) -> Iterator[Finding]:
    """A count that the items the report names for it contradict.

    **What it checks.** A figure's `listing` holds the items the report names for its
    count ("11 countries (Uganda, Democratic Republic of Congo, ...)"), each once. The
    number of items is compared with the count's interval, so hedges count ("more than 10
    countries" admits 11 named but not 10; "almost 12" admits 11 or 12):

    - more items named than the count admits cannot be: an `error` whatever the list
      says of itself, or a `warning` when the count is loosely hedged ("about",
      "almost", "hundreds");
    - fewer items named than the count admits is an `error` when the list is stated as
      the complete enumeration (`complete` true: a list in brackets or after a colon
      right after the count), a `warning` when the report names the items without saying
      whether they are all (`complete` unset: one may be missing from the report), or
      when the count is loosely hedged, and nothing when they are stated as examples
      (`complete` false: "including", "entre ellas").

    Rates and averages are not counts of items, and are not compared.

    **Why it matters.** A count and the list it announces are two statements of one
    fact: when they differ, either the count is wrong or an item is missing or extra,
    and a union of lists (how many countries two programmes reach together) is wrong.

    **Example.** IMSS-Bienestar (shared report 07) is reported: "el instituto otorgó
    servicios de salud a migrantes a través de nueve puntos ubicados en Chiapas, Oaxaca,
    Tamaulipas y Baja California", then names eight (five in Chiapas, "el albergue
    Hermanos en el Camino, en Ixtepec", "la Casa del Migrante Amar, en Nuevo Laredo",
    "la Casa del Migrante San Juan Diego, en Matamoros") and none in Baja California: a
    warning, since the report does not say its list is complete. The MHADRI course
    (shared report 05) passes: "130 participants from 11 countries (Uganda, Democratic
    Republic of Congo, Sierra Leone, Somalia, South Africa, Sudan, South Sudan,
    Tanzania, Zambia, Zimbabwe, Turkey)" names eleven.
    """
    # Intervals are asked for only when a figure has a listing: most datasets have none.
    figures = context.figures
    listings = map(_listing_of, context._shared.figure_records)
    for index in [i for i, listing in enumerate(listings) if listing is not None]:
        located = figures[index]
        listing = located.figure.listing
        assert listing is not None
        quantity = located.figure.quantity
        if not summable(quantity):
            continue
        interval = context.intervals[index]
        named = len(listing.items)
        loose = quantity.qualifier in _LOOSE
        severity: Severity | None
        if interval.high is not None and named > interval.high:
            relation = "more"
            severity = Severity.WARNING if loose else None
        elif named < interval.low and listing.complete is not False:
            relation = "fewer"
            severity = None if listing.complete and not loose else Severity.WARNING
        else:
            continue
        stated = (
            "stated as the complete list"
            if listing.complete
            else "named without saying whether they are all"
        )
        if relation == "more":
            stated = "stated as examples" if listing.complete is False else stated
        evidence = [Evidence.of(located)]
        if listing.citation is not None:
            evidence.append(
                Evidence(
                    id=located.figure.id,
                    path=f"{located.path}.listing",
                    statement=f"{named} items listed",
                    citation=listing.citation,
                )
            )
        yield context.finding(
            f"{quantity_text(located)} of {describe_subject(located)} counts "
            f"{_admits(interval)}, but the report names {named} ({stated}), {relation} "
            f"than the count admits: {_items_text(listing.items)}.",
            ids=[located.figure.id],
            evidence=evidence,
            severity=severity,
            hint="Check the count and the list against the quote: if an item is missing "
            "from the report, say so in a note; if the listing holds an item that is not "
            "counted, correct it; set `complete` to what the report says.",
        )


def _admits(interval: Interval) -> str:
    if interval.high is None:
        return f"{show(interval.low)} or more"
    if interval.low == interval.high:
        return show(interval.low)
    return f"{show(interval.low)} to {show(interval.high)}"


def _stated(located: LocatedFigure, interval: Interval) -> Interval:
    """A stated percentage's interval, widened to every value that rounds to it."""
    value = located.figure.quantity.value
    if located.figure.quantity.qualifier is not Qualifier.EXACT:
        return interval
    # A whole percentage stands at least for what rounds to it: "0 %" admits 0.4 %.
    half = Decimal("0.5") if type(value) is int else Decimal(0)
    low = max(as_decimal(value) - half, Decimal(0))
    return interval.hull(printed_interval(value)).hull(Interval(low=low, high=value + half))


def _figure(context: Context, id: str | None, own: int) -> int | None:
    if id is None:
        return None
    found = context.figure_ids.get(id)
    return None if found == own else found


def _linked_pair(
    context: Context, own: int, first_id: str | None, second_id: str | None
) -> tuple[int, int] | None:
    """The two figures a percentage names, when it can be checked against them.

    Both exist, are other than the percentage and each other (MH109 reports links that
    cannot hold), count the same thing in units that agree, and add up (neither is a
    rate or an average).
    """
    first, second = _figure(context, first_id, own), _figure(context, second_id, own)
    if first is None or second is None or first == second:
        return None
    figures = context.figures
    if not (summable(figures[first].figure.quantity) and summable(figures[second].figure.quantity)):
        return None
    return (first, second) if _agree(context, first, second) else None


def _linked_pairs(
    context: Context, first_link: str, second_link: str
) -> Iterator[tuple[int, LocatedFigure, int, int]]:
    """Each percentage that names two figures by these links, and the two, checkable."""
    figures = context.figures
    for index in context._shared.linked:
        located = figures[index]
        figure = located.figure
        first_id, second_id = getattr(figure, first_link), getattr(figure, second_link)
        if first_id is None or second_id is None:
            continue  # no pair to check (MH109 reports a link to no figure)
        pair = _linked_pair(context, index, first_id, second_id)
        if pair is not None:
            yield index, located, *pair


@rule("MH112", severity="error")
def percent_change(context: Context) -> Iterator[Finding]:
    """A percent change that the two figures it relates contradict.

    **What it checks.** A figure that states a change in percent ("creció más de 400%")
    and names the figures it relates, `change_from` (the earlier value) and `change_to`
    (the later), should be (to - from) / from × 100. Each of the three is taken as its
    interval: the change admits every value its qualifier allows and, stated exactly,
    every value that rounds to it ("40 percent" is 39.5 to 40.5); the computed change
    runs from the lowest `to` over the highest `from` to the highest `to` over the lowest
    `from`. The finding says the stated change and the one computed, when the two
    intervals do not overlap. A stated change is a size ("fell 20%" and "grew 20%" both
    record 20): it is compared with the size of the change, rise or fall. The two figures
    must count the same thing (their measures and units agree) and neither is a rate or
    an average; a link to no figure is MH109's.

    **Why it matters.** A percentage is what readers quote: a change that its own
    figures do not give means a figure, or the percentage, is misreported.

    **Example.** IMSS-Bienestar (shared report 07) passes: "creció más de 400%, pues en
    2013 atendió a 7 mil 45 y en 2018 a 38 mil 215": (38,215 - 7,045) / 7,045 is a
    change of 442.4 %, more than 400 %. Had it said "creció más de 500%", it would be
    reported.
    """
    figures = context.figures
    for index, located, start, end in _linked_pairs(context, "change_from", "change_to"):
        figure = located.figure
        intervals = context.intervals
        before, after = intervals[start], intervals[end]
        if before.high is not None and before.high <= 0:
            continue
        # (to - from) / from rises with `to` and falls with `from`: its lowest value is
        # the lowest `to` over the highest `from` (-100 % when `from` has no upper bound).
        low = (
            -_HUNDRED
            if before.high is None
            else (as_decimal(after.low) / as_decimal(before.high) - 1) * _HUNDRED
        )
        high = (
            None
            if after.high is None or before.low <= 0
            else (as_decimal(after.high) / as_decimal(before.low) - 1) * _HUNDRED
        )
        computed = _size(low, high)
        stated = _stated(located, intervals[index])
        if stated.overlaps(computed):
            continue
        first, second = figures[start], figures[end]
        yield context.finding(
            f"{quantity_text(located)} of {describe_subject(located)} is stated as the change "
            f"from {quantity_text(first)} to {quantity_text(second)}, but they make a change "
            f"of {_range(computed)} %, "
            f"{'more' if computed.low > _top(stated) else 'less'} than stated.",
            ids=[figure.id, first.figure.id, second.figure.id],
            evidence=[Evidence.of(located), Evidence.of(first), Evidence.of(second)],
            hint="Check the three figures against their quotes, and that change_from names "
            "the earlier value and change_to the later.",
        )


def _size(low: Decimal, high: Decimal | None) -> Interval:
    """The sizes of the changes from ``low`` to ``high`` (in percent), rises and falls alike."""
    if low >= 0:
        return Interval(low=low, high=high)
    if high is not None and high <= 0:
        return Interval(low=-high, high=-low)
    return Interval(low=0, high=None if high is None else max(-low, high))


def _top(interval: Interval) -> Decimal:
    return Decimal("Infinity") if interval.high is None else as_decimal(interval.high)


@rule("MH113", severity="error")
def share_of_whole(context: Context) -> Iterator[Finding]:
    """A share in percent that its part and its whole contradict.

    **What it checks.** A figure that states a share ("30% of the participants") and
    names its part and its whole (`share_part`, `share_whole`) should be part / whole ×
    100. Hedges count on all three figures, and a share stated exactly stands for every
    value that rounds to it ("70.5 %" is 70.45 to 70.55; "70 %" is 69.5 to 70.5). The
    computed share runs from the lowest part over the highest whole to the highest part
    over the lowest whole; the two intervals must overlap. A share above 100 % of a
    whole that its part cannot exceed is reported the same way. Part and whole must
    count the same thing and neither is a rate or an average.

    **Why it matters.** A share that does not match its own figures is misreported or
    computed from other figures than the ones it is given with; aggregating it passes
    the error on.

    **Example.** The Mexico-Chile diploma (seed report 000) gives "564 students selected
    from a total of 800 applicants": a share of 70.5 % recorded with them as part and
    whole passes, and a share of 75 % would be reported (564 of 800 is 70.5 %). None of
    the thirteen reports of the built-in dataset states a share beside its part and
    whole.
    """
    figures = context.figures
    for index, located, part, whole in _linked_pairs(context, "share_part", "share_whole"):
        figure = located.figure
        intervals = context.intervals
        numerator, denominator = intervals[part], intervals[whole]
        if denominator.high is None or denominator.high == 0:
            continue
        low = as_decimal(numerator.low) / as_decimal(denominator.high) * _HUNDRED
        high = (
            None
            if numerator.high is None or denominator.low == 0
            else as_decimal(numerator.high) / as_decimal(denominator.low) * _HUNDRED
        )
        computed = Interval(low=low, high=high)
        stated = _stated(located, intervals[index])
        if stated.overlaps(computed):
            continue
        first, second = figures[part], figures[whole]
        yield context.finding(
            f"{quantity_text(located)} of {describe_subject(located)} is stated as the share "
            f"of {quantity_text(first)} in {quantity_text(second)}, but they make "
            f"{_range(computed)} %, "
            f"{'more' if computed.low > _top(stated) else 'less'} than stated.",
            ids=[figure.id, first.figure.id, second.figure.id],
            evidence=[Evidence.of(located), Evidence.of(first), Evidence.of(second)],
            hint="Check the three figures against their quotes, and that share_part and "
            "share_whole name the part and the whole the share is of.",
        )


@rule("MH114", severity="error")
def repeats_jointly(context: Context) -> Iterator[Finding]:
    """Figures joined as one fact by `repeats` whose hedges cannot all hold at once.

    **What it checks.** Figures that `repeats` links join, directly or through other
    repeats, state one fact, so one value must lie in all their intervals: the highest
    low bound must not be above the lowest high bound. MH109 checks each link on its own;
    this rule checks the whole chain, which a pair at a time misses: "about 300,000"
    repeated as "almost 300,000" (270,000 to 300,000) and as "more than 300,000" agree
    pair by pair with the first, but not with each other. Every figure of the chain is
    named. Deprecated figures are left out (their rank already says they are wrong), and
    so are chains whose figures measure different things (MH109 reports those links).

    On one line, intervals that overlap two by two share a point (Helly's theorem), so
    among figures about the same thing (same record, measure, unit and period) MH101's
    pairs already find every set of hedges that cannot all hold; a chain of repeats is
    not compared pair by pair, and needs this rule.

    **Why it matters.** A total counts the chain once: if its figures cannot all be
    true, one of them is misread, or one is not a repeat of the others at all.

    **Example.** The 2006 Binational Health Week (shared reports 01 and 02) passes:
    "Some 300,000 people participated" (RWJF) is repeated by "Cerca de 300,000
    connacionales" (IME): 270,000 to 300,000 lies within some 300,000. Had a third
    source said "more than 300,000" and repeated the RWJF figure, the three would be
    reported together.
    """
    figures = context.figures
    parent: dict[int, int] = {}

    def find(index: int) -> int:
        root = index
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(index, index) != root:
            parent[index], index = root, parent[index]
        return root

    for index in context._shared.linked:
        repeats = figures[index].figure.repeats
        if repeats is None:
            continue
        target = context.figure_ids.get(repeats)
        if target is None or target == index:
            continue
        a, b = find(index), find(target)
        if a != b:
            parent[max(a, b)] = min(a, b)
    if not parent:
        return
    intervals = context.intervals
    chains: dict[int, list[int]] = {}
    for index in list(parent):
        chains.setdefault(find(index), []).append(index)
    for root, members in chains.items():
        if root not in members:
            members.append(root)
        kept = sorted(m for m in members if figures[m].figure.rank is not Rank.DEPRECATED)
        if len(kept) < 3:
            continue
        if len({figures[m].figure.measure for m in kept}) > 1:
            continue
        highest = max(kept, key=lambda m: intervals[m].low)
        lowest = min(kept, key=lambda m: _top(intervals[m]))
        joint: Interval | None = intervals[kept[0]]
        for member in kept[1:]:
            joint = None if joint is None else joint.intersection(intervals[member])
        if joint is not None:
            continue
        if figures[highest].figure.repeats in (figures[lowest].figure.id,) or figures[
            lowest
        ].figure.repeats in (figures[highest].figure.id,):
            continue  # the two that cannot meet are linked directly: MH109 says so
        listed = "; ".join(
            f"{quantity_text(figures[m])} of {describe_subject(figures[m])}" for m in kept
        )
        yield context.finding(
            f"{len(kept)} figures are joined by repeats as one fact, but no value satisfies "
            f"them all: {listed}. {quantity_text(figures[highest])} and "
            f"{quantity_text(figures[lowest])} cannot both hold, though each agrees with the "
            "figure it repeats.",
            ids=[figures[m].figure.id for m in kept],
            evidence=[Evidence.of(figures[m]) for m in kept],
            hint="Check each figure's qualifier against its quote; if one states another "
            "fact, remove its repeats link.",
        )


RULES = (listed_items, percent_change, share_of_whole, repeats_jointly)
