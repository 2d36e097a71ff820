"""MH2xx: dates and periods."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import NamedTuple

from ...dates import PartialDate, Period
from ...enums import Measure, Status
from ...model import Source
from ..context import Context, describe_subject
from ..findings import Evidence, Finding
from ..registry import rule

__all__ = [
    "RULES",
    "figure_after_publication",
    "period_outside_programme",
    "period_reversed",
    "programme_after_publication",
]

# Counted before a cohort starts: a call for applicants and a selection precede the course.
_BEFORE_THE_COURSE = frozenset({Measure.APPLICANTS, Measure.SELECTED, Measure.ENROLLED})
# Facts about time itself, not about what the programme did in its period.
_TIMELESS = frozenset({Measure.YEAR, Measure.DURATION})


def _days(date: PartialDate | None) -> tuple[dt.date, dt.date] | None:
    """The first and last calendar day a date may stand for, when its year is known."""
    return None if date is None or date.year is None else (date.earliest(), date.latest())


class Span(NamedTuple):
    """A period's ends as calendar days (first and last possible), and whether reversed."""

    start: tuple[dt.date, dt.date] | None
    end: tuple[dt.date, dt.date] | None
    reversed: bool


class Spans:
    """The :class:`Span` and text of each period, computed once however often it is asked.

    Periods are looked up by identity: a programme's period object is shared by every
    check of its records, and hashing a period costs more than an identity lookup. The
    periods belong to the dataset, which outlives the rule, so identities stay valid.
    """

    def __init__(self) -> None:
        self._spans: dict[int, Span] = {}
        self._texts: dict[int, str] = {}

    def __getitem__(self, period: Period) -> Span:
        span = self._spans.get(id(period))
        if span is None:
            start, end = _days(period.start), _days(period.end)
            span = Span(start, end, start is not None and end is not None and start[0] > end[1])
            self._spans[id(period)] = span
        return span

    def text(self, period: Period) -> str:
        """The period in ISO 8601 form."""
        text = self._texts.get(id(period))
        if text is None:
            text = self._texts[id(period)] = period.isoformat()
        return text


def _spans(context: Context) -> Spans:
    """The spans of the dataset's periods, shared by the rules of one validation."""
    shared = context._shared.rule_data
    spans = shared.get("periods.spans")
    if spans is None:
        spans = shared["periods.spans"] = Spans()
    assert isinstance(spans, Spans)
    return spans


def _period_evidence(kind: str, id: str, path: str, period: Period) -> Evidence:
    return Evidence(id=id, path=path, statement=f"{kind} period {period}", period=period)


@rule("MH201", severity="error")
def period_reversed(context: Context) -> Iterator[Finding]:
    """A period that starts after it ends.

    **What it checks.** The period of every programme, cohort, statistic and figure. The
    start is after the end when the earliest day the end can stand for is before the
    latest day the start can: "2019-11/2019-07" is reversed, "2019-07/2019" is not. A
    period whose start or end has no year ("between 17 April and 30 May", with no year) is
    not checked, since it may run across the turn of a year.

    **Why it matters.** The model keeps such a period as reported, so that the record is
    not lost, but nothing can have happened in it: durations, per-month rates and
    "active in year" aggregations would all be wrong.

    **Example.** The El Salvador certification (seed report 004) passes: "from July to
    November 2019" is 2019-07/2019-11. Written as "from November to July 2019", it would
    be reported here.
    """
    spans = _spans(context)
    for kind, path, record, _ in context._shared.records:
        period = record.period
        if period is not None and spans[period].reversed:
            record_id = record.id
            yield context.finding(
                f"The period of {kind} {record_id!r} ({period}) starts after it ends.",
                ids=[record_id],
                evidence=[_period_evidence(kind, record_id, path, period)],
                hint="Check the dates against the source; the start and end may be swapped.",
            )
    # Figures share their period objects: each is decided once, and only the figures of
    # a reversed one are looked for.
    periods = context._shared.own_periods
    distinct = {id(period): period for period in periods if period is not None}
    reversed_ = {key for key, period in distinct.items() if spans[period].reversed}
    if not reversed_:
        return
    figures = context.figures
    for index, period in enumerate(periods):
        if period is not None and id(period) in reversed_:
            located = figures[index]
            yield context.finding(
                f"The period of figure {located.figure.id!r} ({period}) starts after it ends.",
                ids=[located.figure.id],
                evidence=[Evidence.of(located)],
                hint="Check the dates against the source; the start and end may be swapped.",
            )


