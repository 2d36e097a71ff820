"""The curated records of the Spanish reports (run this file to write them)."""

from __future__ import annotations

from curate import Report

import migrationhealth as mh

M = mh.Measure
Q = mh.Qualifier
R = mh.Role
K = mh.OrganisationKind
P = mh.Period.fromisoformat


def report_iom_el_salvador_workshop_2018() -> None:
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


def report_binational_health_week_xxii() -> None:
    r = Report(
        "es",
        "sre_semana_binacional_xxii_2022",
        "tribuna-semana-binacional-xxii",
        title="Brindarán servicios de salud a migrantes mexicanos",
        publisher="Tribuna de la Bahía",
        published=mh.PartialDate.fromisoformat("2022-10"),
        published_inferred=(
            "the page prints no date; it announces the XXII Binational Health Week for 'este "
            "mes', and the yearly weeks are held in October, the XXII in October 2022"
        ),
        notes=(
            "A newspaper's account of a release of the Secretaría de Relaciones Exteriores. The "
            "stored copy of the page stops in the middle of its last paragraph ('Desde su "
            "inicio hace 22 años, el Gobierno de México, a través de'); the text here ends "
            "with the last whole paragraph."
        ),
    )
    ssa = mh.Organisation(id="mx-ssa", name="Secretaría de Salud", kind=K.MINISTRY, country="MX")
    sre = mh.Organisation(
        id="mx-sre",
        name="Secretaría de Relaciones Exteriores",
        kind=K.MINISTRY,
        country="MX",
    )
    ime = mh.Organisation(
        id="mx-ime",
        name="Instituto de los Mexicanos en el Exterior",
        acronym="IME",
        kind=K.GOVERNMENT,
        country="MX",
        parent=sre.id,
    )
    consulates = mh.Organisation(
        id="mx-consular-network",
        name="Red Consular de México",
        kind=K.CONSULAR_NETWORK,
        country="MX",
        parent=sre.id,
        spellings=(
            mh.Spelling(source=r.source.id, text="Red Consular de México en Estados Unidos"),
        ),
    )
    dgri = mh.Organisation(
        id="mx-ssa-dgri",
        name="Dirección General de Relaciones Internacionales de la Secretaría de Salud",
        kind=K.GOVERNMENT,
        country="MX",
        parent=ssa.id,
    )
    windows = mh.Organisation(
        id="mx-ventanillas-de-salud",
        name="Ventanillas de Salud",
        kind=K.CONSULAR_NETWORK,
        country="MX",
    )
    organisers = (
        "La Secretaría de Salud y la Secretaría de Relaciones Exteriores, a través del "
        "Instituto de los Mexicanos en el Exterior (IME) y la Red Consular de México, "
        "realizarán este mes la XXII Semana Binacional de Salud"
    )
    taking_part = (
        "En estas actividades participan la Dirección General de Relaciones Internacionales "
        "de la Secretaría de Salud, la Red Consular de México en Estados Unidos, las "
        "Ventanillas de Salud"
    )
    sre_release = mh.Speaker(
        description="un comunicado de la Secretaría de Relaciones Exteriores",
        organisation=sre.id,
    )
    last_year = (
        "la Secretaría de Relaciones Exteriores informó que el año pasado, con la "
        "participación de cinco mil 232 personas voluntarias y el apoyo de mil 248 "
        "organizaciones, se ofrecieron 25 mil 515 servicios que beneficiaron a 446 mil 161 "
        "personas"
    )
    year_2021 = (
        "'el año pasado' read against the report's month, October 2022: the XXI week, of "
        "October 2021"
    )
    week_xxi = mh.Programme(
        id="semana-binacional-de-salud-xxi",
        title="Semana Binacional de Salud",
        kind=mh.ProgrammeKind.SERVICE_CAMPAIGN,
        status=mh.Status.COMPLETED,
        countries=("US",),
        dates=(r.date("el año pasado", last_year, period=P("2021"), inferred=year_2021),),
        partners=(mh.Partner(organisation=sre.id, roles=(R.PROMOTER,)),),
        figures=(
            r.figure(
                "sbs-xxi-volunteers",
                M.VOLUNTEERS,
                "cinco mil 232 personas voluntarias",
                last_year,
                speaker=sre_release,
                period=P("2021"),
                inferred=year_2021,
            ),
            r.figure(
                "sbs-xxi-organisations",
                M.ORGANISATIONS,
                "mil 248 organizaciones",
                last_year,
                speaker=sre_release,
                period=P("2021"),
                inferred=year_2021,
            ),
        ),
        statistics=(
            mh.ServiceStatistic(
                id="sbs-xxi-services",
                population=(
                    "población migrante de origen mexicano e hispana en Estados Unidos, "
                    "en su mayoría sin acceso a servicios de salud"
                ),
                dates=(r.date("el año pasado", last_year, period=P("2021"), inferred=year_2021),),
                countries=("US",),
                figures=(
                    r.figure(
                        "sbs-xxi-services-count",
                        M.SERVICES,
                        "25 mil 515 servicios",
                        last_year,
                        speaker=sre_release,
                        period=P("2021"),
                        inferred=year_2021,
                    ),
                    r.figure(
                        "sbs-xxi-people-served",
                        M.PEOPLE_SERVED,
                        "446 mil 161 personas",
                        last_year,
                        speaker=sre_release,
                        period=P("2021"),
                        inferred=year_2021,
                    ),
                ),
            ),
        ),
        description=(
            "The previous week, 'el año pasado': 25,515 services to 446,161 people, with "
            "5,232 volunteers and 1,248 organisations."
        ),
    )
    week_xxii = mh.Programme(
        id="semana-binacional-de-salud-xxii",
        title="Semana Binacional de Salud",
        kind=mh.ProgrammeKind.SERVICE_CAMPAIGN,
        status=mh.Status.PLANNED,
        edition=r.figure(
            "sbs-xxii-edition",
            M.EDITION,
            "XXII Semana Binacional de Salud",
            organisers,
            # The reader does not read Roman numerals: 'XXII' is the twenty-second.
            quantity=mh.Quantity(value=22, unit="edición"),
        ),
        themes=(
            "atención médica",
            "orientación",
            "prevención de enfermedades",
            "promoción de la salud",
        ),
        countries=("US",),
        dates=(
            r.date(
                "este mes",
                organisers,
                period=P("2022-10"),
                planned=mh.Plan.TARGET,
                inferred="'este mes', the month of the report, October 2022",
            ),
        ),
        partners=(
            mh.Partner(organisation=ssa.id, roles=(R.PROMOTER,), citation=r.cite(organisers)),
            mh.Partner(organisation=sre.id, roles=(R.PROMOTER,), citation=r.cite(organisers)),
            mh.Partner(organisation=ime.id, roles=(R.IMPLEMENTER,), citation=r.cite(organisers)),
            mh.Partner(
                organisation=consulates.id, roles=(R.IMPLEMENTER,), citation=r.cite(organisers)
            ),
            mh.Partner(organisation=dgri.id, roles=(R.PARTNER,), citation=r.cite(taking_part)),
            mh.Partner(organisation=windows.id, roles=(R.PARTNER,), citation=r.cite(taking_part)),
        ),
        figures=(
            r.figure(
                "sbs-xxii-states",
                M.PLACES_REACHED,
                "50 estados",
                "Organizaciones comunitarias, agencias federales, estatales y personas "
                "voluntarias en los 50 estados de la Unión Americana participarán en esta "
                "jornada",
                planned=mh.Plan.TARGET,
            ),
        ),
        related=(week_xxi.id,),
        description=(
            "The XXII Binational Health Week, announced for the month of the report, in the "
            "50 states of the United States; the report gives the results of the previous "
            "week."
        ),
    )
    r.write(ssa, sre, ime, consulates, dgri, windows, week_xxii, week_xxi)


