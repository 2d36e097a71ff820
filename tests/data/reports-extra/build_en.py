"""The curated records of the English reports (run this file to write them)."""

from __future__ import annotations

from curate import Report

import migrationhealth as mh

M = mh.Measure
Q = mh.Qualifier
R = mh.Role
K = mh.OrganisationKind
P = mh.Period.fromisoformat


def iom() -> mh.Organisation:
    return mh.Organisation(
        id="iom",
        name="International Organization for Migration",
        acronym="IOM",
        kind=K.INTERGOVERNMENTAL,
    )


def report_iom_central_america_health_promoters() -> None:
    r = Report(
        "en",
        "iom_central_america_health_promoters",
        "iom-central-america-health-promoters",
        title="IOM, Partners in Central America Train Migrant Health Promoters",
        publisher="International Organization for Migration",
        published=mh.PartialDate.fromisoformat("2015"),
        published_inferred=(
            "the page prints no date; the latest year it counts is 2014 ('In 2014, Guatemala "
            "received 70,000 returnees') and it speaks of forced returns rising 'in the past "
            "few years': 2015 is taken"
        ),
        notes=(
            "A news item of the IOM, dateline El Salvador. The site's menus before the title "
            "are left out. The stored copy stops in the middle of a quote ('They adjust to "
            "the prevailin'); the text here ends with the last whole paragraph. 'An "
            "estimated' hedges the whole list of nationals abroad, not only its first item."
        ),
    )
    oim = iom()
    attended = (
        "The workshops in the three capitals and in high migration provinces were attended by "
        "340 participants"
    )
    abroad = (
        "An estimated three million Salvadorians, 1.6 million Guatemalans, 1.2 million "
        "Hondurans, and 900,000 Nicaraguans live and work abroad"
    )
    returns = "In 2014, Guatemala received 70,000 returnees, while El Salvador received 35,000"

    def nationals_abroad(country: str, phrase: str, people: str, value: int) -> mh.ServiceStatistic:
        code = country.lower()
        return mh.ServiceStatistic(
            id=f"{code}-nationals-abroad",
            population=f"{people} who live and work abroad",
            countries=(country,),
            figures=(
                r.figure(
                    f"{code}-nationals-abroad-count",
                    M.OTHER,
                    phrase,
                    abroad,
                    # 'An estimated' begins the list and hedges each of its numbers.
                    quantity=mh.Quantity(value=value, unit=people, qualifier=Q.APPROXIMATE),
                    note="Nationals who live and work abroad; 'An estimated' hedges the list.",
                ),
            ),
        )

    programme = mh.Programme(
        id="iom-central-america-migrant-health-promoters",
        title="Training workshops for migrant health promoters",
        kind=mh.ProgrammeKind.WORKSHOP_SERIES,
        status=mh.Status.COMPLETED,
        themes=(
            "the vulnerabilities and needs of migrant populations",
            "the provision of migrant-friendly health services",
            "the promotion of healthy lifestyles",
        ),
        countries=("SV", "HN", "NI"),
        partners=(
            mh.Partner(
                organisation=oim.id,
                roles=(R.PROMOTER, R.IMPLEMENTER),
                citation=r.cite(
                    "IOM and its partners in Central America have organized a series of "
                    "training workshops in El Salvador, Honduras and Nicaragua"
                ),
            ),
        ),
        cohorts=(
            mh.Cohort(
                id="iom-central-america-promoters-cohort",
                label="health promoters and government officials",
                countries=("SV", "HN", "NI"),
                figures=(
                    r.figure(
                        "iom-ca-promoters-participants",
                        M.PARTICIPANTS,
                        "340 participants",
                        attended,
                    ),
                    r.figure(
                        "iom-ca-promoters-capitals",
                        M.PLACES_REACHED,
                        "three capitals",
                        attended,
                        note="The capitals of El Salvador, Honduras and Nicaragua.",
                    ),
                ),
            ),
        ),
        statistics=(
            nationals_abroad("SV", "three million Salvadorians", "Salvadorians", 3_000_000),
            nationals_abroad("GT", "1.6 million Guatemalans", "Guatemalans", 1_600_000),
            nationals_abroad("HN", "1.2 million Hondurans", "Hondurans", 1_200_000),
            nationals_abroad("NI", "900,000 Nicaraguans", "Nicaraguans", 900_000),
            mh.ServiceStatistic(
                id="gt-returnees-2014",
                population="returnees received by Guatemala",
                countries=("GT",),
                dates=(r.date("In 2014", returns),),
                figures=(
                    r.figure(
                        "gt-returnees-2014-count",
                        M.OTHER,
                        "70,000 returnees",
                        returns,
                        period=P("2014"),
                        note="Forced returns received by Guatemala.",
                    ),
                ),
            ),
            mh.ServiceStatistic(
                id="sv-returnees-2014",
                population="returnees received by El Salvador",
                countries=("SV",),
                dates=(r.date("In 2014", returns),),
                figures=(
                    r.figure(
                        "sv-returnees-2014-count",
                        M.OTHER,
                        "35,000",
                        returns,
                        unit="returnees",
                        period=P("2014"),
                        note="Forced returns received by El Salvador.",
                    ),
                ),
            ),
        ),
        description=(
            "Workshops in El Salvador, Honduras and Nicaragua, in the three capitals and in "
            "high-migration provinces, for 340 health promoters and government officials; "
            "with the number of nationals of four countries living abroad and of 2014's "
            "returnees."
        ),
    )
    r.write(oim, programme)


def report_iom_nairobi_trafficking_training_2018() -> None:
    r = Report(
        "en",
        "iom_nairobi_health_providers_trafficking_2018",
        "iom-nairobi-health-providers-2018",
        title=(
            "IOM Trains Health Providers to Care for Victims of Trafficking, Migrants in "
            "Vulnerable Situations"
        ),
        publisher="International Organization for Migration",
        published=mh.PartialDate.fromisoformat("2018"),
        published_inferred=(
            "the page prints no date; its photograph is credited 'IOM 2018' and the training "
            "it reports ran 'from 10 to 14 September 2018'"
        ),
        notes=(
            "A news item of the IOM, dateline Nairobi, with its photograph's caption. The "
            "stored copy stops in the middle of a sentence ('commended the work of IOM,'), "
            "which is kept as stored since it names the speaker at the launch."
        ),
    )
    oim = iom()
    eu = mh.Organisation(id="eu", name="European Union", acronym="EU", kind=K.INTERGOVERNMENTAL)
    interior = mh.Organisation(
        id="ke-ministry-of-interior",
        name="Ministry of Interior",
        kind=K.MINISTRY,
        country="KE",
    )
    ncm = mh.Organisation(
        id="ke-national-coordination-mechanism",
        name="National Coordination Mechanism",
        kind=K.GOVERNMENT,
        country="KE",
    )
    health_ministries = mh.Organisation(
        id="east-africa-ministries-of-health",
        name="Ministries of Health",
        kind=K.MINISTRY,
        notes=(
            "The ministries of health of Djibouti, Ethiopia, Kenya, Somalia, South Sudan, "
            "Sudan and Uganda, whose representatives took part."
        ),
    )
    conducted = (
        "IOM, the UN Migration Agency, under the Better Migration Management (BMM) programme "
        "and the EU-IOM Joint Initiative for Migrant Protection and Reintegration in the Horn "
        "of Africa, conducted a five-day Training of Trainers for health care providers"
    )
    brought = (
        "It brought together representatives from the Ministries of Health, as well as "
        "professionals working to provide protection services in Djibouti, Ethiopia, Kenya, "
        "Somalia, South Sudan, Sudan and Uganda"
    )
    countries = ("DJ", "ET", "KE", "SO", "SS", "SD", "UG")
    bmm = mh.Programme(
        id="better-migration-management",
        title="Better Migration Management",
        kind=mh.ProgrammeKind.PROJECT,
        partners=(mh.Partner(organisation=oim.id, roles=(R.IMPLEMENTER,)),),
    )
    joint_initiative = mh.Programme(
        id="eu-iom-joint-initiative-horn-of-africa",
        title=(
            "EU-IOM Joint Initiative for Migrant Protection and Reintegration in the Horn of Africa"
        ),
        kind=mh.ProgrammeKind.PROJECT,
        partners=(
            mh.Partner(
                organisation=eu.id,
                roles=(R.PROMOTER,),
                citation=r.cite("the EU-IOM Joint Initiative for Migrant Protection"),
            ),
            mh.Partner(
                organisation=oim.id,
                roles=(R.PROMOTER, R.IMPLEMENTER),
                citation=r.cite("the EU-IOM Joint Initiative for Migrant Protection"),
            ),
        ),
    )
    kihalangwa_title = (
        "the Principal Secretary in the Kenyan Ministry of Interior and Chairman of the "
        "National Coordination Mechanism"
    )
    launch = (
        "Speaking at the launch of the training, Gordon Kihalangwa, the Principal Secretary in "
        "the Kenyan Ministry of Interior and Chairman of the National Coordination Mechanism "
        "commended the work of IOM"
    )
    training = mh.Programme(
        id="iom-nairobi-tot-health-providers-2018",
        title="Training of Trainers for health care providers",
        kind=mh.ProgrammeKind.COURSE,
        status=mh.Status.COMPLETED,
        themes=(
            "care for victims of trafficking",
            "mental health considerations for migrants in vulnerable situations",
            "psychosocial first aid",
        ),
        countries=countries,
        places=("Nairobi",),
        partners=(
            mh.Partner(
                organisation=oim.id, roles=(R.PROMOTER, R.IMPLEMENTER), citation=r.cite(conducted)
            ),
            mh.Partner(
                organisation=health_ministries.id, roles=(R.ATTENDEE,), citation=r.cite(brought)
            ),
        ),
        figures=(
            r.figure(
                "iom-nairobi-2018-days",
                M.DURATION,
                "five-day",
                conducted,
                # 'five-day' is not read: a number word joined to its unit by a hyphen.
                quantity=mh.Quantity(value=5, unit="day"),
            ),
            r.figure(
                "migrant-journeys-distance",
                M.DISTANCE,
                "hundreds of kilometres",
                "Often, migrants travel on foot for hundreds of kilometres through dangerous "
                "territories",
                note="How far migrants on the routes out of Africa often travel on foot.",
            ),
        ),
        cohorts=(
            mh.Cohort(
                id="iom-nairobi-2018-trainees",
                label=(
                    "representatives from the Ministries of Health and professionals working "
                    "to provide protection services"
                ),
                dates=(
                    r.date(
                        "from 10 to 14 September 2018",
                        "ran from 10 to 14 September 2018",
                    ),
                ),
                places=("Nairobi",),
                countries=countries,
            ),
        ),
        related=(bmm.id, joint_initiative.id),
        citations=(
            r.cite(
                launch,
                speaker=mh.Speaker(
                    name="Gordon Kihalangwa",
                    position=kihalangwa_title,
                    organisation=interior.id,
                    person="gordon-kihalangwa",
                ),
            ),
        ),
        description=(
            "A five-day training of trainers in Nairobi, 10 to 14 September 2018, for health "
            "care providers and protection professionals of seven countries of East Africa "
            "and the Horn of Africa, on the care of victims of trafficking and the mental "
            "health of migrants in vulnerable situations."
        ),
    )
    people = (
        mh.Person(
            id="gordon-kihalangwa",
            name="Gordon Kihalangwa",
            positions=(
                mh.Position(
                    title="the Principal Secretary in the Kenyan Ministry of Interior",
                    organisation=interior.id,
                    source=r.source.id,
                ),
                mh.Position(
                    title="Chairman of the National Coordination Mechanism",
                    organisation=ncm.id,
                    source=r.source.id,
                ),
            ),
            citations=(r.cite(launch),),
        ),
        mh.Person(
            id="wilson-johwa",
            name="Wilson Johwa",
            positions=(
                mh.Position(
                    title="photographer (credited 'Photo: Wilson Johwa/IOM 2018')",
                    organisation=oim.id,
                    source=r.source.id,
                ),
            ),
            citations=(r.cite("Photo: Wilson Johwa/IOM 2018"),),
        ),
    )
    r.write(oim, eu, interior, ncm, health_ministries, training, bmm, joint_initiative, *people)


