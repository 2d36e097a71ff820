"""Draft a dataset from a report's text, for a person to review.

:func:`draft` reads a press release or report with the library's own readers and
returns a :class:`~migrationhealth.dataset.Dataset` of what it states: one
:class:`~migrationhealth.model.Source`, the organisations and people it names, and one
programme holding every figure, date, country and place, each with the verbatim
sentence that states it. Every drafted record carries a ``draft`` mark saying what was
guessed (the measure of a figure, the language of the text); validation rule MH403 lists
the records still marked. Reviewing a draft is clearing those marks, record by record,
after checking each one against the report.

Nothing is invented: a figure's value is always read from a number phrase inside its own
quote, with the phrase's hedge; numbers that state no fact (telephone numbers, file
names, addresses, article and road numbers, page furniture) are left out, and the
source's notes list them with the reason. A number whose reading depends on a convention
the text does not settle ("3.000" when the language is not known) is drafted with its
other readings named in its mark, never as a silent guess.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import re
import unicodedata
from collections.abc import Iterator, Mapping
from decimal import Decimal
from functools import cache, lru_cache

import attrs
import babel
import pycountry

from .countries import _folded, _key, _names
from .dataset import Dataset
from .dateparse import PeriodReading, read_period
from .dates import PartialDate, Period
from .enums import Bound, Measure, OrganisationKind, ProgrammeKind
from .errors import InvalidValueError, MigrationHealthError, QuantityParseError
from .interval import Number
from .languages import LANGUAGES, Language, get_language
from .model import (
    Citation,
    DateFact,
    Figure,
    Organisation,
    Person,
    Position,
    Programme,
    Source,
    Speaker,
)
from .numparse import NumberSpan, find_numbers, parse_number, parse_quantity
from .quantity import Qualifier, Quantity

__all__ = [
    "DRAFT_MARK",
    "Detection",
    "Draft",
    "DraftedFigure",
    "LeftOut",
    "detect_language",
    "draft",
    "draft_report",
]

DRAFT_MARK = "drafted from the report's text, not reviewed"
"""The start of every drafted record's ``draft`` mark."""

# Words that are frequent in one language and rare in the other three.
_FUNCTION_WORDS: Mapping[str, frozenset[str]] = {
    "en": frozenset(
        [
            "the",
            "and",
            "of",
            "to",
            "in",
            "was",
            "were",
            "with",
            "for",
            "that",
            "is",
            "are",
            "by",
            "from",
            "has",
            "have",
            "which",
            "this",
            "its",
            "their",
            "who",
            "will",
            "said",
            "been",
        ]
    ),
    "es": frozenset(
        [
            "el",
            "los",
            "las",
            "del",
            "que",
            "y",
            "en",
            "con",
            "para",
            "por",
            "se",
            "una",
            "fue",
            "más",
            "al",
            "su",
            "sus",
            "como",
            "entre",
            "este",
            "esta",
            "también",
            "han",
        ]
    ),
    "pt": frozenset(
        [
            "o",
            "os",
            "do",
            "da",
            "dos",
            "das",
            "que",
            "e",
            "em",
            "no",
            "na",
            "com",
            "para",
            "uma",
            "foi",
            "não",
            "ao",
            "pelo",
            "pela",
            "seu",
            "sua",
            "também",
            "como",
            "mais",
        ]
    ),
    "fr": frozenset(
        [
            "le",
            "les",
            "des",
            "du",
            "et",
            "en",
            "à",
            "au",
            "aux",
            "qui",
            "une",
            "est",
            "pour",
            "avec",
            "sur",
            "par",
            "dans",
            "ce",
            "cette",
            "sont",
            "été",
            "ont",
            "plus",
        ]
    ),
}
_WORDS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?", re.UNICODE)


@attrs.frozen
class Detection:
    """The language a text was detected in, and how sure the detection is.

    ``scores`` are the shares of the text's words that are function words of each
    language; ``certain`` is false when the text is short or two languages score close.
    """

    language: str
    certain: bool
    scores: Mapping[str, float]

    def describe(self) -> str:
        """The detection in words, with the scores."""
        shown = ", ".join(f"{code} {share:.0%}" for code, share in self.scores.items())
        how = "detected" if self.certain else "detected, but uncertain"
        return f"language {how}: {LANGUAGES[self.language].name} ({shown})"


def detect_language(text: str) -> Detection:
    """The language of ``text``, from the frequency of each language's function words.

    Uncertain when the text has fewer than 40 words, or when the second language scores
    more than two thirds of the first.

    >>> detect_language("La semana se llevó a cabo del 7 al 15 de octubre en la ciudad.").language
    'es'
    """
    words = [w.lower() for w in _WORDS.findall(text)]
    total = max(len(words), 1)
    counts = {
        code: sum(w in table for w in words) + sum(w in _vocabulary(code) for w in words) / 4
        for code, table in _FUNCTION_WORDS.items()
    }
    order = list(_FUNCTION_WORDS)
    ranked_codes = sorted(counts, key=lambda c: (-counts[c], order.index(c)))
    scores = {code: counts[code] / total for code in ranked_codes}
    ranked = list(scores)
    best, second = scores[ranked[0]], scores[ranked[1]]
    certain = len(words) >= 40 and best > 0 and second <= best * 2 / 3
    return Detection(language=ranked[0], certain=certain, scores=scores)


@cache
def _vocabulary(code: str) -> frozenset[str]:
    """The words of a language's number and date tables, a weaker sign of the language."""
    language = LANGUAGES[code]
    phrases = [
        *language.hedges,
        *language.months,
        *language.weekdays,
        *language.scales,
        *language.cardinals,
        *language.several,
        *language.ordinals,
    ]
    return frozenset(word for phrase in phrases for word in phrase.split() if len(word) > 2)


@attrs.frozen
class LeftOut:
    """A number of the text that the draft does not record, and why."""

    phrase: str
    reason: str
    start: int


@attrs.frozen
class DraftedFigure:
    """A drafted figure and where its number phrase sits in the text.

    ``figure.quantity`` is ``parse_quantity(phrase, unit=unit)``, except that a figure
    in a list after a hedged one ("an estimated three million Salvadorians, 1.6 million
    Guatemalans") takes its hedge: ``carried`` is then the qualifier it took.
    """

    figure: Figure
    phrase: str
    start: int
    end: int
    unit: str | None = None
    carried: Qualifier | None = None


@attrs.frozen
class Draft:
    """What :func:`draft_report` found: the dataset, and the numbers it left out."""

    dataset: Dataset
    figures: tuple[DraftedFigure, ...]
    left_out: tuple[LeftOut, ...]
    detection: Detection | None


# Spans of the text whose numbers state no fact, with the reason.
@cache
def _weekday_day(code: str) -> re.Pattern[str]:
    """A weekday and the day of the month after it: "nessa segunda-feira (2)", "sexta-feira, 16".

    The day is the group ``day`` (in brackets) or ``after_comma``.
    """
    weekdays = "|".join(re.escape(w) for w in sorted(LANGUAGES[code].weekdays, key=len)[::-1])
    return re.compile(
        rf"\b(?:{weekdays})(?:\s*\(\s*(?P<day>0?[1-9]|[12][0-9]|3[01])\s*\)|"
        rf",\s*(?P<after_comma>0?[1-9]|[12][0-9]|3[01])(?=\s*[,.;)](?![0-9])))",
        re.IGNORECASE,
    )


_PATH = "part of a file name or path"
_DATE_FIGURES = "a day and month in figures, not read as a date"
# A day and month in figures without a year, each of two digits ("08/10", "29/05"), or
# the days of one month ("14-17/11"): dates, where "24/7" and "3/4" are not.
_DAY_MONTH_FIGURES = re.compile(r"[0-9]{2}/[0-9]{2}|[0-9]{1,2}[-–][0-9]{1,2}/[0-9]{1,2}")
_NOT_FACTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE), "part of an address (URL)"),
    (re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), "part of an e-mail address"),
    (
        re.compile(rf"(?<![\w/])(?:{_DAY_MONTH_FIGURES.pattern})(?:/[0-9]{{2,4}})?(?![\w/])"),
        _DATE_FIGURES,
    ),
    (
        re.compile(
            r"\S*/\S*|\S+\.(?:jpe?g|png|gif|webp|svg|pdf|docx?|xlsx?|pptx?|html?|php|csv|zip)\b",
            re.IGNORECASE,
        ),
        _PATH,
    ),
    (
        re.compile(
            r"(?:\+\s?\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)[\s.-]?)?\d{2,4}(?:[\s.-]\d{2,4}){2,4}"
            r"(?=\s*(?:$|[.,;)\n]))|"
            r"(?:tel(?:éfono|efone|ephone)?|tél(?:éphone)?|phone|fax|whatsapp|call|llame|"
            r"ligue|appelez)\.?:?\s*(?:(?:al|a|para|to|au|para o)\s+)?"
            r"[+()\d][\d\s().-]{5,}\d",
            re.IGNORECASE | re.MULTILINE,
        ),
        "a telephone number",
    ),
    (
        re.compile(
            r"\b(?:art(?:ículo|igo|icle|\.)|ley|law|loi|lei|decreto|decree|décret|"
            r"fracción|section|sección|párrafo|paragraph|chapter|capítulo|chapitre)\s+"
            r"[0-9][0-9a-z.,-]*(?:\s*(?:bis|ter))?",
            re.IGNORECASE,
        ),
        "an article or law number",
    ),
    (
        re.compile(
            r"\b(?:route|road|highway|carretera|autopista|rodovia|autoroute|calle|avenida|"
            r"av\.|rua|rue|street|st\.|km|no\.|núm\.|nº|n°|número|carrera|cra\.|diagonal|"
            r"dg\.|transversal|módulo)\s*[0-9][0-9a-z-]*\b|#\s*[0-9][0-9a-z]*(?:\s*-\s*[0-9]+)?",
            re.IGNORECASE,
        ),
        "a road, street or reference number",
    ),
    (
        re.compile(
            r"(?:(?<=^)|(?<=[:;]\s)|(?<=\band\s)|(?<=\by\s)|(?<=\be\s)|(?<=\bet\s)|(?<=\bor\s)|"
            r"(?<=\bo\s)|(?<=\bou\s))[0-9]{1,2}[.)](?=\s)",
            re.MULTILINE,
        ),
        "the number of an item of a list",
    ),
    (
        re.compile(
            r"\b[0-9]{1,2}(?:[:h][0-9]{2}|h\b|\s?(?:a\.m\.|p\.m\.|am\b|pm\b))",
            re.IGNORECASE,
        ),
        "a time of day",
    ),
    (
        re.compile(
            r"(?:©|\(c\)|copyright)\s*[0-9]{4}(?:\s*[-–]\s*[0-9]{4})?|"
            r"\b(?:page|página|pagina|p\.)\s*[0-9]+(?:\s*(?:of|de|sur)\s*[0-9]+)?\b|"
            r"^\s*[0-9]+\s*(?:/\s*[0-9]+)?\s*$",
            re.IGNORECASE | re.MULTILINE,
        ),
        "page furniture (page number, copyright line)",
    ),
)

_SENTENCE_END = re.compile(
    r"(?<=[.!?…])[\"”»’']?\s+(?=[\"“«¿¡(\[]?[A-ZÁÉÍÓÚÑÇÀÂÊÔÖÜ0-9●•-])|(?<=[:;])\s+(?=[●•])"
)
_TOKEN = re.compile(
    r"(?<![^\W_])[dDlL]['’](?=[^\W\d_])|[^\W_]+(?:[.'’/-][^\W_]+)*\.?|[–—-]|,", re.UNICODE
)
_STOP_AFTER = frozenset(
    [
        "se",
        "si",
        "lo",
        "nos",
        "que",
        "who",
        "which",
        "that",
        "whom",
        "y",
        "and",
        "e",
        "et",
        "ou",
        "or",
        "en",
        "in",
        "a",
        "à",
        "to",
        "from",
        "para",
        "for",
        "con",
        "with",
        "com",
        "avec",
        "por",
        "by",
        "par",
        "pelo",
        "pela",
        "were",
        "was",
        "are",
        "is",
        "fueron",
        "fue",
        "foram",
        "foi",
        "sont",
        "ont",
        "han",
        "have",
        "has",
        "had",
        "será",
        "will",
        "de",
        "del",
        "do",
        "da",
        "des",
        "du",
        "of",
        "the",
        "el",
        "la",
        "los",
        "las",
        "le",
        "les",
        "o",
        "os",
        "as",
        "al",
        "au",
        "aux",
        "ao",
        "na",
        "no",
        "um",
        "uma",
        "un",
        "una",
        "une",
        "durante",
        "during",
        "between",
        "entre",
        "desde",
        "sur",
        "sous",
        "dans",
        "chez",
        "vers",
        "sobre",
        "sob",
        "até",
        "hasta",
        "hacia",
        "since",
        "depuis",
        "después",
        "after",
        "antes",
        "before",
        "más",
        "more",
        "mais",
        "plus",
        "menos",
        "less",
        "moins",
        "cada",
        "each",
        "their",
        "sus",
        "seus",
        "leurs",
    ]
)
_OF = frozenset({"de", "of", "do", "da", "dos", "das", "du", "des", "del"})
# "More" between a number and what it counts ("80 more nurses", "84 médicos más" aside):
# the counted noun comes after it.
_MORE: Mapping[str, frozenset[str]] = {
    "en": frozenset({"more"}),
    "es": frozenset({"más"}),
    "pt": frozenset({"mais"}),
}
_ABBREVIATION = re.compile(
    r"\b(?:Dr|Dra|Drs|Sr|Sra|Mr|Mrs|Ms|Lic|Ing|Prof|Mtro|Mtra|St|No|Núm|Jal|Av|Gral|Mons)\.$"
)


@attrs.frozen
class _Sentence:
    start: int
    end: int
    paragraph: int


def _sentences(text: str, body: int) -> list[_Sentence]:
    """The sentences of ``text`` from offset ``body``; a line is a paragraph."""
    found: list[_Sentence] = []
    paragraph = 0
    for line in re.finditer(r"[^\n]+", text[body:]):
        start = body + line.start()
        end = body + line.end()
        paragraph += 1
        cut = start
        for match in _SENTENCE_END.finditer(text, start, end):
            if _ABBREVIATION.search(text, cut, match.start()):
                continue
            found.append(_Sentence(cut, match.start(), paragraph))
            cut = match.end()
        found.append(_Sentence(cut, end, paragraph))
    return [_trim(text, s) for s in found if text[s.start : s.end].strip()]


def _trim(text: str, sentence: _Sentence) -> _Sentence:
    start, end = sentence.start, sentence.end
    while start < end and (text[start].isspace() or text[start] in "●•-–—*·"):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return _Sentence(start, end, sentence.paragraph)


def _sentence_at(sentences: list[_Sentence], pos: int) -> _Sentence | None:
    """The sentence holding ``pos`` (sentences are in order and do not overlap)."""
    index = bisect.bisect_right(sentences, pos, key=lambda s: s.start) - 1
    if index >= 0 and sentences[index].start <= pos < sentences[index].end:
        return sentences[index]
    return None


# --- dates ---------------------------------------------------------------------------


@attrs.frozen
class _DateSpan:
    start: int
    end: int
    period: Period
    inferred: str | None
    recurring: bool = False


# Words before a date that make it recur every year ("held annually during the third week
# of October"): such a date is given no year.
_RECURRING = re.compile(
    r"\b(?:annually|every\s+year|each\s+year|yearly|anualmente|cada\s+año|todos\s+los\s+años|"
    r"todos\s+os\s+anos|a\s+cada\s+ano|chaque\s+année|annuellement|tous\s+les\s+ans)\b"
    r"[^.;:]{0,30}$",
    re.IGNORECASE,
)


def _dated(tokens: list[re.Match[str]], index: int) -> bool:
    """Whether the word at ``index`` has a day before it or a year after it."""
    before = tokens[index - 1][0] if index > 0 else ""
    after = tokens[index + 1][0] if index + 1 < len(tokens) else ""
    return bool(re.fullmatch(r"[0-9]{1,2}(?:er)?", before) or re.fullmatch(r"[0-9]{4}", after))


