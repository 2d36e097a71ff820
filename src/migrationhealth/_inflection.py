"""Unit words and ordinals as a person writes them, in English, Spanish, Portuguese and French.

A unit is kept as its report wrote it ("actividades", "médicos especialistas"); what the
library writes about it follows the rules of the unit's language:

- :func:`singular` and :func:`plural` change the number of a unit's noun phrase: in
  English its last word before a preposition ("activities" and "activity", "people" and
  "person"), in Spanish, Portuguese and French every word before the first preposition,
  as their adjectives agree ("médicos especialistas" and "médico especialista",
  "entidades" and "entidad", "hôpitaux" and "hôpital"). Case and accents are kept.
- :func:`ordinal` writes an edition number: "22nd", "6.ª", "2e".

The rules are the general ones of each language (endings, not lists of words), with a
few irregular English nouns; a word they do not fit is left as it is. With no language,
the language whose words the unit uses is found as
:func:`~migrationhealth.units.read_unit` finds it ("entidades" is Spanish); a language
other than the four is read as English.

>>> singular("activities"), singular("countries"), singular("entidades")
('activity', 'country', 'entidad')
>>> plural("country"), plural("acción", "es"), plural("hôpital", "fr")
('countries', 'acciones', 'hôpitaux')
>>> ordinal(22), ordinal(6, "es", "edición"), ordinal(2, "fr")
('22nd', '6.ª', '2e')
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

__all__ = ["LANGUAGES", "ordinal", "plural", "singular"]

LANGUAGES = ("en", "es", "pt", "fr")
"""The languages whose rules are known; any other tag is read as English."""

_IRREGULAR_EN = {
    "person": "people",
    "child": "children",
    "man": "men",
    "woman": "women",
    "foot": "feet",
    "tooth": "teeth",
    "mouse": "mice",
}
_IRREGULAR_EN_SINGULAR = {plural: one for one, plural in _IRREGULAR_EN.items()}
# Nouns whose plural is the singular.
_SAME_EN = frozenset({"staff", "personnel", "series", "species", "sheep", "fish", "data"})

_VOWELS = "aeiouáéíóúâêôãõàèìòùü"
_WORD = re.compile(r"(\w+)", re.UNICODE)


def _stops(tag: str) -> frozenset[str]:
    """The words that end a unit's noun phrase ("of", "de"), as the unit reader has them."""
    from .units import LANGUAGES as UNIT_LANGUAGES  # noqa: PLC0415 - see _tag

    return UNIT_LANGUAGES[tag].stops


def _tag(language: str | None, text: str = "") -> str:
    if language is None and text:
        from .units import read_unit  # noqa: PLC0415 - units reads the model, read on use

        language = read_unit(text).language
    primary = (language or "en").split("-")[0].split("_")[0].lower()
    return primary if primary in LANGUAGES else "en"


def fold(word: str) -> str:
    """``word`` in lower case without accents, as the unit reader folds it."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def _cased(model: str, word: str) -> str:
    """``word`` in the case of ``model``: all capitals, a capital first, or as it is."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def _unaccent_last(stem: str) -> str:
    return stem[:-1] + {"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u"}.get(stem[-1], stem[-1])


# --- singular, word by word ---------------------------------------------------------------


