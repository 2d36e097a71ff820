"""MH3xx: references between records, and the identity of records."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from functools import partial

from ...model import (
    Breakdown,
    Citation,
    DateFact,
    Organisation,
    Programme,
)
from ..context import Context
from ..context import _Record as _SharedRecord
from ..findings import Evidence, Finding
from ..registry import rule
from .names import _TRAILING_ACRONYM, _bare, looks_like_acronym

__all__ = [
    "RULES",
    "duplicate_id",
    "duplicate_organisation",
    "duplicate_programme",
    "reference_cycle",
    "unknown_reference",
    "unreferenced_organisation",
]


_Cited = tuple[str, str, Citation, Callable[[], Evidence]]


def _citations(
    context: Context, keep: Callable[[Citation], bool], *, figures: bool = True, others: bool = True
) -> Iterator[_Cited]:
    """(what cites, path, citation, its evidence when asked for) for each citation kept.

    ``keep`` chooses the citations; the words and paths are made only for those. With
    ``figures=False`` the figures' citations are passed over (none of them is kept), and
    with ``others=False`` the rest.
    """
    if figures:
        for located, citation in zip(context.figures, context._shared.citations, strict=True):
            if citation is not None and keep(citation):
                yield (
                    f"figure {located.figure.id!r}",
                    f"{located.path}.citation",
                    citation,
                    partial(Evidence.of, located),
                )
    if not others:
        return
    for p_index, programme in enumerate(context.dataset.programmes):
        base = f"$.programmes[{p_index}]"
        for index, citation in enumerate(programme.citations):
            if not keep(citation):
                continue
            path = f"{base}.citations[{index}]"
            yield (
                f"programme {programme.id!r}",
                path,
                citation,
                partial(
                    Evidence,
                    id=programme.id,
                    path=path,
                    statement=f"a citation of programme {programme.title!r}",
                    citation=citation,
                ),
            )
        for index, partner in enumerate(programme.partners):
            if partner.citation is not None and keep(partner.citation):
                path = f"{base}.partners[{index}].citation"
                yield (
                    f"partner {partner.organisation!r} of programme {programme.id!r}",
                    path,
                    partner.citation,
                    partial(
                        Evidence,
                        id=programme.id,
                        path=path,
                        statement=f"partner {partner.organisation!r} of {programme.id!r}",
                        citation=partner.citation,
                    ),
                )
        for path, record_id, fact in _dated_facts(programme, base):
            if fact.citation is not None and keep(fact.citation):
                what = f"the {fact.event} of" if fact.event else "a date of"
                yield (
                    f"{what} {record_id!r}",
                    f"{path}.citation",
                    fact.citation,
                    partial(
                        Evidence,
                        id=record_id,
                        path=path,
                        statement=f"{what} {record_id!r}: {fact.period}",
                        citation=fact.citation,
                    ),
                )
    for p_index, person in enumerate(context.dataset.people):
        for index, citation in enumerate(person.citations):
            if keep(citation):
                path = f"$.people[{p_index}].citations[{index}]"
                yield (
                    f"person {person.id!r}",
                    path,
                    citation,
                    partial(
                        Evidence,
                        id=person.id,
                        path=path,
                        statement=f"a mention of {person.name!r}",
                        citation=citation,
                    ),
                )


def _other_citations(context: Context) -> Iterator[Citation]:
    """The citations of programmes, partners, dates and people, as :func:`_citations` has them."""
    for _, _, record, programme in context._shared.records:
        if record is programme:
            yield from programme.citations
            for partner in programme.partners:
                if partner.citation is not None:
                    yield partner.citation
        for fact in record.dates:
            if fact.citation is not None:
                yield fact.citation
    for person in context.dataset.people:
        yield from person.citations


def _dated_facts(programme: Programme, base: str) -> Iterator[tuple[str, str, DateFact]]:
    """(path, record id, fact) for the cited dates of a programme and of its records."""
    for index, fact in enumerate(programme.dates):
        yield f"{base}.dates[{index}]", programme.id, fact
    for c_index, cohort in enumerate(programme.cohorts):
        for index, fact in enumerate(cohort.dates):
            yield f"{base}.cohorts[{c_index}].dates[{index}]", cohort.id, fact
    for s_index, statistic in enumerate(programme.statistics):
        for index, fact in enumerate(statistic.dates):
            yield f"{base}.statistics[{s_index}].dates[{index}]", statistic.id, fact


def _record(id: str, path: str, statement: str) -> Evidence:
    return Evidence(id=id, path=path, statement=statement)


@rule("MH301", severity="error")
def unknown_reference(context: Context) -> Iterator[Finding]:
    """A reference to an id that the dataset does not have.

    **What it checks.** Every reference between records resolves: a citation's source
    (the citations of figures, dates, programmes, partners and people), a speaker's
    organisation and person, a partner's organisation, an organisation's parent, a
    programme's related programmes, and a breakdown's total (a figure of the same record,
    a cohort, statistic or programme: its own figures, its breakdowns' parts or its
    sub-groups' figures). Links between figures (`repeats`, `part_of`...) are MH109's.

    **Why it matters.** The model lets a dataset with a dangling reference load, so that
    it can be inspected and repaired; but a figure whose source is unknown cannot be
    checked against it, and a partner that is not in the dataset is missing from every
    count of partners.

    **Example.** In the built-in dataset, every figure of the Mexico-Chile diploma cites
    the source `s000-mx-cl-diploma`, and the diploma's partners are organisations of the
    dataset (`mx-insp`, `cl-ministry-of-health`...), so nothing is reported. A citation of
    `s000-mx-cl-diplomma` would be.
    """
    dataset = context.dataset
    sources = {source.id for source in dataset.sources}
    organisations = {organisation.id for organisation in dataset.organisations}
    programmes = {programme.id for programme in dataset.programmes}
    people = {person.id for person in dataset.people}

    def dangling(citation: Citation) -> bool:
        speaker = citation.speaker
        return citation.source not in sources or (
            speaker is not None
            and (
                (speaker.organisation is not None and speaker.organisation not in organisations)
                or (speaker.person is not None and speaker.person not in people)
            )
        )

    # Figures cite a few sources and speakers many times over: when all of those are
    # known, none of the figures' citations dangles, and they need no look one by one;
    # nor do the other citations (of programmes, partners, dates and people).
    figure_cited, other_cited = _cited(context)

    def any_dangles(cited: list[Citation]) -> bool:
        speakers = [c.speaker for c in cited if c.speaker is not None]
        return not (
            sources.issuperset({c.source for c in cited})
            and organisations.issuperset(
                {s.organisation for s in speakers if s.organisation is not None}
            )
            and people.issuperset({s.person for s in speakers if s.person is not None})
        )

    figures_dangle, others_dangle = any_dangles(figure_cited), any_dangles(other_cited)
    found = _citations(context, dangling, figures=figures_dangle, others=others_dangle)
    for who, path, citation, make_evidence in found:
        if citation.source not in sources:
            evidence = make_evidence()
            yield context.finding(
                f"The citation of {who} names source {citation.source!r}, which is not in "
                "the dataset.",
                ids=[evidence.id, citation.source],
                evidence=[evidence],
                hint="Add the source, or correct the id (at " + f"{path}.source).",
            )
        speaker = citation.speaker
        if (
            speaker is not None
            and speaker.organisation is not None
            and speaker.organisation not in organisations
        ):
            evidence = make_evidence()
            yield context.finding(
                f"The speaker {speaker.label!r} quoted for {who} speaks for organisation "
                f"{speaker.organisation!r}, which is not in the dataset.",
                ids=[evidence.id, speaker.organisation],
                evidence=[evidence],
                hint=f"Add the organisation, or correct the id (at {path}.speaker).",
            )
        if speaker is not None and speaker.person is not None and speaker.person not in people:
            evidence = make_evidence()
            yield context.finding(
                f"The speaker quoted for {who} is person {speaker.person!r}, who is not among "
                "the dataset's people.",
                ids=[evidence.id, speaker.person],
                evidence=[evidence],
                hint=f"Add the person, or correct the id (at {path}.speaker.person).",
            )
    for index, organisation in enumerate(dataset.organisations):
        if organisation.parent is not None and organisation.parent not in organisations:
            path = f"$.organisations[{index}]"
            yield context.finding(
                f"Organisation {organisation.id!r} has parent {organisation.parent!r}, which "
                "is not in the dataset.",
                ids=[organisation.id, organisation.parent],
                evidence=[_record(organisation.id, path, f"organisation {organisation.name!r}")],
                hint=f"Add the parent organisation, or correct the id (at {path}.parent).",
            )
    for p_index, programme in enumerate(dataset.programmes):
        base = f"$.programmes[{p_index}]"
        for index, partner in enumerate(programme.partners):
            if partner.organisation not in organisations:
                path = f"{base}.partners[{index}]"
                yield context.finding(
                    f"Programme {programme.id!r} has partner {partner.organisation!r}, which "
                    "is not an organisation of the dataset.",
                    ids=[programme.id, partner.organisation],
                    evidence=[
                        Evidence(
                            id=programme.id,
                            path=path,
                            statement=f"partner {partner.organisation!r} ("
                            + ", ".join(role.value for role in partner.roles)
                            + ")",
                            citation=partner.citation,
                        )
                    ],
                    hint=f"Add the organisation, or correct the id (at {path}.organisation).",
                )
        for index, related in enumerate(programme.related):
            if related not in programmes:
                yield context.finding(
                    f"Programme {programme.id!r} is related to programme {related!r}, which "
                    "is not in the dataset.",
                    ids=[programme.id, related],
                    evidence=[_record(programme.id, base, f"programme {programme.title!r}")],
                    hint=f"Add the programme, or correct the id (at {base}.related[{index}]).",
                )
    yield from _breakdown_totals(context)


def _breakdown_totals(context: Context) -> Iterator[Finding]:
    figure_ids = context.figure_ids
    record_paths, editions = context._shared.record_paths, context._shared.editions
    for kind, r_base, record, _ in context._shared.records:
        if record.breakdowns:
            ids: set[str] | None = None
            for b_index, breakdown in enumerate(record.breakdowns):
                # The dataset's first figure with the id is usually the one: when it sits
                # among the record's figures, parts or sub-groups' figures, it is there.
                first = figure_ids.get(breakdown.total)
                if first is not None and record_paths[first] == r_base and first not in editions:
                    continue
                if ids is None:
                    ids = {figure.id for figure in record.figures}
                    ids.update(p.figure.id for b in record.breakdowns for p in b.parts)
                    ids.update(figure.id for s in record.subgroups for figure in s.figures)
                if breakdown.total in ids:
                    continue
                path = f"{r_base}.breakdowns[{b_index}]"
                yield context.finding(
                    f"Breakdown {breakdown.id!r} of {kind} {record.id!r} breaks down figure "
                    f"{breakdown.total!r}, which is not a figure of that {kind}.",
                    ids=[breakdown.id, breakdown.total],
                    evidence=[_record(breakdown.id, path, f"breakdown by {breakdown.dimension}")],
                    hint=f"Correct the total's id (at {path}.total), or add the total figure "
                    f"to the {kind}.",
                )


@rule("MH302", severity="error")
def duplicate_id(context: Context) -> Iterator[Finding]:
    """Two records with the same id: of the same kind (an error), or of two kinds (a warning).

    **What it checks.** Ids are unique within each kind of record: sources,
    organisations, programmes, cohorts, statistics, sub-groups, breakdowns and figures
    (figure ids are unique across the whole dataset, wherever the figures sit). Each id
    used more than once is reported once, with every place it is used. An id that names
    records of different kinds (a cohort `x` in one programme, a statistic `x` in
    another) is reported too, as a warning, with the first place of each kind.

    **Why it matters.** A lookup by id finds the first record and silently hides the
    others; references to the id are ambiguous, and two cohorts with one id have their
    figures compared as if they were one. Records of different kinds are never taken for
    one (validation and aggregation group figures by the kind of record with its id),
    but a reader of an export or a report sees one id for two things.

    **Example.** The built-in dataset passes: the 546 participants of the Mexico-Chile
    diploma are mentioned twice, and recorded as two figures with two ids
    (`diploma-participants` and `diploma-participants-summary`).
    """
    dataset = context.dataset
    first: dict[tuple[str, str], str] = {}
    repeated: dict[tuple[str, str], list[str]] = {}

    def see(kind: str, id: str, path: str) -> None:
        key = (kind, id)
        earlier = first.setdefault(key, path)
        if earlier != path:
            repeated.setdefault(key, [earlier]).append(path)

    for index, source in enumerate(dataset.sources):
        see("source", source.id, f"$.sources[{index}]")
    for index, organisation in enumerate(dataset.organisations):
        see("organisation", organisation.id, f"$.organisations[{index}]")
    # The shared list of records holds each programme, then its cohorts and statistics,
    # with their paths: each programme's records are seen, then their breakdowns and
    # sub-groups.
    records = context._shared.records
    for start, stop in _programme_runs(records):
        run = records[start:stop]
        for kind, path, record, _ in run:
            see(kind, record.id, path)
        for _, path, record, _ in run:
            for index, breakdown in enumerate(record.breakdowns):
                see("breakdown", breakdown.id, f"{path}.breakdowns[{index}]")
            for index, subgroup in enumerate(record.subgroups):
                see("sub-group", subgroup.id, f"{path}.subgroups[{index}]")
    # Figures are most of the records, and their ids are almost always unique: the
    # shared index of ids tells at once, and only a dataset with a repeated figure id is
    # walked for paths.
    unique = context.figure_ids
    others = {id for _, id in first}
    # Whether an id names records of two kinds; most datasets have none to list.
    across = len(others) < len(first)
    if len(unique) < len(context.figures):
        across = True
        for located in context.figures:
            see("figure", located.figure.id, located.path)
    elif not others.isdisjoint(unique):
        # Only figures whose id another kind of record has need a path.
        across = True
        for located in context.figures:
            if located.figure.id in others:
                see("figure", located.figure.id, located.path)
    for (kind, id), paths in repeated.items():
        yield context.finding(
            f"The {kind} id {id!r} is used {len(paths)} times: at {', '.join(paths)}.",
            ids=[id],
            evidence=[_record(id, path, f"{kind} {id!r}") for path in paths],
            hint="Give each record an id of its own; a lookup by id finds only the first.",
        )
    if not across:
        return
    kinds: dict[str, list[tuple[str, str]]] = {}
    for (kind, id), path in first.items():
        kinds.setdefault(id, []).append((kind, path))
    for id, places in kinds.items():
        if len(places) < 2:
            continue
        where = ", ".join(f"a {kind} at {path}" for kind, path in places)
        yield context.finding(
            f"The id {id!r} names records of {len(places)} kinds: {where}.",
            ids=[id],
            evidence=[_record(id, path, f"{kind} {id!r}") for kind, path in places],
            hint="Give each record an id of its own, so that an export or a report names "
            "one thing by each id.",
            severity="warning",
        )


def _programme_runs(records: Sequence[_SharedRecord]) -> Iterator[tuple[int, int]]:
    """Where each programme's records (it, its cohorts, its statistics) start and stop."""
    start = 0
    for index in range(1, len(records)):
        if records[index][0] == "programme":
            yield start, index
            start = index
    if records:
        yield start, len(records)


def _cited(context: Context) -> tuple[list[Citation], list[Citation]]:
    """The citations of the figures, and the others (:func:`_other_citations`), made once."""
    shared = context._shared.rule_data
    found = shared.get("references.cited")
    if found is None:
        figures = [c for c in context._shared.citations if c is not None]
        found = shared["references.cited"] = (figures, list(_other_citations(context)))
    assert isinstance(found, tuple)
    return found


def _referenced(context: Context) -> set[str]:
    """The ids of organisations something refers to, by id or, for publishers, by name."""
    dataset = context.dataset
    found = {partner.organisation for p in dataset.programmes for partner in p.partners}
    found.update(o.parent for o in dataset.organisations if o.parent is not None)
    for cited in _cited(context):
        speakers = [citation.speaker for citation in cited if citation.speaker is not None]
        found.update(s.organisation for s in speakers if s.organisation is not None)
    publishers = {s.publisher.casefold() for s in dataset.sources if s.publisher is not None}
    for organisation in dataset.organisations:
        names = {organisation.id, organisation.name, organisation.acronym or ""}
        if any(name.casefold() in publishers for name in names if name):
            found.add(organisation.id)
    return found


@rule("MH303", severity="info")
def unreferenced_organisation(context: Context) -> Iterator[Finding]:
    """An organisation that nothing in the dataset refers to.

    **What it checks.** An organisation is referred to when it is a programme's partner,
    the organisation of a quoted speaker, the parent of another organisation, or the
    publisher of a source (a source's publisher is free text, matched against the
    organisation's id, name and acronym, ignoring case).

    **Why it matters.** An organisation nothing refers to takes part in no count of
    partners and speaks in no quote: it may be left over from an edit, or a partner whose
    reference was mistyped (MH301 then reports the reference). It is information, not a
    problem: reports name bodies that attend an event without a role in the programme.

    **Example.** TeleSur's article (seed report 003) compares Mexico's doctors with "the
    average of 3.5 in the Organization for Economic Cooperation and Development
    (OECD)": the OECD (`oecd`) is recorded, and reported here, since nothing else
    refers to it. The Institute for Social Security and Services for State Workers
    (`mx-issste`), among those who attended the 22nd Binational Health Week (seed
    report 001), is a partner of that week as an attendee, and passes.
    """
    referenced = _referenced(context)
    for index, organisation in enumerate(context.dataset.organisations):
        if organisation.id not in referenced:
            yield context.finding(
                f"Organisation {organisation.id!r} ({organisation.name}) is not a partner, "
                "a speaker's organisation, a parent or a publisher of anything in the "
                "dataset.",
                ids=[organisation.id],
                evidence=[
                    _record(
                        organisation.id,
                        f"$.organisations[{index}]",
                        f"organisation {organisation.name!r}",
                    )
                ],
                hint="Add it as a partner of the programme it takes part in, or remove it if "
                "nothing in the reports ties it to one.",
            )


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())


