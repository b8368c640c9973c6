"""One-figure citations for the points of any chart, and the point a reader picked.

The trends chart quoted one figure per year (prevention/views.py); every other chart quotes
the point under the reader's click: an area on the map's ranking, an area's year on the
comparison, an institution's count of measures. A point is found by its key, which the
figure builder puts in the point's `customdata` (or, for a yearly series, its x, the year).
"""

from collections.abc import Iterable, Mapping

import pandas as pd

from prevention.citation import figure_citation
from prevention.i18n import Lang

QUOTE_COLUMNS = ("key", "what", "area", "year", "value", "unit", "publisher")


def quotes(rows: pd.DataFrame, *, url: str, lang: Lang) -> dict[str, str]:
    """Point key -> its one-figure citation, in row order; hidden or missing values get none.

    `rows` holds QUOTE_COLUMNS; a key that repeats (one point, several parts) joins its
    citations line by line.
    """
    result: dict[str, str] = {}
    values = pd.to_numeric(rows["value"], errors="coerce")
    for row, value in zip(rows.itertuples(index=False), values, strict=True):
        if pd.isna(value):
            continue
        quoted = figure_citation(
            what=str(row.what),
            area=str(row.area),
            year=int(row.year),
            value=float(value),
            unit=str(row.unit),
            publisher=str(row.publisher or ""),
            url=url,
            lang=lang,
        )
        key = str(row.key)
        result[key] = f"{result[key]}\n{quoted}" if key in result else quoted
    return result


def point_keys(point: Mapping[str, object]) -> list[str]:
    """The keys a clicked point may stand for: its customdata, then its x as a year."""
    keys: list[str] = []
    data = point.get("customdata")
    if isinstance(data, list | tuple):
        data = data[0] if data else None
    if data is not None:
        keys.append(str(data))
    try:
        keys.append(str(int(float(str(point.get("x"))))))
    except ValueError:
        pass
    return keys


def chosen(points: Iterable[Mapping[str, object]], citations: Mapping[str, str]) -> str:
    """The key of the first clicked point that has a citation; else the default one.

    The default is the latest year when the keys are years (a series), else the first key
    (charts list their points most important first: the map's ranking, highest first).
    """
    for point in points:
        for key in point_keys(point):
            if key in citations:
                return key
    if all(key.isdigit() for key in citations):
        return max(citations, key=int)
    return next(iter(citations))
