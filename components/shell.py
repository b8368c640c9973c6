"""page_setup(): page config, language switch, translated navigation, help bar and footer.

Also url_choice() and url_years(): controls whose codes live in the URL, so a copied link
reopens the same view, and whose bad values get a polite notice instead of a traceback.
"""

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

import pandas as pd
import streamlit as st

from components import embed
from components.a11y import page_accessibility
from components.help import help_bar

# Pages import these two from here, with the rest of a page's setup.
from components.links import EXAMPLE_KEY, page_link
from components.links import example_layer as example_layer
from components.links import link_params as link_params
from prevention import example_layer as layer
from prevention.i18n import LANGS, Lang, as_lang, long_date, t
from prevention.web import url_values

# (script, catalogue key) in menu order; the first is the home page, served at "/".
PAGES = (
    ("app_pages/0_home.py", "nav.home"),
    ("app_pages/7_help.py", "nav.help"),
    ("app_pages/9_about-trafficking.py", "nav.about"),
    ("app_pages/1_trends.py", "nav.trends"),
    ("app_pages/2_map.py", "nav.map"),
    ("app_pages/3_municipality.py", "nav.municipality"),
    ("app_pages/4_compare.py", "nav.compare"),
    ("app_pages/5_measures.py", "nav.measures"),
    ("app_pages/6_duplicates.py", "nav.duplicates"),
    ("app_pages/8_data.py", "nav.data"),
)
HOME_PAGE = PAGES[0][0]


def page_addresses() -> list[str]:
    """Each page's address as Streamlit derives it: app_pages/1_trends.py -> "trends"."""
    return [Path(script).stem.split("_", 1)[-1] for script, _key in PAGES]


DATA_PAGE = "app_pages/8_data.py"


class Frame(Protocol):
    """What serving read for the page's frame (serving.caches.page_frame()): drawn here only."""

    @property
    def ok(self) -> bool: ...
    @property
    def problem(self) -> str | None: ...
    @property
    def release(self) -> Mapping[str, object]: ...
    @property
    def help_contacts(self) -> pd.DataFrame: ...


def page_setup(page: str, frame: Frame) -> Lang:
    """Every page starts here; returns the visitor's language. Stops on an unusable store.

    `frame` is serving.caches.page_frame(): the store's state, already checked (and a new
    release followed) before the page reads anything, with the release and the help numbers.
    """
    requested = st.query_params.get("lang")
    shown = as_lang(st.session_state.get("lang", requested))
    st.set_page_config(
        page_title=f"{t(f'{page}.title', shown)} · {t('app.name', shown)}",
        layout="wide",
        initial_sidebar_state="auto",  # collapsed on a phone: the help bar stays uncovered
    )
    if embed.requested(page):  # one chart alone for an iframe: no menus, no sidebar
        lang = as_lang(requested)
        page_accessibility(lang)
        _store_guard(frame, lang)
        embed.start(page, lang)
        return lang
    embed.reset()
    lang = _language_switch()
    page_accessibility(lang)
    if requested is not None and requested not in LANGS:
        st.info(t("common.bad_param", lang, name="lang"))
    _example_switch(lang)
    _navigation(lang)
    _store_guard(frame, lang)
    help_bar(frame.help_contacts, lang)  # first in the main area: whom to call
    _phone_menu(lang)
    _footer(frame.release, lang)
    return lang


def _language_switch() -> Lang:
    """A radio whose code (never its label) lives in ?lang=, kept for the whole session.

    Not `bind="query-params"`: a bound radio writes its displayed label ("English") to the
    URL and ignores ?lang=en. The URL sets the first value; the visitor's click wins after.
    """
    requested = st.query_params.get("lang")
    remembered = st.session_state.get("lang")
    start = remembered if remembered in LANGS else as_lang(requested)
    choice = st.sidebar.radio(
        t("nav.language", as_lang(start)),
        LANGS,
        index=LANGS.index(start),
        format_func=lambda code: t(f"language.name_{code}", "lt"),
        key="lang",
        horizontal=True,
        persist_state="session",
    )
    lang = as_lang(choice)
    st.query_params["lang"] = lang
    return lang


