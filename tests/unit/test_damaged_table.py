"""Damage confined to one table: the store check finds it, pages get the translated page,
`prevention check` reports it without a traceback."""

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from prevention.store.db import store_state

ROOT = Path(__file__).resolve().parents[2]


def damage_table(store: Path, table: str) -> None:
    """Overwrite the table's root page with garbage: every other table stays readable."""
    with sqlite3.connect(store) as connection:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
        ).fetchone()
        (size,) = connection.execute("PRAGMA page_size").fetchone()
    connection.close()
    with store.open("r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(b"\xa5" * size)


@pytest.fixture
def damaged(small_world: Path, tmp_path: Path) -> Path:
    store = tmp_path / "damaged.db"
    shutil.copy(small_world, store)
    damage_table(store, "measures")
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as connection:
        connection.execute("SELECT count(*) FROM observations").fetchone()  # still readable
    return store


def test_the_store_check_finds_a_damaged_table(damaged: Path) -> None:
    state = store_state(damaged)
    assert not state.ok and state.problem == "not_database", state


def test_check_reports_without_a_traceback(damaged: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "prevention", "check", "--database", str(damaged)],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1
    assert "Traceback" not in done.stderr + done.stdout, done.stderr[-1500:]
    assert "damaged" in (done.stderr + done.stdout).lower()


@pytest.mark.parametrize("page", ["5_measures.py", "6_duplicates.py", "1_trends.py"])
def test_pages_answer_with_the_translated_page(damaged: Path, monkeypatch, page: str) -> None:
    import streamlit as st

    from prevention.i18n import t
    from tests.app.helpers import page_text, run_page

    monkeypatch.setenv("PREVENTION_DATABASE_URL", f"sqlite:///{damaged}")
    st.cache_data.clear()
    st.cache_resource.clear()
    try:
        app = run_page(page, lang="en")
        assert not app.exception, app.exception[0].message
        assert t("error.title", "en") in page_text(app)
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()
