"""The curated records of the Portuguese reports (run this file to write them)."""

from __future__ import annotations

from curate import Report

import migrationhealth as mh

M = mh.Measure
R = mh.Role
K = mh.OrganisationKind
P = mh.Period.fromisoformat


def iom() -> mh.Organisation:
    return mh.Organisation(
        id="iom",
        name="Organização Internacional para as Migrações",
        acronym="OIM",
        kind=K.INTERGOVERNMENTAL,
    )


def unhcr() -> mh.Organisation:
    return mh.Organisation(
        id="unhcr",
        name="Agência da ONU para Refugiados",
        acronym="ACNUR",
        kind=K.UN_AGENCY,
    )


def report_iom_rio_de_janeiro_trainings() -> None:
    r = Report(
        "pt",
        "oim_rio_de_janeiro_capacitacao",
        "oim-brasil-capacitacao-rio-de-janeiro",
        title="Profissionais do SUS no Rio de Janeiro recebem capacitação sobre migração e saúde",
        publisher="Organização Internacional para as Migrações (OIM) no Brasil",
        notes=(
            "A news item of the IOM in Brazil, with the dateline São Paulo. The stored copy "
            "of the page holds no date, and the text names none but 'Desde 2021': the year of "
            "the trainings is not known. The copy stops in the middle of its third paragraph "
            "('os determinantes sociais'); the text here ends with the last whole paragraph."
        ),
    )
    oim, acnur = iom(), unhcr()
    municipal = mh.Organisation(
        id="br-rj-municipal-health-secretariats",
        name="secretarias municipais de saúde",
        kind=K.GOVERNMENT,
        country="BR",
        notes="The health secretariats of the municipalities where the trainings were held.",
    )
    state = mh.Organisation(
        id="br-rj-ses",
        name="Secretaria de Estado de Saúde",
        kind=K.GOVERNMENT,
        country="BR",
        notes="The health secretariat of the state of Rio de Janeiro.",
    )
    ministry = mh.Organisation(
        id="br-ministerio-da-saude", name="Ministério da Saúde", kind=K.MINISTRY, country="BR"
    )
    caritas = mh.Organisation(
        id="caritas-rio-de-janeiro", name="Cáritas do Rio de Janeiro", kind=K.NGO, country="BR"
    )
    partnership = (
        "As atividades são resultado de parcerias entre a Agência da ONU para as Migrações "
        "(OIM), a Agência da ONU para Refugiados (ACNUR), as secretarias municipais de saúde, "
        "a Secretaria de Estado de Saúde, o Ministério da Saúde e a Cáritas do Rio de Janeiro"
    )
    met = (
        "Os encontros ocorreram na segunda semana de novembro e reuniram 60 participantes na "
        "capital e no município de Duque de Caxias"
    )
    since_2021 = (
        "Desde 2021, seis capacitações sobre cuidados à saúde da população migrante e "
        "refugiada já foram realizadas no estado do Rio de Janeiro, incluindo os municípios de "
        "Niterói e Itaperuna"
    )
    programme = mh.Programme(
        id="oim-capacitacoes-migracao-saude-rio-de-janeiro",
        title="Capacitações sobre cuidados à saúde da população migrante e refugiada",
        kind=mh.ProgrammeKind.WORKSHOP_SERIES,
        status=mh.Status.UNDER_WAY,
        countries=("BR",),
        places=("Rio de Janeiro", "Duque de Caxias", "Niterói", "Itaperuna"),
        dates=(r.date("Desde 2021", since_2021),),
        partners=tuple(
            mh.Partner(organisation=o.id, roles=(R.PARTNER,), citation=r.cite(partnership))
            for o in (oim, acnur, municipal, state, ministry, caritas)
        ),
        figures=(
            r.figure(
                "oim-rj-capacitacoes-since-2021",
                M.SESSIONS,
                "seis capacitações",
                since_2021,
                period=P("2021/.."),
            ),
        ),
        cohorts=(
            mh.Cohort(
                id="oim-rj-capacitacoes-novembro",
                label="capacitações na capital e em Duque de Caxias",
                dates=(
                    r.date(
                        "na segunda semana de novembro",
                        met,
                        period=P("--11-08/--11-14"),
                        inferred=(
                            "'na segunda semana de novembro' read as days 8 to 14 of "
                            "November; the year is not stated"
                        ),
                    ),
                ),
                places=("Rio de Janeiro", "Duque de Caxias"),
                countries=("BR",),
                figures=(
                    r.figure(
                        "oim-rj-novembro-participants", M.PARTICIPANTS, "60 participantes", met
                    ),
                    r.figure(
                        "oim-rj-novembro-municipalities",
                        M.PLACES_REACHED,
                        "dois municípios",
                        "capacitações realizadas em dois municípios do Rio de Janeiro",
                    ),
                ),
            ),
        ),
        description=(
            "Trainings of SUS professionals on the health care of migrants and refugees in "
            "the state of Rio de Janeiro: six since 2021; in the second week of November, "
            "60 participants in the capital and Duque de Caxias."
        ),
    )
    r.write(oim, acnur, municipal, state, ministry, caritas, programme)


def report_unhcr_rio_de_janeiro_trainings_2024() -> None:
    r = Report(
        "pt",
        "acnur_rio_de_janeiro_treinamentos_2024",
        "acnur-treinamentos-rio-de-janeiro-2024",
        title=(
            "No Rio de Janeiro, ACNUR realiza treinamentos sobre proteção e saúde de pessoas "
            "refugiadas e migrantes"
        ),
        publisher="ACNUR Brasil",
        published=mh.PartialDate.fromisoformat("2024-11"),
        published_inferred=(
            "the page prints no date; it reports trainings of 'na última semana', on "
            "'quinta-feira, 31/10' and 'segunda-feira, 4/11', weekdays that fit 2024 (and "
            "2019); the Rio municipal health training centre dates the III Oficina 4 November "
            "2024 (oticsrio.com.br/2024/11/04/...)"
        ),
        notes=(
            "A news note of the UNHCR in Brazil. The page prints its title twice (heading and "
            "page title); it is kept once. The stored copy stops in the middle of a quote "
            "('sempre focando na p'); the text here ends with the last whole paragraph."
        ),
    )
    oim, acnur = iom(), unhcr()
    crai = mh.Organisation(
        id="crai-rio",
        name="Centro de Referência e Atendimento para Imigrantes",
        acronym="CRAI-RJ",
        kind=K.GOVERNMENT,
        country="BR",
        spellings=(mh.Spelling(source=r.source.id, text="CRAI-Rio"),),
    )
    sms = mh.Organisation(
        id="br-rio-sms",
        name="Secretaria Municipal de Saúde",
        kind=K.GOVERNMENT,
        country="BR",
        notes="The health secretariat of the municipality of Rio de Janeiro.",
    )
    pares = mh.Organisation(
        id="pares-caritas-rj", name="PARES Cáritas-RJ", kind=K.NGO, country="BR"
    )
    laureano_title = "associado de proteção da Agência da ONU para Refugiados (ACNUR)"
    laureano = mh.Speaker(
        name="William Laureano",
        position=laureano_title,
        organisation=acnur.id,
        person="william-laureano",
    )
    uzcategui = mh.Speaker(
        name="Danjerl Daniel Alfonzo Uzcategui",
        position="coordenador assistente do CRAI-Rio",
        organisation=crai.id,
        person="danjerl-daniel-alfonzo-uzcategui",
    )
    two = (
        "Esses foram os principais assuntos abordados em duas capacitações realizadas pela "
        "equipe do ACNUR no Rio de Janeiro (RJ) na última semana"
    )
    first = (
        "A primeira foi destinada às equipes do Centro de Referência e Atendimento para "
        "Imigrantes (CRAI-RJ). Realizada na quinta-feira, 31/10"
    )
    laureano_quote = (
        "Também buscamos compartilhar boas práticas que ajudam a tornar os espaços mais "
        "seguros, onde essas pessoas consigam se expressar melhor e apresentar suas demandas"
    )
    uzcategui_quote = (
        "Considero fundamental que nós, que atuamos na ponta, tenhamos conhecimento e "
        "humanidade para realizar atendimentos e acolher de forma correta as pessoas "
        "assistidas, que trazem consigo diversas vulnerabilidades"
    )
    oficina_quote = (
        "A III Oficina de Qualificação em Cuidado à Saúde de Migrantes e Refugiados teve a "
        "participação de 50 profissionais de 10 diferentes áreas programáticas do município do "
        "Rio de Janeiro"
    )
    year = "the year of the page, 2024; the weekday written agrees with it"
    series = mh.Programme(
        id="acnur-capacitacoes-rio-de-janeiro-2024",
        title="Capacitações do ACNUR no Rio de Janeiro",
        kind=mh.ProgrammeKind.WORKSHOP_SERIES,
        status=mh.Status.COMPLETED,
        themes=(
            "as especificidades no atendimento à população refugiada e migrante",
            "os direitos que elas possuem no Brasil",
            "o papel de servidoras e servidores públicos",
        ),
        countries=("BR",),
        places=("Rio de Janeiro",),
        partners=(
            mh.Partner(
                organisation=acnur.id, roles=(R.PROMOTER, R.IMPLEMENTER), citation=r.cite(two)
            ),
        ),
        figures=(r.figure("acnur-rj-2024-trainings", M.SESSIONS, "duas capacitações", two),),
        cohorts=(
            mh.Cohort(
                id="acnur-rj-2024-crai-team",
                label="equipes do CRAI-RJ",
                dates=(
                    r.date(
                        "quinta-feira, 31/10",
                        first,
                        period=P("2024-10-31"),
                        weekday=mh.Weekday.THURSDAY,
                        inferred=year,
                    ),
                ),
                places=("Rio de Janeiro",),
                countries=("BR",),
            ),
        ),
        citations=(r.cite(laureano_quote, speaker=laureano),),
        description=(
            "Two trainings given by the UNHCR team in Rio de Janeiro: for the teams of the "
            "CRAI-RJ on 31 October, and in the III Oficina of the municipal health "
            "secretariat on 4 November."
        ),
    )
    oficina = mh.Programme(
        id="sms-rio-oficina-qualificacao-saude-migrantes-3",
        title="Oficina de Qualificação em Cuidado à Saúde de Migrantes e Refugiados",
        kind=mh.ProgrammeKind.WORKSHOP_SERIES,
        status=mh.Status.COMPLETED,
        edition=r.figure(
            "sms-rio-oficina-3-edition",
            M.EDITION,
            "III Oficina",
            oficina_quote,
            # Roman numerals are not read: 'III' is the third.
            quantity=mh.Quantity(value=3, unit="oficina"),
        ),
        countries=("BR",),
        places=("Rio de Janeiro",),
        partners=(
            mh.Partner(
                organisation=sms.id,
                roles=(R.PROMOTER,),
                citation=r.cite(
                    "A segunda atividade foi promovida pela Secretaria Municipal de Saúde"
                ),
            ),
            mh.Partner(
                organisation=acnur.id,
                roles=(R.TECHNICAL_PARTNER,),
                citation=r.cite("Além do ACNUR, colaboraram com os debates profissionais"),
            ),
            mh.Partner(
                organisation=oim.id,
                roles=(R.TECHNICAL_PARTNER,),
                citation=r.cite(
                    "colaboraram com os debates profissionais da Organização Internacional "
                    "para as Migrações (OIM) e do PARES Cáritas-RJ"
                ),
            ),
            mh.Partner(
                organisation=pares.id,
                roles=(R.TECHNICAL_PARTNER,),
                citation=r.cite(
                    "colaboraram com os debates profissionais da Organização Internacional "
                    "para as Migrações (OIM) e do PARES Cáritas-RJ"
                ),
            ),
        ),
        cohorts=(
            mh.Cohort(
                id="sms-rio-oficina-3-participants",
                dates=(
                    r.date(
                        "segunda-feira, 4/11",
                        "A segunda atividade foi promovida pela Secretaria Municipal de Saúde, "
                        "na segunda-feira, 4/11",
                        period=P("2024-11-04"),
                        weekday=mh.Weekday.MONDAY,
                        inferred=year,
                    ),
                ),
                places=("Rio de Janeiro",),
                countries=("BR",),
                figures=(
                    r.figure(
                        "sms-rio-oficina-3-professionals",
                        M.PARTICIPANTS,
                        "50 profissionais",
                        oficina_quote,
                    ),
                    r.figure(
                        "sms-rio-oficina-3-areas",
                        M.PLACES_REACHED,
                        "10 diferentes áreas programáticas",
                        oficina_quote,
                        note="The professionals came from 10 programme areas of the municipality.",
                    ),
                ),
            ),
        ),
        citations=(r.cite(uzcategui_quote, speaker=uzcategui),),
        related=(series.id,),
        description=(
            "The third qualification workshop of the Rio de Janeiro municipal health "
            "secretariat on the health care of migrants and refugees, 4 November 2024: 50 "
            "professionals from 10 programme areas."
        ),
    )
    people = (
        mh.Person(
            id="william-laureano",
            name="William Laureano",
            positions=(
                mh.Position(title=laureano_title, organisation=acnur.id, source=r.source.id),
            ),
            citations=(r.cite(laureano_quote, speaker=laureano),),
        ),
        mh.Person(
            id="danjerl-daniel-alfonzo-uzcategui",
            name="Danjerl Daniel Alfonzo Uzcategui",
            positions=(
                mh.Position(
                    title="coordenador assistente do CRAI-Rio",
                    organisation=crai.id,
                    source=r.source.id,
                ),
            ),
            citations=(r.cite(uzcategui_quote, speaker=uzcategui),),
        ),
    )
    r.write(oim, acnur, crai, sms, pares, series, oficina, *people)


