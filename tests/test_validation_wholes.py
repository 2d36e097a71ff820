"""Parts and wholes in every record, figure relations, units and ranks in conflicts.

Examples are the shared reports' own figures: the IMSS's 352 Cuban specialists by state
and the 84 more that make 436 (report 06), the 196 consultations "de las cuales 39"
(report 08), the 79 municipios and 9 entidades, and the consulting rooms and pharmacy of
IMSS-Bienestar (report 07).
"""

from __future__ import annotations

import json

import attrs
import pytest

import migrationhealth as mh
from migrationhealth.validation import Finding, Severity, validate

IMSS = mh.Source(
    id="s06",
    title="Han llegado a México 352 médicos especialistas cubanos, reporta el IMSS",
    published=mh.PartialDate(year=2022, month=9, day=27),
    language="es",
)
MSF = mh.Source(
    id="s08",
    title="Médicos Sin Fronteras afianza despliegue de brigadas en Ciudad Juárez",
    published=mh.PartialDate(year=2025, month=4, day=15),
    language="es",
)
ORGANISATION = mh.Organisation(id="imss", name="IMSS", kind=mh.OrganisationKind.SOCIAL_SECURITY)

STATES = (
    ("Nayarit", 92),
    ("Colima", 55),
    ("Campeche", 54),
    ("Baja California Sur", 30),
    ("Zacatecas", 10),
    ("Sonora", 17),
    ("Oaxaca", 61),
    ("Veracruz", 7),
    ("Tlaxcala", 26),
)


def fig(
    id: str,
    measure: str,
    value: int,
    unit: str,
    quote: str,
    *,
    source: str = "s06",
    **fields: object,
) -> mh.Figure:
    return mh.Figure(
        id=id,
        measure=mh.Measure(measure),
        quantity=mh.Quantity(value=value, unit=unit),
        citation=mh.Citation(source=source, quote=quote),
        **fields,  # type: ignore[arg-type]
    )


def dataset(
    *statistics: mh.ServiceStatistic,
    figures: tuple[mh.Figure, ...] = (),
    sources: tuple[mh.Source, ...] = (IMSS, MSF),
    **fields: object,
) -> mh.Dataset:
    programme = mh.Programme(
        id="imss-cuba",
        title="Médicos especialistas cubanos",
        kind=mh.ProgrammeKind.WORKFORCE_AGREEMENT,
        partners=(mh.Partner(organisation="imss", roles=(mh.Role.PROMOTER,)),),
        statistics=statistics,
        figures=figures,
        **fields,  # type: ignore[arg-type]
    )
    return mh.Dataset(sources=sources, organisations=(ORGANISATION,), programmes=(programme,))


def findings(data: mh.Dataset, code: str) -> list[Finding]:
    return list(validate(data, select=[code]))


def arrived(value: int = 352, **fields: object) -> mh.Figure:
    return fig(
        "arrived",
        "health_workers",
        value,
        "médicos especialistas",
        f"han llegado a nuestro país {value} médicos especialistas de Cuba",
        **fields,
    )


def by_state(*values: int, total: int = 352) -> mh.Dataset:
    parts = tuple(
        mh.BreakdownPart(
            category=name,
            place=mh.Place(country="MX", subdivision=name, level="state"),
            figure=fig(
                "in-" + name.replace(" ", "-"),
                "health_workers",
                value,
                "médicos",
                f"{value} en {name}",
            ),
        )
        for (name, _), value in zip(STATES, values, strict=True)
    )
    statistic = mh.ServiceStatistic(
        id="arrivals",
        figures=(arrived(total),),
        breakdowns=(mh.Breakdown(id="by-state", dimension="state", total="arrived", parts=parts),),
    )
    return dataset(statistic)


# --- MH104 and MH105 in statistics and programmes --------------------------------------------


