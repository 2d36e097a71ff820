"""``migrationhealth report [PATH]``: what a dataset says, programme by programme.

With no PATH the report is on the built-in dataset of the seed reports
(:func:`migrationhealth.seed_corpus`). It shows each programme with its kind, period,
status, countries, partners and their roles, and its figures with their qualifiers.

The report is a sequence of sections. Each is built by a function in :data:`SECTIONS`
that takes the dataset and returns a :class:`Section`: a title, format-neutral content
(:class:`Fields`, :class:`Table`, :class:`Paragraph`, :class:`Heading` blocks) and the
same content as JSON-ready data. The three formats render those sections:

- ``text`` (the default): plain text that fits a terminal 100 columns wide; tables wrap
  their widest columns.
- ``markdown``: a ``#`` title, a ``##`` heading per section, ``###`` per programme,
  field lists and pipe tables.
- ``json``: one JSON object, keys sorted, indented by two spaces::

      {
        "report_version": 1,
        "dataset": {"path": null, "sources": 5, "organisations": 37,
                    "programmes": 12, "figures": 35},
        "programmes": [PROGRAMME, ...]
      }

  ``dataset.path`` is the file reported on, ``null`` for the built-in dataset; every
  further section adds its own top-level key. A PROGRAMME has ``id``, ``title``,
  ``kind``, ``status``, ``period`` (ISO 8601, see :mod:`migrationhealth.dates`),
  ``countries`` (alpha-2 codes), ``places``, ``themes``, ``related``, ``sources`` (ids),
  ``edition`` (a FIGURE or ``null``), ``partners`` (each ``organisation`` id, ``name``
  or ``null`` when the id is unknown, ``roles``) and ``figures``. A FIGURE has ``id``,
  ``measure``, ``value``, ``unit``, ``qualifier``, ``per`` (``"per 1,000 inhabitants"``
  or ``null``), ``low`` and ``high`` (the interval the qualifier admits, ``high`` ``null``
  when unbounded), ``period``, ``planned`` (``target``, ``forecast``, ``need`` or
  ``null``), ``of`` (the cohort, sub-group, breakdown part
  or statistic it is about, or ``null``), ``path`` (its JSON path in the dataset),
  ``source`` and ``quote``. Absent values are ``null``, never left out.

Exit status 0; 2 with one line on stderr for input that cannot be loaded.
"""

from __future__ import annotations

import argparse
import json
import textwrap
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from functools import cache
from typing import Any, NamedTuple

import attrs

from .._escape import escape, one_line
from ..aggregation.headlines import headlines
from ..countries import country_name
from ..dataset import Dataset, LocatedFigure
from ..enums import Measure
from ..errors import CountryError, UnknownIdError
from ..interval import Number
from ..model import Figure, Programme
from ..quantity import Qualifier
from ..validation import validate
from ..validation.findings import marks
from ._common import add_dataset_argument, add_output_arguments, load_dataset, open_output
from ._progress import Progress

__all__ = [
    "FORMATS",
    "REPORT_VERSION",
    "SECTIONS",
    "WIDTH",
    "Block",
    "Fields",
    "Heading",
    "Paragraph",
    "Section",
    "Table",
    "findings_section",
    "headlines_section",
    "programmes_section",
    "register",
    "render",
    "run",
]

WIDTH = 100
"""The width the text format fits: no line of it is longer."""

REPORT_VERSION = 1
"""The version of the JSON report's layout; it changes when a key changes meaning."""

FORMATS = ("text", "markdown", "json")

_GAP = "  "
_MIN_COLUMN = 10
_NOT_STATED = "not stated"


# --- format-neutral content ---------------------------------------------------------------


@attrs.frozen
class Heading:
    """A heading inside a section (a programme's title)."""

    text: str


@attrs.frozen
class Paragraph:
    """Running text, wrapped to the width in the text format."""

    text: str


@attrs.frozen
class Fields:
    """Labelled values, one per line: ``Kind: diploma``."""

    items: tuple[tuple[str, str], ...]


@attrs.frozen
class Table:
    """A table with a caption, column headers and rows of cells (all strings).

    ``notes``, when given, has one text per row (a figure's source and quote): the text
    format prints it under its row across the table's width, markdown as a last column
    headed ``note_column``.
    """

    caption: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    notes: tuple[str, ...] = ()
    note_column: str = "Note"


Block = Heading | Paragraph | Fields | Table


@attrs.frozen
class Section:
    """One part of the report: its JSON ``key``, ``title``, ``blocks`` and JSON ``data``."""

    key: str
    title: str
    blocks: tuple[Block, ...]
    data: Any


