"""The curated records of the French reports (run this file to write them)."""

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
        name="Organisation internationale pour les migrations",
        acronym="OIM",
        kind=K.INTERGOVERNMENTAL,
    )


def report_iom_morocco_tangier_training_2018() -> None:
    r = Report(
        "fr",
        "oim_maroc_tanger_traite_2018",
        "oim-maroc-tanger-2018-communique",
        title=(
            "Formation des professionnels de santé de la région de Tanger Tétouan sur la lutte "
            "contre la Traite des êtres humains, les Violences basées sur le genre et l’appui "
            "Psychosocial aux victimes."
        ),
        publisher="OIM Maroc",
        published=mh.PartialDate.fromisoformat("2018"),
        published_inferred=(
            "the page prints no date; it reports the training of 'les 20 et 21 septembre "
            "2018' as past, so it was written in 2018 or later; 2018 is taken"
        ),
        notes=(
            "A release of the IOM in Morocco. The stored copy of the page stops in the middle "
            "of a word ('l’UNICEF (Fonds des Nations-Unies pour l’Enf'), and the text here "
            "keeps it as stored, since its last sentence names the funding project and its "
            "years; the second and third funding projects are not in the text."
        ),
    )
    oim = mh.Organisation(
        id="iom",
        name="Organisation Internationale pour les Migrations",
        acronym="OIM",
        kind=K.INTERGOVERNMENTAL,
    )
    ministry = mh.Organisation(
        id="ma-ministere-sante", name="Ministère de la Santé", kind=K.MINISTRY, country="MA"
    )
    eu = mh.Organisation(id="eu", name="Union Européenne", acronym="UE", kind=K.INTERGOVERNMENTAL)
    unodc = mh.Organisation(
        id="unodc",
        name="Office des Nations-Unies contre la drogue et le Crime",
        acronym="ONUDC",
        kind=K.UN_AGENCY,
    )
    unicef = mh.Organisation(id="unicef", name="UNICEF", acronym="UNICEF", kind=K.UN_AGENCY)
    targeted = (
        "Cette formation organisée en collaboration avec le Ministère de la Santé a ciblé 26 "
        "professionnels de santé (médecins, infirmiers, assistants sociaux) dont 20 hommes et "
        "6 femmes de la région de Tanger-Tétouan"
    )
    funded = (
        "cette formation a eu lieu grâce à la contribution financière de trois projets mis en "
        "œuvre par l’OIM au Maroc"
    )
    glo_act_quote = (
        "« L’action mondiale pour prévenir et combattre la traite des personnes et le trafic "
        "illicite de migrants » qui est une initiative commune d’une durée de quatre ans "
        "(2015-2019) de l’Union Européenne (UE) et de l’ONUDC"
    )
    implemented = (
        "qui est mise en œuvre en collaboration avec l’OIM (Organisation Internationale pour "
        "les Migrations) et l’UNICEF"
    )
    glo_act = mh.Programme(
        id="action-mondiale-traite-trafic-migrants",
        title=(
            "L’action mondiale pour prévenir et combattre la traite des personnes et le trafic "
            "illicite de migrants"
        ),
        kind=mh.ProgrammeKind.PROJECT,
        dates=(r.date("2015-2019", glo_act_quote),),
        partners=(
            mh.Partner(organisation=eu.id, roles=(R.PROMOTER,), citation=r.cite(glo_act_quote)),
            mh.Partner(organisation=unodc.id, roles=(R.PROMOTER,), citation=r.cite(glo_act_quote)),
            mh.Partner(organisation=oim.id, roles=(R.IMPLEMENTER,), citation=r.cite(implemented)),
            mh.Partner(
                organisation=unicef.id, roles=(R.IMPLEMENTER,), citation=r.cite(implemented)
            ),
        ),
        figures=(
            r.figure(
                "glo-act-years", M.DURATION, "quatre ans", glo_act_quote, period=P("2015/2019")
            ),
        ),
        description=(
            "A joint four-year initiative of the EU and UNODC against trafficking in persons "
            "and the smuggling of migrants, one of the three projects that funded the "
            "training."
        ),
    )
    everyone = r.figure(
        "oim-tanger-2018-participants", M.PARTICIPANTS, "26 professionnels de santé", targeted
    )
    training = mh.Programme(
        id="oim-maroc-formation-tanger-2018",
        title=(
            "Formation sur la Traite des Etres Humains, les Violences Basées sur le Genre (VBG) "
            "et l’Appui Psychosocial aux victimes"
        ),
        kind=mh.ProgrammeKind.WORKSHOP_SERIES,
        status=mh.Status.COMPLETED,
        themes=(
            "l’identification des victimes de la traite des êtres humains",
            "des survivants de VBG",
            "la prise en charge médicale et psychosociale des victimes",
        ),
        countries=("MA",),
        places=("Tanger",),
        partners=(
            mh.Partner(
                organisation=oim.id,
                roles=(R.PROMOTER, R.IMPLEMENTER),
                citation=r.cite(funded),
            ),
            mh.Partner(
                organisation=ministry.id,
                roles=(R.PARTNER, R.CERTIFYING_BODY),
                citation=r.cite(
                    "la remise de certificat co-signé par le Ministre de la Santé et la Cheffe "
                    "de Mission de l’OIM Maroc"
                ),
            ),
            mh.Partner(organisation=eu.id, roles=(R.FUNDER,), citation=r.cite(glo_act_quote)),
        ),
        figures=(
            r.figure(
                "oim-tanger-2018-days",
                M.DURATION,
                "deux jours",
                "Durant deux jours, les intervenants ont utilisés une approche participative",
            ),
            r.figure(
                "oim-tanger-2018-funding-projects",
                M.OTHER,
                "trois projets",
                funded,
                note="The projects of the IOM in Morocco that funded the training.",
            ),
        ),
        cohorts=(
            mh.Cohort(
                id="oim-tanger-2018-cohort",
                label="professionnels de santé de la région de Tanger-Tétouan",
                dates=(
                    r.date(
                        "les 20 et 21 septembre 2018",
                        "L’hôtel Kenzi solazur de Tanger a accueilli les 20 et 21 septembre "
                        "2018, une formation",
                    ),
                ),
                places=("Tanger",),
                countries=("MA",),
                figures=(everyone,),
                breakdowns=(
                    mh.Breakdown(
                        id="oim-tanger-2018-by-sex",
                        dimension="sex",
                        total=everyone.id,
                        parts=(
                            mh.BreakdownPart(
                                category="hommes",
                                figure=r.figure(
                                    "oim-tanger-2018-men", M.PARTICIPANTS, "20 hommes", targeted
                                ),
                            ),
                            mh.BreakdownPart(
                                category="femmes",
                                figure=r.figure(
                                    "oim-tanger-2018-women", M.PARTICIPANTS, "6 femmes", targeted
                                ),
                            ),
                        ),
                    ),
                ),
            ),
        ),
        related=(glo_act.id,),
        description=(
            "A two-day training in Tangier, 20 and 21 September 2018, of 26 health "
            "professionals of the Tanger-Tétouan region (20 men, 6 women) on trafficking in "
            "human beings, gender-based violence and psychosocial support to victims."
        ),
    )
    r.write(oim, ministry, eu, unodc, unicef, training, glo_act)


