"""Headline cards for the overview: value, year, change, sparkline, source and rivals."""

from typing import Literal

import streamlit as st

from components import notes
from prevention.i18n import Lang, number, t
from prevention.views.headlines import Headline

TRENDS_PAGE = "app_pages/1_trends.py"


def headline_card(
    headline: Headline,
    *,
    name: str,
    change: str | None,
    lang: Lang,
    illustrative: int = 0,
    trend_params: dict[str, str] | None = None,
    press: str | None = None,
    citation: str | None = None,
) -> None:
    """One headline figure in a bordered card; everything it says is computed already.

    `press` says, next to the figure, that it comes from the press and what it reports;
    `citation` is the figure's one-figure citation, one click away under the card."""
    with st.container(border=True):
        st.metric(
            # The year comes first: a long Lithuanian name is cut, and its year must not be.
            t("headlines.card_label", lang, year=headline.year, name=name),
            number(headline.value, lang),
            delta=change,
            delta_color="off",
            delta_description=(
                t("home.vs_year", lang, year=headline.previous_year) if change else None
            ),
            chart_data=headline.history,
            chart_type="line",
            delta_arrow=_arrow(headline.change),
        )
        if headline.previous_value is None:
            st.caption(t("home.no_previous", lang, year=headline.year - 1))
        if illustrative:
            notes.illustrative_badge(lang)
            st.caption(t("example.measures_apart", lang, count=number(illustrative, lang)))
        if press:
            st.caption(notes.escape_markdown(press))
        if headline.source_id == "measures":
            st.caption(f"{t('common.source', lang)}: {t('home.measures_source', lang)}")
        else:
            notes.source_line(
                headline.source_title, headline.source_publisher, headline.source_url, lang
            )
        if headline.others:
            rivals = "; ".join(
                f"{number(value, lang)} ({notes.escape_markdown(publisher)})"
                for value, publisher in headline.others
            )
            st.caption(f":material/compare_arrows: {t('home.other_sources', lang, values=rivals)}")
        actions = st.container(horizontal=True)
        if citation:
            with actions.popover(t("sharing.cite_figure", lang), icon=":material/format_quote:"):
                st.caption(t("sharing.cite_figure_card_help", lang))
                st.code(citation, language=None, wrap_lines=True)
        if trend_params:
            actions.page_link(
                TRENDS_PAGE,
                label=t("home.see_trend", lang),
                icon=":material/show_chart:",
                query_params=trend_params,
            )


def _arrow(change: float | None) -> Literal["up", "down", "off"]:
    """The arrow follows the sign (our minus sign is typographic, so "auto" cannot see it)."""
    if not change:
        return "off"
    return "up" if change > 0 else "down"
