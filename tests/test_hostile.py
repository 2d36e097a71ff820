"""Hostile input and faults: one regression test (or more) for each defect of issue 18.

Each class is named for what held after the fix; the command line's part is in
``tests/test_cli_io.py``.
"""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import sys
import tracemalloc
import unicodedata
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as hst

import migrationhealth as mh
from migrationhealth._escape import ECHO_LIMIT, echo, escape, one_line
from migrationhealth.aggregation import PeriodError, aggregate, write_csv
from migrationhealth.aggregation.periods import MAX_SPLIT_YEARS, year_shares
from migrationhealth.errors import MAX_PROBLEMS
from migrationhealth.validation import UnknownRuleError, validate

PEOPLE = "people"


def figure(id: str, value: int, measure: mh.Measure = mh.Measure.PARTICIPANTS) -> mh.Figure:
    return mh.Figure(id=id, measure=measure, quantity=mh.Quantity(value=value, unit=PEOPLE))


def programme(id: str, **fields: object) -> mh.Programme:
    return mh.Programme(id=id, title=f"Programme {id}", kind=mh.ProgrammeKind.OTHER, **fields)  # type: ignore[arg-type]


def organisation(id: str, name: str, parent: str | None = None) -> mh.Organisation:
    return mh.Organisation(id=id, name=name, kind=mh.OrganisationKind.NGO, parent=parent)


def findings(dataset: mh.Dataset, code: str) -> list[mh.validation.Finding]:
    return list(validate(dataset, select=code))


# --- 1. ids shared across kinds of record ---------------------------------------------------


def shared_id(first: int, second: int) -> mh.Dataset:
    served = mh.Measure.PEOPLE_SERVED
    return mh.Dataset(
        programmes=(
            programme("p1", cohorts=(mh.Cohort(id="x", figures=(figure("f1", first, served),)),)),
            programme(
                "p2",
                statistics=(mh.ServiceStatistic(id="x", figures=(figure("f2", second, served),)),),
            ),
        )
    )


class TestIdsSharedAcrossKinds:
    def test_a_cohort_and_a_statistic_with_one_id_are_two_subjects(self) -> None:
        total = aggregate(shared_id(50, 50), measure="people_served").total
        assert total is not None
        assert (total.low, total.high) == (100, 100)
        assert len(total.facts) == 2

    def test_unrelated_figures_do_not_conflict(self) -> None:
        total = aggregate(shared_id(50, 70), measure="people_served").total
        assert total is not None
        assert (total.low, total.high, total.conflicts) == (120, 120, ())

    def test_validation_reports_the_shared_id_as_a_warning(self) -> None:
        (found,) = findings(shared_id(50, 70), "MH302")
        assert found.severity is mh.validation.Severity.WARNING
        assert found.ids == ("x",)
        assert "a cohort at $.programmes[0].cohorts[0]" in found.message
        assert "a statistic at $.programmes[1].statistics[0]" in found.message

    def test_a_figure_with_the_id_of_another_record_is_reported(self) -> None:
        dataset = mh.Dataset(
            sources=(mh.Source(id="same", title="A report"),),
            programmes=(programme("p", figures=(figure("same", 3),)),),
        )
        (found,) = findings(dataset, "MH302")
        assert "a source at $.sources[0]" in found.message
        assert "a figure at $.programmes[0].figures[0]" in found.message

    def test_the_built_in_dataset_shares_no_id(self) -> None:
        assert findings(mh.seed_corpus(), "MH302") == []


# --- 2. unbounded year splitting ----------------------------------------------------------


class TestYearSplitting:
    def test_a_period_of_ten_thousand_years_is_left_whole(self) -> None:
        period = mh.Period.fromisoformat("0001/9999")
        dataset = mh.Dataset(
            programmes=(programme("p", figures=(attrs_evolve(figure("f", 50), period),)),)
        )
        result = aggregate(dataset, measure="participants", by="year", split_years=True)
        assert result.keys() == ("0001-9999",)
        assert result["0001-9999"].low == 50

    def test_the_bound_is_on_the_years_spanned(self) -> None:
        longest = mh.Period.fromisoformat(f"1900/{1900 + MAX_SPLIT_YEARS - 1}")
        assert len(year_shares(longest)) == MAX_SPLIT_YEARS
        with pytest.raises(PeriodError, match="spans 101 years"):
            year_shares(mh.Period.fromisoformat(f"1900/{1900 + MAX_SPLIT_YEARS}"))


