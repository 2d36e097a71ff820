"""The figures as HXL-tagged CSV: a header row, a row of HXL hashtags, one row per figure.

The `Humanitarian Exchange Language <https://hxlstandard.org>`_ adds a row of hashtags
under the header of a CSV file, so that tools (HDX, HXL Proxy, libhxl) know what each
column holds without reading its header. Every hashtag below is one of the HXL standard's
core hashtags (``#org``, ``#country``, ``#loc``, ``#date``, ``#indicator``, ``#meta``...),
with attributes that say more (``+code``, ``+name``, ``+list`` for several values joined
by ``;``, ``+num`` for numbers, ``+min`` and ``+max`` for bounds). ``places`` (the
places of the figure's statistic, cohort or programme, innermost first) are tagged
``#loc+name``: they range from cities to regions, not one administrative level.
"""

from __future__ import annotations

import csv

from ..aggregation.records import FORMULA_STARTS, Writable, to_records
from ..dataset import Dataset, LocatedFigure

__all__ = ["HXL_TAGS", "write_hxl"]

HXL_TAGS: dict[str, str] = {
    "figure": "#meta+id",
    "programme": "#activity+code",
    "programme_kind": "#activity+type",
    "cohort": "#group+cohort+code",
    "statistic": "#output+code",
    "subgroup": "#group+subgroup+code",
    "breakdown": "#indicator+breakdown+code",
    "category": "#indicator+category+name",
    "organisation": "#org+code",
    "organisations": "#org+partner+code+list",
    "countries": "#country+code+list",
    "subject": "#meta+subject",
    "period": "#date+period",
    "period_start": "#date+start+reported",
    "period_end": "#date+end+reported",
    "period_earliest": "#date+start",
    "period_latest": "#date+end",
    "measure": "#indicator+code",
    "value": "#indicator+value+num",
    "unit": "#indicator+unit",
    "qualifier": "#indicator+qualifier",
    "per": "#indicator+per",
    "low": "#indicator+num+min",
    "high": "#indicator+num+max",
    "planned": "#indicator+planned",
    "rank": "#meta+rank",
    "reason": "#description+reason",
    "inferred": "#meta+inferred",
    "source": "#meta+source+code",
    "published": "#date+reported",
    "published_earliest": "#date+reported+start",
    "published_latest": "#date+reported+end",
    "quote": "#description+quote",
    "speaker": "#meta+speaker+name",
    "note": "#description+note",
    "path": "#meta+path",
    "places": "#loc+name+list",
}
"""The HXL hashtag of each column, in the order the columns are written."""


def _places(located: LocatedFigure) -> str | None:
    for record in (located.statistic, located.cohort, located.programme):
        places = getattr(record, "places", ())
        if places:
            return ";".join(places)
    return None


def _cell(value: object) -> str:
    if value is None:
        return ""
    if value is True or value is False:
        return "true" if value else "false"
    return str(value)


def _safe_cell(value: object) -> str:
    text = _cell(value)
    if isinstance(value, str) and text.startswith(FORMULA_STARTS):
        return "'" + text
    return text


def write_hxl(dataset: Dataset, stream: Writable, *, raw: bool = False) -> None:
    """Write one row per figure of ``dataset`` as HXL-tagged CSV to ``stream``.

    The first row names the columns (those of
    :data:`~migrationhealth.aggregation.records.COLUMNS`, then ``places``), the second
    holds their hashtags (:data:`HXL_TAGS`), and each further row is a figure. As in
    :func:`~migrationhealth.aggregation.write_csv`, a text cell a spreadsheet would run
    as a formula gets a ``'`` before it, unless ``raw=True``.
    """
    cell = _cell if raw else _safe_cell
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(list(HXL_TAGS))
    writer.writerow(list(HXL_TAGS.values()))
    for record, located in zip(to_records(dataset), dataset.figures(), strict=True):
        record["places"] = _places(located)
        writer.writerow([cell(record[name]) for name in HXL_TAGS])
