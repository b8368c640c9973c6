"""A page's filters folded into one control whose label says which years and how many are set.

Six pickers filled a phone's first screen: folded, the content comes first. Every picker
keeps its code in the URL (components.shell.url_choice / url_years).
"""

from collections.abc import Callable, Sequence
from typing import NamedTuple

import streamlit as st

from components.shell import url_choice, url_years
from prevention.i18n import Lang, t
from prevention.views.measures import ALL  # every picker's "no filter" code


class Picker(NamedTuple):
    """One picker: its URL parameter, options, label and how an option reads."""

    param: str
    options: Sequence[str]
    label: str
    format_func: Callable[[str], str]


def folded_filters(
    pickers: Sequence[Picker],
    *,
    span: Sequence[int],
    default_years: str,
    years_label: str,
    lang: Lang,
) -> tuple[tuple[int, int], dict[str, str]]:
    """The chosen years and each picker's code, from one expander.

    The label counts the pickers set away from "all", read from the URL (which every picker
    writes) unless the picker's own state is newer (after a click: the URL is written back
    only later in the run).
    """
    chosen = sum(
        st.session_state.get(
            f"choice_{picker.param}_{lang}", st.query_params.get(picker.param, ALL)
        )
        != ALL
        for picker in pickers
    )
    state = t("phone.filters_some", lang, count=chosen) if chosen else t("phone.filters_all", lang)
    period = str(st.query_params.get("years", default_years)).replace("-", "–")
    if isinstance(st.session_state.get("years_years"), tuple):
        period = "–".join(str(year) for year in st.session_state["years_years"])
    folded = t("phone.filters", lang, years=period, state=state)
    with st.expander(folded, icon=":material/filter_list:"):
        slots = [*st.columns([2, 3, 2]), *st.columns([2, 3, 2])]
        with slots[0]:
            years = url_years("years", span, label=years_label, lang=lang)
        picked = {}
        for slot, picker in zip(slots[1:], pickers, strict=True):
            with slot:
                picked[picker.param] = url_choice(
                    picker.param,
                    picker.options,
                    label=picker.label,
                    lang=lang,
                    format_func=picker.format_func,
                )
    return years, picked
