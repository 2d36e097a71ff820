"""Quick start: open the built-in dataset, read a programme's figures, record one of your own.

Run it with ``python examples/quick_start.py``.
"""

import tempfile
from pathlib import Path

import migrationhealth as mh

# The built-in dataset: everything the five seed reports say.
dataset = mh.seed_corpus()
print(dataset)

# Every reported number is a figure with its quantity (hedge included) and its quote.
diploma = dataset.programme("mx-cl-migration-health-diploma")
print(f"\n{diploma.title} ({diploma.period})")
for located in dataset.figures():
    if located.programme is diploma:
        figure = located.figure
        quote = figure.citation.quote if figure.citation else "(no citation)"
        print(f"  {figure.measure.value:>13}: {figure.quantity}  <- {quote[:60]!r}")

# Hedges become the interval of values a report is consistent with.
quantity = mh.parse_quantity("almost half a million", unit="people")
print(f"\n'almost half a million' admits {quantity.interval}")

# Record a figure of your own, with its source and quote, and save the dataset.
source = mh.Source(
    id="my-report",
    title="Health fair for migrant workers",
    published=mh.parse_date("12 September 2024"),
)
fair = mh.Programme(
    id="health-fair-2024",
    title="Health fair for migrant workers",
    kind=mh.ProgrammeKind.SERVICE_CAMPAIGN,
    status=mh.Status.COMPLETED,
    countries=(mh.country_code("Guatemala"),),
    period=mh.parse_period("12 September 2024"),
    statistics=(
        mh.ServiceStatistic(
            id="health-fair-2024-services",
            population="migrant workers",
            figures=(
                mh.Figure(
                    id="health-fair-2024-people-served",
                    measure=mh.Measure.PEOPLE_SERVED,
                    quantity=mh.parse_quantity("more than 600 people"),
                    citation=mh.Citation(
                        source=source.id, quote="the fair attended more than 600 people"
                    ),
                ),
            ),
        ),
    ),
)
mine = mh.Dataset().add(source, fair)
path = Path(tempfile.mkdtemp()) / "health-fair.json"
mh.save(mine, path)
assert mh.load(path) == mine
print(f"\nSaved {mine} to {path}")
