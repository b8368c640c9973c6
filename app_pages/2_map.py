"""Map: where in Lithuania is an indicator high or low, municipality by municipality?"""

from datetime import date

import streamlit as st

from components import maps, notes
from components.charts import plotly_config
from components.panel import chart_panel
from components.shell import (
    bad_param,
    example_layer,
    link_params,
    page_setup,
    permalink_params,
    url_choice,
    url_measure,
    url_step,
    visitor_url,
)
from prevention.geo.mapdata import SMALL_COUNT, years_with_data
from prevention.geo.tiles import COLUMNS, ROWS
from prevention.i18n import Lang, t
from prevention.i18n.citation import permalink
from prevention.store import series
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
from prevention.web import url_values
from serving import caches as cached
from serving.page_runs import one_at_a_time

PROFILE = "app_pages/3_municipality.py"
VIEWS = ["map", "tiles", "counties"]
CLICKED = "map_clicked_area"

lang = page_setup("map")
example = example_layer()
st.title(t("map.title", lang))
st.caption(t("map.lede", lang))


def remember_click(key: str) -> None:
    """On a click, keep the area's code for this run (the chart's own state outlives it)."""
    state = st.session_state.get(key)
    points = state.selection.points if state else []
    for point in points:
        code = point.get("customdata", point.get("location"))
        code = code[0] if isinstance(code, list) else code
        if code:
            st.session_state[CLICKED] = str(code)
            return


def profile_picker(municipalities: dict[str, str], clicked: str | None, lang: Lang) -> None:
    """The accessible way to a profile: a list of municipalities and a plain link."""
    key = f"map_profile_{lang}"
    raw = st.query_params.get("area")
    linked = url_values.choice(raw, list(municipalities))
    if clicked in municipalities:
        st.session_state[key] = clicked
    elif key not in st.session_state and linked is not None:
        st.session_state[key] = linked
    elif raw is not None and linked is None:
        bad_param("area", lang)
    code = st.selectbox(
        t("map.pick_profile", lang),
        list(municipalities),
        index=None,
        format_func=lambda c: municipalities[c],
        placeholder=t("map.pick_profile_placeholder", lang),
        key=key,
    )
    if code is None:
        st.query_params.pop("area", None)
        return
    st.query_params["area"] = code
    label = t("map.open_profile", lang, name=municipalities[code])
    st.page_link(PROFILE, label=label, icon=":material/location_city:",
                 query_params=link_params(lang, area=code))  # fmt: skip


def year_choice(years: list[int], lang: Lang) -> int:
    """The year slider, kept in ?year=; an unknown year gets a notice and the latest."""
    if len(years) == 1:
        if st.query_params.get("year", str(years[0])) != str(years[0]):
            bad_param("year", lang)
        st.query_params["year"] = str(years[0])
        st.caption(f"{t('map.pick_year', lang)}: {years[0]}")
        return years[0]
    chosen = url_step(
        "year",
        [str(year) for year in years],
        label=t("map.pick_year", lang),
        lang=lang,
        default=str(years[-1]),
        format_func=str,
    )
    return int(chosen)


def draw_map(
    view: MapView, kind: str, layer: str, geojson: dict | None, source: str, lang: Lang
) -> None:
    """The map (or tiles) with hover and click; a click opens the municipality's profile."""
    note = t("common.illustrative_badge", lang) if view.illustrative else None
    common = {"legend": view.legend, "title": view.title, "source": source, "lang": lang}
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
    key = f"map_chart_{kind}"
    clickable = kind != "counties"
    with st.container(border=True):
        if view.illustrative:
            notes.illustrative_badge(lang)
        st.plotly_chart(
            fig,
            config=plotly_config(view.file_stem),
            key=key,
            on_select=(lambda: remember_click(key)) if clickable else "ignore",
            selection_mode="points",
        )
        st.caption(f":material/visibility_off: {t('disclosure.map_note', lang)}")
        if clickable:
            st.caption(f":material/touch_app: {t('map.click_hint', lang)}")


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
            label=t("map.pick_indicator", lang),
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
            label=t("map.pick_measure", lang),
            format_func=lambda code: t(f"map.measure_{code}", lang),
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
        chart_panel(
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
            table=view.table,
            csv=view.csv,
            summary=view.summary,
            sources=view.sources,
            citation=view.citation,
            file_stem=view.file_stem,
            illustrative=view.illustrative,
            lang=lang,
            key="map_bars",
            figure_citations=view.figure_citations,
            permalink=permalink(visitor_url(), "map", permalink_params(lang)),
            title=view.title,
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
