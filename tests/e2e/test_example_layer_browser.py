"""The example layer in a real browser: what a visitor's DOM holds with the layer off.

One pass over every page in Lithuanian (the site's first language), reading the whole DOM
(text, link addresses, chart SVGs): no badge, no generated source, no example institution,
no generated measure id. Then the switch: turning it on puts ?example=1 in the address and
the badge on the page.
"""

import re

import pytest

from prevention.i18n import t
from prevention.illustrative.demo import ILLUSTRATIVE_SOURCE
from prevention.illustrative.demo_actors import EXAMPLE_INSTITUTIONS
from tests.e2e.conftest import wait_for_run

pytestmark = pytest.mark.e2e

PATHS = ("/", "/help", "/about-trafficking", "/trends", "/map", "/municipality", "/compare")
PATHS += ("/measures", "/duplicates", "/data")
MARKERS = [
    t("common.illustrative_badge", "lt"),
    t("common.illustrative_badge", "en"),
    ILLUSTRATIVE_SOURCE["title"],
    "ILL-0",
    *sorted({name for row in EXAMPLE_INSTITUTIONS for name in row[:3]}),
]


def _dom(page) -> str:
    """The page's whole document: rendered text plus markup (links, SVG text, attributes)."""
    return page.evaluate("() => document.body.innerText + '\\n' + document.body.outerHTML")


def test_default_pages_hold_no_generated_value(page, app_url):
    page.set_viewport_size({"width": 1400, "height": 2000})
    for path in PATHS:
        page.goto(f"{app_url}{path}?lang=lt")
        page.locator("h1").first.wait_for(timeout=60_000)
        wait_for_run(page)
        assert page.locator('[data-testid="stException"]').count() == 0, path
        dom = _dom(page)
        found = [marker for marker in MARKERS if marker in dom]
        assert not found, f"{path}: {found}"
        assert "example=1" not in dom and "example=1" not in page.url, path


def test_the_switch_turns_the_layer_on_and_keeps_it_in_the_address(page, app_url):
    page.goto(f"{app_url}/measures?lang=en")
    page.locator("h1").first.wait_for(timeout=60_000)
    wait_for_run(page)
    page.get_by_text(t("example.toggle", "en"), exact=True).click()
    page.wait_for_url(re.compile(r"example=1"))
    wait_for_run(page)
    page.get_by_text(t("common.illustrative_badge", "en")).first.wait_for(timeout=30_000)
    assert "ILL-0" in _dom(page)
