"""Totals: bounds from hedges, what is never added, provenance, units, and their laws."""

from __future__ import annotations

import random
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as hs

import migrationhealth as mh
from migrationhealth.aggregation import Reason, UnitError, total

from . import strategies as st

M = mh.Measure
Q = mh.Qualifier

# --- builders -------------------------------------------------------------------------------


HOURS = M.declare(
    "volunteer_hours", counts="hours", whole=False, description="hours given by volunteers"
)


def fig(
    id: str,
    value: int | Decimal,
    *,
    measure: mh.Measure = M.PARTICIPANTS,
    unit: str = "people",
    qualifier: mh.Qualifier = Q.EXACT,
    period: str | None = None,
    planned: bool = False,
    per: mh.Per | None = None,
    source: str = "s1",
    quote: str | None = None,
) -> mh.Figure:
    """A cited figure; the quote defaults to one naming its value."""
    return mh.Figure(
        id=id,
        measure=measure,
        quantity=mh.Quantity(value=value, unit=unit, qualifier=qualifier, per=per),
        period=None if period is None else mh.Period.fromisoformat(period),
        planned=planned,
        citation=mh.Citation(source=source, quote=quote or f"{value} {unit}"),
    )


def programme(
    id: str,
    *,
    cohorts: tuple[mh.Cohort, ...] = (),
    figures: tuple[mh.Figure, ...] = (),
    statistics: tuple[mh.ServiceStatistic, ...] = (),
    countries: tuple[str, ...] = (),
    kind: mh.ProgrammeKind = mh.ProgrammeKind.DIPLOMA,
    period: str | None = None,
    partners: tuple[mh.Partner, ...] = (),
    themes: tuple[str, ...] = (),
) -> mh.Programme:
    return mh.Programme(
        id=id,
        title=f"Programme {id}",
        kind=kind,
        cohorts=cohorts,
        figures=figures,
        statistics=statistics,
        countries=countries,
        period=None if period is None else mh.Period.fromisoformat(period),
        partners=partners,
        themes=themes,
    )


def iom_chile() -> mh.Dataset:
    """IOM Chile: 314 officials trained, broken down 171 + 143 by track (seed report 002)."""
    parts = (
        mh.BreakdownPart(
            category="migration and health", figure=fig("by-mh", 171, measure=M.TRAINED)
        ),
        mh.BreakdownPart(
            category="trafficking in persons", figure=fig("by-tip", 143, measure=M.TRAINED)
        ),
    )
    cohort = mh.Cohort(
        id="iom-cohort",
        countries=("CL",),
        period=mh.Period.fromisoformat("--04-17/--05-30"),
        figures=(fig("trained", 314, measure=M.TRAINED),),
        breakdowns=(mh.Breakdown(id="by-track", dimension="track", total="trained", parts=parts),),
    )
    return mh.Dataset().add(
        programme("iom-chile", cohorts=(cohort,), kind=mh.ProgrammeKind.WORKSHOP_SERIES)
    )


def diploma() -> mh.Dataset:
    """The diploma: 546 participants said twice, and 10 of them from Chile (seed report 000)."""
    cohort = mh.Cohort(
        id="diploma-cohort",
        countries=("MX", "CL"),
        figures=(
            fig("participants", 546, quote="in which 546 people from both countries participated"),
            fig("participants-again", 546, quote="which included 546 professionals"),
            fig("selected", 564, measure=M.SELECTED),
        ),
        subgroups=(
            mh.SubGroup(
                id="chileans",
                label="participants from Chile",
                countries=("CL",),
                figures=(fig("chilean-participants", 10),),
            ),
        ),
    )
    return mh.Dataset().add(
        programme(
            "diploma", cohorts=(cohort,), countries=("MX", "CL"), period="2025-08-18/2025-11-14"
        )
    )


def excluded_reasons(result: mh.Total) -> dict[str, Reason]:
    return {exclusion.figure.id: exclusion.reason for exclusion in result.excluded}


# --- what is added ----------------------------------------------------------------------------