def report_poland_course_for_ukrainian_medics_2023() -> None:
    r = Report(
        "en",
        "poland_ukrainian_medics_course_2023",
        "dignitynews-ukrainian-medics-poland",
        title=(
            "Facilitation for Ukrainian medics in the Polish health service: Ministry of Health "
            "launched special training"
        ),
        publisher="Dignity News",
        published=mh.PartialDate.fromisoformat("2023"),
        published_inferred=(
            "the page prints no date; 'In March last year, after the outbreak of war in "
            "Ukraine' (March 2022) makes it 2023"
        ),
        notes=(
            "The stored text has no heading: the title is read from the page's address. The "
            "text ends where the stored copy ends a paragraph."
        ),
    )
    cmkp = mh.Organisation(
        id="pl-cmkp",
        name="Medical Centre for Postgraduate Education",
        acronym="CMKP",
        kind=K.UNIVERSITY,
        country="PL",
    )
    school = mh.Organisation(
        id="pl-cmkp-school-of-public-health",
        name="CMKP School of Public Health",
        kind=K.UNIVERSITY,
        country="PL",
        parent=cmkp.id,
    )
    ministry = mh.Organisation(
        id="pl-ministry-of-health", name="Ministry of Health", kind=K.MINISTRY, country="PL"
    )
    who = mh.Organisation(
        id="who", name="World Health Organisation", acronym="WHO", kind=K.UN_AGENCY
    )
    launched = (
        "The Medical Centre for Postgraduate Education (CMKP) in Warsaw, in cooperation with "
        "the Ministry of Health and the World Health Organisation (WHO), has launched a course "
        "for medical professionals who have come from Ukraine and want to work in the Polish "
        "health service"
    )
    jankowski = mh.Speaker(
        name="Mateusz Jankowski",
        position="Project coordinator Professor",
        organisation=school.id,
        person="mateusz-jankowski",
    )
    barriers = (
        "Two key barriers preventing the professional activation of medical professionals "
        "from Ukraine have been identified: the language barrier and the systemic barrier "
        "related to the lack of knowledge of the healthcare system in Poland"
    )
    arrived = (
        "said that after 24 February 2022, a large number of medical personnel have arrived "
        "in Poland from Ukraine"
    )
    course = mh.Programme(
        id="cmkp-organisation-of-health-care-in-poland",
        title="Organisation of health care in Poland",
        kind=mh.ProgrammeKind.COURSE,
        status=mh.Status.UNDER_WAY,
        themes=("the organisation of health care in Poland",),
        countries=("PL",),
        dates=(
            r.date(
                "after 24 February 2022",
                arrived,
                period=P("2022-02-24/.."),
                event="medical personnel arriving in Poland from Ukraine",
                note="'after 24 February 2022': the day Russia's full-scale invasion began.",
            ),
        ),
        partners=(
            mh.Partner(
                organisation=cmkp.id, roles=(R.PROMOTER, R.IMPLEMENTER), citation=r.cite(launched)
            ),
            mh.Partner(organisation=ministry.id, roles=(R.PARTNER,), citation=r.cite(launched)),
            mh.Partner(
                organisation=who.id,
                roles=(R.FUNDER, R.PARTNER),
                citation=r.cite("The course is funded by the WHO"),
            ),
        ),
        figures=(
            r.figure(
                "cmkp-course-availability",
                M.DURATION,
                "12 months",
                "The course will be available free of charge online for 12 months",
                planned=mh.Plan.TARGET,
            ),
            r.figure(
                "ukrainian-medics-applications",
                M.OTHER,
                "more than 7,000 applications",
                "So far, doctors, dentists, nurses, midwives and paramedics, mainly from "
                "Ukraine, have submitted more than 7,000 applications to the Minister of Health "
                "for employment on the basis of the simplified procedure",
                note="Applications for employment under the simplified procedure.",
            ),
            r.figure(
                "ukrainian-medics-barriers",
                M.OTHER,
                "Two key barriers",
                barriers,
                speaker=jankowski,
                note="The barriers to the professional activation of medics from Ukraine.",
            ),
        ),
        citations=(r.cite(barriers, speaker=jankowski),),
        description=(
            "A free online course on the organisation of health care in Poland, for medical "
            "professionals from Ukraine who want to work in the Polish health service, by "
            "the CMKP with the Ministry of Health and the WHO."
        ),
    )
    language_courses = mh.Programme(
        id="polish-language-courses-for-ukrainian-medics-2022",
        title="Free Polish language courses for medics who came to Poland",
        kind=mh.ProgrammeKind.COURSE,
        status=mh.Status.COMPLETED,
        countries=("PL",),
        dates=(
            r.date(
                "In March last year",
                "In March last year, after the outbreak of war in Ukraine, free Polish language "
                "courses were organised",
                period=P("2022-03"),
                inferred="'last year' read against the year of the page, 2023",
            ),
        ),
        cohorts=(
            mh.Cohort(
                id="polish-language-courses-2022-cohort",
                countries=("PL",),
                figures=(
                    r.figure(
                        "polish-language-courses-completed",
                        M.COMPLETED,
                        "Nearly one and a half thousand people",
                        "Nearly one and a half thousand people completed the course",
                        # Read as 1: 'one and a half thousand' is one thousand five hundred.
                        quantity=mh.Quantity(value=1500, unit="people", qualifier=Q.ALMOST),
                    ),
                ),
            ),
        ),
        related=(course.id,),
        description="Polish language courses organised in March 2022 for medics from Ukraine.",
    )
    person = mh.Person(
        id="mateusz-jankowski",
        name="Mateusz Jankowski",
        positions=(
            mh.Position(
                title="Project coordinator",
                organisation=school.id,
                programme=course.id,
                source=r.source.id,
            ),
            mh.Position(title="Professor", organisation=school.id, source=r.source.id),
        ),
        citations=(r.cite(barriers, speaker=jankowski),),
    )
    r.write(cmkp, school, ministry, who, course, language_courses, person)


