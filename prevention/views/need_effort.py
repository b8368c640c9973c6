"""Need against effort: where identified cases are high and local prevention is thin.

Need is an indicator's yearly average per 100 000 residents over the chosen years; effort
comes from prevention.store.coverage.effort. Medians split the municipalities into four quadrants.
Identified cases reflect detection as much as need: the page says so beside the chart.
"""

import pandas as pd

from prevention.codes import PER_100K
from prevention.store.coverage import effort as local_effort


def need(values: pd.DataFrame, population: pd.Series, first: int, last: int) -> pd.DataFrame:
    """Per municipality: yearly average per 100 000 over first..last, and whether it is a floor.

    Hidden years count as 0, so the average is a lower bound there ("at least");
    years without any value are left out of the average rather than read as 0.
    """
    rows = values[(values["level"] == "municipality") & values["year"].between(first, last)]
    rows = rows.assign(
        area_code=rows["area_code"].astype(str),
        known=rows["value"].fillna(0).astype(float),
        hidden=rows["status"].eq("suppressed"),
        illustrative=rows["status"].eq("illustrative"),
    )
    rows = rows[rows["value"].notna() | rows["hidden"]]
    grouped = rows.groupby("area_code").agg(
        total=("known", "sum"),
        years=("year", "nunique"),
        hidden_years=("hidden", "sum"),
        illustrative=("illustrative", "any"),
    )
    people = grouped.index.map(population).astype(float)
    grouped["need_per_100k"] = (grouped["total"] / grouped["years"] * PER_100K / people).round(2)
    grouped["lower_bound"] = grouped["hidden_years"] > 0
    return grouped


def need_effort(need_frame: pd.DataFrame, effort_frame: pd.DataFrame, effort: str) -> pd.DataFrame:
    """Municipalities with both values, each in a quadrant split at the two medians.

    `effort` is the effort column ("measures_per_10k" or "budget_per_10k"). Only a value above
    its median counts as high: many municipalities tie at 0, and 0 is never "high".
    """
    joined = need_frame.join(effort_frame[[effort, "measures", "budget_eur"]], how="inner")
    joined = joined.rename(columns={effort: "effort"}).dropna(subset=["need_per_100k", "effort"])
    if joined.empty:
        return joined.assign(quadrant=pd.Series(dtype=str))
    need_median = float(joined["need_per_100k"].median())
    effort_median = float(joined["effort"].median())
    high_need = joined["need_per_100k"] > need_median
    high_effort = joined["effort"] > effort_median
    joined["quadrant"] = [
        f"{'high' if n else 'low'}_need_{'high' if e else 'low'}_effort"
        for n, e in zip(high_need, high_effort, strict=True)
    ]
    joined.attrs["need_median"] = need_median
    joined.attrs["effort_median"] = effort_median
    return joined


def effort_scatter(
    needs: pd.DataFrame,
    reached: pd.DataFrame,
    measures: pd.DataFrame,
    population: pd.Series,
    effort: str,
) -> pd.DataFrame:
    """need_effort() of the need and the measures' local effort per municipality."""
    return need_effort(needs, local_effort(reached, measures, population), effort)
