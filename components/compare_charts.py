"""Small multiples for the compare page: one panel per indicator, one line per municipality.

Lines break where a year is missing (no interpolation). A suppressed year is drawn as a cross
on the axis in the municipality's colour, so "hidden" never looks like a 0 or a gap.
"""

import math

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from components.charts import GREY, PALETTE, layout_source, plain
from prevention import cached
from prevention.i18n import Lang, t


@cached.shared
def small_multiples(
    frame: pd.DataFrame,
    *,
    indicator_names: dict[str, str],
    area_names: dict[str, str],
    title: str,
    source: str,
    y_titles: dict[str, str],
    lang: Lang,
    note: str | None = None,
) -> go.Figure:
    """One subplot per indicator (two columns), each with a line per municipality."""
    indicators = list(dict.fromkeys(frame["indicator"]))
    areas = list(dict.fromkeys(frame["area_code"]))
    columns = 1 if len(indicators) == 1 else 2
    rows = math.ceil(len(indicators) / columns)
    fig = make_subplots(
        rows=rows,
        cols=columns,
        subplot_titles=[plain(indicator_names[code]) for code in indicators],
        vertical_spacing=0.5 / max(rows, 1) if rows > 1 else 0.1,
        horizontal_spacing=0.08,
    )
    hidden = t("disclosure.hidden", lang)
    for position, indicator in enumerate(indicators):
        row, col = position // columns + 1, position % columns + 1
        for index, area in enumerate(areas):
            part = frame[(frame["indicator"] == indicator) & (frame["area_code"] == area)]
            part = part.sort_values("year")
            name = plain(area_names[area])
            colour = PALETTE[index % len(PALETTE)]
            fig.add_scatter(
                x=part["year"],
                y=part["value"],
                name=name,
                legendgroup=area,
                showlegend=position == 0,
                mode="lines+markers",
                connectgaps=False,
                line={"color": colour, "width": 2.5},
                marker={"size": 7, "color": colour},
                hovertemplate=f"{name}, %{{x}}: %{{y:,.2~f}}<extra></extra>",
                row=row,
                col=col,
            )
            secret = part[part["status"] == "suppressed"]
            if not secret.empty:
                fig.add_scatter(
                    x=secret["year"],
                    y=[0] * len(secret),
                    name=name,
                    legendgroup=area,
                    showlegend=False,
                    mode="markers",
                    marker={
                        "symbol": "x-thin-open",
                        "size": 11,
                        "line": {"width": 2, "color": colour},
                    },
                    hovertemplate=f"{name}, %{{x}}: {plain(hidden)}<extra></extra>",
                    cliponaxis=False,
                    row=row,
                    col=col,
                )
        fig.update_yaxes(
            title_text=plain(y_titles[indicator]), rangemode="tozero", row=row, col=col
        )
        fig.update_xaxes(dtick=2, row=row, col=col)
    _suppressed_legend(fig, frame, lang)
    layout_source(fig, title=title, source=source, lang=lang, note=note)
    fig.update_layout(hovermode="closest", showlegend=True)
    footer(fig, plot_height=300 * rows)
    return fig


def footer(fig: go.Figure, *, plot_height: int, top: int = 110, bottom: int = 190) -> None:
    """Legend and source below the plot at fixed pixel offsets, whatever the figure's height.

    layout_source() places them in paper fractions, which drift off a tall figure.
    """
    fig.update_layout(height=plot_height + top + bottom, margin={"t": top, "b": bottom})
    fig.update_layout(legend={"y": -60 / plot_height, "yanchor": "top"})
    source_label = plain(t("common.source", "lt")), plain(t("common.source", "en"))
    for annotation in fig.layout.annotations:
        if str(annotation.text).startswith(source_label):
            annotation.update(y=-(bottom - 30) / plot_height)


def _suppressed_legend(fig: go.Figure, frame: pd.DataFrame, lang: Lang) -> None:
    """One grey legend entry explaining the crosses, only when some value is hidden."""
    if not frame["status"].eq("suppressed").any():
        return
    fig.add_scatter(
        x=[None],
        y=[None],
        mode="markers",
        name=plain(t("disclosure.hidden", lang)),
        marker={
            "symbol": "x-thin-open",
            "size": 11,
            "color": GREY,
            "line": {"width": 2, "color": GREY},
        },
        hoverinfo="skip",
    )