class TestNoDoubleCounting:
    def test_breakdown_parts_are_not_added_to_their_total(self) -> None:
        result = total(iom_chile(), measure="trained")
        assert result.interval == mh.Interval.point(314)
        assert [ref.id for ref in result.figures] == ["trained"]
        assert excluded_reasons(result) == {"by-mh": Reason.IN_WHOLE, "by-tip": Reason.IN_WHOLE}

    def test_exclusion_names_the_whole_it_is_counted_in(self) -> None:
        result = total(iom_chile(), measure="trained")
        details = [exclusion.detail for exclusion in result.excluded]
        assert all("'trained'" in detail and "'by-track'" in detail for detail in details)

    def test_a_repeated_mention_is_counted_once_with_every_citation(self) -> None:
        result = total(diploma(), measure=M.PARTICIPANTS)
        assert result.low == result.high == 546
        assert len(result.facts) == 1
        quotes = {citation.quote for citation in result.citations}
        assert quotes == {
            "in which 546 people from both countries participated",
            "which included 546 professionals",
        }

    def test_a_subgroup_is_not_added_to_its_whole(self) -> None:
        result = total(diploma(), measure=M.PARTICIPANTS)
        assert excluded_reasons(result) == {"chilean-participants": Reason.IN_WHOLE}

    def test_parts_stand_for_a_whole_without_a_figure(self) -> None:
        data = iom_chile()
        cohort = data.programmes[0].cohorts[0]
        without_total = attrs.evolve(cohort, figures=())
        data = attrs.evolve(
            data, programmes=(attrs.evolve(data.programmes[0], cohorts=(without_total,)),)
        )
        assert total(data, measure="trained").interval == mh.Interval.point(314)

    def test_a_second_breakdown_of_a_whole_without_a_figure_is_left_out(self) -> None:
        cohort = iom_chile().programmes[0].cohorts[0]
        by_city = mh.Breakdown(
            id="by-city",
            dimension="city",
            total="trained",
            parts=(
                mh.BreakdownPart(
                    category="Santiago", figure=fig("santiago", 200, measure=M.TRAINED)
                ),
                mh.BreakdownPart(
                    category="Antofagasta", figure=fig("antofagasta", 114, measure=M.TRAINED)
                ),
            ),
        )
        cohort = attrs.evolve(cohort, figures=(), breakdowns=(*cohort.breakdowns, by_city))
        result = total([*mh.Dataset().add(programme("p", cohorts=(cohort,))).figures()])
        assert result.interval == mh.Interval.point(314)
        assert excluded_reasons(result) == {
            "by-mh": Reason.OTHER_BREAKDOWN,
            "by-tip": Reason.OTHER_BREAKDOWN,
        }

    def test_overlapping_subgroups_without_a_whole_are_left_out(self) -> None:
        groups = tuple(
            mh.SubGroup(id=f"g{i}", label=f"group {i}", figures=(fig(f"g{i}-n", 10 + i),))
            for i in range(2)
        )
        data = mh.Dataset().add(programme("p", cohorts=(mh.Cohort(id="c", subgroups=groups),)))
        result = total(data, measure=M.PARTICIPANTS)
        assert result.interval == mh.Interval.point(0)
        assert set(excluded_reasons(result).values()) == {Reason.OVERLAPPING_SUBGROUPS}

    def test_a_lone_subgroup_without_a_whole_is_counted(self) -> None:
        group = mh.SubGroup(id="g", label="from Chile", figures=(fig("g-n", 10),))
        data = mh.Dataset().add(programme("p", cohorts=(mh.Cohort(id="c", subgroups=(group,)),)))
        assert total(data, measure=M.PARTICIPANTS).interval == mh.Interval.point(10)

    def test_figures_about_different_periods_are_added(self) -> None:
        months = tuple(
            fig(
                f"m{m}",
                100,
                measure=M.SERVICES,
                unit="services",
                period=f"2022-{m:02d}/2022-{m:02d}",
            )
            for m in (1, 2, 3)
        )
        statistic = mh.ServiceStatistic(id="windows", figures=months)
        data = mh.Dataset().add(programme("p", statistics=(statistic,)))
        assert total(data, measure=M.SERVICES).interval == mh.Interval.point(300)


