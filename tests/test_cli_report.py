"""``migrationhealth report`` on the built-in dataset: everything shown, fitted to the page.

The report names every programme, source and figure of the 13 reports in each format;
its text fits the terminal's width without splitting an id; its headline totals add only
figures that may be added; its numbers, ordinals and unit words read as a person writes
them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import doctest
import importlib
import io
import json
import os
import re
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

import migrationhealth as mh
from migrationhealth._inflection import ordinal, plural, singular
from migrationhealth._wrap import DEFAULT_WIDTH, MIN_WIDTH, output_width, wrap
from migrationhealth.aggregation import headlines, rate_per_period, total
from migrationhealth.aggregation.display import show_exact
from migrationhealth.aggregation.headlines import HEADLINE_MEASURES as HEADLINE_LABELS
from migrationhealth.aggregation.units import unit_kind
from migrationhealth.cli import main
from migrationhealth.cli.report import FORMATS, render
from migrationhealth.dates import PartialDate, Period

from . import strategies as st

WIDTHS = (60, 80, 100, 160)


def run(*argv: str) -> tuple[int, str, str]:
    """Run the command line in this process: exit status, stdout, stderr."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(list(argv))
    return status, out.getvalue(), err.getvalue()


def words(text: str) -> set[str]:
    """The words of ``text``, without the punctuation that may follow or wrap them."""
    return {word.strip(",;:.()“”'\"") for word in text.split()}


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def corpus() -> mh.Dataset:
    return mh.corpus()


def all_ids(dataset: mh.Dataset) -> list[str]:
    return [
        *(p.id for p in dataset.programmes),
        *(s.id for s in dataset.sources),
        *(located.figure.id for located in dataset.figures()),
    ]


@pytest.fixture(scope="module", params=WIDTHS)
def text_at(request: pytest.FixtureRequest) -> tuple[int, str]:
    width: int = request.param
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("COLUMNS", str(width))
        status, out, err = run("report")
    assert (status, err) == (0, "")
    return width, out


# --- the built-in dataset is the 13 reports -------------------------------------------------


def test_the_default_dataset_is_the_13_reports(corpus: mh.Dataset) -> None:
    status, out, _ = run("report", "--format", "json")
    assert status == 0
    document = json.loads(out)
    assert document["dataset"]["path"] is None
    assert document["dataset"]["sources"] == len(corpus.sources) == 13
    assert [p["id"] for p in document["programmes"]] == [p.id for p in corpus.programmes]


# --- everything is shown ----------------------------------------------------------------------


@pytest.mark.parametrize("form", FORMATS)
def test_every_format_names_every_programme_source_and_figure(
    corpus: mh.Dataset, form: str
) -> None:
    shown = words(render(corpus, form, width=60))
    missing = [identifier for identifier in all_ids(corpus) if identifier not in shown]
    assert missing == []


def test_the_header_counts_what_is_shown(corpus: mh.Dataset) -> None:
    document = json.loads(render(corpus, "json"))
    figures = [f for p in document["programmes"] for f in p["figures"]]
    figures += [f for o in document["organisations"] for f in o["figures"]]
    assert len(figures) == document["dataset"]["figures"] == sum(1 for _ in corpus.figures())
    assert len({f["path"] for f in figures}) == len(figures)
    assert len(document["sources"]) == document["dataset"]["sources"]
    assert len(document["organisations"]) == document["dataset"]["organisations"]


def test_the_figures_of_an_organisation_are_shown(corpus: mh.Dataset) -> None:
    text = flat(render(corpus, "text"))
    assert "175 member states" in text
    assert "171 countries" in text
    assert "iom-since-1951-who-we-are" in text
    document = json.loads(render(corpus, "json"))
    iom = next(o for o in document["organisations"] if o["id"] == "iom")
    assert {f["id"]: f["shown"] for f in iom["figures"]}["iom-since-1951-our-work"] == "1951"
    assert "2030-agenda" in iom["partner_of"]


