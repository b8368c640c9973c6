"""A small world: a seed of a few rows, written in code, built into a store by the real build.

Tests that read the real seed must follow it whenever a reviewer adds a figure, so they end
up checking what the code computes rather than what it should. The tests over this world
state their expectations literally: a change to data/seed/ cannot move them.

The world: Lithuania, Vilnius County and three of its municipalities (Vilnius city, Vilnius
district, Trakai district, by their official codes so that their names' cases and boundaries
are the real ones); three indicators, one with a breakdown by sex and one by age group; a
value two sources disagree on; municipal counts of which one is small enough to be hidden;
five measures of which two duplicate each other; two help numbers.

Everything below is invented for the tests, though shaped like the real seed (data/seed/README.md).
"""

import json
import os
from pathlib import Path

import pandas as pd

SOURCES = [
    {
        "source_id": "SW_VRM",
        "title": "Small world: trafficking statistics",
        "publisher": "Ministry of the Interior",
        "year": "2024",
        "url": "https://example.org/vrm-statistics",
        "licence": "CC BY 4.0",
        "tier": 1,
    },
    {
        "source_id": "SW_TIP",
        "title": "Small world: an international report",
        "publisher": "U.S. Department of State",
        "year": "2024",
        "url": "https://example.org/tip",
        "licence": "public domain",
        "tier": 2,
    },
    {
        "source_id": "SW_PRESS",
        "title": "Small world: a news agency's report",
        "publisher": "BNS",
        "year": "2024",
        "url": "https://example.org/bns",
        "licence": "all rights reserved",
        "tier": 3,
        "reports_lt": "Generalinės prokuratūros ataskaita",
        "reports_en": "the Prosecutor General's Office's report",
    },
    {
        "source_id": "SW_CENSUS",
        "title": "Small world: census 2021",
        "publisher": "State Data Agency",
        "year": "2021",
        "url": "https://example.org/census",
        "licence": "CC BY 4.0",
        "tier": 1,
    },
    {
        "source_id": "SW_PLAN",
        "title": "Small world: action plan",
        "publisher": "Ministry of the Interior",
        "year": "2022",
        "url": "https://example.org/plan",
        "licence": "CC BY 4.0",
        "tier": 1,
    },
    {
        "source_id": "SW_HELP",
        "title": "Small world: where to get help",
        "publisher": "Ministry of Foreign Affairs",
        "year": "2026",
        "url": "https://example.org/help",
        "licence": "CC BY 4.0",
        "tier": 1,
    },
]

AREAS = [
    {"code": "LT", "level": "country", "name_lt": "Lietuva", "name_en": "Lithuania"},
    {
        "code": "LT-VL",
        "level": "county",
        "name_lt": "Vilniaus apskritis",
        "name_en": "Vilnius County",
        "short_name_lt": "Vilniaus apskr.",
        "parent_code": "LT",
        "iso_3166_2": "LT-VL",
    },
    {
        "code": "13",
        "level": "municipality",
        "name_lt": "Vilniaus miesto savivaldybė",
        "name_en": "Vilnius City Municipality",
        "short_name_lt": "Vilniaus m. sav.",
        "kind": "city",
        "parent_code": "LT-VL",
    },
    {
        "code": "41",
        "level": "municipality",
        "name_lt": "Vilniaus rajono savivaldybė",
        "name_en": "Vilnius District Municipality",
        "short_name_lt": "Vilniaus r. sav.",
        "kind": "district",
        "parent_code": "LT-VL",
    },
    {
        "code": "79",
        "level": "municipality",
        "name_lt": "Trakų rajono savivaldybė",
        "name_en": "Trakai District Municipality",
        "short_name_lt": "Trakų r. sav.",
        "kind": "district",
        "parent_code": "LT-VL",
    },
]

# Round numbers, so that a rate per 100,000 is easy to check by hand.
POPULATION = {"13": 500_000, "41": 100_000, "79": 40_000, "LT-VL": 640_000, "LT": 2_800_000}


def _indicator(code: str, name_lt: str, name_en: str, unit: str) -> dict:
    # No sort order: the position in INDICATORS is the display order, as in indicators.toml.
    return {
        "code": code,
        "topic": "victims" if code.startswith("victims") else "courts",
        "name_lt": name_lt,
        "name_en": name_en,
        "definition_lt": f"{name_lt} per metus.",
        "definition_en": f"{name_en} in the year.",
        "unit": unit,
        "value_kind": "count",
        "per_capita": True,
        "disclosure_class": "personal",
    }


INDICATORS = [
    _indicator(
        "victims_officially_identified",
        "Oficialiai nustatytos prekybos žmonėmis aukos",
        "Victims officially identified",
        "persons",
    ),
    _indicator(
        "pretrial_investigations_started",
        "Pradėti ikiteisminiai tyrimai",
        "Pre-trial investigations started",
        "investigations",
    ),
    _indicator("persons_convicted", "Nuteisti asmenys", "Persons convicted", "persons"),
]


