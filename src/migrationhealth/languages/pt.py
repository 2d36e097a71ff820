"""Portuguese: the words of reports from Brazil, Portugal, Angola and Mozambique."""

from __future__ import annotations

from ..quantity import Qualifier
from ._base import Language

_A = Qualifier.APPROXIMATE

# fmt: off
LANGUAGE = Language(
    code="pt",
    name="Portuguese",
    locales=("pt", "pt_BR", "pt_PT", "pt_AO", "pt_MZ"),
    cardinals=frozenset(
        "zero um uma dois duas três quatro cinco seis sete oito nove dez onze doze treze "
        "catorze quatorze quinze dezesseis dezasseis dezessete dezassete dezoito dezenove "
        "dezanove vinte trinta quarenta cinquenta sessenta setenta oitenta noventa cem "
        "cento duzentos duzentas trezentos trezentas quatrocentos quatrocentas quinhentos "
        "quinhentas seiscentos seiscentas setecentos setecentas oitocentos oitocentas "
        "novecentos novecentas".split()
    ),
    scales={
        "mil": 10**3, "milhão": 10**6, "milhões": 10**6, "milhao": 10**6, "milhoes": 10**6,
        "bilhão": 10**9, "bilhões": 10**9, "bilião": 10**12, "biliões": 10**12,
        "trilhão": 10**12, "trilhões": 10**12,
    },
    bare_scales=frozenset({"mil"}),
    one=("um",),
    half=("meio",),
    and_half=("e meio",),
    after_scale=("de",),
    connectors=("e",),
    ordinals={
        "primeiro": 1, "primeira": 1, "segundo": 2, "segunda": 2, "terceiro": 3,
        "terceira": 3, "quarto": 4, "quarta": 4, "quinto": 5, "quinta": 5, "sexto": 6,
        "sexta": 6, "sétimo": 7, "sétima": 7, "oitavo": 8, "oitava": 8, "nono": 9,
        "nona": 9, "décimo": 10, "décima": 10, "vigésimo": 20, "vigésima": 20,
        "trigésimo": 30, "trigésima": 30, "quadragésimo": 40, "quadragésima": 40,
        "quinquagésimo": 50, "quinquagésima": 50,
    },
    ordinal_suffixes=("º", "ª", "°", ".º", ".ª", "o", "a"),
    several={
        "dezenas": 10, "dúzias": 12, "centenas": 100, "milhares": 1000,
        "dezenas de milhares": 10**4,
        "centenas de milhares": 10**5, "milhões": 10**6,
    },
    collectives={
        "dezena": 10, "dúzia": 12, "duzia": 12, "vintena": 20, "centena": 100,
        "milhar": 1000,
    },
    fractions=("terços", "quintos", "sextos", "oitavos", "décimos"),
    shares=("em cada", "a cada", "de cada", "de"),
    wholes=(
        "dos", "das", "de entre os", "de entre as", "dentre os", "dentre as", "destes", "destas",
    ),
    indefinite=("um", "uma"),
    of=("de",),
    percent=("por cento",),
    hedges={
        "exatamente": Qualifier.EXACT,
        "cerca de": _A, "aproximadamente": _A, "por volta de": _A, "em torno de": _A,
        "quase": Qualifier.ALMOST,
        "pelo menos": Qualifier.AT_LEAST, "no mínimo": Qualifier.AT_LEAST,
        "mais de": Qualifier.MORE_THAN,
        "até": Qualifier.AT_MOST, "no máximo": Qualifier.AT_MOST,
        "um máximo de": Qualifier.AT_MOST, "a partir de": Qualifier.AT_LEAST,
        "menos de": Qualifier.LESS_THAN,
        "em média": Qualifier.AVERAGE, "em média de": Qualifier.AVERAGE,
        "uma média de": Qualifier.AVERAGE,
    },
    determiners=(
        "um total de", "um recorde de", "outros", "outras", "os", "as", "o", "a", "seus", "suas",
    ),
    per=("por",),
    strict_per=True,
    each=("cada",),
    time_units=frozenset("dia dias semana semanas mês meses ano anos".split()),
    months={
        "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "abril": 4, "maio": 5,
        "junho": 6, "julho": 7, "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11,
        "dezembro": 12, "jan": 1, "fev": 2, "mar": 3, "abr": 4, "jun": 6, "jul": 7,
        "ago": 8, "set": 9, "out": 10, "nov": 11, "dez": 12,
    },
    weekdays={
        "segunda-feira": 0, "terça-feira": 1, "quarta-feira": 2, "quinta-feira": 3,
        "sexta-feira": 4, "sábado": 5, "domingo": 6,
    },
    date_fillers=("de", "do", "da", "em", "na", "no", "durante"),
    day_first=True,
    between=("entre",),
    between_and=("e",),
    span_from=("de", "do", "desde", "desde o"),
    span_to=("a", "ao", "até", "até o", "até ao"),
    since=("desde", "a partir de", "a partir do", "desde o"),
    until=("até", "até o", "até ao", "até o dia", "até ao dia"),
    list_and=("e",),
    parts_of_month={
        "no início de": "early", "início de": "early", "no começo de": "early",
        "começo de": "early", "em meados de": "mid", "meados de": "mid",
        "no final de": "late", "final de": "late", "no fim de": "late", "fim de": "late",
    },
    week=("semana",),
    last=("passado", "passada"),
    next=("próximo", "próxima"),
    relative={
        "o ano passado": "last_year", "no ano passado": "last_year",
        "durante o ano passado": "last_year", "este ano": "this_year",
        "neste ano": "this_year", "o próximo ano": "next_year", "no próximo ano": "next_year",
        "o mês passado": "last_month", "no mês passado": "last_month",
        "este mês": "this_month", "ontem": "yesterday", "hoje": "today",
        "a semana passada": "last_week",
        "na semana passada": "last_week", "esta semana": "this_week", "nesta semana": "this_week",
        "na próxima semana": "next_week", "a próxima semana": "next_week",
    },
    this=("este", "esta", "neste", "nesta"),
    ago_before=("há", "faz"),
    ago_after=(),
    few=("alguns", "algumas", "poucos", "poucas", "uns", "umas"),
    units={
        "dia": "day", "dias": "day", "semana": "week", "semanas": "week", "mês": "month",
        "meses": "month", "ano": "year", "anos": "year",
    },
    inception=("desde a sua criação em", "desde sua criação em", "desde a sua fundação em"),
    day_words=("dia",),
    countries={
        "méxico": "MX", "estados unidos": "US", "eua": "US", "reino unido": "GB",
        "turquia": "TR", "rdc": "CD", "república democrática do congo": "CD",
        "costa do marfim": "CI", "países baixos": "NL", "holanda": "NL",
        "república tcheca": "CZ", "república checa": "CZ", "chéquia": "CZ",
        "rússia": "RU", "coreia do sul": "KR", "coreia do norte": "KP", "irã": "IR",
        "irão": "IR", "síria": "SY", "venezuela": "VE", "bolívia": "BO", "tanzânia": "TZ",
        "vietnã": "VN", "vietname": "VN", "palestina": "PS", "haiti": "HT",
        "brasil": "BR", "peru": "PE", "moçambique": "MZ", "cabo verde": "CV",
    },
    articles=("o", "a", "os", "as"),
)
# fmt: on