def report_iom_mali_sikasso_frontline_2022() -> None:
    r = Report(
        "fr",
        "oim_mali_sikasso_acteurs_2022",
        "oim-mali-formation-sikasso-2022",
        title=(
            "L’OIM Mali forme plus de 150 acteurs de première ligne dans la détection et la "
            "réponse à la COVID-19 et d’autres maladies transmissibles"
        ),
        publisher="OIM Mali",
        published=mh.PartialDate.fromisoformat("2022"),
        published_inferred=(
            "the page prints no date; it reports the sessions 'du 20 au 30 juin 2022' as "
            "past: 2022 is taken"
        ),
        notes=(
            "A release of the IOM in Mali. The stored copy of the page stops at the start of "
            "its third paragraph ('Ces sessions'); the text here ends with the last whole "
            "paragraph."
        ),
    )
    oim = iom()
    headline = r.figure(
        "oim-mali-2022-trained-headline",
        M.TRAINED,
        "plus de 150 acteurs de première ligne",
        "L’OIM Mali forme plus de 150 acteurs de première ligne dans la détection et la "
        "réponse à la COVID-19",
        note=(
            "The title counts both trainings of the page: the 137 of June 2022 and the 25 of "
            "January 2022 make 162."
        ),
    )
    total_quote = (
        "Au total, 137 acteurs de première ligne dont 74 femmes et 63 hommes ont été formés"
    )
    june = r.figure(
        "oim-mali-2022-06-trained", M.TRAINED, "137 acteurs de première ligne", total_quote
    )
    first_quote = (
        "Cette formation fait suite à une première formation organisée avec 25 acteurs de haut "
        "niveau impliqués dans la gestion de la santé et de la mobilité en janvier 2022"
    )
    places = ("Heremakono", "Kadiolo", "Loulouni", "Nimbougou", "Sikasso")
    programme = mh.Programme(
        id="oim-mali-sante-frontieres-sikasso-2022",
        title=(
            "Formation des acteurs de première ligne à la détection et à la réponse à la "
            "COVID-19 et d’autres maladies transmissibles"
        ),
        kind=mh.ProgrammeKind.WORKSHOP_SERIES,
        status=mh.Status.COMPLETED,
        themes=("la gestion des questions de santé aux frontières",),
        countries=("ML",),
        places=places,
        partners=(
            mh.Partner(
                organisation=oim.id,
                roles=(R.PROMOTER, R.IMPLEMENTER),
                citation=r.cite(
                    "L’Organisation internationale pour les migrations (OIM) au Mali a organisé "
                    "du 20 au 30 juin 2022 dans la région de Sikasso, une série de sessions de "
                    "formation"
                ),
            ),
        ),
        figures=(headline,),
        cohorts=(
            mh.Cohort(
                id="oim-mali-2022-06-sikasso",
                label=(
                    "acteurs de la première ligne: leaders communautaires, relais "
                    "communautaires, forces de défense et de sécurité"
                ),
                dates=(
                    r.date(
                        "du 20 au 30 juin 2022",
                        "a organisé du 20 au 30 juin 2022 dans la région de Sikasso",
                    ),
                ),
                places=places,
                countries=("ML",),
                figures=(june,),
                breakdowns=(
                    mh.Breakdown(
                        id="oim-mali-2022-06-by-sex",
                        dimension="sex",
                        total=june.id,
                        parts=(
                            mh.BreakdownPart(
                                category="femmes",
                                figure=r.figure(
                                    "oim-mali-2022-06-women", M.TRAINED, "74 femmes", total_quote
                                ),
                            ),
                            mh.BreakdownPart(
                                category="hommes",
                                figure=r.figure(
                                    "oim-mali-2022-06-men", M.TRAINED, "63 hommes", total_quote
                                ),
                            ),
                        ),
                    ),
                ),
            ),
            mh.Cohort(
                id="oim-mali-2022-01-high-level",
                label=(
                    "acteurs de haut niveau impliqués dans la gestion de la santé et de la mobilité"
                ),
                dates=(r.date("en janvier 2022", first_quote),),
                countries=("ML",),
                figures=(
                    r.figure(
                        "oim-mali-2022-01-participants",
                        M.PARTICIPANTS,
                        "25 acteurs de haut niveau",
                        first_quote,
                    ),
                ),
            ),
        ),
        description=(
            "Training of frontline actors in the Sikasso region, along the border with "
            "Burkina Faso, on detecting and responding to COVID-19 and other communicable "
            "diseases: 137 (74 women, 63 men) from 20 to 30 June 2022, after 25 high-level "
            "actors in January 2022."
        ),
    )
    r.write(oim, programme)


def report_iom_mali_community_mobilisers() -> None:
    r = Report(
        "fr",
        "oim_mali_mobilisateurs_covid",
        "oim-mali-mobilisateurs-covid",
        title=(
            "L’OIM forme 38 mobilisateurs communautaires pour participer à la réponse contre la "
            "COVID-19 au Mali"
        ),
        publisher="OIM Mali",
        notes=(
            "A release of the IOM in Mali. The stored copy of the page holds no date, and the "
            "text gives the workshop's days without their year ('les 9 et 10 octobre'); it "
            "is after the start of the COVID-19 pandemic. The copy ends without a full stop "
            "after 'abordées'."
        ),
    )
    oim = iom()
    body = (
        "L’Organisation internationale pour les migrations (OIM) au Mali a formé trente-huit "
        "mobilisateurs communautaires, dont six femmes"
    )
    headline = r.figure(
        "oim-mali-mobilisers-trained-headline",
        M.TRAINED,
        "38 mobilisateurs communautaires",
        "L’OIM forme 38 mobilisateurs communautaires pour participer à la réponse contre la "
        "COVID-19 au Mali",
    )
    programme = mh.Programme(
        id="oim-mali-mobilisateurs-communautaires-covid",
        title=(
            "Atelier sur les techniques de sensibilisation et les mesures préventives et de "
            "protection contre la COVID-19"
        ),
        kind=mh.ProgrammeKind.WORKSHOP_SERIES,
        status=mh.Status.COMPLETED,
        themes=(
            "les techniques de sensibilisation",
            "la causerie éducative",
            "l’organisation d’une caravane de sensibilisation",
            "la prévention, le diagnostic et le référencement vers les structures de santé",
            "les techniques de lavage des mains",
        ),
        countries=("ML",),
        places=("Bamako",),
        partners=(
            mh.Partner(
                organisation=oim.id,
                roles=(R.PROMOTER, R.IMPLEMENTER),
                citation=r.cite(
                    "cette session de formation facilitée par les membres de l’équipe médicale "
                    "et de la communication de l’OIM Mali"
                ),
            ),
        ),
        cohorts=(
            mh.Cohort(
                id="oim-mali-mobilisers-cohort",
                label="mobilisateurs communautaires",
                dates=(
                    r.date(
                        "les 9 et 10 octobre",
                        "au cours d’un atelier organisé les 9 et 10 octobre à Bamako",
                    ),
                ),
                places=("Bamako",),
                countries=("ML",),
                figures=(
                    headline,
                    r.figure(
                        "oim-mali-mobilisers-trained",
                        M.TRAINED,
                        "trente-huit mobilisateurs communautaires",
                        body,
                        repeats=headline.id,
                    ),
                ),
                subgroups=(
                    mh.SubGroup(
                        id="oim-mali-mobilisers-women",
                        label="femmes",
                        figures=(
                            r.figure(
                                "oim-mali-mobilisers-women-trained", M.TRAINED, "six femmes", body
                            ),
                        ),
                    ),
                ),
            ),
        ),
        description=(
            "A workshop in Bamako on 9 and 10 October (year not stated) that trained 38 "
            "community mobilisers, six of them women, in raising awareness of COVID-19 and "
            "its prevention."
        ),
    )
    r.write(oim, programme)


def report_iom_niger_border_health_capacities() -> None:
    r = Report(
        "fr",
        "oim_niger_assamaka_frontieres",
        "oim-niger-capacites-sanitaires-frontieres",
        title=(
            "L’OIM renforce les capacités sanitaires aux frontières du Niger avec la Libye et "
            "l’Algérie"
        ),
        publisher="OIM Niger",
        notes=(
            "A release of the IOM in Niger, dateline Niamey. The stored copy of the page holds "
            "no date, and the text dates things only relative to itself ('il y a un an', 'ce "
            "mois-ci', 'Pour le seul mois d’août'), so they are not dated here. The copy stops "
            "at the start of a paragraph ('Plusieurs activités o'); the text here ends with "
            "the last whole paragraph."
        ),
    )
    oim = iom()
    sweden = mh.Organisation(
        id="se-government", name="gouvernement de Suède", kind=K.GOVERNMENT, country="SE"
    )
    august = (
        "Pour le seul mois d’août, 48 000 individus ont été enregistrés dans sept points de "
        "contrôle du flux de l’OIM comme transitant par le pays"
    )
    launched = (
        "l’Organisation internationale pour les migrations (OIM) a lancé, il y a un an, son "
        "projet de gestion de l’immigration et des frontières (IBM) intitulé Strengthening "
        "Health Capacities at the Borders with Assamaka et Séguédine"
    )
    programme = mh.Programme(
        id="oim-niger-strengthening-health-capacities-borders",
        title="Strengthening Health Capacities at the Borders with Assamaka et Séguédine",
        kind=mh.ProgrammeKind.PROJECT,
        status=mh.Status.COMPLETED,
        themes=("eau, assainissement et hygiène (WASH)", "équipements médicaux"),
        countries=("NE",),
        places=("Assamaka", "Séguédine"),
        partners=(
            mh.Partner(
                organisation=oim.id, roles=(R.PROMOTER, R.IMPLEMENTER), citation=r.cite(launched)
            ),
            mh.Partner(
                organisation=sweden.id,
                roles=(R.FUNDER,),
                citation=r.cite("L’effort est soutenu par le gouvernement de Suède"),
            ),
        ),
        figures=(
            r.figure(
                "oim-niger-ibm-project-age",
                M.DURATION,
                "un an",
                launched,
                note=(
                    "Launched a year before the release, and ended 'ce mois-ci', the month of "
                    "the release."
                ),
            ),
        ),
        statistics=(
            mh.ServiceStatistic(
                id="niger-transit-august",
                population="individus transitant par le Niger",
                countries=("NE",),
                dates=(
                    r.date(
                        "Pour le seul mois d’août",
                        august,
                        period=P("--08"),
                        inferred="August of a year the page does not state",
                    ),
                ),
                figures=(
                    r.figure(
                        "niger-transit-august-people",
                        M.OTHER,
                        "48 000 individus",
                        august,
                        period=P("--08"),
                        note="People registered at the IOM's flow monitoring points.",
                    ),
                    r.figure(
                        "niger-flow-monitoring-points",
                        M.SERVICE_POINTS,
                        "sept points de contrôle du flux",
                        august,
                        note="The IOM's flow monitoring points in Niger.",
                    ),
                ),
            ),
        ),
        description=(
            "An IOM border-management project in Niger, funded by Sweden: water, sanitation "
            "and hygiene works and medical equipment for the new health centre of Assamaka, "
            "where migrants arrive from Algeria."
        ),
    )
    r.write(oim, sweden, programme)