def test_places_speakers_and_descriptions_are_in_every_format(corpus: mh.Dataset) -> None:
    document = json.loads(render(corpus, "json"))
    figures = {f["id"]: f for p in document["programmes"] for f in p["figures"]}
    assert "Antofagasta" in figures["iom-chile-trained"]["places"]
    assert figures["diploma-applicants"]["speaker"] == {
        "label": "Nenetzén Saavedra Lara",
        "position": "Deputy Director of Academic Development and Extension",
    }
    diploma = document["programmes"][0]
    assert diploma["description"].startswith("A binational training programme")
    for form in ("text", "markdown"):
        shown = flat(render(corpus, form))
        assert "in Arica; Iquique; Antofagasta; Metropolitan area of Santiago" in shown
        assert "(Nenetzén Saavedra Lara, Deputy Director of Academic Development" in shown
        assert "A binational training programme for professionals" in shown
        assert "Binational: it belongs to neither country alone." in shown
    organisations = {o["id"]: o for o in document["organisations"]}
    assert organisations["mx-cl-joint-cooperation-fund"]["notes"] == (
        "Binational: it belongs to neither country alone."
    )


def test_sources_say_how_a_date_was_inferred(corpus: mh.Dataset) -> None:
    inferred = [s for s in corpus.sources if s.published_inferred]
    assert inferred
    text = flat(render(corpus, "text"))
    markdown = flat(render(corpus, "markdown"))
    for source in inferred:
        assert f"(inferred: {flat(source.published_inferred or '')})" in text
        assert f"(inferred: {flat(source.published_inferred or '')})" in markdown
    document = json.loads(render(corpus, "json"))
    by_id = {s["id"]: s for s in document["sources"]}
    for source in corpus.sources:
        shown = by_id[source.id]
        assert shown["title"] == source.title
        assert shown["language"] == source.language
        assert shown["url"] == source.url
        assert shown["published_inferred"] == source.published_inferred


def test_organisations_show_their_acronym_kind_country_and_programmes(
    corpus: mh.Dataset,
) -> None:
    text = flat(render(corpus, "text", width=100))
    assert (
        "- mx-insp Name: National Public Health Institute Acronym: INSP "
        "Kind: public_health_institute Country: Mexico (MX) "
        "Partner of: mx-cl-migration-health-diploma"
    ) in text


# --- the page's width ----------------------------------------------------------------------


def test_each_line_fits_the_width(text_at: tuple[int, str]) -> None:
    width, text = text_at
    long = [line for line in text.splitlines() if len(line) > width]
    # Only a word longer than the page (an address, a path, a quoted slug) overflows it,
    # alone on its line.
    assert all(len(line.split()) == 1 for line in long), long
    assert len(long) < 20


def test_no_id_is_split(text_at: tuple[int, str], corpus: mh.Dataset) -> None:
    _, text = text_at
    shown = words(text)
    assert [i for i in all_ids(corpus) if i not in shown] == []
    # No line ends in the middle of an id: a line's last word is never the start of one.
    starts = {i[: n + 1] for i in all_ids(corpus) for n in range(len(i) - 1)}
    for line in text.splitlines():
        last = line.split()[-1] if line.split() else ""
        assert last not in starts or last in shown


def test_the_width_is_columns_else_100_when_not_a_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "72")
    assert output_width() == 72
    monkeypatch.delenv("COLUMNS")
    assert output_width() == DEFAULT_WIDTH  # standard output is captured here
    monkeypatch.setenv("COLUMNS", "wide")
    assert output_width() == DEFAULT_WIDTH


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_width_of_a_terminal_is_its_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr("sys.stdout", _Terminal())
    monkeypatch.setattr(
        "shutil.get_terminal_size", lambda fallback=(0, 0): os.terminal_size((123, 40))
    )
    assert output_width() == 123
    monkeypatch.setenv("COLUMNS", "3")
    assert output_width() == MIN_WIDTH  # narrower than anything can be laid out in


def test_a_report_on_a_terminal_fits_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    terminal = _Terminal()
    monkeypatch.setattr("sys.stdout", terminal)
    monkeypatch.setattr(
        "shutil.get_terminal_size", lambda fallback=(0, 0): os.terminal_size((70, 40))
    )
    assert main(["report", "-q"]) == 0
    lines = terminal.getvalue().splitlines()
    assert all(len(line) <= 70 or len(line.split()) == 1 for line in lines)
    assert max(len(line) for line in lines if len(line.split()) > 1) > 60