def attrs_evolve(item: mh.Figure, period: mh.Period) -> mh.Figure:
    import attrs  # noqa: PLC0415

    return attrs.evolve(item, period=period)


# --- 3. unbounded problem lists -----------------------------------------------------------


class TestProblemLists:
    def test_problems_are_capped_and_counted(self) -> None:
        document = {
            "format_version": 1,
            "sources": [{"id": f"s{i}", "title": ""} for i in range(3 * MAX_PROBLEMS)],
        }
        with pytest.raises(mh.LoadError) as caught:
            mh.loads(json.dumps(document))
        error = caught.value
        assert len(error.problems) == MAX_PROBLEMS
        assert error.omitted == 2 * MAX_PROBLEMS
        assert str(error).endswith(f"\n  and {2 * MAX_PROBLEMS:,} more problems")
        assert str(error).startswith(f"{3 * MAX_PROBLEMS:,} problems:")

    def test_problems_in_nested_arrays_are_counted_once(self) -> None:
        figures = [{"id": "f", "measure": "nothing"} for _ in range(40)]
        document = {
            "format_version": 1,
            "programmes": [
                {"id": f"p{i}", "title": "t", "kind": "diploma", "figures": figures}
                for i in range(50)
            ],
        }
        with pytest.raises(mh.LoadError) as caught:
            mh.loads(json.dumps(document))
        # Each figure has two problems: an unknown measure and no quantity.
        assert len(caught.value.problems) + caught.value.omitted == 50 * 40 * 2

    def test_duplicate_keys_in_many_objects_are_capped(self) -> None:
        text = '{"format_version":1,"x":[' + ",".join(['{"a":1,"a":2}'] * 5000) + "]}"
        with pytest.raises(mh.LoadError) as caught:
            mh.loads(text)
        assert len(caught.value.problems) == MAX_PROBLEMS
        assert caught.value.omitted == 5000 - MAX_PROBLEMS
        assert caught.value.problems[0] == "$.x[0]: duplicate key 'a'"

    def test_memory_stays_near_what_json_needs(self) -> None:
        text = '{"format_version":1,"x":[' + ",".join(['{"a":1,"a":2}'] * 100_000) + "]}"
        tracemalloc.start()
        try:
            json.loads(text)
            plain = tracemalloc.get_traced_memory()[1]
            tracemalloc.reset_peak()
            with pytest.raises(mh.LoadError):
                mh.loads(text)
            ours = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert ours < 3 * plain

    def test_a_load_error_given_too_many_problems_keeps_the_first(self) -> None:
        error = mh.LoadError([f"$: problem {i}" for i in range(MAX_PROBLEMS + 5)], omitted=2)
        assert (len(error.problems), error.omitted) == (MAX_PROBLEMS, 7)


# --- 4. fail-open selection ---------------------------------------------------------------


class TestSelection:
    @pytest.mark.parametrize("select", ["", ",,,", " , ", []])
    def test_a_selection_of_nothing_is_refused(self, select: str | list[str]) -> None:
        with pytest.raises(UnknownRuleError, match="names no rule code"):
            validate(mh.Dataset(), select=select)

    def test_a_code_that_matches_no_rule_is_refused(self) -> None:
        with pytest.raises(UnknownRuleError, match="MH999"):
            validate(mh.Dataset(), select="MH999")

    def test_an_empty_ignore_ignores_nothing(self) -> None:
        assert validate(mh.Dataset(), ignore="").rules == validate(mh.Dataset()).rules


# --- 5. save on what is not a regular file ------------------------------------------------


