"""The public front: ``migrationhealth.__all__`` is sorted, complete and documented.

A newcomer reads ``migrationhealth/__init__.py`` to learn the whole API, so every name a
user needs from the public modules is exported there, every exported name exists, and
every one has a docstring (module-level constants included: the string literal that
follows their assignment).
"""

from __future__ import annotations

import ast
import importlib
import inspect
import pkgutil
import re
import subprocess
import sys
from functools import cache
from itertools import pairwise
from pathlib import Path
from types import ModuleType

import pytest

import migrationhealth as mh

# Names that public modules list in their ``__all__`` but that stay in their module,
# each with the reason a user does not need it at the top level.
STAY_IN_MODULE = {
    "migrationhealth.countries.is_alpha2": "the model's own check; users call country_code",
    "migrationhealth.interval.Number": "a type alias for annotations, int | Decimal",
    "migrationhealth.merge.Difference": "a part of a MergeConflict, reached through it",
    "migrationhealth.migrations.MIGRATIONS": "the format's own upgrades, run by loads",
    "migrationhealth.migrations.Migration": "a type alias for annotations",
    "migrationhealth.migrations.MigrationRegistry": "for the format's maintainers and tests",
    "migrationhealth.migrations.upgrade_1_to_2": "the step from format 1 to 2, run by loads",
    "migrationhealth.plot.figures": "called as mh.plot.figures, beside its siblings",
    "migrationhealth.plot.timeline": "called as mh.plot.timeline",
    "migrationhealth.plot.totals": "called as mh.plot.totals",
    "migrationhealth.quantity.APPROXIMATE_TOLERANCE": "documents the qualifiers' intervals",
    "migrationhealth.quantity.MAX_VALUE": "documents the largest value a quantity holds",
    "migrationhealth.quantity.continuous_unit": "whether a unit word need not be whole",
    "migrationhealth.quantity.in_time_unit": "durations in one unit of time, for comparing",
    "migrationhealth.quantity.qualifier_interval": "the qualifiers' intervals, for rules",
    "migrationhealth.quantity.time_unit": "the unit of time a word names, in four languages",
    "migrationhealth.units.CONCEPTS": "the unit vocabulary as data; add_unit_words extends it",
    "migrationhealth.units.LANGUAGES": "the unit vocabulary as data; add_unit_words extends it",
    "migrationhealth.units.WORDS": "the unit vocabulary as data; add_unit_words extends it",
    "migrationhealth.units.fold": "case and accent folding, a step of normalise_unit",
    "migrationhealth.serialization.converter": "the cattrs converter behind structure()",
    "migrationhealth.errors.MAX_PROBLEMS": "documents how many problems a LoadError lists",
    "migrationhealth.schema.SCHEMA_FILE": "the name of the shipped schema file",
    "migrationhealth.schema.dumps_schema": "for regenerating the shipped file",
    "migrationhealth.schema.shipped_schema": "the shipped file, equal to json_schema()",
    "migrationhealth.exports.HXL_TAGS": "documents the HXL export's hashtags",
    "migrationhealth.exports.TABLES": "documents the data package's tables",
    "migrationhealth.exports.Table": "a part of TABLES, reached through it",
    "migrationhealth.exports.datapackage_descriptor": "what write_datapackage writes",
    "migrationhealth.exports.table_rows": "the rows write_datapackage writes",
}


def public_modules() -> list[ModuleType]:
    """The package and its direct modules and sub-packages whose names do not start with ``_``.

    A sub-package (``migrationhealth.validation``) is a namespace of its own: its
    ``__all__`` is its API, and the modules inside it are reached through it. The command
    line is left out: it is used by its commands, not imported.
    """
    modules = [mh]
    for info in pkgutil.iter_modules(mh.__path__, prefix="migrationhealth."):
        if info.name.rpartition(".")[2].startswith("_") or info.name == "migrationhealth.cli":
            continue
        modules.append(importlib.import_module(info.name))
    return modules


def is_package(module: ModuleType) -> bool:
    return hasattr(module, "__path__")


def natural_key(name: str) -> tuple[int, list[object]]:
    """RUF022's isort-style order: SCREAMING_CASE, then CamelCase, then the rest, naturally."""
    if len(name) > 1 and name.isupper():
        group = 0
    elif name[:1].isupper():
        group = 1
    else:
        group = 2
    pieces: list[object] = [
        int(piece) if piece.isdigit() else piece for piece in re.split(r"(\d+)", name)
    ]
    return group, pieces


def test_all_is_sorted() -> None:
    assert mh.__all__ == sorted(mh.__all__, key=natural_key)
    assert len(set(mh.__all__)) == len(mh.__all__)


def test_every_exported_name_exists() -> None:
    missing = [name for name in mh.__all__ if not hasattr(mh, name)]
    assert not missing


def test_every_public_module_declares_all() -> None:
    without = [module.__name__ for module in public_modules() if not hasattr(module, "__all__")]
    assert not without, f"public modules without __all__: {without}"


