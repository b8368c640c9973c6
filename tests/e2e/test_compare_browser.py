"""Compare in a real browser: a shared link reopens the same municipalities and indicators."""

import os
from pathlib import Path

import pytest

from tests.e2e.conftest import wait_for_run

pytestmark = pytest.mark.e2e

AREAS = "21,13,11"
INDICATORS = "persons_convicted,victims_officially_identified"
NAMES = ["Klaipėda City Municipality", "Vilnius City Municipality", "Alytus City Municipality"]


def _open(page, url: str) -> None:
    page.goto(url)
    page.locator("h1").first.wait_for(timeout=60_000)
    page.locator('[data-testid="stPlotlyChart"] svg.main-svg').first.wait_for(timeout=60_000)
    wait_for_run(page)


def _shoot(page, name: str) -> None:
    folder = os.environ.get("SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{folder}/{name}.png", full_page=True)


def test_permalink_reopens_the_same_comparison(page, app_url):
    page.set_viewport_size({"width": 1400, "height": 2400})
    link = (
        f"{app_url}/compare?lang=en&areas={AREAS}&indicators={INDICATORS}&years=2015-2024&example=1"
    )
    _open(page, link)
    assert "Compare municipalities" in page.locator("h1").first.inner_text()
    assert page.locator('[data-testid="stException"]').count() == 0
    chart = page.locator('[data-testid="stPlotlyChart"]').first
    legend = chart.locator(".legend").text_content() or ""
    for name in NAMES:
        assert name in legend
    titles = chart.locator(".annotation-text").all_text_contents()
    assert any("Persons convicted" in title for title in titles)
    assert any("Victims officially identified" in title for title in titles)
    chips = page.locator('[data-testid="stMultiSelect"]').first.inner_text()
    for name in NAMES:
        assert name in chips
    for part in (f"areas={AREAS.replace(',', '%2C')}", "years=2015-2024", "/compare"):
        assert part in page.url or part.replace("%2C", ",") in page.url
    _shoot(page, "compare_en")

    # The same link opened afresh (as a reader of a shared URL would) shows the same view.
    shared = page.url
    fresh = page.context.new_page()
    fresh.set_viewport_size({"width": 1400, "height": 2400})
    _open(fresh, shared)
    again = fresh.locator('[data-testid="stPlotlyChart"]').first.locator(".legend").text_content()
    assert all(name in (again or "") for name in NAMES)
    fresh.close()


def test_measures_page_draws_one_section_at_a_time(page, app_url):
    page.set_viewport_size({"width": 1400, "height": 2400})
    _open(page, f"{app_url}/measures?lang=lt&national=exclude&example=1")
    charts = page.locator('[data-testid="stPlotlyChart"]')
    assert charts.count() == 1  # the coverage matrix
    _shoot(page, "measures_lt")
    page.get_by_role("radio", name="Lėšos ir trukmė").click()
    page.wait_for_url(lambda url: "section=money" in url, timeout=60_000)
    charts.nth(1).locator("svg.main-svg").first.wait_for(timeout=60_000)
    wait_for_run(page)
    assert charts.count() == 2  # budget and timeline
    assert "national=exclude" in page.url, "the other choices stay in the link"
    assert page.locator('[data-testid="stException"]').count() == 0
    _shoot(page, "measures_money_lt")
