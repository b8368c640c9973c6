"""The next release is written beside the live one, then published in one step.

SQLite: a file `<store>.<kind>-<pid>` beside the store, flushed and renamed over it.
PostgreSQL: a schema beside the live one, renamed into its place (see `prevention.store.pg`).
Either way a reader sees the old release or the new one, never a mix.
"""

from collections.abc import Iterator
from contextlib import contextmanager

from prevention.store.db import Store, backend


@contextmanager
def staged(store: Store, kind: str) -> Iterator[Store]:
    """A place for the next release ("tmp" for a build, "ingest"); removed unless published."""
    with backend(store).staged(kind) as place:
        yield place


def copy_release(store: Store, target: Store) -> None:
    """A consistent copy of the live release into an empty staging place, to change there."""
    backend(store).copy_release(target)


def publish(staged_release: Store, store: Store) -> None:
    """Make the staged release the live one."""
    backend(store).publish(staged_release)