def outside(inner: Span, outer: Span) -> str | None:
    """How ``inner`` certainly reaches outside ``outer``: "starts before", "ends after"."""
    if inner.reversed or outer.reversed:
        return None
    first, last = inner.start or inner.end, inner.end or inner.start
    if first is not None and outer.start is not None and first[1] < outer.start[0]:
        return "starts before"
    if last is not None and outer.end is not None and last[0] > outer.end[1]:
        return "ends after"
    return None


@rule("MH202", severity="warning")
def period_outside_programme(context: Context) -> Iterator[Finding]:
    """A cohort, statistic or figure whose period reaches outside its programme's.

    **What it checks.** The periods of a programme's cohorts, statistics and figures
    (their own periods, not inherited ones) against the programme's period. A period
    reaches outside when it certainly starts before the programme's starts or ends after
    it ends, at the precision given: a figure for "2025-08" is within a programme from
    2025-08-18. Open ends and dates without a year are not checked, nor figures of a
    year or a duration ("since 1951", "more than two decades"), which are about time
    itself.

    **Why it matters.** A figure dated outside its programme is about something else (an
    earlier edition, the organisation as a whole), or one of the periods is wrong; either
    way, aggregating it with the programme's figures by period misplaces it.

    **Example.** The Mexico-Chile diploma (seed report 000) passes: its cohort's period
    is the diploma's, "between August 18 and November 14, 2025". A figure of its
    participants dated 2024 would be reported here.
    """
    spans = _spans(context)
    # How one period object lies against another is decided once per pair (both live as
    # long as the dataset): records share their period objects, and their programme's.
    decided: dict[int, dict[int, str | None]] = {}
    for kind, path, record, programme in context._shared.records:
        if kind == "programme":
            continue
        period = record.period
        programme_period = programme.period
        if period is None or programme_period is None:
            continue
        against = decided.get(id(programme_period))
        if against is None:
            against = decided[id(programme_period)] = {}
        key = id(period)
        if key in against:
            how = against[key]
        else:
            how = against[key] = outside(spans[period], spans[programme_period])
        if how is not None:
            record_id = record.id
            yield context.finding(
                f"The period of {kind} {record_id!r} ({period}) {how} the period of programme "
                f"{programme.id!r} ({programme.period}) does.",
                ids=[record_id, programme.id],
                evidence=[_period_evidence(kind, record_id, path, period)],
                hint="Check both periods against the sources; a record about another "
                "edition of the programme belongs to a programme of its own.",
            )
    # Figures share their period objects, and their programme's, decided in the same
    # tables. The figures are taken programme by programme, each programme's period once.
    shared = context._shared
    figures = context.figures
    own_periods, measures = shared.own_periods, shared.measures
    for run, owner, _ in shared.programme_runs:
        owner_period = owner.period
        if owner_period is None:
            continue
        owner_span = spans[owner_period]
        against = decided.setdefault(id(owner_period), {})
        # A run with no period outside its programme's has no finding.
        if not _any_outside(spans, against, own_periods[run.start : run.stop], owner_span):
            continue
        for index in run:
            period = own_periods[index]
            if period is None or measures[index] in _TIMELESS:
                continue
            key = id(period)
            if key in against:
                how = against[key]
            else:
                how = against[key] = outside(spans[period], owner_span)
            if how is None:
                continue
            located = figures[index]
            figure = located.figure
            yield context.finding(
                f"The period of figure {figure.id!r} ({spans.text(period)}) {how} the "
                f"period of programme {owner.id!r} ({spans.text(owner_period)}) does.",
                ids=[figure.id, owner.id],
                evidence=[Evidence.of(located)],
                hint="Check both periods against the sources; a figure about another "
                "edition of the programme belongs to a programme of its own.",
            )


