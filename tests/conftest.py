"""Shared fixtures: the small world and the real seed's stores, built per session; the e2e switch.

Most unit and app tests read the small world (tests/small_world.py), whose figures they state
literally; tests over the real seed are integration tests (named so) of the seed itself.
"""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--e2e", action="store_true", help="run the real-browser tests")


# Fixtures that read the real seed: a test using one checks the seed itself, whose figures
# move whenever a reviewer adds one. Marked `integration`, so `pytest -m "not integration"`
# runs only the tests whose expectations are written by hand.
SEED_FIXTURES = {
    "seed_store", "official_store", "use_store", "seed_copy", "official_copy",
    "pg_seed_store", "pg_official_store",
}  # fmt: skip


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    integration = pytest.mark.integration
    for item in items:
        if SEED_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(integration)
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


BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(scope="session")
def pg_cluster():
    """A PostgreSQL server of the session's own, started in a temporary folder and removed.

    Without Debian's `postgresql` package the PostgreSQL cases are skipped, except in CI
    (CI=true), where a missing server must fail rather than quietly test less.
    """
    from tests.pg_server import Cluster, server_bin

    binaries = server_bin()
    if binaries is None:
        message = "PostgreSQL server not installed (apt-get install postgresql, or make test)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    cluster = Cluster(binaries).start()
    yield cluster
    from prevention.store import pg

    pg.dispose_engines()
    cluster.stop()


@pytest.fixture(scope="session")
def pg_official_store(pg_cluster):
    """The seed-only release built into a PostgreSQL schema, once per session."""
    from prevention.build import build
    from prevention.store.db import PostgresStore

    store = PostgresStore(pg_cluster.url(), "official")
    build(store, illustrative=False)
    return store


@pytest.fixture(scope="session")
def pg_seed_store(pg_cluster):
    """The default release (seed plus illustrative data) in a PostgreSQL schema."""
    from prevention.build import build
    from prevention.store.db import PostgresStore

    store = PostgresStore(pg_cluster.url(), "seed")
    build(store, illustrative=True)
    return store


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    """Run a store test once on SQLite and once on PostgreSQL."""
    return request.param


def _copy_of(name: str, backend: str, request: pytest.FixtureRequest, tmp_path: Path):
    """A writable copy of a session store on the test's backend, with its own archive."""
    from tests import stores

    source = request.getfixturevalue(name if backend == "sqlite" else f"pg_{name}")
    store = stores.copy(source, tmp_path)
    yield store
    stores.drop(store)


@pytest.fixture
def official_copy(backend, request, tmp_path, monkeypatch):
    """A copy of the seed-only store, on SQLite and on PostgreSQL."""
    monkeypatch.setenv("PREVENTION_SUBMISSIONS_DIR", str(tmp_path / "archive"))
    yield from _copy_of("official_store", backend, request, tmp_path)


@pytest.fixture
def seed_copy(backend, request, tmp_path, monkeypatch):
    """A copy of the default store (with illustrative data), on SQLite and on PostgreSQL."""
    monkeypatch.setenv("PREVENTION_SUBMISSIONS_DIR", str(tmp_path / "archive"))
    yield from _copy_of("seed_store", backend, request, tmp_path)


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


@pytest.fixture(scope="session")
def boundaries() -> Path:
    """The simplified municipality boundaries the map pages draw, built when missing.

    A fresh clone has none until `make setup`: they are built here from the local mirror
    (PREVENTION_GEO_MIRROR) or the pinned download. Without either, tests that draw maps are
    skipped with the reason, except in CI (CI=true), where `make test` has built them first
    and their absence must fail.
    """
    from prevention.geo import fetch as geo
    from prevention.geo.boundaries import BoundaryCheckError

    if geo.boundaries_status().state != "ok":
        try:
            geo.build_boundaries()
        except (geo.BoundaryHashError, geo.BoundaryDownloadError, BoundaryCheckError) as error:
            message = f"no municipality boundaries ({error}); run `make setup` first"
            if os.environ.get("CI"):
                pytest.fail(message)
            pytest.skip(message)
    return geo.output_dir()


@pytest.fixture(scope="session")
def small_world(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small world's store (tests/small_world.py): literal expectations, not the seed's."""
    from tests.small_world import build_small_world

    return build_small_world(tmp_path_factory.mktemp("small_world"))


@pytest.fixture
def use_small_world(monkeypatch: pytest.MonkeyPatch, small_world: Path) -> Path:
    """Point the app at the small world and start with empty Streamlit caches."""
    import streamlit as st

    monkeypatch.setenv("PREVENTION_DATABASE_URL", f"sqlite:///{small_world}")
    st.cache_data.clear()
    st.cache_resource.clear()
    yield small_world
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
