"""Helpers that write the curated record of each report in this directory.

Each ``<lang>/<name>.json`` is built by a script ``<lang>/<name>.py`` beside it, with the
library's own records and parsers, and written with ``mh.dumps`` so that it is canonical.
Run a script from anywhere: ``python tests/data/reports-extra/es/<name>.py``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import migrationhealth as mh

HERE = Path(__file__).parent


def report_text(language: str, name: str) -> tuple[str, str]:
    """The address and the text of a report, the text's line breaks read as spaces."""
    raw = (HERE / language / f"{name}.txt").read_text(encoding="utf-8")
    first, _, body = raw.partition("\n")
    assert first.startswith("SOURCE: "), first
    return first.removeprefix("SOURCE: "), " ".join(body.split())


class Report:
    """One report: its source, and citations that refuse a quote not in its text."""

    def __init__(self, language: str, name: str, source_id: str, **source: Any) -> None:
        self.language = language
        self.name = name
        self.url, self.text = report_text(language, name)
        self.source = mh.Source(id=source_id, url=self.url, language=language, **source)

    def cite(self, quote: str, speaker: mh.Speaker | None = None) -> mh.Citation:
        assert quote in self.text, f"not in {self.name}: {quote!r}"
        return mh.Citation(source=self.source.id, quote=quote, speaker=speaker)

    def figure(
        self,
        id: str,
        measure: mh.Measure,
        phrase: str,
        quote: str | None = None,
        *,
        unit: str | None = None,
        speaker: mh.Speaker | None = None,
        quantity: mh.Quantity | None = None,
        **fields: Any,
    ) -> mh.Figure:
        """A figure whose quantity is read from ``phrase``, a part of ``quote``.

        ``quantity`` is given only where the reader cannot read the phrase; the script
        says why beside it.
        """
        quote = phrase if quote is None else quote
        assert phrase in quote, f"{phrase!r} is not in {quote!r}"
        if quantity is None:
            quantity = mh.parse_quantity(phrase, language=self.language, unit=unit)
        return mh.Figure(
            id=id,
            measure=measure,
            quantity=quantity,
            citation=self.cite(quote, speaker),
            **fields,
        )

    def date(
        self,
        phrase: str,
        quote: str | None = None,
        *,
        period: mh.Period | None = None,
        **fields: Any,
    ) -> mh.DateFact:
        """A cited date, read from ``phrase`` unless ``period`` is given."""
        quote = phrase if quote is None else quote
        assert phrase in quote, f"{phrase!r} is not in {quote!r}"
        if period is None:
            period = mh.parse_period(phrase, language=self.language)
        return mh.DateFact(period=period, citation=self.cite(quote), **fields)

    def write(self, *records: mh.Organisation | mh.Programme | mh.Person) -> mh.Dataset:
        dataset = mh.Dataset().add(self.source, *records)
        text = mh.dumps(dataset)
        assert mh.loads(text) == dataset
        (HERE / self.language / f"{self.name}.json").write_text(text, encoding="utf-8")
        return dataset
