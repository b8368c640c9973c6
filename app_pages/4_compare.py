"""Compare: how do two to five municipalities stand side by side, indicator by indicator?"""

import streamlit as st

from components import notes, table_layout
from components.figures.compare_charts import small_multiples
from components.panel import chart_panel
from components.shell import (
    bad_param,
    example_layer,
    page_setup,
    permalink_params,
    url_choice,
    url_years,
    visitor_url,
)
from components.url_list import url_multi
from prevention.i18n import t
from prevention.i18n.citation import permalink, years_label
from prevention.views import compare, series
from prevention.views import compare_text as compare_view
from prevention.views import shown as shown_rows
from prevention.views.chart_csv import comparison_csv_frame, file_stem
from prevention.views.rates import rate_allowed
from serving import caches as cached

lang = page_setup("compare", cached.page_frame())
example = example_layer()
st.title(t("compare.title", lang))
st.caption(t("compare.lede", lang))

indicators = cached.municipal_indicators(example=example)
labels = cached.indicator_labels()
municipalities = cached.municipalities()
if indicators.empty or municipalities.empty:
    st.info(t("common.no_data", lang))
    st.stop()
area_names = {str(code): str(name) for code, name in municipalities[f"name_{lang}"].items()}
indicator_names = {str(code): str(labels.loc[code, f"name_{lang}"]) for code in indicators.index}

areas = compare.parse_areas(st.query_params.get("areas"), list(municipalities.index))
if areas.bad:
    bad_param("areas", lang)
if areas.capped:
    st.info(t("compare.capped", lang, max=compare.MAX_AREAS), icon=":material/filter_5:")
picked = compare.parse_list(
    st.query_params.get("indicators"), list(indicators.index), default=list(indicators.index[:2])
)
if picked.bad:
    bad_param("indicators", lang)

left, right = st.columns([3, 2])
with left:
    chosen_areas = url_multi(
        "areas",
        list(municipalities.index),
        start=areas.codes,
        label=t("compare.pick_areas", lang),
        lang=lang,
        format_func=lambda code: area_names[code],
        max_selections=compare.MAX_AREAS,
    )
with right:
    chosen = url_multi(
        "indicators",
        list(indicators.index),
        start=picked.codes,
        label=t("column.indicators_title", lang),
        lang=lang,
        format_func=lambda code: indicator_names[code],
    )
if len(chosen_areas) < 2 or not chosen:
    st.info(t("compare.pick_two", lang))
    st.stop()

controls = st.columns([3, 2])
with controls[0]:
    span = range(
        int(indicators.loc[chosen, "first_year"].min()),
        int(indicators.loc[chosen, "last_year"].max()) + 1,
    )
    years = url_years("years", list(span), label=t("column.years", lang), lang=lang)
with controls[1]:
    measure = url_choice(
        "measure",
        ["count", "rate"],
        label=t("common.show", lang),
        lang=lang,
        format_func=lambda code: t(f"compare.measure_{code}", lang),
        widget="segmented",
    )
rate = measure == "rate"
rated = [code for code in chosen if rate and rate_allowed(indicators, code)]

frame = compare.compare_frame(
    {code: cached.area_values(code, example=example) for code in chosen},
    chosen_areas,
    years,
    population=cached.census_population()["population"] if rated else None,
    rated=rated,
)
names = {"indicator_names": indicator_names, "area_names": area_names, "lang": lang}
illustrative = series.is_illustrative(frame)
sources = shown_rows.sources(frame)
span_label = years_label(list(years))
per_100k = t("common.rate", lang)
title = t(
    "compare.chart_title",
    lang,
    areas=", ".join(area_names[code] for code in chosen_areas),
    years=span_label,
)
if illustrative:  # generated values: the chart says "example", never "officially identified"
    prefix = t("example.title_prefix", lang)
    title = f"{prefix}: {title}"
    names["indicator_names"] = {c: f"{prefix}: {n}" for c, n in indicator_names.items()}
figure = cached.figure(
    small_multiples,
    frame,
    **names,
    title=title + (f" ({per_100k})" if rated else ""),
    source="; ".join(dict.fromkeys(publisher for _, publisher, _ in sources)),
    y_titles={
        code: per_100k if code in rated else series.unit_label(str(labels.loc[code, "unit"]), lang)
        for code in chosen
    },
    note=t("common.illustrative_badge", lang) if illustrative else None,
)
table = compare_view.long_table(frame, **names)
what = ", ".join(names["indicator_names"][code] for code in chosen)
chart_panel(
    figure,
    table=table,
    csv=cached.csv_bytes(
        comparison_csv_frame(
            frame,
            indicator_names=indicator_names,
            area_names=area_names,
            units={code: series.unit_label(str(labels.loc[code, "unit"]), lang) for code in chosen},
            rate_unit=per_100k,
            rate_column="rate",
            lang=lang,
        )
    ),
    summary=compare_view.summary_sentence(frame, **names),
    sources=sources,
    citation=shown_rows.cite(
        what=what + (f" ({per_100k})" if rated else ""),
        area=", ".join(area_names[code] for code in chosen_areas),
        years=list(years),
        sources=sources,
        release=cached.release(),
        url=permalink(visitor_url(), "compare", permalink_params(lang)),
        lang=lang,
    ),
    file_stem=file_stem("-".join(chosen), "-".join(chosen_areas), list(years)),
    illustrative=illustrative,
    lang=lang,
    key="compare",
    figure_citations=compare_view.figure_citations(
        frame,
        **names,
        units={
            code: per_100k
            if code in rated
            else series.unit_label(str(labels.loc[code, "unit"]), lang)
            for code in chosen
        },
        url=permalink(visitor_url(), "compare", permalink_params(lang)),
        unit_codes={c: str(labels.loc[c, "unit"]) for c in chosen if c not in rated},
    ),
    permalink=permalink(visitor_url(), "compare", permalink_params(lang)),
    title=title,
)

st.header(t("compare.table_heading", lang))
if illustrative:
    notes.illustrative_badge(lang)
table_layout.grid(compare_view.side_by_side(frame, **names), lang)
st.caption(f":material/visibility_off: {t('disclosure.compare_note', lang)}")
if rated:
    notes.rate_note(lang)
for code in chosen:
    if rate and code not in rated:
        st.caption(t("compare.no_rate", lang, what=indicator_names[code]))
    notes.caveat(labels.loc[code, f"caveat_{lang}"], lang)
