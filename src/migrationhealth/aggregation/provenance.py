"""Provenance: which figures a result used, which it left out, and why.

A :class:`FigureRef` is a figure as an aggregate saw it: its id, what it is about
(``subject``), its quantity and the interval that quantity admits, the period it covers
and its citation. An :class:`Exclusion` is a figure that was left out, with a
:class:`Reason` and a sentence that says what it was left out in favour of.
"""

from __future__ import annotations

import enum

import attrs

from ..dataset import LocatedFigure
from ..dates import Period
from ..enums import Measure, Plan, Rank
from ..interval import Interval, Number
from ..model import Citation, Figure
from ..quantity import Quantity
from .periods import effective_period

__all__ = ["Exclusion", "FigureRef", "Reason", "countries_of", "figure_ref", "subject_kind"]


@attrs.frozen(kw_only=True, repr=False)
class FigureRef:
    """A figure as used in an aggregate: id, subject, quantity, bounds, period, citation.

    ``subject`` is what the figure is about (see
    :attr:`~migrationhealth.LocatedFigure.subject`); ``period`` is the period it covers,
    its own or that of the record it sits in; ``interval`` is what its quantity admits.
    ``path`` locates it in the dataset's JSON document and does not take part in
    equality, so results compare equal whatever order the records came in. ``rank``
    and ``reason`` are the figure's; ``figure`` is the figure itself, whose relations
    (``repeats``, ``part_of``, ``increment_of``) decide what a total counts once.
    """

    id: str
    subject: str
    measure: Measure
    quantity: Quantity
    interval: Interval
    period: Period | None
    citation: Citation | None
    planned: Plan | None
    path: str = attrs.field(eq=False, order=False)
    rank: Rank = Rank.NORMAL
    reason: str | None = None
    figure: Figure | None = attrs.field(default=None, eq=False, order=False)

    @property
    def source(self) -> str | None:
        """The id of the source that reported the figure, if it is cited."""
        return None if self.citation is None else self.citation.source

    @property
    def quote(self) -> str | None:
        """The exact words the figure was reported in, if it is cited."""
        return None if self.citation is None else self.citation.quote

    def sort_key(self) -> tuple[str, str, str, str, Number, bool, Number, str, str, str, str]:
        """A key that orders figures by what they are about, then by id and content."""
        period = "" if self.period is None else self.period.isoformat()
        high = self.interval.high
        return (
            self.subject,
            self.measure.value,
            period,
            self.id,
            self.interval.low,
            high is None,
            0 if high is None else high,
            repr(self.citation),
            str(self.quantity),
            "" if self.planned is None else self.planned.value,
            self.path,
        )

    def __repr__(self) -> str:
        cited = "" if self.source is None else f", source={self.source!r}"
        return f"FigureRef({self.id!r}: {self.quantity} about {self.subject!r}{cited})"


def figure_ref(item: LocatedFigure | Figure) -> FigureRef:
    """The :class:`FigureRef` of a located figure, or of a bare figure (its own subject)."""
    if isinstance(item, LocatedFigure):
        figure = item.figure
        return FigureRef(
            id=figure.id,
            subject=item.subject,
            measure=figure.measure,
            quantity=figure.quantity,
            interval=figure.quantity.interval_as(whole=figure.measure.whole),
            period=effective_period(item),
            citation=figure.citation,
            planned=figure.planned,
            path=item.path,
            rank=figure.rank,
            reason=figure.reason,
            figure=figure,
        )
    if isinstance(item, Figure):
        return FigureRef(
            id=item.id,
            subject=item.id,
            measure=item.measure,
            quantity=item.quantity,
            interval=item.quantity.interval_as(whole=item.measure.whole),
            period=item.period,
            citation=item.citation,
            planned=item.planned,
            path="",
            rank=item.rank,
            reason=item.reason,
            figure=item,
        )
    raise TypeError(f"expected a LocatedFigure or a Figure, got {type(item).__name__}")


def subject_kind(item: LocatedFigure | Figure | None) -> str:
    """The kind of record a figure is about: ``"cohort"``, ``"statistic"``, ``"part"``...

    Ids are unique within a kind of record, not across kinds (a cohort and a statistic
    may both be ``x``; validation's MH302 reports it): every grouping by subject uses the
    kind with the id, so that such records are never taken for one.
    """
    if not isinstance(item, LocatedFigure):
        return "figure"
    if item.part is not None:
        return "part"
    if item.subgroup is not None:
        return "subgroup"
    if item.statistic is not None:
        return "statistic"
    if item.cohort is not None:
        return "cohort"
    if item.programme is not None:
        return "programme"
    return "organisation"


def countries_of(located: LocatedFigure) -> tuple[str, ...]:
    """The countries a figure is about: those of the innermost record that names some.

    A sub-group's countries (the 10 participants from Chile) come before its cohort's,
    a cohort's before its programme's; an organisation's figures are about its country.
    """
    if located.organisation is not None:
        country = located.organisation.country
        return () if country is None else (country,)
    for record in (located.subgroup, located.statistic, located.cohort, located.programme):
        if record is not None and record.countries:
            return record.countries
    return ()


class Reason(enum.Enum):
    """Why a figure was left out of a total."""

    RATE = "rate"
    """A rate ("per 1,000 inhabitants", "per week") is not an amount to add."""
    AVERAGE = "average"
    """An average ("an average of 400,000 people") is a mean, not an amount to add."""
    NOT_SUMMABLE = "not_summable"
    """An edition number, a year or a density is not an amount to add."""
    PLANNED = "planned"
    """A planned figure ("will train 50 people") was not delivered."""
    IN_WHOLE = "in_whole"
    """A breakdown's part or a sub-group's figure, already counted in its whole."""
    OTHER_BREAKDOWN = "other_breakdown"
    """A part of a second breakdown of the same whole, which another breakdown counts."""
    OVERLAPPING_SUBGROUPS = "overlapping_subgroups"
    """Sub-groups that may overlap, with no figure for their whole."""
    CONFLICT = "conflict"
    """A figure that conflicts with another, which the policy chose instead."""
    DEPRECATED = "deprecated"
    """A figure ranked deprecated (a misprint), never counted; the detail gives its reason."""
    PART_OF = "part_of"
    """A part of another figure counted in the total ("de las cuales 39" of 196)."""
    INCREMENT = "increment"
    """A figure and its increment ("352", "84 more"), whose stated sum (436) is counted."""
    STOCK_DATE = "stock_date"
    """A stock at another date than the one the total is taken at."""
    IN_UNION = "in_union"
    """A count of a set (countries, places) whose members are counted in a union."""


@attrs.frozen(kw_only=True, repr=False)
class Exclusion:
    """A figure left out of a total, the :class:`Reason`, and a sentence saying why."""

    figure: FigureRef
    reason: Reason
    detail: str

    def __repr__(self) -> str:
        return f"Exclusion({self.figure.id!r}, {self.reason.value}: {self.detail})"
