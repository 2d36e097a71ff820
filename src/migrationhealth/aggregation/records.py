"""Flat exports: one row per figure, for spreadsheets, dataframes and pipelines.

- :func:`to_records`: a list of dicts, one per figure, with the records it sits in
  (programme, cohort, statistic, breakdown part, sub-group, organisations, countries),
  its period, measure, quantity and bounds, and its citation (source, date, quote).
- :data:`FIGURE_COLUMNS`: the same columns with their one type each, which
  :mod:`~migrationhealth.aggregation.frames` gives to Arrow, pandas and polars tables.
- :func:`write_csv` and :func:`write_jsonl`: the records as CSV or JSON Lines.
- :func:`as_dict`: any aggregation result as JSON-ready dicts and lists.

Values stay exact: counts are ``int``, decimals are :class:`~decimal.Decimal` (JSON
writes them as numbers, CSV as their digits); partial dates are their ISO 8601 text,
beside their bounds as :class:`datetime.date` (``None`` when the year is unknown);
several values in one cell (countries, partner organisations) are joined with ``;``.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Iterable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any, Literal, NamedTuple, Protocol

from .._speedups import gc_paused
from ..dataset import Dataset, LocatedFigure
from ..dates import PartialDate, Period
from ..enums import Measure, Plan, ProgrammeKind, Rank
from ..interval import Interval
from ..quantity import Qualifier
from .group import Aggregation
from .periods import effective_period
from .policy import Conflict
from .programmes import ProgrammeCounts
from .provenance import Exclusion, FigureRef, countries_of
from .rates import Rate, Share
from .total import Fact, Total

__all__ = [
    "COLUMNS",
    "FIGURE_COLUMNS",
    "FORMULA_STARTS",
    "GROUP_COLUMNS",
    "TOTAL_COLUMNS",
    "Column",
    "Writable",
    "as_dict",
    "group_rows",
    "to_records",
    "total_rows",
    "write_csv",
    "write_jsonl",
]


class Column(NamedTuple):
    """One column of a table: its name, its type, and what it holds.

    ``kind`` is the column's one type, the same in every export:

    - ``string``: text (Arrow ``string``, pandas ``string``, Table Schema ``string``);
    - ``category``: one of :attr:`categories`, the values of a vocabulary (Arrow
      ``dictionary<int8, string>``, pandas ``category`` and polars ``Enum`` with exactly
      these categories, a Table Schema ``enum`` constraint);
    - ``decimal``: an exact number, counts and decimals alike (Arrow
      ``decimal128(38, 18)``, which holds every value the model admits without loss);
    - ``integer``, ``boolean`` and ``date`` (a calendar day).
    """

    name: str
    kind: Literal["string", "category", "decimal", "integer", "boolean", "date"]
    description: str
    required: bool = False
    values: Iterable[Any] = ()
    """The vocabulary of a category column: an enum, an open vocabulary, or strings."""

    @property
    def categories(self) -> tuple[str, ...]:
        """The values a category column may hold, as they are now.

        An open vocabulary (:class:`~migrationhealth.enums.Measure`...) grows as terms
        are declared, in code or by a dataset file, so the categories are read at each
        export, with the built-in terms first.
        """
        return tuple(getattr(value, "value", value) for value in self.values)


FIGURE_COLUMNS: tuple[Column, ...] = (
    Column("figure", "string", "the figure's id", required=True),
    Column("programme", "string", "the id of the programme the figure sits in"),
    Column("programme_kind", "category", "the programme's kind", values=ProgrammeKind),
    Column("cohort", "string", "the id of the cohort the figure sits in"),
    Column("statistic", "string", "the id of the service statistic the figure sits in"),
    Column("subgroup", "string", "the id of the sub-group the figure sits in"),
    Column("breakdown", "string", "the id of the breakdown the figure is a part of"),
    Column("category", "string", "the breakdown part's category"),
    Column("organisation", "string", "the id of the organisation the figure is about"),
    Column("organisations", "string", "the ids of the programme's partners, joined by ';'"),
    Column("countries", "string", "the alpha-2 codes of the figure's countries, joined by ';'"),
    Column("subject", "string", "what the figure is about, as a key", required=True),
    Column("period", "string", "the figure's period, ISO 8601 (START/END, '..' when open)"),
    Column("period_start", "string", "the period's start as reported: YYYY, YYYY-MM, ..."),
    Column("period_end", "string", "the period's end as reported"),
    Column("period_earliest", "date", "the first day the period may include"),
    Column("period_latest", "date", "the last day the period may include"),
    Column("measure", "category", "what the figure counts", True, Measure),
    Column("value", "decimal", "the reported value", required=True),
    Column("unit", "string", "what is counted: people, services, ...", required=True),
    Column("qualifier", "category", "how the report hedged the value", True, Qualifier),
    Column("per", "string", "what a rate is per: 'per 1,000 inhabitants'"),
    Column("low", "decimal", "the lowest value the qualifier admits", required=True),
    Column("high", "decimal", "the highest value the qualifier admits, empty when unbounded"),
    Column(
        "planned",
        "category",
        "the future it states (target, forecast, need); empty if done",
        values=Plan,
    ),
    Column("rank", "category", "the figure's rank among figures of one thing", True, Rank),
    Column("reason", "string", "why the figure has its rank"),
    Column("inferred", "string", "how the figure was inferred, where the source does not say"),
    Column("source", "string", "the id of the source that reports the figure"),
    Column("published", "string", "the source's publication date as reported"),
    Column("published_earliest", "date", "the first day the source may have been published"),
    Column("published_latest", "date", "the last day the source may have been published"),
    Column("quote", "string", "the exact words of the source"),
    Column("speaker", "string", "who said it, when the source names them"),
    Column("note", "string", "a note on the figure"),
    Column("path", "string", "the figure's JSON path in the dataset", required=True),
)
"""The columns of :func:`to_records`, with their types, in order."""

COLUMNS: tuple[str, ...] = tuple(column.name for column in FIGURE_COLUMNS)
"""The names of the columns of :func:`to_records`, in order."""

GROUP_COLUMNS: tuple[Column, ...] = (
    Column("key", "string", "the group's key", required=True),
    Column("label", "string", "the group's label", required=True),
    Column("measure", "category", "the measure totalled", values=Measure),
    Column("unit", "string", "the unit of the figures totalled"),
    Column("low", "decimal", "the group's low bound"),
    Column("high", "decimal", "the group's high bound, empty when unbounded"),
    Column("figures", "integer", "how many figures were counted", required=True),
    Column("left_out", "integer", "how many figures were left out", required=True),
    Column("conflicts", "integer", "how many conflicts were resolved", required=True),
)
"""The columns of :func:`to_frame` of an :class:`Aggregation`: one row per group."""

TOTAL_COLUMNS: tuple[Column, ...] = (
    Column("figure", "string", "the figure's id", required=True),
    Column("subject", "string", "what the figure is about", required=True),
    Column("measure", "category", "what the figure counts", True, Measure),
    Column("value", "decimal", "the reported value", required=True),
    Column("unit", "string", "what is counted", required=True),
    Column("qualifier", "category", "how the report hedged it", True, Qualifier),
    Column("per", "string", "what a rate is per"),
    Column("low", "decimal", "the lowest value the qualifier admits", required=True),
    Column("high", "decimal", "the highest value the qualifier admits"),
    Column("period", "string", "the figure's period, ISO 8601"),
    Column(
        "planned",
        "category",
        "the future it states (target, forecast, need); empty if done",
        values=Plan,
    ),
    Column("source", "string", "the id of the source"),
    Column("quote", "string", "the exact words of the source"),
    Column("path", "string", "the figure's JSON path", required=True),
    Column("status", "category", "counted or left out", True, ("counted", "left out")),
    Column("counted_low", "decimal", "the low bound it added to the total"),
    Column("counted_high", "decimal", "the high bound it added to the total"),
    Column("reason", "string", "why it was left out"),
)
"""The columns of :func:`to_frame` of a :class:`Total`: one row per figure counted or left out."""

Record = dict[str, Any]


_PeriodText = tuple[str | None, str | None, str | None, dt.date | None, dt.date | None]
_NO_PERIOD: _PeriodText = (None, None, None, None, None)
_Published = tuple[str | None, dt.date | None, dt.date | None]
_NOT_PUBLISHED: _Published = (None, None, None)


def _bounds(date: PartialDate) -> tuple[dt.date | None, dt.date | None]:
    if date.year is None:
        return None, None
    return date.earliest(), date.latest()


class _Cache:
    """What many figures share, worked out once: periods' text, partners, countries."""

    def __init__(self, dataset: Dataset) -> None:
        self.published: dict[str, _Published] = {}
        for source in dataset.sources:
            if source.id not in self.published:
                date = source.published
                self.published[source.id] = (
                    _NOT_PUBLISHED if date is None else (date.isoformat(), *_bounds(date))
                )
        # Periods and programmes are keyed by identity: the dataset keeps them alive.
        self.periods: dict[int, _PeriodText] = {}
        self.partners: dict[int, str | None] = {}
        self.countries: dict[tuple[str, ...], str | None] = {}

    def period(self, period: Period | None) -> _PeriodText:
        if period is None:
            return _NO_PERIOD
        found = self.periods.get(id(period))
        if found is None:
            start, end = period.start, period.end
            found = (
                period.isoformat(),
                None if start is None else start.isoformat(),
                None if end is None else end.isoformat(),
                period.earliest(),
                period.latest(),
            )
            self.periods[id(period)] = found
        return found

    def organisations(self, located: LocatedFigure) -> str | None:
        if located.organisation is not None:
            return located.organisation.id
        programme = located.programme
        assert programme is not None  # a located figure sits in a programme or an organisation
        key = id(programme)
        if key not in self.partners:
            ids = dict.fromkeys(partner.organisation for partner in programme.partners)
            self.partners[key] = ";".join(ids) or None
        return self.partners[key]

    def countries_of(self, located: LocatedFigure) -> str | None:
        codes = countries_of(located)
        found = self.countries.get(codes)
        if found is None and codes not in self.countries:
            found = self.countries[codes] = ";".join(codes) or None
        return found


