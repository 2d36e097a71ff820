"""Totals by group: the key each figure gets, spanning and split years, and grouping laws."""

from __future__ import annotations

import random

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as hs

import migrationhealth as mh
from migrationhealth.aggregation import AggregationError, UnitError, aggregate
from migrationhealth.aggregation._numbers import add
from migrationhealth.aggregation.group import NONE

from . import strategies as st
from .test_aggregation import diploma, draw_people_figure, fig, iom_chile, programme

M = mh.Measure


def services(period: str, value: int = 8_700_000, id: str = "s") -> mh.Figure:
    return fig(id, value, measure=M.SERVICES, unit="services", period=period)


def windows(*figures: mh.Figure) -> mh.Dataset:
    statistic = mh.ServiceStatistic(id="windows", countries=("US",), figures=figures)
    return mh.Dataset().add(
        programme(
            "health-windows",
            statistics=(statistic,),
            kind=mh.ProgrammeKind.SERVICE_POINT_NETWORK,
            countries=("MX", "US"),
        )
    )


def partnered() -> mh.Dataset:
    """Two programmes sharing a partner, each with a cohort of participants."""
    iom = mh.Partner(organisation="iom", roles=(mh.Role.IMPLEMENTER,))
    ues = mh.Partner(organisation="ues", roles=(mh.Role.ACADEMIC_COORDINATOR, mh.Role.HOST))
    one = programme(
        "one",
        cohorts=(mh.Cohort(id="c1", figures=(fig("n1", 10),)),),
        partners=(iom, ues),
        themes=("gender", "health"),
        countries=("SV",),
    )
    two = programme(
        "two",
        cohorts=(mh.Cohort(id="c2", figures=(fig("n2", 20),)),),
        partners=(iom,),
        kind=mh.ProgrammeKind.CERTIFICATION,
        countries=("CL",),
    )
    organisations = (
        mh.Organisation(
            id="iom",
            name="International Organization for Migration",
            kind=mh.OrganisationKind.INTERGOVERNMENTAL,
        ),
        mh.Organisation(
            id="ues",
            name="National University of El Salvador",
            kind=mh.OrganisationKind.UNIVERSITY,
            country="SV",
        ),
    )
    return mh.Dataset().add(*organisations, one, two)


def bounds(aggregation: mh.Aggregation) -> dict[str, object]:
    return {group.key: str(group.total.interval) for group in aggregation}