class TestBreakdownsOfStatistics:
    def test_the_states_add_up_to_the_352(self) -> None:
        assert findings(by_state(*(value for _, value in STATES)), "MH104") == []

    def test_a_state_misread_is_reported_with_the_gap(self) -> None:
        values = [value for _, value in STATES]
        values[0] = 29  # Nayarit's 92, transposed
        (finding,) = findings(by_state(*values), "MH104")
        assert "of statistic 'arrivals'" in finding.message
        assert "63 less than the total 352 médicos especialistas (arrived)" in finding.message

    def test_a_programme_breakdown_is_checked_against_the_programme(self) -> None:
        parts = (
            mh.BreakdownPart(category="a", figure=fig("a", "services", 3, "services", "3")),
            mh.BreakdownPart(category="b", figure=fig("b", "services", 3, "services", "3")),
        )
        data = dataset(
            figures=(fig("all", "services", 5, "services", "5"),),
            breakdowns=(mh.Breakdown(id="split", dimension="kind", total="all", parts=parts),),
        )
        (finding,) = findings(data, "MH104")
        assert "of programme 'imss-cuba'" in finding.message
        assert "1 more than the total" in finding.message


class TestSubgroupsOfStatistics:
    def statistic(self, part: int, unit: str = "consultas") -> mh.Dataset:
        subgroup = mh.SubGroup(
            id="catedral",
            label="en el comedor de la Catedral",
            figures=(
                fig("catedral-consultas", "consultations", part, unit, f"{part}", source="s08"),
            ),
        )
        statistic = mh.ServiceStatistic(
            id="juarez",
            figures=(
                fig("consultas", "consultations", 196, "consultas médicas", "196", source="s08"),
            ),
            subgroups=(subgroup,),
        )
        return dataset(statistic)

    def test_a_subgroup_within_its_statistic_passes(self) -> None:
        assert findings(self.statistic(40), "MH105") == []

    def test_a_subgroup_larger_than_its_statistic_fails(self) -> None:
        (finding,) = findings(self.statistic(400), "MH105")
        assert "more than the whole statistic's consultations" in finding.message

    def test_a_subgroup_counting_another_thing_is_not_compared(self) -> None:
        assert findings(self.statistic(400, unit="farmacias"), "MH105") == []


# --- MH107 parts ----------------------------------------------------------------------------


def de_las_cuales(
    part: int, measure: str = "consultations", unit: str = "atenciones"
) -> mh.Dataset:
    statistic = mh.ServiceStatistic(
        id="juarez",
        period=mh.Period.fromisoformat("2025-03-20/2025-04-09"),
        figures=(
            fig(
                "consultas",
                "consultations",
                196,
                "consultas médicas",
                "se proporcionaron 196 consultas médicas",
                source="s08",
            ),
            fig(
                "salud-mental",
                measure,
                part,
                unit,
                f"de las cuales {part} fueron atenciones en salud mental",
                source="s08",
                part_of="consultas",
            ),
        ),
    )
    return dataset(statistic)


class TestPartExceedsWhole:
    def test_the_39_of_196_pass(self) -> None:
        assert findings(de_las_cuales(39), "MH107") == []
        assert findings(de_las_cuales(39), "MH109") == []

    def test_a_part_larger_than_its_whole_fails(self) -> None:
        (finding,) = findings(de_las_cuales(396), "MH107")
        assert finding.ids == ("salud-mental", "consultas")
        assert "396 atenciones (salud-mental)" in finding.message
        assert "larger than it" in finding.message

    def test_a_part_of_services_given_as_the_measure_services_is_compared(self) -> None:
        (finding,) = findings(de_las_cuales(396, measure="services"), "MH107")
        assert finding.severity is Severity.ERROR

    def test_a_part_counting_people_is_a_broken_relation_not_a_larger_part(self) -> None:
        data = de_las_cuales(396, measure="people_served", unit="personas")
        assert findings(data, "MH107") == []
        (finding,) = findings(data, "MH109")
        assert "count different things" in finding.message
        assert finding.severity is Severity.WARNING


