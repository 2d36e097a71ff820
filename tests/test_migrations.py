"""Format versions: newer files are refused, older ones upgraded by registered migrations.

The mechanism is tested with migrations registered inside the tests (pretending a version
3); the real migration from version 1 to 2 is tested on every version-1 document the
suite has: ``tests/data/format-v1.json`` and the built-in dataset as it was in version 1.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as hst

import migrationhealth as mh
from migrationhealth import serialization
from migrationhealth.migrations import MIGRATIONS, MigrationRegistry

DATA = Path(__file__).parent / "data"


def _example(version: int) -> str:
    return (DATA / f"format-v{version}.json").read_text(encoding="utf-8")


def _rename_heading(document: dict[str, Any]) -> dict[str, Any]:
    """A test migration: version 1 (pretend) called a source's title its heading."""
    sources = [
        {("title" if key == "heading" else key): value for key, value in source.items()}
        for source in document.get("sources", [])
    ]
    return {**document, "sources": sources}


def _as_pretend_version_1(text: str) -> str:
    """The example rewritten as a pretend older version that _rename_heading upgrades."""
    document = json.loads(text)
    for source in document["sources"]:
        source["heading"] = source.pop("title")
    return json.dumps(document)


class TestTheRegistryMatchesTheFormat:
    def test_every_older_version_has_a_migration(self) -> None:
        assert MIGRATIONS.versions == tuple(range(1, serialization.FORMAT_VERSION))

    @pytest.mark.parametrize("version", range(1, serialization.FORMAT_VERSION + 1))
    def test_every_version_has_a_stored_example_that_loads(self, version: int) -> None:
        dataset = mh.loads(_example(version))
        assert len(list(dataset.figures())) > 10

    def test_the_current_example_is_canonical(self) -> None:
        """Any change to what dumps writes, without a new format version, fails here."""
        text = _example(serialization.FORMAT_VERSION)
        assert mh.dumps(mh.loads(text), indent=2) == text

    def test_dumps_writes_the_current_version(self) -> None:
        document = json.loads(mh.dumps(mh.Dataset()))
        assert document == {"format_version": serialization.FORMAT_VERSION}


class TestNewerVersionsAreRefused:
    @given(hst.integers(min_value=serialization.FORMAT_VERSION + 1, max_value=10**30))
    def test_message_names_both_versions(self, version: int) -> None:
        text = json.dumps({"format_version": version, "sources": "anything"})
        with pytest.raises(mh.LoadError) as caught:
            mh.loads(text)
        (problem,) = caught.value.problems
        assert problem.startswith("$.format_version: ")
        assert f"format version {version}," in problem
        assert f"version {serialization.FORMAT_VERSION}," in problem

    def test_refused_before_anything_else_is_read(self) -> None:
        # A newer file may hold fields this version does not know: only the version is named.
        text = json.dumps({"format_version": 99, "dossiers": [{"x": 1}]})
        with pytest.raises(mh.LoadError) as caught:
            mh.loads(text)
        assert len(caught.value.problems) == 1

    @pytest.mark.parametrize(
        ("value", "shown"),
        [
            ("0", "integer 0"),
            ("-1", "integer -1"),
            ("1.0", "number 1.0"),
            ("1e0", "number 1"),
            ('"1"', "string '1'"),
            ("true", "boolean true"),
            ("null", "null"),
            ("[1]", "array"),
            ("NaN", "NaN"),
        ],
    )
    def test_a_version_that_is_not_a_positive_integer(self, value: str, shown: str) -> None:
        with pytest.raises(mh.LoadError) as caught:
            mh.loads(f'{{"format_version": {value}}}')
        assert caught.value.problems == (
            f"$.format_version: expected a positive integer, got {shown}",
        )

    def test_a_missing_version(self) -> None:
        with pytest.raises(mh.LoadError) as caught:
            mh.loads('{"sources": []}')
        assert caught.value.problems == ("$.format_version: required field missing",)


