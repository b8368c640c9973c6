"""axe-core in every page, both languages: no serious or critical accessibility violation.

One server and one browser page for the whole pass (20 page loads), so it stays fast. axe-core
comes from the npm registry (`make axe`); it is a script injected into the page, the browser
is Debian's chromium like every other browser test.
"""

from pathlib import Path

import pytest

from tests.e2e.conftest import wait_for_run
from tests.e2e.test_pages_browser import wait_for_charts

pytestmark = pytest.mark.e2e

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / ".axe" / "node_modules" / "axe-core" / "axe.min.js"
# Every page of the menu (components/shell.PAGES), by its URL.
PATHS = (
    "/",
    "/help",
    "/about-trafficking",
    "/trends",
    "/map",
    "/municipality",
    "/compare",
    "/measures",
    "/duplicates",
    "/data",
)
RUN_AXE = """async () => {
    const result = await axe.run(document, {resultTypes: ["violations"]});
    return result.violations
        .filter(v => ["serious", "critical"].includes(v.impact) || v.id === "heading-order")
        .map(v => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes.slice(0, 3).map(n => n.target.join(" ") + " :: "
                + (n.failureSummary || "").slice(0, 200)),
        }));
}"""


def test_no_serious_violation_on_any_page(page, app_url):
    if not AXE.exists():
        pytest.fail("axe-core is not installed: run `make axe` (make test does)")
    page.set_viewport_size({"width": 1280, "height": 1800})
    found: list[str] = []
    for lang in ("lt", "en"):
        for path in PATHS:
            page.goto(f"{app_url}{path}?lang={lang}")
            page.locator("h1").first.wait_for(timeout=60_000)
            wait_for_run(page)
            wait_for_charts(page)
            if page.evaluate("document.documentElement.lang") != lang:
                found.append(f"{path}?lang={lang}: <html lang> is not {lang}")
            page.add_script_tag(path=str(AXE))
            for violation in page.evaluate(RUN_AXE):
                found.append(
                    f"{path}?lang={lang} {violation['impact']} {violation['id']}: "
                    f"{violation['help']}\n    " + "\n    ".join(violation["nodes"])
                )
    assert not found, "\n".join(found)
