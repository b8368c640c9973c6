"""Every page at 390×844 in both languages, one server and one browser: the phone layout.

For each page and language: the main block does not scroll sideways, the sidebar starts
collapsed, and every chart's title box overlaps neither the plot nor another title or label
(read from the rendered SVG boxes); no data grid hides value columns off-screen (compare and
profile show cards); the map shows all of Lithuania within the screen. Once, a tap in the
phone menu: the sidebar stays closed.
"""

import pytest

from components.shell import PAGES
from tests.e2e.conftest import wait_for_run

pytestmark = pytest.mark.e2e

PHONE = {"width": 390, "height": 844}
VALUE_PAGES = ("compare", "municipality")

# Boxes of every chart on the page: its title, its plot areas and its text annotations.
CHART_BOXES = """() => Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]'))
  .map(chart => {
    const box = el => { const r = el.getBoundingClientRect();
      return {x: r.x, y: r.y, w: r.width, h: r.height, text: el.textContent}; };
    const visible = b => b.w > 0 && b.h > 0;
    return {
      title: Array.from(chart.querySelectorAll('.g-gtitle .gtitle')).map(box).filter(visible),
      plots: Array.from(chart.querySelectorAll('.draglayer .nsewdrag')).map(box).filter(visible),
      notes: Array.from(chart.querySelectorAll('.infolayer .annotation')).map(box)
        .filter(visible),
    };
  })"""
OVERFLOW = """() => {
  const main = document.querySelector('[data-testid="stMain"]');
  return {main: main.scrollWidth - main.clientWidth,
          page: document.documentElement.scrollWidth - window.innerWidth};
}"""
# Visible data grids that scroll sideways: their value columns wait off-screen. (A table
# drawn as cards on a phone hides its grid with display: none, so it is not listed.)
HIDDEN_COLUMNS = """() => Array.from(document.querySelectorAll('[data-testid="stDataFrame"]'))
  .filter(grid => grid.offsetParent !== null && grid.getBoundingClientRect().width > 0)
  .map(grid => {
    const scroller = grid.querySelector('.dvn-scroller');
    return scroller ? scroller.scrollWidth - scroller.clientWidth : 0;
  })
  .filter(hidden => hidden > 1)"""
CARDS = """() => Array.from(document.querySelectorAll('[class*="st-key-phone_cards_"]'))
  .filter(cards => cards.offsetParent !== null).length"""
# Each map's areas (their bounds, as the figure names them) once fitted, on the screen.
MAP_FITTED = """() => Array.from(document.querySelectorAll('.js-plotly-plot'))
  .filter(g => g._fullLayout && g._fullLayout.map)
  .every(g => g._fullLayout.map._subplot.map.preventionFitted)"""
MAP_BOXES = """() => Array.from(document.querySelectorAll('.js-plotly-plot'))
  .filter(g => g._fullLayout && g._fullLayout.map && g.layout.meta && g.layout.meta.fit)
  .map(g => { const map = g._fullLayout.map._subplot.map; const [sw, ne] = g.layout.meta.fit;
              const box = map.getCanvas().getBoundingClientRect();
              const west = map.project(sw), east = map.project(ne);
              return {left: box.left + west.x, right: box.left + east.x,
                      top: box.top + east.y, bottom: box.top + west.y,
                      canvasTop: box.top, canvasBottom: box.bottom,
                      width: window.innerWidth}; })"""
SIDEBAR_OPEN = """() => {
  const bar = document.querySelector('[data-testid="stSidebar"]');
  if (!bar) return false;
  const r = bar.getBoundingClientRect();
  return bar.getAttribute('data-collapsed') === 'false' && r.right > 10 && r.width > 10;
}"""


def _slug(script: str) -> str:
    """The URL path of a page file: its name without the number; "" for the home page."""
    if script == PAGES[0][0]:
        return ""
    return script.rsplit("/", 1)[-1].removesuffix(".py").split("_", 1)[1]


def _overlap(a: dict, b: dict, slack: float = 1.0) -> bool:
    return (
        a["x"] + slack < b["x"] + b["w"]
        and b["x"] + slack < a["x"] + a["w"]
        and a["y"] + slack < b["y"] + b["h"]
        and b["y"] + slack < a["y"] + a["h"]
    )


