"""The duplicates page's institution pairs: the matrix in its chart panel and the key of the
abbreviations under it.

Rendering only: the view (prevention.views.duplicates.matrix_panel) computed every part; the
page passes its memoised `figure` and `csv` (serving.caches) for the figure and the download.
"""

from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go

from components.abbreviations import institution_key
from components.figures.duplicate_charts import duplicate_figure
from components.panel import chart_panel
from prevention.i18n import Lang, t
from prevention.views.duplicates import MatrixPanel


def matrix_section(
    panel: MatrixPanel,
    institutions: pd.DataFrame,
    *,
    figure: Callable[..., go.Figure],
    csv: Callable[[pd.DataFrame], bytes],
    citation: str,
    permalink: str,
    lang: Lang,
) -> None:
    """The matrix of institution pairs with its table, download and citations, then its key."""
    title = t("overlap.matrix_title", lang)
    chart_panel(
        figure(
            duplicate_figure,
            panel.matrix,
            panel.ranked,
            title=title,
            lang=lang,
            source=panel.source_line,
            note=t("common.illustrative_badge", lang) if panel.illustrative else None,
            hover_names=panel.hover_names,
        ),
        table=panel.table,
        csv=csv(panel.csv),
        summary=panel.summary,
        sources=panel.sources,
        citation=citation,
        file_stem=panel.file_stem,
        illustrative=panel.illustrative,
        lang=lang,
        key="matrix",
        figure_citations=panel.figure_citations,
        permalink=permalink,
        title=title,
    )
    institution_key(panel.shorts, institutions, lang)
