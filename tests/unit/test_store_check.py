"""The store check at the start of every page run reads the store only when it may have changed."""

import os
import shutil

import pytest

from prevention.store.db import PostgresStore, StoreState
from serving import caches as cached


@pytest.fixture
def checks(monkeypatch):
    """Count the full checks, and start from no remembered answer."""
    made: list[object] = []
    real = cached.store_state

    def counted(store):
        made.append(store)
        return real(store)

    monkeypatch.setattr(cached, "store_state", counted)
    monkeypatch.setattr(cached, "_LAST_CHECK", [None, None, 0.0])
    return made


def test_a_good_sqlite_file_is_read_again_only_once_it_changed(
    small_world, tmp_path, monkeypatch, checks
):
    store = tmp_path / "store.db"
    shutil.copy(small_world, store)
    monkeypatch.setattr(cached, "configured_store", lambda: store)
    assert cached.current_store_state().ok
    assert cached.current_store_state().ok
    assert len(checks) == 1
    stat = store.stat()
    os.utime(store, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000))
    assert cached.current_store_state().ok
    assert len(checks) == 2, "a changed file is checked again"
    store.write_bytes(b"not a database")
    assert cached.current_store_state().problem == "not_database"
    assert cached.current_store_state().problem == "not_database"
    assert len(checks) == 4, "a failing file is checked on every run"


def test_a_missing_file_is_reported_every_time(tmp_path, monkeypatch, checks):
    monkeypatch.setattr(cached, "configured_store", lambda: tmp_path / "none.db")
    assert cached.current_store_state().problem == "missing"
    assert cached.current_store_state().problem == "missing"


def test_a_postgresql_answer_is_kept_for_a_few_seconds(monkeypatch):
    store = PostgresStore("postgresql+psycopg://nobody@127.0.0.1:1/none")
    made: list[object] = []
    clock = [1000.0]

    def away(server):
        made.append(server)
        return StoreState(False, "unreachable", "connection refused")

    monkeypatch.setattr(cached, "store_state", away)
    monkeypatch.setattr(cached, "configured_store", lambda: store)
    monkeypatch.setattr(cached, "_LAST_CHECK", [None, None, 0.0])
    monkeypatch.setattr(cached.time, "monotonic", lambda: clock[0])
    assert cached.current_store_state().problem == "unreachable"
    clock[0] += cached.FOLLOW_EVERY_SECONDS / 2
    assert cached.current_store_state().problem == "unreachable"
    assert len(made) == 1, "page runs meanwhile do not wait for the server's timeout again"
    clock[0] += cached.FOLLOW_EVERY_SECONDS
    cached.current_store_state()
    assert len(made) == 2
