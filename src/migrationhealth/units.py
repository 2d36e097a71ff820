"""Unit words as reports write them, read for comparison in four languages.

A figure keeps its unit as the report wrote it ("consultas médicas", "Services",
"médecins cubains"). Whether two figures can be compared or added is decided by what they
count, and this module reads a unit for that:

- case and accents are folded ("Consultas Médicas" reads as "consultas medicas");
- the words are made singular by the rules of their language ("países" as "pais",
  "hôpitaux" as "hopital", "activities" as "activity");
- the head noun is kept and qualifying words dropped: the first noun in Spanish,
  Portuguese and French ("consultas médicas individuales" is about "consultas"), the last
  noun before a preposition in English ("medical consultations", "participants from
  11 countries");
- the head is looked up in a table of known words, which gives the counted thing it
  names, the same in every language: "consultas", "consultations" and "consultas
  médicas" all name a ``consultation``.

>>> normalise_unit("consultas médicas individuales")
'consultation'
>>> normalise_unit("Consultations")
'consultation'
>>> normalise_unit("79 municipios"), normalise_unit("entidades federativas")
('municipality', 'state')
>>> normalise_unit("gatos pardos", language="es")
'gato'

A known word names a *concept*; each concept counts a kind of thing (``"people"``,
``"services"``, ``"places"``... as a :class:`~migrationhealth.Measure` does), may be a
narrower form of another (a specialist is a doctor, a doctor a health worker), and may be
*generic*: a word that stands for whatever its kind of thing the measure counts ("people",
"participants", "services", "activities"). Two units agree (:func:`units_agree`) when
they read the same, when one concept is a narrower form of the other, or when one of
them is generic for what the other counts. So "79 municipios" and "9 entidades" do not
agree (a municipality is not a state), nor "2 consultorios" and "1 farmacia"; "services"
agrees with "consultas".

The vocabulary is data: :data:`CONCEPTS`, :data:`LANGUAGES` and :data:`WORDS`. A fifth
language is a :class:`UnitLanguage` (its articles, prepositions and plural endings) and its
words, added with :func:`add_unit_words`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from functools import lru_cache

import attrs

from .errors import VocabularyError
from .model import Figure
from .quantity import Per

__all__ = [
    "CONCEPTS",
    "LANGUAGES",
    "WORDS",
    "UnitConcept",
    "UnitLanguage",
    "UnitReading",
    "add_unit_words",
    "comparable",
    "fold",
    "normalise_unit",
    "read_unit",
    "units_agree",
]


@attrs.frozen
class UnitConcept:
    """A counted thing that unit words name, whatever their language.

    ``counts`` is the kind of thing counted, in the words of
    :attr:`Measure.counts <migrationhealth.Measure>`; ``broader`` the concept this one is
    a narrower form of (a specialist is a doctor), or ``None``; ``generic`` says that the
    word stands for whatever thing of its kind a measure counts ("people" of
    participants, "services" of consultations).
    """

    counts: str
    broader: str | None = None
    generic: bool = False


@attrs.frozen
class UnitLanguage:
    """How to find the head noun of a unit in one language, and make it singular.

    ``head`` is ``"first"`` (Spanish: "consultas médicas") or ``"last"`` (English:
    "medical consultations"). ``skip`` are words never taken as the head (articles,
    quantifiers, adjectives placed before a noun, participles placed after one);
    ``stops`` end the noun phrase (prepositions: "participants *from* 11 countries").
    ``plurals`` are ``(pattern, replacement)`` regular expressions tried in order on a
    folded word: the first whose result is a known word wins, else the first that
    applies. ``participle`` is a pattern for words never taken as an English head
    ("people *served*").
    """

    head: str
    skip: frozenset[str] = frozenset()
    stops: frozenset[str] = frozenset()
    plurals: tuple[tuple[str, str], ...] = ()
    participle: str | None = None


def _set(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _c(counts: str, broader: str | None = None, *, generic: bool = False) -> UnitConcept:
    return UnitConcept(counts=counts, broader=broader, generic=generic)


CONCEPTS: dict[str, UnitConcept] = {
    # people
    "person": _c("people", generic=True),
    "participant": _c("people", "person", generic=True),
    "student": _c("people", "person", generic=True),
    "trainee": _c("people", "person", generic=True),
    "attendee": _c("people", "person", generic=True),
    "applicant": _c("people", "person", generic=True),
    "graduate": _c("people", "person", generic=True),
    "beneficiary": _c("people", "person", generic=True),
    "patient": _c("people", "person"),
    "migrant": _c("people", "person"),
    "inhabitant": _c("people", "person"),
    "volunteer": _c("people", "person"),
    "facilitator": _c("people", "person"),
    "teacher": _c("people", "person"),
    "official": _c("people", "person"),
    "worker": _c("people", "person"),
    "health_worker": _c("people", "worker"),
    "doctor": _c("people", "health_worker"),
    "specialist": _c("people", "doctor"),
    "nurse": _c("people", "health_worker"),
    "researcher": _c("people", "person"),
    "expert": _c("people", "person"),
    "child": _c("people", "person"),
    "woman": _c("people", "person"),
    "man": _c("people", "person"),
    "family": _c("households", generic=True),
    # services
    "service": _c("services", generic=True),
    "consultation": _c("services", "service"),
    "screening": _c("services", "service"),
    "vaccination": _c("services", "service"),
    "referral": _c("services", "service"),
    "treatment": _c("services", "service"),
    # events
    "event": _c("events", generic=True),
    "activity": _c("events", "event", generic=True),
    "session": _c("events", "event"),
    "workshop": _c("events", "event"),
    "course": _c("events", "event"),
    "lecture": _c("events", "event"),
    "meeting": _c("events", "event"),
    "health_fair": _c("events", "event"),
    "campaign": _c("events", "event"),
    "brigade": _c("events", "event"),
    # places
    "place": _c("places", generic=True),
    "municipality": _c("places", "place"),
    "city": _c("places", "place"),
    "locality": _c("places", "place"),
    "community": _c("places", "place"),
    "state": _c("places", "place"),
    "province": _c("places", "place"),
    "department": _c("places", "place"),
    "region": _c("places", "place"),
    "district": _c("places", "place"),
    "county": _c("places", "place"),
    "country": _c("countries", generic=True),
    "member_state": _c("countries", "country"),
    # places that give services
    "service_point": _c("service_points", generic=True),
    "clinic": _c("service_points", "service_point"),
    "mobile_clinic": _c("service_points", "service_point"),
    "health_centre": _c("service_points", "service_point"),
    "hospital": _c("service_points", "service_point"),
    "pharmacy": _c("service_points", "service_point"),
    "consulting_room": _c("service_points", "service_point"),
    "health_window": _c("service_points", "service_point"),
    # organisations
    "organisation": _c("organisations", generic=True),
    "agency": _c("organisations", "organisation"),
    "institution": _c("organisations", "organisation"),
    # time, distance and the rest
    "year": _c("time"),
    "month": _c("time"),
    "week": _c("time"),
    "day": _c("time"),
    "hour": _c("time"),
    "decade": _c("time"),
    "kilometre": _c("distance"),
    "mile": _c("distance"),
    "metre": _c("distance"),
    "percent": _c("percent", generic=True),
    "edition": _c("editions", generic=True),
    "theme": _c("themes", generic=True),
}
"""Every concept a unit word can name, by its (English, singular) name."""


LANGUAGES: dict[str, UnitLanguage] = {
    "en": UnitLanguage(
        head="last",
        skip=_set(
            "the a an more than new other some about almost over nearly around total "
            "million millions thousand thousands hundred hundreds additional"
        ),
        stops=_set(
            "of from in for with per at on by to across who that which aged among "
            "between during under"
        ),
        plurals=(
            (r"(?<=..)ies$", "y"),
            (r"(?<=..)(ch|sh|ss|x)es$", r"\1"),
            (r"(?<=..)(?<![su])s$", ""),
        ),
        participle=r"..ed$",
    ),
    "es": UnitLanguage(
        head="first",
        skip=_set(
            "el la los las un una unos unas mas de del otro otra otros otras nuevo nueva "
            "nuevos nuevas primer primera primeros primeras diferentes distintos distintas "
            "diversos diversas varios varias mil millon millones cerca casi alrededor total "
            "algunos algunas sus"
        ),
        stops=_set("de del en para por con a al entre desde que"),
        plurals=(
            (r"(?<=..)ces$", "z"),
            (r"(?<=..)iones$", "ion"),
            (r"(?<=..)([lrndjy])es$", r"\1"),
            (r"(?<=..)s$", ""),
            (r"(?<=..)ses$", "s"),
        ),
    ),
    "pt": UnitLanguage(
        head="first",
        skip=_set(
            "o a os as um uma uns umas mais de do da dos das outro outra outros outras "
            "novo nova novos novas diversos diversas varios varias mil milhao milhoes "
            "cerca quase total alguns algumas seus suas"
        ),
        stops=_set("de do da dos das em no na nos nas para por com entre desde que"),
        plurals=(
            (r"(?<=..)(oe|ae)s$", "ao"),
            (r"(?<=..)ais$", "al"),
            (r"(?<=..)eis$", "el"),
            (r"(?<=..)ns$", "m"),
            (r"(?<=..)res$", "r"),
            (r"(?<=..)s$", ""),
            (r"(?<=..)ses$", "s"),
        ),
    ),
    "fr": UnitLanguage(
        head="first",
        skip=_set(
            "le la les l un une des du de d plus nouveau nouveaux nouvelle nouvelles autre "
            "autres differents differentes divers diverses plusieurs mille million millions "
            "pres environ total quelques leurs"
        ),
        stops=_set("de du des d en dans pour par avec a au aux entre depuis qui"),
        plurals=(
            (r"(?<=..)eaux$", "eau"),
            (r"(?<=..)aux$", "al"),
            (r"(?<=..)eux$", "eu"),
            (r"(?<=..)s$", ""),
            (r"(?<=..)x$", ""),
        ),
    ),
}
"""How each language places its head noun and makes words singular, by language tag."""


WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "person": ("person", "people", "individual"),
        "participant": ("participant",),
        "student": ("student",),
        "trainee": ("trainee",),
        "attendee": ("attendee",),
        "applicant": ("applicant", "candidate"),
        "graduate": ("graduate",),
        "beneficiary": ("beneficiary",),
        "patient": ("patient",),
        "migrant": ("migrant",),
        "inhabitant": ("inhabitant", "resident"),
        "volunteer": ("volunteer",),
        "facilitator": ("facilitator", "trainer", "instructor", "tutor"),
        "teacher": ("teacher",),
        "official": ("official", "officer", "civil servant"),
        "worker": ("worker",),
        "health_worker": (
            "health worker",
            "health care worker",
            "healthcare worker",
            "health professional",
            "health personnel",
            "health staff",
        ),
        "doctor": ("doctor", "physician"),
        "specialist": ("specialist",),
        "nurse": ("nurse",),
        "researcher": ("researcher",),
        "expert": ("expert",),
        "child": ("child", "children"),
        "woman": ("woman", "women"),
        "man": ("man", "men"),
        "family": ("family", "household"),
        "service": ("service",),
        "consultation": ("consultation", "medical consultation"),
        "screening": ("screening", "test", "check up"),
        "vaccination": ("vaccination", "vaccine", "dose"),
        "referral": ("referral",),
        "treatment": ("treatment",),
        "event": ("event",),
        "activity": ("activity",),
        "session": ("session", "class"),
        "workshop": ("workshop",),
        "course": ("course",),
        "lecture": ("lecture", "talk"),
        "meeting": ("meeting",),
        "health_fair": ("fair", "health fair"),
        "campaign": ("campaign",),
        "brigade": ("brigade",),
        "place": ("place",),
        "municipality": ("municipality",),
        "city": ("city", "town"),
        "locality": ("locality",),
        "community": ("community",),
        "state": ("state",),
        "province": ("province",),
        "department": ("department",),
        "region": ("region",),
        "district": ("district",),
        "county": ("county",),
        "country": ("country", "nation"),
        "member_state": ("member state",),
        "service_point": ("service point",),
        "clinic": ("clinic",),
        "mobile_clinic": ("mobile clinic", "mobile unit"),
        "health_centre": ("health centre", "health center"),
        "hospital": ("hospital",),
        "pharmacy": ("pharmacy",),
        "consulting_room": ("consulting room",),
        "health_window": ("health window",),
        "organisation": ("organisation", "organization"),
        "agency": ("agency",),
        "institution": ("institution",),
        "year": ("year",),
        "month": ("month",),
        "week": ("week",),
        "day": ("day",),
        "hour": ("hour",),
        "decade": ("decade",),
        "kilometre": ("kilometre", "kilometer", "km"),
        "mile": ("mile",),
        "metre": ("metre", "meter"),
        "percent": ("percent", "per cent", "percentage", "percentage point"),
        "edition": ("edition",),
        "theme": ("theme", "module", "topic"),
    },
    "es": {
        "person": ("persona", "individuo"),
        "participant": ("participante",),
        "student": ("estudiante", "alumno", "alumna"),
        "applicant": ("aspirante", "solicitante", "postulante", "candidato"),
        "graduate": ("egresado", "graduado"),
        "beneficiary": ("beneficiario", "derechohabiente"),
        "patient": ("paciente",),
        "migrant": ("migrante",),
        "inhabitant": ("habitante", "residente"),
        "volunteer": ("voluntario",),
        "facilitator": ("facilitador", "capacitador", "instructor", "tutor"),
        "teacher": ("docente", "profesor", "maestro"),
        "official": ("funcionario", "servidor publico"),
        "worker": ("trabajador",),
        "health_worker": (
            "trabajador de la salud",
            "trabajador de salud",
            "trabajador sanitario",
            "personal de salud",
            "personal de la salud",
            "profesional de la salud",
            "profesional de salud",
        ),
        "doctor": ("medico", "medica"),
        "specialist": ("especialista",),
        "nurse": ("enfermero", "enfermera"),
        "researcher": ("investigador",),
        "expert": ("experto",),
        "child": ("nino", "nina"),
        "woman": ("mujer",),
        "man": ("hombre",),
        "family": ("familia", "hogar"),
        "service": ("servicio", "atencion"),
        "consultation": ("consulta",),
        "screening": ("tamizaje", "deteccion", "prueba", "examen", "chequeo"),
        "vaccination": ("vacunacion", "vacuna", "dosis"),
        "referral": ("referencia", "canalizacion", "derivacion"),
        "treatment": ("tratamiento",),
        "event": ("evento", "jornada"),
        "activity": ("actividad",),
        "session": ("sesion", "clase"),
        "workshop": ("taller",),
        "course": ("curso",),
        "lecture": ("conferencia", "platica", "charla"),
        "meeting": ("reunion",),
        "health_fair": ("feria", "feria de salud", "feria de la salud"),
        "campaign": ("campana",),
        "brigade": ("brigada",),
        "place": ("lugar",),
        "municipality": ("municipio", "alcaldia"),
        "city": ("ciudad",),
        "locality": ("localidad",),
        "community": ("comunidad",),
        "state": ("estado", "entidad", "entidad federativa"),
        "province": ("provincia",),
        "department": ("departamento",),
        "region": ("region",),
        "district": ("distrito",),
        "county": ("condado",),
        "country": ("pais", "nacion"),
        "member_state": ("estado miembro",),
        "service_point": ("punto de atencion", "punto de servicio"),
        "clinic": ("clinica",),
        "mobile_clinic": ("clinica movil", "unidad movil"),
        "health_centre": ("centro de salud",),
        "hospital": ("hospital",),
        "pharmacy": ("farmacia",),
        "consulting_room": ("consultorio",),
        "health_window": ("ventanilla", "ventanilla de salud"),
        "organisation": ("organizacion", "organismo"),
        "agency": ("agencia",),
        "institution": ("institucion", "dependencia"),
        "year": ("ano",),
        "month": ("mes",),
        "week": ("semana",),
        "day": ("dia",),
        "hour": ("hora",),
        "decade": ("decada",),
        "kilometre": ("kilometro", "km"),
        "mile": ("milla",),
        "metre": ("metro",),
        "percent": ("por ciento", "porcentaje"),
        "edition": ("edicion",),
        "theme": ("tema", "modulo", "eje tematico"),
    },
    "pt": {
        "person": ("pessoa", "individuo"),
        "participant": ("participante",),
        "student": ("estudante", "aluno", "aluna"),
        "applicant": ("candidato", "inscrito"),
        "graduate": ("formado", "egresso"),
        "beneficiary": ("beneficiario",),
        "patient": ("paciente",),
        "migrant": ("migrante",),
        "inhabitant": ("habitante", "morador", "residente"),
        "volunteer": ("voluntario",),
        "facilitator": ("facilitador", "formador", "instrutor", "tutor"),
        "teacher": ("professor", "docente"),
        "official": ("funcionario", "servidor"),
        "worker": ("trabalhador",),
        "health_worker": ("trabalhador de saude", "profissional de saude", "agente de saude"),
        "doctor": ("medico", "medica"),
        "specialist": ("especialista",),
        "nurse": ("enfermeiro", "enfermeira"),
        "researcher": ("pesquisador", "investigador"),
        "child": ("crianca",),
        "woman": ("mulher",),
        "man": ("homem",),
        "family": ("familia",),
        "service": ("servico", "atendimento"),
        "consultation": ("consulta",),
        "screening": ("triagem", "teste", "exame", "rastreio"),
        "vaccination": ("vacinacao", "vacina", "dose"),
        "referral": ("encaminhamento",),
        "treatment": ("tratamento",),
        "event": ("evento",),
        "activity": ("atividade",),
        "session": ("sessao", "aula"),
        "workshop": ("oficina",),
        "course": ("curso",),
        "lecture": ("palestra",),
        "meeting": ("reuniao",),
        "health_fair": ("feira", "feira de saude"),
        "campaign": ("campanha", "mutirao"),
        "brigade": ("brigada",),
        "place": ("lugar", "local"),
        "municipality": ("municipio",),
        "city": ("cidade",),
        "locality": ("localidade",),
        "community": ("comunidade",),
        "state": ("estado",),
        "province": ("provincia",),
        "department": ("departamento",),
        "region": ("regiao",),
        "district": ("distrito",),
        "country": ("pais",),
        "member_state": ("estado membro",),
        "service_point": ("posto",),
        "health_centre": ("posto de saude", "centro de saude", "unidade basica de saude"),
        "clinic": ("clinica",),
        "mobile_clinic": ("clinica movel", "unidade movel"),
        "hospital": ("hospital",),
        "pharmacy": ("farmacia",),
        "consulting_room": ("consultorio",),
        "organisation": ("organizacao", "organismo", "entidade"),
        "agency": ("agencia",),
        "institution": ("instituicao",),
        "year": ("ano",),
        "month": ("mes",),
        "week": ("semana",),
        "day": ("dia",),
        "hour": ("hora",),
        "decade": ("decada",),
        "kilometre": ("quilometro", "km"),
        "mile": ("milha",),
        "metre": ("metro",),
        "percent": ("por cento", "porcentagem", "percentual"),
        "edition": ("edicao",),
        "theme": ("tema", "modulo"),
    },
    "fr": {
        "person": ("personne", "individu"),
        "participant": ("participant", "participante"),
        "student": ("etudiant", "etudiante", "eleve", "apprenant"),
        "trainee": ("stagiaire",),
        "applicant": ("candidat",),
        "graduate": ("diplome",),
        "beneficiary": ("beneficiaire",),
        "patient": ("patient",),
        "migrant": ("migrant",),
        "inhabitant": ("habitant", "resident"),
        "volunteer": ("benevole", "volontaire"),
        "facilitator": ("facilitateur", "formateur", "animateur"),
        "teacher": ("enseignant", "professeur"),
        "official": ("fonctionnaire",),
        "worker": ("travailleur",),
        "health_worker": (
            "agent de sante",
            "professionnel de sante",
            "personnel de sante",
            "soignant",
        ),
        "doctor": ("medecin",),
        "specialist": ("specialiste",),
        "nurse": ("infirmier", "infirmiere"),
        "researcher": ("chercheur",),
        "expert": ("expert",),
        "child": ("enfant",),
        "woman": ("femme",),
        "man": ("homme",),
        "family": ("famille", "menage"),
        "service": ("service", "prestation", "soin"),
        "consultation": ("consultation",),
        "screening": ("depistage", "test", "examen"),
        "vaccination": ("vaccination", "vaccin", "dose"),
        "referral": ("orientation", "reference"),
        "treatment": ("traitement",),
        "event": ("evenement", "journee"),
        "activity": ("activite",),
        "session": ("seance", "session"),
        "workshop": ("atelier",),
        "course": ("cours",),
        "lecture": ("conference",),
        "meeting": ("reunion",),
        "health_fair": ("foire", "salon de sante", "foire de sante"),
        "campaign": ("campagne",),
        "brigade": ("brigade",),
        "place": ("lieu",),
        "municipality": ("commune", "municipalite"),
        "city": ("ville",),
        "locality": ("localite",),
        "community": ("communaute",),
        "state": ("etat",),
        "province": ("province",),
        "department": ("departement",),
        "region": ("region",),
        "district": ("district",),
        "country": ("pays",),
        "member_state": ("etat membre",),
        "service_point": ("point de service",),
        "clinic": ("clinique",),
        "mobile_clinic": ("clinique mobile", "unite mobile"),
        "health_centre": ("centre de sante",),
        "hospital": ("hopital",),
        "pharmacy": ("pharmacie",),
        "consulting_room": ("cabinet",),
        "organisation": ("organisation", "organisme"),
        "agency": ("agence",),
        "institution": ("institution",),
        "year": ("an", "annee"),
        "month": ("mois",),
        "week": ("semaine",),
        "day": ("jour",),
        "hour": ("heure",),
        "decade": ("decennie",),
        "kilometre": ("kilometre", "km"),
        "mile": ("mille",),
        "metre": ("metre",),
        "percent": ("pour cent", "pourcentage"),
        "edition": ("edition",),
        "theme": ("theme", "module"),
    },
}
"""The unit words each language knows, by the concept they name.

