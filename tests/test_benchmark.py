"""The benchmark runs, and measures what it says: it is run at a small size, never timed here."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from types import ModuleType

import attrs
import pytest

import migrationhealth as mh

from .benchmark_scripts import benchmark_module

pytest.importorskip("pydantic", reason="the benchmark compares with pydantic (bench extra)")
pytest.importorskip("msgspec", reason="the benchmark compares with msgspec (bench extra)")
pytest.importorskip("orjson", reason="the benchmark compares with orjson (bench extra)")

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "benchmarks"


@pytest.fixture(scope="module")
def synthetic() -> ModuleType:
    return benchmark_module("synthetic")


@pytest.fixture(scope="module")
def report() -> str:
    completed = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / "run.py"),
            *("--figures", "2000", "--repeat", "1", "--no-import"),
        ],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=600,
    )
    return completed.stdout


class TestSyntheticData:
    @pytest.mark.parametrize("figures", [1, 57, 1500])
    def test_has_exactly_the_figures_asked_for(self, synthetic: ModuleType, figures: int) -> None:
        dataset = mh.loads(synthetic.dataset_text(figures))
        assert sum(1 for _ in dataset.figures()) == figures

    def test_is_canonical_text(self, synthetic: ModuleType) -> None:
        text = synthetic.dataset_text(1500)
        assert mh.dumps(mh.loads(text)) == text

    def test_same_seed_same_text_other_seed_other_text(self, synthetic: ModuleType) -> None:
        assert synthetic.dataset_text(300, seed=7) == synthetic.dataset_text(300, seed=7)
        assert synthetic.dataset_text(300, seed=7) != synthetic.dataset_text(300, seed=8)

    def test_has_every_part_of_the_model_and_hedged_figures(self, synthetic: ModuleType) -> None:
        dataset = mh.loads(synthetic.dataset_text(3000))
        located = list(dataset.figures())
        assert dataset.sources
        assert dataset.organisations
        assert any(p.partners for p in dataset.programmes)
        assert any(f.breakdown is not None for f in located)
        assert any(f.subgroup is not None for f in located)
        assert any(f.statistic is not None for f in located)
        assert any(f.organisation is not None for f in located)
        qualifiers = {f.figure.quantity.qualifier for f in located}
        assert qualifiers == set(mh.Qualifier)
        exact = sum(f.figure.quantity.qualifier is mh.Qualifier.EXACT for f in located)
        assert 0.6 < exact / len(located) < 0.85
        assert any(f.figure.quantity.per is not None for f in located)


class TestMirrors:
    def test_decode_and_encode_the_same_text(self, synthetic: ModuleType) -> None:
        mirrors = benchmark_module("mirrors")
        text = synthetic.dataset_text(800)
        for codec in (mirrors.pydantic_codec, mirrors.msgspec_codec):
            decode, encode = codec()
            assert encode(decode(text)) == text

    def test_refuse_what_migrationhealth_refuses_for_its_types(self, synthetic: ModuleType) -> None:
        mirrors = benchmark_module("mirrors")
        text = synthetic.dataset_text(50).replace('"kind":"', '"kind":"x', 1)
        with pytest.raises(mh.LoadError):
            mh.loads(text)
        for codec in (mirrors.pydantic_codec, mirrors.msgspec_codec):
            decode, _ = codec()
            with pytest.raises(Exception, match=r"kind|Invalid enum"):
                decode(text)


class TestReport:
    def test_prints_every_row_with_a_time_in_both_collector_states(self, report: str) -> None:
        run = benchmark_module("run")
        for label, _ in run.ROWS:
            (row,) = [line for line in report.splitlines() if f"| {label} |" in line]
            assert row.startswith("| 2,000 |")
        header = next(line for line in report.splitlines() if line.startswith("| figures |"))
        columns = [cell.strip() for cell in header.split("|")]
        paused, on = columns.index("paused: s"), columns.index("on: s")
        for label in (run.LOADS, run.DUMPS, run.PYD_DECODE, run.MSG_DECODE, run.ORJSON):
            (row,) = [line for line in report.splitlines() if f"| {label} |" in line]
            cells = [cell.strip() for cell in row.split("|")]
            assert float(cells[paused]) >= 0
            assert float(cells[on]) >= 0

    def test_sets_validate_against_loads(self, report: str) -> None:
        header = next(line for line in report.splitlines() if line.startswith("| figures |"))
        columns = [cell.strip() for cell in header.split("|")]
        (row,) = [line for line in report.splitlines() if "| migrationhealth validate |" in line]
        cells = [cell.strip() for cell in row.split("|")]
        assert cells[columns.index("paused: vs loads")].endswith("x")
        assert cells[columns.index("paused: vs pydantic")] == "n/a"

    def test_prints_the_memory_kept_by_each_decoder(self, report: str) -> None:
        for label in ("migrationhealth loads", "pydantic v2 strict decode", "msgspec decode"):
            (row,) = [line for line in report.splitlines() if f"| {label} |" in line]
            assert row.rstrip(" |").rsplit("|", 1)[-1].strip() != "n/a"

    def test_prints_the_targets_and_where_it_ran(self, report: str) -> None:
        assert "Targets, at every size, collector paused for all:" in report
        for target in (
            "loads / pydantic v2 strict decode",
            "loads / msgspec decode",
            "dumps / pydantic encode",
            "dumps / msgspec encode",
            "validate / loads",
            "memory kept: loads / msgspec",
        ):
            assert f"| 2,000 | {target} |" in report
        assert "Verdict: " in report
        assert report.startswith("Command: python benchmarks/run.py --figures 2000 --repeat 1")
        assert "Machine: " in report

    def test_shows_growth_between_sizes(self, report: str) -> None:
        run = benchmark_module("run")
        small = run.Result(figures=100, size_mb=0.1, times={"paused": {run.LOADS: [1.0]}})
        large = run.Result(figures=1000, size_mb=1.0, times={"paused": {run.LOADS: [12.0]}})
        lines = run._targets([small, large])
        (growth,) = [line for line in lines if "| growth of loads |" in line]
        assert growth == "| 100 to 1,000 | growth of loads | 12.00 | 11 | **missed** |"
        assert report  # the real run above had one size only, so no growth row
        assert "growth of" not in report

    def test_a_missing_function_is_shown_as_not_available(self) -> None:
        run = benchmark_module("run")
        result = run.Result(figures=10, size_mb=0.0, times={"paused": {run.LOADS: [1.0]}})
        lines = run._table([result], modes=("paused",))
        (row,) = [line for line in lines if "| migrationhealth validate |" in line]
        assert row == "| 10 | migrationhealth validate | n/a | n/a | n/a | n/a | n/a |"

    def test_times_the_import_in_a_fresh_interpreter(self) -> None:
        seconds = benchmark_module("run").import_time("migrationhealth", repeat=1)
        assert seconds is not None
        assert seconds > 0


def test_the_progress_benchmark_measures_both_ways(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TERM", "xterm")
    plain, shown, written = benchmark_module("progress").measure(200, 1)
    assert plain > 0
    assert shown > 0
    assert written > len("migrationhealth: validating, rule 1 of")


def test_the_breakdown_times_every_step_and_the_floors() -> None:
    medians = benchmark_module("breakdown").breakdown(200, 1, 2025)
    assert "loads, whole (the fast way)" in medians
    assert "careful reader, whole" in medians
    assert sum(name.startswith("fast way: ") for name in medians) == 4
    assert any("validators off" in name for name in medians)
    assert all(seconds >= 0 for seconds in medians.values())


def test_the_rules_benchmark_times_the_shared_walk_and_every_rule() -> None:
    dataset = mh.loads(benchmark_module("synthetic").dataset_text(200))
    times = benchmark_module("rules")._one_run(dataset)
    assert {"shared walk", "intervals", "validate, whole"} <= set(times)
    codes = {label.split()[0] for label in times if label.startswith("MH")}
    assert codes == {rule.code for rule in mh.validation.builtin_rules()}
    assert all(seconds >= 0 for seconds in times.values())


class TestFloors:
    """``floors.py``: the least work of loading and writing in Python, beside msgspec."""

    def test_the_floor_of_loading_makes_the_records_loads_makes(self) -> None:
        floors = benchmark_module("floors")
        text = benchmark_module("synthetic").dataset_text(300)
        least, loaded = floors.least_loader()(text), mh.loads(text)
        assert type(least) is mh.Dataset
        assert [p.id for p in least.programmes] == [p.id for p in loaded.programmes]
        # (A field absent from the text stays unset: the floor gives no defaults.)
        figures = [f for p in least.programmes if p.figures for f in p.figures]
        expected = [f for p in loaded.programmes for f in p.figures]
        assert len(expected) > 0
        assert [f.id for f in figures] == [f.id for f in expected]
        assert [type(f.quantity) for f in figures] == [type(f.quantity) for f in expected]
        assert [f.quantity.value for f in figures] == [f.quantity.value for f in expected]

    def test_the_floor_of_writing_reads_every_field(self) -> None:
        floors = benchmark_module("floors")
        dataset = mh.loads(benchmark_module("synthetic").dataset_text(300))
        read = floors.least_reader()(dataset)
        fields = [a for a in attrs.fields(mh.Dataset) if a.init]
        assert len(read) == len(fields)
        programmes = read[[a.name for a in fields].index("programmes")]
        assert len(programmes) == len(dataset.programmes)
        assert programmes[0][0] == dataset.programmes[0].id
        # Nested records are read whole too: a figure, field by field.
        programme = next(p for p in dataset.programmes if p.figures)
        figure = programme.figures[0]
        names = [a.name for a in attrs.fields(mh.Programme) if a.init]
        read_figure = programmes[dataset.programmes.index(programme)][names.index("figures")][0]
        figure_fields = [a.name for a in attrs.fields(type(figure)) if a.init]
        assert len(read_figure) == len(figure_fields)
        assert read_figure[figure_fields.index("id")] == figure.id
        assert read_figure[figure_fields.index("measure")] is figure.measure

    def test_times_every_contender(self) -> None:
        times = benchmark_module("floors").floors(200, 1)
        assert set(times) == {
            "msgspec decode",
            "floor of loading",
            "loads",
            "msgspec encode",
            "floor of writing",
            "dumps",
        }
        assert all(seconds >= 0 for seconds in times.values())