def _record(located: LocatedFigure, cache: _Cache) -> Record:
    figure = located.figure
    quantity = figure.quantity
    interval = quantity.interval
    period, start, end, earliest, latest = cache.period(effective_period(located))
    citation = figure.citation
    published = (
        _NOT_PUBLISHED if citation is None else cache.published.get(citation.source, _NOT_PUBLISHED)
    )
    programme = located.programme
    speaker = None if citation is None or citation.speaker is None else citation.speaker.label
    return {
        "figure": figure.id,
        "programme": None if programme is None else programme.id,
        "programme_kind": None if programme is None else programme.kind._value_,
        "cohort": None if located.cohort is None else located.cohort.id,
        "statistic": None if located.statistic is None else located.statistic.id,
        "subgroup": None if located.subgroup is None else located.subgroup.id,
        "breakdown": None if located.breakdown is None else located.breakdown.id,
        "category": None if located.part is None else located.part.category,
        "organisation": None if located.organisation is None else located.organisation.id,
        "organisations": cache.organisations(located),
        "countries": cache.countries_of(located),
        "subject": located.subject,
        "period": period,
        "period_start": start,
        "period_end": end,
        "period_earliest": earliest,
        "period_latest": latest,
        # Enum members' ``_value_`` is their value without the descriptor's cost per call.
        "measure": figure.measure._value_,
        "value": quantity.value,
        "unit": quantity.unit,
        "qualifier": quantity.qualifier._value_,
        "per": None if quantity.per is None else str(quantity.per),
        "low": interval.low,
        "high": interval.high,
        "planned": None if figure.planned is None else figure.planned.value,
        "rank": figure.rank._value_,
        "reason": figure.reason,
        "inferred": figure.inferred,
        "source": None if citation is None else citation.source,
        "published": published[0],
        "published_earliest": published[1],
        "published_latest": published[2],
        "quote": None if citation is None else citation.quote,
        "speaker": speaker,
        "note": figure.note,
        "path": located.path,
    }


