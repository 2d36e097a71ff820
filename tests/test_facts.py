"""Cited dates, ranks, plans, inferred marks, people and names as written (format 2)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import migrationhealth as mh
import strategies as s
from migrationhealth.cli.report import _provenance

DATA = Path(__file__).parent / "data"
P = mh.Period.fromisoformat
D = mh.PartialDate.fromisoformat


def on(day: str) -> mh.Period:
    return mh.Period.single(D(day))


def cite(source: str, quote: str) -> mh.Citation:
    return mh.Citation(source=source, quote=quote)


class TestDateFacts:
    def test_a_date_gives_the_whole_period_by_default(self) -> None:
        fact = mh.DateFact(period=P("2006-10-09/2006-10-13"))
        assert fact.sets_period
        assert mh.derive_period([fact]) == P("2006-10-09/2006-10-13")

    def test_an_event_never_sets_the_period(self) -> None:
        event = mh.DateFact(period=on("2006-10-09"), event="inauguration")
        assert not event.sets_period
        assert mh.derive_period([event]) is None

    def test_a_start_and_an_end_are_joined(self) -> None:
        start = mh.DateFact(period=mh.Period(start=D("2001")), bound=mh.Bound.START)
        end = mh.DateFact(period=on("2019-11"), bound=mh.Bound.END)
        assert mh.derive_period([start, end]) == P("2001/2019-11")
        assert mh.derive_period([start]) == P("2001/..")

    def test_an_event_and_a_bound_are_refused_together(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="not both"):
            mh.DateFact(period=on("2006-10-09"), event="closing", bound=mh.Bound.END)

    def test_a_deprecated_fact_needs_a_reason(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="needs a reason"):
            mh.DateFact(period=on("2006-10-09"), rank=mh.Rank.DEPRECATED)
        with pytest.raises(mh.InvalidValueError, match="needs a reason"):
            mh.Figure(
                id="f",
                measure=mh.Measure.SELECTED,
                quantity=mh.Quantity(value=564, unit="students"),
                rank=mh.Rank.DEPRECATED,
            )

    def test_the_preferred_fact_gives_the_period_and_the_deprecated_never(self) -> None:
        first = mh.DateFact(period=P("2006-10-09/2006-10-13"), citation=cite("rwjf", "9–13"))
        second = mh.DateFact(period=P("2006-10-07/2006-10-15"), citation=cite("ime", "del 7 al 15"))
        assert mh.derive_period([first, second]) == first.period
        preferred = attrs.evolve(second, rank=mh.Rank.PREFERRED)
        assert mh.derive_period([first, preferred]) == second.period
        deprecated = attrs.evolve(first, rank=mh.Rank.DEPRECATED, reason="typo")
        assert mh.derive_period([deprecated]) is None

    @given(st.lists(s.date_facts(), max_size=5))
    def test_the_derived_period_is_one_of_the_facts_or_joins_their_ends(
        self, facts: list[mh.DateFact]
    ) -> None:
        period = mh.derive_period(facts)
        for rank in (mh.Rank.PREFERRED, mh.Rank.NORMAL):
            usable = [f for f in facts if f.rank is rank and f.event is None]
            if usable:
                break
        else:
            assert period is None
            return
        assert period is not None
        whole = [f.period for f in usable if f.bound is None]
        if whole:
            assert period == whole[0]
        else:
            starts = {f.period.start or f.period.end for f in usable if f.bound is mh.Bound.START}
            ends = {f.period.end or f.period.start for f in usable if f.bound is mh.Bound.END}
            assert period.start in starts | {None}
            assert period.end in ends | {None}

    @given(s.date_facts())
    def test_a_record_with_one_fact_takes_the_period_any_list_of_it_gives(
        self, fact: mh.DateFact
    ) -> None:
        # A record's dates are a tuple; a tuple of one fact is decided without the ranks.
        assert mh.derive_period((fact,)) == mh.derive_period([fact])
        if fact.event is None and fact.bound is None and fact.rank is not mh.Rank.DEPRECATED:
            assert mh.derive_period((fact,)) is fact.period


class TestTheShorthand:
    def test_period_is_one_uncited_date(self) -> None:
        cohort = mh.Cohort(id="c", period=P("2019-07/2019-11"))
        assert cohort.dates == (mh.DateFact(period=P("2019-07/2019-11")),)
        assert cohort.period == P("2019-07/2019-11")

    def test_period_and_dates_together_are_refused(self) -> None:
        with pytest.raises(TypeError, match="not both"):
            mh.ServiceStatistic(
                id="s", period=P("2019"), dates=(mh.DateFact(period=P("2019-07/2019-11")),)
            )

    def test_evolve_keeps_the_dates_and_the_derived_period(self) -> None:
        programme = mh.Programme(
            id="p", title="T", kind=mh.ProgrammeKind.POLICY, period=P("2019-07/2019-11")
        )
        renamed = attrs.evolve(programme, title="U")
        assert renamed.dates == programme.dates
        assert renamed.period == programme.period
        redated = attrs.evolve(programme, dates=())
        assert redated.period is None

    def test_the_period_is_not_written_as_a_field(self) -> None:
        programme = mh.Programme(
            id="p", title="T", kind=mh.ProgrammeKind.POLICY, period=P("2019-07/2019-11")
        )
        written = mh.unstructure(programme)
        assert "period" not in written
        assert written["dates"] == [{"period": "2019-07/2019-11"}]


class TestTwoSourcesForOneEdition:
    """shared/reports 01 and 02: one health week, dated differently by each source."""

    def week(self) -> mh.Programme:
        return mh.Programme(
            id="bhw-2006",
            title="Binational Health Week 2006",
            kind=mh.ProgrammeKind.SERVICE_CAMPAIGN,
            dates=(
                mh.DateFact(
                    period=P("2006-10-09/2006-10-13"),
                    citation=cite("rwjf-2006", "October 9–13, 2006"),
                ),
                mh.DateFact(
                    period=P("2006-10-07/2006-10-15"),
                    citation=cite("ime-2006", "del 7 al 15 de octubre del 2006"),
                ),
                mh.DateFact(
                    period=on("2006-10-09"),
                    event="inauguration",
                    citation=cite("ime-2006", "inaugurada el 9 de octubre"),
                ),
                mh.DateFact(
                    period=on("2006-10-13"),
                    event="closing",
                    weekday=mh.Weekday.FRIDAY,
                    citation=cite("ime-2006", "la clausura, el viernes 13 de octubre"),
                ),
            ),
        )

    def test_both_periods_and_the_events_are_kept_and_round_trip(self) -> None:
        week = self.week()
        again = mh.loads(mh.dumps(mh.Dataset(programmes=(week,)))).programmes[0]
        assert again == week
        sources = [fact.citation.source for fact in again.dates if fact.citation]
        assert sources == ["rwjf-2006", "ime-2006", "ime-2006", "ime-2006"]
        assert again.period == P("2006-10-09/2006-10-13")

    def test_the_weekday_stated_is_kept_for_validation(self) -> None:
        closing = self.week().dates[3]
        assert closing.weekday is mh.Weekday.FRIDAY
        day = closing.period.earliest()
        assert day is not None
        assert day.isoweekday() == mh.Weekday.FRIDAY.number

    def test_ranking_the_other_source_changes_the_derived_period(self) -> None:
        week = self.week()
        dates = list(week.dates)
        dates[1] = attrs.evolve(dates[1], rank=mh.Rank.PREFERRED, reason="the organiser's dates")
        assert attrs.evolve(week, dates=tuple(dates)).period == P("2006-10-07/2006-10-15")


class TestAttributionAndPeople:
    def test_a_speaker_may_be_an_unnamed_official(self) -> None:
        speaker = mh.Speaker(description="the health authorities")
        assert speaker.label == "the health authorities"
        assert mh.Speaker(organisation="imss").label == "imss"

    def test_a_speaker_with_nothing_is_refused(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="needs a name"):
            mh.Speaker()

    def test_names_are_kept_as_written_beside_the_normalised_form(self) -> None:
        person = mh.Person(
            id="zoe-robledo",
            name="Zóe Robledo",
            normalised="Zoé Robledo",
            spellings=(mh.Spelling(text="Zoé Robledo", source="s003"),),
            positions=(mh.Position(title="director general", organisation="imss"),),
        )
        dataset = mh.Dataset(people=(person,))
        again = mh.loads(mh.dumps(dataset))
        assert again.person("zoe-robledo") == person
        assert again.person("zoe-robledo").name == "Zóe Robledo"

    def test_a_dataset_adds_people(self) -> None:
        person = mh.Person(id="x", name="X")
        assert mh.Dataset().add(person).people == (person,)


class TestSources:
    def test_an_inferred_publication_date_says_how(self) -> None:
        source = mh.Source(
            id="s",
            title="T",
            published=D("2022-10-07"),
            published_inferred="from the file names of its photographs",
            language="es",
        )
        assert mh.loads(mh.dumps(mh.Dataset(sources=(source,)))).sources == (source,)

    def test_how_without_a_date_is_refused(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="no published date"):
            mh.Source(id="s", title="T", published_inferred="from the URL")

    @pytest.mark.parametrize("language", ["Spanish", "ES", "e", "español", ""])
    def test_a_language_is_a_tag(self, language: str) -> None:
        with pytest.raises(mh.InvalidValueError, match="language tag"):
            mh.Source(id="s", title="T", language=language)


def _document(figure: dict[str, Any]) -> str:
    return json.dumps(
        {
            "format_version": 2,
            "programmes": [{"id": "p", "title": "T", "kind": "policy", "figures": [figure]}],
        }
    )


FIGURE = {"id": "f", "measure": "selected", "quantity": {"value": 564, "unit": "students"}}


class TestBadInputIsRefusedWithItsPath:
    def test_a_deprecated_fact_without_a_reason(self) -> None:
        with pytest.raises(mh.LoadError) as caught:
            mh.loads(_document({**FIGURE, "rank": "deprecated"}))
        (problem,) = caught.value.problems
        assert problem.startswith("$.programmes[0].figures[0].reason: ")
        assert "needs a reason" in problem

    def test_an_unknown_rank(self) -> None:
        with pytest.raises(mh.LoadError) as caught:
            mh.loads(_document({**FIGURE, "rank": "dubious"}))
        (problem,) = caught.value.problems
        assert problem.startswith("$.programmes[0].figures[0].rank: ")
        assert "'preferred', 'normal', 'deprecated'" in problem

    @pytest.mark.parametrize("mark", [True, "", " ", None])
    def test_an_inferred_mark_without_how(self, mark: object) -> None:
        document = _document({**FIGURE, "inferred": mark})
        if mark is None:  # null is the default: not inferred
            assert mh.loads(document).programmes[0].figures[0].inferred is None
            return
        with pytest.raises(mh.LoadError) as caught:
            mh.loads(document)
        (problem,) = caught.value.problems
        assert problem.startswith("$.programmes[0].figures[0].inferred: ")

    def test_a_dated_fact_without_a_period(self) -> None:
        document = json.dumps(
            {
                "format_version": 2,
                "programmes": [
                    {"id": "p", "title": "T", "kind": "policy", "dates": [{"event": "closing"}]}
                ],
            }
        )
        with pytest.raises(mh.LoadError) as caught:
            mh.loads(document)
        assert caught.value.problems == ("$.programmes[0].dates[0].period: required field missing",)

    def test_a_citation_of_an_unknown_source_loads(self) -> None:
        fact = {"period": "2019", "citation": {"source": "nowhere", "quote": "in 2019"}}
        document = json.dumps(
            {
                "format_version": 2,
                "programmes": [{"id": "p", "title": "T", "kind": "policy", "dates": [fact]}],
            }
        )
        assert mh.loads(document).programmes[0].dates[0].citation is not None


class TestRoundTrips:
    @given(s.date_facts())
    def test_dated_facts(self, fact: mh.DateFact) -> None:
        assert mh.structure(mh.unstructure(fact), mh.DateFact) == fact

    @given(s.people())
    def test_people(self, person: mh.Person) -> None:
        assert mh.structure(mh.unstructure(person), mh.Person) == person

    @given(s.places())
    def test_places(self, place: mh.Place) -> None:
        assert mh.structure(mh.unstructure(place), mh.Place) == place

    @given(s.speakers())
    def test_speakers(self, speaker: mh.Speaker) -> None:
        assert mh.structure(mh.unstructure(speaker), mh.Speaker) == speaker

    @given(s.figures())
    def test_figures(self, figure: mh.Figure) -> None:
        assert mh.structure(mh.unstructure(figure), mh.Figure) == figure

    @given(s.statistics())
    def test_statistics_with_their_parts(self, statistic: mh.ServiceStatistic) -> None:
        assert mh.structure(mh.unstructure(statistic), mh.ServiceStatistic) == statistic


class TestFigureRelations:
    def test_a_new_total_needs_the_figure_it_adds_to(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="increment_of"):
            mh.Figure(
                id="f",
                measure=mh.Measure.HEALTH_WORKERS,
                quantity=mh.Quantity(value=84, unit="médicos"),
                new_total="total",
            )

    def test_planned_true_is_a_target(self) -> None:
        figure = mh.Figure(
            id="f",
            measure=mh.Measure.TRAINED,
            quantity=mh.Quantity(value=50, unit="people"),
            planned=True,
        )
        assert figure.planned is mh.Plan.TARGET
        assert attrs.evolve(figure, planned=False).planned is None

    def test_parts_of_a_statistic_are_walked_with_their_place(self) -> None:
        part = mh.BreakdownPart(
            category="Jalisco",
            place=mh.Place(country="MX", subdivision="Jalisco", level="state"),
            figure=mh.Figure(
                id="jal",
                measure=mh.Measure.CONSULTATIONS,
                quantity=mh.Quantity(value=39, unit="consultas"),
            ),
        )
        statistic = mh.ServiceStatistic(
            id="st",
            figures=(
                mh.Figure(
                    id="all",
                    measure=mh.Measure.CONSULTATIONS,
                    quantity=mh.Quantity(value=196, unit="consultas médicas"),
                ),
            ),
            breakdowns=(
                mh.Breakdown(id="by-state", dimension="state", total="all", parts=(part,)),
            ),
        )
        programme = mh.Programme(
            id="p", title="T", kind=mh.ProgrammeKind.BRIGADE, statistics=(statistic,)
        )
        located = list(mh.Dataset(programmes=(programme,)).figures())
        assert [f.path for f in located] == [
            "$.programmes[0].statistics[0].figures[0]",
            "$.programmes[0].statistics[0].breakdowns[0].parts[0].figure",
        ]
        assert located[1].statistic is statistic
        assert located[1].subject == "st/by-state=Jalisco"
        assert str(part.place) == "Jalisco (state), MX"
        assert part.place is not None
        assert part.place.key == "MX/Jalisco"


class TestTheStoredExamples:
    def test_format_2_example_holds_every_new_kind_of_fact(self) -> None:
        dataset = mh.load(DATA / "format-v2.json")
        programme = dataset.programme("diploma")
        assert {f.event for f in programme.dates} >= {"closing"}
        assert any(f.rank is mh.Rank.DEPRECATED and f.reason for f in programme.dates)
        figures = {f.figure.id: f.figure for f in dataset.figures()}
        assert figures["selected"].rank is mh.Rank.DEPRECATED
        assert figures["chilean-students"].part_of == "participants"
        assert dataset.person("ana-garcia").normalised == "Ana García"


class TestValidationReadsTheNewCitations:
    def test_a_date_citing_an_unknown_source_is_reported(self) -> None:
        programme = mh.Programme(
            id="p",
            title="T",
            kind=mh.ProgrammeKind.POLICY,
            dates=(mh.DateFact(period=P("2019"), citation=cite("nowhere", "in 2019")),),
        )
        (finding,) = mh.validate(mh.Dataset(programmes=(programme,)), select="MH301")
        assert finding.ids == ("p", "nowhere")
        assert finding.evidence[0].path == "$.programmes[0].dates[0]"

    def test_a_speaker_who_is_not_among_the_people_is_reported(self) -> None:
        source = mh.Source(id="s", title="T")
        citation = mh.Citation(source="s", quote="said she", speaker=mh.Speaker(person="ana"))
        programme = mh.Programme(
            id="p", title="T", kind=mh.ProgrammeKind.POLICY, citations=(citation,)
        )
        dataset = mh.Dataset(sources=(source,), programmes=(programme,))
        (finding,) = mh.validate(dataset, select="MH301")
        assert "person 'ana'" in finding.message
        with_person = attrs.evolve(dataset, people=(mh.Person(id="ana", name="Ana"),))
        assert not list(mh.validate(with_person, select="MH301"))


class TestMarksAreShown:
    def figure(self, **fields: Any) -> mh.Figure:
        return mh.Figure(
            id="f",
            measure=mh.Measure.SELECTED,
            quantity=mh.Quantity(value=564, unit="students"),
            citation=cite("s", "564 students"),
            **fields,
        )

    def test_in_validation_evidence(self) -> None:
        figure = self.figure(rank=mh.Rank.DEPRECATED, reason="misprint of 546", inferred="x")
        programme = mh.Programme(
            id="p",
            title="T",
            kind=mh.ProgrammeKind.DIPLOMA,
            cohorts=(mh.Cohort(id="c", figures=(figure,)),),
        )
        (located,) = mh.Dataset(programmes=(programme,)).figures()
        statement = mh.Evidence.of(located).statement
        assert statement.endswith(" [deprecated: misprint of 546] [inferred: x]")

    def test_in_exports(self) -> None:
        figure = self.figure(rank=mh.Rank.PREFERRED, inferred="from the URL")
        programme = mh.Programme(
            id="p", title="T", kind=mh.ProgrammeKind.DIPLOMA, figures=(figure,)
        )
        (row,) = mh.to_records(mh.Dataset(programmes=(programme,)))
        assert (row["rank"], row["reason"], row["inferred"]) == ("preferred", None, "from the URL")

    def test_in_the_report(self) -> None:
        figure = self.figure(rank=mh.Rank.DEPRECATED, reason="a typo")
        assert _provenance(figure) == "s: “564 students” [deprecated: a typo]"


class TestSpellings:
    def test_a_person_written_two_ways_is_information(self) -> None:
        person = mh.Person(
            id="zr",
            name="Zóe Robledo",
            normalised="Zoé Robledo",
            spellings=(mh.Spelling(text="Zoé Robledo", source="s3"),),
        )
        (finding,) = mh.validate(mh.Dataset(people=(person,)), select="MH306")
        assert finding.severity is mh.Severity.INFO
        assert "'Zóe Robledo'; 'Zoé Robledo' (s3)" in finding.message

    def test_one_spelling_in_other_case_and_spacing_passes(self) -> None:
        organisation = mh.Organisation(
            id="oim",
            name="OIM",
            kind=mh.OrganisationKind.UN_AGENCY,
            spellings=(mh.Spelling(text="oim", source="s"),),
        )
        assert not list(mh.validate(mh.Dataset(organisations=(organisation,)), select="MH306"))


def _week(*facts: mh.DateFact) -> mh.Dataset:
    sources = tuple(mh.Source(id=name, title=name) for name in ("rwjf", "ime"))
    programme = mh.Programme(
        id="bhw-2006", title="W", kind=mh.ProgrammeKind.SERVICE_CAMPAIGN, dates=facts
    )
    return mh.Dataset(sources=sources, programmes=(programme,))


RWJF = mh.DateFact(period=P("2006-10-09/2006-10-13"), citation=cite("rwjf", "October 9–13, 2006"))
IME = mh.DateFact(period=P("2006-10-07/2006-10-15"), citation=cite("ime", "del 7 al 15"))
CLOSING = mh.DateFact(
    period=P("2006-10-13"),
    event="closing",
    weekday=mh.Weekday.FRIDAY,
    citation=cite("ime", "la clausura, el viernes 13 de octubre"),
)


class TestDatesAgainstEachOtherAndTheCalendar:
    def codes(self, dataset: mh.Dataset) -> list[tuple[str, str]]:
        return [(f.code, f.severity.value) for f in mh.validate(dataset, select="MH2")]

    def test_the_2006_week_is_information_only(self) -> None:
        (finding,) = mh.validate(_week(RWJF, IME, CLOSING), select="MH2")
        assert (finding.code, finding.severity) == ("MH205", mh.Severity.INFO)
        assert "nest" in finding.message
        assert [e.citation.quote for e in finding.evidence if e.citation] == [
            "October 9–13, 2006",
            "del 7 al 15",
        ]

    def test_periods_that_share_no_day_are_an_error_naming_the_deprecated_side(self) -> None:
        later = attrs.evolve(
            IME, period=P("2006-11-07/2006-11-15"), rank=mh.Rank.DEPRECATED, reason="typo"
        )
        (finding,) = mh.validate(_week(RWJF, later), select="MH205")
        assert finding.severity is mh.Severity.ERROR
        assert "share no day" in finding.message
        assert "The date of ime is deprecated (typo)." in finding.message

    def test_overlapping_periods_are_a_warning(self) -> None:
        shifted = attrs.evolve(IME, period=P("2006-10-11/2006-10-20"))
        assert self.codes(_week(RWJF, shifted)) == [("MH205", "warning")]

    def test_one_source_twice_is_not_compared_with_itself(self) -> None:
        same = attrs.evolve(IME, citation=cite("rwjf", "again"))
        assert self.codes(_week(RWJF, same)) == []

    def test_a_wrong_weekday_is_an_error_naming_both(self) -> None:
        sunday = attrs.evolve(CLOSING, weekday=mh.Weekday.SUNDAY)
        (finding,) = mh.validate(_week(RWJF, sunday), select="MH206")
        assert finding.message == (
            "'bhw-2006' is dated 2006-10-13, a friday, but the report says sunday."
        )

    def test_an_event_outside_the_week_is_a_warning_for_each_period_it_misses(self) -> None:
        late = attrs.evolve(CLOSING, period=P("2006-10-20"), weekday=None)
        findings = mh.validate(_week(RWJF, IME, late), select="MH207")
        assert [f.code for f in findings] == ["MH207", "MH207"]
        assert "by rwjf" in findings.findings[0].message

    @given(st.integers(min_value=0, max_value=6), st.dates(min_value=dt.date(1900, 1, 1)))
    def test_the_weekday_rule_agrees_with_the_calendar(self, shift: int, day: dt.date) -> None:
        weekday = list(mh.Weekday)[(day.isoweekday() - 1 + shift) % 7]
        fact = mh.DateFact(
            period=mh.Period.single(mh.PartialDate.from_date(day)),
            event="closing",
            weekday=weekday,
        )
        findings = list(mh.validate(_week(fact), select="MH206"))
        assert len(findings) == (0 if shift == 0 else 1)


class TestDatesAfterPublication:
    def dataset(self, fact: mh.DateFact) -> mh.Dataset:
        source = mh.Source(id="s", title="T", published=D("2019-06-27"))
        programme = mh.Programme(id="p", title="T", kind=mh.ProgrammeKind.COURSE, dates=(fact,))
        return mh.Dataset(sources=(source,), programmes=(programme,))

    def test_an_unmarked_date_after_publication_is_an_error(self) -> None:
        fact = mh.DateFact(period=P("2019-07/2019-11"), citation=cite("s", "from July"))
        (finding,) = mh.validate(self.dataset(fact), select="MH208")
        assert finding.ids == ("p", "s")
        assert "not marked planned" in finding.message

    def test_a_planned_date_passes_and_so_does_one_stated_later(self) -> None:
        fact = mh.DateFact(period=P("2019-07/2019-11"), citation=cite("s", "from July"))
        planned = attrs.evolve(fact, planned=mh.Plan.TARGET)
        assert not list(mh.validate(self.dataset(planned), select="MH208"))
        later = mh.Citation(source="s", quote="from July", stated=D("2019-12"))
        stated = attrs.evolve(fact, citation=later)
        assert not list(mh.validate(self.dataset(stated), select="MH208"))

    def test_a_date_before_publication_passes(self) -> None:
        fact = mh.DateFact(period=P("2019-06-20"), event="launch", citation=cite("s", "x"))
        assert not list(mh.validate(self.dataset(fact), select="MH208"))