class TestKeys:
    def test_a_binational_cohort_spans_both_countries(self) -> None:
        result = aggregate(diploma(), measure="participants", by="country")
        assert result["CL+MX"].interval == mh.Interval.point(546)
        assert [group.label for group in result] == ["Chile", "Chile + Mexico"]

    def test_a_subgroup_in_its_own_country_is_shown_as_left_out_there(self) -> None:
        result = aggregate(diploma(), measure="participants", by="country")
        chile = result["CL"]
        assert chile.interval == mh.Interval.point(0)
        assert [e.figure.id for e in chile.excluded] == ["chilean-participants"]

    def test_a_period_spanning_years_is_shown_as_spanning_them(self) -> None:
        result = aggregate(windows(services("2021-01/2022-08")), measure="services", by="year")
        assert result.keys() == ("2021-2022",)

    def test_a_period_without_a_year_is_not_placed_in_one(self) -> None:
        result = aggregate(iom_chile(), measure="trained", by="year")
        assert result.keys() == ("(year unknown)",)

    def test_figures_without_a_period_are_grouped_as_such(self) -> None:
        result = aggregate([fig("a", 1)], measure="participants", by="year")
        assert result.keys() == ("(no period)",)

    def test_an_open_period_keeps_its_open_end(self) -> None:
        result = aggregate([fig("a", 1, period="1951/..")], measure="participants", by="year")
        assert result.keys() == ("1951-..",)

    def test_years_sort_before_groups_without_one(self) -> None:
        data = [fig("a", 1, period="2019/2019"), fig("b", 2), fig("c", 3, period="2018-05/2018-05")]
        result = aggregate(data, measure="participants", by="year")
        assert result.keys() == ("2018", "2019", "(no period)")

    def test_organisations_overlap_and_are_named(self) -> None:
        result = aggregate(partnered(), measure="participants", by="organisation")
        assert bounds(result) == {"iom": "[30, 30]", "ues": "[10, 10]"}
        assert result.overlapping
        assert result.total is not None
        assert result.total.interval == mh.Interval.point(30)
        assert result.groups[1].label == "National University of El Salvador"
        assert "groups overlap" in str(result)

    def test_an_organisation_that_only_attended_takes_no_part(self) -> None:
        data = partnered()
        guest = mh.Partner(organisation="guest", roles=(mh.Role.ATTENDEE,))
        one = data.programmes[0]
        data = mh.Dataset(
            organisations=data.organisations,
            programmes=(attrs.evolve(one, partners=(*one.partners, guest)), data.programmes[1]),
        )
        by_organisation = aggregate(data, measure="participants", by="organisation")
        assert "guest" not in by_organisation
        assert "iom" in by_organisation
        assert "guest" not in [c.key for c in mh.count_programmes(data).counts]
        assert mh.count_programmes(data, attendees=True)["guest"].count == 1

    def test_roles_themes_and_kinds(self) -> None:
        data = partnered()
        assert bounds(aggregate(data, measure="participants", by="role")) == {
            "academic_coordinator": "[10, 10]",
            "host": "[10, 10]",
            "implementer": "[30, 30]",
        }
        assert bounds(aggregate(data, measure="participants", by="theme")) == {
            "gender": "[10, 10]",
            "health": "[10, 10]",
            NONE: "[20, 20]",
        }
        assert bounds(aggregate(data, measure="participants", by="programme kind")) == {
            "certification": "[20, 20]",
            "diploma": "[10, 10]",
        }

    def test_an_organisations_own_figures_are_its_own(self) -> None:
        iom = mh.Organisation(
            id="iom",
            name="IOM",
            kind=mh.OrganisationKind.INTERGOVERNMENTAL,
            figures=(fig("states", 175, measure=M.MEMBER_STATES, unit="member states"),),
        )
        result = aggregate(mh.Dataset().add(iom), measure="member_states", by="organisation")
        assert bounds(result) == {"iom": "[175, 175]"}
        assert bounds(aggregate(mh.Dataset().add(iom), measure="member_states", by="kind")) == {
            NONE: "[175, 175]"
        }

    def test_by_measure_takes_every_measure_without_an_overall_total(self) -> None:
        result = aggregate(diploma(), measure=None, by="measure")
        assert bounds(result) == {"participants": "[546, 546]", "selected": "[564, 564]"}
        assert result.total is None

    def test_no_grouping_gives_one_group(self) -> None:
        result = aggregate(diploma(), measure="participants")
        assert result.keys() == ("all",)
        assert result["all"] == result.total

    def test_every_measure_without_grouping_by_measure_is_a_unit_error(self) -> None:
        with pytest.raises(UnitError):
            aggregate(diploma(), measure=None, by="country")

    def test_unknown_dimension_and_split_without_years_are_refused(self) -> None:
        with pytest.raises(AggregationError, match="'continent'"):
            aggregate(diploma(), measure="participants", by="continent")
        with pytest.raises(AggregationError, match="split_years"):
            aggregate(diploma(), measure="participants", by="country", split_years=True)

    def test_missing_key_is_a_key_error(self) -> None:
        with pytest.raises(KeyError):
            aggregate(diploma(), measure="participants")["CL"]


class TestSplitYears:
    def test_a_period_at_month_precision_splits_by_its_months(self) -> None:
        result = aggregate(
            windows(services("2021-01/2022-08")), measure="services", by="year", split_years=True
        )
        assert bounds(result) == {
            "2021": "[5,220,000, 5,220,000]",
            "2022": "[3,480,000, 3,480,000]",
        }
        assert [fact.share for fact in result["2021"].facts] == [pytest.approx(12 / 20)]

    def test_a_period_at_day_precision_splits_by_its_days(self) -> None:
        result = aggregate(
            windows(services("2024-12-22/2025-01-10", value=200)),
            measure="services",
            by="year",
            split_years=True,
        )
        assert bounds(result) == {"2024": "[100, 100]", "2025": "[100, 100]"}

    def test_an_uneven_split_is_rounded_outwards(self) -> None:
        result = aggregate(
            windows(services("2021-12/2022-02", value=100)),
            measure="services",
            by="year",
            split_years=True,
        )
        low = result["2021"].interval
        assert low.low < low.high  # type: ignore[operator]
        assert low.contains(mh.Interval.point(100).low / 3)  # type: ignore[arg-type]

    def test_a_period_that_cannot_be_measured_is_not_split(self) -> None:
        result = aggregate(iom_chile(), measure="trained", by="year", split_years=True)
        assert result.keys() == ("(year unknown)",)


class TestResult:
    def test_repr_text_and_html(self) -> None:
        result = aggregate(diploma(), measure="participants", by="country")
        assert (
            repr(result)
            == "Aggregation(participants by country (policy 'strict'): {'CL': 0, 'CL+MX': 546})"
        )
        assert "CL+MX (Chile + Mexico):" in str(result)
        assert "<td" in result._repr_html_()
        assert len(result) == 2
        assert [group.key for group in result] == ["CL", "CL+MX"]