def report_iom_malta_train4mh_2019() -> None:
    r = Report(
        "en",
        "iom_malta_train4mh_2019",
        "iom-malta-train4mh-2019",
        title="TRAIN4M&H training on migration and health",
        publisher="International Organization for Migration, Malta",
        published=mh.PartialDate.fromisoformat("2019"),
        published_inferred=(
            "the page prints no date; it reports the training of 'On 27 February 2019' as "
            "past: 2019 is taken"
        ),
        notes=(
            "A news item of the IOM in Malta, with its subtitle. The page's tag after the "
            "text ('SDG 10 - Reduced Inequalities') is left out. The training is described as "
            "'full-day', without a number."
        ),
    )
    oim = iom()
    commission = mh.Organisation(
        id="european-commission", name="European Commission", kind=K.INTERGOVERNMENTAL
    )
    dg_sante = mh.Organisation(
        id="dg-sante",
        name="Directorate General for Health and Food Safety",
        acronym="DG SANTE",
        kind=K.INTERGOVERNMENTAL,
        parent=commission.id,
    )
    giz = mh.Organisation(
        id="giz",
        name="Deutsche Gesellschaft für Internationale Zusammenarbeit",
        acronym="GIZ",
        kind=K.GOVERNMENT,
        country="DE",
        notes="Named by its acronym only.",
    )
    iss = mh.Organisation(
        id="it-iss",
        name="Istituto Superiore di Sanità",
        acronym="ISS",
        kind=K.PUBLIC_HEALTH_INSTITUTE,
        country="IT",
    )
    ehesp = mh.Organisation(
        id="fr-ehesp",
        name="École des hautes études en santé publique",
        acronym="EHESP",
        kind=K.UNIVERSITY,
        country="FR",
    )
    ispup = mh.Organisation(
        id="pt-ispup",
        name="The Institute of Public Health of the University of Porto",
        acronym="ISPUP",
        kind=K.UNIVERSITY,
        country="PT",
    )
    sapienza = mh.Organisation(
        id="it-sapienza-public-health",
        name="Dipartimento di Sanità Pubblica e Malattie Infettive – Università Sapienza Roma",
        kind=K.UNIVERSITY,
        country="IT",
    )
    aspher = mh.Organisation(
        id="aspher",
        name="Association of Schools of Public Health in the European Region",
        acronym="ASPHER",
        kind=K.PROFESSIONAL_BODY,
    )
    academy = mh.Organisation(
        id="mt-academy-for-disciplined-forces",
        name="Academy for Disciplined Forces",
        kind=K.GOVERNMENT,
        country="MT",
    )
    organised = (
        "organized under the tendered initiative TRAIN4M&H funded within the framework of the "
        "Third Health Programme of the EU (2014-2020) by the Directorate General for Health and "
        "Food Safety (DG SANTE) of the European Commission, coordinated by GIZ in collaboration "
        "with IOM, the Istituto Superiore di Sanità (ISS), École des hautes études en santé "
        "publique (EHESP), The Institute of Public Health of the University of Porto (ISPUP), "
        "the Dipartimento di Sanità Pubblica e Malattie Infettive – Università Sapienza Roma "
        "and the Association of Schools of Public Health in the European Region (ASPHER)"
    )
    third = "the Third Health Programme of the EU (2014-2020)"
    health_programme = mh.Programme(
        id="eu-third-health-programme",
        title="Health Programme of the EU",
        kind=mh.ProgrammeKind.OTHER,
        edition=r.figure(
            "eu-health-programme-edition",
            M.EDITION,
            "Third Health Programme",
            third,
        ),
        dates=(r.date("2014-2020", third),),
        partners=(
            mh.Partner(organisation=dg_sante.id, roles=(R.FUNDER,), citation=r.cite(organised)),
        ),
    )
    initiative = mh.Programme(
        id="train4mh",
        title="TRAIN4M&H",
        kind=mh.ProgrammeKind.PROJECT,
        partners=(
            mh.Partner(organisation=dg_sante.id, roles=(R.FUNDER,), citation=r.cite(organised)),
            mh.Partner(organisation=giz.id, roles=(R.COORDINATOR,), citation=r.cite(organised)),
            *(
                mh.Partner(organisation=o.id, roles=(R.PARTNER,), citation=r.cite(organised))
                for o in (oim, iss, ehesp, ispup, sapienza, aspher)
            ),
        ),
        related=(health_programme.id,),
    )
    held = (
        "On 27 February 2019, the International Organization for Migration (IOM) held a "
        "training on migration and health for health professionals, law enforcement officers "
        "and social workers working at local level with migrants and refugees in Malta"
    )
    training = mh.Programme(
        id="iom-malta-train4mh-training-2019",
        title="Training on migration and health for health professionals",
        kind=mh.ProgrammeKind.WORKSHOP_SERIES,
        status=mh.Status.COMPLETED,
        themes=(
            "intercultural competence",
            "health needs, challenges and risks among migrants and refugees",
            "mental health and psychosocial support",
            "psychological first aid",
            "vulnerabilities",
        ),
        countries=("MT",),
        partners=(
            mh.Partner(
                organisation=oim.id, roles=(R.PROMOTER, R.IMPLEMENTER), citation=r.cite(held)
            ),
            mh.Partner(
                organisation=academy.id,
                roles=(R.HOST,),
                citation=r.cite(
                    "The full-day training which took place at the Academy for Disciplined Forces"
                ),
            ),
        ),
        cohorts=(
            mh.Cohort(
                id="iom-malta-train4mh-2019-trainees",
                label=(
                    "health professionals, law enforcement officers and social workers working "
                    "at local level with migrants and refugees"
                ),
                dates=(r.date("On 27 February 2019", held),),
                countries=("MT",),
            ),
        ),
        related=(initiative.id,),
        description=(
            "A full-day training in Malta on 27 February 2019 for front-line health "
            "professionals, law enforcement officers and social workers, under the "
            "TRAIN4M&H initiative of the EU's Third Health Programme."
        ),
    )
    r.write(
        oim,
        commission,
        dg_sante,
        giz,
        iss,
        ehesp,
        ispup,
        sapienza,
        aspher,
        academy,
        training,
        initiative,
        health_programme,
    )


def report_iom_who_europe_regional_committee_2016() -> None:
    r = Report(
        "en",
        "iom_who_europe_66th_session_2016",
        "iom-who-europe-66th-session-2016",
        title="IOM Attends 66th Session of WHO Europe Meeting, Addresses Refugee, Migrant Health",
        publisher="International Organization for Migration",
        published=mh.PartialDate.fromisoformat("2016"),
        published_inferred=(
            "the page prints no date; it reports the session 'held from 12-15 September 2016' "
            "and IOM's joining the UN at 'the forthcoming General Assembly': 2016"
        ),
        notes=(
            "A news item of the IOM, dateline Switzerland (its French version is "
            "fr/oim_comite_oms_europe). The site's menus before the title are left out. The "
            "stored copy stops in the middle of a sentence ('This year migrant health has "
            "featured on the agenda of various WHO regional committee meetings'); the text "
            "here ends with the last whole paragraph."
        ),
    )
    oim = iom()
    who = mh.Organisation(
        id="who-europe",
        name="World Health Organisation (WHO) Regional Committee for Europe",
        acronym="WHO",
        kind=K.UN_AGENCY,
    )
    held = (
        "IOM addressed refugee and migrant health during the 66th Session of the World Health "
        "Organisation (WHO) Regional Committee Meeting for Europe, held from 12-15 September "
        "2016 in Copenhagen, Denmark"
    )
    mosca_title = "Director of IOM’s Migration Health Division"
    mosca = mh.Speaker(
        name="Davide Mosca", position=mosca_title, organisation=oim.id, person="davide-mosca"
    )
    speech = (
        "This is the time to advance the migrant health and refugee agenda and enhance "
        "inter-regional collaboration in the framework of the development Agenda 2030"
    )
    keynote = (
        "Dr. Davide Mosca, Director of IOM’s Migration Health Division, delivered a keynote "
        "speech on behalf of IOM Director General William Lacy Swing"
    )
    session = mh.Programme(
        id="who-europe-regional-committee-66",
        title="WHO Regional Committee for Europe",
        kind=mh.ProgrammeKind.OTHER,
        status=mh.Status.COMPLETED,
        edition=r.figure("who-europe-rc-66-edition", M.EDITION, "66th Session", held),
        themes=("refugee and migrant health",),
        countries=("DK",),
        places=("Copenhagen",),
        dates=(r.date("from 12-15 September 2016", held),),
        partners=(
            mh.Partner(organisation=who.id, roles=(R.HOST,), citation=r.cite(held)),
            mh.Partner(organisation=oim.id, roles=(R.ATTENDEE,), citation=r.cite(held)),
        ),
        citations=(r.cite(speech, speaker=mosca),),
        description=(
            "The 66th session of WHO's Regional Committee for Europe, Copenhagen, 12 to 15 "
            "September 2016, where the IOM spoke on refugee and migrant health."
        ),
    )
    people = (
        mh.Person(
            id="davide-mosca",
            name="Davide Mosca",
            positions=(mh.Position(title=mosca_title, organisation=oim.id, source=r.source.id),),
            citations=(r.cite(speech, speaker=mosca),),
        ),
        mh.Person(
            id="william-lacy-swing",
            name="William Lacy Swing",
            positions=(
                mh.Position(title="IOM Director General", organisation=oim.id, source=r.source.id),
            ),
            citations=(r.cite(keynote),),
        ),
    )
    r.write(oim, who, session, *people)


def nmc() -> mh.Organisation:
    return mh.Organisation(
        id="uk-nmc",
        name="Nursing and Midwifery Council",
        acronym="NMC",
        kind=K.PROFESSIONAL_BODY,
        country="GB",
    )


