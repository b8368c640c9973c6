"""Whether the visitor switched the example layer on, and the parameters of links between pages.

Apart from shell.py so that the help bar (drawn by shell.py) can use them too.
"""

import streamlit as st

from prevention import example_layer as layer
from prevention.i18n import Lang

# The session-state key of the sidebar switch (components/shell.py draws it).
EXAMPLE_KEY = "example_layer"


def example_layer() -> bool:
    """Whether this visitor switched the example layer on; pages pass it to every query."""
    if EXAMPLE_KEY in st.session_state:
        return bool(st.session_state[EXAMPLE_KEY])
    return layer.is_on(st.query_params.get(layer.PARAM))


def link_params(lang: Lang, **extra: str) -> dict[str, str]:
    """Query parameters of a link to another page: the language, and the layer when it is on."""
    params = {"lang": lang, **extra}
    if example_layer():
        params[layer.PARAM] = layer.ON
    return params


def page_link(
    script: str, label: str, lang: Lang, *, icon: str | None = None, **extra: str
) -> None:
    """A link to another page of the site that keeps the language and the example layer."""
    st.page_link(script, label=label, icon=icon, query_params=link_params(lang, **extra))