def report_mali_national_referral_mechanism_training() -> None:
    r = Report(
        "fr",
        "mali_mrn_formation_formateurs",
        "africavision7-mali-mrn-formation",
        title="Mali : formation sur la prise en charge de migrants vulnérables",
        publisher="Africa Vision 7",
        notes=(
            "A news site's account of a release of the IOM. The stored text has no heading: "
            "the title is read from the page's address. The page holds no date, and the text "
            "gives the workshops' days without their year ('du 10 mai au 15 juin'); the "
            "mechanism they teach was adopted in 2021. The copy stops in the middle of a "
            "sentence ('Le MRN s’inscrit dans le cadre'); the text here ends with the last "
            "whole paragraph."
        ),
    )
    oim = iom()
    mali = mh.Organisation(
        id="ml-government", name="gouvernement malien", kind=K.GOVERNMENT, country="ML"
    )
    eu_delegation = mh.Organisation(
        id="eu-delegation-mali",
        name="Délégation de l’Union européenne",
        kind=K.INTERGOVERNMENTAL,
        country="ML",
    )
    carried = (
        "Cette activité est portée par l’Organisation internationale pour les migrations (OIM), "
        "le gouvernement malien et la Délégation de l’Union européenne (UE)"
    )
    title_quote = (
        "Plus de 220 techniciens, prestataires de services et travailleurs sociaux impliqués "
        "dans la protection et l’assistance des migrants vulnérables seront formés, selon l’OIM"
    )
    body_quote = (
        "Plus de 220 techniciens, prestataires de services et travailleurs sociaux impliqués "
        "dans la protection et l’assistance aux migrants vulnérables seront formés pour "
        "partager à leur tour, les connaissances acquises à d’autres acteurs, a affirmé l’OIM"
    )
    workshops = (
        "une série d’ateliers de formation de formateurs, organisés du 10 mai au 15 juin, dans "
        "la capitale Bamako (Sud) et sept Régions administratives à travers le pays"
    )
    said_iom = mh.Speaker(description="l’OIM", organisation=oim.id)
    ouvry_title = "l’ambassadeur de l’UE au Mali"
    ouvry_quote = (
        "Le développement des capacités, au travers de l’entraînement des entraîneurs, est un "
        "élément essentiel pour garantir aux migrants qui décident de rentrer dans leur pays "
        "d’origine une assistance dans des conditions sûres, dignes et respectueuses des "
        "normes internationales"
    )
    ouvry = mh.Speaker(
        name="Bart Ouvry",
        position=ouvry_title,
        organisation=eu_delegation.id,
        person="bart-ouvry",
    )
    mrn = mh.Programme(
        id="mali-mecanisme-de-referencement-national",
        title="Mécanisme de référencement national",
        kind=mh.ProgrammeKind.POLICY,
        countries=("ML",),
        dates=(
            r.date(
                "en 2021",
                "Le « Mécanisme de référencement national » (MRN), adopté par le Mali en 2021",
                event="adoption",
            ),
        ),
        partners=(mh.Partner(organisation=mali.id, roles=(R.PROMOTER,)),),
        description=(
            "Mali's national referral mechanism for the most vulnerable returning and "
            "foreign migrants, with their health and psychosocial care."
        ),
    )
    headline = r.figure(
        "mali-mrn-tot-trained-headline",
        M.TRAINED,
        "Plus de 220 techniciens",
        title_quote,
        speaker=said_iom,
        planned=mh.Plan.TARGET,
    )
    training = mh.Programme(
        id="mali-mrn-formation-de-formateurs",
        title="Ateliers de formation de formateurs sur le Mécanisme de référencement national",
        kind=mh.ProgrammeKind.WORKSHOP_SERIES,
        status=mh.Status.UNDER_WAY,
        themes=("la protection et l’assistance aux migrants vulnérables",),
        countries=("ML",),
        places=("Bamako",),
        partners=tuple(
            mh.Partner(organisation=o.id, roles=(R.PROMOTER,), citation=r.cite(carried))
            for o in (oim, mali, eu_delegation)
        ),
        cohorts=(
            mh.Cohort(
                id="mali-mrn-tot-trainees",
                label=(
                    "techniciens, prestataires de services et travailleurs sociaux impliqués "
                    "dans la protection et l’assistance aux migrants vulnérables"
                ),
                dates=(r.date("du 10 mai au 15 juin", workshops, planned=mh.Plan.TARGET),),
                places=("Bamako",),
                countries=("ML",),
                figures=(
                    headline,
                    r.figure(
                        "mali-mrn-tot-trained",
                        M.TRAINED,
                        "Plus de 220 techniciens",
                        body_quote,
                        speaker=said_iom,
                        planned=mh.Plan.TARGET,
                        repeats=headline.id,
                    ),
                ),
            ),
        ),
        figures=(
            r.figure(
                "mali-mrn-tot-regions",
                M.PLACES_REACHED,
                "sept Régions administratives",
                workshops,
                planned=mh.Plan.TARGET,
                note="Besides the capital, Bamako.",
            ),
        ),
        citations=(r.cite(ouvry_quote, speaker=ouvry),),
        related=(mrn.id,),
        description=(
            "Training-of-trainers workshops from 10 May to 15 June (year not stated) in "
            "Bamako and seven administrative regions of Mali, to train more than 220 "
            "technicians, service providers and social workers in the national referral "
            "mechanism for vulnerable migrants."
        ),
    )
    person = mh.Person(
        id="bart-ouvry",
        name="Bart Ouvry",
        positions=(
            mh.Position(title=ouvry_title, organisation=eu_delegation.id, source=r.source.id),
        ),
        citations=(r.cite(ouvry_quote, speaker=ouvry),),
    )
    r.write(oim, mali, eu_delegation, training, mrn, person)


