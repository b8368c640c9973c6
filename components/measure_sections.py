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

from components import notes
from components.abbreviations import institution_key
from components.figures import measure_charts
from components.figures.need_charts import need_effort_scatter
from components.filters import Picker, folded_filters
from components.panel import chart_panel
from components.shell import url_choice
from prevention.i18n import Lang, institution_names, number, t
from prevention.i18n.wording import mid_sentence
from prevention.views import figure_quotes
from prevention.views import measures as measure_view
from prevention.views import measures_text as measure_text
from prevention.views import shown as shown_rows
from prevention.views.measures import ALL, NO_PLAN
from prevention.views.measures_panels import Panels


class Drawing(NamedTuple):
    """What every panel of the page is drawn with."""

    figure: Callable[..., go.Figure]  # the page's memoised figure: figure(builder, ...)
    csv: Callable[[pd.DataFrame], bytes]  # the page's memoised CSV of a table
    link: Callable[[], str]  # the view's permalink, read when a chart is drawn
    panels: Panels
    source_line: str
    badge: str | None
    lang: Lang

    def panel(
        self,
        figure: go.Figure,
        table: pd.DataFrame,
        summary: str,
        what: str,
        key: str,
        quotes: dict[str, str] | None = None,
    ) -> None:
        """One chart panel of this page: the view's sources, badge and citation around it;
        `quotes` are its one-figure citations by point (prevention.views.figure_quotes)."""
        panels = self.panels
        table = panels.flagged(table)
        url = self.link()
        chart_panel(
            figure,
            table=table,
            csv=self.csv(panels.download(table, key, what)),
            summary=summary,
            sources=panels.sources,
            citation=panels.citation(what, url),
            file_stem=panels.file_stem(key),
            illustrative=panels.illustrative,
            lang=self.lang,
            key=key,
            figure_citations=quotes,
            permalink=url,
            title=what,
        )


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
    lang = draw.lang
    st.header(t("measures.section_who", lang))
    left, right = st.columns(2)
    with left:
        ranked = measure_view.by_institution(shown, who)
        labelled = institution_names.labels(ranked["institution"], institutions, lang)
        spelled = institution_names.hover_names(ranked["institution"], institutions, lang)
        _bar_panel(
            ranked,
            "institution",
            {"lead": t("measures.role_lead", lang), "partner": t("municipality.col_partner", lang)},
            heading=t("column.institution", lang),
            what=t("measures.by_institution_title", lang),
            summary="measures.by_institution_summary",
            key="institutions",
            names=labelled,
            hover_names=spelled,
            quote_names={code: spelled.get(label, label) for code, label in labelled.items()},
            top=15,
            draw=draw,
        )
        institution_key(ranked.head(15)["institution"], institutions, lang)
    with right:
        _bar_panel(
            measure_view.by_type(shown),
            "measure_type",
            {
                "national": t("municipality.col_national", lang),
                "local": t("municipality.col_local", lang),
            },
            heading=t("measures.col_type", lang),
            what=t("measures.by_type_title", lang),
            summary="measures.by_type_summary",
            key="types",
            names=type_names,
            quote_names=type_names,
            # The table names the types; the sentence names one in the middle of a sentence.
            table_names=type_names,
            sentence_names={code: mid_sentence(name, lang) for code, name in type_names.items()},
            draw=draw,
        )


