"""What every view says about the rows it shows: their sources, badge and year span.

One place each, so that the trends, compare, profile, measures and duplicates pages cite,
badge and span their rows by the same rule. Whether generated *values* are shown is
prevention.store.series.is_illustrative (by source, so that a hidden generated cell counts).
"""

import pandas as pd

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