Words are written as in the language, in the singular (irregular plurals listed too); case
and accents do not matter, since words are folded before they are compared.
"""

_TOKEN = re.compile(r"[^\W\d_]+|%")
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae"})


def fold(text: str) -> str:
    """``text`` in lower case without accents: ``"Médecins Cubains"`` as ``"medecins cubains"``.

    >>> fold("Consultas Médicas")
    'consultas medicas'
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


@attrs.frozen
class _Lexicon:
    """One language's words, folded: single words and phrases (tuples of singular words)."""

    words: dict[str, str]
    phrases: dict[tuple[str, ...], str]
    known: frozenset[str]


def _singular(word: str, language: UnitLanguage, known: Iterable[str] | frozenset[str]) -> str:
    """``word`` made singular: the first rule whose result is known, else the first rule."""
    if word in known:
        return word
    first: str | None = None
    for pattern, replacement in language.plurals:
        candidate, count = re.subn(pattern, replacement, word)
        if count:
            if candidate in known:
                return candidate
            if first is None:
                first = candidate
    return word if first is None else first


_LEXICONS: dict[str, _Lexicon] = {}


def _build(tag: str) -> _Lexicon:
    language = LANGUAGES[tag]
    single: dict[str, str] = {}
    multi: list[tuple[list[str], str]] = []
    entries = [(w, concept) for concept, ws in WORDS.get(tag, {}).items() for w in ws]
    for written, concept in entries:
        tokens = _TOKEN.findall(fold(written))
        if len(tokens) == 1:
            single[tokens[0]] = concept
        elif tokens:
            multi.append((tokens, concept))
    if tag == "en":
        for name in CONCEPTS:
            tokens = name.split("_")
            if len(tokens) == 1:
                single.setdefault(name, name)
            else:
                multi.append((tokens, name))
    known = frozenset(single) | language.skip | language.stops
    phrases = {
        tuple(_singular(token, language, known) for token in tokens): concept
        for tokens, concept in multi
    }
    return _Lexicon(words=single, phrases=phrases, known=known)