def report_iom_el_salvador_mental_health_2024() -> None:
    r = Report(
        "es",
        "sv_oim_salud_mental_2024",
        "elmundo-oim-salud-mental-deportados-2024",
        title=(
            "Más de 2000 deportados salvadoreños recibieron servicios de salud mental por la "
            "OIM durante 2024"
        ),
        publisher="Diario El Mundo",
        published=mh.PartialDate.fromisoformat("2025"),
        published_inferred=(
            "the page prints no date; it cites deportations 'desde enero hasta junio de "
            "2025', so it was written in 2025, after June"
        ),
        notes=(
            "A newspaper's account of the annual report ('memoria de labores') of the IOM in "
            "El Salvador for 2024. The stored text has no heading: the title is read from "
            "the page's address. A paragraph of page furniture after the last one ('Le puede "
            "interesar: ...') is left out. The report writes 'salud metal' for 'salud mental'."
        ),
    )
    iom = mh.Organisation(
        id="iom",
        name="Organización Internacional para las Migraciones",
        acronym="OIM",
        kind=K.INTERGOVERNMENTAL,
    )
    dgme = mh.Organisation(
        id="sv-dgme",
        name="Dirección General de Migración y Extranjería",
        acronym="DGME",
        kind=K.GOVERNMENT,
        country="SV",
    )
    witness = mh.Organisation(id="witness-at-the-border", name="Witness at the Border", kind=K.NGO)
    annual_report = mh.Speaker(
        description="la memoria de labores de la OIM en El Salvador", organisation=iom.id
    )
    in_2024 = (
        "the year of the annual report, 2024 ('durante 2024', and the page's address: "
        "'durante-2024')"
    )
    first = (
        "La Organización Internacional para las Migraciones (OIM) en El Salvador reporta que "
        "más de 2,000 salvadoreños deportados atendidos por el organismo con servicios de "
        "salud mental y apoyo psicosocial"
    )
    second = (
        "detalla que brindaron atención de salud metal a más de 2,000 retornados que habían "
        "sido víctimas de violencia o desastres"
    )
    deported = (
        "De acuerdo a datos de la Dirección General de Migración y Extranjería (DGME), al "
        "menos 6,050 salvadoreños han sido deportados desde enero hasta junio de 2025"
    )
    flights = (
        "La organización Witness at the Border ha contabilizado 85 vuelos con deportados que "
        "han llegado a suelo salvadoreño"
    )
    mhpss = mh.Programme(
        id="oim-sv-salud-mental-retornados-2024",
        title="Servicios de salud mental y apoyo psicosocial a personas retornadas",
        kind=mh.ProgrammeKind.PROJECT,
        status=mh.Status.COMPLETED,
        countries=("SV",),
        dates=(
            r.date("durante 2024", "brindó capacitaciones durante 2024"),
            r.date(
                "mayo de 2025",
                "La memoria de labores de la OIM en El Salvador, publicada en mayo de 2025",
                event="annual report published",
            ),
        ),
        partners=(mh.Partner(organisation=iom.id, roles=(R.PROMOTER, R.IMPLEMENTER)),),
        statistics=(
            mh.ServiceStatistic(
                id="oim-sv-2024-mhpss-returnees",
                population="salvadoreños deportados y retornados",
                countries=("SV",),
                figures=(
                    r.figure(
                        "oim-sv-2024-mhpss-people",
                        M.PEOPLE_SERVED,
                        "más de 2,000 salvadoreños deportados",
                        first,
                        speaker=annual_report,
                        period=P("2024"),
                        inferred=in_2024,
                    ),
                    r.figure(
                        "oim-sv-2024-mhpss-returnees-count",
                        M.PEOPLE_SERVED,
                        "más de 2,000 retornados",
                        second,
                        speaker=annual_report,
                        period=P("2024"),
                        inferred=in_2024,
                        repeats="oim-sv-2024-mhpss-people",
                    ),
                ),
            ),
        ),
        figures=(
            r.figure(
                "sv-deportations-2025-h1",
                M.OTHER,
                "al menos 6,050 salvadoreños",
                deported,
                speaker=mh.Speaker(description="datos de la DGME", organisation=dgme.id),
                period=P("2025-01/2025-06"),
                note="Salvadorans deported to El Salvador, January to June 2025.",
            ),
            r.figure(
                "sv-deportation-flights",
                M.OTHER,
                "85 vuelos",
                flights,
                speaker=mh.Speaker(
                    description="la organización Witness at the Border",
                    organisation=witness.id,
                ),
                note="Flights with deported people that have landed in El Salvador.",
            ),
        ),
        description=(
            "Mental health and psychosocial support given by the IOM in El Salvador in 2024 "
            "to more than 2,000 deported and returned Salvadorans, from its annual report; "
            "with the count of deportations in the first half of 2025."
        ),
    )
    facilitators_quote = (
        "en el que capacitó a 125 personas de ocho municipios para brindar asistencia psicosocial"
    )
    reached = (
        "Se estima que este proyecto ha logrado beneficiar a unas 3,000 personas de 49 "
        "comunidades; apoyaron a al menos 30 instituciones"
    )
    facilitators = mh.Programme(
        id="oim-sv-facilitadores-salud-mental-comunitarios",
        title="facilitadores de salud mental comunitarios",
        kind=mh.ProgrammeKind.PROJECT,
        status=mh.Status.COMPLETED,
        countries=("SV",),
        partners=(
            mh.Partner(
                organisation=iom.id,
                roles=(R.PROMOTER, R.IMPLEMENTER),
                citation=r.cite(
                    'La OIM también ejecutó el proyecto "facilitadores de salud mental '
                    'comunitarios"'
                ),
            ),
        ),
        cohorts=(
            mh.Cohort(
                id="oim-sv-facilitadores-cohort",
                countries=("SV",),
                figures=(
                    r.figure(
                        "oim-sv-facilitadores-trained",
                        M.TRAINED,
                        "125 personas",
                        facilitators_quote,
                        speaker=annual_report,
                    ),
                    r.figure(
                        "oim-sv-facilitadores-municipalities",
                        M.PLACES_REACHED,
                        "ocho municipios",
                        facilitators_quote,
                        speaker=annual_report,
                    ),
                ),
            ),
        ),
        statistics=(
            mh.ServiceStatistic(
                id="oim-sv-facilitadores-reach",
                population="personas migrantes retornadas y sus comunidades",
                countries=("SV",),
                figures=(
                    r.figure(
                        "oim-sv-facilitadores-people",
                        M.PEOPLE_SERVED,
                        "unas 3,000 personas",
                        reached,
                        speaker=annual_report,
                        note="An estimate: 'Se estima que'.",
                    ),
                    r.figure(
                        "oim-sv-facilitadores-communities",
                        M.PLACES_REACHED,
                        "49 comunidades",
                        reached,
                        speaker=annual_report,
                    ),
                    r.figure(
                        "oim-sv-facilitadores-institutions",
                        M.ORGANISATIONS,
                        "al menos 30 instituciones",
                        reached,
                        speaker=annual_report,
                        note="Institutions the project supported.",
                    ),
                ),
            ),
        ),
        related=(mhpss.id,),
        description=(
            "Community mental health facilitators: 125 people from eight municipalities "
            "trained to give psychosocial support to returned migrants; some 3,000 people "
            "of 49 communities reached, and at least 30 institutions supported."
        ),
    )
    protection = mh.Programme(
        id="oim-sv-capacitacion-proteccion-2024",
        title="Capacitación sobre la protección y derechos de las personas migrantes",
        kind=mh.ProgrammeKind.OTHER,
        status=mh.Status.COMPLETED,
        countries=("SV",),
        partners=(mh.Partner(organisation=iom.id, roles=(R.PROMOTER, R.IMPLEMENTER)),),
        cohorts=(
            mh.Cohort(
                id="oim-sv-capacitacion-proteccion-cohort",
                countries=("SV",),
                figures=(
                    r.figure(
                        "oim-sv-capacitacion-proteccion-trained",
                        M.TRAINED,
                        "más de 300 personas",
                        "Capacitó a más de 300 personas, entre empleados del gobierno, de "
                        "gobiernos locales y representantes de la sociedad civil que atienden "
                        "deportados",
                        speaker=annual_report,
                    ),
                ),
            ),
        ),
        related=(mhpss.id,),
        description=(
            "Training of more than 300 government and local government employees and civil "
            "society representatives who attend deported people, on the protection and "
            "rights of migrants."
        ),
    )
    r.write(iom, dgme, witness, mhpss, facilitators, protection)