def _org_evidence(index: int, organisation: Organisation) -> Evidence:
    acronym = f" ({organisation.acronym})" if organisation.acronym else ""
    country = organisation.country or "international"
    return _record(
        organisation.id,
        f"$.organisations[{index}]",
        f"organisation {organisation.name!r}{acronym}, {country}",
    )


@rule("MH304", severity="warning")
def duplicate_organisation(context: Context) -> Iterator[Finding]:
    """One organisation recorded under two ids: the same name, or the same acronym.

    **What it checks.** Organisations whose names are the same (ignoring case and spacing),
    or whose acronyms are, in the same country (or both international). Different
    countries keep apart "Ministry of Health" of Chile and of Mexico. An organisation
    whose parent is another of the group (a country office under its agency) is not a
    duplicate of it.

    **Why it matters.** Partners counted under two ids are counted twice, and what one id
    says about the organisation is missing from the other.

    **Example.** The built-in dataset records the International Organization for
    Migration once, as `iom` (acronym IOM), and its Chile office as `iom-chile` with `iom`
    as parent, so nothing is reported. A second record named "International Organization
    for Migration" under the id `oim` would be.
    """
    groups: dict[tuple[str, str, str | None], list[int]] = {}
    organisations = context.dataset.organisations
    for index, organisation in enumerate(organisations):
        keys = [("name", _folded(organisation.name), organisation.country)]
        if organisation.acronym:
            keys.append(("acronym", _folded(organisation.acronym), organisation.country))
        for key in keys:
            groups.setdefault(key, []).append(index)
    reported: set[frozenset[str]] = set()
    for (by, _, _), members in groups.items():
        ids = {organisations[i].id for i in members}
        # An organisation that is its own parent is MH305's finding, and still a duplicate.
        ids -= {
            organisations[i].id
            for i in members
            if organisations[i].parent in ids and organisations[i].parent != organisations[i].id
        }
        if len(ids) < 2 or frozenset(ids) in reported:
            continue
        reported.add(frozenset(ids))
        shown = [i for i in members if organisations[i].id in ids]
        names = ", ".join(
            f"{organisations[i].id!r} ({organisations[i].acronym or organisations[i].name})"
            for i in shown
        )
        yield context.finding(
            f"Organisations {names} have the same {by}: they may be one organisation "
            "under several ids.",
            ids=[organisations[i].id for i in shown],
            evidence=[_org_evidence(i, organisations[i]) for i in shown],
            hint="Keep one record and point every reference at its id; if they are "
            "different bodies, tell them apart by name or country.",
        )


