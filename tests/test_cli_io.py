"""The command line against hostile input and failing output: one line on stderr, never a traceback.

Every sub-command is run against each hostile input, in this process (an exception would
fail the test) and, for what only a real process shows (a full or closed standard
output, a broken pipe, an ASCII terminal), in a child process.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import migrationhealth as mh
from migrationhealth.cli import main
from migrationhealth.cli._common import DEFAULT_MAX_INPUT, parse_size

COMMANDS = [
    ["report"],
    ["report", "--format", "json"],
    ["report", "--format", "markdown"],
    ["validate"],
    ["validate", "--format", "json"],
    ["aggregate", "--measure", "participants"],
    ["aggregate", "--measure", "participants", "--by", "year", "--split-years"],
    ["aggregate", "--measure", "participants", "--format", "json"],
    ["export"],
    ["export", "--format", "jsonl"],
]


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(argv))
    return status, out.getvalue(), err.getvalue()


def run_process(
    *argv: str, stdout: int | None = subprocess.PIPE, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "migrationhealth", *argv],
        stdout=stdout,
        stderr=subprocess.PIPE,
        env={**os.environ, **(env or {})},
        check=False,
        timeout=300,
    )


def one_error_line(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("migrationhealth: error: "), err
    assert "Traceback" not in err
    return lines[0]


def hostile_dataset() -> mh.Dataset:
    """A dataset that loads but holds what output must not pass on raw."""
    quote = "546 people\nerror MH999 forged: \u202eevil\u202c \u2066x\u2069 zero\u200bwidth \u2028"
    cohort = mh.Cohort(
        id="x",
        figures=(
            mh.Figure(
                id="f",
                measure=mh.Measure.PARTICIPANTS,
                quantity=mh.Quantity(value=546, unit="people"),
                period=mh.Period.fromisoformat("0001/9999"),
                citation=mh.Citation(source="s", quote=quote),
            ),
        ),
    )
    return mh.Dataset(
        sources=(mh.Source(id="s", title='=HYPERLINK("http://evil","click")'),),
        organisations=(
            mh.Organisation(id="a", name="@SUM(1)", kind=mh.OrganisationKind.NGO, parent="a"),
        ),
        programmes=(
            mh.Programme(
                id="p",
                title="+cmd|' /C calc'!A0 \u202eevil",
                kind=mh.ProgrammeKind.DIPLOMA,
                related=("p",),
                cohorts=(cohort,),
                statistics=(mh.ServiceStatistic(id="x"),),
            ),
        ),
    )


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[str, int]]:
    """Each hostile input: its path and the exit status every command gives it (None: 0 or 1)."""
    directory = tmp_path_factory.mktemp("hostile")
    files = {
        "malformed.json": b'{"format_version": 1, "sources": [',
        "empty.json": b"",
        "binary.json": bytes(range(256)) * 4,
        "bom.json": b"\xef\xbb\xbf{}",
        "duplicates.json": b'{"format_version":1,"x":['
        + b",".join([b'{"a":1,"a":2}'] * 3000)
        + b"]}",
        "long-value.json": json.dumps(
            {"format_version": 1, "sources": [{"id": "x" * 100_000, "title": "t"}]}
        ).encode(),
        "digits.json": (
            '{"format_version":1,"sources":[{"id":"s","title":"t","published":"٢٠١٩"}]}'
        ).encode(),
        "escape\x1b[2J name.json": b"{}",
        "newer.json": b'{"format_version": 99}',
    }
    found: dict[str, tuple[str, int]] = {}
    for name, data in files.items():
        (directory / name).write_bytes(data)
        found[name] = (str(directory / name), 2)
    found["missing"] = (str(directory / "missing.json"), 2)
    found["directory"] = (str(directory), 2)
    found["dev-zero"] = ("/dev/zero", 2)
    hostile = directory / "hostile.json"
    mh.save(hostile_dataset(), hostile)
    found["hostile-but-valid"] = (str(hostile), -1)
    return found


class TestEveryCommandAgainstEveryHostileInput:
    @pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
    def test_no_traceback_and_the_documented_status(
        self, command: list[str], inputs: dict[str, tuple[str, int]]
    ) -> None:
        for name, (path, expected) in inputs.items():
            status, out, err = run(*command, path, "--max-input-size", "1M")
            assert "Traceback" not in err
            if expected == 2:
                assert status == 2, (name, status, err)
                line = one_error_line(err)
                assert "\x1b" not in line
                assert len(line) < 2500
                assert out == ""
            else:
                assert status in (0, 1), (name, status, err)
                for text in (out, err):
                    assert "\u202e" not in text
                    assert "\x1b" not in text
                # A CSV cell keeps its line feeds, inside the quotes CSV puts around it;
                # every other format writes them as \n.
                if command != ["export"]:
                    assert not any(line.startswith("error MH999") for line in out.splitlines())

    def test_the_hostile_dataset_is_found_out(self, inputs: dict[str, tuple[str, int]]) -> None:
        path, _ = inputs["hostile-but-valid"]
        status, out, _ = run("validate", path)
        assert status == 1
        assert "MH305" in out
        assert "The id 'x' names records of 2 kinds" in out

    def test_a_file_name_with_an_escape_sequence_is_escaped(
        self, inputs: dict[str, tuple[str, int]]
    ) -> None:
        path, _ = inputs["escape\x1b[2J name.json"]
        _, _, err = run("validate", path)
        assert "\\u001b[2J name.json" in err
        Path(path).write_bytes(mh.dumps(mh.Dataset()).encode())
        try:
            status, out, _ = run("report", path)
        finally:
            Path(path).write_bytes(b"{}")
        assert status == 0
        assert "\x1b" not in out
        assert "\\u001b[2J" in out


class TestInputSize:
    def test_dev_zero_is_refused_at_the_bound(self) -> None:
        status, _, err = run("validate", "/dev/zero", "--max-input-size", "64K")
        assert status == 2
        assert one_error_line(err) == (
            "migrationhealth: error: /dev/zero: larger than 65,536 bytes, the most this "
            "reads; --max-input-size raises the limit"
        )

    def test_a_file_within_the_bound_loads(self, tmp_path: Path) -> None:
        path = tmp_path / "d.json"
        mh.save(mh.Dataset(), path)
        size = path.stat().st_size
        assert run("validate", str(path), "--max-input-size", str(size))[0] == 0
        assert run("validate", str(path), "--max-input-size", str(size - 1))[0] == 2

    @pytest.mark.parametrize(
        ("text", "size"),
        [("1", 1), ("2K", 2048), ("512M", 512 << 20), ("1G", DEFAULT_MAX_INPUT), ("3gib", 3 << 30)],
    )
    def test_sizes(self, text: str, size: int) -> None:
        assert parse_size(text) == size

    @pytest.mark.parametrize("text", ["", "0", "-1", "1.5G", "lots"])
    def test_a_bad_size_is_a_usage_error(self, text: str) -> None:
        with pytest.raises(SystemExit) as exit:
            run("validate", "--max-input-size", text)
        assert exit.value.code == 2


class TestSelection:
    @pytest.mark.parametrize("select", ["", ",,,", "MH999"])
    def test_a_selection_that_runs_nothing_is_a_usage_error(self, select: str) -> None:
        status, out, err = run("validate", "--select", select)
        assert (status, out) == (2, "")
        one_error_line(err)


class TestExportOutput:
    def test_into_a_missing_directory(self, tmp_path: Path) -> None:
        target = tmp_path / "missing" / "out.csv"
        status, _, err = run("export", "-o", str(target))
        assert status == 2
        assert one_error_line(err) == (
            f"migrationhealth: error: {target}: no such file or directory"
        )

    def test_into_a_directory(self, tmp_path: Path) -> None:
        status, _, err = run("export", "-o", str(tmp_path))
        assert status == 2
        assert one_error_line(err) == f"migrationhealth: error: {tmp_path}: is a directory"

    @pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
    def test_into_a_full_device(self) -> None:
        status, _, err = run("export", "-o", "/dev/full")
        assert status == 2
        assert one_error_line(err) == "migrationhealth: error: /dev/full: no space left on device"

    def test_formulas_are_neutralised_unless_raw(self, tmp_path: Path) -> None:
        path = tmp_path / "hostile.json"
        mh.save(hostile_dataset(), path)
        safe, raw = tmp_path / "safe.csv", tmp_path / "raw.csv"
        assert run("export", str(path), "-o", str(safe))[0] == 0
        assert run("export", str(path), "-o", str(raw), "--raw")[0] == 0
        (row,) = csv.DictReader(io.StringIO(safe.read_text(encoding="utf-8")))
        assert row["quote"].startswith("546 people\nerror MH999")
        assert "\\u202eevil" in row["quote"]
        (row,) = csv.DictReader(io.StringIO(raw.read_text(encoding="utf-8")))
        assert "\u202eevil" in row["quote"]


class TestStandardOutput:
    @pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
    @pytest.mark.parametrize("command", [["report"], ["export"], ["rules"], ["--help"]])
    def test_a_full_standard_output(self, command: list[str]) -> None:
        with open("/dev/full", "wb") as full:
            done = run_process(*command, stdout=full.fileno())
        err = done.stderr.decode()
        assert "Traceback" not in err
        if command == ["--help"]:
            assert done.returncode in (0, 2)
            return
        assert done.returncode == 2
        assert one_error_line(err) == (
            "migrationhealth: error: standard output: no space left on device"
        )

    @pytest.mark.skipif(sys.platform == "win32", reason="closes a POSIX file descriptor")
    @pytest.mark.parametrize("command", [["validate"], ["aggregate", "--measure", "selected"]])
    def test_a_closed_standard_output(self, command: list[str]) -> None:
        done = subprocess.run(
            f"{sys.executable} -m migrationhealth {' '.join(command)} >&-",
            shell=True,
            stderr=subprocess.PIPE,
            check=False,
            timeout=300,
        )
        err = done.stderr.decode()
        assert done.returncode == 2
        assert one_error_line(err) == "migrationhealth: error: standard output: is closed"

    @pytest.mark.parametrize("command", [["report"], ["export"], ["validate"]])
    def test_a_broken_pipe_ends_quietly(self, command: list[str]) -> None:
        process = subprocess.Popen(
            [sys.executable, "-m", "migrationhealth", *command],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert process.stdout is not None
        process.stdout.read(10)
        process.stdout.close()
        _, err = process.communicate(timeout=300)
        assert err.decode() == ""
        assert process.returncode in (0, 1)

    @pytest.mark.parametrize(
        "command",
        [
            ["aggregate", "--measure", "participants", "--format", "json"],
            ["export", "--format", "jsonl"],
            ["report", "--format", "json"],
            ["validate", "--format", "json"],
        ],
    )
    def test_an_ascii_terminal_gets_json_that_reads_back_the_same(self, command: list[str]) -> None:
        ascii_out = run_process(*command, env={"PYTHONIOENCODING": "ascii"})
        utf8_out = run_process(*command, env={"PYTHONIOENCODING": "utf-8"})
        assert ascii_out.returncode == utf8_out.returncode
        assert ascii_out.stderr == b""
        assert ascii_out.stdout.isascii()
        lines = ascii_out.stdout.decode().splitlines() if "jsonl" in command else None
        if lines is None:
            assert json.loads(ascii_out.stdout) == json.loads(utf8_out.stdout)
        else:
            expected = utf8_out.stdout.decode("utf-8").splitlines()
            assert [json.loads(line) for line in lines] == [json.loads(x) for x in expected]

    def test_an_ascii_terminal_gets_every_text_command(self) -> None:
        for command in (["aggregate", "--measure", "participants"], ["export"], ["report"]):
            done = run_process(*command, env={"PYTHONIOENCODING": "ascii"})
            assert done.returncode == 0, command
            assert done.stderr == b""
            assert done.stdout.isascii()
