"""Tables that show their values on a phone: at 390 px only two or three columns fit.

The data grid keeps columns in the order given and scrolls sideways; a long name first and
sources in between pushed the values off-screen. So: the first column (what or where) stays
first but narrow and pinned, the values come right after it, text about sources comes last.
The table itself (and its CSV) keeps its columns; only the grid's order and widths change.

On a phone (below Streamlit's 768 px breakpoint) a table of more than two columns is drawn as
cards instead: one card per row, its values first, each with its column's name, so no value
waits off-screen behind a sideways scroll. Both are sent; CSS shows one of them, and the
hidden one is hidden from screen readers too (display: none).
"""

import hashlib

import pandas as pd
import streamlit as st

from components.notes import escape_markdown
from prevention.i18n import Lang, t

FIRST_WIDTH = 130  # px: enough for "Alytaus r. sav." with the rest of a phone for values
# Rows drawn as cards at most: a longer table stays a grid on a phone too (cards would make
# a page of several screens; the grid's pinned first column and values-first order remain).
MAX_CARDS = 80
WIDE, PHONE = "wide_table_", "phone_cards_"
LAYOUT_CSS = f"""<style>
@media (max-width: 767.98px) {{ [class*="st-key-{WIDE}"] {{ display: none; }} }}
@media (min-width: 768px) {{ [class*="st-key-{PHONE}"] {{ display: none; }} }}
</style>"""


def column_order(table: pd.DataFrame, lang: Lang) -> list[str]:
    """First column, then the values (numbers and printed cells), then the sources."""
    columns = [str(column) for column in table.columns]
    if len(columns) < 3:
        return columns
    trailing = {t(key, lang) for key in ("common.source", "column.source_title")}
    trailing |= {t("column.source_url", lang), t("column.status", lang), t("column.unit", lang)}
    rest = columns[1:]
    last = [column for column in rest if column in trailing]
    return [columns[0], *[column for column in rest if column not in trailing], *last]


def grid(table: pd.DataFrame, lang: Lang, *, key: str = "") -> None:
    """st.dataframe with the values-first order and a narrow pinned first column; on a phone,
    cards when the table is wider than two columns and short enough."""
    order = column_order(table, lang)
    config = {order[0]: st.column_config.Column(width=FIRST_WIDTH, pinned=True)} if order else {}
    if len(order) <= 2 or len(table) > MAX_CARDS:
        st.dataframe(
            table, hide_index=True, width="stretch", column_order=order, column_config=config
        )
        return
    name = key or _name(order)
    st.html(LAYOUT_CSS)
    with st.container(key=f"{WIDE}{name}"):
        st.dataframe(
            table, hide_index=True, width="stretch", column_order=order, column_config=config
        )
    with st.container(key=f"{PHONE}{name}"):
        st.markdown(cards_markdown(table[order], lang))


def cards_markdown(table: pd.DataFrame, lang: Lang) -> str:
    """One card per row: its name (the first column, with a year beside it) as a heading,
    then each value in bold before its column's name."""
    columns = [str(column) for column in table.columns]
    year = t("column.year", lang)
    heading = columns[:2] if len(columns) > 2 and columns[1] == year else columns[:1]
    blocks = []
    for row in table.itertuples(index=False):
        cells = dict(zip(columns, (_text(value) for value in row), strict=True))
        title = ", ".join(cells[column] for column in heading)
        lines = [
            f"- **{escape_markdown(cells[column])}** · {escape_markdown(column)}"
            for column in columns
            if column not in heading
        ]
        blocks.append(f"**{escape_markdown(title)}**\n\n" + "\n".join(lines))
    return "\n\n---\n\n".join(blocks)


def _text(value: object) -> str:
    """A cell as the grid prints it: a missing one as a dash, never "None" or "nan"."""
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return "–"
    return str(value)


def _name(columns: list[str]) -> str:
    """A stable element key for a table without one: its columns' digest."""
    return hashlib.sha1("\x1f".join(columns).encode()).hexdigest()[:10]