class TestSaveTargets:
    @pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
    def test_a_fifo_is_refused_and_left_alone(self, tmp_path: Path) -> None:
        fifo = tmp_path / "pipe"
        os.mkfifo(fifo)
        with pytest.raises(OSError, match="is a FIFO, not a regular file"):
            mh.save(mh.Dataset(), fifo)
        assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
        assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]

    @pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
    def test_a_link_to_a_fifo_is_refused(self, tmp_path: Path) -> None:
        os.mkfifo(tmp_path / "pipe")
        (tmp_path / "link").symlink_to(tmp_path / "pipe")
        with pytest.raises(OSError, match="FIFO"):
            mh.save(mh.Dataset(), tmp_path / "link")
        assert stat.S_ISFIFO(os.stat(tmp_path / "link").st_mode)

    def test_a_device_is_refused_and_left_alone(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        # /dev/null itself is not put at risk: a file here is made to look like a device.
        path = tmp_path / "null"
        path.write_bytes(b"")
        real_stat = os.stat

        def device_stat(target: object, *args: object, **kwargs: object) -> os.stat_result:
            found = real_stat(target, *args, **kwargs)  # type: ignore[arg-type]
            if str(target) != str(path):
                return found
            fields = list(found)
            fields[0] = stat.S_IFCHR | 0o666
            return os.stat_result(fields)

        monkeypatch.setattr(os, "stat", device_stat)
        with pytest.raises(OSError, match="is a character device, not a regular file"):
            mh.save(mh.Dataset(), path)
        monkeypatch.undo()
        assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]
        assert path.read_bytes() == b""

    def test_a_directory_is_refused(self, tmp_path: Path) -> None:
        with pytest.raises(IsADirectoryError, match="is a directory"):
            mh.save(mh.Dataset(), tmp_path)

    @pytest.mark.skipif(sys.platform == "win32", reason="no set-user-id bits")
    def test_setuid_and_setgid_are_never_carried_over(self, tmp_path: Path) -> None:
        path = tmp_path / "data.json"
        mh.save(mh.Dataset(), path)
        os.chmod(path, 0o6755)
        mh.save(mh.Dataset(), path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o755

    @pytest.mark.skipif(
        not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root may give files away"
    )
    def test_the_owner_and_group_are_kept(self, tmp_path: Path) -> None:
        path = tmp_path / "data.json"
        mh.save(mh.Dataset(), path)
        os.chown(path, 4321, 4322)
        mh.save(mh.Dataset(), path)
        assert (path.stat().st_uid, path.stat().st_gid) == (4321, 4322)

    @pytest.mark.parametrize("length", [238, 250, 255])
    def test_a_name_near_the_limit_saves(self, tmp_path: Path, length: int) -> None:
        path = tmp_path / ("d" * (length - 5) + ".json")
        mh.save(mh.Dataset(), path)
        assert mh.load(path) == mh.Dataset()
        assert sorted(p.name for p in tmp_path.iterdir()) == [path.name]


class TestFileObjects:
    def test_load_and_save_take_binary_files(self, tmp_path: Path) -> None:
        corpus = mh.seed_corpus()
        buffer = io.BytesIO()
        mh.save(corpus, buffer)
        buffer.seek(0)
        assert mh.load(buffer) == corpus
        with (tmp_path / "c.json").open("wb") as stream:
            mh.save(corpus, stream)
        with (tmp_path / "c.json").open("rb") as stream:
            assert mh.load(stream) == corpus

    def test_load_and_save_take_text_files(self, tmp_path: Path) -> None:
        corpus = mh.seed_corpus()
        buffer = io.StringIO()
        mh.save(corpus, buffer, indent=None)
        assert buffer.getvalue() == mh.dumps(corpus)
        assert mh.load(io.StringIO(buffer.getvalue())) == corpus
        with (tmp_path / "c.json").open("w", encoding="utf-8") as stream:
            mh.save(corpus, stream)
        with (tmp_path / "c.json").open(encoding="utf-8") as stream:
            assert mh.load(stream) == corpus

    def test_a_named_file_names_its_problems(self, tmp_path: Path) -> None:
        path = tmp_path / "bad.json"
        path.write_text("{", encoding="utf-8")
        with path.open("rb") as stream, pytest.raises(mh.LoadError) as caught:
            mh.load(stream)
        assert caught.value.filename == str(path)

    def test_a_size_bound_stops_reading(self) -> None:
        with pytest.raises(mh.LoadError, match="larger than 10 bytes"):
            mh.load(io.BytesIO(b" " * 11 + b"{}"), max_size=10)

    def test_anything_else_is_a_type_error(self) -> None:
        with pytest.raises(TypeError, match="a path or a file"):
            mh.load(42)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="a path or a file"):
            mh.save(mh.Dataset(), 42)  # type: ignore[arg-type]


# --- 6. coerced digits ----------------------------------------------------------------------

NON_ASCII_DIGITS = [c for c in map(chr, range(0x80, 0x10000)) if c.isdigit()]


