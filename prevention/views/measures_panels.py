"""What every chart panel of the measures view shares: place, period, sources and badge.

The page draws six charts over one selection; each panel's citation, one-figure quotes,
described download and file name are said here once, from the same facts.
"""

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from prevention.i18n import Lang, t
from prevention.i18n.citation import years_label
from prevention.views import figure_quotes, series
from prevention.views.chart_csv import described_table, file_stem
from prevention.views.shown import Source, cite


@dataclass(frozen=True)
class Panels:
    """The selection every panel of the view shows."""

    place: str  # the municipality's name, or "the whole country"
    area_code: str  # its code (the country's for all places)
    years: tuple[int, int]
    sources: list[Source]
    illustrative: bool
    release: Mapping[str, object]
    lang: Lang

    @property
    def publishers(self) -> str:
        """The sources' publishers, each once, for a chart's source line."""
        return "; ".join(dict.fromkeys(publisher for _, publisher, _ in self.sources))

    @property
    def period(self) -> str:
        return years_label(list(self.years))

    def citation(self, what: str, url: str) -> str:
        """The ready citation of one chart; `url` read when it is drawn (with its choices)."""
        return cite(
            what=what,
            area=self.place,
            years=list(self.years),
            sources=self.sources,
            release=self.release,
            url=url,
            lang=self.lang,
        )

    def bar_quotes(
        self,
        frame: pd.DataFrame,
        category: str,
        parts: list[str],
        names: dict[str, str],
        what: str,
        url: str,
    ) -> dict[str, str]:
        """One-figure citations of a bar chart: each bar's measures, by its code."""
        return figure_quotes.category_quotes(
            frame,
            category=category,
            parts=parts,
            names=names,
            what=what,
            area=self.place,
            period=self.period,
            unit=series.unit_label("measures", self.lang),
            publisher=self.publishers,
            url=url,
            lang=self.lang,
            unit_code="measures",
        )

    def flagged(self, table: pd.DataFrame) -> pd.DataFrame:
        """The panel's table with its "illustrative" column (yes or no for every row)."""
        flag = t("common.illustrative_data", self.lang)
        if flag in table.columns:
            return table
        answer = t("common.yes" if self.illustrative else "common.no", self.lang)
        return table.assign(**{flag: answer})

    def download(self, table: pd.DataFrame, key: str, what: str) -> pd.DataFrame:
        """The panel's table as a download that says what it counts, where and when."""
        return described_table(
            table,
            code=f"measures_{key}",
            name=what,
            area_code=self.area_code,
            area_name=self.place,
            years=(min(self.years), max(self.years)),
            unit=series.unit_label("measures", self.lang),
            sources=self.sources,
            illustrative=self.illustrative,
            lang=self.lang,
        )

    def file_stem(self, key: str) -> str:
        return file_stem(f"measures-{key}", self.area_code, list(self.years))
