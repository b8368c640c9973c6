"""Everything the map page shows for one indicator and year, computed once, drawn by components.

One row per area (all 60 municipalities or all 10 counties, whatever the store holds), with
its class for the colour, its legend category, hover text, bar label and tile cell; plus the
panel's companions (title, summary, table, CSV, sources, citation) as on the trends page.
"""

from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from prevention.example_layer import observation_flags
from prevention.geo.mapdata import SMALL_COUNT, Level, snapshot, value_classes

# The page asks which years to offer before it builds a view, and the tile map's builder
# needs the tiles' grid (components.map_controls): both come from the geo room, through here.
from prevention.geo.mapdata import years_with_data as years_with_data
from prevention.geo.tiles import COLUMNS as COLUMNS
from prevention.geo.tiles import ROWS as ROWS
from prevention.i18n import Lang, t
from prevention.release.downloads import csv_bytes
from prevention.views import figure_quotes, map_text
from prevention.views import shown as shown_rows
from prevention.views.chart_csv import chart_csv_frame
from prevention.views.series import is_illustrative, status_label
from prevention.views.trends import source_refs


@dataclass(frozen=True)
class MapView:
    """A map's rows (in bar order, highest first) and its legend, title and companions."""

    frame: pd.DataFrame
    legend: list[tuple[str, str]]
    title: str
    value_title: str
    table: pd.DataFrame
    csv: bytes
    summary: str
    sources: list[tuple[str, str, str | None]]
    citation: str
    file_stem: str
    illustrative: bool
    # One-figure citations by area code, highest value first (a click on a bar picks one).
    figure_citations: dict[str, str] = field(default_factory=dict)

    @property
    def valued(self) -> pd.DataFrame:
        """The rows with a value class: not zero, hidden or missing."""
        return self.frame[self.frame["category"].str.startswith("class")]

    @property
    def source_line(self) -> str:
        """The publishers of the sources, once each, for the line inside the figure."""
        return "; ".join(dict.fromkeys(publisher for _, publisher, _ in self.sources))


def rank_rule(lang: Lang) -> str:
    """Which areas the ranking ranks: those with a count of at least SMALL_COUNT."""
    return t("phone.rank_rule", lang, small=SMALL_COUNT)


def area_places(
    level: Level, *, municipalities: pd.DataFrame, areas: pd.DataFrame, population: pd.DataFrame
) -> pd.DataFrame:
    """The areas of a level by code: names in both languages, short name, kind, population."""
    if level == "municipality":
        places = municipalities.copy()
    else:
        places = areas[areas["level"] == "county"].copy()
        places["short_name_lt"] = places["name_lt"]
        places["population"] = population["population"].reindex(places.index)
    places.index = places.index.astype(str)
    return places[["name_lt", "name_en", "short_name_lt", "kind", "population"]]


