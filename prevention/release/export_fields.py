"""Bilingual descriptions of every exported table and field, for datapackage.json."""

TABLE_TEXTS = {
    "areas": {
        "en": "The country, its 10 counties and 60 municipalities.",
        "lt": "Šalis, 10 apskričių ir 60 savivaldybių.",
    },
    "population": {
        "en": "Resident population (2021 census).",
        "lt": "Nuolatiniai gyventojai (2021 m. surašymas).",
    },
    "indicators": {
        "en": "What each indicator measures, its unit and caveats.",
        "lt": "Ką matuoja kiekvienas rodiklis, jo vienetas ir išlygos.",
    },
    "sources": {
        "en": "Publications the figures come from, with reuse terms.",
        "lt": "Leidiniai, iš kurių paimti skaičiai, ir jų naudojimo sąlygos.",
    },
    "releases": {
        "en": "Every data release: when, what changed, row counts.",
        "lt": "Kiekvienas duomenų leidimas: kada, kas pasikeitė, eilučių skaičiai.",
    },
    "observations": {
        "en": "Indicator values by area, period and breakdown, one row per source.",
        "lt": "Rodiklių reikšmės pagal teritoriją, laikotarpį ir pjūvį; eilutė – šaltinis.",
    },
    "institutions": {
        "en": "Institutions that run prevention measures.",
        "lt": "Institucijos, vykdančios prevencijos priemones.",
    },
    "measures": {
        "en": "Prevention measures: type, target group, period, budget.",
        "lt": "Prevencijos priemonės: rūšis, tikslinė grupė, laikotarpis, biudžetas.",
    },
    "measure_institutions": {
        "en": "Lead and partner institutions of each measure.",
        "lt": "Kiekvienos priemonės vykdytojai ir partneriai.",
    },
    "measure_areas": {
        "en": "Where each measure runs (LT = the whole country).",
        "lt": "Kur vykdoma priemonė (LT – visa šalis).",
    },
    "unplaced_measures": {
        "en": "Real local measures whose year or place the source does not fix: listed, not "
        "charted, each with the reason.",
        "lt": "Tikros vietos priemonės, kurių metų ar vietos šaltinis nenurodo: išvardytos, bet "
        "nerodomos diagramose; prie kiekvienos – priežastis.",
    },
    "help_contacts": {
        "en": "Where to get help: numbers as their sources publish them, and when last checked.",
        "lt": "Kur kreiptis pagalbos: numeriai, kaip juos skelbia šaltiniai, ir kada tikrinti.",
    },
}

