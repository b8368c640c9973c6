"""Text from the data is shown as typed: a measure title or institution name never runs as code.

A store gets two measures (one led by a planted institution) whose titles carry a script tag,
an image with an onerror handler and Markdown link and bold syntax. The pages that show
measure titles and institution names must show those characters literally, run nothing, open
no dialog and draw no javascript: link.
"""

import sqlite3
import urllib.parse
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.conftest import wait_for_run
from tests.e2e.servers import ROOT, app_processes

pytestmark = pytest.mark.e2e

SCRIPT = "<script>window.__pwned=1</script>"
IMAGE = '<img src=x onerror="window.__pwned=2">'
LINK = "[click](javascript:alert(1))"
BOLD = "**bold**"
TITLE = f"Prevention lecture for pupils on human trafficking {SCRIPT} {IMAGE} {LINK} {BOLD}"
TITLE_LT = f"Prevencinė paskaita mokiniams apie prekybą žmonėmis {SCRIPT} {IMAGE} {LINK} {BOLD}"
INSTITUTION = f"Planted {BOLD} institution"
INSTITUTION_NAME = f"Planted institution {SCRIPT} {IMAGE} {LINK}"
PLANTED = [SCRIPT, IMAGE, LINK, BOLD]
SOURCE = "HOSTILE_SOURCE"


def plant(path: Path) -> None:
    """Two near-identical measures from two institutions, so the duplicates page lists them."""
    with sqlite3.connect(path) as connection:
        release = connection.execute("SELECT max(id) FROM releases").fetchone()[0]
        source = SOURCE
        connection.execute(
            "INSERT INTO sources (source_id, title, publisher, year, url, licence, tier, "
            "accessed) VALUES (?, ?, ?, '2024', 'javascript:alert(1)', ?, 2, '2024-01-01')",
            (SOURCE, TITLE, INSTITUTION_NAME, LINK),
        )
        connection.execute(
            "INSERT INTO institutions (short_name, name_lt, name_en, kind, note, source_ids, "
            "illustrative) VALUES (?, ?, ?, 'ngo', ?, ?, 0)",
            (INSTITUTION, INSTITUTION_NAME, INSTITUTION_NAME, TITLE, source),
        )
        for number, lead in ((1, INSTITUTION), (2, "PD")):
            measure = f"HOSTILE-{number}"  # not "PLAN…": plan-level rows are skipped
            connection.execute(
                "INSERT INTO measures (measure_id, plan, code, title_lt, title_en, "
                "description_lt, description_en, measure_type, target_group, start_year, "
                "end_year, budget_eur, status, illustrative, lead_institution, national, "
                "source_id, source_locator, note, release_id) VALUES (?, NULL, ?, ?, ?, ?, ?, "
                "'awareness', 'schoolchildren', 2023, 2024, 1500, 'running', 0, ?, 0, ?, ?, ?, ?)",
                (measure, measure, TITLE_LT, TITLE, TITLE_LT, TITLE, lead, source, TITLE, TITLE,
                 release),
            )  # fmt: skip
            connection.execute(
                "INSERT INTO measure_institutions (measure_id, institution, role) "
                "VALUES (?, ?, 'lead')",
                (measure, lead),
            )
            connection.execute(
                "INSERT INTO measure_areas (measure_id, area_code) VALUES (?, '19')", (measure,)
            )


@pytest.fixture(scope="module")
def planted_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default store with the hostile measures and institution added after the build."""
    from prevention.build import build

    path = tmp_path_factory.mktemp("planted") / "prevention.db"
    build(path, illustrative=True)
    plant(path)
    return path


@pytest.fixture(scope="module")
def planted_url(planted_store: Path) -> Iterator[str]:
    """The app served from the planted store on a free loopback port."""
    with app_processes(planted_store, 1) as (url,):
        yield url


def pages() -> list[str]:
    """The pages that show measure titles or institution names, when their files exist."""
    candidates = {
        "/duplicates": "app_pages/6_duplicates.py",
        "/data": "app_pages/8_data.py",
        "/measures": "app_pages/5_measures.py",
    }
    return [path for path, script in candidates.items() if (ROOT / script).exists()]


# Each page with the filters that bring the planted measures into view.
VIEWS = {
    "/duplicates": {"institution": INSTITUTION, "area": "19"},
    "/measures": {"institution": INSTITUTION, "years": "2023-2024", "section": "who"},
    "/data": {},
}


def open_view(page, url: str, path: str, lang: str) -> list[str]:
    """Open a page with its filters, failing on any dialog; returns the dialogs' messages."""
    dialogs: list[str] = []

    def refuse(dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", refuse)
    query = urllib.parse.urlencode({"lang": lang, **VIEWS[path]})
    page.goto(f"{url}{path}?{query}")
    page.locator("h1").first.wait_for(timeout=60_000)
    wait_for_run(page)
    for summary in page.locator('[data-testid="stExpander"] summary').all():
        summary.click()  # open every expander: planted text hidden in one still counts
    wait_for_run(page)
    # Turn on every chart's table; the sidebar's example-data switch stays off, since the
    # planted measures are real ones.
    for switch in page.locator('[data-testid="stMain"] [data-testid="stCheckbox"]').all():
        switch.click()
        wait_for_run(page)
    page.wait_for_timeout(500)
    return dialogs


# Both languages where the planted names are listed; one language elsewhere keeps this quick.
LANGS = {"/duplicates": ["lt", "en"], "/measures": ["en"], "/data": ["lt"]}


@pytest.mark.parametrize(("path", "lang"), [(p, lang) for p in pages() for lang in LANGS[p]])
def test_planted_text_is_shown_literally_and_runs_nothing(page, planted_url, path, lang):
    page.set_viewport_size({"width": 1400, "height": 2600})
    dialogs = open_view(page, planted_url, path, lang)
    assert dialogs == []
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.locator('a[href^="javascript:" i]').count() == 0
    assert page.locator('[data-testid="stException"]').count() == 0
    text = page.locator("body").inner_text()
    if path == "/data":
        return  # the data page lists indicators and releases, where nothing was planted
    assert INSTITUTION in text, "the institution's name is shown as typed"
    for planted in PLANTED:
        assert planted in text, f"{planted!r} is shown as typed"