def map_view(
    values: pd.DataFrame,
    places: pd.DataFrame,
    *,
    level: Level,
    year: int,
    rate: bool,
    what: str,
    unit: str,
    indicator: str,
    tiles: pd.DataFrame | None,
    release: dict[str, object],
    accessed: date,
    url: str,
    lang: Lang,
    unit_code: str = "",
) -> MapView:
    """One indicator in one year for every area of a level, ready for the map and the bars."""
    frame = _classified(snapshot(values, places, level=level, year=year, rate=rate), rate=rate)
    frame = _named(frame, places, tiles, lang=lang)
    illustrative = is_illustrative(frame)
    name = what
    if illustrative:  # a generated map never reads as "officially identified ..."
        what = f"{t('example.title_prefix', lang)}: {what}"
    legend = _legend(frame, rate=rate, lang=lang)
    order = {key: index for index, (key, _) in enumerate(legend)}
    frame["z"] = frame["category"].map(order).astype(int)
    frame = frame.sort_values(["z", "value", "name"], ascending=[True, False, True])
    value_title = t("common.rate", lang) if rate else unit
    total = len(frame)
    rows_ = [row for _, row in frame.iterrows()]
    frame["shown"] = [map_text.value_text(row, rate=rate, unit=unit, lang=lang) for row in rows_]
    frame["bar_text"] = [map_text.bar_text(row, rate=rate, lang=lang) for row in rows_]
    frame["hover"] = [
        map_text.hover_text(row, what=what, year=year, total=total, value=shown, lang=lang)
        for row, shown in zip(rows_, frame["shown"], strict=True)
    ]
    frame = frame.reset_index(drop=True)
    rows = values[(values["level"] == level) & (values["year"] == year)]
    sources = source_refs(rows)
    # Two lines: Plotly does not wrap a title, and the map sits in a narrow column.
    title = f"{what}\n{t(f'map.chart_title_{level}', lang, year=year)}"
    if rate:
        title += f" ({t('common.rate', lang)})"
    table = _table(frame, year=year, unit=value_title, rate=rate, lang=lang)
    if illustrative:  # every row says whether it is generated, hidden rows included
        table.insert(0, t("example.column", lang), observation_flags(frame).to_numpy())
    download = _download(
        frame,
        rows,
        indicator=indicator,
        name=name,
        year=year,
        unit=value_title,
        counts=not rate and _whole(frame["count"]),
        rate=rate,
        lang=lang,
    )
    stem = f"prevention-monitor_map_{indicator}_{level}_{year}" + ("_per100k" if rate else "")
    return MapView(
        frame=frame,
        legend=legend,
        title=title,
        value_title=value_title,
        table=table,
        csv=csv_bytes(download),
        summary=map_text.summary(frame, what=what, year=year, rate=rate, level=level, lang=lang),
        sources=sources,
        citation=shown_rows.cite(
            what=what + (f" ({t('common.rate', lang)})" if rate else ""),
            area=t(f"map.all_{level}", lang),
            years=[year],
            sources=sources,
            release=release,
            accessed=accessed,
            url=url,
            lang=lang,
        ),
        file_stem=stem,
        illustrative=illustrative,
        figure_citations=_figure_citations(
            frame,
            rows,
            what=what,
            year=year,
            unit=value_title,
            url=url,
            lang=lang,
            unit_code="" if rate else unit_code,
        ),
    )


def _figure_citations(
    frame: pd.DataFrame,
    rows: pd.DataFrame,
    *,
    what: str,
    year: int,
    unit: str,
    url: str,
    lang: Lang,
    unit_code: str = "",
) -> dict[str, str]:
    """Each area's published value as one figure, with the publisher of its own source."""
    publishers = rows.drop_duplicates("area_code").set_index("area_code")["source_publisher"]
    codes = frame["code"].astype(str)
    quoted = pd.DataFrame(
        {
            "key": codes,
            "what": what,
            "area": frame["name"].astype(str),
            "year": year,
            "value": frame["value"],
            "unit": unit,
            "unit_code": unit_code,
            "publisher": publishers.reindex(codes).fillna("").to_numpy(),
        }
    )
    return figure_quotes.quotes(quoted, url=url, lang=lang)


def _classified(frame: pd.DataFrame, *, rate: bool) -> pd.DataFrame:
    """Legend category per area: value classes by quantile, then zero, hidden, missing."""
    classed = frame.copy()
    # A count without a population has no rate: it is missing, never drawn as 0.
    no_rate = (classed["class"] == "value") & classed["value"].isna()
    classed.loc[no_rate, "class"] = "not_available"
    bins = value_classes(classed["value"].where(classed["class"] == "value"))
    classed["category"] = classed["class"]
    has_bin = bins.notna()
    classed.loc[has_bin, "category"] = [f"class{int(b)}" for b in bins[has_bin]]
    return classed


