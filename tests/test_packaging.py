"""Packaging that tells the truth: license, URLs, links, and dependency floors CI installs."""

from __future__ import annotations

import re
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_license_file_is_mit_and_goes_into_both_distributions() -> None:
    text = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert text.startswith("MIT License")
    assert PROJECT["project"]["license"] == "MIT"
    assert PROJECT["project"]["license-files"] == ["LICENSE"]
    assert "LICENSE" in PROJECT["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]


def test_the_metadata_names_documentation_source_and_changelog() -> None:
    urls = PROJECT["project"]["urls"]
    assert {"Documentation", "Source", "Changelog"} <= set(urls)
    assert all(url.startswith("https://") for url in urls.values())


def test_readme_links_work_on_a_package_index() -> None:
    """A package index shows the README without the repository: no relative link."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    links = re.findall(r"\]\(([^)]+)\)", text)
    assert links
    relative = [link for link in links if not link.startswith(("https://", "#"))]
    assert not relative, f"relative links in README.md: {relative}"


def _floor(requirement: str) -> tuple[str, str] | None:
    match = re.fullmatch(r"([A-Za-z0-9_.-]+)>=([0-9.]+)(;.*)?", requirement.replace(" ", ""))
    return None if match is None else (match[1].lower(), match[2])


def test_ci_installs_every_declared_floor() -> None:
    """.ci/floors.txt pins each runtime dependency at the floor pyproject.toml declares."""
    declared = dict(filter(None, map(_floor, PROJECT["project"]["dependencies"])))
    pinned = {}
    for raw in (ROOT / ".ci" / "floors.txt").read_text(encoding="utf-8").splitlines():
        line = raw.split("#")[0].strip()
        if line:
            name, _, version = line.split(";")[0].strip().partition("==")
            pinned[name.lower()] = version
    assert len(declared) == len(PROJECT["project"]["dependencies"])
    for name, floor in declared.items():
        assert pinned.get(name, "").startswith(floor), (name, floor, pinned.get(name))
    assert set(pinned) == set(declared)
