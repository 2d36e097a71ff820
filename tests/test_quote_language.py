"""MH402 reads each quote whole, with the grammar of its source's language."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as hs

import migrationhealth as mh
from migrationhealth.languages import LANGUAGES
from migrationhealth.validation import validate
from migrationhealth.validation._numbers import (
    QuickReading,
    QuoteReader,
    _free_after,
    _free_before,
    _stands_alone,
    mentions,
)


def _dataset(value: int | Decimal, quote: str, language: str | None) -> mh.Dataset:
    source = mh.Source(id="s1", title="Un informe", language=language)
    figure = mh.Figure(
        id="f",
        measure=mh.Measure("other"),
        quantity=mh.Quantity(value=value, unit="consultas"),
        citation=mh.Citation(source="s1", quote=quote),
    )
    programme = mh.Programme(
        id="p1", title="Un programa", kind=mh.ProgrammeKind.DIPLOMA, figures=(figure,)
    )
    return mh.Dataset(sources=(source,), programmes=(programme,))


def _warns(value: int | Decimal, quote: str, language: str | None) -> bool:
    return bool(list(validate(_dataset(value, quote, language), select=["MH402"])))


class TestTheIssuesQuote:
    QUOTE = "en 2013 atendió a 7 mil 45 y en 2018 a 38 mil 215"

    @pytest.mark.parametrize("language", ["es", None])
    def test_the_whole_phrase_is_accepted(self, language: str | None) -> None:
        assert not _warns(7045, self.QUOTE, language)
        assert not _warns(38_215, self.QUOTE, language)

    @pytest.mark.parametrize("language", ["es", None])
    @pytest.mark.parametrize("prefix", [7, 45, 38, 215])
    def test_a_prefix_is_never_accepted(self, language: str | None, prefix: int) -> None:
        assert _warns(prefix, self.QUOTE, language)


@pytest.mark.parametrize(
    ("language", "quote", "value"),
    [
        ("es", "han brindado 5.4 millones de servicios", 5_400_000),
        ("es", "atendió a casi 3.000 sobrevivientes", 3000),
        ("es", "más de 20.000 consultas individuales", 20_000),
        ("es", "llegarán 84 más para dar un total de 436 médicos cubanos", 436),
        ("es", "la 6ª Semana Binacional de Salud", 6),
        ("es", "el segundo año", 2),
        ("es", "a 79 municipios de nueve entidades", 9),
        ("pt", "foram resgatadas um total de 1.555 pessoas", 1555),
        ("pt", "de 135 mil colaboradores", 135_000),
        ("pt", "mil e quinhentos profissionais", 1500),
        ("fr", "Plus de 2 000 professionnels", 2000),
        ("fr", "près de 2,5 millions de personnes", 2_500_000),
        ("fr", "la 66ème Session du Comité régional", 66),
        ("en", "8.7 million services were provided", 8_700_000),
        ("en", "the Twenty-Second week", 22),
    ],
)
def test_quotes_in_their_language_state_their_figure(language: str, quote: str, value: int) -> None:
    assert not _warns(value, quote, language)


@pytest.mark.parametrize(
    ("language", "quote", "value"),
    [
        ("es", "han brindado 5.4 millones de servicios", Decimal("5.4")),
        ("es", "atendió a casi 3.000 sobrevivientes", 3),
        ("pt", "de 135 mil colaboradores", 135),
        ("fr", "Plus de 2 000 professionnels", 2),
        ("en", "8.7 million services were provided", Decimal("8.7")),
    ],
)
def test_a_part_of_a_phrase_is_not_its_figure(
    language: str, quote: str, value: int | Decimal
) -> None:
    assert _warns(value, quote, language)


def test_a_quote_read_in_another_language_can_disagree() -> None:
    # "1,5 millones" is one and a half million in Spanish; Portuguese writes "milhões".
    assert not _warns(1_500_000, "1,5 millones de consultas", "es")
    assert _warns(1_500_000, "1,5 millones de consultas", "pt")


def test_a_bare_ambiguous_number_states_nothing_until_the_language_is_known() -> None:
    quote = "El total fue 3.000"
    assert _warns(3000, quote, None)
    assert _warns(3, quote, None)
    assert not _warns(3, quote, "en")


def test_an_unsupported_language_reads_the_quote_in_every_one() -> None:
    assert not _warns(7045, "7 mil 45 consultas", "qu")


def test_the_hint_names_the_language() -> None:
    (finding,) = validate(_dataset(7, "7 mil 45 consultas", "es"), select=["MH402"])
    assert finding.hint is not None
    assert "language" in finding.hint


@given(hs.integers(0, 10**9), hs.sampled_from(["en", "es", "pt", "fr"]), hs.data())
def test_a_spelt_or_grouped_figure_is_found_and_its_digits_alone_are_not(
    n: int, language: str, data: hs.DataObject
) -> None:
    locale = data.draw(hs.sampled_from(LANGUAGES[language].locales))
    quote = f"se atendieron {format_decimal(n, locale=locale)} personas"
    reader = QuoteReader()
    assert mentions(reader, quote, n, mh.Qualifier.EXACT, language)
    if n >= 1000:
        head = int(str(n)[: len(str(n)) % 3 or 3])
        assert not mentions(reader, quote, head, mh.Qualifier.EXACT, language)


_QUOTE_PIECES = hs.one_of(
    hs.integers(0, 10**7).map(str),
    hs.integers(0, 10**7).map("{:,}".format),
    hs.sampled_from(
        [" ", ",", ".", "_", "a", "x", "-", " thousand", " million", " mil", " y ", "s", "\n"]
    ),
    hs.sampled_from([" personas", " people", " millones", "%", " de", "ª", "nd"]),
    hs.sampled_from([" of ", " de ", "hundreds of ", "tens of ", "cientos de ", "dizaines de "]),
)


@given(
    hs.lists(_QUOTE_PIECES, max_size=8).map("".join),
    hs.integers(0, 10**7),
    hs.sampled_from([None, "en", "es", "pt", "fr"]),
    hs.data(),
)
def test_the_quick_reading_finds_only_what_the_full_reading_finds(
    quote: str, value: int, language: str | None, data: hs.DataObject
) -> None:
    # Half the time the value is one the quote prints, so that both answers are exercised.
    printed = [int(t.replace(",", "")) for t in re.findall(r"[0-9][0-9,]*[0-9]|[0-9]", quote)]
    if printed and data.draw(hs.booleans()):
        value = data.draw(hs.sampled_from(printed))
    if _stands_alone(quote, value, language):
        assert value in QuoteReader().numbers(quote, language)


def _asked(lowest: int) -> hs.SearchStrategy[list[tuple[str, int, str | None]]]:
    """Quotes made of recurring pieces, each with a value and a language to ask of it."""
    return hs.lists(
        hs.tuples(
            hs.lists(_QUOTE_PIECES, max_size=8).map("".join),
            hs.integers(lowest, 10**7),
            hs.sampled_from([None, "en", "es", "pt", "fr"]),
        ),
        max_size=12,
    )


@given(_asked(0))
def test_the_quick_reading_remembers_only_what_holds_for_every_quote(
    asked: list[tuple[str, int, str | None]],
) -> None:
    # One reading asked of many quotes (sharing their texts before and after numbers,
    # since the pieces recur) answers each as a fresh reading does.
    shared = QuickReading()
    for quote, value, language in asked + asked[::-1]:
        assert shared(quote, value, language) == _stands_alone(quote, value, language)


def _stands_alone_straightforwardly(quote: str, value: int, language: str | None) -> bool:
    """The quick reading without memory: every occurrence of every form, in turn."""
    forms = [str(value), f"{value:,}"] if value >= 1000 else [str(value)]
    for form in forms:
        start = quote.find(form)
        while start != -1:
            end = start + len(form)
            if (not start or _free_before(quote[:start])) and _free_after(
                quote[end:], form.count(","), language
            ):
                return True
            start = quote.find(form, start + 1)
    return False


@given(_asked(-(10**4)))
def test_the_quick_reading_is_the_straightforward_one(
    asked: list[tuple[str, int, str | None]],
) -> None:
    shared = QuickReading()
    for quote, value, language in asked + asked[::-1]:
        expected = _stands_alone_straightforwardly(quote, value, language)
        assert shared(quote, value, language) == expected


def test_the_quick_reading_tells_apart_the_same_text_after_a_number_by_language() -> None:
    shared = QuickReading()
    assert shared("1,200", 1200, "en")
    assert not shared("1,200", 1200, "fr")
    assert shared("trained 1,200 people", 1200, None)
    assert not shared("trained 1,017,450 people", 1_017_450, "pt")
    assert shared("trained 1,017,450 people", 1_017_450, "es")


def test_the_quick_reading_takes_a_number_that_stands_alone() -> None:
    assert _stands_alone("trained 1,200 people", 1200, None)
    assert _stands_alone("1200 people", 1200, "fr")
    assert _stands_alone("the 564, then", 564, None)
    assert not _stands_alone("7 mil 45 consultas", 7, "es")
    assert not _stands_alone("7 mil 45 consultas", 45, "es")
    assert not _stands_alone("12 500 personnes", 500, "fr")
    assert not _stands_alone("1,200", 1200, "fr")
    assert not _stands_alone("1,017,450 personas", 1_017_450, "pt")
    assert not _stands_alone("564.5 people", 564, None)
    assert _stands_alone("an average of 2,795 services", 2795, "en")
    assert _stands_alone("un promedio de 2795 servicios", 2795, None)
    assert not _stands_alone("tens of thousands 2,795", 2795, "en")
    assert not _stands_alone("one million and 45 people", 45, "en")


@pytest.mark.parametrize("language", [None, "en", "es", "pt", "fr"])
@pytest.mark.parametrize("head", ["of", "de", "hundreds of", "cientos de", "a total of"])
@pytest.mark.parametrize("value", [7, 45, 1200, 2795, 1_000_000])
def test_a_word_that_joins_only_words_does_not_hide_the_digits_after_it(
    language: str | None, head: str, value: int
) -> None:
    for printed in {str(value), f"{value:,}"}:
        for quote in (f"{head} {printed} people", f"x {head} {printed}", f"{head} {printed}, y"):
            if _stands_alone(quote, value, language):
                assert value in QuoteReader().numbers(quote, language), quote


def test_a_number_between_hyphens_of_an_address_is_read_and_one_ending_a_name_is_not() -> None:
    slug = "han-llegado-a-mexico-352-medicos-especialistas-cubanos-reporta-el-imss"
    assert not _warns(352, slug, "es")
    assert _warns(19, "durante la pandemia de COVID-19", "es")


def test_every_quote_of_the_built_in_reports_states_its_figure() -> None:
    assert list(validate(mh.corpus(), select=["MH402"])) == []