def report_mais_medicos_cuban_doctors_return_2018() -> None:
    r = Report(
        "pt",
        "mais_medicos_retorno_cuba_2018",
        "mais-medicos-retorno-cuba-2018",
        title="Mais médicos",
        publisher="Independence Day Brazil",
        published=mh.PartialDate.fromisoformat("2018-11"),
        published_inferred=(
            "the page prints no date; 'o presidente eleito Jair Bolsonaro' dates the text "
            "between the election of October 2018 and the inauguration of 1 January 2019, "
            "and the departure of the doctors 'até 10 de dezembro' is still ahead: November "
            "2018"
        ),
        notes=(
            "A news agency's story on a site's page of items tagged 'Mais médicos' (its "
            "heading, 'Tópicos | Mais médicos', is the only title); the story names no "
            "author. The stored copy stops in the middle of a sentence ('A exportação de mão "
            "de obra pro'); the text here ends with the last whole paragraph. '5h15' and "
            "'8h15' are clock times and 'IL-96-300' an aircraft model: not figures."
        ),
    )
    paho = mh.Organisation(
        id="paho",
        name="Organização Pan-Americana da Saúde",
        acronym="OPS",
        kind=K.UN_AGENCY,
        spellings=(mh.Spelling(source=r.source.id, text="Organização Panamericana de Saúde"),),
    )
    cuba = mh.Organisation(
        id="cu-government", name="Governo de Cuba", kind=K.GOVERNMENT, country="CU"
    )
    brazil = mh.Organisation(
        id="br-government",
        name="governo brasileiro",
        kind=K.GOVERNMENT,
        country="BR",
    )
    cubana = mh.Organisation(
        id="cubana-de-aviacion", name="Cubana de Aviación", kind=K.COMPANY, country="CU"
    )
    juventud = mh.Organisation(
        id="juventud-rebelde", name="Juventud Rebelde", kind=K.MEDIA, country="CU"
    )
    arrived = (
        "chegaram nesta sexta-feira a Havana os primeiros 200 médicos cubanos que retornam do "
        "Brasil"
    )
    leaving = (
        "Trata-se do primeiro grupo dos mais de 8.300 cubanos que devem deixar o Brasil até 10 "
        "de dezembro, depois que Havana decidiu se retirar do acordo mantido pela Organização "
        "Panamericana de Saúde (OPS) há cinco anos com o Brasil"
    )
    flight = (
        "aterrissou em Havana às 5h15 locais (8h15 em Brasília) depois de um trajeto de quase "
        "sete horas de voo"
    )
    tweet = (
        "Nas primeiras horas de sexta-feira começam a chegar à Pátria os apóstolos da saúde "
        "cubana que são #MasQueMedicos. Nossa homenagem aos homens e mulheres que fizeram "
        "história no Brasil. Bem-vindos pra casa"
    )
    doctor = "Voltamos hoje, e assim farão nossos colegas, com toda honra e dignidade do mundo"
    pay = "Cuba paga a seus médicos no exterior 30% do que recebem por seu trabalho"
    diaz_canel = mh.Speaker(
        name="Miguel Díaz-Canel",
        position="presidente",
        organisation=cuba.id,
        person="miguel-diaz-canel",
    )
    friday = (
        "'nesta sexta-feira': the Friday of the week of the story, 23 November 2018, the day "
        "after Pedro Sánchez's visit to Havana that the story mentions"
    )
    programme = mh.Programme(
        id="mais-medicos-cuban-doctors",
        title="Mais Médicos",
        kind=mh.ProgrammeKind.WORKFORCE_AGREEMENT,
        status=mh.Status.UNDER_WAY,
        countries=("BR", "CU"),
        places=("Havana",),
        dates=(
            r.date(
                "nesta sexta-feira",
                arrived,
                period=P("2018-11-23"),
                event="first group of doctors back in Havana",
                weekday=mh.Weekday.FRIDAY,
                inferred=friday,
            ),
            r.date(
                "até 10 de dezembro",
                leaving,
                period=P("2018-12-10"),
                bound=mh.Bound.END,
                planned=mh.Plan.FORECAST,
                inferred="the year of the story, 2018",
            ),
        ),
        partners=(
            mh.Partner(
                organisation=paho.id,
                roles=(R.COORDINATOR,),
                citation=r.cite(
                    "do acordo mantido pela Organização Panamericana de Saúde (OPS) há cinco "
                    "anos com o Brasil"
                ),
            ),
            mh.Partner(
                organisation=cuba.id,
                roles=(R.PARTNER,),
                citation=r.cite("depois que Havana decidiu se retirar do acordo"),
            ),
            mh.Partner(
                organisation=brazil.id,
                roles=(R.PROMOTER,),
                citation=r.cite("contratos individuais com o governo brasileiro"),
            ),
            mh.Partner(
                organisation=cubana.id,
                roles=(R.OPERATIONAL_PARTNER,),
                citation=r.cite("O voo da Cubana de Aviación"),
            ),
        ),
        figures=(
            r.figure(
                "mais-medicos-first-group-returned",
                M.HEALTH_WORKERS,
                "200 médicos cubanos",
                arrived,
                period=P("2018-11-23"),
                inferred=friday,
                note="The first group of Cuban doctors back from Brazil.",
            ),
            r.figure(
                "mais-medicos-cubans-leaving",
                M.HEALTH_WORKERS,
                "mais de 8.300 cubanos",
                leaving,
                note="The Cuban doctors of the programme, who are to leave Brazil.",
            ),
            r.figure(
                "mais-medicos-agreement-years",
                M.DURATION,
                "cinco anos",
                leaving,
                note="How long the agreement kept by PAHO with Brazil has run.",
            ),
            r.figure(
                "mais-medicos-flight-hours",
                M.DURATION,
                "quase sete horas",
                flight,
                note="The flight of the first group from Brazil to Havana.",
            ),
            r.figure(
                "mais-medicos-share-of-pay",
                M.OTHER,
                "30%",
                pay,
                note="The share of what they are paid that Cuba pays its doctors abroad.",
            ),
        ),
        citations=(
            r.cite(
                "foi ao terminal aéreo junto com outros dirigentes para saudar os compatriotas, "
                'relatou o jornal "Juventud Rebelde"',
                speaker=mh.Speaker(
                    description='o jornal "Juventud Rebelde"', organisation=juventud.id
                ),
            ),
            r.cite(tweet, speaker=diaz_canel),
            r.cite(
                doctor,
                speaker=mh.Speaker(description='um dos médicos, ao "Juventud Rebelde"'),
            ),
            r.cite(
                "Bolsonaro condicionou a permanência dos médicos a uma revalidação de seu "
                "diploma e a contratos individuais com o governo brasileiro",
            ),
        ),
        description=(
            "The end of Cuba's part in Brazil's Mais Médicos programme, run under an agreement "
            "kept by PAHO for five years: the first 200 doctors back in Havana, of more than "
            "8,300 to leave Brazil by 10 December 2018."
        ),
    )
    people = (
        mh.Person(
            id="jair-bolsonaro",
            name="Jair Bolsonaro",
            positions=(
                mh.Position(title="presidente eleito", organisation=brazil.id, source=r.source.id),
            ),
            citations=(
                r.cite(
                    "em reação às críticas do presidente eleito Jair Bolsonaro",
                ),
            ),
        ),
        mh.Person(
            id="miguel-diaz-canel",
            name="Miguel Díaz-Canel",
            positions=(mh.Position(title="presidente", organisation=cuba.id, source=r.source.id),),
            citations=(r.cite(tweet, speaker=diaz_canel),),
        ),
        mh.Person(
            id="pedro-sanchez",
            name="Pedro Sánchez",
            positions=(mh.Position(title="chefe de governo espanhol", source=r.source.id),),
            citations=(
                r.cite(
                    "que na quinta-feira foi anfitrião do chefe de governo espanhol, Pedro Sánchez"
                ),
            ),
        ),
    )
    r.write(paho, cuba, brazil, cubana, juventud, programme, *people)


