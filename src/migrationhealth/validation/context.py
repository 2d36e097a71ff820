"""What a rule's check receives: the dataset, its figures walked once, and a finding maker.

:func:`~migrationhealth.validation.validate` walks the dataset's figures once and
shares that walk, and what is derived from it (each figure's interval, its effective
period, its subject), between all the rules it runs. A rule that needs more builds it in
one pass of its own, grouping by key in dicts: no rule compares all pairs of figures.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence, Set
from fractions import Fraction
from functools import cached_property
from operator import attrgetter
from typing import TYPE_CHECKING, Any, overload

from ..dataset import Dataset, LocatedFigure
from ..dates import Period
from ..enums import Measure, Plan
from ..interval import Interval, Number
from ..model import (
    Breakdown,
    BreakdownPart,
    Citation,
    Cohort,
    Figure,
    Organisation,
    Programme,
    ServiceStatistic,
    Source,
    SubGroup,
)
from ..quantity import (
    APPROXIMATE_TOLERANCE,
    Per,
    Qualifier,
    Quantity,
    continuous_unit,
    qualifier_interval,
)
from .findings import Evidence, Finding, Severity, severity

if TYPE_CHECKING:
    from .registry import Rule

__all__ = ["Context", "describe_subject", "effective_period", "subject_key"]

_Dated = Programme | Cohort | ServiceStatistic
# A figure's LocatedFigure fields (its path in pieces, see _PathPieces), then its
# programme's, cohort's and record's paths and its subject key.
_Row = tuple[object, ...]
# A figure's path as the text before its index, its index and the text after it
# (``$.programmes[0].figures[``, ``3``, ``]``), the first and last shared by the figures
# of one record, breakdown or sub-group; written out (about a third of the walk's time)
# only for the figures that a rule makes a located figure of. An edition's path is
# itself.
_PathPieces = tuple[str, int, str]
_Record = tuple[str, str, "Programme | Cohort | ServiceStatistic", Programme]

SubjectKey = tuple[str, str]
"""The kind of record a figure is about and that record's subject (see :func:`subject_key`)."""


def subject_key(located: LocatedFigure) -> SubjectKey:
    """What a figure is about, as a key: the kind of its innermost record and its subject.

    The kind keeps a cohort and a statistic that happen to share an id apart.
    """
    if located.part is not None:
        kind = "part"
    elif located.subgroup is not None:
        kind = "subgroup"
    elif located.statistic is not None:
        kind = "statistic"
    elif located.cohort is not None:
        kind = "cohort"
    elif located.programme is not None:
        kind = "programme"
    else:
        kind = "organisation"
    return kind, located.subject


def describe_subject(located: LocatedFigure) -> str:
    """The record a figure is about, in words: ``cohort 'c1'``, ``statistic 's1'``..."""
    part, breakdown = located.part, located.breakdown
    if part is not None and breakdown is not None:
        return f"part {part.category!r} of breakdown {breakdown.id!r}"
    if located.subgroup is not None:
        return f"sub-group {located.subgroup.id!r}"
    return describe_record(located)


def describe_record(located: LocatedFigure) -> str:
    """The record a figure belongs to, in words: ``cohort 'c1'``, ``statistic 's1'``..."""
    if located.statistic is not None:
        return f"statistic {located.statistic.id!r}"
    if located.cohort is not None:
        return f"cohort {located.cohort.id!r}"
    if located.programme is not None:
        return f"programme {located.programme.id!r}"
    assert located.organisation is not None
    return f"organisation {located.organisation.id!r}"


def effective_period(located: LocatedFigure) -> Period | None:
    """The period a figure covers: its own, else that of the nearest record around it.

    A figure without a period covers the period of its statistic or cohort, else of its
    programme; a sub-group or a breakdown part takes its cohort's.
    """
    if located.figure.period is not None:
        return located.figure.period
    for record in (located.statistic, located.cohort, located.programme):
        if record is not None and record.period is not None:
            return record.period
    return None


