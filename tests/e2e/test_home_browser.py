"""The overview in a real browser: it draws, switches language and keeps the URL."""

import pytest

from tests.e2e.conftest import wait_for_run

pytestmark = pytest.mark.e2e


def test_home_draws_and_switches_language(page, app_url):
    errors = []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.goto(f"{app_url}/?lang=lt")
    wait_for_run(page)
    assert page.get_by_text("Prekybos žmonėmis prevencija Lietuvoje").is_visible()
    assert page.locator('[data-testid="stMetric"]').count() >= 4
    assert page.locator('[data-testid="stException"]').count() == 0

    page.get_by_text("English", exact=True).click()
    wait_for_run(page)
    assert page.get_by_text("Preventing human trafficking in Lithuania").is_visible()
    assert "lang=en" in page.url
    assert errors == []


def test_shared_english_link_reopens_in_english(page, app_url):
    page.goto(f"{app_url}/?lang=en")
    wait_for_run(page)
    assert page.get_by_text("Preventing human trafficking in Lithuania").is_visible()
    assert page.locator(".st-key-help_bar").get_by_text("Help:").is_visible()
