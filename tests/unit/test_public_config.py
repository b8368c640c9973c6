"""The public configuration: no error details, no telemetry, no uploads, no writes, safe CSVs."""

import io
import re
import tomllib
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, OperationalError

from prevention.release.downloads import FORMULA_STARTS, csv_bytes, safe_cell

ROOT = Path(__file__).resolve().parents[2]
CONFIG = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
APP_CODE = [ROOT / "app.py", *sorted((ROOT / "app_pages").glob("*.py"))]
APP_CODE += sorted((ROOT / "components").glob("*.py")) + [ROOT / "serving" / "page_runs.py"]


def test_visitors_see_no_error_details():
    assert CONFIG["client"]["showErrorDetails"] in ("none", False)


def test_visitors_get_the_viewer_toolbar_and_translated_navigation_only():
    assert CONFIG["client"]["toolbarMode"] == "viewer"
    assert CONFIG["client"]["showSidebarNavigation"] is False


def test_cross_site_protections_stay_on():
    assert CONFIG["server"]["enableXsrfProtection"] is True
    assert CONFIG["server"].get("enableCORS", True) is True


def test_no_usage_statistics_leave_the_site():
    assert CONFIG["browser"]["gatherUsageStats"] is False


def test_it_runs_as_a_headless_server_without_file_watching():
    assert CONFIG["server"]["headless"] is True
    assert CONFIG["server"]["fileWatcherType"] == "none"


def test_uploads_are_capped_and_no_page_asks_for_one():
    assert 0 < CONFIG["server"]["maxUploadSize"] <= 1  # megabytes
    widgets = re.compile(r"\b(file_uploader|camera_input|audio_input)\s*\(")
    asking = [path.name for path in APP_CODE if widgets.search(path.read_text(encoding="utf-8"))]
    assert asking == []


# The raw-HTML calls allowed: the help page's print stylesheet, a constant with no data, and
# every page's accessibility styles (a constant) and script (constant text; its attributes are
# the language code and a catalogue word, escaped: prevention/web/a11y.py).
CONSTANT_HTML = {
    "help.py": ["st.html(PRINT_CSS)"],
    "shell.py": ["st.html(PHONE_MENU_CSS)"],  # a constant stylesheet: the phone menu's media query
    "table_layout.py": ["st.html(LAYOUT_CSS)"],  # a constant stylesheet: grid or cards by width
    "a11y.py": [
        "st.html(STYLES)",
        "st.html(tag, unsafe_allow_javascript=True)",
    ],
}


def test_no_page_renders_raw_html():
    """Data text goes through Markdown escaping; raw HTML would bypass it."""
    from components import help as help_component

    raw = re.compile(r"unsafe_allow_html\s*=\s*True|\bst\.html\s*\(|components\.v1")
    found = []
    for path in APP_CODE:
        text = path.read_text(encoding="utf-8")
        for allowed in CONSTANT_HTML.get(path.name, []):
            text = text.replace(allowed, "")
        if raw.search(text):
            found.append(path.name)
    assert found == []
    assert help_component.PRINT_CSS.lstrip().startswith("<style>")  # a stylesheet, no markup
    assert "</style>" in help_component.PRINT_CSS and "<script" not in help_component.PRINT_CSS
    from components import shell

    assert (
        shell.PHONE_MENU_CSS.strip().startswith("<style>") and "<script" not in shell.PHONE_MENU_CSS
    )
    from components import a11y as a11y_component
    from components import table_layout

    assert (
        table_layout.LAYOUT_CSS.startswith("<style>") and "<script" not in table_layout.LAYOUT_CSS
    )
    assert a11y_component.STYLES.lstrip().startswith("<style>")
    assert "<script" not in a11y_component.STYLES


