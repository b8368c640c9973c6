"""Disclosure control: no small count published, no hidden cell recoverable, no value changed."""

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prevention.release.disclosure import THRESHOLD, audit, derivable, relations, summary, suppress

PROPERTY = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


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


def _table(
    areas: pd.DataFrame,
    values: dict[tuple[str, str], int],
    categories: list[str],
    *,
    with_counties: bool = True,
    dimension: str = "sex",
    period: str = "2020",
) -> pd.DataFrame:
    """Cells of one table whose areas and categories add up, as the store holds them."""
    municipalities = areas[areas["level"] == "municipality"]
    rows = []
    for category in ["", *categories]:
        by_area = {code: values[(code, category)] for code in municipalities["code"]}
        for county in areas.loc[areas["level"] == "county", "code"]:
            kids = municipalities.loc[municipalities["parent_code"] == county, "code"]
            if with_counties:
                by_area[county] = sum(by_area[k] for k in kids)
        by_area["LT"] = sum(values[(code, category)] for code in municipalities["code"])
        for code, value in by_area.items():
            rows.append(
                {"indicator_code": "victims", "period_type": "year", "period_label": period,
                 "unit": "persons", "source_id": "*", "area_code": code,
                 "breakdown_dimension": "none" if category == "" else dimension,
                 "breakdown_category": category, "value": float(value),
                 "status": "published", "suppression": None}
            )  # fmt: skip
    return pd.DataFrame(rows)


@st.composite
def cases(draw: st.DrawFn) -> tuple[pd.DataFrame, pd.DataFrame]:
    """1 country, 2-4 counties of 2-5 municipalities, 1-2 periods, mostly small counts."""
    areas = _areas(draw(st.lists(st.integers(2, 5), min_size=2, max_size=4)))
    municipalities = areas.loc[areas["level"] == "municipality", "code"]
    dimension = draw(st.sampled_from(["sex", "age_group"]))
    categories = draw(st.sampled_from([[], ["a", "b"], ["a", "b", "c"]]))
    count = st.one_of(st.integers(0, 6), st.integers(0, 30))  # many small ones
    tables = []
    for period in ("2020", "2021")[: draw(st.integers(1, 2))]:
        values = {}
        for code in municipalities:
            parts = [draw(count) for _ in categories]
            values[(code, "")] = sum(parts) if categories else draw(count)
            values.update({(code, c): p for c, p in zip(categories, parts, strict=True)})
        with_counties = draw(st.booleans())
        tables.append(_table(areas, values, categories, with_counties=with_counties,
                             dimension=dimension, period=period))  # fmt: skip
    cells = pd.concat(tables, ignore_index=True)
    # An earlier release may already have hidden a cell whose value is now unknown.
    if draw(st.booleans()):
        below = cells.index[cells["area_code"] != "LT"]
        earlier = draw(st.sampled_from(list(below)))
        cells.loc[earlier, ["value", "status", "suppression"]] = [np.nan, "suppressed", "primary"]
    return areas, cells


@PROPERTY
@given(cases())
def test_suppression_protects_every_cell_and_changes_no_published_value(case):
    areas, cells = case
    result = suppress(cells, areas)
    below = result["area_code"] != "LT"
    hidden = result["status"] == "suppressed"
    assert not result.loc[below, "value"].between(1, THRESHOLD - 1).any()
    # Whatever the intruder's audit still narrows is listed for the build to refuse.
    unprotected = set(result.index[result.attrs["unprotected"]])
    assert set(derivable(result, areas)) <= unprotected
    assert set(audit(result, areas).index) <= unprotected
    # Country cells untouched; published cells keep their values; hidden ones carry none.
    pd.testing.assert_frame_equal(result[~below], cells[~below], check_dtype=False)
    assert (result.loc[~hidden, "value"] == cells.loc[~hidden, "value"]).all()
    assert result.loc[hidden, "value"].isna().all()
    assert result.loc[hidden, "suppression"].isin(["primary", "secondary"]).all()
    # Every small count is primary; every earlier suppression stays.
    small = below & cells["value"].between(1, THRESHOLD - 1)
    assert (result.loc[small, "suppression"] == "primary").all()
    assert hidden[cells["status"] == "suppressed"].all()
    secondary = result["suppression"] == "secondary"
    assert (cells.loc[secondary, "status"] == "published").all()


def _derivable_by_rank(table: pd.DataFrame, areas: pd.DataFrame) -> list:
    """The same question answered differently: does e_i add nothing to the rank of A?"""
    found = relations(table, areas)
    unknown = list(table.index[table["status"] == "suppressed"])
    if not found or not unknown:
        return []
    column = {label: i for i, label in enumerate(unknown)}
    matrix = np.zeros((len(found), len(unknown)))
    for row, relation in enumerate(found):
        for label, sign in [(relation.total, 1), *[(part, -1) for part in relation.parts]]:
            if label in column:
                matrix[row, column[label]] = sign
    rank = np.linalg.matrix_rank(matrix)
    return [
        label
        for label, i in column.items()
        if np.linalg.matrix_rank(np.vstack([matrix, np.eye(len(unknown))[i]])) == rank
    ]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cases(), st.data())
def test_derivable_agrees_with_a_rank_test_on_any_pattern(case, data):
    areas, cells = case
    table = cells[cells["period_label"] == "2020"]
    below = list(table.index[table["area_code"] != "LT"])
    chosen = data.draw(st.lists(st.sampled_from(below), max_size=8, unique=True))
    table = table.copy()
    table.loc[chosen, ["value", "status"]] = [np.nan, "suppressed"]
    assert sorted(derivable(table, areas)) == sorted(_derivable_by_rank(table, areas))


