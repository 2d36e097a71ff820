"""The command line as its peers behave: rule docs, stdin, -o, --quiet, progress, settings."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import migrationhealth as mh
from migrationhealth._wrap import output_width, wrap
from migrationhealth.aggregation.records import group_rows
from migrationhealth.cli import main
from migrationhealth.cli._config import find_config, read_config
from migrationhealth.cli._progress import Progress
from migrationhealth.validation import builtin_rules


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


def command(
    *argv: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "migrationhealth", *argv],
        input=stdin,
        capture_output=True,
        check=False,
        cwd=cwd,
        env=environment,
        timeout=300,
    )


@pytest.fixture
def dataset_file(tmp_path: Path) -> Path:
    path = tmp_path / "seed.json"
    mh.save(mh.seed_corpus(), path)
    return path


class TestRuleDocs:
    def test_a_code_explains_its_rule(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, out, _ = run(capsys, "rules", "MH101")
        rule = builtin_rules()[0]
        assert status == 0
        assert out.startswith("# MH101 conflicting-figures\n\n*Severity: error.* ")
        assert rule.details in out

    def test_codes_are_read_in_any_case(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert run(capsys, "rules", "mh303")[1] == run(capsys, "rules", "MH303")[1]

    def test_one_rule_as_json(self, capsys: pytest.CaptureFixture[str]) -> None:
        data = json.loads(run(capsys, "rules", "MH303", "--format", "json")[1])
        assert (data["code"], data["name"], data["severity"]) == (
            "MH303",
            "unreferenced-organisation",
            "info",
        )

    def test_an_unknown_code_is_one_line_naming_the_rules(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        status, out, err = run(capsys, "rules", "MH999")
        assert (status, out) == (2, "")
        assert err.startswith("migrationhealth: error: no rule 'MH999'; the rules are MH101")
        assert err.count("\n") == 1


class TestStandardInput:
    def test_a_dash_reads_the_dataset_from_standard_input(self, dataset_file: Path) -> None:
        from_file = command("validate", str(dataset_file), "--format", "json")
        from_stdin = command("validate", "-", "--format", "json", stdin=dataset_file.read_bytes())
        assert from_stdin.returncode == from_file.returncode == 1
        assert json.loads(from_stdin.stdout) == json.loads(from_file.stdout)

    def test_bad_input_on_standard_input_is_one_line(self) -> None:
        done = command("report", "-", stdin=b'{"format_version": 1,')
        assert done.returncode == 2
        assert done.stdout == b""
        assert b"malformed JSON" in done.stderr
        assert done.stderr.count(b"\n") == 1


class TestOutputFiles:
    @pytest.mark.parametrize(
        "argv",
        [
            ("report",),
            ("report", "--format", "json"),
            ("validate", "--format", "json"),
            ("rules", "--format", "markdown"),
            ("aggregate", "--measure", "trained", "--format", "csv"),
            ("export", "--format", "hxl"),
        ],
    )
    def test_o_writes_what_standard_output_would_show(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, argv: tuple[str, ...]
    ) -> None:
        shown_status, shown, _ = run(capsys, *argv)
        target = tmp_path / "out"
        status, out, err = run(capsys, *argv, "-o", str(target))
        assert (status, out, err) == (shown_status, "", "")
        assert target.read_text(encoding="utf-8") == shown

    def test_a_missing_directory_is_one_line(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        status, _, err = run(capsys, "report", "-o", str(tmp_path / "no" / "report.txt"))
        assert status == 2
        assert "no such file or directory" in err


class TestAggregateCsv:
    def test_one_row_per_group(self, capsys: pytest.CaptureFixture[str]) -> None:
        _, out, _ = run(
            capsys, "aggregate", "--measure", "trained", "--by", "country", "--format", "csv"
        )
        rows = list(csv.DictReader(io.StringIO(out)))
        expected = group_rows(mh.aggregate(mh.corpus(), measure="trained", by="country"))
        assert [row["key"] for row in rows] == [row["key"] for row in expected]
        assert [int(row["low"]) for row in rows] == [row["low"] for row in expected]

    def test_programme_counts(self, capsys: pytest.CaptureFixture[str]) -> None:
        _, out, _ = run(capsys, "aggregate", "--measure", "programmes", "--format", "csv")
        header, *rows = list(csv.reader(io.StringIO(out)))
        assert header == ["key", "label", "count", "programmes", "roles"]
        assert rows[0][0] == "iom"
        assert int(rows[0][2]) == len(rows[0][3].split(";"))


class TestQuiet:
    def test_validate_prints_only_the_findings(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, full, _ = run(capsys, "validate")
        quiet_status, quiet, err = run(capsys, "validate", "--quiet")
        assert (quiet_status, err) == (status, "")
        report = mh.validate(mh.corpus())
        assert full == quiet + "\n".join(wrap(report.summary(), output_width())) + "\n"
        assert "findings:" not in quiet

    def test_nothing_found_prints_nothing(self, capsys: pytest.CaptureFixture[str]) -> None:
        assert run(capsys, "validate", "-q", "--select", "MH304") == (0, "", "")


class TestProgress:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    def test_a_status_line_on_a_terminal_erased_when_done(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("TERM", "xterm")
        stream = self.Terminal()
        progress = Progress(stream)
        with progress.step("loading data.json"):
            assert stream.getvalue() == "\rmigrationhealth: loading data.json\x1b[K"
        assert stream.getvalue().endswith("\r\x1b[K")

    def test_each_rule_says_when_it_starts(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setenv("TERM", "xterm")
        stream = self.Terminal()
        progress = Progress(stream)
        rules = progress.rules(builtin_rules())
        report = mh.validate(mh.seed_corpus(), rules=rules)
        assert report == mh.validate(mh.seed_corpus())
        assert f"rule 1 of {len(rules)} (MH101)" in stream.getvalue()
        assert f"rule {len(rules)} of {len(rules)} ({rules[-1].code})" in stream.getvalue()

    @pytest.mark.parametrize("case", ["not a terminal", "quiet", "dumb terminal"])
    def test_nothing_where_no_one_watches(self, monkeypatch: pytest.MonkeyPatch, case: str) -> None:
        monkeypatch.setenv("TERM", "dumb" if case == "dumb terminal" else "xterm")
        stream = io.StringIO() if case == "not a terminal" else self.Terminal()
        progress = Progress(stream, quiet=case == "quiet")
        with progress.step("loading"):
            pass
        assert progress.rules(builtin_rules()) == builtin_rules()
        assert stream.getvalue() == ""

    def test_a_real_terminal_sees_progress_and_a_pipe_does_not(self, dataset_file: Path) -> None:
        pty = pytest.importorskip("pty")
        controller, terminal = pty.openpty()
        try:
            environment = {**os.environ, "TERM": "xterm", "NO_COLOR": "1"}
            done = subprocess.run(
                [sys.executable, "-m", "migrationhealth", "validate", str(dataset_file)],
                stdout=subprocess.PIPE,
                stderr=terminal,
                env=environment,
                check=False,
                timeout=300,
            )
            os.close(terminal)
            seen = b""
            while True:
                try:
                    chunk = os.read(controller, 4096)
                except OSError:
                    break
                if not chunk:
                    break
                seen += chunk
        finally:
            os.close(controller)
        assert b"migrationhealth: validating, rule 1 of" in seen
        assert seen.endswith(b"\r\x1b[K")
        piped = command("validate", str(dataset_file))
        assert piped.stderr == b""
        assert piped.stdout == done.stdout
        assert b"\x1b" not in done.stdout


class TestSettings:
    def test_migrationhealth_toml_sets_select_and_fail_on(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        (tmp_path / "migrationhealth.toml").write_text('select = ["MH303"]\nfail-on = "warning"\n')
        monkeypatch.chdir(tmp_path)
        status, out, _ = run(capsys, "validate", "--format", "json")
        codes = {finding["code"] for finding in json.loads(out)["findings"]}
        assert (status, codes) == (0, {"MH303"})  # info is below warning

    def test_pyproject_in_a_parent_directory(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        (tmp_path / "pyproject.toml").write_text(
            '[project]\nname = "x"\n\n[tool.migrationhealth]\nignore = "MH1"\n'
        )
        inner = tmp_path / "data" / "2025"
        inner.mkdir(parents=True)
        monkeypatch.chdir(inner)
        assert find_config(inner) == tmp_path / "pyproject.toml"
        status, out, _ = run(capsys, "validate", "--format", "json")
        codes = {finding["code"] for finding in json.loads(out)["findings"]}
        assert "MH101" not in codes
        assert status == 0

    def test_the_command_line_wins_and_isolated_reads_nothing(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        (tmp_path / "migrationhealth.toml").write_text('select = ["MH303"]\n')
        monkeypatch.chdir(tmp_path)
        assert run(capsys, "validate", "--select", "MH101")[0] == 1
        assert run(capsys, "validate", "--isolated")[0] == 1
        assert run(capsys, "validate")[0] == 0

    def test_a_pyproject_without_the_table_is_passed_over(self, tmp_path: Path) -> None:
        (tmp_path / "pyproject.toml").write_text("[tool.ruff]\nline-length = 100\n")
        (tmp_path / "sub").mkdir()
        assert find_config(tmp_path / "sub") is None

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("colour = true\n", "unknown setting 'colour'"),
            ('fail-on = "info"\n', "fail-on must be 'error' or 'warning'"),
            ("select = 3\n", "select must be a list of rule codes"),
            ("select = [\n", "is not valid TOML"),
        ],
    )
    def test_a_bad_setting_is_one_line_naming_the_file(
        self,
        capsys: pytest.CaptureFixture[str],
        tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch,
        text: str,
        message: str,
    ) -> None:
        (tmp_path / "migrationhealth.toml").write_text(text)
        monkeypatch.chdir(tmp_path)
        status, out, err = run(capsys, "validate")
        assert (status, out) == (2, "")
        assert "migrationhealth.toml: " in err
        assert message in err

    def test_config_names_a_file(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        path = tmp_path / "strict.toml"
        path.write_text('select = ["MH303"]\nfail-on = "warning"\n')
        assert read_config(path).select == ("MH303",)
        assert run(capsys, "validate", "--config", str(path))[0] == 0
        status, _, err = run(capsys, "validate", "--config", str(tmp_path / "none.toml"))
        assert status == 2
        assert "no such file" in err


class TestExportFormats:
    def test_parquet_and_datapackage_need_o(self, capsys: pytest.CaptureFixture[str]) -> None:
        for name in ("parquet", "datapackage"):
            status, out, err = run(capsys, "export", "--format", name)
            assert (status, out) == (2, "")
            assert "name it with -o" in err

    def test_parquet_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        pq = pytest.importorskip("pyarrow.parquet")
        target = tmp_path / "figures.parquet"
        assert run(capsys, "export", "--format", "parquet", "-o", str(target)) == (0, "", "")
        assert pq.read_table(target).num_rows == len(mh.to_records(mh.corpus()))

    def test_datapackage_directory(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        target = tmp_path / "package"
        assert run(capsys, "export", "--format", "datapackage", "-o", str(target)) == (0, "", "")
        descriptor = json.loads((target / "datapackage.json").read_text(encoding="utf-8"))
        assert [r["name"] for r in descriptor["resources"]] == [
            "sources",
            "organisations",
            "programmes",
            "partners",
            "figures",
            "people",
        ]

    def test_datapackage_into_a_file_is_one_line(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        target = tmp_path / "a-file"
        target.write_text("x")
        status, _, err = run(capsys, "export", "--format", "datapackage", "-o", str(target))
        assert status == 2
        assert err.startswith(f"migrationhealth: error: {target}")
