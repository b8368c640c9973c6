"""Municipality profile in a real browser: the report card downloads, named and with figures."""

import os
import re
from pathlib import Path

import pytest

from tests.e2e.conftest import wait_for_run

pytestmark = pytest.mark.e2e


def _open(page, url: str) -> None:
    page.goto(url)
    page.locator("h1").first.wait_for(timeout=60_000)
    page.locator('[data-testid="stPlotlyChart"] svg.main-svg').first.wait_for(timeout=60_000)
    wait_for_run(page)


def _report_card(page, label: str) -> str:
    button = page.get_by_role("button", name=label)
    button.scroll_into_view_if_needed()
    with page.expect_download() as info:
        button.click()
    path = info.value.path()
    return Path(path).read_text("utf-8")


def _shoot(page, name: str) -> None:
    folder = os.environ.get("SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{folder}/{name}.png", full_page=True)


def test_report_card_downloads_with_name_and_figures(page, app_url):
    page.set_viewport_size({"width": 1400, "height": 2400})
    _open(page, f"{app_url}/municipality?lang=en&area=29&years=2018-2020&example=1")
    assert page.locator('[data-testid="stException"]').count() == 0
    text = page.locator('[data-testid="stMain"]').inner_text()
    measures = re.search(
        r"Measures that reached Šiauliai City Municipality in 2018–2020: (\d+)", text
    )
    assert measures, "the page states how many measures reach the municipality"
    _shoot(page, "municipality_en")
    card = _report_card(page, "Download the report card")
    assert "Šiauliai City Municipality" in card
    assert "100,653 residents" in card  # the census population, as on the page
    assert f"in 2018–2020: {measures.group(1)} (national" in card
    assert "Victims officially identified" in card and "Illustrative data" in card
    assert "size: A4" in card and "<script" not in card.lower()
    assert not re.search(r"""(?:src|href)\s*=\s*["']?https?://""", card)


def test_report_card_in_lithuanian_after_a_search(page, app_url):
    page.set_viewport_size({"width": 1400, "height": 2400})
    _open(page, f"{app_url}/municipality?lang=lt&example=1")
    search = page.get_by_label("Ieškoti savivaldybės")
    search.fill("Kaune")
    search.press("Enter")
    page.wait_for_url(re.compile(r"area=19"), wait_until="commit", timeout=60_000)
    wait_for_run(page)
    card = _report_card(page, "Atsisiųsti ataskaitos kortelę")
    assert "Kauno miesto savivaldybė" in card
    assert "298 753" in card.replace("\xa0", " ")
    assert '<html lang="lt">' in card
