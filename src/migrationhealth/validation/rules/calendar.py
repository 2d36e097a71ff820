"""MH209 to MH211: dates against the calendar: weeks of a month, relative dates, editions."""

from __future__ import annotations

import calendar as _calendar
import datetime as dt
from collections.abc import Iterator, Sequence

from ...dateparse import read_period
from ...dates import PartialDate, Period
from ...enums import Measure, Rank, Rhythm
from ...errors import DateParseError
from ...interval import Interval
from ...model import DateFact, Figure, Programme
from ...quantity import Qualifier
from ...units import read_unit
from ..context import Context
from ..findings import Evidence, Finding, marks
from ..registry import rule
from .dates import _days, _evidence, _Record, _records, _source

__all__ = [
    "INCEPTION_EVENTS",
    "RECURRENCE_EVENT",
    "RULES",
    "edition_out_of_step",
    "month_weeks",
    "relative_date",
    "week_of_month",
]

RECURRENCE_EVENT = "recurrence"
"""The event label of a date that says when a recurring programme is held."""

INCEPTION_EVENTS = frozenset({"inception", "creation", "foundation"})
"""The event labels that date the beginning of a recurring programme or a network."""

_ORDINALS = ("first", "second", "third", "fourth", "fifth")


def month_weeks(year: int, month: int, week: int) -> list[tuple[dt.date, dt.date]]:
    """The days "the ``week``-th week" of a month may stand for, by each way of counting.

    Reports count the weeks of a month in three ways, all accepted: days ``7n-6`` to
    ``7n`` ("the first week" is days 1 to 7); Monday-to-Sunday weeks, the first being
    the first with at least four days in the month (and no week with fewer counting);
    and Sunday-to-Saturday weeks, counted the same way.

    >>> [f"{a:%d}-{b:%d}" for a, b in month_weeks(2006, 10, 3)]
    ['15-21', '16-22', '15-21']
    """
    last_day = _calendar.monthrange(year, month)[1]
    found: list[tuple[dt.date, dt.date]] = []
    if 7 * week - 6 <= last_day:
        found.append(
            (dt.date(year, month, 7 * week - 6), dt.date(year, month, min(7 * week, last_day)))
        )
    first = dt.date(year, month, 1)
    for week_start in (0, 6):  # Monday, Sunday
        try:
            start = first - dt.timedelta(days=(first.weekday() - week_start) % 7)
            if (start + dt.timedelta(days=6)).month != month or (first - start).days > 3:
                start += dt.timedelta(days=7)
            start += dt.timedelta(weeks=week - 1)
            if (start + dt.timedelta(days=3)).month == month:
                found.append((start, start + dt.timedelta(days=6)))
        except OverflowError:  # the first or last week of the calendar
            continue
    return found


def _fits_week(days: tuple[dt.date, dt.date], month: int, week: int) -> bool:
    """Whether at least half the days lie in the ``week``-th week of ``month`` of their year."""
    first, last = days
    length = (last - first).days + 1
    for a, b in month_weeks(first.year, month, week):
        shared = (min(last, b) - max(first, a)).days + 1
        if 2 * shared >= length:
            return True
    return False


def _to_the_day(period: Period) -> bool:
    start, end = period.start, period.end
    return start is not None and end is not None and start.day is not None and end.day is not None


def _related_to(programmes: Sequence[Programme]) -> dict[str, list[int]]:
    """Each programme id to the programmes that list it in ``related`` (its editions)."""
    found: dict[str, list[int]] = {}
    for index, programme in enumerate(programmes):
        for other in dict.fromkeys(programme.related):
            found.setdefault(other, []).append(index)
    return found


def _whole_periods(record: _Record) -> Iterator[tuple[int, DateFact, tuple[dt.date, dt.date]]]:
    """The dates that give a record's whole period, to the day, not deprecated."""
    for index, fact in enumerate(record.dates):
        if (
            fact.event is None
            and fact.bound is None
            and fact.rank is not Rank.DEPRECATED
            and _to_the_day(fact.period)
            and (days := _days(fact.period)) is not None
        ):
            yield index, fact, days


