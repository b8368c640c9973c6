"""One-figure citations for the points of any chart, and the point a reader picked.

The trends chart quoted one figure per year (prevention/views/trends.py); every other chart quotes
the point under the reader's click: an area on the map's ranking, an area's year on the
comparison, an institution's count of measures. A point is found by its key, which the
figure builder puts in the point's `customdata` (or, for a yearly series, its x, the year).
"""

from collections.abc import Iterable, Mapping, Sequence

import pandas as pd

from prevention.i18n import Lang, t
from prevention.i18n.citation import figure_citation
from prevention.web import url_values

QUOTE_COLUMNS = ("key", "what", "area", "year", "value", "unit", "publisher")


def quotes(rows: pd.DataFrame, *, url: str, lang: Lang) -> dict[str, str]:
    """Point key -> its one-figure citation, in row order; hidden or missing values get none.

    `rows` holds QUOTE_COLUMNS (a year, or a period such as "2020–2024" as text), and may hold
    a `unit_code` ("measures": "3 priemonės"); a key that repeats (one point, several parts)
    joins its citations line by line.
    """
    result: dict[str, str] = {}
    values = pd.to_numeric(rows["value"], errors="coerce")
    for row, value in zip(rows.itertuples(index=False), values, strict=True):
        if pd.isna(value):
            continue
        quoted = figure_citation(
            what=str(row.what),
            area=str(row.area),
            year=row.year if isinstance(row.year, str) else int(row.year),
            value=float(value),
            unit=str(row.unit),
            publisher=str(row.publisher or ""),
            url=url,
            lang=lang,
            unit_code=str(getattr(row, "unit_code", "") or ""),
        )
        key = str(row.key)
        result[key] = f"{result[key]}\n{quoted}" if key in result else quoted
    return result


def point_keys(point: Mapping[str, object]) -> list[str]:
    """The key a clicked point stands for: its customdata, or (a series has none) its x as a
    year. A bar's x is its value, never read as a key."""
    data = point.get("customdata")
    if isinstance(data, list | tuple):
        data = data[0] if data else None
    if data is not None:
        return [str(data)]
    try:
        return [str(int(float(str(point.get("x")))))]
    except ValueError:
        return []


def chosen(points: Iterable[Mapping[str, object]], citations: Mapping[str, str]) -> str:
    """The key of the first clicked point that has a citation; else the default one.

    The default is the latest year when the keys are years (a series), else the first key
    (charts list their points most important first: the map's ranking, highest first).
    """
    for point in points:
        for key in point_keys(point):
            if key in citations:
                return key
    if all(url_values.year(key) is not None for key in citations):
        return max(citations, key=int)
    return next(iter(citations))


def category_quotes(
    frame: pd.DataFrame,
    *,
    category: str,
    parts: Sequence[str],
    names: Mapping[str, str],
    what: str,
    area: str,
    period: str,
    unit: str,
    publisher: str,
    url: str,
    lang: Lang,
    unit_code: str = "",
) -> dict[str, str]:
    """Each bar of a category chart (an institution's measures, a type's) as one figure: the
    bar's whole length (its parts added: lead and partner, local and national), by code."""
    codes = frame[category].astype(str)
    quoted = pd.DataFrame(
        {
            "key": codes,
            "what": [f"{what}: {names.get(code, code)}" for code in codes],
            "area": area,
            "year": period,
            "value": frame[list(parts)].sum(axis=1),
            "unit": unit,
            "unit_code": unit_code,
            "publisher": publisher,
        }
    )
    return quotes(quoted, url=url, lang=lang)


def pair_key(first: str, second: str) -> str:
    """The key of a point named by two codes (an institution and a year, a pair)."""
    return f"{first}|{second}"


def series_quotes(
    frame: pd.DataFrame,
    *,
    series: str,
    value: str,
    names: Mapping[str, str],
    what: str,
    area: str,
    unit: str,
    publisher: str,
    url: str,
    lang: Lang,
    unit_code: str = "",
) -> dict[str, str]:
    """Each (series, year) point of a stacked yearly chart (a budget by institution) as one
    figure, keyed by pair_key(series, year), latest year first."""
    rows = frame.sort_values("year", ascending=False, kind="stable")
    labels = rows[series].astype(str)
    quoted = pd.DataFrame(
        {
            "key": [pair_key(s, str(int(y))) for s, y in zip(labels, rows["year"], strict=True)],
            "what": [f"{what}: {names.get(label, label)}" for label in labels],
            "area": area,
            "year": rows["year"].astype(int),
            "value": rows[value],
            "unit": unit,
            "unit_code": unit_code,
            "publisher": publisher,
        }
    )
    return quotes(quoted, url=url, lang=lang)


def pair_quotes(
    pairs: pd.DataFrame,
    *,
    names: dict[str, str],
    what: str,
    area: str,
    period: str,
    publisher: str,
    url: str,
    lang: Lang,
) -> dict[str, str]:
    """Each pair of institutions (most shared first) as one figure: how many duplicate pairs
    of measures they share, keyed as the pair list's bars are (figure_quotes.pair_key)."""
    firsts, seconds = pairs["institution_a"].astype(str), pairs["institution_b"].astype(str)
    quoted = pd.DataFrame(
        {
            "key": [pair_key(a, b) for a, b in zip(firsts, seconds, strict=True)],
            "what": [
                f"{what}: {names.get(a, a)} + {names.get(b, b)}"
                for a, b in zip(firsts, seconds, strict=True)
            ],
            "area": area,
            "year": period,
            "value": pairs["pairs"].to_numpy(),
            "unit": t("finish18.pairs_unit", lang),
            "publisher": publisher,
        }
    )
    return quotes(quoted, url=url, lang=lang)
