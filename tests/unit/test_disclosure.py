"""Disclosure control: no small count published, no hidden cell recoverable, no value changed."""

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prevention.disclosure import THRESHOLD, derivable, relations, summary, suppress


def _areas(counties: list[int]) -> pd.DataFrame:
    """A country with counties of the given sizes (municipalities per county)."""
    rows = [{"code": "LT", "level": "country", "parent_code": None}]
    for c, size in enumerate(counties):
        rows.append({"code": f"C{c}", "level": "county", "parent_code": "LT"})
        rows += [
            {"code": f"C{c}M{m}", "level": "municipality", "parent_code": f"C{c}"}
            for m in range(size)
        ]
    return pd.DataFrame(rows)


def _table(areas: pd.DataFrame, values: dict, categories: list[str], with_counties: bool):
    """Cells of one table whose areas and categories add up, as the store holds them."""
    municipalities = areas[areas["level"] == "municipality"]
    rows = []
    for category in ["", *categories]:
        by_area = {}
        for code in municipalities["code"]:
            by_area[code] = values[(code, category)]
        for county in areas.loc[areas["level"] == "county", "code"]:
            kids = municipalities.loc[municipalities["parent_code"] == county, "code"]
            by_area[county] = sum(by_area[k] for k in kids)
        by_area["LT"] = sum(by_area[k] for k in municipalities["code"])
        for code, value in by_area.items():
            if not with_counties and code.startswith("C") and "M" not in code:
                continue
            rows.append(
                {"indicator_code": "victims", "period_type": "year", "period_label": "2020",
                 "unit": "persons", "source_id": "*", "area_code": code,
                 "breakdown_dimension": "none" if category == "" else "sex",
                 "breakdown_category": category, "value": float(value),
                 "status": "published", "suppression": None}
            )  # fmt: skip
    return pd.DataFrame(rows)


@st.composite
def tables(draw):
    counties = draw(st.lists(st.integers(2, 5), min_size=2, max_size=4))
    areas = _areas(counties)
    categories = draw(st.sampled_from([[], ["female", "male"], ["a", "b", "c"]]))
    municipalities = areas.loc[areas["level"] == "municipality", "code"]
    small_heavy = st.one_of(st.integers(0, 4), st.integers(0, 30))
    values = {}
    for code in municipalities:
        parts = [draw(small_heavy) for _ in categories]
        values[(code, "")] = sum(parts) if categories else draw(small_heavy)
        for category, part in zip(categories, parts, strict=True):
            values[(code, category)] = part
    return areas, _table(areas, values, categories, draw(st.booleans()))


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_no_small_count_published_below_national_level(case):
    areas, cells = case
    result = suppress(cells, areas)
    below = result["area_code"] != "LT"
    assert not result.loc[below, "value"].between(1, THRESHOLD - 1).any()


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_no_suppressed_cell_can_be_derived(case):
    areas, cells = case
    result = suppress(cells, areas)
    assert derivable(result, areas) == []


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tables())
def test_published_cells_keep_their_values_and_country_is_untouched(case):
    areas, cells = case
    result = suppress(cells, areas)
    shown = result["status"] != "suppressed"
    assert (result.loc[shown, "value"] == cells.loc[shown, "value"]).all()
    country = result["area_code"] == "LT"
    assert (result.loc[country, "status"] == "published").all()
    assert result.loc[result["status"] == "suppressed", "value"].isna().all()


def test_a_single_small_municipality_gets_a_complementary_cell():
    areas = _areas([3])
    values = {("C0M0", ""): 3, ("C0M1", ""): 10, ("C0M2", ""): 12}
    result = suppress(_table(areas, values, [], True), areas).set_index("area_code")
    assert result.loc["C0M0", "suppression"] == "primary"
    assert result.loc["C0M1", "suppression"] == "secondary"  # the smallest other cell
    assert result.loc["C0M2", "status"] == "published"
    assert summary(result.reset_index()) == {"suppressed": 2, "primary": 1, "secondary": 1}


def test_zero_is_published_and_an_earlier_suppression_stays():
    areas = _areas([2, 2])
    values = {("C0M0", ""): 0, ("C0M1", ""): 7, ("C1M0", ""): 9, ("C1M1", ""): 8}
    cells = _table(areas, values, [], True)
    cells.loc[cells["area_code"] == "C1M0", ["value", "status"]] = [np.nan, "suppressed"]
    result = suppress(cells, areas).set_index("area_code")
    assert result.loc["C0M0", "value"] == 0
    assert result.loc["C1M0", "status"] == "suppressed"
    assert derivable(result.reset_index(), areas) == []


def test_relations_cover_breakdowns_and_the_hierarchy():
    areas = _areas([2])
    values = {(m, c): 1 for m in ("C0M0", "C0M1") for c in ("", "female", "male")}
    found = relations(_table(areas, values, ["female", "male"], True), areas)
    # 4 areas x (total = female + male) + 3 categories x (county, country twice)
    assert len(found) == 4 + 3 * 3
