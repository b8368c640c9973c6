"""Convert the collected public figures and geo reference tables into data/seed/*.csv.

Run from anywhere: `python scripts/import_shared.py [SHARED_DATA_DIR]` (default: the
`shared/data` folder beside the repository). It reads `figures/` (FINDINGS.md explains the
columns) and `geo/` (SOURCES.md) and rewrites every seed file; running it twice gives the same
bytes.

Rules (data/seed/README.md): facts carry over unchanged, each row with its source, locator and
note; nothing is estimated, interpolated or summed, except county and national population,
which are sums of the 60 municipal 2021 census counts (census counts are additive). A missing
year stays missing. Every decision this script makes beyond copying (tiers, locality mapping,
measure type and target group codes, measure ids) is spelled out below and noted in the row.
"""

import re
import sys
import unicodedata
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(Path(__file__).resolve().parent)]
from cited_acts import birstonas_procedure, cited_sources, source_to_acts  # noqa: E402
from local_actors import Actors  # noqa: E402
from local_counts import SOURCE as COUNTED_SOURCE  # noqa: E402
from local_counts import local_measure_counts  # noqa: E402
from local_figures import local_figures  # noqa: E402
from local_measures import local_measures  # noqa: E402
from local_sources import local_sources  # noqa: E402
from press_reports import REPORTS  # noqa: E402

from prevention.store.models import (  # noqa: E402
    BREAKDOWN_DIMENSIONS,
    INSTITUTION_KINDS,
    MEASURE_TYPES,
    TARGET_GROUPS,
    VALUE_KINDS,
)
from prevention.web.public_urls import public_url  # noqa: E402

SEED = ROOT / "data" / "seed"
SHARED = ROOT.parent / "shared" / "data"
CENSUS_TOTAL_2021 = 2_810_761  # published national 2021 census total

# ---------------------------------------------------------------------------------------------
# Source tiers, decided from the publisher (first matching rule wins; an unknown publisher
# stops the script so that somebody decides). Press comes first: a newspaper or portal stays
# press even when it reprints a ministry's release or a Council of Europe press release.
TIER_RULES: list[tuple[int, str, tuple[str, ...]]] = [
    (4, "press item on unofficial data (IOM CTDC counts)", ("Baltnews",)),
    (
        3,
        "press, portal or other secondary publication of official figures",
        (
            "The Baltic Times", "L24.lt", "Anglija.lt", "LRT.lt", "tevzib.com", "Ukmergietis.lt",
            "Šilutės naujienos", "tv3.lt", "lrytas.lt", "diena.lt", "Lietuvos žinios",
            "Delfi.lt", "3sektorius.lt", "Šilokarčema", "Etaplius.lt", "Kurier Wileński",
            "Bernardinai.lt", "Slaptai.lt", "LSM (Latvian Public Broadcasting)", "Anykšta",
            "Mirage News", "mvcr.cz", "citypopulation.de",
        ),
    ),
    (
        2,
        "US TIP report (also its Refworld, ecoi.net or verbatim reprint copy), Council of "
        "Europe / GRETA, European Commission and EU bodies",
        (
            "U.S. Department of State", "Council of Europe", "European Commission", "Eurostat",
            "European Crime Prevention Network",
        ),
    ),
    (
        1,
        "Lithuanian official publication: legal acts (TAR, e-seimas), Seimas, ministries, "
        "their agencies, municipalities, Registrų centras, State Data Agency",
        (
            "Register of Legal Acts", "e-seimas.lrs.lt", "Seimas of the Republic of Lithuania",
            "Vidaus reikalų ministerija", "Migracijos departamentas", "savivaldybė",
            "Registrų centras", "State Data Agency",
        ),
    ),
    (
        4,
        "encyclopaedia, NGO, foundation, church, project website or unofficial compilation",
        (
            "Wikipedia", "Liberties.eu", "Kazickas Family Foundation", "StopVAW", "KOPŽI",
            "Klaipėdos socialinės ir psichologinės pagalbos centras", "IOM Vilnius office",
            "Vilnius Archdiocese", "CBSS TF-THB", "Prevention Monitor",
        ),
    ),
]  # fmt: skip

