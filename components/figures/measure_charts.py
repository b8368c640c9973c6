"""Figures for the measures page: coverage matrix, who does what, money, time, need vs effort.

Pure builders: frames and translated labels in, go.Figure out. No st.* calls.
"""

import math

import pandas as pd
import plotly.graph_objects as go

from components.figures.charts import GREY, PALETTE, layout_source, part_style, plain
from components.figures.compare_charts import footer
from prevention.i18n import Lang, t
from prevention.views.figure_quotes import pair_key

GAP = "#f6c6b8"  # an empty cell: warm, so gaps stand out against the blue counts


def coverage_heatmap(
    counts: pd.DataFrame,
    *,
    local: pd.DataFrame,
    national: pd.DataFrame,
    institutions: pd.DataFrame,
    row_names: list[str],
    column_names: list[str],
    title: str,
    source: str,
    lang: Lang,
    note: str | None = None,
) -> go.Figure:
    """Municipalities × categories; a cell no measure reaches is drawn in its own colour."""
    values = counts.to_numpy()
    detail = [
        [[int(a), int(b), plain(str(c)) or "–"] for a, b, c in zip(ra, rb, rc, strict=True)]
        for ra, rb, rc in zip(
            local.to_numpy(), national.to_numpy(), institutions.to_numpy(), strict=True
        )
    ]
    rows = [plain(name) for name in row_names]
    # Short column labels keep the columns wide enough to read at 390 px; the hover names
    # each category in full.
    columns = [plain(name) for name in short_labels(list(column_names))]
    detail = [
        [[*cell, plain(full)] for cell, full in zip(row, column_names, strict=True)]
        for row in detail
    ]
    hover = (
        "%{y} · %{customdata[3]}<br>"
        + t("measures.hover_local", lang)
        + ": %{customdata[0]} · "
        + t("measures.hover_national", lang)
        + ": %{customdata[1]}<br>%{customdata[2]}<extra></extra>"
    )
    fig = go.Figure()
    fig.add_heatmap(
        z=[[1 if value == 0 else None for value in row] for row in values],
        x=columns,
        y=rows,
        colorscale=[[0, GAP], [1, GAP]],
        showscale=False,
        customdata=detail,
        hovertemplate=hover,
        hoverongaps=False,
        name=t("municipality.col_gap", lang),
    )
    top = max((value for row in values for value in row), default=1)
    fig.add_heatmap(
        z=[[value if value else None for value in row] for row in values],
        x=columns,
        y=rows,
        text=[[str(value) if value else "0" for value in row] for row in values],
        texttemplate="%{text}",
        colorscale=[[0, "#c6dbef"], [1, "#08306b"]],  # 1 already visibly blue
        zmin=1,
        customdata=detail,
        hovertemplate=hover,
        hoverongaps=False,
        # Below the plot, not beside it: beside, it takes a quarter of a phone's width.
        colorbar={
            "title": {"text": t("column.measures", lang), "side": "top"},
            "orientation": "h",
            "x": 0,
            "xanchor": "left",
            "y": -10 / (18 * len(rows) + 40),
            "yanchor": "top",
            "len": 0.6,
            "thickness": 12,
            # Whole measures only: no "1.2 measures" on the scale when the counts are small.
            "tick0": 1,
            "dtick": max(1, math.ceil((top - 1) / 5)),
        },
        xgap=1,
        ygap=1,
    )
    layout_source(fig, title=title, source=source, lang=lang, note=note)
    fig.update_layout(
        xaxis={"side": "top", "tickangle": -90},
        yaxis={"autorange": "reversed", "dtick": 1},
    )
    # Rotated column labels sit between the title and the plot: room for both.
    top = int(fig.layout.margin.t) + 8 * LABEL_CHARS
    footer(fig, plot_height=18 * len(rows) + 40, top=top, bottom=150)
    return fig


LABEL_CHARS = 16  # a column label's length at most: rotated, it fits above a phone's plot


def short_labels(names: list[str], limit: int = LABEL_CHARS) -> list[str]:
    """Category names cut to at most `limit` characters with "…"; cut names that would then
    read the same keep their full text (the heat map's columns are matched by label)."""
    cut = [
        name if len(name) <= limit else name[: limit - 1].rstrip(" ,;:–-") + "…" for name in names
    ]
    return [full if cut.count(short) > 1 else short for short, full in zip(cut, names, strict=True)]


