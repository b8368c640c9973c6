"""The map in a real browser: all 60 municipalities drawn, nothing fetched from outside, and
a click on a municipality (on the map or on its tile) opens its profile."""

from pathlib import Path
from urllib.parse import urlsplit

import pandas as pd
import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.e2e.conftest import wait_for_run

# The map draws the real boundaries: built from the mirror or the download when missing.
pytestmark = [pytest.mark.e2e, pytest.mark.usefixtures("boundaries")]

ROOT = Path(__file__).resolve().parents[2]
VILNIUS = "13"
CHART = '[data-testid="stPlotlyChart"]'


# The map's tiles and shapes are drawn. Until then (and while a rerun replaces the chart) the
# first plot may have no map subplot yet: keep polling instead of failing on `undefined`.
MAP_LOADED = """() => { const g = document.querySelector('.js-plotly-plot');
                        const map = g?._fullLayout?.map?._subplot?.map;
                        return Boolean(map && map.loaded()); }"""


def open_map(page, url: str) -> None:
    """Open the map page and wait until its first chart has drawn."""
    page.set_viewport_size({"width": 1400, "height": 1600})
    page.goto(url)
    page.locator("h1").first.wait_for(timeout=60_000)
    wait_for_run(page)
    page.wait_for_function(
        """() => { const g = document.querySelector('.js-plotly-plot');
                   return g && g._fullLayout && g.querySelector('svg.main-svg'); }""",
        timeout=30_000,
    )


def label_point(code: str) -> tuple[float, float]:
    areas = pd.read_csv(ROOT / "data" / "seed" / "areas.csv", dtype={"code": str})
    row = areas.set_index("code").loc[code]
    return float(row["label_lon"]), float(row["label_lat"])


def click_opens_profile(page, x: float, y: float, code: str, attempts: int = 3) -> None:
    """Click a point until the municipality's profile opens.

    A click that lands while MapLibre is still settling is sometimes not turned into a
    selection, so the click is repeated a couple of times before the test gives up.
    """
    opened = (
        "() => location.pathname.endsWith('/municipality')"
        f" && /[?&]area={code}(&|$)/.test(location.search)"
    )
    for attempt in range(attempts):
        page.mouse.move(x, y)
        page.wait_for_timeout(300)
        page.mouse.click(x, y)
        try:
            page.wait_for_function(opened, timeout=10_000)
            break
        except PlaywrightTimeout:
            if attempt == attempts - 1:
                raise
    wait_for_run(page)
    heading = page.locator("h1").first.inner_text()
    assert heading in ("Savivaldybės profilis", "Municipality profile")
    main = page.locator('[data-testid="stMain"]').inner_text()
    assert "Vilniaus miesto" in main or "Vilnius City" in main


def test_map_draws_all_60_municipalities_without_outside_requests(page, app_url):
    origin = urlsplit(app_url).netloc
    outside: list[str] = []

    def record(request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme in ("data", "blob") or parts.netloc == origin:
            return
        outside.append(request.url)

    page.on("request", record)
    open_map(page, f"{app_url}/map?lang=en&example=1")
    page.wait_for_function(MAP_LOADED, timeout=30_000)
    drawn = page.evaluate(
        """() => { const g = document.querySelector('.js-plotly-plot');
                   return {type: g.data[0].type, locations: g.data[0].locations.length,
                           features: g.data[0].geojson.features.length,
                           calc: g.calcdata[0].length,
                           rendered: new Set(g._fullLayout.map._subplot.map
                               .queryRenderedFeatures().filter(f => f.source.startsWith('source-'))
                               .map(f => f.properties.code || f.id)).size}; }"""
    )
    assert drawn["type"] == "choroplethmap"
    assert drawn["locations"] == drawn["features"] == drawn["calc"] == 60
    assert drawn["rendered"] == 60, "every municipality is painted, hidden and zero ones too"
    assert page.locator(CHART).count() == 2  # the map and the ranked bars
    page.wait_for_timeout(1000)
    assert outside == []
    assert page.locator('[data-testid="stException"]').count() == 0


def test_clicking_a_municipality_on_the_map_opens_its_profile(page, app_url):
    open_map(page, f"{app_url}/map?lang=en&example=1")
    page.wait_for_function(MAP_LOADED, timeout=30_000)
    lon, lat = label_point(VILNIUS)
    x, y = page.evaluate(
        """([lon, lat]) => { const g = document.querySelector('.js-plotly-plot');
               const map = g._fullLayout.map._subplot.map;
               const p = map.project([lon, lat]);
               const box = map.getCanvas().getBoundingClientRect();
               return [box.left + p.x, box.top + p.y]; }""",
        [lon, lat],
    )
    click_opens_profile(page, x, y, VILNIUS)


def test_clicking_a_tile_opens_the_profile(page, app_url):
    open_map(page, f"{app_url}/map?lang=lt&view=tiles&example=1")
    # Wait until Plotly has laid the tiles out: before that the position is NaN.
    x, y = page.wait_for_function(
        """(code) => { const g = document.querySelector('.js-plotly-plot');
               if (!g || !g._fullLayout || !g._fullLayout.xaxis || !g.data[1]) return null;
               const trace = g.data[1]; const i = trace.customdata.indexOf(code);
               const L = g._fullLayout; const box = g.getBoundingClientRect();
               const p = [box.left + L._size.l + L.xaxis.l2p(trace.x[i]),
                          box.top + L._size.t + L.yaxis.l2p(trace.y[i])];
               return p.every(Number.isFinite) ? p : null; }""",
        arg=VILNIUS,
        timeout=30_000,
    ).json_value()
    click_opens_profile(page, x, y, VILNIUS)
