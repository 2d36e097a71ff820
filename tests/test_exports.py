"""Typed tables and open formats: Arrow, polars, pandas, Parquet, data packages and HXL."""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import migrationhealth as mh
from migrationhealth.aggregation import MissingDependencyError, to_records
from migrationhealth.aggregation.frames import arrow_schema, to_arrow, to_frame, to_polars
from migrationhealth.aggregation.records import COLUMNS, FIGURE_COLUMNS
from migrationhealth.exports import (
    HXL_TAGS,
    TABLES,
    datapackage_descriptor,
    table_rows,
    write_datapackage,
    write_hxl,
    write_parquet,
)

from . import strategies as st
from .test_aggregation import diploma, fig

pa = pytest.importorskip("pyarrow", reason="pyarrow is an optional dependency (arrow extra)")


def rate_dataset() -> mh.Dataset:
    """Counts, an exact decimal rate, a hedged value and an open bound, with dates."""
    source = mh.Source(id="s1", title="Report", published=mh.PartialDate(year=2022, month=2))
    density = mh.Figure(
        id="density",
        measure=mh.Measure.HEALTH_WORKER_DENSITY,
        quantity=mh.Quantity(
            value=Decimal("2.4"), unit="doctors", per=mh.Per(amount=1000, unit="inhabitants")
        ),
        citation=mh.Citation(source="s1", quote="2.4 doctors per 1,000 inhabitants"),
    )
    served = fig("served", 500_000, qualifier=mh.Qualifier.ALMOST, quote="almost half a million")
    more = fig("more", 20, qualifier=mh.Qualifier.MORE_THAN, quote="more than 20")
    programme = mh.Programme(
        id="p",
        title="P",
        kind=mh.ProgrammeKind.SERVICE_CAMPAIGN,
        period=mh.Period.fromisoformat("2021-01/2022-08"),
        figures=(density, served, more),
    )
    return mh.Dataset().add(source, programme)


def exact(value: object) -> object:
    """A number as an exact Decimal, whatever table it came from."""
    return None if value is None else Decimal(str(value)).normalize()