# --- MH108 increments -----------------------------------------------------------------------


def eighty_four_more(more: int = 84, total: int = 436, **fields: object) -> mh.Dataset:
    statistic = mh.ServiceStatistic(
        id="arrivals",
        figures=(
            arrived(),
            fig(
                "more",
                "health_workers",
                more,
                "médicos",
                f"llegarán {more} más",
                increment_of="arrived",
                new_total="total",
                planned=True,
                **fields,
            ),
            fig(
                "total",
                "health_workers",
                total,
                "médicos cubanos",
                f"para dar un total de {total} médicos cubanos",
                planned=True,
            ),
        ),
    )
    return dataset(statistic)


class TestIncrementTotal:
    def test_the_84_more_make_436(self) -> None:
        assert findings(eighty_four_more(), "MH108") == []
        assert findings(eighty_four_more(), "MH109") == []

    def test_a_sum_that_misses_the_total_names_the_gap(self) -> None:
        (finding,) = findings(eighty_four_more(more=80), "MH108")
        assert "352 + 80 = 432, 4 less than the new total 436 médicos cubanos" in finding.message
        assert finding.ids == ("arrived", "more", "total")

    def test_a_hedged_increment_within_the_total_passes(self) -> None:
        data = eighty_four_more(more=80)
        statistic = data.programmes[0].statistics[0]
        hedged = attrs.evolve(
            statistic.figures[1],
            quantity=mh.Quantity(value=80, unit="médicos", qualifier=mh.Qualifier.APPROXIMATE),
        )
        data = dataset(
            attrs.evolve(statistic, figures=(statistic.figures[0], hedged, statistic.figures[2]))
        )
        assert findings(data, "MH108") == []

    def test_an_increment_whose_total_is_missing_is_a_broken_relation(self) -> None:
        data = eighty_four_more()
        statistic = data.programmes[0].statistics[0]
        data = dataset(attrs.evolve(statistic, figures=statistic.figures[:2]))
        assert findings(data, "MH108") == []
        (finding,) = findings(data, "MH109")
        assert "gives as its new total figure 'total', which is not a figure" in finding.message


# --- MH109 broken relations -----------------------------------------------------------------


def stated_twice(**fields: object) -> mh.Dataset:
    first = mh.ServiceStatistic(id="arrivals", figures=(arrived(),))
    again = mh.ServiceStatistic(
        id="placement",
        figures=(
            fig(
                "placed",
                "health_workers",
                352,
                "médicos y medicas especialistas",
                "Los 352 médicos y medicas especialistas que viene de Cuba",
                **fields,
            ),
            fig(
                "municipios",
                "places_reached",
                79,
                "municipios",
                "han sido ubicados en 79 municipios",
            ),
        ),
    )
    return dataset(first, again)


class TestBrokenRelation:
    def test_a_repeat_of_the_same_fact_passes(self) -> None:
        assert findings(stated_twice(repeats="arrived"), "MH109") == []

    def test_a_repeat_may_word_its_unit_differently(self) -> None:
        data = stated_twice(repeats="arrived")
        statistic = data.programmes[0].statistics[1]
        placed = attrs.evolve(
            statistic.figures[0], quantity=mh.Quantity(value=352, unit="especialistas cubanos")
        )
        data = dataset(
            data.programmes[0].statistics[0],
            attrs.evolve(statistic, figures=(placed, statistic.figures[1])),
        )
        assert findings(data, "MH109") == []

    def test_a_repeat_of_a_figure_of_another_measure_fails(self) -> None:
        data = stated_twice()
        statistic = data.programmes[0].statistics[1]
        placed = attrs.evolve(statistic.figures[0], repeats="municipios")
        data = dataset(
            data.programmes[0].statistics[0],
            attrs.evolve(statistic, figures=(placed, statistic.figures[1])),
        )
        (finding,) = findings(data, "MH109")
        assert "one measures health_workers and the other places_reached" in finding.message

    def test_a_repeat_whose_value_disagrees_fails(self) -> None:
        data = stated_twice(repeats="arrived")
        statistic = data.programmes[0].statistics[1]
        placed = attrs.evolve(statistic.figures[0], quantity=mh.Quantity(value=325, unit="médicos"))
        data = dataset(
            data.programmes[0].statistics[0],
            attrs.evolve(statistic, figures=(placed, statistic.figures[1])),
        )
        (finding,) = findings(data, "MH109")
        assert "their values do not overlap" in finding.message

    def test_links_to_nothing_and_to_itself_fail(self) -> None:
        (missing,) = findings(stated_twice(repeats="arived"), "MH109")
        assert "figure 'arived', which is not a figure of the dataset" in missing.message
        (itself,) = findings(stated_twice(part_of="placed"), "MH109")
        assert "is a part of itself" in itself.message