def _named(
    frame: pd.DataFrame, places: pd.DataFrame, tiles: pd.DataFrame | None, *, lang: Lang
) -> pd.DataFrame:
    """Names, short names and tile labels (and cells, for municipalities) beside each code."""
    named = frame.copy()
    info = places.reindex(named["code"])
    named["name"] = info[f"name_{lang}"].fillna(named["code"]).to_numpy()
    names = zip(info["name_en"], info["short_name_lt"], info["name_lt"], strict=True)
    named["short"] = [map_text.short_name(str(en), short, str(lt), lang) for en, short, lt in names]
    named["label"] = [
        map_text.tile_label(str(lt), str(en), str(kind), lang)
        for lt, en, kind in zip(info["name_lt"], info["name_en"], info["kind"], strict=True)
    ]
    if tiles is not None:
        cells = tiles.assign(code=tiles["code"].astype(str)).set_index("code")
        named["col"] = cells["col"].reindex(named["code"]).to_numpy()
        named["row"] = cells["row"].reindex(named["code"]).to_numpy()
    return named


def _legend(frame: pd.DataFrame, *, rate: bool, lang: Lang) -> list[tuple[str, str]]:
    """(category, label) for the categories present, the highest value class first."""
    present = set(frame["category"])
    classes = sorted((c for c in present if c.startswith("class")), reverse=True)
    legend = [
        (c, map_text.class_label(frame.loc[frame["category"] == c, "value"], rate=rate, lang=lang))
        for c in classes
    ]
    legend += [
        (c, map_text.status_category_label(c, lang))
        for c in map_text.STATUS_CATEGORIES
        if c in present
    ]
    return legend


def _table(frame: pd.DataFrame, *, year: int, unit: str, rate: bool, lang: Lang) -> pd.DataFrame:
    """What the map shows as a table and a download: hidden values stay empty, never 0."""
    table = pd.DataFrame(
        {
            t("common.code", lang): frame["code"],
            t("map.column_area", lang): frame["name"],
            t("column.year", lang): year,
            t("column.value", lang): frame["value"].astype(float),
            t("column.unit", lang): unit,
            t("map.column_rank", lang): [
                "" if pd.isna(best) else (f"{best}" if best == worst else f"{best}–{worst}")
                for best, worst in zip(frame["rank_best"], frame["rank_worst"], strict=True)
            ],
            t("column.status", lang): [status_label(str(s), lang) for s in frame["status"]],
        }
    )
    if rate:
        table.insert(4, t("common.measure_count", lang), frame["count"].astype(float))
    return table


def _download(
    frame: pd.DataFrame,
    rows: pd.DataFrame,
    *,
    indicator: str,
    name: str,
    year: int,
    unit: str,
    counts: bool,
    rate: bool,
    lang: Lang,
) -> pd.DataFrame:
    """The map's CSV: one self-describing row per area, its rank (and count, for a rate) last."""
    by_area = rows.drop_duplicates("area_code").set_index("area_code")
    codes = frame["code"].astype(str)
    described = pd.DataFrame(
        {
            "year": year,
            "category": "",
            "value": frame["value"].to_numpy(),
            "status": frame["status"].to_numpy(),
            "source_id": frame["source_id"].to_numpy(),
            **{
                column: by_area[column].reindex(codes).to_numpy()
                for column in ("source_title", "source_publisher", "source_url")
            },
        }
    )
    extra: dict[str, list[object]] = {
        t("map.column_rank", lang): [
            "" if pd.isna(best) else (f"{best}" if best == worst else f"{best}–{worst}")
            for best, worst in zip(frame["rank_best"], frame["rank_worst"], strict=True)
        ]
    }
    if rate:
        count = pd.to_numeric(frame["count"], errors="coerce")
        extra[t("common.measure_count", lang)] = list(
            count.astype("Int64") if _whole(count) else count
        )
    return chart_csv_frame(
        described,
        indicator_code=indicator,
        indicator_name=name,
        area_code=list(codes),
        area_name=list(frame["name"]),
        unit=unit,
        counts=counts,
        lang=lang,
        extra=extra,
    )


def _whole(values: pd.Series) -> bool:
    """Whether every known value is a whole number (so it is written as one: 12, not 12.0)."""
    known = pd.to_numeric(values, errors="coerce").dropna()
    return bool(known.mod(1).eq(0).all())
