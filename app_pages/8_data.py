"""Data and methodology: what every figure means, where it comes from, and what is hidden."""

import streamlit as st

from components import notes
from components.shell import example_layer, page_setup, url_choice
from prevention.i18n import number, t
from prevention.views import methodology
from prevention.views.duplicates import evaluation_sentences
from prevention.views.local_methodology import unplaced_table
from serving import caches as cached
from serving import page_data

lang = page_setup("data", cached.page_frame())
example = example_layer()
st.title(t("nav.data", lang))
st.caption(t("data.lede", lang))

labels = cached.indicator_labels()
coverage = cached.indicator_coverage(example=example)
sources = cached.sources(example=example)
release = cached.release()
if labels.empty:
    st.info(t("common.no_data", lang))
    st.stop()

st.header(t("column.indicators_title", lang))
st.dataframe(page_data.indicator_table(lang, example=example), hide_index=True, width="stretch")
indicator = url_choice(
    "indicator",
    list(labels.index),
    label=t("data.pick_indicator", lang),
    lang=lang,
    format_func=lambda code: str(labels.loc[code, f"name_{lang}"]),
    default="victims_officially_identified",
)
notes.indicator_card(
    labels.loc[indicator],
    methodology.indicator_facts(indicator, labels, coverage, lang),
    methodology.indicator_sources(indicator, coverage, sources, lang),
    lang,
)

st.header(t("data.disclosure_title", lang))
counts = methodology.disclosure_numbers(cached.status_counts(example=example))
st.markdown(t("data.disclosure_text", lang))
st.markdown(
    t(
        "disclosure.counts",
        lang,
        suppressed=number(counts["suppressed"], lang),
        total=number(counts["total"], lang),
    )
)
st.subheader(t("disclosure_rule.title", lang))
st.markdown(t("disclosure_rule.text", lang, **methodology.disclosure_rule()))
st.markdown(t("disclosure_rule.zero", lang))
st.markdown(t("disclosure_rule.notes", lang))
st.markdown(t("pooled.methodology", lang))
st.subheader(t("data.legend_title", lang))
st.dataframe(methodology.status_legend(lang), hide_index=True)

st.subheader(t("common.illustrative_data", lang))
# Off (the default), nothing generated is counted or described as if it were data.
if example:
    notes.illustrative_badge(lang)
    st.markdown(t("data.illustrative_text", lang, rows=number(counts["illustrative"], lang)))
else:
    st.markdown(t("example.real_only", lang))

unplaced = cached.unplaced_measures()
if not unplaced.empty:
    st.subheader(t("localmap.unplaced_title", lang))
    # 36 collected rows: those placed are in the store as LOCAL-nn measures.
    total = len(unplaced) + int(cached.local_measure_count())
    st.markdown(
        t(
            "localmap.unplaced_text",
            lang,
            total=number(total, lang),
            unplaced=number(len(unplaced), lang),
        )
    )
    st.dataframe(
        unplaced_table(unplaced, lang),
        hide_index=True,
        column_config={t("localmap.column_link", lang): st.column_config.LinkColumn()},
    )

st.header(t("duplicates.eval_heading", lang))
for sentence in evaluation_sentences(lang):
    st.markdown(sentence)
with st.expander(t("overlap.method_heading", lang), icon=":material/rule:"):
    st.markdown(t("duplicates.method", lang))

st.header(t("data.downloads_title", lang))
st.markdown(t("data.downloads_text", lang))
st.caption(t("example.data_download_example" if example else "example.data_download_real", lang))
# Made when a reader clicks, on a thread of its own, not in the page run: the whole store is
# read for it (about 15 s at a million observations), then kept once per release.
# One header row per file, in the language the reader picks (codes for programs).
header = st.radio(
    t("sharing.dataset_header", lang),
    list(methodology.DATASET_FILES),
    index=list(methodology.DATASET_FILES).index(lang),
    format_func=lambda option: t(f"sharing.header_{option}", lang),
    horizontal=True,
    key="dataset_header",
)
left, right = st.columns(2)
left.download_button(
    t("data.download_dataset", lang),
    data=lambda header=header: cached.dataset_files(header, example=example)[0],
    file_name=methodology.DATASET_FILES[header],
    mime="text/csv",
    icon=":material/download:",
    key="dataset_csv",
    on_click="ignore",
)
right.download_button(
    t("data.download_package", lang),
    data=lambda: cached.dataset_files(example=example)[1],
    file_name="datapackage.json",
    mime="application/json",
    icon=":material/data_object:",
    key="datapackage",
    on_click="ignore",
)

st.subheader(t("data.releases_title", lang))
st.dataframe(methodology.release_table(cached.release_history(), lang), hide_index=True)

st.header(t("data.cite_title", lang))
st.markdown(t("data.cite_text", lang))
st.code(
    t("data.cite_example", lang, release=release["id"], app=t("app.name", lang)),
    language=None,
    wrap_lines=True,
)
st.header(t("data.correction_title", lang))
st.markdown(t("data.correction_text", lang))
