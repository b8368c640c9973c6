"""Illustrative data: deterministic, adds up to the real national figures, never passes for them."""

import re
from pathlib import Path

import pandas as pd
import pytest

from prevention.illustrative import demo
from prevention.illustrative.demo_actors import MUNICIPALITY
from prevention.store.models import MEASURE_TYPES, TARGET_GROUPS

ROOT = Path(__file__).resolve().parents[2]
SEED_DIR = ROOT / "data" / "seed"
NONE = "none"


@pytest.fixture(scope="module")
def seed() -> dict[str, pd.DataFrame]:
    return demo.read_seed(SEED_DIR)


@pytest.fixture(scope="module")
def tables(seed) -> dict[str, pd.DataFrame]:
    return demo.illustrative_tables(seed)


def _tiny_seed() -> dict[str, pd.DataFrame]:
    """Two counties, five municipalities, a conflict between sources and a missing year."""
    areas = pd.DataFrame(
        [
            ("LT", "country", "Lietuva", "Lithuania", None, None),
            ("LT-VL", "county", "Vilniaus apskritis", "Vilnius County", None, "LT"),
            ("LT-KU", "county", "Kauno apskritis", "Kaunas County", None, "LT"),
            ("13", "municipality", "Vilniaus miesto savivaldybė", "Vilnius City Municipality",
             "city", "LT-VL"),
            ("41", "municipality", "Vilniaus rajono savivaldybė", "Vilnius District Municipality",
             "district", "LT-VL"),
            ("19", "municipality", "Kauno miesto savivaldybė", "Kaunas City Municipality",
             "city", "LT-KU"),
            ("52", "municipality", "Kauno rajono savivaldybė", "Kaunas District Municipality",
             "district", "LT-KU"),
            ("12", "municipality", "Birštono savivaldybė", "Birštonas Municipality",
             "municipality", "LT-KU"),
        ],
        columns=["code", "level", "name_lt", "name_en", "kind", "parent_code"],
    )  # fmt: skip
    population = pd.DataFrame(
        {
            "area_code": ["13", "41", "19", "52", "12"],
            "year": [2021] * 5,
            "population": [556_490, 95_000, 290_000, 95_000, 4_100],
        }
    )
    sources = pd.DataFrame(
        {"source_id": ["OFFICIAL", "PRESS"], "tier": [1, 3], "year": ["2019", "2020"]}
    )
    rows = [
        # indicator, year, period type, dimension, category, value, unit, source
        ("victims_officially_identified", 2016, "year", NONE, None, 40, "persons", "OFFICIAL"),
        ("victims_officially_identified", 2016, "year", NONE, None, 45, "persons", "PRESS"),
        ("victims_officially_identified", 2018, "year", NONE, None, 30, "persons", "OFFICIAL"),
        ("victims_officially_identified", 2018, "year", "sex", "female", 10, "persons", "OFFICIAL"),
        ("victims_officially_identified", 2018, "year", "sex", "male", 20, "persons", "OFFICIAL"),
        ("victims_officially_identified", 2019, "multi_year", NONE, None, 99, "persons", "PRESS"),
        ("pretrial_investigations_started", 2016, "year", NONE, None, 12, "investigations",
         "OFFICIAL"),
        ("victims_officially_identified", 2010, "year", NONE, None, 70, "persons", "OFFICIAL"),
    ]  # fmt: skip
    observations = pd.DataFrame(
        rows,
        columns=["indicator_code", "year", "period_type", "breakdown_dimension",
                 "breakdown_category", "value", "unit", "source_id"],
    )  # fmt: skip
    observations["area_code"] = "LT"
    observations["period_label"] = observations["year"].astype(str)
    observations["status"] = "published"
    return {
        "areas": areas,
        "population": population,
        "sources": sources,
        "observations": observations,
    }