# --- the programmes section ---------------------------------------------------------------


def programmes_section(dataset: Dataset) -> Section:
    """Each programme: kind, status, period, countries, partners with roles, figures."""
    located = _figures_by_programme(dataset)
    blocks: list[Block] = []
    data = []
    for programme in dataset.programmes:
        figures = [_FigureView.of(f) for f in located.get(id(programme), [])]
        blocks.extend(_programme_blocks(dataset, programme, figures))
        data.append(_programme_data(dataset, programme, figures))
    if not dataset.programmes:
        blocks.append(Paragraph("The dataset has no programmes."))
    return Section(key="programmes", title="Programmes", blocks=tuple(blocks), data=data)


def _figures_by_programme(dataset: Dataset) -> dict[int, list[LocatedFigure]]:
    # Keyed by the programme object, not its id: ids may repeat in a dataset that has not
    # been validated, and each programme shows its own figures.
    grouped: dict[int, list[LocatedFigure]] = {}
    for located in dataset.figures():
        if located.programme is not None:
            grouped.setdefault(id(located.programme), []).append(located)
    return grouped


class _FigureView(NamedTuple):
    """What the report shows of one figure, worked out once for every format."""

    row: tuple[str, ...]
    note: str
    data: dict[str, Any]
    source: str | None

    @classmethod
    def of(cls, located: LocatedFigure) -> _FigureView:
        """The view of ``located``: its table row, its source and quote, its JSON."""
        figure = located.figure
        quantity = figure.quantity
        value = quantity.value
        citation = figure.citation
        source = citation.source if citation else None
        measure = figure.measure.value
        hedge = quantity.qualifier
        period = figure.period.isoformat() if figure.period else None
        of = _of(located)
        low: Number
        high: Number | None
        if hedge is Qualifier.EXACT or hedge is Qualifier.AVERAGE:
            # The interval of an exact figure or an average is the value itself.
            low = high = value
            qualifier = hedge.value
        else:
            interval = quantity.interval_as(whole=figure.measure.whole)
            low, high = interval.low, interval.high
            qualifier = f"{hedge.value.replace('_', ' ')} {interval}"
        per = str(quantity.per) if quantity.per else None
        row = (
            measure,
            f"{quantity.shown_value} {quantity.unit} {per}"
            if per
            else f"{quantity.shown_value} {quantity.unit}",
            f"{qualifier}; planned" if figure.planned else qualifier,
            period or "",
            of or "",
        )
        data = {
            "id": figure.id,
            "measure": measure,
            "value": _json_number(value),
            "unit": quantity.unit,
            "qualifier": hedge.value,
            "per": per,
            "low": _json_number(low),
            "high": None if high is None else _json_number(high),
            "period": period,
            "planned": None if figure.planned is None else figure.planned.value,
            "of": of,
            "path": located.path,
            "source": source,
            "quote": citation.quote if citation else None,
        }
        return cls(row=row, note=_provenance(figure), data=data, source=source)


def _programme_blocks(
    dataset: Dataset, programme: Programme, figures: Sequence[_FigureView]
) -> list[Block]:
    items = [
        ("Id", programme.id),
        ("Kind", programme.kind.value),
        ("Status", programme.status.value if programme.status else _NOT_STATED),
    ]
    if programme.edition is not None:
        items.append(("Edition", _ordinal(programme.edition)))
    items.append(("Period", str(programme.period) if programme.period else _NOT_STATED))
    items.append(("Countries", ", ".join(map(_country, programme.countries)) or _NOT_STATED))
    if programme.places:
        items.append(("Places", ", ".join(programme.places)))
    if programme.themes:
        items.append(("Themes", "; ".join(programme.themes)))
    if programme.related:
        items.append(("Related", ", ".join(programme.related)))
    sources = _sources(programme, figures)
    if sources:
        items.append(("Sources", ", ".join(sources)))
    blocks: list[Block] = [Heading(programme.title), Fields(tuple(items))]
    if programme.description:
        blocks.append(Paragraph(programme.description))
    if programme.partners:
        rows = tuple(
            (_organisation_name(dataset, p.organisation), ", ".join(r.value for r in p.roles))
            for p in programme.partners
        )
        blocks.append(Table("Partners", ("Organisation", "Roles"), rows))
    if figures:
        blocks.append(
            Table(
                "Figures",
                ("Measure", "Value", "Qualifier", "Period", "Of"),
                tuple(view.row for view in figures),
                notes=tuple(view.note for view in figures),
                note_column="Source and quote",
            )
        )
    return blocks