def report_nmc_red_list_joiners_2022() -> None:
    r = Report(
        "en",
        "nmc_red_list_nurses_2022",
        "yahoo-nmc-red-list-nurses-2022",
        title="Increasing number of nurses join UK register from ‘red list’ countries",
        publisher="Yahoo News UK",
        published=mh.PartialDate.fromisoformat("2022"),
        published_inferred=(
            "the page prints no date; it compares 'the six months to September' with 'the "
            "same time frame in 2021' and looks to 'a very busy and challenging winter': the "
            "autumn of 2022"
        ),
        notes=(
            "A news story on the register figures of the Nursing and Midwifery Council. The "
            "stored copy stops in the middle of a word ('since Ap'), kept as stored since the "
            "sentence gives a figure. 'a record 771,445' and 'an increase of 13,144' come "
            "without their base: the register before April is not given."
        ),
    )
    council = nmc()
    government = mh.Organisation(
        id="uk-government", name="the Government", kind=K.GOVERNMENT, country="GB"
    )
    sutcliffe_title = "chief executive and registrar of the NMC"
    sutcliffe = mh.Speaker(
        name="Andrea Sutcliffe",
        position=sutcliffe_title,
        organisation=council.id,
        person="andrea-sutcliffe",
    )
    nmc_figures = mh.Speaker(description="New figures from the NMC", organisation=council.id)
    six_months = P("--04/--09")
    months = "April to September of the year of the story, not stated (2022)"
    register = (
        "New figures from the Nursing and Midwifery Council (NMC) show that a record 771,445 "
        "nurses and midwives are now registered with the regulator – an increase of 13,144 "
        "between April and September"
    )
    joined = (
        "It said that 11,496 international professionals joined the NMC register for the first "
        "time between April and September"
    )
    nigeria = (
        "The Latest NMC report shows that 1,670 nurses and midwives who trained in Nigeria "
        "joined the UK register in the six months to September – a rise of 25% from the same "
        "time frame in 2021"
    )
    ghana = (
        "And 543 nurses who trained in Ghana joined the UK register – an increase of 61% "
        "compared to the same time frame in 2021"
    )
    red_list = (
        "more than 2,000 nurses have come to work in the UK from so-called red list "
        "recruitment countries"
    )
    sutcliffe_quote = (
        "As we face a very busy and challenging winter this may be a particularly anxious time "
        "for almost 24,000 professionals who have joined the register since Ap"
    )
    welcome = (
        "At a time of great pressure across health and social care in the UK, we welcome the "
        "growth of our register"
    )

    def joiners(id: str, country: str, phrase: str, quote: str, change: str) -> mh.ServiceStatistic:
        return mh.ServiceStatistic(
            id=id,
            population=f"nurses and midwives trained in {mh.country_name(country)} who joined",
            countries=(country,),
            dates=(
                r.date("between April and September", register, period=six_months, inferred=months),
            ),
            figures=(
                r.figure(
                    f"{id}-count",
                    M.HEALTH_WORKERS,
                    phrase,
                    quote,
                    speaker=nmc_figures,
                    period=six_months,
                    inferred=months,
                ),
                r.figure(
                    f"{id}-change",
                    M.PERCENT_CHANGE,
                    change,
                    quote,
                    speaker=nmc_figures,
                    period=six_months,
                    inferred=months,
                    note="Compared with the same six months of 2021.",
                ),
            ),
        )

    code = mh.Programme(
        id="uk-code-of-practice-international-recruitment",
        title="code of practice on ethical recruitment",
        kind=mh.ProgrammeKind.POLICY,
        status=mh.Status.UNDER_WAY,
        countries=("GB",),
        partners=(
            mh.Partner(
                organisation=government.id,
                roles=(R.PROMOTER,),
                citation=r.cite("the Government’s code of practice on ethical recruitment"),
            ),
        ),
    )
    recruitment = mh.Programme(
        id="uk-international-nurse-recruitment",
        title="International recruitment of nurses and midwives to the UK",
        kind=mh.ProgrammeKind.OTHER,
        status=mh.Status.UNDER_WAY,
        countries=("GB", "IN", "PH", "NG", "GH"),
        partners=(
            mh.Partner(organisation=council.id, roles=(R.PUBLISHER,), citation=r.cite(register)),
        ),
        statistics=(
            mh.ServiceStatistic(
                id="nmc-register-2022-09",
                population="nurses and midwives registered with the NMC",
                countries=("GB",),
                dates=(
                    r.date(
                        "between April and September", register, period=six_months, inferred=months
                    ),
                ),
                figures=(
                    r.figure(
                        "nmc-register-total",
                        M.HEALTH_WORKERS,
                        "a record 771,445 nurses and midwives",
                        register,
                        speaker=nmc_figures,
                        # 'a record' is not read as a determiner: the reader finds no number.
                        quantity=mh.Quantity(value=771_445, unit="nurses and midwives"),
                    ),
                    r.figure(
                        "nmc-register-increase",
                        M.OTHER,
                        "13,144",
                        register,
                        unit="nurses and midwives",
                        speaker=nmc_figures,
                        period=six_months,
                        inferred=months,
                        note=(
                            "The register's growth between April and September; its total "
                            "before April is not given, so it cannot be an increment of a "
                            "recorded figure."
                        ),
                    ),
                ),
            ),
            mh.ServiceStatistic(
                id="nmc-joiners-since-april",
                population="professionals who have joined the NMC register since April",
                countries=("GB",),
                figures=(
                    r.figure(
                        "nmc-joiners-since-april-count",
                        M.HEALTH_WORKERS,
                        "almost 24,000 professionals",
                        sutcliffe_quote,
                        speaker=sutcliffe,
                        note="All who have joined since April, trained in the UK or abroad.",
                    ),
                ),
                subgroups=(
                    mh.SubGroup(
                        id="nmc-international-joiners",
                        label="international professionals joining for the first time",
                        figures=(
                            r.figure(
                                "nmc-international-joiners-count",
                                M.HEALTH_WORKERS,
                                "11,496 international professionals",
                                joined,
                                speaker=nmc_figures,
                                period=six_months,
                                inferred=months,
                            ),
                        ),
                    ),
                ),
            ),
            mh.ServiceStatistic(
                id="nmc-red-list-joiners",
                population="nurses from red list recruitment countries",
                figures=(
                    r.figure(
                        "nmc-red-list-joiners-count",
                        M.HEALTH_WORKERS,
                        "more than 2,000 nurses",
                        red_list,
                    ),
                ),
            ),
            joiners("nmc-nigeria-joiners", "NG", "1,670 nurses and midwives", nigeria, "25%"),
            joiners("nmc-ghana-joiners", "GH", "543 nurses", ghana, "61%"),
        ),
        citations=(r.cite(welcome, speaker=sutcliffe),),
        related=(code.id,),
        description=(
            "Nurses and midwives joining the UK register from abroad, April to September "
            "2022: 11,496 international joiners, of whom 1,670 trained in Nigeria and 543 in "
            "Ghana, both on the red list of countries where active recruitment is banned."
        ),
    )
    person = mh.Person(
        id="andrea-sutcliffe",
        name="Andrea Sutcliffe",
        positions=(
            mh.Position(title=sutcliffe_title, organisation=council.id, source=r.source.id),
        ),
        citations=(r.cite(welcome, speaker=sutcliffe),),
    )
    r.write(council, government, recruitment, code, person)


def report_nursing_times_red_list_2022() -> None:
    r = Report(
        "en",
        "nursing_times_red_list_2022",
        "nursing-times-red-list-2022-10-04",
        title="Four of UK's top countries for nurse recruitment on WHO 'red list'",
        publisher="Nursing Times",
        published=mh.parse_date("04 October, 2022"),
        published_quote="04 October, 2022",
        notes=(
            "A Nursing Times story as republished by healthjobsonline.co.uk, with its standfirst "
            "and its photograph's credit ('Source:&nbsp Ingimage', an entity as the page "
            "prints it); the byline names no one ('By'). A link list inside the story ('Related "
            "articles and resources') is left out. The stored copy stops in the middle of a "
            "sentence ('accounting for 13% of last'); the text here ends with the sentence "
            "before it. The title's 'Four' counts Pakistan, in the top 20, with the three of "
            "the top seven."
        ),
    )
    council = nmc()
    who = mh.Organisation(
        id="who", name="World Health Organization", acronym="WHO", kind=K.UN_AGENCY
    )
    dhsc = mh.Organisation(
        id="uk-dhsc",
        name="Department of Health and Social Care",
        acronym="DHSC",
        kind=K.MINISTRY,
        country="GB",
    )
    nepal = mh.Organisation(
        id="np-government", name="Government of Nepal", kind=K.GOVERNMENT, country="NP"
    )
    observer = mh.Organisation(id="the-observer", name="The Observer", kind=K.MEDIA, country="GB")
    year = P("2021-04/2022-03")
    three = (
        "Three of the top seven countries from which the UK recruits overseas nurses are on the "
        "World Health Organization’s (WHO) ‘red list’"
    )
    ranks = (
        "Nigeria, Ghana and Nepal are the third, fifth and seventh highest respectively in the "
        "list of countries that provided the largest number of overseas staff joining the "
        "Nursing and Midwifery Council (NMC) register between April 2021 and March 2022"
    )
    totals = (
        "In total, all red list countries accounted for a total of 4,151 (or 19%) nurses and "
        "midwives recruited from abroad in the last financial year, out of a total of 22,411 "
        "recruits from overseas"
    )
    thirds = (
        "two thirds of international joiners between April 2021 and March 2022 came from India "
        "and the Philippines"
    )
    agreement = (
        "Nepal has since moved off the red list following of a government-to-government "
        "agreement between the Department of Health and Social Care (DHSC) and the Government "
        "of Nepal in the summer"
    )
    recruits = r.figure(
        "uk-overseas-recruits-2021-22",
        M.HEALTH_WORKERS,
        "a total of 22,411 recruits",
        totals,
        period=year,
        inferred="'the last financial year': April 2021 to March 2022",
    )

    def rank(country: str, phrase: str) -> mh.ServiceStatistic:
        code = country.lower()
        return mh.ServiceStatistic(
            id=f"{code}-rank-overseas-joiners",
            population=f"overseas staff from {mh.country_name(country)} joining the NMC register",
            countries=(country,),
            dates=(r.date("between April 2021 and March 2022", ranks),),
            figures=(
                r.figure(
                    f"{code}-rank-overseas-joiners-place",
                    M.OTHER,
                    phrase,
                    ranks,
                    unit="place",
                    period=year,
                    note="Its place among the countries of origin of overseas joiners.",
                ),
            ),
        )

    red_list = mh.Programme(
        id="who-health-workforce-red-list",
        title="WHO red list",
        kind=mh.ProgrammeKind.POLICY,
        status=mh.Status.UNDER_WAY,
        partners=(
            mh.Partner(
                organisation=who.id,
                roles=(R.PROMOTER,),
                citation=r.cite("which is derived by the WHO"),
            ),
        ),
    )
    nepal_agreement = mh.Programme(
        id="uk-nepal-health-workforce-agreement-2022",
        title="government-to-government agreement between the DHSC and the Government of Nepal",
        kind=mh.ProgrammeKind.WORKFORCE_AGREEMENT,
        status=mh.Status.UNDER_WAY,
        countries=("GB", "NP"),
        dates=(
            r.date(
                "in the summer",
                agreement,
                period=P("2022-06/2022-08"),
                event="agreement",
                inferred="the summer before the story of 4 October 2022, June to August 2022",
            ),
        ),
        partners=(
            mh.Partner(organisation=dhsc.id, roles=(R.PROMOTER,), citation=r.cite(agreement)),
            mh.Partner(organisation=nepal.id, roles=(R.PROMOTER,), citation=r.cite(agreement)),
        ),
        citations=(
            r.cite(
                "including those reported in The Observer which suggested Nepali recruitment "
                "agencies carried out abusive practices",
                speaker=mh.Speaker(description="The Observer", organisation=observer.id),
            ),
        ),
        related=(red_list.id,),
    )
    recruitment = mh.Programme(
        id="uk-international-nurse-recruitment",
        title="International recruitment of nurses and midwives to the UK",
        kind=mh.ProgrammeKind.OTHER,
        status=mh.Status.UNDER_WAY,
        countries=("GB", "NG", "GH", "NP", "PK", "IN", "PH"),
        partners=(
            mh.Partner(
                organisation=council.id,
                roles=(R.PUBLISHER,),
                citation=r.cite("The data comes in a new report by the NMC"),
            ),
        ),
        statistics=(
            mh.ServiceStatistic(
                id="uk-overseas-recruitment-2021-22",
                population="nurses and midwives recruited from abroad",
                dates=(r.date("between April 2021 and March 2022", ranks),),
                figures=(
                    recruits,
                    r.figure(
                        "uk-red-list-recruits-2021-22",
                        M.HEALTH_WORKERS,
                        "4,151",
                        totals,
                        unit="nurses and midwives",
                        period=year,
                        part_of=recruits.id,
                        note="From all red list countries.",
                    ),
                    r.figure(
                        "uk-red-list-recruits-2021-22-share",
                        M.OTHER,
                        "19%",
                        totals,
                        period=year,
                        note="The red list countries' share of overseas recruits: 4,151 of 22,411.",
                    ),
                    r.figure(
                        "uk-india-philippines-share-2021-22",
                        M.OTHER,
                        "two thirds",
                        thirds,
                        # The readers refuse a fraction, a share rather than a count of
                        # things: it is recorded as written, two of the unit "thirds".
                        quantity=mh.Quantity(value=2, unit="thirds"),
                        period=year,
                        note="The share of international joiners from India and the Philippines.",
                    ),
                ),
                subgroups=(
                    mh.SubGroup(
                        id="uk-top-countries-on-red-list",
                        label="top countries of recruitment on the red list",
                        countries=("NG", "GH", "NP", "PK"),
                        figures=(
                            r.figure(
                                "uk-top-countries-on-red-list-count",
                                M.COUNTRIES,
                                "Four of UK's top countries",
                                "Four of UK's top countries for nurse recruitment on WHO 'red "
                                "list'",
                                note="Nigeria, Ghana and Nepal (top seven), and Pakistan (top 20).",
                            ),
                        ),
                    ),
                    mh.SubGroup(
                        id="uk-top-seven-countries-on-red-list",
                        label="top seven countries of recruitment that are on the red list",
                        countries=("NG", "GH", "NP"),
                        figures=(
                            r.figure(
                                "uk-top-seven-on-red-list-count",
                                M.COUNTRIES,
                                "Three of the top seven countries",
                                three,
                                note="Nigeria, Ghana and Nepal.",
                            ),
                            r.figure(
                                "uk-top-seven-size",
                                M.OTHER,
                                "seven",
                                three,
                                quantity=mh.Quantity(value=7, unit="countries"),
                                note="The top seven countries of recruitment.",
                            ),
                        ),
                    ),
                    mh.SubGroup(
                        id="uk-top-20-countries",
                        label="top 20 countries of recruitment",
                        countries=("PK",),
                        figures=(
                            r.figure(
                                "uk-top-20-size",
                                M.OTHER,
                                "20",
                                "Pakistan, another red list country, also features in the UK’s "
                                "top 20 countries it recruits from",
                                unit="countries",
                                note="Pakistan is among them.",
                            ),
                        ),
                    ),
                ),
            ),
            rank("NG", "third"),
            rank("GH", "fifth"),
            rank("NP", "seventh"),
        ),
        related=(red_list.id, nepal_agreement.id),
        description=(
            "Overseas nurses and midwives joining the NMC register in the financial year "
            "April 2021 to March 2022: 22,411, of whom 4,151 (19%) from red list countries; "
            "Nigeria, Ghana and Nepal third, fifth and seventh among the countries of origin."
        ),
    )
    r.write(council, who, dhsc, nepal, observer, recruitment, red_list, nepal_agreement)