@rule("MH305", severity="error")
def reference_cycle(context: Context) -> Iterator[Finding]:
    """A record that refers to itself, directly or round a cycle.

    **What it checks.** An organisation that is its own parent, or organisations whose
    parents lead back to one of them (`a` under `b` under `a`); a programme related to
    itself; a breakdown whose total is one of its own parts; two or more breakdowns of a
    record (a programme, a cohort, a statistic) that break down each other's parts (the
    total of `b1` is a part of `b2`, whose total is a part of `b1`). Each cycle is
    reported once, with every record in it.

    **Why it matters.** A hierarchy with a cycle has no top: counting an agency's
    offices, or walking up to a country's ministry, never ends, and MH304 cannot tell an
    office from its agency. A total that is its own part makes the breakdown's sum
    meaningless, and a programme related to itself relates nothing.

    **Example.** The built-in dataset passes: the IOM's Chile office (`iom-chile`) has
    the IOM (`iom`) as parent, and `iom` has none. Had `iom` been given `iom-chile` as
    its parent, the two would be reported as a cycle.
    """
    yield from _parent_cycles(context)
    # Each programme, then its cohorts and statistics, as the walk lists them.
    for kind, base, record, programme in context._shared.records:
        if kind == "programme":
            for index, related in enumerate(programme.related):
                if related == programme.id:
                    yield context.finding(
                        f"Programme {programme.id!r} is related to itself.",
                        ids=[programme.id],
                        evidence=[_record(programme.id, base, f"programme {programme.title!r}")],
                        hint=f"Remove the id from its own related programmes (at "
                        f"{base}.related[{index}]), or correct it.",
                    )
                    break
        if record.breakdowns:
            yield from _breakdown_cycles(context, base, record.breakdowns)


