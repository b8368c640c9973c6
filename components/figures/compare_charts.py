"""Small multiples for the compare page: one panel per indicator, one line per municipality.

Lines break where a year is missing (no interpolation). A suppressed year is drawn as a cross
in the municipality's colour along the top of its panel, above every value, so "hidden" never
looks like a 0 or a gap. Panels sit one per row: two side by side overlap their titles at
390 px, and one column reads as well on a desktop.
"""

import math

import pandas as pd
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from components.figures.chart_rules import LINE_BREAK, wrap
from components.figures.charts import PALETTE, layout_source, plain
from prevention.i18n import Lang, t
from prevention.views.compare_text import point_key

PANEL = 260  # px of plot per indicator
PANEL_GAP = 110  # px between panels: room for a two-line title and the year ticks
HIDDEN_LEVEL = 1.12  # hidden crosses at 112 % of the panel's largest value


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
    """One subplot per indicator (one per row), each with a line per municipality.

    An indicator with nothing to draw (no value and no hidden mark for any area and year) gets
    no panel: an empty axis says less than the sentence and table beside the figure, which
    still name it. Only when no indicator has anything are the empty panels drawn.
    """
    every = list(dict.fromkeys(frame["indicator"]))
    indicators = [code for code in every if _drawable(frame[frame["indicator"] == code])] or every
    areas = list(dict.fromkeys(frame["area_code"]))
    columns = 1
    rows = math.ceil(len(indicators) / columns)
    fig = make_subplots(
        rows=rows,
        cols=columns,
        subplot_titles=[LINE_BREAK.join(map(plain, wrap(indicator_names[c]))) for c in indicators],
        # PANEL_GAP px between panels, for the next panel's (wrapped) title and the x ticks.
        vertical_spacing=PANEL_GAP / (PANEL * rows + PANEL_GAP * (rows - 1)) if rows > 1 else 0.1,
    )
    hidden = t("disclosure.hidden", lang)
    legend_hidden: set[str] = set()  # one "hidden" legend entry per municipality
    for position, indicator in enumerate(indicators):
        row, col = position // columns + 1, position % columns + 1
        panel = frame[frame["indicator"] == indicator]
        known = pd.to_numeric(panel["value"], errors="coerce").dropna()
        top = max(float(known.max()) if not known.empty else 0.0, 1.0)
        crosses = top * HIDDEN_LEVEL  # above every value of the panel, never on its zero line
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
                # The point's key: a click picks the figure "cite this figure" quotes.
                customdata=[point_key(indicator, area, year) for year in part["year"]],
                row=row,
                col=col,
            )
            secret = part[part["status"] == "suppressed"]
            if not secret.empty:
                fig.add_scatter(
                    x=secret["year"],
                    y=[crosses] * len(secret),
                    name=f"{name}: {plain(hidden)}",
                    legendgroup=area,
                    showlegend=area not in legend_hidden,
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
                legend_hidden.add(area)
        fig.update_yaxes(
            title_text=plain(y_titles[indicator]),
            range=[0, top * (HIDDEN_LEVEL + 0.1)],
            row=row,
            col=col,
        )
        fig.update_xaxes(dtick=2, row=row, col=col)
    layout_source(fig, title=title, source=source, lang=lang, note=note)
    fig.update_layout(hovermode="closest", showlegend=True)
    # The first panel's title needs its own room below the figure's title and note.
    top = int(fig.layout.margin.t) + 40
    footer(fig, plot_height=PANEL * rows + PANEL_GAP * (rows - 1), top=top)
    return fig


def _drawable(panel: pd.DataFrame) -> bool:
    """Whether a panel has a point or a hidden mark to draw."""
    values = pd.to_numeric(panel["value"], errors="coerce")
    return bool(values.notna().any() or (panel["status"] == "suppressed").any())


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
