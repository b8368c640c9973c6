"""Pure figure builders: DataFrame -> go.Figure. No st.* calls, so they test without Streamlit.

Every time chart keeps gaps as gaps, draws suppressed, not-available and illustrative values
with their own marks, shades action-plan periods and carries its title and source inside the
figure, so the PNG from Plotly's toolbar can be cited on its own.
"""

import html
from numbers import Real

import pandas as pd
import plotly.graph_objects as go

from components.figures import chart_rules
from prevention.i18n import Lang, plotly_separators, t
from prevention.i18n.axis_ticks import compact_axis
from prevention.views.source_names import localised

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
GREY = "#8a949c"
# One colour per meaning on every page (national measures are blue wherever they are drawn),
# each at least 3:1 on white; the second part of a pair is also hatched, so that telling the
# parts apart never rests on colour alone. Parts not named here take the palette in order.
PART_STYLES = {
    "national": ("#0072B2", ""),
    "local": ("#D55E00", "/"),
    "lead": ("#009E73", ""),
    "partner": ("#CC79A7", "/"),
}
PATTERNS = ["", "/", ".", "x", "-", "|", "+", "\\"]
# Each kind of measure keeps its colour (and hatch) whatever the filter leaves on a chart.
TYPE_ORDER = (
    "awareness",
    "coordination",
    "hotline",
    "outreach",
    "research",
    "training",
    "victim_assistance",
)
# Text in figures, at WCAG AA on white (4.5:1) or better, never smaller than SMALL px: body ink
# (14.6:1), notes and source lines (7.5:1), grey status letters (5.5:1; GREY itself is 3.1:1,
# enough for a mark but not for text).
INK = "#1d2a35"
MUTED = "#4a5661"
GREY_TEXT = "#5f6b75"
SMALL = 12
BAND = "rgba(27, 111, 128, 0.08)"


def trend_figure(
    frame: pd.DataFrame,
    *,
    title: str,
    source: str,
    y_title: str,
    kind: str,
    bands: list[tuple[int, int, str]],
    category_labels: dict[str, str],
    lang: Lang,
    marks: dict[str, list[int]],
    events: list[tuple[int, str]] | None = None,
    note: str | None = None,
    unit: str = "",
) -> go.Figure:
    """A yearly series as a line or (stacked) bars, with status marks and plan bands.

    `unit` is the indicator's unit code: counts get whole-number ticks, the TIP tier an axis
    of named tiers. Hidden and missing years go on a strip above the plot in the series' own
    colour (chart_rules), never on the zero line.
    """
    fig = go.Figure()
    tiers = unit == chart_rules.TIER_UNIT
    if tiers:
        kind = "line"  # a stacked bar of categories would add tiers up
    categories = list(dict.fromkeys(frame["category"]))
    strip = False
    for index, category in enumerate(categories):
        part = frame[frame["category"] == category].sort_values("year")
        name = plain(category_labels.get(category, category))
        colour = PALETTE[index % len(PALETTE)]
        _add_values(fig, part, name=name, colour=colour, kind=kind, lang=lang, tiers=tiers)
        strip |= chart_rules.add_status_strip(
            fig, part, name=name, colour=colour, lang=lang, several=len(categories) > 1
        )
    if strip:
        chart_rules.strip_axes(fig, lang)
    if kind == "bar":
        _add_zero_marks(fig, marks.get("zero", []), lang=lang)
    heights = chart_rules.band_label_heights(len(bands))
    for (start, end, label), height in zip(bands, heights, strict=True):
        fig.add_vrect(x0=start - 0.45, x1=end + 0.45, fillcolor=BAND, line_width=0, layer="below")
        fig.add_annotation(
            x=(start + end) / 2,
            y=height,
            yref="paper",
            yanchor="bottom",
            text=plain(label),
            showarrow=False,
            font={"size": SMALL, "color": "#1b6f80"},
        )
    for year, label in events or []:
        fig.add_vline(x=year, line_dash="dot", line_color=GREY, line_width=1)
        fig.add_annotation(
            x=year,
            y=0.92,
            yref="paper",
            text=plain(label),
            showarrow=False,
            xanchor="left",
            font={"size": SMALL, "color": MUTED},
        )
    years = frame["year"].astype(int)
    layout_source(fig, title=title, source=source, lang=lang, note=note)
    fig.update_layout(
        barmode="stack",
        yaxis_title=y_title,
        xaxis={
            "title": t("column.year", lang),
            "dtick": 1 if years.max() - years.min() < 16 else 2,
            "range": [years.min() - 0.6, years.max() + 0.6],
        },
        yaxis={"rangemode": "tozero"},
        hovermode="x unified",
        showlegend=True,
    )
    if tiers:
        chart_rules.tier_axis(fig, lang)
    elif chart_rules.is_count(unit):
        chart_rules.count_axis(fig, frame["value"])
    return fig


