"""The key under a chart that spells out the institution abbreviations it shows."""

from collections.abc import Iterable

import streamlit as st

from components.notes import escape_markdown
from prevention.i18n import Lang, institution_names
from serving import caches as cached


def institution_key(shorts: Iterable[str], lang: Lang, *, example: bool = False) -> None:
    """A caption "Abbreviations: KOPŽI – …" in the page's language; nothing when none."""
    text = institution_names.key(shorts, cached.institutions(example=example), lang)
    if text:
        st.caption(escape_markdown(text))


def institution_labels(shorts: Iterable[str], lang: Lang, *, example: bool = False) -> dict:
    """Chart labels in the page's language (see prevention.i18n.institution_names.labels)."""
    return institution_names.labels(shorts, cached.institutions(example=example), lang)


def institution_hover(shorts: Iterable[str], lang: Lang, *, example: bool = False) -> dict:
    """Chart label -> spelled-out name for hover text (prevention.i18n.institution_names)."""
    return institution_names.hover_names(shorts, cached.institutions(example=example), lang)
