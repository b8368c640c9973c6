"""The map page's controls and charts: a year step, the map (or tiles) with a click that
opens a profile, the accessible way to the same profile (a list and a plain link) and the
ranking beside the map. Rendering only: the page passes in its view and its memoised
`figure` (serving.caches.figure), through which every figure here is built.
"""

from collections.abc import Callable
from typing import Any

import plotly.graph_objects as go
import streamlit as st

from components import notes
from components.figures import maps
from components.figures.charts import plotly_config
from components.links import page_link
from components.panel import view_panel
from components.shell import bad_param, url_step
from prevention.i18n import Lang, t
from prevention.views.map import COLUMNS, ROWS, MapView
from prevention.web import url_values

PROFILE = "app_pages/3_municipality.py"
CLICKED = "map_clicked_area"  # session key: the area clicked in this run

Figure = Callable[..., go.Figure]  # the page's memoised figure: figure(builder, ...)


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
        t("nav.municipality", lang),
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
    page_link(PROFILE, label, lang, icon=":material/location_city:", area=code)


def year_choice(years: list[int], lang: Lang) -> int:
    """The year slider, kept in ?year=; an unknown year gets a notice and the latest."""
    if len(years) == 1:
        if st.query_params.get("year", str(years[0])) != str(years[0]):
            bad_param("year", lang)
        st.query_params["year"] = str(years[0])
        st.caption(f"{t('column.year', lang)}: {years[0]}")
        return years[0]
    chosen = url_step(
        "year",
        [str(year) for year in years],
        label=t("column.year", lang),
        lang=lang,
        default=str(years[-1]),
        format_func=str,
    )
    return int(chosen)


def map_chart(fig: go.Figure, view: MapView, kind: str, lang: Lang) -> None:
    """The map (or tiles) with hover and click; a click opens the municipality's profile."""
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


def draw_map(
    figure: Figure, view: MapView, kind: str, layer: str, geojson: dict | None, lang: Lang
) -> None:
    """The map (or tiles), its figure built through the page's memoised `figure`."""
    note = t("common.illustrative_badge", lang) if view.illustrative else None
    common: dict[str, Any] = {
        "legend": view.legend,
        "title": view.title,
        "source": view.source_line,
        "lang": lang,
    }
    if kind == "tiles":
        fig = figure(maps.tile_map, view.frame, columns=COLUMNS, rows=ROWS, note=note, **common)
    else:
        fig = figure(
            maps.choropleth,
            view.frame,
            layer,
            geojson or {},
            note=note,
            cache_entries=16,
            **common,
        )
    map_chart(fig, view, kind, lang)


def ranking(figure: Figure, view: MapView, title: str, permalink: str, lang: Lang) -> None:
    """The ranked bars beside the map, in a chart panel; `title` names what and which year."""
    # Sixty rows of mostly zeros bury the few places with a value: by default the ranking
    # lists only those; the toggle brings back every place (zeros, hidden, missing).
    with_value = view.valued
    show_all = with_value.empty or st.toggle(t("phone.show_all", lang), key="map_bars_all")
    if not show_all:
        st.caption(t("phone.ranked_only", lang, count=len(with_value), total=len(view.frame)))
    view_panel(
        figure(
            maps.ranked_bars,
            view.frame if show_all else with_value,
            legend=view.legend,
            title=title,
            x_title=view.value_title,
            source=view.source_line,
            lang=lang,
            note=t("common.illustrative_badge", lang) if view.illustrative else None,
        ),
        view,
        lang=lang,
        key="map_bars",
        permalink=permalink,
    )
