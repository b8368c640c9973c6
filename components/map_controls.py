"""The map page's controls and chart frame: a year step, a click that opens a profile, and
the accessible way to the same profile (a list and a plain link). Rendering only: the page
builds the figure and passes it in.
"""

import plotly.graph_objects as go
import streamlit as st

from components import notes
from components.figures.charts import plotly_config
from components.links import page_link
from components.shell import bad_param, url_step
from prevention.i18n import Lang, t
from prevention.views.map import MapView
from prevention.web import url_values

PROFILE = "app_pages/3_municipality.py"
CLICKED = "map_clicked_area"  # session key: the area clicked in this run


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
