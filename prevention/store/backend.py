"""The one interface to a store, whichever database holds it.

A store is named by where it lives: a SQLite file (a `Path`) or a schema in a PostgreSQL
database (`PostgresStore`). Everything that differs between the two (opening engines,
checking the store, writing a release beside the live one and publishing it, the writers'
lock, how a new release is recognised, a few SQL spellings) is a method of `StoreBackend`,
implemented once in `prevention.store.sqlite` and once in `prevention.store.pg`;
`prevention.store.db.backend` picks the implementation from the store, the only place that
asks which database it is. This module holds only the interface and the values both
implementations share, so that neither imports the other nor `db`.
"""

import re
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from sqlalchemy.engine import Connection, Engine, make_url

DEFAULT_SCHEMA = "prevention"
SCHEMA_NAME = re.compile(r"[a-z_][a-z0-9_]*")
# PostgreSQL names are at most 63 bytes; a live schema leaves room for the staging suffixes
# ("_tmp_<n>_ingest_<n>" while a build replays submissions).
SCHEMA_MAX = {False: 30, True: 63}


@dataclass(frozen=True)
class PostgresStore:
    """A release living in one schema of a PostgreSQL database (`?schema=` in the URL)."""

    url: str  # the SQLAlchemy URL, without the schema parameter
    schema: str = DEFAULT_SCHEMA
    staging: bool = False  # a release being written beside the live one, not yet published

    def __post_init__(self) -> None:
        # Schema names go into DDL unquoted, so only plain lower-case identifiers are accepted.
        if not SCHEMA_NAME.fullmatch(self.schema) or len(self.schema) > SCHEMA_MAX[self.staging]:
            raise ValueError(
                f"schema must match {SCHEMA_NAME.pattern} in {SCHEMA_MAX[self.staging]} "
                f"characters, got {self.schema!r}"
            )

    def beside(self, kind: str, tag: int) -> "PostgresStore":
        """A schema next to this one for a release being written (`<schema>_<kind>_<tag>`)."""
        return replace(self, schema=f"{self.schema}_{kind}_{tag}", staging=True)

    def __str__(self) -> str:
        shown = make_url(self.url).render_as_string(hide_password=True)
        return f"{shown} (schema {self.schema})"


Store = Path | PostgresStore  # where one release is served from


@dataclass(frozen=True)
class StoreState:
    """Whether a store file can be served, and if not, why (a catalogue key for the page)."""

    ok: bool
    # missing / empty / not_database / old_schema / locked / unreachable (PostgreSQL server)
    problem: str | None = None
    detail: str = ""


class SqlDialect(Protocol):
    """The few SQL spellings that differ between SQLite and PostgreSQL."""

    def ordered_join(self, column: str, rows: str, *, order: str) -> str:
        """A subquery joining one column of `rows` with ";" in a given order."""
        ...

    def distinct_join(self, column: str) -> str:
        """An aggregate joining the distinct values of a column with ","."""
        ...

    def foreign_key_problems(self, connection: Connection) -> list[tuple[str, int, str]]:
        """(table, row id, parent table) for rows whose parent is missing, where the database
        can list them itself; empty where it refuses such rows on every write."""
        ...


class StoreBackend(Protocol):
    """What build, ingest, the audit and the app do with a store, on either database."""

    @property
    def store(self) -> Store:
        """Where the release lives."""
        ...

    @property
    def sql(self) -> SqlDialect:
        """The database's SQL spellings."""
        ...

    @property
    def polled(self) -> bool:
        """Whether knowing the live release costs a query to a server (PostgreSQL): then the
        app asks at most every few seconds; a SQLite file answers with one stat call."""
        ...

    def read_only_engine(self) -> Engine:
        """An engine that cannot write, for the app, the audit and exports."""
        ...

    def writable_engine(self) -> Engine:
        """An engine for build and ingest only; the public app never calls this."""
        ...

    def state(self) -> StoreState:
        """Look at the store without trusting it: missing, empty, damaged, an older schema."""
        ...

    def make_room(self) -> None:
        """Prepare where a new store goes: a SQLite file's folder; nothing on a server."""
        ...

    def remove_stale(self) -> list:
        """Delete half-written releases left by a writer that was killed; returns them."""
        ...

    def staged(self, kind: str) -> AbstractContextManager[Store]:
        """A place beside the store for the next release ("tmp" for a build, "ingest")."""
        ...

    def copy_release(self, target: Store) -> None:
        """A consistent copy of the live release into an empty staging place."""
        ...

    def publish(self, staged: Store) -> None:
        """Make a staged release the live one, in one step readers never see half of."""
        ...

    def writer_lock(self) -> AbstractContextManager[bool]:
        """One writer at a time; yields False when another process or thread writes."""
        ...

    def built_at(self) -> float:
        """When the live release was written (seconds since the epoch)."""
        ...

    def release_fingerprint(self) -> object:
        """Something that changes with every published release (raises if it cannot tell)."""
        ...

    def place(self) -> str:
        """Where a write ran out of space: the store's folder or its database server."""
        ...
