"""Overview: what are the latest headline figures on trafficking in Lithuania, and who says so?"""

import streamlit as st

from components import notes
from components.shell import page_setup
from prevention import cached
from prevention.i18n import number, percent, t

lang = page_setup("home")
st.title(t("home.title", lang))
st.caption(t("home.lede", lang))

labels = cached.indicator_labels()
headlines = cached.headlines()
if not headlines:
    st.info(t("common.no_data", lang))
    st.stop()

columns = st.columns(3)
for index, headline in enumerate(headlines):
    with columns[index % 3].container(border=True):
        name = labels.loc[headline.indicator_code, f"name_{lang}"]
        if headline.breakdown_category:
            name = f"{name}: {t(f'category.{headline.breakdown_category}', lang)}"
        delta = None
        if headline.change is not None and headline.previous_value:
            if headline.change_is_percent:
                delta = percent(headline.change / headline.previous_value, lang)
            else:
                delta = number(headline.change, lang)
            delta = f"{'+' if headline.change > 0 else ''}{delta}"
        st.metric(
            f"{name} ({t('home.headline_year', lang, year=headline.year)})",
            number(headline.value, lang),
            delta=delta,
            delta_color="off",
            chart_data=headline.history,
            chart_type="line",
        )
        notes.source_line(
            headline.source_title, headline.source_publisher, headline.source_url, lang
        )
        if headline.others:
            rivals = "; ".join(
                f"{number(value, lang)} ({notes.escape_markdown(publisher)})"
                for value, publisher in headline.others
            )
            st.caption(t("home.other_sources", lang, values=rivals))