def report_paho_migrants_day_2023() -> None:
    r = Report(
        "es",
        "ops_migracion_americas_2023",
        "ops-dia-migrantes-2023",
        title=(
            "Aumento de la migración en las Américas en 2023: retos para garantizar la salud "
            "de las personas migrantes"
        ),
        publisher="Organización Panamericana de la Salud",
        published=mh.parse_date("Diciembre 18, 2023", language="es"),
        published_quote="Diciembre 18, 2023",
        notes=(
            "A news release of PAHO, dateline Washington D.C. The stored text has no "
            "heading: the title is read from the page's address. The copy stops in the "
            "middle of a sentence ('hasta la última se'); the text here ends with the last "
            "whole paragraph. It writes 'ha aumentado en considerablemente'."
        ),
    )
    paho = mh.Organisation(
        id="paho",
        name="Organización Panamericana de la Salud",
        acronym="OPS",
        kind=K.UN_AGENCY,
    )
    iom = mh.Organisation(
        id="iom",
        name="Organización Internacional para las Migraciones",
        acronym="OIM",
        kind=K.INTERGOVERNMENTAL,
    )
    mexico = (
        "La Organización Internacional para las Migraciones (OIM) informó que la migración "
        "irregular en México aumentó 62 % en los primeros ocho meses de 2023 comparado con el "
        "mismo periodo de 2022"
    )
    venezuela = (
        "Más de 7,7 millones de refugiados y migrantes venezolanos han abandonado su país de "
        "origen desde 2018, de los cuales unos 6,5 millones (84 %) están acogidos en países de "
        "América Latina y el Caribe"
    )
    said_iom = mh.Speaker(description="la OIM", organisation=iom.id)
    left = r.figure(
        "venezuelans-abroad",
        M.OTHER,
        "Más de 7,7 millones de refugiados y migrantes venezolanos",
        venezuela,
        period=P("2018/.."),
        note="Venezuelan refugees and migrants who have left their country since 2018.",
    )
    programme = mh.Programme(
        id="ops-dia-internacional-migrantes-2023",
        title="Día Internacional de los Migrantes",
        kind=mh.ProgrammeKind.OTHER,
        status=mh.Status.COMPLETED,
        themes=("las disparidades y desafíos que afectan la salud de los migrantes",),
        dates=(
            r.date(
                "este 18 de diciembre",
                "Para conmemorar el Día Internacional de los Migrantes, este 18 de diciembre",
                period=P("2023-12-18"),
                event="commemoration",
                inferred="the year of the release's date, 'Diciembre 18, 2023'",
            ),
        ),
        partners=(
            mh.Partner(
                organisation=paho.id,
                roles=(R.PROMOTER,),
                citation=r.cite(
                    "la Organización Panamericana de la Salud destaca las notables "
                    "disparidades y desafíos fundamentales que afectan la salud de los "
                    "migrantes en las Américas"
                ),
            ),
        ),
        statistics=(
            mh.ServiceStatistic(
                id="mexico-irregular-migration-2023",
                population="migración irregular en México",
                countries=("MX",),
                dates=(
                    r.date(
                        "los primeros ocho meses de 2023",
                        mexico,
                        period=P("2023-01/2023-08"),
                        inferred="'los primeros ocho meses de 2023': January to August 2023",
                    ),
                ),
                figures=(
                    r.figure(
                        "mexico-irregular-migration-2023-change",
                        M.PERCENT_CHANGE,
                        "62 %",
                        mexico,
                        speaker=said_iom,
                        period=P("2023-01/2023-08"),
                        inferred="'los primeros ocho meses de 2023': January to August 2023",
                        note="Compared with the same months of 2022.",
                    ),
                ),
            ),
            mh.ServiceStatistic(
                id="venezuelan-refugees-and-migrants",
                population="refugiados y migrantes venezolanos",
                countries=("VE",),
                dates=(r.date("desde 2018", venezuela),),
                figures=(
                    left,
                    r.figure(
                        "venezuelans-in-latin-america",
                        M.OTHER,
                        "unos 6,5 millones",
                        venezuela,
                        unit="refugiados y migrantes venezolanos",
                        part_of=left.id,
                        note="Hosted in Latin America and the Caribbean, mostly in Colombia.",
                    ),
                    r.figure(
                        "venezuelans-in-latin-america-share",
                        M.OTHER,
                        "84 %",
                        venezuela,
                        note=(
                            "The share hosted in Latin America and the Caribbean: 6.5 of 7.7 "
                            "million."
                        ),
                    ),
                ),
            ),
        ),
        description=(
            "PAHO's release for International Migrants Day 2023 on the health of migrants in "
            "the Americas, with the figures of migration it cites: irregular migration in "
            "Mexico up 62 % in January to August 2023, and more than 7.7 million Venezuelans "
            "abroad since 2018."
        ),
    )
    r.write(paho, iom, programme)


def report_paho_migration_and_health_event_2019() -> None:
    r = Report(
        "es",
        "ops_migracion_y_salud_2019",
        "ops-comunicado-migracion-y-salud-2019",
        title="Challenges, opportunities of migration outlined by health officials at PAHO event",
        publisher="Organización Panamericana de la Salud",
        published=mh.parse_date("2 de octubre de 2019", language="es"),
        published_quote="2 de octubre de 2019",
        notes=(
            "A news release of PAHO in Spanish, dateline Washington, DC. The stored text has "
            "no heading: the title is read from the page's address, which is in English. The "
            "page repeats the director's words as a pull quote before the paragraph that "
            "gives them. The copy stops in the middle of a sentence ('En Brasil, los estados "
            "y el gobierno federal están colab'); the text here ends with the last whole "
            "paragraph."
        ),
    )
    paho = mh.Organisation(
        id="paho",
        name="Organización Panamericana de la Salud",
        acronym="OPS",
        kind=K.UN_AGENCY,
    )
    colombia = mh.Organisation(
        id="co-minsalud", name="Ministerio de Salud de Colombia", kind=K.MINISTRY, country="CO"
    )
    mexico = mh.Organisation(
        id="mx-ssa", name="Secretaría de Salud de México", kind=K.MINISTRY, country="MX"
    )
    consulates = mh.Organisation(
        id="mx-consulates-us",
        name="consulados mexicanos en los Estados Unidos",
        kind=K.CONSULAR_NETWORK,
        country="MX",
    )
    etienne_quote = (
        "Necesitamos un enfoque regional para resolver los problemas de la migración, con una "
        "respuesta regional coordinada"
    )
    etienne = mh.Speaker(
        name="Carissa F. Etienne",
        position="La directora de la OPS",
        organisation=paho.id,
        person="carissa-f-etienne",
    )
    gonzalez = mh.Speaker(
        name="Iván Darío González",
        position="viceministro de salud de Colombia",
        organisation=colombia.id,
        person="ivan-dario-gonzalez",
    )
    lopez_gatell = mh.Speaker(
        name="Hugo López-Gatell",
        position="El subsecretario de Salud de México",
        organisation=mexico.id,
        person="hugo-lopez-gatell",
    )
    opening = (
        "Dos grandes movimientos migratorios en las Américas tienen una implicación importante "
        "para los sistemas de salud"
    )
    event_quote = (
        'que hablaron hoy en el evento “Migración y salud: Retos y oportunidades", organizado '
        "en forma paralela al 57º Consejo Directivo de la Organización Panamericana de la "
        "Salud (OPS)"
    )
    colombia_quote = (
        "Iván Darío González, viceministro de salud de Colombia, dijo que 362.000 migrantes "
        "venezolanos han recibido atención médica en Colombia"
    )
    windows_quote = (
        'Los consulados mexicanos en los Estados Unidos tienen "ventanas de salud" donde las '
        "personas pueden recibir servicios básicos de salud, y alrededor de 9 millones de "
        "personas los han utilizado en los últimos años, señaló"
    )
    council = mh.Programme(
        id="ops-consejo-directivo-57",
        title="Consejo Directivo de la Organización Panamericana de la Salud",
        kind=mh.ProgrammeKind.OTHER,
        edition=r.figure(
            "ops-consejo-directivo-57-edition", M.EDITION, "57º Consejo Directivo", event_quote
        ),
        partners=(mh.Partner(organisation=paho.id, roles=(R.HOST,)),),
    )
    event = mh.Programme(
        id="ops-evento-migracion-y-salud-2019",
        title="Migración y salud: Retos y oportunidades",
        kind=mh.ProgrammeKind.OTHER,
        status=mh.Status.COMPLETED,
        countries=("BR", "CO", "MX"),
        places=("Washington, DC",),
        dates=(
            r.date(
                "hoy",
                event_quote,
                period=P("2019-10-02"),
                inferred="'hoy', the date of the release, 2 October 2019",
            ),
        ),
        partners=(
            mh.Partner(
                organisation=paho.id, roles=(R.PROMOTER, R.HOST), citation=r.cite(event_quote)
            ),
        ),
        figures=(
            r.figure(
                "americas-migration-movements",
                M.OTHER,
                "Dos grandes movimientos migratorios",
                opening,
                note=(
                    "From Central America towards Mexico and the United States, and from "
                    "Venezuela to its neighbours."
                ),
            ),
        ),
        statistics=(
            mh.ServiceStatistic(
                id="colombia-venezuelan-migrants-care",
                population="migrantes venezolanos en Colombia",
                countries=("CO",),
                figures=(
                    r.figure(
                        "colombia-venezuelan-migrants-care-count",
                        M.PEOPLE_SERVED,
                        "362.000 migrantes venezolanos",
                        colombia_quote,
                        speaker=gonzalez,
                    ),
                ),
            ),
        ),
        citations=(
            r.cite(etienne_quote, speaker=etienne),
            r.cite("Nuestra respuesta ahora es estructural", speaker=gonzalez),
            r.cite(
                "todos los migrantes en México tienen derecho a la salud y a recibir atención a "
                "nivel local",
                speaker=lopez_gatell,
            ),
        ),
        related=(council.id,),
        description=(
            "PAHO's event on migration and health beside its 57th Directing Council, 2 "
            "October 2019, where officials of Brazil, Colombia and Mexico spoke: 362,000 "
            "Venezuelan migrants cared for in Colombia; some 9 million people served by "
            "Mexico's consular health windows in recent years."
        ),
    )
    windows = mh.Programme(
        id="ventanillas-de-salud",
        title="Ventanillas de Salud",
        kind=mh.ProgrammeKind.SERVICE_POINT_NETWORK,
        status=mh.Status.UNDER_WAY,
        countries=("US",),
        partners=(
            mh.Partner(
                organisation=consulates.id, roles=(R.IMPLEMENTER,), citation=r.cite(windows_quote)
            ),
        ),
        statistics=(
            mh.ServiceStatistic(
                id="ventanillas-de-salud-users",
                population="personas que utilizan las ventanas de salud de los consulados",
                countries=("US",),
                figures=(
                    r.figure(
                        "ventanillas-de-salud-users-count",
                        M.PEOPLE_SERVED,
                        "alrededor de 9 millones de personas",
                        windows_quote,
                        speaker=lopez_gatell,
                        note="'en los últimos años': over recent years, not dated.",
                    ),
                ),
            ),
        ),
        related=(event.id,),
    )
    people = tuple(
        mh.Person(
            id=speaker.person or "",
            name=speaker.name or "",
            positions=(
                mh.Position(
                    title=speaker.position or "",
                    organisation=speaker.organisation,
                    source=r.source.id,
                ),
            ),
            citations=(r.cite(quote, speaker=speaker),),
        )
        for speaker, quote in (
            (etienne, etienne_quote),
            (gonzalez, "Nuestra respuesta ahora es estructural"),
            (lopez_gatell, windows_quote),
        )
    )
    r.write(paho, colombia, mexico, consulates, event, council, windows, *people)