def test_a_report_written_to_a_file_fits_100_columns_whatever_the_terminal(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.setattr("sys.stdout", _Terminal())
    monkeypatch.setattr(
        "shutil.get_terminal_size", lambda fallback=(0, 0): os.terminal_size((70, 40))
    )
    target = tmp_path / "report.txt"
    assert main(["report", "-q", "-o", str(target)]) == 0
    assert target.read_text(encoding="utf-8") == render(mh.corpus(), "text", width=DEFAULT_WIDTH)


SPACE_FREE = hs.text(alphabet="abcdefghij-,.0123456789", min_size=1, max_size=30)


@settings(max_examples=60)
@given(
    tokens=hs.lists(SPACE_FREE, max_size=25),
    width=hs.integers(min_value=20, max_value=120),
    indent=hs.sampled_from(["", "  ", "Label: "]),
)
def test_wrap_breaks_only_between_words(tokens: list[str], width: int, indent: str) -> None:
    text = " ".join(tokens)
    hang = " " * 4
    lines = wrap(text, width, indent=indent, hang=hang)
    for number, line in enumerate(lines):
        body = line[len(indent) :] if number == 0 else line[len(hang) :]
        # A line longer than the width holds one word, longer than the room it has.
        if len(line) > width:
            assert len(body.split()) == 1
            assert len(body) > width - len(hang)
    body_words = [w for line in lines for w in line.split()]
    if indent.strip():
        body_words.remove(indent.strip())
    # Every word whole and in order: the text is given back.
    assert body_words == text.split()


def test_wrap_keeps_a_number_written_in_groups_whole() -> None:
    lines = wrap("atendió a un total de 1 017 450 personas migrantes", 25)
    assert "de 1 017 450" in lines[0] or any(line.startswith("1 017 450") for line in lines)
    assert all("1 017" not in line or "1 017 450" in line for line in lines)


# --- validate wraps the same way --------------------------------------------------------------


@pytest.mark.parametrize("width", WIDTHS)
def test_validation_text_wraps_without_splitting_ids(corpus: mh.Dataset, width: int) -> None:
    report = mh.validate(corpus)
    text = report.to_text(width=width)
    assert all(len(line) <= width or len(line.split()) == 1 for line in text.splitlines())
    assert flat(text) == flat(report.to_text())
    shown = words(text)
    for finding in report:
        assert all(identifier in shown for identifier in finding.ids)


# --- honest headline totals -------------------------------------------------------------------


def test_people_served_of_2006_are_not_added_to_those_of_2022(corpus: mh.Dataset) -> None:
    served = [h for h in headlines(corpus) if h.label.startswith("People served")]
    assert served
    for headline in served:
        assert not (
            "bhw-2006-people-screened-mexico-count" in headline.figures
            and "health-windows-people-served-2022-2023" in headline.figures
        )
        assert (
            "bhw-uninsured-immigrants-benefited-past-years" not in headline.figures
            or len(headline.figures) == 1
        )
    labels = {h.label: h.value for h in served}
    assert labels["People served (service campaigns): 2 figures from 1 programme, 2006"] == (
        "284,349 people"
    )


HEADLINE_MEASURES = (mh.Measure.PEOPLE_SERVED, mh.Measure.TRAINED, mh.Measure.SERVICES)
UNITS = ("people", "personas", "services", "consultas", "doctors")
KINDS = (mh.ProgrammeKind.SERVICE_CAMPAIGN, mh.ProgrammeKind.COURSE, mh.ProgrammeKind.OTHER)


@hs.composite
def periods(draw: hs.DrawFn) -> Period | None:
    if draw(hs.booleans()):
        return None
    start = draw(hs.integers(min_value=2018, max_value=2024))
    end = start + draw(hs.integers(min_value=0, max_value=2))
    return Period(start=PartialDate(year=start), end=PartialDate(year=end))


@hs.composite
def headline_datasets(draw: hs.DrawFn) -> mh.Dataset:
    programmes = []
    for number in range(draw(hs.integers(min_value=1, max_value=4))):
        figures = tuple(
            mh.Figure(
                id=f"p{number}-f{index}",
                measure=draw(hs.sampled_from(HEADLINE_MEASURES)),
                quantity=mh.Quantity(
                    value=draw(hs.integers(min_value=1, max_value=1000)),
                    unit=draw(hs.sampled_from(UNITS)),
                ),
                period=draw(periods()),
            )
            for index in range(draw(hs.integers(min_value=1, max_value=4)))
        )
        statistics = tuple(
            mh.ServiceStatistic(id=f"p{number}-s{index}", figures=(figure,))
            for index, figure in enumerate(figures)
        )
        programmes.append(
            mh.Programme(
                id=f"p{number}",
                title=f"P{number}",
                kind=draw(hs.sampled_from(KINDS)),
                statistics=statistics,
            )
        )
    return mh.Dataset(programmes=tuple(programmes))


def _span(period: Period | None) -> tuple[dt.date, dt.date] | None:
    if period is None or period.start is None or period.end is None:
        return None
    return period.start.earliest(), period.end.latest()


@settings(max_examples=25, deadline=None)
@given(dataset=headline_datasets())
def test_a_headline_never_mixes_what_cannot_be_added(dataset: mh.Dataset) -> None:
    located = {f.figure.id: f for f in dataset.figures()}
    for headline in headlines(dataset):
        if not headline.figures or headline.label.startswith("Services a month"):
            continue
        figures = [located[i] for i in headline.figures]
        assert len({f.figure.measure for f in figures}) == 1
        assert len({unit_kind(f.figure.measure, f.figure.quantity.unit) for f in figures}) == 1
        assert len({f.programme.kind for f in figures if f.programme}) == 1
        assert set(headline.programmes) == {f.programme.id for f in figures if f.programme}
        spans = sorted(s for s in (_span(f.figure.period) for f in figures) if s is not None)
        if len(spans) < len(figures):
            # Undated figures are added only to undated figures of their own programme.
            assert spans == []
            assert len(headline.programmes) == 1
        # Dated figures form one chain of overlapping periods.
        end = spans[0][1] if spans else None
        for start, last in spans[1:]:
            assert end is not None
            assert start <= end
            end = max(end, last)
        count = len(headline.figures)
        assert f": {count} figure{'s' if count > 1 else ''} from " in headline.label


@settings(max_examples=10, deadline=None)
@given(dataset=st.datasets())
def test_no_headline_of_any_dataset_mixes_measures_units_or_programme_kinds(
    dataset: mh.Dataset,
) -> None:
    located: dict[str, list[mh.LocatedFigure]] = {}
    for found in dataset.figures():
        located.setdefault(found.figure.id, []).append(found)
    for headline in headlines(dataset):
        if not headline.figures or headline.label.startswith("Services a month"):
            continue
        # Ids may repeat in a dataset that has not been validated: any figure of an id.
        figures = [f for i in headline.figures for f in located[i]]
        measures = {f.figure.measure for f in figures}
        assert len({f.figure.measure for f in figures if len(located[f.figure.id]) == 1}) <= 1
        assert measures & {m for m, _ in HEADLINE_LABELS}
        kinds = {
            f.programme.kind for f in figures if f.programme and len(located[f.figure.id]) == 1
        }
        assert len(kinds) <= 1


@settings(max_examples=25, deadline=None)
@given(dataset=headline_datasets())
def test_headlines_together_count_each_figure_once(dataset: mh.Dataset) -> None:
    counted = [
        figure
        for h in headlines(dataset)
        if not h.label.startswith(("Services a month", "Partners"))
        for figure in h.figures
    ]
    assert len(counted) == len(set(counted))


# --- numbers, ordinals and unit words -------------------------------------------------------


def test_a_rate_of_exact_figures_is_shown_once_and_kept_exact() -> None:
    figure = mh.Figure(
        id="f",
        measure=mh.Measure.SERVICES,
        quantity=mh.Quantity(value=271_875, unit="services"),
        period=Period(
            start=PartialDate(year=2023, month=1, day=1),
            end=PartialDate(year=2023, month=1, day=19),
        ),
    )
    rate = rate_per_period(figure, per="day")
    assert rate.exact == Fraction(271_875, 19)
    assert str(rate).startswith("14,309.2 services per day (")
    assert rate.interval.low < rate.exact < rate.interval.high  # type: ignore[operator]


def test_a_headline_rate_is_rounded_once() -> None:
    statistic = mh.ServiceStatistic(
        id="s",
        figures=(
            mh.Figure(
                id="f",
                measure=mh.Measure.SERVICES,
                quantity=mh.Quantity(value=8_700_000, unit="services"),
                period=Period(
                    start=PartialDate(year=2021, month=1), end=PartialDate(year=2022, month=7)
                ),
            ),
        ),
    )
    dataset = mh.Dataset(
        programmes=(
            mh.Programme(id="p", title="P", kind=mh.ProgrammeKind.OTHER, statistics=(statistic,)),
        )
    )
    (rate,) = [h for h in headlines(dataset) if h.label.startswith("Services a month")]
    assert rate.exact == Fraction(8_700_000, 19)
    assert rate.value == "457,894.7 services per month"
    document = json.loads(render(dataset, "json"))
    shown = next(h for h in document["headlines"] if h["label"].startswith("Services a month"))
    assert (shown["shown"], shown["exact"]) == ("457,894.7 services per month", "8700000/19")


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (Fraction(271_875, 19), "14,309.2"),
        (Fraction(435_000), "435,000"),
        (Fraction(1, 300), "0.0033"),
        (Fraction(12, 5), "2.4"),
        (Fraction(1_999_999, 20), "100,000"),
    ],
)
def test_show_exact(value: Fraction, shown: str) -> None:
    assert show_exact(value) == shown


