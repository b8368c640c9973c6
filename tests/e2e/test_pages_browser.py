"""Every page in a real browser: draws in both languages, keeps the view, downloads CSVs."""

import io
import os
import re
from pathlib import Path

import pandas as pd
import pytest

from tests.e2e.conftest import wait_for_run

pytestmark = pytest.mark.e2e

PAGES = {
    "home": ("/", "Prekybos žmonėmis prevencija Lietuvoje", "Preventing human trafficking"),
    "trends": ("/trends", "Tendencijos", "Trends"),
    "data": ("/data", "Duomenys ir metodika", "Data and methodology"),
}
# Streamlit probes <page>/_stcore/... before the site root when a page URL is opened directly;
# those 404s are its own base-path discovery, not an error of the app.
PROBE = re.compile(r"/[a-z_]+/_stcore/(health|host-config)$")


def watch_console(page) -> list[str]:
    """Collect console errors, leaving out Streamlit's base-path probing."""
    errors: list[str] = []

    def record(message) -> None:
        if message.type != "error":
            return
        if PROBE.search(message.location.get("url", "")):
            return
        errors.append(f"{message.text} @ {message.location.get('url')}")

    page.on("console", record)
    return errors


def wait_for_charts(page) -> int:
    """Wait until every Plotly chart on the page has drawn its SVG; return how many there are."""
    page.wait_for_function(
        """() => Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]'))
                 .every(chart => chart.querySelector('svg.main-svg'))""",
        timeout=30_000,
    )
    return page.locator('[data-testid="stPlotlyChart"]').count()


def open_page(page, url: str, charts: int = 0) -> None:
    """Open a URL and wait for the title, the end of the run and the expected charts."""
    page.goto(url)
    page.locator("h1").first.wait_for(timeout=60_000)
    if charts:
        page.locator('[data-testid="stPlotlyChart"]').nth(charts - 1).wait_for(timeout=60_000)
    wait_for_run(page)
    wait_for_charts(page)


def shoot(page, name: str) -> None:
    """Screenshots for the closing note, only when asked for (never committed)."""
    folder = os.environ.get("SCREENSHOT_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=f"{folder}/{name}.png", full_page=True)


@pytest.mark.parametrize("lang", ["lt", "en"])
@pytest.mark.parametrize("name", list(PAGES))
def test_every_page_draws_in_both_languages(page, app_url, name, lang):
    page.set_viewport_size({"width": 1400, "height": 2600})
    errors = watch_console(page)
    path, title_lt, title_en = PAGES[name]
    open_page(page, f"{app_url}{path}?lang={lang}", charts=1 if name == "trends" else 0)
    heading = page.locator("h1").first.inner_text()
    assert (title_lt if lang == "lt" else title_en) in heading
    assert page.locator('[data-testid="stException"]').count() == 0
    if name == "trends":
        assert wait_for_charts(page) == 1
    assert page.get_by_text("112").first.is_visible()  # the help box, on every page
    shoot(page, f"{name}_{lang}")
    assert errors == []


def test_language_switch_keeps_page_and_filters(page, app_url):
    errors = watch_console(page)
    open_page(page, f"{app_url}/trends?lang=lt&indicator=persons_convicted&breakdown=sex&chart=bar")
    page.get_by_text("English", exact=True).click()
    page.wait_for_url(re.compile(r"lang=en"))
    page.get_by_role("heading", name="Trends").wait_for()
    wait_for_run(page)
    wait_for_charts(page)
    assert "Trends" in page.locator("h1").first.inner_text()
    for part in ("indicator=persons_convicted", "breakdown=sex", "chart=bar", "/trends"):
        assert part in page.url
    legend = page.locator('[data-testid="stPlotlyChart"] .legend').text_content()
    assert "men" in legend and "women" in legend
    assert errors == []


def test_permalink_reopens_the_view(page, app_url):
    open_page(
        page,
        f"{app_url}/trends?lang=en&indicator=persons_convicted&breakdown=sex"
        "&chart=bar&years=2023-2024",
        1,
    )
    title = page.locator('[data-testid="stPlotlyChart"] .gtitle').text_content()
    assert "2023–2024" in title
    assert page.locator('[data-testid="stPlotlyChart"] .barlayer .point').count() >= 2
    assert page.locator('[data-testid="stException"]').count() == 0


def test_the_data_table_appears_when_asked_for(page, app_url):
    open_page(page, f"{app_url}/trends?lang=en", 1)
    assert page.locator('[data-testid="stDataFrame"]').count() == 0
    page.get_by_text("Show the data as a table").click()
    grid = page.locator('[data-testid="stDataFrame"]')
    grid.wait_for(timeout=30_000)
    assert grid.count() == 1
    assert wait_for_charts(page) == 1, "the chart stays drawn: only the fragment reran"
    assert page.locator('[data-testid="stException"]').count() == 0


def download(page, label: str) -> bytes:
    with page.expect_download() as info:
        page.get_by_role("button", name=label).click()
    return Path(info.value.path()).read_bytes()


def test_trend_csv_has_the_rows_shown(page, app_url):
    open_page(
        page,
        f"{app_url}/trends?lang=en&indicator=victims_officially_identified&area=LT&years=2014-2024",
        1,
    )
    with page.expect_download() as info:
        page.get_by_role("button", name="Download the data (CSV)").click()
    # The file names the indicator, the area and the years.
    name = info.value.suggested_filename
    assert name == "prevention-monitor_victims-officially-identified_LT_2014-2024.csv"
    data = Path(info.value.path()).read_bytes()
    frame = pd.read_csv(io.StringIO(data.decode("utf-8-sig")))
    assert list(frame.columns)[:5] == ["Indicator code", "Indicator", "Area code", "Area", "Year"]
    assert {"Value", "Unit", "Status", "Source publisher", "Source URL"} <= set(frame.columns)
    assert frame["Year"].tolist() == list(range(2014, 2025))  # every year, gaps included
    assert set(frame["Indicator code"]) == {"victims_officially_identified"}


def test_whole_dataset_csv_has_one_header_row_in_the_page_language(page, app_url):
    open_page(page, f"{app_url}/data?lang=lt")
    data = download(page, "Visas duomenų rinkinys (CSV)")
    frame = pd.read_csv(io.StringIO(data.decode("utf-8-sig")), low_memory=False)
    header = list(frame.columns)
    assert any(column.startswith("Reikšmė") for column in header)
    assert not any(column.startswith("Value") for column in header)
    assert any(column.startswith("Būsenos žymė") for column in header)
    assert len(frame) > 100