def _lexicon(tag: str) -> _Lexicon:
    found = _LEXICONS.get(tag)
    if found is None:
        found = _LEXICONS[tag] = _build(tag)
    return found


@attrs.frozen
class UnitReading:
    """How a unit word was read: its head noun, and the concept that names, if known.

    ``normalised`` is the concept's name when the word is known, else the head noun,
    folded and singular; ``language`` is the language whose rules read it.
    """

    text: str
    normalised: str
    concept: str | None
    language: str | None

    @property
    def counts(self) -> str | None:
        """What the concept counts (``"people"``, ``"services"``...), or ``None`` if unknown."""
        return None if self.concept is None else CONCEPTS[self.concept].counts

    @property
    def generic(self) -> bool:
        """Whether the word stands for whatever thing of its kind a measure counts."""
        return self.concept is not None and CONCEPTS[self.concept].generic


def _primary(language: str | None) -> str | None:
    if language is None:
        return None
    tag = language.split("-")[0].split("_")[0].lower()
    return tag if tag in LANGUAGES else None


def _read_in(tokens: list[str], tag: str) -> tuple[str, str | None]:
    """The head of ``tokens`` by the rules of ``tag``, and its concept if known."""
    language, lexicon = LANGUAGES[tag], _lexicon(tag)
    words = [_singular(token, language, lexicon.known) for token in tokens]
    if language.head == "last":
        span: list[str] = []
        for word in words:
            if word in language.stops and span:
                break
            span.append(word)
        content = [
            i
            for i, word in enumerate(span)
            if word not in language.skip
            and word not in language.stops
            and not (
                language.participle is not None
                and word not in lexicon.words
                and re.search(language.participle, word)
            )
        ]
        if not content:
            return (span[-1] if span else words[-1]), None
        end = content[-1] + 1
        for start in range(end - 1):
            concept = lexicon.phrases.get(tuple(span[start:end]))
            if concept is not None:
                return concept, concept
        head = span[content[-1]]
    else:
        content = [i for i, w in enumerate(words) if w not in language.skip]
        if not content:
            return words[0], None
        start = content[0]
        for end in range(len(words), start + 1, -1):
            concept = lexicon.phrases.get(tuple(words[start:end]))
            if concept is not None:
                return concept, concept
        head = words[start]
    concept = lexicon.words.get(head)
    return (concept, concept) if concept is not None else (head, None)


