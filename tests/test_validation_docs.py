"""docs/rules.md is generated from the rules' docstrings, and stays in step with them."""

from __future__ import annotations

from pathlib import Path

import migrationhealth as mh
from migrationhealth.validation import builtin_rules, rule, rules_markdown

RULES_PAGE = Path(__file__).resolve().parent.parent / "docs" / "rules.md"


def test_the_rules_page_matches_the_rules_docstrings() -> None:
    """Regenerate with: migrationhealth rules --format markdown > docs/rules.md"""
    assert RULES_PAGE.read_text(encoding="utf-8") == rules_markdown(), (
        "docs/rules.md is out of date; regenerate it with "
        "`migrationhealth rules --format markdown > docs/rules.md`"
    )


def test_the_page_has_a_section_per_rule_with_its_documentation() -> None:
    page = rules_markdown()
    for item in builtin_rules():
        heading = f"## {item.code} {item.name}"
        assert heading in page
        assert f"*Severity: {item.severity.value}.* {item.summary}" in page
        assert item.details.splitlines()[0] in page
        assert f"(#{item.code.lower()}-{item.name})" in page


def test_the_page_documents_how_selected_and_participants_are_treated() -> None:
    assert "**Selected and participants.**" in rules_markdown()


def test_a_changed_docstring_changes_the_page() -> None:
    def check(context: object) -> tuple[()]:
        """A rule with a pipe | in its summary.

        **What it checks.** Nothing.
        """
        return ()

    page = rules_markdown([*builtin_rules(), rule("ORG1", severity="info")(check)])
    assert page != rules_markdown()
    assert "| [ORG1](#org1-check) | check | info | A rule with a pipe \\| in its summary. |" in page
    assert page.endswith(
        "## ORG1 check\n\n*Severity: info.* A rule with a pipe | in its summary."
        "\n\n**What it checks.** Nothing.\n"
    )
    assert mh.validation.rules_markdown is rules_markdown
