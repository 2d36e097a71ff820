"""Reconcile conflicting figures: find them, keep both, and decide how totals treat them.

A press release and a later bulletin give two different numbers for the same cohort.
Validation points at the pair, with both quotes; the dataset keeps both figures; and an
aggregation policy says, openly, what a total makes of them.

Run it with ``python examples/reconcile_conflicting_figures.py``.
"""

import attrs

import migrationhealth as mh

release = mh.Source(
    id="release-2023-03-03",
    title="Third 'Primary Care Without Borders' series closes",
    published=mh.parse_date("3 March 2023"),
)
bulletin = mh.Source(
    id="bulletin-2023-q2",
    title="Quarterly bulletin of the Institute",
    published=mh.parse_date("June 2023"),
)
completed_release = mh.Figure(
    id="completed-release",
    measure=mh.Measure.COMPLETED,
    quantity=mh.parse_quantity("212 health workers"),
    citation=mh.Citation(source=release.id, quote="212 completed all six workshops"),
)
completed_bulletin = mh.Figure(
    id="completed-bulletin",
    measure=mh.Measure.COMPLETED,
    quantity=mh.parse_quantity("221 health workers"),
    citation=mh.Citation(source=bulletin.id, quote="221 health workers completed the series"),
)
series = mh.Programme(
    id="pcwb-3",
    title="Primary Care Without Borders",
    kind=mh.ProgrammeKind.WORKSHOP_SERIES,
    countries=(mh.country_code("Costa Rica"),),
    period=mh.parse_period("between 9 January and 24 February 2023"),
    cohorts=(mh.Cohort(id="pcwb-3-cohort", figures=(completed_release, completed_bulletin)),),
)
dataset = mh.Dataset().add(release, bulletin, series)

# 1. Find the conflict. Validation names both figures, with their sources and quotes.
report = mh.validate(dataset, select="MH101")
print(report.to_text())

# 2. Totals never choose silently: the default policy refuses to add conflicting figures.
try:
    mh.total(dataset, measure="completed")
except mh.ConflictError as error:
    print(f"strict: {error}\n")

# 3. Choose a policy, and the total says what it did.
for policy in ("range", "low", "high", "latest source"):
    result = mh.total(dataset, measure="completed", policy=policy)
    print(f"{policy:>13}: {result.interval} health workers")
print()
print(mh.total(dataset, measure="completed", policy="latest source"))

# 4. Once you know which figure is right, say so in a note, and keep both figures.
noted = attrs.evolve(
    completed_release,
    note="Corrected to 221 by the institute's bulletin of June 2023.",
)
cohort = attrs.evolve(series.cohorts[0], figures=(noted, completed_bulletin))
dataset = attrs.evolve(dataset, programmes=(attrs.evolve(series, cohorts=(cohort,)),))
assert len(list(dataset.figures())) == 2
