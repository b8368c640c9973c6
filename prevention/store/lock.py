"""One writer at a time: two ingests copying the same store would lose one release."""

from collections.abc import Iterator
from contextlib import contextmanager

from prevention.store.db import Store, backend


@contextmanager
def store_lock(database: Store) -> Iterator[bool]:
    """Hold the store's writer lock; yields False when another process or thread has it.

    A lock file beside a SQLite store (filelock), an advisory lock on a PostgreSQL server.
    """
    with backend(database).writer_lock() as locked:
        yield locked