class TestRegistry:
    def test_steps_run_in_order_from_the_files_version(self) -> None:
        registry = MigrationRegistry()
        calls: list[int] = []
        for version in (3, 1, 2):
            registry.register(version)(
                lambda document, v=version: calls.append(v) or {**document, f"v{v}": True}
            )
        assert registry.versions == (1, 2, 3)
        result = registry.upgrade({"a": 1}, version=2, target=4)
        assert calls == [2, 3]
        assert result == {"a": 1, "v2": True, "v3": True}

    def test_nothing_runs_for_the_current_version(self) -> None:
        registry = MigrationRegistry()
        registry.register(1)(lambda document: pytest.fail("must not run"))
        document = {"a": 1}
        assert registry.upgrade(document, version=2, target=2) is document

    def test_a_missing_step_names_the_versions(self) -> None:
        registry = MigrationRegistry()
        registry.register(1)(lambda document: document)
        with pytest.raises(mh.LoadError) as caught:
            registry.upgrade({}, version=1, target=3)
        (problem,) = caught.value.problems
        assert problem.startswith("$.format_version: the file is in format version 1")
        assert "from version 2 to 3" in problem
        assert "version 3 is the one" in problem

    def test_registering_a_version_twice_is_refused(self) -> None:
        registry = MigrationRegistry()
        registry.register(1)(lambda document: document)
        with pytest.raises(ValueError, match="already registered"):
            registry.register(1)(lambda document: document)

    @pytest.mark.parametrize("version", [0, -1, "1", 1.0, True])
    def test_a_version_must_be_a_positive_integer(self, version: object) -> None:
        with pytest.raises(mh.MigrationHealthError, match="positive integer"):
            MigrationRegistry().register(version)  # type: ignore[arg-type]

    def test_registered_is_undone_after_the_block_even_on_error(self) -> None:
        registry = MigrationRegistry()
        seen: list[tuple[int, ...]] = []

        def fail_inside() -> None:
            with registry.registered(1, lambda document: document):
                seen.append(registry.versions)
                raise RuntimeError

        with pytest.raises(RuntimeError):
            fail_inside()
        assert seen == [(1,)]
        assert registry.versions == ()

    def test_a_failing_migration_is_a_load_error(self) -> None:
        registry = MigrationRegistry()
        registry.register(1)(lambda document: document["missing"])
        with pytest.raises(mh.LoadError) as caught:
            registry.upgrade({}, version=1, target=2)
        assert caught.value.problems == (
            "$: cannot upgrade from format version 1 to 2: KeyError: 'missing'",
        )
        assert isinstance(caught.value.__cause__, KeyError)

    def test_a_migrations_own_load_error_keeps_its_path(self) -> None:
        def refuse(document: dict[str, Any]) -> dict[str, Any]:
            raise mh.LoadError(["$.sources[0].heading: cannot be upgraded: empty"])

        registry = MigrationRegistry()
        registry.register(1)(refuse)
        with pytest.raises(mh.LoadError) as caught:
            registry.upgrade({}, version=1, target=2)
        assert caught.value.problems == ("$.sources[0].heading: cannot be upgraded: empty",)

    def test_a_migration_must_give_an_object(self) -> None:
        registry = MigrationRegistry()
        registry.register(1)(lambda document: [document])  # type: ignore[arg-type, return-value]
        with pytest.raises(mh.LoadError, match="gave a list, not an object"):
            registry.upgrade({}, version=1, target=2)