def report_iom_morocco_online_trainers_2021() -> None:
    r = Report(
        "fr",
        "oim_maroc_experts_formateurs_2021",
        "oim-maroc-communique-experts-formateurs-2021",
        title=(
            "Formation d’expert-e-s formateur-e-s en Tunisie, Lybie, Égypte, Yémen et au Soudan "
            "en matière de santé et protection des migrant-e-s"
        ),
        publisher="OIM Maroc",
        published=mh.PartialDate.fromisoformat("2021"),
        published_inferred=(
            "the page prints no date; it reports the training of 'juin et juillet 2021' as "
            "past: 2021 is taken"
        ),
        notes=(
            "A release of the IOM in Morocco, dateline Rabat. The site's menus before the "
            "title are left out. The stored copy stops in the middle of its second paragraph "
            "('la santé sexuelle et reproductive des migrant-e-s, l'); the text here ends with "
            "the first. It names the IOM 'l’Organisation internationale des migrations'."
        ),
    )
    oim = mh.Organisation(
        id="iom",
        name="Organisation internationale pour les migrations",
        acronym="OIM",
        kind=K.INTERGOVERNMENTAL,
        spellings=(
            mh.Spelling(source=r.source.id, text="l’Organisation internationale des migrations"),
        ),
    )
    ensp = mh.Organisation(
        id="ma-ensp",
        name="École Nationale de Santé publique",
        acronym="ENSP",
        kind=K.PUBLIC_HEALTH_INSTITUTE,
        country="MA",
    )
    delm = mh.Organisation(
        id="ma-delm",
        name="Direction de l’Épidémiologie et de Lutte contre les Maladies",
        acronym="DELM",
        kind=K.GOVERNMENT,
        country="MA",
        parent="ma-ministere-sante",
    )
    ministry = mh.Organisation(
        id="ma-ministere-sante", name="Ministère de la Santé", kind=K.MINISTRY, country="MA"
    )
    organised = (
        "En juin et juillet 2021, l’Organisation internationale des migrations (OIM) au Maroc "
        "en partenariat avec l’École Nationale de Santé publique (ENSP) et la Direction de "
        "l’Épidémiologie et de Lutte contre les Maladies (DELM) du Ministère de la Santé ont "
        "organisé, en ligne, une formation au profit d’une quarantaine d’expert-e-s "
        "formateur-e-s de Tunisie, de Libye, d’Égypte, du Yémen et du Soudan"
    )
    countries = ("TN", "LY", "EG", "YE", "SD")
    programme = mh.Programme(
        id="oim-maroc-formation-experts-formateurs-2021",
        title=(
            "Formation d’expert-e-s formateur-e-s en matière de santé et protection des migrant-e-s"
        ),
        kind=mh.ProgrammeKind.COURSE,
        status=mh.Status.COMPLETED,
        themes=("santé et protection des migrant-e-s", "le kit de formation développé par l’ENSP"),
        countries=countries,
        partners=(
            mh.Partner(
                organisation=oim.id, roles=(R.PROMOTER, R.IMPLEMENTER), citation=r.cite(organised)
            ),
            mh.Partner(
                organisation=ensp.id, roles=(R.ACADEMIC_COORDINATOR,), citation=r.cite(organised)
            ),
            mh.Partner(organisation=delm.id, roles=(R.IMPLEMENTER,), citation=r.cite(organised)),
        ),
        cohorts=(
            mh.Cohort(
                id="oim-maroc-experts-formateurs-2021-cohort",
                label="expert-e-s formateur-e-s",
                dates=(
                    r.date(
                        "En juin et juillet 2021",
                        organised,
                        # Not read: two months joined by 'et' ('juin et juillet 2021').
                        period=P("2021-06/2021-07"),
                    ),
                ),
                countries=countries,
                figures=(
                    r.figure(
                        "oim-maroc-experts-formateurs-2021-participants",
                        M.PARTICIPANTS,
                        "une quarantaine d’expert-e-s formateur-e-s",
                        organised,
                        # Read as 1 'quarantaine': 'une quarantaine' is about forty.
                        quantity=mh.Quantity(
                            value=40,
                            unit="expert-e-s formateur-e-s",
                            qualifier=mh.Qualifier.APPROXIMATE,
                        ),
                    ),
                ),
            ),
        ),
        description=(
            "An online training, in June and July 2021, of some forty expert trainers from "
            "Tunisia, Libya, Egypt, Yemen and Sudan in the health and protection of migrants, "
            "by the IOM in Morocco with the ENSP and the DELM of the Ministry of Health."
        ),
    )
    r.write(oim, ensp, delm, ministry, programme)


def report_iom_kenya_infection_prevention_training() -> None:
    r = Report(
        "fr",
        "oim_kenya_formation_pci",
        "oim-kenya-formation-pci",
        title=(
            "Une formation de l’OIM vise à renforcer l’efficacité de la réponse aux épidémies "
            "de maladies en Afrique"
        ),
        publisher="Organisation internationale pour les migrations",
        notes=(
            "A news item of the IOM, dateline Kenya. The site's menus before the title are "
            "left out. The stored copy holds no date, and the text gives the training's days "
            "without their year ('La semaine dernière (du 6 au 8 juillet)'). It stops in the "
            "middle of a number ('D’après l’Organisation mondiale de la Santé (OMS), 513'); "
            "the text here ends with the sentence before it."
        ),
    )
    oim = iom()
    organised = (
        "La semaine dernière (du 6 au 8 juillet), l’OIM a organisé une formation de trois jours "
        "sur la prévention et le contrôle des infections (PCI) à Nairobi, au Kenya"
    )
    gathered = (
        "L’atelier, qui a réuni 35 médecins chargés de l’évaluation sanitaire à travers l’Afrique"
    )
    programme = mh.Programme(
        id="oim-formation-pci-nairobi",
        title="Formation sur la prévention et le contrôle des infections (PCI)",
        kind=mh.ProgrammeKind.WORKSHOP_SERIES,
        status=mh.Status.COMPLETED,
        themes=(
            "prévenir, détecter et contrôler les maladies infectieuses de santé publique dans "
            "des contextes d’évaluation sanitaire",
        ),
        countries=("KE",),
        places=("Nairobi",),
        partners=(
            mh.Partner(
                organisation=oim.id, roles=(R.PROMOTER, R.IMPLEMENTER), citation=r.cite(organised)
            ),
        ),
        figures=(r.figure("oim-pci-nairobi-days", M.DURATION, "trois jours", organised),),
        cohorts=(
            mh.Cohort(
                id="oim-pci-nairobi-participants",
                label="médecins chargés de l’évaluation sanitaire à travers l’Afrique",
                dates=(r.date("du 6 au 8 juillet", organised),),
                places=("Nairobi",),
                countries=("KE",),
                figures=(
                    r.figure("oim-pci-nairobi-doctors", M.PARTICIPANTS, "35 médecins", gathered),
                ),
            ),
        ),
        description=(
            "A three-day IOM training in Nairobi, 6 to 8 July (year not stated), on infection "
            "prevention and control, for 35 doctors who carry out health assessments across "
            "Africa."
        ),
    )
    r.write(oim, programme)


def report_iom_nairobi_trafficking_training_2018_fr() -> None:
    r = Report(
        "fr",
        "oim_nairobi_traite_2018",
        "oim-nairobi-prestataires-soins-2018",
        title=(
            "L’OIM forme des prestataires de soins de santé à prendre en charge les victimes de "
            "traite et les migrants en situation de vulnérabilité"
        ),
        publisher="Organisation internationale pour les migrations",
        published=mh.PartialDate.fromisoformat("2018"),
        published_inferred=(
            "the page prints no date; it reports the training of 'du 10 au 14 septembre "
            "2018' as past: 2018 is taken"
        ),
        notes=(
            "The French version of the IOM's release on the training in Nairobi (its English "
            "version is en/iom_nairobi_health_providers_trafficking_2018). The site's menus "
            "before the title are left out. The stored copy stops in the middle of its second "
            "paragraph ('La formation était destinée à aid'); the text here ends with the "
            "first. It makes the BMM programme a part of the EU-IOM Joint Initiative, where the "
            "English version names them side by side."
        ),
    )
    oim = iom()
    eu = mh.Organisation(id="eu", name="Union européenne", acronym="UE", kind=K.INTERGOVERNMENTAL)
    conducted = (
        "Dans le cadre du Programme de Meilleure gestion des migrations (MGM) de l’Initiative "
        "conjointe UE-OIM pour la protection et la réintégration des migrants dans la corne de "
        "l’Afrique, l’OIM, l’organisme des Nations Unies chargé des migrations a mené à bien "
        "une formation de formateurs de cinq jours destinée aux prestataires de soins de santé"
    )
    joint = mh.Programme(
        id="eu-iom-joint-initiative-horn-of-africa",
        title=(
            "Initiative conjointe UE-OIM pour la protection et la réintégration des migrants "
            "dans la corne de l’Afrique"
        ),
        kind=mh.ProgrammeKind.PROJECT,
        partners=(
            mh.Partner(organisation=eu.id, roles=(R.PROMOTER,), citation=r.cite(conducted)),
            mh.Partner(
                organisation=oim.id, roles=(R.PROMOTER, R.IMPLEMENTER), citation=r.cite(conducted)
            ),
        ),
    )
    bmm = mh.Programme(
        id="better-migration-management",
        title="Programme de Meilleure gestion des migrations (MGM)",
        kind=mh.ProgrammeKind.PROJECT,
        partners=(mh.Partner(organisation=oim.id, roles=(R.IMPLEMENTER,)),),
        related=(joint.id,),
    )
    training = mh.Programme(
        id="iom-nairobi-tot-health-providers-2018",
        title="Formation de formateurs destinée aux prestataires de soins de santé",
        kind=mh.ProgrammeKind.COURSE,
        status=mh.Status.COMPLETED,
        themes=(
            "la prise en charge des victimes de traite",
            "la santé mentale des migrants en situation de vulnérabilité",
        ),
        places=("Nairobi",),
        partners=(
            mh.Partner(
                organisation=oim.id, roles=(R.PROMOTER, R.IMPLEMENTER), citation=r.cite(conducted)
            ),
        ),
        figures=(r.figure("iom-nairobi-2018-days-fr", M.DURATION, "cinq jours", conducted),),
        cohorts=(
            mh.Cohort(
                id="iom-nairobi-2018-trainees",
                label="prestataires de soins de santé",
                dates=(
                    r.date(
                        "du 10 au 14 septembre 2018",
                        "La formation, qui était centrée sur la prise en charge des victimes de "
                        "traite et sur les questions de la santé mentale des migrants en "
                        "situation de vulnérabilité, s’est déroulée du 10 au 14 septembre 2018",
                    ),
                ),
                places=("Nairobi",),
            ),
        ),
        related=(bmm.id, joint.id),
        description=(
            "A five-day training of trainers for health care providers in Nairobi, 10 to 14 "
            "September 2018, on the care of victims of trafficking and the mental health of "
            "migrants in vulnerable situations."
        ),
    )
    r.write(oim, eu, training, bmm, joint)


