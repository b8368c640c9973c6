"""What is trafficking? The definition, who is affected in Lithuania, myths and the data."""

import streamlit as st

from components.help import passage_sections
from components.links import page_link
from components.shell import page_setup
from prevention.i18n import t
from prevention.views.passages import passage
from serving import caches as cached

lang = page_setup("about", cached.page_frame())
st.title(t("nav.about", lang))
st.caption(t("about.lede", lang))

view = passage(
    "about_trafficking",
    lang,
    observations=cached.national_observations(),
    contacts=cached.help_contacts(),
    sources=cached.sources(),
    trends=set(cached.trend_indicators().index),
)
passage_sections(view, lang)
page_link("app_pages/1_trends.py", t("about.trends_link", lang), lang, icon=":material/show_chart:")
