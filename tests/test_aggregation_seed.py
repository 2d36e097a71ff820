"""The questions users ask, answered on the built-in dataset of the five seed reports."""

from __future__ import annotations

from decimal import Decimal

import pytest

import migrationhealth as mh
from migrationhealth.aggregation import Reason, headlines

M = mh.Measure


@pytest.fixture(scope="module")
def corpus() -> mh.Dataset:
    return mh.seed_corpus()


def reasons(result: mh.Total) -> dict[str, Reason]:
    return {exclusion.figure.id: exclusion.reason for exclusion in result.excluded}


class TestTrained:
    def test_iom_chile_trained_314_not_628(self, corpus: mh.Dataset) -> None:
        result = mh.total(corpus, measure="trained")
        assert result.interval == mh.Interval.point(314)
        assert [ref.quote for ref in result.figures] == [
            "IOM Chile recently trained 314 health sector officials"
        ]
        assert reasons(result) == {
            "iom-chile-trained-migration-and-health": Reason.IN_WHOLE,
            "iom-chile-trained-trafficking-in-persons": Reason.IN_WHOLE,
            "sv-certification-to-train": Reason.PLANNED,
        }

    def test_by_country_with_the_planned_certification(self, corpus: mh.Dataset) -> None:
        result = mh.aggregate(corpus, measure="trained", by="country", include_planned=True)
        assert {g.key: g.total.interval for g in result} == {
            "CL": mh.Interval.point(314),
            "SV": mh.Interval.point(50),
        }

    def test_by_year_the_iom_training_has_no_year(self, corpus: mh.Dataset) -> None:
        result = mh.aggregate(corpus, measure="trained", by="year", include_planned=True)
        assert {g.key: g.total.interval for g in result} == {
            "2019": mh.Interval.point(50),
            "(year unknown)": mh.Interval.point(314),
        }


class TestDiploma:
    def test_the_546_participants_are_counted_once(self, corpus: mh.Dataset) -> None:
        result = mh.total(corpus, measure="participants")
        assert result.interval == mh.Interval.point(546)
        assert {ref.id for ref in result.figures} == {
            "diploma-participants",
            "diploma-participants-summary",
        }
        assert len(result.facts) == 1
        assert reasons(result) == {"diploma-chilean-participants-count": Reason.IN_WHOLE}

    def test_participants_span_mexico_and_chile(self, corpus: mh.Dataset) -> None:
        result = mh.aggregate(corpus, measure="participants", by="country")
        assert result["CL+MX"].interval == mh.Interval.point(546)

    def test_564_of_800_applicants_selected_is_70_5_percent(self, corpus: mh.Dataset) -> None:
        selected = mh.total(corpus, measure="selected")
        applicants = mh.total(corpus, measure="applicants")
        result = mh.share(selected, applicants)
        assert result.interval == mh.Interval.point(Decimal("70.5"))


class TestHealthWindows:
    def test_services_a_month(self, corpus: mh.Dataset) -> None:
        services = mh.total(corpus, measure="services")
        assert services.interval == mh.Interval.point(8_700_000)
        assert len(services.figures) == 2  # the headline and the body say it twice
        rate = mh.rate_per_period(services, per="month")
        assert rate.interval == mh.Interval.point(435_000)
        assert rate.denominator == mh.Interval.point(20)

    def test_services_split_between_2021_and_2022(self, corpus: mh.Dataset) -> None:
        result = mh.aggregate(corpus, measure="services", by="year", split_years=True)
        assert {g.key: g.total.interval for g in result} == {
            "2021": mh.Interval.point(5_220_000),
            "2022": mh.Interval.point(3_480_000),
        }

    def test_the_weekly_average_is_left_out_and_the_hedge_kept(self, corpus: mh.Dataset) -> None:
        result = mh.total(corpus, measure="people_served")
        assert result.interval == mh.Interval(low=450_000, high=500_000)
        assert set(reasons(result).values()) == {Reason.RATE}


