"""Yearly series for charts and tables: gaps kept as gaps, rival sources set aside, rates.

Pure pandas: the trends page and the overview call these on query results.
"""

import math

import pandas as pd

from prevention.codes import PER_100K
from prevention.example_layer import observation_flags, with_flag_column
from prevention.i18n import Lang, code_key, has_key, t

# The marks printed beside a value everywhere (chart legend, tables, downloads).
STATUS_MARKS = {
    "published": "",
    "suppressed": "c",
    "provisional": "p",
    "not_available": "–",
    "illustrative": "i",
}
SHOWN = ["year", "category", "value", "status", "source_id", "source_publisher", "source_title"]
SHOWN += ["source_url", "note"]


def chart_frame(
    rows: pd.DataFrame, *, first_year: int | None = None, last_year: int | None = None
) -> pd.DataFrame:
    """Preferred values on every year of the range; a year without one is NaN, "not_available"."""
    preferred = rows[rows["preferred"].astype(bool)].copy()
    preferred["category"] = preferred["breakdown_category"].fillna("")
    if preferred.empty:
        return pd.DataFrame(columns=SHOWN)
    first = int(preferred["year"].min()) if first_year is None else first_year
    last = int(preferred["year"].max()) if last_year is None else last_year
    categories = list(dict.fromkeys(preferred["category"]))
    grid = pd.MultiIndex.from_product(
        [range(first, last + 1), categories], names=["year", "category"]
    )
    preferred["year"] = preferred["year"].astype(int)
    framed = (
        preferred.drop_duplicates(["year", "category"])
        .set_index(["year", "category"])
        .reindex(grid)
        .reset_index()
    )
    framed["value"] = pd.to_numeric(framed["value"], errors="coerce").astype(float)
    framed["status"] = framed["status"].fillna("not_available")
    for column in SHOWN:
        if column not in framed.columns:
            framed[column] = None
    return framed[SHOWN]


def other_sources(rows: pd.DataFrame, shown: pd.DataFrame) -> pd.DataFrame:
    """Non-preferred values for the years shown, each with its source ("other sources say")."""
    others = rows[~rows["preferred"].astype(bool) & rows["value"].notna()].copy()
    if others.empty or shown.empty:
        return pd.DataFrame(columns=["year", "category", "value", "source_publisher", "differs"])
    others["category"] = others["breakdown_category"].fillna("")
    others["year"] = others["year"].astype(int)
    others = others[others["year"].between(shown["year"].min(), shown["year"].max())]
    chosen = shown.set_index(["year", "category"])["value"]
    keys = list(zip(others["year"], others["category"], strict=True))
    others["preferred_value"] = [chosen.get(key) for key in keys]
    others["differs"] = others["value"] != others["preferred_value"]
    columns = ["year", "category", "value", "source_id", "source_publisher", "source_title"]
    return others[[*columns, "preferred_value", "differs"]].sort_values(["year", "category"])


def per_capita(frame: pd.DataFrame, population: float | None) -> pd.DataFrame:
    """Values per 100 000 residents of the 2021 census; a suppressed count stays suppressed."""
    rated = frame.copy()
    if not population:
        rated["value"] = float("nan")
        return rated
    rated["value"] = (rated["value"] * PER_100K / population).round(2)
    return rated


def plan_bands(plans: pd.DataFrame, first: int, last: int) -> list[tuple[int, int, str]]:
    """Action-plan periods that overlap the years shown, clipped to them: (start, end, plan)."""
    bands = []
    starts = plans["start_year"].astype(int)
    ends = plans["end_year"].fillna(plans["start_year"]).astype(int)
    for start, end in zip(starts, ends, strict=True):
        if end >= first and start <= last:
            bands.append((max(start, first), min(end, last), f"{start}–{end}"))
    return bands


# Notable events drawn on time charts: (year, catalogue key).
EVENTS = ((2004, "event.eu_accession"), (2022, "event.ukraine_war"))


def events_in(first: int, last: int) -> list[tuple[int, str]]:
    """The notable events inside the years shown."""
    return [(year, key) for year, key in EVENTS if first <= year <= last]


def unit_label(unit: str, lang: Lang) -> str:
    """A unit code's label ("persons" -> "asmenys"); an unknown unit shows as itself."""
    key = code_key("unit", unit)
    return t(key, lang) if has_key(key) else unit


def category_label(category: str, lang: Lang) -> str:
    """A breakdown category's label; a code without one shows as itself."""
    if not category:
        return t("common.total", lang)
    key = code_key("category", category)
    return t(key, lang) if has_key(key) else category


def status_label(status: str, lang: Lang) -> str:
    """The translated status with its mark: "suppressed (c)"; published says "published"."""
    key = f"status.{status}"
    return t(key, lang) if has_key(key) else status


def table_frame(frame: pd.DataFrame, *, unit: str, lang: Lang) -> pd.DataFrame:
    """What a chart shows, as a table and a download: translated headers, marks, sources."""
    table = pd.DataFrame(
        {
            t("column.year", lang): frame["year"].astype(int),
            t("column.category", lang): [category_label(c, lang) for c in frame["category"]],
            t("column.value", lang): frame["value"].astype(float),
            t("column.unit", lang): unit,
            t("column.status", lang): [status_label(s, lang) for s in frame["status"]],
            t("common.source", lang): frame["source_publisher"].fillna(""),
            t("column.source_title", lang): frame["source_title"].fillna(""),
            t("column.source_url", lang): frame["source_url"].fillna(""),
        }
    )
    if frame["category"].eq("").all():
        table = table.drop(columns=[t("column.category", lang)])
    return with_flag_column(table, frame, t("example.column", lang))


def status_years(frame: pd.DataFrame) -> dict[str, list[int]]:
    """Years that need their own mark on a chart: suppressed, not available, zero.

    In a breakdown, a year is "not available" only when no category has a value.
    """
    years = frame["year"].astype(int)
    empty = frame.assign(year=years).groupby("year")["value"].apply(lambda v: v.isna().all())
    suppressed = sorted(set(years[(frame["status"] == "suppressed") & frame["value"].isna()]))
    missing = [
        int(year)
        for year in empty[empty].index
        if year not in suppressed and (frame.loc[years == year, "status"] == "not_available").any()
    ]
    return {
        "suppressed": suppressed,
        "not_available": missing,
        "zero": sorted(set(years[frame["value"] == 0])),
    }


def is_illustrative(frame: pd.DataFrame) -> bool:
    """Whether any value shown is generated, so the view needs the illustrative badge."""
    # By source, not status: a hidden (suppressed) generated cell is generated too.
    return bool(observation_flags(frame).any())


TIER_UNIT = "tier"
# The TIP report's tiers as stored (2.5 is the Watch List), best first, with catalogue keys.
TIERS = (
    (1.0, "phone.tier_1"),
    (2.0, "phone.tier_2"),
    (2.5, "phone.tier_2_watch"),
    (3.0, "phone.tier_3"),
)


def tier_label(value: float, lang: Lang) -> str:
    """A stored tier value as its category name ("Tier 2"); an unknown value as a number."""
    for level, key in TIERS:
        if math.isclose(float(value), level):
            return t(key, lang)
    return f"{float(value):g}"