def test_every_key_in_the_config_is_commented():
    lines = (ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if re.match(r"\s*\w+\s*=", line):
            assert lines[number - 1].lstrip().startswith("#"), f"uncommented key: {line}"


def test_the_app_code_never_opens_a_writable_engine():
    """Only build and ingest write; the pages, components and cached layer never do."""
    code = [*APP_CODE, ROOT / "serving" / "caches.py"]
    writers = [path.name for path in code if "writable_engine" in path.read_text("utf-8")]
    assert writers == []


def test_the_engine_the_app_uses_refuses_writes(official_store, monkeypatch):
    """cached.engine(), as the pages get it from PREVENTION_DATABASE_URL, cannot write."""
    import streamlit as st_

    from serving import caches as cached

    monkeypatch.setenv("PREVENTION_DATABASE_URL", f"sqlite:///{official_store}")
    st_.cache_resource.clear()
    try:
        engine = cached.engine()
        with engine.connect() as connection:
            assert connection.execute(text("PRAGMA query_only")).scalar_one() == 1
        for statement in (
            "DELETE FROM observations",
            "CREATE TABLE visitor (x)",
            "UPDATE meta SET value = 'x'",
        ):
            with pytest.raises(OperationalError, match="readonly|read-only|query_only"):
                with engine.begin() as connection:
                    connection.execute(text(statement))
    finally:
        st_.cache_resource.clear()


def test_the_engine_the_app_uses_refuses_writes_on_postgresql(pg_official_store, monkeypatch):
    """On PostgreSQL too: every transaction of the app's connections is read-only."""
    import streamlit as st_

    from serving import caches as cached
    from tests import stores

    monkeypatch.setenv("PREVENTION_DATABASE_URL", stores.url(pg_official_store))
    st_.cache_resource.clear()
    try:
        engine = cached.engine()
        with engine.connect() as connection:
            assert connection.execute(text("SHOW default_transaction_read_only")).scalar() == "on"
        for statement in (
            "DELETE FROM observations",
            "CREATE TABLE visitor (x int)",
            "UPDATE meta SET value = 'x'",
            "DROP SCHEMA official CASCADE",
        ):
            with pytest.raises(DBAPIError, match="read-only transaction"):
                with engine.begin() as connection:
                    connection.execute(text(statement))
        assert stores.scalar(pg_official_store, "SELECT count(*) FROM meta") == 3
    finally:
        st_.cache_resource.clear()


@settings(max_examples=200, deadline=None)
@given(
    texts=st.lists(st.text(max_size=30), min_size=1, max_size=8),
    numbers=st.lists(st.floats(-1e9, 1e9, allow_nan=False), min_size=8, max_size=8),
)
def test_no_downloaded_text_cell_can_start_a_formula(texts, numbers):
    """Whatever text is in the data, a spreadsheet reads no cell as a formula."""
    prefixes = ["", *FORMULA_STARTS, "x\r=", "x\n+", "x\r\n@"]  # a formula after a line break too
    cells = [prefixes[index % len(prefixes)] + value for index, value in enumerate(texts)]
    frame = pd.DataFrame({"title": cells, "change": numbers[: len(cells)]})
    back = pd.read_csv(
        io.StringIO(csv_bytes(frame).decode("utf-8-sig")),
        dtype={"title": str},
        keep_default_na=False,
    )
    assert len(back) == len(frame), "a line break inside a cell started a new row"
    assert back["title"].tolist() == [safe_cell(cell) for cell in cells]
    for cell in back["title"]:
        assert not cell.startswith(FORMULA_STARTS), cell
    assert back["change"].tolist() == pytest.approx(frame["change"].tolist())


def test_the_data_grid_offers_no_download_of_its_own():
    """The grid's toolbar CSV skips the safe writer: the pages' own download buttons replace it."""
    assert CONFIG["client"]["disableDataExport"] is True


def test_the_export_writes_no_cell_a_spreadsheet_reads_as_a_formula(official_store, tmp_path):
    """`python -m prevention export` goes through the same safe writer as the page downloads."""
    import shutil
    import sqlite3

    from prevention.__main__ import main

    store = tmp_path / "hostile.db"
    shutil.copy(official_store, store)
    hostile = ["=cmd|' /C calc'!A0", '=HYPERLINK("http://x","y")', "+1+1", "@SUM(A1)", "-2+3"]
    with sqlite3.connect(store) as connection:
        ids = [row[0] for row in connection.execute("SELECT measure_id FROM measures LIMIT 5")]
        for measure_id, title in zip(ids, hostile, strict=True):
            connection.execute(
                "UPDATE measures SET title_en = ?, note = ? WHERE measure_id = ?",
                (title, title, measure_id),
            )
    out = tmp_path / "export"
    assert main(["export", "--database", str(store), "--out", str(out)]) == 0
    for path in out.glob("*.csv"):
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        for column in frame.columns:
            if pd.api.types.is_numeric_dtype(pd.to_numeric(frame[column], errors="coerce")) and (
                pd.to_numeric(frame[column], errors="coerce").notna().all()
            ):
                continue  # a numeric column: a negative number stays a number
            starts = frame[column].str.startswith(FORMULA_STARTS)
            assert not starts.any(), (path.name, column, frame[column][starts].head(3).tolist())