def report_brazil_voltando_em_paz_2023() -> None:
    r = Report(
        "pt",
        "opas_voltando_em_paz_2023",
        "opas-boas-praticas-voltando-em-paz",
        title="Operação “Voltando em Paz”",
        publisher="Organização Pan-Americana da Saúde (OPAS), Portal de Boas Práticas",
        published=mh.PartialDate.fromisoformat("2024"),
        published_inferred=(
            "the page prints no date; it tells of the operation 'Desde outubro de 2023 até o "
            "fim daquele ano' as past, so it was written in 2024 or later"
        ),
        notes=(
            "A good-practice record of PAHO's portal. The stored text has no heading: the "
            "title is the operation's name. The copy stops in the middle of a sentence ('uma "
            "equipe multiprofissional, composta por médicos, assistentes sociais, psi'); the "
            "text here ends with the last whole sentence. It writes 'resgastes' for "
            "'resgates'."
        ),
    )
    government = mh.Organisation(
        id="br-government",
        name="Governo Federal do Brasil",
        kind=K.GOVERNMENT,
        country="BR",
    )
    fab = mh.Organisation(
        id="br-fab",
        name="Força Aérea Brasileira",
        acronym="FAB",
        kind=K.GOVERNMENT,
        country="BR",
    )
    embassy = mh.Organisation(
        id="br-embassy-palestine",
        name="Embaixada Brasileira na Palestina",
        kind=K.GOVERNMENT,
        country="BR",
        parent="br-mre",
    )
    mre = mh.Organisation(
        id="br-mre", name="Ministério das Relações Exteriores", kind=K.MINISTRY, country="BR"
    )
    justice = mh.Organisation(
        id="br-ministerio-da-justica", name="Ministério da Justiça", kind=K.MINISTRY, country="BR"
    )
    health = mh.Organisation(
        id="br-ministerio-da-saude",
        name="Ministério da Saúde",
        acronym="MS",
        kind=K.MINISTRY,
        country="BR",
    )
    executive = mh.Organisation(
        id="br-ms-secretaria-executiva",
        name="Secretaria Executiva",
        kind=K.GOVERNMENT,
        country="BR",
        parent=health.id,
    )
    rescued = (
        "Desde outubro de 2023 até o fim daquele ano, foram resgatadas um total de 1.555 "
        "pessoas que estavam em Israel, Gaza e Cisjordânia, além de 53 animais domésticos"
    )
    gaza = "Para resgastes de Gaza foram três voos, totalizando 110 pessoas"
    flights = (
        "Os voos da Força Aérea Brasileira (FAB) que partiram do Egito com grupos de Gaza foram "
        "realizados em articulação entre Embaixada Brasileira na Palestina e Ministério das "
        "Relações Exteriores, com colaboração do Ministério da Justiça"
    )
    period = P("2023-10/2023-12")
    end_of_year = "'até o fim daquele ano': to the end of 2023"
    everyone = r.figure(
        "voltando-em-paz-people",
        M.PEOPLE_SERVED,
        "1.555 pessoas",
        rescued,
        period=period,
        inferred=end_of_year,
        note="People rescued and repatriated.",
    )
    programme = mh.Programme(
        id="operacao-voltando-em-paz",
        title="Voltando em Paz",
        kind=mh.ProgrammeKind.OTHER,
        status=mh.Status.COMPLETED,
        themes=(
            "repatriação de brasileiros e seus familiares migrantes",
            "cuidados aos repatriados e migrantes",
            "saúde, imunização e acesso",
        ),
        countries=("BR", "IL", "PS", "EG"),
        places=("Israel", "Gaza", "Cisjordânia", "Brasília"),
        dates=(
            r.date(
                "Desde outubro de 2023 até o fim daquele ano",
                rescued,
                period=period,
                inferred=end_of_year,
            ),
        ),
        partners=(
            mh.Partner(
                organisation=government.id,
                roles=(R.PROMOTER,),
                citation=r.cite(
                    "O Governo Federal do Brasil, em resposta às demandas provenientes do "
                    "conflito entre Israel e Palestina, organizou a operação “Voltando em Paz”"
                ),
            ),
            mh.Partner(
                organisation=fab.id, roles=(R.OPERATIONAL_PARTNER,), citation=r.cite(flights)
            ),
            mh.Partner(organisation=embassy.id, roles=(R.PARTNER,), citation=r.cite(flights)),
            mh.Partner(organisation=mre.id, roles=(R.PARTNER,), citation=r.cite(flights)),
            mh.Partner(organisation=justice.id, roles=(R.PARTNER,), citation=r.cite(flights)),
            mh.Partner(
                organisation=health.id,
                roles=(R.PARTNER,),
                citation=r.cite(
                    "A operação contou com participação interministerial, incluindo o "
                    "Ministério da Saúde (MS) com coordenação da Secretaria Executiva"
                ),
            ),
            mh.Partner(
                organisation=executive.id,
                roles=(R.COORDINATOR,),
                citation=r.cite("com coordenação da Secretaria Executiva"),
            ),
        ),
        statistics=(
            mh.ServiceStatistic(
                id="voltando-em-paz-rescued",
                population=(
                    "brasileiros e seus familiares migrantes em Israel, Gaza e Cisjordânia"
                ),
                dates=(
                    r.date(
                        "Desde outubro de 2023 até o fim daquele ano",
                        rescued,
                        period=period,
                        inferred=end_of_year,
                    ),
                ),
                places=("Israel", "Gaza", "Cisjordânia"),
                figures=(
                    everyone,
                    r.figure(
                        "voltando-em-paz-pets",
                        M.OTHER,
                        "53 animais domésticos",
                        rescued,
                        period=period,
                        inferred=end_of_year,
                        note="Pets rescued with the people.",
                    ),
                ),
            ),
            mh.ServiceStatistic(
                id="voltando-em-paz-gaza",
                population="grupos de Gaza",
                places=("Gaza",),
                countries=("PS",),
                figures=(
                    r.figure(
                        "voltando-em-paz-gaza-flights",
                        M.OTHER,
                        "três voos",
                        gaza,
                        note="Flights of the Brazilian Air Force that rescued people from Gaza.",
                    ),
                    r.figure(
                        "voltando-em-paz-gaza-people",
                        M.PEOPLE_SERVED,
                        "110 pessoas",
                        gaza,
                        part_of=everyone.id,
                    ),
                ),
            ),
        ),
        figures=(
            r.figure(
                "voltando-em-paz-phases",
                M.OTHER,
                "três fases",
                "o MS organizou uma estratégia em três fases: recepção, acolhimento e integração",
                note="The phases of the health ministry's strategy for the groups from Gaza.",
            ),
        ),
        description=(
            "Brazil's repatriation of its citizens and their migrant relatives from Israel, "
            "Gaza and the West Bank, October to December 2023: 1,555 people and 53 pets, 110 "
            "people from Gaza on three flights; the health ministry's guidance to the SUS, "
            "leaflets in Arabic and Hebrew and health teams on the flights."
        ),
    )
    r.write(government, fab, embassy, mre, justice, health, executive, programme)


BOA_VISTA_PROJECT = (
    "Fortalecimento de Capacidades Locais em Saúde Mental e Apoio Psicossocial no Contexto do "
    "Fluxo Migratório em Boa Vista, Roraima"
)


def paho() -> mh.Organisation:
    return mh.Organisation(
        id="paho",
        name="Organização Pan-Americana da Saúde/Organização Mundial da Saúde",
        acronym="OPAS/OMS",
        kind=K.UN_AGENCY,
    )


def japan_embassy() -> mh.Organisation:
    return mh.Organisation(
        id="jp-embassy-brazil", name="Embaixada do Japão", kind=K.GOVERNMENT, country="JP"
    )


def ufrr() -> mh.Organisation:
    return mh.Organisation(
        id="br-ufrr",
        name="Universidade Federal de Roraima",
        acronym="UFRR",
        kind=K.UNIVERSITY,
        country="BR",
    )


def report_paho_boa_vista_mental_health_2020() -> None:
    r = Report(
        "pt",
        "opas_boa_vista_saude_mental_2020",
        "opas-boa-vista-saude-mental-2020-02-17",
        title=(
            "OPAS/OMS capacita profissionais de saúde e lideranças comunitárias em saúde mental"
        ),
        publisher="Organização Pan-Americana da Saúde/Organização Mundial da Saúde (OPAS/OMS)",
        published=mh.parse_date("17 de fevereiro de 2020", language="pt"),
        published_quote="17 de fevereiro de 2020",
        notes=(
            "A news release of PAHO in Brazil. The stored text has no heading: the title is "
            "read from the page's address, which begins '20-12-2019', the date of the "
            "project's first release, while the text is dated 17 February 2020. The copy "
            "stops at the start of a section ('Plano'); the text here ends before it."
        ),
    )
    opas, japan, university = paho(), japan_embassy(), ufrr()
    unhcr = mh.Organisation(
        id="unhcr", name="Agência da ONU para Refugiados", acronym="ACNUR", kind=K.UN_AGENCY
    )
    iom = mh.Organisation(
        id="iom",
        name="Agência das Nações Unidas para Migrações",
        acronym="OIM",
        kind=K.INTERGOVERNMENTAL,
    )
    unicef = mh.Organisation(
        id="unicef",
        name="Fundo das Nações Unidas para a Infância",
        acronym="UNICEF",
        kind=K.UN_AGENCY,
    )
    third = (
        "Esse é o terceiro de uma série de treinamentos realizados pelo organismo internacional, "
        "com recursos doados pela Embaixada do Japão"
    )
    this_week = (
        "A Organização Pan-Americana da Saúde/Organização Mundial da Saúde (OPAS/OMS) "
        "capacitará profissionais de saúde, nesta semana"
    )
    january = (
        "O anterior foi realizado em janeiro deste ano. Na ocasião, a OPAS/OMS realizou uma "
        "oficina com 54 participantes"
    )
    december = (
        "A primeira oficina ocorreu em dezembro de 2019, tendo reunido 47 profissionais das "
        "redes municipal de Boa Vista e estadual de Roraima"
    )
    agencies = (
        "promovida pela OPAS/OMS e outros três organismos das Nações Unidas: Agência da ONU "
        "para Refugiados (ACNUR), Agência das Nações Unidas para Migrações (OIM) e Fundo das "
        "Nações Unidas para a Infância (UNICEF)"
    )
    funded = "que é financiado com recursos doados pela Embaixada do Japão"
    programme = mh.Programme(
        id="opas-boa-vista-saude-mental-migracao",
        title=BOA_VISTA_PROJECT,
        kind=mh.ProgrammeKind.PROJECT,
        status=mh.Status.UNDER_WAY,
        themes=(
            "acolhimento e cuidado em saúde mental na atenção primária",
            "grupos de ajuda e suporte mútuos no campo da saúde mental comunitária",
        ),
        countries=("BR",),
        places=("Boa Vista",),
        partners=(
            mh.Partner(
                organisation=opas.id, roles=(R.PROMOTER, R.IMPLEMENTER), citation=r.cite(agencies)
            ),
            mh.Partner(organisation=japan.id, roles=(R.FUNDER,), citation=r.cite(funded)),
            *(
                mh.Partner(organisation=o.id, roles=(R.PARTNER,), citation=r.cite(agencies))
                for o in (unhcr, iom, unicef)
            ),
            mh.Partner(organisation=university.id, roles=(R.ATTENDEE,), citation=r.cite(december)),
        ),
        figures=(
            r.figure(
                "opas-boa-vista-other-un-agencies",
                M.ORGANISATIONS,
                "outros três organismos",
                agencies,
                note="The UN agencies besides PAHO in the interagency proposal.",
            ),
        ),
        cohorts=(
            mh.Cohort(
                id="opas-boa-vista-oficina-1",
                label="profissionais das redes municipal de Boa Vista e estadual de Roraima",
                dates=(r.date("em dezembro de 2019", december),),
                places=("Boa Vista",),
                countries=("BR",),
                figures=(
                    r.figure(
                        "opas-boa-vista-oficina-1-professionals",
                        M.PARTICIPANTS,
                        "47 profissionais",
                        december,
                    ),
                ),
            ),
            mh.Cohort(
                id="opas-boa-vista-oficina-2",
                label=(
                    "lideranças comunitárias (migrantes e usuários de serviços de saúde "
                    "mental) e trabalhadores humanitários e da rede de saúde de Roraima"
                ),
                dates=(
                    r.date(
                        "em janeiro deste ano",
                        january,
                        period=P("2020-01"),
                        inferred="'deste ano', the year of the release, 2020",
                    ),
                ),
                places=("Boa Vista",),
                countries=("BR",),
                figures=(
                    r.figure(
                        "opas-boa-vista-oficina-2-participants",
                        M.PARTICIPANTS,
                        "54 participantes",
                        january,
                    ),
                ),
            ),
            mh.Cohort(
                id="opas-boa-vista-treinamento-3",
                label="profissionais de saúde",
                dates=(
                    r.date(
                        "nesta semana",
                        this_week,
                        period=P("2020-02-17/2020-02-23"),
                        planned=mh.Plan.TARGET,
                        inferred="'nesta semana', the week of the release, Monday 17 February 2020",
                    ),
                ),
                places=("Boa Vista",),
                countries=("BR",),
                figures=(
                    r.figure(
                        "opas-boa-vista-treinamento-3-edition",
                        M.EDITION,
                        "terceiro",
                        third,
                        unit="treinamento",
                    ),
                ),
            ),
        ),
        description=(
            "PAHO's project for local mental health and psychosocial support capacities in "
            "Boa Vista, funded by Japan: a first workshop in December 2019 (47 professionals), "
            "a second in January 2020 (54 participants), a third training in the week of 17 "
            "February 2020."
        ),
    )
    r.write(opas, japan, university, unhcr, iom, unicef, programme)


