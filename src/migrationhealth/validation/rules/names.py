"""Names as written: several spellings of one name (MH306), acronyms spelt out wrongly (MH308)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

from ...model import Organisation, Person, Spelling
from ..context import Context
from ..findings import Evidence, Finding
from ..registry import rule

__all__ = ["RULES", "acronym_expansion", "several_spellings"]


def _folded(text: str) -> str:
    """Case and spacing ignored, accents kept: "Zóe" and "Zoé" stay apart."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


_ARTICLES = frozenset(
    {"the", "el", "la", "los", "las", "le", "les", "l'", "l’", "o", "a", "os", "as"}
)
_TRAILING_ACRONYM = re.compile(r"\s*\(([^()\s]{2,12})\)\s*$")


def looks_like_acronym(token: str, acronym: str | None = None) -> bool:
    """Whether a word in parentheses is an acronym: ``acronym``, or two capitals or more.

    "(IMSS)", "(SRE)" and "(MdM)" are; "(diploma)" and "(France)" are not.
    """
    if acronym is not None and _folded(token) == _folded(acronym):
        return True
    return sum(c.isupper() for c in token) >= 2


def _core(text: str, acronym: str | None = None) -> tuple[str, str | None]:
    """A name without a leading article and a trailing "(ACRONYM)", folded; and the acronym."""
    found = _TRAILING_ACRONYM.search(text)
    stripped = None
    if found is not None and looks_like_acronym(found.group(1), acronym):
        stripped = found.group(1)
        text = text[: found.start()]
    words = _folded(text).split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    return " ".join(words), stripped


_NOT_ASCII_ALNUM = re.compile(r"[^0-9A-Za-z]")


def _bare(text: str) -> str:
    """The core of a name with accents and punctuation dropped, to compare expansions."""
    core = _core(text)[0]
    if core.isascii():
        # The same, in one step: ASCII text decomposes to itself, has no combining
        # marks, and its letters and digits are [0-9A-Za-z].
        return " ".join(_NOT_ASCII_ALNUM.sub(" ", core).split())
    decomposed = unicodedata.normalize("NFKD", core)
    kept = "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))
    return " ".join(kept.split())


def _language(context: Context, spelling: Spelling) -> str | None:
    """The language a spelling is written in: its own, else its source's (primary subtag)."""
    language = spelling.language
    if language is None:
        source = context.source(spelling.source)
        language = None if source is None else source.language
    return None if language is None else language.split("-")[0].casefold()


class _Expansion(NamedTuple):
    text: str
    source: str
    language: str | None
    acronym: str | None
    translation: bool


def _expansions(context: Context, organisation: Organisation) -> list[_Expansion]:
    """The organisation's name and spellings that are not its acronym alone, nor generic."""
    acronym = organisation.acronym
    found = [_Expansion(organisation.name, "", None, _core(organisation.name, acronym)[1], False)]
    found += [
        _Expansion(
            s.text, s.source, _language(context, s), _core(s.text, acronym)[1], s.translation
        )
        for s in organisation.spellings
        if not s.generic
    ]
    return [e for e in found if acronym is None or _folded(e.text) != _folded(acronym)]


def _misexpanded(
    context: Context, organisation: Organisation
) -> list[tuple[_Expansion, list[_Expansion]]]:
    """The spellings "X (ACR)" whose X no other spelling in X's language agrees with.

    Each comes with the other spellings of the name in the same language, which say
    what the acronym stands for elsewhere. An acronym that is not the organisation's is
    not checked.
    """
    acronym = organisation.acronym
    if acronym is None:
        return []
    expansions = _expansions(context, organisation)
    found = []
    for expansion in expansions:
        if expansion.acronym is None or _folded(expansion.acronym) != _folded(acronym):
            continue
        others = [
            e
            for e in expansions
            if e is not expansion and e.language == expansion.language and e.source
        ]
        if others and all(_bare(e.text) != _bare(expansion.text) for e in others):
            found.append((expansion, others))
    return found


