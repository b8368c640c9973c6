"""The example layer's rules, on the store built from the seed plus the generated data.

- Off (the default), no query returns a generated observation, measure or institution.
- Generated measures are run by fictional example institutions only.
- Every real institution's measure count and budget, as the pages compute them, equal the
  sums over its real measures in data/seed, whether the layer is on or off.
- The export and the whole-dataset download are real only unless asked, then flagged.
"""

import io
import json
from pathlib import Path

import pandas as pd
import pytest

from prevention import example_layer
from prevention.illustrative.demo_actors import EXAMPLE_INSTITUTIONS
from prevention.release import export
from prevention.release.seed import SEED_DIR, read_seed
from prevention.store import queries
from prevention.store.db import read_only_engine
from prevention.views import methodology, profile_measures
from prevention.views.measures import by_institution as page_by_institution

SEED = read_seed(SEED_DIR)
REAL_INSTITUTIONS = sorted(SEED["institutions"]["short_name"].astype(str))
EXAMPLE_NAMES = {row[0] for row in EXAMPLE_INSTITUTIONS}


@pytest.fixture(scope="module")
def engine(seed_store: Path):
    return read_only_engine(seed_store)


def _seed_sums() -> pd.DataFrame:
    """Per real institution, from data/seed alone: measures led, partnered, and led budget."""
    measures = SEED["measures"]
    measures = measures[~measures["measure_id"].astype(str).str.startswith("PLAN")]
    rows = []
    for row in measures.itertuples(index=False):
        budget = pd.to_numeric(row.budget_eur, errors="coerce")
        rows.append((str(row.lead_institution), "lead", row.measure_id, budget))
        partners = row.partner_institutions if isinstance(row.partner_institutions, str) else ""
        for partner in filter(None, (p.strip() for p in partners.split(";"))):
            if partner != row.lead_institution:
                rows.append((partner, "partner", row.measure_id, float("nan")))
    frame = pd.DataFrame(rows, columns=["institution", "role", "measure_id", "budget"])
    lead = frame[frame["role"] == "lead"]
    return pd.DataFrame(
        {
            "lead": lead.groupby("institution")["measure_id"].nunique(),
            "partner": frame[frame["role"] == "partner"]
            .groupby("institution")["measure_id"]
            .nunique(),
            "budget": lead.groupby("institution")["budget"].sum(min_count=1),
        }
    ).fillna({"lead": 0, "partner": 0})


SEED_SUMS = _seed_sums()


@pytest.mark.parametrize("example", [False, True])
@pytest.mark.parametrize("institution", REAL_INSTITUTIONS)
def test_real_institution_counts_and_budget_are_its_real_measures(
    engine, institution: str, example: bool
) -> None:
    measures = queries.measures(engine, example=example)
    who = queries.measure_institutions(engine, example=example)
    expected = (
        SEED_SUMS.loc[institution]
        if institution in SEED_SUMS.index
        else pd.Series({"lead": 0, "partner": 0, "budget": float("nan")})
    )
    # The profile's table over the whole country, and the measures page's own count.
    everywhere = measures.assign(national=False)
    profile = profile_measures.by_institution(everywhere, who).set_index("institution")
    page = page_by_institution(measures, who).set_index("institution")
    for table in (profile, page):
        lead = int(table["lead"].get(institution, 0))
        partner = int(table["partner"].get(institution, 0))
        assert (lead, partner) == (int(expected["lead"]), int(expected["partner"])), institution
    budget = profile["budget"].get(institution, float("nan"))
    if pd.isna(expected["budget"]):
        assert pd.isna(budget), institution
    else:
        assert budget == pytest.approx(float(expected["budget"])), institution


def test_generated_measures_are_run_by_example_institutions_only(engine) -> None:
    measures = queries.measures(engine, example=True)
    generated = set(measures.loc[measures["illustrative"].astype(bool), "measure_id"])
    who = queries.measure_institutions(engine, example=True)
    runners = set(who.loc[who["measure_id"].isin(generated), "institution"])
    assert runners and runners <= EXAMPLE_NAMES
    assert not runners & set(REAL_INSTITUTIONS)
    assert not any(name.startswith("SAV-") for name in runners)
    institutions = queries.institutions(engine, example=True)
    assert set(institutions.index[institutions["illustrative"].astype(bool)]) == EXAMPLE_NAMES