def report_iom_venezuela_regional_response_plan() -> None:
    r = Report(
        "es",
        "oim_plan_respuesta_venezuela_2023",
        "oim-rmrp-venezuela-2023-2024",
        title=(
            "Plan de Respuesta Regional para Refugiados y Migrantes: situación en Venezuela "
            "2023-2024"
        ),
        publisher="Organización Internacional para las Migraciones (OIM), Crisis Response",
        notes=(
            "A page of the IOM's crisis response site; the stored text starts with its "
            "section 'Visión de la OIM' and has no heading: the title is read from the page's "
            "address. The page holds no date; its plan is the update 'para 2024'. The text "
            "here is the section's paragraph; the sections after it (objectives, lists of "
            "activities) are left out."
        ),
    )
    iom = mh.Organisation(
        id="iom",
        name="Organización Internacional para las Migraciones",
        acronym="OIM",
        kind=K.INTERGOVERNMENTAL,
    )
    hosted = (
        "La región de América Latina y el Caribe, que acoge a 6,53 millones de los 7,72 "
        "millones de migrantes y refugiados venezolanos que viven fuera de Venezuela"
    )
    covers = (
        "La actualización del Plan de Respuesta Regional para Refugiados y Migrantes (RMRP, "
        "por sus siglas en inglés) para 2024 abarca a los refugiados y migrantes en tránsito de "
        "Venezuela y de todas las nacionalidades, las comunidades de acogida, las poblaciones "
        "pendulares y los retornados colombianos en 17 países"
    )
    abroad = r.figure(
        "venezuelans-living-abroad",
        M.OTHER,
        "7,72 millones de migrantes y refugiados venezolanos",
        hosted,
        note="Venezuelan migrants and refugees living outside Venezuela.",
    )
    plan = mh.Programme(
        id="rmrp-venezuela-2024",
        title="Plan de Respuesta Regional para Refugiados y Migrantes (RMRP)",
        kind=mh.ProgrammeKind.OTHER,
        status=mh.Status.PLANNED,
        themes=(
            "las necesidades humanitarias y de protección inmediatas",
            "la integración socioeconómica y la inclusión a más largo plazo",
        ),
        countries=("VE",),
        dates=(r.date("2024", covers, planned=mh.Plan.TARGET),),
        partners=(
            mh.Partner(
                organisation=iom.id,
                roles=(R.IMPLEMENTER,),
                citation=r.cite(
                    "La OIM, en asociación con las Naciones Unidas, organizaciones no "
                    "gubernamentales, organizaciones de la sociedad civil y el sector privado, "
                    "apoya las necesidades humanitarias y de protección inmediatas"
                ),
            ),
        ),
        figures=(
            r.figure(
                "rmrp-2024-countries",
                M.COUNTRIES,
                "17 países",
                covers,
                planned=mh.Plan.TARGET,
                note="The countries the 2024 update of the plan covers.",
            ),
        ),
        statistics=(
            mh.ServiceStatistic(
                id="venezuelan-migrants-and-refugees",
                population="migrantes y refugiados venezolanos que viven fuera de Venezuela",
                countries=("VE",),
                figures=(
                    abroad,
                    r.figure(
                        "venezuelans-in-latin-america-caribbean",
                        M.OTHER,
                        "6,53 millones",
                        hosted,
                        unit="migrantes y refugiados venezolanos",
                        part_of=abroad.id,
                        note="Hosted in Latin America and the Caribbean.",
                    ),
                ),
            ),
        ),
        description=(
            "The 2024 update of the regional response plan for refugees and migrants from "
            "Venezuela, in 17 countries; Latin America and the Caribbean host 6.53 of the 7.72 "
            "million Venezuelans abroad."
        ),
    )
    r.write(iom, plan)


