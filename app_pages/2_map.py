"""Map: where in Lithuania is an indicator high or low, municipality by municipality?"""

from datetime import date
from typing import Any

import streamlit as st

from components import notes
from components.figures import maps
from components.map_controls import (
    CLICKED,
    PROFILE,
    map_chart,
    profile_picker,
    year_choice,
)
from components.panel import view_panel
from components.shell import (
    example_layer,
    link_params,
    page_setup,
    permalink_params,
    url_choice,
    url_measure,
    visitor_url,
)
from prevention.geo.mapdata import SMALL_COUNT, years_with_data
from prevention.geo.tiles import COLUMNS, ROWS
from prevention.i18n import Lang, t
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
from prevention.views.map import MapView, area_places, map_view
from prevention.views.rates import rate_allowed
from serving import caches as cached
from serving.page_runs import one_at_a_time

VIEWS = ["map", "tiles", "counties"]

lang = page_setup("map", cached.page_frame())
example = example_layer()
st.title(t("nav.map", lang))
st.caption(t("map.lede", lang))


def draw_map(
    view: MapView, kind: str, layer: str, geojson: dict | None, source: str, lang: Lang
) -> None:
    """The map (or tiles), its figure memoised; components.map_controls draws it."""
    note = t("common.illustrative_badge", lang) if view.illustrative else None
    common: dict[str, Any] = {
        "legend": view.legend,
        "title": view.title,
        "source": source,
        "lang": lang,
    }
    if kind == "tiles":
        fig = cached.figure(
            maps.tile_map, view.frame, columns=COLUMNS, rows=ROWS, note=note, **common
        )
    else:
        fig = cached.figure(
            maps.choropleth,
            view.frame,
            layer,
            geojson or {},
            note=note,
            cache_entries=16,
            **common,
        )
    map_chart(fig, view, kind, lang)


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
    source = "; ".join(dict.fromkeys(publisher for _, publisher, _ in view.sources))
    map_column, bar_column = st.columns([4, 3])
    with map_column:
        if geojson is None and kind == "counties":
            st.info(t("map.no_county_boundaries", lang))
        else:
            draw_map(view, kind, layer, geojson, source, lang)
        if level == "municipality":
            names = municipalities[f"name_{lang}"].astype(str).to_dict()
            profile_picker({str(code): name for code, name in names.items()}, clicked, lang)
    with bar_column:
        # Sixty rows of mostly zeros bury the few places with a value: by default the ranking
        # lists only those; the toggle brings back every place (zeros, hidden, missing).
        with_value = view.frame[view.frame["category"].str.startswith("class")]
        show_all = with_value.empty or st.toggle(t("phone.show_all", lang), key="map_bars_all")
        if not show_all:
            st.caption(t("phone.ranked_only", lang, count=len(with_value), total=len(view.frame)))
        view_panel(
            cached.figure(
                maps.ranked_bars,
                view.frame if show_all else with_value,
                legend=view.legend,
                title=t("wording.ranking_title", lang, what=what, year=year),
                x_title=view.value_title,
                source=source,
                lang=lang,
                note=t("common.illustrative_badge", lang) if view.illustrative else None,
            ),
            view,
            lang=lang,
            key="map_bars",
            permalink=permalink(visitor_url(), "map", permalink_params(lang)),
        )
    if measure == "rate":
        notes.rate_note(lang)
    if indicator == REAL_LAYER:
        st.caption(f":material/info: {t('localmap.real_layer_note', lang)}")
        names = municipalities[f"name_{lang}"].astype(str).to_dict()
        listed = no_measures_list(cached.area_values(NO_MEASURES), names, lang)
        if listed:
            st.caption(f":material/block: {listed}")
    st.caption(f":material/info: {t('phone.rank_rule', lang, small=SMALL_COUNT)}")
    notes.caveat(labels.loc[indicator, f"caveat_{lang}"], lang)


map_section()
