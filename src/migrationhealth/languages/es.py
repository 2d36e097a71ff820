"""Spanish: the words of reports from Mexico, Central and South America and Spain."""

from __future__ import annotations

from ..quantity import Qualifier
from ._base import Language

_A = Qualifier.APPROXIMATE

# fmt: off
LANGUAGE = Language(
    code="es",
    name="Spanish",
    locales=("es", "es_ES", "es_MX", "es_US", "es_AR", "es_CO", "es_CL"),
    cardinals=frozenset(
        "cero uno una un dos tres cuatro cinco seis siete ocho nueve diez once doce trece "
        "catorce quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno "
        "veintiuna veintiún veintidós veintitrés veinticuatro veinticinco veintiséis "
        "veintisiete veintiocho veintinueve treinta cuarenta cincuenta sesenta setenta "
        "ochenta noventa cien ciento doscientos doscientas trescientos trescientas "
        "cuatrocientos cuatrocientas quinientos quinientas seiscientos seiscientas "
        "setecientos setecientas ochocientos ochocientas novecientos novecientas".split()
    ),
    spellings={"veintiún": "veintiuno"},
    scales={
        "mil": 10**3, "millón": 10**6, "millones": 10**6, "millon": 10**6,
        "billón": 10**12, "billones": 10**12,
    },
    bare_scales=frozenset({"mil"}),
    one=("un",),
    half=("medio",),
    and_half=("y medio",),
    after_scale=("de",),
    connectors=("y",),
    ordinals={
        "primero": 1, "primera": 1, "primer": 1, "segundo": 2, "segunda": 2, "tercero": 3,
        "tercera": 3, "tercer": 3, "cuarto": 4, "cuarta": 4, "quinto": 5, "quinta": 5,
        "sexto": 6, "sexta": 6, "séptimo": 7, "séptima": 7, "octavo": 8, "octava": 8,
        "noveno": 9, "novena": 9, "décimo": 10, "décima": 10, "undécimo": 11,
        "undécima": 11, "duodécimo": 12, "duodécima": 12, "vigésimo": 20, "vigésima": 20,
        "trigésimo": 30, "trigésima": 30, "cuadragésimo": 40, "cuadragésima": 40,
        "quincuagésimo": 50, "quincuagésima": 50,
    },
    ordinal_suffixes=("º", "ª", "°", ".º", ".ª", "o", "a", "er", "era"),
    several={
        "decenas": 10, "docenas": 12, "cientos": 100, "centenares": 100, "miles": 1000,
        "decenas de miles": 10**4, "cientos de miles": 10**5, "millones": 10**6,
    },
    collectives={
        "decena": 10, "docena": 12, "veintena": 20, "treintena": 30, "centenar": 100,
        "millar": 1000, "millares": 1000,
    },
    fractions=("tercios", "quintos", "sextos", "octavos", "décimos"),
    shares=("de cada", "en cada", "de"),
    wholes=("de los", "de las", "de entre los", "de entre las", "de estos", "de estas"),
    indefinite=("un", "una"),
    of=("de",),
    percent=("por ciento",),
    hedges={
        "exactamente": Qualifier.EXACT,
        "alrededor de": _A, "unos": _A, "unas": _A, "aproximadamente": _A,
        "cerca de": Qualifier.ALMOST, "casi": Qualifier.ALMOST,
        "al menos": Qualifier.AT_LEAST, "por lo menos": Qualifier.AT_LEAST,
        "como mínimo": Qualifier.AT_LEAST,
        "más de": Qualifier.MORE_THAN, "poco más de": Qualifier.MORE_THAN,
        "hasta": Qualifier.AT_MOST, "como máximo": Qualifier.AT_MOST,
        "un máximo de": Qualifier.AT_MOST, "máximo de": Qualifier.AT_MOST,
        "a partir de": Qualifier.AT_LEAST,
        "menos de": Qualifier.LESS_THAN,
        "en promedio": Qualifier.AVERAGE, "un promedio de": Qualifier.AVERAGE,
        "en promedio unos": Qualifier.AVERAGE, "promedio de": Qualifier.AVERAGE,
    },
    determiners=(
        "un total de", "un récord de", "otros", "otras", "los", "las", "el", "la", "sus",
        "estos", "estas",
    ),
    per=("por",),
    strict_per=True,
    each=("cada",),
    time_units=frozenset("día días semana semanas mes meses año años".split()),
    months={
        "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
        "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
        "diciembre": 12, "ene": 1, "feb": 2, "mar": 3, "abr": 4, "jun": 6, "jul": 7,
        "ago": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dic": 12,
    },
    weekdays={
        "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
        "sábado": 5, "sabado": 5, "domingo": 6,
    },
    date_fillers=("de", "del", "el", "en", "durante"),
    day_first=True,
    between=("entre",),
    between_and=("y",),
    span_from=("del", "de", "desde el", "desde"),
    span_to=("al", "a", "hasta el", "hasta"),
    since=("desde", "a partir de", "a partir del", "desde el", "a partir del"),
    until=("hasta", "hasta el", "hasta el día"),
    list_and=("y",),
    parts_of_month={
        "a principios de": "early", "principios de": "early", "a inicios de": "early",
        "inicios de": "early", "a comienzos de": "early", "comienzos de": "early",
        "a mediados de": "mid", "mediados de": "mid", "a finales de": "late",
        "finales de": "late", "a fines de": "late", "fines de": "late",
    },
    week=("semana",),
    last=("pasado", "pasada", "anterior"),
    next=("próximo", "próxima"),
    relative={
        "el año pasado": "last_year", "durante el año pasado": "last_year",
        "el pasado año": "last_year", "en el año pasado": "last_year",
        "este año": "this_year", "el próximo año": "next_year", "el mes pasado": "last_month",
        "este mes": "this_month", "el próximo mes": "next_month", "ayer": "yesterday",
        "hoy": "today", "la semana pasada": "last_week", "esta semana": "this_week",
        "la próxima semana": "next_week", "la semana próxima": "next_week",
    },
    this=("este", "esta"),
    ago_before=("hace",),
    ago_after=(),
    few=("unos", "unos pocos", "unas", "algunos", "algunas", "pocos", "pocas"),
    units={
        "día": "day", "días": "day", "semana": "week", "semanas": "week", "mes": "month",
        "meses": "month", "año": "year", "años": "year",
    },
    inception=("desde su creación en", "desde su fundación en", "desde su inicio en"),
    day_words=("día", "dia"),
    countries={
        "méxico": "MX", "mexico": "MX", "estados unidos": "US", "ee.uu.": "US", "ee. uu.": "US",
        "eeuu": "US", "eua": "US", "estados unidos de américa": "US", "reino unido": "GB",
        "turquía": "TR", "rdc": "CD", "república democrática del congo": "CD",
        "costa de marfil": "CI", "países bajos": "NL", "holanda": "NL",
        "república checa": "CZ", "chequia": "CZ", "rusia": "RU", "corea del sur": "KR",
        "corea del norte": "KP", "irán": "IR", "siria": "SY", "venezuela": "VE",
        "bolivia": "BO", "tanzania": "TZ", "vietnam": "VN", "laos": "LA", "moldavia": "MD",
        "palestina": "PS", "haití": "HT", "perú": "PE", "república dominicana": "DO",
        "brasil": "BR", "panamá": "PA", "canadá": "CA", "belice": "BZ",
    },
    articles=("el", "la", "los", "las"),
)
# fmt: on
