"""One indicator in one year for every municipality (or county): value, class and rank.

Every area of the level is present in the result, whatever the store holds: a missing row is
"not available", a hidden count is "suppressed", a published 0 is "zero". The map draws each
class differently so no municipality vanishes and a 0 never looks like "no data".
"""

from typing import Literal

import pandas as pd

from prevention.codes import PER_100K

Level = Literal["municipality", "county"]
# The one ranking rule of the site (map, its CSV, profiles): a rank only for a published
# count of at least SMALL_COUNT. Below it one case more or less moves an area many places,
# and fifty zeros "tied at 11" tell nothing. Stated once, as "phone.rank_rule".
SMALL_COUNT = 10


def snapshot(
    values: pd.DataFrame,
    places: pd.DataFrame,
    *,
    level: Level,
    year: int,
    rate: bool,
) -> pd.DataFrame:
    """Code, count, value (count or per 100 000), status, class and rank for every place.

    `values` is `queries.area_values`; `places` is indexed by code with a `population`.
    """
    rows = values[(values["level"] == level) & (values["year"] == year)]
    rows = rows.drop_duplicates("area_code").set_index("area_code")
    frame = pd.DataFrame(index=pd.Index(places.index.astype(str), name="code"))
    frame["population"] = pd.to_numeric(places["population"], errors="coerce").to_numpy()
    frame["count"] = pd.to_numeric(rows["value"], errors="coerce").reindex(frame.index)
    frame["status"] = rows["status"].reindex(frame.index).fillna("not_available")
    frame["source_id"] = rows["source_id"].reindex(frame.index)
    # The pooled three-year figure holding this year, shown where the year itself is hidden.
    for column in ("pooled_value", "pooled_period"):
        frame[column] = rows[column].reindex(frame.index) if column in rows else None
    frame["value"] = frame["count"]
    if rate:
        frame["value"] = (frame["count"] * PER_100K / frame["population"]).round(2)
    frame["class"] = "value"
    frame.loc[frame["count"] == 0, "class"] = "zero"
    frame.loc[frame["status"] == "suppressed", "class"] = "suppressed"
    frame.loc[frame["count"].isna() & (frame["status"] != "suppressed"), "class"] = "not_available"
    frame.loc[frame["status"] == "suppressed", ["count", "value"]] = float("nan")
    return ranks(frame.reset_index(), rate=rate)


def ranks(frame: pd.DataFrame, *, rate: bool = False) -> pd.DataFrame:
    """Rank by value, highest first, honest about hidden values, ties and small numbers.

    A hidden area has no public value nor range: nothing public says why it was hidden, so it
    could hold any count. So a published value ranks from `rank_best` (1 + areas surely
    higher) to `rank_worst` (plus every hidden area, which may be higher). A hidden count is
    never ranked, nor ranked as 0; a published 0 (note "zero") and a count under SMALL_COUNT
    (note "small") get no rank either. `rank_ties` counts other ranked areas with the same
    value.
    """
    ranked = frame.copy()
    # Only ranked places count above or beside one another: a 0 or a small count has no rank.
    rankable = (ranked["class"] == "value") & (ranked["count"] >= SMALL_COUNT)
    known = ranked.loc[rankable, "value"].dropna()
    low, high = hidden_bounds(ranked)
    best, worst, ties, note = [], [], [], []
    for value, count, kind in zip(ranked["value"], ranked["count"], ranked["class"], strict=True):
        unranked = kind in ("suppressed", "not_available", "zero") or pd.isna(value)
        if unranked or count < SMALL_COUNT:
            best.append(pd.NA)
            worst.append(pd.NA)
            ties.append(pd.NA)
            note.append(kind if unranked else "small")
            continue
        surely = int((known > value).sum()) + int((low > value).sum())
        maybe = int(((low <= value) & (high >= value)).sum())
        best.append(surely + 1)
        worst.append(surely + 1 + maybe)
        ties.append(int((known == value).sum()) - 1)
        note.append("ok")
    ranked["rank_best"] = pd.array(best, dtype="Int64")
    ranked["rank_worst"] = pd.array(worst, dtype="Int64")
    ranked["rank_ties"] = pd.array(ties, dtype="Int64")
    ranked["rank_note"] = note
    return ranked


def hidden_bounds(frame: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """The smallest and largest value each hidden area could have, as the public knows it.

    One public status: a hidden cell may be small or hidden to protect another, and where the
    methodology says so it may even be 0, so its count and rate could be anything from 0 up.
    """
    hidden = frame[frame["class"] == "suppressed"]
    return pd.Series(0.0, index=hidden.index), pd.Series(float("inf"), index=hidden.index)


def compact_geojson(geojson: dict) -> dict:
    """A copy keeping only each feature's code, coordinates rounded to 3 decimals (~100 m)."""

    def rounded(coordinates: list) -> list:
        if coordinates and isinstance(coordinates[0], int | float):
            return [round(float(coordinates[0]), 3), round(float(coordinates[1]), 3)]
        points = [rounded(part) for part in coordinates]
        if points and isinstance(points[0][0], float):  # a ring: drop repeated points
            points = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
        return points

    features = [
        {
            "type": "Feature",
            "id": str(feature["properties"]["code"]),
            "properties": {"code": str(feature["properties"]["code"])},
            "geometry": {
                "type": feature["geometry"]["type"],
                "coordinates": rounded(feature["geometry"]["coordinates"]),
            },
        }
        for feature in geojson["features"]
    ]
    return {"type": "FeatureCollection", "features": features}


def years_with_data(values: pd.DataFrame, level: Level) -> list[int]:
    """The years in which some area of the level has a row (a value or a hidden one)."""
    years = values.loc[values["level"] == level, "year"].dropna().astype(int)
    return sorted(set(years))


def value_classes(values: pd.Series, classes: int = 4) -> pd.Series:
    """Class 0 (lowest) .. classes-1 for each positive value, by quantile of the areas.

    Equal values share a class; fewer distinct values give fewer classes. Zero and missing
    values get no class (they are drawn as their own categories).
    """
    positive = values[values > 0].dropna()
    result = pd.Series(pd.NA, index=values.index, dtype="Int64")
    if positive.empty:
        return result
    count = min(classes, positive.nunique())
    if count == 1:
        result[positive.index] = 0
        return result
    ranks = positive.rank(method="min")
    binned = pd.qcut(ranks, q=count, labels=False, duplicates="drop")
    result[positive.index] = binned.astype(int)
    return result
