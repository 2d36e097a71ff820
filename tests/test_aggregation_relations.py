"""Totals that count each fact once: repeats, parts, increments, stocks, sets, ranks, places.

The examples are the structures of the real reports in shared/reports: the Cuban
specialists (06: 352 in nine states, "84 más" for "un total de 436"), the consultations
of IMSS-Bienestar (07) and of MSF in Ciudad Juárez (08: 196 "de las cuales 39"), and the
MHADRI course (05: participants and facilitators each "from 11 countries").
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as hs

import migrationhealth as mh
from migrationhealth.aggregation import NotAddableError, Reason
from migrationhealth.cli import main

M = mh.Measure
Q = mh.Qualifier


def cited(
    id: str,
    value: int | Decimal,
    measure: mh.Measure,
    unit: str,
    quote: str,
    *,
    source: str = "r",
    qualifier: mh.Qualifier = Q.EXACT,
    **extra: object,
) -> mh.Figure:
    """A figure cited to ``source`` with ``quote``."""
    return mh.Figure(
        id=id,
        measure=measure,
        quantity=mh.Quantity(value=value, unit=unit, qualifier=qualifier),
        citation=mh.Citation(source=source, quote=quote),
        **extra,  # type: ignore[arg-type]
    )


def programme(id: str, **records: object) -> mh.Programme:
    """A programme of kind ``other`` holding ``records``."""
    return mh.Programme(id=id, title=id, kind=mh.ProgrammeKind.OTHER, **records)  # type: ignore[arg-type]


def reasons(result: mh.Total) -> dict[str, Reason]:
    """Each figure left out, by id, with its reason."""
    return {exclusion.figure.id: exclusion.reason for exclusion in result.excluded}


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


def cuban_specialists(*, planned: bool = True) -> mh.Dataset:
    """Report 06: 352 arrived (said twice), 84 more to come, 436 in all, by state."""
    plan = mh.Plan.FORECAST if planned else None
    arrived = cited(
        "arrived",
        352,
        M.HEALTH_WORKERS,
        "médicos especialistas de Cuba",
        "han llegado a nuestro país 352 médicos especialistas de Cuba",
    )
    more = cited(
        "more",
        84,
        M.HEALTH_WORKERS,
        "médicos",
        "llegarán 84 más",
        planned=plan,
        increment_of="arrived",
        new_total="in-all",
    )
    in_all = cited(
        "in-all",
        436,
        M.HEALTH_WORKERS,
        "médicos cubanos",
        "para dar un total de 436 médicos cubanos",
        planned=plan,
    )
    by_state = mh.Breakdown(
        id="by-state",
        dimension="state",
        total="arrived",
        parts=tuple(
            mh.BreakdownPart(
                category=state,
                place=mh.Place(country="MX", subdivision=state, level="state"),
                figure=cited(
                    f"in-{state.lower().replace(' ', '-')}",
                    count,
                    M.HEALTH_WORKERS,
                    "médicos",
                    f"{count} en {state}" if state != "Colima" else "en Colima 55",
                ),
            )
            for state, count in STATES
        ),
    )
    said_again = cited(
        "said-again",
        352,
        M.HEALTH_WORKERS,
        "médicos y medicas especialistas",
        "Los 352 médicos y medicas especialistas que viene de Cuba",
        repeats="arrived",
    )
    first = mh.ServiceStatistic(
        id="arrivals",
        countries=("MX",),
        figures=(arrived, more, in_all),
        breakdowns=(by_state,),
    )
    second = mh.ServiceStatistic(id="placed", countries=("MX",), figures=(said_again,))
    return mh.Dataset().add(programme("cuban-specialists", statistics=(first, second)))


class TestCubanSpecialists:
    def test_the_352_said_twice_is_counted_once(self) -> None:
        result = mh.total(cuban_specialists(), measure="health_workers")
        assert result.interval == mh.Interval.point(352)
        (fact,) = result.facts
        assert [ref.id for ref in fact.figures] == ["arrived", "said-again"]
        assert len(result.citations) == 2

    def test_the_84_more_make_436_not_872_nor_788(self) -> None:
        result = mh.total(cuban_specialists(), measure="health_workers", include_planned=True)
        assert result.interval == mh.Interval.point(436)
        left_out = reasons(result)
        assert left_out["arrived"] is Reason.INCREMENT
        assert left_out["more"] is Reason.INCREMENT
        assert left_out["said-again"] is Reason.INCREMENT
        assert left_out["in-nayarit"] is Reason.IN_WHOLE

    def test_without_a_stated_sum_the_increment_is_added(self) -> None:
        dataset = cuban_specialists(planned=False)
        (figures,) = [s.figures for s in dataset.programmes[0].statistics[:1]]
        more = attrs_evolve(figures[1], new_total=None)
        statistic = attrs_evolve(dataset.programmes[0].statistics[0], figures=(figures[0], more))
        changed = mh.Dataset().add(programme("p", statistics=(statistic,)))
        assert mh.total(changed, measure="health_workers").interval == mh.Interval.point(436)

    def test_by_place_the_states_stand_for_their_whole(self) -> None:
        result = mh.aggregate(cuban_specialists(), measure="health_workers", by="place")
        shown = {group.key: group.total.interval.low for group in result}
        # The whole and the planned figures are listed as left out in Mexico's group.
        assert shown == {"MX": 0, **{f"MX/{state}": count for state, count in STATES}}
        assert {e.figure.id for e in result["MX"].excluded} == {
            "arrived",
            "said-again",
            "more",
            "in-all",
        }
        assert result["MX/Nayarit"].interval == mh.Interval.point(92)
        assert result.total is not None
        assert result.total.interval == mh.Interval.point(352)
        assert result.groups[1].label == "Baja California Sur, Mexico"

    def test_cli_groups_by_place(self, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
        path = tmp_path / "cuban.json"
        mh.save(cuban_specialists(), path)
        arguments = ["aggregate", str(path), "--measure", "health_workers", "--by", "place"]
        assert main([*arguments, "--brief"]) == 0
        lines = capsys.readouterr().out.splitlines()
        assert (
            "  MX/Nayarit (Nayarit, Mexico): 92 médicos (1 figure(s), 0 left out, 0 conflict(s))"
            in lines
        )
        assert lines[-1] == "  overall, each figure once: 352"


def attrs_evolve(record: object, **changes: object) -> object:
    """``attrs.evolve``, typed loosely for these tests."""
    return attrs.evolve(record, **changes)  # type: ignore[misc]


def consultations() -> mh.Dataset:
    """Reports 07 and 08: consultations in three wordings, one "de las cuales"."""
    imss = mh.ServiceStatistic(
        id="imss-bienestar-migrants",
        countries=("MX",),
        figures=(
            cited(
                "in-2013",
                7045,
                M.CONSULTATIONS,
                "consultas",
                "en 2013 atendió a 7 mil 45",
                source="eluniversal",
                period=mh.Period.fromisoformat("2013"),
            ),
            cited(
                "in-2018",
                38215,
                M.CONSULTATIONS,
                "consultas",
                "en 2018 a 38 mil 215",
                source="eluniversal",
                period=mh.Period.fromisoformat("2018"),
            ),
        ),
    )
    juarez = mh.ServiceStatistic(
        id="msf-juarez-brigades",
        period=mh.Period.fromisoformat("2025-03-20/2025-04-09"),
        countries=("MX",),
        figures=(
            cited(
                "juarez-consultations",
                196,
                M.CONSULTATIONS,
                "consultas médicas",
                "se proporcionaron 196 consultas médicas",
                source="mvs",
            ),
            cited(
                "juarez-mental-health",
                39,
                M.CONSULTATIONS,
                "atenciones en salud mental",
                "de las cuales 39 fueron atenciones en salud mental",
                source="mvs",
                part_of="juarez-consultations",
            ),
        ),
    )
    msf_year = mh.ServiceStatistic(
        id="msf-2024-2025",
        period=mh.Period.fromisoformat("2024-01/2025-02"),
        countries=("MX",),
        figures=(
            cited(
                "msf-individual",
                20000,
                M.CONSULTATIONS,
                "consultas individuales",
                "más de 20.000 consultas individuales",
                source="mvs",
                qualifier=Q.MORE_THAN,
            ),
        ),
    )
    return mh.Dataset().add(
        programme("imss-bienestar", statistics=(imss,)),
        programme("msf-juarez", statistics=(juarez, msf_year)),
    )


class TestConsultations:
    def test_de_las_cuales_is_not_added_again(self) -> None:
        juarez = [
            f
            for f in consultations().figures()
            if f.statistic is not None and f.statistic.id == "msf-juarez-brigades"
        ]
        result = mh.total(juarez, measure="consultations")
        assert result.interval == mh.Interval.point(196)
        assert reasons(result) == {"juarez-mental-health": Reason.PART_OF}
        assert "a part of 'juarez-consultations'" in result.excluded[0].detail

    def test_three_wordings_add_up(self) -> None:
        result = mh.total(consultations(), measure="consultations")
        assert {ref.quantity.unit for ref in result.figures} == {
            "consultas",
            "consultas médicas",
            "consultas individuales",
        }
        assert result.interval == mh.Interval(low=7045 + 38215 + 196 + 20001)
        assert result.unit == "consultations"

    def test_the_part_counts_when_its_whole_is_not_in_the_total(self) -> None:
        (part,) = [f for f in consultations().figures() if f.figure.id == "juarez-mental-health"]
        assert mh.total([part]).interval == mh.Interval.point(39)

    def test_people_are_still_not_added_to_consultations(self) -> None:
        people = cited("p", 54, M.PEOPLE_SERVED, "personas", "54 personas asistieron")
        with pytest.raises(mh.UnitError) as caught:
            mh.total([people, *(f.figure for f in consultations().figures())][:2])
        assert set(caught.value.measures) == {"people_served", "consultations"}
        assert "personas" in str(caught.value)

    def test_growth_between_2013_and_2018(self) -> None:
        located = {f.figure.id: f for f in consultations().figures()}
        change = mh.percent_change(located["in-2013"], located["in-2018"])
        assert change.low > 400  # "creció más de 400%"
        assert change.interval.contains(Decimal("442.441447835344"))
        growth = mh.growth_rate(located["in-2013"], located["in-2018"])
        assert "over 5 year(s)" in growth.note
        assert Decimal("40.23") < growth.low < growth.interval.high < Decimal("40.24")  # type: ignore[operator]
        more = mh.difference(located["in-2018"], located["in-2013"])
        assert more.interval == mh.Interval.point(31170)
        assert [ref.id for ref in more.figures] == ["in-2018", "in-2013"]


def course(*, facilitators_listed: bool) -> mh.Dataset:
    """Report 05: 130 participants from 11 countries, 20 facilitators from 11 countries."""
    listed = ("UG", "CD", "SL", "SO", "ZA", "SD", "SS", "TZ", "ZM", "ZW", "TR")
    participants = mh.Cohort(
        id="participants",
        countries=listed,
        figures=(
            cited("participants", 130, M.PARTICIPANTS, "participants", "130 participants"),
            cited(
                "participant-countries",
                11,
                M.COUNTRIES,
                "countries",
                "130 participants from 11 countries",
            ),
        ),
    )
    facilitators = mh.ServiceStatistic(
        id="facilitators",
        countries=(*listed[:10], "AT") if facilitators_listed else (),
        figures=(
            cited("facilitators", 20, M.FACILITATORS, "facilitators", "20 facilitators"),
            cited(
                "facilitator-countries",
                11,
                M.COUNTRIES,
                "countries",
                "20 facilitators from 11 countries",
            ),
        ),
    )
    return mh.Dataset().add(
        programme("mhadri-course", cohorts=(participants,), statistics=(facilitators,))
    )


class TestCountries:
    def test_11_and_11_countries_are_not_22(self) -> None:
        with pytest.raises(NotAddableError, match="does not list its members") as caught:
            mh.total(course(facilitators_listed=False), measure="countries")
        assert set(caught.value.ids) == {"participant-countries", "facilitator-countries"}

    def test_listed_members_total_their_union(self) -> None:
        result = mh.total(course(facilitators_listed=True), measure="countries")
        assert result.interval == mh.Interval.point(12)
        assert result.members is not None
        assert "AT" in result.members
        assert "union" in result.notes[0]

    def test_durations_are_not_summed(self) -> None:
        figures = [
            cited("a", 2, M.DURATION, "decades", "more than two decades", qualifier=Q.MORE_THAN),
            cited("b", 25, M.DURATION, "years", "25 years"),
        ]
        with pytest.raises(NotAddableError, match="not an amount that adds up"):
            mh.total(figures)


class TestStocksAndPlans:
    def test_a_shelter_counted_twice_is_taken_at_the_latest_date(self) -> None:
        shelter = mh.ServiceStatistic(
            id="shelter",
            figures=(
                cited(
                    "first-count",
                    300,
                    M.PEOPLE_PRESENT,
                    "people",
                    "more than 300 people",
                    qualifier=Q.MORE_THAN,
                    period=mh.Period.fromisoformat("2025-03-01"),
                ),
                cited(
                    "second-count",
                    420,
                    M.PEOPLE_PRESENT,
                    "people",
                    "420 people",
                    period=mh.Period.fromisoformat("2025-03-08"),
                ),
            ),
        )
        result = mh.total(mh.Dataset().add(programme("p", statistics=(shelter,))))
        assert result.interval == mh.Interval.point(420)
        assert reasons(result) == {"first-count": Reason.STOCK_DATE}
        assert result.notes == ("a stock, taken at one date: 2025-03-08, the latest of 2",)

    def test_a_need_by_2035_stays_planned(self) -> None:
        need = cited(
            "need",
            14000,
            M.HEALTH_WORKERS,
            "nurses",
            "the country will need 14,000 nurses by 2035",
            planned=mh.Plan.NEED,
            period=mh.Period.fromisoformat("2035"),
        )
        now = cited("now", 9000, M.HEALTH_WORKERS, "nurses", "9,000 nurses work today")
        assert reasons(mh.total([need, now])) == {"need": Reason.PLANNED}
        with pytest.raises(NotAddableError, match="need"):
            mh.total([need, now], include_planned=True)


class TestRanks:
    def figures(self, *, preferred: bool) -> list[mh.Figure]:
        rank = mh.Rank.PREFERRED if preferred else mh.Rank.NORMAL
        return [
            cited("said", 546, M.PARTICIPANTS, "people", "546 people", rank=rank),
            cited("also", 564, M.PARTICIPANTS, "people", "564 students"),
        ]

    def about_one(self, figures: list[mh.Figure]) -> mh.Dataset:
        cohort = mh.Cohort(id="diploma", figures=tuple(figures))
        return mh.Dataset().add(programme("p", cohorts=(cohort,)))

    def test_deprecated_figures_are_never_counted(self) -> None:
        figures = self.figures(preferred=False)
        figures[1] = attrs_evolve(
            figures[1], rank=mh.Rank.DEPRECATED, reason="misprint: a transposition of 546"
        )  # type: ignore[call-overload]
        result = mh.total(self.about_one(figures))
        assert result.interval == mh.Interval.point(546)
        assert result.excluded[0].reason is Reason.DEPRECATED
        assert "transposition of 546" in result.excluded[0].detail

    def test_the_preferred_policy_takes_the_preferred_figure(self) -> None:
        result = mh.total(self.about_one(self.figures(preferred=True)), policy="preferred")
        assert result.interval == mh.Interval.point(546)
        assert reasons(result) == {"also": Reason.CONFLICT}

    def test_the_preferred_policy_refuses_when_nothing_is_preferred(self) -> None:
        with pytest.raises(mh.ConflictError, match="none of them is ranked preferred"):
            mh.total(self.about_one(self.figures(preferred=False)), policy="preferred")


# Properties ---------------------------------------------------------------------------


@hs.composite
def related(draw: hs.DrawFn) -> tuple[mh.Dataset, int]:
    """Statistics of whole facts, some repeated, some with parts, some with increments.

    Gives the dataset and the total that counts each fact once.
    """
    statistics = []
    expected = 0
    for index in range(draw(hs.integers(1, 6))):
        base = draw(hs.integers(0, 1000))
        figures = [cited(f"f{index}", base, M.SERVICES, "services", f"{base} services")]
        kind = draw(hs.sampled_from(["plain", "repeat", "part", "increment", "stated sum"]))
        counted = base
        if kind == "repeat":
            figures.append(
                cited(f"r{index}", base, M.SERVICES, "servicios", "again", repeats=f"f{index}")
            )
        elif kind == "part":
            part = draw(hs.integers(0, base))
            figures.append(
                cited(f"p{index}", part, M.SERVICES, "services", "of which", part_of=f"f{index}")
            )
        elif kind in ("increment", "stated sum"):
            more = draw(hs.integers(0, 1000))
            stated = kind == "stated sum"
            figures.append(
                cited(
                    f"i{index}",
                    more,
                    M.SERVICES,
                    "services",
                    "more",
                    increment_of=f"f{index}",
                    new_total=f"t{index}" if stated else None,
                )
            )
            if stated:
                figures.append(cited(f"t{index}", base + more, M.SERVICES, "services", "in all"))
            counted = base + more
        expected += counted
        # Each figure sits in its own record, so that none is taken for a mention of another.
        statistics += [mh.ServiceStatistic(id=f"s{index}-{f.id}", figures=(f,)) for f in figures]
    order = draw(hs.permutations(statistics))
    return mh.Dataset().add(programme("p", statistics=tuple(order))), expected


class TestProperties:
    @given(related())
    def test_a_fact_is_never_added_to_its_repeat_part_or_increment_twice(
        self, case: tuple[mh.Dataset, int]
    ) -> None:
        dataset, expected = case
        result = mh.total(dataset, measure="services")
        assert result.interval == mh.Interval.point(expected)
        counted = [ref.id for ref in result.figures]
        assert len(counted) == len(set(counted))

    @given(
        hs.lists(
            hs.lists(
                hs.sampled_from(["MX", "CL", "SV", "GT", "HN", "US"]), min_size=1, unique=True
            ),
            min_size=1,
            max_size=5,
        ),
        hs.integers(1, 3),
    )
    def test_union_totals_are_idempotent(self, lists: list[list[str]], copies: int) -> None:
        def records(copy: int) -> list[mh.ServiceStatistic]:
            return [
                mh.ServiceStatistic(
                    id=f"s{copy}-{index}",
                    countries=tuple(members),
                    figures=(
                        cited(f"c{copy}-{index}", len(members), M.COUNTRIES, "países", "from"),
                    ),
                )
                for index, members in enumerate(lists)
            ]

        once = mh.Dataset().add(programme("p", statistics=tuple(records(0))))
        many = mh.Dataset().add(
            programme("p", statistics=tuple(r for c in range(copies) for r in records(c)))
        )
        union = {code for members in lists for code in members}
        assert mh.total(once).interval == mh.Interval.point(len(union))
        assert mh.total(many).interval == mh.total(once).interval
