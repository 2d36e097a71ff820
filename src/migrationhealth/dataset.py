"""The dataset: sources, organisations and programmes, with lookup by id.

A :class:`Dataset` is immutable. :meth:`Dataset.add` returns a new dataset with more
records; :func:`attrs.evolve` replaces whole collections. :meth:`Dataset.figures` walks
every figure with what it belongs to, which is what validation and aggregation consume.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from operator import itemgetter
from typing import TypeVar

import attrs

from . import _html
from . import _validators as v
from .errors import UnknownIdError
from .model import (
    Breakdown,
    BreakdownPart,
    Cohort,
    Figure,
    Organisation,
    Person,
    Programme,
    ServiceStatistic,
    Source,
    SubGroup,
)

__all__ = ["Dataset", "LocatedFigure"]

_R = TypeVar("_R", Source, Organisation, Programme, Person)


@attrs.frozen(kw_only=True)
class LocatedFigure:
    """A figure together with the records it sits in and its path in the JSON document.

    Exactly one of ``programme`` and ``organisation`` is set. ``cohort``, ``statistic``,
    ``subgroup``, ``breakdown`` and ``part`` are set where the figure sits inside one;
    ``path`` is the figure's JSON path, for example
    ``$.programmes[0].cohorts[0].figures[1]``.
    """

    figure: Figure
    path: str
    # The records around the figure are left out of the repr: the path names them, and a
    # programme's repr holds all its figures.
    programme: Programme | None = attrs.field(default=None, repr=False)
    organisation: Organisation | None = attrs.field(default=None, repr=False)
    cohort: Cohort | None = attrs.field(default=None, repr=False)
    statistic: ServiceStatistic | None = attrs.field(default=None, repr=False)
    subgroup: SubGroup | None = attrs.field(default=None, repr=False)
    breakdown: Breakdown | None = attrs.field(default=None, repr=False)
    part: BreakdownPart | None = attrs.field(default=None, repr=False)

    @property
    def subject(self) -> str:
        """What the figure is about, as a key: the innermost record's id (and category).

        Two figures with the same subject and measure describe the same thing: the
        diploma's "564 students" and its "546 people" share the cohort's subject.
        """
        if self.part is not None and self.breakdown is not None:
            holder = self.statistic or self.cohort or self.programme
            owner = holder.id if holder is not None else ""
            return f"{owner}/{self.breakdown.id}={self.part.category}"
        for record in (
            self.subgroup,
            self.statistic,
            self.cohort,
            self.programme,
            self.organisation,
        ):
            if record is not None:
                return record.id
        raise AssertionError("a located figure belongs to something")  # pragma: no cover


@attrs.frozen(kw_only=True, weakref_slot=False)
class Dataset:
    """Sources, organisations, programmes and people: everything known from a set of reports.

    >>> from migrationhealth import Dataset, Source
    >>> ds = Dataset().add(Source(id="s1", title="A report"))
    >>> ds.source("s1").title
    'A report'
    """

    sources: tuple[Source, ...] = attrs.field(default=(), validator=v.tuple_of(v.instance(Source)))
    organisations: tuple[Organisation, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(Organisation))
    )
    programmes: tuple[Programme, ...] = attrs.field(
        default=(), validator=v.tuple_of(v.instance(Programme))
    )
    people: tuple[Person, ...] = attrs.field(default=(), validator=v.tuple_of(v.instance(Person)))

    def __repr__(self) -> str:
        # A dataset may hold a million figures: its repr counts them instead of listing them.
        return f"<Dataset: {_html.dataset_summary(self)}>"

    def _repr_html_(self) -> str:
        """The dataset as its counts and a table of its programmes, for notebooks."""
        return _html.dataset_html(self)

    @cached_property
    def _index(self) -> dict[tuple[type, str], Source | Organisation | Programme | Person]:
        index: dict[tuple[type, str], Source | Organisation | Programme | Person] = {}
        for records in (self.sources, self.organisations, self.programmes, self.people):
            for record in records:
                # The first of duplicate ids wins the lookup; validation reports duplicates.
                index.setdefault((type(record), record.id), record)
        return index

    def _get(self, kind: type[_R], id: str) -> _R:
        found = self._index.get((kind, id))
        if found is None:
            raise UnknownIdError(kind.__name__.lower(), id)
        assert isinstance(found, kind)
        return found

    def source(self, id: str) -> Source:
        """The source with this id; :class:`~migrationhealth.errors.UnknownIdError` if none."""
        return self._get(Source, id)

    def organisation(self, id: str) -> Organisation:
        """The organisation with this id; ``UnknownIdError`` if none."""
        return self._get(Organisation, id)

    def programme(self, id: str) -> Programme:
        """The programme with this id; ``UnknownIdError`` if none."""
        return self._get(Programme, id)

    def person(self, id: str) -> Person:
        """The person with this id; ``UnknownIdError`` if none."""
        return self._get(Person, id)

    def add(self, *records: Source | Organisation | Programme | Person) -> Dataset:
        """A new dataset with ``records`` appended to the collection of their kind."""
        sources = list(self.sources)
        organisations = list(self.organisations)
        programmes = list(self.programmes)
        people = list(self.people)
        for record in records:
            if isinstance(record, Source):
                sources.append(record)
            elif isinstance(record, Organisation):
                organisations.append(record)
            elif isinstance(record, Programme):
                programmes.append(record)
            elif isinstance(record, Person):
                people.append(record)
            else:
                raise TypeError(
                    "expected a Source, Organisation, Programme or Person, "
                    f"got {type(record).__name__}"
                )
        return Dataset(
            sources=tuple(sources),
            organisations=tuple(organisations),
            programmes=tuple(programmes),
            people=tuple(people),
        )

    def figures(self) -> Iterator[LocatedFigure]:
        """Every figure in the dataset, in document order, with its context and path."""
        return map(_FIRST, _walk(self))

    def __len__(self) -> int:
        """The number of records: ``len(ds.sources) + len(ds.organisations) + ...``."""
        return sum(len(records) for records in self._collections())

    def __iter__(self) -> Iterator[Source | Organisation | Programme | Person]:
        """Every record by kind: the sources, organisations, programmes, then people.

        Kinds come in the order of the dataset's fields; within a kind, records come in
        document order. ``len(ds)`` is the number of records iterated; :meth:`figures`
        walks the figures inside them.

        >>> from migrationhealth import Dataset, Source
        >>> ds = Dataset().add(Source(id="s1", title="A report"))
        >>> len(ds), [record.id for record in ds]
        (1, ['s1'])
        """
        for records in self._collections():
            yield from records

    def _collections(self) -> list[tuple[Source | Organisation | Programme | Person, ...]]:
        return [getattr(self, field.name) for field in attrs.fields(Dataset)]


_FIRST = itemgetter(0)

_Walked = tuple[LocatedFigure, "str | None", "str | None"]
"""A figure with its context, the path of its programme and the path of its cohort."""


def _walk(dataset: Dataset) -> Iterator[_Walked]:
    """Every figure as :meth:`Dataset.figures` gives it, with its containers' paths.

    Each item is ``(located, programme_path, cohort_path)``: the JSON path of the
    programme the figure sits in (``$.programmes[2]``) and of its cohort
    (``$.programmes[2].cohorts[0]``), each ``None`` where there is none. Paths, not the
    records, tell containers apart: one record object may sit in two places.
    """
    for o_index, organisation in enumerate(dataset.organisations):
        base = f"$.organisations[{o_index}]"
        for f_index, figure in enumerate(organisation.figures):
            located = LocatedFigure(
                figure=figure, path=f"{base}.figures[{f_index}]", organisation=organisation
            )
            yield located, None, None
    for p_index, programme in enumerate(dataset.programmes):
        yield from _programme_figures(programme, f"$.programmes[{p_index}]")


def _programme_figures(programme: Programme, base: str) -> Iterator[_Walked]:
    if programme.edition is not None:
        edition = LocatedFigure(
            figure=programme.edition, path=f"{base}.edition", programme=programme
        )
        yield edition, base, None
    for index, figure in enumerate(programme.figures):
        located = LocatedFigure(figure=figure, path=f"{base}.figures[{index}]", programme=programme)
        yield located, base, None
    yield from _parts(programme, base, base, programme=programme, cohort=None, statistic=None)
    for c_index, cohort in enumerate(programme.cohorts):
        c_base = f"{base}.cohorts[{c_index}]"
        for index, figure in enumerate(cohort.figures):
            located = LocatedFigure(
                figure=figure,
                path=f"{c_base}.figures[{index}]",
                programme=programme,
                cohort=cohort,
            )
            yield located, base, c_base
        yield from _parts(cohort, c_base, base, programme=programme, cohort=cohort, statistic=None)
    for s_index, statistic in enumerate(programme.statistics):
        s_base = f"{base}.statistics[{s_index}]"
        for index, figure in enumerate(statistic.figures):
            located = LocatedFigure(
                figure=figure,
                path=f"{s_base}.figures[{index}]",
                programme=programme,
                statistic=statistic,
            )
            yield located, base, None
        yield from _parts(
            statistic, s_base, base, programme=programme, cohort=None, statistic=statistic
        )


def _parts(
    record: Programme | Cohort | ServiceStatistic,
    r_base: str,
    base: str,
    *,
    programme: Programme,
    cohort: Cohort | None,
    statistic: ServiceStatistic | None,
) -> Iterator[_Walked]:
    """The figures of a record's breakdowns and subgroups."""
    c_base = r_base if cohort is not None else None
    for b_index, breakdown in enumerate(record.breakdowns):
        for index, part in enumerate(breakdown.parts):
            located = LocatedFigure(
                figure=part.figure,
                path=f"{r_base}.breakdowns[{b_index}].parts[{index}].figure",
                programme=programme,
                cohort=cohort,
                statistic=statistic,
                breakdown=breakdown,
                part=part,
            )
            yield located, base, c_base
    for s_index, subgroup in enumerate(record.subgroups):
        for index, figure in enumerate(subgroup.figures):
            located = LocatedFigure(
                figure=figure,
                path=f"{r_base}.subgroups[{s_index}].figures[{index}]",
                programme=programme,
                cohort=cohort,
                statistic=statistic,
                subgroup=subgroup,
            )
            yield located, base, c_base
