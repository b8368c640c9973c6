"""Long bilingual passages (data/texts/*.toml) filled in with the store's numbers and sources.

A passage is prose a reviewer edits as data: sections of paragraphs, Lithuanian and English
side by side, each paragraph naming the sources that support it. Numbers are never written in
the prose: `{fig:NAME}` is the store's national value of a figure the file defines (indicator,
year, breakdown), `{year:NAME}` its year (or period), `{contact:ID}` a help-line number from the
help_contacts table as a tap-to-call link. A figure's source joins its paragraph's sources, so
every number on the page names where it came from. Nothing here imports Streamlit.
"""

import logging
import re
import tomllib
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache

import pandas as pd

from prevention.i18n import Lang, number
from prevention.store.db import REPO_ROOT

log = logging.getLogger(__name__)
TEXTS_DIR = REPO_ROOT / "data" / "texts"
PLACEHOLDER = re.compile(r"\{(fig|year|contact):([A-Za-z0-9_]+)\}")
TRENDS_SLUG = "trends"
NBSP = "\u00a0"


@dataclass(frozen=True)
class Figure:
    """One number a passage quotes: where it is in the store, and what the store holds."""

    name: str
    indicator: str
    period: str
    dimension: str
    category: str
    value: float | None
    year: int | None
    source_id: str | None


@dataclass(frozen=True)
class Paragraph:
    """Markdown ready to draw, and the ids of the sources that support it."""

    text: str
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    """A titled part of a page."""

    key: str
    title: str
    paragraphs: list[Paragraph]


@dataclass
class Passage:
    """A page's prose in one language, with every figure and source it uses."""

    sections: list[Section]
    figures: dict[str, Figure] = field(default_factory=dict)
    sources: pd.DataFrame = field(default_factory=pd.DataFrame)
    missing: list[str] = field(default_factory=list)  # placeholders the store could not fill


@cache
def raw_passage(name: str) -> dict:
    """data/texts/<name>.toml as read, once per process."""
    with (TEXTS_DIR / f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


def figure_specs(name: str) -> dict[str, dict]:
    """The figures a passage file defines, by name."""
    return dict(raw_passage(name).get("figures", {}))


def national_figures(specs: dict[str, dict], observations: pd.DataFrame) -> dict[str, Figure]:
    """Each figure's preferred national value for its year, from the store's observations."""
    figures = {}
    for name, spec in specs.items():
        dimension = spec.get("dimension", "none")
        category = spec.get("category", "")
        rows = observations[
            (observations["indicator_code"] == spec["indicator"])
            & (observations["period_label"] == str(spec["period"]))
            & (observations["breakdown_dimension"] == dimension)
            & (observations["breakdown_category"].fillna("") == category)
        ]
        row = rows.iloc[0] if len(rows) else None
        figures[name] = Figure(
            name=name,
            indicator=spec["indicator"],
            period=str(spec["period"]),
            dimension=dimension,
            category=category,
            value=None if row is None else float(row["value"]),
            year=None if row is None else int(row["year"]),
            source_id=None if row is None else str(row["source_id"]),
        )
    return figures


def passage(
    name: str,
    lang: Lang,
    *,
    observations: pd.DataFrame,
    contacts: pd.DataFrame,
    sources: pd.DataFrame,
    trends: Collection[str] = (),
) -> Passage:
    """A passage file in one language, every placeholder filled from the store.

    A figure links to its trend when its indicator is one of `trends` (the trends page's
    indicators); the others (a single period total, a share) are shown without a link.
    """
    raw = raw_passage(name)
    figures = national_figures(figure_specs(name), observations)
    missing: list[str] = []
    sections = []
    for section in raw.get("section", []):
        paragraphs = []
        for item in section.get("paragraph", []):
            paragraphs.append(_paragraph(item, lang, figures, contacts, missing, trends))
        sections.append(Section(section["key"], section["title"][lang], paragraphs))
    cited = [source for section in sections for p in section.paragraphs for source in p.source_ids]
    # In order of first citation; `sources` is indexed by source id (queries.sources).
    known = sources.loc[[source for source in dict.fromkeys(cited) if source in sources.index]]
    if missing:
        log.warning("%s: the store cannot fill %s", name, sorted(set(missing)))
    return Passage(sections, figures, known, missing)


def _paragraph(
    item: dict,
    lang: Lang,
    figures: dict[str, Figure],
    contacts: pd.DataFrame,
    missing: list[str],
    trends: Collection[str],
) -> Paragraph:
    """One paragraph filled in; its sources are its own plus those of its numbers."""
    used: list[str] = []
    text = PLACEHOLDER.sub(
        lambda match: _filled(match, lang, figures, contacts, used, missing, trends), item[lang]
    )
    ids = [*item.get("sources", []), *used]
    return Paragraph(text, tuple(dict.fromkeys(ids)))


def _filled(
    match: re.Match,
    lang: Lang,
    figures: dict[str, Figure],
    contacts: pd.DataFrame,
    used: list[str],
    missing: list[str],
    trends: Collection[str],
) -> str:
    """The markdown for one placeholder; a dash (and a note in `missing`) when it is unknown."""
    kind, key = match.group(1), match.group(2)
    if kind == "contact":
        if key not in contacts.index:
            missing.append(match.group(0))
            return "–"
        row = contacts.loc[key]
        used.append(str(row["source_id"]))
        return tel_link(str(row["number"]))
    figure = figures.get(key)
    if figure is None or figure.value is None:
        missing.append(match.group(0))
        return "–"
    if figure.source_id:
        used.append(figure.source_id)
    if kind == "year":
        return figure.period.replace("-", "–")  # "2021", or a period total's "2015–2017"
    shown = f"**{number(figure.value, lang)}**"
    if figure.indicator not in trends:
        return shown
    params = f"indicator={figure.indicator}&lang={lang}"
    if figure.dimension != "none":
        params += f"&breakdown={figure.dimension}"
    return f"[{shown}]({TRENDS_SLUG}?{params})"


def tel_href(published: str) -> str:
    """A published number as a tel: address: its digits, and a leading + when it has one."""
    digits = re.sub(r"\D", "", published)
    return f"tel:{'+' if published.strip().startswith('+') else ''}{digits}"


def tel_link(published: str) -> str:
    """A tap-to-call markdown link that shows the number as its source prints it."""
    shown = re.sub(r"[^0-9+ ()-]", "", published)  # data text never becomes markup
    # No-break spaces: a number split over two lines is hard to read and to tap.
    return f"[**{shown.replace(' ', NBSP)}**]({tel_href(published)})"
