"""The built-in dataset: everything the five seed reports say, in the library's own format.

:func:`seed_corpus` reads ``data/seed_corpus.json`` from inside the installed package with
:mod:`importlib.resources`, so it works from a wheel or a zip as well as from a source
tree. The JSON file is the source of truth; it is a canonical document (what
:func:`~migrationhealth.serialization.dumps` writes with ``indent=2``).

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
"""

from __future__ import annotations

from functools import cache
from importlib import resources

from .dataset import Dataset
from .serialization import loads

__all__ = ["seed_corpus"]

_PACKAGE = "migrationhealth"
_RESOURCE = ("data", "seed_corpus.json")


@cache
def seed_corpus() -> Dataset:
    """The built-in dataset of the five seed reports (see the module documentation).

    The dataset is read once and cached; it is immutable, so every call returns the same
    object.

    >>> corpus = seed_corpus()
    >>> corpus.programme("mx-cl-migration-health-diploma").period
    Period('2025-08-18/2025-11-14')
    """
    resource = resources.files(_PACKAGE)
    for part in _RESOURCE:
        resource = resource / part
    return loads(resource.read_bytes())
