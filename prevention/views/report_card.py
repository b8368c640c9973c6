"""A one-page municipality report card: self-contained HTML that prints on one A4 sheet.

No scripts, fonts, images or links to fetch: the file is read offline and printed, so charts
are inline SVG and bars are plain HTML. The page is a Jinja template with autoescape on, so
every data string is escaped on its way in; only the style sheet and the sparklines (numbers
only) are trusted markup.
"""

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

import pandas as pd
from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template
from markupsafe import Markup

from prevention.i18n import Lang, long_date, number, t
from prevention.views.profile import own_series
from prevention.views.profile_measure_text import CoveredMeasures
from prevention.views.shown import measures_illustrative

TEMPLATES = Path(__file__).with_name("templates")
SHOWN_ROWS = 5  # institutions and sources listed on the card; the rest are counted
STYLE = """
@page { size: A4; margin: 11mm; }
* { box-sizing: border-box; }
body { font-family: Arial, Helvetica, sans-serif; font-size: 8pt; color: #1d2a35;
       margin: 0 auto; line-height: 1.25; max-width: 188mm; }
h1 { font-size: 14pt; margin: 0 0 1mm; }
h2 { font-size: 9.5pt; margin: 2.5mm 0 1mm; border-bottom: 0.4mm solid #1b6f80; color: #1b6f80; }
p { margin: 0.8mm 0; }
.meta { color: #4a5661; }
.badge { display: inline-block; border: 0.4mm solid #b35900; color: #b35900; padding: 0.4mm 2mm;
         border-radius: 2mm; font-weight: bold; margin: 1mm 0; }
table { border-collapse: collapse; width: 100%; }
table.figures, table.compact { font-size: 7.2pt; }
table.figures { table-layout: fixed; }
table.figures th:first-child { width: 17%; }
table.figures th:nth-child(2) { width: 6%; }
table.figures th:last-child { width: 17%; }
th, td { text-align: left; padding: 0.5mm 1.2mm; border-bottom: 0.2mm solid #d5dbe0;
         vertical-align: top; overflow-wrap: break-word; }
th { background: #eef3f5; font-weight: bold; }
.num { text-align: right; }
.gap { color: #a03c1e; font-weight: bold; }
.bar { background: #0072B2; height: 2.6mm; display: inline-block; }
.bar.national { background: #9ecae1; }
.sparks { display: flex; gap: 3mm; flex-wrap: wrap; }
.spark { width: 42mm; }
.spark p { font-size: 7.5pt; margin: 0; }
.small { font-size: 6.8pt; color: #4a5661; }
.cols { display: flex; gap: 4mm; }
.cols > div { flex: 1; }
.cols > div:last-child { flex: 1.45; }
"""


@dataclass(frozen=True)
class Card:
    """Everything the card prints, already computed and worded in the card's language."""

    lang: Lang
    name: str
    facts: str  # county, kind and census population in one line
    indicators: pd.DataFrame  # profile_text.indicator_table
    trends: dict[str, pd.DataFrame]  # indicator name -> year, value, status of the municipality
    peers: str
    measures: str
    target_groups: pd.DataFrame  # profile_measures.by_category on target_group (codes)
    gaps: str
    institutions: pd.DataFrame  # profile_measure_text.institution_table
    duplicates: str
    sources: list[tuple[str, str, str | None]]
    release: int
    release_date: date
    generated: date
    illustrative: bool
    url: str
    notes: list[str] = field(default_factory=list)
    missing: bool = True  # some target group has no measure: the gaps line is highlighted


def profile_card(
    *,
    lang: Lang,
    code: str,
    name: str,
    facts: str,
    indicators: pd.DataFrame,
    frame: pd.DataFrame,
    indicator_names: dict[str, str],
    peers: str,
    cover: CoveredMeasures,
    institutions: pd.DataFrame,
    duplicates: str,
    sources: list[tuple[str, str, str | None]],
    release: Mapping[str, object],
    illustrative: bool,
    url: str,
) -> Card:
    """The municipality profile's card, from what its page shows (`frame`: the indicators
    beside the county and the country, empty when there is none)."""
    return Card(
        lang=lang,
        name=name,
        facts=facts,
        indicators=indicators,
        trends={indicator_names[c]: part for c, part in own_series(frame, code).items()}
        if not frame.empty
        else {},
        peers=peers,
        measures=cover.totals_text,
        target_groups=cover.by_group,
        gaps=cover.gaps_text,
        institutions=institutions,
        duplicates=duplicates,
        sources=[*sources, *cover.sources],
        release=int(str(release["id"])),
        release_date=release["created_at"],  # type: ignore[arg-type]
        generated=date.today(),
        illustrative=illustrative or measures_illustrative(cover.shown),
        url=url,
        notes=[t("common.rate_note", lang), t("municipality.budget_note", lang)],
        missing=bool(cover.missing),
    )