def _parent_cycles(context: Context) -> Iterator[Finding]:
    organisations = context.dataset.organisations
    parent: dict[str, str] = {}
    index_of: dict[str, int] = {}
    for index, organisation in enumerate(organisations):
        index_of.setdefault(organisation.id, index)
        if organisation.parent is not None:
            parent.setdefault(organisation.id, organisation.parent)
    done: set[str] = set()
    for start in parent:
        trail: list[str] = []
        on_trail: set[str] = set()
        node: str | None = start
        while node is not None and node not in done and node not in on_trail:
            trail.append(node)
            on_trail.add(node)
            node = parent.get(node)
        done.update(trail)
        if node is None or node not in on_trail:
            continue
        cycle = trail[trail.index(node) :]
        evidence = [
            _record(
                id, f"$.organisations[{index_of[id]}]", f"organisation with parent {parent[id]!r}"
            )
            for id in cycle
        ]
        if len(cycle) == 1:
            message = f"Organisation {node!r} is its own parent."
        else:
            chain = " → ".join(repr(id) for id in [*cycle, cycle[0]])
            message = f"The parents of organisations {chain} form a cycle."
        yield context.finding(
            message,
            ids=cycle,
            evidence=evidence,
            hint="Give the organisation at the top of the hierarchy no parent, and every "
            f"other its real parent (at $.organisations[{index_of[cycle[0]]}].parent).",
        )