def _singular_en(word: str) -> str:
    if word in _SAME_EN:
        return word
    if word in _IRREGULAR_EN_SINGULAR:
        return _IRREGULAR_EN_SINGULAR[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and re.search(r"(ch|sh|ss|x|z)es$", word):
        return word[:-2]
    if len(word) > 2 and word.endswith("s") and not re.search(r"(ss|us|is)$", word):
        return word[:-1]
    return word


def _singular_es(word: str) -> str:
    if len(word) > 5 and word.endswith("iones"):
        return word[:-5] + "ión"
    if len(word) > 4 and word.endswith("ces"):
        return word[:-3] + "z"
    if len(word) > 4 and re.search(r"[áéíóú]ses$", word):
        return word[:-2]  # "países", "país"
    if len(word) > 4 and re.search(r"[lrndjy]es$", word):
        return word[:-2]
    if len(word) > 2 and word.endswith("s") and word[-2] in _VOWELS:
        return word[:-1]
    return word


def _singular_pt(word: str) -> str:
    for ending, one in (("ões", "ão"), ("ães", "ão"), ("ais", "al"), ("éis", "el"), ("eis", "el")):
        if len(word) > len(ending) + 1 and word.endswith(ending):
            return word[: -len(ending)] + one
    if len(word) > 3 and word.endswith("ns"):
        return word[:-2] + "m"
    if len(word) > 4 and re.search(r"[rzs]es$", word):
        return word[:-2]
    if len(word) > 2 and word.endswith("s") and word[-2] in _VOWELS:
        return word[:-1]
    return word


def _singular_fr(word: str) -> str:
    if len(word) > 5 and word.endswith("eaux"):
        return word[:-1]
    if len(word) > 4 and word.endswith("aux"):
        return word[:-3] + "al"
    if len(word) > 2 and word[-1] in "sx" and word[-2] not in "sx":
        return word[:-1]
    return word


# --- plural, word by word -----------------------------------------------------------------


def _plural_en(word: str) -> str:
    if word in _SAME_EN or word in _IRREGULAR_EN_SINGULAR:
        return word
    if word in _IRREGULAR_EN:
        return _IRREGULAR_EN[word]
    if len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if len(word) > 3 and word.endswith("is"):
        return word[:-2] + "es"  # "analysis", "analyses"
    if re.search(r"(s|x|z|ch|sh)$", word):
        return word + "es"
    return word + "s"


def _plural_es(word: str) -> str:
    if word.endswith("ión"):
        return word[:-3] + "iones"
    if word.endswith("z"):
        return word[:-1] + "ces"
    if len(word) > 3 and word.endswith("s") and word[-2] in "aeiou":
        return word  # "crisis", "análisis": the same in the plural
    if word[-1:] in "aeiouáéó":
        return word + "s"
    if len(word) > 2 and word[-1] in "ns" and word[-2] in "áéíóú":
        return _unaccent_last(word[:-1]) + word[-1] + "es"  # "francés", "franceses"
    return word + "es"


def _plural_pt(word: str) -> str:
    for ending, many in (("ão", "ões"), ("al", "ais"), ("el", "éis"), ("ol", "óis"), ("ul", "uis")):
        if word.endswith(ending):
            return word[: -len(ending)] + many
    if word.endswith("m"):
        return word[:-1] + "ns"
    if word[-1:] in "rz":
        return word + "es"
    if word.endswith("s"):
        return word
    return word + "s"


def _plural_fr(word: str) -> str:
    if word[-1:] in "sxz":
        return word
    if word.endswith(("eau", "eu")):
        return word + "x"
    if word.endswith("al"):
        return word[:-2] + "aux"
    return word + "s"


_SINGULAR: dict[str, Callable[[str], str]] = {
    "en": _singular_en,
    "es": _singular_es,
    "pt": _singular_pt,
    "fr": _singular_fr,
}
_PLURAL: dict[str, Callable[[str], str]] = {
    "en": _plural_en,
    "es": _plural_es,
    "pt": _plural_pt,
    "fr": _plural_fr,
}


def _inflect(text: str, language: str | None, rules: dict[str, Callable[[str], str]]) -> str:
    tag = _tag(language, text)
    change = rules[tag]
    parts = _WORD.split(text)
    # parts alternate: separator, word, separator, word, ..., separator.
    words = [i for i in range(1, len(parts), 2) if not parts[i].isdigit()]
    stops = _stops(tag)
    phrase: list[int] = []
    for index in words:
        if fold(parts[index]) in stops:
            break
        phrase.append(index)
    if not phrase:
        return text
    # The English noun is the last word of the phrase; in the Romance languages the noun
    # comes first and its adjectives agree with it.
    chosen = phrase[-1:] if tag == "en" else phrase
    for index in chosen:
        word = parts[index]
        parts[index] = _cased(word, change(word.casefold()))
    return "".join(parts)


def singular(text: str, language: str | None = None) -> str:
    """The unit ``text`` in the singular, by the rules of ``language`` (found if ``None``)."""
    return _inflect(text, language, _SINGULAR)


def plural(text: str, language: str | None = None) -> str:
    """The unit ``text`` in the plural, by the rules of ``language`` (found if ``None``)."""
    return _inflect(text, language, _PLURAL)


_FEMININE_ENDINGS = ("a", "ón", "ión", "ão", "dad", "tad", "tud", "umbre", "ie", "is")


def ordinal(number: int, language: str | None = None, noun: str | None = None) -> str:
    """``number`` as an ordinal in ``language``: "22nd", "6.ª" ("edición"), "1er", "2e".

    Spanish and Portuguese ordinals agree with the noun they count: feminine ("6.ª
    edición") for a noun with a feminine ending, else masculine ("6.º congreso").
    """
    tag = _tag(language)
    if tag == "en":
        if number % 100 in (11, 12, 13):
            return f"{number}th"
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
        return f"{number}{suffix}"
    if tag == "fr":
        return f"{number}er" if number == 1 else f"{number}e"
    head = (noun or "").split()[0].casefold() if (noun or "").split() else ""
    feminine = head.endswith(_FEMININE_ENDINGS) or head.endswith(("ção", "ções", "as"))
    return f"{number}.ª" if feminine else f"{number}.º"