def _in_a_name(tokens: list[re.Match[str]], index: int, language: Language) -> bool:
    """Whether a capitalised month is part of a name ("Rio de Janeiro", "Plaza de Mayo").

    Only in languages that write months in lower case, and only after "de" and a
    capitalised word, or a capitalised word, a day and "de" ("Colégio Estadual 10 de
    Maio") with no year after the month.
    """
    if language.code == "en" or not tokens[index][0][:1].isupper() or index < 2:
        return False
    if tokens[index - 1][0] not in language.date_fillers:
        return False
    if tokens[index - 2][0][:1].isupper():
        return True
    # "Colégio Estadual 10 de Maio", "Avenida 5 de Mayo": a capitalised word, a day, "de"
    # and the month capitalised, with no year after it.
    after = tokens[index + 1][0] if index + 1 < len(tokens) else ""
    return (
        index >= 3
        and tokens[index - 2][0].isdigit()
        and tokens[index - 3][0][:1].isupper()
        and tokens[index - 3][0].lower() not in language.weekdays
        and after not in language.date_fillers
        and not after.isdigit()
    )


def _day_month(tokens: list[re.Match[str]], index: int, language: Language) -> bool:
    """Whether the word at ``index`` is a day and month in figures in a date's context.

    "quinta-feira, 31/10", "esta semana (29/05)", "el día 4/11": after a weekday, the word
    for a week, or the word for a day. Elsewhere "24/7" or "1/3" is not taken for a date.
    """
    match = re.fullmatch(r"([0-9]{1,2})/([0-9]{1,2})", tokens[index][0])
    if match is None or not language.day_first:
        return False
    if not (1 <= int(match[1]) <= 31 and 1 <= int(match[2]) <= 12):
        return False
    before = index - 1
    while before >= 0 and tokens[before][0] == ",":
        before -= 1
    if before < 0:
        return False
    word = tokens[before][0].lower()
    return word in language.weekdays or word in language.week or word in _DAY_WORDS


_DAY_WORDS = frozenset({"día", "dia", "jour", "day"})


# Languages that write the names of months and weekdays with a capital: in them, "may"
# and "march" in lower case are words of their own, unless a day or a year is beside them.
_CAPITALISED_CALENDAR = frozenset({"en"})


def _date_anchors(tokens: list[re.Match[str]], language: Language) -> Iterator[int]:
    months = set(language.months)
    weekdays = set(language.weekdays)
    for index, token in enumerate(tokens):
        word = token[0].lower().rstrip(".")
        if _day_month(tokens, index, language):
            yield index
            continue
        if (word in months or word in weekdays) and _in_a_name(tokens, index, language):
            continue
        if word in months and word in language.cardinals and not _dated(tokens, index):
            continue  # "sept points de contrôle": seven, not September
        if (
            language.code in _CAPITALISED_CALENDAR
            and (word in months or word in weekdays)
            and token[0][:1].islower()
            and not _dated(tokens, index)
        ):
            continue  # "some may have it": a verb, not May
        if (
            word in months
            or word in weekdays
            or re.fullmatch(
                r"(?:19|20)[0-9]{2}(?:-[0-9]{2}-[0-9]{2}|[-–/](?:19|20)?[0-9]{2})?", word
            )
            or re.fullmatch(r"[0-9]{1,2}/[0-9]{1,2}/[0-9]{4}", word)
            # A day and month in figures, or days of one month: "08/10", "14-17/11";
            # not "24/7" (round the clock) or "3/4" (a fraction).
            or _DAY_MONTH_FIGURES.fullmatch(word.rstrip("."))
        ):
            yield index


