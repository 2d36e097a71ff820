"""A deterministic synthetic dataset in migrationhealth's JSON format, at any size.

It is shaped like a national programme's records: a pool of sources and organisations,
and programmes of three families in realistic proportions:

- training programmes (diplomas, certifications, workshop series; 55 %) with one to
  three cohorts, each with an admission funnel, breakdowns by country or track whose
  parts sum to their total (a few do not), and sometimes a sub-group;
- service programmes (health weeks, consular service-point networks; 35 %) with monthly
  service statistics by country;
- workforce agreements and policies (10 %) with a few figures of their own.

About a quarter of the figures are hedged (approximate, almost, at least, more than, at
most, less than, average, several), a few are rates with a decimal value ("2.4 doctors
per 1,000 inhabitants"), most carry a period, 98 in 100 a citation with a quote that
contains the number as printed, a quarter of those a speaker. Most records are
consistent, and a few percent carry the problems validation looks for (hedges that
break a funnel or a breakdown, a period outside its programme, a source dated before
what it reports, a missing citation), as real compilations do. The same ``figures`` and
``seed`` always give the same text, which is canonical: ``dumps(loads(text)) == text``.
"""

from __future__ import annotations

import json
import random
from typing import Any

__all__ = ["dataset_text", "make_document"]

Node = dict[str, Any]

_COUNTRIES = (
    "MX", "US", "CL", "SV", "GT", "HN", "CO", "PE", "VE", "EC", "BO", "AR",
    "BR", "CR", "PA", "NI", "DO", "HT", "CU", "ES", "CA", "PY", "UY", "BZ",
)  # fmt: skip
_PLACES = (
    "Antofagasta", "Santiago", "Mexico City", "Tijuana", "San Salvador", "Los Angeles",
    "Chicago", "Houston", "Guatemala City", "Tapachula", "Arica", "Iquique", "Bogotá",
    "Lima", "Cúcuta", "Quito", "Monterrey", "Ciudad Juárez", "Valparaíso", "Tegucigalpa",
)  # fmt: skip
_THEMES = (
    "migration and health", "trafficking in persons", "gender-based violence",
    "mental health", "human rights", "primary care", "maternal health", "vaccination",
    "occupational health", "intercultural care",
)  # fmt: skip
_ORG_KINDS = (
    "ministry", "public_health_institute", "university", "un_agency", "ngo", "fund",
    "consular_network", "government", "intergovernmental", "social_security",
)  # fmt: skip
_ROLES = (
    "promoter", "funder", "implementer", "academic_coordinator", "host",
    "technical_partner", "operational_partner", "certifying_body", "partner",
)  # fmt: skip
_TRAINING = ("diploma", "certification", "workshop_series")
_SERVICE = ("service_campaign", "service_point_network")
_OTHER = ("workforce_agreement", "policy")
_FUNNEL = ("applicants", "selected", "enrolled", "participants", "completed", "certified")
_SERVICE_MEASURES = (
    ("services", "services", "were provided"),
    ("people_served", "people", "were served"),
    ("target_population", "people", "make up the population to be reached"),
    ("sessions", "sessions", "were held"),
)
_PROGRAMME_MEASURES = (
    ("health_workers", "doctors", "will join"),
    ("trained", "people", "were trained"),
    ("sessions", "sessions", "were held"),
    ("people_served", "people", "were served"),
    ("target_population", "people", "are to be reached"),
    ("services", "services", "were provided"),
)
_HEDGES = (
    # qualifier, weight in a thousand, how a report prints it
    ("approximate", 90, "about"),
    ("almost", 35, "almost"),
    ("at_least", 30, "at least"),
    ("more_than", 45, "more than"),
    ("at_most", 15, "up to"),
    ("less_than", 10, "fewer than"),
    ("average", 25, "an average of"),
    ("several", 5, "several"),
)
_VERBS = ("said", "reported", "announced", "stated", "explained", "noted")
_POSITIONS = ("Minister of Health", "Director", "Head of Mission", "Consul General",
              "Programme Coordinator", "Undersecretary of Public Health")  # fmt: skip
_FIRST = ("Ana", "Luis", "María", "José", "Carmen", "Jorge", "Rosa", "Pedro", "Lucía", "Raúl")
_LAST = ("González", "Rodríguez", "Hernández", "López", "Martínez", "Pérez", "Sánchez",
         "Ramírez", "Torres", "Flores", "Rivera", "Gómez")  # fmt: skip


class _Budget:
    """How many figures may still be made; generation stops exactly at the target."""

    def __init__(self, figures: int) -> None:
        self.left = figures

    def take(self) -> bool:
        if self.left <= 0:
            return False
        self.left -= 1
        return True


