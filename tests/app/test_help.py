"""The help page and the explainer in both languages: the store's numbers, real sources.

Expected values are read from the store with SQL of the test's own, never through the
code that fills the pages in.
"""

import csv
import re
import sqlite3
import tomllib
from pathlib import Path

import pytest

from prevention.i18n import number
from tests.app.helpers import notices, run_page

ROOT = Path(__file__).resolve().parents[2]
PAGES = {"help": "7_help.py", "about_trafficking": "9_about-trafficking.py"}
LINK = re.compile(r"\]\((https?://[^)\s]+)\)")
TREND_LINK = re.compile(r"\]\(trends\?([^)\s]+)\)")


def _figures(name: str) -> dict[str, dict]:
    with (ROOT / "data" / "texts" / f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)["figures"]


def _store_value(store: Path, spec: dict) -> tuple[float, int]:
    """The preferred published national value of a figure's cell, and its year."""
    with sqlite3.connect(store) as connection:
        rows = connection.execute(
            "SELECT value, year FROM observations WHERE area_code = 'LT' AND preferred = 1 "
            "AND status = 'published' AND indicator_code = ? AND period_label = ? "
            "AND breakdown_dimension = ? AND coalesce(breakdown_category, '') = ?",
            (spec["indicator"], str(spec["period"]), spec.get("dimension", "none"),
             spec.get("category", "")),
        ).fetchall()  # fmt: skip
    assert len(rows) == 1, spec
    return rows[0]


def _main_text(app) -> list[str]:
    """Every markdown and caption drawn in the main area (not the sidebar)."""
    return [str(element.value) for element in app.main if element.type in ("markdown", "caption")]


def _seed_urls() -> set[str]:
    with (ROOT / "data" / "seed" / "sources.csv").open(encoding="utf-8") as handle:
        return {row["url"].replace(")", "%29") for row in csv.DictReader(handle) if row["url"]}


@pytest.mark.parametrize("lang", ["lt", "en"])
@pytest.mark.parametrize("name", list(PAGES))
def test_every_figure_is_the_stores_value_for_its_year(use_store, name, lang):
    app = run_page(PAGES[name], lang=lang)
    assert not app.exception
    assert not app.warning, [w.value for w in app.warning]  # no figure missing
    texts = _main_text(app)
    for key, spec in _figures(name).items():
        value, year = _store_value(use_store, spec)
        shown = f"**{number(value, lang)}**"
        linked = f"[{shown}](trends?indicator={spec['indicator']}&lang={lang}"
        holders = [text for text in texts if linked in text or f"{shown}" in text]
        assert holders, f"{key}: {shown} not on the page"
        period = str(spec["period"]).replace("-", "–")
        assert str(year) in period and any(period in text for text in holders), key


@pytest.mark.parametrize("lang", ["lt", "en"])
@pytest.mark.parametrize("name", list(PAGES))
def test_every_source_link_is_a_seed_source(use_store, name, lang):
    app = run_page(PAGES[name], lang=lang)
    links = [url for text in _main_text(app) for url in LINK.findall(text)]
    assert len(links) >= 5
    unknown = sorted(set(links) - _seed_urls())
    assert not unknown


def test_every_trend_link_opens_its_trend_without_a_notice(use_store):
    queries = set()
    for page in PAGES.values():
        app = run_page(page, lang="en")
        queries |= {q for text in _main_text(app) for q in TREND_LINK.findall(text)}
    assert len(queries) >= 8
    for query in sorted(queries):
        params = dict(pair.split("=") for pair in query.split("&"))
        app = run_page("1_trends.py", **params)
        assert not app.exception and not notices(app), query


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_help_page_lists_every_contact_with_its_check_date(use_store, lang):
    app = run_page(PAGES["help"], lang=lang)
    text = "\n".join(_main_text(app))
    with sqlite3.connect(use_store) as connection:
        contacts = connection.execute("SELECT number, checked FROM help_contacts").fetchall()
    assert len(contacts) == 5
    for published, _checked in contacts:
        digits = re.sub(r"\D", "", published)
        assert f"(tel:{'+' if published.startswith('+') else ''}{digits})" in text
    year = contacts[0][1][:4]
    assert ("patikrinti" if lang == "lt" else "checked") in text and year in text


def test_help_bar_is_on_every_page_in_the_main_area(use_store):
    from components.shell import PAGES as SCRIPTS

    for script, _key in SCRIPTS:
        app = run_page(script.removeprefix("app_pages/"), lang="en")
        bar = [element.value for element in app.main if element.type == "markdown"][0]
        assert "(tel:880091119)" in bar and "(tel:112)" in bar, script


def test_home_opens_with_what_the_site_is_and_a_path_to_help(use_store):
    app = run_page(lang="en")
    first = [text for text in _main_text(app) if "This site shows" in text]
    assert first
    labels = {link.proto.label: link.proto.page for link in app.main.get("page_link")}
    assert labels["Need help now? Whom to call"] == "help"
