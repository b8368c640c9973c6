"""Trends: how has each indicator changed over the years, nationally or in one area?"""

from datetime import date

import streamlit as st

from components import notes
from components.figures import charts
from components.panel import view_panel
from components.shell import (
    example_layer,
    page_setup,
    permalink_params,
    url_choice,
    url_measure,
    url_years,
    visitor_url,
)
from prevention.codes import NATIONAL
from prevention.i18n import t
from prevention.i18n.citation import permalink
from prevention.views import series
from prevention.views.rates import rate_allowed
from prevention.views.trends import in_years, trend_view
from serving import caches as cached

lang = page_setup("trends", cached.page_frame())
example = example_layer()
st.title(t("nav.trends", lang))
st.caption(t("trends.lede", lang))

indicators = cached.trend_indicators(example=example)
labels = cached.indicator_labels()
areas = cached.areas()
if indicators.empty:
    st.info(t("common.no_data", lang))
    st.stop()

left, middle = st.columns([3, 2])
with left:
    indicator = url_choice(
        "indicator",
        list(indicators.index),
        label=t("column.indicator", lang),
        lang=lang,
        format_func=lambda code: str(labels.loc[code, f"name_{lang}"]),
        default="victims_officially_identified",
    )
with middle:
    area = url_choice(
        "area",
        cached.indicator_areas(indicator, example=example),
        label=t("column.area", lang),
        lang=lang,
        default=NATIONAL,
        format_func=lambda code: str(areas.loc[code, f"name_{lang}"]),
    )

dimensions = cached.indicator_dimensions(indicator, area, example=example)
row = indicators.loc[indicator]
breakdown = url_choice(
    "breakdown",
    dimensions,
    label=t("trends.pick_breakdown", lang),
    lang=lang,
    format_func=lambda code: t(f"dimension.{code}", lang),
    widget="segmented",
)
controls = st.columns([1, 1, 2])
with controls[0]:
    kind = url_choice(
        "chart",
        ["line", "bar"],
        label=t("trends.pick_chart", lang),
        lang=lang,
        default="bar" if breakdown != "none" else "line",
        widget="segmented",
        format_func=lambda code: t(f"trends.chart_{code}", lang),
    )
with controls[1]:
    measure = url_measure(
        allowed=rate_allowed(indicators, indicator),
        label=t("common.count_or_rate", lang),
        format_func=lambda code: t(f"common.measure_{code}", lang),
        lang=lang,
    )

rows = cached.trend_observations(indicator, area, breakdown, example=example)
frame = series.chart_frame(rows)
if frame.empty:
    st.info(t("common.no_data", lang))
    st.stop()
first, last = url_years("years", frame["year"], label=t("column.years", lang), lang=lang)
frame = counts = in_years(frame, first, last)
rate = measure == "rate"
if rate:
    population = cached.census_population()["population"].get(area)
    frame = series.per_capita(frame, population)

what = str(labels.loc[indicator, f"name_{lang}"])
area_name = str(areas.loc[area, f"name_{lang}"])
view = trend_view(
    frame,
    what=what,
    unit=series.unit_label(str(labels.loc[indicator, "unit"]), lang),
    area=area_name,
    area_code=area,
    unit_code=str(labels.loc[indicator, "unit"]),
    rate=rate,
    indicator_code=indicator,
    counts=row["value_kind"] == "count",
    release=cached.release(),
    accessed=date.today(),
    lang=lang,
    url=permalink(visitor_url(), "trends", permalink_params(lang)),
)
figure = cached.figure(
    charts.trend_figure,
    view.frame,
    title=view.title,
    y_title=view.y_title,
    kind=kind,
    lang=lang,
    unit="" if rate else str(labels.loc[indicator, "unit"]),
    source="; ".join(dict.fromkeys(publisher for _, publisher, _ in view.sources)),
    bands=series.plan_bands(cached.plan_periods(), first, last),
    events=[(year, t(key, lang)) for year, key in series.events_in(first, last)],
    note=t("common.illustrative_badge", lang) if view.illustrative else None,
    marks=series.status_years(view.frame),
    category_labels={c: series.category_label(c, lang) for c in view.frame["category"]},
)
view_panel(figure, view, lang=lang, key="trend", permalink=view.permalink)
if rate:
    notes.rate_note(lang)
notes.caveat(labels.loc[indicator, f"caveat_{lang}"], lang)
notes.plan_band_note(lang)
notes.other_sources(
    series.other_sources(rows, counts),
    {c: series.category_label(c, lang) for c in counts["category"]},
    lang,
)