def _programme_data(
    dataset: Dataset, programme: Programme, figures: Sequence[_FigureView]
) -> dict[str, Any]:
    edition = next((view for view in figures if view.data["path"].endswith(".edition")), None)
    return {
        "id": programme.id,
        "title": programme.title,
        "kind": programme.kind.value,
        "status": programme.status.value if programme.status else None,
        "period": programme.period.isoformat() if programme.period else None,
        "countries": list(programme.countries),
        "places": list(programme.places),
        "themes": list(programme.themes),
        "related": list(programme.related),
        "sources": _sources(programme, figures),
        "edition": edition.data if edition is not None else None,
        "partners": [
            {
                "organisation": p.organisation,
                "name": _known_name(dataset, p.organisation),
                "roles": [r.value for r in p.roles],
            }
            for p in programme.partners
        ],
        "figures": [view.data for view in figures],
    }


def _provenance(figure: Figure) -> str:
    citation = figure.citation
    if citation is None:
        return "no citation" + marks(figure)
    speaker = citation.speaker
    if speaker is None:
        return f"{citation.source}: “{citation.quote}”" + marks(figure)
    who = f"{speaker.label}, {speaker.position}" if speaker.position else speaker.label
    return f"{citation.source}: “{citation.quote}” ({who})" + marks(figure)


def _of(located: LocatedFigure) -> str | None:
    if located.part is not None and located.breakdown is not None:
        return f"{located.breakdown.dimension}: {located.part.category}"
    if located.subgroup is not None:
        return located.subgroup.label
    if located.statistic is not None:
        return located.statistic.population or located.statistic.id
    if located.cohort is not None:
        return located.cohort.label or located.cohort.id
    return None


def _ordinal(figure: Figure) -> str:
    value = figure.quantity.value
    if figure.measure is not Measure.EDITION or type(value) is not int:
        return f"{value:,}"
    suffix = "th" if value % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(value % 10)
    return f"{value}{suffix or 'th'}"


@cache
def _country(code: str) -> str:
    try:
        return f"{country_name(code)} ({code})"
    except CountryError:  # pragma: no cover - the model admits only known codes
        return code


def _known_name(dataset: Dataset, organisation: str) -> str | None:
    try:
        return dataset.organisation(organisation).name
    except UnknownIdError:
        return None


def _organisation_name(dataset: Dataset, organisation: str) -> str:
    try:
        found = dataset.organisation(organisation)
    except UnknownIdError:
        return f"{organisation} (not in the dataset)"
    if found.acronym and found.acronym != found.name:
        return f"{found.name} ({found.acronym})"
    return found.name


def _sources(programme: Programme, figures: Iterable[_FigureView]) -> list[str]:
    found = {view.source for view in figures if view.source is not None}
    found |= {p.citation.source for p in programme.partners if p.citation is not None}
    found |= {c.source for c in programme.citations}
    return sorted(found)


def _json_number(value: Number) -> int | float:
    # The report is for reading; serialisation, not the report, keeps decimals exact.
    return float(value) if isinstance(value, Decimal) else value


def findings_section(dataset: Dataset) -> Section:
    """What validation finds (:func:`migrationhealth.validate`, every registered rule).

    Its JSON key is ``findings``: ``ok``, ``counts`` and ``rules`` as in the validation
    report's JSON form, and ``findings``, each with its code, severity, message, ids,
    evidence and hint (see ``docs/validation.md``).
    """
    report = validate(dataset)
    blocks: list[Block] = [Paragraph(report.summary())]
    if report.findings:
        blocks.append(
            Table(
                "Findings",
                ("Severity", "Code", "About"),
                tuple((f.severity.value, f.code, ", ".join(f.ids)) for f in report),
                notes=tuple(f"{f.message} Hint: {f.hint}" if f.hint else f.message for f in report),
                note_column="Finding",
            )
        )
    data = report.to_dict()
    del data["report_version"]
    return Section(key="findings", title="Findings", blocks=tuple(blocks), data=data)


