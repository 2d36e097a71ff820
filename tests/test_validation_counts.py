"""Counts against their listed items, percent changes, shares, hedges that cannot all hold.

Examples are the reports' own: the eleven countries of the MHADRI course (report 05),
the nine points of IMSS-Bienestar of which eight are named and the growth of its
consultations from 7 mil 45 to 38 mil 215 (report 07), the nine states of the Cuban
specialists (report 06), the 564 selected of 800 applicants (seed 000), and the 300,000
people of the 2006 week stated by two sources (reports 01 and 02).
"""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

import migrationhealth as mh
from migrationhealth.validation import Finding, Severity, validate

M = mh.Measure
Q = mh.Qualifier
SOURCE = mh.Source(id="s", title="A report", language="es")
MHADRI = (
    "Uganda",
    "Democratic Republic of Congo",
    "Sierra Leone",
    "Somalia",
    "South Africa",
    "Sudan",
    "South Sudan",
    "Tanzania",
    "Zambia",
    "Zimbabwe",
    "Turkey",
)


def fig(
    id: str,
    measure: mh.Measure,
    value: int | Decimal,
    unit: str,
    qualifier: mh.Qualifier = Q.EXACT,
    **fields: object,
) -> mh.Figure:
    return mh.Figure(
        id=id,
        measure=measure,
        quantity=mh.Quantity(value=value, unit=unit, qualifier=qualifier),
        citation=mh.Citation(source="s", quote=f"{value} {unit}"),
        **fields,  # type: ignore[arg-type]
    )


def programme(*figures: mh.Figure, kind: str = "statistic", **fields: object) -> mh.Dataset:
    """The figures in one record of the given kind: a statistic, a cohort or a programme."""
    extra = dict(fields)
    if kind == "statistic":
        record = {"statistics": (mh.ServiceStatistic(id="r", figures=figures, **extra),)}  # type: ignore[arg-type]
    elif kind == "cohort":
        record = {"cohorts": (mh.Cohort(id="r", figures=figures, **extra),)}  # type: ignore[arg-type]
    else:
        record = {"figures": figures, **extra}
    return mh.Dataset(
        sources=(SOURCE,),
        programmes=(
            mh.Programme(id="p", title="A programme", kind=mh.ProgrammeKind.BRIGADE, **record),  # type: ignore[arg-type]
        ),
    )


def findings(dataset: mh.Dataset, code: str) -> list[Finding]:
    return list(validate(dataset, select=code))


def listed(
    value: int,
    items: tuple[str, ...],
    complete: bool | None,
    qualifier: mh.Qualifier = Q.EXACT,
) -> mh.Dataset:
    return programme(
        fig(
            "countries",
            M.COUNTRIES,
            value,
            "countries",
            qualifier,
            listing=mh.Listing(items=items, complete=complete),
        )
    )


# --- the model ---------------------------------------------------------------------------


class TestListingModel:
    def test_items_are_kept_in_order(self) -> None:
        listing = mh.Listing(items=MHADRI, complete=True)
        assert listing.items == MHADRI
        assert listing.complete is True

    def test_an_item_listed_twice_is_refused_naming_it(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="'sudan' twice"):
            mh.Listing(items=("Sudan", "South Sudan", "sudan "[:5]))

    def test_an_empty_listing_is_refused(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="items"):
            mh.Listing(items=())

    def test_complete_must_be_a_flag(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="complete"):
            mh.Listing(items=("Chile",), complete="yes")  # type: ignore[arg-type]

    def test_listing_and_links_round_trip_through_json(self) -> None:
        dataset = programme(
            fig("a", M.CONSULTATIONS, 7045, "consultas", period=mh.Period.fromisoformat("2013")),
            fig("b", M.CONSULTATIONS, 38215, "consultas", period=mh.Period.fromisoformat("2018")),
            fig(
                "growth",
                M.PERCENT_CHANGE,
                400,
                "%",
                Q.MORE_THAN,
                change_from="a",
                change_to="b",
            ),
            fig("share", M.OTHER, Decimal("18.4"), "%", share_part="a", share_whole="b"),
            fig(
                "n",
                M.COUNTRIES,
                2,
                "países",
                listing=mh.Listing(
                    items=("Chile", "México"),
                    complete=True,
                    citation=mh.Citation(source="s", quote="Chile y México"),
                ),
            ),
        )
        text = mh.dumps(dataset)
        assert '"listing"' in text
        assert '"change_from":"a"' in text
        assert mh.loads(text) == dataset

    def test_a_bad_listing_in_a_file_names_where(self) -> None:
        text = mh.dumps(listed(2, ("Chile", "México"), True)).replace('"México"', '""')
        with pytest.raises(mh.LoadError, match=r"listing\.items\[1\]"):
            mh.loads(text)