def _any_outside(
    spans: Spans, against: dict[int, str | None], periods: list[Period | None], owner: Span
) -> bool:
    """Whether any of ``periods`` reaches outside ``owner``, each decided once in ``against``.

    ``against`` holds what is decided of each period object, by identity, against the
    owner's period; the distinct objects are picked out by identity in compiled code.
    """
    found = False
    for key, period in dict(zip(map(id, periods), periods, strict=True)).items():
        if period is None:
            continue
        if key not in against:
            against[key] = outside(spans[period], owner)
        found = found or against[key] is not None
    return found


def _published(context: Context, source_id: str) -> tuple[Source, PartialDate] | None:
    source = context.source(source_id)
    if source is None or source.published is None or source.published.year is None:
        return None
    return source, source.published


def _source_evidence(context: Context, source: Source) -> Evidence:
    found = context.source_evidence(source.id)
    assert found is not None
    return found


@rule("MH203", severity="error")
def figure_after_publication(context: Context) -> Iterator[Finding]:
    """A figure dated after its source was published that is not marked planned.

    **What it checks.** A figure's period (its own, else its statistic's or cohort's)
    against the publication date of the source its citation names. When the period
    certainly starts after the source was published, the figure can only be a plan or a
    target, and must be marked `planned` (or belong to a programme whose status is
    `planned`). Applicants, selected and enrolled are not dated by their cohort's period,
    since they are counted before a course starts. Sources without a publication year,
    and periods without a year, are not checked.

    **Why it matters.** A report cannot say what has not happened yet: an unmarked figure
    dated after its source is a target recorded as an achievement, and it would be added
    to what was delivered.

    **Example.** The El Salvador certification (seed report 004, published 27 June 2019)
    passes: it "will train 50 people" from July to November 2019, and that figure is
    marked planned. Recorded without the mark, as if the 50 had been trained, it would
    be reported: July 2019 begins after 27 June 2019.
    """
    # Both sides are looked up in small tables: the first day of each period object
    # (figures share them), and the last day of each source's publication. There are far
    # fewer of either than of figures, and of pairs of them nearly as many as figures.
    spans = _spans(context)
    starts: dict[int, int] = {}  # ordinal of the period's first possible day; 0: unknown
    publications: dict[str, tuple[Source, PartialDate, int] | None] = {}
    shared = context._shared
    figures = context.figures
    measures, statistics, cohorts = shared.measures, shared.statistics, shared.cohorts
    for index, citation, planned, own in zip(
        range(len(figures)), shared.citations, shared.planned, shared.own_periods, strict=True
    ):
        if citation is None or planned:
            continue
        if own is not None:
            period = own
        elif measures[index] in _BEFORE_THE_COURSE:
            continue
        else:
            # Else its statistic's or cohort's period (for counts made there).
            record = statistics[index] or cohorts[index]
            if record is None or record.period is None:
                continue
            period = record.period
        start = starts.get(id(period))
        if start is None:
            first = spans[period].start
            start = starts[id(period)] = 0 if first is None else first[0].toordinal()
        if not start:
            continue
        if citation.source not in publications:
            found = _published(context, citation.source)
            publications[citation.source] = (
                None if found is None else (*found, found[1].latest().toordinal())
            )
        publication = publications[citation.source]
        if publication is None or start <= publication[2]:
            continue
        # Late figures are few: whether their programme is planned is asked only of them.
        located = figures[index]
        figure = located.figure
        if located.programme is None or located.programme.status is not Status.PLANNED:
            source, published, _ = publication
            yield context.finding(
                f"Figure {figure.id!r} ({figure.quantity}, {describe_subject(located)}) "
                f"covers {period}, which starts after its source {source.id!r} was published "
                f"({published}), yet it is not marked planned.",
                ids=[figure.id, source.id],
                evidence=[Evidence.of(located), _source_evidence(context, source)],
                hint="If the report announces the figure ('will train 50 people'), mark it "
                "planned; otherwise check its period and the source's date.",
            )


