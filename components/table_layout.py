"""Tables that show their values on a phone: at 390 px only two or three columns fit.

The data grid keeps columns in the order given and scrolls sideways; a long name first and
sources in between pushed the values off-screen. So: the first column (what or where) stays
first but narrow and pinned, the values come right after it, text about sources comes last.
The table itself (and its CSV) keeps its columns; only the grid's order and widths change.
"""

from typing import Any

import pandas as pd
import streamlit as st

from prevention.i18n import Lang, t

FIRST_WIDTH = 130  # px: enough for "Alytaus r. sav." with the rest of a phone for values


def column_order(table: pd.DataFrame, lang: Lang) -> list[str]:
    """First column, then the values (numbers and printed cells), then the sources."""
    columns = [str(column) for column in table.columns]
    if len(columns) < 3:
        return columns
    trailing = {t(key, lang) for key in ("column.source", "column.source_title")}
    trailing |= {t("column.source_url", lang), t("column.status", lang), t("column.unit", lang)}
    rest = columns[1:]
    last = [column for column in rest if column in trailing]
    return [columns[0], *[column for column in rest if column not in trailing], *last]


def grid(table: pd.DataFrame, lang: Lang, **options: Any) -> None:
    """st.dataframe with the values-first order and a narrow pinned first column.

    `options` go to st.dataframe as they are (height, row_height, ...): typed Any, because its
    overloads take each by its own type and a looser `object` matches none of them.
    """
    order = column_order(table, lang)
    config = {order[0]: st.column_config.Column(width=FIRST_WIDTH, pinned=True)} if order else {}
    st.dataframe(
        table, hide_index=True, width="stretch", column_order=order, column_config=config, **options
    )
