"""The municipality profile's sections: the picker, the local facts, the indicator table,
the peers, the measures that cover it, the duplicates that name it and the report card.

Rendering only: the page reads the URL and the caches and passes each section its data.
"""

from collections.abc import Callable
from typing import Protocol

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components import notes, table_layout
from components.figures import measure_charts
from components.figures.compare_charts import small_multiples
from components.links import page_link
from components.panel import chart_panel
from prevention.codes import NATIONAL
from prevention.geo import places
from prevention.i18n import Lang, t
from prevention.i18n.citation import years_label
from prevention.views import compare_text as compare_view
from prevention.views import figure_quotes, profile_measure_text, profile_text
from prevention.views.chart_csv import comparison_csv_frame, file_stem
from prevention.views.peers import PeerGroup
from prevention.views.profile import SMALL, IndicatorComparison
from prevention.views.profile_measure_text import CoveredMeasures
from prevention.views.shown import Source, measures_illustrative

# The page's cached figure and CSV makers (serving.caches), passed in: components build
# nothing through the caches themselves.
Figure = Callable[..., go.Figure]
CsvBytes = Callable[[pd.DataFrame], bytes]


class Cite(Protocol):
    """The ready citation of one panel of the profile (the page knows the rest)."""

    def __call__(self, *, what: str, years: list[int], sources: list[Source]) -> str: ...


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


def coverage(totals_text: str, gaps_text: str, *, missing: bool, lang: Lang) -> None:
    """How many measures cover it, and the target groups none reaches."""
    st.markdown(notes.escape_markdown(totals_text))
    (st.warning if missing else st.success)(
        gaps_text, icon=":material/group_off:" if missing else None
    )
    st.caption(t("municipality.budget_note", lang))


def groups_panel(
    cover: CoveredMeasures,
    *,
    code: str,
    name: str,
    period: tuple[int, int],
    unit: str,
    url: str,
    lang: Lang,
    figure: Figure,
    csv_bytes: CsvBytes,
    cite: Cite,
) -> None:
    """The measures that cover it by target group, local and national; `unit` names what
    the bars count."""
    illustrative = measures_illustrative(cover.shown)
    period_label = years_label(list(period))
    what = t("municipality.groups_title", lang, area=name, years=period_label)
    group_table = profile_measure_text.category_table(cover.by_group, "target_group", lang)
    group_names = {c: t(f"target_group.{c}", lang) for c in cover.by_group["target_group"]}
    chart_panel(
        figure(
            measure_charts.bars,
            cover.by_group,
            category="target_group",
            parts={
                "local": t("municipality.col_local", lang),
                "national": t("municipality.col_national", lang),
            },
            category_names=group_names,
            title=what,
            source="; ".join(dict.fromkeys(p for _, p, _ in cover.sources))[:200],
            x_title=t("municipality.axis_measures", lang),
            lang=lang,
            note=t("common.illustrative_badge", lang) if illustrative else None,
        ),
        table=group_table,
        csv=csv_bytes(group_table),
        summary=f"{cover.totals_text} {cover.gaps_text}",
        sources=cover.sources,
        citation=cite(what=what, years=list(period), sources=cover.sources),
        file_stem=f"prevention-monitor_municipality_{code}_measures_{period_label}".replace(
            "–", "-"
        ),
        illustrative=illustrative,
        lang=lang,
        key="groups",
        figure_citations=figure_quotes.category_quotes(
            cover.by_group,
            category="target_group",
            parts=["local", "national"],
            names=group_names,
            what=t("finish18.groups_quote", lang),
            area=name,
            period=period_label,
            unit=unit,
            publisher="; ".join(dict.fromkeys(p for _, p, _ in cover.sources)),
            url=url,
            lang=lang,
            unit_code="measures",
        ),
        permalink=url,
        title=what,
    )


def measure_tables(cover: CoveredMeasures, by_institution: pd.DataFrame, lang: Lang) -> None:
    """The measures by type and by institution, side by side."""
    kinds, who = st.columns(2)
    kinds.markdown(f"**{t('municipality.by_type', lang)}**")
    with kinds:
        table_layout.grid(
            profile_measure_text.category_table(cover.by_type, "measure_type", lang),
            lang,
            key="kinds",
        )
    who.markdown(f"**{t('municipality.by_institution', lang)}**")
    with who:
        table_layout.grid(by_institution, lang, key="institutions")


def example_measures(
    cover: CoveredMeasures, measures: pd.DataFrame, *, code: str, name: str, years: str, lang: Lang
) -> None:
    """The generated measures (example layer on), badged and apart from the real ones."""
    totals_text, table = profile_measure_text.example_summary(
        cover.example_shown, measures, code=code, name=name, years=years, lang=lang
    )
    with st.container(border=True):
        st.markdown(f"**{t('example.example_table', lang)}**")
        notes.illustrative_badge(lang)
        st.markdown(notes.escape_markdown(f"{t('example.title_prefix', lang)}: {totals_text}"))
        table_layout.grid(table, lang, key="examples")


def duplicates(
    text: str, touching: pd.DataFrame, areas: pd.DataFrame, code: str, lang: Lang
) -> None:
    """The duplicated measures that name it, and the link to the duplicates page."""
    st.subheader(t("nav.duplicates", lang))
    st.markdown(notes.escape_markdown(text))
    if len(touching):
        area_names = {str(c): str(areas.loc[c, f"name_{lang}"]) for c in areas.index}
        table_layout.grid(
            profile_measure_text.groups_table(touching, area_names, lang), lang, key="touching"
        )
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
