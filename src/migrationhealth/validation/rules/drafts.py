"""MH4xx: records drafted from a report's text and not yet reviewed (MH403)."""

from __future__ import annotations

from collections.abc import Iterator
from operator import attrgetter

from ...model import Organisation, Person, Programme, Source
from ..context import Context
from ..findings import Evidence, Finding
from ..registry import rule

__all__ = ["RULES", "unreviewed_draft"]

_HINT = (
    "Check the record against the report, correct it, and clear its draft mark "
    "(attrs.evolve(record, draft=None))."
)


_draft_of = attrgetter("draft")


def _record(
    context: Context, kind: str, record: Source | Organisation | Person | Programme, path: str
) -> Finding:
    name = getattr(record, "title", None) or getattr(record, "name", "")
    return context.finding(
        f"{kind} {record.id!r} ({name}) is a draft, not reviewed: {record.draft}.",
        ids=[record.id],
        evidence=[Evidence(id=record.id, path=path, statement=f"{kind.lower()} {name!r}")],
        hint=_HINT,
    )


@rule("MH403", severity="info")
def unreviewed_draft(context: Context) -> Iterator[Finding]:
    """A record drafted from a report's text that nobody has reviewed yet.

    **What it checks.** Every record with a ``draft`` mark: a source, an organisation,
    a person, a programme, a date or a figure that :func:`~migrationhealth.draft` (or
    ``migrationhealth draft``) read from a report and that still carries the mark it
    was drafted with. The mark says what was guessed (the measure a figure counts, the
    language of the text, the kind of an organisation).

    **Why it matters.** A draft is read by rules, not by a person: its values are read
    from its quotes, but which figure counts what, which date dates what, and which
    names are organisations are guesses. A dataset with drafted records is not ready to
    be aggregated or published until each one has been checked and its mark cleared.

    **Example.** The built-in dataset is reviewed and has no drafted records. A draft
    of the Spanish report on Médicos Sin Fronteras' brigades in Ciudad Juárez lists its
    figure of 196 consultations as a draft whose measure was guessed from the counted
    noun "consultas médicas".
    """
    dataset = context.dataset
    for index, source in enumerate(dataset.sources):
        if source.draft is not None:
            yield _record(context, "Source", source, f"$.sources[{index}]")
    for index, organisation in enumerate(dataset.organisations):
        if organisation.draft is not None:
            yield _record(context, "Organisation", organisation, f"$.organisations[{index}]")
    for index, person in enumerate(dataset.people):
        if person.draft is not None:
            yield _record(context, "Person", person, f"$.people[{index}]")
    # Each programme, then its cohorts and statistics, as the walk lists them: a
    # programme's draft mark, then those of its dates and of its records' dates.
    for kind, path, record, programme in context._shared.records:
        if kind == "programme" and programme.draft is not None:
            yield _record(context, "Programme", programme, path)
        for index, fact in enumerate(record.dates):
            if fact.draft is None:
                continue
            yield context.finding(
                f"The date {fact.period} of programme {programme.id!r} is a draft, not "
                f"reviewed: {fact.draft}.",
                ids=[programme.id],
                evidence=[
                    Evidence(
                        id=programme.id,
                        path=f"{path}.dates[{index}]",
                        statement=f"date {fact.period}",
                        citation=fact.citation,
                        period=fact.period,
                    )
                ],
                hint=_HINT,
            )
    figures = context.figures
    drafts = map(_draft_of, context._shared.figure_records)
    for position in [index for index, draft in enumerate(drafts) if draft is not None]:
        located = figures[position]
        figure = located.figure
        yield context.finding(
            f"Figure {figure.id!r} ({figure.measure.value}, {figure.quantity}) is a draft, "
            f"not reviewed: {figure.draft}.",
            ids=[figure.id],
            evidence=[Evidence.of(located)],
            hint=_HINT,
        )


RULES = (unreviewed_draft,)