# --- MH110 possible repeats -----------------------------------------------------------------


class TestPossibleRepeat:
    def test_the_352_in_two_statistics_unlinked_is_reported_as_information(self) -> None:
        (finding,) = findings(stated_twice(), "MH110")
        assert finding.severity is Severity.INFO
        assert finding.ids == ("arrived", "placed")
        assert "totals count it 2 times" in finding.message

    def test_linked_repeats_are_not_reported(self) -> None:
        assert findings(stated_twice(repeats="arrived"), "MH110") == []

    def test_figures_of_periods_that_do_not_overlap_are_not_reported(self) -> None:
        data = stated_twice(period=mh.Period.fromisoformat("2021"))
        statistic = data.programmes[0].statistics[0]
        data = dataset(
            attrs.evolve(statistic, period=mh.Period.fromisoformat("2022")),
            data.programmes[0].statistics[1],
        )
        assert findings(data, "MH110") == []

    def test_figures_of_unknown_periods_from_different_sources_are_not_reported(self) -> None:
        data = stated_twice()
        statistic = data.programmes[0].statistics[1]
        placed = statistic.figures[0]
        assert placed.citation is not None
        moved = attrs.evolve(placed, citation=attrs.evolve(placed.citation, source="s08"))
        data = dataset(
            data.programmes[0].statistics[0],
            attrs.evolve(statistic, figures=(moved, statistic.figures[1])),
        )
        assert findings(data, "MH110") == []

    def test_a_deprecated_figure_is_not_reported(self) -> None:
        data = stated_twice(rank=mh.Rank.DEPRECATED, reason="a copy of the first figure")
        assert findings(data, "MH110") == []


# --- MH101: units and ranks -----------------------------------------------------------------


def one_statistic(*figures: mh.Figure) -> mh.Dataset:
    return dataset(mh.ServiceStatistic(id="bienestar", figures=figures))


class TestConflictUnits:
    def test_municipios_and_entidades_do_not_conflict(self) -> None:
        data = one_statistic(
            fig("municipios", "other", 79, "municipios", "79 municipios"),
            fig("entidades", "other", 9, "entidades", "nueve entidades"),
        )
        assert findings(data, "MH101") == []

    def test_consultorios_and_farmacia_do_not_conflict(self) -> None:
        data = one_statistic(
            fig("consultorios", "service_points", 2, "consultorios", "dos consultorios"),
            fig("farmacia", "service_points", 1, "farmacia", "una farmacia"),
        )
        assert findings(data, "MH101") == []

    @pytest.mark.parametrize("unit", ["consultas", "consultations", "consultas individuales"])
    def test_consultations_in_three_wordings_are_compared(self, unit: str) -> None:
        data = one_statistic(
            fig("a", "consultations", 196, "consultas médicas", "196 consultas médicas"),
            fig("b", "consultations", 169, unit, f"169 {unit}"),
        )
        (finding,) = findings(data, "MH101")
        assert finding.ids == ("a", "b")

    def test_a_generic_unit_is_compared_with_every_unit_it_stands_for(self) -> None:
        data = one_statistic(
            fig("servicios", "services", 10, "servicios", "10 servicios"),
            fig("consultas", "services", 12, "consultas", "12 consultas"),
            fig("vacunas", "services", 12, "vacunas", "12 vacunas"),
        )
        # Consultations and vaccinations are not compared with each other.
        assert [f.ids for f in findings(data, "MH101")] == [
            ("servicios", "consultas"),
            ("servicios", "vacunas"),
        ]