class TestDigits:
    @pytest.mark.parametrize("text", ["٢٠١٩-٠٧", "２０１９", "2019-0７", "--٠٤-١٧"])
    def test_non_ascii_digits_are_refused(self, text: str) -> None:
        with pytest.raises(mh.DateParseError, match="ASCII digits"):
            mh.PartialDate.fromisoformat(text)

    def test_refused_in_a_period_and_in_a_file(self) -> None:
        with pytest.raises(mh.DateParseError):
            mh.Period.fromisoformat("٢٠١٩/2020")
        text = '{"format_version": 1, "sources": [{"id": "s", "title": "t", "published": "٢٠١٩"}]}'
        with pytest.raises(mh.LoadError, match="published"):
            mh.loads(text)

    @given(hst.text(alphabet="0123456789-"), hst.sampled_from(NON_ASCII_DIGITS), hst.data())
    def test_any_non_ascii_digit_is_refused(
        self, text: str, digit: str, data: hst.DataObject
    ) -> None:
        at = data.draw(hst.integers(0, len(text)))
        with pytest.raises(mh.DateParseError):
            mh.PartialDate.fromisoformat(text[:at] + digit + text[at:])


# --- 7. echoed values -----------------------------------------------------------------------


class TestEchoedValues:
    def test_a_long_bad_value_is_cut_in_its_problem(self) -> None:
        text = json.dumps({"format_version": 1, "sources": [{"id": "x" * 100_000, "title": "t"}]})
        with pytest.raises(mh.LoadError) as caught:
            mh.loads(text)
        (problem,) = caught.value.problems
        assert len(problem) < 250
        assert "(100,000 characters)" in problem

    @given(hst.one_of(hst.text(), hst.binary(), hst.integers(), hst.lists(hst.text())))
    def test_an_echo_is_short_and_on_one_line(self, value: object) -> None:
        shown = echo(value)
        assert len(shown) <= ECHO_LIMIT + 30
        assert "\n" not in shown
        assert escape(shown) == shown


# --- 8. terminal and line injection -----------------------------------------------------------

UNSAFE = [
    c
    for c in map(chr, range(sys.maxunicode + 1))
    if unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") and c not in "\t\n"
]


class TestEscaping:
    def test_every_control_format_and_separator_character_is_escaped(self) -> None:
        shown = escape("".join(UNSAFE))
        assert shown.isascii()
        assert not any(c in shown for c in UNSAFE)

    @given(hst.text())
    def test_escaped_text_holds_nothing_a_terminal_acts_on(self, text: str) -> None:
        for shown in (escape(text), one_line(text)):
            assert all(unicodedata.category(c) not in ("Cf", "Zl", "Zp") for c in shown)
            assert all(c in "\t\n" or unicodedata.category(c) != "Cc" for c in shown)
        assert "\n" not in one_line(text)

    @given(
        hst.recursive(
            hst.text(), lambda inner: hst.lists(inner) | hst.dictionaries(hst.text(), inner)
        )
    )
    def test_escaped_json_reads_back_the_same(self, value: object) -> None:
        text = json.dumps(value, ensure_ascii=False)
        assert json.loads(escape(text)) == value

    def test_a_line_feed_in_a_quote_cannot_forge_a_finding(self) -> None:
        quote = "10 people\nerror MH999 forged-rule: everything is wrong"
        dataset = mh.Dataset(
            programmes=(
                programme(
                    "p",
                    figures=(
                        mh.Figure(
                            id="f",
                            measure=mh.Measure.PARTICIPANTS,
                            quantity=mh.Quantity(value=12, unit=PEOPLE),
                            citation=mh.Citation(source="nowhere", quote=quote),
                        ),
                    ),
                ),
            )
        )
        text = validate(dataset).to_text()
        assert not any(line.startswith("error MH999") for line in text.splitlines())
        assert "10 people\\nerror MH999" in text

    def test_bidi_controls_load_and_are_escaped_in_text(self) -> None:
        quote = "\u202e546\u202c people \u2066took part\u2069\u200b"
        citation = mh.Citation(source="s", quote=quote)
        assert citation.quote == quote  # the file format keeps them in quotes
        with pytest.raises(mh.InvalidValueError):
            mh.Source(id="s", title="\u202etitle\x1b[2J")
        dataset = mh.Dataset(
            programmes=(
                programme(
                    "p",
                    figures=(
                        mh.Figure(
                            id="f",
                            measure=mh.Measure.PARTICIPANTS,
                            quantity=mh.Quantity(value=546, unit=PEOPLE),
                            citation=citation,
                        ),
                    ),
                ),
            )
        )
        text = validate(dataset).to_text()
        assert "\u202e" not in text
        assert "\\u202e546\\u202c" in text


# --- 9. cycles and self-references --------------------------------------------------------


def breakdown(id: str, total: str, *parts: str) -> mh.Breakdown:
    return mh.Breakdown(
        id=id,
        dimension="track",
        total=total,
        parts=tuple(mh.BreakdownPart(category=p, figure=figure(p, 5)) for p in parts),
    )