def _week_words(fact: DateFact, week: int) -> str:
    month = fact.period.start.month if fact.period.start is not None else None
    name = f" of {_calendar.month_name[month]}" if month is not None else ""
    return f"the {_ORDINALS[week - 1]} week{name}"


@rule("MH209", severity="warning")
def week_of_month(context: Context) -> Iterator[Finding]:
    """A stated week of the month that the dates given do not fall in.

    **What it checks.** A date with a ``week`` ("the third week of October"): when it
    is given to the day, at least half its days lie in that week of its month; when it
    is a month (with the event ``recurrence`` and no year, for a programme held every
    year in that week), the periods to the day that any source gives the record, and
    the programmes that list it in ``related`` (its editions), lie in that week of that
    month of their year. Weeks are counted in each of three ways, and a date fits if it
    fits one: days 1–7, 8–14, 15–21...; Monday-to-Sunday weeks; Sunday-to-Saturday
    weeks (the first week of a month being, for these two, the first with at least four
    days in the month). Each stated week is reported once, with every period that does
    not fit it, and their sources.

    **Why it matters.** A week and a date that disagree mean the date is wrong, or the
    week describes other years than this one: either way a reader who plans from the
    stated week, or counts editions by it, is misled.

    **Example.** The Robert Wood Johnson Foundation's report (report 01) says Binational
    Health Week is "Held annually during the third week of October since 2004", and
    dates the 2006 week "October 9–13, 2006"; the IME's page (report 02) dates it "del 7
    al 15 de octubre del 2006". Both lie in the second week of October 2006, however
    weeks are counted: reported, with both quotes. Dated 16 to 20 October, the week
    would pass.
    """
    programmes = context.dataset.programmes
    editions = _related_to(programmes)
    for kind, path, record in _records(context):
        for index, fact in enumerate(record.dates):
            week = fact.week
            month = fact.period.start.month if fact.period.start is not None else None
            if week is None or month is None:
                continue
            own = _days(fact.period) if _to_the_day(fact.period) else None
            checked: list[tuple[_Record, str, int, DateFact, tuple[dt.date, dt.date]]] = []
            if own is not None:
                checked.append((record, path, index, fact, own))
            else:
                year = fact.period.start.year if fact.period.start is not None else None
                others: list[tuple[_Record, str]] = [(record, path)]
                if kind == "programme":
                    others += [
                        (programmes[i], f"$.programmes[{i}]") for i in editions.get(record.id, ())
                    ]
                for other, other_path in others:
                    for d_index, dated, days in _whole_periods(other):
                        if year is None or days[0].year == year:
                            checked.append((other, other_path, d_index, dated, days))
            wrong = [item for item in checked if not _fits_week(item[4], month, week)]
            if not wrong:
                continue
            said = _week_words(fact, week)
            by = f" ({_source(fact)}: {fact.citation.quote!r})" if fact.citation else ""
            listed = "; ".join(
                f"{other.id!r} {dated.period}"
                + (f" by {_source(dated)} ({dated.citation.quote!r})" if dated.citation else "")
                for other, _, _, dated, _ in wrong
            )
            yield context.finding(
                f"The {kind} {record.id!r} is said to fall in {said}{by}, but "
                f"{'these dates do' if len(wrong) > 1 else 'this date does'} not: {listed}.",
                ids=[record.id, *(item[0].id for item in wrong)],
                evidence=[
                    _evidence(record, path, index, fact),
                    *(_evidence(other, p, i, d) for other, p, i, d, _ in wrong),
                ],
                hint="Check the dates and the stated week against the sources; a week "
                "that describes other years than these belongs to a date of its own.",
            )


def _shown(period: Period) -> str:
    """A period, or the one date it is when it starts and ends on it."""
    if period.start is not None and period.start == period.end:
        return period.start.isoformat()
    return period.isoformat()


