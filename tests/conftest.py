"""Shared fixtures: one store built from the real seed per test session, and the e2e switch."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--e2e", action="store_true", help="run the real-browser tests")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--e2e"):
        return
    skip = pytest.mark.skip(reason="real-browser test: run with --e2e")
    for item in items:
        if "e2e" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The default store (seed plus illustrative data), built once into a temporary folder."""
    from prevention.build import build

    path = tmp_path_factory.mktemp("store") / "prevention.db"
    build(path, illustrative=True)
    return path


@pytest.fixture(scope="session")
def official_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from the real seed only, without illustrative data."""
    from prevention.build import build

    path = tmp_path_factory.mktemp("official") / "prevention.db"
    build(path, illustrative=False)
    return path


@pytest.fixture
def use_store(monkeypatch: pytest.MonkeyPatch, seed_store: Path) -> Path:
    """Point the app at the session's store and start with empty Streamlit caches."""
    import streamlit as st

    monkeypatch.setenv("PREVENTION_DATABASE_URL", f"sqlite:///{seed_store}")
    st.cache_data.clear()
    st.cache_resource.clear()
    yield seed_store
    st.cache_data.clear()
    st.cache_resource.clear()


def store_url(path: Path) -> str:
    """The URL form of a store path, as the app reads it from the environment."""
    return f"sqlite:///{os.fspath(path)}"


@pytest.fixture(scope="session", autouse=True)
def private_submissions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Tests never replay or archive into the steward's real submissions folder."""
    folder = tmp_path_factory.mktemp("submissions")
    os.environ["PREVENTION_SUBMISSIONS_DIR"] = str(folder)
    return folder


# CI replays the same generated cases every run (a failure there is reproducible, never luck);
# locally each run explores new ones.
def _hypothesis_profiles() -> None:
    from hypothesis import settings

    settings.register_profile("ci", derandomize=True, print_blob=True)
    if os.environ.get("CI"):
        settings.load_profile("ci")


_hypothesis_profiles()