def report_paho_boa_vista_first_workshop_2019() -> None:
    r = Report(
        "pt",
        "opas_rr_primeira_oficina_2019",
        "opas-boa-vista-primeira-oficina-2019-12-20",
        title="OPAS/OMS inicia oficinas para profissionais de saúde em Boa Vista (RR)",
        publisher="Organização Pan-Americana da Saúde/Organização Mundial da Saúde (OPAS/OMS)",
        published=mh.parse_date("20 de dezembro de 2019", language="pt"),
        published_quote="20 de dezembro de 2019",
        notes=(
            "A news release of PAHO in Brazil. The stored text has no heading: the title is "
            "read from the page's address, which is cut short ('...em-boa-vista-rr-com-"
            "intuito'). The copy stops in the middle of a word ('cuidado colaborativo, lut'), "
            "kept as stored since the sentence gives the modules' hours."
        ),
    )
    opas, japan, university = paho(), japan_embassy(), ufrr()
    kamimura_title = "consultora em direitos humanos da OPAS/OMS"
    kamimura = mh.Speaker(
        name="Akemi Kamimura",
        position=kamimura_title,
        organisation=opas.id,
        person="akemi-kamimura",
    )
    first = (
        "aconteceu nos dias 12 e 13 de dezembro e reuniu 47 profissionais das redes municipal e "
        "estadual e docentes da Universidade Federal de Roraima (UFRR)"
    )
    fieldwork = (
        "Ao longo de cinco meses, foi realizado mapeamento de recursos e avaliação de necessidade"
    )
    modules = (
        "os profissionais ainda participarão de dois módulos: um especializado (15, 16 e 17 de "
        "janeiro de 2020) e outro prático, previsto para ocorrer entre março e junho de 2020"
    )
    hours = "durante esses três momentos, que acumulam um total de 48 horas"
    facilitators = (
        "A facilitação da oficina foi feita por Sandra Fortes e Fabiana Chicralla, especialistas "
        "contratadas pelo projeto"
    )
    funded = "O projeto é financiado com recursos doados pela Embaixada do Japão"
    programme = mh.Programme(
        id="opas-boa-vista-saude-mental-migracao",
        title=BOA_VISTA_PROJECT,
        kind=mh.ProgrammeKind.PROJECT,
        status=mh.Status.UNDER_WAY,
        themes=(
            "acolhimento e cuidado compartilhado das pessoas com condições de saúde mental",
            "o manejo clínico dos transtornos mentais",
            "autocuidado",
            "cuidado colaborativo",
        ),
        countries=("BR",),
        places=("Boa Vista",),
        dates=(
            r.date(
                "entre março e junho de 2020",
                "outro prático, previsto para ocorrer entre março e junho de 2020, quando o "
                "projeto entra em sua reta final",
                bound=mh.Bound.END,
                planned=mh.Plan.TARGET,
            ),
        ),
        partners=(
            mh.Partner(
                organisation=opas.id,
                roles=(R.PROMOTER, R.IMPLEMENTER),
                citation=r.cite(
                    "A Organização Pan-Americana da Saúde/Organização Mundial da Saúde "
                    "(OPAS/OMS) deu início a uma série de oficinas"
                ),
            ),
            mh.Partner(organisation=japan.id, roles=(R.FUNDER,), citation=r.cite(funded)),
            mh.Partner(organisation=university.id, roles=(R.ATTENDEE,), citation=r.cite(first)),
        ),
        figures=(
            r.figure(
                "opas-boa-vista-fieldwork-months",
                M.DURATION,
                "cinco meses",
                fieldwork,
                speaker=kamimura,
                note="The field work (mapping and needs assessment) before the first workshop.",
            ),
            r.figure(
                "opas-boa-vista-modules-to-come",
                M.SESSIONS,
                "dois módulos",
                modules,
                planned=mh.Plan.TARGET,
            ),
            r.figure("opas-boa-vista-moments", M.SESSIONS, "três momentos", hours),
            r.figure(
                "opas-boa-vista-hours",
                M.DURATION,
                "48 horas",
                hours,
                note="The three modules' hours together.",
            ),
        ),
        cohorts=(
            mh.Cohort(
                id="opas-boa-vista-oficina-1",
                label=(
                    "profissionais das redes municipal e estadual e docentes da Universidade "
                    "Federal de Roraima"
                ),
                dates=(
                    r.date(
                        "12 e 13 de dezembro",
                        first,
                        period=P("2019-12-12/2019-12-13"),
                        inferred="the year of the release, 20 December 2019",
                    ),
                ),
                places=("Boa Vista",),
                countries=("BR",),
                figures=(
                    r.figure(
                        "opas-boa-vista-oficina-1-professionals",
                        M.PARTICIPANTS,
                        "47 profissionais",
                        first,
                    ),
                ),
            ),
            mh.Cohort(
                id="opas-boa-vista-modulo-especializado",
                label="módulo especializado",
                dates=(r.date("15, 16 e 17 de janeiro de 2020", modules, planned=mh.Plan.TARGET),),
                places=("Boa Vista",),
                countries=("BR",),
            ),
        ),
        citations=(
            r.cite(
                "esse é um módulo introdutório desenhado após um extenso e detalhado trabalho de "
                "campo",
                speaker=kamimura,
            ),
        ),
        description=(
            "The first workshop of PAHO's mental health project in Boa Vista, 12 and 13 "
            "December 2019, with 47 professionals, and the two modules to follow in 2020; "
            "48 hours in all."
        ),
    )
    people = (
        mh.Person(
            id="akemi-kamimura",
            name="Akemi Kamimura",
            positions=(
                mh.Position(title=kamimura_title, organisation=opas.id, source=r.source.id),
            ),
            citations=(r.cite(fieldwork, speaker=kamimura),),
        ),
        *(
            mh.Person(
                id=name.lower().replace(" ", "-"),
                name=name,
                positions=(
                    mh.Position(
                        title="especialista contratada pelo projeto",
                        programme=programme.id,
                        source=r.source.id,
                    ),
                ),
                citations=(r.cite(facilitators),),
            )
            for name in ("Sandra Fortes", "Fabiana Chicralla")
        ),
    )
    r.write(opas, japan, university, programme, *people)


