"""Map: where in Lithuania is an indicator high or low, municipality by municipality?"""

from datetime import date

import streamlit as st

from components import notes
from components.map_controls import (
    CLICKED,
    PROFILE,
    draw_map,
    profile_picker,
    ranking,
    year_choice,
)
from components.shell import (
    example_layer,
    link_params,
    page_setup,
    permalink_params,
    url_choice,
    url_measure,
    visitor_url,
)
from prevention.i18n import t
from prevention.i18n.citation import permalink
from prevention.views import series
from prevention.views.local_layer import (
    NO_MEASURES,
    REAL_LAYER,
    default_indicator,
    has_real_values,
    no_measures_list,
    nothing_real,
)
from prevention.views.map import area_places, map_view, rank_rule, years_with_data
from prevention.views.rates import rate_allowed
from serving import caches as cached
from serving.page_runs import one_at_a_time

VIEWS = ["map", "tiles", "counties"]

lang = page_setup("map", cached.page_frame())
example = example_layer()
st.title(t("nav.map", lang))
st.caption(t("map.lede", lang))


@st.fragment
@one_at_a_time
def map_section() -> None:
    """Controls, map and ranking; a fragment, so a change reruns (and re-sends) only these."""
    indicators = cached.municipal_indicators(example=example)
    if indicators.empty:
        st.info(t("common.no_data", lang))
        return
    labels = cached.indicator_labels()
    left, middle, right = st.columns([3, 3, 2])
    with left:
        indicator = url_choice(
            "indicator",
            list(indicators.index),
            label=t("column.indicator", lang),
            lang=lang,
            format_func=lambda code: str(labels.loc[code, f"name_{lang}"]),
            # The map opens on real data: the local measures found in public sources.
            default=default_indicator(list(indicators.index), "victims_officially_identified"),
        )
    with middle:
        kind = url_choice(
            "view",
            VIEWS,
            label=t("map.pick_view", lang),
            lang=lang,
            format_func=lambda code: t(f"map.view_{code}", lang),
            widget="segmented",
            help=t("map.view_help", lang),
        )
    with right:
        measure = url_measure(
            allowed=rate_allowed(indicators, indicator),
            label=t("common.count_or_rate", lang),
            format_func=lambda code: t(f"common.measure_{code}", lang),
            lang=lang,
        )
    level = "county" if kind == "counties" else "municipality"
    values = cached.area_values(indicator, example=example)
    years = years_with_data(values, level)
    what = str(labels.loc[indicator, f"name_{lang}"])
    # Where no real value exists, say what does (one-off press statements included) and where.
    notice = {
        "indicator": indicator,
        "statements": cached.local_statements(indicator),
        "names": cached.areas()[f"name_{lang}"].astype(str).to_dict(),
    }
    if not years:
        st.info(nothing_real(what, level, lang, **notice))
        return
    year = year_choice(years, lang)
    if not has_real_values(values, level=level, year=year):
        st.info(nothing_real(what, level, lang, **notice))
    layer = "counties" if level == "county" else "municipalities"
    geojson = cached.boundaries(layer)
    if geojson is None and kind == "map":
        st.info(t("map.no_boundaries", lang))
        kind = "tiles"
    municipalities = cached.municipalities()
    view = map_view(
        values,
        area_places(
            level,
            municipalities=municipalities,
            areas=cached.areas(),
            population=cached.census_population(),
        ),
        level=level,
        year=year,
        rate=measure == "rate",
        what=what,
        unit=series.unit_label(str(labels.loc[indicator, "unit"]), lang),
        indicator=indicator,
        tiles=cached.tiles() if level == "municipality" else None,
        release=cached.release(),
        accessed=date.today(),
        url=permalink(visitor_url(), "map", permalink_params(lang)),
        lang=lang,
        unit_code=str(labels.loc[indicator, "unit"]),
    )
    clicked = st.session_state.pop(CLICKED, None)
    if clicked in municipalities.index:
        st.switch_page(PROFILE, query_params=link_params(lang, area=clicked))
    names = municipalities[f"name_{lang}"].astype(str).to_dict()
    map_column, bar_column = st.columns([4, 3])
    with map_column:
        if geojson is None and kind == "counties":
            st.info(t("map.no_county_boundaries", lang))
        else:
            draw_map(cached.figure, view, kind, layer, geojson, lang)
        if level == "municipality":
            profile_picker({str(code): name for code, name in names.items()}, clicked, lang)
    with bar_column:
        title = t("wording.ranking_title", lang, what=what, year=year)
        url = permalink(visitor_url(), "map", permalink_params(lang))
        ranking(cached.figure, view, title, url, lang)
    if measure == "rate":
        notes.rate_note(lang)
    if indicator == REAL_LAYER:
        st.caption(f":material/info: {t('localmap.real_layer_note', lang)}")
        listed = no_measures_list(cached.area_values(NO_MEASURES), names, lang)
        if listed:
            st.caption(f":material/block: {listed}")
    st.caption(f":material/info: {rank_rule(lang)}")
    notes.caveat(labels.loc[indicator, f"caveat_{lang}"], lang)


map_section()
