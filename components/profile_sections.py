"""The municipality profile's measures: how many cover it, the target groups they reach,
the measures by type and institution, the generated ones, and the duplicates that name it.

Rendering only: the page reads the URL and the caches and passes each section its data.
"""

import pandas as pd
import streamlit as st

from components import notes, table_layout
from components.figures import measure_charts
from components.links import page_link
from components.municipality_profile import Cite, CsvBytes, Figure
from components.panel import chart_panel
from prevention.i18n import Lang, t
from prevention.i18n.citation import years_label
from prevention.views import figure_quotes, profile_measure_text
from prevention.views.profile_measure_text import CoveredMeasures
from prevention.views.shown import measures_illustrative

DUPLICATES_PAGE = "app_pages/6_duplicates.py"


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
