"""The curated records of the Spanish reports: ``python tests/data/reports-extra/build_es.py``."""

from __future__ import annotations

from curate import Report

import migrationhealth as mh

M = mh.Measure
Q = mh.Qualifier
R = mh.Role
K = mh.OrganisationKind
P = mh.Period.fromisoformat


def iom_el_salvador_workshop_2018() -> None:
    r = Report(
        "es",
        "oim_el_salvador_taller_2018",
        "oim-sv-taller-salud-2018",
        title="La OIM capacita a trabajadores de la salud en protección de migrantes",
        publisher="Organización Internacional para las Migraciones (OIM)",
        published=mh.PartialDate.fromisoformat("2018-06-01"),
        published_quote="06/01/2018",
        published_inferred=(
            "'Date Publish: 06/01/2018' read month first, as the site prints its dates: the "
            "workshop it reports was held 'esta semana (29/05)', and read day first the page "
            "would be dated 6 January 2018, before the workshop"
        ),
        notes=(
            "A news item of the IOM regional office in San José. The stored copy of the page "
            "stops after the quote of Jorge Peraza, at the start of a paragraph ('Durante "
            "2017, el Consejo'); the text here ends with the last whole paragraph."
        ),
    )
    iom = mh.Organisation(
        id="iom",
        name="Organización Internacional para las Migraciones",
        acronym="OIM",
        kind=K.INTERGOVERNMENTAL,
        spellings=(
            mh.Spelling(
                source=r.source.id, text="Organismo de las Naciones Unidas para la Migración"
            ),
        ),
    )
    minsal = mh.Organisation(
        id="sv-minsal",
        name="Ministerio de Salud",
        acronym="MINSAL",
        kind=K.MINISTRY,
        country="SV",
    )
    pnc = mh.Organisation(
        id="sv-pnc",
        name="Policía Nacional Civil",
        acronym="PNC",
        kind=K.GOVERNMENT,
        country="SV",
    )
    crime_stoppers = mh.Organisation(
        id="sv-crime-stoppers",
        name="Crime Stoppers de El Salvador",
        kind=K.NGO,
        country="SV",
    )
    peraza = mh.Speaker(
        name="Jorge Peraza",
        position="Jefe de la Misión de OIM para El Salvador, Honduras y Guatemala",
        organisation=iom.id,
        person="jorge-peraza",
    )
    organisers = (
        "fue organizado por el Organismo de las Naciones Unidas para la Migración (OIM), el "
        "Ministerio de Salud (MINSAL), la Policía Nacional Civil (PNC) y Crime Stoppers de El "
        "Salvador"
    )
    statement = (
        "Luego de este taller, y en los diferentes niveles de atención, los proveedores de "
        "salud contarán con conocimientos sobre indicadores para la detección de posibles "
        "casos de trata de personas y cómo referirles"
    )
    workshop = mh.Programme(
        id="oim-sv-taller-salud-migrantes-trata-2018",
        title=(
            "Cuidados en la salud de poblaciones migrantes y víctimas del delito de Trata de "
            "personas"
        ),
        kind=mh.ProgrammeKind.WORKSHOP_SERIES,
        status=mh.Status.COMPLETED,
        themes=(
            "Conceptos básicos sobre migración",
            "introducción a la migración saludable",
            "cuidados para la salud de víctimas de trata",
            "los lineamientos del MINSAL para el abordaje de víctimas del delito",
        ),
        countries=("SV",),
        places=("San Salvador",),
        partners=(
            mh.Partner(
                organisation=iom.id,
                roles=(R.PROMOTER, R.IMPLEMENTER),
                citation=r.cite("en un taller organizado por la OIM"),
            ),
            mh.Partner(organisation=minsal.id, roles=(R.IMPLEMENTER,), citation=r.cite(organisers)),
            mh.Partner(organisation=pnc.id, roles=(R.IMPLEMENTER,), citation=r.cite(organisers)),
            mh.Partner(
                organisation=crime_stoppers.id, roles=(R.IMPLEMENTER,), citation=r.cite(organisers)
            ),
        ),
        cohorts=(
            mh.Cohort(
                id="oim-sv-taller-2018-participants",
                dates=(
                    r.date(
                        "29/05",
                        "que participaron esta semana (29/05)",
                        period=P("2018-05-29"),
                        inferred=(
                            "'29/05' read day first, and the year from the page's date (06/01/2018)"
                        ),
                    ),
                ),
                countries=("SV",),
                figures=(
                    r.figure(
                        "oim-sv-taller-2018-participants-count",
                        M.PARTICIPANTS,
                        "100 médicos y otros trabajadores de la salud",
                        "Estos fueron algunos de los aprendizajes de 100 médicos y otros "
                        "trabajadores de la salud en El Salvador que participaron esta semana",
                    ),
                ),
            ),
        ),
        citations=(r.cite(statement, speaker=peraza),),
        description=(
            "A workshop in San Salvador on 29 May 2018 for 100 doctors and other health "
            "workers, on the health care of migrants and of victims of trafficking in persons."
        ),
    )
    person = mh.Person(
        id="jorge-peraza",
        name="Jorge Peraza",
        positions=(
            mh.Position(
                title="Jefe de la Misión de OIM para El Salvador, Honduras y Guatemala",
                organisation=iom.id,
                source=r.source.id,
            ),
        ),
        citations=(r.cite(statement, speaker=peraza),),
    )
    r.write(iom, minsal, pnc, crime_stoppers, workshop, person)


if __name__ == "__main__":
    iom_el_salvador_workshop_2018()