def _add_values(
    fig: go.Figure,
    part: pd.DataFrame,
    *,
    name: str,
    colour: str,
    kind: str,
    lang: Lang,
    tiers: bool = False,
) -> None:
    """Published, provisional and illustrative values; missing years stay NaN, i.e. gaps."""
    symbols = part["status"].map({"provisional": "circle-open", "illustrative": "diamond"})
    marks = part["status"].map({"provisional": " (p)", "illustrative": " (i)"}).fillna("")
    hover = "%{y:,.2~f}%{customdata}<extra>" + name + "</extra>"
    if tiers:
        # A tier is named, not measured: the hover says "Tier 2", never "2".
        named = [
            "" if pd.isna(v) else plain(chart_rules.tier_label(v, lang)) for v in part["value"]
        ]
        marks = pd.Series(named, index=part.index) + marks
        hover = "%{customdata}<extra>" + name + "</extra>"
    if kind == "bar":
        fig.add_bar(
            x=part["year"],
            y=part["value"],
            name=name,
            marker_color=colour,
            marker_pattern_shape=part["status"]
            .map({"provisional": "/", "illustrative": "."})
            .fillna(""),
            customdata=marks,
            hovertemplate=hover,
        )
        return
    fig.add_scatter(
        x=part["year"],
        y=part["value"],
        name=name,
        mode="lines+markers",
        connectgaps=False,
        line={"color": colour, "width": 2.5},
        marker={"size": 8, "symbol": symbols.fillna("circle").tolist(), "color": colour},
        customdata=marks,
        hovertemplate=hover,
    )


def _add_zero_marks(fig: go.Figure, years: list[int], *, lang: Lang) -> None:
    """A zero bar has no height: mark it, so 0 never looks like "no data"."""
    if years:
        fig.add_scatter(
            x=years,
            y=[0] * len(years),
            mode="markers+text",
            name=t("chart.zero", lang),
            text=["0"] * len(years),
            textposition="top center",
            marker={"symbol": "circle-open", "size": 9, "color": "#1d2a35"},
            hovertemplate="0<extra></extra>",
            cliponaxis=False,
        )


def layout_source(
    fig: go.Figure, *, title: str, source: str, lang: Lang, note: str | None = None
) -> None:
    """Title (and a warning note) on top, source at the bottom, inside the figure.

    Both survive the toolbar's PNG export; separators follow the language (LT 1 234,5).
    """
    lines = chart_rules.wrap(title)
    # Below the toolbar's row (TITLE_PAD), wrapped: Plotly never wraps a title itself, and at
    # 390 px one line of 60 characters runs off the figure.
    heading: dict[str, object] = {
        "text": chart_rules.LINE_BREAK.join(plain(line) for line in lines),
        "x": 0,
        "xanchor": "left",
        "yref": "container",
        "y": 1,
        "yanchor": "top",
        "pad": {"t": chart_rules.TITLE_PAD},
    }
    heading["font"] = {"size": 16}
    if note:
        heading["subtitle"] = {"text": plain(note), "font": {"color": "#b35900", "size": 12}}
    top = chart_rules.top_margin(len(lines), note=bool(note))
    fig.update_layout(
        title=heading,
        separators=plotly_separators(lang),
        height=500 + top - 80,
        margin={"t": top, "b": 140, "l": 60, "r": 20},
        legend={"orientation": "h", "y": -0.2, "x": 0},
        font={"family": "sans-serif", "color": INK},
        plot_bgcolor="white",
        paper_bgcolor="white",
    )
    compact_value_axes(fig, lang)
    axis_text(fig)
    source_note(fig, source, lang, y=-0.36)