def test_every_name_a_module_exports_exists() -> None:
    missing = [
        f"{module.__name__}.{name}"
        for module in public_modules()
        for name in getattr(module, "__all__", ())
        if not hasattr(module, name)
    ]
    assert not missing


def test_every_public_name_is_exported_at_the_top() -> None:
    """What a module exports is exported by the package too, or says why it stays."""
    exported = set(mh.__all__)
    missing = [
        f"{module.__name__}.{name}"
        for module in public_modules()[1:]
        if not is_package(module)
        for name in getattr(module, "__all__", ())
        if name not in exported and f"{module.__name__}.{name}" not in STAY_IN_MODULE
    ]
    assert not missing, f"add these to migrationhealth.__all__ (or to STAY_IN_MODULE): {missing}"


def test_names_that_stay_in_their_module_are_still_there() -> None:
    for dotted in STAY_IN_MODULE:
        module_name, _, name = dotted.rpartition(".")
        assert name in importlib.import_module(module_name).__all__, dotted


@cache
def attribute_docstrings(path: Path) -> dict[str, str]:
    """Module-level names assigned in ``path`` that a string literal follows, and the string."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = {}
    for statement, following in pairwise(tree.body):
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target = statement.targets[0]
        elif isinstance(statement, ast.AnnAssign):
            target = statement.target
        else:
            continue
        if (
            isinstance(target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            found[target.id] = following.value.value
    return found


def docstring(module: ModuleType, name: str) -> str | None:
    """The docstring of an exported name: its own, or the one after its assignment."""
    value = getattr(module, name)
    if inspect.isclass(value):
        return value.__dict__.get("__doc__")
    if callable(value) or inspect.ismodule(value):
        # Functions, and wrappers such as functools.cache that carry the function's doc.
        return value.__doc__
    for path in sorted(Path(mh.__path__[0]).rglob("*.py")):
        text = attribute_docstrings(path).get(name)
        if text:
            return text
    return None


EXPORTED = [
    (module, name)
    for module in public_modules()
    if module is mh or is_package(module)
    for name in getattr(module, "__all__", ())
    if name != "__version__"
]


@pytest.mark.parametrize(
    ("module", "name"), EXPORTED, ids=[f"{m.__name__}.{n}" for m, n in EXPORTED]
)
def test_every_exported_name_has_a_docstring(module: ModuleType, name: str) -> None:
    text = docstring(module, name)
    assert (text or "").strip(), f"{module.__name__}.{name} has no docstring"


@pytest.mark.parametrize("name", [n for n in mh.__all__ if inspect.isclass(getattr(mh, n))])
def test_public_methods_of_exported_classes_have_docstrings(name: str) -> None:
    cls = getattr(mh, name)
    undocumented = [
        attribute
        for attribute, value in vars(cls).items()
        if not attribute.startswith("_")
        and (inspect.isfunction(value) or isinstance(value, (property, classmethod, staticmethod)))
        and not (getattr(value, "__doc__", None) or getattr(value, "__func__", value).__doc__)
    ]
    assert not undocumented, f"{name}: {undocumented}"


def test_the_docstring_check_finds_a_missing_constant_docstring(tmp_path: Path) -> None:
    module = tmp_path / "module.py"
    module.write_text('DOCUMENTED = 1\n"""It is one."""\nBARE = 2\n')
    assert attribute_docstrings(module) == {"DOCUMENTED": "It is one."}


def test_natural_key_orders_as_ruff_does() -> None:
    names = ["parse_date", "Figure", "FUNNEL", "__version__", "Breakdown", "FORMAT_VERSION"]
    assert sorted(names, key=natural_key) == [
        "FORMAT_VERSION",
        "FUNNEL",
        "Breakdown",
        "Figure",
        "__version__",
        "parse_date",
    ]


def test_every_exception_the_library_defines_is_exported() -> None:
    """Every public exception class of every module the library's users import.

    The command line is left out: it catches its own errors and prints them.
    """
    found = set()
    for info in pkgutil.walk_packages(mh.__path__, prefix="migrationhealth."):
        if info.name.endswith("__main__") or info.name.startswith("migrationhealth.cli"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if (
                isinstance(value, type)
                and issubclass(value, BaseException)
                and value.__module__.startswith("migrationhealth")
                and not name.startswith("_")
            ):
                found.add(value.__name__)
    missing = sorted(name for name in found if name not in mh.__all__)
    assert not missing, f"exceptions not exported by migrationhealth: {missing}"
    assert "MissingDependencyError" in found


def test_the_drafter_is_imported_when_first_asked_for() -> None:
    code = (
        "import sys, migrationhealth as mh\n"
        "assert 'migrationhealth.draft' not in sys.modules\n"
        "assert isinstance(mh.Draft, type)\n"
        "assert callable(mh.draft) and mh.draft.__name__ == 'draft'\n"
        "assert mh.draft_report.__module__ == 'migrationhealth.draft'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