# The geo and census sources (geo/SOURCES.md §2), which the figures' sources.csv does not hold.
GEO_SOURCES = [
    {
        "source_id": "REGISTRU_CENTRAS_BOUNDARIES",
        "title": "Address Register spatial data: municipalities and counties (codes, names, "
        "NUTS 3, official areas), via github.com/govlt/powerbi-map-lt at commit 6b0453db",
        "publisher": "VĮ Registrų centras",
        "year": "2022",
        "url": "https://www.registrucentras.lt/p/1187",
        "licence": "CC BY 4.0. Attribution: Municipal and county boundaries: © VĮ Registrų "
        "centras, Address Register spatial data, CC BY 4.0 (via github.com/govlt/powerbi-map-lt); "
        "modified (reassembled, simplified, reprojected).",
    },
    {
        "source_id": "CENSUS2021_OSP_S3R778",
        "title": "2021 Population and Housing Census: resident population by municipality "
        "(OSP SDMX flow S3R778_GBS010306_1), read from go-bayes/places-of-worship "
        "apps/regions/lt/data/area_summary_municipality.csv at commit 5b3a469a",
        "publisher": "State Data Agency (Statistics Lithuania), Official Statistics Portal",
        "year": "2021",
        "url": "https://osp.stat.gov.lt",
        "licence": "Reuse with the source named: 'Population: State Data Agency (Statistics "
        "Lithuania), 2021 Population and Housing Census.' No named open licence verified.",
    },
    {
        "source_id": "CENSUS2021_CITYPOP",
        "title": "Lithuania: administrative division, column 'Population Census 2021-01-01' "
        "(compiles Statistics Lithuania figures)",
        "publisher": "citypopulation.de (compiling State Data Agency census figures)",
        "year": "2021",
        "url": "https://www.citypopulation.de/php/lithuania-admin.php",
        "licence": "Figures by the State Data Agency (Statistics Lithuania); cite the census",
    },
    {
        "source_id": "DERIVED_POPULATION_SUM",
        "title": "County and national 2021 population: sums of the 60 municipal 2021 census "
        "counts (the national sum equals the published census total, 2,810,761)",
        "publisher": "Prevention Monitor (derived from CENSUS2021_OSP_S3R778 and "
        "CENSUS2021_CITYPOP)",
        "year": "2021",
        "url": "",
        "licence": "Derived from the census sources; cite the State Data Agency",
    },
]
BOUNDARIES = "REGISTRU_CENTRAS_BOUNDARIES"
POPULATION_SUM = "DERIVED_POPULATION_SUM"

# ---------------------------------------------------------------------------------------------
# Localities that sources print as bare town names, with the genitive that starts the names of
# the municipalities around them. The town lies in the city municipality where one exists,
# else in the one other municipality of that name (district or plain municipality).
LOCALITY_GENITIVE = {
    "Vilnius": "Vilniaus", "Kaunas": "Kauno", "Klaipėda": "Klaipėdos", "Panevėžys": "Panevėžio",
    "Šiauliai": "Šiaulių", "Marijampolė": "Marijampolės", "Tauragė": "Tauragės",
    "Mažeikiai": "Mažeikių", "Zarasai": "Zarasų", "Šalčininkai": "Šalčininkų",
}  # fmt: skip

