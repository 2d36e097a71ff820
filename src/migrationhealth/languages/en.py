"""English: the words of reports from the United States, the United Kingdom and UN agencies."""

from __future__ import annotations

from ..quantity import Qualifier
from ._base import Language

_A = Qualifier.APPROXIMATE

# fmt: off
LANGUAGE = Language(
    code="en",
    name="English",
    locales=("en", "en_US", "en_GB"),
    cardinals=frozenset(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen "
        "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
        "sixty seventy eighty ninety hundred".split()
    ),
    scales={"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12},
    one=("a", "an", "one"),
    half=("half a",),
    and_half=("and a half",),
    connectors=("and",),
    ordinals={
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
        "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
        "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
        "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
        "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    },
    ordinal_suffixes=("st", "nd", "rd", "th"),
    several={
        "dozens": 12, "tens": 10, "hundreds": 100, "thousands": 1000, "millions": 10**6,
        "tens of thousands": 10**4, "hundreds of thousands": 10**5,
    },
    plural_digits="s",
    collectives={"dozen": 12, "score": 20},
    fractions=("thirds", "fifths", "sixths", "eighths", "tenths"),
    shares=("in", "in every", "out of", "out of every", "of every", "of"),
    wholes=("of the", "out of the", "of all", "out of all", "of these", "of those"),
    indefinite=("a", "an"),
    of=("of",),
    percent=("percent", "per cent", "pct"),
    hedges={
        "exactly": Qualifier.EXACT,
        "about": _A, "around": _A, "approximately": _A, "roughly": _A, "some": _A,
        "circa": _A, "an estimated": _A, "estimated": _A, "approx.": _A,
        "almost": Qualifier.ALMOST, "nearly": Qualifier.ALMOST, "close to": Qualifier.ALMOST,
        "just under": Qualifier.ALMOST, "nearly all": Qualifier.ALMOST,
        "at least": Qualifier.AT_LEAST, "a minimum of": Qualifier.AT_LEAST,
        "more than": Qualifier.MORE_THAN, "over": Qualifier.MORE_THAN,
        "upwards of": Qualifier.MORE_THAN, "in excess of": Qualifier.MORE_THAN,
        "just over": Qualifier.MORE_THAN,
        "at most": Qualifier.AT_MOST, "up to": Qualifier.AT_MOST,
        "a maximum of": Qualifier.AT_MOST,
        "less than": Qualifier.LESS_THAN, "fewer than": Qualifier.LESS_THAN,
        "under": Qualifier.LESS_THAN,
        "an average of": Qualifier.AVERAGE, "on average": Qualifier.AVERAGE,
        "average of": Qualifier.AVERAGE,
    },
    determiners=(
        "a total of", "a record", "an additional", "a further", "another", "the", "a", "an", "its",
        "their", "our", "these", "those", "all",
    ),
    per=("per",),
    each=("each", "every"),
    time_units=frozenset("day days week weeks month months year years".split()),
    months={
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
        "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11,
        "nov": 11, "december": 12, "dec": 12,
    },
    weekdays={
        "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
        "saturday": 5, "sunday": 6,
    },
    date_fillers=("of", "the", "on", "in", "during"),
    day_first=False,
    between=("between",),
    between_and=("and",),
    span_from=("from",),
    span_to=("to", "until", "till", "through", "thru"),
    since=("since", "starting in", "starting", "as of", "beginning in", "from"),
    until=("until", "till", "up to", "through"),
    list_and=("and", "&"),
    parts_of_month={
        "early": "early", "in early": "early", "the beginning of": "early",
        "the start of": "early", "at the beginning of": "early", "mid": "mid",
        "in mid": "mid", "the middle of": "mid", "late": "late", "in late": "late",
        "the end of": "late", "at the end of": "late",
    },
    week=("week",),
    last=("last", "past"),
    next=("next", "this coming", "coming"),
    relative={
        "last year": "last_year", "the past year": "last_year", "during the past year":
        "last_year", "over the past year": "last_year", "the previous year": "last_year",
        "this year": "this_year", "next year": "next_year", "last month": "last_month",
        "this month": "this_month", "next month": "next_month", "yesterday": "yesterday",
        "today": "today", "last week": "last_week", "the previous week": "last_week",
        "this week": "this_week", "next week": "next_week",
        "in the summer": "this_summer", "this summer": "this_summer",
        "last summer": "last_summer", "in the spring": "this_spring",
        "this spring": "this_spring", "last spring": "last_spring",
        "in the autumn": "this_autumn", "this autumn": "this_autumn",
        "last autumn": "last_autumn", "in the fall": "this_autumn", "this fall": "this_autumn",
        "last fall": "last_autumn",
    },
    this=("this",),
    ago_before=(),
    ago_after=("ago",),
    few=("a few", "a couple of", "several"),
    units={
        "day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
        "months": "month", "year": "year", "years": "year",
    },
    inception=(
        "since its inception in", "since its creation in", "since it was founded in",
        "since its founding in", "since their inception in",
    ),
    countries={
        "uk": "GB", "u.k.": "GB", "great britain": "GB", "britain": "GB", "england": "GB",
        "usa": "US", "u.s.": "US", "u.s.a.": "US", "us": "US", "america": "US",
        "united states of america": "US", "the united states": "US",
        "turkey": "TR", "dr congo": "CD", "drc": "CD", "democratic republic of congo": "CD",
        "democratic republic of the congo": "CD", "congo-kinshasa": "CD",
        "republic of the congo": "CG", "congo-brazzaville": "CG", "ivory coast": "CI",
        "netherlands": "NL", "holland": "NL", "czech republic": "CZ", "russia": "RU",
        "south korea": "KR", "north korea": "KP", "iran": "IR", "syria": "SY",
        "venezuela": "VE", "bolivia": "BO", "tanzania": "TZ", "vietnam": "VN",
        "laos": "LA", "moldova": "MD", "macedonia": "MK", "swaziland": "SZ", "burma": "MM",
        "cape verde": "CV", "east timor": "TL", "palestine": "PS", "taiwan": "TW",
        "micronesia": "FM", "vatican": "VA", "the gambia": "GM", "gambia": "GM",
    },
    articles=("the",),
)
# fmt: on
