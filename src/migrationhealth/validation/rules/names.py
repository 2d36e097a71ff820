"""Names as written: one person or organisation under several spellings (MH306)."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from ...model import Organisation, Person
from ..context import Context
from ..findings import Evidence, Finding
from ..registry import rule

__all__ = ["RULES", "several_spellings"]


def _folded(text: str) -> str:
    """Case and spacing ignored, accents kept: "Zóe" and "Zoé" stay apart."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _spellings(record: Person | Organisation) -> dict[str, list[str]]:
    """Each distinct spelling of the record's name, with the sources that write it so."""
    found: dict[str, list[str]] = {record.name: []}
    for spelling in record.spellings:
        found.setdefault(spelling.text, []).append(spelling.source)
    return found


@rule("MH306", severity="info")
def several_spellings(context: Context) -> Iterator[Finding]:
    """One person or organisation whose name the sources write in more than one way.

    **What it checks.** A person or an organisation whose ``spellings`` (the name as
    each source writes it, kept verbatim) differ from its ``name`` or from each other in
    more than case and spacing. Accents count: "Zóe Robledo" and "Zoé Robledo" are two
    spellings.

    **Why it matters.** A name is searched for as it is written: a reader who looks for
    one spelling misses the quotes that use another, and a second record may be made for
    the same person. It is information, not an error: reports misspell names, and the
    spellings are kept as written on purpose, beside the ``normalised`` form when one is
    recorded.

    **Example.** A person recorded as "Zóe Robledo" (a report's misspelling) with the
    spelling "Zoé Robledo" from another source is reported, naming both spellings and
    their sources. A person whose spellings are all "Zoé Robledo" passes.
    """
    records: list[tuple[str, str, int, Person | Organisation]] = [
        ("person", "people", index, person) for index, person in enumerate(context.dataset.people)
    ]
    records += [
        ("organisation", "organisations", index, organisation)
        for index, organisation in enumerate(context.dataset.organisations)
    ]
    for kind, collection, index, record in records:
        spellings = _spellings(record)
        if len({_folded(text) for text in spellings}) < 2:
            continue
        shown = "; ".join(
            f"{text!r}" + (f" ({', '.join(sources)})" if sources else "")
            for text, sources in spellings.items()
        )
        path = f"$.{collection}[{index}]"
        normalised = f" The normalised form is {record.normalised!r}." if record.normalised else ""
        yield context.finding(
            f"The {kind} {record.id!r} is written in {len(spellings)} ways: {shown}." + normalised,
            ids=[record.id],
            evidence=[Evidence(id=record.id, path=path, statement=f"{kind} {record.name!r}")],
            hint="Keep every spelling as written; record the correct form in "
            f"`normalised` (at {path}.normalised) so that searches find them all.",
        )


RULES = (several_spellings,)