def _breakdown_cycles(
    context: Context, record_path: str, breakdowns: tuple[Breakdown, ...]
) -> Iterator[Finding]:
    if not breakdowns:
        return
    # The breakdown whose parts include each figure, and the breakdown a total leads to.
    owner: dict[str, int] = {}
    for b_index, breakdown in enumerate(breakdowns):
        for part in breakdown.parts:
            owner.setdefault(part.figure.id, b_index)
    done: set[int] = set()
    for start in range(len(breakdowns)):
        trail: list[int] = []
        on_trail: set[int] = set()
        node: int | None = start
        while node is not None and node not in done and node not in on_trail:
            trail.append(node)
            on_trail.add(node)
            node = owner.get(breakdowns[node].total)
        done.update(trail)
        if node is None or node not in on_trail:
            continue
        cycle = trail[trail.index(node) :]
        evidence = [
            _record(
                breakdowns[b].id,
                f"{record_path}.breakdowns[{b}]",
                f"breakdown by {breakdowns[b].dimension} of figure {breakdowns[b].total!r}",
            )
            for b in cycle
        ]
        first = breakdowns[cycle[0]]
        if len(cycle) == 1:
            message = (
                f"Breakdown {first.id!r} breaks down figure {first.total!r}, which is one of "
                "its own parts."
            )
        else:
            named = [f"{breakdowns[b].id!r} (of figure {breakdowns[b].total!r})" for b in cycle]
            message = (
                f"Breakdowns {', '.join(named[:-1])} and {named[-1]} break down each other: "
                "the total of each is a part of another."
            )
        yield context.finding(
            message,
            ids=[breakdowns[b].id for b in cycle],
            evidence=evidence,
            hint="A breakdown's total is the figure for the whole, outside its parts: "
            f"correct the total's id (at {record_path}.breakdowns[{cycle[0]}].total).",
        )