class TestDoctors:
    def test_hundreds_and_768_already_working_are_one_fact(self, corpus: mh.Dataset) -> None:
        result = mh.total(corpus, measure="health_workers")
        assert result.interval == mh.Interval.point(768)
        assert len(result.facts) == 1
        assert reasons(result)["cuban-doctors-to-hire-headline"] is Reason.PLANNED

    def test_the_density_is_a_rate_not_an_amount(self, corpus: mh.Dataset) -> None:
        result = mh.total(corpus, measure="health_worker_density")
        assert result.interval == mh.Interval.point(0)
        assert reasons(result)["mx-doctors-per-1000-inhabitants"] is Reason.RATE

    def test_doctors_cannot_be_added_to_people(self, corpus: mh.Dataset) -> None:
        doctors = [f for f in corpus.figures() if f.figure.measure is M.HEALTH_WORKERS]
        people = [f for f in corpus.figures() if f.figure.measure is M.PARTICIPANTS]
        with pytest.raises(mh.UnitError, match="health_workers"):
            mh.total([*doctors, *people])


class TestPartners:
    def test_iom_and_the_mexican_secretariat_take_part_in_most_programmes(
        self, corpus: mh.Dataset
    ) -> None:
        counts = mh.count_programmes(corpus)
        top = [(c.key, c.count) for c in counts.counts[:2]]
        assert top == [("iom", 3), ("mx-secretariat-of-health", 3)]
        assert "iom-chile-health-officials-training" in counts["iom"].programmes


def test_every_measure_aggregates_without_a_conflict(corpus: mh.Dataset) -> None:
    result = mh.aggregate(corpus, measure=None, by="measure")
    assert all(group.total.conflicts == () for group in result)
    # Two target populations (12 million migrants, 4 million uninsured) may overlap.
    assert [key for key, _ in result.refused] == ["target_population"]


class TestHeadlines:
    def test_the_headlines_of_the_seed_reports(self, corpus: mh.Dataset) -> None:
        shown = {h.label: h.value for h in headlines(corpus)}
        assert shown == {
            "People trained (workshop series): 1 figure from 1 programme, period not stated": (
                "314 people"
            ),
            "Participants (diplomas): 2 figures from 1 programme, 2025": "546 people",
            # The governor's "almost half a million" of past years is not a campaign total:
            # its label says it is one undated figure.
            "People served (service campaigns): 1 figure from 1 programme, period not stated": (
                "450,000 to 500,000 people"
            ),
            "Services given (service point networks): 2 figures from 1 programme, "
            "2021-2022": "8,700,000 services",
            "Health workers (workforce agreements): 2 figures from 1 programme, period not "
            "stated": "768 doctors",
            "Services a month, health-windows-services-2021-2022": "435,000 services per month",
            "Partners in most programmes": "3 programmes each",
        }

    def test_a_headline_says_what_it_left_out(self, corpus: mh.Dataset) -> None:
        (trained,) = [h for h in headlines(corpus) if h.label.startswith("People trained")]
        assert trained.figures == ("iom-chile-trained",)
        assert trained.programmes == ("iom-chile-health-officials-training",)
        assert trained.note == "2 left out (in_whole)"

    def test_services_in_different_words_add_up(self) -> None:
        figures = tuple(
            mh.Figure(
                id=f"f{i}",
                measure=M.SERVICES,
                quantity=mh.Quantity(value=10, unit=unit),
            )
            for i, unit in enumerate(("services", "servicios preventivos"))
        )
        statistics = tuple(
            mh.ServiceStatistic(id=f"s{i}", figures=(figure,)) for i, figure in enumerate(figures)
        )
        data = mh.Dataset().add(
            mh.Programme(id="p", title="P", kind=mh.ProgrammeKind.OTHER, statistics=statistics)
        )
        (services,) = [h for h in headlines(data) if h.label.startswith("Services given")]
        assert services.value == "20 services"
        assert (
            services.label
            == "Services given (other programmes): 2 figures from 1 programme, period not stated"
        )
