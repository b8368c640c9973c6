"""Every page, both languages, phone and desktop: the help line is on screen at first paint.

One server and one browser for the whole file; each page is opened once per language and
viewport, and only until its help bar is drawn (the bar comes before anything slow), so
the file stays well under two minutes.
"""

import sqlite3

import pytest

from components.shell import PAGES

pytestmark = pytest.mark.e2e

VIEWPORTS = [{"width": 390, "height": 844}, {"width": 1440, "height": 900}]
BAR_LINKS = '.st-key-help_bar a[href^="tel:"]'


def _slug(script: str) -> str:
    """The URL path Streamlit gives a page file: its name without the number; "" for home."""
    if script == PAGES[0][0]:
        return ""
    return script.rsplit("/", 1)[-1].removesuffix(".py").split("_", 1)[1]


def _store_number(store, contact_id: str) -> str:
    with sqlite3.connect(store) as connection:
        row = connection.execute(
            "SELECT number FROM help_contacts WHERE contact_id = ?", (contact_id,)
        ).fetchone()
    return row[0]


@pytest.mark.parametrize(
    "viewport", VIEWPORTS, ids=lambda size: f"{size['width']}x{size['height']}"
)
def test_help_line_in_viewport_on_every_page(browser, app_url, seed_store, viewport):
    hotline = _store_number(seed_store, "HOTLINE_LT")
    expected_href = "tel:" + hotline.replace(" ", "")
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    seen = []
    try:
        for script, _key in PAGES:
            for lang in ("lt", "en"):
                page.goto(f"{app_url}/{_slug(script)}?lang={lang}", wait_until="commit")
                link = page.locator(BAR_LINKS).first
                link.wait_for(state="visible", timeout=30_000)
                box = link.bounding_box()
                assert box is not None
                where = f"{_slug(script) or 'home'} {lang}"
                assert 0 <= box["y"] and box["y"] + box["height"] <= viewport["height"], where
                assert 0 <= box["x"] and box["x"] + box["width"] <= viewport["width"], where
                # On top, not under an open sidebar: the element at its centre is the link.
                uncovered = link.evaluate(
                    "a => { const r = a.getClientRects()[0];"
                    " const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);"
                    " return a.contains(hit); }"
                )
                assert uncovered, f"{where}: covered"
                assert link.get_attribute("href") == expected_href, where
                assert link.inner_text().replace("\u00a0", " ").strip() == hotline, where
                seen.append(where)
    finally:
        context.close()
    assert len(seen) == 2 * len(PAGES)
