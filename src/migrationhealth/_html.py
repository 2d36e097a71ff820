"""Small HTML tables for notebooks: how datasets, programmes and results show in Jupyter.

The classes' ``_repr_html_`` methods call the functions here. This module uses the
standard library only and reads records by their attributes, so every module may use it
without importing anything else. Every value is escaped with :func:`html.escape`, and
long collections are cut at :data:`MAX_ROWS` rows with a line saying how many were left
out, so a dataset of a million figures still shows at once.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .dataset import Dataset
    from .model import Cohort, Figure, Programme, ServiceStatistic

__all__ = [
    "FIGURE_HEADERS",
    "MAX_ROWS",
    "dataset_html",
    "dataset_summary",
    "figure_count",
    "figure_row",
    "programme_html",
    "table",
]

MAX_ROWS = 50
"""The most rows a table shows; the rest are counted, not shown."""

_QUOTE_LENGTH = 120
_CELL = 'style="text-align: left; vertical-align: top"'


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, tuple):
        return ", ".join(_text(item) for item in value)
    member = getattr(value, "value", None)
    if isinstance(member, str) and type(value).__module__.startswith("migrationhealth"):
        return member
    return str(value)


def _short(text: str, length: int = _QUOTE_LENGTH) -> str:
    return text if len(text) <= length else text[: length - 1].rstrip() + "…"


def table(
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    caption: str | None = None,
    total: int | None = None,
) -> str:
    """An HTML table of ``rows`` under ``headers``, every cell escaped.

    Cells are shown with ``str`` (enum members as their value, tuples joined by commas,
    ``None`` as empty). At most :data:`MAX_ROWS` rows are shown; ``total``, when given,
    is how many rows there are in all, for the line that counts those left out.
    """
    shown = list(islice(rows, MAX_ROWS + 1))
    more = shown[MAX_ROWS:]
    shown = shown[:MAX_ROWS]
    parts = ["<table>"]
    if caption is not None:
        parts.append(f'<caption style="text-align: left">{html.escape(caption)}</caption>')
    head = "".join(f"<th {_CELL}>{html.escape(h)}</th>" for h in headers)
    parts.append(f"<thead><tr>{head}</tr></thead><tbody>")
    for row in shown:
        cells = "".join(f"<td {_CELL}>{html.escape(_text(cell))}</td>" for cell in row)
        parts.append(f"<tr>{cells}</tr>")
    parts.append("</tbody></table>")
    if more:
        left = f"{total - MAX_ROWS:,}" if total is not None else "more"
        parts.append(f"<p>… and {html.escape(left)} more rows not shown.</p>")
    return "".join(parts)


def _facts(pairs: Iterable[tuple[str, object]]) -> str:
    rows = "".join(
        f"<tr><th {_CELL}>{html.escape(name)}</th><td {_CELL}>{html.escape(_text(value))}</td></tr>"
        for name, value in pairs
        if value not in (None, ())
    )
    return f"<table><tbody>{rows}</tbody></table>"


def _plural(count: int, word: str) -> str:
    return f"{count:,} {word}" if count == 1 else f"{count:,} {word}s"


def _record_figure_count(record: Programme | Cohort | ServiceStatistic) -> int:
    return (
        len(record.figures)
        + sum(len(breakdown.parts) for breakdown in record.breakdowns)
        + sum(len(subgroup.figures) for subgroup in record.subgroups)
    )


def _programme_figure_count(programme: Programme) -> int:
    count = _record_figure_count(programme) + (programme.edition is not None)
    count += sum(_record_figure_count(cohort) for cohort in programme.cohorts)
    return count + sum(_record_figure_count(statistic) for statistic in programme.statistics)


def figure_count(dataset: Dataset) -> int:
    """How many figures ``dataset`` holds, counted without walking them one by one."""
    return sum(len(o.figures) for o in dataset.organisations) + sum(
        _programme_figure_count(p) for p in dataset.programmes
    )


def dataset_summary(dataset: Dataset) -> str:
    """``5 sources, 21 organisations, 5 programmes, 47 figures``."""
    return ", ".join(
        (
            _plural(len(dataset.sources), "source"),
            _plural(len(dataset.organisations), "organisation"),
            _plural(len(dataset.programmes), "programme"),
            _plural(figure_count(dataset), "figure"),
        )
    )


def dataset_html(dataset: Dataset) -> str:
    """A dataset as its counts and a table of its programmes."""
    rows = (
        (
            p.id,
            p.title,
            p.kind,
            p.status,
            p.countries,
            p.period,
            f"{_programme_figure_count(p):,}",
        )
        for p in dataset.programmes
    )
    return table(
        ("id", "title", "kind", "status", "countries", "period", "figures"),
        rows,
        caption=f"Dataset: {dataset_summary(dataset)}",
        total=len(dataset.programmes),
    )


def _located(programme: Programme) -> Iterator[tuple[str, Figure]]:
    if programme.edition is not None:
        yield "edition", programme.edition
    for figure in programme.figures:
        yield "programme", figure
    for cohort in programme.cohorts:
        for figure in cohort.figures:
            yield f"cohort {cohort.id}", figure
        for breakdown in cohort.breakdowns:
            for part in breakdown.parts:
                yield f"cohort {cohort.id}, {breakdown.dimension}: {part.category}", part.figure
        for subgroup in cohort.subgroups:
            for figure in subgroup.figures:
                yield f"cohort {cohort.id}, {subgroup.label}", figure
    for statistic in programme.statistics:
        for figure in statistic.figures:
            yield f"statistic {statistic.id}", figure


def figure_row(where: str, figure: Figure) -> tuple[Any, ...]:
    """The cells that show one figure: where it sits, what it says, and who said it."""
    citation = figure.citation
    return (
        where,
        figure.id,
        figure.measure,
        str(figure.quantity) + (" (planned)" if figure.planned else ""),
        figure.quantity.interval,
        figure.period,
        None if citation is None else citation.source,
        None if citation is None else _short(citation.quote),
    )


FIGURE_HEADERS = ("where", "id", "measure", "quantity", "interval", "period", "source", "quote")
"""The headers of the cells :func:`figure_row` gives."""


def programme_html(programme: Programme) -> str:
    """A programme as its description and a table of its figures with their quotes."""
    partners = tuple(
        f"{partner.organisation} ({', '.join(role.value for role in partner.roles)})"
        for partner in programme.partners
    )
    facts = _facts(
        (
            ("id", programme.id),
            ("kind", programme.kind),
            ("status", programme.status),
            ("edition", None if programme.edition is None else programme.edition.quantity),
            ("countries", programme.countries),
            ("places", programme.places),
            ("period", programme.period),
            ("themes", programme.themes),
            ("partners", partners),
        )
    )
    figures = table(
        FIGURE_HEADERS,
        (figure_row(where, figure) for where, figure in _located(programme)),
        total=_programme_figure_count(programme),
    )
    return f"<div><strong>{html.escape(programme.title)}</strong>{facts}{figures}</div>"
