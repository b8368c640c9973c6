"""Measures: which prevention measures reach which places and people, by whom, at what cost?"""

from dataclasses import replace

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components import measure_charts, notes
from components.abbreviations import institution_key
from components.measure_sections import Drawing, measure_filters, measure_table, who_section
from components.need_charts import need_effort_scatter
from components.panel import chart_panel
from components.shell import (
    example_layer,
    page_setup,
    permalink_params,
    url_choice,
    visitor_url,
)
from prevention.codes import NATIONAL
from prevention.i18n import institution_names, number, t
from prevention.i18n.citation import permalink, years_label
from prevention.store import coverage, series
from prevention.views import figure_quotes, need_effort
from prevention.views import measures as measure_view
from prevention.views import measures_text as measure_text
from prevention.views import shown as shown_rows
from prevention.views.measures import ALL, Filters
from prevention.views.measures_panels import Panels
from serving import caches as cached
from serving import page_data

lang = page_setup("measures")
example = example_layer()
institutions = cached.institutions(example=example)  # for the charts' names and key
st.title(t("nav.measures", lang))
st.caption(t("measures.lede", lang))

# With the example layer on, the visitor picks which set to look at: every chart and total
# below counts one set only, so generated measures are never added to real ones.
generated = example and (
    url_choice(
        "set",
        ["example", "real"],
        label=t("example.pick_set", lang),
        lang=lang,
        format_func=lambda code: t(f"example.set_{code}", lang),
        widget="segmented",
    )
    == "example"
)
if not example and "set" in st.query_params:
    st.query_params.pop("set", None)
measures = page_data.measure_set(generated)
who = cached.measure_institutions(example=generated)
who = who[who["measure_id"].isin(measures["measure_id"])]
municipalities = cached.municipalities()
if measures.empty or municipalities.empty:
    st.info(t("common.no_data", lang))
    st.stop()
codes = [str(code) for code in municipalities.index]
area_names = {str(code): str(name) for code, name in municipalities[f"name_{lang}"].items()}
type_names = {c: t(f"measure_type.{c}", lang) for c in sorted(measures["measure_type"].unique())}
group_names = {c: t(f"target_group.{c}", lang) for c in sorted(measures["target_group"].unique())}
years, picked = measure_filters(
    measures, who["institution"].unique(), codes, area_names, type_names, group_names, lang
)
area = picked["area"]
filters = Filters(
    years, picked["plan"], picked["institution"], picked["type"], picked["target"], area
)
everywhere_filters = replace(filters, area=ALL)
everywhere = page_data.selected_measures(everywhere_filters, example=generated)
shown = page_data.selected_measures(filters, example=generated)
if shown.empty:
    st.info(t("common.no_data", lang))
    st.stop()
illustrative = shown_rows.measures_illustrative(shown)
sources = shown_rows.sources(shown)
source_line = "; ".join(dict.fromkeys(publisher for _, publisher, _ in sources))
badge = t("common.illustrative_badge", lang) if illustrative else None
span = years_label(list(years))
place = area_names[area] if area != ALL else t("measures.whole_country", lang)
panels = Panels(
    place=place,
    area_code=NATIONAL if area == ALL else area,
    years=years,
    sources=sources,
    illustrative=illustrative,
    release=cached.release(),
    lang=lang,
)


def link() -> str:
    """This view's permalink, read when a chart is drawn: the section's choices are in it."""
    return permalink(visitor_url(), "measures", permalink_params(lang))


def panel(
    figure: go.Figure,
    table: pd.DataFrame,
    summary: str,
    what: str,
    key: str,
    quotes: dict[str, str] | None = None,
) -> None:
    """One chart panel of this page: the view's sources, badge and citation around it;
    `quotes` are its one-figure citations by point (prevention.views.figure_quotes)."""
    table = panels.flagged(table)
    url = link()
    chart_panel(
        figure,
        table=table,
        csv=cached.csv_bytes(panels.download(table, key, what)),
        summary=summary,
        sources=sources,
        citation=panels.citation(what, url),
        file_stem=panels.file_stem(key),
        illustrative=illustrative,
        lang=lang,
        key=key,
        figure_citations=quotes,
        permalink=url,
        title=what,
    )