def _example_switch(lang: Lang) -> None:
    """The clearly labelled switch of the example layer, kept in ?example=1 (off by default).

    Like the language, the URL sets the first value and the visitor's click wins after; the
    parameter is dropped when the layer is off, so a default link stays a plain one.
    """
    if EXAMPLE_KEY not in st.session_state:
        st.session_state[EXAMPLE_KEY] = layer.is_on(st.query_params.get(layer.PARAM))
    on = st.sidebar.toggle(
        t("example.toggle", lang),
        key=EXAMPLE_KEY,
        help=t("example.toggle_help", lang),
        persist_state="session",
    )
    if on:
        st.query_params[layer.PARAM] = layer.ON
        st.sidebar.warning(t("example.on_notice", lang), icon=":material/science:")
    else:
        st.query_params.pop(layer.PARAM, None)


def _navigation(lang: Lang) -> None:
    """Translated links to every page; the folder's own page list is hidden in config."""
    with st.sidebar:
        st.markdown(f"**{t('app.name', lang)}**")
        for script, key in PAGES:
            page_link(script, t(key, lang), lang)


# The phone menu shows only below Streamlit's sidebar breakpoint (md, 768 px); above it the
# sidebar is open and holds the same links.
PHONE_MENU_CSS = """<style>
@media (min-width: 768px) { .st-key-phone_menu { display: none; } }
</style>"""


def _phone_menu(lang: Lang) -> None:
    """The menu as one button in the main area on phones, so navigating never opens the sidebar.

    An open sidebar covers 80 % of a phone's screen and Streamlit keeps it open after a tap on
    one of its links; a link in this pop-over loads the page with the pop-over closed.
    """
    st.html(PHONE_MENU_CSS)
    with st.container(key="phone_menu"):
        with st.popover(t("phone.menu", lang), icon=":material/menu:"):
            for script, key in PAGES:
                page_link(script, t(key, lang), lang)


def _store_guard(frame: Frame, lang: Lang) -> None:
    """A missing, corrupt or outdated store gets a page that says what to run, not a traceback."""
    if frame.ok:
        return
    st.error(t("error.title", lang))
    st.markdown(t(f"error.{frame.problem}", lang))
    st.stop()


def _footer(release: Mapping[str, object], lang: Lang) -> None:
    """The data release with its date, the licences, and the illustrative-data warning."""
    with st.sidebar:
        st.caption(
            t(
                "common.release",
                lang,
                release=release["id"],
                date=long_date(release["created_at"], lang),  # type: ignore[arg-type]
            )
        )
        if release["illustrative"] and example_layer():
            st.caption(t("common.illustrative_store", lang))
        st.caption(t("common.licences", lang))
        page_link(DATA_PAGE, t("nav.methodology", lang), lang, icon=":material/menu_book:")


def bad_param(name: str, lang: Lang) -> None:
    """The polite notice for a link parameter we could not use (named, never echoed back)."""
    st.info(t("common.bad_param", lang, name=name), icon=":material/link_off:")