def report_operacao_acolhida_agreements_2019() -> None:
    r = Report(
        "pt",
        "ms_operacao_acolhida_acordos_2019",
        "saude-no-ar-operacao-acolhida-acordos-2019",
        title="Governo Federal assina acordos da nova fase da Operação Acolhida",
        publisher="Portal Saúde no Ar",
        published=mh.PartialDate.fromisoformat("2019-10-02"),
        published_inferred=(
            "the page prints no date; it was written 'nesta quarta-feira (02)', after figures "
            "for 'maio a setembro de 2019': Wednesday 2 October 2019"
        ),
        notes=(
            "A health news site's copy of a release of the Brazilian Ministry of Health. The "
            "stored text has no heading: the title is read from the page's address. "
            "'nos últimos cinco meses (maio a setembro de 2019)' restates its period, and is "
            "recorded as that period. Amounts of money ('R$ 18,7 milhões') are figures of "
            "their own, in reais."
        ),
    )
    government = mh.Organisation(
        id="br-government", name="Governo Federal", kind=K.GOVERNMENT, country="BR"
    )
    health = mh.Organisation(
        id="br-ministerio-da-saude", name="Ministério da Saúde", kind=K.MINISTRY, country="BR"
    )
    roraima = mh.Organisation(
        id="br-rr-government",
        name="Governo do estado de Roraima",
        kind=K.GOVERNMENT,
        country="BR",
    )
    gabbardo_title = "ministro interino da Saúde"
    gabbardo = mh.Speaker(
        name="João Gabbardo",
        position=gabbardo_title,
        organisation=health.id,
        person="joao-gabbardo",
    )
    signed = (
        "O Governo Federal assinou, nesta quarta-feira (02), acordos para tornar ainda mais "
        "efetiva a ajuda humanitária prestada a imigrantes e refugiados venezuelanos no Brasil"
    )
    sheltered = "Desde 2014, mais de 14 mil imigrantes foram abrigados em cidades brasileiras"
    vaccines = (
        "Entre janeiro e agosto de 2019, o Ministério da Saúde enviou 1,3 milhão de doses de "
        "vacinas para o estado de Roraima, ao custo de R$ 18,7 milhões"
    )
    state = (
        "o Governo do estado de Roraima informou a administração, apenas nos últimos cinco "
        "meses (maio a setembro de 2019), de 11.621 doses de vacinas em 7.517 imigrantes em Boa "
        "Vista e mais 135.933 doses de vacinas em 61.763 imigrantes em Pacaraima"
    )
    serum = (
        "Neste ano, o Ministério da Saúde distribuiu ainda ao estado de Roraima 2.669 frascos "
        "de soros (R$ 361,2 mil) e 3.030 frascos de imunoglobulinas (R$ 1,1 milhão)"
    )
    committed = (
        "o ministro interino da Saúde, João Gabbardo, assinou acordo em que o Ministério da "
        "Saúde se compromete a continuar ofertando vacinas aos imigrantes e refugiados"
    )
    said_state = mh.Speaker(description="o Governo do estado de Roraima", organisation=roraima.id)
    months = P("2019-05/2019-09")
    year = P("2019")
    this_year = "'Neste ano', the year of the release, 2019"

    def money(
        id: str, amount: int, phrase: str, quote: str, note: str, **fields: object
    ) -> mh.Figure:
        return r.figure(
            id,
            M.OTHER,
            phrase,
            quote,
            # Not read: an amount after the currency sign 'R$'.
            quantity=mh.Quantity(value=amount, unit="R$"),
            note=note,
            **fields,
        )

    def administered(place: str, doses: str, people: str) -> mh.ServiceStatistic:
        code = place.lower().replace(" ", "-")
        return mh.ServiceStatistic(
            id=f"acolhida-vaccination-{code}-2019",
            population=f"imigrantes em {place}",
            places=(place,),
            countries=("BR",),
            dates=(r.date("maio a setembro de 2019", state),),
            figures=(
                r.figure(
                    f"acolhida-{code}-doses",
                    M.VACCINATIONS,
                    doses,
                    state,
                    speaker=said_state,
                    period=months,
                ),
                r.figure(
                    f"acolhida-{code}-people",
                    M.PEOPLE_SERVED,
                    people,
                    state,
                    speaker=said_state,
                    period=months,
                ),
            ),
        )

    programme = mh.Programme(
        id="operacao-acolhida",
        title="Operação Acolhida",
        kind=mh.ProgrammeKind.OTHER,
        status=mh.Status.UNDER_WAY,
        themes=("ajuda humanitária a imigrantes e refugiados venezuelanos", "vacinação"),
        countries=("BR",),
        places=("Pacaraima", "Boa Vista"),
        dates=(
            r.date(
                "nesta quarta-feira (02)",
                signed,
                period=P("2019-10-02"),
                event="agreements signed",
                weekday=mh.Weekday.WEDNESDAY,
                inferred="the Wednesday 2 of the release's month, October 2019",
            ),
        ),
        partners=(
            mh.Partner(organisation=government.id, roles=(R.PROMOTER,), citation=r.cite(signed)),
            mh.Partner(organisation=health.id, roles=(R.PARTNER,), citation=r.cite(committed)),
            mh.Partner(organisation=roraima.id, roles=(R.IMPLEMENTER,), citation=r.cite(state)),
        ),
        figures=(
            r.figure(
                "acolhida-sheltered-since-2014",
                M.PEOPLE_SERVED,
                "mais de 14 mil imigrantes",
                sheltered,
                period=P("2014/.."),
                note="Immigrants sheltered in Brazilian cities.",
            ),
            r.figure(
                "acolhida-vaccine-types-2019",
                M.OTHER,
                "12 tipos de vacinas",
                "Foram 12 tipos de vacinas, entre elas febre amarela, tríplice viral e influenza",
                period=months,
                note="Kinds of vaccine given in Boa Vista and Pacaraima, May to September 2019.",
            ),
        ),
        statistics=(
            mh.ServiceStatistic(
                id="ms-roraima-vaccines-sent-2019",
                population="doses de vacinas enviadas ao estado de Roraima",
                countries=("BR",),
                dates=(r.date("Entre janeiro e agosto de 2019", vaccines),),
                figures=(
                    r.figure(
                        "ms-roraima-vaccine-doses-sent-2019",
                        M.OTHER,
                        "1,3 milhão de doses de vacinas",
                        vaccines,
                        period=P("2019-01/2019-08"),
                        note="Doses sent by the ministry to the state of Roraima.",
                    ),
                    money(
                        "ms-roraima-vaccine-cost-2019",
                        18_700_000,
                        "R$ 18,7 milhões",
                        vaccines,
                        "The cost of the doses sent.",
                        period=P("2019-01/2019-08"),
                    ),
                ),
            ),
            mh.ServiceStatistic(
                id="ms-roraima-serum-2019",
                population="frascos de soros distribuídos ao estado de Roraima",
                countries=("BR",),
                figures=(
                    r.figure(
                        "ms-roraima-serum-vials-2019",
                        M.OTHER,
                        "2.669 frascos de soros",
                        serum,
                        period=year,
                        inferred=this_year,
                    ),
                    money(
                        "ms-roraima-serum-cost-2019",
                        361_200,
                        "R$ 361,2 mil",
                        serum,
                        "The value of the serum vials.",
                        period=year,
                        inferred=this_year,
                    ),
                ),
            ),
            mh.ServiceStatistic(
                id="ms-roraima-immunoglobulin-2019",
                population="frascos de imunoglobulinas distribuídos ao estado de Roraima",
                countries=("BR",),
                figures=(
                    r.figure(
                        "ms-roraima-immunoglobulin-vials-2019",
                        M.OTHER,
                        "3.030 frascos de imunoglobulinas",
                        serum,
                        period=year,
                        inferred=this_year,
                    ),
                    money(
                        "ms-roraima-immunoglobulin-cost-2019",
                        1_100_000,
                        "R$ 1,1 milhão",
                        serum,
                        "The value of the immunoglobulin vials.",
                        period=year,
                        inferred=this_year,
                    ),
                ),
            ),
            administered("Boa Vista", "11.621 doses de vacinas", "7.517 imigrantes"),
            administered("Pacaraima", "135.933 doses de vacinas", "61.763 imigrantes"),
        ),
        citations=(r.cite(committed, speaker=gabbardo),),
        description=(
            "Agreements for a new phase of Operação Acolhida, signed on 2 October 2019, and "
            "the vaccination of Venezuelan immigrants in Roraima: 11,621 doses to 7,517 people "
            "in Boa Vista and 135,933 doses to 61,763 in Pacaraima, May to September 2019."
        ),
    )
    person = mh.Person(
        id="joao-gabbardo",
        name="João Gabbardo",
        positions=(mh.Position(title=gabbardo_title, organisation=health.id, source=r.source.id),),
        citations=(r.cite(committed, speaker=gabbardo),),
    )
    r.write(government, health, roraima, programme, person)


