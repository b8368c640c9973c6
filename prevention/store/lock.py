"""One writer at a time: two ingests copying the same store would lose one release."""

from collections.abc import Iterator
from contextlib import contextmanager

from prevention.store.db import PostgresStore, Store

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; the steward runs one ingest at a time
    fcntl = None  # type: ignore[assignment]


@contextmanager
def store_lock(database: Store) -> Iterator[bool]:
    """Hold an advisory lock beside the store; yields False when another process has it."""
    if isinstance(database, PostgresStore):
        from prevention.store import pg

        with pg.writer_lock(database) as locked:
            yield locked
        return
    if fcntl is None:
        yield True
        return
    # "<store>-ingest.lock" matches the store's gitignore pattern; the kernel frees it on exit.
    with open(database.with_name(f"{database.name}-ingest.lock"), "a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