def _score(tokens: list[str], tag: str) -> int:
    language, lexicon = LANGUAGES[tag], _lexicon(tag)
    return sum(_singular(token, language, lexicon.known) in lexicon.known for token in tokens)


@lru_cache(maxsize=4096)
def read_unit(text: str, language: str | None = None) -> UnitReading:
    """Read a unit word for comparison (see the module documentation).

    ``language`` is the language tag of the report (``"es"``, ``"pt-BR"``); when it is
    ``None``, unknown, or its rules find no known word, the language whose words the unit
    uses most is tried (English first on a tie).

    >>> read_unit("médecins cubains").concept
    'doctor'
    >>> read_unit("people served").counts
    'people'
    """
    tokens = _TOKEN.findall(fold(text))
    if not tokens:
        return UnitReading(text=text, normalised=fold(text), concept=None, language=None)
    if tokens == ["%"]:
        return UnitReading(text=text, normalised="percent", concept="percent", language=None)
    tokens = [t for t in tokens if t != "%"] or tokens
    given = _primary(language)
    if given is not None:
        normalised, concept = _read_in(tokens, given)
        if concept is not None:
            return UnitReading(text=text, normalised=normalised, concept=concept, language=given)
    order = sorted(LANGUAGES, key=lambda tag: -_score(tokens, tag))
    for tag in order:
        found, concept = _read_in(tokens, tag)
        if concept is not None:
            return UnitReading(text=text, normalised=found, concept=concept, language=tag)
    tag = given or order[0]
    normalised, _ = _read_in(tokens, tag)
    return UnitReading(text=text, normalised=normalised, concept=None, language=tag)


