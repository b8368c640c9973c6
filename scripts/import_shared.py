"""Convert the collected public figures and geo reference tables into data/seed/*.csv.

Run from the repository root: `python scripts/import_shared.py [SHARED_DATA_DIR]`.
Facts carry over unchanged with their source, locator and note; nothing is estimated,
interpolated or summed except county and national population (additive census counts).
"""

import re
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))
from indicator_texts import INDICATORS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed"
SHARED = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "data"

TIER_1 = ("ETAR_", "ESEIMAS_", "VRM_", "SAKIAI_", "PRIENAI_", "VILNIUS_", "MIGRACIJA_")
TIER_2 = ("TIP", "COE_", "EC_", "EUROSTAT_", "EUCPN_")
TIER_4 = (
    "WIKI_", "KFF_", "ANTITRAFFICKING_", "IOM_", "KSPPC", "BSR_", "STOPVAW_", "MVCR_",
    "BALTNEWS_", "LIBERTIES_",
)  # fmt: skip
# Where the collected measure wording names a type or a group, the catalogue code it maps to.
MEASURE_TYPES = [
    ("victim assistance", "victim_assistance"),
    ("awareness", "awareness"),
    ("training", "training"),
    ("research", "research"),
    ("hotline", "hotline"),
    ("coordination", "coordination"),
    ("investigation", "coordination"),
]
TARGET_GROUPS = [
    ("diaspora", "diaspora"),
    ("Lithuanians living", "diaspora"),
    ("victims", "victims"),
    ("municipalities", "municipalities"),
    ("police", "professionals"),
    ("specialists", "professionals"),
    ("state institutions", "professionals"),
    ("general", "general_public"),
]
# Localities the sources print without saying which municipality; the town's own municipality.
LOCALITIES = {
    "Vilnius": "13", "Kaunas": "19", "Klaipėda": "21", "Panevėžys": "27", "Šiauliai": "29",
    "Marijampolė": "18", "Tauragė": "77", "Mažeikiai": "61", "Zarasai": "43", "Šalčininkai": "85",
}  # fmt: skip


def tier(source_id: str) -> int:
    """The documented preference tier of a source (see data/seed/README.md)."""
    if source_id.startswith(TIER_1):
        return 1
    if source_id.startswith(TIER_2):
        return 2
    if source_id.startswith(TIER_4):
        return 4
    return 3


def sources(figures: Path) -> pd.DataFrame:
    """Every cited source plus the geo and census sources, each with its tier."""
    frame = pd.read_csv(figures / "sources.csv", dtype=str)
    frame["tier"] = frame["source_id"].map(tier)
    extra = pd.DataFrame(
        [
            {
                "source_id": "REGISTRU_CENTRAS_BOUNDARIES",
                "title": "Address Register spatial data: municipalities and counties "
                "(via github.com/govlt/powerbi-map-lt, commit 6b0453db)",
                "publisher": "VĮ Registrų centras",
                "year": "2022",
                "url": "https://www.registrucentras.lt/p/1187",
                "licence": "CC BY 4.0; © VĮ Registrų centras; modified (simplified) by "
                "Prevention Monitor",
                "tier": 1,
            },
            {
                "source_id": "CENSUS2021_OSP_S3R778",
                "title": "2021 Population and Housing Census, resident population by "
                "municipality (OSP flow S3R778_GBS010306_1)",
                "publisher": "State Data Agency (Statistics Lithuania), Official Statistics Portal",
                "year": "2021",
                "url": "https://osp.stat.gov.lt",
                "licence": "Reuse with the source named (State Data Agency / osp.stat.gov.lt)",
                "tier": 1,
            },
            {
                "source_id": "CENSUS2021_CITYPOP",
                "title": "Lithuania: administrative division, Population Census 2021-01-01 "
                "(compiles Statistics Lithuania figures)",
                "publisher": "citypopulation.de",
                "year": "2021",
                "url": "https://www.citypopulation.de/php/lithuania-admin.php",
                "licence": "Figures by Statistics Lithuania; cite the State Data Agency",
                "tier": 3,
            },
            {
                "source_id": "DERIVED_POPULATION_SUM",
                "title": "Sum of the 60 municipal 2021 census counts (county and country)",
                "publisher": "Prevention Monitor",
                "year": "2021",
                "url": "",
                "licence": "Derived from the census sources above",
                "tier": 1,
            },
        ]
    )
    return pd.concat([frame, extra], ignore_index=True)


