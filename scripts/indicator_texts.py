"""Authored metadata for every indicator in the seed: names, definitions and caveats in LT and EN.

Kept beside the import script because it is written by people, not converted: a reviewer reads
each definition against /work/shared/data/figures/FINDINGS.md (§3 excerpts, §4 "Definition
caveats") and the rows it describes. The order of INDICATORS is the display order (sort_order).

Columns: code, topic, name_lt, name_en, definition_lt, definition_en, unit, value_kind,
per_capita (a per-100,000 rate makes sense), better ("up", "down" or None when more is not
clearly better), disclosure_class, caveat_lt, caveat_en.
"""

# Caveats that several indicators share (FINDINGS §4).
STARTED_VS_CONDUCTED = (
    "„Pradėti“ (nauji per metus) ir „vykdyti“ (visi per metus tirti, įskaitant pradėtus "
    "anksčiau) tyrimai yra dvi skirtingos VRM eilutės; kai kurie spaudos pranešimai jas "
    "painioja. Daugiau tyrimų gali reikšti geresnį atskleidimą, o ne daugiau nusikaltimų.",
    "Investigations 'started' (new in the year) and 'conducted' (all investigated during the "
    "year, including those opened earlier) are two different VRM series; some press reports "
    "mix them. More investigations can mean better detection, not more crime.",
)
AT_RISK_INCLUDED = (
    "NVO skaičiai apima ir rizikos grupės asmenis, todėl tai ne aukų skaičius; jie daug "
    "didesni už teisėsaugos nustatytų aukų skaičių (2016 m. KOPŽI dirbo su 273 asmenimis, o "
    "JAV ataskaita nurodo 41 nustatytą auką).",
    "NGO counts include persons at risk, so they are not counts of victims; they are much higher "
    "than the counts of victims identified by law enforcement (in 2016 KOPŽI worked with 273 "
    "people while the US TIP report gives 41 identified victims).",
)
REPORTING_PERIOD = (
    "Skaičius paimtas iš JAV Valstybės departamento ataskaitos: jis apima ataskaitinį "
    "laikotarpį, kuris ne visada sutampa su kalendoriniais metais.",
    "The figure comes from a US State Department TIP report: it covers the report's reporting "
    "period, which is not always the calendar year.",
)
SNAPSHOT = (
    "Momentinis skaičius (2025 m. rugpjūtis) visose tuo metu vykdomose bylose, ne metinis "
    "skaičius; jo negalima lyginti su metinėmis eilutėmis.",
    "A point-in-time figure (August 2025) across all cases in progress at the time, not an "
    "annual count; it cannot be compared with the annual series.",
)
SINGLE_PRESS = (
    "Pavienė reikšmė iš vieno šaltinio, ne metinė eilutė.",
    "A single value from a single source, not an annual series.",
)
INFERRED_YEAR = (
    "Metai nustatyti iš žodžio „pernai“ nedatuotame straipsnyje (2016 m. duomenys).",
    "The year is inferred from 'last year' in an undated article (2016 data).",
)
KOPZI = (
    "Vienos NVO (KOPŽI) duomenys apie jos darbą, ne valstybės statistika; apima ir asmenis, "
    "kurie oficialiai nepripažinti nukentėjusiais.",
    "Data of one NGO (KOPŽI) about its own work, not state statistics; they include persons "
    "who were not officially recognised as victims.",
)
SURVEY_2023 = (
    "VRM 2023 m. apklausa: atsakymai apie 40 iš 60 savivaldybių (27 gali, 13 negali); kodėl "
    "kitos nenurodytos, šaltinis nepaaiškina.",
    "VRM 2023 survey: answers cover 40 of the 60 municipalities (27 can, 13 cannot); the source "
    "does not explain why the others are missing.",
)
FLAG = (
    "Požymis, ne skaičius: 1 reiškia, kad šaltinis šią savivaldybę mini. Jei savivaldybė "
    "nepaminėta, tai nereiškia, kad joje to nėra – sąrašai nepilni.",
    "A flag, not a count: 1 means the source names this municipality. A municipality that is "
    "not named is not thereby shown to lack it – the lists are incomplete.",
)


def _indicator(
    code: str,
    topic: str,
    names: tuple[str, str],
    definitions: tuple[str, str],
    unit: str,
    value_kind: str,
    *,
    per_capita: bool = False,
    better: str | None = None,
    disclosure_class: str = "personal",
    caveat: tuple[str, str],
) -> dict:
    """One indicators.csv row without its sort order (the list position gives it)."""
    return {
        "code": code,
        "topic": topic,
        "name_lt": names[0],
        "name_en": names[1],
        "definition_lt": definitions[0],
        "definition_en": definitions[1],
        "unit": unit,
        "value_kind": value_kind,
        "per_capita": per_capita,
        "better": better,
        "disclosure_class": disclosure_class,
        "caveat_lt": caveat[0],
        "caveat_en": caveat[1],
    }