def report_operacao_acolhida_covid_vaccination_2021() -> None:
    r = Report(
        "pt",
        "casa_civil_acolhida_vacinacao_2021",
        "casa-civil-acolhida-vacinacao-2021-08",
        title=(
            "Iniciada a vacinação contra a Covid-19 para refugiados e migrantes venezuelanos "
            "abrigados"
        ),
        publisher="Casa Civil da Presidência da República",
        published=mh.PartialDate.fromisoformat("2021-08"),
        published_inferred="the page's address: '/noticias/2021/agosto/'",
        notes=(
            "A news item of the Casa Civil, with its section labels and its photograph's "
            "caption. It writes 'não conseguirem e vacinar' and 'população Venezuela'. 'em "
            "uma semana' restates the campaign's week and is not a figure of its own."
        ),
    )
    acolhida = mh.Organisation(
        id="operacao-acolhida-org",
        name="Operação Acolhida",
        kind=K.GOVERNMENT,
        country="BR",
    )
    nsa = mh.Organisation(
        id="nucleo-de-saude-da-acolhida",
        name="Núcleo de Saúde da Acolhida",
        acronym="NSA",
        kind=K.HEALTH_SERVICE,
        country="BR",
        parent=acolhida.id,
    )
    boa_vista = mh.Organisation(
        id="br-boa-vista-prefeitura",
        name="Prefeitura Municipal de Boa Vista",
        kind=K.GOVERNMENT,
        country="BR",
    )
    julio_title = "diretor do Núcleo de Saúde da Acolhida (NSA), coronel"
    julio = mh.Speaker(
        name="Vladimir Julio", position=julio_title, organisation=nsa.id, person="vladimir-julio"
    )
    started = (
        "A Operação Acolhida iniciou a vacinação contra a Covid-19 de refugiados e migrantes "
        "venezuelanos abrigados nessa segunda-feira (2)"
    )
    expected = (
        "a expectativa é que a campanha dure até o dia 9 de agosto, vacinando em média de 300 "
        "pessoas por dia. A expectativa é imunizar mais de duas mil pessoas em uma semana"
    )
    shelters = (
        "os beneficiários assistidos pela Operação Acolhida serão transportados dos 12 abrigos "
        "da Operação ao NSA"
    )
    caption = (
        "A vacinação é destinada a adultos a partir de 18 anos, gestantes e lactantes não indígenas"
    )
    body_age = (
        "A vacinação é destinada a adultos a partir de 18 anos, gestantes e lactantes não-indígenas"
    )
    goal = "A meta é atingir toda a população Venezuela apta a receber a vacinação"
    per_day = mh.parse_quantity("300 pessoas por dia", language="pt")
    age = r.figure(
        "acolhida-covid-vaccination-minimum-age",
        M.OTHER,
        "a partir de 18 anos",
        caption,
        # Not read: 'a partir de' (from ... on) is the hedge 'at least'.
        quantity=mh.Quantity(value=18, unit="anos", qualifier=mh.Qualifier.AT_LEAST),
        note="The age from which adults are vaccinated.",
    )
    programme = mh.Programme(
        id="acolhida-vacinacao-covid-abrigados-2021",
        title="Vacinação contra a Covid-19 de refugiados e migrantes venezuelanos abrigados",
        kind=mh.ProgrammeKind.SERVICE_CAMPAIGN,
        status=mh.Status.UNDER_WAY,
        countries=("BR",),
        places=("Boa Vista",),
        dates=(
            r.date(
                "nessa segunda-feira (2)",
                started,
                bound=mh.Bound.START,
                period=P("2021-08-02"),
                weekday=mh.Weekday.MONDAY,
                inferred="the Monday 2 of the page's month, August 2021",
            ),
            r.date(
                "até o dia 9 de agosto",
                expected,
                bound=mh.Bound.END,
                period=P("2021-08-09"),
                planned=mh.Plan.FORECAST,
                inferred="the year of the page, 2021",
            ),
        ),
        partners=(
            mh.Partner(
                organisation=acolhida.id,
                roles=(R.PROMOTER, R.IMPLEMENTER),
                citation=r.cite(started),
            ),
            mh.Partner(
                organisation=boa_vista.id,
                roles=(R.PARTNER,),
                citation=r.cite("Em parceria com a Prefeitura Municipal de Boa Vista (RR)"),
            ),
            mh.Partner(organisation=nsa.id, roles=(R.HOST,), citation=r.cite(shelters)),
        ),
        figures=(
            age,
            r.figure(
                "acolhida-covid-vaccination-minimum-age-body",
                M.OTHER,
                "a partir de 18 anos",
                body_age,
                quantity=mh.Quantity(value=18, unit="anos", qualifier=mh.Qualifier.AT_LEAST),
                repeats=age.id,
            ),
            r.figure(
                "acolhida-shelters",
                M.PLACES_REACHED,
                "12 abrigos",
                shelters,
                note="The shelters whose residents are brought to the NSA.",
            ),
        ),
        statistics=(
            mh.ServiceStatistic(
                id="acolhida-covid-vaccination-first-week",
                population="refugiados e migrantes venezuelanos abrigados",
                places=("Boa Vista",),
                countries=("BR",),
                figures=(
                    r.figure(
                        "acolhida-covid-vaccinations-per-day",
                        M.VACCINATIONS,
                        "em média de 300 pessoas por dia",
                        expected,
                        speaker=julio,
                        planned=mh.Plan.FORECAST,
                        # Not read: 'em média de' (on average) before the number.
                        quantity=mh.Quantity(
                            value=300,
                            unit="pessoas",
                            qualifier=mh.Qualifier.AVERAGE,
                            per=per_day.per,
                        ),
                    ),
                    r.figure(
                        "acolhida-covid-vaccinations-first-week",
                        M.VACCINATIONS,
                        "mais de duas mil pessoas",
                        expected,
                        speaker=julio,
                        planned=mh.Plan.FORECAST,
                        period=P("2021-08-02/2021-08-09"),
                        inferred="'em uma semana': the campaign's week, 2 to 9 August 2021",
                    ),
                ),
            ),
        ),
        citations=(
            r.cite(goal, speaker=julio),
            r.cite(
                "Preferimos trazer os abrigados até o Núcleo para que possamos ter um maior "
                "controle, avaliação e até mesmo, um conforto maior para essa população",
                speaker=julio,
            ),
        ),
        description=(
            "The Covid-19 vaccination of sheltered Venezuelan refugees and migrants in Boa "
            "Vista from Monday 2 August 2021, expected to last to 9 August at some 300 people "
            "a day, more than two thousand in the week."
        ),
    )
    indigenous = mh.Programme(
        id="acolhida-vacinacao-covid-indigenas-2021",
        title="Vacinação contra a Covid-19 dos indígenas abrigados",
        kind=mh.ProgrammeKind.SERVICE_CAMPAIGN,
        status=mh.Status.COMPLETED,
        countries=("BR",),
        places=("Boa Vista",),
        partners=(mh.Partner(organisation=acolhida.id, roles=(R.IMPLEMENTER,)),),
        dates=(
            r.date(
                "em julho",
                "Os indígenas que residem nos abrigos Jardim Floresta, Pintolândia, Tancredo "
                "Neves e Nova Canaã receberam a imunização em julho",
                period=P("2021-07"),
                inferred="the year of the page, 2021",
            ),
        ),
        related=(programme.id,),
        description=(
            "The indigenous residents of four shelters (Jardim Floresta, Pintolândia, Tancredo "
            "Neves, Nova Canaã), vaccinated in July 2021, before the campaign for the others."
        ),
    )
    person = mh.Person(
        id="vladimir-julio",
        name="Vladimir Julio",
        positions=(mh.Position(title=julio_title, organisation=nsa.id, source=r.source.id),),
        citations=(r.cite(goal, speaker=julio),),
    )
    r.write(acolhida, nsa, boa_vista, programme, indigenous, person)


def report_amnews_hermanitos_vaccination_workshop_2023() -> None:
    r = Report(
        "pt",
        "amnews_hermanitos_vacinacao_2023",
        "amnews-hermanitos-workshop-vacinacao-2023",
        title=(
            "Vacinação contra Covid-19 entre migrantes e refugiados venezuelanos é tema de workshop"
        ),
        publisher="AM News",
        published=mh.PartialDate.fromisoformat("2023-02"),
        published_quote="2023-02",
        notes=(
            "A news item from Manaus; the stored copy of the page gives its month ('date "
            "2023-02') before the text, and no title. The hours of the workshop ('das 9h às "
            "11h e das 13h às 15h') are times, not figures."
        ),
    )
    hermanitos = mh.Organisation(
        id="br-osc-hermanitos",
        name="Hermanitos",
        kind=K.NGO,
        country="BR",
        notes=(
            "Named 'Organização da Sociedade Civil (OSC) Hermanitos': a civil-society organisation."
        ),
    )
    opening = (
        "A Organização da Sociedade Civil (OSC) Hermanitos realiza nesta terça-feira, 28/2, o "
        "workshop gratuito “A importância do profissional de saúde na vacinação contra a "
        "Covid-19 da população migrante venezuelana”"
    )
    project = mh.Programme(
        id="br-hermanitos-vacina-para-todos",
        title="Vacina Para Todos",
        kind=mh.ProgrammeKind.PROJECT,
        status=mh.Status.UNDER_WAY,
        countries=("BR",),
        places=("Manaus",),
        partners=(
            mh.Partner(
                organisation=hermanitos.id,
                roles=(R.PROMOTER, R.IMPLEMENTER),
                citation=r.cite(opening),
            ),
        ),
        dates=(
            r.date(
                "terça-feira, 28/2",
                opening,
                period=P("2023-02-28"),
                event="workshop for health professionals",
                inferred=(
                    "'28/2' read day first, the year from the page's month (2023-02); 28 "
                    "February 2023 is a Tuesday, as written"
                ),
            ),
        ),
        citations=(
            r.cite(
                "A iniciativa faz parte do projeto “Vacina Para Todos”, que visa uma série de "
                "ações para conscientizar e estimular a vacinação contra a Covid-19 entre "
                "migrantes e refugiados venezuelanos que vivem na capital amazonense"
            ),
        ),
        description=(
            "A project of the Hermanitos organisation in Manaus to encourage COVID-19 "
            "vaccination among Venezuelan migrants and refugees, with a free workshop for "
            "health professionals on 28 February 2023."
        ),
    )
    r.write(hermanitos, project)


def report_sakso_paho_roraima_situation_room_2018() -> None:
    r = Report(
        "pt",
        "sakso_opas_roraima_sala_situacao_2018",
        "sakso-opas-roraima-sala-situacao-2018",
        title=(
            "OPAS/OMS Roraima conta com apoio de organização internacional para reforçar "
            "serviços de saúde"
        ),
        publisher="Sakso",
        published=mh.PartialDate.fromisoformat("2018-02-27"),
        published_inferred="from the page's address (/portal/2018/02/27/)",
        notes=(
            "A news portal's copy of a release of the government of Roraima. The stored copy "
            "stops in the middle of its last paragraph ('SALA – Instituída em novembro deste "
            "ano, a Sala de Situação Migratória é inédita no país e funciona co'); the text "
            "here ends with the last whole paragraph."
        ),
    )
    opas = paho()
    room = mh.Organisation(
        id="br-rr-sala-situacao-migratoria",
        name="Sala de Situação Migratória",
        kind=K.GOVERNMENT,
        country="BR",
    )
    ministry = mh.Organisation(
        id="br-ministerio-saude", name="Ministério da Saúde", kind=K.MINISTRY, country="BR"
    )
    sesau = mh.Organisation(
        id="br-rr-sesau",
        name="Secretaria Estadual de Saúde",
        acronym="Sesau",
        kind=K.GOVERNMENT,
        country="BR",
    )
    padilla = mh.Speaker(
        name="Haydée Padilla",
        position="coordenadora da representação da OPAS/OMS no Brasil",
        organisation=opas.id,
        person="haydee-padilla",
    )
    batista = mh.Speaker(
        name="Marcelo Batista",
        position="secretário estadual de Saúde",
        organisation=sesau.id,
        person="marcelo-batista",
    )
    meeting = (
        "A Sala de Situação Migratória, integrada por representantes de aproximadamente 15 "
        "entidades públicas, privadas e ONG’s (Organizações Não Governamentais) que trabalham "
        "no acolhimento de imigrantes venezuelanos em Roraima, se reuniu nesta segunda-feira, 26"
    )
    padilla_said = (
        "Sabemos que vocês estão trabalhando em ações de controle desde o ano passado e viemos "
        "aqui para somar"
    )
    batista_said = (
        "Estamos em situação de emergência e já realizamos diversas ações, no entanto, o apoio "
        "da Opas/OMS será fundamental"
    )
    support = mh.Programme(
        id="opas-apoio-roraima-2018",
        title="Apoio da OPAS/OMS às ações de saúde de Roraima diante do fluxo migratório",
        kind=mh.ProgrammeKind.OTHER,
        status=mh.Status.PLANNED,
        countries=("BR", "VE"),
        places=("Roraima", "Pacaraima"),
        partners=(
            mh.Partner(
                organisation=opas.id,
                roles=(R.TECHNICAL_PARTNER,),
                citation=r.cite(meeting + ", com representantes daOPAS/OMS"),
            ),
            mh.Partner(organisation=room.id, roles=(R.BENEFICIARY,), citation=r.cite(meeting)),
            mh.Partner(
                organisation=ministry.id,
                roles=(R.PARTNER,),
                citation=r.cite(
                    "Inicialmente a organização se reuniu com técnicos do Ministério da Saúde e "
                    "da Sesau (Secretaria Estadual de Saúde)"
                ),
            ),
            mh.Partner(
                organisation=sesau.id,
                roles=(R.BENEFICIARY,),
                citation=r.cite(batista_said, speaker=batista),
            ),
        ),
        dates=(
            r.date(
                "segunda-feira, 26",
                meeting,
                period=P("2018-02-26"),
                event="meeting of the Sala de Situação Migratória with PAHO/WHO",
                inferred=(
                    "the Monday 26 of the page's month, February 2018; 26 February 2018 is a "
                    "Monday, as written"
                ),
            ),
            r.date(
                "Nesta terça-feira, 27",
                "Nesta terça-feira, 27, a comitiva da Opas/OMS segue para Pacaraima",
                period=P("2018-02-27"),
                event="the PAHO/WHO delegation goes to Pacaraima",
                inferred="the Tuesday 27 of the page's month, February 2018, the page's day",
            ),
            r.date(
                "desde o ano passado",
                padilla_said,
                period=P("2017"),
                event="the state's control actions begin",
                inferred="'o ano passado' read against the page's date (2018-02-27): 2017",
            ),
        ),
        figures=(
            r.figure(
                "rr-sala-situacao-entidades",
                M.ORGANISATIONS,
                "aproximadamente 15 entidades",
                meeting,
            ),
            r.figure(
                "rr-imigrantes-cruzam-fronteira",
                M.OTHER,
                "milhares de imigrantes",
                "Uma das pautas principais foi o surto de sarampo enfrentado pelo Estado, devido "
                "a casos importados da Venezuela, de onde milhares de imigrantes cruzam a "
                "fronteira com o Brasil",
                note="Migrants who cross the border from Venezuela, a vague count.",
            ),
        ),
        citations=(r.cite(padilla_said, speaker=padilla),),
        description=(
            "The meetings of 26 and 27 February 2018 in which PAHO/WHO agreed to support the "
            "health actions of Roraima (a measles outbreak, the Venezuelan migrants), with the "
            "state's Sala de Situação Migratória of some 15 bodies."
        ),
    )
    people = (
        mh.Person(
            id="haydee-padilla",
            name="Haydée Padilla",
            positions=(
                mh.Position(
                    title="coordenadora da representação da OPAS/OMS no Brasil",
                    organisation=opas.id,
                    source=r.source.id,
                ),
            ),
            citations=(r.cite(padilla_said, speaker=padilla),),
        ),
        mh.Person(
            id="marcelo-batista",
            name="Marcelo Batista",
            positions=(
                mh.Position(
                    title="secretário estadual de Saúde", organisation=sesau.id, source=r.source.id
                ),
            ),
            citations=(r.cite(batista_said, speaker=batista),),
        ),
    )
    r.write(opas, room, ministry, sesau, support, *people)