# --- MH111 listed items --------------------------------------------------------------------


class TestListedItems:
    def test_the_eleven_countries_of_the_course_pass(self) -> None:
        assert findings(listed(11, MHADRI, True), "MH111") == []

    def test_a_complete_list_one_short_is_an_error(self) -> None:
        (finding,) = findings(listed(11, MHADRI[:10], True), "MH111")
        assert finding.severity is Severity.ERROR
        assert finding.ids == ("countries",)
        assert "names 10 (stated as the complete list), fewer" in finding.message
        assert "Uganda; Democratic Republic of Congo" in finding.message

    def test_more_items_than_counted_is_an_error_whatever_the_list_says(self) -> None:
        for complete in (True, None, False):
            (finding,) = findings(listed(10, MHADRI, complete), "MH111")
            assert finding.severity is Severity.ERROR
            assert "names 11" in finding.message
            assert "more than the count admits" in finding.message

    def test_fewer_items_not_said_to_be_all_is_a_warning(self) -> None:
        (finding,) = findings(listed(9, MHADRI[:8], None), "MH111")
        assert finding.severity is Severity.WARNING
        assert "named without saying whether they are all" in finding.message

    def test_fewer_items_given_as_examples_pass(self) -> None:
        assert findings(listed(11, MHADRI[:2], False), "MH111") == []

    @pytest.mark.parametrize(
        ("value", "qualifier", "named", "expected"),
        [
            (10, Q.MORE_THAN, 11, None),
            (10, Q.MORE_THAN, 10, Severity.ERROR),
            (12, Q.ALMOST, 11, None),
            (12, Q.ALMOST, 12, None),
            (20, Q.APPROXIMATE, 11, Severity.WARNING),
            (10, Q.AT_MOST, 11, Severity.ERROR),
            (10, Q.APPROXIMATE, 11, None),
            (10, Q.SEVERAL, 11, Severity.WARNING),
        ],
    )
    def test_hedges_count(
        self, value: int, qualifier: mh.Qualifier, named: int, expected: Severity | None
    ) -> None:
        found = findings(listed(value, MHADRI[:named], True, qualifier), "MH111")
        assert [f.severity for f in found] == ([] if expected is None else [expected])

    def test_the_listing_quote_is_evidence(self) -> None:
        citation = mh.Citation(source="s", quote="Arriaga, Palenque")
        dataset = programme(
            fig(
                "points",
                M.SERVICE_POINTS,
                9,
                "puntos",
                listing=mh.Listing(items=("Arriaga", "Palenque"), citation=citation),
            )
        )
        (finding,) = findings(dataset, "MH111")
        assert [e.path for e in finding.evidence][-1].endswith(".figures[0].listing")
        assert finding.evidence[-1].citation == citation

    def test_a_rate_is_not_a_count_of_items(self) -> None:
        figure = fig("rate", M.OTHER, 3, "countries", listing=mh.Listing(items=("Chile",)))
        figure = attrs.evolve(
            figure, quantity=attrs.evolve(figure.quantity, per=mh.Per(amount=1, unit="year"))
        )
        assert findings(programme(figure), "MH111") == []


# --- MH112 percent change ------------------------------------------------------------------


def growth(
    stated: int | Decimal,
    qualifier: mh.Qualifier = Q.MORE_THAN,
    start: int = 7045,
    end: int = 38215,
    *,
    end_unit: str = "consultas",
    end_measure: mh.Measure = M.CONSULTATIONS,
    kind: str = "statistic",
) -> mh.Dataset:
    return programme(
        fig("c2013", M.CONSULTATIONS, start, "consultas", period=mh.Period.fromisoformat("2013")),
        fig("c2018", end_measure, end, end_unit, period=mh.Period.fromisoformat("2018")),
        fig(
            "growth",
            M.PERCENT_CHANGE,
            stated,
            "%",
            qualifier,
            change_from="c2013",
            change_to="c2018",
        ),
        kind=kind,
    )