def to_records(dataset: Dataset) -> list[Record]:
    """One flat dict per figure of ``dataset``, in document order, with :data:`COLUMNS`.

    ``low`` and ``high`` are the bounds the figure's qualifier admits (``high`` is
    ``None`` when unbounded); ``period`` is the figure's own period or that of the
    record it sits in; ``published`` is its source's publication date.
    """
    if not isinstance(dataset, Dataset):
        raise TypeError(f"expected a Dataset, got {type(dataset).__name__}")
    with gc_paused():
        cache = _Cache(dataset)
        return [_record(located, cache) for located in dataset.figures()]


def group_rows(aggregation: Aggregation) -> list[Record]:
    """One record per group of ``aggregation``, with :data:`GROUP_COLUMNS`."""
    return [
        {
            "key": group.key,
            "label": group.label,
            "measure": None if group.total.measure is None else group.total.measure.value,
            "unit": group.total.unit,
            "low": group.total.low,
            "high": group.total.high,
            "figures": len(group.total.figures),
            "left_out": len(group.total.excluded),
            "conflicts": len(group.total.conflicts),
        }
        for group in aggregation.groups
    ]


def total_rows(total: Total) -> list[Record]:
    """One record per figure that ``total`` counted or left out, with :data:`TOTAL_COLUMNS`."""
    rows: list[Record] = []
    for fact in total.facts:
        for ref in fact.figures:
            rows.append(
                {
                    **_ref(ref),
                    "status": "counted",
                    "counted_low": fact.interval.low,
                    "counted_high": fact.interval.high,
                    "reason": None,
                }
            )
    for exclusion in total.excluded:
        rows.append(
            {
                **_ref(exclusion.figure),
                "status": "left out",
                "counted_low": None,
                "counted_high": None,
                "reason": exclusion.detail,
            }
        )
    return rows


