"""Every code block in README.md and docs/ runs, so the documentation cannot drift from the code.

What each fenced block's language means here:

- ``python``: run with ``exec``.
- ``pycon``: run as a doctest; the output shown must be the output produced.
- ``console``: each ``$ migrationhealth ...`` line is run, and what it prints (stdout, then
  stderr) must be the lines that follow it, exactly.
- ``json``: must parse; a whole document (one with ``format_version``) must load and be
  in canonical form, byte for byte what ``dumps(..., indent=2)`` writes.
- ``sh``, ``text``, ``toml``, ``yaml``, ``html``: shown, not run (installation commands,
  output of other tools).

The blocks of one page run in order in one namespace, in a temporary working directory
of their own. A block can be skipped only with a reason, written just above it as
``<!-- docs-test: skip: REASON -->``; pytest shows the reason. A block with no language,
or with one not listed above, fails: every block is either run or knowingly shown.
"""

from __future__ import annotations

import doctest
import json
import os
import re
import shlex
import subprocess
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import migrationhealth as mh

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
RUN = {"python", "pycon", "console", "json"}
SHOWN = {"sh", "text", "toml", "yaml", "html"}

_FENCE = re.compile(r"(?P<indent>[ \t]*)(?P<fence>`{3,})(?P<info>[^`]*)")
_SKIP = re.compile(r"<!--\s*docs-test:\s*skip:\s*(?P<reason>.*?)\s*-->")
_SKIP_WITHOUT_REASON = re.compile(r"<!--\s*docs-test:\s*skip\b")


@dataclass(frozen=True)
class Block:
    """One fenced code block: where it is, its language, its text, and why it is skipped."""

    page: Path
    index: int
    line: int
    language: str
    text: str
    skip: str | None

    @property
    def name(self) -> str:
        return f"{shown(self.page)}:{self.line}"


def shown(page: Path) -> str:
    """The page's path as a reader of the repository knows it."""
    return page.relative_to(ROOT).as_posix() if page.is_relative_to(ROOT) else str(page)


def read_blocks(page: Path) -> list[Block]:
    """The fenced blocks of ``page``, in order; the skip marker must precede its block."""
    lines = page.read_text(encoding="utf-8").splitlines()
    blocks: list[Block] = []
    index = 0
    while index < len(lines):
        opening = _FENCE.fullmatch(lines[index])
        if opening is None:
            index += 1
            continue
        indent, fence = opening["indent"], opening["fence"]
        language = opening["info"].strip().split(" ")[0].split("{")[0]
        body: list[str] = []
        end = index + 1
        while end < len(lines) and lines[end].strip() != fence:
            body.append(lines[end][len(indent) :] if lines[end].startswith(indent) else lines[end])
            end += 1
        if end == len(lines):
            raise AssertionError(f"{shown(page)}:{index + 1}: unclosed code block")
        previous = next((line for line in reversed(lines[:index]) if line.strip()), "")
        marker = _SKIP.search(previous)
        if marker is None and _SKIP_WITHOUT_REASON.search(previous):
            raise AssertionError(
                f"{shown(page)}:{index}: a skip marker needs a reason: "
                "<!-- docs-test: skip: REASON -->"
            )
        blocks.append(
            Block(
                page=page,
                index=len(blocks),
                line=index + 1,
                language=language,
                text="\n".join(body) + "\n",
                skip=None if marker is None or not marker["reason"] else marker["reason"],
            )
        )
        index = end + 1
    return blocks


BLOCKS = {page: read_blocks(page) for page in PAGES}
ALL_BLOCKS = [block for blocks in BLOCKS.values() for block in blocks]


@dataclass
class PageRun:
    """The state one page's blocks share: a namespace, a directory, how far it has run."""

    directory: Path
    namespace: dict[str, Any] = field(default_factory=dict)
    done: int = 0
    failed: str | None = None
    missing: str | None = None


OPTIONAL = {"pandas", "pyarrow", "polars", "duckdb", "frictionless", "jsonschema", "hxl", "orjson"}
"""Packages that examples use and the library does not need: without one, its page skips."""


def missing_optional(error: BaseException) -> str | None:
    """Why a block cannot run here, when it failed for want of an optional package."""
    if isinstance(error, ModuleNotFoundError) and (error.name or "").split(".")[0] in OPTIONAL:
        return f"{error.name} is an optional package, not installed here"
    if isinstance(error, mh.MissingDependencyError):
        return str(error)
    return None


@pytest.fixture(scope="session")
def page_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, PageRun]:
    return {
        page: PageRun(
            directory=tmp_path_factory.mktemp(page.stem),
            namespace={"__name__": f"docs_{page.stem.replace('-', '_')}"},
        )
        for page in PAGES
        if BLOCKS[page]
    }


def run_python(block: Block, namespace: dict[str, Any]) -> None:
    # Padding keeps the page's line numbers in tracebacks.
    code = compile("\n" * block.line + block.text, str(block.page), "exec")
    exec(code, namespace)


def run_pycon(block: Block, namespace: dict[str, Any]) -> None:
    test = doctest.DocTestParser().get_doctest(
        block.text, namespace, block.name, str(block.page), block.line
    )
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    result = runner.run(test, out=report.append, clear_globs=False)
    # A doctest runs in a copy of the namespace it is given; later blocks need its names.
    namespace.update(test.globs)
    if result.failed:
        raise AssertionError("".join(report))


