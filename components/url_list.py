"""A multiselect whose codes live in the URL as a comma list (?areas=13,19,21).

The link gives the starting choice (already parsed and repaired by the caller); the widget's
own state wins once the visitor touches it; the codes are written back on every run.
"""

from collections.abc import Callable, Sequence

import streamlit as st

from prevention.i18n import Lang


def url_multi(
    name: str,
    options: Sequence[str],
    *,
    start: Sequence[str],
    label: str,
    lang: Lang,
    format_func: Callable[[str], str],
    max_selections: int | None = None,
    help: str | None = None,
) -> list[str]:
    """The chosen codes, in the visitor's order; mirrored into ?name=a,b,c."""
    choices = list(options)
    # The language is part of the key: a select keeps showing its old labels otherwise.
    key = f"multi_{name}_{lang}"
    remembered = st.session_state.get(key)
    if remembered is not None and not set(remembered) <= set(choices):
        del st.session_state[key]
    chosen = st.multiselect(
        label,
        choices,
        default=[code for code in start if code in choices],
        format_func=format_func,
        key=key,
        max_selections=max_selections,
        help=help,
    )
    codes = [str(code) for code in chosen]
    st.query_params[name] = ",".join(codes)
    return codes
