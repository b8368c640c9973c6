"""One chart with everything a reader or a journalist needs around it.

Badge (when illustrative), the figure, a one-sentence summary, its sources, and a row of
actions: the data as a CSV, a ready citation, and the same data as a table.
"""

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components import notes
from components.charts import plotly_config
from prevention.i18n import Lang, t


def chart_panel(
    fig: go.Figure,
    *,
    table: pd.DataFrame,
    csv: bytes,
    summary: str,
    sources: Sequence[tuple[str, str, str | None]],
    citation: str,
    file_stem: str,
    illustrative: bool,
    lang: Lang,
    key: str,
) -> None:
    """Render a chart panel; every argument is already computed (this only draws)."""
    with st.container(border=True):
        if illustrative:
            notes.illustrative_badge(lang)
        st.plotly_chart(fig, config=plotly_config(file_stem), key=f"chart_{key}")
        st.markdown(notes.escape_markdown(summary))
        notes.source_list(list(sources), lang)
        download, cite = st.columns([1, 1])
        download.download_button(
            t("panel.download_csv", lang),
            data=csv,
            file_name=f"{file_stem}.csv",
            mime="text/csv",
            icon=":material/download:",
            key=f"csv_{key}",
            on_click="ignore",
        )
        with cite.popover(t("panel.cite", lang), icon=":material/format_quote:"):
            st.caption(t("panel.cite_help", lang))
            st.code(citation, language=None, wrap_lines=True)
        with st.expander(t("panel.table", lang), icon=":material/table:"):
            st.dataframe(table, hide_index=True, width="stretch")
