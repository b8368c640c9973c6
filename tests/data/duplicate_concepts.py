"""Hand-written prevention work, each described several ways, for the labelled pair set.

Every concept is one piece of work; its paraphrases are how different institutions would
write it up. Two measures describing the same concept, run by different institutions in the
same place and time, are duplicates by meaning; that is how the labels are assigned.
Written independently of the demo-data templates and of the engine.
"""

# name: (measure_type, target_group, [(title_lt, description_lt)], [(title_en, description_en)])
CONCEPTS: dict[str, tuple[str, str, list[tuple[str, str]], list[tuple[str, str]]]] = {
    "school_lessons": (
        "awareness",
        "schoolchildren",
        [
            (
                "Pamokos mokiniams apie prekybos žmonėmis grėsmes",
                "Devintų–dvyliktų klasių mokiniams vedamos pamokos apie tai, kaip atpažinti verbavimą.",
            ),
            (
                "Prevenciniai užsiėmimai moksleiviams apie prekybą žmonėmis",
                "Užsiėmimai mokyklose: kaip verbuojama, kokie pavojai, kur kreiptis pagalbos.",
            ),
            (
                "Mokinių švietimas apie prekybos žmonėmis pavojus",
                "Mokiniai sužino, kaip nusikaltėliai vilioja jaunus žmones ir kaip apsisaugoti.",
            ),
        ],
        [
            (
                "Lessons for pupils on the threats of human trafficking",
                "Lessons for pupils in grades 9-12 on how to recognise recruitment.",
            ),
            (
                "Prevention sessions for schoolchildren on trafficking",
                "Sessions in schools: how recruitment works, the dangers, where to get help.",
            ),
        ],
    ),
    "online_grooming": (
        "awareness",
        "schoolchildren",
        [
            (
                "Saugus elgesys internete: mokinių apsauga nuo viliojimo",
                "Mokiniai mokomi atpažinti viliojimą socialiniuose tinkluose ir neskelbti asmeninių nuotraukų.",
            ),
            (
                "Mokinių apsauga nuo seksualinio išnaudojimo internete",
                "Užsiėmimai apie internetinį viliojimą, intymių nuotraukų prievartą ir pranešimą policijai.",
            ),
        ],
        [
            (
                "Online safety: protecting pupils from grooming",
                "Pupils learn to spot grooming on social networks and not to share private photos.",
            ),
            (
                "Protecting pupils from sexual exploitation online",
                "Sessions on online grooming, sextortion and reporting to the police.",
            ),
        ],
    ),
    "work_abroad_info": (
        "awareness",
        "job_seekers_abroad",
        [
            (
                "Informavimas apie saugų įsidarbinimą užsienyje",
                "Darbo ieškantiems asmenims paaiškinama, kaip patikrinti darbdavį ir sutartį užsienyje.",
            ),
            (
                "Konsultacijos vykstantiems dirbti svetur apie priverstinio darbo riziką",
                "Išvykstantieji sužino, kaip atpažinti apgaulingus darbo skelbimus ir skolų vergiją.",
            ),
            (
                "Saugios darbo migracijos informaciniai susitikimai",
                "Susitikimai su ketinančiais išvykti dirbti: sutarčių, dokumentų ir tarpininkų patikra.",
            ),
        ],
        [
            (
                "Information on safe employment abroad",
                "Job seekers learn how to check an employer and a contract abroad.",
            ),
            (
                "Advice on forced-labour risks for people going to work abroad",
                "People leaving learn to spot fake job adverts and debt bondage.",
            ),
        ],
    ),
    "teacher_training": (
        "training",
        "professionals",
        [
            (
                "Mokytojų mokymai, kaip atpažinti prekybos žmonėmis riziką mokiniams",
                "Mokytojai ir socialiniai pedagogai mokosi pastebėti rizikos ženklus ir kur nukreipti mokinį.",
            ),
            (
                "Pedagogų kvalifikacijos tobulinimas apie prekybos žmonėmis prevenciją",
                "Seminaras pedagogams: rizikos požymiai, pokalbis su mokiniu, pranešimo tvarka.",
            ),
        ],
        [
            (
                "Training teachers to recognise trafficking risks for pupils",
                "Teachers and school social workers learn the warning signs and where to refer a pupil.",
            ),
            (
                "In-service training for teachers on trafficking prevention",
                "A seminar for teachers: risk signs, talking with a pupil, how to report.",
            ),
        ],
    ),
    "police_training": (
        "training",
        "professionals",
        [
            (
                "Policijos pareigūnų mokymai apie aukų atpažinimą",
                "Pareigūnai mokosi atpažinti prekybos žmonėmis aukas patikrinimų metu ir apklausti jas.",
            ),
            (
                "Pareigūnų kvalifikacijos kėlimas: prekybos žmonėmis aukų nustatymas",
                "Mokymai policijai apie aukų nustatymo rodiklius ir bendradarbiavimą su NVO.",
            ),
        ],
        [
            (
                "Training police officers to identify victims",
                "Officers learn to identify trafficking victims during checks and how to interview them.",
            ),
            (
                "Police training on identifying victims of trafficking",
                "Training for the police on victim indicators and cooperation with NGOs.",
            ),
        ],
    ),
    "migrant_rights": (
        "outreach",
        "migrants",
        [
            (
                "Trečiųjų šalių darbuotojų informavimas apie darbo teises",
                "Užsieniečiams darbuotojams jų kalba paaiškinamos teisės, atlyginimas ir kur skųstis.",
            ),
            (
                "Konsultacijos užsienio darbuotojams apie išnaudojimą darbe",
                "Migrantams teikiamos konsultacijos apie darbo sąlygas, dokumentus ir pagalbą.",
            ),
        ],
        [
            (
                "Informing third-country workers about their labour rights",
                "Foreign workers learn, in their own language, about their rights, pay and complaints.",
            ),
            (
                "Counselling foreign workers on labour exploitation",
                "Migrants get advice on working conditions, documents and where to get help.",
            ),
        ],
    ),
    "victim_shelter": (
        "victim_assistance",
        "victims",
        [
            (
                "Laikinas apgyvendinimas ir pagalba prekybos žmonėmis aukoms",
                "Aukoms suteikiamas saugus būstas, psichologo ir teisininko pagalba.",
            ),
            (
                "Prekybos žmonėmis aukų apgyvendinimas krizių centre",
                "Krizių centre aukos gauna nakvynę, maistą, psichologinę ir teisinę pagalbą.",
            ),
        ],
        [
            (
                "Temporary shelter and support for trafficking victims",
                "Victims receive safe housing, a psychologist and legal aid.",
            ),
            (
                "Sheltering victims of trafficking in a crisis centre",
                "In a crisis centre victims get a bed, food, psychological and legal support.",
            ),
        ],
    ),
    "victim_reintegration": (
        "victim_assistance",
        "victims",
        [
            (
                "Nukentėjusiųjų nuo prekybos žmonėmis grįžimas į darbo rinką",
                "Aukoms padedama įgyti profesiją, susirasti darbą ir sugrįžti į bendruomenę.",
            )
        ],
        [
            (
                "Helping trafficking victims back into work",
                "Victims are helped to learn a trade, find a job and return to their community.",
            )
        ],
    ),
    "coordination_meetings": (
        "coordination",
        "municipalities",
        [
            (
                "Savivaldybės tarpinstitucinės kovos su prekyba žmonėmis grupės veikla",
                "Policija, socialinės tarnybos ir NVO reguliariai susitinka aptarti atvejų ir prevencijos.",
            ),
            (
                "Kovos su prekyba žmonėmis koordinavimo grupės susitikimai savivaldybėje",
                "Institucijų atstovai planuoja bendrus veiksmus ir aptaria nustatytus atvejus.",
            ),
        ],
        [
            (
                "Municipal inter-agency anti-trafficking group",
                "Police, social services and NGOs meet regularly to discuss cases and prevention.",
            )
        ],
    ),
    "public_campaign": (
        "awareness",
        "general_public",
        [
            (
                "Visuomenės informavimo kampanija apie prekybą žmonėmis",
                "Plakatai, radijo klipai ir socialinių tinklų įrašai apie prekybos žmonėmis požymius.",
            ),
            (
                "Informacinė akcija gyventojams apie prekybos žmonėmis ženklus",
                "Gyventojams dalijama informacija, kaip atpažinti išnaudojimą ir kur pranešti.",
            ),
        ],
        [
            (
                "Public information campaign on human trafficking",
                "Posters, radio spots and social media posts on the signs of trafficking.",
            )
        ],
    ),
    "youth_street_work": (
        "outreach",
        "youth",
        [
            (
                "Darbas su rizikos grupės jaunimu gatvėje",
                "Gatvės darbuotojai kalbasi su jaunuoliais apie išnaudojimą ir pasiūlo pagalbą.",
            )
        ],
        [
            (
                "Street outreach to young people at risk",
                "Street workers talk with young people about exploitation and offer help.",
            )
        ],
    ),
    "youth_campaign": (
        "awareness",
        "youth",
        [
            (
                "Jaunimo informavimo kampanija socialiniuose tinkluose",
                "Trumpi vaizdo įrašai jaunimui apie melagingus darbo pasiūlymus ir išnaudojimą.",
            )
        ],
        [
            (
                "Youth awareness campaign on social media",
                "Short videos for young people on fake job offers and exploitation.",
            )
        ],
    ),
}
