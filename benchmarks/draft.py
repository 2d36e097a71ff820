"""How close a draft comes to the curated records of the same report.

For each report of the built-in dataset (texts ``tests/data/00*_*.txt`` for the seed
reports, ``tests/data/reports/*.txt`` for the others; curated records ``mh.corpus()``)
and each curated pair ``tests/data/reports-extra/<lang>/<name>.txt`` +
``<name>.json``, this drafts the text with :func:`migrationhealth.draft_report` and
compares the draft with the curated records of the report's source:

- figure **recall**: the curated figures found by a drafted figure with the same value
  and qualifier whose number phrase is the curated quote's number phrase (the same
  place in the text);
- figure **precision**: the drafted figures that match a curated one;
- **wrong**: drafted figures at the place of a curated figure's number phrase with
  another value;
- recall of **dates** (same period), **countries** (of the records that cite the
  report), **places** (the curated places of those records that the text names, each
  drafted whole: "Rio de Janeiro", not "Rio"; and their precision, **pl.prec**, the
  drafted places that are curated ones) and **organisations** (a drafted name or
  acronym that is one of the curated organisation's forms named in the text).

Dates that a curator worked out from outside a text that states no year at all (the year
of the page, known from where it was found) are counted apart, as **unplaceable**, when
the draft misses them: no reading of the text can give them a year, and the drafter
invents none.

Figures curated from the address of the page (the ``SOURCE:`` line) are counted apart:
the drafter leaves numbers of addresses out by design.

Run it with ``python benchmarks/draft.py`` (``--no-extra`` for the built-in reports
only, ``--language`` to give the language instead of detecting it).
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path

import attrs

import migrationhealth as mh
from migrationhealth.draft import DraftedFigure, draft_report
from migrationhealth.numparse import find_numbers

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


@attrs.define
class Score:
    """The counts of one report, or of all."""

    name: str
    curated: int = 0
    found: int = 0
    drafted: int = 0
    matching: int = 0
    wrong: int = 0
    from_address: int = 0
    dates: int = 0
    dates_found: int = 0
    dates_unplaceable: int = 0
    countries: int = 0
    countries_found: int = 0
    places: int = 0
    places_found: int = 0
    places_drafted: int = 0
    places_matching: int = 0
    organisations: int = 0
    organisations_found: int = 0
    outside_quote: int = 0
    wrong_items: list[str] = attrs.field(factory=list)
    missed: list[str] = attrs.field(factory=list)
    extra: list[str] = attrs.field(factory=list)

    def add(self, other: Score) -> None:
        """Add another report's counts to these."""
        for field in attrs.fields(Score):
            value = getattr(self, field.name)
            if isinstance(value, int) and not isinstance(value, bool):
                setattr(self, field.name, value + getattr(other, field.name))


# A year written in figures, anywhere in the text or its address.
_YEAR = re.compile(r"(?<![0-9])(?:1[89]|20)[0-9]{2}(?![0-9])")


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:6.1%}" if whole else "     -"


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.lower())
    return " ".join("".join(c for c in text if unicodedata.category(c) != "Mn").split())


def _locate(text: str, quote: str) -> int | None:
    """Where ``quote`` starts in ``text``, line breaks and runs of spaces read as one."""
    pattern = r"\s+".join(re.escape(part) for part in quote.split())
    match = re.search(pattern, text)
    return None if match is None else match.start()


def _number_places(
    text: str, start: int, quote: str, value: object, language: str | None
) -> list[tuple[int, int]]:
    """The places in ``text`` of the quote's number phrases that read ``value``."""
    located = text[start:]
    match = re.match(r"\s*".join(re.escape(c) for c in quote if not c.isspace()), located)
    end = start + (match.end() if match else len(quote))
    places = []
    for span in find_numbers(text[start:end], language=language):
        if span.value == value:
            places.append((start + span.start, start + span.end))
    return places


