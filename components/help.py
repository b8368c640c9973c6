"""The help bar on every page, and the drawing of the help page's and explainer's prose.

The bar is the first thing in the main area, so a visitor on a phone sees whom to call
without opening the sidebar. Every number comes from the help_contacts table (passed in as
a frame); nothing here knows a phone number.
"""

import pandas as pd
import streamlit as st

from components.links import page_link
from components.notes import escape_markdown
from prevention.i18n import Lang, long_date, t
from prevention.views.passages import Passage, tel_link

HELP_PAGE = "app_pages/7_help.py"
# Which contacts the bar shows, in this order, and the label that goes before each.
BAR_CONTACTS = (
    ("HOTLINE_LT", "help.bar_hotline"),
    ("HOTLINE_ABROAD", "help.bar_abroad"),
    ("EMERGENCY", "help.bar_emergency"),
)
# Printing the help page: no sidebar, toolbar or buttons, and links print as plain text.
PRINT_CSS = """
<style>
@media print {
  [data-testid="stSidebar"], [data-testid="stHeader"], [data-testid="stToolbar"],
  [data-testid="stPageLink"], [data-testid="stDecoration"],
  .st-key-help_print_hint { display: none !important; }
  [data-testid="stMain"] a { color: black !important; text-decoration: none !important; }
  [data-testid="stMainBlockContainer"] { padding: 0 !important; max-width: 100% !important; }
}
</style>
"""


def help_bar(contacts: pd.DataFrame, lang: Lang) -> None:
    """One compact line: the help lines and 112 as tap-to-call links, and the help page."""
    if contacts.empty:
        st.warning(t("help.no_contacts", lang))
        return
    parts = [
        t(label, lang, link=tel_link(str(contacts.loc[code, "number"])))
        for code, label in BAR_CONTACTS
        if code in contacts.index
    ]
    with st.container(border=True, key="help_bar", horizontal=True, vertical_alignment="center"):
        st.markdown(
            f":material/call: **{t('help.bar_label', lang)}:** " + " · ".join(parts),
            width="content",
        )
        page_link(HELP_PAGE, t("help.bar_more", lang), lang, icon=":material/arrow_forward:")


def passage_sections(passage: Passage, lang: Lang) -> None:
    """Each section's title and paragraphs, each paragraph followed by its sources."""
    for section in passage.sections:
        st.header(section.title)
        for paragraph in section.paragraphs:
            st.markdown(paragraph.text)
            _source_links(paragraph.source_ids, passage.sources, lang)
    if passage.missing:
        st.warning(t("help.missing", lang, names=", ".join(sorted(set(passage.missing)))))


def _source_links(source_ids: tuple[str, ...], sources: pd.DataFrame, lang: Lang) -> None:
    """ "Sources: [publisher](url); ..." in small print under a paragraph."""
    items = [_source_link(source_id, sources) for source_id in source_ids]
    items = [item for item in items if item]
    if items:
        st.caption(f"{t('common.sources', lang)}: " + "; ".join(items))


def organisation_list(organisations: pd.DataFrame, sources: pd.DataFrame, lang: Lang) -> None:
    """The organisations that help, each with the sources that name it."""
    st.header(t("help.organisations_title", lang))
    lines = []
    for _, row in organisations.iterrows():
        links = [_source_link(i, sources) for i in str(row["source_ids"] or "").split(";")]
        links = [link for link in links if link]
        named = t("help.organisation_sources", lang, sources="; ".join(links)) if links else ""
        named = f" – {named}" if named else ""
        lines.append(f"- {escape_markdown(str(row[f'name_{lang}']))}{named}")
    st.markdown("\n".join(lines))


def _source_link(source_id: str, sources: pd.DataFrame) -> str:
    """A source as "[publisher](url)"; empty for an id the store does not know."""
    if source_id not in sources.index:
        return ""
    label = escape_markdown(str(sources.loc[source_id, "publisher"]))
    url = str(sources.loc[source_id, "url"] or "")
    return f"[{label}]({url.replace(')', '%29')})" if url.startswith("http") else label


def contact_list(contacts: pd.DataFrame, lang: Lang) -> None:
    """Every number with whom it is for, hours, languages, its source and when it was checked."""
    st.header(t("help.contacts_title", lang))
    for _, row in contacts.iterrows():
        with st.container(border=True):
            name = escape_markdown(str(row[f"name_{lang}"]))
            st.markdown(f"{tel_link(str(row['number']))} · {name}")
            details = [t("help.contact_hours", lang, hours=escape_markdown(str(row["hours"])))]
            if isinstance(row["languages"], str) and row["languages"]:
                details.append(
                    t("help.contact_languages", lang, languages=escape_markdown(row["languages"]))
                )
            source = t(
                "help.contact_source",
                lang,
                title=escape_markdown(str(row["source_title"])),
                url=str(row["source_url"]).replace(")", "%29"),
                publisher=escape_markdown(str(row["source_publisher"])),
            )
            st.caption(" · ".join([*details, source]))
    # The oldest check date: no number on the page was checked later than it says.
    checked = min(pd.to_datetime(contacts["checked"])).date()
    st.caption(t("help.checked", lang, date=long_date(checked, lang)))


def print_styles(lang: Lang) -> None:
    """The help page prints as a plain sheet of numbers and advice."""
    st.html(PRINT_CSS)
    with st.container(key="help_print_hint"):
        st.caption(f":material/print: {t('help.print', lang)}")