def report_epoch_red_list_joiners_2023() -> None:
    r = Report(
        "en",
        "epoch_red_list_nurses_2023",
        "epoch-times-red-list-nurses-2023",
        title=(
            "Significant Rise in Nurses From ‘Red List’ Countries Registered to Work in NHS: Report"
        ),
        publisher="The Epoch Times",
        published=mh.PartialDate.fromisoformat("2023"),
        published_inferred=(
            "the page prints no date; it reports the six months 'to Sept. 30 this year', after "
            "a photograph of 'Jan. 18, 2023', and figures 'published on Wednesday': the autumn "
            "of 2023"
        ),
        notes=(
            "A news story with its standfirst, its photograph's caption and its byline. The "
            "page prints its title twice; it is kept once. The stored copy stops in the middle "
            "of a word ('said in a s'), kept as stored since it names a speaker. 'Thousands of "
            "nurses' and 'over 24,000 people' are the same joiners."
        ),
    )
    council = nmc()
    government = mh.Organisation(
        id="uk-government", name="UK government", kind=K.GOVERNMENT, country="GB"
    )
    pa = mh.Organisation(id="pa-media", name="PA", kind=K.MEDIA, country="GB")
    half_year = P("2023-04/2023-09-30")
    this_year = "'the six months to Sept. 30 this year': April to 30 September 2023"
    nmc_data = mh.Speaker(description="Figures from the NMC", organisation=council.id)
    joined = (
        "Figures from the Nursing and Midwifery Council (NMC) published on Wednesday show that "
        "over 24,000 people have joined the nursing register from low-income “red list” "
        "countries in half a year"
    )
    overall = (
        "Overall there were 24,905 professionals from “red list” countries on the register in "
        "the six months to Sept. 30 this year"
    )
    india = (
        "there has been an acceleration in the overall number of joiners who were educated in "
        "India, at 7,223 in the last six months, compared to 4,849 between April and September "
        "last year, which is a 49 percent rise for the period"
    )
    code = mh.Programme(
        id="uk-code-of-practice-international-recruitment",
        title="Code of Practice for International Recruitment",
        kind=mh.ProgrammeKind.POLICY,
        status=mh.Status.UNDER_WAY,
        countries=("GB",),
        partners=(
            mh.Partner(
                organisation=government.id,
                roles=(R.PROMOTER,),
                citation=r.cite("prohibited by the UK government’s code of practice"),
            ),
        ),
    )
    recruitment = mh.Programme(
        id="uk-international-nurse-recruitment",
        title="International recruitment of nurses and midwives to the UK",
        kind=mh.ProgrammeKind.OTHER,
        status=mh.Status.UNDER_WAY,
        countries=("GB", "IN", "GH", "ZM", "NG"),
        partners=(
            mh.Partner(organisation=council.id, roles=(R.PUBLISHER,), citation=r.cite(joined)),
        ),
        statistics=(
            mh.ServiceStatistic(
                id="nmc-red-list-joiners-2023",
                population="people joining the nursing register from red list countries",
                dates=(
                    r.date(
                        "in the six months to Sept. 30 this year",
                        overall,
                        period=half_year,
                        inferred=this_year,
                    ),
                ),
                figures=(
                    r.figure(
                        "nmc-red-list-joiners-2023-thousands",
                        M.HEALTH_WORKERS,
                        "Thousands of nurses",
                        "Thousands of nurses from “red-list” countries have registered to work "
                        "in the UK, according to recent data",
                        period=half_year,
                        inferred=this_year,
                    ),
                    r.figure(
                        "nmc-red-list-joiners-2023-over",
                        M.HEALTH_WORKERS,
                        "over 24,000 people",
                        joined,
                        speaker=nmc_data,
                        period=half_year,
                        inferred=this_year,
                    ),
                    r.figure(
                        "nmc-red-list-joiners-2023-count",
                        M.HEALTH_WORKERS,
                        "24,905 professionals",
                        overall,
                        speaker=nmc_data,
                        period=half_year,
                        inferred=this_year,
                    ),
                ),
            ),
            mh.ServiceStatistic(
                id="nmc-india-joiners",
                population="joiners educated in India",
                countries=("IN",),
                figures=(
                    r.figure(
                        "nmc-india-joiners-2023",
                        M.HEALTH_WORKERS,
                        "7,223",
                        india,
                        unit="joiners",
                        period=half_year,
                        inferred="'the last six months': April to September 2023",
                    ),
                    r.figure(
                        "nmc-india-joiners-2022",
                        M.HEALTH_WORKERS,
                        "4,849",
                        india,
                        unit="joiners",
                        period=P("2022-04/2022-09"),
                        inferred="'between April and September last year': 2022",
                    ),
                    r.figure(
                        "nmc-india-joiners-change",
                        M.PERCENT_CHANGE,
                        "49 percent",
                        india,
                        period=half_year,
                        inferred="April to September 2023 on the same months of 2022",
                    ),
                ),
            ),
        ),
        related=(code.id,),
        description=(
            "Nurses and midwives joining the UK register from red list countries in April to "
            "September 2023, 24,905, and from India, 7,223 against 4,849 a year before."
        ),
    )
    people = (
        mh.Person(
            id="andrea-sutcliffe",
            name="Andrea Sutcliffe",
            positions=(
                mh.Position(
                    title="chief executive and registrar at the NMC",
                    organisation=council.id,
                    source=r.source.id,
                ),
            ),
            citations=(r.cite("Andrea Sutcliffe, chief executive and registrar at the NMC"),),
        ),
        mh.Person(
            id="owen-evans",
            name="Owen Evans",
            positions=(mh.Position(title="author (byline)", source=r.source.id),),
            citations=(r.cite("Owen Evans"),),
        ),
        mh.Person(
            id="jeff-moore",
            name="Jeff Moore",
            positions=(
                mh.Position(
                    title="photographer (credit 'Jeff Moore/PA')",
                    organisation=pa.id,
                    source=r.source.id,
                ),
            ),
            citations=(r.cite("(Jeff Moore/PA)"),),
        ),
    )
    r.write(council, government, pa, recruitment, code, *people)


