from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import given

import migrationhealth as mh

from . import strategies as st


def _figure(
    id: str = "f", value: int = 1, measure: mh.Measure = mh.Measure.PARTICIPANTS
) -> mh.Figure:
    return mh.Figure(id=id, measure=measure, quantity=mh.Quantity(value=value, unit="people"))


def _dataset() -> mh.Dataset:
    breakdown = mh.Breakdown(
        id="by-track",
        dimension="track",
        total="trained",
        parts=(
            mh.BreakdownPart(category="migration and health", figure=_figure("t1", 171)),
            mh.BreakdownPart(category="trafficking in persons", figure=_figure("t2", 143)),
        ),
    )
    cohort = mh.Cohort(
        id="c",
        figures=(_figure("trained", 314),),
        breakdowns=(breakdown,),
        subgroups=(mh.SubGroup(id="sg", label="from Chile", figures=(_figure("sg-f", 10),)),),
    )
    programme = mh.Programme(
        id="p",
        title="Training",
        kind=mh.ProgrammeKind.WORKSHOP_SERIES,
        edition=_figure("ed", 2, mh.Measure.EDITION),
        figures=(_figure("pf", 10, mh.Measure.SESSIONS),),
        cohorts=(cohort,),
        statistics=(mh.ServiceStatistic(id="st", figures=(_figure("st-f", 5),)),),
    )
    iom = mh.Organisation(
        id="iom",
        name="International Organization for Migration",
        acronym="IOM",
        kind=mh.OrganisationKind.UN_AGENCY,
        figures=(_figure("iom-ms", 175, mh.Measure.MEMBER_STATES),),
    )
    return mh.Dataset(
        sources=(mh.Source(id="s", title="Report"),), organisations=(iom,), programmes=(programme,)
    )


class TestRecords:
    def test_frozen(self) -> None:
        figure = _figure()
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            figure.id = "g"  # type: ignore[misc]

    def test_keyword_only(self) -> None:
        with pytest.raises(TypeError):
            mh.Source("s", "Report")  # type: ignore[misc]

    def test_updated_by_evolve(self) -> None:
        figure = _figure()
        assert attrs.evolve(figure, planned=True).planned
        assert not figure.planned

    @pytest.mark.parametrize("bad", ["", " s", "s s", "-s", "s/1", 3])
    def test_ids_are_checked(self, bad: object) -> None:
        with pytest.raises(mh.InvalidValueError, match=r"^id: "):
            mh.Source(id=bad, title="Report")  # type: ignore[arg-type]

    def test_text_fields_refuse_control_characters(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="control characters"):
            mh.Source(id="s", title="Re\x00port")

    def test_quotes_keep_line_breaks(self) -> None:
        assert mh.Citation(source="s", quote="a\nb").quote == "a\nb"

    def test_a_string_is_not_a_tuple_of_countries(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="expected a tuple"):
            mh.Cohort(id="c", countries="FR")  # type: ignore[arg-type]

    def test_element_errors_name_the_index(self) -> None:
        with pytest.raises(mh.InvalidValueError, match=r"^countries\[1\]: "):
            mh.Cohort(id="c", countries=("MX", "Chile"))

    def test_partner_needs_a_role(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="at least one"):
            mh.Partner(organisation="o", roles=())

    def test_enum_fields_refuse_their_string_values(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="expected a ProgrammeKind"):
            mh.Programme(id="p", title="T", kind="diploma")  # type: ignore[arg-type]

    def test_a_count_must_be_whole(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="must be a whole number"):
            mh.Figure(
                id="f",
                measure=mh.Measure.PARTICIPANTS,
                quantity=mh.Quantity(value=Decimal("2.5"), unit="people"),
            )

    def test_a_density_may_be_fractional(self) -> None:
        quantity = mh.Quantity(
            value=Decimal("2.4"), unit="doctors", per=mh.Per(amount=1000, unit="inhabitants")
        )
        figure = mh.Figure(id="f", measure=mh.Measure.HEALTH_WORKER_DENSITY, quantity=quantity)
        assert figure.quantity.value == Decimal("2.4")

    @given(st.datasets())
    def test_records_are_hashable_and_equal_to_themselves(self, dataset: mh.Dataset) -> None:
        assert hash(dataset) == hash(attrs.evolve(dataset))
        assert dataset == attrs.evolve(dataset)


class TestDataset:
    def test_lookup_by_id(self) -> None:
        dataset = _dataset()
        assert dataset.programme("p").title == "Training"
        assert dataset.organisation("iom").acronym == "IOM"
        assert dataset.source("s").title == "Report"

    def test_unknown_id(self) -> None:
        with pytest.raises(mh.UnknownIdError, match="no programme with id 'x'"):
            _dataset().programme("x")
        with pytest.raises(KeyError):
            _dataset().source("p")

    def test_add_returns_a_new_dataset(self) -> None:
        dataset = _dataset()
        bigger = dataset.add(mh.Source(id="s2", title="Another"))
        assert len(bigger.sources) == 2
        assert len(dataset.sources) == 1
        with pytest.raises(TypeError):
            dataset.add(_figure())  # type: ignore[arg-type]

    def test_figures_walks_everything_with_paths(self) -> None:
        located = {lf.figure.id: lf for lf in _dataset().figures()}
        assert set(located) == {"iom-ms", "ed", "pf", "trained", "t1", "t2", "sg-f", "st-f"}
        assert located["iom-ms"].path == "$.organisations[0].figures[0]"
        assert located["ed"].path == "$.programmes[0].edition"
        assert located["t2"].path == "$.programmes[0].cohorts[0].breakdowns[0].parts[1].figure"
        assert located["sg-f"].path == "$.programmes[0].cohorts[0].subgroups[0].figures[0]"
        assert located["st-f"].path == "$.programmes[0].statistics[0].figures[0]"

    def test_subjects(self) -> None:
        located = {lf.figure.id: lf for lf in _dataset().figures()}
        assert located["trained"].subject == "c"
        assert located["t1"].subject == "c/by-track=migration and health"
        assert located["sg-f"].subject == "sg"
        assert located["iom-ms"].subject == "iom"
        assert located["pf"].subject == "p"

    @given(st.datasets())
    def test_every_figure_is_found_once(self, dataset: mh.Dataset) -> None:
        paths = [lf.path for lf in dataset.figures()]
        assert len(paths) == len(set(paths))
        document = mh.unstructure(dataset)
        for lf in dataset.figures():
            node: object = document
            for step in lf.path[2:].replace("[", ".").replace("]", "").split("."):
                node = node[int(step)] if step.isdigit() else node[step]  # type: ignore[index]
            assert mh.structure(node, mh.Figure) == lf.figure
