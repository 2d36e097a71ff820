"""MH4xx: citations, the link from every figure to what a report says."""

from __future__ import annotations

from collections.abc import Iterator

from ...errors import InvalidValueError
from ...interval import Number
from ...languages import get_language
from ...quantity import Qualifier
from .._numbers import QuoteReader, mentions_in, show
from ..context import Context, describe_subject
from ..findings import Evidence, Finding
from ..registry import rule

__all__ = ["RULES", "figure_without_citation", "quote_without_number"]


@rule("MH401", severity="warning")
def figure_without_citation(context: Context) -> Iterator[Finding]:
    """A figure without a citation.

    **What it checks.** Every figure has a citation: the id of the source it comes from
    and the exact quote that states it. The model lets a figure without one load, so that
    a dataset can be built up step by step; this rule lists what is still uncited.

    **Why it matters.** A figure without its quote cannot be checked against its report,
    nor told apart from a figure that was computed or guessed; every other rule's evidence
    is only as good as the quotes it shows.

    **Example.** Every figure of the built-in dataset is cited, among them the 314
    officials trained by IOM Chile (seed report 002), with the quote "IOM Chile recently
    trained 314 health sector officials". Recorded without that quote, the figure would
    be reported here.
    """
    figures, citations = context.figures, context._shared.citations
    for index in [i for i, citation in enumerate(citations) if citation is None]:
        located = figures[index]
        figure = located.figure
        yield context.finding(
            f"Figure {figure.id!r} ({figure.measure.value}, {figure.quantity}, "
            f"{describe_subject(located)}) has no citation.",
            ids=[figure.id],
            evidence=[Evidence.of(located)],
            hint="Add the source's id and the exact sentence that states the number.",
        )


@rule("MH402", severity="warning")
def quote_without_number(context: Context) -> Iterator[Finding]:
    """A figure whose quote does not contain its number, in digits or in words.

    **What it checks.** The figure's value is one whole number phrase of its quote, read
    in the language of its source (`Source.language`; with none, a phrase counts when
    every language that reads it reads it the same way): in digits, with or without
    thousands separators ("1,200", "1200", "3.000 personas"), with a scale ("8.7
    million", "7 mil 45", "5,4 millones") or an ordinal ending ("22nd", "6ª"); or in
    words, cardinal or ordinal ("four million", "half a million", "dos", "second",
    "sexta"), or as the magnitude of a figure hedged as `several` ("the hundreds already
    in the country"). A prefix of a longer phrase never counts: "7 mil 45 consultas"
    supports 7,045, not 7.

    **Why it matters.** A quote that does not state the number is the wrong sentence, or
    the value was mistyped when it was recorded (564 typed as 546): either way the
    citation does not support the figure.

    **Example.** The built-in dataset passes: "8.7 million services were provided at the
    Health Windows" supports 8,700,000 services, "the four million Mexican-Americans who
    lack social security" supports 4,000,000 people, and "more than two decades" supports
    more than 2 decades. Had the 8.7 million been recorded as 7,800,000, the quote would
    not support it, and it would be reported.
    """
    reader = QuoteReader()
    # Each source's language is looked up once. The quick reading settles almost every
    # figure at once; each distinct question left (a quote, a value, whether it is a
    # magnitude, a language) is answered once: figures often share their quote.
    codes: dict[str, str | None] = {}
    answers: dict[tuple[str, type, Number, bool, str | None], bool] = {}
    magnitude = Qualifier.SEVERAL
    stands_alone = reader.stands_alone
    shared = context._shared
    for index, citation, quantity in zip(
        range(len(shared.figures)), shared.citations, shared.quantities, strict=True
    ):
        if citation is None:
            continue
        source_id = citation.source
        if source_id in codes:
            code = codes[source_id]
        else:
            code = codes[source_id] = _language_code(context, source_id)
        value = quantity.value
        several = quantity.qualifier is magnitude
        quote = citation.quote
        # mentions_in(reader, quote, value, several, code), its quick reading first.
        if not several and type(value) is int and value >= 0 and stands_alone(quote, value, code):
            continue
        key = (quote, type(value), value, several, code)
        found = answers.get(key)
        if found is None:
            found = answers[key] = mentions_in(reader, quote, value, several, code)
        if found:
            continue
        located = shared.figures[index]
        figure = located.figure
        yield context.finding(
            f"The quote of figure {figure.id!r} ({figure.measure.value}, {quantity}) does "
            f"not contain {show(quantity.value)}, in digits or in words: "
            f"{citation.quote!r}.",
            ids=[figure.id],
            evidence=[Evidence.of(located)],
            hint="Check that the quote is the sentence that states the figure, that the "
            "value was copied correctly, and that the source's language is set (a quote "
            "such as '3.000 personas' reads one way in Spanish and another in English).",
        )


def _language_code(context: Context, source_id: str) -> str | None:
    """The code of the language a source's quotes are read in; ``None``: every language.

    A source that is not in the dataset, or has no language, or one this library has no
    words for, has its quotes read in every language.
    """
    source = context.source(source_id)
    if source is None or source.language is None:
        return None
    try:
        return get_language(source.language).code
    except InvalidValueError:
        return None


RULES = (figure_without_citation, quote_without_number)