def report_inm_iom_migration_stations_training_2014() -> None:
    r = Report(
        "es",
        "inm_oim_estaciones_migratorias_2014",
        "oim-inm-capacitacion-estaciones-2014",
        title=(
            "El Instituto Nacional de Migración de México y la OIM capacitan a funcionarios de "
            "estaciones migratorias"
        ),
        publisher="Organización Internacional para las Migraciones",
        published=mh.PartialDate.fromisoformat("2014"),
        published_inferred=(
            "the page prints no date; it gives figures 'entre enero y marzo de 2014' and a "
            "training held 'esta semana': 2014"
        ),
        notes=(
            "A release of the IOM, dateline México, with its labels ('Comunicado', 'Global'). "
            "The stored copy stops in the middle of a word ('los temas a tratarse so'), kept as "
            "stored since the paragraph names the speakers' organisations. 'entre 48 horas y 60 "
            "días' is a range in two units, recorded as its two ends."
        ),
    )
    iom = mh.Organisation(
        id="iom",
        name="Organización Internacional para las Migraciones",
        acronym="OIM",
        kind=K.INTERGOVERNMENTAL,
    )
    fund = mh.Organisation(
        id="iom-development-fund",
        name="Fondo de Desarrollo de la OIM",
        kind=K.FUND,
        parent=iom.id,
    )
    inm = mh.Organisation(
        id="mx-inm",
        name="Instituto Nacional de Migración",
        acronym="INM",
        kind=K.GOVERNMENT,
        country="MX",
    )
    control = mh.Organisation(
        id="mx-unidad-control-migratorio",
        name="Unidad de Control Migratorio del Ministerio del Interior de México",
        kind=K.GOVERNMENT,
        country="MX",
    )
    cndh = mh.Organisation(
        id="mx-cndh",
        name="Comisión Nacional de Derechos Humanos",
        acronym="CNDH",
        kind=K.GOVERNMENT,
        country="MX",
    )
    embassy = mh.Organisation(
        id="us-embassy-mexico",
        name="Embajada de los Estados Unidos",
        kind=K.GOVERNMENT,
        country="US",
    )
    unhcr = mh.Organisation(id="unhcr", name="ACNUR", acronym="ACNUR", kind=K.UN_AGENCY)
    first = (
        "En colaboración con el Instituto Nacional de Migración (INM), esta semana la OIM está "
        "celebrando la primera sesión de su programa de capacitación para funcionarios de 32 "
        "estaciones migratorias y 26 instalaciones de alojamiento para migrantes en todo el país"
    )
    purpose = (
        "El propósito de la capacitación es fortalecer las competencias de 963 funcionarios "
        "públicos que trabajan en las estaciones migratorias del INM y sus establecimientos "
        "temporales"
    )
    stays = (
        "Las estaciones migratorias están equipadas para brindar albergue a los migrantes por "
        "un máximo de 60 días, mientras que las instalaciones temporales pueden alojar a los "
        "migrantes por períodos de entre 48 horas y 60 días"
    )
    used = (
        "Según la Unidad de Control Migratorio del Ministerio del Interior de México, en total "
        "25.118 migrantes han utilizado los servicios de las estaciones migratorias y las "
        "oficinas federales y locales del INM entre enero y marzo de 2014"
    )
    session = (
        "La capacitación de diez días, financiada por el Fondo de Desarrollo de la OIM, "
        "congregará a 50 funcionarios de las delegaciones federales"
    )
    speakers = (
        "cuenta con la participación de oradores del INM, la OIM, la Comisión Nacional de "
        "Derechos Humanos (CNDH), la Embajada de los Estados Unidos y el ACNUR"
    )
    states = (
        "Baja California",
        "Sonora",
        "Chihuahua",
        "Coahuila",
        "Tamaulipas",
        "Veracruz",
        "Tabasco",
        "Oaxaca",
        "Chiapas",
        "Quintana Roo",
        "Distrito Federal",
    )
    programme = mh.Programme(
        id="oim-inm-capacitacion-estaciones-migratorias",
        title="Programa de capacitación para funcionarios de estaciones migratorias",
        kind=mh.ProgrammeKind.COURSE,
        status=mh.Status.UNDER_WAY,
        themes=(
            "la protección de los derechos humanos de los migrantes",
            "la colaboración interinstitucional",
        ),
        countries=("MX",),
        partners=(
            mh.Partner(
                organisation=iom.id, roles=(R.PROMOTER, R.IMPLEMENTER), citation=r.cite(first)
            ),
            mh.Partner(organisation=inm.id, roles=(R.PARTNER,), citation=r.cite(first)),
            mh.Partner(organisation=fund.id, roles=(R.FUNDER,), citation=r.cite(session)),
            *(
                mh.Partner(
                    organisation=o.id, roles=(R.TECHNICAL_PARTNER,), citation=r.cite(speakers)
                )
                for o in (cndh, embassy, unhcr)
            ),
        ),
        figures=(
            r.figure(
                "inm-training-target",
                M.TRAINED,
                "963 funcionarios públicos",
                purpose,
                planned=mh.Plan.TARGET,
            ),
            r.figure(
                "inm-migration-stations", M.SERVICE_POINTS, "32 estaciones migratorias", first
            ),
            r.figure(
                "inm-temporary-facilities",
                M.SERVICE_POINTS,
                "26 instalaciones de alojamiento",
                first,
            ),
        ),
        cohorts=(
            mh.Cohort(
                id="oim-inm-capacitacion-sesion-1",
                label="funcionarios de las delegaciones federales",
                places=states,
                countries=("MX",),
                figures=(
                    r.figure("inm-training-session-1", M.EDITION, "la primera sesión", first),
                    r.figure(
                        "inm-training-session-1-participants",
                        M.PARTICIPANTS,
                        "50 funcionarios",
                        session,
                        planned=mh.Plan.FORECAST,
                    ),
                    r.figure("inm-training-session-1-days", M.DURATION, "diez días", session),
                ),
            ),
        ),
        statistics=(
            mh.ServiceStatistic(
                id="inm-stations-users-2014-q1",
                population=(
                    "migrantes que han utilizado los servicios de las estaciones migratorias y "
                    "las oficinas del INM"
                ),
                countries=("MX",),
                dates=(r.date("entre enero y marzo de 2014", used),),
                figures=(
                    r.figure(
                        "inm-stations-users-2014-q1-count",
                        M.PEOPLE_SERVED,
                        "25.118 migrantes",
                        used,
                        speaker=mh.Speaker(
                            description="la Unidad de Control Migratorio", organisation=control.id
                        ),
                        period=P("2014-01/2014-03"),
                    ),
                ),
            ),
            mh.ServiceStatistic(
                id="inm-stays",
                population="migrantes alojados en estaciones e instalaciones temporales",
                countries=("MX",),
                figures=(
                    r.figure(
                        "inm-station-longest-stay",
                        M.DURATION,
                        "un máximo de 60 días",
                        stays,
                        # Read as 1 'máximo de 60 días': 'un máximo de' is 'at most'.
                        quantity=mh.Quantity(value=60, unit="días", qualifier=mh.Qualifier.AT_MOST),
                        note="The longest stay in a migration station.",
                    ),
                    r.figure(
                        "inm-temporary-shortest-stay",
                        M.DURATION,
                        "48 horas",
                        stays,
                        note="The shortest stay in a temporary facility ('entre 48 horas').",
                    ),
                    r.figure(
                        "inm-temporary-longest-stay",
                        M.DURATION,
                        "60 días",
                        "por períodos de entre 48 horas y 60 días",
                        note="The longest stay in a temporary facility.",
                    ),
                ),
            ),
        ),
        description=(
            "The IOM's training programme, with Mexico's INM, for the staff of 32 migration "
            "stations and 26 temporary facilities (963 officials), whose first ten-day session "
            "brings together 50 officials of 11 federal delegations; 25,118 migrants used the "
            "stations and offices in January to March 2014."
        ),
    )
    r.write(iom, fund, inm, control, cndh, embassy, unhcr, programme)


def report_bogota_migrant_vaccination_2021() -> None:
    r = Report(
        "es",
        "bogota_vacunacion_migrantes_2021",
        "bogota-vacunacion-migrantes-2021-11",
        title="Este 26, 27 y 28 de noviembre habrá jornada de vacunación COVID para migrantes",
        publisher="Alcaldía de Bogotá",
        published=mh.PartialDate.fromisoformat("2021-11-25"),
        published_quote="25 Nov 2021",
        notes=(
            "A news item of the city of Bogotá, with its photo caption, its date laid out one "
            "part a line after 'Publicado:', the page's prompts ('Únete a nuestro canal', "
            "'Escucha la noticia'), the list of the five vaccination points with their "
            "street addresses, and an embedded post of the health secretariat dated "
            "'November 24, 2021'. The stored copy stops in the middle of a paragraph after "
            "the requirements; the text here ends with the last whole paragraph."
        ),
    )
    city = mh.Organisation(
        id="co-bogota-alcaldia", name="Alcaldía de Bogotá", kind=K.GOVERNMENT, country="CO"
    )
    health = mh.Organisation(
        id="co-bogota-secretaria-salud",
        name="Secretaría Distrital de Salud",
        kind=K.GOVERNMENT,
        country="CO",
        parent=city.id,
        spellings=(mh.Spelling(source=r.source.id, text="Secretaría de Salud"),),
    )
    points = (
        "para esto, habilitará cinco puntos en una jornada que se llevará a cabo el próximo 26, "
        "27 y 28 de noviembre"
    )
    campaign = mh.Programme(
        id="bogota-vacunacion-covid-migrantes-2021-11",
        title="Jornada de vacunación contra COVID-19 para población migrante en Bogotá",
        kind=mh.ProgrammeKind.SERVICE_CAMPAIGN,
        status=mh.Status.PLANNED,
        countries=("CO",),
        places=("Bogotá",),
        partners=(
            mh.Partner(
                organisation=health.id,
                roles=(R.PROMOTER, R.IMPLEMENTER),
                citation=r.cite(
                    "La Secretaría de Salud invita a la población migrante regular o irregular "
                    "a iniciar o completar su esquema de vacunación gratuito contra COVID-19"
                ),
            ),
        ),
        dates=(
            r.date(
                "26, 27 y 28 de noviembre",
                points,
                period=P("2021-11-26/2021-11-28"),
                inferred="the year of the page's date, 25 Nov 2021",
                planned=mh.Plan.TARGET,
            ),
        ),
        figures=(
            r.figure("bogota-vacunacion-2021-11-points", M.SERVICE_POINTS, "cinco puntos", points),
        ),
        description=(
            "Three days of free COVID-19 vaccination, on 26 to 28 November 2021, for migrants "
            "in Bogotá with or without a regular status, at five points of the city."
        ),
    )
    r.write(city, health, campaign)