def _title_problems(charts: list[dict], where: str) -> list[str]:
    problems = []
    for index, chart in enumerate(charts):
        for title in chart["title"]:
            for plot in chart["plots"]:
                if _overlap(title, plot):
                    problems.append(f"{where} chart {index}: title over the plot")
            for note in chart["notes"]:
                if _overlap(title, note):
                    problems.append(f"{where} chart {index}: title over {note['text']!r}")
        # Subplot titles and band labels sit above their plots: no two may touch.
        notes = chart["notes"]
        for first in range(len(notes)):
            for second in range(first + 1, len(notes)):
                a, b = notes[first], notes[second]
                above = all(
                    n["y"] + n["h"] <= p["y"] + 2 for n in (a, b) for p in chart["plots"][:1]
                )
                if above and _overlap(a, b):
                    problems.append(f"{where} chart {index}: {a['text']!r} over {b['text']!r}")
    return problems


def _open(page, url: str) -> None:
    page.goto(url)
    page.locator("h1").first.wait_for(timeout=60_000)
    wait_for_run(page)
    page.wait_for_function(
        """() => Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]'))
                 .every(chart => chart.querySelector('svg.main-svg'))""",
        timeout=60_000,
    )


def test_every_page_fits_a_phone(browser, app_url):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    problems: list[str] = []
    charts_seen = titles_seen = cards_seen = maps_seen = 0
    try:
        for script, _key in PAGES:
            for lang in ("lt", "en"):
                where = f"{_slug(script) or 'home'} {lang}"
                _open(page, f"{app_url}/{_slug(script)}?lang={lang}")
                assert page.locator('[data-testid="stException"]').count() == 0, where
                if page.evaluate(SIDEBAR_OPEN):
                    problems.append(f"{where}: sidebar open on load")
                spill = page.evaluate(OVERFLOW)
                if spill["main"] > 1 or spill["page"] > 1:
                    problems.append(f"{where}: {spill} px wider than the screen")
                # Tables of values (compare, profile); the data page's reference lists and
                # the duplicates' measure lists are text and still scroll sideways.
                hidden = page.evaluate(HIDDEN_COLUMNS) if _slug(script) in VALUE_PAGES else []
                if hidden:
                    problems.append(f"{where}: tables hide {hidden} px of value columns")
                if _slug(script) in ("compare", "municipality"):
                    cards_seen += page.evaluate(CARDS)
                if _slug(script) == "map":
                    page.wait_for_function(MAP_FITTED, timeout=30_000)
                    for box in page.evaluate(MAP_BOXES):
                        maps_seen += 1
                        inside = 0 <= box["left"] < box["right"] <= box["width"]
                        inside &= box["canvasTop"] <= box["top"] < box["bottom"]
                        inside &= box["bottom"] <= box["canvasBottom"]
                        if not inside:
                            problems.append(f"{where}: the map cuts Lithuania: {box}")
                charts = page.evaluate(CHART_BOXES)
                charts_seen += len(charts)
                titles_seen += sum(len(chart["title"]) for chart in charts)
                problems += _title_problems(charts, where)
        assert problems == []
        # Navigating from the phone menu never opens the sidebar, and the menu closes.
        page.locator(".st-key-phone_menu button").first.click()
        page.locator('[data-testid="stPopoverBody"] a[href*="trends"]').first.click()
        page.wait_for_url("**/trends*", timeout=60_000)
        page.locator("h1").first.wait_for(timeout=60_000)
        wait_for_run(page)
        if page.evaluate(SIDEBAR_OPEN):
            problems.append("trends: sidebar open after a menu tap")
        if page.locator('[data-testid="stPopoverBody"]').count():
            problems.append("trends: menu still open after a menu tap")
    finally:
        context.close()
    assert charts_seen > 0 and titles_seen == charts_seen  # every chart's title was read
    assert cards_seen >= 4  # compare and profile, both languages: their tables as cards
    assert maps_seen == 2  # the map page in both languages, its areas all on the screen
    assert problems == []