LINKS = (
    "repeats",
    "part_of",
    "increment_of",
    "new_total",
    "change_from",
    "change_to",
    "share_part",
    "share_whole",
)
"""The fields by which a figure names another figure, by id."""
_links_of = attrgetter(*LINKS)
_citation_of = attrgetter("citation")
_measure_of = attrgetter("measure")
_quantity_of = attrgetter("quantity")
_qualifier_of = attrgetter("qualifier")
_per_of = attrgetter("per")
_planned_of = attrgetter("planned")
_period_of = attrgetter("period")
_id_of = attrgetter("id")

_new = object.__new__
# LocatedFigure's fields, set as its attrs __init__ sets them (it has no validator,
# converter or post-init to run), through their slots: about a third of the time.
_LOCATED_FIELDS = (
    "figure",
    "path",
    "programme",
    "organisation",
    "cohort",
    "statistic",
    "subgroup",
    "breakdown",
    "part",
)
(
    _set_figure,
    _set_path,
    _set_programme,
    _set_organisation,
    _set_cohort,
    _set_statistic,
    _set_subgroup,
    _set_breakdown,
    _set_part,
) = (getattr(LocatedFigure, name).__set__ for name in _LOCATED_FIELDS)


def _located(  # noqa: PLR0917 - one argument per field, as LocatedFigure has
    figure: Figure,
    path: str,
    programme: Programme | None,
    organisation: Organisation | None,
    cohort: Cohort | None,
    statistic: ServiceStatistic | None,
    subgroup: SubGroup | None,
    breakdown: Breakdown | None,
    part: BreakdownPart | None,
) -> LocatedFigure:
    """``LocatedFigure(figure=figure, path=path, ...)``, every field given."""
    located: LocatedFigure = _new(LocatedFigure)
    _set_figure(located, figure)
    _set_path(located, path)
    _set_programme(located, programme)
    _set_organisation(located, organisation)
    _set_cohort(located, cohort)
    _set_statistic(located, statistic)
    _set_subgroup(located, subgroup)
    _set_breakdown(located, breakdown)
    _set_part(located, part)
    return located


class _Figures(Sequence[LocatedFigure]):
    """The figures with their context, each :class:`LocatedFigure` made when first asked for.

    The walk keeps the fields of every figure's :class:`LocatedFigure` in columns, in
    ``LocatedFigure``'s order; the built-in rules read the columns they need, and make the
    located figure only of a figure they report (or, for a rule that walks them all, of
    every figure, once). A figure's path is kept in pieces (:data:`_PathPieces`), shared
    by the figures of one record, and written out with its located figure.
    """

    __slots__ = ("_columns", "_made")

    def __init__(self, columns: tuple[Sequence[Any], ...]) -> None:
        self._columns = columns
        self._made: list[LocatedFigure | None] = [None] * len(columns[0])

    def __len__(self) -> int:
        return len(self._made)

    @overload
    def __getitem__(self, index: int) -> LocatedFigure: ...

    @overload
    def __getitem__(self, index: slice) -> list[LocatedFigure]: ...

    def __getitem__(self, index: int | slice) -> LocatedFigure | list[LocatedFigure]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self._made)))]
        made = self._made[index]
        if made is None:
            figure, path, programme, organisation, cohort, statistic, group, breakdown, part = (
                self._columns
            )
            pieces = path[index]
            made = self._made[index] = _located(
                figure[index],
                pieces if type(pieces) is str else f"{pieces[0]}{pieces[1]}{pieces[2]}",
                programme[index],
                organisation[index],
                cohort[index],
                statistic[index],
                group[index],
                breakdown[index],
                part[index],
            )
        return made

    def __iter__(self) -> Iterator[LocatedFigure]:
        for index in range(len(self._made)):
            yield self[index]


