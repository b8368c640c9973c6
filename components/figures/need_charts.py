"""Need against effort: one dot per municipality, median lines, the four quadrants named.

Open dots are floors ("at least"): some years were hidden and counted as 0.
"""

import pandas as pd
import plotly.graph_objects as go

from components.figures.charts import PALETTE, SMALL, layout_source, plain
from prevention.i18n import Lang, t

WATCH = "#D55E00"  # high need, low effort: the quadrant a reader should look at first
# The same orange, darker, for its words: WATCH is 3.9:1 on white, enough for a mark, not text.
WATCH_TEXT = "#b34700"


def need_effort_scatter(
    frame: pd.DataFrame,
    *,
    names: dict[str, str],
    need_title: str,
    effort_title: str,
    title: str,
    source: str,
    lang: Lang,
    highlight: str | None = None,
    note: str | None = None,
) -> go.Figure:
    """x = effort, y = need; the medians split the plane; the watched quadrant in orange."""
    fig = go.Figure()
    for floor in (False, True):
        part = frame[frame["lower_bound"] == floor]
        if part.empty:
            continue
        colours = [WATCH if q == "high_need_low_effort" else PALETTE[0] for q in part["quadrant"]]
        codes = [str(code) for code in part.index]
        fig.add_scatter(
            x=part["effort"],
            y=part["need_per_100k"],
            mode="markers+text",
            name=t("measures.dot_floor" if floor else "column.municipality", lang),
            text=[plain(names.get(code, code)) if code == highlight else "" for code in codes],
            textposition="top center",
            marker={
                "size": [16 if code == highlight else 10 for code in codes],
                "color": colours,
                "symbol": "circle-open" if floor else "circle",
                "line": {"width": 2, "color": colours},
            },
            customdata=[
                [plain(names.get(code, code)), int(count)]
                for code, count in zip(codes, part["measures"], strict=True)
            ],
            hovertemplate=(
                "%{customdata[0]}<br>"
                + plain(need_title)
                + ": %{y:,.2f}<br>"
                + plain(effort_title)
                + ": %{x:,.2f}<br>"
                + t("measures.hover_measures", lang)
                + ": %{customdata[1]}<extra></extra>"
            ),
        )
    fig.add_hline(y=frame.attrs.get("need_median", 0), line_dash="dash", line_color="#4a5661")
    fig.add_vline(x=frame.attrs.get("effort_median", 0), line_dash="dash", line_color="#4a5661")
    for key, x, y, anchor in (
        ("measures.quadrant_high_need_low_effort", 0.01, 0.99, "left"),
        ("measures.quadrant_high_need_high_effort", 0.99, 0.99, "right"),
        ("measures.quadrant_low_need_low_effort", 0.01, 0.01, "left"),
        ("measures.quadrant_low_need_high_effort", 0.99, 0.01, "right"),
    ):
        fig.add_annotation(
            text=plain(t(key, lang)),
            xref="paper",
            yref="paper",
            x=x,
            y=y,
            xanchor=anchor,
            yanchor="top" if y > 0.5 else "bottom",
            showarrow=False,
            font={"size": SMALL, "color": WATCH_TEXT if "high_need_low" in key else "#4a5661"},
        )
    layout_source(fig, title=title, source=source, lang=lang, note=note)
    fig.update_layout(
        xaxis={"title": plain(effort_title), "rangemode": "tozero"},
        yaxis={"title": plain(need_title), "rangemode": "tozero"},
        height=560,
    )
    return fig