class TestConflictRanks:
    def conflict(self, **ranks: dict[str, object]) -> Finding:
        data = one_statistic(
            fig("a", "health_workers", 352, "médicos", "352 médicos", **ranks.get("a", {})),
            fig("b", "health_workers", 325, "médicos", "325 médicos", **ranks.get("b", {})),
        )
        (finding,) = findings(data, "MH101")
        return finding

    def test_without_ranks_a_conflict_is_an_error(self) -> None:
        assert self.conflict().severity is Severity.ERROR

    def test_a_deprecated_side_is_named_with_its_reason_and_drops_to_info(self) -> None:
        reason = "misprint: a transposition of 352"
        finding = self.conflict(b={"rank": mh.Rank.DEPRECATED, "reason": reason})
        assert finding.severity is Severity.INFO
        assert f"b is deprecated: {reason}." in finding.message

    def test_a_preferred_side_is_named_and_drops_to_warning(self) -> None:
        finding = self.conflict(a={"rank": mh.Rank.PREFERRED, "reason": "the IMSS's own count"})
        assert finding.severity is Severity.WARNING
        assert "a is preferred: the IMSS's own count." in finding.message

    def test_two_preferred_sides_that_disagree_stay_an_error(self) -> None:
        preferred = {"rank": mh.Rank.PREFERRED}
        finding = self.conflict(a=preferred, b=preferred)
        assert finding.severity is Severity.ERROR
        assert "a is preferred." in finding.message
        assert "b is preferred." in finding.message


def test_a_statistic_breakdown_of_an_unknown_total_is_an_unknown_reference() -> None:
    data = by_state(*(value for _, value in STATES))
    statistic = data.programmes[0].statistics[0]
    breakdown = attrs.evolve(statistic.breakdowns[0], total="arived")
    data = dataset(attrs.evolve(statistic, breakdowns=(breakdown,)))
    (finding,) = findings(data, "MH301")
    assert "of statistic 'arrivals' breaks down figure 'arived'" in finding.message
    assert findings(data, "MH104") == []


class TestTheEightReports:
    """The packaged reports, recorded with their repeats, parts and increments."""

    def test_their_parts_increments_and_repeats_hold(self) -> None:
        reports = mh.reports_corpus()
        assert findings(reports, "MH107") == []
        assert findings(reports, "MH108") == []
        assert [f.code for f in validate(reports, select="MH101")] == []

    def test_a_part_counts_its_wholes_thing_whatever_its_narrower_word(self) -> None:
        # "alrededor de 1,000 actividades ..., entre ellas 250 ferias de salud y 80
        # clínicas móviles": recorded as activities, the clinics are a part that holds.
        reports = mh.reports_corpus()
        assert findings(reports, "MH109") == []
        # Recorded as mobile clinics (places that give services), the same link is
        # only a warning: the report may count them as a part all the same.
        document = json.loads(mh.dumps(reports))
        (clinics,) = [
            figure
            for programme in document["programmes"]
            for statistic in programme.get("statistics", [])
            for group in statistic.get("subgroups", [])
            for figure in group["figures"]
            if figure["id"] == "bhw-2006-mobile-clinics"
        ]
        clinics["measure"] = "mobile_clinics"
        (finding,) = findings(mh.loads(json.dumps(document)), "MH109")
        assert finding.severity is Severity.WARNING
        assert finding.ids == ("bhw-2006-mobile-clinics", "bhw-2006-activities-ime")
