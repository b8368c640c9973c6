"""Every page reads the same release from PostgreSQL as from SQLite, and follows a new one."""

import socket

import pytest
import streamlit as st

from serving import caches as cached
from tests import stores
from tests.app.helpers import page_text, run_page
from tests.app.test_release_reload import assert_served_after_publishing_and_not_before

PAGES = [None, "1_trends.py", "2_map.py", "3_municipality.py", "4_compare.py", "5_measures.py",
         "6_duplicates.py", "8_data.py", "7_help.py", "9_about-trafficking.py"]  # fmt: skip


def serve(monkeypatch: pytest.MonkeyPatch, store: stores.Store) -> None:
    monkeypatch.setenv("PREVENTION_DATABASE_URL", stores.url(store))
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.fixture(autouse=True)
def _fresh_caches():
    yield
    st.cache_data.clear()
    st.cache_resource.clear()


@pytest.mark.parametrize("page", PAGES)
def test_each_page_shows_the_same_on_postgresql(page, seed_store, pg_seed_store, monkeypatch):
    serve(monkeypatch, seed_store)
    on_sqlite = run_page(page, lang="en")
    serve(monkeypatch, pg_seed_store)
    on_postgresql = run_page(page, lang="en")
    assert not on_postgresql.exception, on_postgresql.exception
    assert not on_postgresql.error
    assert page_text(on_postgresql) == page_text(on_sqlite)
    assert len(on_postgresql.get("plotly_chart")) == len(on_sqlite.get("plotly_chart"))


def test_an_unreachable_server_gets_a_page_not_a_traceback(monkeypatch):
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("PREVENTION_DATABASE_URL", f"postgresql+psycopg://x@127.0.0.1:{port}/x")
    st.cache_data.clear()
    st.cache_resource.clear()
    for lang, message in (("en", "cannot be reached"), ("lt", "Nepavyksta prisijungti")):
        app = run_page(lang=lang)
        assert not app.exception
        assert message in page_text(app)


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_new_release_is_served_after_the_schema_swap(seed_copy, monkeypatch):
    monkeypatch.setattr(cached, "FOLLOW_EVERY_SECONDS", 0.0)
    serve(monkeypatch, seed_copy)
    assert_served_after_publishing_and_not_before(seed_copy, monkeypatch)