def _anchor(context: Context, fact: DateFact) -> tuple[PartialDate, str | None, str] | None:
    """The date a relative phrase is read against, the source's language, and what it is."""
    citation = fact.citation
    if citation is None:
        return None
    source = context.source(citation.source)
    language = None if source is None else source.language
    if citation.stated is not None:
        return citation.stated, language, f"the statement's date {citation.stated}"
    if source is None or source.published is None:
        return None
    return source.published, language, f"the publication of {source.id!r} ({source.published})"


@rule("MH210", severity="error")
def relative_date(context: Context) -> Iterator[Finding]:
    """A relative date ("last Friday", "el año pasado") that does not fit its recorded date.

    **What it checks.** A date with a ``relative`` phrase, as the report states it (the
    phrase must be in the quote, ignoring case, else a warning says so), is read
    against the date of the statement (the citation's ``stated``, else the publication
    date of its source), in the source's language, as
    :func:`~migrationhealth.dateparse.read_period` reads it: "last Friday" is the
    latest Friday before, "la semana pasada" the Monday-to-Sunday week before, "el año
    pasado" and "no ano passado" the year before, "le mois dernier" the month before,
    "el próximo 13 de octubre" the first 13 October on or after. The recorded period
    must share a day with what the phrase reads as: none shared is an error; shared,
    but neither holding the other, a warning. A phrase that cannot be read against
    the date it has (a day of the week against a publication known to the year only),
    and a recorded date without a year, are not checked.

    **Why it matters.** A relative date is worked out by whoever records it; a slip of
    a week or a year puts the fact in another period, and every total by period with
    it.

    **Example.** TeleSur's article of Monday, 20 May 2024 (seed report 003) says "The
    meeting happened last Friday in Havana": recorded as 17 May 2024, it passes.
    Recorded as 10 May 2024, it would be reported, with the quote and the date read.
    """
    for _, path, record in _records(context):
        for index, fact in enumerate(record.dates):
            if fact.relative is None:
                continue
            citation = fact.citation
            if citation is not None and fact.relative.casefold() not in citation.quote.casefold():
                yield context.finding(
                    f"The relative phrase {fact.relative!r} of {record.id!r} is not in its "
                    f"quote {citation.quote!r}.",
                    ids=[record.id],
                    evidence=[_evidence(record, path, index, fact)],
                    hint="Record the phrase as the quote writes it, or quote the sentence "
                    "that says it.",
                    severity="warning",
                )
                continue
            anchored = _anchor(context, fact)
            recorded = _days(fact.period)
            if anchored is None or recorded is None:
                continue
            anchor, language, what = anchored
            try:
                reading = read_period(fact.relative, language=language, anchor=anchor)
            except (DateParseError, ValueError, OverflowError):
                continue
            read = _days(reading.period)
            if read is None:
                continue
            if recorded[1] < read[0] or read[1] < recorded[0]:
                relation, severity = "is not", "error"
            elif (read[0] <= recorded[0] and recorded[1] <= read[1]) or (
                recorded[0] <= read[0] and read[1] <= recorded[1]
            ):
                continue
            else:
                relation, severity = "only partly overlaps", "warning"
            yield context.finding(
                f"{record.id!r} is dated {_shown(fact.period)}, which {relation} "
                f"{fact.relative!r} read against {what}: {_shown(reading.period)} "
                f"({reading.inferred}).",
                ids=[record.id],
                evidence=[_evidence(record, path, index, fact)],
                hint="Work the date out again from the phrase and the date it was said; "
                "if the statement was made before its source was published, give the "
                "citation's `stated` date.",
                severity=severity,
            )


def _year_of(programme: Programme) -> int | None:
    """The year a programme (an edition) was held: its period's, else its first dated fact's."""
    period = programme.period
    if period is not None and period.start is not None and period.start.year is not None:
        return period.start.year
    for fact in programme.dates:
        if fact.rank is not Rank.DEPRECATED and fact.period.start is not None:
            year = fact.period.start.year
            if year is not None:
                return year
    return None


def _years(period: Period) -> tuple[int, int] | None:
    start, end = period.start or period.end, period.end or period.start
    if start is None or end is None or start.year is None or end.year is None:
        return None
    return start.year, end.year


