"""One municipality beside its county, the country and its peers: values, rates and ranks.

Pure pandas on the frames of prevention.store.queries. Suppressed cells stay suppressed (NaN with
status "suppressed", never 0), and so do rates and peer totals computed from them. A rank is
given only when it means something: a published value of at least SMALL cases.
"""

from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from prevention.codes import NATIONAL, PER_100K
from prevention.geo import places
from prevention.geo.mapdata import SMALL_COUNT
from prevention.i18n import Lang
from prevention.views.rates import rate_allowed
from prevention.web import url_values

DEFAULT_AREA = "13"  # Vilnius city: the largest municipality, a fair first view
PEERS = "peers"  # the peer group's pooled value, as an area code of the comparison frame
SMALL = SMALL_COUNT  # the site's one ranking rule (mapdata): no rank under it
COLUMNS = ["indicator", "area_code", "year", "count", "value", "status", "rated"]
COLUMNS += ["published_value", "published_peers", "hidden_peers"]
COLUMNS += ["pooled_value", "pooled_period"]  # see queries.area_values
COLUMNS += ["source_id", "source_title", "source_publisher", "source_url"]


def area_order(municipalities: pd.DataFrame, lang: Lang) -> list[str]:
    """The municipalities' codes, their names in the language in Lithuanian alphabetical order."""
    return places.in_order(municipalities, f"name_{lang}")


def resolve_area(raw: str | None, codes: Sequence[str]) -> tuple[str, bool]:
    """The municipality of ?area=, else the default; True when the link's value was unusable."""
    fallback = DEFAULT_AREA if DEFAULT_AREA in codes else str(codes[0])
    if raw is None:
        return fallback, False
    code = url_values.choice(raw, codes)
    return (code, False) if code is not None else (fallback, True)


SOURCE_COLUMNS = ("source_id", "source_title", "source_publisher", "source_url")


def comparison(
    values: dict[str, pd.DataFrame],
    areas: Sequence[str],
    peers: Sequence[str],
    years: tuple[int, int],
    *,
    population: pd.Series,
    rated: Collection[str],
) -> pd.DataFrame:
    """Every (indicator, area, year) of the view: the areas given, then the pooled peers.

    `value` is the rate per 100 000 (2021 census) for `rated` indicators, else the count.
    A year without a row is "not_available"; nothing is interpolated.
    """
    indexed = {code: _by_area_year(frame) for code, frame in values.items()}
    parts = [
        _areas(rows, code, areas, years, population, code in rated)
        for code, rows in indexed.items()
    ]
    parts += [
        _peers(rows, code, peers, years, population, code in rated)
        for code, rows in indexed.items()
        if peers
    ]
    return pd.concat(parts, ignore_index=True)[COLUMNS] if parts else pd.DataFrame(columns=COLUMNS)


def _by_area_year(frame: pd.DataFrame) -> pd.DataFrame:
    """One indicator's rows indexed by (area code, year), once per view, not once per area."""
    rows = frame.assign(area_code=frame["area_code"].astype(str), year=frame["year"].astype(int))
    return rows.drop_duplicates(["area_code", "year"]).set_index(["area_code", "year"])


def _areas(
    rows: pd.DataFrame,
    indicator: str,
    areas: Sequence[str],
    years: tuple[int, int],
    population: pd.Series,
    rated: bool,
) -> pd.DataFrame:
    """`rows` (from _by_area_year) on the grid of areas x years, in that order."""
    grid = pd.MultiIndex.from_product(
        [list(areas), range(years[0], years[1] + 1)], names=["area_code", "year"]
    )
    framed = rows.reindex(grid).reset_index()
    for column in ("pooled_value", "pooled_period"):  # absent from frames of older stores
        if column not in framed:
            framed[column] = None
    framed["count"] = pd.to_numeric(framed["value"], errors="coerce").astype(float)
    framed["status"] = framed["status"].fillna("not_available")
    people = framed["area_code"].map(population).astype(float)
    framed["value"] = (framed["count"] * PER_100K / people).round(2) if rated else framed["count"]
    return framed.assign(
        indicator=indicator,
        rated=rated,
        published_value=float("nan"),
        published_peers=0,
        hidden_peers=0,
    )


