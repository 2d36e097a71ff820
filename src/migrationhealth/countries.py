"""ISO 3166-1 country codes, from pycountry.

The model stores countries as upper-case ISO 3166-1 alpha-2 codes (``"MX"``). Reports
name countries in words; :func:`country_code` turns a name or another code into the
alpha-2 code, and refuses what it does not know exactly rather than guessing.
"""

from __future__ import annotations

from functools import cache

import pycountry

from .errors import CountryError

__all__ = ["country_code", "country_name", "is_alpha2"]


@cache
def _alpha2_codes() -> frozenset[str]:
    return frozenset(str(c.alpha_2) for c in pycountry.countries)


def is_alpha2(code: str) -> bool:
    """Whether ``code`` is an upper-case ISO 3166-1 alpha-2 code of a current country.

    >>> is_alpha2("MX"), is_alpha2("mx"), is_alpha2("MEX")
    (True, False, False)
    """
    return code in _alpha2_codes()


def country_code(text: str) -> str:
    """Return the ISO 3166-1 alpha-2 code for a country name or code.

    Accepts an alpha-2 or alpha-3 code or a numeric code in any case, or an English
    name exactly as ISO 3166 or pycountry spells it: the short name (``"Mexico"``), the
    official name, or the common name. Nothing is guessed from partial or misspelt
    names; those raise :class:`~migrationhealth.errors.CountryError`, whose message may
    suggest candidates for the caller to choose from.

    >>> country_code("Mexico"), country_code("MEX"), country_code("cl"), country_code("484")
    ('MX', 'MX', 'CL', 'MX')
    """
    if not isinstance(text, str) or not text.strip():
        raise CountryError(str(text), f"expected a country name or code, got {text!r}")
    try:
        found = pycountry.countries.lookup(text.strip())
    except LookupError:
        raise CountryError(text, _unknown_message(text)) from None
    return str(found.alpha_2)


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


def _unknown_message(text: str) -> str:
    message = f"{text!r} is not an ISO 3166-1 country name or code"
    try:
        candidates = pycountry.countries.search_fuzzy(text.strip())
    except LookupError:
        return message
    shown = ", ".join(f"{c.name} ({c.alpha_2})" for c in candidates[:3])
    return f"{message}; did you mean: {shown}?"
