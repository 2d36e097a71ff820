"""``migrationhealth report [PATH]``: what a dataset says, programme by programme.

With no PATH the report is on the built-in dataset, the 13 reports of
:func:`migrationhealth.corpus`. It shows each programme with its kind, period, status,
countries, places, partners and their roles, and every figure with its id, qualifier,
places, source, quote and speaker; then the organisations (and their own figures), the
sources, the findings of validation and the headline totals. The header's counts are
what the report shows: every figure of the dataset is in it.

The report is a sequence of sections. Each is built by a function in :data:`SECTIONS`
that takes the dataset and returns a :class:`Section`: a title, format-neutral content
(:class:`Fields`, :class:`Table`, :class:`Paragraph`, :class:`Heading` blocks) and the
same content as JSON-ready data. The three formats render those sections:

- ``text`` (the default): plain text that fits a width (on the command line the
  terminal's: ``COLUMNS``, else the terminal's size, else :data:`WIDTH`). Lines break
  between words, never inside an id or a number; tables wrap their widest columns, and a
  table too wide for the page lists its rows one after another.
- ``markdown``: a ``#`` title, a ``##`` heading per section, ``###`` per programme,
  field lists and pipe tables.
- ``json``: one JSON object, keys sorted, indented by two spaces::

      {
        "report_version": 2,
        "dataset": {"path": null, "sources": 13, "organisations": 60,
                    "programmes": 21, "figures": 106},
        "programmes": [PROGRAMME, ...],
        "organisations": [...], "sources": [...], "findings": {...}, "headlines": [...]
      }

  ``dataset.path`` is the file reported on, ``null`` for the built-in dataset; every
  further section adds its own top-level key. A PROGRAMME has ``id``, ``title``,
  ``kind``, ``status``, ``period`` (ISO 8601, see :mod:`migrationhealth.dates`),
  ``countries`` (alpha-2 codes), ``places``, ``themes``, ``related``, ``sources`` (ids),
  ``description``, ``edition`` (a FIGURE or ``null``), ``partners`` (each
  ``organisation`` id, ``name`` or ``null`` when the id is unknown, ``roles``) and
  ``figures``. A FIGURE has ``id``, ``measure``, ``value``, ``unit``, ``shown`` (the
  value as the text shows it: ``"22nd edition"``), ``qualifier``, ``per`` (``"per 1,000
  inhabitants"`` or ``null``), ``low`` and ``high`` (the interval the qualifier admits,
  ``high`` ``null`` when unbounded), ``period``, ``planned`` (``target``, ``forecast``,
  ``need`` or ``null``), ``of`` (the cohort, sub-group, breakdown part or statistic it
  is about, or ``null``), ``places`` (where it was counted), ``path`` (its JSON path in
  the dataset), ``source``, ``quote``, ``speaker`` (``label`` and ``position``, or
  ``null``), ``repeats``, ``part_of`` and ``note``. Absent values are ``null``, never
  left out.

Exit status 0; 2 with one line on stderr for input that cannot be loaded.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from functools import cache
from typing import Any, NamedTuple

import attrs

from .._escape import escape, one_line
from .._inflection import ordinal, singular
from .._wrap import DEFAULT_WIDTH, MIN_WIDTH, output_width, wrap
from ..aggregation.display import show_interval
from ..aggregation.headlines import headlines
from ..countries import country_name
from ..dataset import Dataset, LocatedFigure
from ..enums import Measure
from ..errors import CountryError, UnknownIdError
from ..interval import Interval, Number
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
    "organisations_section",
    "programmes_section",
    "register",
    "render",
    "run",
    "sources_section",
]

WIDTH = DEFAULT_WIDTH
"""The width the text format fits when none is given, and on the command line when the
output is not a terminal and ``COLUMNS`` is not set."""

REPORT_VERSION = 2
"""The version of the JSON report's layout; it changes when a key changes meaning."""

FORMATS = ("text", "markdown", "json")