class TestLeftOut:
    def test_averages_and_rates_are_left_out_with_a_reason(self) -> None:
        weekly = fig(
            "weekly", 400_000, measure=M.PEOPLE_SERVED, qualifier=Q.AVERAGE, per=mh.Per(unit="week")
        )
        mean = fig("mean", 400_000, measure=M.PEOPLE_SERVED, qualifier=Q.AVERAGE)
        served = fig("served", 500_000, measure=M.PEOPLE_SERVED, qualifier=Q.ALMOST)
        result = total([weekly, mean, served])
        assert result.interval == mh.Interval(low=450_000, high=500_000)
        assert excluded_reasons(result) == {"weekly": Reason.RATE, "mean": Reason.AVERAGE}

    def test_planned_figures_are_left_out_unless_included(self) -> None:
        done = fig("done", 768, measure=M.HEALTH_WORKERS, unit="doctors")
        planned = fig("hire", 1200, measure=M.HEALTH_WORKERS, unit="doctors", planned=True)
        assert total([done, planned]).interval == mh.Interval.point(768)
        assert excluded_reasons(total([done, planned])) == {"hire": Reason.PLANNED}
        with pytest.raises(mh.aggregation.NotAddableError, match="never added to what was"):
            total([done, planned], include_planned=True)
        counted = total([planned], include_planned=True)
        assert counted.interval == mh.Interval.point(1200)
        assert counted.include_planned

    @pytest.mark.parametrize("measure", [M.EDITION, M.YEAR, M.HEALTH_WORKER_DENSITY])
    def test_editions_years_and_densities_are_not_amounts(self, measure: mh.Measure) -> None:
        value = Decimal("2.4") if measure is M.HEALTH_WORKER_DENSITY else 22
        result = total([fig("x", value, measure=measure, unit="unit")])
        assert result.interval == mh.Interval.point(0)
        assert excluded_reasons(result) == {"x": Reason.NOT_SUMMABLE}

    def test_a_measure_keeps_only_its_figures(self) -> None:
        result = total(diploma(), measure="selected")
        assert result.interval == mh.Interval.point(564)
        assert result.measure is M.SELECTED
        assert result.excluded == ()

    def test_nothing_to_add_is_zero(self) -> None:
        result = total(mh.Dataset(), measure="trained")
        assert result.interval == mh.Interval.point(0)
        assert result.unit is None


class TestBounds:
    def test_hedges_widen_the_interval(self) -> None:
        result = total(
            [
                fig("a", 500_000, qualifier=Q.ALMOST),
                fig("b", 100, qualifier=Q.APPROXIMATE),
                fig("c", 7),
            ]
        )
        assert result.interval == mh.Interval(low=450_000 + 90 + 7, high=500_000 + 110 + 7)
        assert not result.exact

    def test_an_unbounded_figure_makes_the_total_unbounded(self) -> None:
        result = total([fig("a", 2, qualifier=Q.MORE_THAN), fig("b", 5)])
        assert result.low == 8
        assert result.high is None

    def test_bounds_are_exact_numbers(self) -> None:
        result = total(
            [
                fig("a", Decimal("1.5"), measure=HOURS, unit="hours"),
                fig("b", Decimal("2.25"), measure=HOURS, unit="hours"),
            ]
        )
        assert result.interval == mh.Interval.point(Decimal("3.75"))
        assert isinstance(result.low, Decimal)


class TestUnits:
    def test_people_cannot_be_added_to_services(self) -> None:
        people = fig("people", 546)
        services = fig("services", 8_700_000, measure=M.SERVICES, unit="services")
        with pytest.raises(UnitError, match="cannot add") as caught:
            total([people, services])
        assert set(caught.value.measures) == {"participants", "services"}
        assert isinstance(caught.value, ValueError)
        assert isinstance(caught.value, mh.MigrationHealthError)

    def test_doctors_cannot_be_added_to_people(self) -> None:
        doctors = fig("doctors", 768, measure=M.HEALTH_WORKERS, unit="doctors")
        with pytest.raises(UnitError, match="health_workers"):
            total([doctors, fig("people", 546)])

    def test_people_in_different_words_add_up(self) -> None:
        result = total([fig("a", 171, unit="civil servants"), fig("b", 143, unit="officials")])
        assert result.interval == mh.Interval.point(314)
        assert result.unit == "people"

    def test_the_measure_other_needs_one_unit(self) -> None:
        municipalities = fig("m", 79, measure=M.OTHER, unit="municipios")
        states = fig("s", 9, measure=M.OTHER, unit="entidades")
        with pytest.raises(UnitError, match="the units 'entidades' and 'municipios' differ"):
            total([municipalities, states])

    def test_units_in_the_words_of_each_report_add_up(self) -> None:
        wordings = ("consultas", "consultas médicas", "consultas individuales")
        figures = [
            fig(f"c{i}", 10 + i, measure=M.CONSULTATIONS, unit=unit)
            for i, unit in enumerate(wordings)
        ]
        result = total(figures)
        assert result.interval == mh.Interval.point(33)
        assert result.unit == "consultations"
        both = [
            fig("en", 5, measure=M.ACTIVITIES, unit="activities"),
            fig("es", 7, measure=M.ACTIVITIES, unit="actividades"),
        ]
        assert total(both).interval == mh.Interval.point(12)

    def test_units_are_read_without_case_or_plural(self) -> None:
        result = total(
            [
                fig("w", 10, measure=M.SESSIONS, unit="Workshops"),
                fig("x", 1, measure=M.SESSIONS, unit="workshop"),
            ]
        )
        assert result.interval == mh.Interval.point(11)