def _records_citing(dataset: mh.Dataset, source: str) -> Iterator[object]:
    for programme in dataset.programmes:
        records: list[object] = [programme, *programme.cohorts, *programme.statistics]
        for record in records:
            cited = any(
                d.citation is not None and d.citation.source == source
                for d in getattr(record, "dates", ())
            ) or any(
                f.citation is not None and f.citation.source == source
                for f in getattr(record, "figures", ())
            )
            if record is programme:
                cited = cited or any(c.source == source for c in programme.citations)
                cited = cited or any(
                    f.figure.citation is not None and f.figure.citation.source == source
                    for f in dataset.figures()
                    if f.programme is programme
                )
            if cited:
                yield record


def _dates(dataset: mh.Dataset, source: str) -> list[mh.DateFact]:
    found = []
    for programme in dataset.programmes:
        for record in (programme, *programme.cohorts, *programme.statistics):
            for fact in record.dates:
                if fact.citation is not None and fact.citation.source == source:
                    found.append(fact)
    return found


def _stated(fact: mh.DateFact) -> mh.Period:
    """The period a date fact states: "since 2001" is open at its end however it is recorded."""
    period = fact.period
    if fact.bound is mh.Bound.START:
        return mh.Period(start=period.start, end=None)
    if fact.bound is mh.Bound.END:
        return mh.Period(start=None, end=period.end or period.start)
    return period


def _forms(organisation: mh.Organisation, text: str) -> set[str]:
    forms = {organisation.name, *(s.text for s in organisation.spellings)}
    if organisation.acronym:
        forms.add(organisation.acronym)
    if organisation.normalised:
        forms.add(organisation.normalised)
    folded = _fold(text)
    named = set()
    for form in forms:
        bare = re.sub(r"\s*\([^)]*\)$", "", form)
        if form.isupper() or len(form) <= 6:
            if re.search(rf"(?<![\w]){re.escape(form)}(?![\w])", text):
                named.add(_fold(form))
        elif _fold(bare) in folded:
            named.add(_fold(bare))
    return named