class _Maker:
    """Draws every record from one seeded generator, so the output is reproducible."""

    def __init__(self, figures: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.budget = _Budget(figures)
        self.n_sources = max(4, figures // 60)
        self.n_organisations = max(4, figures // 250)
        self.hedge_table: list[tuple[str, str]] = []
        for qualifier, weight, words in _HEDGES:
            self.hedge_table += [(qualifier, words)] * weight
        self.hedge_table += [("exact", "")] * (1000 - len(self.hedge_table))

    # Small pieces -----------------------------------------------------------------------

    def source_id(self) -> str:
        return f"src-{self.rng.randrange(self.n_sources):06d}"

    def organisation_id(self) -> str:
        return f"org-{self.rng.randrange(self.n_organisations):05d}"

    def year(self) -> int:
        return self.rng.randint(2005, 2024)

    def period(self, year: int | None = None) -> str:
        rng = self.rng
        year = self.year() if year is None else year
        shape = rng.random()
        if shape < 0.35:
            month = rng.randint(1, 12)
            return f"{year:04d}-{month:02d}/{year:04d}-{month:02d}"
        if shape < 0.65:
            start = rng.randint(1, 10)
            return f"{year:04d}-{start:02d}/{year:04d}-{rng.randint(start, 12):02d}"
        if shape < 0.85:
            month = rng.randint(1, 11)
            return (
                f"{year:04d}-{month:02d}-{rng.randint(1, 28):02d}/"
                f"{year:04d}-{month + 1:02d}-{rng.randint(1, 28):02d}"
            )
        if shape < 0.95:
            return f"{year:04d}/{year:04d}"
        if shape < 0.98:
            return f"--{rng.randint(1, 6):02d}-{rng.randint(1, 28):02d}/--{rng.randint(7, 12):02d}"
        return f"{year:04d}/.."

    def speaker(self) -> Node:
        rng = self.rng
        node: Node = {"name": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}"}
        if rng.random() < 0.8:
            node["position"] = rng.choice(_POSITIONS)
        if rng.random() < 0.7:
            node["organisation"] = self.organisation_id()
        return node

    def citation(self, quote: str) -> Node:
        node: Node = {"quote": quote, "source": self.source_id()}
        if self.rng.random() < 0.25:
            node["speaker"] = self.speaker()
        return node

    def dated(self, period: str, quote: str) -> Node:
        """A record's cited period: a quote four times in five."""
        node: Node = {"period": period}
        if self.rng.random() < 0.8:
            node["citation"] = self.citation(quote)
        return node

    def figure(
        self, fid: str, measure: str, value: int, unit: str, phrase: str, *, period: str | None
    ) -> Node:
        """A whole-number figure, hedged a quarter of the time, cited nine times in ten."""
        rng = self.rng
        qualifier, words = rng.choice(self.hedge_table)
        if qualifier == "several":
            value = rng.choice((10, 100, 1000))
        quantity: Node = {"unit": unit, "value": value}
        if qualifier != "exact":
            quantity["qualifier"] = qualifier
        node: Node = {"id": fid, "measure": measure, "quantity": quantity}
        if period is not None:
            node["period"] = period
        if rng.random() < 0.98:
            printed = f"{value:,}" if qualifier != "several" else f"{value:,}s of"
            hedge = f"{words} " if words else ""
            quote = f"{hedge}{printed} {unit} {phrase}, {rng.choice(_VERBS)} the office"
            node["citation"] = self.citation(quote)
        if rng.random() < 0.05:
            node["planned"] = "target"
        if rng.random() < 0.03:
            node["note"] = "figure taken from the annual report's summary table"
        return node

    def rate(self, fid: str, period: str | None) -> Node:
        """A decimal rate: "2.4 doctors per 1,000 inhabitants"."""
        rng = self.rng
        value = rng.randint(5, 60) / 10
        quantity: Node = {
            "per": {"amount": 1000, "unit": "inhabitants"},
            "unit": "doctors",
            "value": value,
        }
        node: Node = {"id": fid, "measure": "health_worker_density", "quantity": quantity}
        if period is not None:
            node["period"] = period
        node["citation"] = self.citation(f"{value} doctors per 1,000 inhabitants")
        return node

    # Records ----------------------------------------------------------------------------

    def source(self, index: int) -> Node:
        rng = self.rng
        node: Node = {
            "id": f"src-{index:06d}",
            "title": f"Health ministry bulletin no. {index}: migrant health services update",
        }
        if rng.random() < 0.9:
            node["publisher"] = rng.choice(
                ("Secretariat of Health", "Ministry of Health", "IOM", "PAHO", "IMSS-Bienestar")
            )
        if rng.random() < 0.85:
            # Most bulletins report after the fact; a few are dated before what they report.
            year, month = (2025 if rng.random() < 0.97 else self.year()), rng.randint(1, 12)
            node["published"] = (
                f"{year:04d}-{month:02d}-{rng.randint(1, 28):02d}"
                if rng.random() < 0.7
                else f"{year:04d}-{month:02d}"
            )
        if rng.random() < 0.8:
            node["url"] = f"https://example.org/bulletins/{index}"
        if rng.random() < 0.5:
            # The quotes are written in English, and MH402 reads them in their language.
            node["language"] = rng.choice(("en-US", "en"))
        return node

    def organisation(self, index: int) -> Node:
        rng = self.rng
        oid = f"org-{index:05d}"
        node: Node = {
            "id": oid,
            "kind": rng.choice(_ORG_KINDS),
            "name": f"Organisation {index} for Health and Migration",
        }
        if rng.random() < 0.5:
            node["acronym"] = f"OHM{index}"
        if rng.random() < 0.85:
            node["country"] = rng.choice(_COUNTRIES)
        figures = []
        if rng.random() < 0.1 and self.budget.take():
            count = rng.randint(10, 190)
            figures.append(
                self.figure(
                    f"{oid}.f0", "member_states", count, "member states", "belong", period=None
                )
            )
        if figures:
            node["figures"] = figures
        return node

    def programme(self, index: int) -> Node:
        rng = self.rng
        pid = f"prog-{index:06d}"
        family = rng.random()
        kind = (
            rng.choice(_TRAINING)
            if family < 0.55
            else rng.choice(_SERVICE)
            if family < 0.9
            else rng.choice(_OTHER)
        )
        year = self.year()
        countries = sorted(rng.sample(_COUNTRIES, rng.randint(1, 3)))
        node: Node = {
            "countries": countries,
            "id": pid,
            "kind": kind,
            "title": f"Programme {index}: {rng.choice(_THEMES)} ({kind.replace('_', ' ')})",
        }
        if rng.random() < 0.8:
            node["status"] = rng.choice(("planned", "under_way", "completed", "completed"))
        if rng.random() < 0.6:
            node["themes"] = rng.sample(_THEMES, rng.randint(1, 3))
        if rng.random() < 0.6:
            node["places"] = rng.sample(_PLACES, rng.randint(1, 2))
        # Most programmes run the year their records fall in; a few are dated more narrowly.
        period = f"{year:04d}/{year:04d}" if rng.random() < 0.97 else self.period(year)
        node["dates"] = [self.dated(period, f"Programme {index} runs in {year}")]
        partners = [self.partner() for _ in range(rng.randint(1, 6))]
        node["partners"] = partners
        if rng.random() < 0.7:
            node["citations"] = [
                self.citation(f"Programme {index} was presented by the ministry")
                for _ in range(rng.randint(1, 2))
            ]
        if rng.random() < 0.3:
            node["description"] = "A programme to build health services' capacity for migrants."
        if index > 0 and rng.random() < 0.1:
            node["related"] = [f"prog-{rng.randrange(index):06d}"]
        if kind in _SERVICE and rng.random() < 0.4 and self.budget.take():
            edition = rng.randint(1, 30)
            node["edition"] = self.figure(
                f"{pid}.edition", "edition", edition, "edition", "of the health week", period=None
            )
        if kind in _TRAINING:
            cohorts = [self.cohort(f"{pid}.c{c}", year) for c in range(rng.randint(1, 3))]
            node["cohorts"] = cohorts
        elif kind in _SERVICE:
            node["statistics"] = [
                self.statistic(f"{pid}.s{s}", year, countries) for s in range(rng.randint(2, 7))
            ]
        figures = []
        count = rng.randint(0, 3) if kind not in _OTHER else rng.randint(2, 6)
        for f, (measure, unit, phrase) in enumerate(rng.sample(_PROGRAMME_MEASURES, count)):
            if not self.budget.take():
                break
            fid = f"{pid}.f{f}"
            value = rng.randint(10, 5000)
            figures.append(self.figure(fid, measure, value, unit, phrase, period=None))
        if kind == "workforce_agreement" and rng.random() < 0.3 and self.budget.take():
            figures.append(self.rate(f"{pid}.rate", self.period(year)))
        if figures:
            node["figures"] = figures
        return _prune(node)

    def partner(self) -> Node:
        rng = self.rng
        node: Node = {
            "organisation": self.organisation_id(),
            "roles": sorted(rng.sample(_ROLES, rng.randint(1, 2))),
        }
        if rng.random() < 0.3:
            node["citation"] = self.citation("in coordination with its partner organisations")
        return node

    def cohort(self, cid: str, year: int) -> Node:
        rng = self.rng
        node: Node = {"id": cid}
        if rng.random() < 0.5:
            node["label"] = f"Cohort {cid.rsplit('c', 1)[-1]}"
        period = self.period(year)
        node["dates"] = [self.dated(period, f"the cohort studied in {year}")]
        if rng.random() < 0.4:
            node["places"] = rng.sample(_PLACES, rng.randint(1, 2))
        node["countries"] = sorted(rng.sample(_COUNTRIES, rng.randint(1, 2)))
        stages = _FUNNEL[rng.randint(0, 2) : rng.randint(3, 6)]
        value = rng.randint(50, 2000)
        figures = []
        for s, stage in enumerate(stages):
            if not self.budget.take():
                break
            figures.append(
                self.figure(f"{cid}.f{s}", stage, value, "people", "took part", period=period)
            )
            value = max(1, value - rng.randint(0, value // 4))
        node["figures"] = figures
        breakdowns = []
        for b in range(rng.choice((0, 0, 1, 1, 2))):
            if not figures:
                break
            total = rng.choice(figures)
            breakdown = self.breakdown(f"{cid}.b{b}", total, period)
            if breakdown is not None:
                breakdowns.append(breakdown)
        node["breakdowns"] = breakdowns
        if rng.random() < 0.25 and figures:
            sub: Node = {
                "countries": [rng.choice(_COUNTRIES)],
                "id": f"{cid}.g0",
                "label": "participants in the exchange",
            }
            subfigures = []
            for g, measure in enumerate(("participants", "completed")[: rng.randint(1, 2)]):
                if not self.budget.take():
                    break
                subfigures.append(
                    self.figure(
                        f"{cid}.g0.f{g}",
                        measure,
                        rng.randint(1, 20),
                        "participants",
                        "joined the exchange",
                        period=period,
                    )
                )
            sub["figures"] = subfigures
            node["subgroups"] = [_prune(sub)]
        return _prune(node)

    def breakdown(self, bid: str, total: Node, period: str) -> Node | None:
        rng = self.rng
        value = total["quantity"]["value"]
        n_parts = rng.randint(2, 4)
        if value < n_parts:
            return None
        cuts = sorted(rng.sample(range(1, value), n_parts - 1))
        shares = [b - a for a, b in zip([0, *cuts], [*cuts, value], strict=True)]
        if rng.random() < 0.03:
            shares[0] += 1  # a breakdown that does not add up, as reports sometimes have
        by_country = rng.random() < 0.5
        labels = (
            rng.sample(_COUNTRIES, n_parts)
            if by_country
            else rng.sample(_THEMES, min(n_parts, len(_THEMES)))
        )
        parts = []
        for p, (label, share) in enumerate(zip(labels, shares, strict=True)):
            if not self.budget.take():
                break
            figure = self.figure(
                f"{bid}.p{p}", total["measure"], share, "people", f"in {label}", period=period
            )
            parts.append({"category": label, "figure": figure})
        if not parts:
            return None
        return {
            "dimension": "country" if by_country else "track",
            "id": bid,
            "parts": parts,
            "total": total["id"],
        }

    def statistic(self, sid: str, year: int, countries: list[str]) -> Node:
        rng = self.rng
        node: Node = {"id": sid}
        if rng.random() < 0.6:
            node["population"] = rng.choice(
                (
                    "Mexican migrants in the United States",
                    "uninsured migrants",
                    "people on the move",
                )
            )
        period = self.period(year)
        node["dates"] = [self.dated(period, f"services given in {year}")]
        node["countries"] = [rng.choice(countries)]
        if rng.random() < 0.3:
            node["places"] = [rng.choice(_PLACES)]
        figures = []
        for f, (measure, unit, phrase) in enumerate(
            rng.sample(_SERVICE_MEASURES, rng.randint(1, len(_SERVICE_MEASURES)))
        ):
            if not self.budget.take():
                break
            value = rng.randint(100, 900_000)
            figures.append(self.figure(f"{sid}.f{f}", measure, value, unit, phrase, period=period))
        node["figures"] = figures
        return _prune(node)


def _prune(node: Node) -> Node:
    """Leave out empty lists, as the canonical form does."""
    return {key: value for key, value in node.items() if value != []}


def make_document(figures: int, seed: int = 2025) -> Node:
    """The JSON document (dicts and lists) of a dataset with exactly ``figures`` figures."""
    maker = _Maker(figures, seed)
    sources = [maker.source(i) for i in range(maker.n_sources)]
    organisations = [maker.organisation(i) for i in range(maker.n_organisations)]
    programmes: list[Node] = []
    while maker.budget.left > 0:
        programmes.append(maker.programme(len(programmes)))
    return {
        "format_version": 2,
        "organisations": organisations,
        "programmes": programmes,
        "sources": sources,
    }


def dataset_text(figures: int, seed: int = 2025) -> str:
    """The canonical JSON text of :func:`make_document`'s dataset, as ``dumps`` writes it."""
    document = make_document(figures, seed)
    return (
        json.dumps(
            document, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
        )
        + "\n"
    )
