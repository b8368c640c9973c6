"""Authored metadata for every indicator in the seed: names, definitions and caveats in LT and EN.

Kept beside the import script because it is written by people, not converted: a reviewer
reads each definition against FINDINGS and the sources it cites.
"""

# Caveats that several indicators share (FINDINGS §4 "Definition caveats").
IDENTIFIED = (
    "Nustatytos aukos – tai ne visų aukų skaičius: jis rodo, kiek atvejų atskleidė institucijos.",
    "Identified victims are not the number of victims: the count shows what institutions detected.",
)
INVESTIGATIONS = (
    "„Pradėti“ ir „vykdyti“ tyrimai yra skirtingos eilutės; daugiau tyrimų gali reikšti geresnį "
    "atskleidimą, o ne daugiau nusikaltimų.",
    "Investigations 'started' and 'conducted' are different series; more investigations can mean "
    "better detection rather than more crime.",
)
NGO_ASSISTED = (
    "Apima ir rizikos grupės asmenis, todėl tai ne aukų skaičius; NVO ir policijos skaičiai skiriasi.",
    "Includes persons at risk, so it is not a count of victims; NGO and police counts differ.",
)
TIP_YEAR = (
    "JAV ataskaitos metai: ataskaita daugiausia apima ankstesnius kalendorinius metus.",
    "Year of the US report: the report mostly covers the previous calendar year.",
)
SNAPSHOT = (
    "Momentinis ar sukauptas skaičius, ne metinis.",
    "A point-in-time or cumulative figure, not an annual count.",
)
SINGLE = (
    "Viena reikšmė iš vieno šaltinio; metinės eilutės nėra.",
    "A single value from a single source; there is no annual series.",
)
FLAG = (
    "Požymis: 1 reiškia, kad šaltinis šią savivaldybę mini; tai ne skaičius.",
    "A flag: 1 means the source names this municipality; it is not a count.",
)
NONE = (None, None)

