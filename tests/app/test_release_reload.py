"""A running app serves the old release while a new one is built, then the new one, unrestarted."""

import shutil

import pytest
import streamlit as st

from prevention import build as build_module
from tests.app.helpers import page_text, run_page


@pytest.fixture
def live_store(seed_store, tmp_path, monkeypatch):
    """A store file of the test's own, which the test rebuilds under the running app."""
    path = tmp_path / "live.db"
    shutil.copy(seed_store, path)
    monkeypatch.setenv("PREVENTION_DATABASE_URL", f"sqlite:///{path}")
    monkeypatch.setenv("PREVENTION_SUBMISSIONS_DIR", str(tmp_path / "archive"))
    st.cache_data.clear()
    st.cache_resource.clear()
    yield path
    st.cache_data.clear()
    st.cache_resource.clear()


def release_shown(lang: str = "en") -> str:
    text = page_text(run_page(None, lang=lang))
    marker = "Data release no. "
    assert marker in text, text[-500:]
    return text.split(marker, 1)[1].split(",", 1)[0]


def assert_served_after_publishing_and_not_before(store, monkeypatch) -> None:
    """Rebuild `store` under the running app: release 1 while it builds, release 2 after."""
    assert release_shown() == "1"
    seen_during_build: list[str] = []

    def look_mid_build(staged):
        # The new release is written and audited beside the store, not yet published.
        seen_during_build.append(release_shown())

    import prevention.ingest as ingest

    monkeypatch.setattr(ingest, "replay_submissions", look_mid_build)
    build_module.build(store, illustrative=True)
    assert seen_during_build == ["1"], "visitors keep the old release while a build runs"
    assert release_shown() == "2", "the new release is served without a restart"


def test_new_release_is_served_after_the_rename_and_not_before(live_store, monkeypatch):
    assert_served_after_publishing_and_not_before(live_store, monkeypatch)