def areas(geo: Path) -> pd.DataFrame:
    """The country, its counties (ISO codes) and municipalities (official codes)."""
    municipalities = pd.read_csv(geo / "municipalities.csv", dtype={"code": str})
    rows = [
        {"code": "LT", "level": "country", "name_lt": "Lietuva", "name_en": "Lithuania",
         "iso_3166_2": "LT", "source_id": "REGISTRU_CENTRAS_BOUNDARIES"}
    ]  # fmt: skip
    counties = municipalities.groupby(["county_iso", "county", "county_en", "nuts3"]).size()
    for (iso, name_lt, name_en, nuts3), _ in counties.items():
        rows.append(
            {"code": iso, "level": "county", "name_lt": name_lt, "name_en": name_en,
             "parent_code": "LT", "iso_3166_2": iso, "nuts3": nuts3,
             "source_id": "REGISTRU_CENTRAS_BOUNDARIES"}
        )  # fmt: skip
    for row in municipalities.itertuples(index=False):
        rows.append(
            {"code": row.code, "level": "municipality", "name_lt": row.name_lt,
             "name_en": row.name_en, "short_name_lt": row.name_lt_short, "kind": row.kind,
             "parent_code": row.county_iso, "iso_3166_2": row.iso_3166_2, "nuts3": row.nuts3,
             "label_lon": row.label_lon, "label_lat": row.label_lat,
             "area_km2": row.area_km2_rc_2022, "source_id": "REGISTRU_CENTRAS_BOUNDARIES"}
        )  # fmt: skip
    return pd.DataFrame(rows)


def population(geo: Path, area_table: pd.DataFrame) -> pd.DataFrame:
    """Municipal 2021 census counts as published, plus county and country sums."""
    census = pd.read_csv(geo / "population.csv", dtype={"code": str})
    frame = census.rename(columns={"code": "area_code"})[
        ["area_code", "year", "population", "reference_date", "source_id"]
    ]
    parents = area_table.set_index("code")["parent_code"]
    by_county = frame.assign(area_code=frame["area_code"].map(parents))
    sums = by_county.groupby("area_code", as_index=False)["population"].sum()
    sums = pd.concat([sums, pd.DataFrame([{"area_code": "LT",
                                           "population": frame["population"].sum()}])])  # fmt: skip
    sums = sums.assign(
        year=2021,
        reference_date="2021-01-01",
        derivation="sum of municipal 2021 census counts",
        source_id="DERIVED_POPULATION_SUM",
    )
    assert int(frame["population"].sum()) == 2_810_761, "census total changed"
    return pd.concat([frame, sums], ignore_index=True)


def period(year: str) -> tuple[object, str, str]:
    """(year, period_type, period_label) for the ways the collected rows write a year."""
    year = year.strip()
    if re.fullmatch(r"\d{4}", year):
        return int(year), "year", year
    if match := re.fullmatch(r"(\d{4})-(\d{4})", year):
        return int(match.group(2)), "multi_year", year
    if match := re.fullmatch(r"(\d{4}) \(as of Aug\)", year):
        return int(match.group(1)), "snapshot", f"{match.group(1)}-08"
    if year == "n.d.":
        return None, "undated", "n.d."
    raise ValueError(f"unknown year form {year!r}")


def observations(figures: Path, area_table: pd.DataFrame) -> pd.DataFrame:
    """National rows (area LT) and the named-municipality flags, with sources and notes."""
    national = pd.read_csv(figures / "national_indicators.csv", dtype=str, keep_default_na=False)
    national["area_code"] = "LT"
    local = pd.read_csv(figures / "subnational_indicators.csv", dtype=str, keep_default_na=False)
    by_name = dict(zip(area_table["name_lt"], area_table["code"], strict=True))
    codes, notes = [], []
    for row in local.itertuples(index=False):
        if row.area_name in by_name:
            codes.append(by_name[row.area_name])
            notes.append(row.note)
        else:
            code = LOCALITIES[row.area_name]
            codes.append(code)
            notes.append(
                f"{row.note} Locality '{row.area_name}' mapped to municipality {code} by this "
                "project.".strip()
            )
    local["area_code"], local["note"] = codes, notes
    frame = pd.concat([national, local.drop(columns=["area_name"])], ignore_index=True)
    parsed = frame["year"].map(period)
    frame["year"] = [p[0] for p in parsed]
    frame["period_type"] = [p[1] for p in parsed]
    frame["period_label"] = [p[2] for p in parsed]
    frame["value"] = pd.to_numeric(frame["value"].replace("", None))
    frame["status"] = frame["value"].isna().map({True: "not_available", False: "published"})
    frame = frame.rename(
        columns={"indicator": "indicator_code", "breakdown_value": "breakdown_category"}
    )
    frame.loc[frame["breakdown_dimension"] == "none", "breakdown_category"] = ""
    frame["year"] = frame["year"].astype("Int64")
    columns = [
        "indicator_code", "area_code", "year", "period_type", "period_label",
        "breakdown_dimension", "breakdown_category", "value", "unit", "status", "source_id",
        "source_locator", "note",
    ]  # fmt: skip
    return frame[columns]