def _toml_value(value: object) -> str:
    """A TOML value: JSON's string escapes are TOML's, booleans are lower case."""
    return json.dumps(value, ensure_ascii=False)


def write_indicators(rows: list[dict], path: Path) -> None:
    """Indicators as data/seed/indicators.toml holds them: one [[indicator]] table each."""
    tables = [
        "[[indicator]]\n" + "".join(f"{key} = {_toml_value(value)}\n" for key, value in row.items())
        for row in rows
    ]
    path.write_text("\n".join(tables), encoding="utf-8")


def _observation(
    indicator: str,
    area: str,
    year: int,
    value: float,
    *,
    dimension: str = "none",
    category: str = "",
    source: str = "SW_VRM",
    unit: str = "persons",
) -> dict:
    return {
        "indicator_code": indicator,
        "area_code": area,
        "year": year,
        "period_type": "year",
        "period_label": str(year),
        "breakdown_dimension": dimension,
        "breakdown_category": category,
        "value": value,
        "unit": unit,
        "status": "published",
        "source_id": source,
        "source_locator": "table 1",
    }


VICTIMS = "victims_officially_identified"
CONVICTED = "persons_convicted"
INVESTIGATIONS = "pretrial_investigations_started"

# National victims 2020-2023, with children and adults in the last two years; the
# international report gives another figure for 2023 (it loses: tier 2 against tier 1).
# Municipal victims in 2023 add up to the county's and the country's (this world has one
# county): Vilnius district's 3 is a small count and is hidden, and so must be one more cell
# of the county's municipalities, or 3 could be worked out from the total.
OBSERVATIONS = [
    *[
        _observation(VICTIMS, "LT", year, value)
        for year, value in [(2020, 40), (2021, 45), (2022, 50), (2023, 60)]
    ],
    _observation(VICTIMS, "LT", 2023, 58, source="SW_TIP"),
    _observation(VICTIMS, "LT", 2022, 10, dimension="age_group", category="child"),
    _observation(VICTIMS, "LT", 2022, 40, dimension="age_group", category="adult"),
    _observation(VICTIMS, "LT", 2023, 12, dimension="age_group", category="child"),
    _observation(VICTIMS, "LT", 2023, 48, dimension="age_group", category="adult"),
    _observation(VICTIMS, "LT-VL", 2023, 60),
    _observation(VICTIMS, "13", 2023, 50),
    _observation(VICTIMS, "41", 2023, 3),
    _observation(VICTIMS, "79", 2023, 7),
    # Investigations only from the press, which names the official report it quotes.
    *[
        _observation(INVESTIGATIONS, "LT", year, value, unit="investigations", source="SW_PRESS")
        for year, value in [(2021, 28), (2022, 30), (2023, 25)]
    ],
    _observation(CONVICTED, "LT", 2022, 12),
    _observation(CONVICTED, "LT", 2023, 15),
    _observation(CONVICTED, "LT", 2023, 9, dimension="sex", category="men"),
    _observation(CONVICTED, "LT", 2023, 6, dimension="sex", category="women"),
]

INSTITUTIONS = [
    {"short_name": "VRM", "name_lt": "Vidaus reikalų ministerija", "name_en": "Ministry of the Interior", "kind": "ministry"},  # noqa: E501
    {"short_name": "PD", "name_lt": "Policijos departamentas", "name_en": "Police Department", "kind": "police"},  # noqa: E501
    {"short_name": "CARITAS", "name_lt": "Lietuvos Caritas", "name_en": "Lithuanian Caritas", "kind": "ngo"},  # noqa: E501
    {"short_name": "LDB", "name_lt": "Užimtumo tarnyba", "name_en": "Employment Service", "kind": "agency"},  # noqa: E501
]  # fmt: skip


def _measure(measure_id: str, title_lt: str, title_en: str, **fields: object) -> dict:
    return {
        "measure_id": measure_id,
        "plan": "Small world plan 2022-2024",
        "title_lt": title_lt,
        "title_en": title_en,
        "status": "completed",
        "source_id": "SW_PLAN",
        "source_locator": f"item {measure_id}",
        **fields,
    }