# ---------------------------------------------------------------------------------------------
# Measures: the collected wording -> the catalogue code of the primary (first-named) type and
# target group. The original wording goes into the note.
MEASURE_TYPE_CODES = {
    "coordination (programme)": "coordination",
    "coordination (programme task)": "coordination",
    "coordination (action plan)": "coordination",
    "coordination (budget programme measure)": "coordination",
    "coordination": "coordination",
    "coordination; research/data": "coordination",
    "coordination; training of professionals": "coordination",
    "coordination; victim assistance; awareness/prevention": "coordination",
    "investigation; coordination": "coordination",  # "investigation" is no prevention type
    "awareness/prevention": "awareness",
    "awareness/prevention; training of professionals": "awareness",
    "victim assistance": "victim_assistance",
}
TARGET_GROUP_CODES = {
    "general": "general_public",
    "general public; social-service specialists in 15 municipalities": "general_public",
    "specialists; victims of trafficking and forced prostitution": "professionals",
    "police, prosecutors, social services, municipalities": "professionals",
    "state institutions, GP, NTA, municipalities, NGOs, IOM Vilnius office": "professionals",
    "municipalities": "municipalities",
    "Lithuanian diaspora communities abroad": "diaspora",
    "Lithuanian diaspora organisations abroad": "diaspora",
    "Lithuanians living in the UK": "diaspora",
    "victims; state and municipal officials encountering possible victims; returnees from "
    "abroad": "victims",
    "victims and presumed/at-risk victims of trafficking": "victims",
    "victims and at-risk persons; NGOs/associations with >=1 year experience": "victims",
    "victims; communities; parishes": "victims",
}
# Generic actors measures.csv names where the source names no specific body (FINDINGS §2).
GENERIC_ACTORS = {
    "municipalities": ("Savivaldybės", "Municipalities", "municipality"),
    "NGOs": ("Nevyriausybinės organizacijos", "Non-governmental organisations", "ngo"),
}

OBSERVATION_COLUMNS = [
    "indicator_code", "area_code", "year", "period_type", "period_label",
    "breakdown_dimension", "breakdown_category", "value", "unit", "status", "source_id",
    "source_locator", "note",
]  # fmt: skip
OBSERVATION_KEY = [
    "indicator_code", "area_code", "period_type", "period_label", "breakdown_dimension",
    "breakdown_category", "unit", "source_id",
]  # fmt: skip


