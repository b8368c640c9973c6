"""Source lines, badges and caveats: the honest small print under every figure."""

import streamlit as st

from prevention.i18n import Lang, t


def source_line(title: str, publisher: str, url: str | None, lang: Lang) -> None:
    """"Source: publisher, title" under a figure; the link goes to the publication."""
    label = f"{publisher}: {title}"
    # Data text is shown literally: escape Markdown so a title cannot inject links or HTML.
    safe = escape_markdown(label)
    if url and url.startswith(("http://", "https://")):
        st.caption(f"{t('common.source', lang)}: [{safe}]({url.replace(')', '%29')})")
    else:
        st.caption(f"{t('common.source', lang)}: {safe}")


def illustrative_badge(lang: Lang) -> None:
    """The visible mark on every illustrative figure."""
    st.badge(t("common.illustrative_badge", lang), icon=":material/science:", color="orange")


def escape_markdown(text: str) -> str:
    """Backslash every Markdown and HTML control character so data text renders as typed."""
    special = "\\`*_{}[]()<>#+-.!|~$:"
    return "".join("\\" + char if char in special else char for char in text)