def report_itaperuna_migrant_health_training() -> None:
    r = Report(
        "pt",
        "itaperuna_capacitacao_migrantes",
        "oitaperunense-capacitacao-saude-migrantes",
        title="Capacitação em saúde da população migrante e refugiada de Itaperuna, RJ",
        publisher="O Itaperunense",
        notes=(
            "A local newspaper's item; the page prints no date and the text states no year: "
            "the days of the training ('nos dias 14 e 15 de setembro') are recorded without "
            "one. 'Colégio Estadual 10 de Maio' is the name of a school, not a date; '9h às "
            "16h' are times. The stored copy stops in the middle of the list of speakers; the "
            "text here ends with the last whole paragraph."
        ),
    )
    school = mh.Organisation(
        id="br-rj-colegio-estadual-10-de-maio",
        name="Colégio Estadual 10 de Maio",
        kind=K.OTHER,
        country="BR",
    )
    sus = mh.Organisation(
        id="br-sus",
        name="Sistema Único de Saúde",
        acronym="SUS",
        kind=K.HEALTH_SERVICE,
        country="BR",
    )
    held = (
        "A capacitação em saúde da população migrante e refugiada de Itaperuna, RJ, acontece "
        "nos dias 14 e 15 de setembro, das 9h às 16h, no Colégio Estadual 10 de Maio"
    )
    opening = (
        "Paula Sales, secretária Municipal de Gabinete, representou o prefeito Alfredo Paulo "
        "Marques Rodrigues, Alfredão, que teve outros compromissos de agenda"
    )
    training = mh.Programme(
        id="itaperuna-capacitacao-saude-migrantes",
        title="Capacitação em saúde da população migrante e refugiada de Itaperuna",
        kind=mh.ProgrammeKind.WORKSHOP_SERIES,
        status=mh.Status.UNDER_WAY,
        countries=("BR",),
        places=("Itaperuna",),
        partners=(
            mh.Partner(organisation=school.id, roles=(R.HOST,), citation=r.cite(held)),
            mh.Partner(
                organisation=sus.id,
                roles=(R.BENEFICIARY,),
                citation=r.cite(
                    "capaz de assegurar o conhecimento e a chegada do respectivo público, aos "
                    "serviços do SUS"
                ),
            ),
        ),
        dates=(r.date("nos dias 14 e 15 de setembro", held),),
        citations=(r.cite(opening),),
        description=(
            "A two-day training in Itaperuna (RJ) for municipal health workers on the health "
            "of migrants and refugees, on 14 and 15 September of a year the text does not give."
        ),
    )
    r.write(school, sus, training)


def report_manaus_migrant_citizenship_drive() -> None:
    r = Report(
        "pt",
        "manaus_mutirao_imigrantes_refugiados",
        "estadopolitico-manaus-mutirao-imigrantes",
        title="Em Manaus, 400 imigrantes e refugiados recebem atendimentos em mutirão de cidadania",
        publisher="Estado Político",
        notes=(
            "A news item from Manaus. The stored text has no heading: the title is read from "
            "the page's address. The page prints no date, and the text gives the drive's day "
            "without its month or year ('no último sábado (14)'), so no date is recorded. The "
            "stored copy stops in the middle of a sentence ('além de'), kept as stored since "
            "the sentence states a figure."
        ),
    )
    mpf = mh.Organisation(
        id="br-am-mpf",
        name="Ministério Público Federal no Amazonas",
        acronym="MPF",
        kind=K.GOVERNMENT,
        country="BR",
    )
    dpu = mh.Organisation(
        id="br-dpu",
        name="Defensoria Pública da União",
        acronym="DPU",
        kind=K.GOVERNMENT,
        country="BR",
    )
    un = mh.Organisation(
        id="un", name="Organização das Nações Unidas", acronym="ONU", kind=K.INTERGOVERNMENTAL
    )
    mpam = mh.Organisation(
        id="br-am-mp",
        name="Ministério Público do Estado do Amazonas",
        acronym="MP-AM",
        kind=K.GOVERNMENT,
        country="BR",
    )
    dpe = mh.Organisation(
        id="br-am-dpe",
        name="Defensoria Pública do Estado do Amazonas",
        acronym="DPE",
        kind=K.GOVERNMENT,
        country="BR",
        notes="Named 'Defensoria Pública do Estado (DPE) do Amazonas'.",
    )
    semsa = mh.Organisation(
        id="br-manaus-semsa",
        name="Secretaria Municipal de Saúde de Manaus",
        acronym="Semsa",
        kind=K.GOVERNMENT,
        country="BR",
    )
    oim = iom()
    semasc = mh.Organisation(
        id="br-manaus-semasc",
        name="Secretaria Municipal da Mulher, Assistência Social e Cidadania",
        acronym="Semasc",
        kind=K.GOVERNMENT,
        country="BR",
    )
    acnur = mh.Organisation(
        id="unhcr",
        name="Alto Comissariado das Nações Unidas para os Refugiados",
        acronym="Acnur",
        kind=K.UN_AGENCY,
    )
    police = mh.Organisation(
        id="br-policia-federal", name="Polícia Federal", kind=K.GOVERNMENT, country="BR"
    )
    served = (
        "Cerca de 400 imigrantes e refugiados receberam atendimentos médicos e obtiveram "
        "documentos pessoais, durante mutirão realizado no último sábado (14), no Uai Shopping"
    )
    organised = (
        "foi articulada pelo Ministério Público Federal (MPF) no Amazonas em parceria com a "
        "Defensoria Pública da União (DPU), agências da Organização das Nações Unidas (ONU) e "
        "secretarias estaduais e municipais locais"
    )
    edition = "O mutirão, que já está em sua terceira edição"
    also = (
        "Essa edição contou ainda com a prestação de serviços e atendimento por parte do "
        "Ministério Público do Estado do Amazonas (MP-AM) e da Defensoria Pública do Estado "
        "(DPE) do Amazonas"
    )
    health = (
        "Entre os atendimentos realizados pela Secretaria Municipal de Saúde de Manaus (Semsa), "
        "foram registradas 240 consultas, 209 doses de vacinas aplicadas, 146 emissões de "
        "cartão do Sistema Único de Saúde (SUS), 290 dispensações de medicamentos, 320 testes "
        "rápidos e mais de 60 exames de pele, com o envolvimento de 50 servidores"
    )
    residence = (
        "A Organização Internacional para as Migrações (OIM) também realizou 45 atendimentos de "
        "pedidos de residência"
    )
    social = (
        "A Secretaria Municipal da Mulher, Assistência Social e Cidadania (Semasc) fez 75 "
        "encaminhamentos para rede socioassistencial e uma orientação coletiva relativa ao "
        "Cadastro Único"
    )
    documents = (
        "Ainda foram emitidos 201 Cadastros de Pessoa Física (CPF) e mais de cem carteiras de "
        "trabalho"
    )
    refuge = (
        "O Alto Comissariado das Nações Unidas para os Refugiados (Acnur) e a Polícia Federal "
        "realizaram também 50 cadastramentos no sistema Sisconare"
    )

    def statistic(id: str, population: str, *figures: mh.Figure) -> mh.ServiceStatistic:
        return mh.ServiceStatistic(
            id=id, population=population, places=("Manaus",), countries=("BR",), figures=figures
        )

    drive = mh.Programme(
        id="mpf-am-mutirao-imigrantes-refugiados-3",
        title="Mutirão de cidadania para imigrantes e refugiados",
        kind=mh.ProgrammeKind.SERVICE_CAMPAIGN,
        status=mh.Status.COMPLETED,
        edition=r.figure("mpf-am-mutirao-edition", M.EDITION, "terceira edição", edition),
        themes=("atendimentos médicos", "documentos pessoais", "apoio humanitário"),
        countries=("BR",),
        places=("Manaus",),
        partners=(
            mh.Partner(
                organisation=mpf.id, roles=(R.PROMOTER, R.COORDINATOR), citation=r.cite(organised)
            ),
            mh.Partner(organisation=dpu.id, roles=(R.PARTNER,), citation=r.cite(organised)),
            mh.Partner(organisation=un.id, roles=(R.PARTNER,), citation=r.cite(organised)),
            mh.Partner(organisation=mpam.id, roles=(R.OPERATIONAL_PARTNER,), citation=r.cite(also)),
            mh.Partner(organisation=dpe.id, roles=(R.OPERATIONAL_PARTNER,), citation=r.cite(also)),
            mh.Partner(organisation=semsa.id, roles=(R.IMPLEMENTER,), citation=r.cite(health)),
            mh.Partner(organisation=oim.id, roles=(R.IMPLEMENTER,), citation=r.cite(residence)),
            mh.Partner(organisation=semasc.id, roles=(R.IMPLEMENTER,), citation=r.cite(social)),
            mh.Partner(organisation=acnur.id, roles=(R.IMPLEMENTER,), citation=r.cite(refuge)),
            mh.Partner(organisation=police.id, roles=(R.IMPLEMENTER,), citation=r.cite(refuge)),
        ),
        figures=(
            r.figure(
                "mpf-am-mutirao-3-pessoas-atendidas",
                M.PEOPLE_SERVED,
                "Cerca de 400 imigrantes",
                served,
                note="Immigrants and refugees given medical care and personal documents.",
            ),
        ),
        statistics=(
            statistic(
                "mpf-am-mutirao-3-semsa",
                "imigrantes e refugiados atendidos pela Semsa",
                r.figure("mpf-am-mutirao-3-consultas", M.CONSULTATIONS, "240 consultas", health),
                r.figure(
                    "mpf-am-mutirao-3-vacinas",
                    M.VACCINATIONS,
                    "209 doses de vacinas aplicadas",
                    health,
                ),
                r.figure(
                    "mpf-am-mutirao-3-cartao-sus",
                    M.SERVICES,
                    "146 emissões de cartão",
                    health,
                    note="Cards of the Sistema Único de Saúde (SUS) issued.",
                ),
                r.figure(
                    "mpf-am-mutirao-3-medicamentos",
                    M.SERVICES,
                    "290 dispensações de medicamentos",
                    health,
                ),
                r.figure("mpf-am-mutirao-3-testes", M.SCREENINGS, "320 testes rápidos", health),
                r.figure(
                    "mpf-am-mutirao-3-exames-pele",
                    M.SCREENINGS,
                    "mais de 60 exames de pele",
                    health,
                ),
                r.figure(
                    "mpf-am-mutirao-3-servidores",
                    M.HEALTH_WORKERS,
                    "50 servidores",
                    health,
                    note="Staff of the Semsa who took part.",
                ),
            ),
            statistic(
                "mpf-am-mutirao-3-oim",
                "imigrantes e refugiados atendidos pela OIM",
                r.figure(
                    "mpf-am-mutirao-3-residencia",
                    M.SERVICES,
                    "45 atendimentos de pedidos de residência",
                    residence,
                ),
            ),
            statistic(
                "mpf-am-mutirao-3-semasc",
                "imigrantes e refugiados atendidos pela Semasc",
                r.figure(
                    "mpf-am-mutirao-3-encaminhamentos",
                    M.REFERRALS,
                    "75 encaminhamentos",
                    social,
                    note="Referrals to the social assistance network.",
                ),
                r.figure(
                    "mpf-am-mutirao-3-orientacao",
                    M.SESSIONS,
                    "uma orientação coletiva",
                    social,
                    note="A group briefing on the Cadastro Único.",
                ),
            ),
            statistic(
                "mpf-am-mutirao-3-documentos",
                "documentos emitidos a imigrantes e refugiados",
                r.figure(
                    "mpf-am-mutirao-3-cpf",
                    M.SERVICES,
                    "201 Cadastros de Pessoa Física",
                    documents,
                ),
                r.figure(
                    "mpf-am-mutirao-3-carteiras",
                    M.SERVICES,
                    "mais de cem carteiras de trabalho",
                    documents,
                ),
            ),
            statistic(
                "mpf-am-mutirao-3-sisconare",
                "imigrantes e refugiados cadastrados no sistema Sisconare",
                r.figure(
                    "mpf-am-mutirao-3-sisconare-cadastramentos",
                    M.SERVICES,
                    "50 cadastramentos",
                    refuge,
                    note="Registrations to request recognition as a refugee in Brazil.",
                ),
            ),
        ),
        description=(
            "The third citizenship drive for non-indigenous immigrants and refugees in Manaus, "
            "led by the federal prosecutors (MPF) with the DPU, UN agencies and local "
            "secretariats: about 400 people given medical care (240 consultations, 209 "
            "vaccine doses, 320 rapid tests) and personal documents."
        ),
    )
    r.write(mpf, dpu, un, mpam, dpe, semsa, oim, semasc, acnur, police, drive)


