"""A chart's CSV that describes itself: what, where, when, how much, in what unit, who says so.

A journalist's download travels without the page around it, so every row names its indicator
and area (code and name), the year as a whole number, the value (a count as a whole number),
the unit, the status, whether it is generated, and its source (title, publisher, address).
The file name names the indicator, the area and the years, so two downloads never collide.
"""

import re
import unicodedata
from collections.abc import Sequence

import pandas as pd

from prevention.example_layer import observation_flags
from prevention.i18n import Lang, t
from prevention.series import category_label, status_label

# Column keys, in file order; each header is t(f"sharing.col_{key}", lang).
COLUMNS = (
    "indicator_code",
    "indicator",
    "area_code",
    "area",
    "year",
    "category",
    "value",
    "unit",
    "status",
    "illustrative",
    "source_title",
    "source_publisher",
    "source_url",
)


def chart_csv_frame(
    frame: pd.DataFrame,
    *,
    indicator_code: str,
    indicator_name: str,
    area_code: str | Sequence[str],
    area_name: str | Sequence[str],
    unit: str,
    counts: bool,
    lang: Lang,
    extra: dict[str, Sequence[object]] | None = None,
) -> pd.DataFrame:
    """One row per value of `frame` (year, category, value, status, source columns).

    `area_code`/`area_name`: one area for every row, or one per row (a map). `counts`: the
    values are counts of people or cases (not rates), so whole numbers; a missing or hidden
    value stays empty, never 0. `extra`: a page's own columns (header: values), kept last.
    """
    values = pd.to_numeric(frame["value"], errors="coerce")
    if counts:
        values = values.round().astype("Int64")
    columns = {
        "indicator_code": indicator_code,
        "indicator": indicator_name,
        "area_code": area_code if isinstance(area_code, str) else list(area_code),
        "area": area_name if isinstance(area_name, str) else list(area_name),
        "year": frame["year"].astype(int).to_numpy(),
        "category": [category_label(str(c or ""), lang) for c in frame["category"]],
        "value": values.to_numpy(),
        "unit": unit,
        "status": [status_label(str(s), lang) for s in frame["status"]],
        "illustrative": observation_flags(frame).astype(bool).to_numpy(),
        "source_title": frame["source_title"].fillna("").to_numpy(),
        "source_publisher": frame["source_publisher"].fillna("").to_numpy(),
        "source_url": frame["source_url"].fillna("").to_numpy(),
    }
    table = pd.DataFrame(columns, index=range(len(frame)))
    if counts:
        table["value"] = table["value"].astype("Int64")
    table.columns = [t(f"sharing.col_{key}", lang) for key in COLUMNS]
    for header, values in (extra or {}).items():
        table[header] = list(values)
    return table


def file_stem(indicator_code: str, area_code: str, years: list[int]) -> str:
    """prevention-monitor_victims-officially-identified_LT_2011-2024: what, where, when."""
    span = f"{min(years)}-{max(years)}" if years else "no-years"
    if years and min(years) == max(years):
        span = str(min(years))
    return "_".join(["prevention-monitor", _slug(indicator_code), _slug(area_code), span])


def _slug(text: str) -> str:
    """ASCII letters, digits and hyphens only: safe in every file system and browser."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^0-9A-Za-z]+", "-", ascii_text).strip("-") or "all"