class _Walk:
    """The figures as :meth:`Dataset.figures` walks them, and what each one's place gives.

    One pass fills, in document order, the fields of each figure's
    :class:`~migrationhealth.dataset.LocatedFigure` (made when asked for, see
    :class:`_Figures`), the paths of its programme, cohort and record
    (:func:`~migrationhealth.dataset._walk` and ``record_path``), and its
    :func:`subject_key`, made once per record and shared by its figures.
    ``tests/test_validation_synthetic.py`` checks it against those.
    """

    def __init__(self, dataset: Dataset) -> None:
        self._rows: list[_Row] = []
        self._add = self._rows.append
        self.records: list[_Record] = []
        self.breakdowns: list[range] = []
        self.programme_runs: list[tuple[range, Programme, str]] = []
        self.editions: set[int] = set()
        self.dataset(dataset)
        columns = tuple(zip(*self._rows, strict=True)) or ((),) * 13
        self.figures = _Figures(columns[:9])
        self.figure_records: tuple[Figure, ...] = columns[0]
        self.programmes: tuple[Programme | None, ...] = columns[2]
        self.organisations: tuple[Organisation | None, ...] = columns[3]
        self.cohorts: tuple[Cohort | None, ...] = columns[4]
        self.statistics: tuple[ServiceStatistic | None, ...] = columns[5]
        self.breakdown_column: tuple[Breakdown | None, ...] = columns[7]
        self.programme_paths: tuple[str | None, ...] = columns[9]
        self.cohort_paths: tuple[str | None, ...] = columns[10]
        self.record_paths: tuple[str, ...] = columns[11]
        self.subjects: tuple[SubjectKey, ...] = columns[12]
        del self._rows, self._add

    def dataset(self, dataset: Dataset) -> None:
        add = self._add
        for o_index, organisation in enumerate(dataset.organisations):
            base = f"$.organisations[{o_index}]"
            subject = ("organisation", organisation.id)
            head = f"{base}.figures["
            for f_index, figure in enumerate(organisation.figures):
                add(
                    (
                        figure,
                        (head, f_index, "]"),
                        None,
                        organisation,
                        None,
                        None,
                        None,
                        None,
                        None,
                        None,
                        None,
                        base,
                        subject,
                    )
                )
        for p_index, programme in enumerate(dataset.programmes):
            self.programme(programme, f"$.programmes[{p_index}]")

    def programme(self, programme: Programme, base: str) -> None:
        subject = ("programme", programme.id)
        records = self.records
        records.append(("programme", base, programme, programme))
        start = len(self._rows)
        if programme.edition is not None:
            self.editions.add(start)
            self._add(
                (
                    programme.edition,
                    f"{base}.edition",
                    programme,
                    None,
                    None,
                    None,
                    None,
                    None,
                    None,
                    base,
                    None,
                    base,
                    subject,
                )
            )
        self.record(programme, base, base, programme, None, None, subject)
        for c_index, cohort in enumerate(programme.cohorts):
            c_base = f"{base}.cohorts[{c_index}]"
            records.append(("cohort", c_base, cohort, programme))
            self.record(cohort, c_base, base, programme, cohort, None, ("cohort", cohort.id))
        for s_index, statistic in enumerate(programme.statistics):
            s_base = f"{base}.statistics[{s_index}]"
            records.append(("statistic", s_base, statistic, programme))
            subject = ("statistic", statistic.id)
            self.record(statistic, s_base, base, programme, None, statistic, subject)
        if len(self._rows) > start:
            self.programme_runs.append((range(start, len(self._rows)), programme, base))

    def record(  # noqa: PLR0917 - the record, its place and its context
        self,
        record: Programme | Cohort | ServiceStatistic,
        r_base: str,
        base: str,
        programme: Programme,
        cohort: Cohort | None,
        statistic: ServiceStatistic | None,
        subject: SubjectKey,
    ) -> None:
        """The figures of a programme, cohort or statistic, then its parts and subgroups."""
        add = self._add
        c_base = r_base if cohort is not None else None
        head = f"{r_base}.figures["
        for index, figure in enumerate(record.figures):
            add(
                (
                    figure,
                    (head, index, "]"),
                    programme,
                    None,
                    cohort,
                    statistic,
                    None,
                    None,
                    None,
                    base,
                    c_base,
                    r_base,
                    subject,
                )
            )
        if record.breakdowns or record.subgroups:  # most records have neither
            self.parts(
                record, r_base, base, programme=programme, cohort=cohort, statistic=statistic
            )

    def parts(
        self,
        record: Programme | Cohort | ServiceStatistic,
        r_base: str,
        base: str,
        *,
        programme: Programme,
        cohort: Cohort | None,
        statistic: ServiceStatistic | None,
    ) -> None:
        add = self._add
        c_base = r_base if cohort is not None else None
        owner = record.id
        for b_index, breakdown in enumerate(record.breakdowns):
            head = f"{owner}/{breakdown.id}="
            b_head = f"{r_base}.breakdowns[{b_index}].parts["
            if breakdown.parts:
                start = len(self._rows)
                self.breakdowns.append(range(start, start + len(breakdown.parts)))
            for index, part in enumerate(breakdown.parts):
                add(
                    (
                        part.figure,
                        (b_head, index, "].figure"),
                        programme,
                        None,
                        cohort,
                        statistic,
                        None,
                        breakdown,
                        part,
                        base,
                        c_base,
                        r_base,
                        ("part", head + part.category),
                    )
                )
        for s_index, subgroup in enumerate(record.subgroups):
            subject = ("subgroup", subgroup.id)
            g_head = f"{r_base}.subgroups[{s_index}].figures["
            for index, figure in enumerate(subgroup.figures):
                add(
                    (
                        figure,
                        (g_head, index, "]"),
                        programme,
                        None,
                        cohort,
                        statistic,
                        subgroup,
                        None,
                        None,
                        base,
                        c_base,
                        r_base,
                        subject,
                    )
                )


