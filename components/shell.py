"""page_setup(): page config, language switch, translated navigation, help box and footer."""

from pathlib import Path

import streamlit as st

from prevention import cached
from prevention.i18n import LANGS, Lang, as_lang, long_date, t

ROOT = Path(__file__).resolve().parent.parent
# (script, catalogue key) in menu order; a page appears once its file exists.
PAGES = (("app.py", "nav.home"),)


def page_setup(page: str) -> Lang:
    """Every page starts here; returns the visitor's language. Stops on an unusable store."""
    requested = st.query_params.get("lang")
    st.set_page_config(
        page_title=f"{t(f'{page}.title', as_lang(requested))} · {t('app.name', as_lang(requested))}",
        layout="wide",
        initial_sidebar_state="expanded",
    )
    lang = _language_switch()
    if requested is not None and requested not in LANGS:
        st.info(t("common.bad_param", lang, name="lang"))
    _navigation(lang)
    _store_guard(lang)
    _help_box(lang)
    _footer(lang)
    return lang


def _language_switch() -> Lang:
    """A radio bound to ?lang=, kept for the whole session so links and shares keep it."""
    choice = st.sidebar.radio(
        t("nav.language", as_lang(st.query_params.get("lang"))),
        LANGS,
        format_func=lambda code: t(f"language.name_{code}", "lt"),
        key="lang",
        horizontal=True,
        bind="query-params",
        persist_state="session",
    )
    return as_lang(choice)


def _navigation(lang: Lang) -> None:
    """Translated links to every page; the folder's own page list is hidden in config."""
    with st.sidebar:
        st.markdown(f"**{t('app.name', lang)}**")
        for script, key in PAGES:
            if (ROOT / script).exists():
                st.page_link(script, label=t(key, lang), query_params={"lang": lang})


def _store_guard(lang: Lang) -> None:
    """A missing, corrupt or outdated store gets a page that says what to run, not a traceback."""
    state = cached.current_store_state()
    if state.ok:
        return
    st.error(t("error.title", lang))
    st.markdown(t(f"error.{state.problem}", lang))
    st.stop()


def _help_box(lang: Lang) -> None:
    """Where to get help, in the same place on every page."""
    organisations = cached.help_organisations()
    names = ", ".join(organisations[f"name_{lang}"].head(6))
    with st.sidebar.container(border=True):
        st.markdown(f"**{t('help.title', lang)}**")
        st.markdown(t("help.emergency", lang))
        st.markdown(t("help.hotline", lang, url=HOTLINE_SOURCE_URL))
        if names:
            st.caption(t("help.ngos", lang, names=names))


# The help line's public announcement (source VILNIUS_HOTLINE in the seed).
HOTLINE_SOURCE_URL = (
    "https://vilnius.lt/lt/sveikata-ir-socialiniai-reikalai/"
    "isteigta-pagalbos-telefonu-linija-pranesimams-apie-prekybos-zmonemis-atvejus/"
)


def _footer(lang: Lang) -> None:
    """The data release with its date, the licences, and the illustrative-data warning."""
    release = cached.release()
    with st.sidebar:
        st.caption(
            t("common.release", lang, release=release["id"], date=long_date(release["created_at"], lang))
        )
        if release["illustrative"]:
            st.caption(t("common.illustrative_store", lang))
        st.caption(t("common.licences", lang))