def report_univision_chicago_consulate_vaccination() -> None:
    r = Report(
        "es",
        "univision_consulado_chicago_vacunacion",
        "univision-consulado-chicago-vacunacion",
        title=(
            "Anuncian jornada de vacunación contra el covid-19 en el Consulado General de "
            "México en Chicago"
        ),
        publisher="Univision Chicago",
        notes=(
            "A news item of a television station; the page prints no date, and the text "
            "states the days of the events without their year. The caption of a photograph "
            "of another story ('El condado de Santa Clara registró un total de 27 casos de "
            "gripe severa durante la temporada de influenza 2018-2019', printed twice) is part "
            "of the stored copy and states nothing about this one: it is not recorded. "
            "'personas mayores de 18 años' is who may be vaccinated, not a count."
        ),
    )
    consulate = mh.Organisation(
        id="mx-consulado-chicago",
        name="Consulado General de México en Chicago",
        kind=K.CONSULAR_NETWORK,
        country="MX",
    )
    unidos = mh.Organisation(id="illinois-unidos", name="Illinois Unidos", kind=K.NGO, country="US")
    mobile_vax = mh.Organisation(id="mobile-vax", name="Mobile VAX", kind=K.OTHER, country="US")
    arise = mh.Organisation(id="arise-chicago", name="Arise Chicago", kind=K.NGO, country="US")
    mendoza = mh.Speaker(
        name="Sandra Mendoza",
        position="Cónsul de Protección",
        organisation=consulate.id,
        person="sandra-mendoza",
    )
    together = (
        "La jornada se llevará a cabo en las instalaciones del consulado en el 204 sur de la "
        "avenida Ashland, conjuntamente con las organizaciones Illinois Unidos, Mobile VAX y "
        "Arise Chicago"
    )
    reason = (
        "De acuerdo a la Cónsul de Protección, Sandra Mendoza, escogieron esta fecha para que "
        "coincida con el Día Internacional de los Trabajadores"
    )
    year = (
        "the year is not printed: the first doses of the Moderna vaccine were offered to every "
        "adult in the spring of 2021, and {day} 2021 is a {weekday}, as written"
    )
    campaign = mh.Programme(
        id="mx-consulado-chicago-vacunacion-covid",
        title=(
            "Jornada de vacunación contra el covid-19 en el Consulado General de México en Chicago"
        ),
        kind=mh.ProgrammeKind.SERVICE_CAMPAIGN,
        status=mh.Status.PLANNED,
        countries=("US", "MX"),
        places=("Chicago",),
        partners=(
            mh.Partner(
                organisation=consulate.id,
                roles=(R.PROMOTER, R.HOST),
                citation=r.cite(
                    "El Consulado General de México en Chicago se suma a la lucha contra el "
                    "Convid-19 en Chicago con una jornada de vacunación este sábado 1 de mayo"
                ),
            ),
            mh.Partner(organisation=unidos.id, roles=(R.PARTNER,), citation=r.cite(together)),
            mh.Partner(organisation=mobile_vax.id, roles=(R.PARTNER,), citation=r.cite(together)),
            mh.Partner(organisation=arise.id, roles=(R.PARTNER,), citation=r.cite(together)),
        ),
        dates=(
            r.date(
                "sábado 1 de mayo",
                "El evento será este sábado 1 de mayo en las instalaciones del consulado",
                period=P("2021-05-01"),
                inferred=year.format(day="1 May", weekday="Saturday"),
                planned=mh.Plan.TARGET,
            ),
            r.date(
                "viernes 30 de abril",
                "Un día antes de la jornada, el viernes 30 de abril, el consulado también "
                "llevará a cabo una entrega de despensas y regalos para los niños",
                period=P("2021-04-30"),
                event="entrega de despensas y regalos para los niños",
                inferred=year.format(day="30 April", weekday="Friday"),
                planned=mh.Plan.TARGET,
            ),
        ),
        citations=(r.cite(reason, speaker=mendoza),),
        description=(
            "A day of free first doses of the Moderna vaccine against COVID-19, without "
            "appointment or health insurance, at the Mexican consulate in Chicago on 1 May, "
            "with three local organisations."
        ),
    )
    person = mh.Person(
        id="sandra-mendoza",
        name="Sandra Mendoza",
        positions=(
            mh.Position(
                title="Cónsul de Protección", organisation=consulate.id, source=r.source.id
            ),
        ),
        citations=(r.cite(reason, speaker=mendoza),),
    )
    r.write(consulate, unidos, mobile_vax, arise, campaign, person)


def report_guanajuato_migrant_health_2023() -> None:
    r = Report(
        "es",
        "guanajuato_ssg_migrantes_2023",
        "guanajuato-ssg-migrantes-2023",
        title="Atiende SSG a más de 3 mil migrantes en 6 municipios",
        publisher="Punto y Aparte Radio",
        published=mh.PartialDate.fromisoformat("2023-12-14"),
        published_quote="14/12/2023",
        notes=(
            "A radio station's copy of a release of the health secretariat of Guanajuato; the "
            "title is the page's address, the text starts with the release's dateline."
        ),
    )
    ssg = mh.Organisation(
        id="mx-gto-secretaria-salud",
        name="Secretaría de Salud de Guanajuato",
        kind=K.GOVERNMENT,
        country="MX",
    )
    jurisdiction = mh.Organisation(
        id="mx-gto-jurisdiccion-sanitaria-v",
        name="Jurisdicción Sanitaria V Salamanca",
        kind=K.HEALTH_SERVICE,
        country="MX",
        parent=ssg.id,
    )
    served = (
        "En este 2023 se ha dado atención a 3 mil 316 migrantes en las unidades de salud "
        "correspondientes a la Jurisdicción Sanitaria V Salamanca"
    )
    by_place = (
        "Específicamente se ha apoyado a 630 en Jaral del Progreso, 379 en Moroleón, 589 en "
        "Salamanca, 656 en Uriangato, 484 en Valle de Santiago y a 578 en Yuriria"
    )
    workshops = (
        "Así mismo, la coordinación de Promoción de la Salud ha dirigido 138 talleres a "
        "migrantes, contando con una asistencia de 770 personas a los mismos"
    )
    fair = (
        "Por su parte la Jurisdicción Sanitaria V Salamanca ofrecerá “La Feria del Migrante” "
        "este próximo 18 de diciembre en la comunidad El Cerro de Uriangato, ya que en esta "
        "localidad, el 60% de su población migra de manera anual a los Estados Unidos "
        "Americanos"
    )
    year = r.date("este 2023", served, period=P("2023"))
    total = "gto-ssg-migrantes-atendidos-2023"
    parts = [
        ("jaral", "630", "Jaral del Progreso"),
        ("moroleon", "379", "Moroleón"),
        ("salamanca", "589", "Salamanca"),
        ("uriangato", "656", "Uriangato"),
        ("valle-de-santiago", "484", "Valle de Santiago"),
        ("yuriria", "578", "Yuriria"),
    ]
    care = mh.Programme(
        id="gto-ssg-atencion-migrantes",
        title="Atención en salud a la población migrante en la Jurisdicción Sanitaria V Salamanca",
        kind=mh.ProgrammeKind.SERVICE_CAMPAIGN,
        status=mh.Status.UNDER_WAY,
        countries=("MX",),
        places=(
            "Salamanca",
            "Jaral del Progreso",
            "Moroleón",
            "Uriangato",
            "Valle de Santiago",
            "Yuriria",
        ),
        partners=(
            mh.Partner(
                organisation=ssg.id,
                roles=(R.PROMOTER,),
                citation=r.cite(
                    "La Secretaría de Salud de Guanajuato en coordinación con el área de "
                    "Promoción de la Salud realizan acciones para ofrecer un blindaje en salud a "
                    "la población migrante"
                ),
            ),
            mh.Partner(
                organisation=jurisdiction.id, roles=(R.IMPLEMENTER,), citation=r.cite(served)
            ),
        ),
        dates=(
            r.date(
                "este próximo 18 de diciembre",
                fair,
                period=P("2023-12-18"),
                event="La Feria del Migrante",
                planned=mh.Plan.TARGET,
                inferred="the year of the release's date, 14/12/2023",
            ),
        ),
        statistics=(
            mh.ServiceStatistic(
                id="gto-ssg-atencion-migrantes-2023",
                countries=("MX",),
                dates=(year,),
                figures=(
                    r.figure(total, M.PEOPLE_SERVED, "3 mil 316 migrantes", served),
                    *(
                        r.figure(
                            f"gto-ssg-migrantes-atendidos-2023-{key}",
                            M.PEOPLE_SERVED,
                            number,
                            by_place,
                            unit="migrantes",
                            part_of=total,
                        )
                        for key, number, _place in parts
                    ),
                    r.figure("gto-ssg-talleres-2023", M.SESSIONS, "138 talleres", workshops),
                    r.figure(
                        "gto-ssg-talleres-asistencia-2023",
                        M.PARTICIPANTS,
                        "770 personas",
                        workshops,
                    ),
                ),
            ),
            mh.ServiceStatistic(
                id="gto-ssg-paquetes-garantizados-2023",
                countries=("MX",),
                dates=(year,),
                figures=(
                    r.figure(
                        "gto-ssg-paquetes-garantizados-2023-personas",
                        M.PEOPLE_SERVED,
                        "2 mil 949 personas",
                        "Además se ha beneficiado a 2 mil 949 personas con paquetes "
                        "garantizados a migrantes",
                        note="People given the guaranteed health packages for migrants.",
                    ),
                ),
            ),
        ),
        figures=(
            r.figure(
                "uriangato-el-cerro-poblacion-migrante",
                M.OTHER,
                "el 60%",
                fair,
                note="The share of the people of El Cerro de Uriangato who migrate every year.",
            ),
        ),
        description=(
            "Health care for migrants in the six municipalities of the Jurisdicción Sanitaria "
            "V Salamanca of Guanajuato in 2023: 3,316 migrants served, 2,949 people with the "
            "guaranteed packages, 138 workshops with 770 attendees, and a migrants' fair "
            "planned for 18 December 2023."
        ),
    )
    r.write(ssg, jurisdiction, care)