def normalise_unit(text: str, language: str | None = None) -> str:
    """The form of a unit word used to compare it: a concept's name, or its head noun.

    Case, accents and plurals are folded and qualifying words dropped; a word the
    library knows, in English, Spanish, Portuguese or French, becomes the concept it
    names, the same in every language.

    >>> [normalise_unit(u) for u in ("actividades", "activities", "atividades", "activités")]
    ['activity', 'activity', 'activity', 'activity']
    """
    return read_unit(text, language).normalised


def _ancestors(concept: str) -> list[str]:
    chain = [concept]
    seen = {concept}
    broader = CONCEPTS[concept].broader
    while broader is not None and broader not in seen:
        chain.append(broader)
        seen.add(broader)
        broader = CONCEPTS[broader].broader
    return chain


def units_agree(
    first: str,
    second: str,
    *,
    counts: str | None = None,
    languages: tuple[str | None, str | None] = (None, None),
) -> bool:
    """Whether two unit words name the same counted thing, for comparing or adding.

    They agree when they read the same (:func:`normalise_unit`); when one names a
    narrower form of the other ("specialists" and "doctors"); when one is generic and
    both count the same kind of thing ("services" and "consultas"); and when one is
    unknown and the other is generic for ``counts``, the kind of thing the measure counts
    ("people" and "promotoras" of a measure that counts people).

    >>> units_agree("79 municipios", "9 entidades")
    False
    >>> units_agree("consultorios", "farmacia")
    False
    >>> units_agree("services", "consultas médicas")
    True
    """
    a, b = read_unit(first, languages[0]), read_unit(second, languages[1])
    if a.normalised == b.normalised:
        return True
    if a.concept is not None and b.concept is not None:
        if a.concept in _ancestors(b.concept) or b.concept in _ancestors(a.concept):
            return True
        return (a.generic or b.generic) and a.counts == b.counts
    known = a if a.concept is not None else b
    return known.concept is not None and known.generic and known.counts == counts


