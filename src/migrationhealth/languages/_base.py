"""The shape of a language's vocabulary: one :class:`Language` per supported language."""

from __future__ import annotations

from collections.abc import Mapping

import attrs

from ..errors import InvalidValueError
from ..quantity import Qualifier

__all__ = ["Language"]


def _words(value: Mapping[str, object] | tuple[str, ...]) -> None:
    for word in value:
        if word != word.lower() or word != word.strip():
            raise InvalidValueError("words", f"must be lower case and trimmed, got {word!r}", word)


@attrs.frozen(kw_only=True)
class Language:
    """The vocabulary of one language, as its reports write numbers, dates and countries.

    Numbers:

    - ``locales``: the babel locales whose digit grouping and decimal marks the language's
      reports use ("es_MX" writes "5.4", "es_ES" writes "5,4");
    - ``cardinals``: the number words below a thousand, read with text2num; ``spellings``
      maps a form text2num does not know to one it does ("veintiún" to "veintiuno");
    - ``scales``: words that multiply what precedes them ("mil", "millones");
      ``bare_scales`` those that stand alone for one of them ("mil 350");
    - ``one``: articles that mean one before a scale ("a" in "a million");
      ``half``: words for half before a scale ("medio millón"); ``and_half``: after it
      ("un millón y medio"); ``after_scale``: words that join a scale to its noun
      ("millones de servicios");
    - ``connectors``: the word joining number words ("y" in "cuarenta y cinco");
    - ``ordinals``: ordinal words; ``ordinal_suffixes``: endings after digits ("22nd",
      "6ª", "2e");
    - ``several``: magnitudes with no exact number ("cientos", "milliers") and ``of``,
      the word after them ("de"); ``plural_digits``: the ending that makes a power of
      ten written in digits such a magnitude ("1,000s" in English);
    - ``collectives``: nouns for about a number of things ("une quarantaine", "una
      docena", "a dozen"), read as about that number, times the number before them;
    - ``fractions``: plural denominators ("thirds", "tercios"): "two thirds" is a share,
      not 2, and is refused;
    - ``shares``: the words that join a part to its whole in a share ("in" in "one in
      four", "de cada" in "uno de cada cuatro", "sur" in "un sur quatre"): a share is
      refused, as a fraction is, because it is not a number of things;
    - ``wholes``: the words that join a count to the definite whole it is part of ("of
      the" in "13 of the 19 nurses", "de los", "dos", "des"): the count is read, with the
      whole's noun as its unit, and the whole's number is left out of the unit;
    - ``indefinite``: the articles that introduce a collective noun ("une", "una");
    - ``percent``: the words (besides "%") that make a percentage;
    - ``hedges``: leading phrases and the qualifier they give; ``determiners``: leading
      words dropped before a number ("los", "a total of");
    - ``per``: words that start a rate ("per week"); with ``strict_per`` a rate needs an
      amount, a unit of time or ``each`` after the word ("por cada", "por semana"),
      because the word also means "by".

    Dates: ``months`` and ``weekdays`` (Monday is 0), ``date_fillers`` (words between the
    parts of a date: "de", "of"), ``day_first`` for all-numeric dates, the words of
    ranges (``between``/``between_and``, ``span_from``/``span_to``, ``since``,
    ``until``), ``parts_of_month`` ("a finales de" is ``late``), ``week`` ("semana"),
    ``last``/``next`` ("pasado", "próximo"), ``relative`` (whole phrases such as "el
    año pasado", mapped to a key the date grammar knows), ``this`` ("nesta" in "nesta
    sexta-feira": that weekday of the anchor's week), ``ago_before``/``ago_after`` ("hace"
    in "hace un año", "ago" in "two weeks ago"), ``few`` ("unos" in "hace unos días") and
    ``units`` (the words of days, weeks, months and years, mapped to ``"day"``, ``"week"``,
    ``"month"`` or ``"year"``), ``inception`` ("since its inception in"), ``day_words``
    (the word for "day" that may stand before the day of a date: "día" in "el día 8 de
    octubre", "dia" in "no dia 08/10"). A word of ``this`` before a weekday and its date
    ("este lunes 26 de agosto", "ce lundi 26 août") is read as that date, the weekday
    checked as it is without the word; before a weekday alone it is relative.

    Countries: ``countries`` maps common names that ISO 3166 and pycountry's translations
    lack ("EE.UU.", "Turquía") to alpha-2 codes; ``articles`` are dropped before a name.
    """

    code: str
    name: str
    locales: tuple[str, ...]
    cardinals: frozenset[str]
    spellings: Mapping[str, str] = attrs.field(factory=dict)
    scales: Mapping[str, int]
    bare_scales: frozenset[str] = frozenset()
    one: tuple[str, ...] = ()
    half: tuple[str, ...] = ()
    and_half: tuple[str, ...] = ()
    after_scale: tuple[str, ...] = ()
    connectors: tuple[str, ...]
    ordinals: Mapping[str, int]
    ordinal_suffixes: tuple[str, ...]
    several: Mapping[str, int]
    plural_digits: str | None = None
    collectives: Mapping[str, int] = attrs.field(factory=dict)
    fractions: tuple[str, ...] = ()
    shares: tuple[str, ...] = ()
    wholes: tuple[str, ...] = ()
    indefinite: tuple[str, ...] = ()
    of: tuple[str, ...]
    percent: tuple[str, ...]
    hedges: Mapping[str, Qualifier] = attrs.field(validator=lambda _, __, v: _words(v))
    determiners: tuple[str, ...]
    per: tuple[str, ...]
    strict_per: bool = False
    each: tuple[str, ...] = ()
    time_units: frozenset[str] = frozenset()
    months: Mapping[str, int]
    weekdays: Mapping[str, int]
    date_fillers: tuple[str, ...]
    day_first: bool
    between: tuple[str, ...]
    between_and: tuple[str, ...]
    span_from: tuple[str, ...]
    span_to: tuple[str, ...]
    since: tuple[str, ...]
    until: tuple[str, ...]
    list_and: tuple[str, ...]
    parts_of_month: Mapping[str, str]
    week: tuple[str, ...]
    last: tuple[str, ...]
    next: tuple[str, ...]
    relative: Mapping[str, str]
    this: tuple[str, ...] = ()
    ago_before: tuple[str, ...] = ()
    ago_after: tuple[str, ...] = ()
    few: tuple[str, ...] = ()
    units: Mapping[str, str] = attrs.field(factory=dict)
    inception: tuple[str, ...]
    day_words: tuple[str, ...] = ()
    countries: Mapping[str, str]
    articles: tuple[str, ...]