@cache
def _date_words(code: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words a date phrase of the language may start with, and those it may end with."""
    language = LANGUAGES[code]
    phrases = [
        *language.between,
        *language.span_from,
        *language.since,
        *language.until,
        *language.parts_of_month,
        *language.week,
        *language.last,
        *language.next,
        *language.relative,
        *language.this,
        *language.inception,
        *language.articles,
        *language.date_fillers,
        *language.ordinals,
    ]
    calendar = {*language.months, *language.weekdays}
    first = {p.split()[0] for p in phrases if p.split()} | calendar
    last = {p.split()[-1] for p in (*language.last, *language.next, *language.relative)}
    last |= calendar
    return frozenset(first), frozenset(last)


def _can_start(token: str, words: frozenset[str]) -> bool:
    return token[:1].isdigit() or token.lower().rstrip(".") in words


def _find_dates(
    text: str, sentences: list[_Sentence], language: Language, anchor: PartialDate | None
) -> list[_DateSpan]:
    """Every date or period phrase the language's date grammar reads, longest first."""
    found: list[_DateSpan] = []
    firsts, lasts = _date_words(language.code)
    for sentence in sentences:
        tokens = list(_TOKEN.finditer(text, sentence.start, sentence.end))
        for index in _date_anchors(tokens, language):
            best: _DateSpan | None = None
            for first in range(max(0, index - 6), index + 1):
                if not _can_start(tokens[first][0], firsts):
                    continue
                recurring = bool(_RECURRING.search(text, sentence.start, tokens[first].start()))
                for last in range(min(len(tokens) - 1, index + 6), index - 1, -1):
                    start, end = tokens[first].start(), tokens[last].end()
                    if best is not None and end - start <= best.end - best.start:
                        break
                    if not _can_start(tokens[last][0], lasts):
                        continue
                    phrase = text[start:end].rstrip(".,")
                    reading = _read_date(phrase, language.code, None if recurring else anchor)
                    if reading is None:
                        continue
                    best = _DateSpan(
                        start, start + len(phrase), reading.period, reading.inferred, recurring
                    )
            if best is not None:
                found.append(best)
        for start, end in _relative_spans(text, sentence, language):
            reading = _read_date(text[start:end], language.code, anchor)
            if reading is not None:
                found.append(_DateSpan(start, end, reading.period, reading.inferred))
    kept: list[_DateSpan] = []
    for span in sorted(found, key=lambda s: (s.start - s.end, s.start)):
        if all(span.end <= k.start or span.start >= k.end for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)


@cache
def _ago_pattern(code: str) -> re.Pattern[str]:
    """Read a count of days to years back: "hace unos días", "il y a un an", "2 weeks ago"."""
    language = LANGUAGES[code]
    units = "|".join(re.escape(u) for u in sorted(language.units, key=len, reverse=True))
    words = sorted({*language.cardinals, *language.few}, key=len, reverse=True)
    number = "|".join(re.escape(w) for w in words)
    count = rf"(?:[0-9]+|an?|(?:{number})(?:[\s-]+(?:{number}))*)\s+"
    before = "|".join(re.escape(w) for w in language.ago_before) or "(?!)"
    after = "|".join(re.escape(w) for w in language.ago_after) or "(?!)"
    return re.compile(
        rf"\b(?:(?:{before})\s+{count}(?:{units})|{count}(?:{units})\s+(?:{after}))\b",
        re.IGNORECASE,
    )


def _relative_spans(text: str, sentence: _Sentence, language: Language) -> list[tuple[int, int]]:
    """Where the sentence has a phrase only the publication date can place.

    Such as "este mes", "il y a un an", "hace unos días".
    """
    lowered = text[sentence.start : sentence.end].lower()
    spans = []
    for phrase in language.relative:
        if phrase in lowered:
            spans += [
                (sentence.start + m.start(), sentence.start + m.end())
                for m in re.finditer(
                    rf"\b{re.escape(phrase)}\b(?!,?\s+(?:\w+\s+)?[0-9]{{4}})", lowered
                )
            ]
    spans += [
        (sentence.start + m.start(), sentence.start + m.end())
        for m in _ago_pattern(language.code).finditer(lowered)
    ]
    return spans


def _needs_anchor(phrase: str, code: str) -> bool:
    """Whether the phrase is a date that only the publication date can place."""
    try:
        read_period(phrase, language=code)
    except MigrationHealthError as error:
        return "is relative" in str(error)
    except ValueError:
        return False
    return False


def _unresolved(
    text: str, sentences: list[_Sentence], dates: list[_DateSpan], language: Language
) -> list[str]:
    """The relative date phrases left unread for want of a publication date."""
    words = "|".join(re.escape(w) for w in (*language.this, *language.last, *language.next) if w)
    days = "|".join(re.escape(d) for d in sorted(language.weekdays, key=len, reverse=True))
    weekday = re.compile(
        rf"\b(?:(?:{words})\s+(?:{days})|(?:{days})\s+(?:{words}))\b", re.IGNORECASE
    )
    found: list[tuple[int, int]] = []
    for sentence in sentences:
        found += _relative_spans(text, sentence, language)
        found += [
            (m.start(), m.end()) for m in weekday.finditer(text, sentence.start, sentence.end)
        ]
    phrases: list[str] = []
    for start, end in sorted(found):
        if any(start < d.end and end > d.start for d in dates):
            continue
        phrase = text[start:end]
        if _needs_anchor(phrase, language.code) and phrase not in phrases:
            phrases.append(phrase)
    return phrases


@lru_cache(maxsize=4096)
def _read_date(phrase: str, code: str, anchor: PartialDate | None) -> PeriodReading | None:
    try:
        return read_period(phrase, language=code, anchor=anchor)
    except (MigrationHealthError, ValueError):
        return None


def _dateline(
    text: str, sentences: list[_Sentence], dates: list[_DateSpan], language: Language
) -> _DateSpan | None:
    """The publication date: a single date near the top, at the head of its line.

    Further down, a date on a line of its own after a word of publishing ("Publicado el
    3 de mayo de 2021", "Posted: 12 March 2023", "Mis en ligne le 5 juin 2019").
    """
    paragraphs = sorted({s.paragraph for s in sentences})[:3]
    for span in dates:
        sentence = _sentence_at(sentences, span.start)
        if sentence is None:
            continue
        labelled = _labelled(text, span)
        if sentence.paragraph not in paragraphs and not labelled:
            continue
        period = span.period
        if period.start is None or period.start != period.end or period.start.year is None:
            continue
        if labelled and period.start.month is not None:
            return span
        line_start = text.rfind("\n", 0, span.start) + 1
        line_end = text.find("\n", span.end)
        line_end = len(text) if line_end == -1 else line_end
        head = text[line_start : span.start]
        if period.start.month is None or span.start - line_start > 60:
            continue
        first = re.match(r"[^\W_]+", text[span.start : span.end])
        if first is None or not (
            first[0][0].isdigit()
            or first[0].lower() in language.months
            or first[0].lower() in language.weekdays
        ):
            continue  # "On 27 February 2019, the IOM held...": a sentence, not a dateline
        line = text[line_start:line_end].strip()
        tail = text[span.end : span.end + 5]
        if (
            re.fullmatch(r"\W*(?:date|fecha|data|publi\w*|posted|\w+ publish)?\W*", head.lower())
            or (len(line) <= 60 and (span.end - span.start) * 5 >= len(line) * 2)
            or re.search(r"[|:]\s*$|^\s*\S.*,\s*$", head) is not None
            or re.match(r"\s*(?:\.-|[-–—(|]|\(\w)", tail) is not None
            # "Salamanca, Gto. (14/12/2023).- La Secretaría…"
            or (head.rstrip().endswith("(") and re.match(r"\)\s*\.?\s*[-–—]", tail))
        ):
            return span
    return None


_PUBLISHED_LABEL = re.compile(
    r"\W*(?:publicad[oa]|published|posted|publié|publiée|publicação|publicación|"
    r"mis en ligne|updated|actualizado|atualizado|mis à jour|date de publication|"
    r"fecha de publicación|data de publicação|date publish\w*)"
    r"(?:\s+(?:el|em|on|le|a|o|en))?\W*",
    re.IGNORECASE,
)


def _labelled(text: str, span: _DateSpan) -> bool:
    """Whether the date is alone on its line after a word of publishing."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line_end = len(text) if line_end == -1 else line_end
    return bool(
        _PUBLISHED_LABEL.fullmatch(text[line_start : span.start])
        and re.fullmatch(r"[\s.]*", text[span.end : line_end])
    )


def _split_dateline(text: str, body: int, language: Language) -> _DateSpan | None:
    """A date after a word of publishing, its parts on lines of their own.

    Pages lay out their date as "Publicado:", "25", "Nov", "2021", one part a line.
    """
    label = _PUBLISHED_LABEL.pattern.removeprefix(r"\W*").removesuffix(r"\W*")
    pattern = re.compile(
        rf"^[ \t]*{label}[ \t]*:?[ \t]*\n((?:[ \t]*[^\s:][^\n:]{{0,11}}(?:\n|$)){{1,3}})",
        re.IGNORECASE | re.MULTILINE,
    )
    for match in pattern.finditer(text, body):
        parts = list(re.finditer(r"[^\n]+", match[0][match.start(1) - match.start() :]))
        offset = match.start(1)
        for count in range(len(parts), 0, -1):
            phrase = " ".join(p[0].strip() for p in parts[:count])
            reading = _read_date(phrase, language.code, None)
            if reading is None:
                continue
            date = reading.period.start
            if (
                date is None
                or date != reading.period.end
                or date.year is None
                or date.month is None
            ):
                continue
            start = offset + parts[0].start() + len(parts[0][0]) - len(parts[0][0].lstrip())
            end = offset + parts[count - 1].start() + len(parts[count - 1][0].rstrip())
            return _DateSpan(start, end, reading.period, None)
    return None


def _blocks(text: str) -> list[tuple[int, int]]:
    """The blocks of ``text`` between blank lines: its paragraphs, however wrapped."""
    return [(m.start(), m.end()) for m in re.finditer(r"\S(?:[^\n]|\n(?![ \t]*\n))*", text)]


_NUMERIC_DATELINE = re.compile(r"([0-9]{1,2})([/.-])([0-9]{1,2})\2([0-9]{4})")
# How near a reading of an ambiguous dateline must be to a day the text states, and how
# far the other reading from every such day, for the text to settle the order.
_NEAR_DAYS, _FAR_DAYS = 14, 28


def _settle_dateline(
    text: str, dateline: _DateSpan, dates: list[_DateSpan]
) -> tuple[PartialDate, str] | None:
    """The reading of an all-numeric dateline that the days the text states settle.

    "06/01/2018" is 6 January or 1 June. When the text states a day and month ("esta
    semana (29/05)", "le 30 mai") within two weeks of one reading, in the dateline's
    year, and more than four weeks from the other, that reading is taken, and the note
    says why. ``None`` when both parts could not be the month, or the text does not settle
    it.
    """
    written = text[dateline.start : dateline.end]
    match = _NUMERIC_DATELINE.fullmatch(written)
    if match is None:
        return None
    first, second, year = int(match[1]), int(match[3]), int(match[4])
    if first > 12 or second > 12 or first == second:
        return None
    try:
        readings = {
            "day first": dt.date(year, second, first),
            "month first": dt.date(year, first, second),
        }
    except ValueError:
        return None
    stated: list[tuple[dt.date, str]] = []
    for span in dates:
        if span.start == dateline.start:
            continue
        for end in {span.period.start, span.period.end}:
            if end is None or end.month is None or end.day is None or end.year not in (None, year):
                continue
            with contextlib.suppress(ValueError):
                stated.append((dt.date(year, end.month, end.day), text[span.start : span.end]))
    if not stated:
        return None
    nearest = {
        order: min((abs((date - day).days), phrase) for day, phrase in stated)
        for order, date in readings.items()
    }
    for order, other in (("day first", "month first"), ("month first", "day first")):
        (near, phrase), (far, _) = nearest[order], nearest[other]
        if near <= _NEAR_DAYS and far > _FAR_DAYS:
            date = readings[order]
            how = (
                f"the all-numeric dateline {written!r} read {order} ({date.isoformat()}): "
                f"{near} days from {phrase!r}, which the text states, where the other "
                f"reading ({readings[other].isoformat()}) is {far} days from it"
            )
            return PartialDate.from_date(date), how
    return None


_ANNIVERSARY = {
    "es": r"\b(?:los|sus|nuestros)\s+(?P<n>[\w-]+)\s+años\s+(?:de\s+(?:la\s+|su\s+)?"
    r"(?:creación|fundación|existencia)\b|de\s+(?:haber\s+sido\s+)?(?:cread|fundad)[oa]s?\b)",
    "pt": r"\b(?:os|seus|nossos)\s+(?P<n>[\w-]+)\s+anos\s+de\s+(?:(?:sua\s+|da\s+)?"
    r"(?:criação|fundação|existência))\b",
    "fr": r"\b(?:les|ses|nos)\s+(?P<n>[\w-]+)\s+ans\s+(?:de\s+(?:la\s+|sa\s+)?"
    r"(?:création|fondation)|d['’]existence)\b",
    "en": r"\b(?:the\s+|its\s+)?(?P<n>[\w-]+?)(?:st|nd|rd|th)?\s+anniversary\s+of\b|"
    r"\b(?P<m>[\w-]+)\s+years\s+(?:since|of)\s+(?:the\s+|its\s+)?"
    r"(?:creation|founding|foundation|establishment)\b",
}


def _anniversaries(
    text: str, body: int, dates: list[_DateSpan], published: PartialDate | None, language: Language
) -> list[_DateSpan]:
    """The year of a founding a page counts years from: "los 20 años de la creación".

    The page's year less the years counted ("celebrar los 20 años de la creación de las
    Ventanillas de Salud" in 2023: 2003), marked as worked out; only with the page's date.
    """
    if published is None or published.year is None:
        return dates
    added = []
    for match in re.finditer(_ANNIVERSARY[language.code], text[body:], re.IGNORECASE):
        group = "n" if match["n"] else "m"
        # The date is the words after the count: the count stays a figure ("20 años");
        # an ordinal ("the 10th anniversary of") counts nothing and is part of the date.
        ordinal = language.code == "en" and group == "n"
        start, end = body + (match.start() if ordinal else match.end(group)), body + match.end()
        start += len(text[start:end]) - len(text[start:end].lstrip())
        if any(d.start < end and start < d.end for d in dates):
            continue
        words = match[group] or ""
        try:
            count, qualifier = parse_number(
                words.rstrip("stndrh") if words[:1].isdigit() else words, language=language.code
            )
        except (MigrationHealthError, ValueError):
            continue
        if qualifier is not Qualifier.EXACT or not isinstance(count, int) or not 0 < count < 500:
            continue
        year = published.year - count
        phrase = " ".join(match[0].split())
        note = f"{count} years before the page's year ({published.year}): {phrase!r}"
        added.append(_DateSpan(start, end, Period.single(PartialDate(year=year)), note))
    return sorted([*dates, *added], key=lambda span: span.start)


_NUMERIC_AT_HEAD = re.compile(
    r"^[^\S\n]*(?:[^\W\d_][^\n]{0,30}?:[^\S\n]*\n?[^\S\n]*)?"
    r"(?P<date>([0-9]{1,2})([/.-])([0-9]{1,2})\3([0-9]{4}))(?![0-9])",
    re.MULTILINE,
)


def _numeric_dateline(
    text: str, sentences: list[_Sentence], dates: list[_DateSpan]
) -> tuple[_DateSpan | None, str | None, str | None]:
    """An all-numeric dateline the language's own order cannot read.

    "06/21/2018" can only be month first, and "21/06/2018" in English only day first: the
    one reading is taken, and said. "06/01/2018" in English is read only when the days the
    text states settle its order (see :func:`_settle_dateline`); otherwise it is left
    unread and the note says why. Returns the dateline, how it was read, and the note.
    """
    paragraphs = sorted({s.paragraph for s in sentences})[:3]
    for match in _NUMERIC_AT_HEAD.finditer(text):
        sentence = _sentence_at(sentences, match.start("date"))
        if sentence is None or sentence.paragraph not in paragraphs:
            continue
        if any(d.start <= match.start("date") < d.end for d in dates):
            continue
        written = match["date"]
        first, second, year = int(match[2]), int(match[4]), int(match[5])
        readings = {}
        for order, (month, day) in (
            ("day first", (second, first)),
            ("month first", (first, second)),
        ):
            with contextlib.suppress(ValueError):
                readings[order] = dt.date(year, month, day)
        if not readings:
            continue
        if len(readings) == 1:
            ((order, date),) = readings.items()
            part = first if order == "day first" else second
            how = f"the all-numeric dateline {written!r} read {order}: {part} cannot be a month"
        else:
            placeholder = PartialDate(year=year)
            span = _DateSpan(
                match.start("date"), match.end("date"), Period.single(placeholder), None
            )
            settled = _settle_dateline(text, span, dates)
            if settled is None:
                return (
                    None,
                    None,
                    f"the all-numeric dateline {written!r} reads as day/month and as month/day, "
                    "and the text does not settle which: it is not read",
                )
            date = dt.date(settled[0].year or year, settled[0].month or 1, settled[0].day or 1)
            how = settled[1]
        found = PartialDate.from_date(date)
        return (
            _DateSpan(match.start("date"), match.end("date"), Period.single(found), None),
            how,
            None,
        )
    return None, None, None


# --- figures -------------------------------------------------------------------------

_MEASURES: tuple[tuple[str, Measure], ...] = (
    (r"member states|estados miembros|estados membros|[ée]tats membres", Measure.MEMBER_STATES),
    (r"ferias? de (la )?salud|health fairs?|feiras? de sa[úu]de|foires?", Measure.HEALTH_FAIRS),
    (r"cl[íi]nicas? m[óo]vil|mobile clinic|cliniques? mobile", Measure.MOBILE_CLINICS),
    (r"solicitantes|postulantes|applicants|candidat|inscrit", Measure.APPLICANTS),
    (r"seleccionad|selected|selecionad|s[ée]lectionn", Measure.SELECTED),
    (r"certifica|certificate", Measure.CERTIFIED),
    (r"consult", Measure.CONSULTATIONS),
    (r"tamizaje|screening|d[ée]pistage|triage", Measure.SCREENINGS),
    (r"vacun|vaccin", Measure.VACCINATIONS),
    (r"servic|atendimentos|prestations", Measure.SERVICES),
    (r"activit|actividades|atividades", Measure.ACTIVITIES),
    (r"volunt|b[ée]n[ée]voles", Measure.VOLUNTEERS),
    (r"facilitador|facilitator|formateurs|ponentes|speakers", Measure.FACILITATORS),
    (r"organi[sz]a[tcç]i|agenc|ong\b|ngos?\b|institutions", Measure.ORGANISATIONS),
    (r"countries|pa[íi]ses|pays\b|nations|naciones", Measure.COUNTRIES),
    (
        r"cities|ciudades|cidades|villes|municipi|munic[íi]pios|communes|states\b|"
        r"entidades|estados\b|albergues|shelters|refugios|communities|comunidades|"
        r"localidades|regions|regiones|regi[õo]es|provinc",
        Measure.PLACES_REACHED,
    ),
    (
        r"workshops?|talleres|taller|oficinas|ateliers?|sessions?|sesiones|sess[õo]es|"
        r"trainings|capacitaciones|capacita[çc][õo]es|cursos|courses|formations",
        Measure.SESSIONS,
    ),
    (
        r"consultorios|farmacias?|puntos|points|m[óo]dulos|unidades|clinics\b|postos",
        Measure.SERVICE_POINTS,
    ),
    (
        r"m[ée]dic(?!ament|ine|al|ation)|m[ée]decin|doctor|physician|enfermer|enfermeir|"
        r"nurses?\b|infirmi|especialistas|specialists|"
        r"health workers|trabajadores de la salud|profissionais de sa[úu]de|"
        r"professionnels de sant[ée]|personal de salud|health professionals",
        Measure.HEALTH_WORKERS,
    ),
    (r"themes|temas|focuses|ejes|axes|eixos|th[èe]mes", Measure.THEMES),
    (r"participant|participa|asist|attend|assist", Measure.PARTICIPANTS),
    (
        r"^(?:a[ñn]os?|anos?|ans?|years?|d[ée]cad|decades?|semanas?|weeks?|d[íi]as|days?|meses|months|mois)\b",
        Measure.DURATION,
    ),
)
_PERCENT = re.compile(r"^(?:%|percent|per cent|por ciento|por cento|pour cent|pour-cent)")
# Words of a change, for a percentage: rises, falls and growth in four languages.
_CHANGE = re.compile(
    r"\b(?:ris(?:e|es|ing)|rose|increas|decreas|declin|drop|fell|fall|grew|grow|growth|"
    r"accelerat|aument|crec|creci|increment|disminu|reduc|redu[zç]|ca[íi]d|subi[óu]|"
    r"cresc|queda|diminu|hausse|baiss|augment|progress|recul|more than doubl)",
    re.IGNORECASE,
)
_VERBS: tuple[tuple[str, Measure], ...] = (
    (r"train|capacit|form[óoa]|formad|entren|treina", Measure.TRAINED),
    (r"particip|asistier|attended|assist", Measure.PARTICIPANTS),
    (r"atend|atendi|served|benefici|reached|alcanz|receiv|recib", Measure.PEOPLE_SERVED),
    (r"enrol|inscrib|matricul", Measure.ENROLLED),
)
_PEOPLE = re.compile(
    r"^(?:people|persons|personas|pessoas|personnes|individu|gente|connacionales|"
    r"migrant|migrantes|refugi|students|estudiantes|alunos|[ée]tudiants|officials|"
    r"funcionari|civil servants|servidores|sobrevivientes|survivors|victims|v[íi]ctimas|"
    r"mujeres|women|mulheres|femmes|ni[ñn]os|children|crian[çc]as|enfants|familias|families)",
    re.IGNORECASE,
)
_EDITION = re.compile(
    r"^(?:edici[óo]n|edition|edi[çc][ãa]o|[ée]dition|annual|anual|semana|week|foro|forum|"
    r"f[óo]rum|assembl|asamblea|sesi[óo]n|session|sess[ãa]o|congres|congreso|congresso|"
    r"conferen|cohort|cohorte|generaci[óo]n|curso|course|jornada|campa[ñn]a|campaign|"
    r"r[ée]union|reuni[óo]n|reuni[ãa]o|meeting|convoy|convoi|comboio|caravan|caravane|"
    r"[A-ZÁÉÍÓÚ\"“«])",
)
# The words alone: "the first session" is an edition, "the First Level of Care" is not.
_EDITION_WORD = re.compile(_EDITION.pattern.rsplit("|", 1)[0] + ")", re.IGNORECASE)


def _fold(text: str) -> str:
    return "".join(
        c for c in unicodedata.normalize("NFD", text.lower()) if unicodedata.category(c) != "Mn"
    )


def _guess_measure(
    unit: str, before: str, value: Number, ordinal: bool, *, after: str = ""
) -> tuple[Measure, str]:
    """The measure a figure likely counts, and what the guess rests on.

    A percentage is a change only where a word of change stands near it ("a rise of 25
    %", "aumentó 62 %", "a 40 percent increase"); "93 % des participants" is a share,
    which no measure of its own names.
    """
    if ordinal:
        return Measure.EDITION, "an ordinal"
    if _PERCENT.search(unit):
        near = f"{before[-40:]} {unit} {after[:25]}"
        change = _CHANGE.search(near)
        if change is not None:
            return Measure.PERCENT_CHANGE, f"a percentage beside {change[0]!r}"
        return Measure.OTHER, "a percentage with no word of change beside it: a share"
    for pattern, measure in _MEASURES:
        if re.search(pattern, unit, re.IGNORECASE):
            return measure, f"the counted noun {unit!r}"
    if _PEOPLE.search(unit) or not unit:
        for pattern, measure in _VERBS:
            if re.search(pattern, before[-60:], re.IGNORECASE):
                return measure, f"the verb before it in {before[-60:].strip()!r}"
        if _PEOPLE.search(unit):
            return Measure.PEOPLE_SERVED, f"the counted noun {unit!r}"
    if isinstance(value, int) and 1900 <= value <= 2100 and not unit:
        return Measure.YEAR, "a number that looks like a year"
    return Measure.OTHER, f"nothing: the counted noun {unit!r} names no known measure"


_RATE_TAIL = re.compile(
    r"[ \u00a0\u202f]+(?:cada[ \u00a0\u202f]+|each[ \u00a0\u202f]+)?(?:[0-9][0-9.,]*|[^\W\d_]+)"
    r"(?:[ \u00a0\u202f]+[^\W\d_]+)?"
)


_VERB_ENDINGS: Mapping[str, re.Pattern[str]] = {
    "en": re.compile(
        r".{3,}(?:ed|ing)$|^(?:are|were|is|was|have|has|had|will|would|can|could|may|"
        r"received|participated|attended|took|got|made|said|live|work|came|went)$"
    ),
    "es": re.compile(r".{2,}(?:aron|ieron|ó|ió|aban|ían|aría|arán|erán|irán|ando|iendo)$"),
    "pt": re.compile(r".{2,}(?:aram|eram|iram|ou|eu|iu|ando|endo|indo|avam|iam)$"),
    "fr": re.compile(r".{2,}(?:èrent|aient|ait|ont|ant|ées?)$|^(?:ont|sont|est|a)$"),
}


def _looks_like_verb(word: str, language: Language) -> bool:
    """Whether a word after a counted noun is a verb: the noun ends before it."""
    pattern = _VERB_ENDINGS.get(language.code)
    return pattern is not None and pattern.match(word) is not None


def _unit_words(text: str, pos: int, limit: int, language: Language) -> int:
    """The end of the counted noun after ``pos``: up to three words, stopping at a stop.

    A rate's tail ("per 1,000 inhabitants") is part of it.
    """
    end = pos
    words = 0
    cursor = pos
    word_re = re.compile(r"[ \u00a0\u202f]*(%|[$€£]|[^\W\d_]+(?:[-'’][^\W\d_]+)*)")
    joined = re.match(r"-([^\W\d_]+)", text[pos:limit])
    if joined is not None and joined[1].lower() in language.time_units:
        cursor = pos + 1  # "a three-day training": the unit is joined to the number
    while words < 4:
        match = word_re.match(text, cursor, limit)
        if match is None:
            break
        word = match[1]
        low = word.lower()
        if word in ("%", "$", "€", "£"):
            return match.end() if words == 0 else end  # "40 %", "65 millions $"
        if low in language.percent and words == 0:
            return match.end()
        if words >= 1 and (low in language.per or low == "per"):
            tail = _RATE_TAIL.match(text, match.end(), limit)
            return tail.end() if tail else end
        if words >= 1 and _looks_like_verb(low, language):
            break
        if words == 0 and low in language.after_scale and text[pos - 1].isalpha():
            cursor = match.end()  # "millones de servicios"
            continue
        if low in _STOP_AFTER:
            following = word_re.match(text, match.end(), limit)
            if (
                words == 0
                and low in _MORE.get(language.code, ())
                and following is not None
                and following[1][0].islower()
                and following[1].lower() not in _STOP_AFTER
                and following[1].lower() not in language.cardinals
            ):
                cursor = match.end()  # "80 more nurses": nurses, 80 of them
                continue
            if not (
                low in _OF
                and words >= 1
                and following is not None
                and following[1].lower() not in _STOP_AFTER
                and following[1].lower() not in language.cardinals
                and following[1][0].islower()
            ):
                break
            cursor = match.end()
            continue
        if words >= 1 and word[0].isupper() and not text[pos:cursor].strip()[:1].isupper():
            break
        cursor = match.end()
        end = cursor
        words += 1
        if words >= 3:
            break
    return end


def _hedged(  # noqa: PLR0917 - one phrase, where it is, and how to read it
    text: str,
    span_start: int,
    unit_end: int,
    sentence: _Sentence,
    value: Number,
    code: str,
    unit: str | None = None,
) -> tuple[int, Quantity] | None:
    """The longest phrase ending at ``unit_end`` whose reading gives ``value``: the hedge."""
    starts = [m.start() for m in re.finditer(r"[^\W\d_]+", text[sentence.start : span_start])]
    starts = [sentence.start + s for s in starts][-4:]
    for start in [*starts, span_start]:
        phrase = text[start:unit_end]
        try:
            quantity = parse_quantity(phrase, unit=unit, language=code)
        except (MigrationHealthError, ValueError):
            continue
        if quantity.value == value:
            return start, quantity
    return None


def _other_readings(phrase: str, code: str, value: Number, qualifier: Qualifier) -> list[str]:
    """How the other languages read ``phrase``, where they read it differently."""
    shown: list[str] = []
    for other in LANGUAGES:
        if other == code:
            continue
        try:
            reading = parse_quantity(phrase, language=other)
        except (MigrationHealthError, ValueError):
            continue
        if (reading.value, reading.qualifier) != (value, qualifier):
            shown.append(f"{other}: {reading.qualifier.value} {reading.value}")
    return shown


def _slug(text: str, limit: int = 40) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", _fold(text)).strip("-")
    return slug[:limit].strip("-") or "x"


def _in(spans: list[tuple[int, int, str]], start: int, end: int) -> tuple[int, int, str] | None:
    for found in spans:
        if found[0] < end and start < found[1]:
            return found
    return None


def _figures(  # noqa: PLR0915, PLR0917 - one pass over the numbers, in order
    text: str,
    body: int,
    sentences: list[_Sentence],
    dates: list[_DateSpan],
    language: Language,
    source_id: str,
    uncertain: bool,
) -> tuple[list[DraftedFigure], list[LeftOut]]:
    not_facts: list[tuple[int, int, str]] = [(0, body, "part of the SOURCE line")]
    for pattern, reason in _NOT_FACTS:
        not_facts.extend((m.start(), m.end(), reason) for m in pattern.finditer(text, body))
    not_facts.extend(
        (m.start(group), m.end(group), "the day of the month after its weekday")
        for m in _weekday_day(language.code).finditer(text, body)
        for group in ("day", "after_comma")
        if m[group] is not None and not any(d.start <= m.start(group) < d.end for d in dates)
    )
    drafted: list[DraftedFigure] = []
    left: list[LeftOut] = []
    taken = -1
    spans = find_numbers(text, language=language.code)
    for index, span in enumerate(spans):
        start, end = span.start, span.end
        phrase = text[start:end]
        if start < taken:
            continue
        outside = _in(not_facts, start, end)
        if (
            outside is not None
            and outside[2] in (_PATH, _DATE_FIGURES)
            and any(d.start <= start and end <= d.end for d in dates)
        ):
            continue  # "31/10" is a date, drafted as a date, not a path
        if outside is not None:
            region = text[outside[0] : outside[1]].strip()
            if outside[2] == "part of the SOURCE line":
                region = phrase
            if not left or (left[-1].phrase, left[-1].reason) != (region, outside[2]):
                left.append(LeftOut(region, outside[2], max(outside[0], start)))
            continue
        if any(d.start <= start and end <= d.end for d in dates):
            continue  # a part of a date: the date is drafted as a date
        sentence = _sentence_at(sentences, start)
        if sentence is None:
            continue
        after = text[end : sentence.end]
        ordinal = (
            bool(
                re.fullmatch(r"[0-9]+\s*[^\W\d_ ]+\.?", phrase)
                and any(phrase.lower().endswith(s) for s in language.ordinal_suffixes)
            )
            or phrase.lower() in language.ordinals
            # A Roman numeral before a name is its edition: "la XXII Semana Binacional",
            # "III Conferencia Regional".
            or bool(re.fullmatch(r"[IVXLC]{2,}", phrase) and re.match(r"\s+[A-ZÁÉÍÓÚ]", after))
        )
        if (
            ordinal
            and language.code == "pt"
            and phrase.lower() == "segundo"
            and re.match(r"\s+[A-ZÁÉÍÓÚ]", after)
        ):
            left.append(LeftOut(phrase, "'segundo' before a name: 'according to'", start))
            continue
        if ordinal and _week_of_month(after, language):
            left.append(LeftOut(phrase, "the week of a month: a date, not a count", start))
            continue
        series = _SERIES.match(after) if ordinal else None
        if ordinal and series is None:
            if span.value == 1 and not _EDITION_WORD.match(after.lstrip()):
                left.append(LeftOut(phrase, "an ordinal 'first' that counts nothing", start))
                continue
            if not _EDITION.match(after.lstrip()) and not re.match(
                r"\s*(?:a[ñn]o|year|ano|ann[ée]e|edi)", after, re.IGNORECASE
            ):
                left.append(LeftOut(phrase, "an ordinal that names no edition", start))
                continue
        if (
            not ordinal
            and not phrase[0].isdigit()
            and span.value == 1
            and not _in_list(drafted, text, start)
        ):
            continue  # an article ("un", "a"), not a count
        if _RATE_BASE.search(text, sentence.start, start):
            left.append(LeftOut(phrase, "the base of a rate ('per 1,000')", start))
            continue
        if (
            not ordinal
            and not phrase[0].isdigit()
            and span.value == 2
            and _PAIR.search(text, 0, start)
        ):
            left.append(LeftOut(phrase, "'the two': a pair named before, not a count", start))
            continue
        unit_end = _unit_words(text, end, sentence.end, language)
        if span.qualifier is Qualifier.SEVERAL and unit_end == end:
            # "thousands of nurses", "cientos de migrantes": the noun comes after "of"
            linked = _SEVERAL_OF.match(text, end, sentence.end)
            if linked is not None and re.match(r"[^\W\d_]", phrase):
                unit_end = max(_unit_words(text, linked.end(), sentence.end, language), end)
        elif unit_end == end and " " not in phrase and span.value != 1:
            # "Four of UK's top countries": a part of a whole named after "of"
            part = _PART_OF.match(text, end, sentence.end)
            if part is not None and not any(
                w.lower() in language.cardinals or w[0].isdigit()
                for w in re.findall(r"\w+", text[part.end() : part.end() + 40])[:3]
            ):
                unit_end = max(_unit_words(text, part.end(), sentence.end, language), end)
        unit_note = None
        found = _hedged(text, start, unit_end, sentence, span.value, language.code)
        borrowed = None
        if series is not None:
            # "o terceiro de uma série de treinamentos": the third training
            borrowed, unit_note = series["noun"], "the unit named by the series after it"
            found = _hedged(text, start, end, sentence, span.value, language.code, borrowed)
            unit_end = end
        if found is None and unit_end == end and series is None:
            borrowed, unit_note = _next_unit(text, spans[index + 1 :], end, sentence, language)
            if borrowed is None:
                borrowed, unit_note = _borrowed_unit(drafted, sentences, sentence, ordinal)
            if borrowed is not None:
                found = _hedged(text, start, end, sentence, span.value, language.code, borrowed)
        if found is None:
            left.append(LeftOut(phrase, "no counted noun after it, and none before", start))
            continue
        phrase_start, quantity = found
        taken = max(unit_end, end)
        carried = _carried_hedge(drafted, text, phrase_start, quantity)
        if carried is not None:
            quantity = attrs.evolve(quantity, qualifier=carried)
        quote = text[sentence.start : sentence.end]
        measure, basis = _guess_measure(
            quantity.unit,
            text[sentence.start : start],
            quantity.value,
            ordinal,
            after=text[unit_end : sentence.end],
        )
        notes = [f"measure guessed from {basis}"]
        if unit_note:
            notes.append(unit_note)
        if carried is not None:
            notes.append(
                f"the hedge '{carried.value}' is carried from the figure before it in a list"
            )
        if uncertain:
            others = _other_readings(
                text[phrase_start:unit_end], language.code, quantity.value, quantity.qualifier
            )
            if others:
                notes.append(
                    f"read as {language.name}, which was not certain; other readings: "
                    + "; ".join(others)
                )
        period = _governing_period(dates, sentence)
        speaker = _speaker(quote, language)
        if isinstance(quantity.value, Decimal) and measure.whole and quantity.per is None:
            measure = Measure.OTHER
            notes.append("not a whole number, so not a count")
        figure = Figure(
            id=f"{source_id}-f{len(drafted) + 1:02d}-{_slug(quantity.unit, 24)}",
            measure=measure,
            quantity=quantity,
            period=period,
            citation=Citation(source=source_id, quote=quote, speaker=speaker),
            draft=f"{DRAFT_MARK}: " + "; ".join(notes),
        )
        drafted.append(
            DraftedFigure(
                figure, text[phrase_start:unit_end], phrase_start, unit_end, borrowed, carried
            )
        )
    covered = bytearray(len(text) + 1)
    regions = [(s.start, s.end) for s in spans] + [(d.start, d.end) for d in dates]
    for start, end in regions + [(s, e) for s, e, _ in not_facts]:
        covered[start:end] = b"\x01" * (end - start)
    for match in _DIGIT_RUN.finditer(text, body):
        if any(covered[match.start() : match.end()]):
            continue
        try:
            parse_number(match[0], language=language.code)
        except QuantityParseError as error:
            kind = "uncertain" if "reads as" in str(error) else "unreadable"
            left.append(LeftOut(match[0], f"{kind}: {error.reason}", match.start()))
    left.sort(key=lambda item: item.start)
    return drafted, left


_PAIR = re.compile(
    r"\b(?:the|our|these|those|both|los|las|nuestros|nuestras|estos|estas|entre|between|"
    r"os|as|nossos|nossas|dos|das|nos|nas|aos|les|ces|des|aux)\s*$",
    re.IGNORECASE,
)


# A date right after "after" starts what the sentence tells.
_AFTER = re.compile(
    r"\b(?:after|despu[ée]s(?:\s+de)?|tras|apr[èe]s|depois(?:\s+de)?|ap[óo]s)"
    r"(?:\s+(?:del|de|el|le|la|l['’]|do|da|o|a))?\s*$",
    re.IGNORECASE,
)
_SERIES = re.compile(
    r"\s+(?:de\s+uma\s+s[ée]rie\s+de|de\s+una\s+serie\s+de|of\s+a\s+series\s+of|"
    r"d['’]une\s+s[ée]rie\s+de)\s+(?P<noun>[^\W\d_]+)",
    re.IGNORECASE,
)
_PART_OF = re.compile(r"\s+of\s+(?:the|its|their|[A-Z][\w-]*['’]s)(?=\s)")
_SEVERAL_OF = re.compile(r"\s+(?:of|de|d['’]|dos|das|des)(?=[\s\w])", re.IGNORECASE)
_RATE_BASE = re.compile(r"\b(?:per|por cada|por|par|pour|each|cada)\s+$", re.IGNORECASE)


def _in_list(drafted: list[DraftedFigure], text: str, start: int) -> bool:
    """Whether a number word of one follows another figure in a list ("dos ... y una")."""
    if not drafted:
        return False
    gap = text[drafted[-1].end : start]
    return len(gap) <= 30 and re.fullmatch(r"[^\W\d_]*\s*(?:,|y|and|e|et)\s*", gap) is not None


def _week_of_month(after: str, language: Language) -> bool:
    """Whether an ordinal is followed by "week of <month>": a date, not a count."""
    words = re.findall(r"[^\W\d_]+", after.lower())[:4]
    return bool(words) and words[0] in language.week and any(w in language.months for w in words)


_DIGIT_RUN = re.compile(r"(?<![\w.,-])[0-9]+(?:[.,][0-9]+)+(?![\w.,]*[0-9])")


def _carried_hedge(
    drafted: list[DraftedFigure], text: str, start: int, quantity: Quantity
) -> Qualifier | None:
    """The hedge of a list's first figure, for an unhedged figure later in the list.

    "An estimated three million Salvadorians, 1.6 million Guatemalans, 1.2 million
    Hondurans and 900,000 Nicaraguans": items separated by commas share the hedge, and
    so does the last item after a shared one. Two figures joined by "and" alone do not.
    """
    if quantity.qualifier is not Qualifier.EXACT or not drafted:
        return None
    before = drafted[-1]
    hedge = before.figure.quantity.qualifier
    if hedge in (Qualifier.EXACT, Qualifier.SEVERAL) or before.figure.quantity.per is not None:
        return None
    gap = text[before.end : start]
    if re.fullmatch(r"\s*,\s*", gap):
        return hedge
    joined = re.fullmatch(r"\s*,?\s*(?:and|y|e|et)\s+", gap)
    if joined is not None and hedge is Qualifier.APPROXIMATE:
        return hedge  # "Some 5,000 volunteers and 3,000 agencies": both are rounded
    return hedge if joined is not None and before.carried is not None else None


def _next_unit(
    text: str, later: tuple[NumberSpan, ...], end: int, sentence: _Sentence, language: Language
) -> tuple[str | None, str | None]:
    """The unit of the next number, when it follows closely.

    "6,53 millones de los 7,72 millones de migrantes" counts migrants twice.
    """
    if not later or later[0].start >= sentence.end or later[0].start - end > 16:
        return None, None
    following = later[0]
    if re.search(r"[.;:()]", text[end : following.start]):
        return None, None
    unit_end = _unit_words(text, following.end, sentence.end, language)
    if unit_end == following.end:
        return None, None
    try:
        unit = parse_quantity(text[following.start : unit_end], language=language.code).unit
    except (MigrationHealthError, ValueError):
        return None, None
    return unit, f"the unit {unit!r} is not stated: taken from the figure after"


def _borrowed_unit(
    drafted: list[DraftedFigure], sentences: list[_Sentence], sentence: _Sentence, ordinal: bool
) -> tuple[str | None, str | None]:
    """The unit of a number with no counted noun after it, and a note saying where from."""
    if ordinal:
        return "edition", "an ordinal with no noun after it: the unit 'edition' is supplied"
    for previous in reversed(drafted):
        quantity = previous.figure.quantity
        if quantity.unit == "%" or quantity.per is not None or quantity.unit == "edition":
            continue
        before = _sentence_at(sentences, previous.start)
        if before is None or sentence.paragraph - before.paragraph > 2:
            return None, None
        return quantity.unit, (
            f"the unit {quantity.unit!r} is not stated: taken from the figure before"
        )
    return None, None


def _governing_period(dates: list[_DateSpan], sentence: _Sentence) -> Period | None:
    inside = [d for d in dates if sentence.start <= d.start < sentence.end]
    return inside[0].period if len(inside) == 1 else None


# --- speakers and people -------------------------------------------------------------

_NAME = (
    r"(?:(?:Dr|Dra|Drs|Sr|Sra|Mr|Mrs|Ms|Lic|Prof|Ing|Mtro|Mtra)\.?\s+)?[A-ZÁÉÍÓÚÑ][\w’'-]+"
    r"(?:\s+(?:de\s+la\s+|de\s+|del\s+|da\s+|dos\s+)?[A-ZÁÉÍÓÚÑ][\w’'-]+){1,3}"
)
_SAID = (
    r"said|says|stated|explained|reported|noted|added|recalled|highlighted|underscored|"
    r"dijo|afirmó|señaló|explicó|informó|declaró|detalló|agregó|añadió|indicó|destacó|"
    r"disse|afirmou|explicou|informou|declarou|destacou|"
    r"a déclaré|a dit|a expliqué|a affirmé|a souligné|selon|según|according to|segundo"
)
_SPEAKER_AFTER = re.compile(
    rf"(?:{_SAID})\s+(?:el\s+|la\s+|the\s+|o\s+|a\s+|le\s+)?(?P<name>{_NAME})"
    r"(?:\s*,\s*(?P<position>[^,.;\"”]{3,120}?))?(?=[,.;\"”]|$)"
)
_SPEAKER_BEFORE = re.compile(
    rf"(?:^|[.;]\s+|\(\w[^)]*\)\.?-\s*)(?P<name>{_NAME})\s*,\s*(?P<position>[^,.;]{{3,120}}?)\s*,\s*"
    rf"(?:{_SAID})\b"
)
_POSITION_NAME = re.compile(
    r"(?P<position>\b(?:the\s+)?(?:Deputy\s+|General\s+|Executive\s+)?(?:Director|Secretary|Minister|"
    r"President|Coordinator|Head|Chief|Ambassador|directora?|secretari[oa]|ministr[oa]|"
    r"president[ea]|coordinador[a]?|titular|jefe|jefa|représentant[e]?|directeur|directrice|"
    r"diretor[a]?|coordenador[a]?)\b[^,;.]{0,120}?),\s*(?P<name>" + _NAME + r")\s*,"
)


def _speaker(quote: str, language: Language) -> Speaker | None:
    for pattern in (_SPEAKER_AFTER, _SPEAKER_BEFORE, _POSITION_NAME):
        match = pattern.search(quote)
        if match is not None:
            position = match.groupdict().get("position")
            return Speaker(
                name=_one_line(match["name"]), position=_one_line(position) if position else None
            )
    return None


def _people(
    text: str, sentences: list[_Sentence], source_id: str, language: Language
) -> list[Person]:
    people: dict[str, Person] = {}
    for sentence in sentences:
        quote = text[sentence.start : sentence.end]
        for pattern in (_SPEAKER_AFTER, _SPEAKER_BEFORE, _POSITION_NAME):
            for match in pattern.finditer(quote):
                name = _one_line(match["name"])
                if name in people or _is_place_or_org(name, language):
                    continue
                position = match.groupdict().get("position")
                positions = (
                    (Position(title=_one_line(position), source=source_id),) if position else ()
                )
                people[name] = Person(
                    id=f"{source_id}-p-{_slug(name)}",
                    name=name,
                    positions=positions,
                    citations=(Citation(source=source_id, quote=quote),),
                    draft=f"{DRAFT_MARK}: the name and position read from the sentence "
                    "that names them",
                )
    return list(people.values())


def _with_people(figures: list[DraftedFigure], ids: dict[str, str]) -> list[DraftedFigure]:
    """The figures, each speaker that is a drafted person linked to them by id."""
    linked = []
    for item in figures:
        citation = item.figure.citation
        speaker = citation.speaker if citation is not None else None
        if citation is not None and speaker is not None and speaker.name in ids:
            speaker = attrs.evolve(speaker, person=ids[speaker.name])
            figure = attrs.evolve(item.figure, citation=attrs.evolve(citation, speaker=speaker))
            linked.append(attrs.evolve(item, figure=figure))
        else:
            linked.append(item)
    return linked


def _is_place_or_org(name: str, language: Language) -> bool:
    return _country(name, language) is not None or bool(re.search(_ORG_WORDS, name, re.IGNORECASE))


# --- organisations -------------------------------------------------------------------

_ORG_WORDS = (
    r"\b(?:Ministry|Ministerio|Ministério|Ministère|Secretar[íi]a|Secretariat|Instituto|"
    r"Institute|Institut|Organi[sz]ation|Organización|Organização|Agency|Agencia|Agência|"
    r"Agence|University|Universidad|Universidade|Université|Centre|Center|Centro|"
    r"Government|Gobierno|Governo|Gouvernement|Fund|Fondo|Fundo|Fonds|Foundation|"
    r"Fundación|Fundação|Fondation|Commission|Comisión|Comissão|Council|Consejo|Conselho|"
    r"Conseil|Office|Oficina|Escritório|Bureau|Department|Departamento|Département|"
    r"Network|Red|Rede|Réseau|Casa|Hogar|Albergue|Refugio|Cáritas|Caritas|Association|Asociación|Associação|Committee|Comité|Comitê|"
    r"Programme|Program|Programa|Sistema|System|Servicio|Service|Serviço|Union|Unión|"
    r"Bank|Banco|Banque|Hospital|Hôpital|Consulado|Consulate|Embassy|Embajada|"
    r"Médicos Sin Fronteras|Doctors Without Borders|Médecins Sans Frontières|"
    r"Cruz Roja|Red Cross|Croix-Rouge|Cruz Vermelha|Alcald[íi]a|Prefeitura|Mairie|"
    r"Administration|Administración|Administração|Corps|Coast Guard|Guardia Costera|"
    r"Guarda Costeira|Garde côtière|Jurisdicci[óo]n|Jurisdição|Colegio|Colégio|Collège|"
    r"College|Aid)\b"
)
_CONNECT = (
    r"(?:\s+(?:de|del|de\s+la|de\s+los|para|para\s+las|for|for\s+the|of|of\s+the|and|"
    r"y|e|et|do|da|en\s+el|en\s+la|in\s+the|"
    r"dos|das|du|des|de\s+l['’]|pour|la|las|los|the|on|al|aux|au|para\s+as|para\s+os|"
    r"para\s+a|pour\s+la|pour\s+les|contre|contre\s+la|contra|contra\s+la|against)\s+|\s+|-)"
)
_CAP = r"[A-ZÁÉÍÓÚÑÇÂÊÔÀ][\w’'&.-]*"
_ORG_NAME = re.compile(rf"{_CAP}(?:{_CONNECT}{_CAP}){{0,9}}")
_ACRONYM = re.compile(
    r"\(\s*(?P<acronym>[A-Z][A-Za-z&/.-]{1,11})(?:\s+(?:in|en|em|por sus siglas en)\s+[^)]{1,20})?"
    r"\s*\)"
)
_BARE_ACRONYM = re.compile(r"(?<![\w/.-])[A-Z][A-Z&]{1,6}(?:/[A-Z]{2,6})?(?![\w/-])")
_OFFICE = re.compile(
    r"(?<![\w/.-])(?P<acronym>[A-Z][A-Z&]{1,6})[ \u00a0]+"
    r"(?P<place>[A-ZÁÉÍÓÚÑÇ][\w’'-]+(?:[ \u00a0]+(?:de[ \u00a0]+)?[A-ZÁÉÍÓÚÑÇ][\w’'-]+){0,2})"
)
# Two acronyms joined ("EU-IOM Joint Initiative", "UE-OIM"), or an acronym and the word that
# names a body of its own ("IMSS-Welfare", "IMSS-Bienestar").
_JOINED_ACRONYM = re.compile(
    r"(?<![\w/.-])(?P<first>[A-Z][A-Z&]{1,6})-(?:(?P<second>[A-Z][A-Z&]{1,6})|"
    r"(?P<word>[A-ZÁÉÍÓÚÑÇ][a-záéíóúñçâêôãõàü]{2,}))(?![\w/-])"
)


def _organisations(  # noqa: PLR0915 - each way a name is written, in turn
    text: str, body: int, sentences: list[_Sentence], source_id: str, language: Language
) -> list[Organisation]:
    found: dict[str, tuple[str, str | None, str]] = {}
    acronyms: dict[str, str] = {}
    for sentence in sentences:
        quote = text[sentence.start : sentence.end]
        for match in _ACRONYM.finditer(quote):
            acronym = match["acronym"].rstrip(".")
            head = quote[: match.start()].rstrip()
            name_match = None
            for candidate in _ORG_NAME.finditer(head):
                if candidate.end() == len(head):
                    name_match = candidate
            spelled = _spelled_out(head, acronym)
            if name_match is None and spelled is None:
                continue
            shaped = _cut_name(name_match[0] if name_match else "")
            first, _, rest = shaped.partition(" ")
            if (
                first.lower() in _ARTICLES
                and rest[:1].upper() == acronym[:1].upper()
                and first[:1].upper() != acronym[:1].upper()
            ):
                shaped = rest  # "O Alto Comissariado ... (Acnur)": the article is not its
            name = max(spelled or "", shaped, key=len)
            if spelled and shaped.endswith(spelled):
                extra = shaped[: len(shaped) - len(spelled)].split()
                if all(w.isupper() or w.lower() in _ARTICLES for w in extra):
                    name = spelled  # "the IOM Migration Health Division (MHD)"
            if not name or _is_country(acronym, language) or _is_country(name, language):
                continue
            if len(name.split()) == 1 and name.upper() != name and acronym not in name:
                # "Guadalajara (Jal.)", "Uganda (East Africa)": a single word is no name
                continue
            found.setdefault(name.lower(), (name, acronym, quote))
            acronyms[acronym] = name
        for match in _ORG_NAME.finditer(quote):
            name = _cut_name(match[0])
            if not re.search(_ORG_WORDS, name) or len(name.split()) < 2:
                continue
            if any(name.lower() in key for key in found):
                continue
            found.setdefault(name.lower(), (name, None, quote))
        for name in _headed_names(quote, language):
            if not any(name.lower() in key or key in name.lower() for key in found):
                found.setdefault(name.lower(), (name, None, quote))
    for sentence in sentences:
        quote = text[sentence.start : sentence.end]
        for match in _NAMED_AFTER.finditer(quote):
            names = match["names"] or ""
            if match["single"]:
                names = match["single"]
                if not names[0].isupper():
                    generic = match[0][len(match["article"]) :].strip()
                    names = generic[: len(generic) - len(names)].strip() + " " + names
                found.setdefault(names.lower(), (names, None, quote))
                continue
            for part in _LIST_SPLIT.split(names):
                name = _cut_name(part)
                if name and name[0].isupper() and not _is_country(name, language):
                    found.setdefault(name.lower(), (name, None, quote))
        for match in _BARE_ACRONYM.finditer(quote):
            acronym = match[0]
            if acronym in acronyms or len(acronym) < 2 or _is_country(acronym, language):
                continue
            if acronym in _NOT_ACRONYMS or acronym.isdigit():
                continue
            if _in_capitals(quote, match.start(), match.end()):
                continue  # a word of a heading or a dateline in capitals ("CIUDAD DE MÉXICO")
            if (
                len(acronym) < 3
                and text[body:].count(acronym) < 2
                and not re.search(
                    rf"\b(?:the|la|el|le|l['’]|o|a|del|de la|do|da|of)\s+{re.escape(acronym)}\b",
                    quote,
                    re.IGNORECASE,
                )
            ):
                continue
            acronyms[acronym] = acronym
            found.setdefault(acronym.lower(), (acronym, acronym, quote))
        for match in _OFFICE.finditer(quote):
            acronym, place = match["acronym"], match["place"]
            if acronym in _NOT_ACRONYMS or _is_country(acronym, language):
                continue
            words = place.split()
            for size in range(len(words), 0, -1):
                country = " ".join(words[:size])
                if _is_country(country, language):
                    name = f"{acronym} {country}"  # "IOM Chile", "OIM Maroc": an office
                    found.setdefault(name.lower(), (name, None, quote))
                    break
        for match in _JOINED_ACRONYM.finditer(quote):
            bracketed = quote[match.start() - 1 : match.start()] == "(" and quote[
                match.end() : match.end() + 1
            ] in {")", ""}
            if bracketed or match[0] in acronyms or match["first"] in _NOT_ACRONYMS:
                continue  # "(SE-COMISCA)": the acronym of the name before it, whole
            if _is_country(match["first"], language):
                continue
            if match["word"]:
                found.setdefault(match[0].lower(), (match[0], None, quote))
                continue
            for acronym in (match["first"], match["second"]):
                if acronym in acronyms or acronym in _NOT_ACRONYMS:
                    continue
                if _is_country(acronym, language):
                    continue
                acronyms[acronym] = acronym
                found.setdefault(acronym.lower(), (acronym, acronym, quote))
    organisations: list[Organisation] = []
    seen: set[str] = set()
    for raw, acronym_raw, _quote in found.values():
        name = _one_line(raw)
        acronym = _one_line(acronym_raw) if acronym_raw else None
        if not name:
            continue
        ident = f"{source_id}-o-{_slug(acronym or name)}"
        if ident in seen:
            continue
        seen.add(ident)
        organisations.append(
            Organisation(
                id=ident,
                name=name,
                acronym=acronym if acronym != name else None,
                kind=_guess_kind(name),
                draft=f"{DRAFT_MARK}: the kind is guessed from the name",
            )
        )
    return organisations


# Names that follow a generic noun: "albergues como Resprettrans, Oasis del Migrante y La
# Esperanza", "the shelter Casa del Migrante", "el comedor de la Catedral".
_GENERIC = (
    r"albergues?|refugios?|comedor(?:es)?|shelters?|casas? de acogida|abrigos?|foyers?|"
    r"centres? d['’]accueil|organizaciones|organizations|organisations|organizações|ONG|NGOs?|"
    r"hospitales|hospitals|hôpitaux|hospitais|clínicas|clinics|universidades|universities"
)
_NAMED_AFTER = re.compile(
    rf"\b(?:{_GENERIC})\s+(?:como|such as|like|comme|tais como|incluidos|including|:)?\s*"
    rf"(?P<names>{_CAP}(?:{_CONNECT}{_CAP})*(?:\s*(?:,|\by\b|\band\b|\be\b|\bet\b)\s*"
    rf"{_CAP}(?:{_CONNECT}{_CAP})*)*)"
    r"|\b(?P<article>(?i:el|la|the|le|l['’]|o|a))\s*(?:comedor|albergue|refugio|shelter|abrigo|foyer|"
    r"organizaci[óo]n|organiza[çc][ãa]o|organi[sz]ation|ONG|NGO|jornal|peri[óo]dico|diario|"
    r"newspaper|journal)\s+[\"“«]?"
    rf"(?P<single>(?:de\s+la\s+|del\s+|de\s+|do\s+|da\s+)?{_CAP}"
    rf"(?:(?:{_CONNECT}|\s+at\s+the\s+){_CAP})*)",
)
_LIST_SPLIT = re.compile(r"\s*(?:,|\by\b|\band\b|\be\b|\bet\b)\s*")


_NOT_ACRONYMS = frozenset(
    {
        "SOURCE",
        "COVID",
        "VIH",
        "HIV",
        "SIDA",
        "AIDS",
        "WHO WE ARE",
        "II",
        "III",
        "IV",
        "VI",
        "PDF",
        "URL",
        "DC",
        "UTC",
        "AM",
        "PM",
        "EL",
        "LA",
        "DE",
        "EN",
        "THE",
        "OF",
        "AND",
    }
)


_HEADS = re.compile(
    r"\b(?:[Mm]inist[eè]res?|[Mm]inisterios?|[Mm]inistérios?|[Mm]inistry|[Mm]inistries|[Gg]ouvernement|[Gg]obierno|"
    r"[Gg]overno|[Gg]overnment|[Ee]mbaixada|[Ee]mbajada|[Ee]mbassy|[Aa]mbassade|Union|Unión|"
    r"União|[Dd][ée]l[ée]gation|[Dd]elegación|[Dd]elegação|[Dd]elegation|[Ss]ecretarias?|"
    r"[Ss]ecretarías?|[Cc]onsulados?|[Dd]irectorate|[Dd]irección|[Dd]ireção|Academy|"
    r"Academia|Académie|School|Escuela|Escola|École|Representaci[óo]n(?:es)?|"
    r"Representa[çc](?:ão|ões)|Représentations?)\b"
)
_ARTICLES = frozenset({"the", "la", "el", "le", "les", "los", "las", "o", "a", "os", "as"})
_CONNECTORS = frozenset(
    [
        *("de", "del", "do", "da", "dos", "das", "du", "des", "of", "for", "the", "la"),
        *("las", "los", "le", "les", "el", "en", "na", "no", "em", "l"),
    ]
)


def _headed_names(quote: str, language: Language) -> Iterator[str]:
    """Names that start with a word such as "Ministère" or "governo", adjectives and all.

    "Ministère chilien de la santé", "gouvernement de Suède", "Embaixada do Japão",
    "Délégation de l’Union européenne": capitalised words, connectors, and at most two
    words in lower case, up to a stop word, a verb or a mark.
    """
    for head in _HEADS.finditer(quote):
        before = re.search(r"([A-Z][\w.-]*)\s+$", quote[: head.start()])
        if (
            before is not None
            and _is_country(before[1], language)
            and re.match(r"['’]s\b", quote[head.end() :])
        ):
            yield f"{before[1]} {head[0]}"  # "the UK government’s code"
            continue
        if re.match(r"\s*[,.;:()]", quote[head.end() :]):
            continue  # "the Health and Foreign Ministries, US institutions": the head ends it
        words = [head[0]]
        lower = 0
        pending: list[str] = []
        for token in re.finditer(r"\s*([\w’'-]+)", quote[head.end() :]):
            if token[0][:1] not in " \u00a0" and token.start() > 0 and not pending:
                break
            word = token[1]
            low = word.lower().rstrip("’'")
            parts = re.split(r"[’']", low)
            if low in _CONNECTORS or (len(parts) == 2 and parts[0] in _CONNECTORS):
                pending.append(word)
                if len(pending) > 2:
                    break
                continue
            if word[0].isupper():
                words += [*pending, word]
            elif (
                lower < 2
                and low not in _STOP_AFTER
                and not _looks_like_verb(low, language)
                and not low.isdigit()
            ):
                words += [*pending, word]
                lower += 1
            else:
                break
            pending = []
            if re.match(r"[\w’'-]*[,.;:()]", quote[head.end() + token.end() :]):
                break
        name = re.sub(r"\s*([’'])\s*", r"\1", " ".join(words))
        if len(words) >= 2 and not _is_country(name, language):
            yield name


def _spelled_out(head: str, acronym: str) -> str | None:
    """The words before "(MHADRI)" whose capitals spell it, commas and all, or ``None``."""
    letters = [c for c in acronym if c.isalpha()]
    if len(letters) < 3 or not all(c.isupper() for c in letters):
        return None
    words = list(re.finditer(r"[^\W\d_][\w’'-]*", head))[-20:]
    for first in range(len(words) - 1, -1, -1):
        chosen = words[first:]
        if not chosen[0][0][0].isupper() or head[chosen[-1].end() :].strip():
            continue
        capitals = "".join(w[0][0] for w in chosen if w[0][0].isupper())
        every = "".join(w[0][0].upper() for w in chosen)
        if "".join(letters) in {capitals, every}:
            return head[chosen[0].start() :].strip()
    return None


def _in_capitals(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start:end`` stands beside another word in capitals."""
    before = re.search(r"([^\W\d_]+)[^\w]*$", text[:start])
    after = re.match(r"[^\w]*([^\W\d_]+)", text[end:])
    return any(m is not None and len(m[1]) > 1 and m[1].isupper() for m in (before, after))


def _one_line(text: str) -> str:
    """``text`` with each run of white space (tabs, line breaks) as one space."""
    return " ".join(text.split())


def _cut_name(name: str) -> str:
    words = name.split()
    drop = {
        "the",
        "la",
        "el",
        "los",
        "las",
        "le",
        "les",
        "o",
        "a",
        "os",
        "as",
        "de",
        "of",
        "and",
        "y",
        "e",
        "et",
        "del",
        "da",
        "do",
        "du",
        "des",
        "para",
        "for",
        "pour",
        "on",
    }
    while words and words[-1].lower() in drop:
        words.pop()
    lead = drop | {"en", "in", "during", "durante", "by", "por"}
    # A capitalised article stays in a name that has no word of an organisation in it
    # ("La Esperanza"); "La Secretaría de Salud" loses it.
    capitalised = False  # one capitalised article at most: "The El Paso Food Bank"
    while words and (
        words[0] in lead
        or (
            not capitalised
            and words[0].lower() in lead
            and re.search(_ORG_WORDS, " ".join(words[1:]))
        )
    ):
        capitalised = capitalised or words[0] not in lead
        words.pop(0)
    return " ".join(words).strip(" .,-")


def _is_country(name: str, language: Language) -> bool:
    return _country(name, language) is not None


def _country(name: str, language: Language) -> str | None:
    """The country ``name`` names in the language's tables, or ``None``: no fuzzy guess.

    ISO codes are not read here: in running text "IOM" or "SRE" is an acronym.
    """
    key = _key(name, language)
    names = _names(language.code)
    codes = names.get(key) or names.get(_folded(key)) or frozenset()
    return next(iter(codes)) if len(codes) == 1 else None


_KINDS: tuple[tuple[str, OrganisationKind], ...] = (
    (r"Ministr|Minist[ée]r|Secretar", OrganisationKind.MINISTRY),
    (r"Universi", OrganisationKind.UNIVERSITY),
    (r"Instit.*(Salud|Health|Sa[úu]de|Sant[ée]|Public)", OrganisationKind.PUBLIC_HEALTH_INSTITUTE),
    (r"Seguro Social|Social Security|Seguridade Social", OrganisationKind.SOCIAL_SECURITY),
    (
        r"Organi[sz]a[tcç]i[oóã]n? (Internacional|International|internationale)|IOM|OIM|"
        r"Naciones Unidas|United Nations|Nations Unies|Naç",
        OrganisationKind.INTERGOVERNMENTAL,
    ),
    (r"Fund|Fondo|Fundo|Fonds", OrganisationKind.FUND),
    (r"Consul", OrganisationKind.CONSULAR_NETWORK),
    (r"Gobierno|Government|Governo|Gouvernement", OrganisationKind.GOVERNMENT),
    (
        r"Fronteras|Borders|Fronti[èe]res|Cruz|Cross|Croix|Foundation|Fundaci|Fondation|Association|Asociaci",
        OrganisationKind.NGO,
    ),
    (r"Hospital|Hôpital|Servicio|Service", OrganisationKind.HEALTH_SERVICE),
)


def _guess_kind(name: str) -> OrganisationKind:
    for pattern, kind in _KINDS:
        if re.search(pattern, name):
            return kind
    return OrganisationKind.OTHER


# --- countries and places ------------------------------------------------------------

# A place's name: up to three capitalised words, which lower-case particles may join
# ("Rio de Janeiro", "Duque de Caxias", "Port of Spain", "Dar es Salaam", "Saint-Louis du
# Sénégal"); a particle counts only between two capitalised words, and a name does not
# run on over a line break.
_PLACE_PARTICLES = (
    r"(?:de|do|da|dos|das|del|de[ \u00a0]la|de[ \u00a0]las|de[ \u00a0]los|du|des|of|"
    r"of[ \u00a0]the|es|el|sur|al)"
)
_CAPITALISED = r"[A-ZÁÉÍÓÚÑÂÊÔÀÈÇ][\w’'-]+"
_PLACE_NAME = rf"{_CAPITALISED}(?:(?:[ \u00a0]+{_PLACE_PARTICLES})?[ \u00a0]+{_CAPITALISED}){{0,2}}"
# What a place's name follows: a preposition of place, or a word for a kind of place,
# in lower case, with "of" ("the city of", "no município de", "dans les régions de", "la
# capitale"); capitalised, such a word begins a name ("Estados Unidos", "Distrito Federal").
_PLACE_NOUNS = (
    r"(?:ciudad|city|cidade|ville|municipios?|municípios?|municipality|municipalities|"
    r"communes?|estados?|states?|regi[oó]n|regiones|régions?|regions?|regiões|regi[ãa]o|"
    r"provincias?|provinces?|províncias?|departamentos?|départements?|departments?|"
    r"distritos?|districts?|county|counties|capital|capitale|zona|zone)"
)
# The prepositions of place of each language, lower case first. Portuguese "a" and
# French "a" are not among them: there "a" is an article ("a Polícia Federal", "contra a
# Influenza") or a verb ("il a").
_PLACE_PREPOSITIONS: Mapping[str, tuple[str, ...]] = {
    "en": ("in",),
    "es": ("en", "a"),
    "pt": ("em",),
    "fr": ("à", "en"),
}


@cache
def _place_word(code: str) -> re.Pattern[str]:
    """Where a name is a place's in the language: after a preposition or a kind of place."""
    words = _PLACE_PREPOSITIONS.get(code, ("in", "en", "em", "à"))
    prepositions = "|".join(sorted({*words, *(w.capitalize() for w in words if len(w) > 1)}))
    return re.compile(
        rf"(?:\b{_PLACE_NOUNS}[ \u00a0]+"
        r"(?:(?:de|do|da|dos|das|del|of|du|des|de[ \u00a0]la|d[’'])[ \u00a0]*)?"
        rf"|(?<![\w-])(?:{prepositions})\s+)(?P<place>{_PLACE_NAME})"
    )


# Names in a list that ends with "and": "Rabat et Oujda", "Israel, Gaza e Cisjordânia",
# "Coahuila, Tamaulipas, Quintana Roo y el Distrito Federal".
_NAME_LIST = re.compile(
    rf"{_PLACE_NAME}(?:,[ \u00a0]*{_PLACE_NAME})*,?[ \u00a0]+(?:and|y|e|et)[ \u00a0]+"
    rf"(?:(?:the|el|la|los|las|le|les|l[’']|o|a|os|as)[ \u00a0]*)?{_PLACE_NAME}"
)
_ONE_NAME = re.compile(_PLACE_NAME)
_OF_A_COUNTRY = re.compile(rf"(?P<head>.+)[ \u00a0]+{_PLACE_PARTICLES}[ \u00a0]+(?P<country>.+)")
_CITY_WORDS = frozenset({"ciudad", "city", "cidade", "ville"})
# Words that begin a sentence before a list of names: "But Nigeria and Ghana".
_LEADING_WORDS = frozenset(
    {"but", "also", "however", "yet", "pero", "también", "mas", "porém", "mais", "aussi", "et"}
)
# Words that name a part of any country, not one place: never read as a place alone.
_GENERIC_PLACES = frozenset(
    {
        "eastern",
        "western",
        "northern",
        "southern",
        "metropolitan",
        "metropolitana",
        "métropolitaine",
        "oriental",
        "occidental",
        "meridional",
        "septentrional",
        "capital",
        "center",
        "central",
        "centre",
        "centro",
        "coast",
        "costa",
        "east",
        "est",
        "este",
        "islands",
        "leste",
        "littoral",
        "nord",
        "norte",
        "north",
        "oeste",
        "ouest",
        "plateau",
        "south",
        "sud",
        "sur",
        "west",
    }
)


# Capitalised words that make the name after them a region's: "Central America".
_REGION_QUALIFIERS = frozenset(
    {
        "North",
        "South",
        "Central",
        "Latin",
        "East",
        "West",
        "Northern",
        "Southern",
        "Eastern",
        "Western",
        "Meso",
    }
)


def _countries(text: str, body: int, language: Language) -> tuple[list[str], dict[str, str]]:
    """The countries named in the text, in order, and the name each was read from."""
    codes: list[str] = []
    names: dict[str, str] = {}
    tokens = list(re.finditer(r"[^\W\d_][\w.’'-]*", text[body:]))
    index = 0
    while index < len(tokens):
        matched = 0
        for size in range(5, 0, -1):
            if index + size > len(tokens):
                continue
            first, last = tokens[index], tokens[index + size - 1]
            phrase = text[body + first.start() : body + last.end()].rstrip(".,’'-")
            if not phrase[:1].isupper() or (size == 1 and len(phrase) < 4 and not phrase.isupper()):
                continue
            if re.search(r"[\n,;:()]", phrase):
                continue
            code = _country(phrase, language)
            if code is None:
                continue
            if index and tokens[index - 1][0] in _REGION_QUALIFIERS:
                # "South America", "North and South America", "Latin America": a region,
                # though "America" alone is the United States.
                matched = size
                break
            if code not in names:
                codes.append(code)
                names[code] = phrase
            matched = size
            break
        index += matched or 1
    return codes, names


# --- the draft -----------------------------------------------------------------------


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


def _check_text(text: object) -> str:
    if not isinstance(text, str):
        raise InvalidValueError(
            "text", f"expected the report's text as str, got {type(text).__name__}", text
        )
    if not text.strip():
        raise InvalidValueError("text", "the report is empty: there is nothing to draft", text)
    if "\x00" in text:
        raise InvalidValueError("text", "the report holds NUL characters: it is not text", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    control = _CONTROL.search(text)
    if control is not None:
        raise InvalidValueError(
            "text",
            f"the report holds the control character U+{ord(control[0]):04X} at offset "
            f"{control.start()}: it is not plain text",
            text,
        )
    return text


def draft_report(  # noqa: PLR0915 - the draft, part by part
    text: str, *, language: str | None = None, source: str | None = None
) -> Draft:
    """Draft a dataset from ``text``; also return the numbers left out and the detection.

    See :func:`draft`. ``language`` is ``"en"``, ``"es"``, ``"pt"`` or ``"fr"`` (a region
    such as ``"es-MX"`` is kept on the source); with ``None`` it is detected.
    """
    text = _check_text(text)
    detection: Detection | None = None
    header = re.match(r"\s*SOURCE:[ \t]*(?P<url>\S+)[ \t]*(?:\n|$)", text)
    url = header["url"] if header else None
    body = header.end() if header else 0
    if language is None:
        detection = detect_language(text[body:])
        code = detection.language
        tag = code
    else:
        code = get_language(language).code
        tag = language
    lang = LANGUAGES[code]
    uncertain = detection is not None and not detection.certain
    source_id = source if source is not None else _source_id(url, text[body:])
    sentences = _sentences(text, body)
    # A first pass without an anchor finds the dateline; the second reads relative dates
    # against it.
    dates = _find_dates(text, sentences, lang, None)
    dateline = _dateline(text, sentences, dates, lang) or _split_dateline(text, body, lang)
    published = dateline.period.start if dateline is not None else None
    published_inferred = None
    settled = _settle_dateline(text, dateline, dates) if dateline is not None else None
    if settled is not None:
        published, published_inferred = settled
    unsettled = None
    if dateline is None:
        dateline, how, unsettled = _numeric_dateline(text, sentences, dates)
        if dateline is not None and how is not None:
            published, published_inferred = dateline.period.start, how
            unsettled = how if how.endswith("cannot be a month") else f"{how}; check the order"
    if published is None and url is not None:
        published = _date_in_address(url, lang)
        if published is not None:
            published_inferred = "from the address of the page"
    if published is None:
        stated = _statement_date(text, dates)
        if stated is not None:
            published, published_inferred = stated
    if published is None:
        photographed = _date_in_file_names(text, body)
        if photographed is not None:
            published, published_inferred = photographed
    if published is not None:
        dates = _find_dates(text, sentences, lang, published)
    if dateline is not None:
        # A dateline written over several lines ("Publicado:\n25\nNov\n2021") is one date.
        dates = sorted(
            [d for d in dates if d.end <= dateline.start or d.start >= dateline.end] + [dateline],
            key=lambda span: span.start,
        )
    dates = _months_joined(text, _with_years(text, dates, published, lang))
    dates = _weekday_days(text, body, dates, published, lang)
    dates = _weeks_of_months(text, dates, lang)
    dates = _first_months(text, dates, lang)
    dates = _to_the_end_of_that_year(text, dates)
    dates = _anniversaries(text, body, dates, published, lang)
    figures, left_out = _figures(text, body, sentences, dates, lang, source_id, uncertain)
    title_sentence = next(
        (s for s in sentences if re.search(r"[^\W\d_]{3}", text[s.start : s.end])), None
    )
    title = (
        _one_line(text[title_sentence.start : title_sentence.end])[:200].strip()
        if title_sentence is not None
        else source_id
    )
    source_notes = [DRAFT_MARK]
    if detection is not None:
        source_notes.append(detection.describe())
    if unsettled is not None:
        source_notes.append(unsettled)
    if published is None:
        source_notes.append("no dateline found: the publication date is not known")
        unresolved = _unresolved(text, sentences, dates, lang)
        if unresolved:
            source_notes.append(
                "relative dates left unread, the publication date not being known: "
                + "; ".join(repr(phrase) for phrase in unresolved)
            )
    elif settled is not None:
        source_notes.append(f"{settled[1]}; check the order")
    elif unsettled is not None:
        pass  # the note of an all-numeric dateline read in the one order it can be, said above
    elif dateline is not None and re.fullmatch(
        r"(?:0?[1-9]|1[0-2])[/.-](?:0?[1-9]|1[0-2])[/.-][0-9]{4}",
        text[dateline.start : dateline.end],
    ):
        source_notes.append(
            f"the all-numeric dateline {text[dateline.start : dateline.end]!r} was read "
            f"day first ({published}), as {lang.name} writes dates; check the order"
        )
    if not figures:
        source_notes.append("no figures found in the text")
    if left_out:
        source_notes.append(
            "numbers left out: "
            + "; ".join(f"{item.phrase!r} ({item.reason})" for item in left_out)
        )
    source_record = Source(
        id=source_id,
        title=title,
        published=published,
        published_inferred=published_inferred,
        published_quote=(text[dateline.start : dateline.end] if dateline is not None else None),
        url=url,
        language=tag,
        draft="; ".join(source_notes),
    )
    date_facts = []
    for span in dates:
        if dateline is not None and span.start == dateline.start:
            continue
        sentence = _sentence_at(sentences, span.start)
        if sentence is None:
            continue
        period, bound = span.period, None
        if period.start is not None and _AFTER.search(text, sentence.start, span.start):
            bound = Bound.START  # "after 24 February 2022, medics have arrived"
        if period.end is None and period.start is not None:
            period, bound = Period(start=period.start, end=period.start), Bound.START
        elif period.start is None and period.end is not None:
            period, bound = Period(start=period.end, end=period.end), Bound.END
        date_facts.append(
            DateFact(
                period=period,
                bound=bound,
                event=None if bound is not None else "mentioned",
                citation=Citation(source=source_id, quote=text[sentence.start : sentence.end]),
                inferred=span.inferred,
                draft=f"{DRAFT_MARK}: {text[span.start : span.end]!r} read as {span.period}; "
                "what it dates is not known: set the event, or clear it (the record's "
                "period) or give a bound",
            )
        )
    codes, _names = _countries(text, body, lang)
    places = _places(text, body, codes, lang)
    implied = _implied_countries(places, codes)
    organisations = _organisations(text, body, sentences, source_id, lang)
    people = _people(text, sentences, source_id, lang)
    figures = _with_people(figures, {person.name: person.id for person in people})
    programme_mark = (
        f"{DRAFT_MARK}: one programme holds everything the text states; split it into "
        "programmes, cohorts and statistics, and set its kind"
    )
    if implied:
        shown = "; ".join(f"{code} (from {places})" for code, places in implied.items())
        programme_mark += f"; countries the text does not name, known from their places: {shown}"
    programme = Programme(
        id=f"{source_id}-programme",
        title=title,
        kind=ProgrammeKind.OTHER,
        countries=(*codes, *implied),
        places=tuple(places),
        dates=tuple(date_facts),
        figures=tuple(d.figure for d in figures),
        draft=programme_mark,
    )
    dataset = Dataset(
        sources=(source_record,),
        organisations=tuple(organisations),
        programmes=(programme,),
        people=tuple(people),
    )
    return Draft(
        dataset=dataset, figures=tuple(figures), left_out=tuple(left_out), detection=detection
    )


def _implied_countries(places: list[str], codes: list[str]) -> dict[str, str]:
    """The countries two or more drafted places are subdivisions of, and of no other.

    "Chiapas" and "Oaxaca" are states of Mexico and of no other country: a text about
    them that never names Mexico is about Mexico. One place is not enough: a town may
    share its name with another country's province ("Salamanca", "Santiago", "Boa
    Vista"). Each country not among ``codes`` is given with the places it is known from.
    """
    found: dict[str, list[str]] = {}
    for place in places:
        code = _subdivision_countries().get(place)
        if code is not None and code not in codes:
            found.setdefault(code, []).append(place)
    return {code: ", ".join(names) for code, names in found.items() if len(names) >= 2}


def _places(text: str, body: int, codes: list[str], language: Language) -> list[str]:
    """The places the text names, in order: towns, states, regions, districts.

    A name is a place where it follows a preposition of place ("en Tijuana") or a word
    for a kind of place ("no município de Itaperuna"), and where it is a subdivision (ISO
    3166-2, from pycountry) of a country the text names ("Chiapas" in a text that names
    Mexico). A list that ends with "and" is a list of places when one of its names is a
    country, a subdivision or follows a word for a kind of place ("Rabat et Oujda",
    "Israel, Gaza e Cisjordânia"), except in a headline, whose every word is capitalised.
    Countries, organisations, acronyms, months and weekdays are left out, and so is a
    name inside a longer one ("California" in "Baja California").
    """
    found: dict[tuple[int, int], str] = {}
    sure: list[tuple[int, int]] = []  # places that make a list of names one of places
    prepositions = _PLACE_PREPOSITIONS.get(language.code, ())
    for match in _place_word(language.code).finditer(text, body):
        found[match.span("place")] = match["place"]
        if text[match.start() : match.start("place")].strip().lower() not in prepositions:
            sure.append(match.span("place"))
    # The countries whose subdivisions are looked for: those the text names, and that of
    # a subdivision named after a preposition ("En Tamaulipas" in a text about Mexico that
    # never names it), where only one country has a subdivision of that name.
    named = _subdivision_countries()
    codes = list(dict.fromkeys([*codes, *(named[n] for n in found.values() if n in named)]))
    for code in codes:
        pattern = _subdivision_pattern(code)
        if pattern is not None:
            for match in pattern.finditer(text, body):
                found[match.span()] = match[0]
                sure.append(match.span())
    function_words = _FUNCTION_WORDS[language.code]
    for match in _NAME_LIST.finditer(text, body):
        if _headline(text, match.start()):
            continue
        items = [item.span() for item in _ONE_NAME.finditer(text, match.start(), match.end())]
        if len(items) >= 2 and _is_country(text[items[-2][0] : items[-1][1]], language):
            items = items[:-2]  # "Bosnia and Herzegovina", "Trinidad and Tobago": one name
        if any(_is_country(text[start:end], language) for start, end in items) or any(
            start < sure_end and sure_start < end
            for start, end in items
            for sure_start, sure_end in sure
        ):
            for start, end in items:
                first = text[start:end].split(maxsplit=1)[0]
                leading = first.lower() in _LEADING_WORDS or first.lower() in function_words
                # "But Nigeria and Ghana": the sentence's first word is not a name's.
                begin = start + len(first) if leading else start
                name = text[begin:end].strip()
                # "Representaciones de Guatemala", "Governments of Portugal" beside
                # countries: something of a country, not a place, unless a city's name.
                of_country = _OF_A_COUNTRY.fullmatch(name)
                if (
                    of_country is None
                    or not _is_country(of_country["country"], language)
                    or of_country["head"].split()[0].lower() in _CITY_WORDS
                ):
                    found.setdefault((begin, end), name)
    calendar = {*language.months, *language.weekdays}
    places: list[str] = []
    spans = sorted(found)
    for start, end in spans:
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e in spans):
            continue  # "California" in "Baja California"
        place = _one_line(_cut_name(re.sub(r"[’']s$", "", found[start, end])))
        if not place or place.lower() in calendar:
            continue  # "in March", "on Monday": when, not where
        if _is_country(place, language) or re.search(_ORG_WORDS, place):
            continue
        if place.isupper() or place in places or place.casefold() in _GENERIC_PLACES:
            continue
        if place.casefold() in _language_names() or place.split()[0].casefold() in _FIELDS:
            continue  # "in Spanish", "en Salud Pública": a language, a field of work
        places.append(place)
    return places


def _headline(text: str, position: int) -> bool:
    """Whether the line around ``position`` is a headline.

    That is, a line that does not end as a sentence does, with every word of more than
    three letters capitalised ("Mexico and Chile Conclude Binational Diploma Course").
    """
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start : end if end >= 0 else len(text)].strip()
    words = [w for w in _WORDS.findall(line) if len(w) > 3]
    ends = line.endswith((".", "!", "?", ":", ";"))
    return not ends and len(words) >= 3 and all(w[0].isupper() for w in words)


# Fields of work and care that follow a preposition as a place's name would ("en Salud
# Pública", "em Saúde Mental", "in Health"), in the four languages.
_FIELDS = frozenset(
    {
        "salud",
        "saúde",
        "santé",
        "health",
        "educación",
        "educação",
        "éducation",
        "education",
        "medicina",
        "médecine",
        "medicine",
        "cuidado",
        "cuidados",
        "soins",
        "care",
        "nutrición",
        "nutrição",
        "nutrition",
        "enfermería",
        "enfermagem",
        "nursing",
        "migración",
        "migração",
        "migration",
        "atención",
        "atenção",
    }
)


@cache
def _language_names() -> frozenset[str]:
    """The names of languages in the four languages, in lower case ("spanish", "inglés")."""
    names: set[str] = set()
    for code in LANGUAGES:
        names.update(name.casefold() for name in babel.Locale.parse(code).languages.values())
    return frozenset(names)


@cache
def _subdivisions() -> dict[str, frozenset[str]]:
    """The names of each country's subdivisions (ISO 3166-2, from pycountry), by its code."""
    names: dict[str, set[str]] = {}
    for subdivision in pycountry.subdivisions:
        names.setdefault(str(subdivision.country_code), set()).add(str(subdivision.name))
    return {code: frozenset(found) for code, found in names.items()}


@cache
def _subdivision_countries() -> dict[str, str]:
    """Each subdivision name that only one country has, with that country's code."""
    countries: dict[str, set[str]] = {}
    for code, names in _subdivisions().items():
        for name in names:
            countries.setdefault(name, set()).add(code)
    return {name: codes.pop() for name, codes in countries.items() if len(codes) == 1}


@cache
def _subdivision_pattern(code: str) -> re.Pattern[str] | None:
    """The names of a country's subdivisions, as one pattern; longest first.

    Names shorter than four letters, and words for a part of any country ("Centre",
    "Nord"), are left out.
    """
    names = [
        name
        for name in _subdivisions().get(code, frozenset())
        if len(name) >= 4 and name.casefold() not in _GENERIC_PLACES
    ]
    if not names:
        return None
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])")