_EVERY = {
    Rhythm.ANNUAL: "every year",
    Rhythm.BIENNIAL: "every two years",
    Rhythm.TRIENNIAL: "every three years",
}

_YEARS_PER_UNIT = {"year": 1, "decade": 10, "century": 100}


def _duration_years(figure: Figure) -> Interval | None:
    """A duration figure as an interval of years ("more than two decades": above 20)."""
    quantity = figure.quantity
    if quantity.per is not None or quantity.qualifier is Qualifier.AVERAGE:
        return None
    try:
        concept = read_unit(quantity.unit).concept
    except ValueError:
        return None
    scale = _YEARS_PER_UNIT.get(concept or "")
    if scale is None:
        return None
    interval = quantity.interval
    return Interval(
        low=interval.low * scale,
        high=None if interval.high is None else interval.high * scale,
        low_open=interval.low_open,
        high_open=interval.high_open,
    )


def _said_in(context: Context, figure: Figure) -> int | None:
    citation = figure.citation
    if citation is None:
        return None
    if citation.stated is not None and citation.stated.year is not None:
        return citation.stated.year
    source = context.source(citation.source)
    if source is None or source.published is None:
        return None
    return source.published.year


def _quote(fact: DateFact | Figure) -> str:
    citation = fact.citation
    return "" if citation is None else f" ({citation.source}: {citation.quote!r})"


@rule("MH211", severity="warning")
def edition_out_of_step(context: Context) -> Iterator[Finding]:
    """An edition number that does not fit the programme's inception, start or age.

    **What it checks.** A programme with an ``edition`` (the "sixth"), a year (of its
    period, else of its first dated fact) and a ``rhythm`` (its own, else that of a
    programme it lists in ``related``, the recurring programme it is an edition of):
    the n-th edition of an annual programme held in year Y implies a first edition in
    Y − (n − 1), of a biennial one in Y − 2(n − 1). That year must be

    - within the years of an ``inception`` (or ``creation``, ``foundation``) event of
      the programme or of the recurring one;
    - the year the recurring programme starts (its ``start``: "held annually since
      2004");
    - and fit the durations the programme and the recurring one report ("more than two
      decades", "20 años"), read as intervals of years at the date the source said them,
      give or take the year: the 22nd annual edition in 2022 began in 2001, 20 to 22
      years before, which fits "more than two decades".

    Without an edition, a programme's inception is checked against its durations the
    same way. Each disagreement is reported with both quotes.

    **Why it matters.** An edition number, an inception and an age that disagree mean
    one of them is wrong, or the rhythm changed; counting editions, or years of
    operation, from any one of them then gives the wrong answer.

    **Example.** Report 01 calls the 2006 week "The Sixth Annual Binational Health
    Week", held "since its inception in 2001": 2006 − 5 is 2001, which fits. But the
    same report says the week has been "Held annually during the third week of October
    since 2004": a sixth annual edition in 2006 would be the third since 2004, and that
    is reported, with both quotes.
    """
    programmes = context.dataset.programmes
    by_id: dict[str, int] = {}
    for index, programme in enumerate(programmes):
        by_id.setdefault(programme.id, index)
    # (recurring programme index, date index or figure id) to the editions against it.
    against: dict[tuple[int, str], list[str]] = {}
    messages: dict[tuple[int, str], tuple[str, list[Evidence]]] = {}
    for index, programme in enumerate(programmes):
        series = [index, *(by_id[r] for r in dict.fromkeys(programme.related) if r in by_id)]
        first = _first_edition(programme, [programmes[i] for i in series])
        for s_index in series if first is not None else [index]:
            _check_series(
                context,
                index,
                s_index,
                first,
                against=against,
                messages=messages,
                own=s_index == index,
            )
    for key, editions in against.items():
        text, evidence = messages[key]
        yield context.finding(
            text.replace("{editions}", "; ".join(editions)),
            ids=[programmes[key[0]].id],
            evidence=evidence,
            hint="Check the edition number, the inception and the rhythm against the "
            "sources: one is wrong, or the programme was not always held at this rhythm.",
        )