class TestLoadsUpgradesOlderFiles:
    """As loads will run when the format is at version 3 (pretended here) and reads a 2."""

    @pytest.fixture
    def at_version_3(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setattr(serialization, "FORMAT_VERSION", 3)

    @pytest.mark.usefixtures("at_version_3")
    def test_the_stored_example_is_upgraded_then_loaded(self) -> None:
        expected = mh.loads(json.dumps({**json.loads(_example(2)), "format_version": 3}))
        old = _as_pretend_version_1(_example(2))
        with MIGRATIONS.registered(2, _rename_heading):
            assert mh.loads(old) == expected
        assert MIGRATIONS.versions == (1,)

    @pytest.mark.usefixtures("at_version_3")
    def test_without_the_migration_the_file_is_refused(self) -> None:
        with pytest.raises(mh.LoadError) as caught:
            mh.loads(_as_pretend_version_1(_example(2)))
        (problem,) = caught.value.problems
        assert "no upgrade from version 2 to 3 is known" in problem

    @pytest.mark.usefixtures("at_version_3")
    def test_problems_after_the_upgrade_have_paths_in_the_upgraded_document(self) -> None:
        document = json.loads(_as_pretend_version_1(_example(2)))
        document["sources"][1]["heading"] = 3
        with MIGRATIONS.registered(2, _rename_heading), pytest.raises(mh.LoadError) as caught:
            mh.loads(json.dumps(document))
        assert caught.value.problems == ("$.sources[1].title: expected a string, got integer 3",)

    @pytest.mark.usefixtures("at_version_3")
    def test_a_newer_file_names_the_pretended_version(self) -> None:
        with pytest.raises(mh.LoadError, match="format version 4, newer than version 3,"):
            mh.loads('{"format_version": 4}')

    @pytest.mark.usefixtures("at_version_3")
    def test_a_file_of_the_current_version_is_not_migrated(self) -> None:
        text = json.dumps({**json.loads(_example(2)), "format_version": 3})
        with MIGRATIONS.registered(2, lambda document: pytest.fail("must not run")):
            dataset = mh.loads(text)
        assert dataset.source("s-diploma").published == mh.PartialDate(year=2025, month=11)


VERSION_1_FILES = ["format-v1.json", "seed-corpus-format-v1.json"]


def _figures_of(document: dict[str, Any]) -> list[dict[str, Any]]:
    """Every figure object in a version-1 or version-2 document, in document order."""
    found: list[dict[str, Any]] = []

    def walk(node: object) -> None:
        if isinstance(node, dict):
            if "measure" in node and "quantity" in node:
                found.append(node)
            for key in sorted(node):
                walk(node[key])
        elif isinstance(node, list):
            for item in node:
                walk(item)

    walk(document)
    return found


class TestTheMigrationFromVersion1:
    @pytest.mark.parametrize("name", VERSION_1_FILES)
    def test_every_figure_is_kept_with_its_value_quote_and_plan(self, name: str) -> None:
        old = json.loads((DATA / name).read_text(encoding="utf-8"))
        new = json.loads(mh.dumps(mh.loads(json.dumps(old))))
        before, after = _figures_of(old), _figures_of(new)
        assert [f["id"] for f in before] == [f["id"] for f in after]
        for was, now in zip(before, after, strict=True):
            assert was["quantity"] == now["quantity"]
            assert was.get("citation") == now.get("citation")
            assert was.get("period") == now.get("period")
            assert (was.get("planned") is True) == (now.get("planned") == "target")

    @pytest.mark.parametrize("name", VERSION_1_FILES)
    def test_every_period_becomes_the_records_one_uncited_date(self, name: str) -> None:
        old = json.loads((DATA / name).read_text(encoding="utf-8"))
        dataset = mh.loads(json.dumps(old))
        for was, programme in zip(old.get("programmes", []), dataset.programmes, strict=True):
            period = was.get("period")
            assert programme.period == (None if period is None else mh.Period.fromisoformat(period))
            assert all(fact.citation is None for fact in programme.dates)
            for was_cohort, cohort in zip(was.get("cohorts", []), programme.cohorts, strict=True):
                assert str(cohort.period or "") == (was_cohort.get("period") or "")

    @pytest.mark.parametrize("name", VERSION_1_FILES)
    def test_saving_writes_version_2_and_loads_back_equal(self, name: str) -> None:
        dataset = mh.loads((DATA / name).read_bytes())
        text = mh.dumps(dataset)
        assert json.loads(text)["format_version"] == 2
        assert mh.loads(text) == dataset

    @pytest.mark.parametrize(
        ("language", "tag", "notes"),
        [
            ("Spanish", "es", None),
            ("español", "es", None),
            ("en", "en", None),
            ("Klingon", None, "Language as recorded in format 1: Klingon"),
        ],
    )
    def test_a_language_name_becomes_a_tag_and_nothing_is_lost(
        self, language: str, tag: str | None, notes: str | None
    ) -> None:
        document = {
            "format_version": 1,
            "sources": [{"id": "s", "title": "T", "language": language}],
        }
        (source,) = mh.loads(json.dumps(document)).sources
        assert source.language == tag
        assert source.notes == notes

    def test_shapes_it_does_not_know_are_left_for_loading_to_report(self) -> None:
        document = {"format_version": 1, "programmes": [{"id": "p", "period": 3}, "x"]}
        with pytest.raises(mh.LoadError) as caught:
            mh.loads(json.dumps(document))
        problems = caught.value.problems
        assert (
            "$.programmes[0].dates[0].period: expected an ISO 8601 string, got integer 3"
            in problems
        )
        assert "$.programmes[1]: expected an object, got string 'x'" in problems

    def test_a_version_1_reader_would_refuse_a_version_2_file(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setattr(serialization, "FORMAT_VERSION", 1)
        with pytest.raises(mh.LoadError) as caught:
            mh.loads(_example(2))
        (problem,) = caught.value.problems
        assert "format version 2, newer than version 1" in problem