_GAP = "  "
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

    ``notes``, when given, has one text per row (a figure's source and quote), empty for
    a row without one: the text format prints it under its row across the table's width,
    markdown as a last column headed ``note_column``.
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
    located = _figures_by_holder(dataset)
    languages = _languages(dataset)
    blocks: list[Block] = []
    data = []
    for programme in dataset.programmes:
        figures = [_FigureView.of(f, languages) for f in located.get(id(programme), [])]
        blocks.extend(_programme_blocks(dataset, programme, figures))
        data.append(_programme_data(dataset, programme, figures))
    if not dataset.programmes:
        blocks.append(Paragraph("The dataset has no programmes."))
    return Section(key="programmes", title="Programmes", blocks=tuple(blocks), data=data)


def _figures_by_holder(dataset: Dataset) -> dict[int, list[LocatedFigure]]:
    # Keyed by the programme or organisation object, not its id: ids may repeat in a
    # dataset that has not been validated, and each record shows its own figures.
    grouped: dict[int, list[LocatedFigure]] = {}
    for located in dataset.figures():
        holder = located.programme if located.programme is not None else located.organisation
        grouped.setdefault(id(holder), []).append(located)
    return grouped


def _languages(dataset: Dataset) -> dict[str, str | None]:
    return {source.id: source.language for source in dataset.sources}


class _FigureView(NamedTuple):
    """What the report shows of one figure, worked out once for every format."""

    row: tuple[str, ...]
    note: str
    data: dict[str, Any]
    source: str | None

    @classmethod
    def of(cls, located: LocatedFigure, languages: Mapping[str, str | None]) -> _FigureView:
        """The view of ``located``: its table row, its id, source and quote, its JSON."""
        figure = located.figure
        quantity = figure.quantity
        value = quantity.value
        citation = figure.citation
        source = citation.source if citation else None
        language = languages.get(source) if source is not None else None
        measure = figure.measure.value
        hedge = quantity.qualifier
        period = figure.period.isoformat() if figure.period else None
        of = _of(located)
        places = _places(located)
        low: Number
        high: Number | None
        if hedge is Qualifier.EXACT or hedge is Qualifier.AVERAGE:
            # The interval of an exact figure or an average is the value itself.
            low = high = value
        else:
            interval = quantity.interval_as(whole=figure.measure.whole)
            low, high = interval.low, interval.high
        per = str(quantity.per) if quantity.per else None
        speaker = citation.speaker if citation else None
        row = (
            measure,
            _value_text(figure, language),
            _qualifier_text(figure, low, high),
            period or "",
            of or "",
        )
        data = {
            "id": figure.id,
            "measure": measure,
            "value": _json_number(value),
            "unit": quantity.unit,
            "shown": row[1],
            "qualifier": hedge.value,
            "per": per,
            "low": _json_number(low),
            "high": None if high is None else _json_number(high),
            "period": period,
            "planned": None if figure.planned is None else figure.planned.value,
            "of": of,
            "places": places,
            "path": located.path,
            "source": source,
            "quote": citation.quote if citation else None,
            "speaker": None
            if speaker is None
            else {"label": speaker.label, "position": speaker.position},
            "repeats": figure.repeats,
            "part_of": figure.part_of,
            "note": figure.note,
        }
        return cls(row=row, note=_figure_note(figure, places), data=data, source=source)


def _value_text(figure: Figure, language: str | None) -> str:
    """The value as a person writes it: "22nd edition", "1951", "2.4 doctors per 1,000"."""
    quantity = figure.quantity
    value = quantity.value
    if type(value) is int and quantity.qualifier is Qualifier.EXACT and quantity.per is None:
        if figure.measure is Measure.EDITION:
            return f"{ordinal(value, language, quantity.unit)} {quantity.unit}"
        if figure.measure is Measure.YEAR:
            return str(value)
    shown = f"{quantity.shown_value} {quantity.unit}"
    return f"{shown} {quantity.per}" if quantity.per else shown


def _qualifier_text(figure: Figure, low: Number, high: Number | None) -> str:
    """The hedge in words with what it admits, and the plan: "almost, 450,000 to 500,000"."""
    hedge = figure.quantity.qualifier
    words = hedge.value.replace("_", " ")
    if hedge in (Qualifier.EXACT, Qualifier.AVERAGE, Qualifier.SEVERAL) or high is None:
        # An exact value or an average is what it says; "several" shows its interval as
        # its value; an unbounded one is said by its hedge ("more than").
        text = words
    else:
        text = f"{words}, {show_interval(Interval(low=low, high=high))}"
    if figure.planned is None:
        return text
    return figure.planned.value if hedge is Qualifier.EXACT else f"{figure.planned.value}, {text}"


def _places(located: LocatedFigure) -> list[str]:
    found: list[str] = []
    if located.part is not None and located.part.place is not None:
        found.append(str(located.part.place))
    for record in (located.statistic, located.cohort):
        if record is not None:
            found.extend(record.places)
    return list(dict.fromkeys(found))


def _figure_note(figure: Figure, places: Sequence[str]) -> str:
    """The figure's id, where it was counted, and its source, quote and speaker."""
    parts = [figure.id]
    if places:
        parts.append(f"in {'; '.join(places)}")
    if figure.repeats:
        parts.append(f"repeats {figure.repeats}")
    if figure.part_of:
        parts.append(f"part of {figure.part_of}")
    return " · ".join(parts) + " · " + _provenance(figure)


def _programme_blocks(
    dataset: Dataset, programme: Programme, figures: Sequence[_FigureView]
) -> list[Block]:
    items = [
        ("Id", programme.id),
        ("Kind", programme.kind.value),
        ("Status", programme.status.value if programme.status else _NOT_STATED),
    ]
    if programme.edition is not None:
        edition = next((v for v in figures if v.data["path"].endswith(".edition")), None)
        items.append(("Edition", edition.row[1] if edition else str(programme.edition.quantity)))
    items.append(("Period", str(programme.period) if programme.period else _NOT_STATED))
    items.append(("Countries", ", ".join(map(_country, programme.countries)) or _NOT_STATED))
    if programme.places:
        items.append(("Places", "; ".join(programme.places)))
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
        blocks.append(_figures_table(figures))
    return blocks


def _figures_table(figures: Sequence[_FigureView]) -> Table:
    return Table(
        "Figures",
        ("Measure", "Value", "Qualifier", "Period", "Of"),
        tuple(view.row for view in figures),
        notes=tuple(view.note for view in figures),
        note_column="Id, source and quote",
    )


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
        "description": programme.description,
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


# --- organisations and sources ------------------------------------------------------------


def organisations_section(dataset: Dataset) -> Section | None:
    """Each organisation: id, name, acronym, kind, country, programmes, its own figures.

    The programmes are those it is a partner of; its own figures are about it ("175
    member states"). Its JSON key is ``organisations``: a list of objects with ``id``, ``name``,
    ``acronym``, ``kind``, ``country``, ``partner_of`` (programme ids), ``notes`` and
    ``figures`` (FIGUREs as in the programmes). Left out when there are none.
    """
    if not dataset.organisations:
        return None
    partner_of: dict[str, list[str]] = {}
    for programme in dataset.programmes:
        for partner in programme.partners:
            ids = partner_of.setdefault(partner.organisation, [])
            if programme.id not in ids:
                ids.append(programme.id)
    located = _figures_by_holder(dataset)
    languages = _languages(dataset)
    rows = []
    data = []
    blocks: list[Block] = []
    figure_blocks: list[Block] = []
    for organisation in dataset.organisations:
        programmes = partner_of.get(organisation.id, [])
        country = _country(organisation.country) if organisation.country else ""
        rows.append(
            (
                organisation.id,
                organisation.name,
                organisation.acronym or "",
                organisation.kind.value,
                country,
                ", ".join(programmes),
            )
        )
        views = [_FigureView.of(f, languages) for f in located.get(id(organisation), [])]
        if views:
            figure_blocks += [Heading(organisation.name), _figures_table(views)]
        data.append(
            {
                "id": organisation.id,
                "name": organisation.name,
                "acronym": organisation.acronym,
                "kind": organisation.kind.value,
                "country": organisation.country,
                "partner_of": programmes,
                "notes": organisation.notes,
                "figures": [view.data for view in views],
            }
        )
    columns = ("Id", "Name", "Acronym", "Kind", "Country", "Partner of")
    notes = tuple(organisation.notes or "" for organisation in dataset.organisations)
    if not any(notes):
        notes = ()
    blocks.append(Table("Organisations", columns, tuple(rows), notes, "Notes"))
    return Section(
        key="organisations",
        title="Organisations",
        blocks=(*blocks, *figure_blocks),
        data=data,
    )


def sources_section(dataset: Dataset) -> Section | None:
    """Each source: id, title, publisher, language, published date, address and notes.

    A published date that was inferred says how. Its JSON key is ``sources``: a list of
    objects with ``id``, ``title``, ``publisher``, ``language``, ``published`` (ISO
    8601), ``published_inferred``, ``url`` and ``notes``. Left out when there are none.
    """
    if not dataset.sources:
        return None
    blocks: list[Block] = []
    data = []
    for source in dataset.sources:
        published = source.published.isoformat() if source.published else None
        shown = published or _NOT_STATED
        if source.published_inferred:
            shown = f"{shown} (inferred: {source.published_inferred})"
        items = [
            ("Id", source.id),
            ("Publisher", source.publisher or _NOT_STATED),
            ("Language", source.language or _NOT_STATED),
            ("Published", shown),
        ]
        if source.url:
            items.append(("Address", source.url))
        blocks += [Heading(source.title), Fields(tuple(items))]
        if source.notes:
            blocks.append(Paragraph(source.notes))
        data.append(
            {
                "id": source.id,
                "title": source.title,
                "publisher": source.publisher,
                "language": source.language,
                "published": published,
                "published_inferred": source.published_inferred,
                "url": source.url,
                "notes": source.notes,
            }
        )
    return Section(key="sources", title="Sources", blocks=tuple(blocks), data=data)


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

    Each headline adds only figures of one measure that count one kind of thing, from
    programmes of one kind, over periods that overlap; its label says so. Its JSON key
    is ``headlines``: a list of objects with ``label``, ``low`` and ``high`` (``high``
    ``null`` when unbounded; both ``null`` when the figures cannot be added), ``exact``
    (the exact value as a fraction in text, ``"8700000/20"``, when the bounds are a
    rounding of one number, else ``null``), ``shown`` (the value as the text shows it),
    ``unit``, ``figures`` (the ids counted), ``programmes`` (their ids) and ``note``.
    Left out when there is nothing to aggregate.
    """
    found = headlines(dataset)
    if not found:
        return None
    notes = tuple(_headline_note(h) for h in found)
    rows = tuple((h.label, h.value) for h in found)
    table = Table("Headlines", ("Headline", "Value"), rows, notes, "Figures and note")
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
                "exact": None if h.exact is None else str(h.exact),
                "shown": h.value,
                "unit": h.unit,
                "figures": list(h.figures),
                "programmes": list(h.programmes),
                "note": h.note,
            }
        )
    return Section(key="headlines", title="Headline aggregates", blocks=(table,), data=data)


def _headline_note(headline: Any) -> str:
    parts = []
    if headline.figures:
        parts.append(f"figures: {', '.join(headline.figures)}")
    parts.append(headline.note or "every figure counted")
    return "; ".join(parts)


SECTIONS: tuple[Callable[[Dataset], Section | None], ...] = (
    programmes_section,
    organisations_section,
    sources_section,
    findings_section,
    headlines_section,
)
"""The report's sections in order. A builder returns ``None`` to leave its section out."""


# --- rendering ----------------------------------------------------------------------------


def render(dataset: Dataset, form: str, *, path: str | None = None, width: int = WIDTH) -> str:
    """The report on ``dataset`` in format ``form`` (one of :data:`FORMATS`), as text.

    The text format fits ``width`` columns: lines break between words, never inside an
    id or a number, and a table too wide for the page lists its rows one by one.
    """
    sections = [s for s in (build(dataset) for build in SECTIONS) if s is not None]
    summary = _summary(dataset, path)
    if form == "json":
        return _render_json(summary, sections)
    if form == "markdown":
        return _render_markdown(summary, sections)
    if form == "text":
        return _render_text(summary, sections, max(width, MIN_WIDTH))
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
    what = "the built-in dataset" if summary["path"] is None else None
    counts = ", ".join(
        f"{summary[k]:,} {k if summary[k] != 1 else singular(k, 'en')}"
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


def _render_text(summary: dict[str, Any], sections: Sequence[Section], width: int) -> str:
    what, counts = _describe(summary)
    lines = _wrap(f"migrationhealth report on {what}: {counts}.", width=width)
    for section in sections:
        lines += ["", section.title.upper(), "=" * min(len(section.title), width)]
        for block in section.blocks:
            lines += ["", *_text_block(block, width)]
    return "\n".join(lines) + "\n"


def _wrap(text: str, *, width: int, indent: str = "", hang: str = "") -> list[str]:
    # Lines break between words only: never at an id's hyphens, never inside a number.
    return wrap(_clean(text), width, indent=indent, hang=hang)


def _text_block(block: Block, width: int) -> list[str]:
    if isinstance(block, Heading):
        title = _wrap(block.text, width=width)
        return [*title, "-" * min(max(len(line) for line in title), width)]
    if isinstance(block, Paragraph):
        return _wrap(block.text, width=width)
    if isinstance(block, Fields):
        return _text_fields(block.items, width=width, indent="")
    return [f"{block.caption}:", *_text_table(block, indent="  ", width=width)]


def _text_fields(items: Sequence[tuple[str, str]], *, width: int, indent: str) -> list[str]:
    """Labelled values, the values lined up after the longest label.

    On a page too narrow for that (the labels would take half of it), each value follows
    its own label and continues two columns in.
    """
    label_width = max(len(label) for label, _ in items) + 2
    aligned = len(indent) + label_width <= width // 2
    lines = []
    for label, value in items:
        if aligned:
            head = f"{indent}{label}:".ljust(len(indent) + label_width)
            hang = indent + " " * label_width
        else:
            head, hang = f"{indent}{label}: ", indent + "  "
        lines += _wrap(value, width=width, indent=head, hang=hang)
    return lines


def _text_table(table: Table, *, indent: str, width: int) -> list[str]:
    header = tuple(_clean(c) for c in table.columns)
    rows = [tuple(_clean(c) for c in row) for row in table.rows]
    # A column with nothing in it (no figure has a period) is left out of the text.
    shown = [i for i in range(len(header)) if any(row[i] for row in rows)] or [0]
    header = tuple(header[i] for i in shown)
    rows = [tuple(row[i] for i in shown) for row in rows]
    widths = _column_widths(header, rows, width - len(indent))
    if widths is None:
        return _text_records(table, header, rows, indent=indent, width=width)
    lines = _text_row(header, widths, indent)
    lines.append(indent + _GAP.join("-" * w for w in widths))
    for index, row in enumerate(rows):
        lines += _text_row(row, widths, indent)
        if index < len(table.notes) and table.notes[index]:
            lines += _wrap(table.notes[index], indent=indent * 2, hang=indent * 3, width=width)
    return lines


def _text_records(
    table: Table,
    header: Sequence[str],
    rows: Sequence[Sequence[str]],
    *,
    indent: str,
    width: int,
) -> list[str]:
    """A table too wide for the page, one row after another.

    Each row is its first cell, then the others as labelled lines, then its note.
    """
    lines: list[str] = []
    for index, row in enumerate(rows):
        lines += _wrap(row[0], indent=f"{indent}- ", hang=f"{indent}  ", width=width)
        items = [(label, cell) for label, cell in zip(header[1:], row[1:], strict=True) if cell]
        if items:
            lines += _text_fields(items, width=width, indent=indent + "  ")
        if index < len(table.notes) and table.notes[index]:
            lines += _wrap(table.notes[index], indent=indent + "  ", hang=indent * 3, width=width)
    return lines


def _longest_word(text: str) -> int:
    return max((len(word) for word in text.split()), default=0)


def _column_widths(
    header: Sequence[str], rows: Sequence[Sequence[str]], available: int
) -> list[int] | None:
    """Each column's width, or ``None`` when the columns cannot fit without splitting a word.

    A column is at least as wide as its longest word (an id, a number); the room left is
    shared, narrow columns first, so that short codes never wrap while long labels do.
    """
    count = len(header)
    natural = [max([len(header[i]), *(len(row[i]) for row in rows)]) for i in range(count)]
    least = [
        max([_longest_word(header[i]), *(_longest_word(row[i]) for row in rows)])
        for i in range(count)
    ]
    budget = available - len(_GAP) * (count - 1)
    if sum(least) > budget:
        return None
    widths = list(least)
    remaining = budget - sum(least)
    order = sorted(range(count), key=lambda i: natural[i] - least[i])
    for done, index in enumerate(order):
        share = remaining // (count - done)
        extra = min(natural[index] - least[index], share)
        widths[index] += extra
        remaining -= extra
    return widths


def _text_row(cells: Sequence[str], widths: Sequence[int], indent: str) -> list[str]:
    # The cells were cleaned when the columns were measured.
    wrapped = [wrap(cell, w) for cell, w in zip(cells, widths, strict=True)]
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
        "countries, partners and figures, then the organisations, the sources, the "
        "findings of validation and the headline totals. With no PATH, report on the "
        "built-in dataset (the 13 reports of migrationhealth.corpus()). The text fits the "
        "terminal: COLUMNS, else the terminal's width, else 100 columns. The json format "
        "is one object with sorted keys: report_version, dataset (path and counts) and one "
        "key per section.",
    )
    add_dataset_argument(parser)
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="text",
        help="text (default, fits the terminal's width), markdown, or json",
    )
    add_output_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the report on the dataset named by ``args.path`` (or the built-in one)."""
    progress = Progress(quiet=args.quiet)
    with progress.step(f"loading {args.path or 'the built-in dataset'}"):
        dataset = load_dataset(args.path, max_size=args.max_input_size)
    with progress.step("writing the report"):
        text = render(
            dataset, args.format, path=args.path, width=output_width(to_stdout=args.output is None)
        )
    with open_output(args.output) as output:
        output.write(text)
    return 0