def _latest_sources(context: Context) -> dict[str, tuple[Source, PartialDate]]:
    """For each programme, by its path, its cited source published last and that date.

    On a tie the source cited first wins: the programme's own citations, then its
    partners', then its figures', in document order.
    """
    # Each programme's distinct cited sources, in the order first cited (a dict is an
    # ordered set): a programme's figures cite a handful of sources many times over.
    cited: dict[str, dict[str, None]] = {}
    for index, programme in enumerate(context.dataset.programmes):
        own = cited.setdefault(f"$.programmes[{index}]", {})
        for citation in programme.citations:
            own[citation.source] = None
        for partner in programme.partners:
            if partner.citation is not None:
                own[partner.citation.source] = None
    current_path: str | None = None
    current: dict[str, None] = {}
    for figure_citation, programme_path in zip(
        context._shared.citations, context.programme_paths, strict=True
    ):
        if programme_path is None or figure_citation is None:
            continue
        if programme_path is not current_path:
            current_path, current = programme_path, cited[programme_path]
        current[figure_citation.source] = None
    published: dict[str, tuple[Source, PartialDate, dt.date] | None] = {}
    latest: dict[str, tuple[Source, PartialDate]] = {}
    for programme_path, sources in cited.items():
        best: tuple[Source, PartialDate, dt.date] | None = None
        for source_id in sources:
            if source_id not in published:
                found = _published(context, source_id)
                published[source_id] = None if found is None else (*found, found[1].latest())
            candidate = published[source_id]
            if candidate is not None and (best is None or candidate[2] > best[2]):
                best = candidate
        if best is not None:
            latest[programme_path] = best[:2]
    return latest


@rule("MH204", severity="error")
def programme_after_publication(context: Context) -> Iterator[Finding]:
    """A programme that starts after all its sources were published, not marked planned.

    **What it checks.** A programme's period against the latest publication date among
    the sources it cites (its own citations, its partners' and its figures'). When the
    period certainly starts after the last of them was published, every source announced
    the programme before it began, and its status must be `planned`. Programmes, sources
    and periods without a known year are not checked.

    **Why it matters.** A status of `completed` or `under_way` (or none) for a programme
    that no source saw begin overstates what is known: it would be counted among
    programmes delivered.

    **Example.** The El Salvador certification (seed report 004) passes: announced on 27
    June 2019 ("This training will run from July to November 2019"), it is recorded as
    planned, not delivered. Recorded as `completed`, it would be reported: no source saw
    it begin.
    """
    latest = _latest_sources(context)
    for index, programme in enumerate(context.dataset.programmes):
        found = latest.get(f"$.programmes[{index}]")
        if programme.period is None or found is None or programme.status is Status.PLANNED:
            continue
        source, published = found
        start = _days(programme.period.start)
        if start is None or start[0] <= published.latest():
            continue
        status = "no status" if programme.status is None else f"status {programme.status.value!r}"
        yield context.finding(
            f"Programme {programme.id!r} starts in {programme.period}, after its latest "
            f"source {source.id!r} was published ({published}), but has {status} "
            "instead of 'planned'.",
            ids=[programme.id, source.id],
            evidence=[
                Evidence(
                    id=programme.id,
                    path=f"$.programmes[{index}]",
                    statement=f"programme period {programme.period}, {status}",
                    period=programme.period,
                    citation=programme.citations[0] if programme.citations else None,
                ),
                _source_evidence(context, source),
            ],
            hint="Set the programme's status to 'planned', and mark its figures planned; "
            "record what happened later from a later source.",
        )


RULES = (
    period_reversed,
    period_outside_programme,
    figure_after_publication,
    programme_after_publication,
)
