"""Everything one chart panel shows, computed in one place so pages only compose and draw."""

from dataclasses import dataclass
from datetime import date

import pandas as pd

from prevention import series
from prevention.citation import citation, years_label
from prevention.downloads import csv_bytes
from prevention.i18n import Lang, t
from prevention.summaries import trend_sentence


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
    release: dict[str, object],
    url: str,
    accessed: date,
    lang: Lang,
    unit_code: str = "",
) -> ChartView:
    """A yearly series (already reindexed and, if asked, per 100 000) ready for a panel."""
    years = [int(year) for year in frame["year"]]
    span = years_label(years)
    if series.is_illustrative(frame):  # a generated series never reads as official
        what = f"{t('example.title_prefix', lang)}: {what}"
    unit_label = t("trends.per_100k", lang) if rate else unit
    title = t("trends.chart_title", lang, what=what, area=area, years=span)
    if rate:
        title += f" ({t('trends.per_100k', lang)})"
    sources = source_refs(frame)
    table = series.table_frame(frame, unit=unit_label, lang=lang)
    stem = f"prevention-monitor_{area_code}_{span}".replace("–", "-")
    return ChartView(
        frame=frame,
        title=title,
        y_title=unit_label,
        table=table,
        csv=csv_bytes(table),
        summary=trend_sentence(
            frame,
            what=what,
            area=area,
            unit=unit_label,
            lang=lang,
            tiers=unit_code == series.TIER_UNIT and not rate,
        ),
        sources=sources,
        citation=citation(
            what=what + (f" ({t('trends.per_100k', lang)})" if rate else ""),
            area=area,
            years=years,
            sources=[f"{publisher}: {title}" for title, publisher, _ in sources],
            release_id=int(str(release["id"])),
            release_date=release["created_at"],  # type: ignore[arg-type]
            accessed=accessed,
            url=url,
            lang=lang,
        ),
        file_stem=stem,
        illustrative=series.is_illustrative(frame),
    )


def in_years(frame: pd.DataFrame, first: int, last: int) -> pd.DataFrame:
    """The rows of a year range, both ends included."""
    return frame[frame["year"].astype(int).between(first, last)].reset_index(drop=True)