def bars(
    frame: pd.DataFrame,
    *,
    category: str,
    parts: dict[str, str],
    category_names: dict[str, str],
    title: str,
    source: str,
    x_title: str,
    lang: Lang,
    note: str | None = None,
    hover_names: dict[str, str] | None = None,
) -> go.Figure:
    """Horizontal stacked bars: one bar per category, one colour per part (lead/partner...).

    `hover_names` (label -> "KOPŽI – full name") spells abbreviations out where one points.
    """
    fig = go.Figure()
    labels = [category_names.get(str(code), str(code)) for code in frame[category]]
    names = [plain(label) for label in labels]
    spelled = [plain((hover_names or {}).get(label, label)) for label in labels]
    for index, (column, label) in enumerate(parts.items()):
        colour, hatch = part_style(column, index)
        fig.add_bar(
            y=names,
            x=frame[column],
            name=plain(label),
            orientation="h",
            marker_color=colour,
            marker_pattern_shape=hatch,
            hovertext=spelled,
            hovertemplate=f"%{{hovertext}}: %{{x}} ({plain(label)})<extra></extra>",
            # Each bar's code: a click picks the figure "cite this figure" quotes.
            customdata=[str(code) for code in frame[category]],
        )
    layout_source(fig, title=title, source=source, lang=lang, note=note)
    fig.update_layout(barmode="stack", xaxis_title=x_title, yaxis={"autorange": "reversed"})
    footer(fig, plot_height=max(220, 24 * len(frame)), bottom=170)
    return fig


def budget_bars(
    frame: pd.DataFrame,
    *,
    title: str,
    source: str,
    lang: Lang,
    note: str | None = None,
    hover_names: dict[str, str] | None = None,
) -> go.Figure:
    """Budget per year, stacked by lead institution ("other" last, in grey); the hover
    spells an abbreviation out (`hover_names`: label -> "KOPŽI – full name")."""
    fig = go.Figure()
    institutions = sorted(set(frame["institution"]) - {"other"})
    if "other" in set(frame["institution"]):
        institutions.append("other")
    for index, name in enumerate(institutions):
        part = frame[frame["institution"] == name]
        label = t("measures.other", lang) if name == "other" else plain(name)
        fig.add_bar(
            x=part["year"],
            y=part["budget_eur"],
            name=label,
            marker_color=GREY if name == "other" else PALETTE[index % len(PALETTE)],
            customdata=[pair_key(str(name), str(int(year))) for year in part["year"]],
            hovertemplate=f"{plain((hover_names or {}).get(name, label))}, %{{x}}: "
            + "%{y:,.0f} €<extra></extra>",
        )
    layout_source(fig, title=title, source=source, lang=lang, note=note)
    fig.update_layout(
        barmode="stack",
        yaxis_title=t("measures.axis_budget", lang),
        xaxis={"title": t("column.year", lang), "dtick": 1},
    )
    return fig


def timeline(
    frame: pd.DataFrame,
    *,
    labels: list[str],
    type_names: dict[str, str],
    title: str,
    source: str,
    lang: Lang,
    note: str | None = None,
) -> go.Figure:
    """One bar per measure from its first to its last year, coloured by type."""
    fig = go.Figure()
    rows = [plain(label) for label in labels]
    for index, code in enumerate(dict.fromkeys(frame["measure_type"])):
        mask = (frame["measure_type"] == code).to_list()
        name = plain(type_names.get(str(code), str(code)))
        colour, hatch = part_style(str(code), index)
        fig.add_bar(
            y=[row for row, keep in zip(rows, mask, strict=True) if keep],
            x=(frame["end"] - frame["start"] + 1)[mask],
            base=(frame["start"] - 0.5)[mask],
            orientation="h",
            name=name,
            marker_color=colour,
            marker_pattern_shape=hatch,
            customdata=frame[["start", "end", "lead_institution"]][mask],
            hovertemplate="%{y}<br>%{customdata[0]}–%{customdata[1]} · %{customdata[2]}"
            + f" · {name}<extra></extra>",
        )
    layout_source(fig, title=title, source=source, lang=lang, note=note)
    fig.update_layout(
        barmode="overlay",
        xaxis={"title": t("column.year", lang), "dtick": 1},
        yaxis={"autorange": "reversed", "categoryorder": "array", "categoryarray": rows},
    )
    footer(fig, plot_height=max(240, 18 * len(rows)), bottom=200)
    return fig
