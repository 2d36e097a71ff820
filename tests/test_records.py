"""Flat exports: records, DataFrames, CSV and JSON Lines, and results as JSON."""

from __future__ import annotations

import csv
import io
import json
import sys
from decimal import Decimal

import pytest
from hypothesis import given

import migrationhealth as mh
from migrationhealth.aggregation import (
    COLUMNS,
    MissingDependencyError,
    as_dict,
    to_frame,
    to_records,
    write_csv,
    write_jsonl,
)
from migrationhealth.aggregation.records import dumps_json

from . import strategies as st
from .test_aggregation import diploma, fig, iom_chile

pandas = pytest.importorskip("pandas")


def by_id(records: list[dict[str, object]]) -> dict[object, dict[str, object]]:
    return {record["figure"]: record for record in records}


class TestToRecords:
    def test_one_row_per_figure_with_every_column(self) -> None:
        records = to_records(iom_chile())
        assert [r["figure"] for r in records] == ["trained", "by-mh", "by-tip"]
        assert all(tuple(r) == COLUMNS for r in records)

    def test_a_row_says_where_the_figure_sits(self) -> None:
        row = by_id(to_records(iom_chile()))["by-tip"]
        assert row["programme"] == "iom-chile"
        assert row["programme_kind"] == "workshop_series"
        assert row["cohort"] == "iom-cohort"
        assert row["breakdown"] == "by-track"
        assert row["category"] == "trafficking in persons"
        assert row["countries"] == "CL"
        assert row["period"] == "--04-17/--05-30"
        assert row["path"] == "$.programmes[0].cohorts[0].breakdowns[0].parts[1].figure"

    def test_a_row_carries_bounds_qualifier_source_and_quote(self) -> None:
        source = mh.Source(id="s1", title="Report", published=mh.PartialDate(year=2022, month=10))
        figure = fig(
            "served", 500_000, qualifier=mh.Qualifier.ALMOST, quote="almost half a million"
        )
        data = mh.Dataset().add(
            source,
            mh.Programme(id="p", title="P", kind=mh.ProgrammeKind.OTHER, figures=(figure,)),
        )
        (row,) = to_records(data)
        assert (row["value"], row["qualifier"], row["low"], row["high"]) == (
            500_000,
            "almost",
            450_000,
            500_000,
        )
        assert (row["source"], row["published"], row["quote"]) == (
            "s1",
            "2022-10",
            "almost half a million",
        )

    def test_partner_organisations_and_organisations_figures(self) -> None:
        partners = (
            mh.Partner(organisation="iom", roles=(mh.Role.IMPLEMENTER,)),
            mh.Partner(organisation="minsal", roles=(mh.Role.HOST,)),
        )
        iom = mh.Organisation(
            id="iom",
            name="IOM",
            kind=mh.OrganisationKind.INTERGOVERNMENTAL,
            figures=(fig("states", 175, measure=mh.Measure.MEMBER_STATES, unit="member states"),),
        )
        programme = mh.Programme(
            id="p",
            title="P",
            kind=mh.ProgrammeKind.OTHER,
            partners=partners,
            figures=(fig("n", 1),),
        )
        rows = by_id(to_records(mh.Dataset().add(iom, programme)))
        assert rows["n"]["organisations"] == "iom;minsal"
        assert (rows["states"]["organisation"], rows["states"]["programme"]) == ("iom", None)

    def test_decimals_stay_exact_and_unbounded_is_none(self) -> None:
        rate = fig(
            "density",
            Decimal("2.4"),
            measure=mh.Measure.HEALTH_WORKER_DENSITY,
            unit="doctors",
            per=mh.Per(amount=1000, unit="inhabitants"),
        )
        more = fig(
            "more", 2, measure=mh.Measure.DURATION, unit="decades", qualifier=mh.Qualifier.MORE_THAN
        )
        data = mh.Dataset().add(
            mh.Programme(id="p", title="P", kind=mh.ProgrammeKind.OTHER, figures=(rate, more))
        )
        rows = by_id(to_records(data))
        assert rows["density"]["value"] == Decimal("2.4")
        assert rows["density"]["per"] == "per 1,000 inhabitants"
        assert rows["more"]["high"] is None

    def test_only_datasets(self) -> None:
        with pytest.raises(TypeError, match="Dataset"):
            to_records([])  # type: ignore[arg-type]

    @given(st.datasets())
    def test_every_figure_has_its_row_and_bounds_in_every_form(self, data: mh.Dataset) -> None:
        records = to_records(data)
        located = list(data.figures())
        assert len(records) == len(located)
        for row, item in zip(records, located, strict=True):
            interval = item.figure.quantity.interval
            assert (row["figure"], row["low"], row["high"]) == (
                item.figure.id,
                interval.low,
                interval.high,
            )
        stream = io.StringIO()
        write_jsonl(records, stream)
        lines = [json.loads(line) for line in stream.getvalue().splitlines()]
        assert [line["figure"] for line in lines] == [item.figure.id for item in located]
        stream = io.StringIO()
        write_csv(records, stream)
        rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
        assert [row["figure"] for row in rows] == [item.figure.id for item in located]


