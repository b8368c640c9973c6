"""The next release is written beside the live one, then published in one step.

SQLite: a file `<store>.<kind>-<pid>` beside the store, flushed and renamed over it.
PostgreSQL: a schema beside the live one, renamed into its place (see `prevention.store.pg`).
Either way a reader sees the old release or the new one, never a mix.
"""

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from prevention.store.db import PostgresStore, Store


@contextmanager
def staged(store: Store, kind: str) -> Iterator[Store]:
    """A place for the next release ("tmp" for a build, "ingest"); removed unless published."""
    if isinstance(store, PostgresStore):
        from prevention.store import pg

        with pg.staging(store, kind) as schema:
            yield schema
        return
    path = store.with_name(f"{store.name}.{kind}-{os.getpid()}")
    path.unlink(missing_ok=True)
    try:
        yield path
    finally:
        path.unlink(missing_ok=True)


def copy_release(store: Store, target: Store) -> None:
    """A consistent copy of the live release into an empty staging place, to change there."""
    if isinstance(store, PostgresStore) and isinstance(target, PostgresStore):
        from prevention.store import pg

        pg.copy_release(store, target)
        return
    assert isinstance(store, Path) and isinstance(target, Path)
    # SQLite's backup API copies a consistent snapshot even while the app is reading.
    reader = sqlite3.connect(f"file:{store.resolve()}?mode=ro", uri=True)
    writer = sqlite3.connect(target)
    try:
        reader.backup(writer)
    finally:
        writer.close()
        reader.close()


def publish(staged_release: Store, store: Store) -> None:
    """Make the staged release the live one."""
    if isinstance(staged_release, PostgresStore) and isinstance(store, PostgresStore):
        from prevention.store import pg

        pg.publish(staged_release, store)
        return
    assert isinstance(staged_release, Path) and isinstance(store, Path)
    # Flush the new file, rename it over the store, and flush the directory entry.
    with sqlite3.connect(staged_release) as connection:
        connection.execute("PRAGMA wal_checkpoint")
    connection.close()
    with open(staged_release, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(staged_release, store)
    directory = os.open(store.parent, os.O_RDONLY)
    try:
        os.fsync(directory)
    finally:
        os.close(directory)