def compare(  # noqa: PLR0915 - one report, measure after measure
    name: str, text: str, curated: mh.Dataset, source_id: str, language: str | None
) -> Score:
    """Draft ``text`` and score the draft against ``curated``'s records of ``source_id``."""
    score = Score(name)
    source = curated.source(source_id)
    lang = source.language.split("-")[0] if source.language else None
    result = draft_report(text, language=language)
    drafted: list[DraftedFigure] = list(result.figures)
    for item in drafted:
        quote = item.figure.citation.quote if item.figure.citation else ""
        if text[item.start : item.end] not in quote:
            score.outside_quote += 1
    body = text.partition("\n")[2] if text.startswith("SOURCE:") else text
    offset = len(text) - len(body)
    matched: set[int] = set()
    for located in curated.figures():
        figure = located.figure
        citation = figure.citation
        if citation is None or citation.source != source_id:
            continue
        start = _locate(body, citation.quote)
        if start is None:
            if _locate(text[:offset], citation.quote) is not None:
                score.from_address += 1
            else:
                score.curated += 1
                score.missed.append(f"{figure.quantity} (quote not in the text)")
            continue
        score.curated += 1
        places = _number_places(text, offset + start, citation.quote, figure.quantity.value, lang)
        quantity = figure.quantity
        hit = False
        for index, item in enumerate(drafted):
            if not any(item.start <= s < item.end for s, _ in places):
                continue
            got = item.figure.quantity
            if got.value == quantity.value and got.qualifier is quantity.qualifier:
                hit = True
                matched.add(index)
        if hit:
            score.found += 1
        else:
            score.missed.append(f"{quantity} in {citation.quote[:70]!r}")
    for index, item in enumerate(drafted):
        if index in matched:
            continue
        # A drafted figure at a curated figure's number with another value is wrong.
        for located in curated.figures():
            figure = located.figure
            citation = figure.citation
            if citation is None or citation.source != source_id:
                continue
            start = _locate(body, citation.quote)
            if start is None:
                continue
            quote_end = offset + start + len(citation.quote)
            if not offset + start <= item.start < quote_end:
                continue
            places = _number_places(
                text, offset + start, citation.quote, figure.quantity.value, lang
            )
            if any(item.start <= s < item.end for s, _ in places):
                continue
            for span in find_numbers(text[item.start : item.end], language=lang):
                if span.value != item.figure.quantity.value and span.start == 0:
                    score.wrong += 1
                    score.wrong_items.append(f"{item.phrase!r} read as {item.figure.quantity}")
            break
    score.drafted = len(drafted)
    score.matching = len(matched)
    score.extra = [
        f"{item.phrase!r} ({item.figure.quantity})"
        for index, item in enumerate(drafted)
        if index not in matched
    ]
    programme = result.dataset.programmes[0]
    periods = {_stated(fact) for fact in programme.dates} | {f.period for f in programme.dates}
    periods |= {f.figure.period for f in drafted if f.figure.period is not None}
    published = result.dataset.sources[0].published
    states_a_year = _YEAR.search(text) is not None
    for fact in _dates(curated, source_id):
        if (
            _stated(fact) in periods
            or fact.period in periods
            or (published is not None and fact.period == mh.Period(start=published, end=published))
        ):
            score.dates += 1
            score.dates_found += 1
        elif fact.inferred is not None and not states_a_year:
            score.dates_unplaceable += 1
            score.missed.append(f"date {fact.period} (unplaceable: the text states no year)")
        else:
            score.dates += 1
            score.missed.append(f"date {fact.period}")
    countries = set()
    for record in _records_citing(curated, source_id):
        countries |= set(getattr(record, "countries", ()))
    score.countries = len(countries)
    score.countries_found = len(countries & set(programme.countries))
    score.missed.extend(f"country {c}" for c in sorted(countries - set(programme.countries)))
    curated_places: set[str] = set()
    for record in _records_citing(curated, source_id):
        curated_places |= {p for p in getattr(record, "places", ()) if _fold(p) in _fold(body)}
    # A drafted place matches a curated one it names whole: "Ciudad Juárez" matches
    # "Ciudad Juárez, Chihuahua"; "Rio" does not match "Rio de Janeiro".
    curated_names = {_fold(p): {_fold(p), _fold(p.partition(",")[0])} for p in curated_places}
    drafted_places = {_fold(p) for p in programme.places}
    score.places = len(curated_places)
    score.places_found = sum(bool(names & drafted_places) for names in curated_names.values())
    score.places_drafted = len(programme.places)
    every_name = set().union(*curated_names.values())
    score.places_matching = sum(_fold(p) in every_name for p in programme.places)
    score.missed.extend(
        f"place {p}" for p in sorted(curated_places) if not curated_names[_fold(p)] & drafted_places
    )
    score.extra.extend(f"place {p}" for p in programme.places if _fold(p) not in every_name)
    drafted_forms = set()
    for organisation in result.dataset.organisations:
        drafted_forms.add(_fold(organisation.name))
        if organisation.acronym:
            drafted_forms.add(_fold(organisation.acronym))
    for organisation in curated.organisations:
        forms = _forms(organisation, body)
        if not forms:
            continue
        score.organisations += 1
        if (
            forms & drafted_forms
            or any(f in d for f in forms for d in drafted_forms if len(f) > 8)
            or any(
                d in f for f in forms for d in drafted_forms if len(d) > 8 and 2 * len(d) > len(f)
            )
        ):
            score.organisations_found += 1
        else:
            score.missed.append(f"organisation {organisation.name}")
    return score