def _date_in_address(url: str, language: Language) -> PartialDate | None:
    """A publication date in a page's address: /2025/4/15/, /2023/10/, /2021/agosto/, 18-12-2023."""
    named = re.search(r"/((?:19|20)[0-9]{2})/([^\W\d_]+)/", url)
    if named is not None and named[2].lower() in language.months:
        return PartialDate(year=int(named[1]), month=language.months[named[2].lower()])
    for pattern, order in (
        (r"/((?:19|20)[0-9]{2})/([0-9]{1,2})(?:/([0-9]{1,2}))?(?=/)", "ymd"),
        (r"(?<![0-9])([0-9]{1,2})-([0-9]{1,2})-((?:19|20)[0-9]{2})(?![0-9])", "dmy"),
    ):
        match = re.search(pattern, url)
        if match is None:
            continue
        parts = dict(zip(order, match.groups(), strict=True))
        try:
            return PartialDate(
                year=int(parts["y"]),
                month=int(parts["m"]),
                day=int(parts["d"]) if parts.get("d") else None,
            )
        except (MigrationHealthError, ValueError):
            continue
    return None


def _weekday_disagrees(phrase: str, period: Period, language: Language) -> bool:
    """Whether the phrase names a weekday that its (now full) date does not fall on."""
    date = period.start
    if date is None or date.year is None or date.month is None or date.day is None:
        return False
    for word in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)*", phrase.lower()):
        weekday = language.weekdays.get(word)
        if weekday is not None:
            with contextlib.suppress(ValueError):
                return dt.date(date.year, date.month, date.day).weekday() != weekday
    return False


