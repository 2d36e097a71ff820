"""validate(), rules and their selection, findings, reports, and the built-in dataset."""

from __future__ import annotations

import json
from collections.abc import Iterator

import attrs
import pytest

import migrationhealth as mh
from migrationhealth.validation import (
    REPORT_VERSION,
    Context,
    Evidence,
    Finding,
    Registry,
    Report,
    Rule,
    RuleError,
    Severity,
    UnknownRuleError,
    builtin_rules,
    register_rule,
    registered_rules,
    rule,
    select_rules,
    unregister_rule,
    validate,
)

CITED = mh.Citation(source="s1", quote="546 people participated")


def small_dataset() -> mh.Dataset:
    """A programme with two conflicting figures and an uncited one."""
    figures = (
        mh.Figure(
            id="a",
            measure=mh.Measure.PARTICIPANTS,
            quantity=mh.Quantity(value=546, unit="people"),
            citation=CITED,
        ),
        mh.Figure(
            id="b",
            measure=mh.Measure.PARTICIPANTS,
            quantity=mh.Quantity(value=564, unit="people"),
            citation=mh.Citation(source="s1", quote="564 <people> & more"),
        ),
        mh.Figure(
            id="c",
            measure=mh.Measure.SESSIONS,
            quantity=mh.Quantity(value=10, unit="workshops"),
        ),
    )
    programme = mh.Programme(
        id="p1",
        title="A diploma",
        kind=mh.ProgrammeKind.DIPLOMA,
        cohorts=(mh.Cohort(id="c1", figures=figures),),
    )
    return mh.Dataset().add(mh.Source(id="s1", title="A report"), programme)


def test_the_library_exports_the_validation_api() -> None:
    for name in ("validate", "Report", "Finding", "Severity", "Rule", "Evidence"):
        assert getattr(mh, name) is getattr(mh.validation, name)
    assert mh.register_rule is register_rule
    assert mh.rule is rule


def test_validate_refuses_what_is_not_a_dataset() -> None:
    with pytest.raises(TypeError, match="expected a Dataset, got list"):
        validate([])  # type: ignore[arg-type]


class TestSeverity:
    def test_severities_are_ordered(self) -> None:
        assert Severity.ERROR > Severity.WARNING > Severity.INFO
        assert max([Severity.INFO, Severity.ERROR, Severity.WARNING]) is Severity.ERROR
        assert Severity.INFO <= Severity.INFO

    def test_severities_do_not_compare_with_other_things(self) -> None:
        with pytest.raises(TypeError):
            _ = Severity.ERROR < 3  # type: ignore[operator]

    def test_a_finding_takes_a_severity_by_name(self) -> None:
        finding = Finding(code="X1", severity="Warning", message="m")  # type: ignore[arg-type]
        assert finding.severity is Severity.WARNING

    def test_an_unknown_severity_is_refused(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="severity"):
            Finding(code="X1", severity="fatal", message="m")  # type: ignore[arg-type]


class TestFinding:
    def test_an_empty_message_is_refused(self) -> None:
        with pytest.raises(mh.InvalidValueError, match="message: expected a non-empty string"):
            Finding(code="X1", severity=Severity.ERROR, message="")

    def test_evidence_of_a_figure_carries_its_citation(self) -> None:
        located = next(small_dataset().figures())
        evidence = Evidence.of(located)
        assert evidence.id == "a"
        assert evidence.path == "$.programmes[0].cohorts[0].figures[0]"
        assert evidence.statement == "participants: 546 people"
        assert evidence.citation == CITED

    def test_evidence_of_a_hedged_figure_shows_its_interval(self) -> None:
        figure = mh.Figure(
            id="h",
            measure=mh.Measure.PEOPLE_SERVED,
            quantity=mh.parse_quantity("almost half a million", unit="people"),
            planned=True,
        )
        located = mh.LocatedFigure(figure=figure, path="$.x")
        assert Evidence.of(located).statement == (
            "people_served: almost 500,000 people [450,000, 500,000] (planned: target)"
        )


