"""The controlled vocabularies of the model.

Each is an :class:`enum.Enum` whose values are the lower-case strings written in JSON.
"""

from __future__ import annotations

import enum

__all__ = [
    "FUNNEL",
    "Measure",
    "OrganisationKind",
    "ProgrammeKind",
    "Role",
    "Status",
]


class _Vocabulary(enum.Enum):
    """An :class:`enum.Enum` hashed by identity, as it compares.

    An enum member equals only itself, so its identity is a valid hash; ``Enum`` hashes
    its name instead, in Python code, and validation and aggregation hash members by the
    million as parts of grouping keys. Members hash the same within a process, which is
    all that sets and dicts ask (the hash of a name varies between processes anyway).
    """

    __hash__ = object.__hash__


class OrganisationKind(_Vocabulary):
    """What sort of body an organisation is."""

    MINISTRY = "ministry"
    PUBLIC_HEALTH_INSTITUTE = "public_health_institute"
    UNIVERSITY = "university"
    UN_AGENCY = "un_agency"
    NGO = "ngo"
    FUND = "fund"
    CONSULAR_NETWORK = "consular_network"
    GOVERNMENT = "government"
    INTERGOVERNMENTAL = "intergovernmental"
    SOCIAL_SECURITY = "social_security"
    STATISTICS_OFFICE = "statistics_office"
    MEDIA = "media"
    OTHER = "other"


class ProgrammeKind(_Vocabulary):
    """What sort of intervention a programme is."""

    DIPLOMA = "diploma"
    CERTIFICATION = "certification"
    WORKSHOP_SERIES = "workshop_series"
    SERVICE_CAMPAIGN = "service_campaign"
    SERVICE_POINT_NETWORK = "service_point_network"
    WORKFORCE_AGREEMENT = "workforce_agreement"
    POLICY = "policy"
    OTHER = "other"


class Status(_Vocabulary):
    """Where a programme stood when its source was published.

    Reports announce as well as report: a certification announced in June for July to
    November is ``planned`` in that report, whatever happened later.
    """

    PLANNED = "planned"
    UNDER_WAY = "under_way"
    COMPLETED = "completed"


class Role(_Vocabulary):
    """The part an organisation plays in a programme.

    ``attendee`` is an organisation represented at one of the programme's events (an
    inauguration, a closing ceremony) without a stated part in running it.
    """

    PROMOTER = "promoter"
    FUNDER = "funder"
    IMPLEMENTER = "implementer"
    ACADEMIC_COORDINATOR = "academic_coordinator"
    HOST = "host"
    TECHNICAL_PARTNER = "technical_partner"
    OPERATIONAL_PARTNER = "operational_partner"
    CERTIFYING_BODY = "certifying_body"
    BENEFICIARY = "beneficiary"
    ATTENDEE = "attendee"
    PARTNER = "partner"


class Measure(_Vocabulary):
    """What a figure counts or measures.

    The first six are the stages of a training cohort's admission funnel, in order
    (:data:`FUNNEL`); the rest describe services, populations, the workforce, and facts
    about programmes and organisations.
    """

    APPLICANTS = "applicants"
    SELECTED = "selected"
    ENROLLED = "enrolled"
    PARTICIPANTS = "participants"
    COMPLETED = "completed"
    CERTIFIED = "certified"
    TRAINED = "trained"
    SESSIONS = "sessions"
    SERVICES = "services"
    PEOPLE_SERVED = "people_served"
    TARGET_POPULATION = "target_population"
    HEALTH_WORKERS = "health_workers"
    HEALTH_WORKER_DENSITY = "health_worker_density"
    DURATION = "duration"
    EDITION = "edition"
    THEMES = "themes"
    MEMBER_STATES = "member_states"
    COUNTRIES = "countries"
    YEAR = "year"
    OTHER = "other"

    @property
    def is_count(self) -> bool:
        """Whether the measure counts whole things (people, services, editions).

        A count's value is a whole number unless it is a rate (``per`` something) or an
        average. Densities, durations and ``other`` may be fractional.
        """
        return self not in _NOT_COUNTS


_NOT_COUNTS = frozenset({Measure.HEALTH_WORKER_DENSITY, Measure.DURATION, Measure.OTHER})

FUNNEL: tuple[Measure, ...] = (
    Measure.APPLICANTS,
    Measure.SELECTED,
    Measure.ENROLLED,
    Measure.PARTICIPANTS,
    Measure.COMPLETED,
    Measure.CERTIFIED,
)
"""The admission funnel, widest stage first: each stage is at most the one before."""
