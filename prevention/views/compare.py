"""Side-by-side comparison of a few municipalities: link lists, values per year, table cells.

Pure pandas: the compare page parses its URL lists here and gets back frames that keep
suppressed cells suppressed (never 0) and missing years missing (never interpolated).
"""

from collections.abc import Collection, Sequence
from dataclasses import dataclass

import pandas as pd

from prevention.codes import PER_100K
from prevention.web import url_values

MAX_AREAS = 5
DEFAULT_AREAS = ("13", "19")  # Vilnius and Kaunas city: the two largest, a fair first view
SHOWN = ["indicator", "area_code", "year", "value", "status", "source_id"]
SHOWN += ["source_title", "source_publisher", "source_url"]


@dataclass(frozen=True)
class Picked:
    """Codes taken from a link list, and what had to be fixed on the way."""

    codes: list[str]
    bad: bool = False
    capped: bool = False


def parse_list(
    raw: str | None, valid: Sequence[str], *, default: Sequence[str], cap: int | None = None
) -> Picked:
    """ "13,19,x,13" -> ["13", "19"] (bad flagged); more than `cap` keeps the first ones.

    Unknown codes are dropped (the page names the parameter); nothing usable left gives the
    default. Duplicates count once, so "13,13" is one municipality, not two.
    """
    if raw is None:
        return Picked(list(default))
    known = set(valid)
    parts = url_values.code_list(str(raw))
    unique = list(dict.fromkeys(parts))
    codes = [code for code in unique if code in known]
    bad = len(codes) < len(unique) or not parts
    capped = cap is not None and len(codes) > cap
    codes = codes[:cap] if cap is not None else codes
    if not codes:
        return Picked(list(default), bad=True, capped=capped)
    return Picked(codes, bad=bad, capped=capped)


def parse_areas(raw: str | None, valid: Sequence[str]) -> Picked:
    """Two to five municipalities; a single valid one is paired with a default one."""
    default = [code for code in DEFAULT_AREAS if code in valid] or list(valid[:2])
    picked = parse_list(raw, valid, default=default, cap=MAX_AREAS)
    if len(picked.codes) == 1:
        extra = next(code for code in [*default, *valid] if code not in picked.codes)
        return Picked([*picked.codes, extra], bad=picked.bad, capped=picked.capped)
    return picked


def compare_frame(
    values: dict[str, pd.DataFrame],
    areas: Sequence[str],
    years: tuple[int, int],
    *,
    population: pd.Series | None = None,
    rated: Collection[str] = (),
) -> pd.DataFrame:
    """Every (indicator, municipality, year) of the view, one row each.

    A year without a value is NaN with status "not_available"; a suppressed count stays NaN
    with status "suppressed". With a population (by area code), values become rates per
    100 000 of the 2021 census for the `rated` indicators; a rate of a suppressed count is
    suppressed too.
    """
    first, last = years
    grid = pd.MultiIndex.from_product(
        [list(values), list(areas), range(first, last + 1)],
        names=["indicator", "area_code", "year"],
    )
    parts = [
        frame.assign(indicator=code, area_code=frame["area_code"].astype(str))
        for code, frame in values.items()
        if not frame.empty
    ]
    if parts:
        rows = pd.concat(parts, ignore_index=True)
        rows["year"] = rows["year"].astype(int)
        rows = rows.drop_duplicates(["indicator", "area_code", "year"])
        framed = rows.set_index(["indicator", "area_code", "year"]).reindex(grid).reset_index()
    else:
        framed = grid.to_frame(index=False)
    for column in SHOWN:
        if column not in framed.columns:
            framed[column] = None
    framed = framed[SHOWN].copy()
    framed["value"] = pd.to_numeric(framed["value"], errors="coerce").astype(float)
    framed["status"] = framed["status"].fillna("not_available")
    framed["rate"] = framed["indicator"].isin(list(rated)) & (population is not None)
    if population is not None and framed["rate"].any():
        people = framed["area_code"].map(population).astype(float)
        rates = (framed["value"] * PER_100K / people).round(2)
        framed["value"] = framed["value"].where(~framed["rate"], rates)
    return framed