def read(path: Path, **options: object) -> pd.DataFrame:
    """A collected CSV with every cell as text and empty cells as "" (nothing reinterpreted)."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig", **options)


# --- sources --------------------------------------------------------------------------------
def tier(publisher: str) -> int:
    """The README tier of a publisher, from TIER_RULES."""
    for level, _why, names in TIER_RULES:
        if any(name in publisher for name in names):
            return level
    raise ValueError(f"no tier rule for publisher {publisher!r}: add one to TIER_RULES")


def sources(figures: Path) -> pd.DataFrame:
    """Every source the figures cite, plus the geo and census sources, each with its tier."""
    frame = pd.concat([read(figures / "sources.csv"), pd.DataFrame(GEO_SOURCES)])
    frame["tier"] = frame["publisher"].map(tier)
    frame["accessed"] = ""  # access dates were not recorded
    assert frame["source_id"].is_unique
    columns = ["source_id", "title", "publisher", "year", "url", "licence", "tier", "accessed"]
    return frame[columns].reset_index(drop=True)


# --- areas and population -------------------------------------------------------------------
def areas(geo: Path) -> pd.DataFrame:
    """The country, its 10 counties (ISO codes) and 60 municipalities (official codes)."""
    municipalities = read(geo / "municipalities.csv")
    upstream = read(geo / "upstream" / "LT-apskritys-districts.csv", sep=";")
    # Official county area: APS_PLOTAS in hectares (published, not a sum of municipalities).
    county_area = {
        row.NUTS_3: (f"{int(row.APS_PLOTAS) / 100:.2f}", row.APS_PAV)
        for row in upstream.itertuples(index=False)
    }
    rows = [{"code": "LT", "level": "country", "name_lt": "Lietuva", "name_en": "Lithuania",
             "iso_3166_2": "LT"}]  # fmt: skip
    counties = municipalities.drop_duplicates("county_iso").sort_values("county_iso")
    for county in counties.itertuples(index=False):
        area_km2, short_name = county_area[county.nuts3]
        rows.append(
            {"code": county.county_iso, "level": "county", "name_lt": county.county,
             "name_en": county.county_en, "short_name_lt": short_name, "parent_code": "LT",
             "iso_3166_2": county.county_iso, "nuts3": county.nuts3, "area_km2": area_km2}
        )  # fmt: skip
    for town in municipalities.sort_values("code").itertuples(index=False):
        rows.append(
            {"code": town.code, "level": "municipality", "name_lt": town.name_lt,
             "name_en": town.name_en, "short_name_lt": town.name_lt_short, "kind": town.kind,
             "parent_code": town.county_iso, "iso_3166_2": town.iso_3166_2, "nuts3": town.nuts3,
             "label_lon": town.label_lon, "label_lat": town.label_lat,
             "area_km2": town.area_km2_rc_2022}
        )  # fmt: skip
    columns = [
        "code", "level", "name_lt", "name_en", "short_name_lt", "kind", "parent_code",
        "iso_3166_2", "nuts3", "label_lon", "label_lat", "area_km2", "source_id",
    ]  # fmt: skip
    frame = pd.DataFrame(rows).assign(source_id=BOUNDARIES).reindex(columns=columns)
    frame = frame.astype(object).where(frame.notna(), "")
    assert frame["level"].value_counts().to_dict() == {
        "municipality": 60,
        "county": 10,
        "country": 1,
    }
    return frame


def population(geo: Path, area_table: pd.DataFrame) -> pd.DataFrame:
    """Municipal 2021 census counts as published, plus county and country sums of them."""
    census = read(geo / "population.csv").rename(columns={"code": "area_code"})
    census["population"] = census["population"].astype(int)
    census["derivation"] = ""
    parent = area_table.set_index("code")["parent_code"]
    by_county = census.groupby(census["area_code"].map(parent))["population"].sum()
    sums = [(county, int(total)) for county, total in by_county.items()]
    sums.append(("LT", int(census["population"].sum())))
    assert sums[-1][1] == CENSUS_TOTAL_2021, "municipal counts no longer add up to the census"
    derived = pd.DataFrame(sums, columns=["area_code", "population"]).assign(
        year="2021",
        reference_date="2021-01-01",
        derivation="sum of municipal 2021 census counts",
        source_id=POPULATION_SUM,
    )
    columns = ["area_code", "year", "population", "reference_date", "derivation", "source_id"]
    return pd.concat([census[columns], derived[columns]], ignore_index=True)


# --- observations ---------------------------------------------------------------------------
def period(year: str) -> tuple[str, str, str]:
    """(year, period_type, period_label) for each way the collected rows write a year."""
    year = year.strip()
    if re.fullmatch(r"\d{4}", year):
        return year, "year", year
    if match := re.fullmatch(r"(\d{4})-(\d{4})", year):
        return match.group(2), "multi_year", year
    if match := re.fullmatch(r"(\d{4}) \(as of Aug\)", year):
        return match.group(1), "snapshot", f"{match.group(1)}-08"
    if year == "n.d.":
        return "", "undated", "n.d."
    raise ValueError(f"unknown year form {year!r}")


def municipality_code(name: str, municipalities: pd.DataFrame) -> tuple[str, bool]:
    """(official code, mapped by us?): full names match exactly; bare towns via their genitive."""
    exact = municipalities.loc[municipalities["name_lt"] == name, "code"]
    if len(exact) == 1:
        return exact.iloc[0], False
    genitive = LOCALITY_GENITIVE[name]
    around = municipalities[municipalities["name_lt"].str.startswith(genitive + " ")]
    city = around[around["kind"] == "city"]
    chosen = city if len(city) == 1 else around
    assert len(chosen) == 1, f"locality {name!r} matches {list(around['name_lt'])}"
    return chosen["code"].iloc[0], True


def observations(figures: Path, area_table: pd.DataFrame) -> pd.DataFrame:
    """The national rows (area LT) and the named-municipality flags, with sources and notes."""
    national = read(figures / "national_indicators.csv").assign(area_code="LT")
    local = read(figures / "subnational_indicators.csv")
    municipalities = area_table[area_table["level"] == "municipality"]
    for index, row in local.iterrows():
        code, mapped = municipality_code(row["area_name"], municipalities)
        local.loc[index, "area_code"] = code
        if mapped:
            added = f"Locality '{row['area_name']}' mapped to municipality {code} by this project."
            local.loc[index, "note"] = f"{row['note'].rstrip()} {added}".strip()
    frame = pd.concat([national, local.drop(columns=["area_name"])], ignore_index=True)
    parsed = frame["year"].map(period)
    frame["year"] = parsed.str[0]
    frame["period_type"] = parsed.str[1]
    frame["period_label"] = parsed.str[2]
    frame = frame.rename(
        columns={"indicator": "indicator_code", "breakdown_value": "breakdown_category"}
    )
    frame.loc[frame["breakdown_dimension"] == "none", "breakdown_category"] = ""
    # A value-less row stays only where the source says the figure was not stated.
    frame["status"] = (
        frame["value"].str.strip().eq("").map({True: "not_available", False: "published"})
    )
    assert frame["breakdown_dimension"].isin(BREAKDOWN_DIMENSIONS).all()
    assert not frame.duplicated(OBSERVATION_KEY).any(), "two rows share one observation key"
    return frame[OBSERVATION_COLUMNS]


def check_indicators(observation_table: pd.DataFrame) -> None:
    """Every indicator the observations use is described in data/seed/indicators.toml.

    That file is authored prose, not converted: this script reads it and never writes it.
    """
    from prevention.release.seed import INDICATORS_FILE, read_indicators

    frame = read_indicators(SEED / INDICATORS_FILE)
    used = set(observation_table["indicator_code"])
    assert used <= set(frame["code"]), f"no metadata for {sorted(used - set(frame['code']))}"
    assert frame["value_kind"].isin(VALUE_KINDS).all()


# --- institutions and measures --------------------------------------------------------------
def institutions(figures: Path, measure_table: pd.DataFrame, source_ids: set[str]) -> pd.DataFrame:
    """Institutions with a schema kind, the source ids their note names, and generic actors."""
    frame = read(figures / "institutions.csv")
    frame["kind"] = frame["kind"].str.lower()  # "NGO" -> "ngo"
    frame["source_ids"] = frame["note"].map(lambda note: ";".join(_named_sources(note, source_ids)))
    actors = measure_table["lead_institution"] + ";" + measure_table["partner_institutions"]
    named_in = actors.str.split(";")
    generic = []
    for short_name, (name_lt, name_en, kind) in GENERIC_ACTORS.items():
        cited = measure_table.loc[[short_name in names for names in named_in], "source_id"]
        generic.append(
            {"short_name": short_name, "name_lt": name_lt, "name_en": name_en, "kind": kind,
             "note": "Generic actor: measures.csv names it where the source names no specific "
             "body",
             "source_ids": ";".join(dict.fromkeys(cited))}
        )  # fmt: skip
    frame = pd.concat([frame, pd.DataFrame(generic)], ignore_index=True)
    assert frame["kind"].isin(INSTITUTION_KINDS).all()
    assert frame["short_name"].is_unique
    return frame[["short_name", "name_lt", "name_en", "kind", "note", "source_ids"]]


def _named_sources(note: str, source_ids: set[str]) -> list[str]:
    """The known source ids a note names, in order of appearance, once each."""
    words = re.findall(r"[A-Za-z0-9_\-]+", note)
    return list(dict.fromkeys(word for word in words if word in source_ids))


def measures(figures: Path) -> pd.DataFrame:
    """The collected measures with catalogue codes, stable ids, lead and partners."""
    frame = read(figures / "measures.csv")
    rows = []
    for row in frame.itertuples(index=False):
        start, end, date_note = _period(row.start, row.end)
        actors = [actor.strip() for actor in row.institutions.split(";") if actor.strip()]
        has_code = row.measure_id != "PLAN" and not row.measure_id.startswith("(")
        notes = [
            row.note.rstrip(),
            f"Original type: '{row.measure_type}'; original target group: '{row.target_group}'.",
            date_note,
        ]
        rows.append(
            {
                "measure_id": _measure_id(row, start, end),
                "plan": row.plan,
                "code": row.measure_id if has_code else "",
                "title_lt": row.title_lt,
                "title_en": row.title_en,
                "description_lt": "",
                "description_en": "",
                "measure_type": MEASURE_TYPE_CODES[row.measure_type],
                "target_group": TARGET_GROUP_CODES[row.target_group],
                "start_year": start,
                "end_year": end,
                "budget_eur": row.budget_eur,
                "status": "unknown",  # no source reports how far a measure got
                "lead_institution": actors[0],
                "partner_institutions": ";".join(actors[1:]),
                "areas": "LT",  # no measure source names the municipalities it covers
                "source_id": row.source_id,
                "source_locator": row.source_locator,
                "note": " ".join(note for note in notes if note),
            }
        )
    table = pd.DataFrame(rows)
    assert table["measure_id"].is_unique
    assert table["measure_type"].isin(MEASURE_TYPES).all()
    assert table["target_group"].isin(TARGET_GROUPS).all()
    return table


def _period(start: str, end: str) -> tuple[str, str, str]:
    """(start_year, end_year, note) from the date cells; a missing end stays missing."""
    if match := re.match(r"(\d{4})-(\d{4}) \(exact date n/a\)", start):
        first, last = match.groups()
        return first, last, f"Dates: the source gives only the plan period {first}-{last}."
    return _first_year(start), _first_year(end), ""


def _first_year(text: str) -> str:
    """The four-digit year a date cell starts with ("2017-09" -> "2017"), or ""."""
    match = re.match(r"\d{4}", text.strip())
    return match.group() if match else ""


def _measure_id(row: object, start: str, end: str) -> str:
    """PLAN-<plan years>, else <plan years>-<code>, else <plan years>-<source id>.

    Plan years come from the plan's name, or from the measure's own years for instruments,
    projects and agreements that belong to no plan. A code in brackets ("(code not given)")
    is a description, not a code, so the source id tells such measures apart.
    """
    years = re.search(r"(\d{4})\s*[–-]\s*(\d{4})", row.plan)  # type: ignore[attr-defined]
    if years:
        span = f"{years.group(1)}-{years.group(2)}"
    else:
        span = f"{start}-{end}" if end and end != start else start
    code: str = row.measure_id  # type: ignore[attr-defined]
    if code == "PLAN":
        return f"PLAN-{span}"
    if code.startswith("("):
        return f"{span}-{row.source_id}"  # type: ignore[attr-defined]
    ascii_code = unicodedata.normalize("NFKD", code).encode("ascii", "ignore").decode()
    return f"{span}-" + "-".join(re.findall(r"[0-9A-Za-z]+(?:\.[0-9A-Za-z]+)*", ascii_code))


# --- main -----------------------------------------------------------------------------------
def tables(shared: Path = SHARED) -> dict[str, pd.DataFrame]:
    """Every seed table, in the README's order."""
    figures, geo = shared / "figures", shared / "geo"
    local = figures / "local"
    local_rows = read(local / "local_measures.csv")
    local_figure_rows = read(local / "additional_figures.csv")
    new_sources, url_ids = local_sources(
        local_rows, local_figure_rows, read(figures / "sources.csv")
    )
    cited = pd.DataFrame(cited_sources()).assign(accessed="")
    cited["tier"] = cited["publisher"].map(tier)
    counted = pd.DataFrame([COUNTED_SOURCE]).assign(tier=tier(COUNTED_SOURCE["publisher"]))
    source_table = pd.concat([sources(figures), cited, new_sources, counted], ignore_index=True)
    assert source_table["source_id"].is_unique
    # After the local sources matched their rows by the collected address: only the written
    # address changes to the public one (staging and preview hosts, cookie-dialog flags).
    source_table["url"] = source_table["url"].map(public_url)
    assert set(REPORTS) <= set(source_table["source_id"])
    reports = source_table["source_id"].map(REPORTS)
    source_table["reports_lt"] = reports.str[0].fillna("")
    source_table["reports_en"] = reports.str[1].fillna("")
    area_table = areas(geo)
    observation_table = observations(figures, area_table)
    measure_table = measures(figures)
    source_to_acts(measure_table)
    base_institutions = read(figures / "institutions.csv")
    actors = Actors(area_table, set(base_institutions["short_name"]) | set(GENERIC_ACTORS))
    placed, unplaced = local_measures(local_rows, area_table, actors, url_ids)
    assert len(placed) + len(unplaced) == len(local_rows), "a local measure went missing"
    measure_table = pd.concat(
        [measure_table.assign(inferred=""), birstonas_procedure(), placed], ignore_index=True
    )
    assert measure_table["measure_id"].is_unique
    counts = local_measure_counts(measure_table)
    figures_rows = local_figures(local_figure_rows, area_table, url_ids)
    observation_table = pd.concat([observation_table, figures_rows, counts], ignore_index=True)
    assert not observation_table.duplicated(OBSERVATION_KEY).any(), "two rows share one key"
    institution_table = institutions(figures, measure_table, set(source_table["source_id"]))
    check_indicators(observation_table)
    result = {
        "sources": source_table,
        "areas": area_table,
        "population": population(geo, area_table),
        "observations": observation_table,
        "institutions": pd.concat(
            [institution_table, local_institutions(actors, measure_table)], ignore_index=True
        ),
        "measures": measure_table,
        "unplaced_measures": unplaced,
    }
    _check_references(result)
    return result


