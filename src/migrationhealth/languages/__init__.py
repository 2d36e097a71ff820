"""The words each supported language uses for numbers, hedges, dates and countries.

A language is data: one module per language (``en.py``, ``es.py``, ``pt.py``, ``fr.py``)
builds a :class:`Language` from plain tables, and the parsers in
:mod:`~migrationhealth.numparse`, :mod:`~migrationhealth.dateparse` and
:mod:`~migrationhealth.countries` read every language with the same grammar. Adding a
fifth language is adding a module of words and registering it in :data:`LANGUAGES`;
docs/reading.md says how.

Words are stored in lower case, accents and all; the parsers compare lower-cased text.
"""

from __future__ import annotations

from collections.abc import Mapping

from ..errors import InvalidValueError
from . import en, es, fr, pt
from ._base import Language

__all__ = ["LANGUAGES", "Language", "get_language", "language_codes"]

LANGUAGES: Mapping[str, Language] = {m.LANGUAGE.code: m.LANGUAGE for m in (en, es, pt, fr)}
"""The supported languages by ISO 639-1 code, in the order errors list them."""


def language_codes() -> tuple[str, ...]:
    """The codes of the supported languages: ``('en', 'es', 'pt', 'fr')``."""
    return tuple(LANGUAGES)


def get_language(code: str) -> Language:
    """The language with this ISO 639-1 code; a region ("es-MX", "pt_BR") is ignored.

    Raises :class:`~migrationhealth.errors.InvalidValueError` (a ``ValueError``) naming
    the supported codes when the language is not one of them.
    """
    if not isinstance(code, str):
        raise InvalidValueError("language", f"expected a language code, got {code!r}", code)
    primary = code.replace("_", "-").split("-", 1)[0].strip().lower()
    try:
        return LANGUAGES[primary]
    except KeyError:
        raise InvalidValueError(
            "language",
            f"{code!r} is not a supported language; use one of {', '.join(LANGUAGES)}",
            code,
        ) from None
