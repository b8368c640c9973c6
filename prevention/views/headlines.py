"""The overview's headline figures: latest year, change on the year before, other sources."""

from dataclasses import dataclass, field

import pandas as pd

# Below this, a percentage change says more about chance than about trends.
PERCENT_CHANGE_FROM = 20
PRESS_TIER = 3  # data/seed/README.md: press or other secondary report of official figures


@dataclass(frozen=True)
class Headline:
    """One headline series at its latest year, with what a journalist needs to cite it."""

    indicator_code: str
    breakdown_dimension: str
    breakdown_category: str
    year: int
    value: float
    previous_year: int | None
    previous_value: float | None
    history: list[float]
    source_id: str
    source_title: str
    source_publisher: str
    source_url: str | None
    others: list[tuple[float, str]] = field(default_factory=list)  # (value, publisher)
    source_tier: int = 1  # 3: the press; the figure then says so next to it
    reports: dict[str, str] = field(default_factory=dict)  # lang -> official publication

    @property
    def from_press(self) -> bool:
        """Whether the figure comes from a press item rather than from the publisher itself."""
        return self.source_tier == PRESS_TIER

    @property
    def change(self) -> float | None:
        """Absolute change on the previous calendar year, None when that year is missing."""
        return None if self.previous_value is None else self.value - self.previous_value

    @property
    def change_is_percent(self) -> bool:
        """Show a percentage only when both counts are large enough to mean something."""
        previous = self.previous_value
        return previous is not None and min(previous, self.value) >= PERCENT_CHANGE_FROM


def latest_headlines(figures: pd.DataFrame, others: pd.DataFrame) -> list[Headline]:
    """One Headline per series, in the order the figures came (the query's series order)."""
    headlines = []
    keys = ["indicator_code", "breakdown_dimension", "breakdown_category"]
    for key, series in figures.groupby(keys, sort=False):
        series = series.sort_values("year")
        last = series.iloc[-1]
        year = int(last["year"])
        before = series[series["year"] == year - 1]  # the previous year, never an older one
        rival = others[
            (others["indicator_code"] == key[0])
            & (others["breakdown_dimension"] == key[1])
            & (others["breakdown_category"] == key[2])
            & (others["year"] == year)
            & (others["value"] != last["value"])
        ]
        headlines.append(
            Headline(
                indicator_code=key[0],
                breakdown_dimension=key[1],
                breakdown_category=key[2],
                year=year,
                value=float(last["value"]),
                previous_year=year - 1 if len(before) else None,
                previous_value=float(before.iloc[0]["value"]) if len(before) else None,
                history=unbroken_tail(series["year"], series["value"]),
                source_id=str(last["source_id"]),
                source_title=str(last["source_title"]),
                source_publisher=str(last["source_publisher"]),
                source_url=last["source_url"] if isinstance(last["source_url"], str) else None,
                others=[(float(r.value), str(r.source_publisher)) for r in rival.itertuples()],
                source_tier=int(last.get("source_tier", 1)),
                reports=_reports(last),
            )
        )
    return headlines


def _reports(row: pd.Series) -> dict[str, str]:
    """The official publication a press figure reports, by language; empty when none named."""
    named = {lang: row.get(f"reports_{lang}") for lang in ("lt", "en")}
    return {lang: str(text) for lang, text in named.items() if isinstance(text, str) and text}


def unbroken_tail(years: pd.Series, values: pd.Series) -> list[float]:
    """The values of the run of consecutive years that ends with the latest one.

    A sparkline joins its points: across a missing year it would draw a value nobody
    published (the NGO card once bridged 2022), so it starts after the last gap.
    """
    pairs = [(int(y), float(v)) for y, v in zip(years, values, strict=True) if pd.notna(v)]
    run: list[float] = []
    for index, (year, value) in enumerate(pairs):
        if index and year != pairs[index - 1][0] + 1:
            run = []
        run.append(value)
    return run
