"""Permalinks and ready-to-paste citations for any view of the dashboard."""

import html
from datetime import date
from urllib.parse import urlencode, urlsplit

from prevention.i18n import Lang, long_date, number, t
from prevention.i18n.wording import counted


def permalink(base_url: str | None, slug: str, params: dict[str, str]) -> str:
    """The URL that reopens a view: site root + page slug + its codes, in a stable order."""
    root = _site_root(base_url)
    path = "" if slug == "home" else slug
    query = urlencode(sorted((key, str(value)) for key, value in params.items() if value != ""))
    return f"{root}/{path}" + (f"?{query}" if query else "")


def _site_root(base_url: str | None) -> str:
    """Scheme and host of the visitor's URL (the page path is replaced by the view's slug)."""
    if not base_url:
        return ""
    parts = urlsplit(base_url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return ""
    return f"{parts.scheme}://{parts.netloc}"


def years_label(years: list[int]) -> str:
    """2011–2024 for a range, 2024 for one year, empty when there is none."""
    if not years:
        return ""
    first, last = min(years), max(years)
    return str(first) if first == last else f"{first}–{last}"


def citation(
    *,
    what: str,
    area: str,
    years: list[int],
    sources: list[str],
    release_id: int,
    release_date: date,
    accessed: date,
    url: str,
    lang: Lang,
) -> str:
    """One citation in the page's language: what, where, when, who said so, and where to look."""
    return t(
        "cite.text",
        lang,
        what=what,
        area=area,
        years=years_label(years),
        sources="; ".join(dict.fromkeys(sources)) or "–",
        app=t("app.name", lang),
        release=release_id,
        release_date=long_date(release_date, lang),
        accessed=long_date(accessed, lang),
        url=url,
    ).strip()


def figure_citation(
    *,
    what: str,
    area: str,
    year: int | str,
    value: float,
    unit: str,
    publisher: str,
    url: str,
    lang: Lang,
    unit_code: str = "",
) -> str:
    """One figure as a journalist quotes it: the value and its year, who published it, a link.

    The publisher is the original one (the ministry, the police), not this site: the site is
    where the figure was found, and the permalink reopens the same view. A counted unit
    (`unit_code`, "persons") follows the number in the form it governs ("22 asmenys"); any
    other unit stays in brackets after it.
    """
    decimals = 0 if float(value).is_integer() else 1
    shown = number(value, lang, decimals=decimals)
    amount = counted(shown, float(value), unit_code, lang) if unit_code else None
    fields = {
        "what": what,
        "area": area,
        "year": year,
        "publisher": publisher or "–",
        "app": t("app.name", lang),
        "url": url,
    }
    if amount is not None:
        return t("finish18.figure_cite", lang, amount=amount, **fields).strip()
    return t("sharing.figure_cite", lang, value=shown, unit=unit, **fields).strip()


def embed_url(url: str, panel: str = "") -> str:
    """The permalink in Streamlit's embed mode: the page without the site's menu and header;
    with a `panel`, that chart alone (components/embed.py)."""
    extra = urlencode({"panel": panel, "embed": "true"} if panel else {"embed": "true"})
    return url + ("&" if "?" in url else "?") + extra


def embed_snippet(url: str, title: str, panel: str = "") -> str:
    """An iframe that shows the view (or one chart of it) on another site; the title names
    it for screen readers. One chart needs less height than a whole page."""
    height = 620 if panel else 720
    return (
        f'<iframe src="{html.escape(embed_url(url, panel))}" title="{html.escape(title)}" '
        f'width="100%" height="{height}" style="border:0" loading="lazy"></iframe>'
    )
