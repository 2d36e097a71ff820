"""Pictures of figures, dates and totals, with matplotlib (``pip install "migrationhealth[plot]"``).

Each function returns a :class:`matplotlib.figure.Figure`: save it with ``savefig``,
restyle it, or let a notebook show it inline. matplotlib is imported when a picture is
first drawn, so ``import migrationhealth`` never needs it; without it, drawing raises
:class:`~migrationhealth.aggregation.MissingDependencyError` saying how to install it.

- :func:`figures`: every figure about one subject, one row each, as the interval its
  hedge admits. A dot is an exact value, a bar a hedge, an arrow an open end ("more
  than"). Rows are coloured by source and labelled with a shortened quote; a figure that
  a validation finding puts in conflict carries the finding's code, and a deprecated one
  is drawn faded, with its reason.
- :func:`timeline`: the cited dates of a programme (and of its cohorts and statistics),
  from each source, on one time axis. A date is a band as wide as its precision (a day,
  a month, a year), never a point; events are drawn as their own rows.
- :func:`totals`: the groups of an aggregation with their bounds, labelled with how many
  figures from how many programmes each adds up.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple

from .aggregation import MissingDependencyError
from .dataset import Dataset, LocatedFigure
from .enums import Measure, Rank
from .errors import MigrationHealthError
from .interval import Interval
from .model import Citation, Cohort, DateFact, Programme, ServiceStatistic
from .validation import validate

if TYPE_CHECKING:
    from matplotlib.figure import Figure as MplFigure

    from .aggregation import Aggregation
    from .validation import Finding, Report

__all__ = ["PlotError", "figures", "timeline", "totals"]

_QUOTE_LENGTH = 48
# Codes of findings that say figures cannot all be true, or are likely wrong together.
_CONFLICT_CODES = frozenset({"MH101", "MH102", "MH107", "MH108", "MH205"})


class PlotError(MigrationHealthError, ValueError):
    """Nothing to draw, or something that cannot be drawn; the message says which and why."""


def _matplotlib(module: str) -> Any:
    """A matplotlib module, imported on first use; an error saying how to install it."""
    try:
        return importlib.import_module(module)
    except ImportError:
        raise MissingDependencyError(
            'drawing pictures needs matplotlib: pip install "migrationhealth[plot]"'
        ) from None


def _new_figure(rows: int) -> MplFigure:
    figure: MplFigure = _matplotlib("matplotlib.figure").Figure(
        figsize=(11, 0.55 * rows + 1.6), layout="constrained"
    )
    return figure


class Row(NamedTuple):
    """One row of an interval picture: a figure's id, interval, source, quote and rank."""

    id: str
    interval: Interval
    source: str | None
    quote: str | None
    deprecated: str | None
    codes: tuple[str, ...]


def _short(text: str | None) -> str:
    if not text:
        return ""
    text = " ".join(text.split())
    return text if len(text) <= _QUOTE_LENGTH else text[: _QUOTE_LENGTH - 1].rstrip() + "…"


def _colours(sources: Iterable[str | None]) -> dict[str | None, str]:
    palette = [f"C{i}" for i in range(10)]
    found: dict[str | None, str] = {}
    for source in sources:
        if source not in found:
            found[source] = palette[len(found) % len(palette)]
    return found


def _number(value: object) -> float:
    return float(value)  # type: ignore[arg-type]


def draw_rows(rows: Sequence[Row], *, title: str) -> MplFigure:
    """The interval picture of ``rows``: one row each, coloured by source."""
    figure = _new_figure(len(rows))
    axes = figure.add_subplot()
    colours = _colours(row.source for row in rows)
    finite = [
        _number(bound)
        for row in rows
        for bound in (row.interval.low, row.interval.high)
        if bound is not None
    ]
    top = max(finite) if finite else 1.0
    reach = top * 1.15 if top > 0 else 1.0
    for position, row in enumerate(rows):
        y = len(rows) - 1 - position
        colour = colours[row.source]
        alpha = 0.35 if row.deprecated is not None else 1.0
        low = _number(row.interval.low)
        high = row.interval.high
        if high is not None and row.interval.low == high:
            axes.plot([low], [y], "o", color=colour, alpha=alpha, gid=f"point:{row.id}")
        elif high is None:
            axes.hlines(y, low, reach, color=colour, alpha=alpha, linewidth=6, gid=f"bar:{row.id}")
            axes.plot([reach], [y], ">", color=colour, alpha=alpha, gid=f"open:{row.id}")
        else:
            axes.hlines(
                y, low, _number(high), color=colour, alpha=alpha, linewidth=6, gid=f"bar:{row.id}"
            )
        for offset, code in enumerate(row.codes):
            axes.annotate(
                code,
                (reach, y),
                xytext=(6 + 42 * offset, 0),
                textcoords="offset points",
                va="center",
                color="firebrick",
                fontweight="bold",
                gid=f"conflict:{code}:{row.id}",
            )
    labels = []
    for row in rows:
        label = f"{row.id}: “{_short(row.quote)}”" if row.quote else row.id
        if row.deprecated is not None:
            label += f" (deprecated: {_short(row.deprecated)})"
        labels.append(label)
    axes.set_yticks(range(len(rows) - 1, -1, -1), labels, fontsize=8)
    axes.set_ylim(-0.8, len(rows) - 0.2)
    codes = max((len(row.codes) for row in rows), default=0)
    axes.set_xlim(left=0, right=reach * (1.08 + 0.06 * codes))
    axes.set_title(title, fontsize=10)
    axes.grid(axis="x", alpha=0.3)
    handles = [
        axes.plot([], [], "s", color=colour, label=source or "no citation")[0]
        for source, colour in colours.items()
    ]
    axes.legend(
        handles=handles, title="source", fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1)
    )
    return figure


