"""Visitors' privacy: every page, in both languages, talks only to the site it was opened from.

No fonts, scripts, map tiles, telemetry or images from anywhere else: each request the browser
makes (web sockets included) goes to the app's own origin, or is a data: or blob: URL. Run with
`--log-cli-level=INFO` to see how many requests each page made.
"""

import logging
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from components.shell import HOME_PAGE, PAGES
from tests.e2e.conftest import wait_for_run
from tests.e2e.test_pages_browser import wait_for_charts

pytestmark = pytest.mark.e2e
log = logging.getLogger(__name__)
ROOT = Path(__file__).resolve().parents[2]
LOCAL = ("data", "blob")


def path_of(script: str) -> str:
    """The URL path of a page: "/" for the home page, "/trends" for app_pages/1_trends.py."""
    if script == HOME_PAGE:
        return "/"
    return "/" + Path(script).stem.split("_", 1)[1]


PATHS = [path_of(script) for script, _ in PAGES]
COUNTS: dict[str, int] = {}


@pytest.fixture(scope="module", autouse=True)
def report():
    yield
    log.info("request audit, requests per page: %s", COUNTS)


@pytest.mark.parametrize("lang", ["lt", "en"])
@pytest.mark.parametrize("path", PATHS)
def test_every_request_stays_on_the_site(page, app_url, path, lang):
    own = urlsplit(app_url)
    seen: list[str] = []
    page.on("request", lambda request: seen.append(request.url))
    page.on("websocket", lambda socket: seen.append(socket.url))
    page.set_viewport_size({"width": 1400, "height": 2000})
    page.goto(f"{app_url}{path}?lang={lang}")
    page.locator("h1").first.wait_for(timeout=60_000)
    wait_for_run(page)
    wait_for_charts(page)
    page.wait_for_timeout(1500)  # late requests: fonts, map styles, images below the fold
    outside = [
        url
        for url in seen
        if urlsplit(url).scheme not in LOCAL and urlsplit(url).netloc != own.netloc
    ]
    COUNTS[f"{path} {lang}"] = len(seen)
    assert seen, "the page made no requests at all: the recorder is not working"
    assert outside == [], f"{path}?lang={lang} reached outside the site: {outside[:10]}"
    assert page.locator('[data-testid="stException"]').count() == 0
