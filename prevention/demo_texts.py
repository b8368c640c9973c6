"""Title and description templates for illustrative measures, in Lithuanian and English.

Each template is one kind of real-world prevention work; variants paraphrase it the way two
institutions would describe the same work, so the duplicate finder has realistic text.
"""

# (measure_type, target_group): list of (title_lt, title_en, description_lt, description_en).
TEMPLATES: dict[tuple[str, str], list[tuple[str, str, str, str]]] = {
    ("awareness", "schoolchildren"): [
        (
            "Prevencinė paskaita mokiniams apie prekybą žmonėmis",
            "Preventive lecture for pupils on human trafficking",
            "Paskaitos mokyklose apie prekybos žmonėmis pavojus ir kaip apsisaugoti.",
            "Lectures in schools on the dangers of human trafficking and how to stay safe.",
        ),
        (
            "Informaciniai renginiai moksleiviams apie prekybos žmonėmis pavojus",
            "Information events for schoolchildren on trafficking risks",
            "Renginiai mokinių klasėms: prekybos žmonėmis rizika, verbavimo būdai, pagalba.",
            "Events for school classes: trafficking risks, recruitment methods, where to get help.",
        ),
        (
            "Klasės valandėlės apie prekybą žmonėmis ir saugų elgesį internete",
            "Class sessions on human trafficking and safe behaviour online",
            "Mokiniams aiškinama, kaip internete verbuojamos aukos ir kaip atpažinti apgaulę.",
            "Pupils learn how victims are recruited online and how to spot deception.",
        ),
    ],
    ("awareness", "youth"): [
        (
            "Jaunimo informavimo kampanija „Nebūk prekė“",
            "Youth information campaign 'Don't be a commodity'",
            "Socialinių tinklų kampanija jaunimui apie prekybą žmonėmis ir išnaudojimą.",
            "A social-media campaign for young people on trafficking and exploitation.",
        ),
        (
            "Prevencinė kampanija jaunimui apie prekybos žmonėmis grėsmes",
            "Prevention campaign for young people on trafficking threats",
            "Jaunimo centruose ir internete skleidžiama informacija apie prekybos žmonėmis grėsmes.",
            "Information on trafficking threats spread in youth centres and online.",
        ),
    ],
    ("awareness", "job_seekers_abroad"): [
        (
            "Informacinė kampanija išvykstantiems dirbti į užsienį",
            "Information campaign for people leaving to work abroad",
            "Patarimai, kaip patikrinti darbo pasiūlymą užsienyje ir išvengti priverstinio darbo.",
            "Advice on checking a job offer abroad and avoiding forced labour.",
        ),
        (
            "Saugaus darbo užsienyje konsultacijos ir lankstinukai",
            "Safe work abroad: counselling and leaflets",
            "Užimtumo tarnybos klientams dalijami lankstinukai apie saugų įsidarbinimą užsienyje.",
            "Leaflets on safe employment abroad handed to Employment Service clients.",
        ),
    ],
    ("awareness", "general_public"): [
        (
            "Nacionalinė visuomenės informavimo kampanija apie prekybą žmonėmis",
            "National public awareness campaign on human trafficking",
            "Televizijos, radijo ir lauko reklama apie prekybos žmonėmis požymius ir pagalbos liniją.",
            "TV, radio and outdoor advertising on the signs of trafficking and the help line.",
        ),
        (
            "Europos kovos su prekyba žmonėmis dienos renginiai",
            "European Anti-Trafficking Day events",
            "Spalio 18-osios renginiai bendruomenei: parodos, diskusijos, filmų peržiūros.",
            "Events for the community on 18 October: exhibitions, debates, film screenings.",
        ),
    ],
    ("awareness", "diaspora"): [
        (
            "Prevencinės priemonės lietuvių bendruomenėms užsienyje",
            "Prevention measures for Lithuanian communities abroad",
            "Lietuvių bendruomenių užsienyje renginiai apie išnaudojimą darbe ir pagalbą.",
            "Events of Lithuanian communities abroad on labour exploitation and help.",
        ),
    ],
    ("training", "professionals"): [
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
        (
            "Pedagogų mokymai apie prekybos žmonėmis prevenciją mokykloje",
            "Training teachers on trafficking prevention at school",
            "Mokytojams ir socialiniams pedagogams – kaip kalbėti su mokiniais apie prekybą žmonėmis.",
            "How teachers and school social workers can talk with pupils about trafficking.",
        ),
    ],
    ("outreach", "migrants"): [
        (
            "Konsultacijos trečiųjų šalių piliečiams apie darbo teises",
            "Counselling for third-country nationals on labour rights",
            "Darbuotojams iš trečiųjų šalių teikiama informacija apie teises ir pagalbą.",
            "Workers from third countries get information on their rights and on help.",
        ),
        (
            "Darbo migrantų lankymas darbovietėse ir apgyvendinimo vietose",
            "Visits to migrant workers at workplaces and accommodation",
            "Mobilios komandos lanko užsieniečius darbuotojus ir tikrina išnaudojimo požymius.",
            "Mobile teams visit foreign workers and look for signs of exploitation.",
        ),
    ],
    ("outreach", "youth"): [
        (
            "Gatvės darbas su rizikos grupės jaunimu",
            "Street work with young people at risk",
            "Socialiniai darbuotojai kalbasi su rizikos grupės jaunimu apie išnaudojimą.",
            "Social workers talk with young people at risk about exploitation.",
        ),
    ],
    ("victim_assistance", "victims"): [
        (
            "Kompleksinė pagalba nukentėjusiems nuo prekybos žmonėmis",
            "Comprehensive assistance to victims of human trafficking",
            "Apgyvendinimas, psichologinė, teisinė ir socialinė pagalba nukentėjusiems.",
            "Shelter, psychological, legal and social support for victims.",
        ),
        (
            "Socialinė ir psichologinė pagalba prekybos žmonėmis aukoms",
            "Social and psychological support for trafficking victims",
            "Konsultacijos, lydėjimas į institucijas ir laikinas apgyvendinimas aukoms.",
            "Counselling, accompaniment to institutions and temporary shelter for victims.",
        ),
    ],
    ("hotline", "general_public"): [
        (
            "Pagalbos telefonu linija pranešimams apie prekybą žmonėmis",
            "Telephone help line for reporting human trafficking",
            "Visą parą veikianti linija pranešimams ir konsultacijoms.",
            "A 24/7 line for reports and counselling.",
        ),
    ],
    ("coordination", "municipalities"): [
        (
            "Savivaldybės kovos su prekyba žmonėmis koordinavimo grupės posėdžiai",
            "Meetings of the municipal anti-trafficking coordination group",
            "Institucijų atstovų susitikimai planuoti prevenciją ir aptarti atvejus.",
            "Meetings of institutions' representatives to plan prevention and review cases.",
        ),
    ],
    ("research", "general_public"): [
        (
            "Visuomenės nuomonės apie prekybą žmonėmis tyrimas",
            "Public opinion survey on human trafficking",
            "Apklausa apie žinias ir nuostatas dėl prekybos žmonėmis.",
            "A survey of knowledge and attitudes on human trafficking.",
        ),
    ],
}