FIELD_TEXTS = {
    "accessed": {"en": "Date the source was accessed", "lt": "Šaltinio peržiūros data"},
    "area_code": {
        "en": "Area code (LT, county ISO code, municipality code)",
        "lt": "Teritorijos kodas (LT, apskrities ISO kodas, savivaldybės kodas)",
    },
    "area_km2": {"en": "Area, km²", "lt": "Plotas, km²"},
    "better": {"en": "Direction that counts as improvement", "lt": "Kuri kryptis laikoma gerėjimu"},
    "breakdown_category": {"en": "Breakdown category", "lt": "Pjūvio kategorija"},
    "breakdown_dimension": {
        "en": "Breakdown dimension (none, sex, age group…)",
        "lt": "Pjūvis (nėra, lytis, amžiaus grupė…)",
    },
    "budget_eur": {"en": "Budget, EUR", "lt": "Biudžetas, EUR"},
    "caveat_en": {"en": "Caveat (English)", "lt": "Išlyga (anglų k.)"},
    "caveat_lt": {"en": "Caveat (Lithuanian)", "lt": "Išlyga (lietuvių k.)"},
    "code": {"en": "Code", "lt": "Kodas"},
    "created_at": {"en": "Created at (UTC)", "lt": "Sukurta (UTC)"},
    "definition_en": {"en": "Definition (English)", "lt": "Apibrėžtis (anglų k.)"},
    "definition_lt": {"en": "Definition (Lithuanian)", "lt": "Apibrėžtis (lietuvių k.)"},
    "derivation": {"en": "How the value was derived", "lt": "Kaip gauta reikšmė"},
    "description": {"en": "Description", "lt": "Aprašymas"},
    "description_en": {"en": "Description (English)", "lt": "Aprašymas (anglų k.)"},
    "description_lt": {"en": "Description (Lithuanian)", "lt": "Aprašymas (lietuvių k.)"},
    "disclosure_class": {
        "en": "Personal or non-personal data",
        "lt": "Asmens ar ne asmens duomenys",
    },
    "end_year": {"en": "Last year", "lt": "Paskutiniai metai"},
    "file_name": {"en": "Submitted file", "lt": "Pateiktas failas"},
    "file_sha256": {"en": "SHA-256 of the submitted file", "lt": "Pateikto failo SHA-256"},
    "id": {"en": "Identifier", "lt": "Identifikatorius"},
    "illustrative": {
        "en": "Generated illustrative row (not official)",
        "lt": "Sugeneruota iliustracinė eilutė (neoficiali)",
    },
    "indicator_code": {"en": "Indicator code", "lt": "Rodiklio kodas"},
    "inferred": {
        "en": "Fields inferred rather than read from the source (;-separated)",
        "lt": "Laukai, nustatyti iš konteksto, o ne perskaityti šaltinyje (atskirti ;)",
    },
    "institution": {"en": "Institution (short name)", "lt": "Institucija (trumpas pavadinimas)"},
    "iso_3166_2": {"en": "ISO 3166-2 code", "lt": "ISO 3166-2 kodas"},
    "kind": {"en": "Kind", "lt": "Rūšis"},
    "label_lat": {"en": "Label point latitude", "lt": "Žymos taško platuma"},
    "label_lon": {"en": "Label point longitude", "lt": "Žymos taško ilguma"},
    "lead_institution": {"en": "Lead institution", "lt": "Atsakinga institucija"},
    "level": {
        "en": "Level (country, county, municipality)",
        "lt": "Lygmuo (šalis, apskritis, savivaldybė)",
    },
    "licence": {"en": "Licence or reuse terms", "lt": "Licencija ar naudojimo sąlygos"},
    "measure_id": {"en": "Measure identifier", "lt": "Priemonės identifikatorius"},
    "measure_type": {"en": "Measure type", "lt": "Priemonės rūšis"},
    "name_en": {"en": "Name (English)", "lt": "Pavadinimas (anglų k.)"},
    "name_lt": {"en": "Name (Lithuanian)", "lt": "Pavadinimas (lietuvių k.)"},
    "national": {"en": "Covers the whole country", "lt": "Apima visą šalį"},
    "note": {"en": "Note", "lt": "Pastaba"},
    "municipality": {"en": "Place as the source writes it", "lt": "Vieta, kaip ją nurodo šaltinis"},
    "nuts3": {"en": "NUTS 3 code", "lt": "NUTS 3 kodas"},
    "parent_code": {"en": "Parent area code", "lt": "Aukštesnės teritorijos kodas"},
    "per_capita": {
        "en": "Rate per 100,000 residents makes sense",
        "lt": "Prasminga skaičiuoti 100 000 gyventojų",
    },
    "period_label": {"en": "Period as published", "lt": "Laikotarpis, kaip paskelbta"},
    "period_type": {
        "en": "Period type (year, multi_year, snapshot, undated)",
        "lt": "Laikotarpio rūšis (metai, keli metai, momentinė, be datos)",
    },
    "plan": {"en": "Action plan or programme", "lt": "Veiksmų planas ar programa"},
    "population": {"en": "Resident population", "lt": "Nuolatiniai gyventojai"},
    "preferred": {
        "en": "Preferred value when sources disagree",
        "lt": "Pirmenybinė reikšmė, kai šaltiniai nesutaria",
    },
    "publisher": {"en": "Publisher", "lt": "Leidėjas"},
    "quote": {"en": "The source's sentence", "lt": "Šaltinio sakinys"},
    "reason": {"en": "Why it is not charted", "lt": "Kodėl nerodoma diagramose"},
    "reference_date": {"en": "Reference date", "lt": "Atskaitos data"},
    "reports_en": {
        "en": "Official publication a press item reports (English)",
        "lt": "Oficialus leidinys, kurio duomenis perteikia spauda (anglų k.)",
    },
    "reports_lt": {
        "en": "Official publication a press item reports (Lithuanian)",
        "lt": "Oficialus leidinys, kurio duomenis perteikia spauda (lietuvių k.)",
    },
    "release_id": {
        "en": "Data release that added the row",
        "lt": "Duomenų leidimas, kuriame eilutė pridėta",
    },
    "role": {"en": "Role (lead or partner)", "lt": "Vaidmuo (atsakinga ar partnerė)"},
    "row_counts": {"en": "Rows per table (JSON)", "lt": "Eilutės lentelėse (JSON)"},
    "rows_changed": {"en": "Rows changed", "lt": "Pakeistos eilutės"},
    "schema_version": {"en": "Schema version", "lt": "Schemos versija"},
    "short_name": {"en": "Short name", "lt": "Trumpas pavadinimas"},
    "short_name_lt": {"en": "Official short name", "lt": "Oficialus trumpas pavadinimas"},
    "sort_order": {"en": "Display order", "lt": "Rodymo tvarka"},
    "source_id": {"en": "Source identifier", "lt": "Šaltinio identifikatorius"},
    "source_ids": {"en": "Sources that mention it", "lt": "Ją minintys šaltiniai"},
    "source_locator": {
        "en": "Where in the source (table, page, paragraph); derived:pooled:… or "
        "derived:county for a sum the site computed from the source's figures",
        "lt": "Kur šaltinyje (lentelė, puslapis, pastraipa); derived:pooled:… arba "
        "derived:county – suma, kurią svetainė apskaičiavo iš šaltinio skaičių",
    },
    "start_year": {"en": "First year", "lt": "Pirmieji metai"},
    "status": {
        "en": "Status (published, suppressed, provisional, not_available, illustrative)",
        "lt": "Būsena (paskelbta, paslėpta, preliminari, nėra, iliustracinė)",
    },
    "target_group": {"en": "Target group", "lt": "Tikslinė grupė"},
    "tier": {
        "en": "Source tier (1 = official primary)",
        "lt": "Šaltinio lygis (1 – oficialus pirminis)",
    },
    "title": {"en": "Title", "lt": "Pavadinimas"},
    "title_en": {"en": "Title (English)", "lt": "Pavadinimas (anglų k.)"},
    "title_lt": {"en": "Title (Lithuanian)", "lt": "Pavadinimas (lietuvių k.)"},
    "topic": {"en": "Topic", "lt": "Tema"},
    "unit": {"en": "Unit", "lt": "Vienetas"},
    "url": {"en": "Web address", "lt": "Interneto adresas"},
    "value": {
        "en": "Value (empty when suppressed or not available)",
        "lt": "Reikšmė (tuščia, kai paslėpta ar nėra)",
    },
    "value_kind": {
        "en": "Kind of value (count, rate, money, flag…)",
        "lt": "Reikšmės rūšis (skaičius, rodiklis, pinigai, požymis…)",
    },
    "year": {"en": "Year", "lt": "Metai"},
    # help_contacts
    "contact_id": {"en": "Contact code", "lt": "Kontakto kodas"},
    "number": {"en": "Telephone number as published", "lt": "Telefono numeris, kaip skelbiamas"},
    "who_for": {"en": "Whom the number is for", "lt": "Kam skirtas numeris"},
    "hours": {"en": "When it answers", "lt": "Kada atsiliepia"},
    "languages": {"en": "Languages it answers in", "lt": "Kalbos, kuriomis atsiliepia"},
    "run_by": {"en": "Who runs it", "lt": "Kas jį administruoja"},
    "source_quote": {"en": "The source's own words", "lt": "Šaltinio žodžiai"},
    "checked": {
        "en": "Date last checked against the source",
        "lt": "Data, kada paskutinį kartą tikrinta pagal šaltinį",
    },
}
