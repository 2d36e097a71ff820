"""Text for a terminal: how wide it is, and lines wrapped to that width.

:func:`output_width` is the width text output fits: ``COLUMNS`` when it is set to a
positive number, else the size of the terminal standard output is, else
:data:`DEFAULT_WIDTH` (when output goes to a file or a pipe).

:func:`wrap` breaks text at spaces only. Ids are hyphenated ("cuban-doctors-already-in-
the-country") and numbers hold commas and points ("1,017,450"): a word is never split,
at a hyphen or anywhere else. A word longer than the width has a line of its own and
overflows it, rather than being cut.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import textwrap

__all__ = ["DEFAULT_WIDTH", "MIN_WIDTH", "output_width", "wrap"]

DEFAULT_WIDTH = 100
"""The width of text output that does not go to a terminal."""

MIN_WIDTH = 20
"""The narrowest width text is laid out for; a smaller ``COLUMNS`` is taken as this."""


def output_width(*, to_stdout: bool = True) -> int:
    """The width text output fits: ``COLUMNS``, else the terminal's, else 100.

    ``to_stdout=False`` is for output written to a file (``-o FILE``): it fits
    ``COLUMNS`` or 100 columns, whatever terminal the command runs in.
    """
    columns = os.environ.get("COLUMNS", "").strip()
    if columns.isdigit() and int(columns) > 0:
        return max(int(columns), MIN_WIDTH)
    if not to_stdout:
        return DEFAULT_WIDTH
    stream = sys.stdout
    try:
        terminal = stream is not None and stream.isatty()
    except (AttributeError, ValueError):  # a replaced or closed stream
        terminal = False
    if not terminal:
        return DEFAULT_WIDTH
    size = shutil.get_terminal_size((DEFAULT_WIDTH, 24))
    return max(size.columns, MIN_WIDTH) if size.columns > 0 else DEFAULT_WIDTH


def wrap(text: str, width: int, *, indent: str = "", hang: str = "") -> list[str]:
    """``text`` as lines of at most ``width`` characters, broken at spaces only.

    The first line starts with ``indent``, the others with ``hang``. Runs of whitespace
    become one space. A word is never split: one longer than the room on a line gets a
    line of its own (after ``hang``), longer than ``width``. The spaces of a number
    written in groups ("1 017 450") are not broken at either. Joined with spaces
    (indents removed), the lines give back the text.

    >>> wrap("see cuban-doctors-already-in-the-country", 20)
    ['see', 'cuban-doctors-already-in-the-country']
    """
    words = _SPACES.sub(" ", text).strip(" ")
    if not words:
        return [indent.rstrip()]
    if len(indent) + len(words) <= width:
        # Most cells fit: textwrap, slow on a million of them, is left for those that do not.
        return [indent + words]
    # "1 017 450" is one number: its spaces are not places to break.
    glued = words if _GLUE in words else _GROUP_SPACE.sub(_GLUE, words)
    lines = textwrap.wrap(
        glued,
        width=max(width, 1),
        initial_indent=indent,
        subsequent_indent=hang,
        break_on_hyphens=False,
        break_long_words=False,
    )
    if lines and len(lines[0]) > width and indent.strip() and len(lines[0].split()) > 1:
        # A label, then a word too long to follow it: the word goes under the label.
        first = lines[0][len(indent) :]
        lines[0:1] = [indent.rstrip(), hang + first]
    return [line.replace(_GLUE, " ") for line in lines] or [indent.rstrip()]


# Only ASCII whitespace separates words; a no-break space keeps its words together.
_SPACES = re.compile(r"[ \t\n\r\f\v]+")
_GROUP_SPACE = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")
_GLUE = "\x00"
