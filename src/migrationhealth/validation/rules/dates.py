"""MH205 to MH208: cited dates against each other, the calendar and their sources."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import combinations

from ...dates import Period
from ...enums import Rank
from ...model import Cohort, DateFact, Programme, ServiceStatistic
from ..context import Context
from ..findings import Evidence, Finding, marks
from ..registry import rule

__all__ = [
    "RULES",
    "date_after_publication",
    "dates_across_sources",
    "event_outside_period",
    "wrong_weekday",
]

_Record = Programme | Cohort | ServiceStatistic


def _records(context: Context) -> list[tuple[str, str, _Record]]:
    """(kind, path, record) of every programme, cohort and service statistic with dates.

    Listed once for all the rules about dates, from the shared walk's records.
    """
    shared = context._shared.rule_data
    found = shared.get("dates.records")
    if found is None:
        found = shared["dates.records"] = [
            (kind, path, record)
            for kind, path, record, _ in context._shared.records
            if record.dates
        ]
    assert isinstance(found, list)
    return found


def _days(period: Period) -> tuple[dt.date, dt.date] | None:
    """The earliest first day and the latest last day, when both ends and years are known.

    The dataset's own periods are looked up in the shared table instead
    (``context._shared.days``); this is for periods made along the way.
    """
    first, last = period.earliest(), period.latest()
    return None if first is None or last is None else (first, last)


def _evidence(record: _Record, path: str, index: int, fact: DateFact) -> Evidence:
    what = f"{fact.event} on" if fact.event else "dated"
    return Evidence(
        id=record.id,
        path=f"{path}.dates[{index}]",
        statement=f"{record.id} {what} {fact.period}" + marks(fact),
        citation=fact.citation,
    )


def _source(fact: DateFact) -> str | None:
    return None if fact.citation is None else fact.citation.source


def _quoted(fact: DateFact) -> str:
    """`` ("the quote")``, or nothing for an uncited fact."""
    return "" if fact.citation is None else f" ({fact.citation.quote!r})"


@rule("MH205", severity="error")
def dates_across_sources(context: Context) -> Iterator[Finding]:
    """Two sources date the same record differently.

    **What it checks.** The dates that give a record's whole period (not its events, not
    one end), from different sources, compared day by day where their years are known.
    Periods that share no day cannot both be true: an error. One period inside the other
    is information (a source may count preparation days, or round to the week); periods
    that overlap without one holding the other are a warning. A deprecated date is still
    compared, and the finding says which side is deprecated and why.

    **Why it matters.** A record has one period; when sources disagree, the one the rules
    and totals use is the first (or the preferred) date, and the other source's dates are
    otherwise unseen.

    **Example.** Two reports of the 2006 Binational Health Week date it "October 9–13,
    2006" and "del 7 al 15 de octubre del 2006": the first lies inside the second, which
    is reported as information with both quotes. Two sources that both say 9–13 October
    pass.
    """
    days_of = context._shared.days
    for kind, path, record in _records(context):
        dates = record.dates
        if len(dates) < 2:
            continue  # two dates at least, to compare
        periods = [
            (index, fact, days)
            for index, fact in enumerate(dates)
            if fact.event is None
            and fact.bound is None
            and _source(fact) is not None
            and (days := days_of(fact.period)) is not None
        ]
        for (i, first, a), (j, second, b) in combinations(periods, 2):
            if _source(first) == _source(second) or a == b:
                continue
            if a[1] < b[0] or b[1] < a[0]:
                relation, severity = "share no day", "error"
            elif (b[0] <= a[0] and a[1] <= b[1]) or (a[0] <= b[0] and b[1] <= a[1]):
                relation, severity = "nest, one inside the other", "info"
            else:
                relation, severity = "overlap without one holding the other", "warning"
            ranked = [f for f in (first, second) if f.rank is not Rank.NORMAL]
            which = "".join(
                f" The date of {_source(f)} is {f.rank.value}"
                + (f" ({f.reason})." if f.reason else ".")
                for f in ranked
            )
            yield context.finding(
                f"The {kind} {record.id!r} is dated {first.period} by {_source(first)}"
                f"{_quoted(first)} and {second.period} by {_source(second)}{_quoted(second)}: "
                f"the two periods {relation}.{which}",
                ids=[record.id],
                evidence=[_evidence(record, path, i, first), _evidence(record, path, j, second)],
                hint="Keep both dates; rank the one you trust `preferred`, or `deprecated` "
                "with the reason, once you know which is right.",
                severity=severity,
            )


@rule("MH206", severity="error")
def wrong_weekday(context: Context) -> Iterator[Finding]:
    """A stated weekday that is not the weekday of its date.

    **What it checks.** A dated fact with a ``weekday`` (the report's "viernes 13 de
    octubre"), whose period is one day of a known year.

    **Why it matters.** A weekday and a date that disagree mean one of them is a misprint,
    or the year was inferred wrongly; whichever it is, the date cannot be trusted as it
    stands.

    **Example.** The closing of the 2006 week, "el viernes 13 de octubre" (report 02),
    is a Friday in 2006, and passes. Had the year been taken as 2007, it would be
    reported: 13 October 2007 is a Saturday. TeleSur's dateline "Monday, 20 May 2024"
    (seed report 003) is a Monday, as it says.
    """
    days_of = context._shared.days
    for _, path, record in _records(context):
        for index, fact in enumerate(record.dates):
            if fact.weekday is None:
                continue
            days = days_of(fact.period)
            if days is None or days[0] != days[1]:
                continue
            actual = days[0].isoweekday()
            if actual != fact.weekday.number:
                day = days[0].strftime("%A").lower()
                yield context.finding(
                    f"{record.id!r} is dated {days[0].isoformat()}, a {day}, but the report "
                    f"says {fact.weekday.value}.",
                    ids=[record.id],
                    evidence=[_evidence(record, path, index, fact)],
                    hint="Check the date and the weekday in the source; one is wrong.",
                )


@rule("MH207", severity="warning")
def event_outside_period(context: Context) -> Iterator[Finding]:
    """An event dated outside the period of the record it belongs to.

    **What it checks.** Each dated event of a record (an inauguration, a closing)
    against the record's period, derived from its dates, where the years are known. The
    period of each source that dates the whole record is checked too, so an event that
    fits one source's dates and not another's is reported, naming both.

    **Why it matters.** An inauguration after the closing of its week, or a closing
    before it began, means a date or a year is wrong somewhere.

    **Example.** The 2006 Binational Health Week, dated "October 9–13, 2006" by report
    01 and "del 7 al 15 de octubre del 2006" by report 02, with "La inauguración de la
    SBS se realizó el 9 de octubre" and its closing "el viernes 13 de octubre": both
    events fit both periods, and nothing is reported. An inauguration dated 7 October
    would be reported against report 01's period, naming it.
    """
    days_of = context._shared.days
    for kind, path, record in _records(context):
        dates = record.dates
        # Only a record with an event has anything to check.
        if all(fact.event is None for fact in dates):
            continue
        periods = [
            (index, fact, days)
            for index, fact in enumerate(dates)
            if fact.event is None
            and fact.bound is None
            and fact.rank is not Rank.DEPRECATED
            and (days := days_of(fact.period)) is not None
        ]
        for e_index, event in enumerate(dates):
            when = days_of(event.period) if event.event is not None else None
            if when is None:
                continue
            for index, fact, days in periods:
                if when[1] < days[0] or days[1] < when[0]:
                    by = f" by {_source(fact)}{_quoted(fact)}" if _source(fact) else ""
                    said = f", by {_source(event)}{_quoted(event)}," if _source(event) else ""
                    yield context.finding(
                        f"The {event.event} of the {kind} {record.id!r} ({event.period}){said} "
                        f"falls outside its period {fact.period}{by}.",
                        ids=[record.id],
                        evidence=[
                            _evidence(record, path, e_index, event),
                            _evidence(record, path, index, fact),
                        ],
                        hint="Check the event's date and the period's; one of them is wrong.",
                    )


@rule("MH208", severity="error")
def date_after_publication(context: Context) -> Iterator[Finding]:
    """A date reported as past or current that falls after its source was published.

    **What it checks.** Each cited date that is not ``planned`` (a period, one end of it,
    or an event) against the publication date of the source its citation names: when the
    date certainly begins after the last day the source may have been published, it
    cannot have been reported as done. The statement's own date (``Citation.stated``)
    counts as well, when it is later. Sources and dates without a known year are not
    checked.

    **Why it matters.** A report cannot tell what has not happened: such a date is a plan
    recorded as a fact (mark it ``planned``, with its kind), or the publication date or
    the year is wrong.

    **Example.** The El Salvador certification (seed report 004, published 27 June 2019)
    "will run from July to November 2019": its date is marked ``planned`` as a target,
    and passes. Unmarked, it would be reported here.
    """
    published: dict[str, dt.date] = {}
    for source in context.dataset.sources:
        if source.published is not None and source.published.year is not None:
            published[source.id] = source.published.latest()
    firsts: dict[int, dt.date | None] = {}
    for _, path, record in _records(context):
        for index, fact in enumerate(record.dates):
            citation = fact.citation
            if fact.planned is not None or citation is None:
                continue
            last = published.get(citation.source)
            stated = citation.stated
            if stated is not None and stated.year is not None:
                said = stated.latest()
                last = said if last is None or said > last else last
            if last is None:
                continue
            period = fact.period
            # Facts share their period objects: each one's first day is worked out once.
            if id(period) in firsts:
                first = firsts[id(period)]
            else:
                first = firsts[id(period)] = period.earliest()
            if first is None or first <= last:
                continue
            what = f"the {fact.event} of" if fact.event else "a date of"
            yield context.finding(
                f"{what.capitalize()} {record.id!r} ({fact.period}) begins after its source "
                f"{citation.source!r} was published ({last.isoformat()}), yet it is not "
                "marked planned.",
                ids=[record.id, citation.source],
                evidence=[_evidence(record, path, index, fact)],
                hint="Mark the date planned (a target, a forecast or a need) if the report "
                "announces it; otherwise check its year and the source's publication date.",
            )


RULES = (dates_across_sources, wrong_weekday, event_outside_period, date_after_publication)
