"""Figures that can still be shown where a municipality's single-year count is hidden.

With honest protection most municipal person counts are hidden. What can be published
safely instead are sums over more people: a municipality's count over three years together
(a pooled period, "2021-2023", period type `multi_year`) and a county's count (the sum of its
municipalities). Both are computed here from the TRUE values, before disclosure control,
and then go through the same suppression and interval audit as every other cell: they are
relations (pooled = the sum of its three years; county = the sum of its municipalities)
that an intruder reads too, so they can only be published where they reveal nothing.

A derived row cites the source of its parts and says in `source_locator` what it sums (a
code), so a reader (and the release comparison) can tell it from a figure an institution
published.
"""

from collections.abc import Sequence

import numpy as np
import pandas as pd

from prevention.store.models import (
    COUNTY_LOCATOR,
    DERIVED_PREFIX,
    POOL_YEARS,
    POOLED_LOCATOR,
)

SERIES = ["indicator_code", "area_code", "breakdown_dimension", "breakdown_category", "unit"]


def derived_rows(observations: pd.DataFrame) -> pd.Series:
    """Which rows this module computed (a rebuild or ingest computes them again)."""
    locator = observations["source_locator"] if "source_locator" in observations else None
    if locator is None:
        return pd.Series(False, index=observations.index)
    return locator.fillna("").astype(str).str.startswith(DERIVED_PREFIX)


def derive(
    rows: pd.DataFrame, areas: pd.DataFrame, hidden: pd.Series, existing: pd.DataFrame
) -> pd.DataFrame:
    """County and pooled rows for `rows` (preferred personal counts, true values).

    `hidden` (on `rows`' index) is what a first suppression of the release hides. A pooled
    figure is only offered where every year of its window is hidden and it reaches the
    threshold: where a year is published the pooled value would give the others away (and
    be hidden at once), and a pooled value below the threshold is hidden itself. A cell some
    source already gives (`existing`) is never computed again: the published figure stays.
    """
    from prevention.release.disclosure import (
        THRESHOLD,  # scipy: not for the pages, which read POOL_*
    )

    if "year" not in rows:  # a yearly cell's year is its label
        rows = rows.assign(year=pd.to_numeric(rows["period_label"], errors="coerce"))
    yearly = rows[(rows["period_type"] == "year") & rows["value"].notna()]
    counties = county_sums(yearly, areas, existing)
    pooled = pooled_sums(yearly[hidden.reindex(yearly.index, fill_value=False)], areas, existing)
    pooled = pooled[pooled["value"] >= THRESHOLD]
    added = pd.concat([counties, pooled], ignore_index=True)
    if added.empty:
        return added
    added["preferred"] = True
    return added[[c for c in existing.columns if c in added]]


def harmless(
    cells: pd.DataFrame, derived: pd.Index, areas: pd.DataFrame, history: Sequence[pd.DataFrame]
) -> pd.Index:
    """The derived rows (labels of `cells`) that can be published beside `cells`' hidden
    ones without narrowing any hidden count, by the interval audit with the true values.

    Each round drops the derived rows near a narrowed cell (same indicator and category, the
    same county, a window holding its year), or, when none is that near, those of the same
    indicator and year in any area and category. Dropping a published figure only widens the
    other intervals, so the rounds end; if none is near at all, no derived row is kept.
    """
    from prevention.release import disclosure

    level = dict(zip(areas["code"], areas["level"], strict=True))
    parent = dict(zip(areas["code"], areas["parent_code"], strict=True))

    def county(area: str) -> str:
        return parent.get(area) or area if level.get(area) == "municipality" else area

    def footprint(frame: pd.DataFrame, wide: bool) -> set[tuple]:
        return {
            # Wide: any area and category (female + male = total links the categories).
            (r.indicator_code, *(() if wide else (county(r.area_code), r.breakdown_category)), year)
            for r in frame.itertuples()
            for year in _years(r.period_type, r.period_label)
        }

    base = cells.drop(index=derived)
    failing = [p for p in disclosure.narrowed(base, areas, history) if p < len(base)]
    before = set(base.index[failing])
    kept = derived
    while len(kept):
        frame = cells.drop(index=derived.difference(kept))
        failing = [p for p in disclosure.narrowed(frame, areas, history) if p < len(frame)]
        narrowed = frame.iloc[failing]
        narrowed = narrowed[~narrowed.index.isin(before)]
        if narrowed.empty:
            break
        close = np.zeros(len(kept), dtype=bool)
        for wide in (False, True):
            near = footprint(narrowed, wide)
            close = np.array([bool(footprint(frame.loc[[k]], wide) & near) for k in kept])
            if close.any():
                break
        if not close.any():
            return kept[:0]  # no derived row is near: publish none rather than guess
        kept = kept[~close]
    return kept


