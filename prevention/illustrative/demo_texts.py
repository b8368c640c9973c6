"""Titles and descriptions of illustrative measures, in Lithuanian and English.

Each concept is one piece of real-world prevention work; its paraphrases describe it the way
two institutions would describe the same work, so the duplicate finder meets realistic text.
"""

# One paraphrase: (title_lt, title_en, description_lt, description_en).
Text = tuple[str, str, str, str]
Key = tuple[str, str]  # (measure_type, target_group)

# (measure_type, target_group) -> concepts -> paraphrases of that concept.
CONCEPTS: dict[Key, list[list[Text]]] = {
    ("awareness", "schoolchildren"): [
        [
            (
                "Prevencinė paskaita mokiniams apie prekybą žmonėmis",
                "Preventive lecture for pupils on human trafficking",
                "Paskaitos mokyklose apie prekybos žmonėmis pavojus ir tai, kaip apsisaugoti.",
                "Lectures in schools on the dangers of human trafficking and how to stay safe.",
            ),
            (
                "Informaciniai užsiėmimai moksleiviams apie prekybos žmonėmis pavojus",
                "Information sessions for schoolchildren on the dangers of trafficking",
                "Užsiėmimai klasėms: kas yra prekyba žmonėmis, kaip verbuojama, kur kreiptis.",
                "Sessions for classes: what trafficking is, how people are recruited, where to turn.",
            ),
            (
                "Pamokos mokykloje apie prekybą žmonėmis ir savisaugą",
                "School lessons on human trafficking and self-protection",
                "Mokiniams pasakojama apie prekybos žmonėmis grėsmes ir saugaus elgesio taisykles.",
                "Pupils hear about the threats of trafficking and the rules of safe behaviour.",
            ),
        ],
        [
            (
                "Klasės valandėlės apie saugų elgesį internete ir verbavimą",
                "Class sessions on safe behaviour online and on recruitment",
                "Mokiniai mokosi atpažinti apgaulingus pasiūlymus socialiniuose tinkluose.",
                "Pupils learn to recognise deceptive offers on social networks.",
            ),
            (
                "Užsiėmimai moksleiviams, kaip atpažinti verbuotojus internete",
                "Workshops for pupils on spotting recruiters online",
                "Praktiniai užsiėmimai apie tai, kaip internete verbuojamos aukos ir kaip "
                "nepakliūti į spąstus.",
                "Practical workshops on how victims are recruited online and how not to fall "
                "into the trap.",
            ),
        ],
        [
            (
                "Mokinių kūrybinių darbų konkursas „Aš nesu prekė“",
                "Pupils' creative contest 'I am not a commodity'",
                "Mokiniai kuria plakatus ir vaizdo klipus apie prekybos žmonėmis prevenciją.",
                "Pupils make posters and video clips on the prevention of trafficking.",
            ),
        ],
    ],
    ("awareness", "youth"): [
        [
            (
                "Jaunimo informavimo kampanija „Nebūk prekė“",
                "Youth information campaign 'Don't be a commodity'",
                "Socialinių tinklų kampanija jaunimui apie prekybą žmonėmis ir išnaudojimą.",
                "A social-media campaign for young people on trafficking and exploitation.",
            ),
            (
                "Prevencinė kampanija jaunimui apie prekybos žmonėmis grėsmes",
                "Prevention campaign for young people on trafficking threats",
                "Jaunimo centruose ir internete skleidžiama informacija apie prekybą žmonėmis.",
                "Information on trafficking spread in youth centres and online.",
            ),
        ],
        [
            (
                "Filmo peržiūra ir diskusija jaunimui apie išnaudojimą",
                "Film screening and discussion on exploitation for young people",
                "Jaunimo centre rodomas filmas apie prekybą žmonėmis, po jo – diskusija su "
                "specialistu.",
                "A film on trafficking is shown at a youth centre, followed by a discussion "
                "with an expert.",
            ),
            (
                "Diskusijų vakaras jaunimui „Kaip neatsidurti spąstuose“",
                "Discussion evening for young people 'How not to get trapped'",
                "Jaunuoliai su policijos ir NVO atstovais aptaria tikrus prekybos žmonėmis "
                "atvejus.",
                "Young people discuss real trafficking cases with police and NGO representatives.",
            ),
        ],
    ],
    ("awareness", "job_seekers_abroad"): [
        [
            (
                "Informacinė kampanija išvykstantiems dirbti į užsienį",
                "Information campaign for people leaving to work abroad",
                "Patarimai, kaip patikrinti darbo pasiūlymą užsienyje ir išvengti priverstinio "
                "darbo.",
                "Advice on checking a job offer abroad and avoiding forced labour.",
            ),
            (
                "Akcija „Dirbk užsienyje saugiai“",
                "Campaign 'Work abroad safely'",
                "Renginiai ir skrajutės, kaip prieš išvykstant patikrinti darbdavį ir sutartį.",
                "Events and flyers on checking an employer and a contract before leaving.",
            ),
        ],
        [
            (
                "Konsultacijos ketinantiems dirbti užsienyje",
                "Counselling for people planning to work abroad",
                "Individualios konsultacijos apie įdarbinimo agentūrų patikimumą ir darbo "
                "sutartis.",
                "One-to-one advice on the reliability of recruitment agencies and on contracts.",
            ),
            (
                "Saugaus įsidarbinimo užsienyje konsultacijos ir lankstinukai",
                "Safe work abroad: counselling and leaflets",
                "Užimtumo tarnybos klientams patariama, kaip atpažinti nesąžiningus darbo "
                "pasiūlymus.",
                "Employment Service clients are advised on spotting dishonest job offers.",
            ),
        ],
    ],
    ("awareness", "general_public"): [
        [
            (
                "Nacionalinė visuomenės informavimo kampanija apie prekybą žmonėmis",
                "National public awareness campaign on human trafficking",
                "Televizijos, radijo ir lauko reklama apie prekybos žmonėmis požymius ir "
                "pagalbos liniją.",
                "TV, radio and outdoor advertising on the signs of trafficking and the help line.",
            ),
            (
                "Visuomenės švietimo kampanija „Prekyba žmonėmis – čia ir dabar“",
                "Public education campaign 'Trafficking is here and now'",
                "Vaizdo klipai ir plakatai primena, kaip atpažinti išnaudojimą ir kur pranešti.",
                "Video clips and posters on how to recognise exploitation and where to report it.",
            ),
        ],
        [
            (
                "Europos kovos su prekyba žmonėmis dienos renginiai",
                "European Anti-Trafficking Day events",
                "Spalio 18-osios renginiai bendruomenei: parodos, diskusijos, filmų peržiūros.",
                "Events for the community on 18 October: exhibitions, debates, film screenings.",
            ),
            (
                "Europos kovos su prekyba žmonėmis dienos (spalio 18 d.) minėjimas",
                "Marking European Anti-Trafficking Day (18 October)",
                "Akcijos miesto erdvėse, paroda ir diskusija su bendruomenės nariais.",
                "Street events, an exhibition and a discussion with members of the community.",
            ),
        ],
        [
            (
                "Publikacijos vietos žiniasklaidoje apie prekybą žmonėmis",
                "Articles in local media on human trafficking",
                "Straipsniai ir radijo laidos apie prekybos žmonėmis požymius ir pagalbą.",
                "Articles and radio programmes on the signs of trafficking and on help.",
            ),
        ],
    ],
    ("awareness", "migrants"): [
        [
            (
                "Informaciniai lankstinukai užsieniečiams apie prekybos žmonėmis požymius",
                "Information leaflets for foreigners on the signs of trafficking",
                "Lankstinukai keliomis kalbomis migracijos padaliniuose ir darbovietėse.",
                "Leaflets in several languages at migration offices and workplaces.",
            ),
            (
                "Lankstinukai užsieniečiams jų kalbomis apie prekybą žmonėmis",
                "Leaflets for foreigners in their own languages on human trafficking",
                "Užsieniečiams darbovietėse ir migracijos padaliniuose dalijama informacija, "
                "kaip atpažinti išnaudojimą.",
                "Foreigners at workplaces and migration offices get information on how to "
                "recognise exploitation.",
            ),
        ],
        [
            (
                "Trečiųjų šalių piliečių informavimas apie išnaudojimo darbe riziką",
                "Informing third-country nationals about the risk of labour exploitation",
                "Susitikimai su atvykusiais darbuotojais jų gimtąja kalba apie teises ir pagalbą.",
                "Meetings with newly arrived workers in their own language on rights and help.",
            ),
        ],
    ],
    ("awareness", "diaspora"): [
        [
            (
                "Prevencinės priemonės lietuvių bendruomenėms užsienyje",
                "Prevention measures for Lithuanian communities abroad",
                "Lietuvių bendruomenių užsienyje renginiai apie išnaudojimą darbe ir pagalbą.",
                "Events of Lithuanian communities abroad on labour exploitation and help.",
            ),
            (
                "Užsienio lietuvių informavimas apie išnaudojimą darbe",
                "Informing Lithuanians abroad about labour exploitation",
                "Per ambasadas ir bendruomenių tinklus skleidžiama informacija, kur kreiptis.",
                "Information on where to turn, spread through embassies and community networks.",
            ),
        ],
    ],
    ("training", "professionals"): [
        [
            (
                "Mokymai socialiniams darbuotojams, kaip atpažinti prekybos žmonėmis aukas",
                "Training social workers to identify victims of trafficking",
                "Praktiniai mokymai apie aukų atpažinimo požymius ir nukreipimo tvarką.",
                "Practical training on the signs of victims and the referral procedure.",
            ),
            (
                "Specialistų mokymai apie prekybos žmonėmis aukų atpažinimą ir pagalbą",
                "Training of specialists on identifying and assisting trafficking victims",
                "Seminaras savivaldybės, policijos ir NVO specialistams apie aukų atpažinimą.",
                "A seminar for municipal, police and NGO specialists on victim identification.",
            ),
        ],
        [
            (
                "Pedagogų mokymai apie prekybos žmonėmis prevenciją mokykloje",
                "Training teachers on trafficking prevention at school",
                "Mokytojams ir socialiniams pedagogams – kaip kalbėti su mokiniais apie "
                "prekybą žmonėmis.",
                "How teachers and school social workers can talk with pupils about trafficking.",
            ),
            (
                "Seminaras mokytojams ir socialiniams pedagogams apie prekybą žmonėmis",
                "Seminar for teachers and school social workers on trafficking",
                "Kaip kalbėtis su mokiniais apie prekybą žmonėmis ir pastebėti rizikos ženklus.",
                "How to talk with pupils about trafficking and notice the warning signs.",
            ),
        ],
        [
            (
                "Policijos pareigūnų mokymai apie prekybos žmonėmis nusikaltimų tyrimą",
                "Training police officers to investigate trafficking offences",
                "Ikiteisminio tyrimo pareigūnams – aukų apklausos ir įrodymų rinkimo praktika.",
                "Practice in interviewing victims and gathering evidence for investigators.",
            ),
            (
                "Kvalifikacijos kėlimo kursai pareigūnams apie prekybą žmonėmis",
                "In-service course for officers on human trafficking",
                "Pareigūnai mokosi atpažinti aukas ir bendradarbiauti su prokuratūra bei NVO.",
                "Officers learn to identify victims and to work with prosecutors and NGOs.",
            ),
        ],
        [
            (
                "Mokymai medikams apie galimų prekybos žmonėmis aukų atpažinimą",
                "Training health workers to recognise possible trafficking victims",
                "Gydytojams ir slaugytojams – kokie sveikatos ir elgesio ženklai rodo išnaudojimą.",
                "For doctors and nurses: which health and behaviour signs point to exploitation.",
            ),
        ],
    ],
    ("training", "municipalities"): [
        [
            (
                "Mokymai savivaldybių koordinavimo grupių nariams",
                "Training for members of municipal coordination groups",
                "Savivaldybių darbuotojai mokosi organizuoti prevenciją ir nukreipti aukas "
                "pagalbai.",
                "Municipal staff learn to organise prevention and refer victims to help.",
            ),
            (
                "Seminaras savivaldybių darbuotojams apie prekybos žmonėmis prevenciją",
                "Seminar for municipal staff on trafficking prevention",
                "Kaip savivaldybėje planuoti prevencijos priemones ir bendradarbiauti su NVO.",
                "How to plan prevention measures in a municipality and work with NGOs.",
            ),
        ],
    ],
    ("outreach", "migrants"): [
        [
            (
                "Konsultacijos trečiųjų šalių piliečiams apie darbo teises",
                "Counselling for third-country nationals on labour rights",
                "Darbuotojams iš trečiųjų šalių teikiama informacija apie teises ir pagalbą.",
                "Workers from third countries get information on their rights and on help.",
            ),
            (
                "Teisinės konsultacijos užsieniečiams darbuotojams",
                "Legal advice for foreign workers",
                "Trečiųjų šalių piliečiams aiškinamos jų darbo teisės ir pagalbos galimybės.",
                "Third-country nationals are told about their labour rights and help available.",
            ),
        ],
        [
            (
                "Darbo migrantų lankymas darbovietėse ir apgyvendinimo vietose",
                "Visits to migrant workers at workplaces and accommodation",
                "Mobilios komandos lanko užsieniečius darbuotojus ir ieško išnaudojimo požymių.",
                "Mobile teams visit foreign workers and look for signs of exploitation.",
            ),
            (
                "Išvažiuojamieji vizitai į užsieniečių darbo ir gyvenamąsias vietas",
                "Field visits to foreign workers' workplaces and homes",
                "Tikrinamos užsieniečių darbo ir gyvenimo sąlygos, ieškoma priverstinio darbo "
                "požymių.",
                "Working and living conditions of foreigners are checked for forced labour.",
            ),
        ],
    ],
    ("outreach", "youth"): [
        [
            (
                "Gatvės darbas su rizikos grupės jaunimu",
                "Street work with young people at risk",
                "Socialiniai darbuotojai kalbasi su rizikos grupės jaunimu apie išnaudojimą.",
                "Social workers talk with young people at risk about exploitation.",
            ),
            (
                "Mobilus darbas su jaunimu, kuriam gresia išnaudojimas",
                "Mobile youth work with young people at risk of exploitation",
                "Jaunimo darbuotojai lankosi ten, kur jaunuoliai leidžia laiką, ir teikia pagalbą.",
                "Youth workers go where young people spend their time and offer help.",
            ),
        ],
    ],
    ("victim_assistance", "victims"): [
        [
            (
                "Kompleksinė pagalba nukentėjusiems nuo prekybos žmonėmis",
                "Comprehensive assistance to victims of human trafficking",
                "Apgyvendinimas, psichologinė, teisinė ir socialinė pagalba nukentėjusiesiems.",
                "Shelter, psychological, legal and social support for victims.",
            ),
            (
                "Socialinė ir psichologinė pagalba prekybos žmonėmis aukoms",
                "Social and psychological support for trafficking victims",
                "Konsultacijos, lydėjimas į institucijas ir laikinas apgyvendinimas aukoms.",
                "Counselling, accompaniment to institutions and temporary shelter for victims.",
            ),
            (
                "Pagalbos nukentėjusiems nuo prekybos žmonėmis programa",
                "Programme of assistance to victims of trafficking",
                "Nukentėjusiesiems teikiamos socialinės, psichologinės ir teisinės paslaugos.",
                "Victims receive social, psychological and legal services.",
            ),
        ],
        [
            (
                "Nukentėjusiųjų integracija į darbo rinką",
                "Helping victims back into work",
                "Profesinis orientavimas, kursai ir pagalba susirasti darbą nukentėjusiesiems.",
                "Career guidance, courses and help finding a job for trafficking survivors.",
            ),
            (
                "Aukų reintegracijos ir užimtumo programa",
                "Victims' reintegration and employment programme",
                "Pagalba nukentėjusiesiems grįžti į darbo rinką: konsultacijos ir tarpininkavimas.",
                "Helping survivors return to the labour market: counselling and job placement.",
            ),
        ],
    ],
    ("victim_assistance", "migrants"): [
        [
            (
                "Pagalba užsieniečiams – prekybos žmonėmis aukoms",
                "Assistance to foreign victims of trafficking",
                "Vertimas, apgyvendinimas ir teisinė pagalba Lietuvoje išnaudotiems užsieniečiams.",
                "Interpreting, shelter and legal aid for foreigners exploited in Lithuania.",
            ),
        ],
    ],
    ("victim_assistance", "diaspora"): [
        [
            (
                "Pagalba užsienyje nukentėjusiems Lietuvos piliečiams ir jų grąžinimas",
                "Assistance and return home for Lithuanian citizens exploited abroad",
                "Konsulinė pagalba, kelionės namo organizavimas ir perdavimas NVO.",
                "Consular help, the journey home and a hand-over to support NGOs.",
            ),
        ],
    ],
    ("hotline", "general_public"): [
        [
            (
                "Pagalbos telefonu linija pranešimams apie prekybą žmonėmis",
                "Telephone help line for reporting human trafficking",
                "Visą parą veikianti linija pranešimams ir konsultacijoms.",
                "A 24/7 line for reports and counselling.",
            ),
            (
                "Nemokama visą parą veikianti pagalbos linija",
                "Free round-the-clock help line",
                "Konsultacijos telefonu ir internetu galimoms aukoms ir jų artimiesiems.",
                "Advice by phone and online for possible victims and their families.",
            ),
        ],
    ],
    ("hotline", "victims"): [
        [
            (
                "Pagalbos linija nukentėjusiesiems nuo prekybos žmonėmis",
                "Help line for victims of human trafficking",
                "Anoniminės konsultacijos ir nukreipimas į pagalbos centrus.",
                "Anonymous counselling and referral to support centres.",
            ),
        ],
    ],
    ("coordination", "municipalities"): [
        [
            (
                "Savivaldybės kovos su prekyba žmonėmis koordinavimo grupės posėdžiai",
                "Meetings of the municipal anti-trafficking coordination group",
                "Institucijų atstovų susitikimai planuoti prevenciją ir aptarti atvejus.",
                "Meetings of institutions' representatives to plan prevention and review cases.",
            ),
            (
                "Tarpinstitucinės darbo grupės prekybos žmonėmis prevencijai posėdžiai",
                "Meetings of the inter-institutional working group on trafficking prevention",
                "Savivaldybės, policijos, mokyklų ir NVO atstovai derina prevencijos veiklas.",
                "Municipal, police, school and NGO representatives co-ordinate prevention.",
            ),
        ],
        [
            (
                "Savivaldybės prekybos žmonėmis prevencijos veiksmų plano rengimas",
                "Drafting the municipal action plan on trafficking prevention",
                "Parengiamas ir patvirtinamas savivaldybės prevencijos priemonių planas.",
                "A municipal plan of prevention measures is drafted and adopted.",
            ),
        ],
    ],
    ("coordination", "professionals"): [
        [
            (
                "Aukų nukreipimo tvarkos aprašo parengimas ir įgyvendinimas",
                "Preparing and applying the victim referral procedure",
                "Nustatoma, kaip institucijos keičiasi informacija ir nukreipia aukas pagalbai.",
                "Sets out how institutions share information and refer victims to help.",
            ),
        ],
    ],
    ("research", "general_public"): [
        [
            (
                "Visuomenės nuomonės apie prekybą žmonėmis tyrimas",
                "Public opinion survey on human trafficking",
                "Apklausa apie gyventojų žinias ir nuostatas dėl prekybos žmonėmis.",
                "A survey of residents' knowledge and attitudes on human trafficking.",
            ),
            (
                "Gyventojų informuotumo apie prekybą žmonėmis apklausa",
                "Survey of public awareness of human trafficking",
                "Reprezentatyvi apklausa, kiek gyventojai žino apie prekybą žmonėmis ir pagalbą.",
                "A representative survey of what residents know about trafficking and help.",
            ),
        ],
    ],
    ("research", "professionals"): [
        [
            (
                "Prekybos žmonėmis situacijos savivaldybėje analizė",
                "Analysis of the trafficking situation in the municipality",
                "Apibendrinami institucijų duomenys apie atvejus, rizikos grupes ir priemones.",
                "Summarises institutions' data on cases, risk groups and measures taken.",
            ),
        ],
    ],
    ("research", "migrants"): [
        [
            (
                "Užsieniečių darbuotojų išnaudojimo rizikos tyrimas",
                "Study of exploitation risks among foreign workers",
                "Tyrimas apie trečiųjų šalių piliečių darbo sąlygas ir išnaudojimo riziką.",
                "A study of third-country nationals' working conditions and exploitation risk.",
            ),
        ],
    ],
}
