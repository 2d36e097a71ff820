"""Flat exports: one row per figure, for spreadsheets, dataframes and pipelines.

- :func:`to_records`: a list of dicts, one per figure, with the records it sits in
  (programme, cohort, statistic, breakdown part, sub-group, organisations, countries),
  its period, measure, quantity and bounds, and its citation (source, date, quote).
- :func:`to_frame`: the same as a pandas DataFrame (``pip install
  "migrationhealth[pandas]"``), or the groups of an :class:`Aggregation`.
- :func:`write_csv` and :func:`write_jsonl`: the records as CSV or JSON Lines.
- :func:`as_dict`: any aggregation result as JSON-ready dicts and lists.

Values stay exact: counts are ``int``, decimals are :class:`~decimal.Decimal` (JSON
writes them as numbers, CSV as their digits); several values in one cell (countries,
partner organisations) are joined with ``;``.
"""

from __future__ import annotations

import csv
import importlib
import json
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from fractions import Fraction
from typing import IO, Any

from .._speedups import gc_paused
from ..dataset import Dataset, LocatedFigure
from ..dates import Period
from ..interval import Interval
from .errors import MissingDependencyError
from .group import Aggregation
from .periods import effective_period
from .policy import Conflict
from .programmes import ProgrammeCounts
from .provenance import Exclusion, FigureRef, countries_of
from .rates import Rate, Share
from .total import Fact, Total

__all__ = ["COLUMNS", "as_dict", "to_frame", "to_records", "write_csv", "write_jsonl"]

COLUMNS: tuple[str, ...] = (
    "figure",
    "programme",
    "programme_kind",
    "cohort",
    "statistic",
    "subgroup",
    "breakdown",
    "category",
    "organisation",
    "organisations",
    "countries",
    "subject",
    "period",
    "period_start",
    "period_end",
    "measure",
    "value",
    "unit",
    "qualifier",
    "per",
    "low",
    "high",
    "planned",
    "rank",
    "reason",
    "inferred",
    "source",
    "published",
    "quote",
    "speaker",
    "note",
    "path",
)
"""The columns of :func:`to_records`, in order."""

Record = dict[str, Any]


_PeriodText = tuple[str | None, str | None, str | None]
_NO_PERIOD: _PeriodText = (None, None, None)


class _Cache:
    """What many figures share, worked out once: periods' text, partners, countries."""

    def __init__(self, dataset: Dataset) -> None:
        self.published: dict[str, str | None] = {}
        for source in dataset.sources:
            if source.id not in self.published:
                date = source.published
                self.published[source.id] = None if date is None else date.isoformat()
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
    period, start, end = cache.period(effective_period(located))
    citation = figure.citation
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
        "published": None if citation is None else cache.published.get(citation.source),
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


def _pandas() -> Any:
    try:
        return importlib.import_module("pandas")
    except ImportError:
        raise MissingDependencyError(
            'to_frame needs pandas, an optional dependency: pip install "migrationhealth[pandas]"'
        ) from None


def _group_rows(aggregation: Aggregation) -> list[Record]:
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


def _total_rows(total: Total) -> list[Record]:
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


def to_frame(data: Dataset | Aggregation | Total | Iterable[Mapping[str, Any]]) -> Any:
    """A pandas DataFrame of a dataset's figures (:func:`to_records`), or of a result.

    For an :class:`Aggregation`, one row per group (key, label, bounds, counts); for a
    :class:`Total`, one row per figure counted or left out. Columns of whole numbers
    have pandas' nullable ``Int64`` type; columns holding decimals keep the exact
    :class:`~decimal.Decimal` values. Needs pandas (``pip install
    "migrationhealth[pandas]"``); raises ``MissingDependencyError``, an
    ``ImportError``, without it.
    """
    pandas = _pandas()
    if isinstance(data, Dataset):
        rows: Sequence[Mapping[str, Any]] = to_records(data)
        columns: Sequence[str] | None = COLUMNS
    elif isinstance(data, Aggregation):
        rows, columns = _group_rows(data), None
    elif isinstance(data, Total):
        rows, columns = _total_rows(data), None
    else:
        rows, columns = list(data), None
    frame = pandas.DataFrame.from_records(list(rows), columns=columns)
    for column in frame.columns:
        values = [v for v in frame[column].tolist() if v is not None]
        if values and all(type(v) is int for v in values):
            frame[column] = frame[column].astype("Int64")
    return frame


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_csv(records: Iterable[Mapping[str, Any]], stream: IO[str]) -> None:
    """Write records as CSV with a header row; the columns are the first record's keys.

    Empty cells are missing values; decimals keep their digits; booleans are
    ``true``/``false``.
    """
    writer: Any = None
    for record in records:
        if writer is None:
            writer = csv.DictWriter(stream, fieldnames=list(record), lineterminator="\n")
            writer.writeheader()
        writer.writerow({key: _cell(value) for key, value in record.items()})
    if writer is None:
        csv.writer(stream, lineterminator="\n").writerow(COLUMNS)


def _json_default(value: object) -> object:
    if isinstance(value, Decimal):
        # Decimals have at most 15 significant digits, which a float keeps exactly.
        return float(value)
    if isinstance(value, Fraction):
        return str(value)
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def dumps_json(data: object, *, indent: int | None = None) -> str:
    """JSON text of records or :func:`as_dict` output, decimals written as numbers."""
    return json.dumps(data, ensure_ascii=False, default=_json_default, indent=indent)


def write_jsonl(records: Iterable[Mapping[str, Any]], stream: IO[str]) -> None:
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