def run_console(block: Block, directory: Path) -> None:
    commands: list[tuple[str, list[str]]] = []
    for line in block.text.splitlines():
        if line.startswith("$ "):
            commands.append((line[2:], []))
        elif commands:
            commands[-1][1].append(line)
        elif line.strip():
            raise AssertionError(f"{block.name}: output before any '$ ' command: {line!r}")
    if not commands:
        raise AssertionError(f"{block.name}: a console block holds '$ ' commands")
    environment = {**os.environ, "COLUMNS": "80", "PYTHONIOENCODING": "utf-8"}
    for command, expected in commands:
        words = shlex.split(command)
        if words[0] != "migrationhealth":
            raise AssertionError(f"{block.name}: only migrationhealth commands run: {command!r}")
        done = subprocess.run(
            [sys.executable, "-m", "migrationhealth", *words[1:]],
            capture_output=True,
            text=True,
            cwd=directory,
            env=environment,
            check=False,
            timeout=600,
        )
        shown = [line.rstrip() for line in (done.stdout + done.stderr).splitlines()]
        wanted = [line.rstrip() for line in expected]
        while wanted and not wanted[-1]:
            wanted.pop()
        while shown and not shown[-1]:
            shown.pop()
        if "--help" in words:
            # argparse lays help out differently from one Python version to the next
            # (column widths, where lines wrap, "-o FILE, --output FILE" or "-o, --output
            # FILE" from 3.13): the words must be the same, in order.
            assert help_words(shown) == help_words(wanted), (
                f"{block.name}: `{command}` printed:\n" + "\n".join(shown)
            )
            continue
        assert shown == wanted, f"{block.name}: `{command}` printed:\n" + "\n".join(shown)


_SHORT_AND_LONG = re.compile(r"(-\w) (\S+), (--[\w-]+) \2")


def help_words(lines: list[str]) -> list[str]:
    """The words of a help text, options written as Python 3.13 writes them."""
    return _SHORT_AND_LONG.sub(r"\1, \3 \2", " ".join(" ".join(lines).split())).split()


def check_json(block: Block) -> None:
    document = json.loads(block.text)
    if isinstance(document, dict) and "format_version" in document:
        dataset = mh.loads(block.text)
        assert mh.dumps(dataset, indent=2) == block.text, (
            f"{block.name}: the document loads but is not in canonical form"
        )


def execute(block: Block, run: PageRun) -> None:
    if block.language == "python":
        run_python(block, run.namespace)
    elif block.language == "pycon":
        run_pycon(block, run.namespace)
    elif block.language == "console":
        run_console(block, run.directory)
    elif block.language == "json":
        check_json(block)


@pytest.mark.parametrize("block", ALL_BLOCKS, ids=lambda block: block.name)
def test_code_block_runs(
    block: Block, page_runs: dict[Path, PageRun], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The block runs (after the page's earlier blocks, in the same namespace)."""
    assert block.language in RUN | SHOWN, (
        f"{block.name}: code block language {block.language!r} is neither run nor shown; "
        f"use one of {sorted(RUN | SHOWN)}"
    )
    run = page_runs[block.page]
    monkeypatch.chdir(run.directory)
    for earlier in BLOCKS[block.page][run.done : block.index]:
        if run.failed is None and run.missing is None and earlier.skip is None:
            try:
                execute(earlier, run)
            except Exception as error:
                run.missing = missing_optional(error)
                if run.missing is None:
                    run.failed = f"{earlier.name}\n{traceback.format_exc()}"
    run.done = max(run.done, block.index + 1)
    if run.failed is not None:
        pytest.fail(f"an earlier block of this page failed: {run.failed}")
    if run.missing is not None:
        pytest.skip(run.missing)
    if block.skip is not None:
        pytest.skip(f"{block.name}: {block.skip}")
    try:
        execute(block, run)
    except Exception as error:
        run.missing = missing_optional(error)
        if run.missing is not None:
            pytest.skip(run.missing)
        run.failed = block.name
        raise


def test_every_page_is_read() -> None:
    """The README and the narrative pages are all found, and the site lists every page."""
    assert PAGES[0].name == "README.md"
    names = {page.relative_to(ROOT / "docs").as_posix() for page in PAGES[1:]}
    assert {"index.md", "getting-started.md", "concepts.md", "format.md"} <= names
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    missing = sorted(name for name in names if f" {name}" not in nav)
    assert not missing, f"pages missing from mkdocs.yml's nav: {missing}"


def test_skip_marker_needs_a_reason(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("<!-- docs-test: skip -->\n```python\nraise SystemExit\n```\n")
    with pytest.raises(AssertionError, match="needs a reason"):
        read_blocks(page)


def test_skip_marker_with_a_reason_is_read(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("<!-- docs-test: skip: needs a network -->\n\n```python\npass\n```\n")
    (block,) = read_blocks(page)
    assert block.skip == "needs a network"


def test_a_wrong_doctest_output_fails(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("```pycon\n>>> 1 + 1\n3\n```\n")
    (block,) = read_blocks(page)
    with pytest.raises(AssertionError, match="Expected"):
        run_pycon(block, {})


def test_a_non_canonical_document_fails(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text('```json\n{"programmes": [], "format_version": 1}\n```\n')
    (block,) = read_blocks(page)
    with pytest.raises(AssertionError, match="canonical"):
        check_json(block)


def test_a_console_block_with_other_output_fails(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text("```console\n$ migrationhealth --version\nmigrationhealth 0.0.0-no\n```\n")
    (block,) = read_blocks(page)
    with pytest.raises(AssertionError, match="printed"):
        run_console(block, tmp_path)