class TestSelection:
    codes = ("MH101", "MH102", "MH201", "MH301")

    def chosen(self, select: object = None, ignore: object = None) -> list[str]:
        pool = [r for r in builtin_rules() if r.code in self.codes]
        return [r.code for r in select_rules(pool, select, ignore)]  # type: ignore[arg-type]

    def test_everything_is_selected_by_default(self) -> None:
        assert self.chosen() == list(self.codes)

    def test_a_prefix_selects_a_range(self) -> None:
        assert self.chosen(["MH1"]) == ["MH101", "MH102"]
        assert self.chosen("mh1, MH301") == ["MH101", "MH102", "MH301"]

    def test_ignore_removes_rules(self) -> None:
        assert self.chosen(ignore=["MH2", "MH101"]) == ["MH102", "MH301"]

    def test_the_more_specific_selector_wins(self) -> None:
        assert self.chosen(["MH101"], ["MH1"]) == ["MH101"]
        assert self.chosen(["MH1"], ["MH101"]) == ["MH102"]
        assert self.chosen(["MH101"], ["MH101"]) == []
        assert self.chosen(["ALL"], ["MH"]) == []

    def test_a_selector_that_matches_nothing_is_refused(self) -> None:
        with pytest.raises(UnknownRuleError, match="no rule has a code starting with 'MH9'"):
            self.chosen(["MH9"])
        with pytest.raises(UnknownRuleError, match="such as 'MH101'"):
            self.chosen(ignore=["MH-1"])

    def test_validate_runs_only_the_selected_rules(self) -> None:
        report = validate(small_dataset(), select=["MH4"])
        assert [r.code for r in report.rules] == ["MH401", "MH402", "MH403"]
        assert {f.code for f in report} == {"MH401"}


def count_programmes(context: Context) -> Iterator[Finding]:
    """Every programme, as information.

    A rule for the tests: one finding per programme.
    """
    for programme in context.dataset.programmes:
        yield context.finding(f"programme {programme.id}", ids=[programme.id])


class TestRules:
    def test_every_builtin_rule_is_documented_and_coded_in_its_range(self) -> None:
        ranges = {"MH1": "figures", "MH2": "periods", "MH3": "references", "MH4": "citations"}
        for item in builtin_rules():
            assert item.code[:3] in ranges
            assert item.summary.endswith(".")
            for part in ("**What it checks.**", "**Why it matters.**", "**Example.**"):
                assert part in item.doc, (item.code, part)

    def test_the_decorator_makes_a_rule_from_a_function(self) -> None:
        made = rule("ORG101", severity="info")(count_programmes)
        assert (made.code, made.name, made.severity) == (
            "ORG101",
            "count-programmes",
            Severity.INFO,
        )
        assert made.summary == "Every programme, as information."
        assert made.details == "A rule for the tests: one finding per programme."

    @pytest.mark.parametrize(
        ("fields", "message"),
        [
            ({"code": "mh1"}, "upper-case letters followed by digits"),
            ({"name": "Bad Name"}, "lower-case words joined by hyphens"),
            ({"severity": "fatal"}, "expected a severity"),
            ({"doc": "  "}, "needs documentation"),
            ({"check": 3}, "expected a function"),
        ],
    )
    def test_a_bad_rule_is_refused(self, fields: dict[str, object], message: str) -> None:
        arguments: dict[str, object] = {
            "code": "ORG1",
            "name": "count",
            "severity": "info",
            "check": count_programmes,
            **fields,
        }
        with pytest.raises(RuleError, match=message):
            Rule(**arguments)  # type: ignore[arg-type]

    def test_a_rule_of_ones_own_runs_with_the_given_rules(self) -> None:
        made = rule("ORG101", severity="info")(count_programmes)
        report = validate(small_dataset(), rules=[made])
        (finding,) = report
        assert (finding.code, finding.severity, finding.ids) == ("ORG101", Severity.INFO, ("p1",))

    def test_a_registered_rule_runs_by_default_and_can_be_removed(self) -> None:
        made = register_rule(rule("ORG101", severity="warning")(count_programmes))
        try:
            assert made in registered_rules()
            assert validate(small_dataset(), select="ORG").counts[Severity.WARNING] == 1
            with pytest.raises(RuleError, match="already registered"):
                register_rule(rule("ORG101", severity="info")(count_programmes))
        finally:
            assert unregister_rule("ORG101") is made
        assert made not in registered_rules()
        with pytest.raises(UnknownRuleError):
            validate(small_dataset(), select="ORG")

    def test_a_registry_refuses_a_clash_unless_told_to_replace(self) -> None:
        registry = Registry([rule("ORG1", severity="info")(count_programmes)])
        other = rule("ORG1", severity="error")(count_programmes)
        with pytest.raises(RuleError, match="ORG1"):
            registry.add(other)
        registry.add(other, replace=True)
        assert registry["ORG1"].severity is Severity.ERROR
        assert "ORG1" in registry
        assert len(registry) == 1

    def test_a_check_that_yields_something_else_is_an_error(self) -> None:
        def bad(context: Context) -> Iterator[object]:
            """Yields a string."""
            yield "oops"

        with pytest.raises(RuleError, match="yielded str 'oops'"):
            validate(small_dataset(), rules=[rule("ORG1", severity="info")(bad)])  # type: ignore[arg-type]

    def test_a_finding_under_another_code_is_an_error(self) -> None:
        def bad(context: Context) -> Iterator[Finding]:
            """Yields a finding under another rule's code."""
            yield Finding(code="MH101", severity=Severity.ERROR, message="not mine")

        with pytest.raises(RuleError, match="code MH101"):
            validate(small_dataset(), rules=[rule("ORG1", severity="info")(bad)])

    def test_a_finding_may_have_a_severity_of_its_own(self) -> None:
        def graded(context: Context) -> Iterator[Finding]:
            """A finding of lower severity than the rule's."""
            yield context.finding("minor", severity="info")

        (finding,) = validate(small_dataset(), rules=[rule("ORG1", severity="error")(graded)])
        assert finding.severity is Severity.INFO