def _bar_panel(
    counts: pd.DataFrame,
    category: str,
    parts: dict[str, str],
    *,
    heading: str,
    what: str,
    summary: str,
    key: str,
    names: dict[str, str],
    quote_names: dict[str, str],
    draw: Drawing,
    hover_names: dict[str, str] | None = None,
    table_names: dict[str, str] | None = None,
    sentence_names: dict[str, str] | None = None,
    top: int | None = None,
) -> None:
    """One who-runs-what panel: stacked bars of `counts` by `category`, one colour a part.

    `summary` is the catalogue key of its sentence on the first row; the chart and its
    citations show the first `top` rows (all when None), the table and sentence every row.
    """
    lang = draw.lang
    drawn = counts if top is None else counts.head(top)
    table = (
        counts
        if table_names is None
        else counts.assign(**{category: counts[category].map(table_names)})
    )
    draw.panel(
        draw.figure(
            measure_charts.bars,
            drawn,
            category=category,
            parts=parts,
            category_names=names,
            hover_names=hover_names,
            title=what,
            source=draw.source_line,
            x_title=t("column.measures", lang),
            lang=lang,
            note=draw.badge,
        ),
        measure_text.counts_table(
            table, {category: heading, **parts, "total": t("common.total", lang)}, lang
        ),
        measure_text.top_sentence(counts, summary, sentence_names or {}, lang),
        what,
        key,
        draw.panels.bar_quotes(drawn, category, list(parts), quote_names, what, draw.link()),
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


def coverage_switches(lang: Lang) -> tuple[str, str]:
    """The coverage section's heading and its two switches: the axis and national or not."""
    st.header(t("measures.coverage_heading", lang))
    st.caption(t("measures.coverage_lede", lang))
    switches = st.columns(2)
    with switches[0]:
        axis = url_choice(
            "axis",
            ["target_group", "measure_type"],
            label=t("measures.pick_axis", lang),
            lang=lang,
            format_func=lambda code: t(f"measures.axis_{code}", lang),
            widget="segmented",
        )
    with switches[1]:
        national = url_choice(
            "national",
            ["include", "exclude"],
            label=t("measures.pick_national", lang),
            lang=lang,
            format_func=lambda code: t(f"measures.national_{code}", lang),
            widget="segmented",
        )
    return axis, national


def coverage_panel(
    cov: measure_text.Coverage,  # the store's type, named through the view that words it
    counts: pd.DataFrame,
    gaps: int,
    bare: list[str],
    everywhere: pd.DataFrame,
    axis: str,
    codes: list[str],
    area_names: dict[str, str],
    category_names: dict[str, str],
    span: str,
    draw: Drawing,
) -> None:
    """Which municipalities the selected measures reach, and those no local measure reaches."""
    lang = draw.lang
    coverage_what = t("measures.coverage_title", lang, axis=t(f"measures.axis_{axis}", lang))
    draw.panel(
        draw.figure(
            measure_charts.coverage_heatmap,
            counts,
            local=cov.local,
            national=cov.national,
            institutions=cov.institutions,
            row_names=[area_names[code] for code in codes],
            column_names=list(category_names.values()),
            title=f"{coverage_what}, {span}",
            source=draw.source_line,
            lang=lang,
            note=draw.badge,
        ),
        measure_text.coverage_table(cov, area_names, category_names, lang),
        measure_text.coverage_sentence(cov, everywhere, gaps, bare, lang),
        coverage_what,
        "coverage",
    )
    st.caption(f":material/square: {t('measures.gap_note', lang)}")
    if bare:
        st.markdown(f"**{t('measures.bare_heading', lang, count=number(len(bare), lang))}**")
        st.markdown(notes.escape_markdown(", ".join(area_names[code] for code in bare)))
    else:
        st.caption(t("measures.bare_none", lang))


def money_section(
    shown: pd.DataFrame,
    institutions: pd.DataFrame,
    type_names: dict[str, str],
    unit: str,
    timeline_table: Callable[[tuple[str, ...]], pd.DataFrame],
    draw: Drawing,
) -> None:
    """What the selected measures cost by institution and year, and when they ran.

    `unit` is the euro's label; `timeline_table` gives the list of the measures drawn.
    """
    lang = draw.lang
    st.header(t("measures.section_money", lang))
    budget = measure_view.budget_by_institution_year(shown)
    # Example institutions have no abbreviation: their legend entry is their name in the
    # page's language ("other" and abbreviations are kept; the key below spells those out).
    named = institution_names.labels(budget["institution"], institutions, lang)
    spelled = institution_names.hover_names(budget["institution"], institutions, lang)
    budget = budget.assign(institution=budget["institution"].map(named))
    what = t("measures.budget_title", lang)
    unknown = int(shown["budget_eur"].isna().sum())
    if budget.empty:
        st.info(t("measures.budget_none", lang, unknown=number(unknown, lang)))
    else:
        draw.panel(
            draw.figure(
                measure_charts.budget_bars,
                budget,
                title=what,
                source=draw.source_line,
                lang=lang,
                note=draw.badge,
                hover_names=spelled,
            ),
            measure_text.budget_table(budget, lang),
            measure_text.budget_sentence(budget, unknown, lang),
            what,
            "budget",
            figure_quotes.series_quotes(
                budget,
                series="institution",
                value="budget_eur",
                names={**spelled, "other": t("measures.other", lang)},
                what=what,
                area=draw.panels.place,
                unit=unit,
                publisher=draw.source_line,
                url=draw.link(),
                lang=lang,
                unit_code="EUR",
            ),
        )
        institution_key(budget["institution"], institutions, lang)
        st.caption(t("measures.budget_note", lang))

    bars = measure_view.timeline(shown)
    what = t("measures.timeline_title", lang)
    draw.panel(
        draw.figure(
            measure_charts.timeline,
            bars,
            labels=measure_text.timeline_labels(bars, lang),
            type_names=type_names,
            title=what,
            source=draw.source_line,
            lang=lang,
            note=draw.badge,
        ),
        timeline_table(tuple(bars["measure_id"])),
        t(
            "measures.timeline_summary",
            lang,
            shown=number(len(bars), lang),
            total=number(len(shown), lang),
        ),
        what,
        "timeline",
    )


def need_choices(indicator_codes: list[str], labels: pd.DataFrame, lang: Lang) -> tuple[str, str]:
    """The need section's heading and its two pickers: the need indicator and the effort."""
    st.header(t("measures.section_need", lang))
    st.caption(t("measures.need_lede", lang))
    choice = st.columns(2)
    with choice[0]:
        need_code = url_choice(
            "need",
            indicator_codes,
            label=t("measures.pick_need", lang),
            lang=lang,
            # Municipal victim counts of recent years are nearly all 0 or hidden; assistance is not.
            default="persons_assisted_by_state_funded_ngos",
            format_func=lambda code: str(labels.loc[code, f"name_{lang}"]),
        )
    with choice[1]:
        effort_kind = url_choice(
            "effort",
            ["measures", "budget"],
            label=t("measures.pick_effort", lang),
            lang=lang,
            format_func=lambda code: t(f"measures.effort_{code}", lang),
            widget="segmented",
        )
    return need_code, effort_kind


def need_panel(
    scatter: pd.DataFrame,
    area_names: dict[str, str],
    need_title: str,
    effort_title: str,
    span: str,
    highlight: str | None,
    draw: Drawing,
) -> None:
    """Need against effort per municipality, and how to read it; `highlight` is the area."""
    lang = draw.lang
    if scatter.empty:
        st.info(t("measures.need_none", lang))
        return
    scatter_illustrative = draw.panels.illustrative or bool(scatter["illustrative"].any())
    draw.panel(
        draw.figure(
            need_effort_scatter,
            scatter,
            names=area_names,
            need_title=need_title,
            effort_title=effort_title,
            title=t("measures.need_title", lang, years=span),
            source=draw.source_line,
            lang=lang,
            highlight=highlight,
            note=t("common.illustrative_badge", lang) if scatter_illustrative else None,
        ),
        measure_text.need_table(scatter, area_names, effort_title, lang),
        measure_text.need_sentence(scatter, area_names, lang),
        need_title,
        "need-effort",
    )
    if scatter["need_per_100k"].nunique() <= 1:
        st.info(t("measures.need_flat", lang))
    st.markdown(t("measures.quadrants_explained", lang))
    st.warning(t("measures.detection_caution", lang), icon=":material/warning:")
    notes.rate_note(lang)