class TestPercentChange:
    @pytest.mark.parametrize("kind", ["statistic", "cohort", "programme"])
    def test_more_than_400_percent_from_7045_to_38215_passes(self, kind: str) -> None:
        assert findings(growth(400, kind=kind), "MH112") == []

    def test_more_than_500_percent_is_reported(self) -> None:
        (finding,) = findings(growth(500), "MH112")
        assert finding.severity is Severity.ERROR
        assert finding.ids == ("growth", "c2013", "c2018")
        assert "a change of 442.4 %, less than stated" in finding.message

    def test_a_stated_percentage_stands_for_what_rounds_to_it(self) -> None:
        # 49,349 on 35,250 is 40.0 %; on 35,000 it is 41.0 %, which "40" (35 to 45) admits.
        assert findings(growth(40, Q.EXACT, 35_000, 49_349), "MH112") == []
        assert findings(growth(42, Q.EXACT, 35_000, 49_349), "MH112") != []

    def test_hedges_on_the_figures_widen_the_change(self) -> None:
        dataset = growth(600, Q.EXACT)
        hedged = attrs.evolve(
            dataset.programmes[0].statistics[0].figures[0],
            quantity=mh.Quantity(value=7045, unit="consultas", qualifier=Q.AT_LEAST),
        )
        assert findings(dataset, "MH112") != []
        # "at least 7,045" admits any base from 7,045 up: the change may be as low as -100 %
        # but never above 442.4 %.
        stat = attrs.evolve(
            dataset.programmes[0].statistics[0],
            figures=(hedged, *dataset.programmes[0].statistics[0].figures[1:]),
        )
        changed = attrs.evolve(
            dataset, programmes=(attrs.evolve(dataset.programmes[0], statistics=(stat,)),)
        )
        assert findings(changed, "MH112") != []

    def test_a_fall_is_compared_by_its_size(self) -> None:
        assert findings(growth(20, Q.EXACT, 100, 80), "MH112") == []
        (finding,) = findings(growth(30, Q.EXACT, 100, 80), "MH112")
        assert "a change of 20 %, less than stated" in finding.message

    def test_figures_of_different_things_are_not_compared(self) -> None:
        assert (
            findings(growth(500, end_unit="personas", end_measure=M.PEOPLE_SERVED), "MH112") == []
        )

    def test_a_link_to_no_figure_is_mh109s(self) -> None:
        dataset = programme(fig("g", M.PERCENT_CHANGE, 40, "%", change_from="nowhere"))
        assert findings(dataset, "MH112") == []
        (finding,) = findings(dataset, "MH109")
        assert finding.ids == ("g", "nowhere")
        assert "is a change from figure 'nowhere'" in finding.message


# --- MH113 shares --------------------------------------------------------------------------


def shared(stated: Decimal | int, part: int = 564, whole: int = 800, **kw: object) -> mh.Dataset:
    return programme(
        fig("selected", M.SELECTED, part, "students", **kw),  # type: ignore[arg-type]
        fig("applicants", M.APPLICANTS, whole, "applicants"),
        fig("share", M.OTHER, stated, "%", share_part="selected", share_whole="applicants"),
        kind="cohort",
    )


class TestShare:
    def test_564_of_800_is_70_5_percent(self) -> None:
        assert findings(shared(Decimal("70.5")), "MH113") == []
        assert findings(shared(71), "MH113") == []

    def test_a_share_its_figures_do_not_give_is_reported(self) -> None:
        (finding,) = findings(shared(75), "MH113")
        assert finding.ids == ("share", "selected", "applicants")
        assert "they make 70.5 %, less than stated" in finding.message
        (finding,) = findings(shared(Decimal("70.9")), "MH113")
        assert "less than stated" in finding.message

    def test_hedges_on_the_part_count(self) -> None:
        assert findings(shared(75, qualifier=Q.MORE_THAN), "MH113") == []

    def test_part_and_whole_of_different_things_are_not_compared(self) -> None:
        dataset = programme(
            fig("a", M.SELECTED, 564, "students"),
            fig("b", M.COUNTRIES, 2, "countries"),
            fig("share", M.OTHER, 5, "%", share_part="a", share_whole="b"),
        )
        assert findings(dataset, "MH113") == []


# --- MH114 and MH101: hedges that cannot all hold -------------------------------------------


def chain(
    *quantities: tuple[int, mh.Qualifier], measures: tuple[mh.Measure, ...] = ()
) -> mh.Dataset:
    figures = []
    for position, (value, qualifier) in enumerate(quantities):
        measure = measures[position] if measures else M.PARTICIPANTS
        fields: dict[str, object] = {} if position == 0 else {"repeats": "f0"}
        figures.append(fig(f"f{position}", measure, value, "personas", qualifier, **fields))
    statistics = tuple(mh.ServiceStatistic(id=f"s{i}", figures=(f,)) for i, f in enumerate(figures))
    return mh.Dataset(
        sources=(SOURCE,),
        programmes=(
            mh.Programme(id="p", title="P", kind=mh.ProgrammeKind.BRIGADE, statistics=statistics),
        ),
    )


