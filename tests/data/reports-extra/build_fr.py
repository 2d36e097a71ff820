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


if __name__ == "__main__":
    for build in [v for k, v in list(globals().items()) if k.startswith("report_")]:
        build()