def _peers(
    rows: pd.DataFrame,
    indicator: str,
    peers: Sequence[str],
    years: tuple[int, int],
    population: pd.Series,
    rated: bool,
) -> pd.DataFrame:
    """The peers pooled per year: their total per 100 000 (or mean count), if every one is known.

    One hidden peer hides the pooled value too, or it could be recovered by subtraction; then
    `published_value` pools the `published_peers` only and `hidden_peers` says how many
    are left out. Nothing is assumed about a hidden peer: it may be small or hidden to protect
    another, so a range built on "1 to 4" could miss the true value.
    Computed on (peer x year) arrays: the grid of _areas is peers, then years, in order.
    """
    own = _areas(rows, indicator, peers, years, population, rated=False)
    shape = (len(peers), years[1] - years[0] + 1)
    count = own["count"].to_numpy(dtype=float).reshape(shape)
    status = own["status"].to_numpy(dtype=object).reshape(shape)
    residents = own["area_code"].map(population).astype(float).to_numpy().reshape(shape)
    known_peers = (~np.isnan(count)).sum(axis=0)
    known = known_peers == len(peers)
    hidden = len(peers) - known_peers
    summed = np.nansum(count, axis=0)  # the known peers' sum (0 when none is known)
    people = np.nansum(residents, axis=0)
    suppressed = (status == "suppressed").any(axis=0)
    illustrative = (status == "illustrative").any(axis=0)
    missing = (status == "not_available").any(axis=0)
    pooled = np.where(suppressed, "suppressed", "not_available").astype(object)
    pooled = np.where(known, "published", pooled)
    pooled = np.where(known & illustrative, "illustrative", pooled)
    total = np.where(known, summed, np.nan)

    def scaled(sums: np.ndarray, residents: np.ndarray, members: np.ndarray) -> np.ndarray:
        """A pooled sum as the view shows it: per 100 000 of its residents, or per member."""
        with np.errstate(divide="ignore", invalid="ignore"):
            if rated:
                return np.round(sums * PER_100K / residents, 2)
            return sums / members

    # The published peers' own figure, only where the gap is hidden peers, not missing years.
    partial = (pooled == "suppressed") & ~missing & (known_peers > 0)
    published_people = np.nansum(np.where(np.isnan(count), np.nan, residents), axis=0)
    published = scaled(summed, published_people, known_peers)
    return pd.DataFrame(
        {
            "area_code": PEERS,
            "year": np.arange(years[0], years[1] + 1),
            "count": total,
            "value": scaled(total, people, np.full(shape[1], len(peers))),
            "published_value": np.where(partial, published, np.nan),
            "published_peers": np.where(partial, known_peers, 0),
            "hidden_peers": np.where(partial, hidden, 0),
            "pooled_value": np.nan,  # peers have no pooled three-year figure of their own
            "pooled_period": None,
            "status": pooled,
            **_first_sources(own, shape),
            "indicator": indicator,
            "rated": rated,
        }
    )


def _first_sources(own: pd.DataFrame, shape: tuple[int, int]) -> dict[str, list[object]]:
    """Per year, the source columns of the first peer (in order) whose value has a source."""
    sourced = own["source_id"].notna().to_numpy().reshape(shape)
    first = sourced.argmax(axis=0)
    found = sourced.any(axis=0)
    years = np.arange(shape[1])
    picked: dict[str, list[object]] = {}
    for column in SOURCE_COLUMNS:
        cells = own[column].to_numpy(dtype=object).reshape(shape)[first, years]
        picked[column] = [
            cell if known and not pd.isna(cell) else None
            for cell, known in zip(cells, found, strict=True)
        ]
    return picked