def test_ordinals_years_and_plans_read_as_written(corpus: mh.Dataset) -> None:
    document = json.loads(render(corpus, "json"))
    figures = {f["id"]: f for p in document["programmes"] for f in p["figures"]}
    assert figures["bhw-edition"]["shown"] == "22nd edition"
    assert figures["sv-certification-edition"]["shown"] == "2nd edition"
    assert figures["bhw-2006-edition-ime"]["shown"] == "6.ª edición"
    text = render(corpus, "text")
    assert "1,951 year" not in text
    assert "22 edition" not in text
    assert "exact; planned" not in text


@pytest.mark.parametrize(
    ("number", "language", "noun", "shown"),
    [
        (1, "en", None, "1st"),
        (2, "en", None, "2nd"),
        (3, "en", None, "3rd"),
        (11, "en", None, "11th"),
        (22, "en", None, "22nd"),
        (113, "en", None, "113th"),
        (6, "es", "edición", "6.ª"),
        (6, "es", "congreso", "6.º"),
        (3, "pt", "edição", "3.ª"),
        (1, "fr", "édition", "1er"),
        (2, "fr", "édition", "2e"),
    ],
)
def test_ordinal(number: int, language: str, noun: str | None, shown: str) -> None:
    assert ordinal(number, language, noun) == shown


