"""A griffe extension that shows the package's reStructuredText docstrings as Markdown.

The docstrings follow PEP 257 and use three reStructuredText forms that Markdown would
garble in the API reference:

- cross-reference roles (``:class:`~migrationhealth.errors.LoadError```) become inline
  code, showing the last component where the role has a ``~``;
- simple tables (columns under rules of ``=``) become Markdown tables;
- doctest blocks (``>>>`` lines and their output, which Markdown would read as nested
  quotes) become fenced ``pycon`` blocks.

``mkdocs.yml`` loads it by path; it is not part of the package.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:class|func|meth|attr|mod|data|exc|obj|const):`(~?)([^`]+)`")
_RULE = re.compile(r"\s*=+(?:\s+=+)+\s*")


def _role(match: re.Match[str]) -> str:
    tilde, target = match.groups()
    return f"`{target.rsplit('.', 1)[-1] if tilde else target}`"


def _columns(rule: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"=+", rule)]


def _cells(line: str, columns: list[tuple[int, int]]) -> list[str]:
    cells = []
    for index, (start, _) in enumerate(columns):
        end = columns[index + 1][0] if index + 1 < len(columns) else len(line)
        cells.append(line[start:end].strip().replace("|", r"\|"))
    return cells


def _table(lines: list[str], start: int) -> tuple[list[str], int] | None:
    """The Markdown table for the simple table whose first rule is ``lines[start]``."""
    rules = [start]
    index = start + 1
    while index < len(lines) and len(rules) < 3:
        if not lines[index].strip():
            return None
        if _RULE.fullmatch(lines[index]):
            rules.append(index)
        index += 1
    if len(rules) < 3:
        return None
    columns = _columns(lines[start])
    header = _cells(lines[start + 1], columns)
    rows: list[list[str]] = []
    for line in lines[rules[1] + 1 : rules[2]]:
        cells = _cells(line, columns)
        if rows and not cells[0]:
            # A blank first column continues the row above, as in reStructuredText.
            pairs = zip(rows[-1], cells, strict=True)
            rows[-1] = [f"{above} {more}".strip() for above, more in pairs]
        elif any(cells):
            rows.append(cells)
    table = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
        *("| " + " | ".join(row) + " |" for row in rows),
    ]
    return ["", *table, ""], rules[2] + 1


def markdown(text: str) -> str:
    """``text``, a reStructuredText docstring, with its roles, tables and doctests as Markdown."""
    lines = _ROLE.sub(_role, text).splitlines()
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        if _RULE.fullmatch(line):
            converted = _table(lines, index)
            if converted is not None:
                out.extend(converted[0])
                index = converted[1]
                continue
        if line.lstrip().startswith(">>>"):
            indent = line[: len(line) - len(line.lstrip())]
            block = []
            while index < len(lines) and lines[index].strip():
                block.append(lines[index])
                index += 1
            out.extend([f"{indent}```pycon", *block, f"{indent}```"])
            continue
        out.append(line)
        index += 1
    return "\n".join(out)


class RstDocstrings(griffe.Extension):
    """Rewrite every docstring the API reference shows, as :func:`markdown` does."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Convert ``obj``'s docstring once griffe has loaded it."""
        if obj.docstring is not None:
            obj.docstring.value = markdown(obj.docstring.value)