def _per_agrees(first: Per | None, second: Per | None) -> bool:
    if first is None or second is None:
        return first is second
    return first.amount == second.amount and units_agree(first.unit, second.unit)


def comparable(
    first: Figure,
    second: Figure,
    *,
    languages: tuple[str | None, str | None] = (None, None),
) -> bool:
    """Whether two figures count the same kind of thing in units that agree.

    The measures are the same, or count the same kind of thing (consultations and
    services both count services); the units agree by :func:`units_agree` for what the
    measure counts; and both are per the same amount of units that agree, or neither is a
    rate. Units of time are not converted here: "2 decades" and "25 years" are not
    comparable as numbers. ``languages`` are the language tags of the two figures'
    reports, where known.
    """
    if first.measure is not second.measure and first.measure.counts != second.measure.counts:
        return False
    if not _per_agrees(first.quantity.per, second.quantity.per):
        return False
    return units_agree(
        first.quantity.unit,
        second.quantity.unit,
        counts=first.measure.counts,
        languages=languages,
    )


def add_unit_words(
    language: str,
    words: Mapping[str, Iterable[str]],
    *,
    rules: UnitLanguage | None = None,
    concepts: Mapping[str, UnitConcept] | None = None,
) -> None:
    """Teach the library more unit words: of a known language, or of a new one with ``rules``.

    ``words`` maps a concept's name to words that name it, as :data:`WORDS` does;
    ``concepts`` declares new concepts first. Declarations hold for the whole process.
    Raises :class:`~migrationhealth.errors.VocabularyError` for a word whose concept is
    unknown, a concept declared again differently, or a new language without ``rules``.
    """
    new_concepts = dict(concepts or {})
    for name, concept in new_concepts.items():
        if not isinstance(concept, UnitConcept):
            raise VocabularyError(f"concept {name!r}: expected a UnitConcept, got {concept!r}")
        if name in CONCEPTS and CONCEPTS[name] != concept:
            raise VocabularyError(
                f"concept {name!r} is already {CONCEPTS[name]}; it cannot become {concept}"
            )
    tag = language.lower()
    if rules is None and tag not in LANGUAGES:
        raise VocabularyError(
            f"language {language!r} is not known ({', '.join(sorted(LANGUAGES))}); "
            "give its rules as a UnitLanguage"
        )
    listed = {name: tuple(written) for name, written in words.items()}
    for name, written in listed.items():
        if name not in CONCEPTS and name not in new_concepts:
            raise VocabularyError(
                f"unit words {written!r} ({language}): unknown concept {name!r}; "
                "declare it in concepts="
            )
    CONCEPTS.update(new_concepts)
    if rules is not None:
        LANGUAGES[tag] = rules
    known = WORDS.setdefault(tag, {})
    for name, written in listed.items():
        known[name] = (*known.get(name, ()), *written)
    _LEXICONS.clear()
    read_unit.cache_clear()