class TestReport:
    def report(self) -> Report:
        return validate(small_dataset())

    def test_a_report_is_iterable_and_counts_by_severity(self) -> None:
        report = self.report()
        assert [f.code for f in report] == ["MH101", "MH401"]
        assert len(report) == 2
        assert report.counts == {Severity.ERROR: 1, Severity.WARNING: 1, Severity.INFO: 0}
        assert not report.ok
        assert report.worst is Severity.ERROR
        assert report.with_code("MH4")[0].ids == ("c",)

    def test_a_report_with_only_warnings_is_ok_but_fails_on_warnings(self) -> None:
        report = validate(small_dataset(), ignore=["MH101"])
        assert report.ok
        assert not report.fails("error")
        assert report.fails(Severity.WARNING)

    def test_an_empty_report(self) -> None:
        report = validate(mh.Dataset())
        assert report.ok
        assert report.worst is None
        assert str(report) == f"No findings ({len(registered_rules())} rules run).\n"
        assert repr(report) == f"<Report: No findings ({len(registered_rules())} rules run).>"

    def test_the_text_names_code_severity_evidence_and_hint(self) -> None:
        text = self.report().to_text()
        assert text.startswith("error MH101 conflicting-figures: For cohort 'c1', participants")
        assert "  a at $.programmes[0].cohorts[0].figures[0]\n" in text
        assert "    participants: 546 people\n" in text
        assert "    s1: “546 people participated”\n" in text
        assert "  hint: Check each figure" in text
        assert text.endswith("2 findings: 1 error, 1 warning, 0 info (36 rules run).\n")

    def test_the_json_form_is_the_documented_one(self) -> None:
        document = json.loads(self.report().to_json())
        assert list(document) == ["report_version", "ok", "counts", "rules", "findings"]
        assert document["report_version"] == REPORT_VERSION
        assert document["ok"] is False
        assert document["counts"] == {"error": 1, "warning": 1, "info": 0}
        assert document["rules"][0] == {
            "code": "MH101",
            "name": "conflicting-figures",
            "severity": "error",
            "summary": "Two or more figures about the same thing whose intervals do not overlap.",
        }
        finding = document["findings"][0]
        assert list(finding) == ["code", "severity", "message", "ids", "evidence", "hint"]
        assert finding["ids"] == ["a", "b"]
        assert finding["evidence"][0] == {
            "id": "a",
            "path": "$.programmes[0].cohorts[0].figures[0]",
            "statement": "participants: 546 people",
            "measure": "participants",
            "quantity": {
                "value": 546,
                "unit": "people",
                "qualifier": "exact",
                "per": None,
                "low": 546,
                "high": 546,
            },
            "period": None,
            "citation": {"source": "s1", "quote": "546 people participated", "speaker": None},
        }

    def test_decimal_values_become_json_numbers(self) -> None:
        located = next(mh.seed_corpus().figures())
        figure = mh.Figure(
            id="r",
            measure=mh.Measure.HEALTH_WORKER_DENSITY,
            quantity=mh.parse_quantity("about 2.4 doctors per 1,000 inhabitants"),
        )
        data = Evidence.of(mh.LocatedFigure(figure=figure, path=located.path)).to_dict()
        assert data["quantity"]["value"] == 2.4
        assert data["quantity"]["per"] == {"amount": 1000, "unit": "inhabitants"}
        assert data["quantity"]["low"] == pytest.approx(2.16)

    def test_the_html_form_escapes_and_summarises(self) -> None:
        html = self.report()._repr_html_()
        assert html.startswith("<table>")
        assert "Validation: 2 findings: 1 error, 1 warning, 0 info" in html
        assert "564 &lt;people&gt; &amp; more" in html
        assert "<people>" not in html