def indicators(observation_table: pd.DataFrame) -> pd.DataFrame:
    """The authored metadata of every indicator code the observations use, in use order."""
    used = list(dict.fromkeys(observation_table["indicator_code"]))
    missing = [code for code in used if code not in INDICATORS]
    assert not missing, f"no metadata for {missing}"
    rows = []
    for order, code in enumerate(INDICATORS, start=1):
        if code not in used:
            continue
        topic, name_lt, name_en, def_lt, def_en, unit, kind, per_capita, better, klass, caveat = (
            INDICATORS[code]
        )
        rows.append(
            {"code": code, "topic": topic, "name_lt": name_lt, "name_en": name_en,
             "definition_lt": def_lt, "definition_en": def_en, "unit": unit, "value_kind": kind,
             "per_capita": per_capita, "better": better, "disclosure_class": klass,
             "caveat_lt": caveat[0], "caveat_en": caveat[1], "sort_order": order}
        )  # fmt: skip
    return pd.DataFrame(rows)


def institutions(figures: Path) -> pd.DataFrame:
    """Institutions with a normalised kind and the source ids their note cites."""
    frame = pd.read_csv(figures / "institutions.csv", dtype=str, keep_default_na=False)
    frame["kind"] = frame["kind"].str.lower()
    known = set(pd.read_csv(figures / "sources.csv", dtype=str)["source_id"])
    frame["source_ids"] = frame["note"].map(
        lambda note: ";".join(s for s in re.findall(r"[A-Z][A-Za-z0-9_\-]+", note) if s in known)
    )
    generic = pd.DataFrame(
        [
            {"short_name": "municipalities", "name_lt": "Savivaldybės",
             "name_en": "Municipalities", "kind": "municipality",
             "note": "Generic actor: the source names no specific municipality"},
            {"short_name": "NGOs", "name_lt": "Nevyriausybinės organizacijos",
             "name_en": "Non-governmental organisations", "kind": "ngo",
             "note": "Generic actor: the source names no specific NGO"},
        ]
    )  # fmt: skip
    return pd.concat([frame, generic], ignore_index=True)


def measures(figures: Path) -> pd.DataFrame:
    """The collected measures with catalogue codes for type and target group."""
    frame = pd.read_csv(figures / "measures.csv", dtype=str, keep_default_na=False)
    rows = []
    for index, row in enumerate(frame.itertuples(index=False), start=1):
        start, end = _years(row.start), _years(row.end) or _years(row.start)
        actors = [a.strip() for a in row.institutions.split(";") if a.strip()]
        is_plan = row.measure_id == "PLAN"
        measure_id = f"PLAN-{start}-{end}" if is_plan else f"SEED-{index:02d}"
        rows.append(
            {
                "measure_id": measure_id,
                "plan": row.plan,
                "code": None if is_plan or row.measure_id.startswith("(") else row.measure_id,
                "title_lt": row.title_lt or None,
                "title_en": row.title_en or None,
                "description_lt": None,
                "description_en": None,
                "measure_type": _code(row.measure_type, MEASURE_TYPES),
                "target_group": _code(row.target_group, TARGET_GROUPS),
                "start_year": start,
                "end_year": end,
                "budget_eur": row.budget_eur or None,
                "status": "completed" if end and end < 2026 else "unknown",
                "lead_institution": actors[0] if actors else None,
                "partner_institutions": ";".join(actors[1:]),
                "areas": "LT",
                "source_id": row.source_id,
                "source_locator": row.source_locator,
                "note": f"{row.note} Original type: '{row.measure_type}'; original target "
                f"group: '{row.target_group}'; original dates: '{row.start}'–'{row.end}'.",
            }
        )
    return pd.DataFrame(rows)


def _years(text: str) -> int | None:
    """The first four-digit year in a date cell ("2017-09", "2020-2022 (exact date n/a)")."""
    match = re.search(r"\d{4}", text)
    return int(match.group()) if match else None


def _code(text: str, table: list[tuple[str, str]]) -> str:
    """The first catalogue code whose wording appears in the collected text."""
    for wording, code in table:
        if wording.lower() in text.lower():
            return code
    raise ValueError(f"no code for {text!r}")


def main() -> None:
    """Write every seed file and print the row counts."""
    figures, geo = SHARED / "figures", SHARED / "geo"
    area_table = areas(geo)
    observation_table = observations(figures, area_table)
    tables = {
        "sources": sources(figures),
        "areas": area_table,
        "population": population(geo, area_table),
        "indicators": indicators(observation_table),
        "observations": observation_table,
        "institutions": institutions(figures),
        "measures": measures(figures),
    }
    SEED.mkdir(parents=True, exist_ok=True)
    for name, frame in tables.items():
        frame.to_csv(SEED / f"{name}.csv", index=False, encoding="utf-8")
        print(f"{name}: {len(frame)} rows")


if __name__ == "__main__":
    main()
