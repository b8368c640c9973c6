"""Overview: what are the latest headline figures on trafficking in Lithuania, and who says so?"""

from datetime import date

import streamlit as st

from components import notes
from components.cards import headline_card
from components.shell import example_layer, link_params, page_setup, visitor_url
from prevention.codes import NATIONAL
from prevention.i18n import t
from prevention.i18n.citation import figure_citation, permalink
from prevention.views import series
from prevention.views.home import in_display_order, measures_headline
from prevention.views.summaries import MEASURES_CODE, change_text, overview_paragraph, press_note
from serving import caches as cached

lang = page_setup("home", cached.page_frame())
st.title(t("home.title", lang))
st.markdown(f"**{t('home.what_site', lang)}**")
paths = st.container(horizontal=True)
paths.page_link(
    "app_pages/7_help.py",
    label=t("home.get_help", lang),
    icon=":material/call:",
    query_params=link_params(lang),
)
paths.page_link(
    "app_pages/9_about-trafficking.py",
    label=t("nav.about", lang),
    icon=":material/help:",
    query_params=link_params(lang),
)
st.caption(t("headlines.lede", lang))

example = example_layer()
labels = cached.indicator_labels()
measures = measures_headline(
    cached.measures_running_by_year(example), current_year=date.today().year
)
headlines = in_display_order(cached.headlines(example), measures)
if not headlines:
    st.info(t("common.no_data", lang))
    st.stop()

with st.container(border=True):
    st.markdown(f"**{t('home.in_brief', lang)}**")
    st.markdown(notes.escape_markdown(overview_paragraph(headlines, lang)))

country = str(cached.areas().loc[NATIONAL, f"name_{lang}"])
columns: list = []
for index, headline in enumerate(headlines):
    # A row of three per three cards: on a phone the columns stack, and card by card they
    # then keep the desktop's reading order (column by column would not).
    if index % 3 == 0:
        columns = st.columns(3)
    code = headline.indicator_code
    if code == MEASURES_CODE:
        name, params = t("home.measures_running", lang), None
        unit_code, publisher = "measures", t("home.measures_source", lang)
        link = permalink(visitor_url(), "measures", link_params(lang))
    else:
        name = str(labels.loc[code, f"name_{lang}"])
        params = link_params(lang, indicator=code)
        if headline.breakdown_category:
            name = f"{name}: {t(f'category.{headline.breakdown_category}', lang)}"
            params["breakdown"] = headline.breakdown_dimension
        unit_code, publisher = str(labels.loc[code, "unit"]), headline.source_publisher
        link = permalink(visitor_url(), "trends", params)
    # The figure as a journalist quotes it: value, year, original publisher, a link to it.
    quoted = figure_citation(
        what=name,
        area=country,
        year=headline.year,
        value=headline.value,
        unit=series.unit_label(unit_code, lang),
        publisher=publisher,
        url=link,
        lang=lang,
        unit_code=unit_code,
    )
    with columns[index % 3]:
        headline_card(
            headline,
            name=name,
            change=change_text(headline, lang),
            lang=lang,
            trend_params=params,
            press=press_note(headline, lang) if headline.from_press else None,
            citation=quoted,
            # Generated measures (example layer on) are counted apart, under the real figure.
            illustrative=measures.illustrative if measures and code == MEASURES_CODE else 0,
        )
st.caption(t("home.change_rule", lang))
if measures:
    st.caption(t("headlines.measures_real", lang))
