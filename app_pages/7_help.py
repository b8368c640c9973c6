"""Get help: whom to call now, what happens when you call, the forms seen, and who helps."""

import streamlit as st

from components.help import contact_list, organisation_list, passage_sections, print_styles
from components.shell import page_setup
from prevention.i18n import t
from prevention.views.passages import passage
from serving import caches as cached

lang = page_setup("help", cached.page_frame())
st.title(t("nav.help", lang))
st.caption(t("help.lede", lang))
print_styles(lang)

contacts = cached.help_contacts()
view = passage(
    "help",
    lang,
    observations=cached.national_observations(),
    contacts=contacts,
    sources=cached.sources(),
    trends=set(cached.trend_indicators().index),
)
passage_sections(view, lang)
organisation_list(cached.help_organisations(), cached.sources(), lang)
if not contacts.empty:
    contact_list(contacts, lang)
