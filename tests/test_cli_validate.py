"""``migrationhealth validate`` and ``migrationhealth rules``."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import migrationhealth as mh
from migrationhealth.cli import main
from migrationhealth.validation import builtin_rules, rules_markdown


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def save(tmp_path: Path, dataset: mh.Dataset) -> str:
    path = tmp_path / "dataset.json"
    mh.save(dataset, path)
    return str(path)


@pytest.fixture(autouse=True)
def _no_terminal_width(monkeypatch: pytest.MonkeyPatch) -> None:
    # Text output fits COLUMNS when it is set; these tests read it at 100 columns.
    monkeypatch.delenv("COLUMNS", raising=False)


@pytest.fixture
def seeds(tmp_path: Path) -> str:
    """The five seed reports as a file: their findings are known one by one."""
    path = tmp_path / "seeds.json"
    mh.save(mh.seed_corpus(), path)
    return str(path)


def uncited(tmp_path: Path) -> str:
    """A dataset whose only problem is a figure without a citation (a warning)."""
    figure = mh.Figure(
        id="f", measure=mh.Measure.SERVICES, quantity=mh.Quantity(value=5, unit="services")
    )
    programme = mh.Programme(id="p", title="P", kind=mh.ProgrammeKind.POLICY, figures=(figure,))
    return save(tmp_path, mh.Dataset().add(programme))


class TestValidate:
    def test_the_seed_reports_have_an_error_so_the_status_is_1(
        self, capsys: pytest.CaptureFixture[str], seeds: str
    ) -> None:
        status, out, err = run(capsys, "validate", seeds)
        assert status == 1
        assert err == ""
        assert out.startswith("error MH101 conflicting-figures: ")
        assert "564 and 546 are a digit transposition" in " ".join(out.split())
        assert out.endswith("3 findings: 1 error, 1 warning, 1 info (36 rules run).\n")

    def test_the_built_in_dataset_is_the_13_reports(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        status, out, _ = run(capsys, "validate")
        report = mh.validate(mh.corpus())
        assert status == (1 if report.fails() else 0)
        assert out == report.to_text(width=100)
        assert "r06-imss-cuban-specialists" in out

    @pytest.mark.parametrize("width", [60, 80, 100, 160])
    def test_the_text_fits_the_terminal_and_keeps_ids_whole(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, width: int
    ) -> None:
        monkeypatch.setenv("COLUMNS", str(width))
        _, out, _ = run(capsys, "validate")
        lines = out.splitlines()
        assert all(len(line) <= width or len(line.split()) == 1 for line in lines)
        words = set(out.split())
        for finding in mh.validate(mh.corpus()):
            for item in finding.evidence:
                assert item.id in words
                assert item.path in words

    def test_nothing_at_the_fail_level_gives_status_0(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        status, out, _ = run(capsys, "validate", uncited(tmp_path))
        assert status == 0
        assert out.startswith("warning MH401 figure-without-citation: ")

    def test_fail_on_warning_fails_on_a_warning(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        status, _, _ = run(capsys, "validate", uncited(tmp_path), "--fail-on", "warning")
        assert status == 1

    def test_a_clean_file_passes_even_on_warnings(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        path = save(tmp_path, mh.Dataset())
        status, out, _ = run(capsys, "validate", path, "--fail-on", "warning")
        assert (status, out) == (0, "No findings (36 rules run).\n")

    def test_select_and_ignore_choose_the_rules(
        self, capsys: pytest.CaptureFixture[str], seeds: str
    ) -> None:
        status, out, _ = run(
            capsys, "validate", seeds, "--select", "MH1,MH3", "--ignore", "MH101,MH303"
        )
        assert status == 0
        assert out.startswith("warning MH102 ")
        assert out.endswith("1 finding: 0 errors, 1 warning, 0 info (20 rules run).\n")

    def test_json_is_the_report_format(
        self, capsys: pytest.CaptureFixture[str], seeds: str
    ) -> None:
        status, out, _ = run(capsys, "validate", seeds, "--format", "json", "--select", "MH101")
        document = json.loads(out)
        assert status == 1
        assert document["report_version"] == 1
        assert document["counts"] == {"error": 1, "warning": 0, "info": 0}
        assert document["findings"][0]["ids"] == ["diploma-selected", "diploma-participants"]
        assert out == mh.validate(mh.seed_corpus(), select="MH101").to_json()

    def test_a_file_that_cannot_be_loaded_gives_status_2(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        broken = tmp_path / "broken.json"
        broken.write_text("{", encoding="utf-8")
        status, out, err = run(capsys, "validate", str(broken))
        assert (status, out) == (2, "")
        assert err.startswith(f"migrationhealth: error: {broken}: $: malformed JSON")
        status, _, err = run(capsys, "validate", str(tmp_path / "missing.json"))
        assert status == 2
        assert "no such file" in err

    def test_an_unknown_code_gives_status_2(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, out, err = run(capsys, "validate", "--select", "MH9")
        assert (status, out) == (2, "")
        assert err == "migrationhealth: error: no rule has a code starting with 'MH9'\n"

    def test_a_bad_fail_level_is_a_usage_error(self, capsys: pytest.CaptureFixture[str]) -> None:
        with pytest.raises(SystemExit) as exited:
            main(["validate", "--fail-on", "info"])
        assert exited.value.code == 2
        assert "invalid choice: 'info'" in capsys.readouterr().err

    def test_the_installed_command_exits_with_the_status(self) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "migrationhealth", "validate", "--select", "MH4"],
            capture_output=True,
            text=True,
            check=False,
            encoding="utf-8",
        )
        assert (done.returncode, done.stdout) == (0, "No findings (3 rules run).\n")


class TestRules:
    def test_every_rule_is_listed_with_code_severity_and_summary(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        status, out, _ = run(capsys, "rules")
        assert status == 0
        lines = out.splitlines()
        assert len(lines) == len(builtin_rules())
        for line, item in zip(lines, builtin_rules(), strict=True):
            assert line.startswith(f"{item.code:<6} {item.severity.value:<7} {item.name} ")
            assert line.endswith(f"  {item.summary}")

    def test_json_lists_the_rules(self, capsys: pytest.CaptureFixture[str]) -> None:
        _, out, _ = run(capsys, "rules", "--format", "json")
        data = json.loads(out)
        assert data[0] == {
            "code": "MH101",
            "name": "conflicting-figures",
            "severity": "error",
            "summary": "Two or more figures about the same thing whose intervals do not overlap.",
            "details": builtin_rules()[0].details,
        }
        assert [item["code"] for item in data] == [r.code for r in builtin_rules()]

    def test_markdown_is_the_rules_page(self, capsys: pytest.CaptureFixture[str]) -> None:
        _, out, _ = run(capsys, "rules", "--format", "markdown")
        assert out == rules_markdown()


class TestReportFindings:
    def test_the_report_ends_with_the_findings(
        self, capsys: pytest.CaptureFixture[str], seeds: str
    ) -> None:
        status, out, _ = run(capsys, "report", seeds)
        assert status == 0
        findings = out[out.index("\nFINDINGS\n========\n") :]
        assert "3 findings: 1 error, 1 warning, 1 info (36 rules run)." in findings
        assert "error     MH101  diploma-selected, diploma-participants" in findings
        assert "564 and 546 are a digit" in " ".join(findings.split())

    def test_the_json_report_has_the_findings(
        self, capsys: pytest.CaptureFixture[str], seeds: str
    ) -> None:
        _, out, _ = run(capsys, "report", seeds, "--format", "json")
        section = json.loads(out)["findings"]
        assert section["ok"] is False
        assert section["counts"] == {"error": 1, "info": 1, "warning": 1}
        assert [f["code"] for f in section["findings"]][:2] == ["MH101", "MH102"]

    def test_a_clean_dataset_reports_no_findings(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        _, out, _ = run(capsys, "report", save(tmp_path, mh.Dataset()), "--format", "markdown")
        assert out.endswith("## Findings\n\nNo findings (36 rules run).\n")