def _conflicts(report: Report | None) -> dict[str, list[str]]:
    codes: dict[str, list[str]] = {}
    if report is None:
        return codes
    for finding in report:
        if finding.code in _CONFLICT_CODES:
            for evidence in finding.evidence:
                found = codes.setdefault(evidence.id, [])
                if finding.code not in found:
                    found.append(finding.code)
    return codes


def _source(citation: Citation | None) -> str | None:
    return None if citation is None else citation.source


def figures(
    dataset: Dataset,
    *,
    measure: Measure | str | None = None,
    subject: str | None = None,
    report: Report | None = None,
) -> MplFigure:
    """Every figure about ``subject`` (and of ``measure``), one row each, as its interval.

    ``subject`` is a figure's subject as :attr:`~migrationhealth.LocatedFigure.subject`
    gives it (the id of the record it sits in); without it, every figure of ``measure``
    is drawn. Conflicts are marked from ``report``, or from validating the dataset when
    no report is given. Raises :class:`PlotError` for an empty dataset, a measure the
    dataset has no figure of, and a subject with no figures, naming what there is.
    """
    located = list(dataset.figures())
    if not located:
        raise PlotError("the dataset has no figures to draw")
    wanted = _measure(measure, located)
    chosen = [
        item
        for item in located
        if (wanted is None or item.figure.measure is wanted)
        and (subject is None or item.subject == subject)
    ]
    if not chosen:
        subjects = sorted(
            {item.subject for item in located if wanted is None or item.figure.measure is wanted}
        )
        shown = ", ".join(repr(s) for s in subjects[:12])
        more = f" and {len(subjects) - 12} more" if len(subjects) > 12 else ""
        raise PlotError(
            f"no figures about {subject!r}"
            + (f" of {wanted.value}" if wanted is not None else "")
            + f"; subjects with figures: {shown}{more}"
        )
    if report is None:
        report = validate(dataset)
    codes = _conflicts(report)
    rows = [_row(item, codes) for item in chosen]
    what = subject or "every subject"
    title = f"{wanted.value if wanted is not None else 'figures'} of {what}"
    return draw_rows(rows, title=title)


def _row(item: LocatedFigure, codes: dict[str, list[str]]) -> Row:
    figure = item.figure
    citation = figure.citation
    deprecated = figure.reason or "" if figure.rank is Rank.DEPRECATED else None
    return Row(
        id=figure.id,
        interval=figure.quantity.interval,
        source=_source(citation),
        quote=None if citation is None else citation.quote,
        deprecated=deprecated,
        codes=tuple(codes.get(figure.id, ())),
    )


def _measure(measure: Measure | str | None, located: list[LocatedFigure]) -> Measure | None:
    if measure is None:
        return None
    present = {item.figure.measure for item in located}
    wanted = next((m for m in present if m is measure or m.value == measure), None)
    if wanted is None:
        shown = ", ".join(sorted(m.value for m in present))
        name = measure.value if isinstance(measure, Measure) else measure
        raise PlotError(f"the dataset has no figures of {name!r}; it has figures of {shown}")
    return wanted


def finding_picture(finding: Finding) -> MplFigure | None:
    """The interval picture of the figures a conflict finding names, or ``None``.

    ``None`` for a finding that is not about conflicting figures, or whose evidence holds
    no quantities. Used by :class:`~migrationhealth.validation.Report` in notebooks.
    """
    if finding.code not in _CONFLICT_CODES:
        return None
    rows = [
        Row(
            id=evidence.id,
            interval=evidence.quantity.interval,
            source=_source(evidence.citation),
            quote=None if evidence.citation is None else evidence.citation.quote,
            deprecated=None,
            codes=(finding.code,),
        )
        for evidence in finding.evidence
        if evidence.quantity is not None
    ]
    return draw_rows(rows, title=f"{finding.code}: {finding.ids[0]}") if rows else None


class _Dated(NamedTuple):
    record: str
    fact: DateFact
    first: dt.date
    last: dt.date


