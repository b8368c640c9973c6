"""One chart with everything a reader or a journalist needs around it.

Badge (when illustrative), the figure, a one-sentence summary, its sources, and a row of
actions: the data as a CSV, a ready citation, and the same data as a table.

The table is drawn only when a reader turns it on, in a fragment of its own: Streamlit's data
grid costs a first visit about 1.6 MB of JavaScript, and a collapsed expander still loads and
draws it. bench/bench_pages.py, /trends warm, 5 visits each, side by side: 4.36 s until the
chart drew with the grid in an expander, 3.51 s without it.
"""

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

import pandas as pd
import plotly.graph_objects as go
import streamlit as st
from streamlit.delta_generator import DeltaGenerator

from components import embed, notes, table_layout
from components.figures.charts import plotly_config
from prevention.i18n import Lang, t
from prevention.i18n.citation import embed_snippet
from prevention.i18n.table_text import printed
from prevention.views import figure_quotes
from prevention.web import url_values
from serving.page_runs import one_at_a_time

CITATION_HEIGHT = 180  # pixels: about eight wrapped lines, inside any phone's window


class PanelView(Protocol):
    """A view that carries everything one chart panel shows (views/trends.py, views/map.py)."""

    @property
    def title(self) -> str: ...
    @property
    def table(self) -> pd.DataFrame: ...
    @property
    def csv(self) -> bytes: ...
    @property
    def summary(self) -> str: ...
    @property
    def sources(self) -> Sequence[tuple[str, str, str | None]]: ...
    @property
    def citation(self) -> str: ...
    @property
    def file_stem(self) -> str: ...
    @property
    def illustrative(self) -> bool: ...
    @property
    def figure_citations(self) -> Mapping[Any, str]: ...


def view_panel(fig: go.Figure, view: PanelView, *, lang: Lang, key: str, permalink: str) -> None:
    """A chart panel around a view's figure, every part of it from the view."""
    chart_panel(
        fig,
        table=view.table,
        csv=view.csv,
        summary=view.summary,
        sources=view.sources,
        citation=view.citation,
        file_stem=view.file_stem,
        illustrative=view.illustrative,
        lang=lang,
        key=key,
        figure_citations=view.figure_citations,
        permalink=permalink,
        title=view.title,
    )


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
    figure_citations: Mapping[int, str] | Mapping[str, str] | None = None,
    permalink: str = "",
    title: str = "",
) -> None:
    """Render a chart panel; every argument is already computed (this only draws).

    With `figure_citations` (one per point key: a year, an area code...) a click on a point
    picks the figure the "cite this figure" button quotes (prevention.views.figure_quotes); with a
    `permalink` the panel offers its link and an embed code.
    """
    quotes = {str(key): text for key, text in (figure_citations or {}).items()}
    alone = embed.alone()
    if alone is not None:  # an embedded chart: this panel alone, or nothing
        if alone.panel == key:
            with alone.slot:
                _panel_alone(fig, sources, file_stem, illustrative, lang, key, permalink)
            embed.finish()
        return
    # The keys let the page script (prevention/web/a11y.js) point the chart to its summary.
    with st.container(border=True, key=f"chart_panel_{key}"):
        if illustrative:
            notes.illustrative_badge(lang)
        if quotes:
            event = st.plotly_chart(
                fig,
                config=plotly_config(file_stem),
                key=f"chart_{key}",
                on_select="rerun",
                selection_mode="points",
            )
            chosen = figure_quotes.chosen(_points(event), quotes)
        else:
            st.plotly_chart(fig, config=plotly_config(file_stem), key=f"chart_{key}")
        with st.container(key=f"chart_summary_{key}"):
            st.markdown(notes.escape_markdown(summary))
        notes.source_list(list(sources), lang)
        if figure_citations is not None or permalink:
            figure_cite, share = st.columns([1, 1])
            if figure_citations is not None:
                icon = ":material/counter_1:"
                by_year = all(url_values.year(key) is not None for key in quotes)
                help_key = "sharing.cite_figure_help" if by_year else "finish18.cite_point_help"
                with figure_cite.popover(t("sharing.cite_figure", lang), icon=icon):
                    st.caption(t(help_key, lang))
                    if quotes:
                        st.code(quotes[chosen], language=None, wrap_lines=True)
                    else:
                        st.caption(t("sharing.no_figure", lang))
            if permalink:
                share_popover(share, permalink=permalink, title=title, lang=lang, key=key)
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


def _panel_alone(
    fig: go.Figure,
    sources: Sequence[tuple[str, str, str | None]],
    file_stem: str,
    illustrative: bool,
    lang: Lang,
    key: str,
    permalink: str,
) -> None:
    """What an embedded chart shows: the mark, the figure (its title inside), the source
    line and the way back to the full view with its table, CSV and citations."""
    with st.container(key=f"chart_panel_{key}"):
        if illustrative:
            notes.illustrative_badge(lang)
        st.plotly_chart(fig, config=plotly_config(file_stem), key=f"chart_{key}")
        notes.source_list(list(sources), lang)
        if permalink:
            st.link_button(
                t("finish18.embed_open", lang, app=t("app.name", lang)),
                permalink,
                icon=":material/open_in_new:",
            )


@st.fragment
@one_at_a_time
def table_on_demand(table: pd.DataFrame, *, label: str, key: str, lang: Lang) -> None:
    """A switch that shows the table; turning it reruns only this fragment, not the page."""
    if st.toggle(label, key=f"table_{key}"):
        table_layout.grid(table, lang, key=key)


def share_popover(
    where: DeltaGenerator, *, permalink: str, title: str, lang: Lang, key: str = ""
) -> None:
    """ "Share": the view's link and an iframe embed code, each with its copy button.

    With the panel's `key` the embed code shows that chart alone (components/embed.py).
    """
    with where.popover(t("sharing.share", lang), icon=":material/share:"):
        st.caption(t("sharing.share_link", lang))
        st.code(permalink, language=None, wrap_lines=True)
        st.caption(t("sharing.embed", lang))
        st.code(embed_snippet(permalink, title, panel=key), language="html", wrap_lines=True)


def _points(event: object) -> list:
    """The points the reader clicked (none before a click, or when the chart has no event)."""
    try:
        return list(event.selection.points or [])  # type: ignore[attr-defined]
    except AttributeError:
        return []
