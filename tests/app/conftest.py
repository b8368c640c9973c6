"""App-test fixtures: optionally serve a prepared store instead of building one per session.

`PREVENTION_TEST_STORE=/path/to/store.db` skips the build (useful while iterating, or to
check the pages against a particular release); without it the session builds the default
store from the seed, as the root conftest does.
"""

import os
from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The store the pages read: a prepared one when given, else a fresh build of the seed."""
    prepared = os.environ.get("PREVENTION_TEST_STORE")
    if prepared:
        return Path(prepared)
    from prevention.build import build

    path = tmp_path_factory.mktemp("store") / "prevention.db"
    build(path, illustrative=True)
    return path