class TestArrow:
    def test_every_column_has_its_declared_type(self) -> None:
        table = to_arrow(rate_dataset())
        assert table.schema == arrow_schema()
        assert table.column_names == list(COLUMNS)
        assert str(table.schema.field("value").type) == "decimal128(38, 18)"
        assert str(table.schema.field("period_earliest").type) == "date32[day]"
        assert pa.types.is_dictionary(table.schema.field("measure").type)

    def test_values_are_exact(self) -> None:
        rows = {row["figure"]: row for row in to_arrow(rate_dataset()).to_pylist()}
        assert rows["density"]["value"] == Decimal("2.4")
        assert rows["served"]["low"] == 450_000
        assert rows["more"]["high"] is None
        assert rows["served"]["period_earliest"] == dt.date(2021, 1, 1)
        assert rows["served"]["period_latest"] == dt.date(2022, 8, 31)
        assert rows["served"]["published"] == "2022-02"
        assert rows["served"]["published_latest"] == dt.date(2022, 2, 28)

    def test_an_empty_dataset_has_the_same_schema(self) -> None:
        table = to_arrow(mh.Dataset())
        assert table.num_rows == 0
        assert table.schema == arrow_schema()

    @given(st.datasets())
    def test_every_value_survives_arrow_and_polars(self, dataset: mh.Dataset) -> None:
        records = to_records(dataset)
        arrow_rows = to_arrow(dataset).to_pylist()
        assert len(arrow_rows) == len(records)
        for record, row in zip(records, arrow_rows, strict=True):
            for column in FIGURE_COLUMNS:
                if column.kind == "decimal":
                    assert exact(row[column.name]) == exact(record[column.name])
                else:
                    assert row[column.name] == record[column.name]
        polars = pytest.importorskip("polars")
        frame = to_polars(dataset)
        assert isinstance(frame, polars.DataFrame)
        for record, row in zip(records, frame.to_dicts(), strict=True):
            for name in ("value", "low", "high"):
                assert exact(row[name]) == exact(record[name])

    def test_aggregations_and_totals_are_typed_tables(self) -> None:
        aggregation = mh.aggregate(diploma(), measure="participants", by="country")
        table = to_arrow(aggregation)
        assert table.column("key").to_pylist() == ["CL", "CL+MX"]
        assert str(table.schema.field("figures").type) == "int64"
        total = to_arrow(mh.total(diploma(), measure="participants"))
        assert set(total.column("status").to_pylist()) <= {"counted", "left out"}

    def test_without_pyarrow_the_error_says_how_to_install_it(
        self, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setitem(sys.modules, "pyarrow", None)
        with pytest.raises(MissingDependencyError, match=r"migrationhealth\[arrow\]"):
            to_arrow(diploma())


class TestPolars:
    def test_enums_are_polars_enums_with_every_value(self) -> None:
        polars = pytest.importorskip("polars")
        frame = to_polars(rate_dataset())
        assert frame.schema["measure"] == polars.Enum([m.value for m in mh.Measure])
        assert frame.schema["value"] == polars.Decimal(38, 18)
        assert frame.schema["period_earliest"] == polars.Date


class TestParquetRoundTrip:
    @pytest.fixture
    def path(self, tmp_path: Path) -> Path:
        path = tmp_path / "figures.parquet"
        write_parquet(mh.seed_corpus(), path)
        return path

    def expected(self) -> list[dict[str, Any]]:
        return to_records(mh.seed_corpus())

    def test_pandas_reads_every_value_and_type(self, path: Path) -> None:
        pandas = pytest.importorskip("pandas")
        frame = pandas.read_parquet(path, dtype_backend="pyarrow")
        assert list(frame.columns) == list(COLUMNS)
        assert str(frame["value"].dtype) == "decimal128(38, 18)[pyarrow]"
        assert str(frame["planned"].dtype).startswith("dictionary<values=string")
        for record, row in zip(self.expected(), frame.to_dict("records"), strict=True):
            assert exact(row["value"]) == exact(record["value"])
            assert row["quote"] == record["quote"] or (
                pandas.isna(row["quote"]) and not record["quote"]
            )
            assert row["period_earliest"] == record["period_earliest"] or (
                record["period_earliest"] is None and pandas.isna(row["period_earliest"])
            )

    def test_a_typed_frame_writes_parquet(self, tmp_path: Path) -> None:
        pytest.importorskip("pandas")
        frame = to_frame(mh.seed_corpus())
        frame.to_parquet(tmp_path / "frame.parquet")
        assert pa.parquet.read_schema(tmp_path / "frame.parquet").field("value").type == (
            pa.decimal128(38, 18)
        )

    def test_polars_reads_every_value_and_type(self, path: Path) -> None:
        polars = pytest.importorskip("polars")
        frame = polars.read_parquet(path)
        assert frame.schema["value"] == polars.Decimal(38, 18)
        assert frame.schema["published_earliest"] == polars.Date
        for record, row in zip(self.expected(), frame.to_dicts(), strict=True):
            for name in COLUMNS:
                if name in ("value", "low", "high"):
                    assert exact(row[name]) == exact(record[name])
                else:
                    assert row[name] == record[name], name

    def test_duckdb_reads_every_value_and_type(self, path: Path) -> None:
        duckdb = pytest.importorskip("duckdb")
        connection = duckdb.connect()
        relation = connection.sql(f"SELECT * FROM read_parquet('{path}')")
        types = dict(zip(relation.columns, (str(t) for t in relation.types), strict=True))
        assert types["value"] == "DECIMAL(38,18)"
        assert types["period_earliest"] == "DATE"
        assert types["planned"] == "VARCHAR"
        for record, row in zip(self.expected(), relation.fetchall(), strict=True):
            found = dict(zip(relation.columns, row, strict=True))
            for name in COLUMNS:
                if name in ("value", "low", "high"):
                    assert exact(found[name]) == exact(record[name])
                else:
                    assert found[name] == record[name], name


frictionless = pytest.importorskip("frictionless", reason="frictionless is a test dependency")


def read_package(descriptor: Path) -> dict[str, list[dict[str, Any]]]:
    package = frictionless.Package(str(descriptor))
    return {
        resource.name: [dict(row) for row in resource.read_rows()] for resource in package.resources
    }


def same(value: object, expected: object) -> bool:
    if isinstance(value, Decimal) or isinstance(expected, Decimal):
        return exact(value) == exact(expected)
    return value == expected


class TestDataPackage:
    def test_the_seed_corpus_is_a_valid_package(self, tmp_path: Path) -> None:
        descriptor = write_datapackage(mh.seed_corpus(), tmp_path / "package")
        report = frictionless.validate(str(descriptor))
        assert report.valid, report.flatten(["rowNumber", "fieldName", "message"])
        assert sorted(p.name for p in descriptor.parent.iterdir()) == sorted(
            ["datapackage.json", *(f"{t.name}.csv" for t in TABLES)]
        )

    def test_frictionless_reads_every_value_back(self, tmp_path: Path) -> None:
        dataset = mh.seed_corpus()
        read = read_package(write_datapackage(dataset, tmp_path))
        for name, rows in table_rows(dataset).items():
            assert len(read[name]) == len(rows), name
            for row, found in zip(rows, read[name], strict=True):
                for key, value in row.items():
                    assert same(found[key], value), (name, key, found[key], value)

    def test_a_dangling_reference_is_what_frictionless_reports(self, tmp_path: Path) -> None:
        data = mh.Dataset().add(
            mh.Programme(
                id="p",
                title="P",
                kind=mh.ProgrammeKind.OTHER,
                partners=(mh.Partner(organisation="nowhere", roles=(mh.Role.FUNDER,)),),
            )
        )
        report = frictionless.validate(str(write_datapackage(data, tmp_path)))
        assert not report.valid
        assert "foreign-key" in {error.type for task in report.tasks for error in task.errors}

    def test_the_descriptor_declares_keys_and_enums(self) -> None:
        resources = {r["name"]: r for r in datapackage_descriptor()["resources"]}
        figures = resources["figures"]["schema"]
        assert figures["primaryKey"] == ["path"]
        assert {"fields": "source", "reference": {"resource": "sources", "fields": "id"}} in (
            figures["foreignKeys"]
        )
        measure = next(f for f in figures["fields"] if f["name"] == "measure")
        assert measure["constraints"]["enum"] == [m.value for m in mh.Measure]
        assert resources["partners"]["schema"]["primaryKey"] == [
            "programme",
            "organisation",
            "role",
        ]

    def test_people_are_the_datasets_people_and_figures_name_them(self) -> None:
        person = mh.Person(id="zoe-robledo", name="Zoé Robledo")
        speaker = mh.Speaker(name="Zoé Robledo", person="zoe-robledo")
        figure = fig("served", 100, quote="100 people")
        quoted = attrs.evolve(figure, citation=attrs.evolve(figure.citation, speaker=speaker))
        programme = mh.Programme(id="p", title="P", kind=mh.ProgrammeKind.OTHER, figures=(quoted,))
        dataset = attrs.evolve(mh.Dataset().add(programme), people=(person,))
        rows = table_rows(dataset)
        assert rows["people"] == [
            {
                "id": "zoe-robledo",
                "name": "Zoé Robledo",
                "normalised": None,
                "positions": None,
                "notes": None,
            }
        ]
        assert [row["person"] for row in rows["figures"]] == ["zoe-robledo"]

    def test_the_seed_corpus_names_its_people(self) -> None:
        rows = table_rows(mh.seed_corpus())
        assert len(rows["people"]) == len(mh.seed_corpus().people)

    @settings(max_examples=10, suppress_health_check=[HealthCheck.too_slow])
    @given(st.datasets())
    def test_any_dataset_reads_back(self, dataset: mh.Dataset) -> None:
        # A directory per example: Hypothesis does not reset function-scoped fixtures.
        with tempfile.TemporaryDirectory() as directory:
            read = read_package(write_datapackage(dataset, directory))
            for name, rows in table_rows(dataset).items():
                assert len(read[name]) == len(rows)
                for row, found in zip(rows, read[name], strict=True):
                    for key, value in row.items():
                        assert same(found[key], value), (name, key)


# The HXL standard's core hashtags (HXL 1.1 dictionary, https://hxlstandard.org/standard/dictionary/).
HXL_CORE = {
    "access", "activity", "adm1", "adm2", "adm3", "adm4", "adm5", "affected", "beneficiary",
    "capacity", "cause", "channel", "contact", "country", "crisis", "currency", "date",
    "delivery", "description", "event", "financial", "frequency", "geo", "group", "impact",
    "indicator", "inneed", "item", "loc", "meta", "modality", "need", "operations", "org",
    "output", "population", "position", "reached", "region", "respondee", "sector",
    "service", "severity", "status", "subsector", "targeted", "value",
}  # fmt: skip


class TestHxl:
    def written(self, dataset: mh.Dataset) -> str:
        stream = io.StringIO()
        write_hxl(dataset, stream)
        return stream.getvalue()

    def test_a_hashtag_row_under_the_header(self) -> None:
        header, tags, *rows = list(csv.reader(io.StringIO(self.written(mh.seed_corpus()))))
        assert header == list(HXL_TAGS)
        assert tags == list(HXL_TAGS.values())
        assert len(rows) == len(to_records(mh.seed_corpus()))
        assert tuple(HXL_TAGS)[: len(COLUMNS)] == COLUMNS

    def test_every_hashtag_is_a_core_hashtag_with_well_formed_attributes(self) -> None:
        for tag in HXL_TAGS.values():
            hashtag, *attributes = tag.split("+")
            assert hashtag.startswith("#")
            assert hashtag[1:] in HXL_CORE, tag
            assert all(a.isalnum() and a.islower() for a in attributes), tag

    def test_places_are_tagged(self) -> None:
        rows = list(csv.DictReader(io.StringIO(self.written(mh.seed_corpus()))))
        places = {row["places"] for row in rows[1:]}
        assert "Arica;Iquique;Antofagasta;Metropolitan area of Santiago" in places

    def test_libhxl_reads_every_column_and_value(self) -> None:
        hxl = pytest.importorskip("hxl", reason="libhxl is a test dependency")
        text = self.written(mh.seed_corpus())
        source = hxl.data(hxl.input.make_input(io.BytesIO(text.encode("utf-8"))))
        assert [column.display_tag for column in source.columns] == list(HXL_TAGS.values())
        expected = list(csv.reader(io.StringIO(text)))[2:]
        found = [list(row.values) for row in source]
        assert found == expected
        assert source.columns[list(HXL_TAGS).index("countries")].tag == "#country"