class TestBuiltinDataset:
    """The seed reports, as the built-in dataset records them."""

    def report(self) -> Report:
        return validate(mh.seed_corpus())

    def test_the_diploma_conflict_is_found_with_its_transposition(self) -> None:
        (finding,) = self.report().with_code("MH101")
        assert finding.severity is Severity.ERROR
        assert finding.ids == ("diploma-selected", "diploma-participants")
        assert "selected 564 people (diploma-selected)" in finding.message
        assert "participants 546 people (diploma-participants)" in finding.message
        assert "digit transposition" in finding.message
        quotes = [e.citation.quote for e in finding.evidence if e.citation is not None]
        assert any("564 students selected" in quote for quote in quotes)
        assert any("546 people from both countries participated" in quote for quote in quotes)

    def test_the_conflict_is_the_only_error(self) -> None:
        report = self.report()
        assert report.counts[Severity.ERROR] == 1
        assert not report.ok

    def test_171_and_143_add_up_to_314(self) -> None:
        corpus = mh.seed_corpus()
        (cohort,) = corpus.programme("iom-chile-health-officials-training").cohorts
        (breakdown,) = cohort.breakdowns
        values = sorted(part.figure.quantity.value for part in breakdown.parts)
        total = next(f for f in cohort.figures if f.id == breakdown.total)
        assert (values, total.quantity.value) == ([143, 171], 314)
        assert validate(corpus, select=["MH104"]).findings == ()

    def test_a_changed_track_of_the_iom_training_is_found(self) -> None:
        corpus = mh.seed_corpus()
        programme = corpus.programme("iom-chile-health-officials-training")
        (cohort,) = programme.cohorts
        (breakdown,) = cohort.breakdowns
        first = breakdown.parts[1]
        changed = mh.Figure(
            id=first.figure.id,
            measure=first.figure.measure,
            quantity=mh.Quantity(value=140, unit="people"),
            citation=first.figure.citation,
        )
        parts = (breakdown.parts[0], mh.BreakdownPart(category=first.category, figure=changed))
        cohort = attrs.evolve(cohort, breakdowns=(attrs.evolve(breakdown, parts=parts),))
        programmes = tuple(
            attrs.evolve(p, cohorts=(cohort,)) if p is programme else p for p in corpus.programmes
        )
        (finding,) = validate(attrs.evolve(corpus, programmes=programmes), select=["MH104"])
        assert "171 + 140 = 311, 3 less than the total 314 people" in finding.message

    def test_the_certification_is_seen_as_planned(self) -> None:
        corpus = mh.seed_corpus()
        certification = corpus.programme("sv-migration-gender-health-certification")
        assert certification.status is mh.Status.PLANNED
        report = validate(corpus, select=["MH2"])
        assert report.findings == ()

    def test_the_certification_recorded_as_completed_would_be_found(self) -> None:
        corpus = mh.seed_corpus()
        programmes = tuple(
            attrs.evolve(p, status=mh.Status.COMPLETED)
            if p.id == "sv-migration-gender-health-certification"
            else p
            for p in corpus.programmes
        )
        (finding,) = validate(attrs.evolve(corpus, programmes=programmes), select=["MH204"])
        assert finding.ids == ("sv-migration-gender-health-certification", "s004-sv-certification")
        assert "2019-06-27" in finding.message

    def test_the_average_and_the_half_million_are_a_warning(self) -> None:
        (finding,) = self.report().with_code("MH102")
        assert finding.severity is Severity.WARNING
        assert "an average of 400,000 people per week" in finding.message
        assert "almost 500,000 people [450,000, 500,000]" in finding.message

    def test_every_quote_of_the_built_in_dataset_states_its_number(self) -> None:
        assert self.report().with_code("MH4") == ()
