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
from streamlit.delta_generator import DeltaGenerator

from components import notes, table_layout
from components.charts import plotly_config
from prevention.i18n import Lang, t
from prevention.i18n.citation import embed_snippet
from prevention.i18n.table_text import printed
from serving.page_runs import one_at_a_time

CITATION_HEIGHT = 180  # pixels: about eight wrapped lines, inside any phone's window


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
    figure_citations: dict[int, str] | None = None,
    permalink: str = "",
    title: str = "",
) -> None:
    """Render a chart panel; every argument is already computed (this only draws).

    With `figure_citations` (one per year) a click on a point picks the year the "cite this
    figure" button quotes; with a `permalink` the panel offers its link and an embed code.
    """
    # The keys let the page script (prevention/web/a11y.js) point the chart to its summary.
    with st.container(border=True, key=f"chart_panel_{key}"):
        if illustrative:
            notes.illustrative_badge(lang)
        if figure_citations:
            event = st.plotly_chart(
                fig,
                config=plotly_config(file_stem),
                key=f"chart_{key}",
                on_select="rerun",
                selection_mode="points",
            )
            chosen = _chosen_year(event, figure_citations)
        else:
            st.plotly_chart(fig, config=plotly_config(file_stem), key=f"chart_{key}")
        with st.container(key=f"chart_summary_{key}"):
            st.markdown(notes.escape_markdown(summary))
        notes.source_list(list(sources), lang)
        if figure_citations is not None:
            figure_cite, share = st.columns([1, 1])
            with figure_cite.popover(t("sharing.cite_figure", lang), icon=":material/counter_1:"):
                st.caption(t("sharing.cite_figure_help", lang))
                if figure_citations:
                    st.code(figure_citations[chosen], language=None, wrap_lines=True)
                else:
                    st.caption(t("sharing.no_figure", lang))
            if permalink:
                share_popover(share, permalink=permalink, title=title, lang=lang)
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
            # A fixed height scrolls a long citation inside the pop-up instead of running it
            # past the bottom of the window.
            st.code(citation, language=None, wrap_lines=True, height=CITATION_HEIGHT)
        table_on_demand(printed(table, lang), label=t("panel.table", lang), key=key, lang=lang)


@st.fragment
@one_at_a_time
def table_on_demand(table: pd.DataFrame, *, label: str, key: str, lang: Lang) -> None:
    """A switch that shows the table; turning it reruns only this fragment, not the page."""
    if st.toggle(label, key=f"table_{key}"):
        table_layout.grid(table, lang)


def share_popover(where: DeltaGenerator, *, permalink: str, title: str, lang: Lang) -> None:
    """ "Share": the view's link and an iframe embed code, each with its copy button."""
    with where.popover(t("sharing.share", lang), icon=":material/share:"):
        st.caption(t("sharing.share_link", lang))
        st.code(permalink, language=None, wrap_lines=True)
        st.caption(t("sharing.embed", lang))
        st.code(embed_snippet(permalink, title), language="html", wrap_lines=True)


def _chosen_year(event: object, citations: dict[int, str]) -> int:
    """The year of the point the reader clicked, if it has a citation; else the latest."""
    points = []
    try:
        points = event.selection.points  # type: ignore[attr-defined]
    except AttributeError:
        pass
    for point in points or []:
        try:
            year = int(float(point.get("x")))
        except (TypeError, ValueError):
            continue
        if year in citations:
            return year
    return max(citations)
