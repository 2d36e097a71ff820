"""MH209-MH211 and MH306-MH308: weeks of a month, relative dates, editions, names, programmes.

Examples for each rule, and properties: a dataset consistent by construction gives no
warning or error from these rules, and one perturbed fact gives exactly its finding.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import migrationhealth as mh
from migrationhealth.dateparse import read_period
from migrationhealth.validation.rules.calendar import month_weeks

Period = mh.Period.fromisoformat
CODES = ["MH206", "MH209", "MH210", "MH211"]


def source(id: str = "s1", published: str | None = "2024-05-20", language: str = "en") -> mh.Source:
    return mh.Source(
        id=id,
        title=f"Report {id}",
        published=None if published is None else mh.PartialDate.fromisoformat(published),
        language=language,
    )


def date(period: str, quote: str = "a quote", src: str = "s1", **fields: object) -> mh.DateFact:
    return mh.DateFact(
        period=Period(period),
        citation=mh.Citation(source=src, quote=quote),
        **fields,  # type: ignore[arg-type]
    )


def edition(number: int, src: str = "s1") -> mh.Figure:
    return mh.Figure(
        id=f"edition-{number}-{src}",
        measure=mh.Measure.EDITION,
        quantity=mh.Quantity(value=number, unit="edition"),
        citation=mh.Citation(source=src, quote=f"edition {number}"),
    )


def programme(id: str = "p1", **fields: object) -> mh.Programme:
    defaults: dict[str, object] = {
        "title": "Health Week",
        "kind": mh.ProgrammeKind.SERVICE_CAMPAIGN,
    }
    defaults.update(fields)
    return mh.Programme(id=id, **defaults)  # type: ignore[arg-type]


def findings(dataset: mh.Dataset, codes: str | list[str]) -> list[mh.Finding]:
    return list(mh.validate(dataset, select=codes))


# --- MH209 week of the month ---------------------------------------------------------------


class TestWeekOfMonth:
    def test_the_weeks_of_october_2006(self) -> None:
        assert month_weeks(2006, 10, 2) == [
            (dt.date(2006, 10, 8), dt.date(2006, 10, 14)),
            (dt.date(2006, 10, 9), dt.date(2006, 10, 15)),
            (dt.date(2006, 10, 8), dt.date(2006, 10, 14)),
        ]

    def test_a_fifth_week_that_a_month_lacks_is_left_out(self) -> None:
        # February 2021: 28 days from a Monday; no day 29, no fifth week of any kind.
        assert month_weeks(2021, 2, 5) == []

    @pytest.mark.parametrize(
        ("period", "week", "found"),
        [
            ("2020-03-02/2020-03-06", 1, False),
            ("2020-03-02/2020-03-06", 2, True),
            ("2020-03-16/2020-03-20", 3, False),  # Monday weeks: the third is 16-22 March
            ("2020-03-23/2020-03-27", 3, True),
            ("2020-03-23/2020-03-27", 4, False),
            ("2020-03-03/2020-03-05", 3, True),
            ("2020-03-05/2020-03-10", 2, False),  # half its days are in 8-14 March
        ],
    )
    def test_a_date_to_the_day_with_its_week(self, period: str, week: int, found: bool) -> None:
        # March 2020 starts on a Sunday: "la primera semana de marzo" is 1-7 March
        # (days, or Sunday weeks) or 2-8 March (Monday weeks).
        fact = date(period, week=week)
        dataset = mh.Dataset(sources=(source(),), programmes=(programme(dates=(fact,)),))
        assert bool(findings(dataset, "MH209")) == found

    def test_a_recurring_week_is_checked_against_every_edition(self) -> None:
        series = programme(
            "series",
            dates=(date("--10/--10", "the third week of October", event="recurrence", week=3),),
        )
        good = programme("e2006", dates=(date("2006-10-16/2006-10-20"),), related=("series",))
        bad = programme("e2007", dates=(date("2007-10-08/2007-10-12"),), related=("series",))
        dataset = mh.Dataset(sources=(source(),), programmes=(series, good, bad))
        (finding,) = findings(dataset, "MH209")
        assert finding.ids == ("series", "e2007")
        assert "the third week of October" in finding.message
        assert "2007-10-08/2007-10-12" in finding.message

    def test_a_month_of_another_year_is_not_checked(self) -> None:
        series = programme(dates=(date("2005-10/2005-10", event="recurrence", week=3),))
        edition_2006 = programme("e", dates=(date("2006-10-02/2006-10-06"),), related=("p1",))
        assert findings(mh.Dataset(programmes=(series, edition_2006)), "MH209") == []

    def test_a_week_outside_1_to_5_is_refused(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="week of the month, 1 to 5"):
            mh.DateFact(period=Period("--10/--10"), week=6)


# --- MH210 relative dates --------------------------------------------------------------------


class TestRelativeDate:
    @pytest.mark.parametrize(
        ("phrase", "language", "recorded", "code"),
        [
            ("last Friday", "en", "2024-05-17/2024-05-17", None),
            ("last Friday", "en", "2024-05-10/2024-05-10", "error"),
            ("la semana pasada", "es", "2024-05-15/2024-05-15", None),
            ("la semana pasada", "es", "2024-05-18/2024-05-21", "warning"),
            ("el año pasado", "es", "2023-03/2023-03", None),
            ("el año pasado", "es", "2022/2022", "error"),
            ("le mois dernier", "fr", "2024-04/2024-04", None),
            ("le mois dernier", "fr", "2024-05/2024-05", "error"),
            ("no ano passado", "pt", "2023/2023", None),
        ],
    )
    def test_read_against_the_publication(
        self, phrase: str, language: str, recorded: str, code: str | None
    ) -> None:
        fact = date(recorded, f"... {phrase} ...", event="meeting", relative=phrase)
        dataset = mh.Dataset(
            sources=(source(language=language),), programmes=(programme(dates=(fact,)),)
        )
        found = findings(dataset, "MH210")
        assert [f.severity.value for f in found] == ([] if code is None else [code])
        if found:
            assert repr(phrase) in found[0].message

    def test_the_statement_date_comes_before_the_publication(self) -> None:
        fact = mh.DateFact(
            period=Period("2024-05-10/2024-05-10"),
            relative="last Friday",
            event="meeting",
            citation=mh.Citation(
                source="s1", quote="last Friday", stated=mh.PartialDate(year=2024, month=5, day=13)
            ),
        )
        dataset = mh.Dataset(sources=(source(),), programmes=(programme(dates=(fact,)),))
        assert findings(dataset, "MH210") == []

    def test_a_phrase_not_in_its_quote(self) -> None:
        fact = date(
            "2024-05-17/2024-05-17", "The meeting happened in Havana", relative="last Friday"
        )
        dataset = mh.Dataset(sources=(source(),), programmes=(programme(dates=(fact,)),))
        (finding,) = findings(dataset, "MH210")
        assert finding.severity is mh.Severity.WARNING
        assert "is not in its quote" in finding.message

    def test_a_phrase_the_publication_cannot_anchor_is_not_checked(self) -> None:
        fact = date(
            "2022-10-13/2022-10-13",
            "para el próximo 13 de octubre llegarán 84 más",
            relative="el próximo 13 de octubre",
            event="arrival",
        )
        dataset = mh.Dataset(
            sources=(source(published="2022", language="es"),),
            programmes=(programme(dates=(fact,)),),
        )
        assert findings(dataset, "MH210") == []


# --- MH211 editions --------------------------------------------------------------------------


def series_dataset(
    *,
    inception: str = "2001/2001",
    year: int = 2006,
    number: int = 6,
    durations: tuple[mh.Figure, ...] = (),
) -> mh.Dataset:
    series = programme(
        "series",
        rhythm=mh.Rhythm.ANNUAL,
        dates=(date(inception, "since its inception", event="inception"),),
        figures=durations,
    )
    week = programme(
        "week",
        edition=edition(number),
        dates=(date(f"{year}-10-09/{year}-10-13"),),
        related=("series",),
    )
    return mh.Dataset(sources=(source(published="2022-10-07"),), programmes=(series, week))


def duration(value: int, unit: str, qualifier: mh.Qualifier = mh.Qualifier.EXACT) -> mh.Figure:
    return mh.Figure(
        id=f"age-{value}-{unit}",
        measure=mh.Measure.DURATION,
        quantity=mh.Quantity(value=value, unit=unit, qualifier=qualifier),
        citation=mh.Citation(source="s1", quote=f"{value} {unit}"),
    )


class TestEditions:
    def test_the_sixth_annual_edition_in_2006_fits_an_inception_in_2001(self) -> None:
        assert findings(series_dataset(), "MH211") == []

    def test_it_does_not_fit_an_inception_in_2004(self) -> None:
        (finding,) = findings(series_dataset(inception="2004/2004"), "MH211")
        assert finding.ids == ("series",)
        assert "implies a first edition in 2001" in finding.message

    def test_a_biennial_rhythm_counts_two_years_an_edition(self) -> None:
        # The sixth biennial edition in 2006 began in 1996.
        for inception, found in (("1996/1996", 0), ("2001/2001", 1)):
            dataset = series_dataset(inception=inception)
            series = _evolve(dataset.programmes[0], rhythm=mh.Rhythm.BIENNIAL)
            dataset = mh.Dataset(
                sources=dataset.sources, programmes=(series, dataset.programmes[1])
            )
            assert len(findings(dataset, "MH211")) == found

    def test_held_annually_since_a_later_year_does_not_fit(self) -> None:
        series = programme(
            "series",
            rhythm=mh.Rhythm.ANNUAL,
            dates=(date("2004/2004", "since 2004", bound=mh.Bound.START),),
        )
        week = programme(
            "week", edition=edition(6), dates=(date("2006-10-09/2006-10-13"),), related=("series",)
        )
        (finding,) = findings(mh.Dataset(sources=(source(),), programmes=(series, week)), "MH211")
        assert "its start in 2004" in finding.message

    def test_more_than_two_decades_fits_a_22nd_annual_edition(self) -> None:
        decades = duration(2, "decades", mh.Qualifier.MORE_THAN)
        assert findings(series_dataset(year=2022, number=22, durations=(decades,)), "MH211") == []

    def test_sixteen_years_does_not(self) -> None:
        years = duration(16, "years")
        (finding,) = findings(series_dataset(year=2022, number=22, durations=(years,)), "MH211")
        assert "16 years" in finding.message
        assert "20 to 22 years old" in finding.message

    def test_without_a_rhythm_nothing_is_checked(self) -> None:
        dataset = series_dataset(inception="2004/2004")
        series = _evolve(dataset.programmes[0], rhythm=None)
        assert (
            findings(
                mh.Dataset(sources=dataset.sources, programmes=(series, dataset.programmes[1])),
                "MH211",
            )
            == []
        )


def _evolve(record: mh.Programme, **changes: object) -> mh.Programme:
    return attrs.evolve(record, **changes)  # type: ignore[arg-type]


# --- MH306, MH307, MH308 names and identity --------------------------------------------------


def organisation(
    *spellings: mh.Spelling,
    acronym: str | None = None,
    name: str = "Mexican Institute of Social Security",
) -> mh.Organisation:
    return mh.Organisation(
        id="o1", name=name, kind=mh.OrganisationKind.MINISTRY, acronym=acronym, spellings=spellings
    )


SOURCES = (source("es1", language="es"), source("es2", language="es"), source("en1"))


class TestNames:
    def test_a_translation_is_not_a_second_spelling(self) -> None:
        data = mh.Dataset(
            sources=SOURCES,
            organisations=(
                organisation(
                    mh.Spelling(
                        text="Instituto Mexicano del Seguro Social", source="es1", translation=True
                    )
                ),
            ),
        )
        assert findings(data, "MH306") == []
        # Unmarked, it is compared with the name, as a misspelling would be.
        unmarked = attrs.evolve(
            data.organisations[0],
            spellings=(mh.Spelling(text="Instituto Mexicano del Seguro Social", source="es1"),),
        )
        assert len(findings(attrs.evolve(data, organisations=(unmarked,)), "MH306")) == 1

    def test_two_spellings_in_one_language_are(self) -> None:
        data = mh.Dataset(
            sources=SOURCES,
            organisations=(
                organisation(
                    mh.Spelling(
                        text="Instituto Mexicano del Seguro Social", source="es1", translation=True
                    ),
                    mh.Spelling(
                        text="Instituto Mexicano de Seguro Social", source="es2", translation=True
                    ),
                ),
            ),
        )
        (finding,) = findings(data, "MH306")
        assert "'Instituto Mexicano de Seguro Social' (es2)" in finding.message

    def test_a_spelling_in_another_language_than_its_source(self) -> None:
        data = mh.Dataset(
            sources=SOURCES,
            organisations=(
                organisation(
                    mh.Spelling(
                        text="Instituto Mexicano del Seguro Social", source="es1", translation=True
                    ),
                    mh.Spelling(
                        text="Instituto Mexicano de Seguro Social",
                        source="en1",
                        language="es",
                        translation=True,
                    ),
                ),
            ),
        )
        assert len(findings(data, "MH306")) == 1

    def test_articles_acronyms_and_descriptions_are_not_spellings(self) -> None:
        data = mh.Dataset(
            sources=SOURCES,
            organisations=(
                organisation(
                    mh.Spelling(
                        text="el Instituto Mexicano del Seguro Social (IMSS)",
                        source="es1",
                        translation=True,
                    ),
                    mh.Spelling(text="IMSS", source="es2"),
                    mh.Spelling(text="el Seguro Social", source="es2", generic=True),
                    acronym="IMSS",
                ),
            ),
        )
        assert findings(data, ["MH306", "MH308"]) == []

    def test_an_acronym_spelt_out_as_another_name(self) -> None:
        data = mh.Dataset(
            sources=SOURCES,
            organisations=(
                organisation(
                    mh.Spelling(text="Instituto Mexicano de la Salud (IMSS)", source="es1"),
                    mh.Spelling(text="Instituto Mexicano del Seguro Social", source="es2"),
                    acronym="IMSS",
                ),
            ),
        )
        (finding,) = findings(data, ["MH306", "MH308"])
        assert finding.code == "MH308"
        assert finding.ids == ("o1", "es1")
        assert "'Instituto Mexicano del Seguro Social' (es2)" in finding.message

    def test_an_expansion_with_nothing_to_compare_passes(self) -> None:
        data = mh.Dataset(
            sources=SOURCES,
            organisations=(
                organisation(
                    mh.Spelling(text="Instituto Mexicano de la Salud (IMSS)", source="es1"),
                    acronym="IMSS",
                ),
            ),
        )
        assert findings(data, "MH308") == []


class TestDuplicateProgramme:
    @staticmethod
    def twin(id: str, src: str, period: str, **fields: object) -> mh.Programme:
        values: dict[str, object] = {
            "title": "Semana Binacional de Salud",
            "countries": ("MX", "US"),
            "dates": (date(period, src=src),),
        }
        values.update(fields)
        return programme(id, **values)

    def test_two_sources_two_ids(self) -> None:
        data = mh.Dataset(
            programmes=(
                self.twin("a", "s1", "2006-10-09/2006-10-13"),
                self.twin("b", "s2", "2006-10-07/2006-10-15", title="semana binacional de salud"),
            )
        )
        (finding,) = findings(data, "MH307")
        assert finding.ids == ("a", "b")
        assert "recorded once per source" in finding.message

    @pytest.mark.parametrize(
        "changes",
        [
            {"period": "2007-10-07/2007-10-15"},
            {"src": "s1"},
            {"countries": ("MX",)},
            {"kind": mh.ProgrammeKind.DIPLOMA},
            {"title": "Sexta Semana Binacional de Salud"},
        ],
    )
    def test_what_tells_programmes_apart(self, changes: dict[str, object]) -> None:
        period = str(changes.pop("period", "2006-10-07/2006-10-15"))
        src = str(changes.pop("src", "s2"))
        data = mh.Dataset(
            programmes=(
                self.twin("a", "s1", "2006-10-09/2006-10-13"),
                self.twin("b", src, period, **changes),
            )
        )
        assert findings(data, "MH307") == []

    def test_an_acronym_in_the_title(self) -> None:
        data = mh.Dataset(
            programmes=(
                self.twin("a", "s1", "2006-10-09/2006-10-13", title="Binational Health Week (SBS)"),
                self.twin(
                    "b", "s2", "2006-10-09/2006-10-13", title="Semana Binacional de Salud (SBS)"
                ),
            )
        )
        (finding,) = findings(data, "MH307")
        assert "the same acronym" in finding.message

    def test_programmes_without_a_period_are_not_compared(self) -> None:
        undated = [
            programme(
                id,
                title="Semana Binacional de Salud",
                citations=(mh.Citation(source=src, quote="x"),),
            )
            for id, src in (("a", "s1"), ("b", "s2"))
        ]
        assert findings(mh.Dataset(programmes=tuple(undated)), "MH307") == []

    def test_a_word_in_parentheses_is_not_an_acronym(self) -> None:
        data = mh.Dataset(
            programmes=(
                self.twin("a", "s1", "2017/2017", title="Programme 39: primary care (diploma)"),
                self.twin(
                    "b", "s2", "2017/2017", title="Programme 364: intercultural care (diploma)"
                ),
            )
        )
        assert findings(data, "MH307") == []


# --- properties ------------------------------------------------------------------------------

RELATIVE = [
    ("last Friday", "en"),
    ("el viernes pasado", "es"),
    ("la semana pasada", "es"),
    ("la semaine dernière", "fr"),
    ("el año pasado", "es"),
    ("no ano passado", "pt"),
    ("le mois dernier", "fr"),
    ("yesterday", "en"),
]


def resolved(phrase: str, published: dt.date) -> tuple[dt.date, dt.date]:
    """The days a relative phrase stands for, worked out here, apart from the reader."""
    if phrase in ("last Friday", "el viernes pasado"):
        friday = published - dt.timedelta(days=(published.weekday() - 4 - 1) % 7 + 1)
        return friday, friday
    if phrase in ("la semana pasada", "la semaine dernière"):
        monday = published - dt.timedelta(days=published.weekday() + 7)
        return monday, monday + dt.timedelta(days=6)
    if phrase in ("el año pasado", "no ano passado"):
        return dt.date(published.year - 1, 1, 1), dt.date(published.year - 1, 12, 31)
    if phrase == "le mois dernier":
        last = published.replace(day=1) - dt.timedelta(days=1)
        return last.replace(day=1), last
    day = published - dt.timedelta(days=1)
    return day, day


def iso(first: dt.date, last: dt.date) -> str:
    return f"{first.isoformat()}/{last.isoformat()}"


@st.composite
def consistent(draw: st.DrawFn) -> dict[str, object]:
    return {
        "inception": draw(st.integers(1990, 2010)),
        "rhythm": draw(st.sampled_from(list(mh.Rhythm))),
        "editions": draw(st.lists(st.integers(1, 8), min_size=1, max_size=3, unique=True)),
        "month": draw(st.integers(1, 12)),
        "week": draw(st.integers(1, 4)),
        "offset": draw(st.integers(0, 6)),
        "length": draw(st.integers(1, 7)),
        "published": draw(st.dates(dt.date(2011, 1, 1), dt.date(2030, 12, 31))),
        "relative": draw(st.sampled_from(RELATIVE)),
        "closing": draw(st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31))),
    }


def build(spec: dict[str, object], perturb: str | None = None, by: int = 0) -> mh.Dataset:
    inception = int(spec["inception"])  # type: ignore[call-overload]
    rhythm: mh.Rhythm = spec["rhythm"]  # type: ignore[assignment]
    month, week = int(spec["month"]), int(spec["week"])  # type: ignore[call-overload]
    first_day = 7 * week - 6 + int(spec["offset"])  # type: ignore[call-overload]
    first_day = min(first_day, 7 * week)
    last_day = min(first_day + int(spec["length"]) - 1, 7 * week)  # type: ignore[call-overload]
    stated_week = week + 2 if week <= 2 else week - 2
    stated_week = stated_week if perturb == "week" else week
    stated_inception = inception + by if perturb == "inception" else inception
    series = programme(
        "series",
        rhythm=rhythm,
        dates=(
            date(
                f"{stated_inception}/{stated_inception}", "since its inception", event="inception"
            ),
            date(
                f"--{month:02d}/--{month:02d}",
                "held in that week",
                event="recurrence",
                week=stated_week,
            ),
        ),
    )
    editions = []
    for index, number in enumerate(spec["editions"]):  # type: ignore[attr-defined]
        year = inception + (number - 1) * rhythm.years
        if perturb == "edition" and index == 0:
            year += by
        period = f"{year}-{month:02d}-{first_day:02d}/{year}-{month:02d}-{last_day:02d}"
        editions.append(
            programme(
                f"edition-{number}",
                edition=edition(number),
                dates=(date(period),),
                related=("series",),
            )
        )
    published: dt.date = spec["published"]  # type: ignore[assignment]
    phrase, language = spec["relative"]  # type: ignore[misc]
    first, last = resolved(phrase, published)
    if perturb == "relative":
        first, last = first - dt.timedelta(days=400), last - dt.timedelta(days=400)
    closing: dt.date = spec["closing"]  # type: ignore[assignment]
    weekday = list(mh.Weekday)[(closing.weekday() + (by if perturb == "weekday" else 0)) % 7]
    other = programme(
        "meeting",
        title="A meeting",
        dates=(
            date(iso(first, last), phrase, "news", event="meeting", relative=phrase),
            date(iso(closing, closing), "closing", event="closing", weekday=weekday),
        ),
    )
    sources = (
        source("s1", published="2031-01-01"),
        source("news", published=published.isoformat(), language=language),
    )
    return mh.Dataset(sources=sources, programmes=(series, *editions, other))


def problems(dataset: mh.Dataset) -> list[str]:
    return [
        f.code for f in mh.validate(dataset, select=CODES) if f.severity is not mh.Severity.INFO
    ]


class TestProperties:
    @given(consistent())
    def test_a_consistent_dataset_has_no_finding(self, spec: dict[str, object]) -> None:
        assert problems(build(spec)) == []

    @given(
        consistent(),
        st.sampled_from(
            [
                ("weekday", "MH206"),
                ("week", "MH209"),
                ("relative", "MH210"),
                ("edition", "MH211"),
                ("inception", "MH211"),
            ]
        ),
        st.integers(1, 3),
    )
    def test_one_perturbed_fact_gives_exactly_its_finding(
        self, spec: dict[str, object], perturbation: tuple[str, str], by: int
    ) -> None:
        what, code = perturbation
        by = -by if what == "edition" and by % 2 else by
        assert problems(build(spec, what, by)) == [code]

    @given(st.sampled_from(RELATIVE), st.dates(dt.date(2001, 1, 1), dt.date(2030, 12, 31)))
    def test_the_reader_agrees_with_the_days_worked_out_here(
        self, relative: tuple[str, str], published: dt.date
    ) -> None:
        phrase, language = relative
        period = read_period(phrase, language=language, anchor=published).period
        assert (period.earliest(), period.latest()) == resolved(phrase, published)


# --- the model and the readers ---------------------------------------------------------------


class TestModel:
    def test_rhythms_count_years(self) -> None:
        assert [r.years for r in mh.Rhythm] == [1, 2, 3]

    def test_a_spelling_names_its_language_and_may_be_generic(self) -> None:
        spelling = mh.Spelling(
            text="los Consulados mexicanos", source="r03", language="es", generic=True
        )
        assert mh.loads(
            mh.dumps(mh.Dataset(organisations=(organisation(spelling),)))
        ).organisations[0].spellings == (spelling,)
        translated = mh.Spelling(text="Secretaría de Salud", source="r03", translation=True)
        assert mh.loads(
            mh.dumps(mh.Dataset(organisations=(organisation(translated),)))
        ).organisations[0].spellings == (translated,)
        with pytest.raises(mh.InvalidValueError, match="translation"):
            mh.Spelling(text="x", source="s", translation=1)  # type: ignore[arg-type]
        with pytest.raises(mh.InvalidValueError, match="generic"):
            mh.Spelling(text="x", source="s", generic="yes")  # type: ignore[arg-type]
        with pytest.raises(mh.InvalidValueError, match="language"):
            mh.Spelling(text="x", source="s", language="Spanish!")

    @pytest.mark.parametrize(
        ("phrase", "language"),
        [
            ("last week", "en"),
            ("la semana pasada", "es"),
            ("la semaine dernière", "fr"),
            ("na semana passada", "pt"),
        ],
    )
    def test_last_week_is_the_monday_to_sunday_week_before(
        self, phrase: str, language: str
    ) -> None:
        reading = read_period(phrase, language=language, anchor=dt.date(2024, 5, 22))
        assert reading.period == Period("2024-05-13/2024-05-19")
        assert "Monday to Sunday" in (reading.inferred or "")

    def test_last_week_needs_a_day(self) -> None:
        with pytest.raises(mh.DateParseError, match="anchor"):
            read_period("last week", language="en", anchor=mh.PartialDate(year=2024, month=5))


class TestAcrossSources:
    def test_two_edition_numbers_for_one_programme_are_a_conflict(self) -> None:
        # MH101 compares the edition of one source with another's, as any figure.
        week = programme(
            edition=edition(6, "s1"),
            figures=(edition(7, "s2"),),
            dates=(date("2006-10-09/2006-10-13"),),
        )
        data = mh.Dataset(sources=(source("s1"), source("s2", language="es")), programmes=(week,))
        (finding,) = findings(data, "MH101")
        assert [e.citation.source for e in finding.evidence if e.citation] == ["s1", "s2"]

    def test_an_event_outside_another_sources_period(self) -> None:
        week = programme(
            dates=(
                date("2006-10-09/2006-10-13", src="s1"),
                date(
                    "2006-10-07/2006-10-07",
                    "se inauguró el 7 de octubre",
                    src="s2",
                    event="inauguration",
                ),
            )
        )
        (finding,) = findings(mh.Dataset(programmes=(week,)), "MH207")
        assert "by s2 ('se inauguró el 7 de octubre')" in finding.message
        assert "by s1 ('a quote')" in finding.message


class TestNeverCrashes:
    @given(
        st.dates(),
        st.integers(1, 5),
        st.text(st.characters(categories=("L", "N", "Zs", "P")), min_size=1, max_size=20)
        .map(str.strip)
        .filter(bool),
        st.dates(),
    )
    def test_any_week_any_phrase_any_publication(
        self, day: dt.date, week: int, phrase: str, published: dt.date
    ) -> None:
        facts = (
            mh.DateFact(period=Period(iso(day, day)), week=week),
            mh.DateFact(
                period=Period(iso(day, day)),
                event="meeting",
                relative=phrase,
                citation=mh.Citation(source="s1", quote=phrase),
            ),
            date(f"--{day.month:02d}/--{day.month:02d}", event="recurrence", week=week),
        )
        dataset = mh.Dataset(
            sources=(source(published=published.isoformat()),),
            programmes=(programme(dates=facts),),
        )
        for finding in mh.validate(dataset, select=CODES):
            assert finding.code in CODES
