"""The municipality profile's sections: the picker, the local facts, the indicator table,
the peers and the report card (the measures and duplicates that concern it are drawn by
components/profile_sections.py).

Rendering only: the page reads the URL and the caches and passes each section its data.
"""

from collections.abc import Callable
from typing import Protocol

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components import notes, table_layout
from components.figures.compare_charts import small_multiples
from components.panel import chart_panel
from prevention.codes import NATIONAL
from prevention.geo import places
from prevention.i18n import Lang, t
from prevention.i18n.citation import years_label
from prevention.views import compare_text as compare_view
from prevention.views import profile_text
from prevention.views.chart_csv import comparison_csv_frame, file_stem
from prevention.views.peers import PeerGroup
from prevention.views.profile import SMALL, IndicatorComparison
from prevention.views.shown import Source

# The page's cached figure and CSV makers (serving.caches), passed in: components build
# nothing through the caches themselves.
Figure = Callable[..., go.Figure]
CsvBytes = Callable[[pd.DataFrame], bytes]


class Cite(Protocol):
    """The ready citation of one panel of the profile (the page knows the rest)."""

    def __call__(self, *, what: str, years: list[int], sources: list[Source]) -> str: ...


def area_picker(
    municipalities: pd.DataFrame, codes: list[str], names: dict[str, str], code: str, lang: Lang
) -> str:
    """The search box and the municipality picker; gives the municipality picked."""
    left, right = st.columns([2, 3])
    query = left.text_input(
        t("municipality.search", lang),
        key="municipality_search",
        placeholder=t("municipality.search_hint", lang),
        max_chars=60,
    )
    options = places.search(municipalities, query) if query.strip() else codes
    if not options:
        left.caption(t("municipality.search_none", lang))
        options = codes
    pick_key, linked_key = f"municipality_pick_{lang}", f"municipality_linked_{lang}"
    # The picker's value lives in session state. A link to another municipality (an ?area=
    # other than the one this page last wrote, in the same session) wins over the remembered
    # choice, and so does a search that leaves the choice out; the picker's own changes reach
    # the URL (the page writes it).
    if st.session_state.get(pick_key) not in options or st.session_state.get(linked_key) != code:
        st.session_state[pick_key] = code if code in options else options[0]
    picked = right.selectbox(
        t("column.municipality", lang), options, format_func=lambda c: names[c], key=pick_key
    )
    st.session_state[linked_key] = picked
    return str(picked)


def heading(name: str, facts: str) -> None:
    """The municipality's name, and its county, kind and population."""
    st.header(name)
    st.markdown(notes.escape_markdown(facts))


def local_facts(lines: Callable[[], list[str]], lang: Lang) -> None:
    """The closed "local profile" expander; `lines` gives its lines when it is drawn."""
    with st.expander(t("localmap.profile_title", lang), expanded=False):
        local = lines()
        if local:
            st.markdown("\n".join(f"- {notes.escape_markdown(line)}" for line in local))
        else:
            st.caption(t("localmap.profile_none", lang))


def indicator_table(summary_table: pd.DataFrame, *, illustrative: bool, lang: Lang) -> None:
    """The indicators beside the county, the country and the peers, and what is hidden."""
    if illustrative:
        notes.illustrative_badge(lang)
    table_layout.grid(summary_table, lang)
    hidden_note = t("disclosure.municipality_note", lang, small=SMALL)
    st.caption(f":material/visibility_off: {hidden_note}")


def indicator_panel(
    comparison: IndicatorComparison,
    *,
    code: str,
    name: str,
    county: str,
    areas: pd.DataFrame,
    labels: pd.DataFrame,
    indicator_names: dict[str, str],
    sources: list[Source],
    illustrative: bool,
    url: str,
    lang: Lang,
    figure: Figure,
    csv_bytes: CsvBytes,
    cite: Cite,
) -> None:
    """The small multiples of every indicator beside the county, the country and the peers.

    The CSV names the indicators and units without the example prefix or the rate: it says
    which rows are rated in a column of its own.
    """
    frame, rated, span = comparison.frame, comparison.rated, comparison.span
    compared = profile_text.area_names(areas, [code, county, NATIONAL], lang)
    unit_codes = {c: str(labels.loc[c, "unit"]) for c in indicator_names}
    units = profile_text.units(indicator_names, unit_codes, rated, lang)
    title = t("municipality.chart_title", lang, area=name, years=years_label(list(span)))
    if illustrative:
        title = f"{t('example.title_prefix', lang)}: {title}"
    chart_panel(
        figure(
            small_multiples,
            frame,
            indicator_names=indicator_names,
            area_names=compared,
            title=title,
            source="; ".join(dict.fromkeys(publisher for _, publisher, _ in sources)),
            y_titles=units,
            lang=lang,
            note=t("common.illustrative_badge", lang) if illustrative else None,
        ),
        table=profile_text.long_table(
            frame, names=compared, indicator_names=indicator_names, lang=lang
        ),
        csv=csv_bytes(
            comparison_csv_frame(
                frame,
                indicator_names={c: str(labels.loc[c, f"name_{lang}"]) for c in indicator_names},
                area_names=compared,
                units=profile_text.units(indicator_names, unit_codes, [], lang),
                rate_unit=t("common.rate", lang),
                rate_column="rated",
                lang=lang,
            )
        ),
        summary=profile_text.summary(
            frame,
            comparison.ranks,
            code=code,
            name=name,
            indicator_names=indicator_names,
            lang=lang,
        ),
        sources=sources,
        citation=cite(what=title, years=list(span), sources=sources),
        file_stem=file_stem("-".join(indicator_names), code, list(span)),
        illustrative=illustrative,
        lang=lang,
        key="profile",
        figure_citations=compare_view.figure_citations(
            frame,
            indicator_names=indicator_names,
            area_names=compared,
            units=units,
            url=url,
            lang=lang,
            unit_codes={c: u for c, u in unit_codes.items() if c not in rated},
        ),
        permalink=url,
        title=title,
    )


def peers(
    peer_text: str,
    group: PeerGroup,
    municipalities: pd.DataFrame,
    caveats: list[object],
    lang: Lang,
) -> None:
    """The peer municipalities, then the caveats of the indicators shown."""
    st.subheader(t("municipality.peers", lang))
    st.markdown(notes.escape_markdown(peer_text))
    table_layout.grid(profile_text.peers_table(group, municipalities, lang), lang, key="peers")
    for caveat in caveats:
        notes.caveat(caveat, lang)


def report_download(html: Callable[[], str], code: str, lang: Lang) -> None:
    """The one-page report card's heading and download button."""
    st.header(t("common.report", lang))
    st.caption(t("municipality.report_help", lang))
    st.download_button(
        t("municipality.download_report", lang),
        # Written when the reader clicks, on a thread of its own, not in every view of the page.
        data=lambda: html().encode("utf-8"),
        file_name=f"prevention-monitor_{code}_{lang}.html",
        mime="text/html",
        icon=":material/print:",
        key="report_card",
        on_click="ignore",
    )