def local_institutions(actors: Actors, measure_table: pd.DataFrame) -> pd.DataFrame:
    """The bodies the local sources name that institutions.csv does not, with their sources."""
    rows = []
    cells = measure_table["lead_institution"] + ";" + measure_table["partner_institutions"]
    for short_name, row in actors.new.items():
        named_in = [short_name in cell.split(";") for cell in cells]
        cited = dict.fromkeys(measure_table.loc[named_in, "source_id"])
        rows.append(
            {**row, "note": "Named in local sources (figures/local/local_measures.csv)",
             "source_ids": ";".join(cited)}
        )  # fmt: skip
    frame = pd.DataFrame(rows)
    assert frame["kind"].isin(INSTITUTION_KINDS).all()
    return frame


def _check_references(result: dict[str, pd.DataFrame]) -> None:
    """Every code a row points to exists in the table it points to."""
    source_ids = set(result["sources"]["source_id"])
    area_codes = set(result["areas"]["code"])
    short_names = set(result["institutions"]["short_name"])
    observed = result["observations"]
    assert set(observed["source_id"]) <= source_ids
    assert set(observed["area_code"]) <= area_codes
    assert set(result["population"]["source_id"]) <= source_ids
    measure_table = result["measures"]
    assert set(measure_table["source_id"]) <= source_ids
    actors = measure_table["lead_institution"] + ";" + measure_table["partner_institutions"]
    named = {actor for cell in actors for actor in cell.split(";") if actor}
    assert named <= short_names, f"unknown institutions {sorted(named - short_names)}"
    for cell in result["institutions"]["source_ids"]:
        assert set(filter(None, cell.split(";"))) <= source_ids


def main() -> None:
    """Write every seed file and print its row count."""
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else SHARED
    SEED.mkdir(parents=True, exist_ok=True)
    for name, frame in tables(shared).items():
        frame.to_csv(SEED / f"{name}.csv", index=False, encoding="utf-8", lineterminator="\n")
        print(f"{name}.csv: {len(frame)} rows")
    # The help contacts add their own sources to sources.csv, which was just rewritten.
    from import_help_contacts import write as write_help_contacts

    print(f"help_contacts.csv: {write_help_contacts(shared, SEED)} rows")


if __name__ == "__main__":
    main()