def report_iom_chile_colombia_meeting() -> None:
    r = Report(
        "fr",
        "oim_chili_colombie",
        "oim-reunion-chili-colombie-sante-migration",
        title=(
            "L’OIM soutient la réunion entre le Chili et la Colombie sur la santé et la migration"
        ),
        publisher="Organisation internationale pour les migrations",
        notes=(
            "A news item of the IOM, dateline 'Chile'. The site's menus before the title are "
            "left out. The stored copy holds no date; the meeting took place 'cette semaine', "
            "after the agreement of 9 July 2015. The copy stops in the middle of a title ('« "
            "caractér'); the text here ends with the last whole paragraph."
        ),
    )
    oim = iom()
    minsal = mh.Organisation(
        id="cl-minsal",
        name="Ministère chilien de la santé",
        kind=K.MINISTRY,
        country="CL",
    )
    meeting_quote = (
        "La première réunion entre la Colombie et le Chili visant à élaborer un programme "
        "binational sur la santé et la migration afin de garantir un accès et une couverture "
        "adéquats en matière de santé pour les migrants des deux pays a eu lieu cette semaine à "
        "Antofagasta, au Chili"
    )
    agreement_quote = (
        "La réunion s'est tenue dans le cadre d'un accord de coopération signé le 9 juillet "
        "2015 entre l'OIM et le Ministère chilien de la santé"
    )
    agreement = mh.Programme(
        id="oim-minsal-chili-accord-2015",
        title=(
            "Accord de coopération entre l'OIM et le Ministère chilien de la santé pour "
            "renforcer la capacité institutionnelle en matière de gestion des migrations dans "
            "le domaine de la santé publique"
        ),
        kind=mh.ProgrammeKind.OTHER,
        status=mh.Status.UNDER_WAY,
        countries=("CL",),
        dates=(r.date("le 9 juillet 2015", agreement_quote, event="signature"),),
        partners=tuple(
            mh.Partner(organisation=o.id, roles=(R.PROMOTER,), citation=r.cite(agreement_quote))
            for o in (oim, minsal)
        ),
    )
    meeting = mh.Programme(
        id="reunion-chili-colombie-sante-migration-1",
        title="Réunion entre la Colombie et le Chili sur la santé et la migration",
        kind=mh.ProgrammeKind.OTHER,
        status=mh.Status.COMPLETED,
        edition=r.figure(
            "reunion-chili-colombie-edition", M.EDITION, "La première réunion", meeting_quote
        ),
        themes=("un programme binational sur la santé et la migration",),
        countries=("CL", "CO"),
        places=("Antofagasta",),
        partners=(
            mh.Partner(
                organisation=oim.id,
                roles=(R.TECHNICAL_PARTNER,),
                citation=r.cite(
                    "L’OIM soutient la réunion entre le Chili et la Colombie sur la santé et la "
                    "migration"
                ),
            ),
            mh.Partner(organisation=minsal.id, roles=(R.HOST,), citation=r.cite(agreement_quote)),
        ),
        figures=(
            r.figure(
                "reunion-chili-colombie-countries",
                M.COUNTRIES,
                "deux pays",
                meeting_quote,
                note="Chile and Colombia, whose migrants the binational programme is to serve.",
            ),
        ),
        related=(agreement.id,),
        description=(
            "The first meeting of Colombia and Chile, in Antofagasta, towards a binational "
            "programme on health and migration, held under the IOM's cooperation agreement "
            "of 9 July 2015 with Chile's ministry of health."
        ),
    )
    r.write(oim, minsal, meeting, agreement)


def report_iom_who_europe_regional_committee_fr() -> None:
    r = Report(
        "fr",
        "oim_comite_oms_europe",
        "oim-comite-oms-europe-66",
        title=(
            "L’OIM assiste à la 66ème session du Comité de l’OMS pour l’Europe et s’exprime sur "
            "la santé des réfugiés et des migrants"
        ),
        publisher="Organisation internationale pour les migrations",
        notes=(
            "The French version of the IOM's item on the 66th session (its English version is "
            "en/iom_who_europe_66th_session_2016, which gives the year, 2016). The site's "
            "menus before the title are left out. The stored copy holds no date, and the text "
            "gives the session's days without their year ('du 12 au 15 septembre'). It stops "
            "in the middle of a sentence ('de promouvoir la santé des migrants'); the text "
            "here ends with the sentence before it."
        ),
    )
    oim = iom()
    who = mh.Organisation(
        id="who-europe",
        name="Comité régional de l’OMS pour l’Europe",
        acronym="OMS",
        kind=K.UN_AGENCY,
    )
    held = (
        "L’OIM a pris la parole sur la santé des migrants et des réfugiés à l’occasion de la "
        "66ème Session du Comité régional de l’OMS pour l’Europe, qui s’est tenu du 12 au 15 "
        "septembre à Copenhague, au Danemark"
    )
    speech = (
        "Le Dr. Davide Mosca, Directeur de la Division de l’OIM chargée de la santé "
        "migratoire, a prononcé un discours au nom du Directeur général de l’OIM, William Lacy "
        "Swing"
    )
    mosca_title = "Directeur de la Division de l’OIM chargée de la santé migratoire"
    session = mh.Programme(
        id="who-europe-regional-committee-66",
        title="Comité régional de l’OMS pour l’Europe",
        kind=mh.ProgrammeKind.OTHER,
        status=mh.Status.COMPLETED,
        edition=r.figure("who-europe-rc-66-edition-fr", M.EDITION, "66ème Session", held),
        themes=("la santé des migrants et des réfugiés",),
        countries=("DK",),
        places=("Copenhague",),
        dates=(r.date("du 12 au 15 septembre", held),),
        partners=(
            mh.Partner(organisation=who.id, roles=(R.HOST,), citation=r.cite(held)),
            mh.Partner(organisation=oim.id, roles=(R.ATTENDEE,), citation=r.cite(held)),
        ),
        description=(
            "The 66th session of WHO's Regional Committee for Europe in Copenhagen, 12 to 15 "
            "September (year not stated), where the IOM spoke on migrant and refugee health."
        ),
    )
    people = (
        mh.Person(
            id="davide-mosca",
            name="Davide Mosca",
            positions=(mh.Position(title=mosca_title, organisation=oim.id, source=r.source.id),),
            citations=(r.cite(speech),),
        ),
        mh.Person(
            id="william-lacy-swing",
            name="William Lacy Swing",
            positions=(
                mh.Position(
                    title="Directeur général de l’OIM", organisation=oim.id, source=r.source.id
                ),
            ),
            citations=(r.cite(speech),),
        ),
    )
    r.write(oim, who, session, *people)