_PHOTO_NAME = re.compile(
    r"\b(?:IMG|PXL|VID|PHOTO)[-_](?P<y>(?:19|20)[0-9]{2})(?P<m>[01][0-9])(?P<d>[0-3][0-9])"
    r"[-_][\w-]*\.(?:jpe?g|png|heic|webp|mp4)\b|"
    r"\bWhatsApp Image (?P<y2>(?:19|20)[0-9]{2})-(?P<m2>[01][0-9])-(?P<d2>[0-3][0-9])\b",
    re.IGNORECASE,
)


_STATEMENT = re.compile(
    r"\b(?:statement|press\s+release|news\s+release|communiqu[ée]|comunicado|"
    r"bolet[íi]n(?:\s+de\s+prensa)?|nota\s+de\s+prensa|nota\s+informativa|boletim|"
    r"nota\s+(?:oficial|à\s+imprensa)|em\s+nota|note\s+d['’]information)"
    # Only the words that date a statement between it and its date: "del", "issued on",
    # "publié le", "divulgada em"; "el comunicado recordó que el 3 de marzo" is no date of it.
    r"(?:[^\S\n]+(?:de\s+prensa|oficial|informativ[ao]))?"
    r"(?:[^\S\n]+(?:issued|released|published|dated|publicad[oa]|emitid[oa]|difundid[oa]|"
    r"divulgad[oa]|publiée?|diffusée?|datée?))?"
    r"(?:[^\S\n]+(?:on|el|del|de|em|le|du|of))?[^\S\n,]*$",
    re.IGNORECASE,
)