def _real_national(seed: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """The documented tier rule, restated independently: lowest tier, latest source, id."""
    obs = seed["observations"].copy()
    obs["breakdown_dimension"] = obs["breakdown_dimension"].fillna(NONE)
    obs["value"] = pd.to_numeric(obs["value"])
    obs = obs[
        (obs["area_code"] == "LT")
        & (obs["period_type"] == "year")
        & (obs["breakdown_dimension"] == NONE)
        & obs["indicator_code"].isin(demo.SPREAD_INDICATORS)
        & obs["value"].notna()
    ]
    sources = seed["sources"].set_index("source_id")
    obs = obs.assign(
        tier=obs["source_id"].map(sources["tier"].astype(int)),
        source_year=obs["source_id"].map(pd.to_numeric(sources["year"], errors="coerce")),
        year=obs["year"].astype(int),
    )
    obs = obs.sort_values(["tier", "source_year", "source_id"], ascending=[True, False, True])
    return obs.drop_duplicates(["indicator_code", "year"]).set_index(["indicator_code", "year"])


def _municipal(observations: pd.DataFrame, areas: pd.DataFrame) -> pd.DataFrame:
    codes = set(areas.loc[areas["level"] == "municipality", "code"])
    return observations[observations["area_code"].isin(codes)]


def _clusters(pairs: pd.DataFrame) -> int:
    """How many groups the pairs link together (a small union-find)."""
    root: dict[str, str] = {}

    def find(item: str) -> str:
        while root.setdefault(item, item) != item:
            item = root[item]
        return item

    for a, b in zip(pairs["measure_id_a"], pairs["measure_id_b"], strict=True):
        root[find(a)] = find(b)
    return len({find(item) for item in root})


def test_same_seed_same_tables(seed, tables):
    again = demo.illustrative_tables(seed)
    assert list(again) == list(tables)
    for name, frame in tables.items():
        pd.testing.assert_frame_equal(frame, again[name], obj=name)
    other = demo.illustrative_tables(seed, random_seed=1)
    assert not other["observations"]["value"].equals(tables["observations"]["value"])


def test_municipalities_add_up_to_the_real_national_total(seed, tables):
    national = _real_national(seed)
    totals = _municipal(tables["observations"], seed["areas"])
    totals = totals[totals["breakdown_dimension"] == NONE]
    sums = totals.groupby(["indicator_code", "year"])["value"].sum()
    assert len(sums) > 20
    for (indicator, year), value in sums.items():
        assert value == national.loc[(indicator, year), "value"], (indicator, year)
    # ...and each has all 60 municipalities, whole non-negative numbers.
    assert (totals.groupby(["indicator_code", "year"]).size() == 60).all()
    assert (totals["value"] >= 0).all() and (totals["value"] % 1 == 0).all()


def test_every_real_year_and_no_other(seed, tables):
    national = _real_national(seed)
    last = max(year for _, year in national.index)
    expected = {(i, y) for i, y in national.index if 2015 <= y <= last}
    produced = set(
        tables["observations"][["indicator_code", "year"]].itertuples(index=False, name=None)
    )
    assert produced == expected


def test_never_a_national_row_and_every_area_known(seed, tables):
    observations = tables["observations"]
    assert "LT" not in set(observations["area_code"])
    known = set(seed["areas"].loc[seed["areas"]["level"] != "country", "code"])
    assert set(observations["area_code"]) <= known
    assert (observations["status"] == "illustrative").all()
    assert (observations["source_id"] == "ILLUSTRATIVE").all()
    units = _real_national(seed)["unit"].groupby(level=0).first()
    assert (observations["unit"] == observations["indicator_code"].map(units)).all()


def test_counties_are_sums_of_their_municipalities(seed, tables):
    areas = seed["areas"]
    parent = areas.set_index("code")["parent_code"]
    observations = tables["observations"]
    keys = ["indicator_code", "year", "breakdown_dimension", "breakdown_category"]
    municipal = _municipal(observations, areas)
    by_county = municipal.assign(county=municipal["area_code"].map(parent))
    expected = by_county.groupby([*keys, "county"])["value"].sum()
    counties = observations[observations["area_code"].str.startswith("LT-")]
    assert counties["area_code"].nunique() == 10
    actual = counties.rename(columns={"area_code": "county"}).set_index([*keys, "county"])
    pd.testing.assert_series_equal(
        actual["value"].sort_index(),
        expected.sort_index(),
        check_names=False,
        check_index_type=False,
    )


def test_sex_cells_add_up_to_each_total(tables):
    observations = tables["observations"]
    victims = observations[observations["indicator_code"] == "victims_officially_identified"]
    sexes = victims[victims["breakdown_dimension"] == "sex"]
    assert set(sexes["breakdown_category"]) == {"female", "male"}
    summed = sexes.groupby(["area_code", "year"])["value"].sum()
    totals = victims[victims["breakdown_dimension"] == NONE].set_index(["area_code", "year"])
    split = totals["value"][totals.index.isin(summed.index)]
    assert summed.sort_index().equals(split.sort_index())
    # 2023: the real national split is 3 women and 12 men. Below a national 3 every municipal
    # cell would be hidden, zeros and the totals that pin them too: no breakdown that year.
    assert 2023 not in set(sexes["year"]) and 2023 in set(totals.index.get_level_values(1))
    assert set(totals.index.get_level_values(1)) - set(sexes["year"]) == {2023}
    others = observations[observations["indicator_code"] != "victims_officially_identified"]
    assert (others["breakdown_dimension"] == NONE).all()


def test_tier_rule_missing_years_and_real_sex_split_on_a_tiny_seed():
    tiny = _tiny_seed()
    result = demo.illustrative_tables(tiny)["observations"]
    municipal = _municipal(result, tiny["areas"])
    totals = municipal[municipal["breakdown_dimension"] == NONE]
    sums = totals.groupby(["indicator_code", "year"])["value"].sum().to_dict()
    # 2016: the official 40, not the press 45; 2017 stays missing; 2010 is before first_year;
    # the multi-year total is not a year.
    assert sums == {
        ("pretrial_investigations_started", 2016): 12,
        ("victims_officially_identified", 2016): 40,
        ("victims_officially_identified", 2018): 30,
    }
    female = municipal[municipal["breakdown_category"] == "female"]
    assert female.groupby("year")["value"].sum().loc[2018] == 10  # the real national split
    assert set(result["unit"]) == {"persons", "investigations"}


def test_year_window_is_respected():
    tiny = _tiny_seed()
    window = demo.illustrative_tables(tiny, first_year=2017, last_year=2018)
    assert set(window["observations"]["year"]) == {2018}
    measures = window["measures"]
    assert measures["start_year"].between(2017, 2019).all()
    assert set(measures.loc[measures["start_year"] == 2019, "status"]) == {"planned"}
    single = demo.illustrative_tables(tiny, first_year=2018, last_year=2018)
    assert single["measures"]["start_year"].between(2018, 2019).all()


def test_measures_are_complete_and_marked_illustrative(seed, tables):
    measures = tables["measures"]
    assert 300 <= len(measures) <= 400
    assert measures["measure_id"].is_unique
    assert measures["measure_id"].str.fullmatch(r"ILL-\d{4}").all()
    assert set(measures["measure_type"]) == set(MEASURE_TYPES)
    assert set(measures["target_group"]) == set(TARGET_GROUPS)
    assert (measures["title_lt"].notna() | measures["title_en"].notna()).all()
    assert measures["title_lt"].isna().any() and measures["title_en"].isna().any()
    assert measures["illustrative"].all() and (measures["source_id"] == "ILLUSTRATIVE").all()
    assert measures["note"].str.contains("Illustrative").all()
    assert (measures["start_year"] <= measures["end_year"]).all()
    assert (measures["end_year"] - measures["start_year"]).max() <= 2
    last = int(measures.loc[measures["status"] != "planned", "end_year"].max())
    status = measures.apply(
        lambda m: (
            "planned" if m.start_year > last else ("running" if m.end_year >= last else "completed")
        ),
        axis=1,
    )
    assert (status == measures["status"]).all()
    assert set(measures["status"]) == {"planned", "running", "completed"}


def test_measure_places_budgets_and_institutions_exist(seed, tables):
    measures = tables["measures"]
    areas = seed["areas"]
    municipalities = set(areas.loc[areas["level"] == "municipality", "code"])
    places = measures["areas"].str.split(";")
    national = places.apply(lambda p: p == ["LT"])
    assert 0.05 <= national.mean() <= 0.2
    local = places[~national]
    assert local.apply(lambda p: set(p) <= municipalities and 1 <= len(p) <= 5).all()
    budgets = measures["budget_eur"]
    assert budgets.isna().any()
    assert budgets[national].dropna().between(20_000, 400_000).all()
    assert budgets[~national].dropna().between(400, 45_000).all()
    known = set(seed["institutions"]["short_name"]) | set(tables["institutions"]["short_name"])
    partners = measures["partner_institutions"].dropna().str.split(";").explode()
    assert set(measures["lead_institution"]) | set(partners) <= known
    assert (measures["partner_institutions"].fillna("") != measures["lead_institution"]).all()
    assert (measures["lead_institution"] == MUNICIPALITY).mean() > 0.1


def test_generated_measures_are_run_by_fictional_institutions(seed, tables):
    """Never a real body (no ministry may be quoted as spending invented money), never SAV-xx."""
    institutions = tables["institutions"]
    assert institutions["short_name"].is_unique and institutions["illustrative"].all()
    assert institutions["note"].str.contains("Fictional example institution").all()
    assert institutions["name_lt"].str.startswith("Pavyzdin").all()
    assert institutions["name_en"].str.startswith("Example").all()
    assert not set(institutions["short_name"]) & set(seed["institutions"]["short_name"])
    measures = tables["measures"]
    partners = measures["partner_institutions"].dropna().str.split(";").explode()
    runners = set(measures["lead_institution"]) | set(partners)
    assert runners <= set(institutions["short_name"])
    assert not any(name.startswith("SAV-") for name in runners)


def test_planted_duplicates_are_there_and_look_like_what_they_claim(tables):
    planted = tables["planted_duplicates"]
    measures = tables["measures"].set_index("measure_id")
    kinds = planted["kind"].value_counts()
    assert set(kinds.index) == {"duplicate", "continuity", "complementary"}
    duplicates = planted[planted["kind"] == "duplicate"]
    assert 20 <= _clusters(duplicates) <= 30
    for pair in planted.itertuples(index=False):
        a, b = measures.loc[pair.measure_id_a], measures.loc[pair.measure_id_b]
        shared = set(a["areas"].split(";")) & set(b["areas"].split(";"))
        assert shared, pair
        assert a["target_group"] == b["target_group"], pair
        if pair.kind == "duplicate":
            assert a["measure_type"] == b["measure_type"]
            assert a["lead_institution"] != b["lead_institution"]
            assert a["start_year"] <= b["end_year"] and b["start_year"] <= a["end_year"]
        elif pair.kind == "continuity":
            assert a["lead_institution"] == b["lead_institution"]
            for title in ("title_lt", "title_en"):
                assert a[title] == b[title] or pd.isna(a[title]) or pd.isna(b[title])
            assert abs(int(a["start_year"]) - int(b["start_year"])) == 1
        else:
            assert a["measure_type"] != b["measure_type"]
    # The notes never give the answer away: the page has to find the overlaps.
    assert not measures["note"].str.contains("duplicat|overlap|repeat", flags=re.I).any()


def test_sources_row_badges_everything(tables):
    sources = tables["sources"]
    assert sources.to_dict("records") == [
        {
            "source_id": "ILLUSTRATIVE",
            "title": "Illustrative data generated by Prevention Monitor (not official statistics)",
            "publisher": "Prevention Monitor",
            "year": "",
            "url": "",
            "licence": "CC0; illustrative, not for citation as fact",
            "tier": 9,
            "accessed": "",
        }
    ]


def test_run_writes_csvs_that_read_back_with_string_codes(tmp_path, capsys):
    assert demo.run(tmp_path, SEED_DIR) == 0
    assert "measures" in capsys.readouterr().out
    written = demo.read_seed(tmp_path)
    assert set(written) == {"sources", "observations", "institutions", "measures",
                            "planted_duplicates"}  # fmt: skip
    assert written["observations"]["area_code"].map(type).eq(str).all()
    assert "11" in set(written["observations"]["area_code"])
    assert written["measures"]["areas"].map(type).eq(str).all()


def test_read_seed_keeps_codes_as_strings(seed):
    assert {"areas", "population", "observations", "sources", "institutions"} <= set(seed)
    assert "11" in set(seed["areas"]["code"])
    assert "11" in set(seed["population"]["area_code"])


def test_a_municipal_service_acts_in_one_municipality_only(tables):
    # SAV-85 (Šalčininkai) was once shown acting in Vilnius City: its area list held neighbours.
    measures = tables["measures"]
    led = measures[measures["lead_institution"] == MUNICIPALITY]
    assert len(led) > 0
    for row in led.itertuples(index=False):
        assert ";" not in row.areas and row.areas != "LT", row