def report_iom_morocco_peer_educators_2018() -> None:
    r = Report(
        "fr",
        "oim_maroc_educateurs_pairs_2018",
        "oim-maroc-educateurs-pairs-2018",
        title=(
            "Approche communautaire en matière de santé et migration : capitalisation du "
            "travail des éducateurs pairs"
        ),
        publisher="Organisation internationale pour les migrations, Maroc",
        published=mh.PartialDate.fromisoformat("2018"),
        published_inferred=(
            "the page prints no date; it reports the workshop of 'Le mardi 09 janvier 2018' as "
            "past: 2018 is taken"
        ),
        notes=(
            "A news item of the IOM in Morocco; the site's menus are left out. The stored copy "
            "stops in the middle of the next paragraph ('Dr Judicael Degla Ahouansou a ouvert "
            "le bal'); the text here ends with the last whole paragraph."
        ),
    )
    oim = iom()
    health = mh.Organisation(
        id="ma-ministere-sante", name="Ministère de la Santé", kind=K.MINISTRY, country="MA"
    )
    finland = mh.Organisation(
        id="fi-ministere-affaires-etrangeres",
        name="Ministère des affaires étrangères de la Finlande",
        kind=K.MINISTRY,
        country="FI",
    )
    network = (
        "Pour rappel, ce réseau a été mis en place par l’OIM et le Ministère de la Santé dans le "
        "cadre du projet intitulé « Promotion de la santé et du bien-être parmi les migrants en "
        "Égypte, Libye, Maroc, Tunisie et Yémen » financé par le Ministère des affaires "
        "étrangères de la Finlande"
    )
    results = (
        "Durant 21 mois d’intervention des éducateurs pairs sur le terrain, 1429 personnes "
        "migrantes (dans les régions de Rabat et Oujda) ont été sensibilisées et 197 personnes "
        "vulnérables ont été accompagnées par les éducateurs pairs vers les structures de santé "
        "publique"
    )
    workshop = (
        "Le mardi 09 janvier 2018 a eu lieu à l’hôtel Farah, un atelier de capitalisation sur le "
        "travail du réseau des éducateurs pairs"
    )
    project = mh.Programme(
        id="oim-promotion-sante-migrants-egypte-libye-maroc-tunisie-yemen",
        title=(
            "Promotion de la santé et du bien-être parmi les migrants en Égypte, Libye, Maroc, "
            "Tunisie et Yémen"
        ),
        kind=mh.ProgrammeKind.PROJECT,
        status=mh.Status.UNDER_WAY,
        countries=("EG", "LY", "MA", "TN", "YE"),
        places=("Rabat", "Oujda"),
        partners=(
            mh.Partner(organisation=oim.id, roles=(R.IMPLEMENTER,), citation=r.cite(network)),
            mh.Partner(organisation=health.id, roles=(R.IMPLEMENTER,), citation=r.cite(network)),
            mh.Partner(organisation=finland.id, roles=(R.FUNDER,), citation=r.cite(network)),
        ),
        dates=(
            r.date(
                "Le mardi 09 janvier 2018",
                workshop,
                event="atelier de capitalisation sur le travail du réseau des éducateurs pairs",
            ),
        ),
        statistics=(
            mh.ServiceStatistic(
                id="oim-maroc-educateurs-pairs-resultats",
                countries=("MA",),
                figures=(
                    r.figure(
                        "oim-maroc-educateurs-pairs-duree",
                        M.DURATION,
                        "21 mois",
                        results,
                        note="How long the peer educators worked in the field.",
                    ),
                    r.figure(
                        "oim-maroc-migrants-sensibilises",
                        M.PEOPLE_SERVED,
                        "1429 personnes migrantes",
                        results,
                        note="Migrants reached by awareness-raising, in Rabat and Oujda.",
                    ),
                    r.figure(
                        "oim-maroc-personnes-accompagnees",
                        M.REFERRALS,
                        "197 personnes vulnérables",
                        results,
                        note="Vulnerable people accompanied to public health facilities.",
                    ),
                ),
            ),
        ),
        description=(
            "A project of the IOM and Morocco's Ministry of Health, funded by Finland, whose "
            "network of peer educators reached 1,429 migrants in Rabat and Oujda in 21 months "
            "and accompanied 197 vulnerable people to public health facilities; its work was "
            "reviewed in a workshop on 9 January 2018."
        ),
    )
    r.write(oim, health, finland, project)


def report_niamey_competency_standards_workshop_2024() -> None:
    r = Report(
        "fr",
        "niamey_atelier_normes_competence_2024",
        "niamey-atelier-normes-competence-2024",
        title=(
            "Santé et Migration : Niamey abrite un atelier de plaidoyer sur les normes mondiales "
            "de compétence"
        ),
        publisher="Pravda Niger",
        published=mh.PartialDate.fromisoformat("2024-07-02"),
        published_inferred="from the page's address (/world/2024/07/02/)",
        notes=(
            "A news site's item. The stored copy stops in the middle of its third paragraph "
            "('ainsi que l'évaluation de la réunion et la défini'); the text here ends with the "
            "last whole paragraph. It states no figures."
        ),
    )
    who = mh.Organisation(
        id="who",
        name="Organisation mondiale de la santé",
        acronym="OMS",
        kind=K.UN_AGENCY,
    )
    afro = mh.Organisation(
        id="who-afro",
        name="bureau régional AFRO",
        acronym="AFRO",
        kind=K.UN_AGENCY,
        parent=who.id,
    )
    senegal = mh.Organisation(
        id="who-senegal",
        name="bureau pays de l'OMS Sénégal",
        kind=K.UN_AGENCY,
        country="SN",
        parent=who.id,
    )
    luxembourg = mh.Organisation(
        id="lu-cooperation",
        name="coopération luxembourgeoise",
        kind=K.GOVERNMENT,
        country="LU",
    )
    health_migration = mh.Organisation(
        id="who-health-migration",
        name="Département de la santé et des migrations de l'OMS",
        kind=K.UN_AGENCY,
        parent=who.id,
    )
    workforce = mh.Organisation(
        id="who-health-workforce",
        name="Département des personnels de santé",
        kind=K.UN_AGENCY,
        parent=who.id,
    )
    niger = mh.Organisation(
        id="ne-ministere-sante",
        name="ministère de la santé du Niger",
        kind=K.MINISTRY,
        country="NE",
    )
    opening = (
        "L'OMS, en collaboration avec son bureau régional AFRO et le bureau pays de l'OMS "
        "Sénégal, appuyé par la coopération luxembourgeoise, organise à l'hôtel Bravia de Niamey "
        "un atelier crucial sur les normes mondiales de compétence en santé et migration, en "
        "format hybride"
    )
    standards = (
        "Le Département de la santé et des migrations de l'OMS, en étroite collaboration avec "
        "le Département des personnels de santé, a développé les normes mondiales de compétence "
        "pour les agents de santé afin de soutenir cette initiative"
    )
    workshop = mh.Programme(
        id="oms-atelier-normes-competence-niamey-2024",
        title="Atelier de plaidoyer sur les normes mondiales de compétence en santé et migration",
        kind=mh.ProgrammeKind.WORKSHOP_SERIES,
        status=mh.Status.UNDER_WAY,
        countries=("NE",),
        places=("Niamey",),
        partners=(
            mh.Partner(organisation=who.id, roles=(R.PROMOTER,), citation=r.cite(opening)),
            mh.Partner(organisation=afro.id, roles=(R.IMPLEMENTER,), citation=r.cite(opening)),
            mh.Partner(organisation=senegal.id, roles=(R.IMPLEMENTER,), citation=r.cite(opening)),
            mh.Partner(organisation=luxembourg.id, roles=(R.FUNDER,), citation=r.cite(opening)),
            mh.Partner(
                organisation=health_migration.id,
                roles=(R.TECHNICAL_PARTNER,),
                citation=r.cite(standards),
            ),
            mh.Partner(
                organisation=workforce.id, roles=(R.TECHNICAL_PARTNER,), citation=r.cite(standards)
            ),
            mh.Partner(
                organisation=niger.id,
                roles=(R.BENEFICIARY,),
                citation=r.cite(
                    "Cette approche inclusive requiert l'engagement actif du ministère de la "
                    "santé du Niger ainsi que celui des autres parties prenantes"
                ),
            ),
        ),
        dates=(
            r.date(
                "jusqu'au 5 juillet 2024",
                "Cette rencontre, qui se poursuivra jusqu'au 5 juillet 2024",
                period=P("2024-07-05"),
                bound=mh.Bound.END,
                planned=mh.Plan.TARGET,
            ),
        ),
        description=(
            "A hybrid advocacy workshop of the WHO in Niamey, under way when the page was "
            "published (2 July 2024) and lasting until 5 July 2024, on the global competency "
            "standards in health and migration for health workers."
        ),
    )
    r.write(who, afro, senegal, luxembourg, health_migration, workforce, niger, workshop)


