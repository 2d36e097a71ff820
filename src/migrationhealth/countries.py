"""ISO 3166-1 country codes, from pycountry and its translations.

The model stores countries as upper-case ISO 3166-1 alpha-2 codes (``"MX"``). Reports
name countries in words, in their own language; :func:`country_code` turns a name or
another code into the alpha-2 code, and refuses what it does not know exactly rather
than guessing. Names come from pycountry (the ISO short, official and common names, and
their translations into each supported language), and from each language's table of
common short and former names (:attr:`~migrationhealth.languages.Language.countries`:
"UK", "EE.UU.", "Turkey", "Costa de Marfil").
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

import pycountry

from .errors import CountryError, InvalidValueError

if TYPE_CHECKING:
    from .languages import Language

__all__ = ["country_code", "country_name", "is_alpha2"]


def _languages() -> tuple[Language, ...]:
    # Imported here: the language tables use the model's vocabularies, whose validators
    # use is_alpha2 from this module.
    from .languages import LANGUAGES  # noqa: PLC0415

    return tuple(LANGUAGES.values())


def _language(code: str) -> Language:
    from .languages import get_language  # noqa: PLC0415

    return get_language(code)


@cache
def _alpha2_codes() -> frozenset[str]:
    return frozenset(str(c.alpha_2) for c in pycountry.countries)


def is_alpha2(code: str) -> bool:
    """Whether ``code`` is an upper-case ISO 3166-1 alpha-2 code of a current country.

    >>> is_alpha2("MX"), is_alpha2("mx"), is_alpha2("MEX")
    (True, False, False)
    """
    return code in _alpha2_codes()


def _key(text: str, language: Language | None = None) -> str:
    """A name as compared: lower case, one space, no leading article."""
    key = " ".join(text.replace("’", "'").split()).lower()
    for article in language.articles if language is not None else ():
        if key.startswith(article + " ") or (article.endswith("'") and key.startswith(article)):
            key = key[len(article) :].strip()
            break
    return key


def _folded(key: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))


@cache
def _names(code: str) -> dict[str, frozenset[str]]:
    """Every name the language gives a country, as compared, with the codes it names."""
    language = _language(code)
    catalogs = [
        gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[locale], fallback=True)
        for locale in language.locales
    ]
    names: dict[str, set[str]] = {}
    heads: dict[str, set[str]] = {}

    def add(name: str, alpha2: str) -> None:
        key = _key(name, language)
        names.setdefault(key, set()).add(alpha2)
        # "Bolivia, Estado plurinacional de": the part before the comma names it too,
        # unless it is another country's whole name ("Congo").
        head = key.partition(",")[0].strip()
        if head != key:
            heads.setdefault(head, set()).add(alpha2)

    for country in pycountry.countries:
        alpha2 = str(country.alpha_2)
        for attribute in ("name", "official_name", "common_name"):
            english = getattr(country, attribute, None)
            if not english:
                continue
            if code == "en":
                add(str(english), alpha2)
            for catalog in catalogs if code != "en" else ():
                # An untranslated name is the English one, which the language uses too.
                add(catalog.gettext(str(english)), alpha2)
    for name, alpha2 in language.countries.items():
        add(name, alpha2)
    for head, codes in heads.items():
        names.setdefault(head, codes)
    for key in list(names):
        folded = _folded(key)
        if folded != key and folded not in names:
            names[folded] = names[key]
    return {key: frozenset(codes) for key, codes in names.items()}


def _code(text: str) -> str | None:
    """The alpha-2 code of an ISO alpha-2, alpha-3 or numeric code, in any case."""
    stripped = text.strip()
    if not re.fullmatch(r"[A-Za-z]{2,3}|\d{3}", stripped):
        return None
    if stripped.isdigit():
        found = pycountry.countries.get(numeric=stripped)
    elif len(stripped) == 2:
        found = pycountry.countries.get(alpha_2=stripped.upper())
    else:
        found = pycountry.countries.get(alpha_3=stripped.upper())
    return None if found is None else str(found.alpha_2)


def _lookup(text: str, languages: tuple[Language, ...]) -> dict[str, list[str]]:
    """The codes ``text`` names, each with the languages that read it so."""
    found: dict[str, list[str]] = {}
    code = _code(text)
    if code is not None:
        return {code: ["ISO 3166"]}
    for language in languages:
        key = _key(text, language)
        names = _names(language.code)
        for candidate in names.get(key) or names.get(_folded(key)) or ():
            found.setdefault(candidate, []).append(language.code)
    return found


def _describe(code: str) -> str:
    return f"{country_name(code)} ({code})"


_TWO = re.compile(r"\s*[-–—/]\s*|\s+(?:and|y|e|et|&)\s+", re.IGNORECASE)


def country_code(text: str, *, language: str | None = None) -> str:
    """Return the ISO 3166-1 alpha-2 code for a country name or code.

    Accepts an alpha-2 or alpha-3 code or a numeric code in any case, or a name as ISO
    3166 or pycountry spells it (short, official or common name) in English or, with
    ``language``, in that language ("México", "Estados Unidos", "Royaume-Uni"), or a
    common short or former name from the language's table ("UK", "EE.UU.", "Turkey",
    "Ivory Coast", "the Netherlands"). Case, a leading article and accents do not
    matter. Without ``language`` every supported language is tried, and the name must
    name the same country in each that knows it.

    Nothing is guessed from partial or misspelt names; those raise
    :class:`~migrationhealth.errors.CountryError`, whose message may suggest candidates
    for the caller to choose from. A phrase naming two countries ("United
    States-Mexico") is refused, with both suggested.

    >>> country_code("Mexico"), country_code("MEX"), country_code("cl"), country_code("484")
    ('MX', 'MX', 'CL', 'MX')
    >>> country_code("EE.UU.", language="es"), country_code("Royaume-Uni")
    ('US', 'GB')
    """
    if not isinstance(text, str) or not text.strip():
        raise CountryError(str(text), f"expected a country name or code, got {text!r}")
    try:
        languages = _languages() if language is None else (_language(language),)
    except InvalidValueError as error:
        raise CountryError(text, error.reason) from None
    found = _lookup(text, languages)
    if len(found) == 1:
        return next(iter(found))
    if len(found) > 1:
        named = "; ".join(f"{', '.join(langs)}: {_describe(c)}" for c, langs in found.items())
        raise CountryError(
            text,
            f"{text!r} may name more than one country ({named}); pass language= to choose",
        )
    for match in _TWO.finditer(text.strip()):
        head, tail = text.strip()[: match.start()], text.strip()[match.end() :]
        first, second = _lookup(head, languages), _lookup(tail, languages)
        if len(first) == 1 and len(second) == 1:
            both = f"{_describe(next(iter(first)))} and {_describe(next(iter(second)))}"
            raise CountryError(
                text, f"{text!r} names two countries, {both}; record each country on its own"
            )
    raise CountryError(text, _unknown_message(text, language))


def country_name(code: str) -> str:
    """Return the ISO 3166 short English name for an alpha-2 code.

    >>> country_name("SV")
    'El Salvador'
    """
    if not is_alpha2(code):
        raise CountryError(code, f"{code!r} is not an ISO 3166-1 alpha-2 country code")
    found = pycountry.countries.get(alpha_2=code)
    assert found is not None  # is_alpha2 checked it
    return str(found.name)


def _unknown_message(text: str, language: str | None) -> str:
    where = "" if language is None else f" in {_language(language).name}"
    message = f"{text!r} is not an ISO 3166-1 country name or code{where}"
    try:
        candidates = pycountry.countries.search_fuzzy(text.strip())
    except LookupError:
        return message
    shown = ", ".join(f"{c.name} ({c.alpha_2})" for c in candidates[:3])
    return f"{message}; did you mean: {shown}?"
