"""The headline aggregates of a dataset: what a reader asks first, answered with bounds.

:func:`headlines` gives, for any dataset: the total of each headline measure (people
trained, participants, people served, services, health workers), people trained by
country, services a month for each service figure whose period can be measured, and the
partners that take part in most programmes. Totals use the ``range`` policy, so that a
conflict widens a headline instead of hiding it, and each headline says how many figures
it used, left out or found in conflict.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs

from ..dataset import Dataset
from ..enums import Measure
from ..interval import Interval
from .display import show_interval
from .errors import AggregationError
from .group import aggregate
from .policy import Policy
from .programmes import count_programmes
from .rates import rate_per_period
from .total import Total, total

__all__ = ["HEADLINE_MEASURES", "Headline", "headlines"]

HEADLINE_MEASURES: tuple[tuple[Measure, str], ...] = (
    (Measure.TRAINED, "People trained"),
    (Measure.PARTICIPANTS, "Participants in training programmes"),
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
    """

    label: str
    interval: Interval | None
    unit: str | None
    figures: tuple[str, ...]
    note: str

    @property
    def value(self) -> str:
        """The bounds in words with the unit: ``314 people``, ``450,000 to 500,000 people``."""
        if self.interval is None:
            return "cannot be added"
        unit = "" if self.unit is None else f" {self.unit}"
        return f"{show_interval(self.interval)}{unit}"


def _note(result: Total) -> str:
    parts = []
    if result.excluded:
        reasons = sorted({exclusion.reason.value for exclusion in result.excluded})
        parts.append(f"{len(result.excluded)} left out ({', '.join(reasons)})")
    if result.conflicts:
        parts.append(f"{len(result.conflicts)} conflict(s), shown as a range")
    return "; ".join(parts)


def _from_total(label: str, result: Total) -> Headline:
    return Headline(
        label=label,
        interval=result.interval,
        unit=result.unit,
        figures=tuple(ref.id for ref in result.figures),
        note=_note(result),
    )


def _guarded(label: str, build: Callable[[], list[Headline]]) -> list[Headline]:
    try:
        return build()
    except AggregationError as error:
        return [Headline(label=label, interval=None, unit=None, figures=(), note=str(error))]


def headlines(dataset: Dataset) -> tuple[Headline, ...]:
    """The headline aggregates of ``dataset`` (see the module documentation)."""
    present = {located.figure.measure for located in dataset.figures()}
    found: list[Headline] = []
    for measure, label in HEADLINE_MEASURES:
        if measure not in present:
            continue

        def measure_total(measure: Measure = measure, label: str = label) -> list[Headline]:
            return [_from_total(label, total(dataset, measure=measure, policy=Policy.RANGE))]

        found += _guarded(label, measure_total)
    if Measure.TRAINED in present:

        def by_country() -> list[Headline]:
            result = aggregate(dataset, measure=Measure.TRAINED, by="country", policy="range")
            return [
                _from_total(f"People trained, {group.label}", group.total)
                for group in result
                if group.total.facts
            ]

        found += _guarded("People trained by country", by_country)
    if Measure.SERVICES in present:

        def per_month() -> list[Headline]:
            rates = []
            for fact in total(dataset, measure=Measure.SERVICES, policy="range").facts:
                try:
                    rate = rate_per_period(fact, per="month")
                except AggregationError:
                    continue
                rates.append(
                    Headline(
                        label=f"Services a month, {fact.subject}",
                        interval=rate.interval,
                        unit=rate.unit,
                        figures=tuple(ref.id for ref in rate.figures),
                        note=rate.note,
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