def builtin_pairs() -> Iterator[tuple[str, str, mh.Dataset, str]]:
    """(name, text, curated dataset, source id) of each report of the built-in dataset."""
    corpus = mh.corpus()
    ids = [source.id for source in corpus.sources]
    for path in sorted(DATA.glob("00*_*.txt")):
        prefix = f"s{path.name[:3]}-"
        yield path.name, path.read_text("utf-8"), corpus, _one(ids, prefix, path)
    for path in sorted((DATA / "reports").glob("*.txt")):
        prefix = f"r{path.name[:2]}-"
        yield path.name, path.read_text("utf-8"), corpus, _one(ids, prefix, path)


def _one(ids: list[str], prefix: str, path: Path) -> str:
    found = [i for i in ids if i.startswith(prefix)]
    if len(found) != 1:
        raise SystemExit(f"{path}: no single curated source with an id starting {prefix!r}")
    return found[0]


def extra_pairs(folder: Path | None = None) -> Iterator[tuple[str, str, mh.Dataset, str]]:
    """(name, text, curated dataset, source id) of each curated pair under reports-extra/."""
    folder = folder or DATA / "reports-extra"
    for path in sorted(folder.glob("*/*.txt")):
        curated_path = path.with_suffix(".json")
        if not curated_path.exists():
            continue
        text = path.read_text("utf-8")
        curated = mh.load(curated_path)
        url = re.match(r"SOURCE:\s*(\S+)", text)
        sources = [s for s in curated.sources if url and s.url == url[1]] or list(curated.sources)
        if len(sources) != 1:
            continue
        yield f"{path.parent.name}/{path.name}", text, curated, sources[0].id


def report(scores: Sequence[Score], title: str) -> Score:
    """Print one line per report and the total; return the total."""
    total = Score("all")
    print(f"\n{title}")
    print(
        f"{'report':48} {'recall':>7} {'precis.':>7} {'wrong':>5} {'dates':>7} "
        f"{'countr.':>7} {'places':>7} {'pl.prec':>7} {'orgs':>7}  "
        "figures (curated/found/drafted/address)  dates (curated/found/unplaceable)"
    )
    for score in [*scores, total]:
        if score is not total:
            total.add(score)
        print(
            f"{score.name[:48]:48} {_ratio(score.found, score.curated):>7} "
            f"{_ratio(score.matching, score.drafted):>7} {score.wrong:>5} "
            f"{_ratio(score.dates_found, score.dates):>7} "
            f"{_ratio(score.countries_found, score.countries):>7} "
            f"{_ratio(score.places_found, score.places):>7} "
            f"{_ratio(score.places_matching, score.places_drafted):>7} "
            f"{_ratio(score.organisations_found, score.organisations):>7}  "
            + f"{score.curated}/{score.found}/{score.drafted}/{score.from_address}".ljust(41)
            + f"{score.dates}/{score.dates_found}/{score.dates_unplaceable}"
        )
    every = total.dates + total.dates_unplaceable
    print(
        f"dates, the unplaceable ones counted as missed: {total.dates_found} of {every} "
        f"({_ratio(total.dates_found, every).strip()})"
    )
    return total


def main(argv: Sequence[str] | None = None) -> int:
    """Run the comparison and print it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-extra", action="store_true", help="the built-in reports only")
    parser.add_argument("--language", help="give the language instead of detecting it")
    parser.add_argument("--verbose", "-v", action="store_true", help="list what was missed")
    args = parser.parse_args(argv)
    groups = [("built-in dataset", list(builtin_pairs()))]
    if not args.no_extra:
        groups.append(("reports-extra", list(extra_pairs())))
    for title, pairs in groups:
        scores = [compare(n, t, c, s, args.language) for n, t, c, s in pairs]
        if not scores:
            print(f"\n{title}: no curated pairs found")
            continue
        report(scores, title)
        if args.verbose:
            for score in scores:
                for line in score.wrong_items:
                    print(f"  {score.name}: WRONG {line}")
                for line in score.missed:
                    print(f"  {score.name}: missed {line}")
                for line in score.extra:
                    print(f"  {score.name}: extra {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
