"""Everything one chart panel shows, computed in one place so pages only compose and draw."""

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from prevention.i18n import Lang, t
from prevention.i18n.citation import figure_citation, years_label
from prevention.release.downloads import csv_bytes
from prevention.views import series
from prevention.views import shown as shown_rows
from prevention.views.chart_csv import chart_csv_frame, file_stem
from prevention.views.summaries import trend_sentence


@dataclass(frozen=True)
class ChartView:
    """A chart's data and its companions: title, table, CSV, summary, sources, citation."""

    frame: pd.DataFrame
    title: str
    y_title: str
    table: pd.DataFrame
    csv: bytes
    summary: str
    sources: list[tuple[str, str, str | None]]
    citation: str
    file_stem: str
    illustrative: bool
    # One-figure citations by year (the reader picks a point; the latest year by default).
    figure_citations: dict[int, str] = field(default_factory=dict)
    permalink: str = ""


def source_refs(frame: pd.DataFrame) -> list[tuple[str, str, str | None]]:
    """The distinct sources of the values shown: (title, publisher, url), in year order."""
    known = frame[frame["source_id"].notna()].drop_duplicates("source_id")
    return [
        (
            str(row.source_title),
            str(row.source_publisher),
            row.source_url if isinstance(row.source_url, str) else None,
        )
        for row in known.itertuples(index=False)
    ]


def trend_view(
    frame: pd.DataFrame,
    *,
    what: str,
    unit: str,
    area: str,
    area_code: str,
    rate: bool,
    indicator_code: str = "",
    counts: bool = False,
    release: dict[str, object],
    url: str,
    accessed: date,
    lang: Lang,
    unit_code: str = "",
) -> ChartView:
    """A yearly series (already reindexed and, if asked, per 100 000) ready for a panel.

    `counts`: the indicator counts people or cases, so its download holds whole numbers
    (never when `rate`: a rate per 100 000 has decimals).
    """
    name = what
    years = [int(year) for year in frame["year"]]
    span = years_label(years)
    if series.is_illustrative(frame):  # a generated series never reads as official
        what = f"{t('example.title_prefix', lang)}: {what}"
    unit_label = t("common.rate", lang) if rate else unit
    title = t("trends.chart_title", lang, what=what, area=area, years=span)
    if rate:
        title += f" ({t('common.rate', lang)})"
    sources = source_refs(frame)
    table = series.table_frame(frame, unit=unit_label, lang=lang)
    download = chart_csv_frame(
        frame,
        indicator_code=indicator_code,
        indicator_name=name,
        area_code=area_code,
        area_name=area,
        unit=unit_label,
        counts=counts and not rate,
        lang=lang,
    )
    stem = file_stem(indicator_code + ("-per-100k" if rate else ""), area_code, years)
    return ChartView(
        frame=frame,
        title=title,
        y_title=unit_label,
        table=table,
        csv=csv_bytes(download),
        summary=trend_sentence(
            frame,
            what=what,
            area=area,
            unit=unit_label,
            lang=lang,
            tiers=unit_code == series.TIER_UNIT and not rate,
            unit_code="" if rate else unit_code,
        ),
        sources=sources,
        citation=shown_rows.cite(
            what=what + (f" ({t('common.rate', lang)})" if rate else ""),
            area=area,
            years=years,
            sources=sources,
            release=release,
            accessed=accessed,
            url=url,
            lang=lang,
        ),
        file_stem=stem,
        illustrative=series.is_illustrative(frame),
        figure_citations=figure_citations(
            frame,
            what=what,
            area=area,
            unit=unit_label,
            url=url,
            lang=lang,
            unit_code="" if rate else unit_code,
        ),
        permalink=url,
    )


def figure_citations(
    frame: pd.DataFrame,
    *,
    what: str,
    area: str,
    unit: str,
    url: str,
    lang: Lang,
    unit_code: str = "",
) -> dict[int, str]:
    """The one-figure citation of every year that has a value (hidden or missing: none).

    In a breakdown a year's citation names each category's value on its own line.
    """
    shown = frame[pd.to_numeric(frame["value"], errors="coerce").notna()]
    result: dict[int, str] = {}
    for year, rows in shown.groupby(shown["year"].astype(int), sort=True):
        lines = []
        for row in rows.itertuples(index=False):
            category = str(row.category or "")
            label = f"{what}: {series.category_label(category, lang)}" if category else what
            lines.append(
                figure_citation(
                    what=label,
                    area=area,
                    year=int(year),
                    value=float(row.value),
                    unit=unit,
                    publisher=str(row.source_publisher or ""),
                    url=url,
                    lang=lang,
                    unit_code=unit_code,
                )
            )
        result[int(year)] = "\n".join(lines)
    return result


def in_years(frame: pd.DataFrame, first: int, last: int) -> pd.DataFrame:
    """The rows of a year range, both ends included."""
    return frame[frame["year"].astype(int).between(first, last)].reset_index(drop=True)
