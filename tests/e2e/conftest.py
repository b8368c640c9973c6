"""Real-browser fixtures: a `streamlit run` server on a free loopback port, Debian's chromium."""

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.servers import app_processes

ROOT = Path(__file__).resolve().parents[2]
# Chromium's own background traffic is refused on this closed network; keep it quiet.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """Launch Debian's chromium: browsers cannot be downloaded here."""
    executable = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium")
    if not executable:
        pytest.fail("chromium is not installed: run `make test`, which installs it")
    return {**browser_type_launch_args, "executable_path": executable, "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def app_url(seed_store: Path) -> Iterator[str]:
    """Serve the app from the session's store; stop it when the tests end."""
    with app_processes(seed_store, 1) as (url,):
        yield url


def wait_for_run(page) -> None:
    """Wait until the script finished its run (Streamlit marks the app element)."""
    page.wait_for_selector(
        '[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=60_000
    )
    page.wait_for_timeout(300)


# PREVENTION_TEST_STORE=/path/to/store.db serves a prepared store (see tests/app/conftest.py).
@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store the server reads: a prepared one when given, else a fresh build of the seed."""
    prepared = os.environ.get("PREVENTION_TEST_STORE")
    if prepared:
        return Path(prepared)
    from prevention.build import build

    path = tmp_path_factory.mktemp("store") / "prevention.db"
    build(path, illustrative=True)
    return path