@pytest.mark.parametrize(
    ("many", "one", "language"),
    [
        ("activities", "activity", "en"),
        ("countries", "country", "en"),
        ("people", "person", "en"),
        ("member states", "member state", "en"),
        ("services", "service", "en"),
        ("boxes", "box", "en"),
        ("entidades", "entidad", "es"),
        ("actividades", "actividad", "es"),
        ("médicos especialistas cubanos", "médico especialista cubano", "es"),
        ("ferias de salud", "feria de salud", "es"),
        ("clínicas móviles", "clínica móvil", "es"),
        ("acciones", "acción", "es"),
        ("municipios", "municipio", "es"),
        ("ações", "ação", "pt"),
        ("hospitais", "hospital", "pt"),
        ("atividades", "atividade", "pt"),
        ("hôpitaux", "hôpital", "fr"),
        ("médecins cubains", "médecin cubain", "fr"),
        ("Activités", "Activité", "fr"),
    ],
)
def test_unit_words_in_the_singular_and_plural(many: str, one: str, language: str) -> None:
    assert singular(many, language) == one
    assert plural(one, language) == many


@pytest.mark.parametrize(
    ("unit", "one"),
    [("activities", "activity"), ("entidades", "entidad"), ("countries", "country")],
)
def test_the_language_of_a_unit_is_found_when_not_given(unit: str, one: str) -> None:
    assert singular(unit) == one