class Writable(Protocol):
    """Anything text can be written to: an open text file, ``sys.stdout``, a StringIO."""

    def write(self, text: str, /) -> object:
        """Write ``text``."""


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a text cell may start with that a spreadsheet would run as a formula (OWASP)."""


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _safe_cell(value: object) -> str:
    text = _cell(value)
    # A number is written as its digits and read as a number; only text is neutralised.
    if isinstance(value, str) and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def write_csv(records: Iterable[Mapping[str, Any]], stream: Writable, *, raw: bool = False) -> None:
    """Write records as CSV with a header row; the columns are the first record's keys.

    Empty cells are missing values; decimals keep their digits; booleans are
    ``true``/``false``.

    A text cell that a spreadsheet would run as a formula, one starting with ``=``,
    ``+``, ``-``, ``@``, a tab or a carriage return (``=HYPERLINK(...)`` in a title,
    ``--04-17``, a date without its year), is written with a ``'`` before it, as OWASP
    recommends against CSV injection: spreadsheets then show the text and run nothing.
    ``raw=True`` writes every value exactly as it is, for programs that read CSV; open
    such a file in a spreadsheet only if you trust the data.
    """
    cell = _cell if raw else _safe_cell
    writer: Any = None
    for record in records:
        if writer is None:
            writer = csv.DictWriter(stream, fieldnames=list(record), lineterminator="\n")
            writer.writeheader()
        writer.writerow({key: cell(value) for key, value in record.items()})
    if writer is None:
        csv.writer(stream, lineterminator="\n").writerow(COLUMNS)


def _json_default(value: object) -> object:
    if isinstance(value, Decimal):
        # Decimals have at most 15 significant digits, which a float keeps exactly.
        return float(value)
    if isinstance(value, (Fraction, dt.date)):
        return str(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def dumps_json(data: object, *, indent: int | None = None) -> str:
    """JSON text of records or :func:`as_dict` output, decimals written as numbers."""
    return json.dumps(data, ensure_ascii=False, default=_json_default, indent=indent)


def write_jsonl(records: Iterable[Mapping[str, Any]], stream: Writable) -> None:
    """Write records as JSON Lines: one JSON object per line, decimals as numbers."""
    for record in records:
        stream.write(dumps_json(record) + "\n")


def _interval(interval: Interval | None) -> dict[str, object] | None:
    return None if interval is None else {"low": interval.low, "high": interval.high}


def _ref(ref: FigureRef) -> Record:
    return {
        "figure": ref.id,
        "subject": ref.subject,
        "measure": ref.measure.value,
        "value": ref.quantity.value,
        "unit": ref.quantity.unit,
        "qualifier": ref.quantity.qualifier.value,
        "per": None if ref.quantity.per is None else str(ref.quantity.per),
        "low": ref.interval.low,
        "high": ref.interval.high,
        "period": None if ref.period is None else ref.period.isoformat(),
        "planned": None if ref.planned is None else ref.planned.value,
        "source": ref.source,
        "quote": ref.quote,
        "path": ref.path,
    }


def _exclusion(exclusion: Exclusion) -> Record:
    return {**_ref(exclusion.figure), "reason": exclusion.reason.value, "detail": exclusion.detail}


def _conflict(conflict: Conflict) -> Record:
    return {
        "subject": conflict.subject,
        "measure": conflict.measure.value,
        "period": None if conflict.period is None else conflict.period.isoformat(),
        "figures": [ref.id for ref in conflict.figures],
        "policy": conflict.policy.value,
        "chosen": list(conflict.chosen),
        "result": _interval(conflict.interval),
        "note": conflict.note,
    }


def _fact(fact: Fact) -> Record:
    return {
        "subject": fact.subject,
        "measure": fact.measure.value,
        "period": None if fact.period is None else fact.period.isoformat(),
        **(_interval(fact.interval) or {}),
        "share": fact.share,
        "figures": [_ref(ref) for ref in fact.figures],
    }


def _total(total: Total) -> Record:
    return {
        "measure": None if total.measure is None else total.measure.value,
        "unit": total.unit,
        **(_interval(total.interval) or {}),
        "policy": total.policy.value,
        "include_planned": total.include_planned,
        "facts": [_fact(fact) for fact in total.facts],
        "excluded": [_exclusion(exclusion) for exclusion in total.excluded],
        "conflicts": [_conflict(conflict) for conflict in total.conflicts],
    }


def as_dict(result: Aggregation | Total | Rate | Share | ProgrammeCounts) -> Record:
    """A result as JSON-ready dicts and lists, with every figure's id, bounds and quote."""
    if isinstance(result, Total):
        return _total(result)
    if isinstance(result, Aggregation):
        return {
            "measure": None if result.measure is None else result.measure.value,
            "by": result.by,
            "policy": result.policy.value,
            "split_years": result.split_years,
            "include_planned": result.include_planned,
            "overlapping": result.overlapping,
            "groups": [{"key": g.key, "label": g.label, **_total(g.total)} for g in result.groups],
            "total": None if result.total is None else _total(result.total),
        }
    if isinstance(result, Rate):
        return {
            **(_interval(result.interval) or {}),
            "unit": result.unit,
            "numerator": _interval(result.numerator),
            "denominator": _interval(result.denominator),
            "note": result.note,
            "figures": [_ref(ref) for ref in result.figures],
        }
    if isinstance(result, Share):
        return {
            **(_interval(result.interval) or {}),
            "unit": "%",
            "part": _interval(result.part),
            "whole": _interval(result.whole),
            "note": result.note,
            "figures": [_ref(ref) for ref in result.figures],
        }
    if isinstance(result, ProgrammeCounts):
        return {
            "by": result.by,
            "counts": [
                {
                    "key": c.key,
                    "label": c.label,
                    "count": c.count,
                    "programmes": list(c.programmes),
                    "roles": list(c.roles),
                }
                for c in result.counts
            ],
        }
    raise TypeError(f"expected an aggregation result, got {type(result).__name__}")