class TestJointHedges:
    def test_a_chain_that_agrees_pair_by_pair_but_not_at_once_is_reported(self) -> None:
        dataset = chain((300_000, Q.APPROXIMATE), (300_000, Q.ALMOST), (300_000, Q.MORE_THAN))
        assert findings(dataset, "MH109") == []
        (finding,) = findings(dataset, "MH114")
        assert finding.ids == ("f0", "f1", "f2")
        assert "almost 300,000 personas (f1)" in finding.message
        assert "more than 300,000 personas (f2)" in finding.message

    def test_a_chain_with_a_common_value_passes(self) -> None:
        dataset = chain((300_000, Q.APPROXIMATE), (300_000, Q.ALMOST), (290_000, Q.EXACT))
        assert findings(dataset, "MH114") == []

    def test_a_deprecated_member_is_left_out(self) -> None:
        dataset = chain((300_000, Q.APPROXIMATE), (300_000, Q.ALMOST), (300_000, Q.MORE_THAN))
        stat = dataset.programmes[0].statistics[2]
        wrong = attrs.evolve(stat.figures[0], rank=mh.Rank.DEPRECATED, reason="misread")
        stats = (*dataset.programmes[0].statistics[:2], attrs.evolve(stat, figures=(wrong,)))
        changed = attrs.evolve(
            dataset, programmes=(attrs.evolve(dataset.programmes[0], statistics=stats),)
        )
        assert findings(changed, "MH114") == []

    def test_a_chain_of_different_measures_is_left_to_mh109(self) -> None:
        dataset = chain(
            (300_000, Q.APPROXIMATE),
            (300_000, Q.ALMOST),
            (300_000, Q.MORE_THAN),
            measures=(M.PARTICIPANTS, M.PARTICIPANTS, M.PEOPLE_SERVED),
        )
        assert findings(dataset, "MH114") == []
        assert [f.ids for f in findings(dataset, "MH109")] == [("f2", "f0")]

    def test_almost_2000_and_more_than_2300_of_one_thing_conflict(self) -> None:
        dataset = programme(
            fig("a", M.TRAINED, 2000, "profesionales", Q.ALMOST),
            fig("b", M.TRAINED, 2300, "profesionales", Q.MORE_THAN),
            fig("c", M.TRAINED, 2100, "profesionales", Q.APPROXIMATE),
        )
        (finding,) = findings(dataset, "MH101")
        assert finding.severity is Severity.ERROR
        assert set(finding.ids) == {"a", "b"}

    def test_of_different_things_they_do_not(self) -> None:
        dataset = programme(
            fig("a", M.TRAINED, 2000, "profesionales", Q.ALMOST),
            fig("b", M.TRAINED, 2300, "países", Q.MORE_THAN),
            fig("c", M.PARTICIPANTS, 2300, "profesionales", Q.MORE_THAN),
        )
        assert findings(dataset, "MH101") == []


# --- parts and wholes in every record, hedged ------------------------------------------------


def broken_down(total: mh.Figure, parts: tuple[int, ...], kind: str) -> mh.Dataset:
    breakdown = mh.Breakdown(
        id="by-country",
        dimension="country",
        total=total.id,
        parts=tuple(
            mh.BreakdownPart(
                category=f"c{i}", figure=fig(f"part{i}", total.measure, v, total.quantity.unit)
            )
            for i, v in enumerate(parts)
        ),
    )
    return programme(total, kind=kind, breakdowns=(breakdown,))