def html(card: Card) -> str:
    """The card as one HTML document, from templates/report_card.html.j2 (autoescaped)."""
    lang = card.lang
    return (
        _template()
        .render(
            lang=lang,
            card=card,
            style=Markup(STYLE),
            t=lambda key, **values: t(key, lang, **values),
            number=lambda value: number(value, lang),
            shown_rows=SHOWN_ROWS,
            indicators=_rows(card.indicators),
            sparks=[(name, Markup(spark_svg(frame))) for name, frame in card.trends.items()],
            groups=_groups(card.target_groups, lang),
            institutions=_rows(card.institutions.head(SHOWN_ROWS)),
            institution_count=len(card.institutions),
            # URLs are printed, never linked or fetched: the card is read offline.
            sources=[
                f"{publisher}: {title}" + (f" ({url})" if url else "")
                for title, publisher, url in card.sources[:SHOWN_ROWS]
            ],
            source_count=len(card.sources),
            footer=t(
                "report.footer",
                lang,
                release=card.release,
                release_date=long_date(card.release_date, lang),
                generated=long_date(card.generated, lang),
            ),
        )
        .strip()
    )


@cache
def _template() -> Template:
    """The card's template; autoescape so that no data string reaches the page as markup."""
    environment = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=StrictUndefined,
    )
    return environment.get_template("report_card.html.j2")


@dataclass(frozen=True)
class _Table:
    columns: list[str]
    rows: list[list[object]]


def _rows(frame: pd.DataFrame) -> _Table:
    """A printed table's header and cells; the template right-aligns the figure columns."""
    return _Table([str(c) for c in frame.columns], [list(r) for r in frame.itertuples(index=False)])


def spark_svg(frame: pd.DataFrame, width: int = 160, height: int = 46) -> str:
    """Year, value and status as a polyline; gaps stay gaps, suppressed years get an x."""
    years = [int(y) for y in frame["year"]]
    if not years:
        return ""
    values = [float(v) for v in frame["value"]]
    top = max((v for v in values if v == v), default=1.0) or 1.0
    span = max(years[-1] - years[0], 1)

    def x(year: int) -> float:
        return 4 + (width - 8) * (year - years[0]) / span

    base = height - 10  # the axis; year labels sit under it

    def y(value: float) -> float:
        return base - (base - 4) * value / top

    lines, run = [], []
    for year, value in zip(years, values, strict=True):
        if value == value:
            run.append(f"{x(year):.1f},{y(value):.1f}")
        elif run:
            lines.append(run)
            run = []
    lines.append(run)
    paths = "".join(
        f'<polyline points="{" ".join(r)}" fill="none" stroke="#0072B2" stroke-width="1.6"/>'
        if len(r) > 1
        else f'<circle cx="{r[0].split(",")[0]}" cy="{r[0].split(",")[1]}" r="1.6" fill="#0072B2"/>'
        for r in lines
        if r
    )
    crosses = "".join(
        f'<text x="{x(year):.1f}" y="{base + 2.5:.1f}" font-size="7" fill="#8a949c" '
        f'text-anchor="middle">×</text>'
        for year, status in zip(years, frame["status"], strict=True)
        if status == "suppressed"
    )
    labels = (
        f'<text x="2" y="{height - 1}" font-size="6" fill="#4a5661">{years[0]}</text>'
        f'<text x="{width - 2}" y="{height - 1}" font-size="6" fill="#4a5661" '
        f'text-anchor="end">{years[-1]}</text>'
    )
    axis = (
        f'<line x1="4" y1="{base}" x2="{width - 4}" y2="{base}" '
        f'stroke="#d5dbe0" stroke-width="0.6"/>'
    )
    return (
        f'<svg width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img">{axis}{paths}{crosses}{labels}</svg>'
    )


def _groups(table: pd.DataFrame, lang: Lang) -> list[dict[str, object]]:
    """Target groups with bar widths of local and national measures; a gap says so in words."""
    most = max(int(table["total"].max()) if not table.empty else 0, 1)
    return [
        {
            "label": t(f"target_group.{row.target_group}", lang),
            "gap": row.total == 0,
            "local_mm": f"{22 * row.local / most:.1f}",
            "national_mm": f"{22 * row.national / most:.1f}",
            "local": number(row.local, lang),
            "national": number(row.national, lang),
        }
        for row in table.itertuples(index=False)
    ]