def report_iom_niger_algeria_convoy_2016() -> None:
    r = Report(
        "fr",
        "oim_niger_convoi_algerie_2016",
        "oim-niger-30e-convoi-algerie-2016",
        title="L’OIM au Niger fournit une aide au 30ème convoi de rapatriés d’Algérie",
        publisher="OIM",
        published=mh.PartialDate.fromisoformat("2016"),
        published_inferred=(
            "the page prints no date; it reports the convoy's arrival 'le 14 mars 2016' as past "
            "and the migrants who 'passeront par le Niger en 2016' as to come: 2016 is taken"
        ),
        notes=(
            "A release of the IOM, dateline Niger; its labels ('Communiqué', 'Global') are left "
            "out. The stored copy stops in the middle of the paragraph after the director's "
            "words ('maintenir l’approvisionnement en eau'); the text here ends with the last "
            "whole paragraph. The page gives two counts of the convoy that do not agree: it "
            "'a ramené 9 273 migrants' (4 717 men, 1 433 women, 3 123 minors), and the 422 "
            "arrivals registered at the transit centre, 7 women, 56 minors and 359 men by the "
            "IOM's registration, 'étaient à bord du convoi'. The page does not say how they "
            "relate (the larger may count more than this convoy); they are recorded as the "
            "page gives them, the first for the convoy, the second for the transit centre. "
            "'entre 80 000 et 120 000' is a range, recorded as its two ends, at least 80 000 "
            "and at most 120 000."
        ),
    )
    oim = iom()
    niger = mh.Organisation(
        id="ne-autorites", name="autorités nigériennes", kind=K.GOVERNMENT, country="NE"
    )
    algeria = mh.Organisation(
        id="dz-autorites", name="autorités algériennes", kind=K.GOVERNMENT, country="DZ"
    )
    arrived = (
        "Le 30ème convoi de migrants rapatriés d’Algérie est arrivé le 14 mars 2016 au centre "
        "de transit de l’OIM à Agadez"
    )
    trucks = "Le convoi était composé de 13 camions, dont deux transportant seulement leurs bagages"
    estimate = (
        "Les autorités nigériennes estiment entre 80 000 et 120 000 le nombre de migrants qui "
        "passeront par le Niger en 2016"
    )
    agreement = (
        "Sur la base d’un accord entre les autorités nigériennes et algériennes relatif au "
        "renvoi des migrants irréguliers du Niger, ce 30ème convoi a ramené 9 273 migrants, "
        "dont 4 717 hommes, 1 433 femmes et 3 123 mineurs"
    )
    aid = (
        "l’OIM leur a fourni de la nourriture, de l’eau, des soins de santé et un abri. "
        "L’infirmerie était ouverte toute la soirée"
    )
    registered = (
        "Selon les autorités nigériennes, 422 arrivées ont été enregistrées au centre de transit"
    )
    by_iom = (
        "d’après l’enregistrement effectué par le personnel de l’OIM, 7 femmes (2%), 56 mineurs "
        "(13%) et 359 hommes (85%) étaient à bord du convoi"
    )
    said_niger = mh.Speaker(description="les autorités nigériennes", organisation=niger.id)
    said_iom = mh.Speaker(description="le personnel de l’OIM", organisation=oim.id)
    director_title = "Directrice du Centre"
    director_quote = (
        "« Etant donné la rareté de l’eau potable dans le quartier autour du centre de transit "
        "à Agadez, il est très difficile d’approvisionner les migrants que nous aidons en eau "
        "de manière permanente au centre », a déclaré Azaoua Mahaman, Directrice du Centre"
    )
    director = mh.Speaker(
        name="Azaoua Mahaman",
        position=director_title,
        organisation=oim.id,
        person="azaoua-mahaman",
    )
    arrival = r.date(
        "le 14 mars 2016", arrived, event="arrivée du convoi au centre de transit d’Agadez"
    )
    all_trucks = r.figure("niger-convoi-30-camions", M.OTHER, "13 camions", trucks)
    returned = r.figure(
        "niger-convoi-30-migrants",
        M.PEOPLE_SERVED,
        "9 273 migrants",
        agreement,
        note="The migrants the convoy brought back from Algeria.",
    )
    arrivals = r.figure(
        "niger-convoi-30-arrivees-agadez",
        M.PEOPLE_SERVED,
        "422 arrivées",
        registered,
        speaker=said_niger,
        note="Arrivals registered at the IOM transit centre in Agadez.",
    )

    def registered_part(key: str, phrase: str, share: str) -> tuple[mh.Figure, mh.Figure]:
        part = r.figure(
            f"niger-convoi-30-arrivees-agadez-{key}",
            M.PEOPLE_SERVED,
            phrase,
            by_iom,
            speaker=said_iom,
        )
        percent = r.figure(
            f"niger-convoi-30-arrivees-agadez-{key}-part",
            M.OTHER,
            share,
            by_iom,
            speaker=said_iom,
            share_part=part.id,
            share_whole=arrivals.id,
            note="The share of the arrivals registered at the transit centre.",
        )
        return part, percent

    women, women_share = registered_part("femmes", "7 femmes", "2%")
    minors, minors_share = registered_part("mineurs", "56 mineurs", "13%")
    men, men_share = registered_part("hommes", "359 hommes", "85%")
    programme = mh.Programme(
        id="niger-convois-rapatries-algerie",
        title="Convois de migrants rapatriés d’Algérie au Niger",
        kind=mh.ProgrammeKind.OTHER,
        status=mh.Status.UNDER_WAY,
        themes=("renvoi des migrants irréguliers", "soins de santé", "abri"),
        countries=("NE", "DZ"),
        places=("Agadez",),
        partners=(
            mh.Partner(organisation=niger.id, roles=(R.PARTNER,), citation=r.cite(agreement)),
            mh.Partner(organisation=algeria.id, roles=(R.PARTNER,), citation=r.cite(agreement)),
            mh.Partner(organisation=oim.id, roles=(R.IMPLEMENTER,), citation=r.cite(aid)),
        ),
        cohorts=(
            mh.Cohort(
                id="niger-convoi-30-algerie",
                label="migrants rapatriés d’Algérie du 30ème convoi",
                dates=(arrival,),
                places=("Agadez",),
                countries=("NE",),
                figures=(
                    r.figure("niger-convoi-30-edition", M.EDITION, "30ème convoi", arrived),
                    all_trucks,
                    r.figure(
                        "niger-convoi-30-camions-bagages",
                        M.OTHER,
                        "deux",
                        trucks,
                        unit="camions",
                        part_of=all_trucks.id,
                        note="The trucks that carried only the migrants' luggage.",
                    ),
                    returned,
                ),
                breakdowns=(
                    mh.Breakdown(
                        id="niger-convoi-30-migrants-par-groupe",
                        dimension="sex and age",
                        total=returned.id,
                        parts=tuple(
                            mh.BreakdownPart(
                                category=category,
                                figure=r.figure(
                                    f"niger-convoi-30-migrants-{category}",
                                    M.PEOPLE_SERVED,
                                    phrase,
                                    agreement,
                                ),
                            )
                            for category, phrase in (
                                ("hommes", "4 717 hommes"),
                                ("femmes", "1 433 femmes"),
                                ("mineurs", "3 123 mineurs"),
                            )
                        ),
                    ),
                ),
            ),
        ),
        statistics=(
            mh.ServiceStatistic(
                id="oim-agadez-centre-transit-convoi-30",
                population="arrivées enregistrées au centre de transit de l’OIM à Agadez",
                places=("Agadez",),
                countries=("NE",),
                dates=(arrival,),
                figures=(arrivals,),
                breakdowns=(
                    mh.Breakdown(
                        id="oim-agadez-arrivees-convoi-30-par-groupe",
                        dimension="sex and age",
                        total=arrivals.id,
                        parts=(
                            mh.BreakdownPart(category="femmes", figure=women),
                            mh.BreakdownPart(category="mineurs", figure=minors),
                            mh.BreakdownPart(category="hommes", figure=men),
                        ),
                    ),
                ),
                # Each share sits with its own group: beside one another, three shares of
                # one statistic would read as three values of one thing.
                subgroups=tuple(
                    mh.SubGroup(
                        id=f"oim-agadez-arrivees-convoi-30-{label}", label=label, figures=(share,)
                    )
                    for label, share in (
                        ("femmes", women_share),
                        ("mineurs", minors_share),
                        ("hommes", men_share),
                    )
                ),
            ),
            mh.ServiceStatistic(
                id="niger-migrants-de-passage-2016",
                population="migrants qui passeront par le Niger",
                countries=("NE",),
                dates=(r.date("en 2016", estimate),),
                figures=(
                    r.figure(
                        "niger-migrants-de-passage-2016-bas",
                        M.OTHER,
                        "entre 80 000",
                        estimate,
                        speaker=said_niger,
                        planned=mh.Plan.FORECAST,
                        period=P("2016"),
                        # Not read: 'entre 80 000 et 120 000' is a range, whose low end is
                        # 'at least 80 000' (the reader reads 80 000 exactly).
                        quantity=mh.Quantity(
                            value=80_000, unit="migrants", qualifier=mh.Qualifier.AT_LEAST
                        ),
                        note="The low end of the authorities' estimate.",
                    ),
                    r.figure(
                        "niger-migrants-de-passage-2016-haut",
                        M.OTHER,
                        "et 120 000",
                        estimate,
                        speaker=said_niger,
                        planned=mh.Plan.FORECAST,
                        period=P("2016"),
                        # Not read: the high end of the range 'entre 80 000 et 120 000' is
                        # 'at most 120 000' (the reader reads 120 000 exactly).
                        quantity=mh.Quantity(
                            value=120_000, unit="migrants", qualifier=mh.Qualifier.AT_MOST
                        ),
                        note="The high end of the authorities' estimate.",
                    ),
                ),
            ),
        ),
        citations=(r.cite(director_quote, speaker=director),),
        description=(
            "The convoys that bring irregular migrants back from Algeria to Niger under an "
            "agreement of the two countries' authorities, and the IOM's food, water, shelter "
            "and health care at its transit centre in Agadez: the 30th convoy, of 13 trucks, "
            "arrived on 14 March 2016 with 9,273 migrants; 422 arrivals were registered at the "
            "centre."
        ),
    )
    person = mh.Person(
        id="azaoua-mahaman",
        name="Azaoua Mahaman",
        positions=(mh.Position(title=director_title, organisation=oim.id, source=r.source.id),),
        citations=(r.cite(director_quote, speaker=director),),
    )
    r.write(oim, niger, algeria, programme, person)