def _statement_date(text: str, dates: list[_DateSpan]) -> tuple[PartialDate, str] | None:
    """The date of the statement a page reports, when the text gives it with its day.

    "En un comunicado del 3 de octubre de 2022, la Secretaría informó que el año pasado…":
    the page is of that day or a later one, and the note says so.
    """
    for span in dates:
        date = span.period.start
        if (
            span.inferred is not None
            or date is None
            or date != span.period.end
            or date.year is None
            or date.month is None
            or date.day is None
        ):
            continue
        line_start = text.rfind("\n", 0, span.start) + 1
        match = _STATEMENT.search(text, line_start, span.start)
        if match is None:
            continue
        phrase = " ".join(text[match.start() : span.end].split())
        how = (
            f"the date of the statement the page reports ({phrase!r}); the page may be of a "
            "later day"
        )
        return date, how
    return None


def _date_in_file_names(text: str, body: int) -> tuple[PartialDate, str] | None:
    """The day a page's photographs were taken, from their file names, when all agree.

    Camera and messaging applications name a photograph after the day it was taken
    ("IMG-20221007-WA0179.jpg", "IMG_20190315_101112.jpg", "WhatsApp Image 2021-06-04").
    A page printing no date of its own is of that day or a later one: the note says so.
    """
    found: dict[PartialDate, list[str]] = {}
    for match in _PHOTO_NAME.finditer(text, body):
        year, month, day = (
            (match["y"], match["m"], match["d"])
            if match["y"]
            else (
                match["y2"],
                match["m2"],
                match["d2"],
            )
        )
        try:
            date = PartialDate(year=int(year), month=int(month), day=int(day))
        except (MigrationHealthError, ValueError):
            return None
        found.setdefault(date, []).append(match[0])
    if len(found) != 1:
        return None
    date, names = next(iter(found.items()))
    more = f" and {len(names) - 1} more" if len(names) > 1 else ""
    how = (
        f"the day its photographs were taken, from their file names ({names[0]!r}{more}); "
        "the page may be of a later day"
    )
    return date, how