@rule("MH306", severity="info")
def several_spellings(context: Context) -> Iterator[Finding]:
    """One person or organisation whose name the sources write in more than one way.

    **What it checks.** A person or an organisation whose ``spellings`` (the name as
    each source writes it, kept verbatim) differ from its ``name`` or from each other in
    more than case and spacing. Accents count: "Zóe Robledo" and "Zoé Robledo" are two
    spellings. What is not a second spelling is left out:

    - a leading article and a trailing acronym in parentheses ("the International
      Organization for Migration", "Médicos Sin Fronteras (MSF)"), and a spelling that
      is the organisation's acronym alone ("IME");
    - for organisations, a spelling marked ``translation`` (the name in another
      language: "Secretaría de Salud" for the "Secretariat of Health of Mexico") is
      compared only with the other translations in its language (the spelling's
      ``language``, else its source's), not with the ``name``;
    - a ``generic`` spelling, a description in place of a name ("los Consulados
      mexicanos");
    - an organisation whose acronym is expanded wrongly somewhere: MH308 reports it.

    People's names are not translated, and all their spellings are compared.

    **Why it matters.** A name is searched for as it is written: a reader who looks for
    one spelling misses the quotes that use another, and a second record may be made for
    the same person. It is information, not an error: reports misspell names, and the
    spellings are kept as written on purpose, beside the ``normalised`` form when one is
    recorded.

    **Example.** Report 06 writes "Zóe Robledo", and TeleSur's article (seed report 003)
    "the Zoé Robledo specified days later": the person is reported, naming both
    spellings and their sources. "The International Organization for Migration (IOM)"
    (report 04) and "the International Organization for Migration" (report 05) are one
    spelling, and pass.
    """
    for index, person in enumerate(context.dataset.people):
        forms: dict[str, list[str]] = {person.name: []}
        for spelling in person.spellings:
            if not spelling.generic:
                forms.setdefault(spelling.text, []).append(spelling.source)
        if len({_core(text)[0] for text in forms}) > 1:
            yield _finding(context, "person", f"$.people[{index}]", person, forms)
    for index, organisation in enumerate(context.dataset.organisations):
        if _misexpanded(context, organisation):
            continue
        by_language: dict[str | None, dict[str, dict[str, list[str]]]] = {}
        for expansion in _expansions(context, organisation):
            # The name and its spellings form one group; translations one per language.
            group = expansion.language if expansion.translation else None
            texts = by_language.setdefault(group, {})
            core = _core(expansion.text, organisation.acronym)[0]
            sources = texts.setdefault(core, {}).setdefault(expansion.text, [])
            if expansion.source:
                sources.append(expansion.source)
        for cores in by_language.values():
            if len(cores) > 1:
                forms = {text: src for texts in cores.values() for text, src in texts.items()}
                path = f"$.organisations[{index}]"
                yield _finding(context, "organisation", path, organisation, forms)


def _finding(
    context: Context,
    kind: str,
    path: str,
    record: Person | Organisation,
    spellings: dict[str, list[str]],
) -> Finding:
    shown = "; ".join(
        f"{text!r}" + (f" ({', '.join(sources)})" if sources else "")
        for text, sources in spellings.items()
    )
    normalised = f" The normalised form is {record.normalised!r}." if record.normalised else ""
    return context.finding(
        f"The {kind} {record.id!r} is written in {len(spellings)} ways: {shown}." + normalised,
        ids=[record.id],
        evidence=[Evidence(id=record.id, path=path, statement=f"{kind} {record.name!r}")],
        hint="Keep every spelling as written; record the correct form in "
        f"`normalised` (at {path}.normalised) so that searches find them all.",
    )


@rule("MH308", severity="warning")
def acronym_expansion(context: Context) -> Iterator[Finding]:
    """An acronym spelt out in one source as a name no other source gives it.

    **What it checks.** An organisation's spellings of the form "Name (ACRONYM)", where
    the acronym is the organisation's: the name must agree (ignoring case, accents,
    punctuation and a leading article) with one of the organisation's other spellings
    in the same language (the spelling's ``language``, else its source's). Spellings
    in other languages are translations and are not compared; a spelling with no other
    in its language is not checked.

    **Why it matters.** The acronym ties the quote to the organisation, and the
    expansion to something else: either the wrong organisation was named, or the name
    is wrong, and a reader who searches for the name as given finds another body, or
    none.

    **Example.** Report 06 writes "Instituto Mexicano de la Salud (IMSS)", while report
    07 names the IMSS as the "Instituto Mexicano del Seguro Social": reported, with both
    spellings and their sources. Report 08's "Médicos Sin Fronteras (MSF)" agrees with
    the organisation's name, and passes.
    """
    for index, organisation in enumerate(context.dataset.organisations):
        for expansion, others in _misexpanded(context, organisation):
            elsewhere = "; ".join(f"{e.text!r} ({e.source})" for e in others)
            path = f"$.organisations[{index}]"
            yield context.finding(
                f"{expansion.source} writes {expansion.text!r} for the organisation "
                f"{organisation.id!r} ({organisation.acronym}), which other sources in "
                f"the same language call {elsewhere}.",
                ids=[organisation.id, expansion.source],
                evidence=[
                    Evidence(
                        id=organisation.id,
                        path=path,
                        statement=f"organisation {organisation.name!r} ({organisation.acronym})",
                    )
                ],
                hint="Check which organisation the source means: keep the spelling as "
                f"written, and record the right name in `normalised` (at {path}.normalised).",
            )


RULES = (several_spellings, acronym_expansion)
