"""The command line: ``migrationhealth report`` and what it does with input it cannot load."""

from __future__ import annotations

import contextlib
import io
import json
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as hs

import migrationhealth as mh
from migrationhealth._wrap import output_width
from migrationhealth.cli import main
from migrationhealth.cli.report import FORMATS, REPORT_VERSION, WIDTH, render

from . import strategies as st

DIPLOMA = "mx-cl-migration-health-diploma"
FIGURE_KEYS = {
    "id",
    "measure",
    "value",
    "unit",
    "qualifier",
    "per",
    "low",
    "high",
    "period",
    "planned",
    "of",
    "places",
    "path",
    "source",
    "quote",
    "shown",
    "speaker",
    "repeats",
    "part_of",
    "note",
}
PROGRAMME_KEYS = {
    "id",
    "title",
    "kind",
    "status",
    "period",
    "countries",
    "places",
    "themes",
    "related",
    "sources",
    "description",
    "edition",
    "partners",
    "figures",
}


def run(*argv: str) -> tuple[int, str, str]:
    """Run the command line in this process: exit status, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(argv))
    return status, out.getvalue(), err.getvalue()


def flat(text: str) -> str:
    """The text with every run of whitespace as one space, so wrapped lines read as one."""
    return " ".join(text.split())


def fits(text: str, width: int) -> bool:
    """Whether every line fits ``width``, but for one word too long for any line."""
    return all(len(line) <= width or len(line.split()) == 1 for line in text.split("\n"))


@pytest.fixture(scope="module")
def corpus() -> mh.Dataset:
    return mh.corpus()


@pytest.fixture(autouse=True)
def _no_terminal_width(monkeypatch: pytest.MonkeyPatch) -> None:
    # The text report fits COLUMNS when it is set; these tests read it at 100 columns.
    monkeypatch.delenv("COLUMNS", raising=False)


@pytest.fixture(scope="module")
def text_report() -> str:
    status, out, err = run("report")
    assert (status, err) == (0, "")
    return out


@pytest.fixture(scope="module")
def json_report() -> dict[str, object]:
    status, out, err = run("report", "--format", "json")
    assert (status, err) == (0, "")
    document = json.loads(out)
    assert isinstance(document, dict)
    return document


# --- the report on the built-in dataset ---------------------------------------------------


class TestReportText:
    def test_names_every_programme(self, text_report: str, corpus: mh.Dataset) -> None:
        for programme in corpus.programmes:
            assert flat(programme.title) in flat(text_report)
            assert programme.id in text_report

    def test_shows_both_diploma_figures_with_their_quotes(self, text_report: str) -> None:
        diploma = text_report.partition("International Migrant Health Policy")[0]
        assert "564 people" in diploma
        assert "546 people" in diploma
        assert "recalled that the diploma course had 564 students selected" in flat(diploma)
        assert "in which 546 people from both countries participated" in flat(diploma)
        assert "The program, which included 546 professionals from both countries" in flat(diploma)

    def test_fits_100_columns_when_the_output_is_not_a_terminal(self, text_report: str) -> None:
        assert fits(text_report, WIDTH)
        assert max(len(line) for line in text_report.splitlines()) > WIDTH - 10

    def test_shows_kind_status_period_countries_and_partner_roles(self, text_report: str) -> None:
        diploma = flat(text_report.partition("International Migrant Health Policy")[0])
        assert "Kind: diploma" in diploma
        assert "Status: completed" in diploma
        assert "Period: 2025-08-18/2025-11-14" in diploma
        assert "Countries: Mexico (MX), Chile (CL)" in diploma
        assert "National Public Health Institute (INSP) promoter" in diploma
        assert "INSP Health Systems Research Center academic_coordinator" in diploma

    def test_shows_qualifiers_with_the_values_they_admit(self, text_report: str) -> None:
        text = flat(text_report)
        assert "almost, 450,000 to 500,000" in text
        assert "approximate, 4,500 to 5,500" in text
        assert "2 decades more than" in text
        assert "200 to 999 doctors several" in text
        assert "400,000 people per week average" in text
        assert "exact; planned" not in text
        assert "1,200 doctors target" in text

    def test_shows_the_edition_as_an_ordinal(self, text_report: str) -> None:
        assert "Edition:   22nd edition" in text_report
        assert "Edition:   2nd edition" in text_report
        assert "Edition:   6th edition" in text_report
        assert "22 edition" not in text_report

    def test_keeps_a_period_without_its_year(self, text_report: str) -> None:
        assert "Period:    --04-17/--05-30" in text_report

    def test_starts_with_what_it_reports_on(self, text_report: str) -> None:
        assert flat(text_report).startswith(
            "migrationhealth report on the built-in dataset: 13 sources, "
            "60 organisations, 21 programmes, 106 figures."
        )


class TestReportMarkdown:
    def test_has_headings_and_tables(self, corpus: mh.Dataset) -> None:
        status, out, _ = run("report", "--format", "markdown")
        assert status == 0
        lines = out.splitlines()
        assert lines[0] == "# migrationhealth report"
        assert "## Programmes" in lines
        headings = [line[4:] for line in lines if line.startswith("### ")]
        programmes = headings[: len(corpus.programmes)]
        assert programmes == [p.title for p in corpus.programmes]
        assert "## Organisations" in lines
        assert "## Sources" in lines
        assert "| Measure | Value | Qualifier | Period | Of | Id, source and quote |" in lines
        assert "| Organisation | Roles |" in lines

    def test_table_rows_have_as_many_cells_as_the_header(self) -> None:
        _, out, _ = run("report", "--format", "markdown")
        header_cells = None
        for line in out.splitlines():
            if not line.startswith("|"):
                header_cells = None
                continue
            cells = line.replace("\\|", "").count("|")
            header_cells = header_cells or cells
            assert cells == header_cells, line


class TestReportJson:
    def test_is_stable_sorted_and_indented(self) -> None:
        _, out, _ = run("report", "--format", "json")
        again = run("report", "--format", "json")[1]
        assert out == again
        assert out == json.dumps(json.loads(out), sort_keys=True, indent=2, ensure_ascii=False) + (
            "\n"
        )

    def test_has_the_documented_layout(self, json_report: dict[str, object]) -> None:
        assert json_report["report_version"] == REPORT_VERSION
        assert json_report["dataset"] == {
            "path": None,
            "sources": 13,
            "organisations": 60,
            "programmes": 21,
            "figures": 106,
        }
        programmes = json_report["programmes"]
        assert isinstance(programmes, list)
        for programme in programmes:
            assert set(programme) == PROGRAMME_KEYS
            for figure in programme["figures"]:
                assert set(figure) == FIGURE_KEYS

    def test_names_every_programme_and_both_diploma_figures(
        self, json_report: dict[str, object], corpus: mh.Dataset
    ) -> None:
        programmes = json_report["programmes"]
        assert isinstance(programmes, list)
        assert [p["id"] for p in programmes] == [p.id for p in corpus.programmes]
        diploma = next(p for p in programmes if p["id"] == DIPLOMA)
        values = [(f["measure"], f["value"]) for f in diploma["figures"]]
        assert values == [
            ("applicants", 800),
            ("selected", 564),
            ("participants", 546),
            ("participants", 546),
            ("participants", 10),
        ]
        assert {f["quote"] for f in diploma["figures"] if f["value"] == 546} == {
            "in which 546 people from both countries participated",
            "The program, which included 546 professionals from both countries",
        }

    def test_figures_carry_hedges_and_intervals(self, json_report: dict[str, object]) -> None:
        programmes = json_report["programmes"]
        assert isinstance(programmes, list)
        figures = {f["id"]: f for p in programmes for f in p["figures"]}
        strategy = figures["health-strategy-duration"]
        assert (strategy["qualifier"], strategy["low"], strategy["high"]) == ("more_than", 2, None)
        density = figures["mx-doctors-per-1000-inhabitants"]
        assert (density["value"], density["per"]) == (2.4, "per 1,000 inhabitants")
        windows = figures["health-windows-services"]
        assert windows["period"] == "2021-01/2022-08"
        assert windows["of"] == "Mexicans in the United States"


class TestReportOnAFile:
    def test_reports_on_the_file_given(self, corpus: mh.Dataset, tmp_path: Path) -> None:
        path = tmp_path / "corpus.json"
        mh.save(corpus, path)
        status, out, err = run("report", str(path), "--format", "json")
        assert (status, err) == (0, "")
        document = json.loads(out)
        assert document["dataset"]["path"] == str(path)
        assert (
            document["programmes"] == json.loads(run("report", "--format", "json")[1])["programmes"]
        )

    def test_an_unknown_partner_is_shown_as_such(self, tmp_path: Path) -> None:
        programme = mh.Programme(
            id="p",
            title="A programme",
            kind=mh.ProgrammeKind.OTHER,
            partners=(mh.Partner(organisation="nobody", roles=(mh.Role.FUNDER,)),),
        )
        path = tmp_path / "dangling.json"
        mh.save(mh.Dataset(programmes=(programme,)), path)
        status, out, _ = run("report", str(path))
        assert status == 0
        assert "nobody (not in the dataset)" in out

    def test_an_empty_dataset_says_so(self, tmp_path: Path) -> None:
        path = tmp_path / "empty.json"
        mh.save(mh.Dataset(), path)
        status, out, _ = run("report", str(path))
        assert status == 0
        assert "The dataset has no programmes." in out
        assert f"migrationhealth report on {path}: 0 sources" in flat(out)


@given(dataset=st.datasets(), form=hs.sampled_from(FORMATS))
def test_any_saved_dataset_is_reported_on_in_every_format(dataset: mh.Dataset, form: str) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "dataset.json"
        path.write_text(mh.dumps(dataset), encoding="utf-8")
        status, out, err = run("report", str(path), "--format", form)
        assert out == render(mh.load(path), form, path=str(path), width=output_width())
    assert (status, err) == (0, "")
    if form == "text":
        assert fits(out, output_width())
    elif form == "json":
        document = json.loads(out)
        assert [p["id"] for p in document["programmes"]] == [p.id for p in dataset.programmes]
        figures = sum(len(p["figures"]) for p in document["programmes"])
        figures += sum(len(o["figures"]) for o in document.get("organisations", []))
        assert figures == sum(1 for _ in dataset.figures())
        assert figures == document["dataset"]["figures"]
    else:
        programmes = out.partition("\n## Programmes\n")[2].partition("\n## ")[0]
        assert programmes.count("\n### ") == len(dataset.programmes)


# --- the command line and its bad input ---------------------------------------------------


class TestEntryPoints:
    def test_the_console_script_is_declared(self) -> None:
        (script,) = metadata.entry_points(group="console_scripts", name="migrationhealth")
        assert script.value == "migrationhealth.cli:main"

    def test_python_m_migrationhealth_reports(self) -> None:
        done = subprocess.run(
            [sys.executable, "-m", "migrationhealth", "report"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        assert (done.returncode, done.stderr) == (0, "")
        assert done.stdout.startswith("migrationhealth report on the built-in dataset")

    def test_a_process_given_a_missing_file_prints_one_line_and_exits_2(
        self, tmp_path: Path
    ) -> None:
        missing = tmp_path / "missing.json"
        done = subprocess.run(
            [sys.executable, "-m", "migrationhealth", "report", str(missing)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
        assert done.returncode == 2
        assert done.stdout == ""
        assert done.stderr == f"migrationhealth: error: {missing}: no such file\n"

    def test_an_unknown_format_is_a_usage_error(self) -> None:
        with pytest.raises(SystemExit) as exit_info:
            run("report", "--format", "html")
        assert exit_info.value.code == 2


def _write(path: Path, content: str | bytes) -> Path:
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


BAD_FILES = [
    ("malformed.json", '{"format_version": 1,', "$: malformed JSON at line 1 column 22"),
    ("empty.json", "", "$: malformed JSON at line 1 column 1"),
    ("array.json", "[1, 2]", "$: expected an object with a format_version, got array"),
    ("string.json", '"a dataset"', "$: expected an object with a format_version, got string"),
    ("no-version.json", '{"programmes": []}', "$.format_version: required field missing"),
    (
        "latin-1.json",
        b'{"format_version": 1, "sources": [{"id": "s", "title": "\xe9"}]}',
        "$: not valid UTF-8 at byte 56",
    ),
    (
        "bad-kind.json",
        '{"format_version": 1, "programmes": [{"id": "p", "title": "T", "kind": "webinar"}]}',
        "$.programmes[0].kind: expected a declared ProgrammeKind ('diploma'",
    ),
    (
        "negative.json",
        '{"format_version": 1, "programmes": [{"id": "p", "title": "T", "kind": "diploma", '
        '"figures": [{"id": "f", "measure": "trained", '
        '"quantity": {"value": -3, "unit": "people"}}]}]}',
        "$.programmes[0].figures[0].quantity.value: must be >= 0, got -3",
    ),
    (
        "two-problems.json",
        '{"format_version": 1, "sources": [{"id": 1, "title": "T"}], "extra": true}',
        "(and 1 more problem)",
    ),
]


class TestBadInput:
    @pytest.mark.parametrize(("name", "content", "problem"), BAD_FILES, ids=lambda v: str(v)[:20])
    def test_bad_file_gives_one_line_naming_file_and_json_path(
        self, name: str, content: str | bytes, problem: str, tmp_path: Path
    ) -> None:
        path = _write(tmp_path / name, content)
        status, out, err = run("report", str(path))
        assert status == 2
        assert out == ""
        assert err.endswith("\n")
        assert err.count("\n") == 1
        assert err.startswith(f"migrationhealth: error: {path}: $")
        assert problem in err

    def test_a_missing_file(self, tmp_path: Path) -> None:
        path = tmp_path / "nowhere.json"
        assert run("report", str(path)) == (
            2,
            "",
            f"migrationhealth: error: {path}: no such file\n",
        )

    def test_a_directory(self, tmp_path: Path) -> None:
        assert run("report", str(tmp_path)) == (
            2,
            "",
            f"migrationhealth: error: {tmp_path}: is a directory, not a file\n",
        )

    def test_a_file_name_with_a_line_break_stays_on_one_line(self, tmp_path: Path) -> None:
        path = tmp_path / "two\nlines.json"
        status, _, err = run("report", str(path))
        assert status == 2
        assert err == f"migrationhealth: error: {tmp_path}/two\\nlines.json: no such file\n"


@given(content=hs.binary(max_size=200) | hs.text(max_size=200).map(str.encode))
def test_any_file_is_reported_on_or_refused_in_one_line(content: bytes) -> None:
    with tempfile.TemporaryDirectory() as directory:
        path = Path(directory) / "input.json"
        path.write_bytes(content)
        status, out, err = run("report", str(path))
    if status == 0:
        assert (err, out.startswith(f"migrationhealth report on {path}")) == ("", True)
    else:
        assert status == 2
        assert out == ""
        assert err.startswith(f"migrationhealth: error: {path}: ")
        assert err.count("\n") == 1
