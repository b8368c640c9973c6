"""A chart's CSV that describes itself: what, where, when, how much, in what unit, who says so.

A journalist's download travels without the page around it, so every row names its indicator
and area (code and name), the year as a whole number, the value (a count as a whole number),
the unit, the status, whether it is generated, and its source (title, publisher, address).
The file name names the indicator, the area and the years, so two downloads never collide.
"""

import re
import unicodedata
from collections.abc import Mapping, Sequence

import pandas as pd

from prevention.example_layer import observation_flags
from prevention.i18n import Lang, t
from prevention.views.series import category_label, status_label

# Column keys, in file order; each header is t(f"column.{key}", lang).
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
    indicator_code: str | Sequence[str],
    indicator_name: str | Sequence[str],
    area_code: str | Sequence[str],
    area_name: str | Sequence[str],
    unit: str | Sequence[str],
    counts: bool | Sequence[bool],
    lang: Lang,
    extra: Mapping[str, Sequence[object]] | None = None,
) -> pd.DataFrame:
    """One row per value of `frame` (year, value, status, source columns; category if any).

    Each description is one value for every row, or one per row (a map's areas, a comparison's
    indicators). `counts`: the values are counts of people or cases, not rates, so they are
    written as whole numbers; a missing or hidden value stays empty, never 0. `extra`: a page's
    own columns (header: values), kept last.
    """
    size = len(frame)
    numbers = pd.to_numeric(frame["value"], errors="coerce").astype(float).tolist()
    whole = _per_row(counts, size)
    values = [
        None if value != value else (round(value) if count else value)  # NaN stays empty
        for value, count in zip(numbers, whole, strict=True)
    ]
    if "category" in frame.columns:  # a breakdown's rows; "" there is the total
        categories = [category_label(str(c or ""), lang) for c in frame["category"]]
    else:
        categories = [""] * size
    columns = {
        "indicator_code": _per_row(indicator_code, size),
        "indicator": _per_row(indicator_name, size),
        "area_code": _per_row(area_code, size),
        "area": _per_row(area_name, size),
        "year": frame["year"].astype(int).tolist(),
        "category": categories,
        "value": pd.array(values, dtype="Int64") if all(whole) else pd.array(values, dtype=object),
        "unit": _per_row(unit, size),
        "status": [status_label(str(s), lang) for s in frame["status"]],
        "illustrative": observation_flags(frame).astype(bool).tolist(),
        "source_title": frame["source_title"].fillna("").tolist(),
        "source_publisher": frame["source_publisher"].fillna("").tolist(),
        "source_url": frame["source_url"].fillna("").tolist(),
    }
    table = pd.DataFrame(columns, index=range(size))
    table.columns = [t(f"column.{key}", lang) for key in COLUMNS]
    for header, extra_values in (extra or {}).items():
        table[header] = list(extra_values)
    return table


def comparison_csv_frame(
    frame: pd.DataFrame,
    *,
    indicator_names: dict[str, str],
    area_names: dict[str, str],
    units: dict[str, str],
    rate_unit: str,
    rate_column: str,
    lang: Lang,
) -> pd.DataFrame:
    """Small multiples' CSV (several indicators and areas): each row names its own.

    `frame` has indicator, area_code and a `rate_column` that is true where the value is per
    100 000 (then its unit is `rate_unit` and it keeps its decimals).
    """
    rated = frame[rate_column].astype(bool).tolist()
    codes = frame["indicator"].astype(str).tolist()
    return chart_csv_frame(
        frame,
        indicator_code=codes,
        indicator_name=[indicator_names.get(code, code) for code in codes],
        area_code=frame["area_code"].astype(str).tolist(),
        area_name=[area_names.get(str(code), str(code)) for code in frame["area_code"]],
        unit=[
            rate_unit if rate else units.get(code, "")
            for code, rate in zip(codes, rated, strict=True)
        ],
        counts=[not rate for rate in rated],
        lang=lang,
    )


def described_table(
    table: pd.DataFrame,
    *,
    code: str,
    name: str,
    area_code: str,
    area_name: str,
    years: tuple[int, int],
    unit: str,
    sources: Sequence[tuple[str, str, str | None]],
    illustrative: bool,
    lang: Lang,
) -> pd.DataFrame:
    """A table counted over a period (measures by group, type, place) that says what it holds.

    Its rows are categories, not years, so the period is two whole-number columns (first and
    last year); the sources of every counted measure are listed in each row, and the status
    says whether the counted measures are real (published) or generated (illustrative).
    """
    first, last = int(min(years)), int(max(years))
    size = len(table)
    titles, publishers, urls = (
        "; ".join(dict.fromkeys(str(part or "") for part in parts if part))
        for parts in (zip(*sources, strict=True) if sources else ((), (), ()))
    )
    head = {
        "indicator_code": code,
        "indicator": name,
        "area_code": area_code,
        "area": area_name,
        "year_first": first,
        "year_last": last,
    }
    tail = {
        "unit": unit,
        "status": status_label("illustrative" if illustrative else "published", lang),
        "illustrative": illustrative,
        "source_title": titles,
        "source_publisher": publishers,
        "source_url": urls,
    }
    described = pd.DataFrame(
        {t(f"column.{key}", lang): [value] * size for key, value in head.items()},
        index=table.index,
    )
    own = table.drop(columns=[c for c in table.columns if c in described.columns])
    ending = pd.DataFrame(
        {t(f"column.{key}", lang): [value] * size for key, value in tail.items()},
        index=table.index,
    )
    own = own.drop(columns=[c for c in own.columns if c in ending.columns])
    return pd.concat([described, own, ending], axis=1).reset_index(drop=True)


def _per_row(value: object, size: int) -> list:
    """A description as one value per row: a text or flag repeated, or a sequence as given."""
    if isinstance(value, (str, bool)):
        return [value] * size
    values = list(value)  # type: ignore[call-overload]
    if len(values) != size:
        raise ValueError(f"{len(values)} values for {size} rows")
    return values


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