def test_a_rate_per_head_names_the_unit_in_the_singular() -> None:
    from migrationhealth.aggregation import per_capita  # noqa: PLC0415

    services = mh.Quantity(value=1_000, unit="services")
    for unit, named in (("activities", "activity"), ("entidades", "entidad")):
        rate = per_capita(services, mh.Quantity(value=10, unit=unit))
        assert rate.unit == f"services per {named}"


def test_totals_are_unchanged_by_the_headline_groups(corpus: mh.Dataset) -> None:
    # Each headline adds a part of a measure's total; together they are all of it.
    for measure in HEADLINE_MEASURES:
        whole = total(corpus, measure=measure, policy="range")
        parts = [
            h
            for h in headlines(corpus)
            if h.figures
            and not h.label.startswith(("Services a month", "Partners"))
            and located_measure(corpus, h.figures[0]) is measure
        ]
        assert sorted(f for h in parts for f in h.figures) == sorted(
            ref.id for fact in whole.facts for ref in fact.figures
        )


def located_measure(dataset: mh.Dataset, figure: str) -> mh.Measure:
    return next(f.figure.measure for f in dataset.figures() if f.figure.id == figure)


def test_the_report_lists_the_headline_figures_in_its_notes(corpus: mh.Dataset) -> None:
    text = flat(render(corpus, "text"))
    assert re.search(r"figures: bhw-2006-people-screened-mexico-count, ", text)


@pytest.mark.parametrize(
    "module",
    [
        "migrationhealth._inflection",
        "migrationhealth._wrap",
        "migrationhealth.aggregation.display",
    ],
)
def test_the_examples_in_the_docstrings_hold(module: str) -> None:
    results = doctest.testmod(importlib.import_module(module))
    assert results.attempted > 0
    assert results.failed == 0


@settings(max_examples=50)
@given(
    numerator=hs.integers(min_value=0, max_value=10**12),
    denominator=hs.integers(min_value=1, max_value=10**6),
)
def test_a_quotient_of_exact_numbers_is_shown_once(numerator: int, denominator: int) -> None:
    from migrationhealth.aggregation import _numbers  # noqa: PLC0415
    from migrationhealth.aggregation.display import rounding_of_one, show_interval  # noqa: PLC0415
    from migrationhealth.interval import Interval  # noqa: PLC0415

    exact = Fraction(numerator, denominator)
    quotient = _numbers.divide(
        Interval.point(numerator), Fraction(denominator), Fraction(denominator), times=Fraction(1)
    )
    assert " to " not in show_interval(quotient)
    if quotient.low != quotient.high:  # a value with few digits is shown as it is
        assert show_interval(quotient) == show_exact(exact)
    one = rounding_of_one(quotient)
    assert one is None or quotient.low <= one <= quotient.high  # type: ignore[operator]


def test_a_real_interval_is_still_shown_as_one() -> None:
    from decimal import Decimal  # noqa: PLC0415

    from migrationhealth.aggregation.display import show_interval  # noqa: PLC0415
    from migrationhealth.interval import Interval  # noqa: PLC0415

    assert show_interval(Interval(low=Decimal("2.4"), high=Decimal("2.5"))) == "2.4 to 2.5"
    wide = Interval(low=Decimal("14309.2105263157"), high=Decimal("14309.2105263159"))
    assert show_interval(wide) == "14,309.2105263157 to 14,309.2105263159"


def test_a_percent_change_of_exact_figures_is_rounded_once() -> None:
    change = mh.arithmetic.percent_change(
        mh.Quantity(value=3, unit="people"), mh.Quantity(value=7, unit="people")
    )
    assert str(change).startswith("133.3 % (")
