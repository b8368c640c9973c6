"""Figures for the duplicated-measures page: who overlaps with whom."""

import pandas as pd
import plotly.graph_objects as go

from components.charts import MUTED, SMALL, axis_text, plain
from prevention import cached
from prevention.i18n import Lang, plotly_separators, t


@cached.shared
def institution_matrix(
    matrix: pd.DataFrame, *, title: str, lang: Lang, source: str = "", note: str | None = None
) -> go.Figure:
    """A heatmap of shared duplicate pairs between lead institutions (zero left blank).

    Title, the illustrative note and the source sit inside the figure, so the toolbar's PNG
    says what it is, whether it is generated and who it comes from.
    """
    counts = matrix.to_numpy()
    shown = [[value if value else None for value in row] for row in counts]
    figure = go.Figure(
        go.Heatmap(
            z=shown,
            x=[plain(str(name)) for name in matrix.columns],
            y=[plain(str(name)) for name in matrix.index],
            text=[[str(value) if value else "" for value in row] for row in counts],
            texttemplate="%{text}",
            colorscale="Oranges",
            hoverongaps=False,
            hovertemplate=t("overlap.matrix_hover", lang) + "<extra></extra>",
            colorbar={"title": {"text": t("overlap.matrix_scale", lang)}},
        )
    )
    size = max(320, 34 * len(matrix) + 160)
    heading: dict[str, object] = {"text": plain(title)}
    if note:
        heading["subtitle"] = {"text": plain(note), "font": {"color": "#b35900", "size": 12}}
    figure.update_layout(
        title=heading,
        height=size + 40,
        margin={"l": 10, "r": 10, "t": 80 if note else 60, "b": 50},
        separators=plotly_separators(lang),
        xaxis={"side": "bottom", "tickangle": -40},
        yaxis={"autorange": "reversed"},
    )
    if source:
        figure.add_annotation(
            text=plain(f"{t('common.source', lang)}: {source}"[:220]),
            xref="paper",
            yref="paper",
            x=0,
            y=0,
            yshift=-45,
            xanchor="left",
            yanchor="top",
            showarrow=False,
            font={"size": SMALL, "color": MUTED},
            align="left",
        )
    axis_text(figure)
    return figure
