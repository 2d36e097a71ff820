"""Pictures: what each one holds, checked through its artists, never its pixels.

The pictures of docs/pictures.md are written here, so the page never shows stale ones.
"""

from __future__ import annotations

import sys
from pathlib import Path

import attrs
import pytest

import migrationhealth as mh
from migrationhealth.aggregation import MissingDependencyError

matplotlib = pytest.importorskip("matplotlib", reason="the plot extra (matplotlib) is missing")
matplotlib.use("Agg")

IMAGES = Path(__file__).resolve().parent.parent / "docs" / "images"
DIPLOMA = "mx-cl-migration-health-diploma-cohort"
WEEK = "binational-health-week-2006"


def gids(figure: object, prefix: str) -> list[str]:
    axes = figure.axes[0]  # type: ignore[attr-defined]
    found = [artist.get_gid() for artist in axes.get_children()]
    return sorted(gid for gid in found if isinstance(gid, str) and gid.startswith(prefix))


def save(figure: object, name: str) -> None:
    IMAGES.mkdir(exist_ok=True)
    figure.savefig(IMAGES / name, dpi=80)  # type: ignore[attr-defined]


class TestFigures:
    def test_the_diploma_a_row_a_figure_and_the_conflict_marked(self) -> None:
        figure = mh.plot.figures(mh.seed_corpus(), subject=DIPLOMA)
        save(figure, "figures-diploma.png")
        assert gids(figure, "point:") == [
            "point:diploma-applicants",
            "point:diploma-participants",
            "point:diploma-participants-summary",
            "point:diploma-selected",
        ]
        assert gids(figure, "conflict:") == [
            "conflict:MH101:diploma-participants",
            "conflict:MH101:diploma-selected",
        ]
        labels = [tick.get_text() for tick in figure.axes[0].get_yticklabels()]
        assert labels[1].startswith("diploma-selected: “recalled that the diploma")

    def test_a_hedge_is_a_bar_and_an_average_a_point(self) -> None:
        figure = mh.plot.figures(mh.seed_corpus(), measure="people_served")
        save(figure, "figures-people-served.png")
        assert "bar:bhw-uninsured-immigrants-benefited-past-years" in gids(figure, "bar:")
        assert "point:bhw-people-served-average" in gids(figure, "point:")

    def test_rows_are_coloured_by_source_and_deprecated_ones_faded(self) -> None:
        corpus = mh.seed_corpus()
        cohort = corpus.programme("mx-cl-migration-health-diploma").cohorts[0]
        figures = tuple(
            attrs.evolve(f, rank=mh.Rank.DEPRECATED, reason="a transposition of 546")
            if f.id == "diploma-selected"
            else f
            for f in cohort.figures
        )
        programme = attrs.evolve(
            corpus.programme("mx-cl-migration-health-diploma"),
            cohorts=(attrs.evolve(cohort, figures=figures),),
        )
        other = mh.Source(id="other", title="Another report")
        moved = attrs.evolve(figures[0], citation=attrs.evolve(figures[0].citation, source="other"))
        programme = attrs.evolve(
            programme, cohorts=(attrs.evolve(cohort, figures=(moved, *figures[1:])),)
        )
        dataset = mh.Dataset(sources=(*corpus.sources, other), programmes=(programme,))
        figure = mh.plot.figures(dataset, subject=DIPLOMA)
        axes = figure.axes[0]
        points = {
            line.get_gid(): line for line in axes.get_lines() if str(line.get_gid()).startswith("p")
        }
        assert points["point:diploma-selected"].get_alpha() == pytest.approx(0.35)
        assert points["point:diploma-participants"].get_alpha() == pytest.approx(1.0)
        colours = {gid: line.get_color() for gid, line in points.items()}
        assert colours["point:diploma-applicants"] != colours["point:diploma-participants"]
        labels = [tick.get_text() for tick in axes.get_yticklabels()]
        assert any("(deprecated: a transposition of 546)" in label for label in labels)

    def test_an_open_end_is_an_arrow(self) -> None:
        figure = mh.plot.figures(mh.seed_corpus(), measure="duration")
        assert gids(figure, "open:") == ["open:health-strategy-duration"]


class TestTimeline:
    def test_two_sources_dates_of_one_week_as_bands(self) -> None:
        figure = mh.plot.timeline(mh.corpus(), programme=WEEK)
        save(figure, "timeline-binational-health-week-2006.png")
        periods = gids(figure, "period:")
        events = gids(figure, "event:")
        assert len(periods) == 2
        assert {gid.split(":")[1] for gid in events} >= {"inauguration", "closing"}
        axes = figure.axes[0]
        widths = sorted(
            round(collection.get_paths()[0].get_extents().width)
            for collection in axes.collections
            if str(collection.get_gid()).startswith("period:")
        )
        assert widths == [5, 9]  # 9 to 13 October, and 7 to 15 October: whole days

    def test_a_date_without_its_year_is_refused_with_the_reason(self) -> None:
        with pytest.raises(mh.plot.PlotError, match="has no year"):
            mh.plot.timeline(mh.seed_corpus(), programme="iom-chile-health-officials-training")

    def test_a_programme_must_be_named_when_several_have_dates(self) -> None:
        with pytest.raises(mh.plot.PlotError, match="name the programme"):
            mh.plot.timeline(mh.seed_corpus())


class TestTotals:
    def test_groups_with_bounds_and_provenance(self) -> None:
        aggregation = mh.aggregate(
            mh.seed_corpus(), measure="trained", by="country", include_planned=True
        )
        figure = mh.plot.totals(aggregation)
        save(figure, "totals-trained-by-country.png")
        labels = [tick.get_text() for tick in figure.axes[0].get_yticklabels()]
        assert len(labels) == len(aggregation.groups)
        assert all("figures," in label and "programmes" in label for label in labels)


class TestBadInput:
    def test_an_empty_dataset(self) -> None:
        with pytest.raises(mh.plot.PlotError, match="no figures"):
            mh.plot.figures(mh.Dataset())

    def test_a_subject_with_no_figures(self) -> None:
        with pytest.raises(mh.plot.PlotError, match="no figures about 'nothing'"):
            mh.plot.figures(mh.seed_corpus(), subject="nothing")

    def test_a_measure_that_is_not_there(self) -> None:
        with pytest.raises(mh.plot.PlotError, match="no figures of 'vaccinations'"):
            mh.plot.figures(mh.seed_corpus(), measure="vaccinations")

    def test_matplotlib_missing(self, monkeypatch: pytest.MonkeyPatch) -> None:
        monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
        with pytest.raises(MissingDependencyError, match=r"migrationhealth\[plot\]"):
            mh.plot.figures(mh.seed_corpus(), subject=DIPLOMA)


def test_a_report_in_a_notebook_shows_the_conflicts_picture() -> None:
    html = mh.validate(mh.seed_corpus())._repr_html_()
    assert html.count('<img alt="MH101') == 1
    assert "data:image/png;base64," in html