def report_iom_health_of_migrants_seminar_2010() -> None:
    r = Report(
        "en",
        "iom_health_of_migrants_seminar_2010",
        "iom-health-of-migrants-seminar-2010",
        title=(
            '"Health of Migrants, the Way Forward" Seminar Calls on Governments to Address '
            "Migrant Health Issues"
        ),
        publisher="International Organization for Migration",
        published=mh.PartialDate.fromisoformat("2010-05"),
        published_inferred=(
            "the page prints no date; it reports the seminar of '17 May', held during 'the "
            "63rd World Health Assembly this week', after the consultation of 'March 3-5, "
            "2010': May 2010"
        ),
        notes=(
            "A news item of the IOM, its lines broken as the stored copy has them; the site's "
            "menus are left out. The stored copy stops in the middle of the next paragraph "
            "('to work'); the text here ends with the last whole paragraph."
        ),
    )
    oim = iom()
    who = mh.Organisation(
        id="who", name="World Health Organization", acronym="WHO", kind=K.UN_AGENCY
    )
    portugal = mh.Organisation(
        id="pt-government", name="Government of Portugal", kind=K.GOVERNMENT, country="PT"
    )
    spain = mh.Organisation(
        id="es-government", name="Government of Spain", kind=K.GOVERNMENT, country="ES"
    )
    ministry = mh.Organisation(
        id="es-ministry-health-social-policy",
        name="Ministry of Health and Social Policy",
        kind=K.MINISTRY,
        country="ES",
        parent=spain.id,
    )
    organised = (
        'the Governments of Portugal and Spain organized a lunch seminar titled "Health of '
        'Migrants, The Way Forward" on 17 May, supported by the WHO and IOM'
    )
    briefed = (
        "The seminar briefed approximately 80 Member States and other stakeholders on the "
        "outcomes of the March 3-5, 2010 Global Consultation on Migrant Health , convened by "
        "WHO and IOM and hosted by the Ministry of Health and Social Policy of the Government "
        "of Spain"
    )
    consultation = mh.Programme(
        id="who-iom-global-consultation-migrant-health-2010",
        title="Global Consultation on Migrant Health",
        kind=mh.ProgrammeKind.OTHER,
        status=mh.Status.COMPLETED,
        countries=("ES",),
        partners=(
            mh.Partner(organisation=who.id, roles=(R.PROMOTER,), citation=r.cite(briefed)),
            mh.Partner(organisation=oim.id, roles=(R.PROMOTER,), citation=r.cite(briefed)),
            mh.Partner(organisation=ministry.id, roles=(R.HOST,), citation=r.cite(briefed)),
        ),
        dates=(r.date("March 3-5, 2010", briefed),),
    )
    seminar = mh.Programme(
        id="health-of-migrants-way-forward-seminar-2010",
        title="Health of Migrants, The Way Forward",
        kind=mh.ProgrammeKind.OTHER,
        status=mh.Status.COMPLETED,
        countries=("PT", "ES"),
        partners=(
            mh.Partner(organisation=portugal.id, roles=(R.PROMOTER,), citation=r.cite(organised)),
            mh.Partner(organisation=spain.id, roles=(R.PROMOTER,), citation=r.cite(organised)),
            mh.Partner(organisation=who.id, roles=(R.PARTNER,), citation=r.cite(organised)),
            mh.Partner(organisation=oim.id, roles=(R.PARTNER,), citation=r.cite(organised)),
        ),
        dates=(
            r.date(
                "17 May",
                organised,
                period=P("2010-05-17"),
                inferred=(
                    "the year of the 63rd World Health Assembly, during which the seminar was "
                    "held, and of the consultation it reported on: 2010"
                ),
            ),
        ),
        figures=(
            r.figure(
                "world-health-assembly-63-edition",
                M.EDITION,
                "63rd World Health Assembly",
                "On the occasion of the 63rd World Health Assembly this week",
                note="The edition of the World Health Assembly during which the seminar was held.",
            ),
            r.figure(
                "health-of-migrants-seminar-member-states",
                M.MEMBER_STATES,
                "approximately 80 Member States",
                briefed,
            ),
        ),
        description=(
            "A lunch seminar of the governments of Portugal and Spain, with the WHO and the "
            "IOM, during the 63rd World Health Assembly on 17 May 2010, briefing some 80 member "
            "states on the Global Consultation on Migrant Health of 3-5 March 2010."
        ),
    )
    r.write(oim, who, portugal, spain, ministry, consultation, seminar)


def report_iom_slovenia_dissemination_workshop_2018() -> None:
    r = Report(
        "en",
        "iom_slovenia_dissemination_workshop_2018",
        "iom-slovenia-dissemination-workshop-2018",
        title="Migrant Health Training and Dissemination Workshop Held in Ljubljana",
        publisher="International Organization for Migration, Slovenia",
        published=mh.PartialDate.fromisoformat("2018"),
        published_inferred=(
            "the page prints no date; it reports the workshop of 'On 28 November 2018' as "
            "past: 2018 is taken"
        ),
        notes=(
            "A news item of the IOM in Slovenia. The stored copy stops in the middle of the "
            "third paragraph ('health promotion and prevention for mig'); the text here ends "
            "with the last whole paragraph."
        ),
    )
    oim = iom()
    giz = mh.Organisation(
        id="giz",
        name="Deutsche Gesellschaft für Internationale Zusammenarbeit",
        acronym="GIZ",
        kind=K.GOVERNMENT,
        country="DE",
    )
    lshtm = mh.Organisation(
        id="lshtm",
        name="London School of Hygiene and Tropical Medicine",
        acronym="LSHTM",
        kind=K.UNIVERSITY,
        country="GB",
    )
    aspher = mh.Organisation(
        id="aspher",
        name="Association of Schools of Public Health in the European Region",
        acronym="ASPHER",
        kind=K.PROFESSIONAL_BODY,
    )
    commission = mh.Organisation(
        id="european-commission", name="European Commission", kind=K.INTERGOVERNMENTAL
    )
    dg_sante = mh.Organisation(
        id="dg-sante",
        name="DG SANTE",
        kind=K.INTERGOVERNMENTAL,
        parent=commission.id,
        notes="Named by its acronym only ('European Commission DG SANTE').",
    )
    police = mh.Organisation(
        id="si-general-police-administration",
        name="General Police Administration",
        kind=K.GOVERNMENT,
        country="SI",
    )
    mocnik = mh.Speaker(
        name="Melita Močnik",
        position="Head of the Border police at the General Police Administration",
        organisation=police.id,
        person="melita-mocnik",
    )
    held = (
        "On 28 November 2018 the Migration Health Department of the IOM Regional Office and IOM "
        "Slovenia in coordination with the consortium members of the MIG-H Training project "
        "Deutsche Gesellschaft für Internationale Zusammenarbeit (GIZ), London School of "
        "Hygiene and Tropical Medicine (LSHTM) and the Association of Schools of Public Health "
        "in the European Region (ASPHER) organized the Migrant Health Training Dissemination "
        "Workshop in Ljubljana"
    )
    lessons = (
        "The workshop publicized newly developed and piloted training modules on communicable "
        "diseases and mental health and discussed the lessons learnt from their implementation "
        "in 10 European countries"
    )
    slovenia = "In Slovenia, trainings were delivered earlier this year to police officers"
    presented = (
        "The experience with the training implementation in Slovenia was presented by the Head "
        "of the Border police at the General Police Administration Ms Melita Močnik"
    )
    project = mh.Programme(
        id="mig-h-training-project",
        title="MIG-H Training project",
        kind=mh.ProgrammeKind.PROJECT,
        status=mh.Status.COMPLETED,
        countries=("SI",),
        places=("Ljubljana",),
        partners=(
            mh.Partner(organisation=oim.id, roles=(R.IMPLEMENTER,), citation=r.cite(held)),
            mh.Partner(organisation=giz.id, roles=(R.PARTNER,), citation=r.cite(held)),
            mh.Partner(organisation=lshtm.id, roles=(R.PARTNER,), citation=r.cite(held)),
            mh.Partner(organisation=aspher.id, roles=(R.PARTNER,), citation=r.cite(held)),
            mh.Partner(
                organisation=dg_sante.id,
                roles=(R.FUNDER,),
                citation=r.cite(
                    "introduced by the consortium partners and funding agency European "
                    "Commission DG SANTE"
                ),
            ),
        ),
        dates=(
            r.date(
                "On 28 November 2018",
                held,
                period=P("2018-11-28"),
                event="Migrant Health Training Dissemination Workshop",
            ),
        ),
        figures=(
            r.figure("mig-h-training-countries", M.COUNTRIES, "10 European countries", lessons),
            r.figure(
                "mig-h-training-modules",
                M.OTHER,
                "two modules",
                "the project main objectives and the two modules developed were presented by "
                "both the LSHTM and IOM experts",
                note="The training modules the project developed.",
            ),
        ),
        cohorts=(
            mh.Cohort(
                id="mig-h-training-slovenia-2018",
                countries=("SI",),
                dates=(
                    r.date(
                        "earlier this year",
                        slovenia,
                        period=P("2018"),
                        inferred=(
                            "'earlier this year', the year of the workshop of 28 November 2018 "
                            "the page reports"
                        ),
                    ),
                ),
            ),
        ),
        citations=(r.cite(presented, speaker=mocnik),),
        description=(
            "A project that developed and piloted training modules on communicable diseases "
            "and mental health for police officers, health professionals and social workers in "
            "10 European countries, Slovenia in 2018; its dissemination workshop was held in "
            "Ljubljana on 28 November 2018."
        ),
    )
    person = mh.Person(
        id="melita-mocnik",
        name="Melita Močnik",
        positions=(
            mh.Position(
                title="Head of the Border police at the General Police Administration",
                organisation=police.id,
                source=r.source.id,
            ),
        ),
        citations=(r.cite(presented, speaker=mocnik),),
    )
    r.write(oim, giz, lshtm, aspher, commission, dg_sante, police, project, person)