class TestToFrame:
    def test_a_dataset_as_a_frame(self) -> None:
        frame = to_frame(diploma())
        assert list(frame.columns) == list(COLUMNS)
        assert len(frame) == 4
        assert str(frame["value"].dtype) == "decimal128(38, 18)[pyarrow]"
        assert frame.loc[frame["figure"] == "selected", "value"].item() == 564
        assert str(frame["measure"].dtype) == "category"
        assert list(frame["measure"].cat.categories) == [m.value for m in mh.Measure]

    def test_decimal_columns_keep_decimals(self) -> None:
        figure = fig("d", Decimal("1.5"), measure=mh.Measure.DURATION, unit="years")
        data = mh.Dataset().add(
            mh.Programme(id="p", title="P", kind=mh.ProgrammeKind.OTHER, figures=(figure,))
        )
        assert to_frame(data)["value"].tolist() == [Decimal("1.5")]

    def test_an_aggregation_as_a_frame(self) -> None:
        frame = to_frame(mh.aggregate(diploma(), measure="participants", by="country"))
        assert frame["key"].tolist() == ["CL", "CL+MX"]
        assert frame["low"].tolist() == [0, 546]
        assert frame["left_out"].tolist() == [1, 0]

    def test_a_total_as_a_frame(self) -> None:
        frame = to_frame(mh.total(iom_chile(), measure="trained"))
        assert frame["status"].tolist() == ["counted", "left out", "left out"]

    def test_without_pandas_the_error_says_how_to_install_it(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setitem(sys.modules, "pandas", None)
        with pytest.raises(MissingDependencyError, match=r"migrationhealth\[pandas\]") as caught:
            to_frame(diploma())
        assert isinstance(caught.value, ImportError)


class TestWriters:
    def test_csv_has_a_header_and_one_row_per_figure(self) -> None:
        stream = io.StringIO()
        write_csv(to_records(iom_chile()), stream)
        rows = list(csv.DictReader(io.StringIO(stream.getvalue())))
        assert [row["figure"] for row in rows] == ["trained", "by-mh", "by-tip"]
        assert rows[0]["high"] == "314"
        assert rows[0]["planned"] == ""
        assert rows[0]["statistic"] == ""

    def test_csv_of_nothing_is_the_header(self) -> None:
        stream = io.StringIO()
        write_csv([], stream)
        assert stream.getvalue() == ",".join(COLUMNS) + "\n"

    def test_jsonl_writes_decimals_as_numbers(self) -> None:
        stream = io.StringIO()
        write_jsonl([{"value": Decimal("2.4"), "n": 3, "none": None}], stream)
        assert stream.getvalue() == '{"value": 2.4, "n": 3, "none": null}\n'


class TestAsDict:
    def test_every_result_is_json(self) -> None:
        data = diploma()
        total = mh.total(data, measure="participants")
        results = [
            total,
            mh.aggregate(data, measure="participants", by="country"),
            mh.share(mh.total(data, measure="selected"), mh.Quantity(value=800, unit="people")),
            mh.per_capita(546, 1000, per=1000),
            mh.count_programmes(data, by="kind"),
        ]
        for result in results:
            document = json.loads(dumps_json(as_dict(result)))
            assert isinstance(document, dict)
        document = as_dict(total)
        assert (document["low"], document["high"]) == (546, 546)
        assert [f["figure"] for f in document["facts"][0]["figures"]] == [
            "participants",
            "participants-again",
        ]
        assert document["excluded"][0]["reason"] == "in_whole"

    def test_other_objects_are_refused(self) -> None:
        with pytest.raises(TypeError, match="aggregation result"):
            as_dict(diploma())  # type: ignore[arg-type]
