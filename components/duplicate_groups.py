"""The duplicates page's filters and groups: each group opens to its measures, why they were
matched and its link.

Rendering only: the page passes a function that gives one group's table and reasons, so
that only an opened group is computed.
"""

from collections.abc import Callable

import pandas as pd
import streamlit as st

from components import notes
from components.shell import url_choice, url_years
from prevention.codes import NATIONAL
from prevention.i18n import Lang, t
from prevention.views import duplicates as duplicate_view
from prevention.views import shown as shown_rows
from prevention.views.duplicates import ALL, Filters

DUPLICATES_PAGE = "app_pages/6_duplicates.py"

# One group's (measures table, reasons its pairs were matched), by group id.
Details = Callable[[str], tuple[pd.DataFrame, list[str]]]


def group_list(
    listed: pd.DataFrame,
    selected: str | None,
    details: Details,
    area_names: dict[str, str],
    link_params: dict[str, str],
    lang: Lang,
) -> None:
    """The groups, each one's measures and reasons drawn only while it is open.

    Twenty groups drawn in full, closed or not, cost a first visit about a second in the
    browser (bench/bench_pages.py); opening one reruns only the page's fragment. The key
    names the group opened by the link, so a link to another group opens that one.
    """
    for _, group in listed.iterrows():
        box = st.expander(
            duplicate_view.group_title(group, lang),
            expanded=group.group_id == selected,
            key=f"group_{group.group_id}_{selected}",
            on_change="rerun",
        )
        with box:
            if box.open:
                group_body(group, details, area_names, link_params, lang)


def group_body(
    group: pd.Series,
    details: Details,
    area_names: dict[str, str],
    link_params: dict[str, str],
    lang: Lang,
) -> None:
    """Who and where, the group's measures, why they were matched, and its own link."""
    st.markdown(
        t(
            "overlap.group_who",
            lang,
            institutions=notes.escape_markdown(", ".join(group.institutions)),
            places=notes.escape_markdown(
                duplicate_view.place_names(list(group.areas), area_names, lang)
            ),
            period=f"{group.start_year}–{group.end_year}",
        )
    )
    table, reasons = details(group.group_id)
    st.dataframe(table, hide_index=True, width="stretch")
    st.markdown(f"**{t('overlap.why', lang)}**")
    st.markdown("\n".join(f"- {notes.escape_markdown(line)}" for line in reasons))
    st.page_link(
        DUPLICATES_PAGE,
        label=t("overlap.group_link", lang, group=group.group_id),
        icon=":material/link:",
        query_params={**link_params, "group": group.group_id},
    )


def duplicate_filters(
    measures: pd.DataFrame,
    areas: pd.DataFrame,
    area_names: dict[str, str],
    groups: pd.DataFrame,
    lang: Lang,
) -> Filters:
    """The page's five pickers in three columns, each kept in the URL."""
    left, middle, right = st.columns(3)
    with left:
        target_group = url_choice(
            "target",
            duplicate_view.options(measures, "target_group"),
            label=t("municipality.col_target_group", lang),
            lang=lang,
            format_func=lambda code: (
                t("common.all", lang) if code == ALL else t(f"target_group.{code}", lang)
            ),
        )
        measure_type = url_choice(
            "type",
            duplicate_view.options(measures, "measure_type"),
            label=t("municipality.col_measure_type", lang),
            lang=lang,
            format_func=lambda code: (
                t("common.all", lang) if code == ALL else t(f"measure_type.{code}", lang)
            ),
        )
    with middle:
        area = url_choice(
            "area",
            [ALL, NATIONAL, *duplicate_view.municipalities(areas)],
            label=t("column.municipality", lang),
            lang=lang,
            format_func=lambda code: (
                t("common.all", lang)
                if code == ALL
                else t("common.whole_country", lang)
                if code == NATIONAL
                else area_names.get(code, code)
            ),
        )
        institution = url_choice(
            "institution",
            duplicate_view.institution_options(groups),
            label=t("column.institution", lang),
            lang=lang,
            format_func=lambda code: t("common.all", lang) if code == ALL else code,
        )
    with right:
        years = url_years(
            "years",
            shown_rows.year_span(measures),
            label=t("municipality.col_period", lang),
            lang=lang,
        )
    return Filters(target_group, measure_type, area, institution, years)
