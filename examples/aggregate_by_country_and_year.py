"""Aggregate by country and by year: people trained, with bounds and provenance.

Four training programmes in two countries, reported with hedges and with periods that
cross a new year, are added up by country and by year. Every total is an interval
(hedges widen it), says which figures it counted and which it left out and why, and
never puts a figure in a year its period does not state.

Run it with ``python examples/aggregate_by_country_and_year.py``.
"""

import migrationhealth as mh

source = mh.Source(id="annual-report-2024", title="Annual report 2024")


def training(id: str, country: str, period: str, phrase: str, quote: str, **fields: object):
    """A workshop series with one cohort and one figure of people trained."""
    trained = mh.Figure(
        id=f"{id}-trained",
        measure=mh.Measure.TRAINED,
        quantity=mh.parse_quantity(phrase),
        citation=mh.Citation(source=source.id, quote=quote),
        **fields,
    )
    return mh.Programme(
        id=id,
        title=f"Workshops {id}",
        kind=mh.ProgrammeKind.WORKSHOP_SERIES,
        countries=(mh.country_code(country),),
        period=mh.parse_period(period),
        cohorts=(mh.Cohort(id=f"{id}-cohort", figures=(trained,)),),
    )


dataset = mh.Dataset().add(
    source,
    training(
        "cr-2023",
        "Costa Rica",
        "between 9 January and 24 February 2023",
        "212 health workers",
        "212 health workers were trained in the northern cantons",
    ),
    training(
        "cr-2024",
        "Costa Rica",
        "March to June 2024",
        "about 300 health workers",
        "about 300 health workers were trained in the second year",
    ),
    training(
        "gt-2023",
        "Guatemala",
        "November 2023 to February 2024",
        "120 nurses",
        "120 nurses finished the course that ran from November to February",
    ),
    training(
        "gt-2025",
        "Guatemala",
        "2025",
        "150 nurses",
        "a further 150 nurses will be trained in 2025",
        planned=True,
    ),
)

# By country: each figure counted once, in its programme's country.
print(mh.aggregate(dataset, measure="trained", by="country"))
print()

# By year: the Guatemalan course spans two years, so it sits in a group "2023-2024"...
by_year = mh.aggregate(dataset, measure="trained", by="year")
for group in by_year.groups:
    print(f"{group.key:>10}: {group.total.interval}")
print()

# ... unless it is split pro rata over the months of its period in each year.
split = mh.aggregate(dataset, measure="trained", by="year", split_years=True)
for group in split.groups:
    print(f"{group.key:>10}: {group.total.interval}")
print()

# Planned figures are promises: left out unless asked for, and never added to what was
# delivered. Their totals are taken apart.
try:
    mh.aggregate(dataset, measure="trained", by="country", include_planned=True)
except mh.aggregation.NotAddableError as error:
    print(f"not added: {error}")
promised = [located for located in dataset.figures() if located.figure.planned is not None]
planned = mh.aggregate(promised, measure="trained", by="country", include_planned=True)
for group in planned.groups:
    print(f"{group.key}, planned: {group.total.interval}")
