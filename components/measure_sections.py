"""The measures page's sections: its filters, the who-runs-what panels, the coverage and
need pickers and notes, and the list of measures with its download.

Rendering only: the page passes the data in, and with it the functions that draw one chart
panel and memoise a figure (serving's caches stay in the page).
"""

from collections.abc import Callable, Iterable
from typing import NamedTuple

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components import measure_charts, notes
from components.abbreviations import institution_key
from components.filters import Picker, folded_filters
from prevention.i18n import Lang, institution_names, number, t
from prevention.i18n.wording import mid_sentence
from prevention.views import measures as measure_view
from prevention.views import measures_text as measure_text
from prevention.views import shown as shown_rows
from prevention.views.measures import ALL, NO_PLAN
from prevention.views.measures_panels import Panels


class Drawing(NamedTuple):
    """What every panel of the page is drawn with."""

    panel: Callable[..., None]  # (figure, table, summary, what, key, quotes=None)
    figure: Callable[..., go.Figure]  # the page's memoised figure: figure(builder, ...)
    link: Callable[[], str]  # the view's permalink, read when a chart is drawn
    panels: Panels
    source_line: str
    badge: str | None
    lang: Lang


def measure_filters(
    measures: pd.DataFrame,
    institution_codes: Iterable[str],
    codes: list[str],
    area_names: dict[str, str],
    type_names: dict[str, str],
    group_names: dict[str, str],
    lang: Lang,
) -> tuple[tuple[int, int], dict[str, str]]:
    """The chosen years and each picker's code (plan, institution, type, target, area)."""
    every = lambda code: t("common.all", lang) if code == ALL else None  # noqa: E731
    default_years = shown_rows.default_years(measures)
    if "years" not in st.query_params:
        st.query_params["years"] = default_years
    pickers = [
        Picker(
            "plan",
            measure_view.plan_options(measures),
            t("column.plan", lang),
            lambda code: every(code) or (t("measures.no_plan", lang) if code == NO_PLAN else code),
        ),
        Picker(
            "institution",
            [ALL, *sorted(institution_codes)],
            t("column.institution", lang),
            lambda code: every(code) or code,
        ),
        Picker(
            "type",
            [ALL, *type_names],
            t("municipality.col_measure_type", lang),
            lambda code: every(code) or type_names[code],
        ),
        Picker(
            "target",
            [ALL, *group_names],
            t("municipality.col_target_group", lang),
            lambda code: every(code) or group_names[code],
        ),
        Picker(
            "area",
            [ALL, *codes],
            t("column.municipality", lang),
            lambda code: every(code) or area_names[code],
        ),
    ]
    return folded_filters(
        pickers,
        span=shown_rows.year_span(measures),
        default_years=default_years,
        years_label=t("municipality.col_period", lang),
        lang=lang,
    )


def who_section(
    shown: pd.DataFrame,
    who: pd.DataFrame,
    institutions: pd.DataFrame,
    type_names: dict[str, str],
    draw: Drawing,
) -> None:
    """Which institutions run the selected measures, and of which types."""
    lang, panels = draw.lang, draw.panels
    st.header(t("measures.section_who", lang))
    left, right = st.columns(2)
    with left:
        ranked = measure_view.by_institution(shown, who)
        what = t("measures.by_institution_title", lang)
        labelled = institution_names.labels(ranked["institution"], institutions, lang)
        spelled = institution_names.hover_names(ranked["institution"], institutions, lang)
        names = {code: spelled.get(label, label) for code, label in labelled.items()}
        draw.panel(
            draw.figure(
                measure_charts.bars,
                ranked.head(15),
                category="institution",
                parts={
                    "lead": t("measures.role_lead", lang),
                    "partner": t("municipality.col_partner", lang),
                },
                category_names=labelled,
                hover_names=spelled,
                title=what,
                source=draw.source_line,
                x_title=t("measures.axis_measures", lang),
                lang=lang,
                note=draw.badge,
            ),
            measure_text.counts_table(
                ranked,
                {
                    "institution": t("column.institution", lang),
                    "lead": t("measures.role_lead", lang),
                    "partner": t("municipality.col_partner", lang),
                    "total": t("common.total", lang),
                },
                lang,
            ),
            measure_text.top_sentence(ranked, "measures.by_institution_summary", {}, lang),
            what,
            "institutions",
            panels.bar_quotes(
                ranked.head(15), "institution", ["lead", "partner"], names, what, draw.link()
            ),
        )
        institution_key(ranked.head(15)["institution"], institutions, lang)
    with right:
        kinds = measure_view.by_type(shown)
        what = t("measures.by_type_title", lang)
        draw.panel(
            draw.figure(
                measure_charts.bars,
                kinds,
                category="measure_type",
                parts={
                    "national": t("municipality.col_national", lang),
                    "local": t("municipality.col_local", lang),
                },
                category_names=type_names,
                title=what,
                source=draw.source_line,
                x_title=t("measures.axis_measures", lang),
                lang=lang,
                note=draw.badge,
            ),
            measure_text.counts_table(
                kinds.assign(measure_type=kinds["measure_type"].map(type_names)),
                {
                    "measure_type": t("measures.col_type", lang),
                    "national": t("municipality.col_national", lang),
                    "local": t("municipality.col_local", lang),
                    "total": t("common.total", lang),
                },
                lang,
            ),
            measure_text.top_sentence(
                kinds,
                "measures.by_type_summary",
                {code: mid_sentence(name, lang) for code, name in type_names.items()},
                lang,
            ),
            what,
            "types",
            panels.bar_quotes(
                kinds, "measure_type", ["national", "local"], type_names, what, draw.link()
            ),
        )


def measure_table(
    table: pd.DataFrame,
    count: int,
    csv: bytes,
    span: str,
    sources: list[tuple[str, str, str | None]],
    lang: Lang,
) -> None:
    """The selected measures themselves, their download and the sources below."""
    st.header(t("measures.table_heading", lang, count=number(count, lang)))
    notes.table_with_source_links(table, lang)
    st.download_button(
        t("measures.download", lang),
        data=csv,
        file_name=f"prevention-monitor_measures_{span}.csv".replace("–", "-"),
        mime="text/csv",
        icon=":material/download:",
        on_click="ignore",
        key="csv_measures",
    )
    notes.source_list(sources, lang)