def report_iom_libya_tunis_health_training() -> None:
    r = Report(
        "en",
        "iom_libya_tunis_health_training",
        "iom-libya-tunis-health-training",
        title=(
            "IOM Libya has organized a three-day training on health care assessment to promote "
            "the health of migrants"
        ),
        publisher="News Hour",
        notes=(
            "A news site's copy of an IOM release, without a title. The page prints no date "
            "and the text states no year: the training's days ('19-21 July') are recorded "
            "without one."
        ),
    )
    oim = iom()
    uk_aid = mh.Organisation(
        id="uk-aid", name="United Kingdom Aid", kind=K.GOVERNMENT, country="GB"
    )
    finland = mh.Organisation(
        id="fi-ministry-foreign-affairs",
        name="Ministry of Foreign Affairs of Finland",
        kind=K.MINISTRY,
        country="FI",
    )
    dcim = mh.Organisation(
        id="ly-dcim",
        name="Department for Combatting Illegal Migration",
        acronym="DCIM",
        kind=K.GOVERNMENT,
        country="LY",
    )
    coast_guard = mh.Organisation(
        id="ly-coast-guard", name="Libyan Coast Guard", kind=K.GOVERNMENT, country="LY"
    )
    staco = mh.Organisation(
        id="staco", name="STACO", kind=K.NGO, notes="Named by its acronym only."
    )
    imc = mh.Organisation(
        id="international-medical-corps",
        name="International Medical Corps",
        kind=K.NGO,
        notes="Named 'MC' among the implementing partners, and in full among the speakers.",
    )
    unsmil = mh.Organisation(
        id="unsmil-human-rights",
        name="UNSMIL Human Rights",
        kind=K.UN_AGENCY,
    )
    who = mh.Organisation(
        id="who", name="World Health Organization", acronym="WHO", kind=K.UN_AGENCY
    )
    held = (
        "The training, which took place in Tunis 19-21 July, was part of two IOM projects: "
        "“Direct assistance to migrants rescued at sea and tracking displaced populations "
        "inside Libya” and “Promoting Health and well-being among migrants transiting through "
        "Morocco, Egypt, Libya, Tunisia and Yemen”, funded by the United Kingdom Aid and the "
        "Ministry of Foreign Affairs of Finland"
    )
    participants = (
        "The 24 participants in the training, included 13 government officials from Libya’s "
        "Department for Combatting Illegal Migration (DCIM) and the Libyan Coast Guard; eight "
        "health workers from IOM Libya’s implementing partners (STACO and MC); and three IOM "
        "doctors"
    )
    speakers = (
        "Speakers from the International Medical Corps, IOM Libya, IOM Tunisia, IOM Morocco, "
        "UNSMIL Human Rights and the World Health Organization addressed topics including "
        "specific health needs in Libya"
    )
    training = mh.Programme(
        id="iom-libya-tunis-health-care-assessment-training",
        title="Training on health care assessment",
        kind=mh.ProgrammeKind.WORKSHOP_SERIES,
        status=mh.Status.COMPLETED,
        countries=("LY", "TN", "MA", "EG", "YE"),
        places=("Tunis",),
        partners=(
            mh.Partner(
                organisation=oim.id,
                roles=(R.PROMOTER, R.IMPLEMENTER),
                citation=r.cite("IOM Libya has organized a three-day training"),
            ),
            mh.Partner(organisation=uk_aid.id, roles=(R.FUNDER,), citation=r.cite(held)),
            mh.Partner(organisation=finland.id, roles=(R.FUNDER,), citation=r.cite(held)),
            mh.Partner(organisation=dcim.id, roles=(R.ATTENDEE,), citation=r.cite(participants)),
            mh.Partner(
                organisation=coast_guard.id, roles=(R.ATTENDEE,), citation=r.cite(participants)
            ),
            mh.Partner(organisation=staco.id, roles=(R.ATTENDEE,), citation=r.cite(participants)),
            mh.Partner(organisation=imc.id, roles=(R.PARTNER,), citation=r.cite(speakers)),
            mh.Partner(organisation=unsmil.id, roles=(R.PARTNER,), citation=r.cite(speakers)),
            mh.Partner(organisation=who.id, roles=(R.PARTNER,), citation=r.cite(speakers)),
        ),
        dates=(r.date("19-21 July", held),),
        figures=(
            r.figure(
                "iom-libya-training-length",
                M.DURATION,
                "three-day training",
                "IOM Libya has organized a three-day training",
            ),
            r.figure(
                "iom-libya-training-projects",
                M.OTHER,
                "two IOM projects",
                held,
                note="The IOM projects the training was part of.",
            ),
        ),
        cohorts=(
            mh.Cohort(
                id="iom-libya-tunis-training-participants",
                figures=(
                    r.figure(
                        "iom-libya-training-participants",
                        M.PARTICIPANTS,
                        "24 participants",
                        participants,
                    ),
                    r.figure(
                        "iom-libya-training-officials",
                        M.PARTICIPANTS,
                        "13 government officials",
                        participants,
                        part_of="iom-libya-training-participants",
                    ),
                    r.figure(
                        "iom-libya-training-health-workers",
                        M.PARTICIPANTS,
                        "eight health workers",
                        participants,
                        part_of="iom-libya-training-participants",
                    ),
                    r.figure(
                        "iom-libya-training-doctors",
                        M.PARTICIPANTS,
                        "three IOM doctors",
                        participants,
                        part_of="iom-libya-training-participants",
                    ),
                ),
            ),
        ),
        description=(
            "A three-day training in Tunis, on 19-21 July of a year the text does not give, "
            "on health care assessment for 24 participants: 13 Libyan officials, 8 health "
            "workers of IOM's partners and 3 IOM doctors."
        ),
    )
    r.write(oim, uk_aid, finland, dcim, coast_guard, staco, imc, unsmil, who, training)


def report_kenya_nurses_to_uk_2022() -> None:
    r = Report(
        "en",
        "pulselive_kenya_nurses_uk_2022",
        "pulselive-kenya-nurses-uk-2022",
        title="Mutahi Kagwe announces more jobs for unemployed nurses in Italy and Kuwait",
        publisher="Pulse Live Kenya",
        published=mh.PartialDate.fromisoformat("2022-06"),
        published_inferred=(
            "the page prints no date; it reports a ceremony 'on Monday' before the flight of "
            "'Tuesday, June 28', after the memorandum of July 2021: 28 June is a Tuesday in "
            "2022, so the ceremony was on Monday 27 June 2022"
        ),
        notes=(
            "A news story; the stored text has no heading and no dateline: the title is read "
            "from the page's address. The text names the minister only as 'CS Kagwe' and does "
            "not mention Italy, which the address does."
        ),
    )
    kenya = mh.Organisation(
        id="ke-government", name="Government of Kenya", kind=K.GOVERNMENT, country="KE"
    )
    uk = mh.Organisation(
        id="gb-government", name="Government of the United Kingdom", kind=K.GOVERNMENT, country="GB"
    )
    kagwe = mh.Speaker(name="Kagwe", position="CS", organisation=kenya.id, person="cs-kagwe")
    monday = (
        "'on Monday': the day before the flight of Tuesday 28 June 2022, 28 June being a "
        "Tuesday in 2022, the first such year after the memorandum of July 2021"
    )
    tuesday = "28 June is a Tuesday in 2022, the first such year after the memorandum of July 2021"
    seen_off = (
        "Speaking on Monday during a ceremony to see off 19 nurses who passed tests to work in "
        "the UK under a bilateral agreement by Kenya and the UK government"
    )
    travel = (
        "The CS stated that 13 out of the 19 nurses would take off to the UK on Tuesday, June "
        "28, while the remaining six nurses would travel in two weeks' time"
    )
    awaiting = (
        "He also highlighted that 80 more qualified nurses, who had passed the English "
        "proficiency test, were awaiting review and possible placement in other hospitals in "
        "the UK"
    )
    memorandum = (
        "Under the Memorandum of Understanding signed in July 2021, Kenya is seeking to send "
        "20,000 nurses to UK hospitals"
    )
    first_time = (
        "The exercise faced challenges the first time after only 10 nurses were able to pass "
        "the required language proficiency test"
    )
    statement = (
        "The nurses we are flagging off today are well trained and have passed the test of "
        "English proficiency"
    )
    nurses = r.figure(
        "ke-uk-nurses-seen-off",
        M.HEALTH_WORKERS,
        "19 nurses",
        seen_off,
        period=P("2022-06-27"),
        inferred=monday,
    )
    agreement = mh.Programme(
        id="ke-uk-health-workforce-agreement",
        title="bilateral agreement by Kenya and the UK government",
        kind=mh.ProgrammeKind.WORKFORCE_AGREEMENT,
        status=mh.Status.UNDER_WAY,
        countries=("KE", "GB"),
        dates=(r.date("July 2021", memorandum, event="Memorandum of Understanding signed"),),
        partners=(
            mh.Partner(organisation=kenya.id, roles=(R.PROMOTER,), citation=r.cite(seen_off)),
            mh.Partner(organisation=uk.id, roles=(R.PROMOTER,), citation=r.cite(seen_off)),
        ),
        figures=(
            r.figure(
                "ke-uk-nurses-target",
                M.HEALTH_WORKERS,
                "20,000 nurses",
                memorandum,
                planned=mh.Plan.TARGET,
                note="The nurses Kenya seeks to send to UK hospitals under the memorandum.",
            ),
            r.figure(
                "ke-uk-nurses-passed-first-time",
                M.HEALTH_WORKERS,
                "10 nurses",
                first_time,
                note="The nurses who passed the language test the first time, 'only 10'.",
            ),
            r.figure(
                "ke-uk-nurses-awaiting-placement",
                M.HEALTH_WORKERS,
                "80 more qualified nurses",
                awaiting,
                period=P("2022-06-27"),
                inferred=monday,
                note=(
                    "Nurses besides the 19 who passed the English test and await review and "
                    "placement in UK hospitals."
                ),
            ),
        ),
        cohorts=(
            mh.Cohort(
                id="ke-uk-nurses-june-2022",
                label="nurses seen off to work in the UK",
                countries=("KE", "GB"),
                dates=(
                    r.date(
                        "Monday",
                        seen_off,
                        period=P("2022-06-27"),
                        event="ceremony to see off the nurses",
                        weekday=mh.Weekday.MONDAY,
                        inferred=monday,
                    ),
                    r.date(
                        "Tuesday, June 28",
                        travel,
                        period=P("2022-06-28"),
                        event="13 nurses take off to the UK",
                        weekday=mh.Weekday.TUESDAY,
                        planned=mh.Plan.FORECAST,
                        inferred=tuesday,
                    ),
                    r.date(
                        "in two weeks' time",
                        travel,
                        period=P("2022-07-11/2022-07-17"),
                        event="the remaining six nurses travel",
                        planned=mh.Plan.FORECAST,
                        inferred=(
                            "two weeks after the ceremony of Monday 27 June 2022: the week of "
                            "11 July 2022"
                        ),
                    ),
                ),
                figures=(
                    nurses,
                    r.figure(
                        "ke-uk-nurses-flying-june-28",
                        M.HEALTH_WORKERS,
                        "13",
                        travel,
                        unit="nurses",
                        period=P("2022-06-28"),
                        inferred=tuesday,
                        planned=mh.Plan.FORECAST,
                        part_of=nurses.id,
                    ),
                    r.figure(
                        "ke-uk-nurses-flying-later",
                        M.HEALTH_WORKERS,
                        "six nurses",
                        travel,
                        planned=mh.Plan.FORECAST,
                        part_of=nurses.id,
                        note="'the remaining six nurses', to travel in two weeks' time.",
                    ),
                ),
            ),
        ),
        citations=(r.cite(statement, speaker=kagwe),),
        description=(
            "The recruitment of Kenyan nurses for UK hospitals under the memorandum of July "
            "2021, which aims at 20,000 nurses: 19 nurses seen off on 27 June 2022, 13 to fly "
            "the next day and 6 two weeks later, with 80 more awaiting placement."
        ),
    )
    person = mh.Person(
        id="cs-kagwe",
        name="Kagwe",
        positions=(mh.Position(title="CS", organisation=kenya.id, source=r.source.id),),
        citations=(r.cite(statement, speaker=kagwe),),
        notes="Named only as 'CS Kagwe', a Cabinet Secretary of Kenya.",
    )
    r.write(kenya, uk, agreement, person)