def url_choice(
    name: str,
    options: Sequence[str],
    *,
    label: str,
    lang: Lang,
    format_func: Callable[[str], str],
    default: str | None = None,
    widget: str = "selectbox",
    help: str | None = None,
) -> str:
    """A translated choice that keeps its code (never its label) in ?name=.

    The URL gives the starting value; the widget's own state wins once the visitor touches
    it; an unknown code gets a notice and the default. The code is written back every run.
    """
    choices = list(options)
    if not choices:
        st.info(t("common.no_data", lang))
        st.stop()
    fallback = default if default in choices else choices[0]
    # The language is part of the key: a select keeps showing its old label otherwise.
    key = f"choice_{name}_{lang}"
    raw = st.query_params.get(name)
    current = url_values.choice(raw, choices) or fallback
    if raw is not None and url_values.choice(raw, choices) is None:
        bad_param(name, lang)
    if key in st.session_state and st.session_state[key] not in choices:
        del st.session_state[key]  # the options changed under it (another indicator)
    if widget == "segmented":
        value = st.segmented_control(
            label,
            choices,
            default=current,
            format_func=format_func,
            key=key,
            required=True,
            help=help,
        )
    elif widget == "radio":
        value = st.radio(
            label,
            choices,
            index=choices.index(current),
            format_func=format_func,
            key=key,
            horizontal=True,
            help=help,
        )
    else:
        value = st.selectbox(
            label,
            choices,
            index=choices.index(current),
            format_func=format_func,
            key=key,
            help=help,
        )
    chosen = str(value) if value in choices else current
    st.query_params[name] = chosen
    return chosen


def url_measure(*, allowed: bool, label: str, format_func: Callable[[str], str], lang: Lang) -> str:
    """Count or rate in ?measure=, offered only where the rate rule allows it.

    Where it does not (prevention.views.rates), a link asking for a rate gets the polite
    notice and the count, and the parameter leaves the address.
    """
    if allowed:
        return url_choice(
            "measure",
            ["count", "rate"],
            label=label,
            lang=lang,
            format_func=format_func,
            widget="segmented",
        )
    if st.query_params.get("measure", "count") != "count":
        bad_param("measure", lang)
    st.query_params.pop("measure", None)
    return "count"


def url_years(name: str, years: Sequence[int], *, label: str, lang: Lang) -> tuple[int, int]:
    """A year range kept in ?name=2011-2024; out-of-range or garbage gets a notice and all years."""
    span = sorted({int(year) for year in years})
    full = (span[0], span[-1])
    if len(span) < 2:
        return full
    key = f"years_{name}"
    raw = st.query_params.get(name)
    current = full
    if raw is not None:
        parsed = url_values.year_range(raw)
        if parsed and parsed[0] in span and parsed[1] in span:
            current = parsed
        else:
            bad_param(name, lang)
    remembered = st.session_state.get(key)
    if remembered is not None and not (
        isinstance(remembered, tuple) and all(year in span for year in remembered)
    ):
        del st.session_state[key]
    first, last = st.select_slider(label, options=span, value=current, key=key)
    st.query_params[name] = f"{first}-{last}"
    return int(first), int(last)


def permalink_params(lang: Lang) -> dict[str, str]:
    """The current view's URL parameters, with the language always spelled out.

    An embedded chart's own parameters are left out: its permalink opens the full view.
    """
    embedding = (embed.PARAM, "embed")
    params = {k: st.query_params.get(k) or "" for k in st.query_params if k not in embedding}
    params["lang"] = lang
    return params


def visitor_url() -> str | None:
    """The URL the visitor opened (scheme and host are used for permalinks), if known."""
    try:
        return st.context.url
    except (AttributeError, RuntimeError):
        return None


def url_step(
    name: str,
    options: Sequence[str],
    *,
    label: str,
    lang: Lang,
    default: str,
    format_func: Callable[[str], str],
    help: str | None = None,
) -> str:
    """A slider over a few fixed codes ("0.50"), kept in ?name= like url_choice."""
    choices = list(options)
    key = f"step_{name}"
    raw = st.query_params.get(name)
    current = url_values.choice(raw, choices) or default
    if raw is not None and url_values.choice(raw, choices) is None:
        bad_param(name, lang)
    if key in st.session_state and st.session_state[key] not in choices:
        del st.session_state[key]
    value = st.select_slider(
        label, options=choices, value=current, format_func=format_func, key=key, help=help
    )
    chosen = str(value) if value in choices else current
    st.query_params[name] = chosen
    return chosen