def headlines_section(dataset: Dataset) -> Section | None:
    """The headline aggregates (:func:`migrationhealth.aggregation.headlines`), with bounds.

    Its JSON key is ``headlines``: a list of objects with ``label``, ``low`` and ``high``
    (``high`` ``null`` when unbounded; both ``null`` when the figures cannot be added),
    ``unit``, ``figures`` (the ids counted) and ``note``. Left out when there is nothing
    to aggregate.
    """
    found = headlines(dataset)
    if not found:
        return None
    notes = tuple(h.note or "every figure counted" for h in found)
    rows = tuple((h.label, h.value, ", ".join(h.figures)) for h in found)
    table = Table("Headlines", ("Headline", "Value", "Figures"), rows, notes, "Note")
    data = []
    for h in found:
        low = high = None
        if h.interval is not None:
            low = _json_number(h.interval.low)
            high = None if h.interval.high is None else _json_number(h.interval.high)
        data.append(
            {
                "label": h.label,
                "low": low,
                "high": high,
                "unit": h.unit,
                "figures": list(h.figures),
                "note": h.note,
            }
        )
    return Section(key="headlines", title="Headline aggregates", blocks=(table,), data=data)


SECTIONS: tuple[Callable[[Dataset], Section | None], ...] = (
    programmes_section,
    findings_section,
    headlines_section,
)
"""The report's sections in order. A builder returns ``None`` to leave its section out."""


# --- rendering ----------------------------------------------------------------------------


def render(dataset: Dataset, form: str, *, path: str | None = None) -> str:
    """The report on ``dataset`` in format ``form`` (one of :data:`FORMATS`), as text."""
    sections = [s for s in (build(dataset) for build in SECTIONS) if s is not None]
    summary = _summary(dataset, path)
    if form == "json":
        return _render_json(summary, sections)
    if form == "markdown":
        return _render_markdown(summary, sections)
    if form == "text":
        return _render_text(summary, sections)
    raise ValueError(f"expected a format among {', '.join(FORMATS)}, got {form!r}")


def _summary(dataset: Dataset, path: str | None) -> dict[str, Any]:
    return {
        "path": path,
        "sources": len(dataset.sources),
        "organisations": len(dataset.organisations),
        "programmes": len(dataset.programmes),
        "figures": sum(1 for _ in dataset.figures()),
    }


def _describe(summary: dict[str, Any]) -> tuple[str, str]:
    what = "the built-in dataset of the seed reports" if summary["path"] is None else None
    counts = ", ".join(
        f"{summary[k]} {k if summary[k] != 1 else k[:-1]}"
        for k in ("sources", "organisations", "programmes", "figures")
    )
    return what or str(summary["path"]), counts


def _render_json(summary: dict[str, Any], sections: Sequence[Section]) -> str:
    document: dict[str, Any] = {"report_version": REPORT_VERSION, "dataset": summary}
    for section in sections:
        document[section.key] = section.data
    # Escaped characters are JSON escapes too: the data reads back the same.
    return escape(json.dumps(document, sort_keys=True, indent=2, ensure_ascii=False)) + "\n"


def _clean(text: str) -> str:
    # Every run of whitespace, line breaks included, becomes one space: a cell or a field
    # is one logical line, however the dataset wrote it. What a terminal would act on
    # (bidirectional controls, zero-width characters) is written as an escape.
    return one_line(" ".join(text.split()))


def _render_text(summary: dict[str, Any], sections: Sequence[Section]) -> str:
    what, counts = _describe(summary)
    lines = _wrap(f"migrationhealth report on {what}: {counts}.")
    for section in sections:
        lines += ["", section.title.upper(), "=" * min(len(section.title), WIDTH)]
        for block in section.blocks:
            lines += ["", *_text_block(block)]
    return "\n".join(lines) + "\n"


def _wrap(
    text: str, *, indent: str = "", hang: str = "", width: int = WIDTH, clean: bool = True
) -> list[str]:
    cleaned = _clean(text) if clean else text
    if len(indent) + len(cleaned) <= width:
        # Most cells fit: textwrap, slow on a million of them, is left for those that do not.
        return [indent + cleaned] if cleaned else [indent.rstrip()]
    # Ids are hyphenated: lines break between words, never at an id's hyphens.
    lines = textwrap.wrap(
        cleaned,
        width=width,
        initial_indent=indent,
        subsequent_indent=hang,
        break_on_hyphens=False,
    )
    return lines or [indent.rstrip()]


def _text_block(block: Block) -> list[str]:
    if isinstance(block, Heading):
        title = _wrap(block.text)
        return [*title, "-" * max(len(line) for line in title)]
    if isinstance(block, Paragraph):
        return _wrap(block.text)
    if isinstance(block, Fields):
        width = max(len(label) for label, _ in block.items) + 2
        lines = []
        for label, value in block.items:
            lines += _wrap(value, indent=f"{label}:".ljust(width), hang=" " * width)
        return lines
    return [f"{block.caption}:", *_text_table(block, indent="  ")]