# code: (topic, name_lt, name_en, definition_lt, definition_en, unit, value_kind,
#        per_capita, better, disclosure_class, caveat)
INDICATORS: dict[str, tuple] = {
    "victims_officially_identified": (
        "victims", "Oficialiai nustatytos aukos", "Victims officially identified",
        "Asmenys, kuriuos teisėsaugos institucijos nustatė kaip prekybos žmonėmis aukas arba "
        "ikiteisminiame tyrime pripažino nukentėjusiais.",
        "Persons identified by law enforcement as victims of trafficking, or granted victim "
        "status in pre-trial investigations.",
        "persons", "count", True, None, "personal", IDENTIFIED,
    ),
    "pretrial_investigations_started": (
        "investigations", "Pradėti ikiteisminiai tyrimai", "Pre-trial investigations started",
        "Per metus pradėti ikiteisminiai tyrimai dėl prekybos žmonėmis (BK 147 ir susiję "
        "straipsniai).",
        "Pre-trial investigations of trafficking (Criminal Code art. 147 and related) opened "
        "during the year.",
        "investigations", "count", True, None, "personal", INVESTIGATIONS,
    ),
    "persons_convicted": (
        "prosecution", "Nuteisti asmenys", "Persons convicted",
        "Asmenys, nuteisti už prekybą žmonėmis per metus.",
        "Persons convicted of trafficking during the year.",
        "persons", "count", True, None, "personal",
        ("Šaltiniai 2011 m. skaičius skaito skirtingai (nuteisti, įkalinti, patraukti "
         "atsakomybėn).",
         "Sources count 2011 differently (convicted, imprisoned, prosecuted)."),
    ),
    "persons_assisted_by_state_funded_ngos": (
        "assistance", "Valstybės finansuojamų NVO pagalbą gavę asmenys",
        "Persons assisted by state-funded NGOs",
        "Aukos ir rizikos grupės asmenys, gavę pagalbą iš valstybės finansuojamų NVO.",
        "Victims and persons at risk who received support from state-funded NGOs.",
        "persons", "count", True, None, "personal", NGO_ASSISTED,
    ),
    "central_gov_funding_to_ngos_victim_assistance": (
        "funding", "Valstybės finansavimas NVO pagalbai aukoms",
        "Central-government funding to NGOs for victim assistance",
        "Centrinės valdžios lėšos NVO, teikiančioms pagalbą prekybos žmonėmis aukoms, eurais.",
        "Central-government money for NGOs assisting trafficking victims, in euro.",
        "EUR", "money", False, "up", "non_personal",
        ("2019 ir 2020 m. šaltiniai nurodo skirtingas sumas; rodomos visos.",
         "Sources give different amounts for 2019 and 2020; all are shown."),
    ),
    "pretrial_investigations_conducted": (
        "investigations", "Vykdyti ikiteisminiai tyrimai", "Pre-trial investigations conducted",
        "Visi per metus vykdyti ikiteisminiai tyrimai dėl prekybos žmonėmis, įskaitant anksčiau "
        "pradėtus.",
        "All pre-trial investigations of trafficking conducted during the year, including "
        "those opened earlier.",
        "investigations", "count", True, None, "personal", INVESTIGATIONS,
    ),
    "pretrial_investigations_conducted_art157_child_sale": (
        "investigations", "Vykdyti tyrimai dėl vaiko pirkimo ar pardavimo (BK 157)",
        "Investigations conducted: sale or purchase of a child (art. 157)",
        "Vykdomi ikiteisminiai tyrimai pagal BK 157 straipsnį.",
        "Pre-trial investigations under Criminal Code art. 157 being conducted.",
        "investigations", "count", False, None, "personal", SNAPSHOT,
    ),
    "victims_recognised_in_ongoing_investigations": (
        "victims", "Nukentėjusieji vykdomuose tyrimuose",
        "Victims recognised in ongoing investigations",
        "Asmenys, pripažinti nukentėjusiais visuose tuo metu vykdomuose tyrimuose.",
        "Persons granted victim status across all investigations ongoing at the time.",
        "persons", "count", False, None, "personal", SNAPSHOT,
    ),
    "suspects_in_ongoing_investigations": (
        "investigations", "Įtariamieji vykdomuose tyrimuose",
        "Suspects in ongoing investigations",
        "Įtariamieji visuose tuo metu vykdomuose tyrimuose.",
        "Suspects across all investigations ongoing at the time.",
        "persons", "count", False, None, "personal", SNAPSHOT,
    ),
    "pretrial_investigations_by_place_of_exploitation": (
        "investigations", "Tyrimai pagal išnaudojimo vietą",
        "Investigations by place of exploitation",
        "Pradėti ikiteisminiai tyrimai pagal tai, kur vyko išnaudojimas (Lietuvoje ar užsienyje).",
        "Pre-trial investigations started, by where the exploitation took place (in Lithuania "
        "or abroad).",
        "investigations", "count", False, None, "personal", INVESTIGATIONS,
    ),
    "pretrial_investigations_terminated": (
        "investigations", "Nutraukti ikiteisminiai tyrimai", "Pre-trial investigations terminated",
        "Per metus nutraukti ikiteisminiai tyrimai dėl prekybos žmonėmis.",
        "Pre-trial investigations of trafficking terminated during the year.",
        "investigations", "count", False, None, "personal", SINGLE,
    ),
    "international_investigations_with_foreign_cooperation": (
        "investigations", "Tarptautiniai tyrimai su užsienio partneriais",
        "International investigations with foreign cooperation",
        "Tyrimai, kuriuose bendradarbiauta su užsienio valstybėmis.",
        "Investigations in which Lithuanian authorities cooperated with foreign countries.",
        "investigations", "count", False, None, "personal", SINGLE,
    ),
    "defendants_prosecuted": (
        "prosecution", "Patraukti baudžiamojon atsakomybėn", "Defendants prosecuted",
        "Asmenys, kuriems per ataskaitinį laikotarpį pradėtas baudžiamasis persekiojimas.",
        "Defendants prosecuted during the reporting period.",
        "persons", "count", False, None, "personal", TIP_YEAR,
    ),
    "persons_charged": (
        "prosecution", "Asmenys, kuriems pareikšti kaltinimai", "Persons charged",
        "Fiziniai asmenys, kuriems per metus pareikšti kaltinimai dėl prekybos žmonėmis.",
        "Natural persons charged with trafficking during the year.",
        "persons", "count", False, None, "personal", SINGLE,
    ),
    "legal_persons_charged": (
        "prosecution", "Juridiniai asmenys, kuriems pareikšti kaltinimai", "Legal persons charged",
        "Juridiniai asmenys, kuriems pareikšti kaltinimai dėl prekybos žmonėmis.",
        "Legal persons (companies) charged with trafficking.",
        "legal persons", "count", False, None, "non_personal", SINGLE,
    ),
    "suspects": (
        "prosecution", "Įtariamieji", "Suspects",
        "Asmenys, įtariami prekyba žmonėmis per metus.",
        "Persons suspected of trafficking during the year.",
        "persons", "count", False, None, "personal", SINGLE,
    ),
    "criminal_proceedings": (
        "prosecution", "Baudžiamieji procesai", "Criminal proceedings",
        "Baudžiamųjų procesų dėl prekybos žmonėmis skaičius.",
        "Number of criminal proceedings for trafficking.",
        "proceedings", "count", False, None, "personal", SINGLE,
    ),
    "criminal_cases_sent_to_court": (
        "prosecution", "Teismui perduotos bylos", "Criminal cases sent to court",
        "Baudžiamosios bylos dėl prekybos žmonėmis, perduotos pirmosios instancijos teismams.",
        "Trafficking cases sent to first-instance courts.",
        "cases", "count", False, None, "personal", SINGLE,
    ),
    "criminal_cases_completed_first_instance": (
        "prosecution", "Pirmosios instancijos teismo išnagrinėtos bylos",
        "Cases completed at first instance",
        "Baudžiamosios bylos dėl prekybos žmonėmis, išnagrinėtos pirmosios instancijos teisme.",
        "Trafficking cases completed by first-instance courts.",
        "cases", "count", False, None, "personal", SINGLE,
    ),
    "persons_convicted_imprisonment": (
        "prosecution", "Nuteisti laisvės atėmimu", "Persons sentenced to imprisonment",
        "Asmenys, nuteisti už prekybą žmonėmis laisvės atėmimo bausme.",
        "Persons convicted of trafficking and sentenced to imprisonment.",
        "persons", "count", False, None, "personal", SINGLE,
    ),
    "victims_assisted_by_ngos": (
        "assistance", "NVO pagalbą gavusios aukos", "Victims assisted by NGOs",
        "Aukos, kurioms pagalbą suteikė NVO (nenurodyta, ar tik valstybės finansuojamos).",
        "Victims assisted by NGOs (not stated whether only state-funded ones).",
        "persons", "count", False, None, "personal", NGO_ASSISTED,
    ),
    "new_victims_assisted_by_ngos": (
        "assistance", "Naujos NVO pagalbą gavusios aukos", "New victims assisted by NGOs",
        "Naujos aukos, kurioms per metus pagalbą suteikė NVO.",
        "New victims whom NGOs assisted during the year.",
        "persons", "count", False, None, "personal", NGO_ASSISTED,
    ),
    "ngo_kopzi_persons_worked_with": (
        "assistance", "KOPŽI dirbo su asmenimis", "Persons KOPŽI worked with",
        "Nukentėję asmenys, su kuriais per metus dirbo Kovos su prekyba žmonėmis ir išnaudojimu "
        "centras.",
        "Affected persons the Centre against Human Trafficking and Exploitation worked with "
        "during the year.",
        "persons", "count", False, None, "personal", NGO_ASSISTED,
    ),
    "ngo_kopzi_victims_witnesses_supported_in_pretrial": (
        "assistance", "KOPŽI lydėti asmenys ikiteisminiuose tyrimuose",
        "Victims and witnesses KOPŽI supported in pre-trial investigations",
        "Nukentėjusieji ir liudytojai, kuriuos KOPŽI lydėjo ikiteisminiuose tyrimuose.",
        "Victims and witnesses supported by KOPŽI in pre-trial investigations.",
        "persons", "count", False, None, "personal", SINGLE,
    ),
    "ngo_kopzi_victims_witnesses_supported_in_court": (
        "assistance", "KOPŽI lydėti asmenys teismuose",
        "Victims and witnesses KOPŽI supported in court",
        "Nukentėjusieji ir liudytojai, kuriuos KOPŽI lydėjo teismo procesuose.",
        "Victims and witnesses supported by KOPŽI in court proceedings.",
        "persons", "count", False, None, "personal", SINGLE,
    ),
    "ngo_caritas_kff_programme_victims_helped": (
        "assistance", "Caritas programos (KFF dalis) pagalbą gavę asmenys",
        "Persons helped by the Caritas programme (KFF-supported part)",
        "Asmenys, kuriems padėjo Kazickų šeimos fondo remiama Caritas programos dalis.",
        "Persons helped by the Kazickas Family Foundation-supported part of the Caritas "
        "programme.",
        "persons", "count", False, None, "personal",
        ("Apima tik dalį Caritas programos.", "Covers only part of the Caritas programme."),
    ),
    "victims_abroad_assisted_by_government": (
        "assistance", "Užsienyje valstybės padėtos aukos", "Victims abroad assisted by government",
        "Aukos užsienyje, kurioms URM padėjo gauti dokumentus ar grįžti.",
        "Victims abroad whom the Foreign Ministry helped with documents or return.",
        "persons", "count", False, None, "personal", TIP_YEAR,
    ),
    "victims_awarded_compensation": (
        "assistance", "Kompensaciją gavusios aukos", "Victims awarded compensation",
        "Aukos, kurioms per metus priteista ar išmokėta kompensacija.",
        "Victims who received compensation during the year.",
        "persons", "count", False, None, "personal", SINGLE,
    ),
    "victim_compensation_total": (
        "assistance", "Aukoms išmokėtų kompensacijų suma", "Total compensation to victims",
        "Aukoms per metus išmokėtų kompensacijų suma eurais.",
        "Total compensation paid to victims during the year, in euro.",
        "EUR", "money", False, None, "non_personal", SINGLE,
    ),
    "gov_funding_victim_assistance": (
        "funding", "Valstybės finansavimas pagalbai aukoms", "Government funding for victim assistance",
        "Valstybės lėšos pagalbai aukoms, kaip nurodė šaltinis (valiuta nurodyta vienete).",
        "Government money for victim assistance as the source states it (currency in the unit).",
        "as stated", "money", False, "up", "non_personal",
        ("2008 m. suma JAV doleriais; 2009 m. finansavimo nebuvo.",
         "2008 is in US dollars; there was no funding in 2009."),
    ),
    "state_budget_complex_assistance": (
        "funding", "Valstybės biudžeto lėšos kompleksinei pagalbai",
        "State budget for comprehensive assistance",
        "Valstybės biudžete kompleksinei pagalbai aukoms numatytos lėšos eurais.",
        "State-budget money planned for comprehensive assistance to victims, in euro.",
        "EUR", "money", False, "up", "non_personal",
        ("Lietuviškame šaltinio tekste vienetas įrašytas klaidingai (tūkst. eurų).",
         "The Lithuanian text of the source misprints the unit (thousand euro)."),
    ),
    "sadm_victim_assistance_call_budget_planned": (
        "funding", "SADM konkursui numatytos lėšos", "SADM call budget planned",
        "SADM pagalbos aukoms projektų konkursui numatytos valstybės biudžeto lėšos eurais.",
        "State-budget money planned for the SADM call for victim-assistance projects, in euro.",
        "EUR", "money", False, "up", "non_personal",
        ("Planuota suma, ne išleista.", "A planned amount, not spending."),
    ),
    "local_gov_funding_victim_support": (
        "funding", "Savivaldybių lėšos pagalbai aukoms", "Local-government funding for victim support",
        "Savivaldybių skirtos lėšos pagalbai aukoms eurais.",
        "Money municipalities allotted to victim support, in euro.",
        "EUR", "money", False, "up", "non_personal", TIP_YEAR,
    ),
    "mfa_repatriation_spending": (
        "funding", "URM išlaidos aukų grąžinimui", "Foreign Ministry repatriation spending",
        "URM išlaidos aukų grąžinimui į Lietuvą eurais.",
        "Foreign Ministry spending on repatriating victims, in euro.",
        "EUR", "money", False, None, "non_personal", TIP_YEAR,
    ),
    "share_victims_exploited_in_lithuania": (
        "victims", "Lietuvoje išnaudotų aukų dalis", "Share of victims exploited in Lithuania",
        "Aukų, išnaudotų Lietuvoje, dalis procentais.",
        "Share of victims exploited in Lithuania, per cent.",
        "percent", "share", False, None, "non_personal", SINGLE,
    ),
    "municipalities_able_to_accommodate_victims": (
        "municipal", "Savivaldybės, galinčios apgyvendinti aukas",
        "Municipalities able to accommodate victims",
        "Savivaldybės, apklausoje nurodžiusios, kad gali apgyvendinti aukas.",
        "Municipalities that said in a survey they can accommodate victims.",
        "municipalities", "count", False, "up", "non_personal",
        ("Apklausoje atsakė 40 iš 60 savivaldybių.", "40 of the 60 municipalities answered."),
    ),
    "municipalities_unable_to_accommodate_victims": (
        "municipal", "Savivaldybės, negalinčios apgyvendinti aukų",
        "Municipalities unable to accommodate victims",
        "Savivaldybės, apklausoje nurodžiusios, kad negali apgyvendinti aukų.",
        "Municipalities that said in a survey they cannot accommodate victims.",
        "municipalities", "count", False, "down", "non_personal",
        ("Apklausoje atsakė 40 iš 60 savivaldybių.", "40 of the 60 municipalities answered."),
    ),
    "municipalities_not_implementing_antitrafficking_measures": (
        "municipal", "Savivaldybės, nevykdžiusios priemonių",
        "Municipalities not implementing anti-trafficking measures",
        "Savivaldybės, kurios per metus nevykdė kovos su prekyba žmonėmis priemonių.",
        "Municipalities that implemented no anti-trafficking measures in the year.",
        "municipalities", "count", False, "down", "non_personal", SINGLE,
    ),
    "municipalities_approving_antitrafficking_working_groups": (
        "municipal", "Savivaldybės, patvirtinusios darbo grupes",
        "Municipalities approving anti-trafficking working groups",
        "Savivaldybės, patvirtinusios kovos su prekyba žmonėmis darbo grupes ir planus.",
        "Municipalities that approved anti-trafficking working groups and plans.",
        "municipalities", "count", False, "up", "non_personal", TIP_YEAR,
    ),
    "labour_inspections_at_risk_sectors": (
        "capacity", "Darbo inspekcijos patikrinimai rizikos sektoriuose",
        "Labour inspections in at-risk sectors",
        "VDI patikrinimai žemės ūkyje, statyboje ir kituose rizikos sektoriuose.",
        "State Labour Inspectorate inspections in agriculture, construction and other at-risk "
        "sectors.",
        "inspections", "count", False, None, "non_personal", TIP_YEAR,
    ),
    "labour_inspector_positions_created": (
        "capacity", "Įsteigtos inspektorių pareigybės", "Labour inspector positions created",
        "Naujos VDI inspektorių pareigybės.",
        "New State Labour Inspectorate inspector positions.",
        "positions", "count", False, "up", "non_personal", SINGLE,
    ),
    "ukrainians_employed_by_police_for_refugee_registration": (
        "capacity", "Policijos įdarbinti ukrainiečiai pabėgėlių registracijai",
        "Ukrainians employed by police for refugee registration",
        "Ukrainiečiai, kuriuos policija įdarbino ir apmokė pabėgėlių registracijai.",
        "Ukrainians the police employed and trained to register refugees.",
        "persons", "count", False, None, "non_personal",
        ("Šaltiniai nurodo 13 ir 14.", "Sources say 13 and 14."),
    ),
    "ukrainian_refugees_interviewed_by_police": (
        "capacity", "Policijos apklausti Ukrainos pabėgėliai",
        "Ukrainian refugees interviewed by police",
        "Ukrainos pabėgėliai, kuriuos apklausė policijos pareigūnai.",
        "Ukrainian refugees interviewed by police officers.",
        "persons", "count", False, None, "non_personal", SNAPSHOT,
    ),
    "us_tip_tier": (
        "international", "JAV ataskaitos lygis (Tier)", "US TIP report tier",
        "Lietuvos lygis JAV Valstybės departamento prekybos žmonėmis ataskaitoje (1 – geriausias).",
        "Lithuania's tier in the US State Department Trafficking in Persons report (1 = best).",
        "tier", "rank", False, "down", "non_personal", TIP_YEAR,
    ),
    "officials_trained_victim_identification": (
        "capacity", "Apmokyti aukų atpažinimo pareigūnai", "Officials trained in victim identification",
        "Pareigūnai ir specialistai, apmokyti atpažinti prekybos žmonėmis aukas.",
        "Officials and specialists trained to identify trafficking victims.",
        "persons", "count", False, "up", "non_personal", SINGLE,
    ),
    # Municipal flags from the sub-national file: 1 = the source names the municipality.
    "named_as_victim_recruitment_locality": (
        "municipal", "Minima kaip aukų verbavimo vieta", "Named as a place where victims were recruited",
        "VRM paminėta vietovė, kurioje buvo verbuojami nukentėję asmenys.",
        "A locality the Ministry of the Interior named as a place where victims were recruited.",
        "flag", "flag", False, None, "non_personal", FLAG,
    ),
    "municipality_did_not_implement_antitrafficking_measures": (
        "municipal", "Savivaldybė nevykdė priemonių", "Municipality implemented no measures",
        "Savivaldybė, kuri VRM apklausoje nurodyta kaip nevykdžiusi kovos su prekyba žmonėmis "
        "priemonių.",
        "A municipality the Ministry's survey lists as implementing no anti-trafficking measures.",
        "flag", "flag", False, "down", "non_personal", FLAG,
    ),
    "municipal_antitrafficking_coordination_body_established": (
        "municipal", "Įsteigta koordinavimo grupė", "Coordination body established",
        "Savivaldybė įsteigė kovos su prekyba žmonėmis koordinavimo grupę.",
        "The municipality set up an anti-trafficking coordination body.",
        "flag", "flag", False, "up", "non_personal", FLAG,
    ),
    "municipal_antitrafficking_coordination_body_exists": (
        "municipal", "Veikia koordinavimo grupė", "Coordination body exists",
        "Savivaldybėje veikia kovos su prekyba žmonėmis koordinavimo grupė.",
        "An anti-trafficking coordination body works in the municipality.",
        "flag", "flag", False, "up", "non_personal", FLAG,
    ),
    "municipal_antitrafficking_coordination_procedure_adopted": (
        "municipal", "Patvirtinta koordinavimo tvarka", "Coordination procedure adopted",
        "Savivaldybė patvirtino kovos su prekyba žmonėmis koordinavimo tvarką.",
        "The municipality adopted an anti-trafficking coordination procedure.",
        "flag", "flag", False, "up", "non_personal", FLAG,
    ),
    "municipal_antitrafficking_action_plan_adopted": (
        "municipal", "Patvirtintas veiksmų planas", "Action plan adopted",
        "Savivaldybė patvirtino kovos su prekyba žmonėmis veiksmų planą.",
        "The municipality adopted an anti-trafficking action plan.",
        "flag", "flag", False, "up", "non_personal", FLAG,
    ),
    "municipal_interinstitutional_coordinator_runs_antitrafficking_initiative": (
        "municipal", "Koordinatorius vykdo iniciatyvą", "Coordinator runs an initiative",
        "Savivaldybės tarpinstitucinio bendradarbiavimo koordinatorius vykdo kovos su prekyba "
        "žmonėmis iniciatyvą.",
        "The municipal inter-institutional coordinator runs an anti-trafficking initiative.",
        "flag", "flag", False, "up", "non_personal", FLAG,
    ),
    "municipal_coordination_model_presented_as_example": (
        "municipal", "Koordinavimo modelis pristatytas kaip pavyzdys",
        "Coordination model presented as an example",
        "VRM savivaldybės koordinavimo modelį pristatė kaip gerąjį pavyzdį.",
        "The Ministry presented the municipality's coordination model as good practice.",
        "flag", "flag", False, "up", "non_personal", FLAG,
    ),
    "municipality_consulted_in_GRETA_second_round": (
        "municipal", "Konsultuota GRETA antrajame vertinime",
        "Consulted in GRETA's second evaluation round",
        "Savivaldybė dalyvavo GRETA antrojo vertinimo etapo susitikimuose.",
        "The municipality took part in meetings of GRETA's second evaluation round.",
        "flag", "flag", False, None, "non_personal", FLAG,
    ),
    "ngo_kopzi_assistance_centre_location": (
        "municipal", "KOPŽI pagalbos centro vieta", "KOPŽI assistance centre location",
        "Vietovė, kurioje veikia KOPŽI pagalbos centras.",
        "A locality where KOPŽI runs an assistance centre.",
        "flag", "flag", False, None, "non_personal", FLAG,
    ),
}
