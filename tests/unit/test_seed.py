"""The seed CSVs: every collected figure carried over, every reference resolvable, LT and EN."""

import csv
import importlib.util
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from prevention.release.seed import read_indicators
from prevention.store.models import (
    DISCLOSURE_CLASSES,
    INSTITUTION_KINDS,
    MEASURE_TYPES,
    PERIOD_TYPES,
    SOURCE_TIERS,
    STATUSES,
    TARGET_GROUPS,
    VALUE_KINDS,
)

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "seed"
SHARED = ROOT.parent / "shared" / "data"
NATIONAL_ROWS = 199  # rows of figures/national_indicators.csv
CENSUS_TOTAL_2021 = 2_810_761
needs_shared = pytest.mark.skipif(
    not (SHARED / "figures").is_dir(), reason="collected shared data not available"
)


def _rows(name: str) -> list[dict[str, str]]:
    if name == "indicators":  # authored prose, kept as TOML (prevention/release/seed.py)
        frame = read_indicators(SEED / "indicators.toml")
        return frame.astype(object).where(frame.notna(), "").astype(str).to_dict("records")
    with open(SEED / f"{name}.csv", encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def seed() -> dict[str, list[dict[str, str]]]:
    names = ("sources", "areas", "population", "indicators", "observations")
    return {name: _rows(name) for name in (*names, "institutions", "measures")}


def _national(seed) -> list[dict[str, str]]:
    """The LT rows of national_indicators.csv (the local file's gap-fillers cite LOCAL_S*)."""
    return [
        row
        for row in seed["observations"]
        if row["area_code"] == "LT" and not row["source_id"].startswith("LOCAL_S")
    ]


def test_national_observations_are_the_199_collected_rows(seed):
    assert len(_national(seed)) == NATIONAL_ROWS
    gap_fillers = [row for row in seed["observations"] if row["area_code"] == "LT"]
    assert len(gap_fillers) - NATIONAL_ROWS == 12  # local file: 2 + 8 + 1 + 1 national rows


@needs_shared
def test_each_national_row_maps_to_one_lt_observation(seed):
    with open(SHARED / "figures" / "national_indicators.csv", encoding="utf-8") as handle:
        collected = list(csv.DictReader(handle))
    assert len(collected) == NATIONAL_ROWS

    def key(row: dict[str, str], indicator: str) -> tuple[str, ...]:
        return (row[indicator], row["value"], row["unit"], row["source_id"], row["note"])

    expected = Counter(key(row, "indicator") for row in collected)
    national = _national(seed)
    assert Counter(key(row, "indicator_code") for row in national) == expected


def test_observation_codes_exist(seed):
    indicators = {row["code"] for row in seed["indicators"]}
    areas = {row["code"] for row in seed["areas"]}
    sources = {row["source_id"] for row in seed["sources"]}
    for row in seed["observations"]:
        assert row["indicator_code"] in indicators, row
        assert row["area_code"] in areas, row
        assert row["source_id"] in sources, row
        assert row["source_locator"], row


def test_observations_follow_the_period_and_status_rules(seed):
    for row in seed["observations"]:
        assert row["period_type"] in PERIOD_TYPES and row["status"] in STATUSES
        if row["period_type"] == "year":
            assert row["period_label"] == row["year"]
        elif row["period_type"] == "multi_year":
            assert row["period_label"].endswith("-" + row["year"])
        elif row["period_type"] == "undated":
            assert (row["year"], row["period_label"]) == ("", "n.d.")
        assert (row["value"] == "") == (row["status"] == "not_available"), row
        if row["breakdown_dimension"] == "none":
            assert row["breakdown_category"] == ""
    labels = {row["period_label"] for row in seed["observations"]}
    assert {"2018-2022", "2025-08", "n.d."} <= labels


def test_locality_mappings_are_noted(seed):
    # Collected local rows only: the counts of known local measures are made, not mapped.
    local = [
        row
        for row in seed["observations"]
        if row["area_code"] != "LT" and row["indicator_code"] != "known_local_measures"
    ]
    mapped = [row for row in local if "by this project" in row["note"]]
    assert len(mapped) == 14  # 7 recruitment localities + 7 KOPŽI centre towns
    by_town = {row["note"].split("Locality '")[1].split("'")[0]: row["area_code"] for row in mapped}
    assert by_town["Vilnius"] == "13" and by_town["Kaunas"] == "19"
    assert by_town["Mažeikiai"] == "61" and by_town["Marijampolė"] == "18"


def test_areas_are_one_country_ten_counties_sixty_municipalities(seed):
    levels = Counter(row["level"] for row in seed["areas"])
    assert levels == {"country": 1, "county": 10, "municipality": 60}
    codes = {row["code"]: row for row in seed["areas"]}
    for row in seed["areas"]:
        if row["level"] == "municipality":
            assert row["code"].isdigit() and len(row["code"]) == 2
            assert codes[row["parent_code"]]["level"] == "county"
            assert row["label_lon"] and row["label_lat"] and row["area_km2"]
        elif row["level"] == "county":
            assert row["parent_code"] == "LT" and row["code"].startswith("LT-")
            assert not row["label_lon"] and not row["label_lat"]


def test_population_sums(seed):
    areas = {row["code"]: row for row in seed["areas"]}
    population = {row["area_code"]: int(row["population"]) for row in seed["population"]}
    assert len(population) == len(seed["population"]) == 71
    municipal = {
        code: n for code, n in population.items() if areas[code]["level"] == "municipality"
    }
    assert len(municipal) == 60
    for county in (code for code, area in areas.items() if area["level"] == "county"):
        members = [n for code, n in municipal.items() if areas[code]["parent_code"] == county]
        assert population[county] == sum(members)
    assert population["LT"] == sum(municipal.values()) == CENSUS_TOTAL_2021
    for row in seed["population"]:
        derived = areas[row["area_code"]]["level"] != "municipality"
        assert (row["source_id"] == "DERIVED_POPULATION_SUM") == derived


def test_every_indicator_is_described_in_both_languages(seed):
    used = {row["indicator_code"] for row in seed["observations"]}
    assert {row["code"] for row in seed["indicators"]} == used
    for row in seed["indicators"]:
        for field in ("name", "definition", "caveat"):
            assert row[f"{field}_lt"].strip() and row[f"{field}_en"].strip(), (row["code"], field)
        assert row["name_lt"] != row["name_en"]
        assert row["value_kind"] in VALUE_KINDS
        assert row["disclosure_class"] in DISCLOSURE_CLASSES
        assert row["better"] in ("", "up", "down")
    order = {row["code"]: int(row["sort_order"]) for row in seed["indicators"]}
    assert order["victims_officially_identified"] == 1
    assert order["pretrial_investigations_started"] == 2
    assert order["persons_convicted"] == 3


def test_sources_institutions_and_measures_are_consistent(seed):
    sources = {row["source_id"] for row in seed["sources"]}
    assert all(int(row["tier"]) in SOURCE_TIERS for row in seed["sources"])
    geo = {"REGISTRU_CENTRAS_BOUNDARIES", "CENSUS2021_OSP_S3R778", "CENSUS2021_CITYPOP"}
    assert geo | {"DERIVED_POPULATION_SUM"} <= sources
    institutions = {row["short_name"]: row for row in seed["institutions"]}
    assert {"municipalities", "NGOs"} <= set(institutions)
    for row in seed["institutions"]:
        assert row["kind"] in INSTITUTION_KINDS
        assert set(filter(None, row["source_ids"].split(";"))) <= sources
    # 21 national rows, Birštonas's own procedure, 31 of the 36 local measures (5 unplaced)
    assert len(seed["measures"]) == 21 + 1 + 31
    for row in seed["measures"]:
        assert row["measure_type"] in MEASURE_TYPES and row["target_group"] in TARGET_GROUPS
        assert row["source_id"] in sources
        actors = [row["lead_institution"], *filter(None, row["partner_institutions"].split(";"))]
        assert all(actor in institutions for actor in actors), actors
        if row["measure_id"] == "LOCAL-BIRSTONAS-2023":
            assert row["source_id"] == "ETAR_BIRSTONAS" and row["areas"] == "12"
        elif row["measure_id"].startswith("LOCAL-"):
            assert "Local measure as found:" in row["note"] and "Quote:" in row["note"]
        else:
            assert "Original type:" in row["note"]
    assert len({row["measure_id"] for row in seed["measures"]}) == 53


@needs_shared
def test_seed_is_what_the_import_script_writes():
    spec = importlib.util.spec_from_file_location(
        "import_shared", ROOT / "scripts/import_shared.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    # The help-contacts importer, which import_shared runs last, adds its own sources.
    helper = importlib.util.spec_from_file_location(
        "import_help_contacts", ROOT / "scripts/import_help_contacts.py"
    )
    assert helper and helper.loader
    help_module = importlib.util.module_from_spec(helper)
    helper.loader.exec_module(help_module)
    checked = date.fromisoformat(_rows("help_contacts")[0]["checked"])
    for name, frame in module.tables(SHARED).items():
        if name == "sources":
            frame = help_module.with_new_sources(frame, checked)
        written = frame.to_csv(index=False, lineterminator="\n")
        assert (SEED / f"{name}.csv").read_text(encoding="utf-8") == written, name
