"""What every view says about the rows it shows: their sources, badge and year span.

One place each, so that the trends, compare, profile, measures and duplicates pages cite,
badge and span their rows by the same rule. Whether generated *values* are shown is
prevention.views.series.is_illustrative (by source, so that a hidden generated cell counts).
"""

from collections.abc import Mapping
from datetime import date

import pandas as pd

from prevention.i18n import Lang
from prevention.i18n.citation import citation

Source = tuple[str, str, str | None]


def sources(frame: pd.DataFrame) -> list[Source]:
    """The distinct sources of the rows shown, in order: (title, publisher, url or None).

    Rows without a source (an empty cell of a comparison) cite nothing.
    """
    known = frame[frame["source_id"].notna()].drop_duplicates("source_id")
    return [
        (
            str(row.source_title),
            str(row.source_publisher),
            row.source_url if isinstance(row.source_url, str) and row.source_url else None,
        )
        for row in known.itertuples(index=False)
    ]


def measures_illustrative(shown: pd.DataFrame) -> bool:
    """Whether any measure shown is generated (the view then carries the badge)."""
    return bool(shown["illustrative"].astype(bool).any())


def year_span(measures: pd.DataFrame) -> list[int]:
    """Every year from the first start to the last end; an open measure ends where it starts."""
    end = measures["end_year"].fillna(measures["start_year"])
    return list(range(int(measures["start_year"].min()), int(end.max()) + 1))


def default_years(measures: pd.DataFrame, width: int = 3) -> str:
    """The last `width` years with measures under way, as a link value ("2022-2024").

    Over the whole span national measures reach every cell, so no gap would ever show;
    planned measures (announced, not yet running) do not move the window forward.
    """
    running = measures[measures["status"] != "planned"]
    last = int((running if not running.empty else measures)["start_year"].max())
    first = max(int(measures["start_year"].min()), last - width + 1)
    return f"{first}-{last}"


def cite(
    *,
    what: str,
    area: str,
    years: list[int],
    sources: list[Source],
    release: Mapping[str, object],
    url: str,
    lang: Lang,
    accessed: date | None = None,
) -> str:
    """The ready citation of one panel: its sources as "publisher: title", the release's
    number and date, and the day it was read (today unless given)."""
    return citation(
        what=what,
        area=area,
        years=years,
        sources=[f"{publisher}: {title}" for title, publisher, _ in sources],
        release_id=int(str(release["id"])),
        release_date=release["created_at"],  # type: ignore[arg-type]
        accessed=accessed or date.today(),
        url=url,
        lang=lang,
    )
