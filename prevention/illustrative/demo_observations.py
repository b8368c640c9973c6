"""Illustrative municipal counts: each real national total spread over the 60 municipalities.

The parts add up exactly to the real national figure, counties are the sums of their
municipalities, female and male cells to each total, and no national row is generated: the
real value stays the only national one. So an illustrative build is protected like a real one
with nothing left over (every hidden cell protectable).
"""

import numpy as np
import pandas as pd

from prevention.codes import NATIONAL
from prevention.example_layer import ILLUSTRATIVE_SOURCE
from prevention.release.disclosure import THRESHOLD
from prevention.release.pipeline import mark_preferred, normalise_observations

SOURCE_ID = ILLUSTRATIVE_SOURCE
# Personal counts that get a municipal breakdown, and how much more cities weigh in each:
# investigations and convictions concentrate where police and courts sit.
SPREAD_INDICATORS = {
    "victims_officially_identified": 1.2,
    "pretrial_investigations_started": 1.6,
    "persons_assisted_by_state_funded_ngos": 1.3,
    "persons_convicted": 1.5,
}
SEX_INDICATORS = {"victims_officially_identified"}
FEMALE_SHARE = 0.45  # when no real national sex breakdown exists for the year
SPREAD_SIGMA = 0.5  # lognormal noise on population shares: places differ beyond their size
NOTE = "Illustrative: real national total spread over municipalities by population"


def preferred_national(seed: dict[str, pd.DataFrame], dimension: str = "none") -> pd.DataFrame:
    """The preferred real national yearly values (lowest tier, latest source, then id)."""
    observations = normalise_observations(seed["observations"])
    national = observations[
        (observations["area_code"] == NATIONAL)
        & (observations["period_type"] == "year")
        & (observations["breakdown_dimension"] == dimension)
        & observations["indicator_code"].isin(SPREAD_INDICATORS)
        & observations["value"].notna()
    ]
    chosen = mark_preferred(national, seed["sources"])
    chosen = chosen[chosen["preferred"]].sort_values(["indicator_code", "year", "unit"])
    # One figure per indicator, year and cell even if two sources used different units.
    chosen = chosen.drop_duplicates(["indicator_code", "year", "breakdown_category"])
    columns = ["indicator_code", "year", "breakdown_category", "value", "unit"]
    return chosen[columns].astype({"year": int}).reset_index(drop=True)


def spread(
    national: pd.DataFrame,
    by_sex: pd.DataFrame,
    areas: pd.DataFrame,
    population: pd.DataFrame,
    rng: np.random.Generator,
) -> pd.DataFrame:
    """Municipal and county rows for every national total, plus sex cells for victims."""
    municipalities = areas[areas["level"] == "municipality"].sort_values("code")
    census = population.assign(year=population["year"].astype(int))
    census = census[census["year"] == census["year"].max()]
    people = census.set_index("area_code")["population"].astype(float)
    shares = municipalities["code"].map(people).to_numpy(dtype=float)
    is_city = (municipalities["kind"] == "city").to_numpy()
    codes = municipalities["code"].to_numpy()
    parents = municipalities["parent_code"].to_numpy()
    frames = []
    for item in national.sort_values(["indicator_code", "year"]).itertuples(index=False):
        weights = shares * np.where(is_city, SPREAD_INDICATORS[item.indicator_code], 1.0)
        weights = weights * rng.lognormal(0.0, SPREAD_SIGMA, size=len(weights))
        counts = rng.multinomial(int(round(item.value)), weights / weights.sum())
        cells = {"": counts}
        if item.indicator_code in SEX_INDICATORS and not _small_split(
            by_sex, item.indicator_code, int(item.year)
        ):
            female = _female(counts, by_sex, item.indicator_code, int(item.year), rng)
            cells |= {"female": female, "male": counts - female}
        for category, values in cells.items():
            frame = pd.DataFrame({"area_code": codes, "value": values, "parent": parents})
            county = frame.groupby("parent", as_index=False, sort=True)["value"].sum()
            county = county.rename(columns={"parent": "area_code"})
            both = pd.concat([frame[["area_code", "value"]], county], ignore_index=True)
            both["breakdown_dimension"] = "sex" if category else "none"
            both["breakdown_category"] = category
            both["indicator_code"] = item.indicator_code
            both["year"] = int(item.year)
            both["unit"] = item.unit
            frames.append(both)
    return _finish(frames)


def _small_split(by_sex: pd.DataFrame, indicator: str, year: int) -> bool:
    """Whether a real national sex count of the year is below the threshold (3 women, say).

    Below such a total every municipal cell of that sex is hidden, zeros included, and so
    must be every total that would pin one (a municipality's published 0): the generated
    breakdown could show nothing and leave cells no suppression protects. Only the totals
    are generated for that year.
    """
    real = by_sex[(by_sex["indicator_code"] == indicator) & (by_sex["year"] == year)]
    return bool((real["value"] < THRESHOLD).any())


def _female(
    counts: np.ndarray, by_sex: pd.DataFrame, indicator: str, year: int, rng: np.random.Generator
) -> np.ndarray:
    """Female cells adding up to the real national count when it is known and consistent."""
    real = by_sex[(by_sex["indicator_code"] == indicator) & (by_sex["year"] == year)]
    values = dict(zip(real["breakdown_category"], real["value"], strict=True))
    female, male = values.get("female"), values.get("male")
    if female is not None and male is not None and female + male == counts.sum():
        return rng.multivariate_hypergeometric(counts, int(female))
    return rng.binomial(counts, FEMALE_SHARE)


def _finish(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Seed observation columns, every row illustrative and citing the illustrative source."""
    columns = [
        "indicator_code",
        "area_code",
        "year",
        "period_type",
        "period_label",
        "breakdown_dimension",
        "breakdown_category",
        "value",
        "unit",
        "status",
        "source_id",
        "source_locator",
        "note",
    ]
    if not frames:
        return pd.DataFrame(columns=columns)
    result = pd.concat(frames, ignore_index=True)
    result["period_type"] = "year"
    result["period_label"] = result["year"].astype(str)
    result["value"] = result["value"].astype(float)
    result["status"] = "illustrative"
    result["source_id"] = SOURCE_ID
    result["source_locator"] = None
    result["note"] = NOTE
    return result[columns]