def report_cucuta_health_ministers_conference_2019() -> None:
    r = Report(
        "es",
        "diocesis_cucuta_conferencia_ministros_2019",
        "diocesis-cucuta-conferencia-ministros-salud-2019",
        title="III Conferencia Regional de Ministros de Salud en Cúcuta",
        publisher="Diócesis de Cúcuta",
        published=mh.PartialDate.fromisoformat("2019-08"),
        published_inferred=(
            "the page prints no date; it reports the meeting of 'Este lunes 26 de agosto', and "
            "26 August is a Monday in 2019, the one such year in which Alex Azar, named as the "
            "health minister of the United States, held that office"
        ),
        notes=(
            "A news item of the diocese of Cúcuta, with a photo credit before it. The stored "
            "text has no heading: the title is the curator's, from the text. The copy stops "
            "in the middle of a quote of the minister of Panama ('la tarea de la salud e'); "
            "the text here ends with the last whole paragraph."
        ),
    )
    co_health = mh.Organisation(
        id="co-minsalud",
        name="Ministerio de Salud de Colombia",
        kind=K.MINISTRY,
        country="CO",
    )
    migracion = mh.Organisation(
        id="co-migracion-colombia",
        name="Migración Colombia",
        kind=K.GOVERNMENT,
        country="CO",
    )
    huem = mh.Organisation(
        id="co-huem",
        name="Hospital Universitario Erasmo Meoz",
        acronym="HUEM",
        kind=K.HEALTH_SERVICE,
        country="CO",
    )
    uribe = mh.Speaker(
        name="Juan Pablo Uribe Restrepo",
        position="ministro de Salud de Colombia",
        organisation=co_health.id,
        person="juan-pablo-uribe-restrepo",
    )
    monday = (
        "'Este lunes 26 de agosto': 26 August is a Monday in 2019, the one such year in which "
        "Alex Azar, named as the health minister of the United States, held that office"
    )
    met = (
        "Este lunes 26 de agosto, se reunieron en Cúcuta más de diez altos funcionarios de la "
        "salud de América, para llevar a cabo la III Conferencia Regional de Ministros de Salud"
    )
    ministers = (
        "A la ciudad arribaron los ministros Juan Pablo Uribe Restrepo, ministro de Salud de "
        "Colombia"
    )
    coordinated = (
        "“estemos trabajando de manera coordinada, en esta respuesta al llamado de la crisis "
        "migratoria”"
    )
    served = (
        "Según las cifras del centro asistencial, en los últimos tres años, ha prestado todo "
        "tipo de servicios a 33.000 venezolanos"
    )
    three_years = (
        "'en los últimos tres años' before the visit of 26 August 2019: August 2016 to August 2019"
    )
    conference = mh.Programme(
        id="conferencia-regional-ministros-salud-3",
        title="Conferencia Regional de Ministros de Salud",
        kind=mh.ProgrammeKind.OTHER,
        status=mh.Status.COMPLETED,
        edition=r.figure(
            "conferencia-ministros-edition",
            M.EDITION,
            "III Conferencia Regional de Ministros de Salud",
            met,
            # The reader does not read Roman numerals: 'III' is the third.
            quantity=mh.Quantity(value=3, unit="edición"),
        ),
        themes=(
            "la experiencia colombiana en temas de migración",
            "planes de contingencia en salud",
        ),
        countries=("CO", "EC", "US", "LC", "PA", "CA", "AR", "HT", "DO", "PY"),
        places=("Cúcuta", "Villa del Rosario"),
        dates=(
            r.date(
                "lunes 26 de agosto",
                met,
                period=P("2019-08-26"),
                weekday=mh.Weekday.MONDAY,
                inferred=monday,
            ),
        ),
        partners=(
            mh.Partner(organisation=co_health.id, roles=(R.HOST,), citation=r.cite(ministers)),
            mh.Partner(
                organisation=migracion.id,
                roles=(R.ATTENDEE,),
                citation=r.cite("Christian Krûger, director de Migración Colombia"),
            ),
            mh.Partner(
                organisation=huem.id,
                roles=(R.HOST,),
                citation=r.cite(
                    "La Jornada inició en el Hospital Universitario Erasmo Meoz (HUEM)"
                ),
            ),
        ),
        cohorts=(
            mh.Cohort(
                id="conferencia-ministros-3-officials",
                label="altos funcionarios de la salud de América",
                places=("Cúcuta",),
                figures=(
                    r.figure(
                        "conferencia-ministros-officials",
                        M.PARTICIPANTS,
                        "más de diez altos funcionarios",
                        met,
                        period=P("2019-08-26"),
                        inferred=monday,
                    ),
                ),
            ),
        ),
        citations=(r.cite(coordinated, speaker=uribe),),
        description=(
            "The third Regional Conference of Ministers of Health, in Cúcuta on 26 August 2019, "
            "on the Colombian experience of migration: more than ten senior health officials "
            "of the Americas visited the Erasmo Meoz university hospital, which has served "
            "33,000 Venezuelans in three years."
        ),
    )
    hospital = mh.Programme(
        id="huem-atencion-venezolanos",
        title="Atención a venezolanos en el Hospital Universitario Erasmo Meoz",
        kind=mh.ProgrammeKind.OTHER,
        status=mh.Status.UNDER_WAY,
        countries=("CO",),
        places=("Cúcuta",),
        partners=(
            mh.Partner(
                organisation=huem.id,
                roles=(R.IMPLEMENTER,),
                citation=r.cite(
                    "reconoció la labor del Hospital en medio de la crisis", speaker=uribe
                ),
            ),
        ),
        statistics=(
            mh.ServiceStatistic(
                id="huem-venezuelans-served",
                population=(
                    "venezolanos que van de paso al interior de Colombia, se han radicado en "
                    "Cúcuta o llegan expresamente a buscar atención médica"
                ),
                places=("Cúcuta",),
                countries=("CO",),
                dates=(
                    r.date(
                        "en los últimos tres años",
                        served,
                        period=P("2016-08/2019-08"),
                        inferred=three_years,
                    ),
                ),
                figures=(
                    r.figure(
                        "huem-venezuelans-served-count",
                        M.PEOPLE_SERVED,
                        "33.000 venezolanos",
                        served,
                        speaker=mh.Speaker(
                            description="las cifras del centro asistencial", organisation=huem.id
                        ),
                        period=P("2016-08/2019-08"),
                        inferred=three_years,
                    ),
                ),
            ),
        ),
        related=(conference.id,),
        description=(
            "The care the Erasmo Meoz university hospital of Cúcuta has given Venezuelans, "
            "which the ministers visited: 33,000 people served in three years."
        ),
    )
    person = mh.Person(
        id="juan-pablo-uribe-restrepo",
        name="Juan Pablo Uribe Restrepo",
        positions=(
            mh.Position(
                title="ministro de Salud de Colombia",
                organisation=co_health.id,
                source=r.source.id,
            ),
        ),
        citations=(r.cite(coordinated, speaker=uribe),),
    )
    r.write(co_health, migracion, huem, conference, hospital, person)