def _years(period_type: str, label: str) -> list[int]:
    """The years a yearly or multi-year cell covers ("2021", "2021-2023")."""
    first, _, last = str(label).partition("-")
    last = last or first
    if period_type not in ("year", "multi_year") or not (first.isdigit() and last.isdigit()):
        return []
    return list(range(int(first), int(last) + 1))


def county_sums(yearly: pd.DataFrame, areas: pd.DataFrame, existing: pd.DataFrame) -> pd.DataFrame:
    """A county's yearly count where every one of its municipalities has one and no source
    gives the county's own."""
    level = dict(zip(areas["code"], areas["level"], strict=True))
    parent = dict(zip(areas["code"], areas["parent_code"], strict=True))
    size = areas[areas["level"] == "municipality"].groupby("parent_code")["code"].size()
    rows = yearly[yearly["area_code"].map(level) == "municipality"]
    rows = rows.assign(county=rows["area_code"].map(parent))
    key = ["indicator_code", "period_type", "period_label", "year", "county"]
    key += ["breakdown_dimension", "breakdown_category", "unit"]
    grouped = rows.groupby(key, dropna=False, as_index=False).agg(
        value=("value", "sum"),
        members=("area_code", "nunique"),
        **_carried(rows),
    )
    complete = (grouped["members"] == grouped["county"].map(size)) & (grouped["sources"] == 1)
    found = grouped[complete].rename(columns={"county": "area_code"})
    found = found.assign(source_locator=COUNTY_LOCATOR, note=None, suppression=None)
    return _new_cells(found.drop(columns=["members", "sources"]), existing)


def pooled_sums(yearly: pd.DataFrame, areas: pd.DataFrame, existing: pd.DataFrame) -> pd.DataFrame:
    """Each area's count over non-overlapping windows of POOL_YEARS years, latest first,
    where every year of the window has a count (below national level: the country
    publishes its years anyway)."""
    country = set(areas.loc[areas["level"] == "country", "code"])
    rows = yearly[~yearly["area_code"].isin(country) & yearly["year"].notna()]
    if rows.empty:
        return rows.iloc[0:0]
    rows = rows.assign(year=rows["year"].astype(int))
    latest = rows.groupby("indicator_code")["year"].transform("max")
    rows = rows.assign(window=(latest - rows["year"]) // POOL_YEARS)
    grouped = rows.groupby([*SERIES, "window"], dropna=False, as_index=False).agg(
        value=("value", "sum"),
        years=("year", "nunique"),
        first=("year", "min"),
        last=("year", "max"),
        **_carried(rows),
    )
    found = grouped[(grouped["years"] == POOL_YEARS) & (grouped["sources"] == 1)].copy()
    label = found["first"].astype(str) + "-" + found["last"].astype(str)
    found = found.assign(
        period_type="multi_year",
        period_label=label,
        year=found["last"],
        source_locator=[
            POOLED_LOCATOR.format(years="+".join(str(y) for y in range(a, b + 1)))
            for a, b in zip(found["first"], found["last"], strict=True)
        ],
        note=None,
        suppression=None,
    )
    columns = ["window", "years", "first", "last", "sources"]
    return _new_cells(found.drop(columns=columns), existing)


# A sum is only as final as its least final part: illustrative before provisional before
# published (sorted by this rank, the first status is the sum's).
_STATUS_RANK = {"illustrative": 0, "provisional": 1, "published": 2}


def _carried(rows: pd.DataFrame) -> dict[str, tuple]:
    """What a sum takes over from its parts: source (one only), status, latest release."""
    carried: dict[str, tuple] = {
        "source_id": ("source_id", "first"),
        "sources": ("source_id", "nunique"),
        "status": ("status", _least_final),
    }
    if "release_id" in rows:
        carried["release_id"] = ("release_id", "max")
    return carried


def _least_final(statuses: pd.Series) -> str:
    """The sum's status; a part hidden already ("suppressed") says nothing of the sum, which
    the suppression decides on its own."""
    known = [status for status in statuses if status in _STATUS_RANK]
    return min(known, key=_STATUS_RANK.__getitem__, default="published")


def _new_cells(found: pd.DataFrame, existing: pd.DataFrame) -> pd.DataFrame:
    """The computed rows whose cell no source gives already."""
    key = ["indicator_code", "area_code", "period_type", "period_label"]
    key += ["breakdown_dimension", "breakdown_category", "unit"]
    if found.empty:
        return found
    taken = existing[key].astype(str).drop_duplicates().assign(_taken=True)
    merged = found[key].astype(str).merge(taken, how="left", on=key)
    return found[~merged["_taken"].eq(True).to_numpy()].reset_index(drop=True)
