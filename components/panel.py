"""One chart with everything a reader or a journalist needs around it.

Badge (when illustrative), the figure, a one-sentence summary, its sources, and a row of
actions: the data as a CSV, a ready citation, and the same data as a table.

The table is drawn only when a reader turns it on, in a fragment of its own: Streamlit's data
grid costs a first visit about 1.6 MB of JavaScript, and a collapsed expander still loads and
draws it. bench/bench_pages.py, /trends warm, 5 visits each, side by side: 4.36 s until the
chart drew with the grid in an expander, 3.51 s without it.
"""

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components import notes, table_layout
from components.charts import plotly_config
from components.page_runs import one_at_a_time
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
    # The keys let the page script (prevention/a11y.js) point the chart to its summary.
    with st.container(border=True, key=f"chart_panel_{key}"):
        if illustrative:
            notes.illustrative_badge(lang)
        st.plotly_chart(fig, config=plotly_config(file_stem), key=f"chart_{key}")
        with st.container(key=f"chart_summary_{key}"):
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
        table_on_demand(table, label=t("panel.table", lang), key=key, lang=lang)


@st.fragment
@one_at_a_time
def table_on_demand(table: pd.DataFrame, *, label: str, key: str, lang: Lang) -> None:
    """A switch that shows the table; turning it reruns only this fragment, not the page."""
    if st.toggle(label, key=f"table_{key}"):
        table_layout.grid(table, lang)
