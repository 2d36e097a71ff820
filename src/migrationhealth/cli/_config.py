"""Settings for ``validate`` from ``migrationhealth.toml`` or ``pyproject.toml``, as in ruff.

The settings are found in the closest of the current directory and its parents that has
either a ``migrationhealth.toml`` (settings at its top level) or a ``pyproject.toml`` with
a ``[tool.migrationhealth]`` table; ``migrationhealth.toml`` wins in the same directory.
``--config FILE`` names the file instead, and ``--isolated`` ignores every file.

Three keys are read, each the same as the ``validate`` option of its name, which takes
precedence over it: ``select`` and ``ignore`` (a list of rule codes or prefixes, or one
comma-separated string) and ``fail-on`` (``"error"`` or ``"warning"``). Any other key,
or a value of the wrong type, is an error naming the file and the key.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import attrs

from ._common import CommandError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["CONFIG_FILE", "FAIL_LEVELS", "Config", "find_config", "load_config", "read_config"]

CONFIG_FILE = "migrationhealth.toml"
"""The name of the settings file of its own."""

FAIL_LEVELS = ("error", "warning")
"""The values of ``fail-on``."""


@attrs.frozen
class Config:
    """The settings for ``validate``; ``None`` where the file says nothing."""

    path: Path | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    fail_on: str | None = None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise CommandError(f"{path}: cannot be read: {error.strerror or error}") from None
    except UnicodeDecodeError:
        raise CommandError(f"{path}: is not UTF-8 text") from None
    try:
        data: dict[str, Any] = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise CommandError(f"{path}: is not valid TOML: {error}") from None
    return data


def _settings(path: Path) -> dict[str, Any] | None:
    """The settings table of ``path``, or ``None`` for a pyproject.toml without one."""
    data = _read_toml(path)
    if path.name != "pyproject.toml":
        return data
    tool = data.get("tool")
    found = tool.get("migrationhealth") if isinstance(tool, dict) else None
    if found is not None and not isinstance(found, dict):
        raise CommandError(f"{path}: [tool.migrationhealth] must be a table")
    return found


def find_config(start: Path) -> Path | None:
    """The settings file that applies in ``start``: the closest one there or above."""
    for directory in (start, *start.parents):
        own = directory / CONFIG_FILE
        if own.is_file():
            return own
        project = directory / "pyproject.toml"
        if project.is_file() and _settings(project) is not None:
            return project
    return None


def _codes(path: Path, key: str, value: object) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [part for part in value.split(",") if part.strip()]
    if not isinstance(value, list) or not all(isinstance(code, str) for code in value):
        raise CommandError(
            f'{path}: {key} must be a list of rule codes or prefixes, such as ["MH1"], '
            f"got {value!r}"
        )
    return tuple(code.strip() for code in value)


def read_config(path: Path) -> Config:
    """The settings in ``path``; :class:`CommandError` naming the key for a bad one."""
    settings = _settings(path) or {}
    unknown = sorted(set(settings) - {"select", "ignore", "fail-on"})
    if unknown:
        raise CommandError(
            f"{path}: unknown setting {unknown[0]!r}; the settings are select, ignore and fail-on"
        )
    fail_on = settings.get("fail-on")
    if fail_on is not None and fail_on not in FAIL_LEVELS:
        raise CommandError(f"{path}: fail-on must be 'error' or 'warning', got {fail_on!r}")
    return Config(
        path=path,
        select=None if "select" not in settings else _codes(path, "select", settings["select"]),
        ignore=None if "ignore" not in settings else _codes(path, "ignore", settings["ignore"]),
        fail_on=fail_on,
    )


def load_config(explicit: str | None, *, isolated: bool = False) -> Config:
    """The settings of ``--config FILE``, or of the file found from the current directory."""
    if isolated:
        return Config()
    if explicit is not None:
        path = Path(explicit)
        if not path.is_file():
            raise CommandError(f"{explicit}: no such file")
        return read_config(path)
    found = find_config(Path.cwd())
    return Config() if found is None else read_config(found)
