"""Duplicated measures: which institutions run the same prevention work for the same people?"""

import streamlit as st

from components import notes
from components.abbreviations import institution_key
from components.duplicate_groups import duplicate_filters, group_list
from components.figures.duplicate_charts import duplicate_figure
from components.panel import chart_panel
from components.shell import (
    bad_param,
    example_layer,
    page_setup,
    permalink_params,
    url_step,
    visitor_url,
)
from prevention.codes import NATIONAL
from prevention.duplicates import evaluation as duplicate_eval
from prevention.duplicates.engine import DEFAULT_THRESHOLD
from prevention.i18n import institution_names, number, t
from prevention.i18n.citation import permalink, years_label
from prevention.views import duplicates as duplicate_view
from prevention.views import figure_quotes
from prevention.views import shown as shown_rows
from prevention.views.chart_csv import described_table, file_stem
from prevention.views.duplicates import ALL
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
            default=f"{DEFAULT_THRESHOLD:.2f}",
            format_func=lambda code: number(float(code), lang, decimals=2),
            help=t("duplicates.threshold_help", lang),
        )
    )
    pairs, groups = cached.duplicate_groups(threshold, example=example)
    filters = duplicate_filters(measures, areas, area_names, groups, lang)
    area, years = filters.area, filters.years

shown, inside, repeats, figures = page_data.duplicate_selection(threshold, filters, example=example)

if figures.illustrative:
    notes.illustrative_badge(lang)
cells = st.columns(4)
cells[0].metric(t("overlap.metric_groups", lang), number(figures.groups, lang))
cells[1].metric(t("overlap.metric_measures", lang), number(figures.measures, lang))
cells[2].metric(
    t("overlap.metric_budget", lang),
    duplicate_view.budget_text(figures.budget, lang),
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

url = permalink(visitor_url(), "duplicates", permalink_params(lang))
place = t("common.whole_country", lang) if area in (ALL, NATIONAL) else area_names.get(area, area)
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
    listed = shown.head(duplicate_view.GROUPS_SHOWN)
    if selected is not None and selected not in set(listed["group_id"]):
        listed = shown[shown["group_id"] == selected]
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

matrix = duplicate_view.duplicate_matrix(inside)
if not matrix.empty:
    ranked = duplicate_view.institution_pairs(inside)
    table = ranked.rename(
        columns={
            "institution_a": t("overlap.col_institution_a", lang),
            "institution_b": t("overlap.col_institution_b", lang),
            "pairs": t("overlap.col_pairs", lang),
        }
    )
    top = ranked.iloc[0]
    shorts = [*matrix.index, *matrix.columns]
    named = institution_names.labels(shorts, institutions, lang)
    chart_panel(
        cached.figure(
            duplicate_figure,
            matrix.rename(index=named, columns=named),
            ranked.replace({"institution_a": named, "institution_b": named}),
            title=t("overlap.matrix_title", lang),
            lang=lang,
            source="; ".join(dict.fromkeys(publisher for _, publisher, _ in figures.sources)),
            note=t("common.illustrative_badge", lang) if figures.illustrative else None,
            hover_names=institution_names.hover_names(shorts, institutions, lang),
        ),
        table=table,
        csv=cached.csv_bytes(
            described_table(
                table,
                code="duplicates_institution_pairs",
                name=t("overlap.matrix_title", lang),
                area_code=NATIONAL if area in (ALL, NATIONAL) else area,
                area_name=place,
                years=(min(years), max(years)),
                unit=t("overlap.col_pairs", lang),
                sources=figures.sources,
                illustrative=figures.illustrative,
                lang=lang,
            )
        ),
        summary=t(
            "overlap.matrix_summary",
            lang,
            a=top["institution_a"],
            b=top["institution_b"],
            pairs=number(int(top["pairs"]), lang),
        ),
        sources=figures.sources,
        citation=cite,
        file_stem=file_stem(
            f"duplicates-institution-pairs-{threshold:.2f}",
            NATIONAL if area in (ALL, NATIONAL) else area,
            list(years),
        ),
        illustrative=figures.illustrative,
        lang=lang,
        key="matrix",
        figure_citations=figure_quotes.pair_quotes(
            ranked.replace({"institution_a": named, "institution_b": named}),
            names=institution_names.hover_names(shorts, institutions, lang),
            what=t("overlap.matrix_title", lang),
            area=place,
            period=years_label(list(years)),
            publisher="; ".join(dict.fromkeys(publisher for _, publisher, _ in figures.sources)),
            url=url,
            lang=lang,
        ),
        permalink=url,
        title=t("overlap.matrix_title", lang),
    )
    institution_key(shorts, institutions, lang)

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
    for sentence in duplicate_eval.sentences(lang):
        st.markdown(sentence)
notes.source_list(figures.sources, lang)
with st.popover(t("panel.cite", lang), icon=":material/format_quote:"):
    st.code(cite, language=None, wrap_lines=True)
