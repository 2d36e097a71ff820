r"""Text that is safe to show: what a terminal would act on, written as escapes instead.

A dataset's quotes may hold characters a terminal does not simply print: bidirectional
overrides and isolates (U+202A to U+202E, U+2066 to U+2069) that reorder what follows,
zero-width characters (U+200B to U+200F, U+2060, U+FEFF) that hide a difference, line and
paragraph separators (U+2028, U+2029), and line feeds that would start a new line of
output. A file name may hold anything at all, escape sequences included (``ESC[2J``
clears the screen).

:func:`escape` writes every control character (Unicode category Cc, tab and line feed
aside), every format character (Cf) and both separators (Zl, Zp) as a ``\uXXXX``
escape; characters beyond the Basic Multilingual Plane as their UTF-16 pair
(``\udb40\udc01``). The same escape is a JSON string escape for the same character, so
escaped JSON text still reads back to the same data. :func:`one_line` escapes tabs and
line feeds too (``\t``, ``\n``), for a value that must stay on its line.
"""

from __future__ import annotations

import codecs
import re

__all__ = ["ECHO_LIMIT", "echo", "escape", "one_line"]

ECHO_LIMIT = 60
"""The most characters of a value that an error message repeats; longer ones are cut."""

# Unicode categories Cc, Cf, Zl and Zp (Unicode 15), tab and line feed aside. A test
# checks the class against the unicodedata of the Python that runs it.
_RANGES = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2"
    "\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f"
)
_UNSAFE = re.compile(f"[{_RANGES}]")
_UNSAFE_LINE = re.compile(f"[{_RANGES}\t\n]")
_NAMED = {"\t": "\\t", "\n": "\\n"}


def _code(character: str) -> str:
    point = ord(character)
    if point <= 0xFFFF:
        return f"\\u{point:04x}"
    point -= 0x10000
    return f"\\u{0xD800 + (point >> 10):04x}\\u{0xDC00 + (point & 0x3FF):04x}"


def _replace(match: re.Match[str]) -> str:
    character = match.group()
    return _NAMED.get(character) or _code(character)


def escape(text: str) -> str:
    r"""``text`` with every character a terminal would act on written as ``\uXXXX``.

    Tabs and line feeds are kept: they are the layout of the text.

    >>> escape("ok \u202eevil\u202c")
    'ok \\u202eevil\\u202c'
    """
    # Most text is printable, and a printable string holds none of these characters.
    if text.isprintable():
        return text
    return _UNSAFE.sub(_replace, text)


def one_line(text: str) -> str:
    r"""``text`` escaped as :func:`escape` does, with tabs and line feeds as ``\t``, ``\n``.

    >>> one_line("546 people\nerror MH999 forged")
    '546 people\\nerror MH999 forged'
    """
    if text.isprintable():
        return text
    return _UNSAFE_LINE.sub(_replace, text)


def echo(value: object, limit: int = ECHO_LIMIT) -> str:
    """``repr(value)`` on one line, cut to about ``limit`` characters, for an error message.

    A cut value ends with ``...`` and says how long it was.

    >>> echo("x" * 1000)
    "'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'... (1,000 characters)"
    """
    text = one_line(repr(value))
    if len(text) <= limit:
        return text
    size = f" ({len(value):,} characters)" if isinstance(value, str) else ""
    head = text[: max(limit - 8, 8)]
    quote = text[0] if text[:1] in ("'", '"') else ""
    return f"{head}{quote}...{size}"


def _encoding_escapes(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):  # pragma: no cover - encoding only
        raise error
    return "".join(_code(c) for c in error.object[error.start : error.end]), error.end


# The stream's encoding may lack a character ("é" in ASCII): it is written as the same
# \\uXXXX escape, which JSON output reads back as the character itself.
ENCODING_ERRORS = "migrationhealth.escape"
codecs.register_error(ENCODING_ERRORS, _encoding_escapes)