def compact_value_axes(fig: go.Figure, lang: Lang) -> None:
    """Large axis numbers as "800 tūkst." / "800k" in the page's language (see axis_ticks).

    Each trace names its axes ("x2", "y"); values drawn on the same axis are pooled. Bars
    may be stacked (barmode is often set after this runs), so the sums per category count
    too: a tick beyond the data is never drawn, a missing one would leave the top unlabelled.
    """
    pooled: dict[str, list[object]] = {}
    stacks: dict[tuple[str, object], float] = {}
    for trace in fig.data:
        if trace.type not in ("bar", "scatter"):
            continue  # heat maps and maps have category or geographic axes
        for letter in ("x", "y"):
            axis = getattr(trace, f"{letter}axis", None) or letter
            pooled.setdefault(axis, []).extend(_values(trace, letter))
        if trace.type == "bar":
            value, category = ("x", "y") if trace.orientation == "h" else ("y", "x")
            axis = getattr(trace, f"{value}axis", None) or value
            for where, amount in zip(_values(trace, category), _values(trace, value), strict=False):
                if isinstance(amount, Real) and amount == amount and float(amount) > 0:
                    stacks[(axis, where)] = stacks.get((axis, where), 0.0) + float(amount)
    for (axis, _), total in stacks.items():
        pooled[axis].append(total)
    for axis, values in pooled.items():
        ticks = compact_axis(values, lang)
        if ticks:
            name = axis[0] + "axis" + axis[1:]  # "x2" -> "xaxis2"
            fig.update_layout({name: {"tickmode": "array", **ticks}})


def _values(trace: object, letter: str) -> list[object]:
    """A trace's x or y as a list (Plotly keeps NumPy arrays, which have no truth value)."""
    found = getattr(trace, letter, None)
    return [] if found is None else list(found)


def part_style(code: str, index: int) -> tuple[str, str]:
    """(colour, hatch) of a part of a stacked bar: fixed for known parts and measure types."""
    if code in PART_STYLES:
        return PART_STYLES[code]
    if code in TYPE_ORDER:
        index = TYPE_ORDER.index(code)
    return PALETTE[index % len(PALETTE)], PATTERNS[index % len(PATTERNS)]


def axis_text(fig: go.Figure) -> None:
    """Tick labels, axis titles, legend and colour scale in ink: Streamlit's chart theme draws
    them grey (3.7:1 on white), under the 4.5:1 that text needs. Call it after the traces."""
    ink = {"color": INK}
    fig.update_xaxes(tickfont=ink, title_font=ink)
    fig.update_yaxes(tickfont=ink, title_font=ink)
    fig.update_layout(legend_font=ink, legend_title_font=ink)
    for trace in fig.data:  # a heat map's or a map's colour scale has ticks too
        if "colorbar" in trace:
            trace.update(colorbar={"tickfont": ink, "title": {"font": ink}})


def source_note(
    fig: go.Figure, source: str, lang: Lang, *, y: float = 0, yshift: float = 0
) -> None:
    """ "Source: ..." under the plot, inside the figure, so the toolbar's PNG keeps it."""
    fig.add_annotation(
        text=plain(f"{t('common.source', lang)}: {localised(source, lang)}"[:220]),
        xref="paper",
        yref="paper",
        x=0,
        y=y,
        yshift=yshift,
        xanchor="left",
        yanchor="top",
        showarrow=False,
        font={"size": SMALL, "color": MUTED},
        align="left",
    )


def plain(text: str) -> str:
    """Data text as Plotly shows it literally: its labels understand a few HTML tags.

    The standard library's escape of &, < and >; quotes stay as they are (a label is text,
    never an attribute value), as they always have on the charts.
    """
    return html.escape(text, quote=False)


# The toolbar's PNG is drawn at this width whatever the screen: on a phone the on-screen
# width would cut the source line and wrap the title (the height stays the figure's own).
PNG_WIDTH = 1000


def plotly_config(file_name: str) -> dict[str, object]:
    """Toolbar: PNG download named after the view; no Plotly logo, nothing sent anywhere.

    The PNG keeps what the figure carries inside it: title, illustrative note and source.
    """
    return {
        "displaylogo": False,
        "toImageButtonOptions": {
            "format": "png",
            "filename": file_name,
            "scale": 2,
            "width": PNG_WIDTH,
        },
        "modeBarButtonsToRemove": ["select2d", "lasso2d"],
    }