drawing = Drawing(panel, cached.figure, link, panels, source_line, badge, lang)
if illustrative:
    notes.illustrative_badge(lang)
st.markdown(
    t(
        "measures.headline",
        lang,
        measures=number(len(shown), lang),
        national=number(int(shown["national"].astype(bool).sum()), lang),
        years=span,
        place=place,
    )
)


def coverage_section() -> None:
    """Which municipalities the selected measures reach, by target group or type."""
    st.header(t("measures.coverage_heading", lang))
    st.caption(t("measures.coverage_lede", lang))
    switches = st.columns(2)
    with switches[0]:
        axis = url_choice(
            "axis",
            ["target_group", "measure_type"],
            label=t("measures.pick_axis", lang),
            lang=lang,
            format_func=lambda code: t(f"measures.axis_{code}", lang),
            widget="segmented",
        )
    with switches[1]:
        national = url_choice(
            "national",
            ["include", "exclude"],
            label=t("measures.pick_national", lang),
            lang=lang,
            format_func=lambda code: t(f"measures.national_{code}", lang),
            widget="segmented",
        )
    category_names = group_names if axis == "target_group" else type_names
    reach = page_data.reached(everywhere_filters, tuple(codes), example=generated)
    cov = page_data.coverage_cells(
        everywhere_filters, axis, tuple(category_names), tuple(codes), example=generated
    )
    counts = cov.total if national == "include" else cov.local
    gaps = coverage.gaps(counts)
    bare = coverage.without_local(reach, codes)
    coverage_what = t("measures.coverage_title", lang, axis=t(f"measures.axis_{axis}", lang))
    panel(
        cached.figure(
            measure_charts.coverage_heatmap,
            counts,
            local=cov.local,
            national=cov.national,
            institutions=cov.institutions,
            row_names=[area_names[code] for code in codes],
            column_names=list(category_names.values()),
            title=f"{coverage_what}, {span}",
            source=source_line,
            lang=lang,
            note=badge,
        ),
        measure_text.coverage_table(cov, area_names, category_names, lang),
        measure_text.coverage_sentence(cov, everywhere, len(gaps), bare, lang),
        coverage_what,
        "coverage",
    )
    st.caption(f":material/square: {t('measures.gap_note', lang)}")
    if bare:
        st.markdown(f"**{t('measures.bare_heading', lang, count=number(len(bare), lang))}**")
        st.markdown(notes.escape_markdown(", ".join(area_names[code] for code in bare)))
    else:
        st.caption(t("measures.bare_none", lang))


def money_section() -> None:
    """What the selected measures cost by institution and year, and when they ran."""
    st.header(t("measures.section_money", lang))
    budget = measure_view.budget_by_institution_year(shown)
    # Example institutions have no abbreviation: their legend entry is their name in the
    # page's language ("other" and abbreviations are kept; the key below spells those out).
    named = institution_names.labels(budget["institution"], institutions, lang)
    spelled = institution_names.hover_names(budget["institution"], institutions, lang)
    budget = budget.assign(institution=budget["institution"].map(named))
    what = t("measures.budget_title", lang)
    unknown = int(shown["budget_eur"].isna().sum())
    if budget.empty:
        st.info(t("measures.budget_none", lang, unknown=number(unknown, lang)))
    else:
        panel(
            cached.figure(
                measure_charts.budget_bars,
                budget,
                title=what,
                source=source_line,
                lang=lang,
                note=badge,
                hover_names=spelled,
            ),
            measure_text.budget_table(budget, lang),
            measure_text.budget_sentence(budget, unknown, lang),
            what,
            "budget",
            figure_quotes.series_quotes(
                budget,
                series="institution",
                value="budget_eur",
                names={**spelled, "other": t("measures.other", lang)},
                what=what,
                area=place,
                unit=series.unit_label("EUR", lang),
                publisher=source_line,
                url=link(),
                lang=lang,
                unit_code="EUR",
            ),
        )
        institution_key(budget["institution"], institutions, lang)
        st.caption(t("measures.budget_note", lang))

    bars = measure_view.timeline(shown)
    what = t("measures.timeline_title", lang)
    panel(
        cached.figure(
            measure_charts.timeline,
            bars,
            labels=measure_text.timeline_labels(bars, lang),
            type_names=type_names,
            title=what,
            source=source_line,
            lang=lang,
            note=badge,
        ),
        page_data.measure_list(filters, tuple(bars["measure_id"]), lang, example=generated),
        t(
            "measures.timeline_summary",
            lang,
            shown=number(len(bars), lang),
            total=number(len(shown), lang),
        ),
        what,
        "timeline",
    )


