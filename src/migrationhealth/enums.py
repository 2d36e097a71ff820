"""The vocabularies of the model: open ones that users extend, and closed ones.

**Open vocabularies.** :class:`Measure`, :class:`Role`, :class:`OrganisationKind` and
:class:`ProgrammeKind` list what real reports use, and accept more: a new term is
declared once, in code with ``declare`` or in the ``vocabulary`` section of a dataset
file, with what the library needs to know about it. A measure says what it counts, whether
it counts whole things, whether figures of it may be summed across records, whether it is
a stock at a date or a flow over a period, and its stage in a training funnel::

    >>> screenings = Measure.declare(
    ...     "blood_pressure_checks", counts="services", description="blood pressure checks"
    ... )
    >>> Measure("blood_pressure_checks") is screenings
    True
    >>> screenings.summable, screenings.stock
    (True, False)

Terms behave like enum members: one object per value (compare with ``is``), ``.value``
is the string written in JSON, ``.name`` its upper-case form, and iterating over the class
gives every term known, built-in ones first. ``Measure("no_such_term")`` raises
:class:`~migrationhealth.errors.UnknownTermError`, which names the declared values.
Declarations hold for the whole process, like registered validation rules; declaring a
value again with the same definition returns the same term, and with another definition
is refused.

**Closed vocabularies** are :class:`enum.Enum` classes whose values are the lower-case
strings written in JSON: :class:`Status`, :class:`Rank`, :class:`Plan`, :class:`Bound`
and :class:`Weekday`.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from typing import Any, ClassVar, TypeVar

from .errors import UnknownTermError, VocabularyError

__all__ = [
    "FUNNEL",
    "Bound",
    "Measure",
    "OrganisationKind",
    "Plan",
    "ProgrammeKind",
    "Rank",
    "Rhythm",
    "Role",
    "Status",
    "Term",
    "Weekday",
]

_T = TypeVar("_T", bound="Term")
_VALUE = re.compile(r"[a-z][a-z0-9_]*\Z")


class _Vocabulary(enum.Enum):
    """An :class:`enum.Enum` hashed by identity, as it compares.

    An enum member equals only itself, so its identity is a valid hash; ``Enum`` hashes
    its name instead, in Python code, and validation and aggregation hash members by the
    million as parts of grouping keys. Members hash the same within a process, which is
    all that sets and dicts ask (the hash of a name varies between processes anyway).
    """

    __hash__ = object.__hash__


class _TermType(type):
    """The type of open vocabularies: iterating, ``len``, ``in`` and lookup by value."""

    _terms: dict[str, Any]

    def __iter__(cls: type[_T]) -> Iterator[_T]:  # type: ignore[misc]
        return iter(tuple(cls._terms.values()))

    def __len__(cls) -> int:
        return len(cls._terms)

    def __contains__(cls, item: object) -> bool:
        return isinstance(item, cls) and cls._terms.get(getattr(item, "value", None)) is item

    def __getitem__(cls: type[_T], name: str) -> _T:  # type: ignore[misc]
        found = cls._terms.get(name.lower()) if isinstance(name, str) else None
        if found is None or found.name != name:
            raise KeyError(name)
        return found  # type: ignore[no-any-return]

    def __call__(cls: type[_T], value: object) -> _T:  # type: ignore[misc]
        found = cls._terms.get(value) if isinstance(value, str) else None
        if found is None:
            raise UnknownTermError(cls.__name__, value, tuple(cls._terms))
        return found  # type: ignore[no-any-return]


class Term(metaclass=_TermType):
    """A term of an open vocabulary: one object per value, immutable, hashed by identity.

    Subclasses say which definition fields they carry in ``_fields``; :meth:`declare`
    makes (or finds) a term. Built-in terms have ``builtin`` true and are never written
    to a file's ``vocabulary`` section.
    """

    __slots__ = ("__weakref__", "_value_", "builtin", "description", "name", "value")
    _terms: ClassVar[dict[str, Any]]
    _fields: ClassVar[tuple[str, ...]] = ("description",)
    _defaults: ClassVar[dict[str, object]] = {"description": ""}

    value: str
    _value_: str
    name: str
    description: str
    builtin: bool

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        cls._terms = {}

    @classmethod
    def declare(cls: type[_T], value: str, **definition: Any) -> _T:
        """The term ``value`` with ``definition``, declared now if it was not yet.

        Raises :class:`~migrationhealth.errors.VocabularyError` for a value that is not
        lower-case letters, digits and underscores, for an unknown definition field, or
        when ``value`` is already declared with another definition.
        """
        return cls._declare(value, definition, builtin=False)

    @classmethod
    def _declare(cls: type[_T], value: str, definition: dict[str, Any], *, builtin: bool) -> _T:
        if not isinstance(value, str) or not _VALUE.match(value):
            raise VocabularyError(
                f"a {cls.__name__} value is lower-case letters, digits and underscores, "
                f"starting with a letter; got {value!r}"
            )
        unknown = sorted(set(definition) - set(cls._fields))
        if unknown:
            raise VocabularyError(
                f"{cls.__name__} {value!r}: unknown definition field {unknown[0]!r}; "
                f"a {cls.__name__} has {', '.join(cls._fields)}"
            )
        fields = {**cls._defaults, **definition}
        cls._check(value, fields)
        existing = cls._terms.get(value)
        if existing is not None:
            if existing.definition() != fields:
                raise VocabularyError(
                    f"{cls.__name__} {value!r} is already declared as {existing.definition()}; "
                    f"it cannot be declared again as {fields}"
                )
            return existing  # type: ignore[no-any-return]
        term = object.__new__(cls)
        for key, item in fields.items():
            object.__setattr__(term, key, item)
        object.__setattr__(term, "value", value)
        object.__setattr__(term, "_value_", value)
        object.__setattr__(term, "name", value.upper())
        object.__setattr__(term, "builtin", builtin)
        cls._terms[value] = term
        return term

    @classmethod
    def _check(cls, value: str, fields: dict[str, Any]) -> None:
        description = fields["description"]
        if not isinstance(description, str):
            raise VocabularyError(
                f"{cls.__name__} {value!r}: description must be a string, got {description!r}"
            )

    @classmethod
    def _forget(cls, value: str) -> None:
        """Remove a declared (never a built-in) term: for loads that fail, and tests."""
        term = cls._terms.get(value)
        if term is not None and not term.builtin:
            del cls._terms[value]

    def definition(self) -> dict[str, Any]:
        """The definition fields of the term, as :meth:`declare` takes them."""
        return {key: getattr(self, key) for key in self._fields}

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"{type(self).__name__} terms are immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"{type(self).__name__} terms are immutable")

    def __repr__(self) -> str:
        return f"<{type(self).__name__}.{self.name}: {self.value!r}>"

    def __reduce__(self) -> tuple[Any, tuple[str]]:
        return (type(self), (self.value,))

    def __copy__(self: _T) -> _T:
        return self

    def __deepcopy__(self: _T, memo: object) -> _T:
        return self


class _DescribedTerm(Term):
    __slots__ = ()


class OrganisationKind(_DescribedTerm):
    """What sort of body an organisation is (an open vocabulary)."""

    __slots__ = ()
    MINISTRY: ClassVar[OrganisationKind]
    PUBLIC_HEALTH_INSTITUTE: ClassVar[OrganisationKind]
    UNIVERSITY: ClassVar[OrganisationKind]
    UN_AGENCY: ClassVar[OrganisationKind]
    NGO: ClassVar[OrganisationKind]
    FUND: ClassVar[OrganisationKind]
    CONSULAR_NETWORK: ClassVar[OrganisationKind]
    GOVERNMENT: ClassVar[OrganisationKind]
    INTERGOVERNMENTAL: ClassVar[OrganisationKind]
    SOCIAL_SECURITY: ClassVar[OrganisationKind]
    STATISTICS_OFFICE: ClassVar[OrganisationKind]
    MEDIA: ClassVar[OrganisationKind]
    HEALTH_SERVICE: ClassVar[OrganisationKind]
    PROFESSIONAL_BODY: ClassVar[OrganisationKind]
    COMPANY: ClassVar[OrganisationKind]
    OTHER: ClassVar[OrganisationKind]


class ProgrammeKind(_DescribedTerm):
    """What sort of intervention a programme is (an open vocabulary)."""

    __slots__ = ()
    DIPLOMA: ClassVar[ProgrammeKind]
    CERTIFICATION: ClassVar[ProgrammeKind]
    COURSE: ClassVar[ProgrammeKind]
    WORKSHOP_SERIES: ClassVar[ProgrammeKind]
    SERVICE_CAMPAIGN: ClassVar[ProgrammeKind]
    SERVICE_POINT_NETWORK: ClassVar[ProgrammeKind]
    BRIGADE: ClassVar[ProgrammeKind]
    PROJECT: ClassVar[ProgrammeKind]
    RESEARCH_NETWORK: ClassVar[ProgrammeKind]
    WORKFORCE_AGREEMENT: ClassVar[ProgrammeKind]
    POLICY: ClassVar[ProgrammeKind]
    OTHER: ClassVar[ProgrammeKind]


class Role(_DescribedTerm):
    """The part an organisation plays in a programme (an open vocabulary).

    ``attendee`` is an organisation represented at one of the programme's events (an
    inauguration, a closing ceremony) without a stated part in running it.
    """

    __slots__ = ()
    PROMOTER: ClassVar[Role]
    FUNDER: ClassVar[Role]
    IMPLEMENTER: ClassVar[Role]
    COORDINATOR: ClassVar[Role]
    ACADEMIC_COORDINATOR: ClassVar[Role]
    HOST: ClassVar[Role]
    TECHNICAL_PARTNER: ClassVar[Role]
    OPERATIONAL_PARTNER: ClassVar[Role]
    CERTIFYING_BODY: ClassVar[Role]
    EVALUATOR: ClassVar[Role]
    PUBLISHER: ClassVar[Role]
    BENEFICIARY: ClassVar[Role]
    ATTENDEE: ClassVar[Role]
    PARTNER: ClassVar[Role]


class Measure(Term):
    """What a figure counts or measures (an open vocabulary).

    Each measure says:

    - ``counts``: the kind of thing counted (``"people"``, ``"services"``, ``"places"``,
      ``"events"``, ``"organisations"``, ``"time"``...). Figures are compared or added
      only when they count the same kind of thing.
    - ``whole``: whether it counts whole things (:attr:`is_count`). A count's value is a
      whole number unless it is a rate or an average, and "more than 300" of a count
      admits 301 and up, where "more than 2.5" of a duration admits anything above 2.5.
    - ``summable``: whether figures of different records may be added. People served in
      two places add up; the countries two programmes reach are a set, and do not.
    - ``stock``: a stock at a date (the people in a shelter on a day, doctors in place,
      a target population) rather than a flow over a period (services given, people
      trained). Stocks at different dates are never added.
    - ``stage``: the position in a training cohort's admission funnel (1 for applicants),
      or ``None``; see :data:`FUNNEL`.
    """

    __slots__ = ("counts", "stage", "stock", "summable", "whole")
    _fields: ClassVar[tuple[str, ...]] = (
        "counts",
        "whole",
        "summable",
        "stock",
        "stage",
        "description",
    )
    _defaults: ClassVar[dict[str, object]] = {
        "whole": True,
        "summable": True,
        "stock": False,
        "stage": None,
        "description": "",
    }
    counts: str
    whole: bool
    summable: bool
    stock: bool
    stage: int | None

    APPLICANTS: ClassVar[Measure]
    SELECTED: ClassVar[Measure]
    ENROLLED: ClassVar[Measure]
    PARTICIPANTS: ClassVar[Measure]
    COMPLETED: ClassVar[Measure]
    CERTIFIED: ClassVar[Measure]
    TRAINED: ClassVar[Measure]
    SESSIONS: ClassVar[Measure]
    ACTIVITIES: ClassVar[Measure]
    HEALTH_FAIRS: ClassVar[Measure]
    SERVICES: ClassVar[Measure]
    CONSULTATIONS: ClassVar[Measure]
    SCREENINGS: ClassVar[Measure]
    VACCINATIONS: ClassVar[Measure]
    REFERRALS: ClassVar[Measure]
    PEOPLE_SERVED: ClassVar[Measure]
    PEOPLE_PRESENT: ClassVar[Measure]
    TARGET_POPULATION: ClassVar[Measure]
    HEALTH_WORKERS: ClassVar[Measure]
    HEALTH_WORKER_DENSITY: ClassVar[Measure]
    VOLUNTEERS: ClassVar[Measure]
    FACILITATORS: ClassVar[Measure]
    ORGANISATIONS: ClassVar[Measure]
    SERVICE_POINTS: ClassVar[Measure]
    MOBILE_CLINICS: ClassVar[Measure]
    PLACES_REACHED: ClassVar[Measure]
    COUNTRIES: ClassVar[Measure]
    MEMBER_STATES: ClassVar[Measure]
    PERCENT_CHANGE: ClassVar[Measure]
    DURATION: ClassVar[Measure]
    DISTANCE: ClassVar[Measure]
    EDITION: ClassVar[Measure]
    THEMES: ClassVar[Measure]
    YEAR: ClassVar[Measure]
    OTHER: ClassVar[Measure]

    @property
    def is_count(self) -> bool:
        """Whether the measure counts whole things (people, services, editions)."""
        return self.whole

    @classmethod
    def _check(cls, value: str, fields: dict[str, Any]) -> None:
        super()._check(value, fields)
        counts = fields.get("counts")
        if not isinstance(counts, str) or not _VALUE.match(counts):
            raise VocabularyError(
                f"Measure {value!r}: counts must name what is counted in lower-case letters "
                f"and underscores (people, services, places...), got {counts!r}"
            )
        for flag in ("whole", "summable", "stock"):
            if type(fields[flag]) is not bool:
                raise VocabularyError(
                    f"Measure {value!r}: {flag} must be true or false, got {fields[flag]!r}"
                )
        stage = fields["stage"]
        if stage is not None and (type(stage) is not int or stage < 1):
            raise VocabularyError(
                f"Measure {value!r}: stage must be a positive integer or None, got {stage!r}"
            )


def _builtin(cls: type[_T], value: str, **definition: Any) -> None:
    setattr(cls, value.upper(), cls._declare(value, definition, builtin=True))


for _kind, _text in (
    ("ministry", "a ministry or secretariat of a national or state government"),
    ("public_health_institute", "a public-health or research institute"),
    ("university", "a university or school"),
    ("un_agency", "an agency of the United Nations system"),
    ("ngo", "a non-governmental or civil-society organisation"),
    ("fund", "a fund or foundation that finances programmes"),
    ("consular_network", "a network of consulates or embassies"),
    ("government", "a government as a whole, or one of its other bodies"),
    ("intergovernmental", "an intergovernmental organisation outside the UN system"),
    ("social_security", "a social-security or health-insurance institute"),
    ("statistics_office", "a statistics office"),
    ("media", "a newspaper, broadcaster or news agency"),
    ("health_service", "a hospital, clinic or health service that treats patients"),
    ("professional_body", "a professional association, college or union"),
    ("company", "a private company"),
    ("other", "any other kind of organisation"),
):
    _builtin(OrganisationKind, _kind, description=_text)

for _kind, _text in (
    ("diploma", "a diploma or postgraduate programme"),
    ("certification", "a certification of health workers"),
    ("course", "a course, open or online"),
    ("workshop_series", "a series of workshops or trainings"),
    ("service_campaign", "a campaign of services, such as a health week"),
    ("service_point_network", "a network of places that give services"),
    ("brigade", "a health brigade or mobile clinic that travels to people"),
    ("project", "a project or grant"),
    ("research_network", "a network of researchers"),
    ("workforce_agreement", "an agreement that moves health workers between countries"),
    ("policy", "a law, policy or strategy"),
    ("other", "any other kind of programme"),
):
    _builtin(ProgrammeKind, _kind, description=_text)

for _role, _text in (
    ("promoter", "proposes and leads the programme"),
    ("funder", "pays for it"),
    ("implementer", "runs it"),
    ("coordinator", "coordinates it, or its partners"),
    ("academic_coordinator", "designs and runs its teaching"),
    ("host", "hosts it or one of its events"),
    ("technical_partner", "gives technical support"),
    ("operational_partner", "gives operational support"),
    ("certifying_body", "certifies its participants"),
    ("evaluator", "evaluates it"),
    ("publisher", "publishes about it"),
    ("beneficiary", "benefits from it"),
    ("attendee", "was represented at one of its events"),
    ("partner", "takes part, in a way not stated"),
):
    _builtin(Role, _role, description=_text)

for _value, _definition in (
    ("applicants", {"counts": "people", "stage": 1, "description": "people who applied"}),
    ("selected", {"counts": "people", "stage": 2, "description": "applicants selected"}),
    ("enrolled", {"counts": "people", "stage": 3, "description": "people enrolled"}),
    ("participants", {"counts": "people", "stage": 4, "description": "people who took part"}),
    ("completed", {"counts": "people", "stage": 5, "description": "people who completed"}),
    ("certified", {"counts": "people", "stage": 6, "description": "people certified"}),
    ("trained", {"counts": "people", "description": "people trained"}),
    ("sessions", {"counts": "events", "description": "sessions, classes or workshops held"}),
    ("activities", {"counts": "events", "description": "activities held"}),
    ("health_fairs", {"counts": "events", "description": "health fairs held"}),
    ("services", {"counts": "services", "description": "services given, of any kind"}),
    ("consultations", {"counts": "services", "description": "medical consultations given"}),
    ("screenings", {"counts": "services", "description": "screenings and tests done"}),
    ("vaccinations", {"counts": "services", "description": "vaccine doses given"}),
    ("referrals", {"counts": "services", "description": "referrals made"}),
    ("people_served", {"counts": "people", "description": "people who received services"}),
    (
        "people_present",
        {"counts": "people", "stock": True, "description": "people in a place on a date"},
    ),
    (
        "target_population",
        {
            "counts": "people",
            "stock": True,
            "summable": False,
            "description": "the population a programme is for",
        },
    ),
    (
        "health_workers",
        {"counts": "people", "stock": True, "description": "health workers in place"},
    ),
    (
        "health_worker_density",
        {
            "counts": "ratio",
            "whole": False,
            "summable": False,
            "stock": True,
            "description": "health workers per number of inhabitants",
        },
    ),
    ("volunteers", {"counts": "people", "description": "volunteers taking part"}),
    ("facilitators", {"counts": "people", "description": "facilitators or trainers"}),
    (
        "organisations",
        {
            "counts": "organisations",
            "summable": False,
            "description": "organisations or agencies taking part",
        },
    ),
    (
        "service_points",
        {"counts": "service_points", "stock": True, "description": "places that give services"},
    ),
    (
        "mobile_clinics",
        {"counts": "service_points", "stock": True, "description": "mobile clinics or units"},
    ),
    (
        "places_reached",
        {
            "counts": "places",
            "summable": False,
            "description": "cities, municipalities or states reached",
        },
    ),
    ("countries", {"counts": "countries", "summable": False, "description": "countries"}),
    (
        "member_states",
        {
            "counts": "countries",
            "summable": False,
            "stock": True,
            "description": "member states of an organisation",
        },
    ),
    (
        "percent_change",
        {
            "counts": "percent",
            "whole": False,
            "summable": False,
            "description": "a change between two figures, in percent",
        },
    ),
    (
        "duration",
        {"counts": "time", "whole": False, "summable": False, "description": "a length of time"},
    ),
    (
        "distance",
        {
            "counts": "distance",
            "whole": False,
            "summable": False,
            "description": "a distance travelled or walked",
        },
    ),
    (
        "edition",
        {"counts": "editions", "summable": False, "description": "the number of an edition"},
    ),
    ("themes", {"counts": "themes", "summable": False, "description": "themes or modules"}),
    ("year", {"counts": "years", "summable": False, "description": "a calendar year"}),
    (
        "other",
        {
            "counts": "other",
            "whole": False,
            "summable": False,
            "description": "anything else; declare a measure instead where you can",
        },
    ),
):
    _builtin(Measure, _value, **_definition)


class Status(_Vocabulary):
    """Where a programme stood when its source was published.

    Reports announce as well as report: a certification announced in June for July to
    November is ``planned`` in that report, whatever happened later.
    """

    PLANNED = "planned"
    UNDER_WAY = "under_way"
    COMPLETED = "completed"


class Rank(_Vocabulary):
    """How much a fact is trusted beside the others about the same thing.

    As in Wikidata: ``preferred`` is the fact to use when sources disagree, ``normal``
    is every fact by default, ``deprecated`` a fact known to be wrong (a misprint), kept
    with its quote and the reason. Validation still reports a conflict between facts of
    different ranks, and says which side is deprecated and why.
    """

    PREFERRED = "preferred"
    NORMAL = "normal"
    DEPRECATED = "deprecated"


class Plan(_Vocabulary):
    """What kind of future a planned (not reported) fact states.

    A ``target`` is what a programme sets out to do ("will train 50 people"); a
    ``forecast`` is what someone expects ("arrivals are expected to reach 2,000"); a
    ``need`` is what someone says is needed ("the country will need 14,000 nurses by
    2035"). None of them is ever added to what was delivered.
    """

    TARGET = "target"
    FORECAST = "forecast"
    NEED = "need"


class Bound(_Vocabulary):
    """Which end of a period a dated fact gives, when it gives one end only."""

    START = "start"
    END = "end"


class Weekday(_Vocabulary):
    """A day of the week, as a report states it ("viernes 13 de octubre")."""

    MONDAY = "monday"
    TUESDAY = "tuesday"
    WEDNESDAY = "wednesday"
    THURSDAY = "thursday"
    FRIDAY = "friday"
    SATURDAY = "saturday"
    SUNDAY = "sunday"

    @property
    def number(self) -> int:
        """The ISO weekday number: 1 for Monday to 7 for Sunday."""
        return _WEEKDAYS.index(self) + 1


_WEEKDAYS = tuple(Weekday)


class Rhythm(_Vocabulary):
    """How often a recurring programme is held ("held annually", "the sixth annual week").

    ``years`` is the number of years from one edition to the next, which validation uses
    to check an edition number against the programme's inception.
    """

    ANNUAL = "annual"
    BIENNIAL = "biennial"
    TRIENNIAL = "triennial"

    @property
    def years(self) -> int:
        """The years from one edition to the next: 1 for annual, 2 for biennial..."""
        return _RHYTHMS.index(self) + 1


_RHYTHMS = tuple(Rhythm)

FUNNEL: tuple[Measure, ...] = tuple(
    sorted((m for m in Measure if m.stage is not None), key=lambda m: m.stage or 0)
)
"""The admission funnel, widest stage first: each stage is at most the one before."""