def _text_table(table: Table, *, indent: str) -> list[str]:
    header = tuple(_clean(c) for c in table.columns)
    rows = [tuple(_clean(c) for c in row) for row in table.rows]
    # A column with nothing in it (no figure has a period) is left out of the text.
    shown = [i for i in range(len(header)) if any(row[i] for row in rows)] or [0]
    header = tuple(header[i] for i in shown)
    rows = [tuple(row[i] for i in shown) for row in rows]
    widths = _column_widths(header, rows, WIDTH - len(indent))
    lines = _text_row(header, widths, indent)
    lines.append(indent + _GAP.join("-" * w for w in widths))
    for index, row in enumerate(rows):
        lines += _text_row(row, widths, indent)
        if index < len(table.notes):
            lines += _wrap(table.notes[index], indent=indent * 2, hang=indent * 3)
    return lines


def _column_widths(
    header: Sequence[str], rows: Sequence[Sequence[str]], available: int
) -> list[int]:
    natural = [max([len(header[i]), *(len(row[i]) for row in rows)]) for i in range(len(header))]
    widths = list(natural)
    budget = available - len(_GAP) * (len(header) - 1)
    # Narrow columns keep their natural width; the wide ones share what is left equally,
    # so short codes never wrap while long labels do.
    remaining = budget
    for count, index in enumerate(sorted(range(len(natural)), key=natural.__getitem__)):
        share = max(remaining // (len(natural) - count), _MIN_COLUMN)
        widths[index] = min(natural[index], share)
        remaining -= widths[index]
    return widths


def _text_row(cells: Sequence[str], widths: Sequence[int], indent: str) -> list[str]:
    # The cells were cleaned when the columns were measured.
    wrapped = [_wrap(cell, width=w, clean=False) for cell, w in zip(cells, widths, strict=True)]
    height = max(len(lines) for lines in wrapped)
    out = []
    for index in range(height):
        parts = [
            (lines[index] if index < len(lines) else "").ljust(w)
            for lines, w in zip(wrapped, widths, strict=True)
        ]
        out.append((indent + _GAP.join(parts)).rstrip())
    return out


def _render_markdown(summary: dict[str, Any], sections: Sequence[Section]) -> str:
    what, counts = _describe(summary)
    lines = ["# migrationhealth report", "", f"On {_md(what)}: {counts}."]
    for section in sections:
        lines += ["", f"## {_md(section.title)}"]
        for block in section.blocks:
            lines += ["", *_markdown_block(block)]
    return "\n".join(lines) + "\n"


def _md(text: str) -> str:
    return _clean(text).replace("\\", "\\\\").replace("|", "\\|")


def _markdown_block(block: Block) -> list[str]:
    if isinstance(block, Heading):
        return [f"### {_md(block.text)}"]
    if isinstance(block, Paragraph):
        return [_md(block.text)]
    if isinstance(block, Fields):
        return [f"- **{_md(label)}:** {_md(value)}" for label, value in block.items]
    columns = block.columns + ((block.note_column,) if block.notes else ())
    rows = [
        row + ((block.notes[index],) if index < len(block.notes) else ("",) * bool(block.notes))
        for index, row in enumerate(block.rows)
    ]
    lines = [
        f"**{_md(block.caption)}**",
        "",
        "| " + " | ".join(_md(c) for c in columns) + " |",
        "|" + "|".join(" --- " for _ in columns) + "|",
    ]
    lines += ["| " + " | ".join(_md(c) for c in row) + " |" for row in rows]
    return lines


# --- the command --------------------------------------------------------------------------


def register(subparsers: Any) -> None:
    """Add the ``report`` command to the command line's sub-parsers."""
    parser = subparsers.add_parser(
        "report",
        help="show what a dataset says, programme by programme",
        description="Show each programme of a dataset with its kind, period, status, "
        "countries, partners and figures. With no PATH, report on the built-in dataset of "
        "the seed reports. The json format is one object with sorted keys: report_version, "
        "dataset (path and counts) and one key per section ('programmes': a list of "
        "programmes, each with its partners and figures).",
    )
    add_dataset_argument(parser)
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="text (default, fits 100 columns), markdown, or json",
    )
    add_output_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the report on the dataset named by ``args.path`` (or the built-in one)."""
    progress = Progress(quiet=args.quiet)
    with progress.step(f"loading {args.path or 'the built-in dataset'}"):
        dataset = load_dataset(args.path, max_size=args.max_input_size)
    with progress.step("writing the report"):
        text = render(dataset, args.format, path=args.path)
    with open_output(args.output) as output:
        output.write(text)
    return 0