def _made(
    low: Number, high: Number | None, *, low_open: bool = False, high_open: bool = False
) -> Interval:
    """``Interval(low=low, high=high, ...)``, made without its checks, for bounds that pass.

    Only for bounds that are ints or finite Decimals, ``high`` not below ``low``, and an
    open end only where the interval is not empty.
    """
    interval: Interval = _new(Interval)
    _set_low(interval, low)
    _set_high(interval, high)
    _set_low_open(interval, low_open)
    _set_high_open(interval, high_open)
    return interval


# Interval's fields, set through their slots as in _located.
_set_low, _set_high, _set_low_open, _set_high_open = (
    getattr(Interval, name).__set__ for name in ("low", "high", "low_open", "high_open")
)


def _point(value: Number) -> Interval:
    """``Interval(low=value, high=value)``, made without its checks, which it passes.

    A quantity's value is an int or a finite Decimal, both valid bounds, and a closed
    interval from a value to itself is not empty.
    """
    return _made(value, value)


_TOLERANCE = Fraction(APPROXIMATE_TOLERANCE)
_BELOW, _ABOVE = _TOLERANCE.denominator - _TOLERANCE.numerator, sum(_TOLERANCE.as_integer_ratio())
_ROUGH = frozenset({Qualifier.APPROXIMATE, Qualifier.ALMOST})
_EXACT_IN_DECIMAL = 10**24  # whole values below this are multiplied without rounding