def report_border_report_el_paso_binational_health_week_2022() -> None:
    r = Report(
        "en",
        "border_report_el_paso_binational_health_week_2022",
        "border-report-el-paso-binational-health-week-2022",
        title="Consulate bridges health gap in Mexican immigrant community",
        publisher="Border Report",
        published=mh.PartialDate.fromisoformat("2022-10"),
        published_inferred=(
            "the page prints no date; the week it reports has been held 'for the past 22 "
            "years', and the first was in 2001, so this is the week of 2022, held in October; "
            "it cites a population estimate of July 2021"
        ),
        notes=(
            "A Border Report story, dateline El Paso, Texas, with a photo caption. The stored "
            "text has no heading: the title is read from the page's address. The copy stops "
            "in the middle of a quote ('This is the fi'); the text here ends with the last "
            "whole paragraph. The health fair's day is given only as 'Tuesday', which says "
            "no date, and none is recorded for it."
        ),
    )
    consulate = mh.Organisation(
        id="mx-consulate-el-paso",
        name="Mexican consulate in El Paso",
        kind=K.CONSULAR_NETWORK,
        country="MX",
    )
    food_bank = mh.Organisation(
        id="el-paso-food-bank", name="El Paso Food Bank", kind=K.NGO, country="US"
    )
    census = mh.Organisation(
        id="us-census", name="U.S. Census", kind=K.STATISTICS_OFFICE, country="US"
    )
    ibarra = mh.Speaker(
        name="Mauricio Ibarra Ponce de Leon",
        position="Consul General",
        organisation=consulate.id,
        person="mauricio-ibarra-ponce-de-leon",
    )
    screened = (
        "Some 200 El Paso residents got free health screenings, flu and COVID-19 booster shots "
        "Tuesday at the Mexican consulate"
    )
    years = (
        "It was part of Binational Health Week, which for the past 22 years has bridged the gap "
        "between local health providers and the immigrant community"
    )
    partners = (
        "Twenty-one El Paso hospitals, nonprofits and insurance companies are partnering with "
        "the consulate to promote healthy living"
    )
    boxes = (
        "The El Paso Food Bank donated 200 boxes with food staples that were distributed to "
        "participants in a Tuesday health fair in the consulate’s parking lot"
    )
    talks = (
        "Ibarra said talks about cancer, high blood pressure, mental health and others would "
        "take place throughout the month"
    )
    census_quote = (
        "The U.S. Census July 2021 population estimate shows that nearly one in four El Paso "
        "County residents were foreign-born, and that 69.8 percent speak a language other than "
        "English at home"
    )
    consulates = (
        "All of Mexico’s 50 consulates in the United States are observing Binational Health Week"
    )
    navigate = (
        "Basically, what we do here is take their blood pressure, offer different tests so if "
        "they have any problems, they can be referred to low-cost clinics or hospitals or we "
        "can help them navigate the insurance system"
    )
    said_census = mh.Speaker(
        description="The U.S. Census July 2021 population estimate", organisation=census.id
    )
    week = mh.Programme(
        id="semana-binacional-de-salud-xxii-el-paso",
        title="Binational Health Week at the Mexican consulate in El Paso",
        kind=mh.ProgrammeKind.SERVICE_CAMPAIGN,
        status=mh.Status.UNDER_WAY,
        themes=("cancer", "high blood pressure", "mental health"),
        countries=("US",),
        places=("El Paso",),
        dates=(
            r.date(
                "throughout the month",
                talks,
                period=P("2022-10"),
                planned=mh.Plan.TARGET,
                event="talks",
                inferred="the month of the story, October 2022",
            ),
        ),
        partners=(
            mh.Partner(
                organisation=consulate.id, roles=(R.PROMOTER, R.HOST), citation=r.cite(screened)
            ),
            mh.Partner(organisation=food_bank.id, roles=(R.PARTNER,), citation=r.cite(boxes)),
        ),
        figures=(
            r.figure(
                "sbs-el-paso-years",
                M.DURATION,
                "22 years",
                years,
                note="How long Binational Health Week has been held.",
            ),
            r.figure(
                "sbs-el-paso-partners",
                M.ORGANISATIONS,
                "Twenty-one El Paso hospitals, nonprofits and insurance companies",
                partners,
            ),
            r.figure(
                "sbs-el-paso-food-boxes",
                M.OTHER,
                "200 boxes",
                boxes,
                note="Boxes of food staples donated by the El Paso Food Bank.",
            ),
            r.figure(
                "sbs-mexican-consulates-us",
                M.SERVICE_POINTS,
                "50 consulates",
                consulates,
                note="Every Mexican consulate in the United States observes the week.",
            ),
        ),
        statistics=(
            mh.ServiceStatistic(
                id="sbs-el-paso-screenings",
                population="El Paso residents",
                places=("El Paso",),
                countries=("US",),
                figures=(
                    r.figure(
                        "sbs-el-paso-people-screened",
                        M.PEOPLE_SERVED,
                        "Some 200 El Paso residents",
                        screened,
                        note="Free health screenings, flu and COVID-19 shots, on a Tuesday.",
                    ),
                ),
            ),
            mh.ServiceStatistic(
                id="el-paso-county-foreign-born",
                population="El Paso County residents",
                places=("El Paso County",),
                countries=("US",),
                dates=(r.date("July 2021", census_quote),),
                figures=(
                    r.figure(
                        "el-paso-county-foreign-born-share",
                        M.OTHER,
                        "nearly one in four",
                        census_quote,
                        # A share, like 'two thirds', which the readers refuse as a fraction;
                        # they read 'one in four' as a count of one instead. It is recorded as
                        # written, one of the unit 'in four', as 'two thirds' is.
                        quantity=mh.Quantity(value=1, unit="in four", qualifier=Q.ALMOST),
                        speaker=said_census,
                        period=P("2021-07"),
                        note="The share of El Paso County residents born abroad.",
                    ),
                    r.figure(
                        "el-paso-county-other-language-share",
                        M.OTHER,
                        "69.8 percent",
                        census_quote,
                        speaker=said_census,
                        period=P("2021-07"),
                        note="The share who speak a language other than English at home.",
                    ),
                ),
            ),
        ),
        citations=(r.cite(navigate, speaker=ibarra),),
        description=(
            "Binational Health Week of October 2022 at the Mexican consulate in El Paso: some "
            "200 residents screened and vaccinated at a health fair, with 21 local partners "
            "and 200 boxes of food; one of Mexico's 50 consulates in the United States that "
            "observe the week."
        ),
    )
    person = mh.Person(
        id="mauricio-ibarra-ponce-de-leon",
        name="Mauricio Ibarra Ponce de Leon",
        positions=(
            mh.Position(title="Consul General", organisation=consulate.id, source=r.source.id),
        ),
        citations=(r.cite(navigate, speaker=ibarra),),
    )
    r.write(consulate, food_bank, census, week, person)


if __name__ == "__main__":
    for build in [v for k, v in list(globals().items()) if k.startswith("report_")]:
        build()
