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
# Charts without an accessible name, or, in a chart panel, not pointing to their summary.
UNNAMED_CHARTS = """() => Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]'))
    .filter(chart => !chart.getAttribute("aria-label")
        || (chart.closest('[class*="st-key-chart_panel_"]')
            && !document.getElementById(chart.getAttribute("aria-describedby") || "")))
    .map(chart => chart.getAttribute("aria-label") || chart.textContent.slice(0, 80))"""
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
            for chart in page.evaluate(UNNAMED_CHARTS):
                found.append(f"{path}?lang={lang}: a chart without a name or summary: {chart}")
            page.add_script_tag(path=str(AXE))
            for violation in page.evaluate(RUN_AXE):
                found.append(
                    f"{path}?lang={lang} {violation['impact']} {violation['id']}: "
                    f"{violation['help']}\n    " + "\n    ".join(violation["nodes"])
                )
    assert not found, "\n".join(found)
    # The last page: its menu link is marked as current, a focused link looks otherwise.
    # (/data has two: the menu's and the footer's "Methodology and sources".)
    current = page.locator('[data-testid="stSidebar"] [aria-current="page"]').first
    assert current.inner_text() == "Data and methodology"
    assert current.evaluate("link => getComputedStyle(link).boxShadow") != "none"
    assert current.evaluate("link => getComputedStyle(link).outlineStyle") == "none"
    other = page.locator('[data-testid="stSidebar"] [data-testid="stPageLink-NavLink"]').first
    other.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")  # focus from the keyboard: :focus-visible
    assert other.evaluate("link => getComputedStyle(link).outlineStyle") == "solid"