def report_fenami_multivaccination_bras() -> None:
    r = Report(
        "pt",
        "fenami_multivacinacao_bras",
        "fenami-multivacinacao-centro-imigrante-bras",
        title="Ação com apoio da FENAMI aplica mais de 100 vacinas em crianças e adultos",
        publisher="Frente Nacional pela Saúde de Migrantes (FENAMI)",
        notes=(
            "A post of the FENAMI. The stored text has no heading: the title is read from the "
            "page's address. The page prints no date, and the text gives the day of the action "
            "without its year ('no dia 08/10', 'do dia 8 de outubro'): it is after the "
            "creation of the FENAMI in 2021, and no year can be worked out. The photo credit "
            "('Foto: Instituto Omni') names no partner. The stored copy stops in the middle "
            "of its last sentence ('para mais de'), kept as stored since the sentence dates "
            "the FENAMI's work; the number it was giving is lost. 'o terceiro eixo' names one "
            "of the three axes, and is not a count."
        ),
    )
    centre = mh.Organisation(
        id="br-sp-centro-do-imigrante-bras",
        name="Centro do Imigrante do Brás",
        kind=K.OTHER,
        country="BR",
    )
    fenami = mh.Organisation(
        id="br-fenami",
        name="Frente Nacional pela Saúde de Migrantes",
        acronym="FENAMI",
        kind=K.NGO,
        country="BR",
    )
    sms = mh.Organisation(
        id="br-sp-secretaria-municipal-saude",
        name="Secretaria Municipal de Saúde de São Paulo",
        kind=K.GOVERNMENT,
        country="BR",
    )
    promoted = (
        "O Centro do Imigrante do Brás promoveu, no dia 08/10, ação de celebração do dia das "
        "crianças voltada a comunidade migrante"
    )
    linked = (
        "A Frente Nacional pela Saúde de Migrantes promoveu a articulação com a Secretaria "
        "Municipal de Saúde de São Paulo, e a ação contou com a presença de uma equipe de saúde "
        "para emissão de Cartão SUS e multivacinação de crianças e adultos"
    )
    doses = (
        "A ação garantiu a aplicação de 77 doses de vacinas para atualização de caderneta de "
        "crianças com alguma vacina em atraso, além da aplicação de 7 doses de reforço contra a "
        "poliomielite em crianças, 22 doses contra a Influenza em crianças e 31 doses contra a "
        "Covid-19 em crianças e adultos"
    )
    total_quote = (
        "No total, foram aplicadas 137 doses de vacinas na ação, que também realizou busca "
        "ativa para doenças exantemáticas em 379 imigrantes presentes no evento"
    )
    axes = (
        "A Frente Nacional pela Saúde de Migrantes atua em três eixos principais: a incidência "
        "política, o monitoramento por meio do Observatório Saúde e Migração, e a mobilização e "
        "provocação do poder público"
    )
    since = (
        "Desde a sua criação em 2021, a FENAMI já garantiu a vacinação e a confecção de Cartão "
        "SUS com a dispensa de documentos brasileiros"
    )
    perussi_title = "coordenadora do Centro do Imigrante"
    perussi_quote = (
        "Elizete Perussi, coordenadora do Centro do Imigrante, frisou a importância da ação, em "
        "especial para aqueles imigrantes indocumentados"
    )
    perussi = mh.Speaker(
        name="Elizete Perussi",
        position=perussi_title,
        organisation=centre.id,
        person="elizete-perussi",
    )
    total = r.figure("fenami-bras-doses-total", M.VACCINATIONS, "137 doses de vacinas", total_quote)
    parts = (
        ("atualizacao", "77 doses de vacinas", "atualização de caderneta de crianças"),
        ("polio", "7 doses de reforço", "reforço contra a poliomielite em crianças"),
        ("influenza", "22 doses", "Influenza em crianças"),
        ("covid", "31 doses", "Covid-19 em crianças e adultos"),
    )
    work = mh.Programme(
        id="fenami-saude-de-migrantes",
        title="Frente Nacional pela Saúde de Migrantes",
        kind=mh.ProgrammeKind.OTHER,
        status=mh.Status.UNDER_WAY,
        themes=(
            "a incidência política",
            "o monitoramento por meio do Observatório Saúde e Migração",
            "a mobilização e provocação do poder público",
        ),
        countries=("BR",),
        dates=(r.date("Desde a sua criação em 2021", since),),
        partners=(mh.Partner(organisation=fenami.id, roles=(R.PROMOTER,), citation=r.cite(axes)),),
        figures=(r.figure("fenami-eixos", M.THEMES, "três eixos principais", axes),),
        description=(
            "The work of the FENAMI since its creation in 2021 for migrants' access to health "
            "care in the SUS, documented or not, on three axes."
        ),
    )
    action = mh.Programme(
        id="centro-imigrante-bras-multivacinacao",
        title="Ação de celebração do dia das crianças com multivacinação e emissão de Cartão SUS",
        kind=mh.ProgrammeKind.SERVICE_CAMPAIGN,
        status=mh.Status.COMPLETED,
        themes=("multivacinação", "emissão de Cartão SUS", "busca ativa de doenças exantemáticas"),
        countries=("BR",),
        places=("São Paulo",),
        dates=(r.date("08/10", promoted),),
        partners=(
            mh.Partner(
                organisation=centre.id, roles=(R.PROMOTER, R.HOST), citation=r.cite(promoted)
            ),
            mh.Partner(organisation=fenami.id, roles=(R.COORDINATOR,), citation=r.cite(linked)),
            mh.Partner(organisation=sms.id, roles=(R.PARTNER,), citation=r.cite(linked)),
        ),
        statistics=(
            mh.ServiceStatistic(
                id="centro-imigrante-bras-multivacinacao-doses",
                population="crianças e adultos da comunidade migrante",
                places=("São Paulo",),
                countries=("BR",),
                figures=(
                    total,
                    r.figure(
                        "fenami-bras-busca-ativa",
                        M.SCREENINGS,
                        "379 imigrantes",
                        total_quote,
                        note="Migrants at the event screened for exanthematous diseases.",
                    ),
                ),
                breakdowns=(
                    mh.Breakdown(
                        id="centro-imigrante-bras-doses-por-vacina",
                        dimension="vaccine",
                        total=total.id,
                        parts=tuple(
                            mh.BreakdownPart(
                                category=category,
                                figure=r.figure(
                                    f"fenami-bras-doses-{key}", M.VACCINATIONS, phrase, doses
                                ),
                            )
                            for key, phrase, category in parts
                        ),
                    ),
                ),
            ),
        ),
        related=(work.id,),
        citations=(r.cite(perussi_quote, speaker=perussi),),
        description=(
            "A children's day action for the migrant community at the Centro do Imigrante do "
            "Brás in São Paulo on 8 October, with the FENAMI and the municipal health "
            "secretariat: 137 vaccine doses given without Brazilian documents, and 379 "
            "migrants screened for exanthematous diseases."
        ),
    )
    person = mh.Person(
        id="elizete-perussi",
        name="Elizete Perussi",
        positions=(mh.Position(title=perussi_title, organisation=centre.id, source=r.source.id),),
        citations=(r.cite(perussi_quote, speaker=perussi),),
    )
    r.write(centre, fenami, sms, action, work, person)


if __name__ == "__main__":
    for build in [v for k, v in list(globals().items()) if k.startswith("report_")]:
        build()