# Who typically runs each kind of work (real institutions from the seed).
LEADS: dict[tuple[str, str], list[str]] = {
    ("awareness", "schoolchildren"): ["municipality", "PD", "Lietuvos Caritas", "KOPŽI"],
    ("awareness", "youth"): ["municipality", "KOPŽI", "Lietuvos Caritas", "PD"],
    ("awareness", "job_seekers_abroad"): ["Užimtumo tarnyba", "URM", "KOPŽI", "municipality"],
    ("awareness", "general_public"): ["VRM", "PD", "municipality", "NAPPŽ"],
    ("awareness", "diaspora"): ["URM", "VRM", "JK lietuvių bendruomenė"],
    ("training", "professionals"): ["VRM", "LPM", "KOPŽI", "municipality", "SADM"],
    ("outreach", "migrants"): ["VDI", "MD", "Lietuvos Caritas", "IOM Vilnius", "municipality"],
    ("outreach", "youth"): ["municipality", "Vyrų krizių centras", "KSPPC"],
    ("victim_assistance", "victims"): ["Lietuvos Caritas", "KOPŽI", "KSPPC", "DŽŠPC", "SADM"],
    ("hotline", "general_public"): ["NAPPŽ"],
    ("coordination", "municipalities"): ["municipality"],
    ("research", "general_public"): ["VRM", "Teisės institutas"],
}
