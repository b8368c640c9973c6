"""The key under a chart that spells out the institution abbreviations it shows.

Chart labels and hover names come straight from prevention.i18n.institution_names; the page
passes the institutions (serving.caches.institutions) in.
"""

from collections.abc import Iterable

import pandas as pd
import streamlit as st

from components.notes import escape_markdown
from prevention.i18n import Lang, institution_names


def institution_key(shorts: Iterable[str], institutions: pd.DataFrame, lang: Lang) -> None:
    """A caption "Abbreviations: KOPŽI – …" in the page's language; nothing when none."""
    text = institution_names.key(shorts, institutions, lang)
    if text:
        st.caption(escape_markdown(text))