def need_section() -> None:
    """Need against effort per municipality: where the measures go and where they are needed."""
    st.header(t("measures.section_need", lang))
    st.caption(t("measures.need_lede", lang))
    # Need and effort from the same set: generated need is never set against real measures.
    indicators = cached.municipal_indicators(example=generated)
    labels = cached.indicator_labels()
    choice = st.columns(2)
    with choice[0]:
        need_code = url_choice(
            "need",
            list(indicators.index),
            label=t("measures.pick_need", lang),
            lang=lang,
            # Municipal victim counts of recent years are nearly all 0 or hidden; assistance is not.
            default="persons_assisted_by_state_funded_ngos",
            format_func=lambda code: str(labels.loc[code, f"name_{lang}"]),
        )
    with choice[1]:
        effort_kind = url_choice(
            "effort",
            ["measures", "budget"],
            label=t("measures.pick_effort", lang),
            lang=lang,
            format_func=lambda code: t(f"measures.effort_{code}", lang),
            widget="segmented",
        )
    population = cached.census_population()["population"].reindex(codes)
    needs = need_effort.need(cached.area_values(need_code, example=generated), population, *years)
    reach = page_data.reached(everywhere_filters, tuple(codes), example=generated)
    efforts = coverage.effort(reach, everywhere, population)
    scatter = need_effort.need_effort(needs, efforts, f"{effort_kind}_per_10k")
    need_title = t("measures.need_axis", lang, what=str(labels.loc[need_code, f"name_{lang}"]))
    effort_title = t(f"measures.effort_axis_{effort_kind}", lang)
    if scatter.empty:
        st.info(t("measures.need_none", lang))
    else:
        scatter_illustrative = illustrative or bool(scatter["illustrative"].any())
        panel(
            cached.figure(
                need_effort_scatter,
                scatter,
                names=area_names,
                need_title=need_title,
                effort_title=effort_title,
                title=t("measures.need_title", lang, years=span),
                source=source_line,
                lang=lang,
                highlight=None if area == ALL else area,
                note=t("common.illustrative_badge", lang) if scatter_illustrative else None,
            ),
            measure_text.need_table(scatter, area_names, effort_title, lang),
            measure_text.need_sentence(scatter, area_names, lang),
            need_title,
            "need-effort",
        )
        if scatter["need_per_100k"].nunique() <= 1:
            st.info(t("measures.need_flat", lang))
        st.markdown(t("measures.quadrants_explained", lang))
        st.warning(t("measures.detection_caution", lang), icon=":material/warning:")
        notes.rate_note(lang)


# One section at a time: the page drew six charts at once, and a first visit waited for all.
section = url_choice(
    "section",
    list(measure_view.SECTIONS),
    label=t("common.show", lang),
    lang=lang,
    default=measure_view.linked_section(st.query_params.keys()),
    format_func=lambda code: t(f"measures.section_{code}", lang),
    widget="segmented",
)
draw_section = {
    "coverage": coverage_section,
    "who": lambda: who_section(shown, who, institutions, type_names, drawing),
    "money": money_section,
    "need": need_section,
}
draw_section[section]()

# --- The measures themselves -------------------------------------------------------------
table = page_data.measure_list(filters, None, lang, example=generated)
measure_table(table, len(shown), cached.csv_bytes(table), span, sources, lang)
