"""Figures for the duplicated-measures page: who overlaps with whom."""

import pandas as pd
import plotly.graph_objects as go

from components.charts import axis_text, plain
from prevention import cached
from prevention.i18n import Lang, plotly_separators, t


@cached.shared
def institution_matrix(matrix: pd.DataFrame, *, title: str, lang: Lang) -> go.Figure:
    """A heatmap of shared duplicate pairs between lead institutions (zero left blank)."""
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
    figure.update_layout(
        title={"text": plain(title)},
        height=size,
        margin={"l": 10, "r": 10, "t": 60, "b": 10},
        separators=plotly_separators(lang),
        xaxis={"side": "bottom", "tickangle": -40},
        yaxis={"autorange": "reversed"},
    )
    axis_text(figure)
    return figure