def _year_after(text: str, dates: list[_DateSpan], index: int) -> tuple[int | None, str]:
    """The year of the first later date of the same paragraph that states a month and year.

    For a date without a year that no date before it, nor the page's own date, can give
    one: "on 17 May, ... the March 3-5, 2010 Global Consultation" is 17 May 2010.
    """
    span = dates[index]
    block = next(((a, b) for a, b in _blocks(text) if a <= span.start < b), None)
    if block is None:
        return None, ""
    for following in dates[index + 1 :]:
        if following.start >= block[1]:
            break
        for date in (following.period.start, following.period.end):
            if date is not None and date.year is not None and date.month is not None:
                phrase = " ".join(text[following.start : following.end].split())
                return date.year, f"the date after it in the same paragraph ({phrase!r})"
    return None, ""


def _with_years(
    text: str, dates: list[_DateSpan], published: PartialDate | None, language: Language
) -> list[_DateSpan]:
    """Dates without a year given the year of the date before them, or of the source.

    With neither, a date joined to the next one ("En juin et juillet 2021") takes its year.
    A year that puts a written weekday on another day ("quinta-feira, 31/10" in a year
    whose 31 October is not a Thursday) is not given: the date stays without one.
    """
    done: list[_DateSpan] = []
    year = None
    for index, span in enumerate(dates):
        period = span.period
        ends = [d for d in (period.start, period.end) if d is not None]
        if span.recurring:
            note = "recurs every year: no year is given"
            inferred = f"{span.inferred}; {note}" if span.inferred else note
            done.append(attrs.evolve(span, inferred=inferred))
            continue
        if ends and all(d.year is None for d in ends):
            given = year if year is not None else (published.year if published else None)
            where = "the date before it" if year is not None else "the source's date"
            end = span.end
            for following in dates[index + 1 :]:
                if given is not None or not _JOINED.fullmatch(text[end : following.start]):
                    break
                after = following.period.start or following.period.end
                if after is not None and after.year is not None:
                    given, where = after.year, "the date joined to it"
                end = following.end
            if given is None:
                given, where = _year_after(text, dates, index)
            if given is not None:
                try:
                    filled = Period(
                        start=_in_year(period.start, given), end=_in_year(period.end, given)
                    )
                except (MigrationHealthError, ValueError):
                    filled = None
                if filled is not None and not _weekday_disagrees(
                    text[span.start : span.end], filled, language
                ):
                    note = f"the year {given} taken from {where}"
                    inferred = f"{span.inferred}; {note}" if span.inferred else note
                    done.append(_DateSpan(span.start, span.end, filled, inferred))
                    continue
        elif any(d.month is not None for d in ends):
            year = next((d.year for d in reversed(ends) if d.year is not None), year)
        done.append(span)
    return done


def _weekday_days(
    text: str, body: int, dates: list[_DateSpan], published: PartialDate | None, language: Language
) -> list[_DateSpan]:
    """A weekday with its day after it ("nessa segunda-feira (2)", "sexta-feira, 16").

    In the page's month, when the page gives its month, and not a day after the page's
    day: a later day may be of the month before, or still to come, and is not guessed;
    nor a day the weekday written does not fall on. A weekday already read against the
    page's date ("nesta segunda-feira") takes the day after it into its phrase when the
    two agree.
    """
    if published is None or published.year is None or published.month is None:
        return dates
    added = []
    done = list(dates)
    for match in _weekday_day(language.code).finditer(text, body):
        day = int(match["day"] or match["after_comma"])
        overlapping = [
            i for i, d in enumerate(done) if d.start < match.end() and match.start() < d.end
        ]
        if overlapping:
            span = done[overlapping[0]]
            start = span.period.start
            if (
                len(overlapping) == 1
                and start is not None
                and start == span.period.end
                and start.day == day
                and span.end < match.end()
            ):
                note = f"the day written after it ({day}) agrees"
                inferred = f"{span.inferred}; {note}" if span.inferred else note
                done[overlapping[0]] = _DateSpan(span.start, match.end(), span.period, inferred)
            continue
        if published.day is not None and day > published.day:
            continue
        try:
            date = PartialDate(year=published.year, month=published.month, day=day)
        except (MigrationHealthError, ValueError):
            continue
        period = Period(start=date, end=date)
        if _weekday_disagrees(match[0], period, language):
            continue
        note = f"the month and year taken from the source's date ({published})"
        added.append(_DateSpan(match.start(), match.end(), period, note))
    return sorted([*done, *added], key=lambda span: span.start)


