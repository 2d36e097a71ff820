"""Record a programme from a report: source, organisation, cohort, figures with their quotes.

Every figure is read from the report's own words with the library's parsers, and every
quote is checked against the report before it is used. The dataset is printed as JSON;
run ``python examples/record_a_programme.py > course.json`` to keep it.

The report is invented for this example: the school and the course do not exist.
"""

import migrationhealth as mh

REPORT = (
    "Quito, 14 December 2024. The Andean School of Public Health certified 48 nurses in "
    "its course on health care for people in transit, held between 2 September and "
    "29 November 2024 in Tulcán and Huaquillas. Of the 52 nurses enrolled, 48 completed "
    "the course. The course was funded by the Ministry of Public Health of Ecuador and "
    "will be offered again in 2025, when it is expected to certify about 100 nurses."
)


def cite(quote: str) -> mh.Citation:
    """A citation of the report, refusing a quote that is not in it word for word."""
    if quote not in REPORT:
        raise ValueError(f"not in the report: {quote!r}")
    return mh.Citation(source=source.id, quote=quote)


source = mh.Source(
    id="ase-2024-12-14",
    title="Andean School of Public Health certifies nurses in care for people in transit",
    publisher="Andean School of Public Health",
    published=mh.parse_date("14 December 2024"),
)
school = mh.Organisation(
    id="andean-school-of-public-health",
    name="Andean School of Public Health",
    kind=mh.OrganisationKind.UNIVERSITY,
    country=mh.country_code("Ecuador"),
)
ministry = mh.Organisation(
    id="ec-ministry-of-public-health",
    name="Ministry of Public Health of Ecuador",
    kind=mh.OrganisationKind.MINISTRY,
    country=mh.country_code("Ecuador"),
)

funnel = "Of the 52 nurses enrolled, 48 completed the course"
cohort = mh.Cohort(
    id="ase-transit-care-2024-cohort",
    period=mh.parse_period("between 2 September and 29 November 2024"),
    places=("Tulcán", "Huaquillas"),
    figures=(
        mh.Figure(
            id="ase-transit-care-2024-enrolled",
            measure=mh.Measure.ENROLLED,
            quantity=mh.parse_quantity("52 nurses"),
            citation=cite(funnel),
        ),
        mh.Figure(
            id="ase-transit-care-2024-completed",
            measure=mh.Measure.COMPLETED,
            quantity=mh.parse_quantity("48", unit="nurses"),
            citation=cite(funnel),
        ),
        mh.Figure(
            id="ase-transit-care-2024-certified",
            measure=mh.Measure.CERTIFIED,
            quantity=mh.parse_quantity("48 nurses"),
            citation=cite("The Andean School of Public Health certified 48 nurses"),
        ),
    ),
)
course = mh.Programme(
    id="ase-transit-care-2024",
    title="Health care for people in transit",
    kind=mh.ProgrammeKind.CERTIFICATION,
    status=mh.Status.COMPLETED,
    countries=(mh.country_code("Ecuador"),),
    places=cohort.places,
    period=cohort.period,
    partners=(
        mh.Partner(organisation=school.id, roles=(mh.Role.IMPLEMENTER, mh.Role.CERTIFYING_BODY)),
        mh.Partner(
            organisation=ministry.id,
            roles=(mh.Role.FUNDER,),
            citation=cite("The course was funded by the Ministry of Public Health of Ecuador"),
        ),
    ),
    cohorts=(cohort,),
    figures=(
        # Announced, not done: a planned figure, hedged as the report hedges it.
        mh.Figure(
            id="ase-transit-care-2025-certified",
            measure=mh.Measure.CERTIFIED,
            quantity=mh.parse_quantity("about 100 nurses"),
            period=mh.parse_period("2025"),
            planned=True,
            citation=cite("it is expected to certify about 100 nurses"),
        ),
    ),
)

dataset = mh.Dataset().add(source, school, ministry, course)
assert mh.loads(mh.dumps(dataset)) == dataset
print(mh.dumps(dataset, indent=2), end="")
