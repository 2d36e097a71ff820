"""Conflict policies: what to do when figures about the same thing disagree.

Figures are about the same thing when they share a subject, a measure and a period.
Their intervals are compared: when one value lies in all of them, the figures are
repeated mentions of one fact, counted once with the values all of them admit (the
intersection), every citation kept. When no value does, they conflict, and the
:class:`Policy` decides:

============== ==========================================================================
policy         what it does
============== ==========================================================================
strict         raises :class:`~migrationhealth.aggregation.ConflictError` naming them
range          takes the interval spanning every conflicting figure
low            takes the lowest group of agreeing figures
high           takes the highest group of agreeing figures
latest source  takes the figures of the source published last; raises when the sources'
               dates cannot tell them apart (same source, same month, no date)
preferred      takes the figures ranked ``preferred``; raises when none is, or when the
               preferred figures themselves disagree
============== ==========================================================================

Whatever the policy, a figure ranked ``deprecated`` (a misprint, with its reason) is
never counted: the total lists it as left out, with the reason.

Groups of agreeing figures are formed by sweeping the figures from the lowest bound
up, starting a new group when a figure admits no value the current group admits; the
groups are then ordered, each wholly above the last. Whatever the policy, the result
records a :class:`Conflict` with every figure, the policy and what it chose.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Sequence

import attrs

from .._escape import one_line
from ..dates import PartialDate, Period
from ..enums import Measure, Rank
from ..interval import Interval, Number
from .errors import AggregationError
from .provenance import FigureRef

__all__ = ["Conflict", "Policy", "Resolution", "resolve"]


class Policy(enum.Enum):
    """How to treat figures about the same thing that cannot all be true."""

    STRICT = "strict"
    RANGE = "range"
    LOW = "low"
    HIGH = "high"
    LATEST_SOURCE = "latest source"
    PREFERRED = "preferred"

    @classmethod
    def of(cls, value: Policy | str) -> Policy:
        """The policy named ``value``, a :class:`Policy` or its name.

        ``latest source``, ``latest_source`` and ``latest-source`` are one policy.

        >>> Policy.of("latest-source")
        <Policy.LATEST_SOURCE: 'latest source'>
        """
        if isinstance(value, Policy):
            return value
        if isinstance(value, str):
            wanted = " ".join(value.strip().lower().replace("_", " ").replace("-", " ").split())
            for policy in cls:
                if policy.value == wanted:
                    return policy
        allowed = ", ".join(repr(p.value) for p in cls)
        raise AggregationError(f"expected a policy ({allowed}), got {value!r}")


def _high_key(interval: Interval) -> tuple[int, Number]:
    return (1, 0) if interval.high is None else (0, interval.high)


def _show_figure(ref: FigureRef) -> str:
    quote = "" if ref.quote is None else f' "{one_line(ref.quote)}"'
    source = "" if ref.source is None else f" ({ref.source})"
    return f"{ref.id!r} = {ref.quantity} {ref.interval}{source}{quote}"


@attrs.frozen(kw_only=True, repr=False)
class Conflict:
    """Figures about one thing that cannot all be true, and what the policy made of them.

    ``figures`` are every figure about the thing; ``chosen`` are the ids of those the
    policy kept (empty when it kept none and raised); ``interval`` is the result the
    policy gave, ``None`` when unresolved; ``note`` says what was done or why not.
    """

    subject: str
    measure: Measure
    period: Period | None
    figures: tuple[FigureRef, ...]
    policy: Policy
    chosen: tuple[str, ...]
    interval: Interval | None
    note: str

    @property
    def resolved(self) -> bool:
        """Whether the policy gave a result."""
        return self.interval is not None

    def describe(self) -> str:
        """One line naming the thing, each conflicting figure and what was done."""
        when = "" if self.period is None else f", {self.period}"
        shown = "; ".join(_show_figure(ref) for ref in self.figures)
        return f"{self.measure.value} of {self.subject!r}{when}: {shown}; {self.note}"

    def __repr__(self) -> str:
        ids = ", ".join(repr(ref.id) for ref in self.figures)
        outcome = f"-> {self.interval}" if self.interval is not None else "unresolved"
        what = f"{self.measure.value} of {self.subject!r}"
        return f"Conflict({what}: {ids}; {self.policy.value} {outcome})"


@attrs.frozen(kw_only=True)
class Resolution:
    """What became of the figures about one thing: the interval, kept and rejected figures."""

    interval: Interval | None
    used: tuple[FigureRef, ...]
    rejected: tuple[FigureRef, ...]
    conflict: Conflict | None


def _intersection(intervals: Sequence[Interval]) -> Interval | None:
    common: Interval | None = intervals[0]
    for interval in intervals[1:]:
        if common is None:
            return None
        common = common.intersection(interval)
    return common


def _hull(intervals: Sequence[Interval]) -> Interval:
    spanned = intervals[0]
    for interval in intervals[1:]:
        spanned = spanned.hull(interval)
    return spanned


def _clusters(refs: Sequence[FigureRef]) -> list[list[FigureRef]]:
    ordered = sorted(refs, key=lambda r: (r.interval.low, _high_key(r.interval), r.sort_key()))
    clusters: list[list[FigureRef]] = []
    common: Interval | None = None
    for ref in ordered:
        if common is not None:
            joined = _intersection([common, ref.interval])
            if joined is not None:
                clusters[-1].append(ref)
                common = joined
                continue
        clusters.append([ref])
        common = ref.interval
    return clusters


Published = Callable[[str], PartialDate | None]
"""Looks up the publication date of a source by id (``None`` when unknown)."""


def _latest(
    clusters: list[list[FigureRef]], published: Published | None
) -> tuple[list[FigureRef] | None, str]:
    """The cluster holding the figures of the source published last, or why there is none."""
    if published is None:
        return None, "the policy 'latest source' needs the sources' dates: pass sources="
    dates: dict[str, PartialDate] = {}
    for cluster in clusters:
        for ref in cluster:
            if ref.source is None:
                return None, f"{ref.id!r} has no citation, so its source's date is unknown"
            date = published(ref.source)
            if date is None or date.year is None:
                return None, f"the publication date of source {ref.source!r} is unknown"
            dates[ref.source] = date
    latest = max(dates, key=lambda s: (dates[s].earliest(), s))
    for source, date in dates.items():
        if source != latest and dates[latest].earliest() <= date.latest():
            return None, (
                f"sources {latest!r} ({dates[latest]}) and {source!r} ({date}) cannot be "
                "told apart by date"
            )
    holding = [c for c in clusters if any(ref.source == latest for ref in c)]
    if len(holding) != 1:
        return None, f"the latest source, {latest!r}, itself gives conflicting figures"
    return holding[0], f"the latest source is {latest!r} ({dates[latest]})"


def _preferred(refs: Sequence[FigureRef]) -> tuple[list[FigureRef] | None, str]:
    """The figures ranked preferred, when they agree, or why the policy cannot choose."""
    preferred = [ref for ref in refs if ref.rank is Rank.PREFERRED]
    if not preferred:
        return None, (
            "the policy 'preferred' cannot choose: none of them is ranked preferred; rank the "
            "right one preferred, or the wrong one deprecated with its reason"
        )
    if _intersection([ref.interval for ref in preferred]) is None:
        ids = ", ".join(repr(ref.id) for ref in preferred)
        return None, f"the policy 'preferred' cannot choose: the preferred {ids} disagree"
    ids = ", ".join(repr(ref.id) for ref in preferred)
    return preferred, f"the policy 'preferred' took {ids}, ranked preferred"


def resolve(refs: Sequence[FigureRef], policy: Policy, published: Published | None) -> Resolution:
    """Resolve the figures about one thing under ``policy`` (see the module documentation).

    Figures that agree are one fact with the intersection of their intervals. Figures
    that conflict give a :class:`Conflict`: resolved with an interval, or unresolved
    (``interval`` ``None``) for the caller to raise, so that every conflict is reported
    at once.
    """
    ordered = tuple(sorted(refs, key=FigureRef.sort_key))
    common = _intersection([ref.interval for ref in ordered])
    if common is not None:
        return Resolution(interval=common, used=ordered, rejected=(), conflict=None)
    clusters = _clusters(ordered)
    subject, measure, period = ordered[0].subject, ordered[0].measure, ordered[0].period
    chosen: list[FigureRef] | None
    if policy is Policy.STRICT:
        chosen, note = None, "the policy 'strict' does not choose"
    elif policy is Policy.RANGE:
        chosen, note = list(ordered), "the policy 'range' spans them"
    elif policy is Policy.LOW:
        chosen, note = clusters[0], "the policy 'low' took the lowest"
    elif policy is Policy.HIGH:
        chosen, note = clusters[-1], "the policy 'high' took the highest"
    elif policy is Policy.PREFERRED:
        chosen, note = _preferred(ordered)
    else:
        chosen, reason = _latest(clusters, published)
        note = f"the policy 'latest source' {'took' if chosen else 'cannot choose'}: {reason}"
    if chosen is None:
        conflict = Conflict(
            subject=subject,
            measure=measure,
            period=period,
            figures=ordered,
            policy=policy,
            chosen=(),
            interval=None,
            note=note,
        )
        return Resolution(interval=None, used=(), rejected=ordered, conflict=conflict)
    if policy is Policy.RANGE:
        interval = _hull([ref.interval for ref in ordered])
    else:
        found = _intersection([ref.interval for ref in chosen])
        assert found is not None  # a cluster's figures share a value by construction
        interval = found
    kept = tuple(sorted(chosen, key=FigureRef.sort_key))
    ids = {id(ref) for ref in kept}
    conflict = Conflict(
        subject=subject,
        measure=measure,
        period=period,
        figures=ordered,
        policy=policy,
        chosen=tuple(ref.id for ref in kept),
        interval=interval,
        note=note,
    )
    rejected = tuple(ref for ref in ordered if id(ref) not in ids)
    return Resolution(interval=interval, used=kept, rejected=rejected, conflict=conflict)