@dataclass(frozen=True)
class Rank:
    """Where a municipality stands among all, or why no rank is given (`reason`)."""

    year: int | None
    position: int | None = None  # 1 = the highest value
    among: int = 0  # municipalities with a published value that year
    hidden: int = 0  # municipalities whose value is suppressed
    reason: str | None = None  # "missing", "suppressed" or "small" when there is no rank


def rank(
    frame: pd.DataFrame, code: str, population: pd.Series, *, rated: bool, year: int | None = None
) -> Rank:
    """The municipality's rank in a year (the latest with municipal rows unless given).

    `frame` is one indicator's area_values(). Ranked by rate when `rated`, else by count.
    """
    rows = frame[frame["level"] == "municipality"].assign(
        area_code=lambda f: f["area_code"].astype(str)
    )
    if rows.empty:
        return Rank(year, reason="missing")
    year = int(rows["year"].max()) if year is None else year
    rows = rows[rows["year"].astype(int) == year]
    hidden = int(rows["status"].eq("suppressed").sum())
    known = rows[rows["value"].notna()]
    own = rows[rows["area_code"] == code]
    if own["status"].eq("suppressed").any():
        return Rank(year, among=len(known), hidden=hidden, reason="suppressed")
    if own["value"].isna().all():
        return Rank(year, among=len(known), hidden=hidden, reason="missing")
    count = float(own["value"].iloc[0])
    if count < SMALL:
        return Rank(year, among=len(known), hidden=hidden, reason="small")
    score = known["value"].astype(float)
    if rated:
        score = score * PER_100K / known["area_code"].map(population).astype(float)
    mine = float(score[known["area_code"] == code].iloc[0])
    return Rank(year, position=int((score > mine).sum()) + 1, among=len(known), hidden=hidden)


def latest(comparison_frame: pd.DataFrame, indicator: str, code: str) -> int | None:
    """The last year in which the municipality has a row (published, hidden or illustrative)."""
    rows = comparison_frame[
        (comparison_frame["indicator"] == indicator)
        & (comparison_frame["area_code"] == code)
        & (comparison_frame["status"] != "not_available")
    ]
    return int(rows["year"].max()) if not rows.empty else None


def own_series(frame: pd.DataFrame, code: str) -> dict[str, pd.DataFrame]:
    """The municipality's own yearly values per indicator (year, value, status), for sparklines."""
    rows = frame[frame["area_code"] == code].sort_values("year")
    return {
        str(indicator): part[["year", "value", "status"]].reset_index(drop=True)
        for indicator, part in rows.groupby("indicator", sort=False)
    }


@dataclass(frozen=True)
class IndicatorComparison:
    """Every municipal indicator of one municipality beside its county, the country and peers."""

    frame: pd.DataFrame  # comparison() over every indicator
    ranks: dict[str, Rank]  # by indicator code, in its last municipal year
    rated: list[str]  # the indicators shown per 100 000 (prevention.views.rates)
    span: tuple[int, int]  # the first and last municipal year of any indicator


def indicator_comparison(
    values: dict[str, pd.DataFrame],
    indicators: pd.DataFrame,
    *,
    code: str,
    county: str,
    peers: Sequence[str],
    population: pd.Series,
) -> IndicatorComparison:
    """The profile's indicator section, computed once for every visitor of one municipality.

    `values` holds area_values() of each indicator of `indicators` (municipal_indicators()).
    """
    rated = [str(c) for c in indicators.index if rate_allowed(indicators, str(c))]
    span = (int(indicators["first_year"].min()), int(indicators["last_year"].max()))
    frame = comparison(
        values, [code, county, NATIONAL], peers, span, population=population, rated=rated
    )
    ranks = {
        str(c): rank(values[str(c)], code, population, rated=str(c) in rated, year=int(last))
        for c, last in indicators["last_year"].items()
    }
    return IndicatorComparison(frame, ranks, rated, span)
