"""Where the store lives and how to open it: read-only for the public app, writable for builds.

A store is a SQLite file (a `Path`) or a schema in a PostgreSQL database (`PostgresStore`,
implemented in `prevention.store.pg`); every function here takes either.
"""

import os
import re
import sqlite3
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.pool import QueuePool
from sqlmodel import create_engine

from prevention.paths import REPO_ROOT

DEFAULT_DATABASE_URL = "sqlite:///data/prevention.db"
DATABASE_URL_ENV = "PREVENTION_DATABASE_URL"
DEFAULT_SCHEMA = "prevention"
SCHEMA_NAME = re.compile(r"[a-z_][a-z0-9_]*")
# PostgreSQL names are at most 63 bytes; a live schema leaves room for the staging suffixes
# ("_tmp_<n>_ingest_<n>" while a build replays submissions).
SCHEMA_MAX = {False: 30, True: 63}


def database_url() -> str:
    """The configured store URL (`PREVENTION_DATABASE_URL`), SQLite by default."""
    return os.environ.get(DATABASE_URL_ENV, DEFAULT_DATABASE_URL)


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


def configured_store(url: str | None = None) -> Store:
    """The store `PREVENTION_DATABASE_URL` names: a SQLite file or a PostgreSQL schema."""
    url = url or database_url()
    if url.startswith(("postgresql:", "postgresql+")):
        parsed = make_url(url)
        schema = parsed.query.get("schema", DEFAULT_SCHEMA)
        bare = parsed.difference_update_query(["schema"])
        return PostgresStore(bare.render_as_string(hide_password=False), str(schema))
    return database_path(url)


def database_path(url: str | None = None) -> Path:
    """The SQLite file behind a URL; relative paths are taken from the repository root."""
    url = url or database_url()
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        raise ValueError(f"a SQLite store needs a sqlite:/// URL, got {url!r}")
    path = Path(url[len(prefix) :])
    return path if path.is_absolute() else REPO_ROOT / path


def read_only_engine(path: Store) -> Engine:
    """An engine that cannot write: SQLite opens the file with mode=ro and query_only is on."""
    if isinstance(path, PostgresStore):
        from prevention.store import pg

        return pg.read_only_engine(path)
    uri = f"file:{path.resolve()}?mode=ro"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    # A queue of connections, each used by one thread at a time. Not the pool SQLAlchemy picks
    # for a "sqlite://" URL (SingletonThreadPool): it keeps one connection per thread for at
    # most 5 threads and closes the oldest when a sixth arrives, while its thread may still be
    # reading ("Cannot operate on a closed database" under load, one session per thread).
    engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)

    @event.listens_for(engine, "connect")
    def _query_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Belt and braces: even a bug that reached for a write would be refused.
        dbapi_connection.execute("PRAGMA query_only = ON")

    return engine


def writable_engine(path: Store) -> Engine:
    """An engine for build and ingest only; the public app never calls this."""
    if isinstance(path, PostgresStore):
        from prevention.store import pg

        return pg.writable_engine(path)
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _foreign_keys(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys = ON")

    return engine


@dataclass(frozen=True)
class StoreState:
    """Whether a store file can be served, and if not, why (a catalogue key for the page)."""

    ok: bool
    # missing / empty / not_database / old_schema / locked / unreachable (PostgreSQL server)
    problem: str | None = None
    detail: str = ""


def store_state(path: Store) -> StoreState:
    """Look at a store file without trusting it: missing, empty, corrupt or an older schema."""
    from prevention.store.models import SCHEMA_VERSION

    if isinstance(path, PostgresStore):
        from prevention.store import pg

        return pg.store_state(path)
    if not path.exists():
        return StoreState(False, "missing", str(path))
    if path.stat().st_size == 0:
        return StoreState(False, "empty", str(path))
    try:
        connection = sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True, timeout=2)
        try:
            row = connection.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'"
            ).fetchone()
            connection.execute("SELECT count(*) FROM observations").fetchone()
            damage = _damage(connection) if row is not None else None
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        if "locked" in str(error):
            return StoreState(False, "locked", str(error))
        return StoreState(False, "not_database", str(error))
    except sqlite3.DatabaseError as error:
        return StoreState(False, "not_database", str(error))
    if row is None or int(row[0]) != SCHEMA_VERSION:
        found = "none" if row is None else row[0]
        return StoreState(False, "old_schema", f"schema {found}, expected {SCHEMA_VERSION}")
    if damage:
        return StoreState(False, "not_database", f"damaged: {damage}")
    return StoreState(True)


def _damage(connection: sqlite3.Connection) -> str | None:
    """What is wrong inside a store that opens: a table the pages read, or any page of the file.

    Damage confined to one table (the measures, say) passes the lighter checks above, and
    then every page that reads it fails. `PRAGMA quick_check` reads every page of the file
    (about a second at ten million observations); the app runs this only when the file
    changed (serving/caches.py), builds and ingests once per run.
    """
    from prevention.store.models import SQLModel

    try:
        for table in SQLModel.metadata.sorted_tables:
            names = ", ".join(f'"{column.name}"' for column in table.columns)
            connection.execute(f'SELECT {names} FROM "{table.name}" LIMIT 0').fetchall()
        problems = [row[0] for row in connection.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as error:
        return str(error)
    if problems != ["ok"]:
        return "; ".join(problems[:3])
    return None


# `<store>.tmp-<pid>`, `<store>.ingest-<pid>`, and a build's replayed ingest staged beside its
# own temporary (`<store>.tmp-<pid>.ingest-<pid>`), each with SQLite's side files.
_STAGED = re.compile(r"((?:\.(?:tmp|ingest)-[0-9]+)+)(-journal|-wal|-shm)?", re.ASCII)
_STAGED_PID = re.compile(r"-([0-9]+)", re.ASCII)


def remove_stale_temporaries(path: Store) -> list:
    """Delete half-written releases left by a build or ingest that was killed.

    They are named `<store>.tmp-<pid>` (build) and `<store>.ingest-<pid>` (ingest), or
    `<store>.tmp-<pid>.ingest-<pid>` for a submission a build was replaying, with SQLite's
    own `-journal`, `-wal` or `-shm` beside them when the kill came mid-transaction; a file
    whose process is gone can never be published, so it is only taking disk space.
    On PostgreSQL they are schemas, and the names of those removed are returned.
    """
    if isinstance(path, PostgresStore):
        from prevention.store import pg

        return pg.remove_stale_schemas(path)
    removed = []
    for candidate in path.parent.glob(f"{path.name}.*-*"):
        match = _STAGED.fullmatch(candidate.name[len(path.name) :])
        if match is None:
            continue
        pids = [int(pid) for pid in _STAGED_PID.findall(match[1])]
        if all(_alive(pid) for pid in pids):
            continue
        candidate.unlink(missing_ok=True)
        removed.append(candidate)
    return removed


def _alive(pid: int) -> bool:
    """Whether a process with this id is running (signal 0 tests without touching it)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
