"""Which prevention measures cover one municipality, for whom, by whom, and what is missing.

A measure covers a municipality when its areas name the municipality or "LT" (the whole
country). National and local measures are counted apart: a national budget is spent for the
whole country, so it is never added to the municipality's own money.
"""

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from prevention.codes import NATIONAL
from prevention.store.coverage import in_period


def covering(
    measures: pd.DataFrame, links: pd.DataFrame, code: str, years: tuple[int, int]
) -> pd.DataFrame:
    """The measures running in the period that reach `code`, with `national` set from the links."""
    places = links.assign(area_code=links["area_code"].astype(str))
    national = set(places.loc[places["area_code"] == NATIONAL, "measure_id"])
    local = set(places.loc[places["area_code"] == code, "measure_id"])
    shown = in_period(measures, *years)
    shown = shown[shown["measure_id"].isin(national | local)]
    return shown.assign(national=shown["measure_id"].isin(national)).reset_index(drop=True)


def by_category(shown: pd.DataFrame, column: str, categories: Sequence[str]) -> pd.DataFrame:
    """Local and national measures and their budgets per category; every category has a row.

    A category without any measure has total 0: that is a gap, not a missing row. A budget
    is NaN when no measure of the kind publishes one (unknown, which is not 0 EUR).
    """
    rows = []
    for category in categories:
        part = shown[shown[column] == category]
        local = part[~part["national"]]
        rows.append(
            {
                column: category,
                "local": len(local),
                "national": int(part["national"].sum()),
                "total": len(part),
                "local_budget": float(local["budget_eur"].sum(min_count=1)),
                "national_budget": float(part.loc[part["national"], "budget_eur"].sum(min_count=1)),
            }
        )
    return pd.DataFrame(rows)


def by_institution(shown: pd.DataFrame, who: pd.DataFrame) -> pd.DataFrame:
    """Measures per institution as lead or partner, most first; budget is the lead's measures'."""
    rows = who[who["measure_id"].isin(shown["measure_id"])]
    columns = ["institution", "lead", "partner", "total", "budget"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    counts = rows.groupby(["institution", "role"])["measure_id"].nunique().unstack(fill_value=0)
    for role in ("lead", "partner"):
        if role not in counts.columns:
            counts[role] = 0
    led = rows[rows["role"] == "lead"].merge(shown[["measure_id", "budget_eur"]], on="measure_id")
    budget = led.groupby("institution")["budget_eur"].sum(min_count=1)
    table = counts[["lead", "partner"]].assign(
        total=lambda c: c["lead"] + c["partner"], budget=budget.reindex(counts.index)
    )
    table = table.sort_values(["total", "lead"], ascending=False).reset_index()
    return table[columns]


def gaps(table: pd.DataFrame, column: str) -> list[str]:
    """The categories no measure reaches in the period."""
    return [str(code) for code in table.loc[table["total"] == 0, column]]


@dataclass(frozen=True)
class Totals:
    """How many measures reach the municipality, and the money that is its own."""

    measures: int
    national: int
    local: int
    local_budget: float  # NaN when no local measure publishes a budget
    unknown_budget: int  # local measures without a published budget


def totals(shown: pd.DataFrame) -> Totals:
    """The headline numbers of the measures section."""
    local = shown[~shown["national"]]
    return Totals(
        measures=len(shown),
        national=int(shown["national"].sum()),
        local=len(local),
        local_budget=float(local["budget_eur"].sum(min_count=1)),
        unknown_budget=int(local["budget_eur"].isna().sum()),
    )


def touching(groups: pd.DataFrame, code: str, years: tuple[int, int]) -> pd.DataFrame:
    """Duplicate groups that name this municipality and run at some time in the period."""
    if groups.empty:
        return groups
    named = groups["areas"].map(lambda areas: code in tuple(str(a) for a in areas))
    running = (groups["start_year"] <= years[1]) & (groups["end_year"] >= years[0])
    return groups[named & running].reset_index(drop=True)


def categories(measures: pd.DataFrame, column: str) -> list[str]:
    """Every code of a column in the whole store: the groups a municipality could be missing."""
    return sorted(str(code) for code in measures[column].dropna().unique())
