"""What the compare page shows in words: table cells, the side-by-side table, CSV and summary.

Kept apart from prevention.views.compare (which only shapes numbers) so the numbers stay testable
without the catalogue. A suppressed cell reads "hidden", a missing one "–", never 0.
"""

import pandas as pd

from prevention.example_layer import with_flag_column
from prevention.i18n import Lang, number, t
from prevention.views import figure_quotes
from prevention.views.series import status_label


def cell_text(value: float, status: str, *, rate: bool, lang: Lang) -> str:
    """One value as the table prints it; suppressed and missing cells say what they are."""
    if status == "suppressed":
        return t("disclosure.hidden", lang)
    if value != value:  # NaN: no value for that year
        return "–"
    text = number(value, lang, decimals=0 if float(value).is_integer() and not rate else 1)
    return f"{text} (p)" if status == "provisional" else text


MISSING = "–"


def side_by_side(
    frame: pd.DataFrame,
    *,
    indicator_names: dict[str, str],
    area_names: dict[str, str],
    lang: Lang,
) -> pd.DataFrame:
    """Indicator and year down the side, one column per municipality, printed cells."""
    shown = frame.assign(
        cell=[
            cell_text(v, s, rate=bool(r), lang=lang)
            for v, s, r in zip(frame["value"], frame["status"], frame["rate"], strict=True)
        ]
    )
    wide = shown.pivot_table(
        index=["indicator", "year"], columns="area_code", values="cell", aggfunc="first", sort=False
    )
    wide = wide[[code for code in dict.fromkeys(frame["area_code"]) if code in wide.columns]]
    wide = wide.reset_index()
    wide["indicator"] = wide["indicator"].map(indicator_names)
    wide = wide.rename(
        columns={
            "indicator": t("column.indicator", lang),
            "year": t("column.year", lang),
            **area_names,
        }
    )
    wide.columns.name = None
    # A year one place has and another lacks leaves a hole in the pivot; Streamlit would
    # print it as "None". It is missing, written as every other missing value: a dash.
    return wide.fillna(MISSING)


def long_table(
    frame: pd.DataFrame,
    *,
    indicator_names: dict[str, str],
    area_names: dict[str, str],
    lang: Lang,
) -> pd.DataFrame:
    """Every cell of the view, one row each, for the table alternative and the CSV."""
    table = pd.DataFrame(
        {
            t("column.indicator", lang): frame["indicator"].map(indicator_names),
            t("column.code", lang): frame["area_code"],
            t("column.municipality", lang): frame["area_code"].map(area_names),
            t("column.year", lang): frame["year"].astype(int),
            t("column.value", lang): frame["value"].astype(float),
            t("column.unit", lang): [
                t("common.rate" if rate else "common.count", lang) for rate in frame["rate"]
            ],
            t("municipality.col_shown", lang): [
                cell_text(v, s, rate=bool(r), lang=lang)
                for v, s, r in zip(frame["value"], frame["status"], frame["rate"], strict=True)
            ],
            t("column.status", lang): [status_label(s, lang) for s in frame["status"]],
            t("common.source", lang): frame["source_publisher"].fillna(""),
            t("column.source_title", lang): frame["source_title"].fillna(""),
            t("column.source_url", lang): frame["source_url"].fillna(""),
        }
    )
    return with_flag_column(table, frame, t("example.column", lang))


def summary_sentence(
    frame: pd.DataFrame,
    *,
    indicator_names: dict[str, str],
    area_names: dict[str, str],
    lang: Lang,
) -> str:
    """Per indicator, who is highest and lowest in the latest year anyone has a value."""
    sentences = []
    for code in dict.fromkeys(frame["indicator"]):
        rows = frame[(frame["indicator"] == code) & frame["value"].notna()]
        if rows.empty:
            sentences.append(t("compare.summary_none", lang, what=indicator_names[code]))
            continue
        year = int(rows["year"].max())
        ranked = rows[rows["year"] == year].sort_values("value", ascending=False)
        top, bottom = ranked.iloc[0], ranked.iloc[-1]
        show = lambda row: cell_text(row["value"], row["status"], rate=bool(row["rate"]), lang=lang)  # noqa: E731
        key = "compare.summary"
        if len(ranked) == 1:
            key = "disclosure.compare_summary_one"
        elif top["value"] == bottom["value"]:
            key = "compare.summary_same"
        sentences.append(
            t(
                key,
                lang,
                what=indicator_names[code],
                year=year,
                top=area_names[top["area_code"]],
                top_value=show(top),
                bottom=area_names[bottom["area_code"]],
                bottom_value=show(bottom),
                count=len(ranked),
            )
        )
    hidden = int(frame["status"].eq("suppressed").sum())
    if hidden:
        sentences.append(t("disclosure.compare_summary_hidden", lang, count=number(hidden, lang)))
    return " ".join(sentences)


def point_key(indicator: str, area: str, year: int) -> str:
    """The key of one point of the comparison chart (its customdata), for its citation."""
    return f"{indicator}|{area}|{int(year)}"


def figure_citations(
    frame: pd.DataFrame,
    *,
    indicator_names: dict[str, str],
    area_names: dict[str, str],
    units: dict[str, str],
    url: str,
    lang: Lang,
    unit_codes: dict[str, str] | None = None,
) -> dict[str, str]:
    """Each published value of the comparison as one figure, latest year first; `unit_codes`
    (indicator -> "persons", none for a rate) put counted units in their governed form."""
    rows = frame.sort_values("year", ascending=False, kind="stable")
    quoted = pd.DataFrame(
        {
            "key": [
                point_key(i, a, y)
                for i, a, y in zip(rows["indicator"], rows["area_code"], rows["year"], strict=True)
            ],
            "what": rows["indicator"].map(indicator_names),
            "area": rows["area_code"].map(area_names),
            "year": rows["year"].astype(int),
            "value": rows["value"],
            "unit": rows["indicator"].map(units),
            "unit_code": rows["indicator"].map(unit_codes or {}).astype(object).fillna(""),
            "publisher": rows["source_publisher"].fillna(""),
        }
    )
    return figure_quotes.quotes(quoted, url=url, lang=lang)
