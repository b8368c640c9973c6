"""The municipality profile's sections: the picker, the local facts, the indicator table,
the peers, the measures that cover it, the duplicates that name it and the report card.

Rendering only: the page reads the URL and the caches and passes each section its data.
"""

from collections.abc import Callable

import pandas as pd
import streamlit as st

from components import notes, table_layout
from components.links import page_link
from prevention.geo import places
from prevention.i18n import Lang, t
from prevention.views.profile import SMALL

DUPLICATES_PAGE = "app_pages/6_duplicates.py"


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


def peers(peer_text: str, table: pd.DataFrame, caveats: list[object], lang: Lang) -> None:
    """The peer municipalities, then the caveats of the indicators shown."""
    st.subheader(t("municipality.peers", lang))
    st.markdown(notes.escape_markdown(peer_text))
    table_layout.grid(table, lang, key="peers")
    for caveat in caveats:
        notes.caveat(caveat, lang)


def coverage(totals_text: str, gaps_text: str, *, missing: bool, lang: Lang) -> None:
    """How many measures cover it, and the target groups none reaches."""
    st.markdown(notes.escape_markdown(totals_text))
    (st.warning if missing else st.success)(
        gaps_text, icon=":material/group_off:" if missing else None
    )
    st.caption(t("municipality.budget_note", lang))


def measure_tables(by_type: pd.DataFrame, by_institution: pd.DataFrame, lang: Lang) -> None:
    """The measures by type and by institution, side by side."""
    kinds, who = st.columns(2)
    kinds.markdown(f"**{t('municipality.by_type', lang)}**")
    with kinds:
        table_layout.grid(by_type, lang, key="kinds")
    who.markdown(f"**{t('municipality.by_institution', lang)}**")
    with who:
        table_layout.grid(by_institution, lang, key="institutions")


def example_measures(totals_text: str, table: pd.DataFrame, lang: Lang) -> None:
    """The generated measures (example layer on), badged and apart from the real ones."""
    with st.container(border=True):
        st.markdown(f"**{t('example.example_table', lang)}**")
        notes.illustrative_badge(lang)
        st.markdown(notes.escape_markdown(f"{t('example.title_prefix', lang)}: {totals_text}"))
        table_layout.grid(table, lang, key="examples")


def duplicates(text: str, table: pd.DataFrame | None, code: str, lang: Lang) -> None:
    """The duplicated measures that name it, and the link to the duplicates page."""
    st.subheader(t("nav.duplicates", lang))
    st.markdown(notes.escape_markdown(text))
    if table is not None:
        table_layout.grid(table, lang, key="touching")
    page_link(
        DUPLICATES_PAGE,
        t("municipality.duplicates_link", lang),
        lang,
        icon=":material/content_copy:",
        area=code,
    )


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