def _programme_sources(programme: Programme) -> frozenset[str]:
    """The sources a programme's own facts cite: citations, dates, edition, partners."""
    found = {c.source for c in programme.citations}
    found.update(f.citation.source for f in programme.dates if f.citation is not None)
    found.update(p.citation.source for p in programme.partners if p.citation is not None)
    if programme.edition is not None and programme.edition.citation is not None:
        found.add(programme.edition.citation.source)
    return frozenset(found)


def _programme_days(programme: Programme) -> tuple[dt.date, dt.date] | None:
    period = programme.period
    if period is None:
        return None
    first, last = period.earliest(), period.latest()
    return None if first is None or last is None else (first, last)


def _overlapping(members: list[tuple[dt.date, dt.date, int]]) -> list[list[int]]:
    """The members in runs of overlapping periods, along a sweep in order of start."""
    runs: list[list[int]] = []
    end: dt.date | None = None
    for first, last, member in sorted(members):
        if end is None or first > end:
            runs.append([])
            end = last
        runs[-1].append(member)
        end = max(end, last)
    return [sorted(run) for run in runs]


def _programme_words(programme: Programme) -> str:
    sources = ", ".join(sorted(_programme_sources(programme))) or "no source"
    return f"{programme.id!r} ({sources}; {programme.period or 'undated'})"