def report_udd_minsal_migrant_health_course_2016() -> None:
    r = Report(
        "es",
        "udd_curso_minsal_migrantes_2016",
        "udd-curso-minsal-migracion-2016",
        title="Programa Estudios Sociales en Salud dicta curso a autoridades del Minsal",
        publisher="Universidad del Desarrollo, Centro de Epidemiología y Políticas de Salud",
        published=mh.PartialDate.fromisoformat("2016-08-01"),
        published_inferred=(
            "the page prints no date; its address is dated '2016/08/01', which fits 'El pasado "
            "18 de julio'"
        ),
        notes=(
            "A news item of a research centre of the Universidad del Desarrollo (Chile). The "
            "stored text has no heading: the title is read from the page's address. Its first "
            "paragraph, a lead, repeats the fourth ('se realiza' for 'se realizará'): the "
            "length and the days of the course are recorded once, from the fourth. The copy "
            "stops in the middle of a sentence that states no figure ('fue solicitado por el "
            "Minsal al Programa de Estudios Sociales en Salud de la UDD, siendo'); the text "
            "here ends with the last whole paragraph. It writes 'Ministerios de Salud' once "
            "for 'Ministerio de Salud'."
        ),
    )
    udd = mh.Organisation(
        id="cl-udd",
        name="Universidad del Desarrollo",
        kind=K.UNIVERSITY,
        country="CL",
    )
    programme_office = mh.Organisation(
        id="cl-udd-programa-estudios-sociales-en-salud",
        name="Programa Estudios Sociales en Salud",
        kind=K.UNIVERSITY,
        country="CL",
        parent=udd.id,
    )
    nursing = mh.Organisation(
        id="cl-udd-enfermeria",
        name="carrera de Enfermería de la Universidad del Desarrollo",
        kind=K.UNIVERSITY,
        country="CL",
        parent=udd.id,
    )
    minsal = mh.Organisation(
        id="cl-minsal",
        name="Ministerio de Salud",
        kind=K.MINISTRY,
        country="CL",
        spellings=(mh.Spelling(source=r.source.id, text="Ministerios de Salud"),),
    )
    bernales = mh.Speaker(
        name="Margarita Bernales",
        position="directora del curso",
        organisation=udd.id,
        person="margarita-bernales",
    )
    cabieses = mh.Speaker(
        name="Báltica Cabieses",
        position="investigadora",
        organisation=programme_office.id,
        person="baltica-cabieses",
    )
    began = (
        "el Programa Estudios Sociales en Salud comenzó el curso “Derechos humanos, "
        "determinantes sociales y migración internacional en programas de Salud: del "
        "conocimiento a la acción”, dirigido a funcionarios del Ministerios de Salud"
    )
    started = (
        "El pasado 18 de julio, 26 autoridades del Ministerio de Salud -entre jefes de "
        "unidades, departamentos y divisiones, y miembros del gabinete de la ministra Castillo- "
        "iniciaron la primera fase del curso coordinado por la carrera de Enfermería de la "
        "Universidad del Desarrollo"
    )
    length = (
        "El curso, de 48 horas cronológicas, se realizará en seis jornadas de trabajo durante "
        "los meses de julio, agosto y noviembre"
    )
    bernales_quote = (
        "Esta ha sido una excelente oportunidad para dar a conocer el extenso trabajo de "
        "investigación que el programa ha desarrollado en esta temática durante los últimos "
        "años"
    )
    cabieses_quote = (
        "este curso es un importante logro para el programa, pues confirma nuestro liderazgo "
        "en esta temática en Chile"
    )
    year = "the year of the page's date, 1 August 2016"

    def month(name: str, number: int) -> mh.DateFact:
        return r.date(
            name,
            length,
            period=P(f"2016-{number:02d}"),
            planned=mh.Plan.TARGET,
            inferred=(
                f"{year}; the months of the course, July, August and November, are not one "
                "period and are recorded one by one"
            ),
        )

    course = mh.Programme(
        id="udd-curso-derechos-humanos-migracion-minsal-2016",
        title=(
            "Derechos humanos, determinantes sociales y migración internacional en programas "
            "de Salud: del conocimiento a la acción"
        ),
        kind=mh.ProgrammeKind.COURSE,
        status=mh.Status.UNDER_WAY,
        themes=(
            "los conceptos esenciales de la migración internacional como fenómeno global",
            "la transferencia del conocimiento en migración internacional a la acción en Salud "
            "Pública",
            "la relación entre migración y salud en el país",
        ),
        countries=("CL",),
        dates=(month("julio", 7), month("agosto", 8), month("noviembre", 11)),
        partners=(
            mh.Partner(
                organisation=programme_office.id,
                roles=(R.PROMOTER, R.IMPLEMENTER),
                citation=r.cite(began),
            ),
            mh.Partner(
                organisation=nursing.id, roles=(R.ACADEMIC_COORDINATOR,), citation=r.cite(started)
            ),
            mh.Partner(organisation=minsal.id, roles=(R.BENEFICIARY,), citation=r.cite(began)),
        ),
        figures=(
            r.figure("udd-curso-minsal-hours", M.DURATION, "48 horas cronológicas", length),
            r.figure("udd-curso-minsal-days", M.SESSIONS, "seis jornadas de trabajo", length),
        ),
        cohorts=(
            mh.Cohort(
                id="udd-curso-minsal-2016-cohort",
                label=(
                    "autoridades del Ministerio de Salud: jefes de unidades, departamentos y "
                    "divisiones, y miembros del gabinete de la ministra"
                ),
                countries=("CL",),
                dates=(
                    r.date(
                        "El pasado 18 de julio",
                        started,
                        period=mh.parse_period(
                            "El pasado 18 de julio",
                            language="es",
                            anchor=mh.PartialDate.fromisoformat("2016-08-01"),
                        ),
                        event="inicio de la primera fase",
                        inferred=year,
                    ),
                ),
                figures=(
                    r.figure(
                        "udd-curso-minsal-participants",
                        M.PARTICIPANTS,
                        "26 autoridades del Ministerio de Salud",
                        started,
                    ),
                ),
            ),
        ),
        citations=(
            r.cite(bernales_quote, speaker=bernales),
            r.cite(cabieses_quote, speaker=cabieses),
        ),
        description=(
            "A course of 48 hours in six working days in July, August and November 2016, "
            "given by the Universidad del Desarrollo to 26 senior officials of Chile's Ministry "
            "of Health, on human rights, social determinants and international migration in "
            "health programmes; its first phase began on 18 July 2016."
        ),
    )
    people = (
        mh.Person(
            id="margarita-bernales",
            name="Margarita Bernales",
            positions=(
                mh.Position(title="directora del curso", organisation=udd.id, source=r.source.id),
            ),
            citations=(r.cite(bernales_quote, speaker=bernales),),
        ),
        mh.Person(
            id="baltica-cabieses",
            name="Báltica Cabieses",
            positions=(
                mh.Position(
                    title="investigadora",
                    organisation=programme_office.id,
                    source=r.source.id,
                ),
            ),
            citations=(r.cite(cabieses_quote, speaker=cabieses),),
        ),
    )
    r.write(udd, programme_office, nursing, minsal, course, *people)


if __name__ == "__main__":
    for build in [v for k, v in list(globals().items()) if k.startswith("report_")]:
        build()
