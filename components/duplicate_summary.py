"""The duplicates page's figures above the list: four metrics and the sentences that say them.

Rendering only: the figures come from the view (prevention.views.duplicates.summary).
"""

import streamlit as st

from components import notes
from prevention.i18n import Lang, number, t
from prevention.views import duplicates as duplicate_view


def headline(figures: duplicate_view.Summary, lang: Lang) -> None:
    """Groups, measures, budget and places as metrics, then the summary and its second line."""
    if figures.illustrative:
        notes.illustrative_badge(lang)
    cells = st.columns(4)
    cells[0].metric(t("overlap.metric_groups", lang), number(figures.groups, lang))
    cells[1].metric(t("overlap.metric_measures", lang), number(figures.measures, lang))
    cells[2].metric(
        t("overlap.metric_budget", lang),
        duplicate_view.budget_text(figures.budget, lang, unknown="overlap.metric_budget_unknown"),
    )
    cells[3].metric(t("overlap.metric_places", lang), number(figures.municipalities, lang))
    st.markdown(notes.escape_markdown(duplicate_view.summary_sentence(figures, lang)))
    st.caption(
        t(
            "overlap.summary_more",
            lang,
            national=number(figures.national_groups, lang),
            repeats=number(figures.continuity_pairs, lang),
        )
    )