def _first_edition(programme: Programme, series: list[Programme]) -> tuple[int, str] | None:
    """The year the first edition was held, implied by the programme's edition, and how."""
    edition = programme.edition
    if edition is None or edition.rank is Rank.DEPRECATED:
        return None
    number = edition.quantity.value
    if type(number) is not int or number < 1 or edition.quantity.qualifier is not Qualifier.EXACT:
        return None
    rhythm: Rhythm | None = next((p.rhythm for p in series if p.rhythm is not None), None)
    year = _year_of(programme)
    if rhythm is None or year is None:
        return None
    first = year - (number - 1) * rhythm.years
    how = (
        f"edition {number} of {programme.id!r} in {year}{_quote(edition)}, held "
        f"{_EVERY[rhythm]}, implies a first edition in {first}"
    )
    return first, how


def _check_series(
    context: Context,
    index: int,
    s_index: int,
    first: tuple[int, str] | None,
    *,
    against: dict[tuple[int, str], list[str]],
    messages: dict[tuple[int, str], tuple[str, list[Evidence]]],
    own: bool,
) -> None:
    series = context.dataset.programmes[s_index]
    path = f"$.programmes[{s_index}]"
    inception: tuple[int, int] | None = None
    for d_index, fact in enumerate(series.dates):
        if fact.rank is Rank.DEPRECATED:
            continue
        years = _years(fact.period)
        if years is None:
            continue
        is_inception = fact.event in INCEPTION_EVENTS
        if is_inception and inception is None:
            inception = years
        starts = fact.bound is not None and fact.bound.value == "start" and not own
        if first is None or not (is_inception or starts):
            continue
        year, how = first
        if is_inception and years[0] <= year <= years[1]:
            continue
        if starts and years[0] == year:
            continue
        key = (s_index, f"dates[{d_index}]")
        what = (
            f"its {fact.event} in {year_text(years)}"
            if is_inception
            else f"its start in {year_text(years)}"
        )
        if key not in messages:
            messages[key] = (
                f"The programme {series.id!r} gives {what}{_quote(fact)}, which does not fit "
                "the editions: {editions}.",
                [_evidence(series, path, d_index, fact)],
            )
        against.setdefault(key, []).append(how)
        messages[key][1].append(_edition_evidence(context, index))
    start_years = (first[0], first[0]) if first is not None else inception
    if start_years is None:
        return
    for f_index, figure in enumerate(series.figures):
        if figure.measure is not Measure.DURATION or figure.rank is Rank.DEPRECATED:
            continue
        claimed = _duration_years(figure)
        said = _said_in(context, figure)
        if claimed is None or said is None:
            continue
        elapsed = Interval(low=max(0, said - start_years[1] - 1), high=said - start_years[0] + 1)
        if claimed.overlaps(elapsed):
            continue
        since = first[1] if first is not None else f"its inception in {year_text(start_years)}"
        key = (s_index, f"figures[{f_index}]")
        if key not in messages:
            messages[key] = (
                f"The programme {series.id!r} reports a duration of {figure.quantity} "
                f"in {said}{_quote(figure)}, but {{editions}} makes it {elapsed.low} to "
                f"{elapsed.high} years old then.",
                [
                    Evidence(
                        id=figure.id,
                        path=f"{path}.figures[{f_index}]",
                        statement=f"{figure.id} = {figure.quantity}",
                        citation=figure.citation,
                    )
                ],
            )
        against.setdefault(key, []).append(since)
        if first is not None:
            messages[key][1].append(_edition_evidence(context, index))


def year_text(years: tuple[int, int]) -> str:
    """``2001`` or ``2001-2003``."""
    return str(years[0]) if years[0] == years[1] else f"{years[0]}-{years[1]}"


def _edition_evidence(context: Context, index: int) -> Evidence:
    programme = context.dataset.programmes[index]
    edition = programme.edition
    assert edition is not None
    return Evidence(
        id=programme.id,
        path=f"$.programmes[{index}].edition",
        statement=f"{programme.id} edition {edition.quantity}" + marks(edition),
        citation=edition.citation,
    )


RULES = (week_of_month, relative_date, edition_out_of_step)