class TestHedgedWholes:
    @pytest.mark.parametrize("kind", ["statistic", "cohort", "programme"])
    def test_more_than_500_against_parts_of_640_agrees(self, kind: str) -> None:
        total = fig("total", M.TRAINED, 500, "personas", Q.MORE_THAN)
        assert findings(broken_down(total, (400, 240), kind), "MH104") == []

    @pytest.mark.parametrize("kind", ["statistic", "cohort", "programme"])
    def test_parts_of_640_exceed_almost_600(self, kind: str) -> None:
        total = fig("total", M.TRAINED, 600, "personas", Q.ALMOST)
        (finding,) = findings(broken_down(total, (400, 240), kind), "MH104")
        assert "at least 40 more than the total almost 600 personas" in finding.message

    @pytest.mark.parametrize("kind", ["statistic", "cohort", "programme"])
    def test_a_subgroup_beyond_an_almost_whole_is_reported(self, kind: str) -> None:
        subgroup = mh.SubGroup(
            id="chile", label="Chile", figures=(fig("cl", M.TRAINED, 601, "personas"),)
        )
        whole = fig("all", M.TRAINED, 600, "personas", Q.ALMOST)
        assert [
            f.ids for f in findings(programme(whole, kind=kind, subgroups=(subgroup,)), "MH105")
        ] == [("cl", "all")]
        hedged = attrs.evolve(
            whole, quantity=mh.Quantity(value=600, unit="personas", qualifier=Q.AT_LEAST)
        )
        assert findings(programme(hedged, kind=kind, subgroups=(subgroup,)), "MH105") == []

    @pytest.mark.parametrize("kind", ["statistic", "cohort", "programme"])
    def test_an_of_which_part_beyond_its_hedged_whole(self, kind: str) -> None:
        whole = fig("all", M.CONSULTATIONS, 200, "consultas", Q.ALMOST)
        part = fig("some", M.CONSULTATIONS, 201, "consultas", part_of="all")
        assert [f.ids for f in findings(programme(whole, part, kind=kind), "MH107")] == [
            ("some", "all")
        ]
        fine = attrs.evolve(part, quantity=mh.Quantity(value=200, unit="consultas"))
        assert findings(programme(whole, fine, kind=kind), "MH107") == []

    def test_a_breakdown_of_another_thing_is_not_summed(self) -> None:
        total = fig("total", M.TRAINED, 600, "personas")
        dataset = broken_down(total, (400, 240), "statistic")
        statistic = dataset.programmes[0].statistics[0]
        (breakdown,) = statistic.breakdowns
        other = attrs.evolve(breakdown.parts[1], figure=fig("part1", M.COUNTRIES, 240, "países"))
        changed_breakdown = attrs.evolve(breakdown, parts=(breakdown.parts[0], other))
        changed = programme(total, breakdowns=(changed_breakdown,))
        assert findings(dataset, "MH104") != []
        assert findings(changed, "MH104") == []

    def test_funnel_stages_of_units_that_do_not_agree_are_not_compared(self) -> None:
        dataset = programme(
            fig("applicants", M.APPLICANTS, 80, "personas"),
            fig("participants", M.PARTICIPANTS, 546, "países"),
            kind="cohort",
        )
        assert findings(dataset, "MH103") == []
        same = programme(
            fig("applicants", M.APPLICANTS, 80, "personas"),
            fig("participants", M.PARTICIPANTS, 546, "personas"),
            kind="cohort",
        )
        assert [f.ids for f in findings(same, "MH103")] == [("applicants", "participants")]


# --- the built-in dataset ------------------------------------------------------------------


class TestBuiltInDataset:
    def test_the_counted_lists_are_recorded(self) -> None:
        figures = {located.figure.id: located.figure for located in mh.corpus().figures()}
        expected = {
            "mhadri-course-participant-countries": (11, True),
            "iom-europe-countries": (21, True),
            "cuban-specialists-states-count": (9, True),
            "imss-bienestar-service-points-2018": (8, None),
            "sv-certification-themes": (3, True),
        }
        for id, (named, complete) in expected.items():
            listing = figures[id].listing
            assert listing is not None, id
            assert (len(listing.items), listing.complete) == (named, complete), id
        assert figures["mhadri-course-participant-countries"].listing.items == MHADRI  # type: ignore[union-attr]

    def test_the_nine_points_with_eight_named_are_the_one_list_reported(self) -> None:
        (finding,) = findings(mh.corpus(), "MH111")
        assert finding.severity is Severity.WARNING
        assert finding.ids == ("imss-bienestar-service-points-2018",)

    def test_the_growth_of_imss_bienestar_holds(self) -> None:
        figures = {located.figure.id: located.figure for located in mh.corpus().figures()}
        change = figures["imss-bienestar-consultations-growth"]
        assert (change.change_from, change.change_to) == (
            "imss-bienestar-consultations-2013",
            "imss-bienestar-consultations-2018",
        )
        for code in ("MH112", "MH113", "MH114"):
            assert findings(mh.corpus(), code) == [], code

    def test_the_two_11_countries_of_the_course_are_not_a_possible_repeat(self) -> None:
        assert findings(mh.corpus(), "MH110") == []
