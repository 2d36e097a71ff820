"""``migrationhealth draft REPORT``: the draft as JSON or as a script, and bad input."""

from __future__ import annotations

import io
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import migrationhealth as mh
from migrationhealth.cli import main

ROOT = Path(__file__).resolve().parent.parent
MSF = ROOT / "tests" / "data" / "reports" / "08_msf_ciudad_juarez_brigadas_2025.txt"
RWJF = ROOT / "tests" / "data" / "reports" / "01_rwjf_binational_health_week_2006.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


class TestJson:
    def test_the_draft_is_the_dataset_of_mh_draft(self, capsys: pytest.CaptureFixture[str]) -> None:
        status, out, err = run(capsys, "draft", str(MSF))
        assert status == 0
        assert mh.loads(out) == mh.draft(MSF.read_text("utf-8"))
        assert err.count("\n") == 1
        assert "drafted 8 figures" in err
        assert "language es, detected" in err

    def test_language_and_source_id_are_given(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        target = tmp_path / "draft.json"
        status, out, err = run(
            capsys,
            "draft",
            str(MSF),
            "--language",
            "es",
            "--source-id",
            "msf-juarez",
            "-o",
            str(target),
            "--quiet",
        )
        assert (status, out, err) == (0, "", "")
        dataset = mh.load(target)
        assert dataset.sources[0].id == "msf-juarez"
        assert "detected" not in (dataset.sources[0].draft or "")

    def test_standard_input(
        self, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
    ) -> None:
        stdin = io.TextIOWrapper(io.BytesIO(RWJF.read_bytes()), encoding="utf-8")
        monkeypatch.setattr(sys, "stdin", stdin)
        status, out, _ = run(capsys, "draft", "-", "-q")
        assert status == 0
        assert mh.loads(out).sources[0].url == "http://www.rwjf.org/reports/grr/058084.htm"

    def test_an_existing_file_is_kept_unless_forced(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        target = tmp_path / "draft.json"
        target.write_text("mine", "utf-8")
        status, _, err = run(capsys, "draft", str(MSF), "-o", str(target))
        assert status == 2
        assert err == f"migrationhealth: error: {target}: exists; pass --force to overwrite it\n"
        assert target.read_text("utf-8") == "mine"
        status, _, _ = run(capsys, "draft", str(MSF), "-o", str(target), "--force", "-q")
        assert status == 0
        assert mh.load(target).programmes

    def test_a_text_without_figures_gives_an_empty_draft_and_says_so(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path
    ) -> None:
        report = tmp_path / "note.txt"
        report.write_text("The ministry opened a new clinic for migrants.\n", "utf-8")
        status, out, err = run(capsys, "draft", str(report), "--language", "en")
        assert status == 0
        assert mh.loads(out).programmes[0].figures == ()
        assert "no figures found" in err


class TestBadInput:
    @pytest.mark.parametrize(
        ("data", "problem"),
        [
            (b"", "is empty: there is no text to draft from"),
            (b"  \n\t\n", "is empty: there is no text to draft from"),
            (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "is a binary file, not a report's text"),
            (
                "Se atendió a 300 personas en Logroño.".encode("latin-1"),
                "is not UTF-8 text (byte 0xf3 at offset 9); convert it to UTF-8 first",
            ),
        ],
    )
    def test_one_line_on_standard_error_and_status_2(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, data: bytes, problem: str
    ) -> None:
        report = tmp_path / "report.txt"
        report.write_bytes(data)
        status, out, err = run(capsys, "draft", str(report))
        assert (status, out) == (2, "")
        assert err == f"migrationhealth: error: {report}: {problem}\n"

    def test_a_missing_file(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        status, _, err = run(capsys, "draft", str(tmp_path / "nope.txt"))
        assert status == 2
        assert err.endswith("nope.txt: no such file or directory\n")

    def test_control_characters(self, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
        report = tmp_path / "report.txt"
        report.write_text("The clinic saw 40 patients.\x08\n", "utf-8")
        status, _, err = run(capsys, "draft", str(report))
        assert status == 2
        assert "control character U+0008 at offset 27" in err
        assert err.count("\n") == 1


class TestPythonScript:
    @pytest.mark.parametrize("report", [MSF, RWJF], ids=["es", "en"])
    def test_the_script_is_ruff_clean_and_builds_the_draft(
        self, capsys: pytest.CaptureFixture[str], tmp_path: Path, report: Path
    ) -> None:
        script = tmp_path / "draft_report.py"
        status, _, _ = run(capsys, "draft", str(report), "--format", "python", "-o", str(script))
        assert status == 0
        ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
        for command in (["check", "--isolated"], ["format", "--isolated", "--check"]):
            done = subprocess.run(
                [ruff, *command, str(script)], capture_output=True, text=True, check=False
            )
            assert done.returncode == 0, done.stdout + done.stderr
        namespace = runpy.run_path(str(script), run_name="__main__")
        assert namespace["dataset"] == mh.draft(report.read_text("utf-8"))
        saved = mh.load(tmp_path / "draft_report.reviewed.json")
        assert saved == namespace["dataset"]

    def test_the_script_names_every_record_as_a_draft(
        self, capsys: pytest.CaptureFixture[str]
    ) -> None:
        status, out, _ = run(capsys, "draft", str(MSF), "--format", "python", "-q")
        assert status == 0
        figures = len(mh.draft(MSF.read_text("utf-8")).programmes[0].figures)
        assert out.count("mh.Figure(") == figures
        assert out.count("    draft=") + out.count("        draft=") >= figures
        assert "mh.parse_quantity(" in out
        assert 'language="es"' in out
