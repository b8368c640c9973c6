"""Municipality profile: how does one municipality compare, what covers it and what is missing?"""

from functools import partial

import pandas as pd
import streamlit as st

from components import municipality_profile as sections
from components import notes, profile_sections
from components.shell import (
    bad_param,
    example_layer,
    page_setup,
    permalink_params,
    url_years,
    visitor_url,
)
from prevention.i18n import t
from prevention.i18n.citation import permalink, years_label
from prevention.views import (
    local_profile,
    profile,
    profile_measure_text,
    profile_measures,
    profile_text,
    report_card,
    series,
)
from prevention.views import shown as shown_rows
from prevention.views.duplicates import DEFAULT_THRESHOLD
from prevention.views.peers import peer_group
from serving import caches as cached
from serving import page_data

lang = page_setup("municipality", cached.page_frame())
example = example_layer()
st.title(t("nav.municipality", lang))
st.caption(t("municipality.lede", lang))

municipalities = cached.municipalities()
indicators = cached.municipal_indicators(example=example)
if municipalities.empty:
    st.info(t("common.no_data", lang))
    st.stop()
areas = cached.areas()
labels = cached.indicator_labels()
codes = profile.area_order(municipalities, lang)
names = {code: str(municipalities.loc[code, f"name_{lang}"]) for code in codes}

code, bad = profile.resolve_area(st.query_params.get("area"), codes)
if bad:
    bad_param("area", lang)
code = sections.area_picker(municipalities, codes, names, code, lang)
st.query_params["area"] = code

own = municipalities.loc[code]
name, county = names[code], str(own["parent_code"])
group = peer_group(municipalities, code)
release = cached.release()
url = permalink(visitor_url(), "municipality", permalink_params(lang))
facts = profile_text.facts_line(own, areas, lang)
sections.heading(name, facts)
sections.local_facts(
    lambda: local_profile.profile_lines(
        cached.local_facts(code), cached.measures(), cached.measure_areas(), code, lang
    ),
    lang,
)


# The ready citation of one panel of this profile.
cite = partial(shown_rows.cite, area=name, release=release, url=url, lang=lang)


# --- Indicators beside the county, the country and the peers ---
st.header(t("municipality.indicators", lang))
indicator_names: dict[str, str] = {}
frame, summary_table = pd.DataFrame(), pd.DataFrame()
sources: list[tuple[str, str, str | None]] = []
illustrative = False
# With the example layer off there may be no municipal figure at all: say so, draw nothing.
if indicators.empty:
    st.info(t("example.no_municipal_figures", lang))
else:
    plain_names = {str(c): str(labels.loc[c, f"name_{lang}"]) for c in indicators.index}
    comparison = page_data.indicator_comparison(code, example=example)
    frame = comparison.frame
    illustrative = series.is_illustrative(frame)
    indicator_names = profile_text.shown_names(plain_names, illustrative=illustrative, lang=lang)
    sources = shown_rows.sources(frame)
    summary_table = profile_text.indicator_table(
        frame,
        comparison.ranks,
        code=code,
        county=county,
        indicator_names=indicator_names,
        lang=lang,
    )
    sections.indicator_table(summary_table, illustrative=illustrative, lang=lang)
    if not frame.empty:
        sections.indicator_panel(
            comparison,
            code=code,
            name=name,
            county=county,
            areas=areas,
            labels=labels,
            indicator_names=indicator_names,
            sources=sources,
            illustrative=illustrative,
            url=url,
            lang=lang,
            figure=cached.figure,
            csv_bytes=cached.csv_bytes,
            cite=cite,
        )
    if comparison.rated:
        notes.rate_note(lang)

peer_text = profile_text.peer_sentence(group, names, lang)
caveats = [labels.loc[c, f"caveat_{lang}"] for c in indicator_names]
sections.peers(peer_text, group, municipalities, caveats, lang)

# --- Prevention measures that cover it, and what is missing ---
st.header(t("municipality.measures", lang))
measures = cached.measures(example=example)
if measures.empty:
    st.info(t("common.no_data", lang))
    st.stop()
if "years" not in st.query_params:
    st.query_params["years"] = shown_rows.default_years(measures)
period = url_years(
    "years",
    shown_rows.year_span(measures),
    label=t("municipality.col_period", lang),
    lang=lang,
)
period_label = years_label(list(period))
# Everything counted and totalled below is real; generated measures (example layer on) get
# their own badged panel further down and are never added to the real ones.
cover = profile_measure_text.covered_measures(
    measures,
    cached.measure_areas(example=example),
    cached.measure_institutions(example=example),
    code=code,
    name=name,
    period=period,
    lang=lang,
)
profile_sections.coverage(
    cover.totals_text, cover.gaps_text, missing=bool(cover.missing), lang=lang
)
institution_table = profile_measure_text.institution_table(
    cover.by_institution, cached.institutions(example=example), lang
)
if not cover.shown.empty:
    profile_sections.groups_panel(
        cover,
        code=code,
        name=name,
        period=period,
        unit=series.unit_label("measures", lang),
        url=url,
        lang=lang,
        figure=cached.figure,
        csv_bytes=cached.csv_bytes,
        cite=cite,
    )
    profile_sections.measure_tables(cover, institution_table, lang)

if not cover.example_shown.empty:
    profile_sections.example_measures(
        cover, measures, code=code, name=name, years=period_label, lang=lang
    )

# --- Duplicated measures that name it ---
_, groups = cached.duplicate_groups(DEFAULT_THRESHOLD, example=example)
touching = profile_measures.touching(groups, code, period)
duplicates_text = profile_measure_text.duplicates_sentence(
    len(touching), code=code, name=name, years=period_label, lang=lang
)
profile_sections.duplicates(duplicates_text, touching, areas, code, lang)

# --- The one-page report card ---
card = report_card.profile_card(
    lang=lang,
    code=code,
    name=name,
    facts=facts,
    indicators=summary_table,
    frame=frame,
    indicator_names=indicator_names,
    peers=peer_text,
    cover=cover,
    institutions=institution_table,
    duplicates=duplicates_text,
    sources=sources,
    release=release,
    illustrative=illustrative,
    url=url,
)
sections.report_download(lambda: report_card.html(card), code, lang)
