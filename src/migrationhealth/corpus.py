"""The built-in dataset: everything thirteen real reports say, in the library's own format.

Three functions read packaged files from inside the installed package with
:mod:`importlib.resources`, so they work from a wheel or a zip as well as from a source
tree. Each JSON file is the source of truth; it is a canonical document (what
:func:`~migrationhealth.serialization.dumps` writes with ``indent=2``).

- :func:`seed_corpus`: the five seed reports (``data/seed_corpus.json``), described below.
  It is still the command line's default dataset.
- :func:`reports_corpus`: eight more reports, in English and Spanish
  (``data/reports_corpus.json``), described after the seeds.
- :func:`corpus`: all thirteen, the seeds joined with the eight. A record both files hold
  under one id (the IOM, the Health Windows, the Mexico-Cuba agreement on doctors) is one
  record in it, with the facts of both. The command line will switch its default dataset
  to this one in a later release.

The five reports are press releases about migration-and-health programmes: a
Mexico-Chile diploma (``s000-mx-cl-diploma``), the 22nd Binational Health Week and the
consular Health Windows (``s001-binational-health-week``), an IOM Chile training
(``s002-iom-chile-training``), Mexico's hiring of Cuban doctors (``s003-cuban-doctors``)
and a certification in El Salvador (``s004-sv-certification``). How they are recorded:

- **Sources.** One per report, id ``sNNN-...`` after the report's number. A publication
  date is recorded only to the precision the text supports, and ``notes`` say how it was
  found: 003 and 004 print their dates; 001 has none in its text, and its date, 7 October
  2022, is inferred from the file names of its photographs (``IMG-20221007-WA0179.jpg``);
  000 and 002 give no date that fixes even a year, so theirs are left unset and the notes
  say what the text does establish.
- **Quotes** are verbatim, typos included ("consular helath windows"), and each contains
  the number it supports exactly as printed. A figure repeated in one report (the 546
  participants, the average of 400,000, the 8.7 million services, the 1,200 doctors of the
  headline and of the body, the second edition, the three themes, IOM's "since 1951") is
  recorded once per mention, each with its own quote, under the same subject.
- **Nothing is resolved by hand.** The diploma's 564 selected students and 546
  participants are both kept; the IOM Chile training keeps its period without a year
  (``--04-17/--05-30``); figures announced for the future ("will hire 1,200", "will train
  50") are ``planned``.
- **Measures follow the reports' verbs**: "participated" and "included" are
  ``participants``, "trained" and "will train" are ``trained``. People are counted in the
  unit ``people`` whatever noun the report uses (students, officials, professionals), so
  figures add up across reports; doctors are counted in ``doctors``, and the noun the
  report used stays in the quote.
- **Hedges** are qualifiers: "an average of 400,000 people" (``average``, per week of a
  health week), "almost half a million" (``almost``), "more than two decades"
  (``more_than`` 2 decades), "the hundreds already in the country" (``several`` 100
  doctors). The regional densities "the average of 2 per 1,000" and "the average of 3.5"
  are ``average`` doctors per 1,000 inhabitants, the rate the sentence states for Mexico.
- **Service statistics** carry who was served or counted, as their ``population``: the
  people served by the health week, the target populations of the Health Windows, the
  Cuban doctors to be hired, already working and arriving, and doctors per 1,000
  inhabitants in Mexico, Latin America and the OECD. Figures about different groups sit in
  different statistics, so that only mentions of the same thing share a subject.
- **Programmes mentioned in passing** are programmes too: Chile's International Migrant
  Health Policy, Mexico's General Health Law, the Front-of-Package Labeling model, the
  health strategy for migrants, the 2030 Agenda (all kind ``policy``) and the Regional
  Migration Program: Mesoamerica - The Caribbean (kind ``other``). A programme's
  ``related`` lists only links a report states (the diploma and the two laws behind it).
- **Places.** A programme's places are where it was held; a cohort's are where its
  participants work (IOM Chile: Arica, Iquique, Antofagasta, the Metropolitan area of
  Santiago).
- **Organisations** include every named body, with its country only where the report's
  words establish it. A partner's roles are the ones its citation states ("promoted by"
  is ``promoter``, "technical and financial support" is ``technical_partner`` and
  ``funder``, "in conjunction with" is ``partner``, the body whose staff is trained is
  ``beneficiary``). Unnamed groups ("social organizations", "civil society in the United
  States") are kept in descriptions, not as organisations. People who attended without
  speaking are named in their organisation's ``notes``.
- **Speakers** are the people a report quotes or reports speaking, with their position as
  the report gives it and their organisation's id. A statement the report attributes to
  an organisation ("according to the National Institute of Statistics and Geography
  (INEGI)") has that organisation as its speaker, named as the report names it.
- **Ids** are lowercase and hyphenated and say what they name: sources follow the
  reports' numbers, and a government body's id starts with its country's code
  (``mx-insp``, ``cl-ministry-of-health``). A statistic and its figures have distinct ids
  (``cuban-doctors-to-hire`` holds ``cuban-doctors-to-hire-headline`` and
  ``cuban-doctors-to-hire-body``).

**The eight reports** (sources ``r01-...`` to ``r08-...``, after the file names of the
collection) are recorded the same way, and:

- **Languages.** Each source has its ``language`` (``"en"`` or ``"es"``). Quotes, units
  ("personas migrantes", "consultas", "médicos especialistas") and the names of Spanish
  bodies are kept as printed; programme titles are in English, like the seeds'.
- **Publication dates** are the printed ones where there is one (01: "August 2008"; 04:
  "2019-05-17"), else inferred, with how, from the page's address (03, 05, 08), from the
  text (07: "el año pasado" is 2018, so 2019), or from the name the collection gives the
  file (06: the year only). 02 gives none, and has none.
- **One programme, two sources.** The 2006 Binational Health Week
  (``binational-health-week-2006``) holds the facts of 01 and 02: both periods (9-13 and
  7-15 October 2006), the inauguration, the forum and the closing, and the figures of
  both, the second source's ``repeats`` of the first's where they state the same fact
  ("Some 300,000 people", "Cerca de 300,000 connacionales").
- **Traps are visible.** Sets of countries and places are ``countries`` and
  ``places_reached``, never summable; a fact stated twice (or in the page's address)
  ``repeats`` the first mention; "de las cuales 39" and "entre ellas 250 ferias" are
  ``part_of`` their whole, in a sub-group; "84 más para dar un total de 436" is an
  ``increment_of`` the 352 with ``new_total`` the 436; doctors in place and service
  points are stocks. Spanish numbers are read as printed: "7 mil 45" is 7,045, "3.000"
  and "20.000" are thousands, "5.4 millones" is 5,400,000.
- **People** are listed in the dataset's ``people``, names as written ("Zóe Robledo",
  normalised "Zoé Robledo").
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any, TypeVar

import attrs

from .dataset import Dataset
from .errors import InvalidValueError, MergeConflictError
from .merge import Difference, MergeConflict
from .model import Organisation, Person, Programme, Source
from .serialization import loads

__all__ = ["corpus", "reports_corpus", "seed_corpus"]

_PACKAGE = "migrationhealth"
_R = TypeVar("_R", Source, Organisation, Programme, Person)
# Free text that two files may each say something in; the joined record says both.
_TEXT_FIELDS = frozenset({"notes", "description"})


def _read(name: str) -> Dataset:
    return loads((resources.files(_PACKAGE) / "data" / name).read_bytes())


@cache
def seed_corpus() -> Dataset:
    """The built-in dataset of the five seed reports (see the module documentation).

    The dataset is read once and cached; it is immutable, so every call returns the same
    object.

    >>> corpus = seed_corpus()
    >>> corpus.programme("mx-cl-migration-health-diploma").period
    Period('2025-08-18/2025-11-14')
    """
    return _read("seed_corpus.json")


@cache
def reports_corpus() -> Dataset:
    """The built-in dataset of the eight further reports alone (see the module documentation).

    Read once and cached, like :func:`seed_corpus`.

    >>> reports = reports_corpus()
    >>> week = reports.programme("binational-health-week-2006")
    >>> [fact.period.isoformat() for fact in week.dates if fact.event is None]
    ['2006-10-09/2006-10-13', '2006-10-07/2006-10-15']
    """
    return _read("reports_corpus.json")


@cache
def corpus() -> Dataset:
    """The whole built-in dataset: the five seed reports and the eight further ones.

    The seeds come first, then the reports' records that the seeds do not have. A record
    both hold under one id is joined: its tuples (dates, partners, statistics, figures,
    spellings...) hold the seeds' items then the reports' new ones, its notes and
    description say both, and every other field must agree. Read once and cached.

    >>> full = corpus()
    >>> len(full.sources)
    13
    >>> agreement = full.programme("mx-cu-cuban-doctors-agreement")
    >>> sorted({f.citation.source[:3] for s in agreement.statistics for f in s.figures})
    ['r06', 's00']
    """
    return _join(seed_corpus(), reports_corpus())


def _join(first: Dataset, second: Dataset) -> Dataset:
    clashes: list[_Clash] = []
    joined = Dataset(
        sources=_join_records(first.sources, second.sources, clashes),
        organisations=_join_records(first.organisations, second.organisations, clashes),
        programmes=_join_records(first.programmes, second.programmes, clashes),
        people=_join_records(first.people, second.people, clashes),
    )
    conflicts = []
    for one, other, differences in clashes:
        if isinstance(one, Person) or isinstance(other, Person):
            shown = "; ".join(str(difference) for difference in differences)
            raise InvalidValueError("people", f"person {one.id!r} differs: {shown}", one.id)
        conflicts.append(
            MergeConflict(
                kind=type(one).__name__.lower(),
                id=one.id,
                first=one,
                second=other,
                differences=differences,
            )
        )
    if conflicts:
        raise MergeConflictError(conflicts)
    return joined


_Clash = tuple[
    Source | Organisation | Programme | Person,
    Source | Organisation | Programme | Person,
    tuple[Difference, ...],
]


def _join_records(
    first: tuple[_R, ...], second: tuple[_R, ...], clashes: list[_Clash]
) -> tuple[_R, ...]:
    index = {record.id: position for position, record in enumerate(first)}
    records = list(first)
    for record in second:
        position = index.get(record.id)
        if position is None:
            index[record.id] = len(records)
            records.append(record)
        else:
            records[position] = _join_record(records[position], record, clashes)
    return tuple(records)


def _join_record(first: _R, second: _R, clashes: list[_Clash]) -> _R:
    changes: dict[str, Any] = {}
    differences = []
    for field in attrs.fields(type(first)):
        mine, theirs = getattr(first, field.name), getattr(second, field.name)
        if mine == theirs or theirs is None or theirs == ():
            continue
        if mine is None or mine == ():
            changes[field.name] = theirs
        elif type(mine) is tuple:
            changes[field.name] = mine + tuple(item for item in theirs if item not in mine)
        elif field.name in _TEXT_FIELDS:
            changes[field.name] = f"{mine} {theirs}"
        else:
            differences.append(Difference(path=field.name, first=mine, second=theirs))
    if differences:
        clashes.append((first, second, tuple(differences)))
        return first
    return attrs.evolve(first, **changes) if changes else first