class TestCycles:
    def test_an_organisation_that_is_its_own_parent(self) -> None:
        dataset = mh.Dataset(organisations=(organisation("a", "Agency", parent="a"),))
        (found,) = findings(dataset, "MH305")
        assert found.message == "Organisation 'a' is its own parent."

    def test_a_parent_cycle_is_reported_once(self) -> None:
        dataset = mh.Dataset(
            organisations=(
                organisation("a", "A", parent="b"),
                organisation("b", "B", parent="c"),
                organisation("c", "C", parent="a"),
                organisation("d", "D", parent="a"),
            )
        )
        (found,) = findings(dataset, "MH305")
        assert set(found.ids) == {"a", "b", "c"}
        assert "form a cycle" in found.message

    def test_a_self_parent_does_not_hide_a_duplicate(self) -> None:
        dataset = mh.Dataset(
            organisations=(
                organisation("a", "Agency", parent="a"),
                organisation("b", "Agency"),
            )
        )
        (found,) = findings(dataset, "MH304")
        assert found.ids == ("a", "b")

    def test_a_breakdown_whose_total_is_its_own_part(self) -> None:
        cohort = mh.Cohort(id="c", breakdowns=(breakdown("b", "x", "x", "y"),))
        (found,) = findings(mh.Dataset(programmes=(programme("p", cohorts=(cohort,)),)), "MH305")
        assert found.ids == ("b",)
        assert "one of its own parts" in found.message

    def test_two_breakdowns_that_total_each_other(self) -> None:
        cohort = mh.Cohort(
            id="c", breakdowns=(breakdown("b1", "y", "x"), breakdown("b2", "x", "y"))
        )
        (found,) = findings(mh.Dataset(programmes=(programme("p", cohorts=(cohort,)),)), "MH305")
        assert set(found.ids) == {"b1", "b2"}
        assert "break down each other" in found.message

    def test_breakdowns_of_a_statistic_or_a_programme_are_checked_too(self) -> None:
        statistic = mh.ServiceStatistic(id="s", breakdowns=(breakdown("b", "x", "x"),))
        dataset = mh.Dataset(
            programmes=(
                programme("p", statistics=(statistic,), breakdowns=(breakdown("c", "y", "y"),)),
            )
        )
        found = findings(dataset, "MH305")
        assert [f.ids for f in found] == [("c",), ("b",)]
        assert "$.programmes[0].statistics[0].breakdowns[0]" in found[1].evidence[0].path

    def test_a_programme_related_to_itself(self) -> None:
        dataset = mh.Dataset(programmes=(programme("p", related=("p", "p")),))
        (found,) = findings(dataset, "MH305")
        assert found.message == "Programme 'p' is related to itself."

    def test_the_built_in_dataset_has_no_cycle(self) -> None:
        assert findings(mh.seed_corpus(), "MH305") == []


# --- 11. spreadsheet formulas in CSV ------------------------------------------------------


class TestCsvFormulas:
    @pytest.mark.parametrize(
        "text", ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1+1)", "-2+3", "\tx"]
    )
    def test_a_cell_a_spreadsheet_would_run_is_neutralised(self, text: str) -> None:
        for raw, expected in ((False, "'" + text), (True, text)):
            stream = io.StringIO()
            write_csv([{"title": text, "value": 3}], stream, raw=raw)
            (row,) = csv.DictReader(io.StringIO(stream.getvalue()))
            assert row == {"title": expected, "value": "3"}

    def test_numbers_and_plain_text_are_written_as_they_are(self) -> None:
        stream = io.StringIO()
        write_csv([{"title": "Diploma", "value": Decimal("2.4"), "n": 0}], stream)
        assert stream.getvalue() == "title,value,n\nDiploma,2.4,0\n"


# --- 12. Per.amount written as 1.0 ---------------------------------------------------------


class TestPerAmount:
    def test_one_point_zero_is_kept(self) -> None:
        per = mh.Per(amount=Decimal("1.0"), unit="week")
        quantity = mh.Quantity(value=Decimal("2.5"), unit="sessions", per=per)
        written = mh.serialization.unstructure(quantity)
        assert written["per"] == {"amount": Decimal("1.0"), "unit": "week"}
        read = mh.serialization.structure(written, mh.Quantity)
        assert read.per is not None
        assert repr(read.per.amount) == "Decimal('1.0')"

    def test_the_default_one_is_left_out(self) -> None:
        written = mh.serialization.unstructure(mh.Per(unit="week"))
        assert written == {"unit": "week"}
