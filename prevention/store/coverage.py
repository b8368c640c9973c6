"""Which municipalities prevention measures reach, for whom, and where nothing reaches.

A national measure (area "LT") reaches every municipality; a local one only its own. Pure
pandas on the measures, measure_areas and measure_institutions frames of prevention.store.queries.
"""

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from prevention.codes import NATIONAL

PER_10K = 10_000
HOVER_NAMES = 6  # institutions named in one cell's hover; the rest are counted


@dataclass(frozen=True)
class Coverage:
    """Municipalities down, categories across: all measures, local ones, national ones, who."""

    total: pd.DataFrame
    local: pd.DataFrame
    national: pd.DataFrame
    institutions: pd.DataFrame


def in_period(measures: pd.DataFrame, first: int, last: int) -> pd.DataFrame:
    """Measures running at any time in first..last (both ends included)."""
    start = measures["start_year"].astype(float)
    end = measures["end_year"].fillna(measures["start_year"]).astype(float)
    return measures[(start <= last) & (end >= first)]


def reach(
    measures: pd.DataFrame, links: pd.DataFrame, municipalities: Sequence[str]
) -> pd.DataFrame:
    """(measure_id, area_code, national): one row per municipality a measure reaches.

    A measure linked to "LT" is national and reaches all municipalities, even when it also
    names a few of them.
    """
    links = links[links["measure_id"].isin(measures["measure_id"])]
    national_ids = set(links.loc[links["area_code"] == NATIONAL, "measure_id"])
    national = pd.DataFrame(
        [(mid, code) for mid in sorted(national_ids) for code in municipalities],
        columns=["measure_id", "area_code"],
    ).assign(national=True)
    local = links[~links["measure_id"].isin(national_ids)]
    local = local[local["area_code"].isin(list(municipalities))].assign(national=False)
    reached = pd.concat([national, local[["measure_id", "area_code", "national"]]])
    return reached.drop_duplicates(["measure_id", "area_code"]).reset_index(drop=True)


def coverage(
    reached: pd.DataFrame,
    measures: pd.DataFrame,
    who: pd.DataFrame,
    *,
    by: str,
    categories: Sequence[str],
    municipalities: Sequence[str],
) -> Coverage:
    """How many measures reach each (municipality, category) cell, and by which institutions.

    `by` is "target_group" or "measure_type"; every municipality and category gets a cell,
    so a gap is a 0, not a missing row.
    """
    cells = reached.merge(measures[["measure_id", by]], on="measure_id")
    grid = pd.MultiIndex.from_product([list(municipalities), list(categories)])

    def matrix(rows: pd.DataFrame) -> pd.DataFrame:
        counts = rows.groupby(["area_code", by])["measure_id"].nunique()
        return counts.reindex(grid, fill_value=0).unstack().loc[list(municipalities)]

    names = cells.merge(who[["measure_id", "institution"]], on="measure_id")
    listed = _name_lists(names, ["area_code", by])
    institutions = listed.reindex(grid, fill_value="").unstack().loc[list(municipalities)]
    return Coverage(
        total=matrix(cells)[list(categories)],
        local=matrix(cells[~cells["national"]])[list(categories)],
        national=matrix(cells[cells["national"]])[list(categories)],
        institutions=institutions[list(categories)],
    )


def _name_lists(names: pd.DataFrame, keys: list[str]) -> pd.Series:
    """ "VRM, PD, Caritas +4" per cell: the most frequent institutions first.

    Ties keep the order in which the institutions first appear (as `value_counts` does);
    counted in one grouped pass, since a cell-by-cell count is slow with 60 × 12 cells.
    """
    counted = names.groupby([*keys, "institution"], sort=False).size().rename("n").reset_index()
    counted = counted.sort_values("n", ascending=False, kind="stable")
    ranked = counted.groupby(keys)["institution"].agg(list)
    return ranked.map(_name_list)


def _name_list(ranked: list[str]) -> str:
    """The first few names of a ranked list, and how many more there are."""
    shown = ", ".join(str(name) for name in ranked[:HOVER_NAMES])
    return shown + (f" +{len(ranked) - HOVER_NAMES}" if len(ranked) > HOVER_NAMES else "")


def gaps(matrix: pd.DataFrame) -> pd.DataFrame:
    """(area_code, category) cells that no measure reaches."""
    stacked = matrix.stack()
    empty = stacked[stacked == 0]
    return pd.DataFrame(list(empty.index), columns=["area_code", "category"])


def without_local(reached: pd.DataFrame, municipalities: Sequence[str]) -> list[str]:
    """Municipalities that no local measure reaches (national ones reach them all)."""
    local = set(reached.loc[~reached["national"].astype(bool), "area_code"])
    return [code for code in municipalities if code not in local]


def effort(reached: pd.DataFrame, measures: pd.DataFrame, population: pd.Series) -> pd.DataFrame:
    """Local measures and their budget per 10 000 residents, by municipality.

    National measures are left out: they reach everyone alike, so they say nothing about a
    municipality's own effort. A measure's budget is shared among its municipalities by
    population, so every resident it reaches carries the same amount.
    """
    local = reached[~reached["national"].astype(bool)].merge(
        measures[["measure_id", "budget_eur"]], on="measure_id"
    )
    local = local.assign(people=local["area_code"].map(population).astype(float))
    share = local["people"] / local.groupby("measure_id")["people"].transform("sum")
    local = local.assign(budget=local["budget_eur"] * share, unknown=local["budget_eur"].isna())
    by_area = local.groupby("area_code").agg(
        measures=("measure_id", "nunique"),
        budget_eur=("budget", "sum"),
        unknown_budget=("unknown", "sum"),
    )
    codes = list(population.index)
    by_area = by_area.reindex(codes, fill_value=0)
    people = population.astype(float)
    by_area["population"] = people
    by_area["measures_per_10k"] = by_area["measures"] * PER_10K / people
    by_area["budget_per_10k"] = by_area["budget_eur"] * PER_10K / people
    return by_area.rename_axis("area_code")
