"""Duplicated measures: which institutions run the same prevention work for the same people?"""

import streamlit as st

from components import notes
from components.duplicate_groups import duplicate_filters, group_list
from components.duplicate_matrix import matrix_section
from components.duplicate_summary import headline
from components.shell import (
    bad_param,
    example_layer,
    page_setup,
    permalink_params,
    url_step,
    visitor_url,
)
from prevention.i18n import number, t
from prevention.i18n.citation import permalink
from prevention.views import duplicates as duplicate_view
from prevention.views import shown as shown_rows
from prevention.web import url_values
from serving import caches as cached
from serving import page_data
from serving.page_runs import one_at_a_time

lang = page_setup("overlap", cached.page_frame())
example = example_layer()
institutions = cached.institutions(example=example)  # for the charts' names and key
st.title(t("overlap.title", lang))
st.caption(t("overlap.lede", lang))

measures = cached.measures_for_duplicates(example=example)
if measures.empty:
    st.info(t("common.no_data", lang))
    st.stop()
areas = cached.areas()
area_names = duplicate_view.area_names(areas, lang)

with st.container(border=True):
    threshold = float(
        url_step(
            "threshold",
            [f"{value:.2f}" for value in duplicate_view.THRESHOLDS],
            label=t("overlap.threshold", lang),
            lang=lang,
            default=f"{duplicate_view.DEFAULT_THRESHOLD:.2f}",
            format_func=lambda code: number(float(code), lang, decimals=2),
            help=t("duplicates.threshold_help", lang),
        )
    )
    pairs, groups = cached.duplicate_groups(threshold, example=example)
    filters = duplicate_filters(measures, areas, area_names, groups, lang)
    area, years = filters.area, filters.years

shown, inside, repeats, figures = page_data.duplicate_selection(threshold, filters, example=example)

headline(figures, lang)

url = permalink(visitor_url(), "duplicates", permalink_params(lang))
place = duplicate_view.place(area, area_names, lang)
cite = shown_rows.cite(
    what=t("overlap.title", lang),
    area=place,
    years=list(years),
    sources=figures.sources,
    release=cached.release(),
    url=url,
    lang=lang,
)
st.download_button(
    t("overlap.download_groups", lang),
    data=page_data.duplicates_csv(threshold, filters, lang, example=example),
    file_name=f"prevention-monitor_duplicates_{threshold:.2f}.csv",
    mime="text/csv",
    icon=":material/download:",
    on_click="ignore",
    key="csv_groups",
)

if shown.empty:
    st.info(t("overlap.no_groups", lang))
else:
    raw_group = st.query_params.get("group")
    selected = url_values.choice(raw_group, list(shown["group_id"]))
    if raw_group is not None and selected is None:
        bad_param("group", lang)
        st.query_params.pop("group", None)
        selected = None
    st.header(t("overlap.groups_heading", lang))
    listed = duplicate_view.listed_groups(shown, selected)
    if len(shown) > len(listed):
        st.caption(
            t(
                "overlap.groups_capped",
                lang,
                shown=number(len(listed), lang),
                total=number(len(shown), lang),
            )
        )

    @st.fragment
    @one_at_a_time
    def groups() -> None:
        """A fragment: opening a group reruns only the list."""
        group_list(
            listed,
            selected,
            lambda group_id: page_data.duplicate_group(
                threshold, filters, group_id, lang, example=example
            ),
            area_names,
            permalink_params(lang),
            lang,
        )

    groups()

panel = duplicate_view.matrix_panel(
    inside,
    institutions,
    figures,
    area=area,
    place=place,
    years=years,
    threshold=threshold,
    url=url,
    lang=lang,
)
if panel is not None:
    matrix_section(
        panel,
        institutions,
        figure=cached.figure,
        csv=cached.csv_bytes,
        citation=cite,
        permalink=url,
        lang=lang,
    )

if not repeats.empty:
    with st.expander(t("overlap.continuity_heading", lang, count=number(len(repeats), lang))):
        st.caption(t("overlap.continuity_note", lang))
        for line in duplicate_view.pair_lines(
            repeats.head(duplicate_view.GROUPS_SHOWN), None, lang
        ):
            st.markdown(f"- {notes.escape_markdown(line)}")

with st.expander(t("overlap.method_heading", lang), icon=":material/rule:"):
    st.markdown(t("duplicates.method", lang))
    st.markdown(f"**{t('duplicates.eval_heading', lang)}**")
    for sentence in duplicate_view.evaluation_sentences(lang):
        st.markdown(sentence)
notes.source_list(figures.sources, lang)
with st.popover(t("panel.cite", lang), icon=":material/format_quote:"):
    st.code(cite, language=None, wrap_lines=True)