def _hedged(quantity: Quantity, value: int, whole: bool) -> Interval:
    """``quantity.interval`` for a whole value, worked out in whole numbers.

    ``whole`` says whether the quantity counts whole things (it is not a rate, and its
    unit is not continuous). The bounds are those of
    :func:`~migrationhealth.quantity.qualifier_interval`, and valid, so the interval is
    made without its checks. "About" and "almost" a whole count take the tolerance in
    Decimal arithmetic, then the whole numbers within it; for a value whose digits
    Decimal keeps, the same bounds are the integer ceiling and floor of the value times
    (1 ∓ the tolerance). Anything else (a negative value, "about" a value Decimal would
    round, or of what is not counted whole) is left to ``qualifier_interval``.
    """
    qualifier = quantity.qualifier
    if value < 0:
        return qualifier_interval(value, qualifier, whole=whole)
    if qualifier in _ROUGH:
        if whole and value < _EXACT_IN_DECIMAL:
            low = -(-value * _BELOW // _TOLERANCE.denominator)
            almost = qualifier is Qualifier.ALMOST
            return _made(low, value if almost else value * _ABOVE // _TOLERANCE.denominator)
    elif qualifier is Qualifier.AT_LEAST:
        return _made(value, None)
    elif qualifier is Qualifier.MORE_THAN:
        return _made(value + 1, None) if whole else _made(value, None, low_open=True)
    elif qualifier is Qualifier.AT_MOST:
        return _made(0, value)
    elif qualifier is Qualifier.LESS_THAN:
        return _made(0, max(value - 1, 0)) if whole else _made(0, value, high_open=value > 0)
    elif qualifier is Qualifier.SEVERAL:
        if whole:
            return _made(2 * value, max(10 * value - 1, 2 * value))
        return _made(2 * value, 10 * value, high_open=value > 0)
    return qualifier_interval(value, qualifier, whole=whole)


def repeated(
    keys: Sequence[Hashable | None], positions: Sequence[int] | None = None
) -> dict[Hashable, list[int]]:
    """The positions of each key that is not ``None`` and appears more than once, in order.

    A key's position is its index in ``keys``, or the matching item of ``positions``.
    Keys are counted in compiled code: when every key is seen once, as most are, no
    group is made at all. Groups come in the order of their first key.
    """
    counts = Counter(keys)
    counts.pop(None, None)
    found: dict[Hashable, list[int]] = {}
    if len(counts) + keys.count(None) == len(keys):
        return found  # every key once
    for index, key in enumerate(keys):
        if key is not None and counts[key] > 1:
            found.setdefault(key, []).append(index if positions is None else positions[index])
    return found


class _Shared:
    """The walk over the dataset's figures, and what is derived from it, computed once."""

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        walk = self._walk = _Walk(dataset)
        self.figures: Sequence[LocatedFigure] = walk.figures
        self.programme_paths: Sequence[str | None] = walk.programme_paths
        self.cohort_paths: Sequence[str | None] = walk.cohort_paths
        self.record_paths: Sequence[str] = walk.record_paths
        """The path of the record each figure belongs to (see ``wholes.record_path``)."""
        self.subjects: Sequence[SubjectKey] = walk.subjects
        self.records: Sequence[_Record] = walk.records
        """(kind, path, record, programme) of every programme, cohort and statistic.

        In document order: each programme, then its cohorts, then its statistics.
        """
        self.breakdowns: Sequence[range] = walk.breakdowns
        """The positions in ``figures`` of each breakdown's parts, for every breakdown
        that has parts, in document order."""
        self.programme_runs: Sequence[tuple[range, Programme, str]] = walk.programme_runs
        """The positions in ``figures`` of each programme's figures (its own, its edition,
        its cohorts' and statistics', with their parts and sub-groups), the programme and
        its path, for every programme that has figures, in document order."""
        self.editions: Set[int] = walk.editions
        """The positions in ``figures`` of the programmes' editions."""
        self._days: dict[int, tuple[dt.date, dt.date] | None] = {}
        self.source_evidence: dict[str, Evidence] = {}
        self.rule_data: dict[str, object] = {}
        """What built-in rules work out once for all of them, by a name of their own."""

    @cached_property
    def intervals(self) -> list[Interval]:
        # Intervals are immutable, and whole values recur: one interval is made per
        # distinct whole value and qualifier, and shared. (A Decimal such as 3.0 equals
        # the int 3 but keeps its digits in its interval, so it gets its own.) An exact
        # value and an average are their own interval, whatever they count.
        points: dict[int, Interval] = {}
        # A hedged whole value's interval also depends on whether it counts whole things
        # ("more than 2 people" is [3, ∞), "more than 2 decades" is (2, ∞)), which is
        # decided once per unit.
        made: dict[tuple[int, Qualifier, bool], Interval] = {}
        continuous: dict[str, bool] = {}
        result: list[Interval] = []
        add = result.append
        exact, average = Qualifier.EXACT, Qualifier.AVERAGE
        for quantity in self.quantities:
            value = quantity.value
            qualifier = quantity.qualifier
            found: Interval | None
            if qualifier is exact or qualifier is average:
                if type(value) is not int:
                    found = _point(value)
                else:
                    found = points.get(value)
                    if found is None:
                        found = points[value] = _point(value)
            elif type(value) is not int:
                found = quantity.interval
            else:
                unit = quantity.unit
                endless = continuous.get(unit)
                if endless is None:
                    endless = continuous[unit] = continuous_unit(unit)
                whole = quantity.per is None and not endless
                key = (value, qualifier, whole)
                found = made.get(key)
                if found is None:
                    found = made[key] = _hedged(quantity, value, whole)
            add(found)
        return result

    def days(self, period: Period) -> tuple[dt.date, dt.date] | None:
        """The earliest first day and the latest last day of a period, when both are known.

        Looked up by identity: a loaded dataset shares equal periods, and the periods
        live as long as the dataset.
        """
        cache, key = self._days, id(period)
        if key in cache:
            return cache[key]
        first, last = period.earliest(), period.latest()
        found = cache[key] = None if first is None or last is None else (first, last)
        return found

    @cached_property
    def periods(self) -> list[str | None]:
        """Each figure's effective period in ISO form, usable as a key."""
        # Many figures share one period object (a loaded dataset shares equal periods):
        # each object's text is made once, looked up by identity while the dataset lives.
        texts: dict[int, str] = {}
        result: list[str | None] = []
        statistics, cohorts, programmes = self.statistics, self.cohorts, self.programmes
        for index, own in enumerate(self.own_periods):
            period = own
            if period is None:
                # effective_period(figures[index]), from the columns.
                for record in (statistics[index], cohorts[index], programmes[index]):
                    if record is not None and record.period is not None:
                        period = record.period
                        break
            if period is None:
                result.append(None)
                continue
            text = texts.get(id(period))
            if text is None:
                text = texts[id(period)] = period.isoformat()
            result.append(text)
        return result

    # Columns: one field of every figure, in the order of ``figures``, read once (in
    # compiled code, by attrgetter) for the rules that group or filter figures by it.

    @property
    def figure_records(self) -> Sequence[Figure]:
        """Each figure itself: ``figures[i].figure``."""
        return self._walk.figure_records

    @cached_property
    def measures(self) -> list[Measure]:
        """Each figure's measure."""
        return list(map(_measure_of, self.figure_records))

    @cached_property
    def quantities(self) -> list[Quantity]:
        """Each figure's quantity."""
        return list(map(_quantity_of, self.figure_records))

    @cached_property
    def qualifiers(self) -> list[Qualifier]:
        """Each figure's qualifier."""
        return list(map(_qualifier_of, self.quantities))

    @cached_property
    def pers(self) -> list[Per | None]:
        """What each figure's quantity is per, if it is a rate."""
        return list(map(_per_of, self.quantities))

    @cached_property
    def planned(self) -> list[Plan | None]:
        """Each figure's ``planned`` flag."""
        return list(map(_planned_of, self.figure_records))

    @cached_property
    def own_periods(self) -> list[Period | None]:
        """Each figure's own period (not the one it takes from its record), or ``None``."""
        return list(map(_period_of, self.figure_records))

    @property
    def programmes(self) -> Sequence[Programme | None]:
        """The programme each figure sits in; ``None`` for an organisation's figures."""
        return self._walk.programmes

    @property
    def organisations(self) -> Sequence[Organisation | None]:
        """The organisation each figure sits in; ``None`` for a programme's figures."""
        return self._walk.organisations

    @property
    def cohorts(self) -> Sequence[Cohort | None]:
        """The cohort each figure sits in, if any (its own, a part's or a sub-group's)."""
        return self._walk.cohorts

    @property
    def statistics(self) -> Sequence[ServiceStatistic | None]:
        """The statistic each figure sits in, if any (its own, a part's or a sub-group's)."""
        return self._walk.statistics

    @property
    def part_breakdowns(self) -> Sequence[Breakdown | None]:
        """The breakdown each figure is a part of, if it is one."""
        return self._walk.breakdown_column

    @cached_property
    def citations(self) -> list[Citation | None]:
        """Each figure's citation, or ``None``."""
        return list(map(_citation_of, self.figure_records))

    @cached_property
    def linked(self) -> list[int]:
        """The positions of the figures that name another figure (``repeats``, ``part_of``...).

        In document order. Such figures are few, and the rules about links look at them
        alone instead of at every figure.
        """
        unlinked = (None,) * len(LINKS)
        named = map(_links_of, self.figure_records)
        return [index for index, targets in enumerate(named) if targets != unlinked]

    @cached_property
    def figure_ids(self) -> dict[str, int]:
        ids = list(map(_id_of, self.figure_records))
        found = dict(zip(ids, range(len(ids)), strict=True))
        if len(found) < len(ids):
            # A repeated id keeps its first figure, in the order ids first appear.
            found = {}
            for index, id in enumerate(ids):
                found.setdefault(id, index)
        return found

    @cached_property
    def sources(self) -> dict[str, tuple[int, Source]]:
        found: dict[str, tuple[int, Source]] = {}
        for index, source in enumerate(self.dataset.sources):
            found.setdefault(source.id, (index, source))
        return found


class Context:
    """What a rule's check receives: the dataset, its figures, and :meth:`finding`.

    ``figures`` holds every figure of the dataset with its context, as
    :meth:`~migrationhealth.Dataset.figures` yields them, walked once for all rules.
    A check makes its findings with :meth:`finding`, which fills in the rule's code
    and severity.
    """

    def __init__(self, dataset: Dataset, rule: Rule, *, _shared: _Shared | None = None) -> None:
        if not isinstance(dataset, Dataset):
            raise TypeError(f"expected a Dataset, got {type(dataset).__name__}")
        self._shared = _shared if _shared is not None else _Shared(dataset)
        self.rule = rule

    @property
    def dataset(self) -> Dataset:
        """The dataset being validated."""
        return self._shared.dataset

    @property
    def figures(self) -> Sequence[LocatedFigure]:
        """Every figure in the dataset, in document order, with its context and path."""
        return self._shared.figures

    @property
    def programme_paths(self) -> Sequence[str | None]:
        """The JSON path of each figure's programme (``$.programmes[2]``), as ``figures``.

        ``None`` for an organisation's figures. Paths tell programmes apart where ids may
        not: two programmes may share an id (MH302 reports it), or one object sit twice.
        """
        return self._shared.programme_paths

    @property
    def cohort_paths(self) -> Sequence[str | None]:
        """The JSON path of each figure's cohort (``$.programmes[2].cohorts[0]``), as ``figures``.

        Set for a cohort's own figures, its breakdowns' parts and its sub-groups' figures;
        ``None`` for the rest.
        """
        return self._shared.cohort_paths

    @property
    def intervals(self) -> Sequence[Interval]:
        """Each figure's interval (:attr:`~migrationhealth.Quantity.interval`), as ``figures``."""
        return self._shared.intervals

    @property
    def periods(self) -> Sequence[str | None]:
        """Each figure's :func:`effective_period` in ISO form (a key), as ``figures``."""
        return self._shared.periods

    @property
    def subjects(self) -> Sequence[SubjectKey]:
        """Each figure's :func:`subject_key`, in the order of ``figures``."""
        return self._shared.subjects

    @property
    def figure_ids(self) -> Mapping[str, int]:
        """Each figure id to the index in ``figures`` of the first figure with that id.

        Ids should be unique (MH302 reports those that are not); a link to a shared id
        resolves to its first figure.
        """
        return self._shared.figure_ids

    def source(self, id: str) -> Source | None:
        """The source with this id (the first, if several share it), or ``None``."""
        found = self._shared.sources.get(id)
        return None if found is None else found[1]

    def source_evidence(self, id: str) -> Evidence | None:
        """The evidence of a source: its id, path and publication date; ``None`` if unknown."""
        cache = self._shared.source_evidence
        if id not in cache:
            found = self._shared.sources.get(id)
            if found is None:
                return None
            index, source = found
            published = (
                "with no publication date"
                if source.published is None
                else f"published {source.published}"
            )
            cache[id] = Evidence(
                id=source.id,
                path=f"$.sources[{index}]",
                statement=f"source {source.title!r}, {published}",
            )
        return cache[id]

    @staticmethod
    def evidence(located: LocatedFigure) -> Evidence:
        """The evidence of one figure: what it states, where it is, and its citation."""
        return Evidence.of(located)

    def finding(
        self,
        message: str,
        *,
        ids: Iterable[str] = (),
        evidence: Iterable[Evidence] = (),
        hint: str | None = None,
        severity: Severity | str | None = None,
    ) -> Finding:
        """A finding of the running rule: its code, and its severity unless one is given."""
        return Finding(
            code=self.rule.code,
            severity=self.rule.severity if severity is None else _severity(severity),
            message=message,
            ids=_unique(ids),
            evidence=tuple(evidence),
            hint=hint,
        )


_severity = severity


def _unique(ids: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(ids))
