"""The overview's extra headline: prevention measures running, from the measures table."""

from dataclasses import dataclass

import pandas as pd

from prevention.store.queries import HEADLINE_SERIES
from prevention.views.headlines import Headline
from prevention.views.summaries import MEASURES_CODE


@dataclass(frozen=True)
class MeasuresHeadline:
    """Real measures running in the last complete year, compared with the year before.

    Generated measures running that year (example layer on) are counted apart in
    `illustrative`, never added to the figure.
    """

    headline: Headline
    illustrative: int = 0  # generated measures of that year, counted apart (example layer)


def measures_headline(running: pd.DataFrame, current_year: int) -> MeasuresHeadline | None:
    """Real measures running in the last complete year before `current_year`.

    Generated (illustrative) measures are left out: a count of real measures must not grow
    with invented ones. The current year is left out too: plans that ended last year would
    otherwise read as a fall in an unfinished year ("6 in 2026, 12 in 2025").
    """
    if running.empty:
        return None
    generated = running["illustrative"].astype(bool)
    by_year = running[~generated].groupby("year")["measures"].sum().sort_index()
    by_year = by_year[by_year.index < current_year]
    if by_year.empty:
        return None
    year = int(by_year.index.max())
    illustrative = running[(running["year"] == year) & generated]
    previous = by_year.get(year - 1)
    headline = Headline(
        indicator_code=MEASURES_CODE,
        breakdown_dimension="none",
        breakdown_category="",
        year=year,
        value=float(by_year[year]),
        previous_year=year - 1 if previous is not None else None,
        previous_value=float(previous) if previous is not None else None,
        history=[float(v) for v in by_year.tail(12)],
        source_id="measures",
        source_title="",
        source_publisher="",
        source_url=None,
    )
    return MeasuresHeadline(headline, int(illustrative["measures"].sum()))


def in_display_order(
    headlines: list[Headline], measures: MeasuresHeadline | None
) -> list[Headline]:
    """Headlines in the order of HEADLINE_SERIES (victims first), measures running last."""
    order = {key: index for index, key in enumerate(HEADLINE_SERIES)}
    ranked = sorted(
        headlines,
        key=lambda h: order.get(
            (h.indicator_code, h.breakdown_dimension, h.breakdown_category), len(order)
        ),
    )
    return [*ranked, measures.headline] if measures else ranked
