"""A dataset as a Frictionless Data Package: one CSV per table and ``datapackage.json``.

The tables, each a CSV file named after it:

- ``sources``: one row per source (``id`` the primary key);
- ``organisations``: one row per organisation (``parent`` refers to another);
- ``programmes``: one row per programme, lists joined by ``;``;
- ``partners``: one row per programme, organisation and role;
- ``figures``: one row per figure, the columns of
  :data:`~migrationhealth.aggregation.records.FIGURE_COLUMNS` and ``person``, the id in
  ``people`` of who said it (``path``, the figure's JSON path, is the primary key: figure
  ids are unique only in a valid dataset);
- ``people``: one row per person of the dataset's ``people``, with the posts the sources
  give them joined by ``;``.

``datapackage.json`` describes each as a Table Schema: field types (``string``,
``integer``, ``number`` for exact decimals and counts, ``boolean``, ``date``), the enums
as ``enum`` constraints, partial dates with a ``pattern``, primary keys and foreign keys
(a figure's ``source`` is a source's ``id``...). A dataset with dangling references or
duplicate ids (which :func:`~migrationhealth.validate` reports) gives a package that
frictionless reports in the same way.

The CSV cells are the values as they are: empty for a missing value, ``true`` and
``false``, decimals with their digits, dates in ISO 8601. Unlike ``export --format csv``
for spreadsheets, nothing is prefixed to a text that a spreadsheet would read as a
formula, so that every value reads back exactly; open these files with data tools.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

from ..aggregation.records import FIGURE_COLUMNS, Column, Record, to_records
from ..dataset import Dataset
from ..dates import PartialDate, Period
from ..enums import OrganisationKind, ProgrammeKind, Role, Status
from ..model import Citation
from ..schema import _PARTIAL_DATE, _PERIOD

__all__ = ["TABLES", "Table", "datapackage_descriptor", "table_rows", "write_datapackage"]


class Table(NamedTuple):
    """One table of the package: its name, columns, primary key and foreign keys.

    ``foreign_keys`` maps a column to the ``(table, column)`` it refers to.
    """

    name: str
    description: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: dict[str, tuple[str, str]]


def _enum(name: str, description: str, enum: Any, required: bool = False) -> Column:
    return Column(name, "category", description, required, enum)


_PARTIAL = {"period_start", "period_end", "published"}

TABLES: tuple[Table, ...] = (
    Table(
        "sources",
        "The documents that report the facts.",
        (
            Column("id", "string", "the source's id", required=True),
            Column("title", "string", "its title", required=True),
            Column("publisher", "string", "who published it"),
            Column("published", "string", "when, as reported: YYYY, YYYY-MM, YYYY-MM-DD"),
            Column("published_earliest", "date", "the first day it may have been published"),
            Column("published_latest", "date", "the last day it may have been published"),
            Column("url", "string", "where it was read"),
            Column("language", "string", "its language"),
            Column("notes", "string", "notes on the source"),
        ),
        ("id",),
        {},
    ),
    Table(
        "organisations",
        "Ministries, institutes, universities, agencies and networks.",
        (
            Column("id", "string", "the organisation's id", required=True),
            Column("name", "string", "its name", required=True),
            _enum("kind", "what sort of body it is", OrganisationKind, True),
            Column("acronym", "string", "its acronym"),
            Column("country", "string", "its ISO 3166-1 alpha-2 country, empty if international"),
            Column("parent", "string", "the id of the organisation it belongs to"),
            Column("notes", "string", "notes on the organisation"),
        ),
        ("id",),
        {"parent": ("organisations", "id")},
    ),
    Table(
        "programmes",
        "Named interventions: diplomas, certifications, health weeks, policies.",
        (
            Column("id", "string", "the programme's id", required=True),
            Column("title", "string", "its title", required=True),
            _enum("kind", "what sort of intervention it is", ProgrammeKind, True),
            _enum("status", "where it stood in its sources", Status),
            Column("themes", "string", "its themes, joined by ';'"),
            Column("countries", "string", "its countries' alpha-2 codes, joined by ';'"),
            Column("places", "string", "its places, joined by ';'"),
            Column("period", "string", "its period, ISO 8601 (START/END, '..' when open)"),
            Column("period_earliest", "date", "the first day the period may include"),
            Column("period_latest", "date", "the last day the period may include"),
            Column("related", "string", "ids of related programmes, joined by ';'"),
            Column("description", "string", "what the programme is"),
        ),
        ("id",),
        {},
    ),
    Table(
        "partners",
        "The organisations that take part in each programme, one row per role.",
        (
            Column("programme", "string", "the programme's id", required=True),
            Column("organisation", "string", "the organisation's id", required=True),
            _enum("role", "the part it plays", Role, True),
            Column("source", "string", "the id of the source that says so"),
            Column("quote", "string", "the source's words"),
        ),
        ("programme", "organisation", "role"),
        {
            "programme": ("programmes", "id"),
            "organisation": ("organisations", "id"),
            "source": ("sources", "id"),
        },
    ),
    Table(
        "figures",
        "Every reported number, with where it sits, its bounds and its citation.",
        (
            *FIGURE_COLUMNS,
            Column("person", "string", "the id in people of who said it"),
        ),
        ("path",),
        {
            "programme": ("programmes", "id"),
            "organisation": ("organisations", "id"),
            "source": ("sources", "id"),
            "person": ("people", "id"),
        },
    ),
    Table(
        "people",
        "The people quoted or reported speaking.",
        (
            Column("id", "string", "the person's id", required=True),
            Column("name", "string", "their name as the first source writes it", required=True),
            Column("normalised", "string", "their name corrected, where it needed to be"),
            Column("positions", "string", "the posts the sources give them, joined by ';'"),
            Column("notes", "string", "notes on the person"),
        ),
        ("id",),
        {},
    ),
)
"""The tables of the package, in the order ``datapackage.json`` lists them."""


def _joined(values: tuple[str, ...]) -> str | None:
    return ";".join(values) or None


def _date_bounds(date: PartialDate | None) -> tuple[dt.date | None, dt.date | None]:
    if date is None or date.year is None:
        return None, None
    return date.earliest(), date.latest()


def _iso(value: PartialDate | Period | None) -> str | None:
    return None if value is None else value.isoformat()


def _people(dataset: Dataset) -> Iterator[Record]:
    for person in dataset.people:
        yield {
            "id": person.id,
            "name": person.name,
            "normalised": person.normalised,
            "positions": _joined(tuple(position.title for position in person.positions)),
            "notes": person.notes,
        }


def _person(citation: Citation | None) -> str | None:
    if citation is None or citation.speaker is None:
        return None
    return citation.speaker.person


def _sources(dataset: Dataset) -> Iterator[Record]:
    for source in dataset.sources:
        earliest, latest = _date_bounds(source.published)
        yield {
            "id": source.id,
            "title": source.title,
            "publisher": source.publisher,
            "published": _iso(source.published),
            "published_earliest": earliest,
            "published_latest": latest,
            "url": source.url,
            "language": source.language,
            "notes": source.notes,
        }


def _organisations(dataset: Dataset) -> Iterator[Record]:
    for organisation in dataset.organisations:
        yield {
            "id": organisation.id,
            "name": organisation.name,
            "kind": organisation.kind.value,
            "acronym": organisation.acronym,
            "country": organisation.country,
            "parent": organisation.parent,
            "notes": organisation.notes,
        }


def _programmes(dataset: Dataset) -> Iterator[Record]:
    for programme in dataset.programmes:
        period = programme.period
        yield {
            "id": programme.id,
            "title": programme.title,
            "kind": programme.kind.value,
            "status": None if programme.status is None else programme.status.value,
            "themes": _joined(programme.themes),
            "countries": _joined(programme.countries),
            "places": _joined(programme.places),
            "period": _iso(period),
            "period_earliest": None if period is None else period.earliest(),
            "period_latest": None if period is None else period.latest(),
            "related": _joined(programme.related),
            "description": programme.description,
        }


def _partners(dataset: Dataset) -> Iterator[Record]:
    for programme in dataset.programmes:
        for partner in programme.partners:
            citation = partner.citation
            for role in partner.roles:
                yield {
                    "programme": programme.id,
                    "organisation": partner.organisation,
                    "role": role.value,
                    "source": None if citation is None else citation.source,
                    "quote": None if citation is None else citation.quote,
                }


def table_rows(dataset: Dataset) -> dict[str, list[Record]]:
    """The rows of every table of :data:`TABLES` for ``dataset``, by table name."""
    figures = to_records(dataset)
    for row, located in zip(figures, dataset.figures(), strict=True):
        row["person"] = _person(located.figure.citation)
    makers: dict[str, Callable[[Dataset], Iterator[Record]]] = {
        "sources": _sources,
        "organisations": _organisations,
        "programmes": _programmes,
        "partners": _partners,
        "people": _people,
    }
    rows = {name: list(make(dataset)) for name, make in makers.items()}
    rows["figures"] = figures
    return {table.name: rows[table.name] for table in TABLES}


_FIELD_TYPES = {
    "string": "string",
    "category": "string",
    "decimal": "number",
    "integer": "integer",
    "boolean": "boolean",
    "date": "date",
}


def _field(column: Column) -> dict[str, Any]:
    field: dict[str, Any] = {
        "name": column.name,
        "type": _FIELD_TYPES[column.kind],
        "description": column.description,
    }
    constraints: dict[str, Any] = {}
    if column.required:
        constraints["required"] = True
    if column.kind == "category":
        constraints["enum"] = list(column.categories)
    if column.kind == "boolean":
        field["trueValues"], field["falseValues"] = ["true"], ["false"]
    if column.name in _PARTIAL:
        constraints["pattern"] = _PARTIAL_DATE.strip("^$")
    elif column.name == "period":
        constraints["pattern"] = _PERIOD.strip("^$")
    if constraints:
        field["constraints"] = constraints
    return field


def _schema(table: Table) -> dict[str, Any]:
    schema: dict[str, Any] = {
        "fields": [_field(column) for column in table.columns],
        "missingValues": [""],
        "primaryKey": list(table.primary_key),
    }
    if table.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": column,
                "reference": {"resource": resource, "fields": field},
            }
            for column, (resource, field) in table.foreign_keys.items()
        ]
    return schema


def datapackage_descriptor(name: str = "migrationhealth") -> dict[str, Any]:
    """The ``datapackage.json`` of a package named ``name``: its resources and their schemas."""
    return {
        "profile": "tabular-data-package",
        "name": name,
        "title": "Migration-and-health programmes, every figure with its source",
        "resources": [
            {
                "name": table.name,
                "path": f"{table.name}.csv",
                "profile": "tabular-data-resource",
                "description": table.description,
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": _schema(table),
            }
            for table in TABLES
        ],
    }


def _cell(value: object) -> str:
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    return str(value)


def write_datapackage(
    dataset: Dataset, directory: str | Path, *, name: str = "migrationhealth"
) -> Path:
    """Write ``dataset`` as a data package in ``directory`` (made if need be); its descriptor.

    Returns the path of ``datapackage.json``. Files of the same names already in the
    directory are replaced; nothing else in it is touched.
    """
    target = Path(directory)
    target.mkdir(parents=True, exist_ok=True)
    rows = table_rows(dataset)
    for table in TABLES:
        names = [column.name for column in table.columns]
        with (target / f"{table.name}.csv").open("w", encoding="utf-8", newline="") as stream:
            writer = csv.writer(stream, lineterminator="\n")
            writer.writerow(names)
            for row in rows[table.name]:
                writer.writerow([_cell(row[column]) for column in names])
    descriptor = target / "datapackage.json"
    text = json.dumps(datapackage_descriptor(name), indent=2, ensure_ascii=False) + "\n"
    descriptor.write_text(text, encoding="utf-8")
    return descriptor