# --- laws -------------------------------------------------------------------------------------

PARTITIONS = ("country", "year", "kind", "programme", "measure")
COUNTRIES = st.small_tuples(st.countries())
PERIODS = st.optional(st.periods())
THEMES = st.small_tuples(hs.sampled_from(["gender", "health", "rights"]))
PARTNERS = st.small_tuples(st.partners())
KINDS = hs.sampled_from(list(mh.ProgrammeKind))
OVERLAPS = ("organisation", "role", "theme")


@hs.composite
def cohorts(draw: hs.DrawFn, id: str) -> mh.Cohort:
    figures = tuple(draw_people_figure(draw, f"{id}.f{k}") for k in range(draw(hs.integers(0, 3))))
    breakdowns = ()
    if figures and draw(hs.booleans()):
        parts = tuple(
            mh.BreakdownPart(category=f"part {k}", figure=draw_people_figure(draw, f"{id}.b{k}"))
            for k in range(draw(hs.integers(1, 3)))
        )
        breakdowns = (
            mh.Breakdown(id=f"{id}.b", dimension="track", total=figures[0].id, parts=parts),
        )
    subgroups = tuple(
        mh.SubGroup(
            id=f"{id}.g{k}",
            label="from one country",
            countries=draw(COUNTRIES),
            figures=(draw_people_figure(draw, f"{id}.g{k}.f"),),
        )
        for k in range(draw(hs.integers(0, 2)))
    )
    return mh.Cohort(
        id=id,
        countries=draw(COUNTRIES),
        period=draw(PERIODS),
        figures=figures,
        breakdowns=breakdowns,
        subgroups=subgroups,
    )


@hs.composite
def people_datasets(draw: hs.DrawFn) -> mh.Dataset:
    """Programmes with cohorts and statistics of participants, some repeated, some hedged."""
    programmes = []
    for i in range(draw(hs.integers(0, 3))):
        statistic = mh.ServiceStatistic(
            id=f"p{i}.s",
            countries=draw(COUNTRIES),
            figures=tuple(
                draw_people_figure(draw, f"p{i}.s.f{k}") for k in range(draw(hs.integers(0, 2)))
            ),
        )
        programmes.append(
            mh.Programme(
                id=f"p{i}",
                title=f"Programme {i}",
                kind=draw(KINDS),
                countries=draw(COUNTRIES),
                themes=draw(THEMES),
                partners=draw(PARTNERS),
                period=draw(PERIODS),
                cohorts=tuple(draw(cohorts(f"p{i}.c{j}")) for j in range(draw(hs.integers(0, 2)))),
                statistics=(statistic,),
            )
        )
    return mh.Dataset(programmes=tuple(programmes))


class TestGroupingLaws:
    @given(people_datasets(), hs.sampled_from(PARTITIONS))
    def test_grouping_and_then_summing_equals_summing(self, data: mh.Dataset, by: str) -> None:
        result = aggregate(data, measure="participants", by=by, policy="range")
        assert result.total is not None
        assert add(group.total.interval for group in result) == result.total.interval

    @given(people_datasets(), hs.sampled_from(OVERLAPS))
    def test_an_overlapping_group_is_never_more_than_the_whole(
        self, data: mh.Dataset, by: str
    ) -> None:
        result = aggregate(data, measure="participants", by=by, policy="range")
        assert result.total is not None
        whole = result.total.interval
        for group in result:
            assert whole.low >= group.total.low
            assert whole.high is None or (
                group.total.high is not None and group.total.high <= whole.high
            )

    @given(people_datasets())
    def test_split_years_contain_the_whole(self, data: mh.Dataset) -> None:
        result = aggregate(
            data, measure="participants", by="year", split_years=True, policy="range"
        )
        assert result.total is not None
        summed = add(group.total.interval for group in result)
        assert summed.low <= result.total.low
        assert summed.high is None or (
            result.total.high is not None and summed.high >= result.total.high
        )

    @given(
        people_datasets(), hs.sampled_from(PARTITIONS + OVERLAPS), hs.randoms(use_true_random=False)
    )
    def test_the_order_of_the_records_does_not_matter(
        self, data: mh.Dataset, by: str, shuffle: random.Random
    ) -> None:
        programmes = list(data.programmes)
        shuffle.shuffle(programmes)
        shuffled = mh.Dataset(programmes=tuple(programmes))
        assert aggregate(shuffled, measure="participants", by=by, policy="range") == aggregate(
            data, measure="participants", by=by, policy="range"
        )