INDICATORS: list[dict] = [
    # --- headline series -------------------------------------------------------------------
    _indicator(
        "victims_officially_identified",
        "victims",
        ("Oficialiai nustatytos prekybos žmonėmis aukos", "Victims officially identified"),
        (
            "Per metus oficialiai nustatytos prekybos žmonėmis aukos: JAV Valstybės departamento "
            "ataskaitose – teisėsaugos institucijų nustatytos aukos, VRM ir Seimo kontrolierių "
            "duomenyse – asmenys, ikiteisminiuose tyrimuose pripažinti nukentėjusiais nuo "
            "prekybos žmonėmis.",
            "Victims of trafficking officially identified in the year: in the US State "
            "Department TIP reports, victims identified by law enforcement; in VRM and Seimas "
            "Ombudsmen data, persons granted victim status in pre-trial investigations of "
            "trafficking.",
        ),
        "persons",
        "count",
        per_capita=True,
        caveat=(
            "Nustatytos aukos – ne prekybos žmonėmis mastas: skaičius rodo tik institucijų "
            "atskleistus atvejus. JAV ataskaitos skaičiuoja teisėsaugos nustatytas aukas, VRM – "
            "ikiteisminiame tyrime nukentėjusiaisiais pripažintus asmenis; NVO skaičiai daug "
            "didesni. 2016 m. šaltiniai nesutaria (41 ir 51), o 2018–2022 m. suma (148, "
            "Vikipedija) nesutampa su metinių skaičių suma.",
            "Identified victims are not the extent of trafficking: the count shows only the "
            "cases that institutions detected. US TIP reports count victims identified by law "
            "enforcement, VRM counts persons granted victim status in pre-trial investigations; "
            "NGO counts are much higher. Sources disagree for 2016 (41 and 51), and the "
            "2018–2022 total (148, Wikipedia) does not match the sum of the yearly figures.",
        ),
    ),
    _indicator(
        "pretrial_investigations_started",
        "investigations",
        ("Pradėti ikiteisminiai tyrimai", "Pre-trial investigations started"),
        (
            "Per metus pradėti (nauji) ikiteisminiai tyrimai dėl prekybos žmonėmis (BK 147 "
            "straipsnis ir susiję straipsniai, pvz., 147-1, 157), kaip juos nurodo VRM, Seimo "
            "kontrolieriai ir JAV ataskaitos.",
            "Pre-trial investigations of trafficking (Criminal Code art. 147 and related "
            "articles such as 147-1 and 157) opened in the year, as reported by VRM, the Seimas "
            "Ombudsmen and the US TIP reports.",
        ),
        "investigations",
        "count",
        per_capita=True,
        caveat=(
            STARTED_VS_CONDUCTED[0] + " 2012 m. šaltiniai nesutaria (11 naujų ir 44 pradėti).",
            STARTED_VS_CONDUCTED[1] + " Sources disagree for 2012 (11 new and 44 started).",
        ),
    ),
    _indicator(
        "persons_convicted",
        "prosecution",
        ("Nuteisti asmenys", "Persons convicted"),
        (
            "Asmenys, per metus nuteisti už prekybą žmonėmis; naujausi VRM ir Seimo kontrolierių "
            "duomenys – pirmosios instancijos teismų nuosprendžiai.",
            "Persons convicted of trafficking in the year; the recent VRM and Seimas Ombudsmen "
            "figures are first-instance convictions.",
        ),
        "persons",
        "count",
        per_capita=True,
        caveat=(
            "Metų nuosprendžiai dažnai priimami bylose, pradėtose ankstesniais metais. 2011 m. "
            "šaltiniai nesutaria: 37 nuteisti (JAV 2013 m. ataskaita, pagal L24.lt) ir 17 "
            "įkalintų bei 37 patraukti baudžiamojon atsakomybėn (JAV 2012 m. ataskaita, pagal "
            "„The Baltic Times“).",
            "Convictions in a year often come from cases opened in earlier years. Sources "
            "disagree for 2011: 37 convicted (TIP 2013 via L24.lt) against 17 jailed and 37 "
            "prosecutions (TIP 2012 via The Baltic Times).",
        ),
    ),
    _indicator(
        "persons_assisted_by_state_funded_ngos",
        "assistance",
        (
            "Valstybės finansuojamų NVO pagalbą gavę asmenys",
            "Persons assisted by state-funded NGOs",
        ),
        (
            "Prekybos žmonėmis aukos ir rizikos grupės asmenys, kuriems per metus pagalbą "
            "(kompleksinę pagalbą) suteikė valstybės finansuojamos nevyriausybinės "
            "organizacijos, kaip nurodo JAV ataskaitos ir VRM.",
            "Trafficking victims and persons at risk who received (comprehensive) assistance in "
            "the year from government-funded non-governmental organisations, as reported by the "
            "US TIP reports and VRM.",
        ),
        "persons",
        "count",
        per_capita=True,
        caveat=(
            "Apima ir rizikos grupės asmenis (JAV ataskaitos tai nurodo aiškiai), todėl tai ne "
            "aukų skaičius ir jo negalima lyginti su oficialiai nustatytomis aukomis.",
            "Includes persons at risk (the TIP reports say so explicitly), so it is not a count "
            "of victims and cannot be compared with officially identified victims.",
        ),
    ),
    _indicator(
        "central_gov_funding_to_ngos_victim_assistance",
        "funding",
        (
            "Valstybės finansavimas NVO pagalbai aukoms",
            "Central-government funding to NGOs for victim assistance",
        ),
        (
            "Centrinės valdžios lėšos, per metus skirtos nevyriausybinėms organizacijoms "
            "pagalbai prekybos žmonėmis aukoms, eurais, kaip nurodo JAV ataskaitos.",
            "Central-government money given in the year to non-governmental organisations for "
            "assistance to trafficking victims, in euro, as reported by the US TIP reports.",
        ),
        "EUR",
        "money",
        better="up",
        disclosure_class="non_personal",
        caveat=(
            "JAV ataskaitų sumos apytikslės, be to, šaltiniai nesutaria: 2019 m. 165 000 € (2020 m. "
            "ataskaita) ir 190 000 € (2021 m. ataskaita); 2020 m. 245 000 € (JAV) ir 240 100 € "
            "kompleksinei pagalbai (VRM, rodoma kaip atskiras rodiklis).",
            "The TIP amounts are approximate, and sources disagree: 2019 €165,000 (TIP 2020) "
            "and €190,000 (TIP 2021); 2020 €245,000 (TIP) and €240,100 for comprehensive "
            "assistance (VRM, shown as a separate indicator).",
        ),
    ),
    # --- investigations and courts ----------------------------------------------------------
    _indicator(
        "pretrial_investigations_conducted",
        "investigations",
        ("Vykdyti ikiteisminiai tyrimai", "Pre-trial investigations conducted"),
        (
            "Visi per metus vykdyti ikiteisminiai tyrimai dėl prekybos žmonėmis, įskaitant "
            "pradėtus ankstesniais metais (VRM „vykdytų IT skaičius“).",
            "All pre-trial investigations of trafficking conducted during the year, including "
            "those opened in earlier years (VRM 'investigations conducted').",
        ),
        "investigations",
        "count",
        per_capita=True,
        caveat=(
            STARTED_VS_CONDUCTED[0] + " 2025 m. reikšmė – momentinis skaičius (rugpjūtis).",
            STARTED_VS_CONDUCTED[1] + " The 2025 value is a point-in-time figure (August).",
        ),
    ),
    _indicator(
        "us_tip_tier",
        "international",
        ("JAV prekybos žmonėmis ataskaitos lygis", "US TIP report tier"),
        (
            "Lietuvai suteiktas lygis (angl. Tier) JAV Valstybės departamento metinėje "
            "Prekybos žmonėmis ataskaitoje (TIP): 1 – geriausias, valstybė visiškai atitinka "
            "minimalius JAV standartus.",
            "The tier the US State Department's annual Trafficking in Persons (TIP) report gives "
            "Lithuania: 1 is best, the government fully meets the US minimum standards.",
        ),
        "tier",
        "rank",
        better="down",
        disclosure_class="non_personal",
        caveat=(
            "Metai – ataskaitos paskelbimo metai; ataskaita daugiausia vertina ankstesnius "
            "kalendorinius metus. Lygis vertina vyriausybės pastangas, ne prekybos žmonėmis "
            "mastą.",
            "The year is the report's publication year; the report mostly assesses the "
            "previous calendar year. The tier rates government efforts, not the extent of "
            "trafficking.",
        ),
    ),
    _indicator(
        "persons_charged",
        "prosecution",
        ("Asmenys, kuriems pareikšti kaltinimai", "Persons charged"),
        (
            "Fiziniai asmenys, kuriems per metus pareikšti kaltinimai dėl prekybos žmonėmis "
            "(bylos perduotos teismui).",
            "Natural persons charged with trafficking in the year (cases sent to court).",
        ),
        "persons",
        "count",
        per_capita=True,
        caveat=SINGLE_PRESS,
    ),
    _indicator(
        "defendants_prosecuted",
        "prosecution",
        ("Patraukti baudžiamojon atsakomybėn", "Defendants prosecuted"),
        (
            "Asmenys, kuriuos valdžios institucijos per ataskaitinį laikotarpį patraukė "
            "baudžiamojon atsakomybėn už prekybą žmonėmis, kaip nurodo JAV ataskaitos.",
            "Defendants prosecuted for trafficking in the reporting period, as reported by the "
            "US TIP reports.",
        ),
        "persons",
        "count",
        per_capita=True,
        caveat=(
            REPORTING_PERIOD[0] + " 2011 m. skaičių (37) kitas šaltinis nurodo kaip nuteistus "
            "asmenis.",
            REPORTING_PERIOD[1] + " Another source gives the 2011 figure (37) as persons "
            "convicted.",
        ),
    ),
    _indicator(
        "suspects",
        "prosecution",
        ("Įtariamieji", "Suspects"),
        (
            "Asmenys, per metus įtariami prekyba žmonėmis ikiteisminiuose tyrimuose.",
            "Persons suspected of trafficking in pre-trial investigations in the year.",
        ),
        "persons",
        "count",
        per_capita=True,
        caveat=(
            "Pavienė reikšmė iš antrinio JAV 2016 m. ataskaitos aprašymo (Liberties.eu).",
            "A single value from a secondary summary of the US TIP 2016 report (Liberties.eu).",
        ),
    ),
    _indicator(
        "criminal_proceedings",
        "prosecution",
        ("Baudžiamieji procesai", "Criminal proceedings"),
        (
            "Per metus vykę baudžiamieji procesai dėl prekybos žmonėmis, kaip nurodo antrinis "
            "JAV ataskaitos aprašymas.",
            "Criminal proceedings for trafficking in the year, as given by a secondary summary "
            "of the US TIP report.",
        ),
        "proceedings",
        "count",
        per_capita=True,
        caveat=(
            "Pavienė reikšmė; šaltinis nepaaiškina, kokios proceso stadijos skaičiuojamos.",
            "A single value; the source does not say which stages of proceedings are counted.",
        ),
    ),
    _indicator(
        "criminal_cases_sent_to_court",
        "prosecution",
        ("Teismams perduotos baudžiamosios bylos", "Criminal cases sent to court"),
        (
            "Baudžiamosios bylos dėl prekybos žmonėmis, per metus perduotos pirmosios "
            "instancijos teismams.",
            "Criminal cases of trafficking sent to first-instance courts in the year.",
        ),
        "cases",
        "count",
        per_capita=True,
        caveat=(
            "Tik dveji metai (2022 ir 2024); 2024 m. nulis – pirmą kartą nuo 2010 m., kaip "
            "nurodo Seimo kontrolieriai.",
            "Only two years (2022 and 2024); the 2024 zero is the first since 2010, according to "
            "the Seimas Ombudsmen.",
        ),
    ),
    _indicator(
        "criminal_cases_completed_first_instance",
        "prosecution",
        (
            "Pirmosios instancijos teismų išnagrinėtos bylos",
            "Cases completed at first instance",
        ),
        (
            "Baudžiamosios bylos dėl prekybos žmonėmis, kurias pirmosios instancijos teismai "
            "išnagrinėjo per metus.",
            "Criminal cases of trafficking that first-instance courts completed in the year.",
        ),
        "cases",
        "count",
        per_capita=True,
        caveat=(
            "2016 m. reikšmė reiškia bylas iš „pernai“ pradėtų tyrimų (metai nustatyti iš "
            "straipsnio), todėl ji ne visai palyginama su 2022–2023 m.",
            "The 2016 value refers to cases from investigations started 'last year' (year "
            "inferred from the article), so it is not fully comparable with 2022–2023.",
        ),
    ),
    _indicator(
        "persons_convicted_imprisonment",
        "prosecution",
        ("Nuteisti laisvės atėmimu", "Persons sentenced to imprisonment"),
        (
            "Asmenys, per metus nuteisti už prekybą žmonėmis laisvės atėmimo bausme.",
            "Persons convicted of trafficking in the year and sentenced to imprisonment.",
        ),
        "persons",
        "count",
        per_capita=True,
        caveat=(
            "Tai nuteistųjų dalis, ne visi nuteisti asmenys; 2011 m. vienas šaltinis 37 nurodo "
            "kaip nuteistuosius, kitas – 17 įkalintų.",
            "A subset of persons convicted, not all of them; for 2011 one source gives 37 "
            "convicted, another 17 jailed.",
        ),
    ),
    _indicator(
        "legal_persons_charged",
        "prosecution",
        ("Juridiniai asmenys, kuriems pareikšti kaltinimai", "Legal persons charged"),
        (
            "Juridiniai asmenys (įmonės), kuriems per metus pareikšti kaltinimai dėl prekybos "
            "žmonėmis.",
            "Legal persons (companies) charged with trafficking in the year.",
        ),
        "legal persons",
        "count",
        disclosure_class="non_personal",
        caveat=SINGLE_PRESS,
    ),
    _indicator(
        "pretrial_investigations_terminated",
        "investigations",
        ("Nutraukti ikiteisminiai tyrimai", "Pre-trial investigations terminated"),
        (
            "Ikiteisminiai tyrimai dėl prekybos žmonėmis, kurie per metus buvo nutraukti.",
            "Pre-trial investigations of trafficking that were terminated in the year.",
        ),
        "investigations",
        "count",
        per_capita=True,
        caveat=INFERRED_YEAR,
    ),
    _indicator(
        "pretrial_investigations_by_place_of_exploitation",
        "investigations",
        ("Tyrimai pagal išnaudojimo vietą", "Investigations by place of exploitation"),
        (
            "Per metus vykdyti ikiteisminiai tyrimai dėl prekybos žmonėmis pagal tai, kur aukos "
            "buvo išnaudojamos: Lietuvoje ar užsienyje.",
            "Pre-trial investigations of trafficking conducted in the year, by where the victims "
            "were exploited: in Lithuania or abroad.",
        ),
        "investigations",
        "count",
        caveat=(
            "Šaltinis nurodo tik dalį tyrimų (7 Lietuvoje ir 4 užsienyje iš 27 vykdytų 2023 m.).",
            "The source gives only part of the investigations (7 in Lithuania and 4 abroad of "
            "the 27 conducted in 2023).",
        ),
    ),
    _indicator(
        "international_investigations_with_foreign_cooperation",
        "investigations",
        (
            "Tarptautiniai tyrimai su užsienio valstybėmis",
            "International investigations with foreign cooperation",
        ),
        (
            "Tarptautinių nusikaltimų tyrimai, kuriuose Lietuvos institucijos per metus "
            "bendradarbiavo su užsienio valstybėmis.",
            "Investigations of international crimes in which Lithuanian authorities cooperated "
            "with foreign countries in the year.",
        ),
        "investigations",
        "count",
        caveat=SINGLE_PRESS,
    ),
    _indicator(
        "pretrial_investigations_conducted_art157_child_sale",
        "investigations",
        (
            "Vykdomi tyrimai dėl vaiko pirkimo ar pardavimo (BK 157 str.)",
            "Investigations in progress: purchase or sale of a child (art. 157)",
        ),
        (
            "Tuo metu vykdomi ikiteisminiai tyrimai pagal Baudžiamojo kodekso 157 straipsnį "
            "(vaiko pirkimas arba pardavimas), kaip nurodė Generalinė prokuratūra.",
            "Pre-trial investigations under Criminal Code art. 157 (purchase or sale of a child) "
            "in progress at the time, as stated by the Prosecutor General's Office.",
        ),
        "investigations",
        "count",
        caveat=SNAPSHOT,
    ),
    _indicator(
        "victims_recognised_in_ongoing_investigations",
        "victims",
        (
            "Nukentėjusieji vykdomuose tyrimuose",
            "Victims recognised in ongoing investigations",
        ),
        (
            "Asmenys, pripažinti nukentėjusiais visuose tuo metu vykdomuose ikiteisminiuose "
            "tyrimuose dėl prekybos žmonėmis, kaip nurodė Generalinė prokuratūra.",
            "Persons granted victim status across all pre-trial investigations of trafficking in "
            "progress at the time, as stated by the Prosecutor General's Office.",
        ),
        "persons",
        "count",
        caveat=SNAPSHOT,
    ),
    _indicator(
        "suspects_in_ongoing_investigations",
        "investigations",
        ("Įtariamieji vykdomuose tyrimuose", "Suspects in ongoing investigations"),
        (
            "Įtariamieji visuose tuo metu vykdomuose ikiteisminiuose tyrimuose dėl prekybos "
            "žmonėmis, kaip nurodė Generalinė prokuratūra.",
            "Suspects across all pre-trial investigations of trafficking in progress at the "
            "time, as stated by the Prosecutor General's Office.",
        ),
        "persons",
        "count",
        caveat=SNAPSHOT,
    ),
    _indicator(
        "share_victims_exploited_in_lithuania",
        "victims",
        ("Lietuvoje išnaudotų aukų dalis", "Share of victims exploited in Lithuania"),
        (
            "Nukentėjusiųjų, išnaudotų Lietuvoje (ne užsienyje), dalis procentais, kaip nurodė "
            "VRM.",
            "Share of victims who were exploited in Lithuania (not abroad), in per cent, as "
            "stated by VRM.",
        ),
        "percent",
        "share",
        caveat=(
            "Pavienė reikšmė; metai sakinyje nenurodyti – pranešimas apžvelgia 2020 m. padėtį.",
            "A single value; the sentence gives no year – the release covers the 2020 situation.",
        ),
    ),
    # --- assistance ------------------------------------------------------------------------
    _indicator(
        "victims_assisted_by_ngos",
        "assistance",
        ("NVO pagalbą gavusios aukos", "Victims assisted by NGOs"),
        (
            "Prekybos žmonėmis aukos, kurioms per metus pagalbą suteikė nevyriausybinės "
            "organizacijos; šaltinis nenurodo, ar tik valstybės finansuojamos.",
            "Trafficking victims whom non-governmental organisations assisted in the year; the "
            "source does not say whether only government-funded ones.",
        ),
        "persons",
        "count",
        per_capita=True,
        caveat=AT_RISK_INCLUDED,
    ),
    _indicator(
        "new_victims_assisted_by_ngos",
        "assistance",
        ("Naujos NVO pagalbą gavusios aukos", "New victims assisted by NGOs"),
        (
            "Naujos prekybos žmonėmis aukos, kurioms per metus pagalbą suteikė nevyriausybinės "
            "organizacijos, kaip nurodė Seimo kontrolierė.",
            "New trafficking victims whom non-governmental organisations assisted in the year, "
            "as stated by the Seimas Ombudsperson.",
        ),
        "persons",
        "count",
        per_capita=True,
        caveat=AT_RISK_INCLUDED,
    ),
    _indicator(
        "ngo_kopzi_persons_worked_with",
        "assistance",
        ("Asmenys, su kuriais dirbo KOPŽI", "Persons KOPŽI worked with"),
        (
            "Nukentėję asmenys, su kuriais per metus dirbo VšĮ Kovos su prekyba žmonėmis ir "
            "išnaudojimu centras (KOPŽI).",
            "Affected persons the Centre against Human Trafficking and Exploitation (KOPŽI) "
            "worked with in the year.",
        ),
        "persons",
        "count",
        caveat=(KOPZI[0] + " " + INFERRED_YEAR[0], KOPZI[1] + " " + INFERRED_YEAR[1]),
    ),
    _indicator(
        "ngo_kopzi_victims_witnesses_supported_in_pretrial",
        "assistance",
        (
            "KOPŽI lydėti asmenys ikiteisminiuose tyrimuose",
            "Victims and witnesses KOPŽI supported in pre-trial investigations",
        ),
        (
            "Nukentėjusieji ir liudytojai, kuriuos KOPŽI per metus lydėjo ikiteisminiuose "
            "tyrimuose.",
            "Victims and witnesses whom KOPŽI supported in pre-trial investigations in the year.",
        ),
        "persons",
        "count",
        caveat=(KOPZI[0] + " " + INFERRED_YEAR[0], KOPZI[1] + " " + INFERRED_YEAR[1]),
    ),
    _indicator(
        "ngo_kopzi_victims_witnesses_supported_in_court",
        "assistance",
        (
            "KOPŽI lydėti asmenys teismo procesuose",
            "Victims and witnesses KOPŽI supported in court",
        ),
        (
            "Nukentėjusieji ir liudytojai, kuriuos KOPŽI per metus lydėjo teismo procesuose.",
            "Victims and witnesses whom KOPŽI supported in court proceedings in the year.",
        ),
        "persons",
        "count",
        caveat=(KOPZI[0] + " " + INFERRED_YEAR[0], KOPZI[1] + " " + INFERRED_YEAR[1]),
    ),
    _indicator(
        "ngo_caritas_kff_programme_victims_helped",
        "assistance",
        (
            "Caritas programos (Kazickų šeimos fondo remiamos dalies) pagalbą gavusios aukos",
            "Victims helped by the Caritas programme (Kazickas Family Foundation part)",
        ),
        (
            "Prekybos žmonėmis aukos, kurioms 2015–2017 m. padėjo Kazickų šeimos fondo remiama "
            "Lietuvos Caritas programos dalis.",
            "Trafficking victims helped in 2015–2017 by the part of the Caritas Lithuania "
            "programme that the Kazickas Family Foundation supported.",
        ),
        "persons",
        "count",
        caveat=(
            "Laikotarpio suma ir tik dalis Caritas programos; tai NVO medžiaga, ne valstybės "
            "statistika.",
            "A period total covering only part of the Caritas programme; NGO material, not state "
            "statistics.",
        ),
    ),
    _indicator(
        "victims_abroad_assisted_by_government",
        "assistance",
        ("Užsienyje URM padėtos aukos", "Victims abroad assisted by the Foreign Ministry"),
        (
            "Užsienyje išnaudotos Lietuvos prekybos žmonėmis aukos, kurioms Užsienio reikalų "
            "ministerija padėjo gauti dokumentus ar grįžti į Lietuvą.",
            "Lithuanian trafficking victims exploited abroad whom the Ministry of Foreign "
            "Affairs helped to obtain documents or return to Lithuania.",
        ),
        "persons",
        "count",
        caveat=REPORTING_PERIOD,
    ),
    _indicator(
        "victims_awarded_compensation",
        "assistance",
        ("Kompensaciją gavusios aukos", "Victims awarded compensation"),
        (
            "Prekybos žmonėmis aukos, kurios per metus gavo kompensaciją.",
            "Trafficking victims who received compensation in the year.",
        ),
        "persons",
        "count",
        caveat=REPORTING_PERIOD,
    ),
    _indicator(
        "victim_compensation_total",
        "assistance",
        ("Aukoms skirtų kompensacijų suma", "Total compensation to victims"),
        (
            "Bendra kompensacijų, kurias prekybos žmonėmis aukos gavo per metus, suma eurais.",
            "Total compensation received by trafficking victims in the year, in euro.",
        ),
        "EUR",
        "money",
        disclosure_class="non_personal",
        caveat=(
            "Apytikslė suma („apie 34 000 €“) iš JAV ataskaitos.",
            "An approximate amount ('about €34,000') from a US TIP report.",
        ),
    ),
    # --- funding ---------------------------------------------------------------------------
    _indicator(
        "state_budget_complex_assistance",
        "funding",
        (
            "Valstybės biudžeto lėšos kompleksinei pagalbai",
            "State budget for comprehensive assistance",
        ),
        (
            "Valstybės biudžeto lėšos, per metus numatytos kompleksinei pagalbai prekybos "
            "žmonėmis aukoms ir rizikos grupės asmenims, eurais, kaip nurodė VRM.",
            "State-budget money set aside in the year for comprehensive assistance to "
            "trafficking victims and persons at risk, in euro, as stated by VRM.",
        ),
        "EUR",
        "money",
        better="up",
        disclosure_class="non_personal",
        caveat=(
            "Numatyta (biudžetuota) suma. Lietuviškame VRM pranešimo tekste parašyta „240 100 "
            "tūkst. eurų“ – akivaizdi vieneto klaida; naudojama angliška versija (240 100 €). "
            "JAV ataskaita 2020 m. nurodo 245 000 €.",
            "A budgeted amount. The Lithuanian text of the VRM release prints '240 100 thousand "
            "euro' – an apparent unit typo; the English version (€240,100) is used. The US TIP "
            "report gives €245,000 for 2020.",
        ),
    ),
    _indicator(
        "gov_funding_victim_assistance",
        "funding",
        ("Valstybės finansavimas pagalbai aukoms", "Government funding for victim assistance"),
        (
            "Vyriausybės lėšos pagalbai prekybos žmonėmis aukoms, kaip jas nurodo ankstyvosios "
            "JAV ataskaitos (valiuta – kaip šaltinyje).",
            "Government money for assistance to trafficking victims as the early US TIP reports "
            "state it (currency as in the source).",
        ),
        "USD",
        "money",
        better="up",
        disclosure_class="non_personal",
        caveat=(
            "2008 m. suma JAV doleriais; 2009 m. ataskaita nurodo, kad finansavimas nebuvo "
            "skirtas (0, valiuta nenurodyta). Nepalyginama su vėlesne eilute eurais.",
            "2008 is in US dollars; the 2009 report says no funding was provided (0, currency not "
            "stated). Not comparable with the later series in euro.",
        ),
    ),
    _indicator(
        "local_gov_funding_victim_support",
        "funding",
        ("Savivaldybių lėšos pagalbai aukoms", "Local-government funding for victim support"),
        (
            "Savivaldybių per metus skirtos lėšos pagalbai prekybos žmonėmis aukoms, eurais, "
            "kaip nurodo JAV ataskaitos.",
            "Money local governments allotted to supporting trafficking victims in the year, in "
            "euro, as reported by the US TIP reports.",
        ),
        "EUR",
        "money",
        better="up",
        disclosure_class="non_personal",
        caveat=(
            REPORTING_PERIOD[0] + " 2019 m. savivaldybės lėšų skyrimo nenurodė (reikšmės nėra).",
            REPORTING_PERIOD[1] + " For 2019 local governments did not report allotting funds "
            "(no value).",
        ),
    ),
    _indicator(
        "sadm_victim_assistance_call_budget_planned",
        "funding",
        (
            "SADM konkursui numatytos lėšos pagalbai aukoms",
            "SADM call budget planned for victim assistance",
        ),
        (
            "Valstybės biudžeto lėšos, kurias Socialinės apsaugos ir darbo ministerija numatė "
            "metams skirti socialinės pagalbos prekybos žmonėmis aukoms ir galėjusiems nukentėti "
            "asmenims projektų atrankos konkursui, eurais.",
            "State-budget money the Ministry of Social Security and Labour planned for the "
            "year for its call for projects giving social assistance to persons who were or may "
            "have been trafficked, in euro.",
        ),
        "EUR",
        "money",
        better="up",
        disclosure_class="non_personal",
        caveat=(
            "Planuota suma, ne išleistos lėšos; finansuojamas vienas projektas.",
            "A planned amount, not actual spending; one project is funded.",
        ),
    ),
    _indicator(
        "mfa_repatriation_spending",
        "funding",
        ("URM išlaidos aukų grąžinimui", "Foreign Ministry spending on repatriation"),
        (
            "Užsienio reikalų ministerijos išlaidos prekybos žmonėmis aukoms grąžinti į "
            "Lietuvą, eurais.",
            "Spending of the Ministry of Foreign Affairs on repatriating trafficking victims to "
            "Lithuania, in euro.",
        ),
        "EUR",
        "money",
        disclosure_class="non_personal",
        caveat=REPORTING_PERIOD,
    ),
    # --- municipalities and capacity -------------------------------------------------------
    _indicator(
        "municipalities_not_implementing_antitrafficking_measures",
        "municipal",
        (
            "Savivaldybės, nevykdžiusios kovos su prekyba žmonėmis priemonių",
            "Municipalities implementing no anti-trafficking measures",
        ),
        (
            "Savivaldybių, kurios per metus nevykdė kovos su prekyba žmonėmis priemonių, "
            "skaičius pagal VRM situacijos apžvalgą.",
            "Number of municipalities that implemented no anti-trafficking measures in the "
            "year, according to the VRM situation review.",
        ),
        "municipalities",
        "count",
        better="down",
        disclosure_class="non_personal",
        caveat=(
            "Vieneri metai (2023); savivaldybės įvardytos atskirame požymyje.",
            "One year only (2023); the municipalities are named in a separate flag.",
        ),
    ),
    _indicator(
        "municipalities_able_to_accommodate_victims",
        "municipal",
        (
            "Savivaldybės, galinčios apgyvendinti aukas",
            "Municipalities able to accommodate victims",
        ),
        (
            "Savivaldybės, VRM apklausoje nurodžiusios, kad gali apgyvendinti prekybos "
            "žmonėmis aukas.",
            "Municipalities that said in the VRM survey that they can accommodate trafficking "
            "victims.",
        ),
        "municipalities",
        "count",
        better="up",
        disclosure_class="non_personal",
        caveat=SURVEY_2023,
    ),
    _indicator(
        "municipalities_unable_to_accommodate_victims",
        "municipal",
        (
            "Savivaldybės, negalinčios apgyvendinti aukų",
            "Municipalities unable to accommodate victims",
        ),
        (
            "Savivaldybės, VRM apklausoje nurodžiusios, kad neturi galimybės apgyvendinti "
            "prekybos žmonėmis aukų.",
            "Municipalities that said in the VRM survey that they cannot accommodate "
            "trafficking victims.",
        ),
        "municipalities",
        "count",
        better="down",
        disclosure_class="non_personal",
        caveat=SURVEY_2023,
    ),
    _indicator(
        "municipalities_approving_antitrafficking_working_groups",
        "municipal",
        (
            "Savivaldybės, patvirtinusios kovos su prekyba žmonėmis darbo grupes",
            "Municipalities approving anti-trafficking working groups",
        ),
        (
            "Savivaldybės, kurios per ataskaitinį laikotarpį patvirtino kovos su prekyba "
            "žmonėmis darbo grupių sudarymą, veiksmų planus ir vietinius nukreipimo "
            "mechanizmus.",
            "Municipalities that approved anti-trafficking working groups, action plans and "
            "local referral mechanisms in the reporting period.",
        ),
        "municipalities",
        "count",
        better="up",
        disclosure_class="non_personal",
        caveat=(
            REPORTING_PERIOD[0] + " Savivaldybės neįvardytos.",
            REPORTING_PERIOD[1] + " The municipalities are not named.",
        ),
    ),
    _indicator(
        "officials_trained_victim_identification",
        "capacity",
        (
            "Aukų atpažinimo mokymuose dalyvavę specialistai",
            "Officials trained in victim identification",
        ),
        (
            "Valstybės institucijų darbuotojai, dalyvavę mokymuose, kaip atpažinti prekybos "
            "žmonėmis aukas (pjūvis – institucija).",
            "Staff of public institutions who took part in training on identifying trafficking "
            "victims (broken down by institution).",
        ),
        "persons",
        "count",
        better="up",
        disclosure_class="non_personal",
        caveat=(
            "Tik vienos institucijos (Migracijos departamento) vieni mokymai 2019 m.; tai ne "
            "visų apmokytų pareigūnų skaičius.",
            "Only one training of one institution (the Migration Department) in 2019; not the "
            "number of all officials trained.",
        ),
    ),
    _indicator(
        "labour_inspections_at_risk_sectors",
        "capacity",
        (
            "Darbo inspekcijos patikrinimai rizikos sektoriuose",
            "Labour inspections in at-risk sectors",
        ),
        (
            "Valstybinės darbo inspekcijos patikrinimai žemės ūkio, statybos ir kituose "
            "prekybos žmonėmis rizikos sektoriuose.",
            "Inspections by the State Labour Inspectorate in agriculture, construction and other "
            "sectors at risk of trafficking.",
        ),
        "inspections",
        "count",
        better="up",
        disclosure_class="non_personal",
        caveat=REPORTING_PERIOD,
    ),
    _indicator(
        "labour_inspector_positions_created",
        "capacity",
        ("Įsteigtos darbo inspektorių pareigybės", "Labour inspector positions created"),
        (
            "Naujos Valstybinės darbo inspekcijos inspektorių pareigybės.",
            "New inspector positions created at the State Labour Inspectorate.",
        ),
        "positions",
        "count",
        better="up",
        disclosure_class="non_personal",
        caveat=REPORTING_PERIOD,
    ),
    _indicator(
        "ukrainians_employed_by_police_for_refugee_registration",
        "capacity",
        (
            "Policijos įdarbinti ukrainiečiai pabėgėliams registruoti",
            "Ukrainians employed by police for refugee registration",
        ),
        (
            "Ukrainiečiai, kuriuos policija įdarbino ir apmokė padėti registruoti karo "
            "pabėgėlius ir prisidėti prie prekybos žmonėmis prevencijos.",
            "Ukrainians whom the police employed and trained to help register war refugees and "
            "contribute to trafficking prevention.",
        ),
        "persons",
        "count",
        disclosure_class="non_personal",
        caveat=(
            "Šaltiniai nesutaria: 14 (JAV 2023 m. ataskaita) ir 13 (VRM ministro ataskaita).",
            "Sources disagree: 14 (TIP 2023) and 13 (VRM minister's report).",
        ),
    ),
    _indicator(
        "ukrainian_refugees_interviewed_by_police",
        "capacity",
        (
            "Policijos apklausti Ukrainos pabėgėliai",
            "Ukrainian refugees interviewed by police",
        ),
        (
            "Ukrainos pabėgėliai, kuriuos policijos pareigūnai apklausė (prekybos žmonėmis "
            "rizikai nustatyti), kaip nurodė VRM ministro ataskaita.",
            "Ukrainian refugees interviewed by police officers (to detect trafficking risks), "
            "as given in the VRM minister's report.",
        ),
        "persons",
        "count",
        disclosure_class="non_personal",
        caveat=(
            "Sukauptas skaičius ataskaitos metu (2022 m.), ne metinis.",
            "A cumulative figure at the time of the report (2022), not an annual count.",
        ),
    ),
    # --- municipal flags (sub-national file: 1 = the source names the municipality) ----------
    _indicator(
        "named_as_victim_recruitment_locality",
        "municipal",
        ("Įvardyta kaip aukų verbavimo vieta", "Named as a place where victims were recruited"),
        (
            "Vietovė, kurią VRM įvardijo kaip vietą, kur buvo verbuojami nukentėję asmenys "
            "(požymis priskirtas savivaldybei, kurioje ta vietovė yra).",
            "A locality that VRM named as a place where victims were recruited (the flag is "
            "assigned to the municipality that contains the locality).",
        ),
        "flag",
        "flag",
        disclosure_class="non_personal",
        caveat=(
            FLAG[0] + " Šaltinis mini miestus, ne savivaldybes, ir skaičių nepateikia.",
            FLAG[1] + " The source names towns, not municipalities, and gives no counts.",
        ),
    ),
    _indicator(
        "municipality_did_not_implement_antitrafficking_measures",
        "municipal",
        ("Savivaldybė nevykdė priemonių", "Municipality implemented no measures"),
        (
            "Savivaldybė, kurią VRM 2023 m. situacijos apžvalga įvardija kaip nevykdžiusią "
            "kovos su prekyba žmonėmis priemonių.",
            "A municipality that the VRM 2023 situation review names as having implemented no "
            "anti-trafficking measures.",
        ),
        "flag",
        "flag",
        better="down",
        disclosure_class="non_personal",
        caveat=FLAG,
    ),
    _indicator(
        "municipal_antitrafficking_coordination_body_established",
        "municipal",
        ("Įsteigta koordinavimo komisija", "Coordination body established"),
        (
            "Savivaldybės taryba įsteigė kovos su prekyba žmonėmis koordinavimo komisiją ar grupę.",
            "The municipal council set up an anti-trafficking coordination commission or group.",
        ),
        "flag",
        "flag",
        better="up",
        disclosure_class="non_personal",
        caveat=FLAG,
    ),
    _indicator(
        "municipal_antitrafficking_coordination_body_exists",
        "municipal",
        ("Veikia koordinavimo grupė", "Coordination body exists"),
        (
            "Šaltinis mini savivaldybėje veikiančią kovos su prekyba žmonėmis koordinavimo "
            "grupę ar komisiją.",
            "The source mentions an anti-trafficking coordination group or commission working "
            "in the municipality.",
        ),
        "flag",
        "flag",
        better="up",
        disclosure_class="non_personal",
        caveat=FLAG,
    ),
    _indicator(
        "municipal_antitrafficking_coordination_procedure_adopted",
        "municipal",
        ("Patvirtintas koordinavimo tvarkos aprašas", "Coordination procedure adopted"),
        (
            "Savivaldybės taryba patvirtino kovos su prekyba žmonėmis koordinavimo tvarkos aprašą.",
            "The municipal council adopted a procedure for coordinating anti-trafficking work.",
        ),
        "flag",
        "flag",
        better="up",
        disclosure_class="non_personal",
        caveat=FLAG,
    ),
    _indicator(
        "municipal_antitrafficking_action_plan_adopted",
        "municipal",
        ("Patvirtintas veiksmų planas", "Action plan adopted"),
        (
            "Savivaldybės kovos su prekyba žmonėmis koordinavimo darbo grupė patvirtino veiksmų "
            "planą.",
            "The municipality's anti-trafficking coordination working group approved an action "
            "plan.",
        ),
        "flag",
        "flag",
        better="up",
        disclosure_class="non_personal",
        caveat=FLAG,
    ),
    _indicator(
        "municipal_interinstitutional_coordinator_runs_antitrafficking_initiative",
        "municipal",
        (
            "Koordinatorius vykdo prevencijos iniciatyvą",
            "Coordinator runs a prevention initiative",
        ),
        (
            "Savivaldybės administracijos tarpinstitucinio bendradarbiavimo koordinatorius "
            "koordinuoja prekybos žmonėmis prevencijos iniciatyvą.",
            "The municipal administration's inter-institutional cooperation coordinator "
            "coordinates a trafficking-prevention initiative.",
        ),
        "flag",
        "flag",
        better="up",
        disclosure_class="non_personal",
        caveat=FLAG,
    ),
    _indicator(
        "municipal_coordination_model_presented_as_example",
        "municipal",
        (
            "Koordinavimo modelis pristatytas kaip pavyzdys",
            "Coordination model presented as an example",
        ),
        (
            "VRM renginyje savivaldybės kovos su prekyba žmonėmis koordinavimo modelis "
            "pristatytas kaip pavyzdys kitoms savivaldybėms.",
            "At a VRM event, the municipality's anti-trafficking coordination model was "
            "presented as an example for other municipalities.",
        ),
        "flag",
        "flag",
        better="up",
        disclosure_class="non_personal",
        caveat=FLAG,
    ),
    _indicator(
        "municipality_consulted_in_GRETA_second_round",
        "municipal",
        (
            "Numatytas susitikimas su GRETA antrojo vertinimo metu",
            "Due to meet GRETA in its second evaluation round",
        ),
        (
            "Savivaldybės atstovai, VRM pranešimu, turėjo susitikti su GRETA ekspertais antrojo "
            "vertinimo vizito metu (2018 m. birželis).",
            "Representatives of the municipality were due to meet GRETA experts during the "
            "second-round evaluation visit (June 2018), according to VRM.",
        ),
        "flag",
        "flag",
        disclosure_class="non_personal",
        caveat=FLAG,
    ),
    _indicator(
        "ngo_kopzi_assistance_centre_location",
        "municipal",
        ("KOPŽI pagalbos centro vieta", "KOPŽI assistance centre location"),
        (
            "Vietovė, kurioje veikia Kovos su prekyba žmonėmis ir išnaudojimu centro (KOPŽI, "
            "Lietuvos Caritas programa) pagalbos centras (požymis priskirtas savivaldybei, "
            "kurioje ta vietovė yra).",
            "A locality with an assistance centre of the Centre against Human Trafficking and "
            "Exploitation (KOPŽI, a Caritas Lithuania programme) (the flag is assigned to the "
            "municipality that contains the locality).",
        ),
        "flag",
        "flag",
        disclosure_class="non_personal",
        caveat=(
            FLAG[0] + " Šaltinis nedatuotas.",
            FLAG[1] + " The source is undated.",
        ),
    ),
    _indicator(
        "known_local_measures",
        "municipal",
        ("Žinomos vietos priemonės", "Known local measures"),
        (
            "Vietos prevencijos ir koordinavimo priemonės, rastos viešuose šaltiniuose "
            "(savivaldybių, policijos, spaudos ir NVO pranešimuose), vykdytos savivaldybėje "
            "tais metais. Suskaičiuota šios stebėsenos iš priemonių sąrašo; nacionalinės "
            "priemonės neįskaičiuotos.",
            "Local prevention and coordination measures found in public sources (municipal, "
            "police, press and NGO reports) that ran in the municipality that year. Counted by "
            "this dashboard from its register of measures; national measures are not counted.",
        ),
        "measures",
        "count",
        disclosure_class="non_personal",
        caveat=(
            "Skaičiuojamos tik viešuose šaltiniuose rastos priemonės. Jei savivaldybė be "
            "skaičiaus, tai reiškia, kad priemonių nerasta, o ne kad jų nebuvo. Spaudoje "
            "dažniau rašoma apie didesnių savivaldybių renginius.",
            "Only measures found in public sources are counted. A municipality without a count "
            "is one where none was found, not one shown to have had none. The press reports "
            "some places' events more often than others'.",
        ),
    ),
    _indicator(
        "police_led_coordination_group_exists",
        "municipal",
        ("Veikia policijos vadovaujama koordinavimo grupė", "Police-led coordination group exists"),
        (
            "Savivaldybėje veikia policijos komisariato vadovaujama kovos su prekyba žmonėmis "
            "koordinavimo darbo grupė, kurioje dalyvauja savivaldybės administracija.",
            "A police-led anti-trafficking coordination working group, with the municipal "
            "administration taking part, works in the municipality.",
        ),
        "flag",
        "flag",
        better="up",
        disclosure_class="non_personal",
        caveat=FLAG,
    ),
    _indicator(
        "no_coordination_group",
        "municipal",
        ("Koordinavimo grupės nėra", "No coordination group"),
        (
            "Šaltinis nurodo, kad savivaldybėje kovos su prekyba žmonėmis koordinavimo grupės "
            "nebuvo (policijai pavesta ją sudaryti).",
            "The source says the municipality had no anti-trafficking coordination group "
            "(the police were ordered to form one).",
        ),
        "flag",
        "flag",
        better="down",
        disclosure_class="non_personal",
        caveat=(
            FLAG[0] + " Būklė nurodyta 2012 m.; vėlesnė nežinoma.",
            FLAG[1] + " Status as of 2012; later status unknown.",
        ),
    ),
    _indicator(
        "need_social_risk_families_share",
        "need",
        ("Socialinės rizikos šeimų dalis", "Share of social-risk families"),
        (
            "Socialinės rizikos šeimų skaičius, padalytas iš savivaldybės gyventojų skaičiaus "
            "(kaip apibrėžta straipsnyje, SPIS duomenys). Poreikio kontekstas, ne prekybos "
            "žmonėmis rodiklis.",
            "Social-risk families divided by the municipal population (as the article defines "
            "it, SPIS data). Context for need, not a trafficking indicator.",
        ),
        "% of population",
        "share",
        disclosure_class="non_personal",
        caveat=(
            "Tik straipsnyje paminėtos savivaldybės, ne visos 60; spaudos pateikti duomenys.",
            "Only the municipalities the article names, not all 60; figures as the press gave "
            "them.",
        ),
    ),
    _indicator(
        "need_social_risk_families",
        "need",
        ("Socialinės rizikos šeimos", "Social-risk families"),
        (
            "Savivaldybėje įskaitoje esančių socialinės rizikos šeimų skaičius (SPIS). Poreikio "
            "kontekstas, ne prekybos žmonėmis rodiklis.",
            "Social-risk families registered in the municipality (SPIS). Context for need, not "
            "a trafficking indicator.",
        ),
        "families",
        "count",
        caveat=(
            "Tik straipsnyje paminėtos savivaldybės; metai nustatyti iš konteksto (2016).",
            "Only the municipalities the article names; the year is inferred from context (2016).",
        ),
    ),
    _indicator(
        "need_registered_unemployment",
        "need",
        ("Registruotas nedarbas", "Registered unemployment"),
        (
            "Užimtumo tarnyboje registruotų bedarbių dalis darbingo amžiaus gyventojų, nurodytą "
            "dieną. Poreikio kontekstas, ne prekybos žmonėmis rodiklis.",
            "Registered unemployed as a share of the working-age population on a given day "
            "(Employment Service). Context for need, not a trafficking indicator.",
        ),
        "% of working-age population",
        "share",
        disclosure_class="non_personal",
        caveat=(
            "Momentiniai skaičiai (2019 m. sausio 1 d., 2026 m. vasario 1 d.) tik straipsniuose "
            "paminėtoms savivaldybėms; 2019 m. data nustatyta iš konteksto.",
            "Point-in-time figures (1 Jan 2019, 1 Feb 2026) for the municipalities the articles "
            "name only; the 2019 date is inferred from context.",
        ),
    ),
]
