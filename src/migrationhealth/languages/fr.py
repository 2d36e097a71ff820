"""French: the words of reports from France, Belgium, Canada, Haiti and West Africa."""

from __future__ import annotations

from ..quantity import Qualifier
from ._base import Language

_A = Qualifier.APPROXIMATE

# fmt: off
LANGUAGE = Language(
    code="fr",
    name="French",
    locales=("fr", "fr_FR", "fr_CA", "fr_BE", "fr_SN", "fr_HT"),
    cardinals=frozenset(
        "zéro un une deux trois quatre cinq six sept huit neuf dix onze douze treize "
        "quatorze quinze seize vingt vingts trente quarante cinquante soixante cent "
        "cents".split()
    ),
    # text2num before 3.1 does not read the feminine "une" ("une formation", "vingt et
    # une"); it reads "un".
    spellings={"une": "un"},
    scales={
        "mille": 10**3, "million": 10**6, "millions": 10**6, "milliard": 10**9,
        "milliards": 10**9, "billion": 10**12, "billions": 10**12,
    },
    bare_scales=frozenset({"mille"}),
    one=("un",),
    half=("un demi", "demi"),
    and_half=("et demi",),
    after_scale=("de", "d'", "d’"),
    connectors=("et",),
    ordinals={
        "premier": 1, "première": 1, "deuxième": 2, "second": 2, "seconde": 2,
        "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7,
        "huitième": 8, "neuvième": 9, "dixième": 10, "onzième": 11, "douzième": 12,
        "treizième": 13, "quatorzième": 14, "quinzième": 15, "seizième": 16,
        "vingtième": 20, "trentième": 30, "quarantième": 40, "cinquantième": 50,
        "soixantième": 60, "centième": 100, "unième": 1,
    },
    ordinal_suffixes=("e", "er", "re", "ère", "ème", "eme", "è", "ᵉ", "ᵉʳ"),
    several={
        "dizaines": 10, "douzaines": 12, "centaines": 100, "milliers": 1000,
        "dizaines de milliers": 10**4,
        "centaines de milliers": 10**5, "millions": 10**6,
    },
    collectives={
        "dizaine": 10, "douzaine": 12, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
        "quarantaine": 40, "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
        "millier": 1000,
    },
    fractions=("tiers", "cinquièmes", "sixièmes", "huitièmes", "dixièmes"),
    shares=("sur",),
    wholes=("des", "sur les", "parmi les", "d'entre les", "d’entre les", "sur ces"),
    indefinite=("un", "une"),
    of=("de", "d'", "d’"),
    percent=("pour cent", "pourcent"),
    hedges={
        "exactement": Qualifier.EXACT,
        "environ": _A, "quelque": _A, "approximativement": _A, "autour de": _A,
        "près de": Qualifier.ALMOST, "près d'": Qualifier.ALMOST, "près d’": Qualifier.ALMOST,
        "presque": Qualifier.ALMOST,
        "au moins": Qualifier.AT_LEAST, "au minimum": Qualifier.AT_LEAST,
        "plus de": Qualifier.MORE_THAN, "plus d'": Qualifier.MORE_THAN,
        "plus d’": Qualifier.MORE_THAN,
        "jusqu'à": Qualifier.AT_MOST, "jusqu’à": Qualifier.AT_MOST,
        "au maximum": Qualifier.AT_MOST, "un maximum de": Qualifier.AT_MOST,
        "moins de": Qualifier.LESS_THAN, "moins d'": Qualifier.LESS_THAN,
        "moins d’": Qualifier.LESS_THAN,
        "en moyenne": Qualifier.AVERAGE, "une moyenne de": Qualifier.AVERAGE,
    },
    determiners=(
        "un total de", "un nombre record de", "au total", "des", "les", "le", "la", "l'", "l’",
        "ses", "leurs",
    ),
    per=("par",),
    strict_per=True,
    each=("chaque",),
    time_units=frozenset("jour jours semaine semaines mois an ans année années".split()),
    months={
        "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5,
        "juin": 6, "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10,
        "novembre": 11, "décembre": 12, "decembre": 12, "janv": 1, "févr": 2, "avr": 4,
        "juil": 7, "sept": 9, "oct": 10, "nov": 11, "déc": 12,
    },
    weekdays={
        "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
        "dimanche": 6,
    },
    date_fillers=("le", "en", "pendant"),
    day_first=True,
    between=("entre",),
    between_and=("et",),
    span_from=("du", "de", "depuis le", "depuis"),
    span_to=("au", "à", "jusqu'au", "jusqu’au", "jusqu'à", "jusqu’à"),
    since=("depuis", "à partir de", "à partir du", "dès", "depuis le"),
    until=("jusqu'au", "jusqu’au", "jusqu'à", "jusqu’à", "jusqu'en", "jusqu’en"),
    list_and=("et",),
    parts_of_month={
        "début": "early", "au début de": "early", "début de": "early", "mi": "mid",
        "à la mi": "mid", "mi-": "mid", "fin": "late", "à la fin de": "late",
        "fin de": "late",
    },
    week=("semaine",),
    last=("dernier", "dernière", "passé", "passée"),
    next=("prochain", "prochaine"),
    relative={
        "l'année dernière": "last_year", "l’année dernière": "last_year",
        "l'an dernier": "last_year", "l’an dernier": "last_year",
        "l'année passée": "last_year", "cette année": "this_year",
        "l'année prochaine": "next_year", "le mois dernier": "last_month",
        "ce mois-ci": "this_month", "hier": "yesterday", "aujourd'hui": "today",
        "aujourd’hui": "today", "la semaine dernière": "last_week",
        "la semaine passée": "last_week", "cette semaine": "this_week",
        "la semaine prochaine": "next_week",
        "cet été": "this_summer", "l'été dernier": "last_summer",
        "l’été dernier": "last_summer", "ce printemps": "this_spring",
        "au printemps dernier": "last_spring", "le printemps dernier": "last_spring",
        "cet automne": "this_autumn", "l'automne dernier": "last_autumn",
        "l’automne dernier": "last_autumn",
    },
    this=("ce", "cet", "cette"),
    ago_before=("il y a",),
    ago_after=(),
    few=("quelques",),
    units={
        "jour": "day", "jours": "day", "semaine": "week", "semaines": "week", "mois": "month",
        "an": "year", "ans": "year", "année": "year", "années": "year",
    },
    inception=("depuis sa création en", "depuis sa fondation en"),
    countries={
        "mexique": "MX", "états-unis": "US", "etats-unis": "US", "usa": "US",
        "royaume-uni": "GB", "turquie": "TR", "rdc": "CD",
        "république démocratique du congo": "CD", "côte d'ivoire": "CI",
        "côte d’ivoire": "CI", "pays-bas": "NL", "hollande": "NL",
        "république tchèque": "CZ", "tchéquie": "CZ", "russie": "RU",
        "corée du sud": "KR", "corée du nord": "KP", "iran": "IR", "syrie": "SY",
        "venezuela": "VE", "bolivie": "BO", "tanzanie": "TZ", "viêt nam": "VN",
        "vietnam": "VN", "palestine": "PS", "haïti": "HT", "brésil": "BR", "pérou": "PE",
    },
    articles=("le", "la", "les", "l'", "l’"),
)
# fmt: on
