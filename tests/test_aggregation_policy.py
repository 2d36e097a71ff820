"""Conflicts: figures about one thing that cannot all be true, and the policies for them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as hs

import migrationhealth as mh
from migrationhealth.aggregation import ConflictError, Policy, Reason, total

from .test_aggregation import fig, programme

M = mh.Measure
Q = mh.Qualifier


def about_one_cohort(*figures: mh.Figure) -> mh.Dataset:
    """Figures about the same cohort, from two sources published a year apart."""
    sources = (
        mh.Source(id="old", title="Old report", published=mh.PartialDate(year=2024, month=5)),
        mh.Source(id="new", title="New report", published=mh.PartialDate(year=2025, month=1)),
    )
    cohort = mh.Cohort(id="c", figures=figures)
    return mh.Dataset().add(*sources, programme("p", cohorts=(cohort,)))


def conflicting() -> mh.Dataset:
    return about_one_cohort(
        fig("low", 546, source="old", quote="546 people participated"),
        fig("high", 564, source="new", quote="564 people participated"),
    )


class TestStrict:
    def test_strict_raises_naming_the_conflicting_figures(self) -> None:
        with pytest.raises(ConflictError) as caught:
            total(conflicting(), measure=M.PARTICIPANTS)
        message = str(caught.value)
        assert "'low'" in message
        assert "'high'" in message
        assert "546 people participated" in message
        (conflict,) = caught.value.conflicts
        assert [ref.id for ref in conflict.figures] == ["high", "low"]
        assert not conflict.resolved

    def test_strict_is_the_default(self) -> None:
        with pytest.raises(ConflictError, match="policy is 'strict'"):
            total(conflicting())

    def test_every_conflict_is_reported_at_once(self) -> None:
        a = about_one_cohort(fig("a1", 1), fig("a2", 2)).programmes[0]
        b = programme("q", cohorts=(mh.Cohort(id="d", figures=(fig("b1", 3), fig("b2", 4))),))
        with pytest.raises(ConflictError) as caught:
            total(mh.Dataset().add(a, b))
        assert [c.subject for c in caught.value.conflicts] == ["c", "d"]

    def test_agreeing_hedged_mentions_are_one_fact_not_a_conflict(self) -> None:
        data = about_one_cohort(fig("almost", 500_000, qualifier=Q.ALMOST), fig("exact", 480_000))
        result = total(data)
        assert result.interval == mh.Interval.point(480_000)
        assert result.conflicts == ()


class TestPolicies:
    def test_range_spans_the_conflicting_figures(self) -> None:
        result = total(conflicting(), policy="range")
        assert result.interval == mh.Interval(low=546, high=564)
        (conflict,) = result.conflicts
        assert conflict.policy is Policy.RANGE
        assert set(conflict.chosen) == {"low", "high"}
        assert {ref.id for ref in result.figures} == {"low", "high"}

    def test_low_picks_the_lowest_and_says_what_it_left_out(self) -> None:
        result = total(conflicting(), policy="low")
        assert result.interval == mh.Interval.point(546)
        assert result.conflicts[0].chosen == ("low",)
        (exclusion,) = result.excluded
        assert exclusion.reason is Reason.CONFLICT
        assert exclusion.figure.id == "high"
        assert "policy 'low'" in exclusion.detail

    def test_high_picks_the_highest(self) -> None:
        result = total(conflicting(), policy=Policy.HIGH)
        assert result.interval == mh.Interval.point(564)
        assert result.conflicts[0].chosen == ("high",)

    @pytest.mark.parametrize("name", ["latest source", "latest_source", "latest-source"])
    def test_latest_source_picks_the_figure_published_last(self, name: str) -> None:
        result = total(conflicting(), policy=name)
        assert result.interval == mh.Interval.point(564)
        assert result.policy is Policy.LATEST_SOURCE
        assert "'new'" in result.conflicts[0].note

    def test_latest_source_cannot_choose_within_one_source(self) -> None:
        data = about_one_cohort(fig("a", 546, source="new"), fig("b", 564, source="new"))
        with pytest.raises(ConflictError, match="itself gives conflicting figures"):
            total(data, policy="latest source")

    def test_latest_source_cannot_choose_between_sources_of_the_same_month(self) -> None:
        sources = (
            mh.Source(id="x", title="X", published=mh.PartialDate(year=2025, month=11)),
            mh.Source(id="y", title="Y", published=mh.PartialDate(year=2025, month=11, day=14)),
        )
        cohort = mh.Cohort(id="c", figures=(fig("a", 1, source="x"), fig("b", 2, source="y")))
        data = mh.Dataset().add(*sources, programme("p", cohorts=(cohort,)))
        with pytest.raises(ConflictError, match="cannot be told apart by date"):
            total(data, policy="latest source")

    def test_latest_source_needs_dates(self) -> None:
        figures = list(about_one_cohort(fig("a", 1), fig("b", 2)).figures())
        with pytest.raises(ConflictError, match="needs the sources' dates"):
            total(figures, policy="latest source")
        undated = [mh.Source(id="s1", title="Undated")]
        with pytest.raises(ConflictError, match="date of source 's1' is unknown"):
            total(figures, policy="latest source", sources=undated)

    def test_a_policy_is_recorded_even_without_conflicts(self) -> None:
        assert total([fig("a", 1)], policy="high").policy is Policy.HIGH

    def test_unknown_policy_is_refused(self) -> None:
        with pytest.raises(mh.AggregationError, match="'newest'"):
            total([], policy="newest")

    def test_figures_in_three_clusters_pick_the_outer_ones(self) -> None:
        data = about_one_cohort(
            fig("a", 100, qualifier=Q.APPROXIMATE),  # 90 to 110
            fig("b", 105),
            fig("c", 200),
            fig("d", 300, qualifier=Q.AT_LEAST),
        )
        assert total(data, policy="low").interval == mh.Interval.point(105)
        assert total(data, policy="high").interval == mh.Interval(low=300)
        assert total(data, policy="range").interval == mh.Interval(low=90)


values = hs.lists(
    hs.tuples(
        hs.integers(0, 1000), hs.sampled_from([Q.EXACT, Q.APPROXIMATE, Q.AT_LEAST, Q.AT_MOST])
    ),
    min_size=1,
    max_size=6,
)


class TestPolicyLaws:
    @given(values)
    def test_every_policy_gives_an_interval_within_the_range(
        self, drawn: list[tuple[int, mh.Qualifier]]
    ) -> None:
        figures = [fig(f"f{i}", v, qualifier=q) for i, (v, q) in enumerate(drawn)]
        data = about_one_cohort(*figures)
        spanned = total(data, policy="range").interval
        for policy in ("low", "high"):
            chosen = total(data, policy=policy).interval
            assert spanned.low <= chosen.low
            assert spanned.high is None or (chosen.high is not None and chosen.high <= spanned.high)

    @given(values)
    def test_low_is_never_above_high(self, drawn: list[tuple[int, mh.Qualifier]]) -> None:
        data = about_one_cohort(*(fig(f"f{i}", v, qualifier=q) for i, (v, q) in enumerate(drawn)))
        assert total(data, policy="low").low <= total(data, policy="high").low

    @given(values)
    def test_strict_raises_exactly_when_no_value_fits_every_figure(
        self, drawn: list[tuple[int, mh.Qualifier]]
    ) -> None:
        figures = [fig(f"f{i}", v, qualifier=q) for i, (v, q) in enumerate(drawn)]
        lows = [f.quantity.interval.low for f in figures]
        highs = [f.quantity.interval.high for f in figures if f.quantity.interval.high is not None]
        agree = not highs or max(lows) <= min(highs)
        data = about_one_cohort(*figures)
        if agree:
            assert total(data).interval.contains(max(lows))
        else:
            with pytest.raises(ConflictError):
                total(data)