def _weeks_of_months(text: str, dates: list[_DateSpan], language: Language) -> list[_DateSpan]:
    """A month after "the second week of" is that week's days: the 8th to the 14th.

    The first four weeks only; "the last week" and a fifth week are left as the month.
    """
    weeks = "|".join(re.escape(w) for w in language.week)
    before = re.compile(
        rf"\b(?P<ordinal>[^\W\d_]+)\s+(?:{weeks})(?:\s+(?:of|de|do|du|d['’]))?\s*$",
        re.IGNORECASE,
    )
    done = []
    for span in dates:
        start, end = span.period.start, span.period.end
        match = before.search(text, max(0, span.start - 40), span.start)
        number = language.ordinals.get(match["ordinal"].lower()) if match else None
        if (
            match is None
            or number is None
            or not 1 <= number <= 4
            or start is None
            or start != end
            or start.month is None
            or start.day is not None
        ):
            done.append(span)
            continue
        first, last = 7 * (number - 1) + 1, 7 * number
        period = Period(
            start=PartialDate(year=start.year, month=start.month, day=first),
            end=PartialDate(year=start.year, month=start.month, day=last),
        )
        note = f"'{match[0].strip()}' read as the days {first} to {last} of the month"
        inferred = f"{span.inferred}; {note}" if span.inferred else note
        done.append(_DateSpan(match.start(), span.end, period, inferred))
    return done


_END_OF_THAT_YEAR = re.compile(
    r"\s*,?\s*(?:até|hasta|until|till|to|jusqu['’]à)\s+(?:o\s+|el\s+|the\s+|la\s+)?"
    r"(?:fim|final|finales|end|fin)\s+(?:daquele|desse|deste|do|de\s+ese|de\s+este|del|"
    r"of\s+that|of\s+the|de\s+cette|de\s+l['’])\s*(?:ano|año|year|année|an)\b",
    re.IGNORECASE,
)


def _to_the_end_of_that_year(text: str, dates: list[_DateSpan]) -> list[_DateSpan]:
    """October to December 2023 for "desde outubro de 2023 até o fim daquele ano"."""
    done = []
    for span in dates:
        start = span.period.start
        match = _END_OF_THAT_YEAR.match(text, span.end)
        if match is None or start is None or start.year is None or span.period.end is not None:
            done.append(span)
            continue
        end = PartialDate(year=start.year, month=12) if start.month else start
        note = f"'{match[0].strip(' ,')}' read as the end of {start.year}"
        inferred = f"{span.inferred}; {note}" if span.inferred else note
        done.append(_DateSpan(span.start, match.end(), Period(start=start, end=end), inferred))
    return done


_MONTHS_WORD = r"(?:months|meses|mois)"


def _first_months(text: str, dates: list[_DateSpan], language: Language) -> list[_DateSpan]:
    """A year after "the first eight months of" is its January to August."""
    firsts = {w for w, n in language.ordinals.items() if n == 1}
    words = "|".join(re.escape(w) for w in sorted({*firsts, *(f"{w}s" for w in firsts)}))
    before = re.compile(
        rf"\b(?:{words})\s+(?P<count>[\w]+)\s+{_MONTHS_WORD}(?:\s+(?:of|de|do|du|d['’]))?\s*$",
        re.IGNORECASE,
    )
    done = []
    for span in dates:
        start, end = span.period.start, span.period.end
        match = before.search(text, max(0, span.start - 60), span.start)
        count: object = None
        if match is not None:
            try:
                count, qualifier = parse_number(match["count"], language=language.code)
            except (MigrationHealthError, ValueError):
                count = None
            else:
                count = count if qualifier is Qualifier.EXACT else None
        if (
            match is None
            or not isinstance(count, int)
            or not 1 <= count <= 12
            or start is None
            or start != end
            or start.year is None
            or start.month is not None
        ):
            done.append(span)
            continue
        period = Period(
            start=PartialDate(year=start.year, month=1),
            end=PartialDate(year=start.year, month=count),
        )
        note = f"'{match[0].strip()}' read as the months 1 to {count} of the year"
        inferred = f"{span.inferred}; {note}" if span.inferred else note
        done.append(_DateSpan(match.start(), span.end, period, inferred))
    return done


_JOINED = re.compile(r"\s*,\s*|\s*,?\s*(?:and|y|e|et)\s+(?:(?:en|in|em)\s+)?", re.IGNORECASE)


def _months_joined(text: str, dates: list[_DateSpan]) -> list[_DateSpan]:
    """Months that follow each other in a list, as one period ("juin et juillet 2021").

    "August, September, and October of 2021" is August to October; "March and October"
    stays two dates.
    """
    done: list[_DateSpan] = []
    for span in dates:
        if done and _JOINED.fullmatch(text[done[-1].end : span.start]):
            first = done[-1].period
            one, last, two = first.start, first.end, span.period.end
            if (
                one is not None
                and last is not None
                and two is not None
                and span.period.start == span.period.end
                and one.day is None
                and last.day is None
                and two.day is None
                and last.year is not None
                and last.month is not None
                and two.month is not None
                and (last.year * 12 + last.month) + 1 == (two.year or 0) * 12 + two.month
            ):
                note = "months that follow each other, read as one period"
                inferred = done[-1].inferred or ""
                if note not in inferred:
                    inferred = f"{inferred}; {note}" if inferred else note
                done[-1] = _DateSpan(done[-1].start, span.end, Period(start=one, end=two), inferred)
                continue
        done.append(span)
    return done


def _in_year(date: PartialDate | None, year: int) -> PartialDate | None:
    if date is None:
        return None
    return PartialDate(year=year, month=date.month, day=date.day)


def _source_id(url: str | None, body: str) -> str:
    if url is not None:
        path = re.sub(r"^[a-z]+://(www\.)?", "", url.lower())
        parts = [p for p in re.split(r"[/?#=&]", path) if p]
        host = parts[0].split(".")[0] if parts else "source"
        tail = parts[-1] if len(parts) > 1 else ""
        tail = re.sub(r"\.(html?|php|aspx?)$", "", tail)
        return f"{_slug(host, 20)}-{_slug(tail, 40)}".strip("-") if tail else _slug(host, 40)
    words = re.findall(r"[^\W\d_]+", body)[:6]
    return _slug("-".join(words), 40) if words else "report"


def draft(text: str, *, language: str | None = None, source: str | None = None) -> Dataset:
    r"""Draft a dataset from a report's text: its figures, dates, countries, names and source.

    ``language`` is the text's language (``"en"``, ``"es"``, ``"pt"``, ``"fr"``); with
    ``None`` it is detected from the frequency of each language's function words, and
    the source's ``draft`` mark says how sure the detection was. ``source`` is the id of
    the drafted source; by default it is made from the address of a first line
    ``SOURCE: <url>``, or from the first words of the text.

    Every record of the result has a ``draft`` mark; validation rule MH403 lists them.
    Every figure's value is read from a number phrase of its own quote.

    >>> ds = draft("SOURCE: https://example.org/news/clinic\n"
    ...            "The clinic served more than 1,200 migrants in 2023.", language="en")
    >>> [(f.quantity.value, f.quantity.qualifier.value) for f in ds.programmes[0].figures]
    [(1200, 'more_than')]
    >>> ds.programmes[0].dates[0].period
    Period('2023/2023')
    """
    return draft_report(text, language=language, source=source).dataset


# --- the draft as a script -----------------------------------------------------------

_WIDTH = 88


def _literal(text: str) -> str:
    """``text`` as a Python string literal, quoted as ruff's formatter would quote it."""
    quote = '"' if text.count('"') <= text.count("'") else "'"
    out = [quote]
    for char in text:
        if char == "\\":
            out.append("\\\\")
        elif char == quote:
            out.append("\\" + quote)
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif char == "\r":
            out.append("\\r")
        elif not char.isprintable() and char != " ":
            code = ord(char)
            if code < 0x100:
                out.append(f"\\x{code:02x}")
            elif code < 0x10000:
                out.append(f"\\u{code:04x}")
            else:
                out.append(f"\\U{code:08x}")
        else:
            out.append(char)
    out.append(quote)
    return "".join(out)


def _chunks(text: str, width: int) -> list[str]:
    """``text`` cut after spaces into pieces whose literals fit in ``width``."""
    pieces: list[str] = []
    current = ""
    for word in re.split(r"(?<= )", text):
        if current and len(_literal(current + word)) > width:
            pieces.append(current)
            current = word
        else:
            current += word
    if current:
        pieces.append(current)
    return pieces


def _arg(name: str, text: str, indent: int) -> list[str]:
    """A keyword argument holding a string, cut over several lines when it is long."""
    pad = " " * indent
    head = f"{pad}{name}=" if name else pad
    one = f"{head}{_literal(text)},"
    if len(one) <= _WIDTH:
        return [one]
    inner = " " * (indent + 4)
    lines = [f"{head}("]
    lines.extend(f"{inner}{_literal(piece)}" for piece in _chunks(text, _WIDTH - len(inner)))
    lines.append(f"{pad}),")
    return lines


def _call(head: str, args: list[list[str] | str], indent: int, tail: str = ",") -> list[str]:
    pad = " " * indent
    lines = [f"{pad}{head}("]
    for arg in args:
        lines.extend([arg] if isinstance(arg, str) else arg)
    lines.append(f"{pad}){tail}")
    return lines


def _period(name: str, period: Period | None, indent: int) -> list[str]:
    if period is None:
        return []
    return [f"{' ' * indent}{name}=mh.Period.fromisoformat({_literal(period.isoformat())}),"]


def _cite(citation: Citation | None, indent: int) -> list[str]:
    if citation is None:
        return []
    pad = " " * indent
    speaker = citation.speaker
    if speaker is None:
        one = f"{pad}citation=cite({_literal(citation.quote)}),"
        if len(one) <= _WIDTH:
            return [one]
        return _call("citation=cite", [_arg("", citation.quote, indent + 4)], indent)
    args: list[list[str] | str] = [_arg("", citation.quote, indent + 4)]
    inner: list[list[str] | str] = []
    if speaker.name:
        inner.append(_arg("name", speaker.name, indent + 8))
    if speaker.position:
        inner.append(_arg("position", speaker.position, indent + 8))
    if speaker.person:
        inner.append(_arg("person", speaker.person, indent + 8))
    args.append(_call("speaker=mh.Speaker", inner, indent + 4))
    return _call("citation=cite", args, indent)


def draft_script(  # noqa: PLR0915 - one record after the other, as a person writes them
    result: Draft, *, output: str = "reviewed.json"
) -> str:
    """The draft as a Python script that builds and saves the dataset, for a person to edit.

    It is written in the style of the recording guide: one call per record, each figure's
    quantity read with :func:`~migrationhealth.parse_quantity` from the phrase of its
    quote, every record with its ``draft=`` mark. Reviewing is editing the records and
    deleting the marks; running the script builds the dataset and saves it to
    ``output``, a file name beside the script. The text is formatted as
    ruff formats Python, with lines of at most 88 characters.
    """
    dataset = result.dataset
    source = dataset.sources[0]
    programme = dataset.programmes[0]
    code = (source.language or "en").split("-")[0]
    lines: list[str] = [
        f'"""A draft of {_safe_doc(source.title)}.',
        "",
        "Every record below was drafted from the report's text by migrationhealth and",
        "is marked draft=: check each one against the report, correct it, and delete",
        "its draft= line. Running the script builds the dataset and saves it.",
        '"""',
        "",
        "from pathlib import Path",
        "",
        "import migrationhealth as mh",
        "",
        "source = mh.Source(",
        *_arg("id", source.id, 4),
        *_arg("title", source.title, 4),
    ]
    if source.published is not None:
        lines.append(
            f"    published=mh.PartialDate.fromisoformat({_literal(source.published.isoformat())}),"
        )
    for name in ("published_inferred", "published_quote", "url", "language", "draft"):
        value = getattr(source, name)
        if value is not None:
            lines.extend(_arg(name, value, 4))
    lines += [
        ")",
        "",
        "",
        "def cite(quote, speaker=None):",
        '    """A citation of the report."""',
        "    return mh.Citation(source=source.id, quote=quote, speaker=speaker)",
        "",
        "",
        *(
            [
                "def hedged(quantity, qualifier):",
                '    """A quantity read from its phrase, with the hedge of its list."""',
                "    return mh.Quantity(",
                "        value=quantity.value,",
                "        unit=quantity.unit,",
                "        qualifier=qualifier,",
                "        per=quantity.per,",
                "    )",
                "",
                "",
            ]
            if any(f.carried for f in result.figures)
            else []
        ),
        "organisations = [",
    ]
    for organisation in dataset.organisations:
        args: list[list[str] | str] = [
            _arg("id", organisation.id, 8),
            _arg("name", organisation.name, 8),
            f"        kind=mh.OrganisationKind.{organisation.kind.name},",
        ]
        if organisation.acronym:
            args.append(_arg("acronym", organisation.acronym, 8))
        if organisation.draft:
            args.append(_arg("draft", organisation.draft, 8))
        lines += _call("mh.Organisation", args, 4)
    lines += ["]", "", "people = ["]
    for person in dataset.people:
        args = [_arg("id", person.id, 8), _arg("name", person.name, 8)]
        if person.positions:
            positions: list[list[str] | str] = []
            for position in person.positions:
                positions.append(
                    _call(
                        "mh.Position",
                        [_arg("title", position.title, 16), "                source=source.id,"],
                        12,
                    )
                )
            args.append(["        positions=("])
            args.extend(positions)
            args.append(["        ),"])
        for citation in person.citations:
            args.append(["        citations=("])
            args.append(_call("cite", [_arg("", citation.quote, 16)], 12))
            args.append(["        ),"])
        if person.draft:
            args.append(_arg("draft", person.draft, 8))
        lines += _call("mh.Person", args, 4)
    lines += ["]", "", "dates = ["]
    for fact in programme.dates:
        args = [*[[x] for x in _period("period", fact.period, 8)]]
        if fact.bound is not None:
            args.append(f"        bound=mh.Bound.{fact.bound.name},")
        if fact.event is not None:
            args.append(_arg("event", fact.event, 8))
        args.append(_cite(fact.citation, 8))
        if fact.inferred:
            args.append(_arg("inferred", fact.inferred, 8))
        if fact.draft:
            args.append(_arg("draft", fact.draft, 8))
        lines += _call("mh.DateFact", args, 4)
    lines += ["]", "", "figures = ["]
    for item in result.figures:
        figure = item.figure

        def read(indent: int, item: DraftedFigure = item) -> list[list[str] | str]:
            args: list[list[str] | str] = [_arg("", item.phrase, indent)]
            if item.unit is not None:
                args.append(_arg("unit", item.unit, indent))
            args.append(f"{' ' * indent}language={_literal(code)},")
            return args

        quantity = _call("quantity=mh.parse_quantity", read(12), 8)
        if item.carried is not None:
            quantity = _call(
                "quantity=hedged",
                [
                    _call("mh.parse_quantity", read(16), 12),
                    f"            mh.Qualifier.{item.carried.name},",
                ],
                8,
            )
        args = [
            _arg("id", figure.id, 8),
            f"        measure=mh.Measure.{figure.measure.name},",
            quantity,
            [*_period("period", figure.period, 8)],
            _cite(figure.citation, 8),
        ]
        if figure.draft:
            args.append(_arg("draft", figure.draft, 8))
        lines += _call("mh.Figure", args, 4)
    lines += ["]", "", "programme = mh.Programme("]
    lines += _arg("id", programme.id, 4)
    lines += _arg("title", programme.title, 4)
    lines.append(f"    kind=mh.ProgrammeKind.{programme.kind.name},")
    for name in ("countries", "places"):
        values = getattr(programme, name)
        if len(values) == 1 and len(one := f"    {name}=({_literal(values[0])},),") <= _WIDTH:
            lines.append(one)
        elif values:
            lines.append(f"    {name}=(")
            lines.extend(line for value in values for line in _arg("", value, 8))
            lines.append("    ),")
    lines += ["    dates=tuple(dates),", "    figures=tuple(figures),"]
    if programme.draft:
        lines += _arg("draft", programme.draft, 4)
    lines += [
        ")",
        "",
        "dataset = mh.Dataset(",
        "    sources=(source,),",
        "    organisations=tuple(organisations),",
        "    programmes=(programme,),",
        "    people=tuple(people),",
        ")",
        "",
        'if __name__ == "__main__":',
        f"    mh.save(dataset, Path(__file__).with_name({_literal(output)}))",
    ]
    return re.sub(r" = \[\n\]\n", " = []\n", "\n".join(lines) + "\n")


def _safe_doc(text: str) -> str:
    """``text`` for a docstring's first line: one line, no quotes that would end it."""
    text = " ".join(text.replace("\\", "/").replace('"', "'").split())
    return text if len(text) <= 60 else text[:57].rstrip() + "..."