@rule("MH307", severity="warning")
def duplicate_programme(context: Context) -> Iterator[Finding]:
    """One programme recorded twice, under two ids, from different sources.

    **What it checks.** Programmes of the same kind and the same countries whose titles
    are the same (ignoring case, accents, punctuation and a leading article), or whose
    titles end in the same acronym in parentheses ("(SBS)": two capitals or more, not
    "(diploma)"), whose periods overlap (both known, to the year at least), and whose
    own facts (citations, dates, edition, partners) do not all cite the same sources.
    Programmes are grouped by these keys, and periods compared along a sweep in order of
    start, so the cost grows with the number of programmes, not with their pairs.

    **Why it matters.** A programme recorded once per source is counted once per
    source: its partners, figures and periods are split between two ids, and the
    checks that compare what sources say about one programme (MH205, MH207, MH101)
    never see the two side by side.

    **Example.** The 2006 Binational Health Week is described by two reports (report 01
    in English, report 02 in Spanish) and recorded once, as `binational-health-week-2006`
    with the dates and edition each report gives: nothing is reported. Had report 02's
    account been recorded as a second programme with the same title, kind and
    countries, it would be, with a suggestion to merge the two.
    """
    programmes = context.dataset.programmes
    groups: dict[tuple[str, str, str, frozenset[str]], list[int]] = {}
    for index, programme in enumerate(programmes):
        countries = frozenset(programme.countries)
        kind = programme.kind.value
        groups.setdefault(("title", _bare(programme.title), kind, countries), []).append(index)
        acronym = _TRAILING_ACRONYM.search(programme.title)
        if acronym is not None and looks_like_acronym(acronym.group(1)):
            key = ("acronym", acronym.group(1).casefold(), kind, countries)
            groups.setdefault(key, []).append(index)
    reported: set[frozenset[str]] = set()
    for (by, _, _, _), members in groups.items():
        if len({programmes[m].id for m in members}) < 2:
            continue
        dated = [(*days, m) for m in members if (days := _programme_days(programmes[m]))]
        for run in _overlapping(dated):
            ids = frozenset(programmes[m].id for m in run)
            sources = {_programme_sources(programmes[m]) for m in run}
            if len(ids) < 2 or len(sources) < 2 or ids in reported:
                continue
            reported.add(ids)
            named = ", ".join(_programme_words(programmes[m]) for m in run)
            yield context.finding(
                f"Programmes {named} have the same {by}, kind and countries and overlapping "
                "periods: they may be one programme recorded once per source.",
                ids=[programmes[m].id for m in run],
                evidence=[
                    _record(
                        programmes[m].id, f"$.programmes[{m}]", f"programme {programmes[m].title!r}"
                    )
                    for m in run
                ],
                hint="Merge them into one programme that keeps every source's dates, "
                "figures and citations; if they are different editions, give each its "
                "period and edition.",
            )


RULES = (
    unknown_reference,
    duplicate_id,
    unreferenced_organisation,
    duplicate_organisation,
    reference_cycle,
    duplicate_programme,
)