def timeline(dataset: Dataset, *, programme: str | None = None) -> MplFigure:
    """The cited dates of a programme and its records, from each source, on one time axis.

    Each dated fact is a row: a band from the first to the last day its period may stand
    for, so that "October 2006" is as wide as October. Events are rows of their own,
    labelled with the event. Without ``programme``, the dataset must have one programme
    with dates. Raises :class:`PlotError` when there is no such programme, when it has no
    dates, and for a date without its year, which has no place on a calendar.
    """
    chosen = _programme(dataset, programme)
    dated: list[_Dated] = []
    records: list[Programme | Cohort | ServiceStatistic] = [
        chosen,
        *chosen.cohorts,
        *chosen.statistics,
    ]
    for record in records:
        for fact in record.dates:
            first, last = fact.period.earliest(), fact.period.latest()
            if first is None or last is None:
                missing = fact.period.start if first is None else fact.period.end
                if missing is None or missing.year is not None:
                    first = first or last
                    last = last or first
                else:
                    raise PlotError(
                        f"the date {fact.period} of {record.id!r} has no year, so it has no "
                        "place on a time axis; record the year if a source gives it"
                    )
            assert first is not None
            assert last is not None
            dated.append(_Dated(record.id, fact, first, last))
    if not dated:
        raise PlotError(f"the programme {chosen.id!r} has no cited dates to draw")
    mdates = _matplotlib("matplotlib.dates")
    figure = _new_figure(len(dated))
    axes = figure.add_subplot()
    colours = _colours(_source(item.fact.citation) for item in dated)
    labels = []
    for position, item in enumerate(dated):
        y = len(dated) - 1 - position
        fact = item.fact
        colour = colours[_source(fact.citation)]
        start = float(mdates.date2num(item.first))
        width = float(mdates.date2num(item.last + dt.timedelta(days=1))) - start
        faded = 0.35 if fact.rank is Rank.DEPRECATED else 0.85
        kind = f"event:{fact.event}" if fact.event else "period"
        axes.broken_barh(
            [(start, width)],
            (y - 0.3, 0.6),
            facecolors=colour,
            alpha=faded,
            gid=f"{kind}:{item.record}:{position}",
        )
        what = fact.event or (fact.bound.value if fact.bound else "period")
        quote = "" if fact.citation is None else f": “{_short(fact.citation.quote)}”"
        labels.append(f"{item.record} {what}{quote}")
    axes.set_yticks(range(len(dated) - 1, -1, -1), labels, fontsize=8)
    axes.xaxis_date()
    axes.set_title(f"dates of {chosen.id}", fontsize=10)
    axes.grid(axis="x", alpha=0.3)
    handles = [
        axes.plot([], [], "s", color=colour, label=source or "no citation")[0]
        for source, colour in colours.items()
    ]
    axes.legend(
        handles=handles, title="source", fontsize=8, loc="upper left", bbox_to_anchor=(1.01, 1)
    )
    figure.autofmt_xdate()
    return figure


def _programme(dataset: Dataset, programme: str | None) -> Programme:
    if not dataset.programmes:
        raise PlotError("the dataset has no programmes")
    if programme is not None:
        for candidate in dataset.programmes:
            if candidate.id == programme:
                return candidate
        raise PlotError(f"the dataset has no programme {programme!r}")
    dated = [p for p in dataset.programmes if _has_dates(p)]
    if len(dated) == 1:
        return dated[0]
    shown = ", ".join(repr(p.id) for p in dated[:12])
    raise PlotError(
        "name the programme to draw: "
        + (f"{len(dated)} programmes have dates ({shown})" if dated else "none has dates")
    )


def _has_dates(programme: Programme) -> bool:
    return (
        bool(programme.dates)
        or any(cohort.dates for cohort in programme.cohorts)
        or any(statistic.dates for statistic in programme.statistics)
    )


def totals(aggregation: Aggregation) -> MplFigure:
    """The groups of an aggregation, each as its bounds, labelled with its provenance.

    A group whose total is exact is a dot; one with bounds a bar; an open upper bound an
    arrow. Raises :class:`PlotError` for an aggregation with no groups and no total.
    """
    entries = [(group.label, group.total) for group in aggregation.groups]
    if not entries and aggregation.total is not None:
        entries = [("total", aggregation.total)]
    if not entries:
        raise PlotError("the aggregation has no groups to draw")
    rows = []
    for label, total in entries:
        programmes = {
            ref.path.split(".")[1] for ref in total.figures if ref.path.startswith("$.programmes[")
        }
        provenance = f"{len(total.figures)} figures, {len(programmes)} programmes"
        rows.append(
            Row(
                id=label,
                interval=total.interval,
                source=None,
                quote=provenance,
                deprecated=None,
                codes=(),
            )
        )
    what = aggregation.measure.value if aggregation.measure is not None else "total"
    by = f" by {aggregation.by}" if aggregation.by else ""
    figure = draw_rows(rows, title=f"{what}{by}")
    legend = figure.axes[0].get_legend()
    if legend is not None:
        legend.remove()
    return figure