def report_quebec_african_nurses_recruitment() -> None:
    r = Report(
        "fr",
        "quebec_infirmieres_afrique",
        "limportant-quebec-infirmieres-afrique",
        title="Un taux de succès élevé pour le personnel infirmier recruté en Afrique",
        publisher="L’Important",
        published=mh.PartialDate.fromisoformat("2024"),
        published_inferred=(
            "the page prints no date; it gives the results of the exam sessions 'de septembre "
            "2023 et de mars 2024', and the programme launched 'en février 2022' has run "
            "'Depuis deux ans': 2024 is taken"
        ),
        notes=(
            "A news site's copy of a story of Radio-Canada ('a appris Radio-Canada'), with a "
            "photo credit and the caption of a video ('Davide Gentile a rencontré un "
            "Camerounais'); the words of the recruited nurse are printed without quotation "
            "marks. The stored copy stops in the middle of a word ('ont réussi l’examen de "
            "l’ord'), kept as stored since the sentence states a figure. 'Depuis deux ans' "
            "restates the time since the launch of February 2022 and is recorded as that "
            "period, not as a figure. The amount ('65 millions $') is in Canadian dollars."
        ),
    )
    quebec = mh.Organisation(
        id="ca-qc-gouvernement",
        name="Québec",
        kind=K.GOVERNMENT,
        country="CA",
        notes="The government of Québec, named by its province.",
    )
    oiiq = mh.Organisation(
        id="ca-qc-oiiq",
        name="Ordre des infirmières et infirmiers du Québec",
        acronym="OIIQ",
        kind=K.PROFESSIONAL_BODY,
        country="CA",
    )
    majority = (
        "Depuis deux ans, la grande majorité des 500 aspirants infirmiers recrutés à l’étranger, "
        "la plupart en Afrique, ont terminé leur formation d’appoint et travaillent dans le "
        "réseau de la santé"
    )
    launched = (
        "Lancé en février 2022, le programme de 65 millions $ lancé par les ministres de "
        "l’Immigration et de la Santé visait à recruter en quelques années plus de 1000 "
        "candidats à la profession d’infirmière dans les pays francophones"
    )
    africa = (
        "En tout, 93 % des participants à ce programme viennent d'Afrique et notamment du "
        "Cameroun, de la Côte d'Ivoire et du Maroc"
    )
    passed = (
        "À ce jour, 198 personnes du projet (principalement de la phase 1) qui se sont "
        "présentées aux sessions de l’examen (de l’OIIQ) de septembre 2023 et de mars 2024 "
        "ont réussi l’examen de l’ord"
    )
    exam = (
        "le candidat à l'exercice de la profession infirmière (CEPI) appréhendait l’examen de "
        "l’Ordre des infirmières et infirmiers du Québec (OIIQ)"
    )
    programme = mh.Programme(
        id="qc-recrutement-international-infirmieres",
        title=(
            "Programme de recrutement de candidats à la profession d’infirmière dans les pays "
            "francophones"
        ),
        kind=mh.ProgrammeKind.PROJECT,
        status=mh.Status.UNDER_WAY,
        themes=("recrutement international", "formation d’appoint", "examen de l’OIIQ"),
        countries=("CA", "CM", "CI", "MA"),
        places=("Lanaudière", "Joliette"),
        dates=(
            r.date("en février 2022", launched, bound=mh.Bound.START),
            r.date(
                "Depuis deux ans",
                majority,
                period=P("2022-02/2024"),
                inferred="two years from the launch of February 2022, to the year of the page",
            ),
            r.date(
                "en 2022",
                "Recruté au Cameroun dans le cadre d’un vaste programme lancé par Québec en 2022",
                bound=mh.Bound.START,
            ),
        ),
        partners=(
            mh.Partner(
                organisation=quebec.id, roles=(R.PROMOTER, R.FUNDER), citation=r.cite(launched)
            ),
            mh.Partner(organisation=oiiq.id, roles=(R.CERTIFYING_BODY,), citation=r.cite(exam)),
        ),
        figures=(
            r.figure(
                "qc-infirmieres-budget",
                M.OTHER,
                "65 millions $",
                launched,
                note="The programme's budget, in Canadian dollars.",
            ),
            r.figure(
                "qc-infirmieres-cible",
                M.SELECTED,
                "plus de 1000 candidats",
                launched,
                planned=mh.Plan.TARGET,
                note="Candidates to the nursing profession to recruit 'en quelques années'.",
            ),
            r.figure(
                "qc-infirmieres-recrutees",
                M.SELECTED,
                "500 aspirants infirmiers",
                majority,
                note=(
                    "Recruited abroad, most in Africa; 'la grande majorité' of them have "
                    "finished their bridging training and work in the health network."
                ),
            ),
            r.figure(
                "qc-infirmieres-part-afrique",
                M.OTHER,
                "93 %",
                africa,
                note="The share of the programme's participants who come from Africa.",
            ),
        ),
        cohorts=(
            mh.Cohort(
                id="qc-recrutement-infirmieres-phase-1",
                label="phase 1",
                countries=("CA",),
                figures=(
                    r.figure(
                        "qc-recrutement-infirmieres-phase-1-edition",
                        M.EDITION,
                        "phase 1",
                        passed,
                        # Not read: a number after its noun ('la phase 1').
                        quantity=mh.Quantity(value=1, unit="phase"),
                    ),
                ),
            ),
        ),
        statistics=(
            mh.ServiceStatistic(
                id="qc-infirmieres-sessions-examen-2023-2024",
                population="personnes du projet présentées aux sessions de l’examen de l’OIIQ",
                countries=("CA",),
                dates=(r.date("septembre 2023", passed), r.date("mars 2024", passed)),
                figures=(
                    r.figure(
                        "qc-infirmieres-examen-reussi",
                        M.CERTIFIED,
                        "198 personnes",
                        passed,
                        period=P("2023-09/2024-03"),
                        note="Passed the exam of the OIIQ; most of them are of phase 1.",
                    ),
                ),
            ),
        ),
        description=(
            "Québec's programme, launched in February 2022 with 65 million dollars, to recruit "
            "more than 1,000 candidates to the nursing profession in French-speaking countries, "
            "93 % of them from Africa: of 500 recruited, most have finished their bridging "
            "training, and 198 passed the OIIQ exam in September 2023 and March 2024."
        ),
    )
    r.write(quebec, oiiq, programme)


if __name__ == "__main__":
    for build in [v for k, v in list(globals().items()) if k.startswith("report_")]:
        build()
