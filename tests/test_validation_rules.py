"""Each built-in rule on small datasets: an example that passes and one that fails."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

import migrationhealth as mh
from migrationhealth.validation import Finding, Severity, validate

EXACT = mh.Qualifier.EXACT
SOURCE = mh.Source(id="s1", title="A report", published=mh.PartialDate(year=2025, month=11))
ORGANISATION = mh.Organisation(
    id="o1", name="Ministry of Health", kind=mh.OrganisationKind.MINISTRY
)


def fig(
    id: str,
    measure: str,
    value: int | Decimal,
    *,
    unit: str = "people",
    qualifier: mh.Qualifier = EXACT,
    per: mh.Per | None = None,
    quote: str | None = None,
    source: str = "s1",
    period: str | None = None,
    planned: bool = False,
    cited: bool = True,
) -> mh.Figure:
    """A figure whose quote states its value, unless told otherwise."""
    citation = (
        mh.Citation(source=source, quote=quote if quote is not None else f"{value:,} {unit}")
        if cited
        else None
    )
    return mh.Figure(
        id=id,
        measure=mh.Measure(measure),
        quantity=mh.Quantity(value=value, unit=unit, qualifier=qualifier, per=per),
        period=None if period is None else mh.Period.fromisoformat(period),
        citation=citation,
        planned=planned,
    )


def programme(
    *figures: mh.Figure,
    cohort: mh.Cohort | None = None,
    statistics: tuple[mh.ServiceStatistic, ...] = (),
    period: str | None = None,
    status: mh.Status | None = None,
    id: str = "p1",
    **fields: object,
) -> mh.Programme:
    return mh.Programme(
        id=id,
        title="A programme",
        kind=mh.ProgrammeKind.DIPLOMA,
        status=status,
        period=None if period is None else mh.Period.fromisoformat(period),
        partners=(mh.Partner(organisation="o1", roles=(mh.Role.PROMOTER,)),),
        cohorts=() if cohort is None else (cohort,),
        statistics=statistics,
        figures=figures,
        **fields,  # type: ignore[arg-type]
    )


def cohort(*figures: mh.Figure, id: str = "c1", **fields: object) -> mh.Cohort:
    return mh.Cohort(id=id, figures=figures, **fields)  # type: ignore[arg-type]


def dataset(
    *programmes: mh.Programme,
    organisations: tuple[mh.Organisation, ...] = (ORGANISATION,),
    sources: tuple[mh.Source, ...] = (SOURCE,),
) -> mh.Dataset:
    return mh.Dataset(sources=sources, organisations=organisations, programmes=programmes)


def findings(data: mh.Dataset, code: str) -> list[Finding]:
    return list(validate(data, select=[code]))


def test_the_helpers_make_a_dataset_with_no_findings() -> None:
    data = dataset(programme(cohort=cohort(fig("f1", "participants", 546))))
    assert list(validate(data)) == []


# --- MH101 conflicting figures -------------------------------------------------------------


class TestConflictingFigures:
    def test_equal_figures_of_one_thing_agree(self) -> None:
        data = dataset(
            programme(cohort=cohort(fig("a", "participants", 546), fig("b", "participants", 546)))
        )
        assert findings(data, "MH101") == []

    def test_hedged_figures_that_overlap_are_not_a_conflict(self) -> None:
        almost = fig(
            "a",
            "people_served",
            500_000,
            qualifier=mh.Qualifier.ALMOST,
            quote="almost half a million people",
        )
        data = dataset(programme(almost, fig("b", "people_served", 480_000)))
        assert findings(data, "MH101") == []

    def test_two_values_of_one_measure_conflict_and_the_transposition_is_named(self) -> None:
        data = dataset(
            programme(cohort=cohort(fig("a", "participants", 564), fig("b", "participants", 546)))
        )
        (finding,) = findings(data, "MH101")
        assert finding.severity is Severity.ERROR
        assert finding.ids == ("a", "b")
        assert "564 people (a)" in finding.message
        assert "546 people (b)" in finding.message
        assert "digit transposition" in finding.message
        assert "the 6 and the 4" in finding.message
        assert [e.citation.quote for e in finding.evidence if e.citation] == [
            "564 people",
            "546 people",
        ]
        assert "sources differ" not in finding.message

    def test_a_conflict_between_two_sources_names_both_and_quotes_both(self) -> None:
        second = mh.Source(id="s2", title="Another report", published=SOURCE.published)
        data = dataset(
            programme(
                fig("a", "people_served", 2_000, quote="2,000 people were served"),
                fig("b", "people_served", 2_300, source="s2", quote="2,300 people were seen"),
            ),
            sources=(SOURCE, second),
        )
        (finding,) = findings(data, "MH101")
        assert (
            "The sources differ: s1 says '2,000 people were served'; "
            "s2 says '2,300 people were seen'."
        ) in finding.message

    def test_a_rounding_step_between_conflicting_values_is_named(self) -> None:
        data = dataset(
            programme(
                fig("a", "services", 8_700_000, unit="services"),
                fig("b", "services", 8_712_000, unit="services"),
            )
        )
        (finding,) = findings(data, "MH101")
        assert "rounds to 8,700,000 at the nearest 100,000" in finding.message
        assert "transposition" not in finding.message

    def test_values_neither_transposed_nor_rounded_get_no_note(self) -> None:
        data = dataset(programme(fig("a", "services", 300), fig("b", "services", 500)))
        (finding,) = findings(data, "MH101")
        assert "transposition" not in finding.message
        assert "rounds" not in finding.message

    def test_figures_of_different_periods_planned_flags_or_subjects_are_not_compared(
        self,
    ) -> None:
        data = dataset(
            programme(
                fig("a", "services", 300, period="2020/2020"),
                fig("b", "services", 500, period="2021/2021"),
                fig("c", "services", 700, planned=True),
                cohort=cohort(fig("d", "services", 900)),
            )
        )
        assert findings(data, "MH101") == []

    def test_a_figure_without_a_period_covers_its_records_period(self) -> None:
        data = dataset(
            programme(
                cohort=cohort(
                    fig("a", "participants", 30),
                    fig("b", "participants", 40, period="2025/2025"),
                    period=mh.Period.fromisoformat("2025/2025"),
                )
            )
        )
        (finding,) = findings(data, "MH101")
        assert finding.ids == ("a", "b")

    def test_an_average_is_not_compared_with_a_total(self) -> None:
        average = fig("a", "people_served", 400_000, qualifier=mh.Qualifier.AVERAGE)
        data = dataset(programme(average, fig("b", "people_served", 480_000)))
        assert findings(data, "MH101") == []

    def test_among_several_figures_only_those_in_conflict_are_named(self) -> None:
        about = fig("b", "services", 450, qualifier=mh.Qualifier.AT_LEAST)
        data = dataset(
            programme(
                fig("a", "services", 460),
                about,
                fig("c", "services", 540),
                fig("d", "services", 900),
            )
        )
        (finding,) = findings(data, "MH101")
        assert finding.ids == ("a", "c", "d")
        assert "cannot all be true" in finding.message

    def test_figures_of_records_sharing_an_id_are_compared_wherever_they_sit(self) -> None:
        # Two cohorts with one id (MH302 reports the id) in two programmes, a third
        # programme between them: their figures are about the same subject, and the
        # conflicts come in the order of the figure that completes each group.
        data = dataset(
            programme(cohort=cohort(fig("a1", "participants", 40)), id="p1"),
            programme(
                cohort=cohort(fig("b1", "completed", 7), fig("b2", "completed", 9), id="c2"),
                id="p2",
            ),
            programme(cohort=cohort(fig("a2", "participants", 46)), id="p3"),
        )
        assert [f.ids for f in findings(data, "MH101")] == [("b1", "b2"), ("a1", "a2")]

    def test_selected_and_participants_transposed_in_one_source_conflict(self) -> None:
        data = dataset(
            programme(cohort=cohort(fig("sel", "selected", 564), fig("par", "participants", 546)))
        )
        (finding,) = findings(data, "MH101")
        assert finding.ids == ("sel", "par")
        assert "Source 's1' reports selected 564 people (sel)" in finding.message
        assert "digit transposition" in finding.message

    def test_a_plain_drop_from_selected_to_participants_is_no_conflict(self) -> None:
        data = dataset(
            programme(cohort=cohort(fig("sel", "selected", 564), fig("par", "participants", 500)))
        )
        assert findings(data, "MH101") == []

    def test_transposed_stages_from_two_sources_are_not_a_conflict(self) -> None:
        other = mh.Source(id="s2", title="Another report")
        data = dataset(
            programme(
                cohort=cohort(
                    fig("sel", "selected", 564), fig("par", "participants", 546, source="s2")
                )
            ),
            sources=(SOURCE, other),
        )
        assert findings(data, "MH101") == []


# --- MH102 average beside a total ---------------------------------------------------------


class TestAverageBesideTotal:
    @staticmethod
    def week(value: int) -> mh.Figure:
        return fig(
            "avg",
            "people_served",
            value,
            qualifier=mh.Qualifier.AVERAGE,
            per=mh.Per(unit="week"),
            quote=f"an average of {value:,} people",
        )

    def test_a_total_between_one_and_two_averages_is_implausible(self) -> None:
        total = fig(
            "total",
            "people_served",
            500_000,
            qualifier=mh.Qualifier.ALMOST,
            quote="almost half a million",
        )
        stats = (
            mh.ServiceStatistic(id="weekly", figures=(self.week(400_000),)),
            mh.ServiceStatistic(id="past-years", figures=(total,)),
        )
        (finding,) = findings(dataset(programme(statistics=stats)), "MH102")
        assert finding.severity is Severity.WARNING
        assert finding.ids == ("avg", "total")
        assert "an average of 400,000 people per week (avg)" in finding.message
        assert "800,000 or more" in finding.message

    def test_a_total_below_one_average_is_implausible(self) -> None:
        data = dataset(programme(self.week(400_000), fig("total", "people_served", 1_000)))
        (finding,) = findings(data, "MH102")
        assert "less than the one occurrence" in finding.message

    def test_a_total_of_many_averages_is_plausible(self) -> None:
        data = dataset(programme(self.week(400_000), fig("total", "people_served", 8_000_000)))
        assert findings(data, "MH102") == []

    def test_a_total_equal_to_the_average_is_plausible(self) -> None:
        data = dataset(programme(self.week(400_000), fig("total", "people_served", 400_000)))
        assert findings(data, "MH102") == []

    def test_figures_of_different_countries_are_not_compared(self) -> None:
        stats = (
            mh.ServiceStatistic(id="mx", countries=("MX",), figures=(self.week(400_000),)),
            mh.ServiceStatistic(
                id="us", countries=("US",), figures=(fig("total", "people_served", 1_000),)
            ),
        )
        assert findings(dataset(programme(statistics=stats)), "MH102") == []


# --- MH103 funnel order --------------------------------------------------------------------


class TestFunnelOrder:
    def test_a_narrowing_funnel_passes(self) -> None:
        data = dataset(
            programme(
                cohort=cohort(
                    fig("a", "applicants", 800),
                    fig("s", "selected", 564),
                    fig("p", "participants", 500),
                    fig("c", "completed", 480),
                )
            )
        )
        assert findings(data, "MH103") == []

    def test_a_later_stage_larger_than_an_earlier_one_fails(self) -> None:
        data = dataset(
            programme(
                cohort=cohort(
                    fig("a", "applicants", 800),
                    fig("s", "selected", 564),
                    fig("p", "participants", 600),
                )
            )
        )
        (finding,) = findings(data, "MH103")
        assert finding.ids == ("s", "p")
        assert "participants 600 people (p) exceed selected 564 people (s)" in finding.message

    def test_a_stage_is_reported_against_the_nearest_earlier_stage_it_exceeds(self) -> None:
        data = dataset(
            programme(
                cohort=cohort(
                    fig("a", "applicants", 100), fig("s", "selected", 90), fig("c", "completed", 95)
                )
            )
        )
        (finding,) = findings(data, "MH103")
        assert finding.ids == ("s", "c")

    def test_hedged_stages_are_compared_on_their_intervals(self) -> None:
        at_least = fig(
            "p", "participants", 500, qualifier=mh.Qualifier.AT_LEAST, quote="at least 500"
        )
        more_than = fig(
            "p", "participants", 600, qualifier=mh.Qualifier.MORE_THAN, quote="more than 600"
        )
        passing = dataset(programme(cohort=cohort(fig("s", "selected", 564), at_least)))
        failing = dataset(programme(cohort=cohort(fig("s", "selected", 564), more_than)))
        assert findings(passing, "MH103") == []
        assert len(findings(failing, "MH103")) == 1


# --- MH104 breakdowns ----------------------------------------------------------------------


def by_track(total: int, *parts: int) -> mh.Dataset:
    breakdown = mh.Breakdown(
        id="by-track",
        dimension="track",
        total="trained",
        parts=tuple(
            mh.BreakdownPart(category=f"track {i}", figure=fig(f"t{i}", "trained", value))
            for i, value in enumerate(parts)
        ),
    )
    return dataset(
        programme(cohort=cohort(fig("trained", "trained", total), breakdowns=(breakdown,)))
    )


class TestBreakdownSum:
    def test_parts_that_add_up_pass(self) -> None:
        assert findings(by_track(314, 171, 143), "MH104") == []

    def test_parts_that_fall_short_name_the_gap(self) -> None:
        (finding,) = findings(by_track(314, 171, 140), "MH104")
        assert finding.severity is Severity.ERROR
        assert "171 + 140 = 311, 3 less than the total 314 people (trained)" in finding.message
        assert finding.ids == ("by-track", "trained", "t0", "t1")

    def test_parts_that_exceed_the_total_name_the_gap(self) -> None:
        (finding,) = findings(by_track(314, 171, 150), "MH104")
        assert "7 more than the total" in finding.message

    def test_hedged_parts_give_the_gap_as_a_bound(self) -> None:
        about = fig("t1", "trained", 100, qualifier=mh.Qualifier.APPROXIMATE, quote="about 100")
        breakdown = mh.Breakdown(
            id="b",
            dimension="track",
            total="trained",
            parts=(
                mh.BreakdownPart(category="x", figure=fig("t0", "trained", 100)),
                mh.BreakdownPart(category="y", figure=about),
            ),
        )
        data = dataset(
            programme(cohort=cohort(fig("trained", "trained", 300), breakdowns=(breakdown,)))
        )
        (finding,) = findings(data, "MH104")
        assert "at least 90 less than" in finding.message


# --- MH105 sub-groups ----------------------------------------------------------------------


def with_subgroup(whole: int, part: int, measure: str = "participants") -> mh.Dataset:
    subgroup = mh.SubGroup(
        id="chile", label="from Chile", figures=(fig("g", measure, part, unit="participants"),)
    )
    return dataset(
        programme(cohort=cohort(fig("all", "participants", whole), subgroups=(subgroup,)))
    )


class TestSubgroupExceedsWhole:
    def test_a_subgroup_within_its_cohort_passes(self) -> None:
        assert findings(with_subgroup(546, 10), "MH105") == []

    def test_a_subgroup_larger_than_its_cohort_fails(self) -> None:
        (finding,) = findings(with_subgroup(546, 600), "MH105")
        assert finding.ids == ("g", "all")
        assert "600 participants (g)" in finding.message
        assert "546 people (all)" in finding.message

    def test_a_later_stage_of_a_subgroup_is_compared_with_earlier_stages_of_the_cohort(
        self,
    ) -> None:
        (finding,) = findings(with_subgroup(546, 600, measure="completed"), "MH105")
        assert "completed" in finding.message
        assert "participants 546 people (all)" in finding.message


# --- MH106 rates ---------------------------------------------------------------------------


def density(rate: str, doctors: int, inhabitants: int) -> mh.Dataset:
    per = mh.Per(amount=1000, unit="inhabitants")
    stat = mh.ServiceStatistic(
        id="mx",
        figures=(
            fig("rate", "health_worker_density", Decimal(rate), unit="doctors", per=per),
            fig("doctors", "health_workers", doctors, unit="doctors"),
            fig("inhabitants", "target_population", inhabitants, unit="inhabitants"),
        ),
    )
    return dataset(programme(statistics=(stat,)))


def monthly(average: int, total: int) -> mh.Dataset:
    stat = mh.ServiceStatistic(
        id="windows",
        period=mh.Period.fromisoformat("2021-01/2022-08"),
        figures=(
            fig(
                "avg",
                "services",
                average,
                unit="services",
                qualifier=mh.Qualifier.AVERAGE,
                per=mh.Per(unit="month"),
            ),
            fig("total", "services", total, unit="services"),
        ),
    )
    return dataset(programme(statistics=(stat,)))


class TestRateComponents:
    def test_a_rate_that_rounds_from_its_components_passes(self) -> None:
        assert findings(density("2.4", 300_000, 126_000_000), "MH106") == []

    def test_a_rate_its_components_contradict_fails(self) -> None:
        (finding,) = findings(density("3.5", 300_000, 126_000_000), "MH106")
        assert finding.ids == ("rate", "doctors", "inhabitants")
        assert "2.381 doctors per 1,000 inhabitants" in finding.message

    def test_an_average_per_month_that_fits_its_total_passes(self) -> None:
        assert findings(monthly(435_000, 8_700_000), "MH106") == []

    def test_an_average_per_month_its_total_contradicts_fails(self) -> None:
        (finding,) = findings(monthly(900_000, 8_700_000), "MH106")
        assert finding.ids == ("avg", "total")
        assert "608 days" in finding.message

    def test_a_rate_without_components_is_not_checked(self) -> None:
        per = mh.Per(amount=1000, unit="inhabitants")
        lone = fig("rate", "health_worker_density", Decimal("2.4"), unit="doctors", per=per)
        assert findings(dataset(programme(lone)), "MH106") == []


# --- MH2xx periods -------------------------------------------------------------------------


class TestPeriodReversed:
    def test_a_period_in_order_passes(self) -> None:
        assert findings(dataset(programme(period="2019-07/2019-11")), "MH201") == []

    def test_a_programme_period_that_ends_before_it_starts_fails(self) -> None:
        (finding,) = findings(dataset(programme(period="2019-11/2019-07")), "MH201")
        assert finding.ids == ("p1",)
        assert "(2019-11/2019-07) starts after it ends" in finding.message

    def test_a_figure_period_that_ends_before_it_starts_fails(self) -> None:
        data = dataset(programme(fig("f", "services", 5, period="2020/2019")))
        (finding,) = findings(data, "MH201")
        assert finding.ids == ("f",)

    def test_a_period_without_years_is_not_checked(self) -> None:
        assert findings(dataset(programme(period="--11-17/--02-03")), "MH201") == []


class TestPeriodOutsideProgramme:
    def test_periods_within_the_programme_pass(self) -> None:
        data = dataset(
            programme(
                fig("f", "participants", 5, period="2025-08/2025-11"),
                period="2025-08-18/2025-11-14",
            )
        )
        assert findings(data, "MH202") == []

    def test_a_figure_dated_before_its_programme_fails(self) -> None:
        data = dataset(
            programme(fig("f", "participants", 5, period="2024/2024"), period="2025/2025")
        )
        (finding,) = findings(data, "MH202")
        assert finding.severity is Severity.WARNING
        assert "starts before the period of programme 'p1' (2025/2025) does" in finding.message

    def test_a_cohort_that_ends_after_its_programme_fails(self) -> None:
        late = cohort(period=mh.Period.fromisoformat("2025-10/2026-02"))
        (finding,) = findings(dataset(programme(cohort=late, period="2025/2025")), "MH202")
        assert finding.ids == ("c1", "p1")

    def test_a_duration_is_not_dated_against_the_programme(self) -> None:
        decades = fig("d", "duration", 2, unit="decades", period="2000/..", quote="two decades")
        assert findings(dataset(programme(decades, period="2022/2022")), "MH202") == []


def announced(status: mh.Status | None, *, planned: bool = False) -> mh.Dataset:
    source = mh.Source(id="s1", title="News", published=mh.PartialDate(year=2019, month=6, day=27))
    return dataset(
        programme(
            status=status,
            period="2019-07/2019-11",
            cohort=cohort(
                fig("train", "trained", 50, planned=planned),
                period=mh.Period.fromisoformat("2019-07/2019-11"),
            ),
            citations=(mh.Citation(source="s1", quote="will run from July to November 2019"),),
        ),
        sources=(source,),
    )


class TestAfterPublication:
    def test_a_planned_programme_and_figure_pass(self) -> None:
        data = announced(mh.Status.PLANNED, planned=True)
        assert findings(data, "MH203") == []
        assert findings(data, "MH204") == []

    def test_a_figure_of_a_planned_programme_counts_as_planned(self) -> None:
        assert findings(announced(mh.Status.PLANNED), "MH203") == []

    def test_an_unplanned_figure_dated_after_its_source_fails(self) -> None:
        (finding,) = findings(announced(mh.Status.COMPLETED), "MH203")
        assert finding.ids == ("train", "s1")
        assert "published (2019-06-27)" in finding.message

    def test_a_programme_dated_after_its_sources_not_planned_fails(self) -> None:
        (finding,) = findings(announced(mh.Status.COMPLETED, planned=True), "MH204")
        assert finding.ids == ("p1", "s1")
        assert "status 'completed' instead of 'planned'" in finding.message

    def test_a_programme_reported_by_a_later_source_passes(self) -> None:
        later = mh.Source(id="s2", title="Later news", published=mh.PartialDate(year=2020))
        data = announced(mh.Status.COMPLETED, planned=True)
        report = mh.Citation(source="s2", quote="the certification ended in November")
        data = attrs.evolve(
            data,
            sources=(*data.sources, later),
            programmes=(attrs.evolve(data.programmes[0], citations=(report,)),),
        )
        assert findings(data, "MH204") == []

    def test_applicants_are_not_dated_by_their_cohorts_period(self) -> None:
        source = mh.Source(id="s1", title="News", published=mh.PartialDate(year=2019, month=6))
        data = dataset(
            programme(
                cohort=cohort(
                    fig("apps", "applicants", 800),
                    period=mh.Period.fromisoformat("2019-07/2019-11"),
                )
            ),
            sources=(source,),
        )
        assert findings(data, "MH203") == []


# --- MH3xx references and identity ---------------------------------------------------------


class TestUnknownReference:
    def test_references_that_resolve_pass(self) -> None:
        assert findings(dataset(programme(fig("f", "services", 5))), "MH301") == []

    def test_a_citation_of_an_unknown_source_fails(self) -> None:
        (finding,) = findings(dataset(programme(fig("f", "services", 5, source="s9"))), "MH301")
        assert finding.ids == ("f", "s9")
        assert "names source 's9'" in finding.message

    def test_unknown_partners_related_programmes_parents_and_speakers_fail(self) -> None:
        speaker = mh.Speaker(name="A. Person", organisation="o9")
        cited = mh.Figure(
            id="f",
            measure=mh.Measure.SERVICES,
            quantity=mh.Quantity(value=5, unit="services"),
            citation=mh.Citation(source="s1", quote="5 services", speaker=speaker),
        )
        child = mh.Organisation(
            id="o2", name="An office", kind=mh.OrganisationKind.OTHER, parent="o8"
        )
        data = dataset(
            mh.Programme(
                id="p1",
                title="A programme",
                kind=mh.ProgrammeKind.POLICY,
                partners=(
                    mh.Partner(organisation="o1", roles=(mh.Role.PROMOTER,)),
                    mh.Partner(organisation="o7", roles=(mh.Role.FUNDER,)),
                ),
                related=("p9",),
                figures=(cited,),
            ),
            organisations=(ORGANISATION, child),
        )
        ids = sorted(finding.ids[-1] for finding in findings(data, "MH301"))
        assert ids == ["o7", "o8", "o9", "p9"]

    def test_a_breakdown_of_an_unknown_total_fails(self) -> None:
        breakdown = mh.Breakdown(
            id="b",
            dimension="track",
            total="nothing",
            parts=(mh.BreakdownPart(category="x", figure=fig("t0", "trained", 1)),),
        )
        data = dataset(programme(cohort=cohort(breakdowns=(breakdown,))))
        (finding,) = findings(data, "MH301")
        assert finding.ids == ("b", "nothing")


class TestDuplicateId:
    def test_distinct_ids_pass(self) -> None:
        data = dataset(programme(fig("a", "services", 5), fig("b", "services", 5)))
        assert findings(data, "MH302") == []

    def test_a_figure_id_used_twice_fails_once_with_both_paths(self) -> None:
        data = dataset(
            programme(fig("a", "services", 5), cohort=cohort(fig("a", "participants", 5)))
        )
        (finding,) = findings(data, "MH302")
        assert finding.ids == ("a",)
        assert [e.path for e in finding.evidence] == [
            "$.programmes[0].figures[0]",
            "$.programmes[0].cohorts[0].figures[0]",
        ]

    def test_a_source_id_used_twice_fails(self) -> None:
        data = dataset(programme(), sources=(SOURCE, mh.Source(id="s1", title="Again")))
        (finding,) = findings(data, "MH302")
        assert "source id 's1' is used 2 times" in finding.message


class TestUnreferencedOrganisation:
    def test_a_partner_organisation_passes(self) -> None:
        assert findings(dataset(programme()), "MH303") == []

    def test_an_organisation_nothing_refers_to_is_information(self) -> None:
        lone = mh.Organisation(id="o2", name="Attended", kind=mh.OrganisationKind.OTHER)
        (finding,) = findings(dataset(programme(), organisations=(ORGANISATION, lone)), "MH303")
        assert finding.severity is Severity.INFO
        assert finding.ids == ("o2",)

    def test_the_publisher_of_a_source_is_referred_to_by_name(self) -> None:
        publisher = mh.Organisation(id="tv", name="TeleSur", kind=mh.OrganisationKind.MEDIA)
        source = mh.Source(id="s1", title="News", publisher="TeleSur")
        data = dataset(programme(), organisations=(ORGANISATION, publisher), sources=(source,))
        assert findings(data, "MH303") == []


class TestDuplicateOrganisation:
    def test_same_name_in_different_countries_passes(self) -> None:
        chile = mh.Organisation(
            id="cl", name="Ministry of Health", kind=mh.OrganisationKind.MINISTRY, country="CL"
        )
        mexico = mh.Organisation(
            id="mx", name="Ministry of Health", kind=mh.OrganisationKind.MINISTRY, country="MX"
        )
        assert findings(dataset(organisations=(chile, mexico)), "MH304") == []

    def test_same_name_under_two_ids_fails(self) -> None:
        iom = mh.Organisation(
            id="iom",
            name="International Organization for Migration",
            kind=mh.OrganisationKind.UN_AGENCY,
        )
        oim = mh.Organisation(
            id="oim",
            name="International  organization for migration",
            kind=mh.OrganisationKind.UN_AGENCY,
        )
        (finding,) = findings(dataset(organisations=(iom, oim)), "MH304")
        assert finding.ids == ("iom", "oim")
        assert "same name" in finding.message

    def test_same_acronym_under_two_ids_fails_but_not_a_child_of_the_other(self) -> None:
        first = mh.Organisation(
            id="a", name="One", acronym="INSP", kind=mh.OrganisationKind.OTHER, country="MX"
        )
        second = mh.Organisation(
            id="b", name="Two", acronym="insp", kind=mh.OrganisationKind.OTHER, country="MX"
        )
        child = mh.Organisation(
            id="c",
            name="Three",
            acronym="INSP",
            kind=mh.OrganisationKind.OTHER,
            country="MX",
            parent="a",
        )
        (finding,) = findings(dataset(organisations=(first, second)), "MH304")
        assert "same acronym" in finding.message
        assert findings(dataset(organisations=(first, child)), "MH304") == []


# --- MH4xx citations -----------------------------------------------------------------------


class TestCitations:
    def test_a_cited_figure_passes(self) -> None:
        assert findings(dataset(programme(fig("f", "services", 5))), "MH401") == []

    def test_a_figure_without_a_citation_fails(self) -> None:
        (finding,) = findings(dataset(programme(fig("f", "services", 5, cited=False))), "MH401")
        assert finding.severity is Severity.WARNING
        assert finding.ids == ("f",)

    @pytest.mark.parametrize(
        ("value", "qualifier", "quote"),
        [
            (564, EXACT, "the diploma course had 564 students"),
            (1200, EXACT, "Mexico To Hire 1,200 Cuban Doctors"),
            (1200, EXACT, "hire 1200 doctors"),
            (8_700_000, EXACT, "8.7 million services were provided"),
            (4_000_000, EXACT, "the four million Mexican-Americans"),
            (500_000, mh.Qualifier.ALMOST, "almost half a million Mexican immigrants"),
            (2, mh.Qualifier.MORE_THAN, "for more than two decades"),
            (22, EXACT, "At the inauguration of the 22nd Binational Health Week"),
            (2, EXACT, "are offering the second Certification"),
            (22, EXACT, "the Twenty-Second week"),
            (100, mh.Qualifier.SEVERAL, "to the hundreds already in the country"),
            (Decimal("2.4"), EXACT, "Mexico has 2.4 doctors per 1,000 inhabitants"),
            (1951, EXACT, "promoting since 1951 humane and orderly migration"),
        ],
    )
    def test_a_quote_that_states_the_number_passes(
        self, value: int | Decimal, qualifier: mh.Qualifier, quote: str
    ) -> None:
        figure = fig("f", "other", value, qualifier=qualifier, quote=quote, unit="things")
        assert findings(dataset(programme(figure)), "MH402") == []

    @pytest.mark.parametrize(
        ("value", "quote"),
        [
            (546, "the diploma course had 564 students"),
            (200, "1,200 Cuban doctors"),
            (12, "1200 doctors"),
            (87, "8.7 million services"),
            (3, "the four million Mexican-Americans"),
        ],
    )
    def test_a_quote_without_the_number_fails(self, value: int, quote: str) -> None:
        figure = fig("f", "other", value, quote=quote, unit="things")
        (finding,) = findings(dataset(programme(figure)), "MH402")
        assert f"does not contain {value:,}" in finding.message
        assert finding.evidence[0].citation is not None
        assert finding.evidence[0].citation.quote == quote
