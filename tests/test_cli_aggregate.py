"""The command line: ``migrationhealth aggregate`` and ``migrationhealth export``."""

from __future__ import annotations

import contextlib
import csv
import io
import json
from pathlib import Path

import pytest

import migrationhealth as mh
from migrationhealth.cli import main

from .test_aggregation import fig, programme


def run(*argv: str) -> tuple[int, str, str]:
    """Run the command line in this process: exit status, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(argv))
    return status, out.getvalue(), err.getvalue()


@pytest.fixture
def conflicting(tmp_path: Path) -> str:
    cohort = mh.Cohort(id="c", figures=(fig("a", 546), fig("b", 564)))
    path = tmp_path / "conflicting.json"
    mh.save(mh.Dataset().add(programme("p", cohorts=(cohort,))), path)
    return str(path)


@pytest.fixture
def seeds(tmp_path: Path) -> str:
    """The five seed reports as a file: their totals are known one by one."""
    path = tmp_path / "seeds.json"
    mh.save(mh.seed_corpus(), path)
    return str(path)


@pytest.fixture(autouse=True)
def _no_terminal_width(monkeypatch: pytest.MonkeyPatch) -> None:
    # Text output fits COLUMNS when it is set; these tests read it at 100 columns.
    monkeypatch.delenv("COLUMNS", raising=False)


class TestAggregate:
    def test_the_built_in_dataset_by_country(self) -> None:
        status, out, err = run("aggregate", "--measure", "trained", "--by", "country")
        assert (status, err) == (0, "")
        assert "CL (Chile):" in out
        assert "trained: 314 people" in out
        assert "left out (in_whole)" in out

    def test_brief_shows_one_line_per_group(self, seeds: str) -> None:
        status, out, _ = run(
            "aggregate",
            seeds,
            "--measure",
            "trained",
            "--by",
            "country",
            "--include-planned",
            "--brief",
        )
        assert status == 0
        assert out.splitlines() == [
            "trained by country (policy 'strict')",
            "  CL (Chile): 314 people (1 figure(s), 2 left out, 0 conflict(s))",
            "  SV (El Salvador): 50 people (1 figure(s), 0 left out, 0 conflict(s))",
        ]

    def test_json_has_groups_with_bounds_and_figures(self, seeds: str) -> None:
        status, out, _ = run(
            "aggregate", seeds, "--measure", "services", "--by", "year", "--format", "json"
        )
        assert status == 0
        document = json.loads(out)
        (group,) = document["groups"]
        assert (group["key"], group["low"], group["high"]) == ("2021-2022", 8_700_000, 8_700_000)
        figures = group["facts"][0]["figures"]
        assert {f["source"] for f in figures} == {"s001-binational-health-week"}

    def test_split_years_and_planned(self, seeds: str) -> None:
        status, out, _ = run(
            "aggregate",
            seeds,
            "--measure",
            "services",
            "--by",
            "year",
            "--split-years",
            "--format",
            "json",
        )
        assert status == 0
        assert [g["low"] for g in json.loads(out)["groups"]] == [5_220_000, 3_480_000]
        status, out, err = run(
            "aggregate", "--measure", "trained", "--include-planned", "--format", "json"
        )
        assert (status, out) == (1, "")
        assert "never added to what was delivered" in err

    def test_a_conflict_under_strict_exits_1_naming_the_figures(self, conflicting: str) -> None:
        status, out, err = run("aggregate", conflicting, "--measure", "participants")
        assert status == 1
        assert out == ""
        assert "'a'" in err
        assert "'b'" in err

    @pytest.mark.parametrize(
        ("policy", "low", "high"),
        [("range", 546, 564), ("low", 546, 546), ("high", 564, 564)],
    )
    def test_a_policy_resolves_the_conflict_and_says_so(
        self, conflicting: str, policy: str, low: int, high: int
    ) -> None:
        status, out, _ = run(
            "aggregate",
            conflicting,
            "--measure",
            "participants",
            "--policy",
            policy,
            "--format",
            "json",
        )
        assert status == 0
        document = json.loads(out)
        assert (document["total"]["low"], document["total"]["high"]) == (low, high)
        assert document["total"]["conflicts"][0]["policy"] == policy

    def test_latest_source_is_spelt_with_a_hyphen(self, conflicting: str) -> None:
        status, _, err = run(
            "aggregate", conflicting, "--measure", "participants", "--policy", "latest-source"
        )
        assert status == 1
        assert "latest source" in err

    def test_counting_programmes_by_partner(self) -> None:
        status, out, _ = run("aggregate", "--measure", "programmes", "--format", "json")
        assert status == 0
        counts = json.loads(out)["counts"]
        # The built-in dataset is the 13 reports: IOM is a partner of 5 of their programmes.
        assert (counts[0]["key"], counts[0]["count"]) == ("iom", 5)

    def test_programmes_by_an_unsupported_dimension_is_bad_usage(self) -> None:
        status, _, err = run("aggregate", "--measure", "programmes", "--by", "measure")
        assert status == 2
        assert "organisation" in err

    def test_an_unknown_measure_is_bad_usage(self) -> None:
        status, _, err = run("aggregate", "--measure", "doctors")
        assert status == 2
        assert "'doctors'" in err

    def test_a_missing_file_is_one_line(self, tmp_path: Path) -> None:
        status, _, err = run("aggregate", str(tmp_path / "none.json"), "--measure", "trained")
        assert status == 2
        assert err.count("\n") == 1


class TestExport:
    def test_csv_of_the_built_in_dataset(self) -> None:
        status, out, _ = run("export")
        assert status == 0
        rows = list(csv.DictReader(io.StringIO(out)))
        assert len(rows) == len(list(mh.corpus().figures()))
        trained = next(row for row in rows if row["figure"] == "iom-chile-trained")
        assert (trained["low"], trained["high"], trained["cohort"]) == (
            "314",
            "314",
            "iom-chile-training-cohort",
        )

    def test_jsonl_to_a_file(self, tmp_path: Path) -> None:
        target = tmp_path / "figures.jsonl"
        status, out, _ = run("export", "--format", "jsonl", "--output", str(target))
        assert (status, out) == (0, "")
        lines = target.read_text(encoding="utf-8").splitlines()
        assert json.loads(lines[0])["figure"] == next(mh.corpus().figures()).figure.id

    def test_a_file_argument(self, conflicting: str) -> None:
        status, out, _ = run("export", conflicting, "--format", "jsonl")
        assert status == 0
        assert [json.loads(line)["figure"] for line in out.splitlines()] == ["a", "b"]


class TestReportHeadlines:
    def test_the_report_ends_with_the_headline_aggregates(self) -> None:
        status, out, _ = run("report")
        assert status == 0
        tail = " ".join(out[out.index("HEADLINE AGGREGATES") :].split())
        assert "figures: iom-chile-trained; 2 left out (in_whole)" in tail
        assert "435,000 services per month" in tail

    def test_the_json_report_has_the_headlines_with_bounds(self) -> None:
        status, out, _ = run("report", "--format", "json")
        assert status == 0
        shown = {h["label"]: (h["low"], h["high"], h["unit"]) for h in json.loads(out)["headlines"]}
        served = "People served (service campaigns): "
        # The 2006 week's screenings, 49,349 in the United States and Canada and 235,000
        # in Mexico, are one total; the governor's undated "almost half a million" another.
        assert shown[served + "2 figures from 1 programme, 2006"] == (284_349, 284_349, "people")
        assert shown[served + "1 figure from 1 programme, period not stated"] == (
            450_000,
            500_000,
            "people",
        )
        assert shown["Partners in most programmes"] == (5, 5, "programmes")

    def test_a_dataset_with_nothing_to_aggregate_has_no_headlines(self, tmp_path: Path) -> None:
        path = tmp_path / "empty.json"
        mh.save(mh.Dataset(), path)
        status, out, _ = run("report", str(path), "--format", "json")
        assert status == 0
        assert "headlines" not in json.loads(out)
