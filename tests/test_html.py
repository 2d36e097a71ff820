"""How records show in notebooks (``_repr_html_``) and in a terminal (``repr``)."""

from __future__ import annotations

from html.parser import HTMLParser

import attrs
from hypothesis import given

import migrationhealth as mh
from migrationhealth import _html
from strategies import datasets, figures, quotes, texts

ALLOWED_TAGS = {"table", "caption", "thead", "tbody", "tr", "th", "td", "p", "div", "strong"}


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attributes: object) -> None:
        self.tags.append(tag)

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def parse(markup: str) -> _Collect:
    collector = _Collect()
    collector.feed(markup)
    collector.close()
    return collector


def a_figure(id: str, quote: str = "212 completed all six workshops") -> mh.Figure:
    return mh.Figure(
        id=id,
        measure=mh.Measure.COMPLETED,
        quantity=mh.parse_quantity("212 people"),
        citation=mh.Citation(source="release", quote=quote),
    )


def a_programme(title: str = "Primary Care Without Borders", **fields: object) -> mh.Programme:
    return mh.Programme(
        id="pcwb",
        title=title,
        kind=mh.ProgrammeKind.WORKSHOP_SERIES,
        **fields,  # type: ignore[arg-type]
    )


class TestDatasetHtml:
    def test_lists_each_programme_with_its_figure_count(self) -> None:
        cohort = mh.Cohort(id="c", figures=(a_figure("f1"), a_figure("f2")))
        dataset = mh.Dataset().add(a_programme(cohorts=(cohort,)))
        text = "".join(parse(dataset._repr_html_()).text)
        assert "Dataset: 0 sources, 0 organisations, 1 programme, 2 figures" in text
        assert "Primary Care Without Borders" in text
        assert "workshop_series" in text

    def test_escapes_markup_in_titles(self) -> None:
        dataset = mh.Dataset().add(a_programme(title="<script>alert(1)</script>"))
        markup = dataset._repr_html_()
        assert "<script>" not in markup
        assert "&lt;script&gt;" in markup

    def test_shows_at_most_max_rows_and_counts_the_rest(self) -> None:
        many = tuple(
            attrs.evolve(a_programme(), id=f"p{index}") for index in range(_html.MAX_ROWS + 7)
        )
        dataset = mh.Dataset(programmes=many)
        parsed = parse(dataset._repr_html_())
        assert parsed.tags.count("tr") == _html.MAX_ROWS + 1  # the header row, then the rows
        assert "… and 7 more rows not shown." in "".join(parsed.text)

    @given(datasets())
    def test_any_dataset_renders_as_tables_and_counts_its_figures(
        self, dataset: mh.Dataset
    ) -> None:
        count = len(list(dataset.figures()))
        assert _html.figure_count(dataset) == count
        assert repr(dataset).endswith(f"{count:,} figure{'' if count == 1 else 's'}>")
        assert set(parse(dataset._repr_html_()).tags) <= ALLOWED_TAGS


class TestProgrammeHtml:
    def test_shows_each_figure_with_its_quote_interval_and_place(self) -> None:
        breakdown = mh.Breakdown(
            id="by-occupation",
            dimension="occupation",
            total="f1",
            parts=(mh.BreakdownPart(category="nurses", figure=a_figure("f2", "131 nurses")),),
        )
        cohort = mh.Cohort(id="c", figures=(a_figure("f1"),), breakdowns=(breakdown,))
        programme = a_programme(cohorts=(cohort,), status=mh.Status.COMPLETED)
        text = parse(programme._repr_html_()).text
        assert "212 completed all six workshops" in text
        assert "131 nurses" in text
        assert "cohort c, occupation: nurses" in text
        assert "[212, 212]" in text
        assert "completed" in text

    def test_cuts_long_quotes(self) -> None:
        quote = "word " * 100
        programme = a_programme(figures=(a_figure("f1", quote.strip()),))
        (shown,) = [t for t in parse(programme._repr_html_()).text if t.startswith("word")]
        assert len(shown) <= 120
        assert shown.endswith("…")

    def test_marks_planned_figures(self) -> None:
        planned = attrs.evolve(a_figure("f1"), planned=True)
        text = parse(a_programme(figures=(planned,))._repr_html_()).text
        assert "212 people (planned)" in text

    @given(texts(), quotes(), texts())
    def test_any_text_is_shown_escaped(self, title: str, quote: str, category: str) -> None:
        breakdown = mh.Breakdown(
            id="b",
            dimension="d",
            total="f1",
            parts=(mh.BreakdownPart(category=category, figure=a_figure("f2", quote)),),
        )
        cohort = mh.Cohort(id="c", breakdowns=(breakdown,))
        parsed = parse(a_programme(title=title, cohorts=(cohort,))._repr_html_())
        assert set(parsed.tags) <= ALLOWED_TAGS
        text = "".join(parsed.text)
        assert title in text
        assert f"cohort c, d: {category}" in text


class TestRepr:
    def test_dataset_repr_stays_short_however_large(self) -> None:
        cohort = mh.Cohort(id="c", figures=tuple(a_figure(f"f{i}") for i in range(5000)))
        dataset = mh.Dataset().add(a_programme(cohorts=(cohort,)))
        assert repr(dataset) == "<Dataset: 0 sources, 0 organisations, 1 programme, 5,000 figures>"

    @given(figures())
    def test_located_figure_repr_shows_the_figure_and_path_not_the_programme(
        self, figure: mh.Figure
    ) -> None:
        programme = a_programme(figures=(figure,))
        located = mh.LocatedFigure(figure=figure, path="$.programmes[0]", programme=programme)
        assert repr(located) == f"LocatedFigure(figure={figure!r}, path='$.programmes[0]')"

    def test_dates_and_periods_show_their_iso_form(self) -> None:
        assert repr(mh.parse_period("between 17 April and 30 May")) == "Period('--04-17/--05-30')"
        assert repr(mh.parse_date("November 2019")) == "PartialDate('2019-11')"

    def test_figure_repr_names_every_field_by_keyword(self) -> None:
        text = repr(a_figure("f1"))
        assert text.startswith("Figure(id='f1', measure=<Measure.COMPLETED: 'completed'>,")
        assert "quantity=Quantity(value=212, unit='people'" in text