class TestResult:
    def test_repr_and_text_name_the_total_and_its_figures(self) -> None:
        result = total(iom_chile(), measure="trained")
        assert repr(result).startswith("Total(trained: 314 people")
        text = str(result)
        assert "trained: 314" in text
        assert "by-mh: left out (in_whole)" in text

    def test_html_escapes_quotes(self) -> None:
        result = total([fig("a", 1, quote="<b>1 people</b>")])
        assert "&lt;b&gt;1 people&lt;/b&gt;" in result._repr_html_()

    def test_results_are_frozen(self) -> None:
        result = total([fig("a", 1)])
        with pytest.raises(attrs.exceptions.FrozenInstanceError):
            result.policy = mh.Policy.RANGE  # type: ignore[misc]

    def test_bad_measure_is_named(self) -> None:
        with pytest.raises(mh.AggregationError, match="'doctors'"):
            total(mh.Dataset(), measure="doctors")

    def test_bad_input_is_a_type_error(self) -> None:
        with pytest.raises(TypeError, match="LocatedFigure or a Figure"):
            total([1, 2])  # type: ignore[list-item]


# --- laws -------------------------------------------------------------------------------------

SUMMABLE = [q for q in Q if q is not Q.AVERAGE]


QUANTITIES = hs.builds(
    mh.Quantity,
    value=hs.integers(0, 10**9),
    unit=hs.sampled_from(["people", "students", "officials"]),
    qualifier=hs.sampled_from(SUMMABLE),
)
PERIODS = st.optional(st.periods())
CITATIONS = st.optional(st.citations())


def draw_people_figure(draw: hs.DrawFn, id: str) -> mh.Figure:
    """A figure that a total counts: people, any qualifier but average, not planned."""
    return mh.Figure(
        id=id,
        measure=M.PARTICIPANTS,
        quantity=draw(QUANTITIES),
        period=draw(PERIODS),
        citation=draw(CITATIONS),
    )


@hs.composite
def distinct_figures(draw: hs.DrawFn) -> list[mh.Figure]:
    count = draw(hs.integers(0, 8))
    return [draw_people_figure(draw, f"f{i}") for i in range(count)]


def admitted(interval: mh.Interval, data: hs.DataObject) -> int:
    high = interval.low + 10**12 if interval.high is None else interval.high
    return data.draw(hs.integers(int(interval.low), int(high)))


class TestLaws:
    @given(distinct_figures(), hs.data())
    def test_the_total_contains_any_sum_its_figures_admit(
        self, figures: list[mh.Figure], data: hs.DataObject
    ) -> None:
        result = total(figures)
        chosen = sum(admitted(figure.quantity.interval, data) for figure in figures)
        assert result.interval.contains(chosen)

    @given(distinct_figures(), hs.data())
    def test_repeated_mentions_do_not_change_the_total(
        self, figures: list[mh.Figure], data: hs.DataObject
    ) -> None:
        again = data.draw(hs.lists(hs.sampled_from(figures))) if figures else []
        repeated = [*figures, *again]
        assert total(repeated).interval == total(figures).interval

    @given(distinct_figures(), hs.randoms(use_true_random=False))
    def test_the_order_of_the_figures_does_not_matter(
        self, figures: list[mh.Figure], shuffle: random.Random
    ) -> None:
        shuffled = list(figures)
        shuffle.shuffle(shuffled)
        assert total(shuffled, policy="range") == total(figures, policy="range")

    @given(st.figures())
    def test_any_figure_is_counted_or_left_out_with_a_reason(self, figure: mh.Figure) -> None:
        result = total([figure], include_planned=True)
        counted = [ref.id for ref in result.figures]
        left_out = [exclusion.figure.id for exclusion in result.excluded]
        assert counted + left_out == [figure.id]
