"""Measures: which prevention measures reach which places and people, by whom, at what cost?"""

from dataclasses import replace

import streamlit as st

from components import notes
from components.measure_sections import (
    Drawing,
    coverage_panel,
    coverage_switches,
    measure_filters,
    measure_table,
    money_section,
    need_choices,
    need_panel,
    who_section,
)
from components.shell import (
    example_layer,
    page_setup,
    permalink_params,
    url_choice,
    visitor_url,
)
from prevention.codes import NATIONAL
from prevention.i18n import number, t
from prevention.i18n.citation import permalink, years_label
from prevention.views import measures as measure_view
from prevention.views import need_effort, series
from prevention.views import shown as shown_rows
from prevention.views.measures import ALL, Filters
from prevention.views.measures_panels import Panels
from serving import caches as cached
from serving import page_data

lang = page_setup("measures", cached.page_frame())
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


drawing = Drawing(cached.figure, cached.csv_bytes, link, panels, source_line, badge, lang)
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
    axis, national = coverage_switches(lang)
    category_names = group_names if axis == "target_group" else type_names
    reach = page_data.reached(everywhere_filters, tuple(codes), example=generated)
    cov = page_data.coverage_cells(
        everywhere_filters, axis, tuple(category_names), tuple(codes), example=generated
    )
    counts = cov.total if national == "include" else cov.local
    gaps, bare = measure_view.coverage_gaps(counts, reach, codes)
    coverage_panel(
        cov, counts, gaps, bare, everywhere, axis, codes, area_names, category_names, span, drawing
    )


def need_section() -> None:
    """Need against effort per municipality: where the measures go and where they are needed."""
    # Need and effort from the same set: generated need is never set against real measures.
    indicators = cached.municipal_indicators(example=generated)
    labels = cached.indicator_labels()
    need_code, effort_kind = need_choices(list(indicators.index), labels, lang)
    population = cached.census_population()["population"].reindex(codes)
    needs = need_effort.need(cached.area_values(need_code, example=generated), population, *years)
    reach = page_data.reached(everywhere_filters, tuple(codes), example=generated)
    scatter = need_effort.effort_scatter(
        needs, reach, everywhere, population, f"{effort_kind}_per_10k"
    )
    need_title = t("measures.need_axis", lang, what=str(labels.loc[need_code, f"name_{lang}"]))
    effort_title = t(f"measures.effort_axis_{effort_kind}", lang)
    highlight = None if area == ALL else area
    need_panel(scatter, area_names, need_title, effort_title, span, highlight, drawing)


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
    "money": lambda: money_section(
        shown,
        institutions,
        type_names,
        series.unit_label("EUR", lang),
        lambda ids: page_data.measure_list(filters, ids, lang, example=generated),
        drawing,
    ),
    "need": need_section,
}
draw_section[section]()

# --- The measures themselves -------------------------------------------------------------
table = page_data.measure_list(filters, None, lang, example=generated)
measure_table(table, len(shown), cached.csv_bytes(table), span, sources, lang)