def test_queries_return_real_rows_only_by_default(engine) -> None:
    source = example_layer.ILLUSTRATIVE_SOURCE
    observation_frames = [
        queries.headline_figures(engine),
        queries.other_source_values(engine),
        queries.published_observations(engine),
        queries.trend_observations(engine, "victims_officially_identified", "LT", "none"),
    ]
    observation_frames += [
        queries.area_values(engine, code) for code, _, _ in queries.HEADLINE_SERIES
    ]
    for frame in observation_frames:
        assert not frame["source_id"].eq(source).any()
    # No real municipal count of victims exists: only the example layer draws one.
    victims = "victims_officially_identified"
    assert victims not in queries.municipal_indicators(engine).index
    assert victims in queries.municipal_indicators(engine, example=True).index
    assert source not in queries.sources(engine).index
    assert source in queries.sources(engine, example=True).index
    assert not queries.measures(engine)["illustrative"].astype(bool).any()
    assert not queries.measures_for_duplicates(engine)["illustrative"].astype(bool).any()
    real_ids = set(queries.measures(engine)["measure_id"]) | set(
        queries.plan_periods(engine)["measure_id"]
    )
    assert set(queries.measure_areas(engine)["measure_id"]) <= real_ids
    assert set(queries.measure_institutions(engine)["measure_id"]) <= real_ids
    assert not queries.institutions(engine)["illustrative"].astype(bool).any()
    running = queries.measures_running_by_year(engine)
    assert not running["illustrative"].astype(bool).any()
    assert queries.status_counts(engine)["status"].ne("illustrative").all()
    assert "example_rows" not in queries.indicator_coverage(engine).columns


def test_coverage_counts_real_and_generated_apart(engine) -> None:
    real = queries.indicator_coverage(engine)
    both = queries.indicator_coverage(engine, example=True)
    code = "victims_officially_identified"
    assert both.loc[code, "rows"] == real.loc[code, "rows"]
    assert both.loc[code, "example_rows"] > 0
    assert "ILLUSTRATIVE" not in str(real.loc[code, "source_ids"])


def test_dataset_download_follows_the_layer(engine) -> None:
    release = queries.current_release(engine)
    real_csv, real_package = methodology.dataset_files(
        queries.published_observations(engine), release
    )
    real = pd.read_csv(io.BytesIO(real_csv))
    assert not any(column.startswith("illustrative") for column in real.columns)
    assert not real.apply(lambda c: c.astype(str).str.contains("ILLUSTRATIVE")).any().any()
    both_csv, both_package = methodology.dataset_files(
        queries.published_observations(engine, example=True), release, example=True
    )
    both = pd.read_csv(io.BytesIO(both_csv))
    flag = next(column for column in both.columns if column.startswith("illustrative"))
    source = next(column for column in both.columns if column.startswith("source_id"))
    assert both[flag].eq(both[source].eq("ILLUSTRATIVE")).all()  # on every row, hidden ones too
    assert both[flag].sum() > 0 and len(both) > len(real)
    fields = [
        field["name"] for field in json.loads(both_package)["resources"][0]["schema"]["fields"]
    ]
    assert any(field.startswith("illustrative") for field in fields)


def test_export_is_real_unless_asked(seed_store: Path, tmp_path: Path) -> None:
    counts = export.export(seed_store, tmp_path / "real")
    for table in counts:
        text = (tmp_path / "real" / f"{table}.csv").read_text(encoding="utf-8")
        assert "ILLUSTRATIVE" not in text and "ILL-0" not in text, table
        assert not any(name in text for name in EXAMPLE_NAMES), table
    full = export.export(seed_store, tmp_path / "full", example=True)
    for table in full:
        frame = pd.read_csv(tmp_path / "full" / f"{table}.csv", keep_default_na=False)
        assert "illustrative" in frame.columns, table
        real = frame[frame["illustrative"].astype(str) == "False"]
        assert len(real) == counts[table], table
    assert full["observations"] > counts["observations"]
    assert full["measures"] > counts["measures"]


def test_switch_accepts_only_one() -> None:
    assert example_layer.is_on("1")
    for raw in (None, "", "0", "true", "yes", "1 ", "<script>"):
        assert not example_layer.is_on(raw)


def test_duplicates_never_pair_a_real_measure_with_a_generated_one(engine) -> None:
    measures = queries.measures_for_duplicates(engine, example=True)
    generated = set(measures.loc[measures["illustrative"].astype(bool), "measure_id"])
    pairs, groups = example_layer.separate_duplicates(measures, 0.3)
    assert len(pairs) and len(groups)
    assert (pairs["measure_a"].isin(generated) == pairs["measure_b"].isin(generated)).all()
    for group in groups.itertuples():
        kinds = {measure in generated for measure in group.measure_ids}
        assert len(kinds) == 1
        assert group.group_id.startswith("E" if kinds == {True} else "G")
