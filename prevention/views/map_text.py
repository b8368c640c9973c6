"""The words around a map: legend labels, hover lines, bar labels and the summary sentence.

Kept apart from the figure builders so every string goes through the catalogue and the
same words appear in the hover, the bar chart, the table and the download.
"""

from html import escape

import pandas as pd

from prevention.geo.mapdata import SMALL_COUNT
from prevention.i18n import Lang, number, t
from prevention.views.series import status_label

# Legend and bar order, top to bottom: the highest class first, then hidden counts, then 0,
# then areas without data.
STATUS_CATEGORIES = ("suppressed", "zero", "not_available")


def decimals_for(rate: bool) -> int:
    """Counts are whole; rates per 100 000 keep one decimal."""
    return 1 if rate else 0


def class_label(values: pd.Series, *, rate: bool, lang: Lang) -> str:
    """ "5–8" from the smallest and largest value in a class (one value shows once)."""
    low, high = float(values.min()), float(values.max())
    places = decimals_for(rate)
    if number(low, lang, decimals=places) == number(high, lang, decimals=places):
        return number(low, lang, decimals=places)
    return f"{number(low, lang, decimals=places)}–{number(high, lang, decimals=places)}"


def status_category_label(category: str, lang: Lang) -> str:
    """Legend text for zero, hidden and missing areas: one entry for every hidden area."""
    if category == "suppressed":
        return t("disclosure.hidden", lang)
    return t(f"map.class_{category}", lang)


def value_text(row: pd.Series, *, rate: bool, unit: str, lang: Lang) -> str:
    """The value as a reader sees it: "7 persons", "1,2 per 100 000 (7)", "hidden"."""
    kind = row["class"]
    if kind == "suppressed":
        return pooled_text(row, lang) or t("disclosure.hidden", lang)
    if kind == "not_available":
        return t("map.class_not_available", lang)
    shown = number(float(row["value"]), lang, decimals=decimals_for(rate) if row["value"] else 0)
    if rate:
        return t("map.rate_value", lang, value=shown, count=number(float(row["count"]), lang))
    return f"{shown} {unit}"


def pooled_text(row: pd.Series, lang: Lang) -> str | None:
    """ "hidden for one year; 2021–2023 together: 7" where a pooled figure holds the year."""
    value, period = row.get("pooled_value"), row.get("pooled_period")
    if (
        row.get("status") != "suppressed"
        or value is None
        or value != value
        or not isinstance(period, str)
    ):
        return None
    return t("pooled.hidden_year", lang, period=period.replace("-", "–"), value=number(value, lang))


def bar_text(row: pd.Series, *, rate: bool, lang: Lang) -> str:
    """The label at the end of a bar; hidden and missing areas say so instead of showing 0."""
    if row["class"] == "suppressed":
        return t("disclosure.hidden", lang)
    if row["class"] == "not_available":
        return t("map.class_not_available", lang)
    return number(float(row["value"]), lang, decimals=decimals_for(rate) if row["value"] else 0)


def rank_text(row: pd.Series, *, total: int, lang: Lang) -> str:
    """ "Rank 3–7 of 60", shared places and the small-number caveat, on one line."""
    return " ".join(rank_parts(row, total=total, lang=lang))


def rank_parts(row: pd.Series, *, total: int, lang: Lang) -> list[str]:
    """The rank, then (if any) the shared-value note and the small-number caveat.

    Hidden and missing areas have no rank; a range says hidden areas may lie above.
    """
    if row["rank_note"] == "zero":
        return [t("phone.rank_zero", lang)]
    if row["rank_note"] == "small":
        return [t("municipality.rank_small", lang, small=SMALL_COUNT)]
    if pd.isna(row["rank_best"]):
        return [t("map.rank_none", lang)]
    best, worst = int(row["rank_best"]), int(row["rank_worst"])
    rank = str(best) if best == worst else f"{best}–{worst}"
    parts = [t("map.rank", lang, rank=rank, total=total)]
    ties = row.get("rank_ties", 0)
    if not pd.isna(ties) and ties:
        parts.append(t("map.rank_ties", lang, others=int(ties)))
    return parts


def hover_text(row: pd.Series, *, what: str, year: int, total: int, value: str, lang: Lang) -> str:
    """Name, value, rank among all areas and status: short lines, so the box fits the map."""
    lines = [
        f"<b>{escape(str(row['name']))}</b>",
        f"{escape(what)}, {year}:",
        f"<b>{escape(value)}</b>",
        *(escape(part) for part in rank_parts(row, total=total, lang=lang)),
        escape(t("map.status", lang, status=status_label(str(row["status"]), lang))),
    ]
    return "<br>".join(lines)


def tile_label(name_lt: str, name_en: str, kind: str, lang: Lang) -> str:
    """A short tile label: four letters of the place and, for the paired ones, city or district.

    Vilnius, Kaunas and four other towns are two municipalities (the city and the district
    around it), so those need the suffix; four letters tell every other place apart.
    """
    name = name_lt if lang == "lt" else name_en
    stem = name.split()[0][:4]
    if kind in ("city", "district"):
        return f"{stem} {t(f'map.tile_{kind}', lang)}"
    return stem


def short_name(name_en: str, short_lt: str | None, name_lt: str, lang: Lang) -> str:
    """A bar label short enough for a chart: "Vilniaus m. sav.", "Vilnius City"."""
    if lang == "lt":
        return short_lt if isinstance(short_lt, str) and short_lt else name_lt
    return name_en.removesuffix(" Municipality")


def summary(
    frame: pd.DataFrame, *, what: str, year: int, rate: bool, level: str, lang: Lang
) -> str:
    """One sentence for readers and screen readers: where it is highest, and what is hidden."""
    known = frame[frame["class"] == "value"].sort_values("value", ascending=False)
    places = decimals_for(rate)
    if known.empty:
        first = t("map.summary_none", lang, what=what, year=year)
    else:
        top = ", ".join(
            f"{name} ({number(float(value), lang, decimals=places)})"
            for name, value in zip(known["short"].head(3), known["value"].head(3), strict=True)
        )
        first = t("map.summary_top", lang, what=what, year=year, top=top)
    counts = frame["class"].value_counts()
    second = t(
        f"disclosure.summary_counts_{level}",
        lang,
        zero=int(counts.get("zero", 0)),
        hidden=int(counts.get("suppressed", 0)),
        missing=int(counts.get("not_available", 0)),
    )
    return f"{first} {second}"
