"""The result of validation: a :class:`Report` of findings, as text, JSON or HTML."""

from __future__ import annotations

import base64
import html
import importlib
import io
import json
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import attrs

from .. import _html
from .. import _validators as v
from .._escape import escape, one_line
from .._wrap import wrap
from .findings import Finding, Severity, severity
from .registry import Rule

__all__ = ["REPORT_VERSION", "Report"]

REPORT_VERSION = 1
"""The version of the report's JSON form; it changes only when a field changes meaning."""


def _plural(count: int, word: str) -> str:
    if word == "info" or count == 1:
        return f"{count:,} {word}"
    return f"{count:,} {word}s"


def _evidence_text(finding: Finding) -> str:
    items = []
    for item in finding.evidence:
        text = f"{item.id}: {item.statement}"
        if item.citation is not None:
            text += f" — {item.citation.source}: “{one_line(item.citation.quote)}”"
        items.append(text)
    return "; ".join(items)


@attrs.frozen(kw_only=True)
class Report:
    """The findings of one validation, and the rules that ran.

    A report is iterable (its findings, rule by rule in code order, each rule's in the
    order of the dataset) and has a length. :attr:`counts` counts findings by severity;
    :attr:`ok` is true when there is no error. It renders as text (``str(report)``,
    :meth:`to_text`), as JSON (:meth:`to_json`, :meth:`to_dict`; the format is
    documented in ``docs/validation.md``), and as an HTML table in notebooks.
    """

    findings: tuple[Finding, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(Finding))
    )
    rules: tuple[Rule, ...] = attrs.field(default=(), validator=v.tuple_of(v.instance(Rule)))

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    @property
    def counts(self) -> Mapping[Severity, int]:
        """How many findings there are of each severity, every severity present."""
        counts = dict.fromkeys(Severity, 0)
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts

    @property
    def ok(self) -> bool:
        """Whether no finding is an error (warnings and information may remain)."""
        return all(finding.severity is not Severity.ERROR for finding in self.findings)

    @property
    def worst(self) -> Severity | None:
        """The highest severity among the findings, or ``None`` when there are none."""
        return max((finding.severity for finding in self.findings), default=None)

    def fails(self, level: Severity | str = Severity.ERROR) -> bool:
        """Whether any finding is at ``level`` or above (what ``--fail-on`` tests)."""
        worst = self.worst
        return worst is not None and worst >= severity(level)

    def with_code(self, prefix: str) -> tuple[Finding, ...]:
        """The findings whose code starts with ``prefix`` (``"MH101"``, ``"MH1"``)."""
        return tuple(finding for finding in self.findings if finding.code.startswith(prefix))

    def summary(self) -> str:
        """``2 findings: 1 error, 1 warning, 0 info (17 rules run)``."""
        counts = self.counts
        parts = ", ".join(_plural(counts[s], s.value) for s in Severity)
        rules = _plural(len(self.rules), "rule")
        if not self.findings:
            return f"No findings ({rules} run)."
        return f"{_plural(len(self.findings), 'finding')}: {parts} ({rules} run)."

    def to_text(self, width: int | None = None) -> str:
        r"""The findings as text for a terminal: one block per finding, then the counts.

        A line feed in a quote is written ``\n``, so that no line of the text comes from
        the data; bidirectional controls and zero-width characters are written as
        ``\uXXXX`` escapes (see ``docs/reliability.md``). With a ``width``, lines are
        wrapped to it between words, never inside an id, a path or a number (a word
        longer than the width has a line of its own); continued lines are indented.
        """
        names = {r.code: r.name for r in self.rules}
        lines: list[str] = []

        def add(text: str, indent: str, hang: str) -> None:
            if width is None:
                lines.append(indent + text)
            else:
                lines.extend(wrap(text, width, indent=indent, hang=hang))

        for finding in self.findings:
            name = names.get(finding.code)
            label = f"{finding.code} {name}" if name else finding.code
            add(f"{finding.severity.value} {label}: {finding.message}", "", "    ")
            for item in finding.evidence:
                add(f"{item.id} at {item.path}", "  ", "      ")
                add(item.statement, "    ", "      ")
                if item.citation is not None:
                    quote = one_line(item.citation.quote)
                    add(f"{item.citation.source}: “{quote}”", "    ", "      ")
            if finding.hint:
                add(f"hint: {finding.hint}", "  ", "    ")
            lines.append("")
        add(self.summary(), "", "")
        return escape("\n".join(lines)) + "\n"

    def __str__(self) -> str:
        return self.to_text()

    def to_dict(self) -> dict[str, Any]:
        """The report as JSON-ready data: see the report format in ``docs/validation.md``."""
        return {
            "report_version": REPORT_VERSION,
            "ok": self.ok,
            "counts": {s.value: n for s, n in self.counts.items()},
            "rules": [
                {
                    "code": r.code,
                    "name": r.name,
                    "severity": r.severity.value,
                    "summary": r.summary,
                }
                for r in self.rules
            ],
            "findings": [finding.to_dict() for finding in self.findings],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        """The report as JSON text (UTF-8, keys in a fixed order), ending with a newline."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent) + "\n"

    def _repr_html_(self) -> str:
        """The findings as an HTML table, for notebooks."""
        rows = (
            (
                finding.severity,
                finding.code,
                finding.message,
                _evidence_text(finding),
                finding.hint,
            )
            for finding in self.findings
        )
        table = _html.table(
            ("severity", "code", "message", "evidence", "hint"),
            rows,
            caption=f"Validation: {self.summary()}",
            total=len(self.findings),
        )
        return table + _pictures(self.findings)

    def __repr__(self) -> str:
        return f"<Report: {self.summary()}>"


_PICTURES = 20
"""At most this many conflict pictures are drawn under a report in a notebook."""


def _pictures(findings: Sequence[Finding]) -> str:
    """Under each conflict finding, the picture of its figures' intervals, as inline PNG.

    Empty when matplotlib is not installed: the table says everything the pictures show.
    """
    try:
        importlib.import_module("matplotlib")
    except ImportError:
        return ""
    plot = importlib.import_module("migrationhealth.plot")
    parts = []
    for finding in findings[:_PICTURES]:
        figure = plot.finding_picture(finding)
        if figure is None:
            continue
        buffer = io.BytesIO()
        figure.savefig(buffer, format="png", dpi=72)
        data = base64.b64encode(buffer.getvalue()).decode("ascii")
        title = html.escape(f"{finding.code}: {', '.join(finding.ids)}")
        parts.append(
            f'<figure><img alt="{title}" src="data:image/png;base64,{data}">'
            f"<figcaption>{title}</figcaption></figure>"
        )
    return "".join(parts)
