"""The rules' reference page, ``docs/rules.md``, generated from the rules' docstrings.

Regenerate it after changing a rule with::

    migrationhealth rules --format markdown > docs/rules.md

A test checks that the file in the repository is what :func:`rules_markdown` writes.
"""

from __future__ import annotations

from collections.abc import Iterable

from .engine import builtin_rules
from .registry import Rule

__all__ = ["CODE_RANGES", "rules_markdown"]

CODE_RANGES: tuple[tuple[str, str], ...] = (
    ("MH1xx", "figures: conflicts, averages, funnels, breakdowns, sub-groups, rates"),
    ("MH2xx", "dates and periods"),
    ("MH3xx", "references and identity"),
    ("MH4xx", "citations"),
)
"""The built-in rules' code ranges and what each is about."""

_REGENERATE = "migrationhealth rules --format markdown > docs/rules.md"


def _anchor(rule: Rule) -> str:
    return f"{rule.code.lower()}-{rule.name}"


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def rules_markdown(rules: Iterable[Rule] | None = None) -> str:
    """The Markdown reference of ``rules`` (default: the built-in rules), as in docs/rules.md."""
    ordered = sorted(builtin_rules() if rules is None else rules, key=lambda r: r.code)
    lines = [
        "# Rules",
        "",
        f"<!-- Generated from the rules' docstrings by `{_REGENERATE}`.",
        "     Edit the docstrings in src/migrationhealth/validation/rules/, not this page. -->",
        "",
        "Every rule that `migrationhealth.validate` and `migrationhealth validate` run, with",
        "its code, name and default severity. The codes of the built-in rules follow one",
        "scheme:",
        "",
        "| codes | about |",
        "|---|---|",
        *(f"| {codes} | {about} |" for codes, about in CODE_RANGES),
        "",
        "Severities: `error` means the figures cannot all be true as recorded; `warning`,",
        "that something is probably wrong or weakens what the dataset can show; `info`,",
        "that something is worth knowing. How to select and ignore rules, and to write rules",
        "of your own, is in [Validation](validation.md).",
        "",
        "| code | name | severity | summary |",
        "|---|---|---|---|",
    ]
    lines += [
        f"| [{r.code}](#{_anchor(r)}) | {r.name} | {r.severity.value} | {_cell(r.summary)} |"
        for r in ordered
    ]
    for r in ordered:
        lines += ["", f"## {r.code} {r.name}", "", f"*Severity: {r.severity.value}.* {r.summary}"]
        if r.details:
            lines += ["", r.details]
    return "\n".join(lines) + "\n"
