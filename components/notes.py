"""Source lines, badges and caveats: the honest small print under every figure."""

import pandas as pd
import streamlit as st

from prevention.i18n import Lang, number, t
from prevention.i18n.bidi import strip_bidi
from prevention.views.source_names import localised


def source_line(title: str, publisher: str, url: str | None, lang: Lang) -> None:
    """ "Source: publisher, title" under a figure; the link goes to the publication."""
    label = localised(f"{publisher}: {title}", lang)
    # Data text is shown literally: escape Markdown so a title cannot inject links or HTML.
    safe = escape_markdown(label)
    if url and url.startswith(("http://", "https://")):
        st.caption(f"{t('common.source', lang)}: [{safe}]({url.replace(')', '%29')})")
    else:
        st.caption(f"{t('common.source', lang)}: {safe}")


def source_list(sources: list[tuple[str, str, str | None]], lang: Lang) -> None:
    """All sources of a chart on one line: "Sources: publisher: title; ...", each linked."""
    if len(sources) == 1:
        source_line(*sources[0], lang)
        return
    items = []
    for title, publisher, url in sources:
        safe = escape_markdown(localised(f"{publisher}: {title}", lang))
        ok = url and url.startswith(("http://", "https://"))
        items.append(f"[{safe}]({url.replace(')', '%29')})" if ok and url else safe)
    if items:
        st.caption(f"{t('common.sources', lang)}: " + "; ".join(items))


def illustrative_badge(lang: Lang) -> None:
    """The visible mark on every illustrative figure."""
    st.badge(t("common.illustrative_badge", lang), icon=":material/science:", color="orange")


def escape_markdown(text: str) -> str:
    """Backslash every Markdown and HTML control character so data text renders as typed.

    Bidirectional controls are dropped: they would reorder what is drawn (prevention/i18n/bidi.py).
    """
    special = "\\`*_{}[]()<>#+-.!|~$:"
    return "".join("\\" + char if char in special else char for char in strip_bidi(text))


def caveat(text: object, lang: Lang) -> None:
    """An indicator's caveat under its chart (identified victims are not prevalence...)."""
    if isinstance(text, str) and text.strip():
        st.caption(f":material/info: **{t('common.caveat', lang)}:** {escape_markdown(text)}")


def rate_note(lang: Lang) -> None:
    """Rates use the 2021 census for every year: say so wherever a rate is shown."""
    st.caption(f":material/groups: {t('common.rate_note', lang)}")


def plan_band_note(lang: Lang) -> None:
    """What the shaded bands on time charts are."""
    st.caption(f":material/event_note: {t('common.plan_bands', lang)}")


def other_sources(others: pd.DataFrame, labels: dict[str, str], lang: Lang) -> None:
    """ "Other sources say": each non-preferred value with its year and source."""
    if others.empty:
        return
    st.markdown(f"**{t('common.other_sources_title', lang)}**")
    lines = []
    for row in others[others["differs"]].itertuples(index=False):
        code, value = str(row.category), float(str(row.value))
        category = f" ({escape_markdown(labels.get(code, code))})" if code else ""
        verdict = t("common.other_differs" if row.differs else "common.other_same", lang)
        lines.append(
            f"- {row.year}{category}: **{number(value, lang, decimals=_decimals(value))}** "
            f"– {escape_markdown(str(row.source_publisher))}, "
            f"{escape_markdown(str(row.source_title))} ({verdict})"
        )
    agreeing = int((~others["differs"].astype(bool)).sum())
    if agreeing:
        lines.append(f"- {t('common.other_agree_count', lang, count=agreeing)}")
    st.markdown("\n".join(lines))


def _decimals(value: float) -> int:
    """Whole numbers stay whole, others keep two decimals."""
    return 0 if float(value).is_integer() else 2


def table_with_source_links(frame: pd.DataFrame, lang: Lang) -> None:
    """A table whose source address column (column.source_url) is drawn as links."""
    url_column = t("column.source_url", lang)
    st.dataframe(
        frame,
        hide_index=True,
        width="stretch",
        column_config={url_column: st.column_config.LinkColumn(url_column)},
    )


def indicator_card(
    row: pd.Series, facts: dict[str, str], sources: pd.DataFrame, lang: Lang
) -> None:
    """One indicator's definition, unit, years, last update, caveat and sources with licences."""
    with st.container(border=True):
        st.markdown(f"**{escape_markdown(str(row[f'name_{lang}']))}**")
        st.markdown(escape_markdown(str(row[f"definition_{lang}"] or "")))
        st.caption(
            f"{t('column.unit', lang)}: {escape_markdown(facts['unit'])} · "
            f"{t('column.years', lang)}: {facts['years']} · "
            f"{t('data.col_updated', lang)}: {facts['updated']}"
        )
        caveat(row[f"caveat_{lang}"], lang)
        table_with_source_links(sources, lang)