def test_a_small_cell_in_a_two_by_two_table_hides_a_rectangle():
    areas = _areas([2])
    values = {("C0M0", "f"): 3, ("C0M0", "m"): 10, ("C0M1", "f"): 7, ("C0M1", "m"): 12}
    values |= {("C0M0", ""): 13, ("C0M1", ""): 19}
    result = suppress(_table(areas, values, ["f", "m"]), areas)
    hidden = result[result["status"] == "suppressed"]
    assert {("C0M0", "f"), ("C0M0", "m"), ("C0M1", "f"), ("C0M1", "m")} <= set(
        zip(hidden["area_code"], hidden["breakdown_category"], strict=True)
    )
    assert summary(result)["primary"] == 1
    assert derivable(result, areas) == []
    assert audit(result, areas).empty


def test_the_exact_test_catches_what_the_simple_rule_misses():
    # Two hidden 2x2 blocks joined by one hidden cell: every row and column has two hidden
    # cells, yet the joining cell (C0M1, c) is the difference of published margins.
    areas = _areas([4])
    grid = {"C0M0": [1, 2, 10, 10], "C0M1": [3, 4, 1, 10], "C0M2": [10, 10, 2, 3],
            "C0M3": [10, 10, 4, 1]}  # fmt: skip
    values = {(m, c): v for m, row in grid.items() for c, v in zip("abcd", row, strict=True)}
    values |= {(m, ""): sum(row) for m, row in grid.items()}
    cells = _table(areas, values, list("abcd"))
    primary_only = cells.copy()
    small = primary_only["value"].between(1, 4) & (primary_only["area_code"] != "LT")
    primary_only.loc[small, ["value", "status"]] = [np.nan, "suppressed"]
    bridge = cells.index[(cells["area_code"] == "C0M1") & (cells["breakdown_category"] == "c")]
    assert derivable(primary_only, areas) == list(bridge)
    result = suppress(cells, areas)
    assert derivable(result, areas) == []
    assert summary(result)["secondary"] >= 1


def test_a_single_small_municipality_gets_a_complementary_cell():
    areas = _areas([3])
    values = {("C0M0", ""): 3, ("C0M1", ""): 10, ("C0M2", ""): 12}
    result = suppress(_table(areas, values, []), areas).set_index("area_code")
    assert result.loc["C0M0", "suppression"] == "primary"
    assert result.loc["C0M1", "suppression"] == "secondary"  # the smallest other cell
    assert result.loc["C0M2", "value"] == 12
    assert result.loc["LT", "value"] == 25  # national figures are published as given


def test_an_earlier_suppression_stays():
    # A 0 may now be hidden too, when that is what protects a small count beside it.
    areas = _areas([2, 2])
    values = {("C0M0", ""): 0, ("C0M1", ""): 7, ("C1M0", ""): 9, ("C1M1", ""): 8}
    cells = _table(areas, values, [])
    cells.loc[cells["area_code"] == "C1M0", ["value", "status"]] = [np.nan, "suppressed"]
    result = suppress(cells, areas).set_index("area_code")
    assert result.loc["C1M0", "status"] == "suppressed"
    assert result.loc["C1M0", "suppression"] == "primary"  # reason unknown: the stricter one
    assert derivable(result.reset_index(), areas) == []


def test_complements_follow_the_cells_hidden_in_another_year():
    areas = _areas([3])
    first = _table(areas, {("C0M0", ""): 2, ("C0M1", ""): 20, ("C0M2", ""): 9}, [])
    second = _table(areas, {("C0M0", ""): 3, ("C0M1", ""): 20, ("C0M2", ""): 9}, [])
    second["period_label"] = "2021"
    first.loc[first["area_code"] == "C0M1", "value"] = 4  # 2020: M1 is hidden as primary
    first.loc[first["area_code"].isin(["C0", "LT"]), "value"] = 15
    result = suppress(pd.concat([first, second], ignore_index=True), areas)
    later = result[result["period_label"] == "2021"].set_index("area_code")
    assert later.loc["C0M1", "suppression"] == "secondary"  # not the smaller M2
    assert later.loc["C0M2", "value"] == 9


def test_the_callers_index_is_kept():
    areas = _areas([2])
    cells = _table(areas, {("C0M0", ""): 1, ("C0M1", ""): 8}, [])
    cells.index = cells.index * 10 + 7
    result = suppress(cells, areas)
    assert list(result.index) == list(cells.index)
    assert set(result.index[result["status"] == "suppressed"]) == {
        cells.index[cells["area_code"] == code][0] for code in ("C0M0", "C0M1")
    }


def test_a_cell_only_a_national_figure_could_protect_stays_derivable():
    areas = _areas([2])
    cells = _table(areas, {("C0M0", ""): 2, ("C0M1", ""): 6}, [], with_counties=False)
    cells = cells[cells["area_code"] != "C0M1"]  # the country and one municipality only
    result = suppress(cells, areas)
    assert derivable(result, areas) == list(result.index[result["area_code"] == "C0M0"])


def test_relations_cover_breakdowns_and_the_hierarchy():
    areas = _areas([2])
    values = {(m, c): 1 for m in ("C0M0", "C0M1") for c in ("", "female", "male")}
    found = relations(_table(areas, values, ["female", "male"]), areas)
    # 4 areas x (total = female + male) + 3 categories x (county, country twice)
    assert len(found) == 4 + 3 * 3