# Two duplicates, each one piece of work by two bodies in one place and year: SW-1 and SW-2
# (lectures for pupils in Vilnius), SW-4 and SW-6 (advice to job seekers in Vilnius district,
# where both run). SW-3 (training of professionals, national) and SW-5 (coordination in
# Trakai) duplicate nothing.
MEASURES = [
    _measure(
        "SW-1",
        "Prevencinės paskaitos mokiniams apie prekybą žmonėmis",
        "Prevention lectures for pupils on human trafficking",
        description_lt="Policijos pareigūnai mokyklose skaito paskaitas apie prekybą žmonėmis.",
        description_en="Police officers give lectures on human trafficking in schools.",
        measure_type="awareness",
        target_group="schoolchildren",
        start_year=2023,
        end_year=2023,
        lead_institution="PD",
        areas="13",
    ),
    _measure(
        "SW-2",
        "Paskaitos mokiniams apie prekybos žmonėmis pavojus",
        "Lectures for pupils on the dangers of human trafficking",
        description_lt="Mokyklose skaitomos paskaitos mokiniams apie prekybą žmonėmis.",
        description_en="Lectures on human trafficking for pupils in schools.",
        measure_type="awareness",
        target_group="schoolchildren",
        start_year=2023,
        end_year=2023,
        lead_institution="CARITAS",
        areas="13",
    ),
    _measure(
        "SW-3",
        "Mokymai policijos pareigūnams ir prokurorams",
        "Training of police officers and prosecutors",
        description_lt="Kaip atpažinti prekybos žmonėmis aukas ir su jomis elgtis.",
        description_en="How to identify victims of trafficking and how to treat them.",
        measure_type="training",
        target_group="professionals",
        start_year=2022,
        end_year=2024,
        budget_eur=12000,
        lead_institution="VRM",
        partner_institutions="PD",
        areas="LT",
        national=True,
    ),
    _measure(
        "SW-4",
        "Informacinė kampanija apie saugų darbą užsienyje",
        "Information campaign on safe work abroad",
        description_lt="Darbo ieškantiems asmenims – patarimai, kaip patikrinti darbo pasiūlymą.",
        description_en="Advice for job seekers on checking a job offer.",
        measure_type="awareness",
        target_group="job_seekers_abroad",
        start_year=2024,
        end_year=2024,
        lead_institution="LDB",
        areas="41;79",
    ),
    _measure(
        "SW-6",
        "Kampanija darbo ieškantiems: kaip saugiai dirbti užsienyje",
        "Campaign for job seekers: how to work abroad safely",
        description_lt="Patarimai darbo ieškantiems asmenims, kaip patikrinti darbo pasiūlymą.",
        description_en="Advice for people looking for work on checking a job offer.",
        measure_type="awareness",
        target_group="job_seekers_abroad",
        start_year=2024,
        end_year=2024,
        budget_eur=3000,
        lead_institution="VRM",
        areas="41",
    ),
    _measure(
        "SW-5",
        "Pagalbos aukoms koordinavimas",
        "Coordination of assistance to victims",
        description_lt="Savivaldybės ir nevyriausybinių organizacijų susitikimai.",
        description_en="Meetings of the municipality and non-governmental organisations.",
        measure_type="coordination",
        target_group="victims",
        start_year=2022,
        end_year=2022,
        lead_institution="CARITAS",
        areas="79",
    ),
]

HELP_CONTACTS = [
    {
        "contact_id": "EMERGENCY",
        "sort_order": 1,
        "name_lt": "Bendrasis pagalbos telefonas",
        "name_en": "Emergency number",
        "number": "112",
        "who_for": "anyone in danger now",
        "hours": "24/7",
        "source_id": "SW_HELP",
        "checked": "2026-01-15",
    },
    {
        "contact_id": "HOTLINE_LT",
        "sort_order": 2,
        "name_lt": "Pagalbos linija",
        "name_en": "Helpline",
        "number": "8 800 00000",
        "who_for": "possible victims and their relatives",
        "hours": "24/7",
        "source_id": "SW_HELP",
        "checked": "2026-01-15",
    },
]


def write_seed(folder: Path) -> Path:
    """The small world as seed CSVs in `folder`, in the format data/seed/ uses."""
    folder.mkdir(parents=True, exist_ok=True)
    population = [
        {
            "area_code": code,
            "year": 2021,
            "population": people,
            "reference_date": "2021-01-01",
            "source_id": "SW_CENSUS",
        }
        for code, people in POPULATION.items()
    ]
    areas = [{"source_id": "SW_CENSUS", **area} for area in AREAS]
    tables = {
        "sources": SOURCES,
        "areas": areas,
        "population": population,
        "institutions": INSTITUTIONS,
        "observations": OBSERVATIONS,
        "measures": MEASURES,
        "help_contacts": HELP_CONTACTS,
    }
    for name, rows in tables.items():
        pd.DataFrame(rows).to_csv(folder / f"{name}.csv", index=False)
    write_indicators(INDICATORS, folder / "indicators.toml")
    return folder


def build_small_world(folder: Path) -> Path:
    """The small world's store, built by the project's own build (disclosure and audit too).

    With archives of its own: a build records each release's cells for the next audit and
    replays archived submissions, and neither the steward's folders nor another test store's
    may leak into this world (or this world into them).
    """
    from prevention.build import build
    from prevention.release.archive import RELEASES_ENV, SUBMISSIONS_ENV

    seed = write_seed(folder / "seed")
    path = folder / "small_world.db"
    private = {RELEASES_ENV: folder / "releases", SUBMISSIONS_ENV: folder / "submissions"}
    saved = {name: os.environ.get(name) for name in private}
    os.environ.update({name: str(place) for name, place in private.items()})
    try:
        build(path, illustrative=False, seed_dir=seed)
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
    return path
