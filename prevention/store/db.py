"""Where the store lives and how to open it: read-only for the public app, writable for builds.

A store is a SQLite file (a `Path`) or a schema in a PostgreSQL database (`PostgresStore`).
`backend` picks its implementation of the store interface (`prevention.store.backend`) once:
the only place that asks which database a store is. The functions below take either.
"""

import os
from pathlib import Path

from sqlalchemy.engine import Connection, Engine, make_url

from prevention.paths import REPO_ROOT as REPO_ROOT
from prevention.store.backend import DEFAULT_SCHEMA, SqlDialect, StoreBackend
from prevention.store.backend import SCHEMA_NAME as SCHEMA_NAME
from prevention.store.backend import PostgresStore as PostgresStore
from prevention.store.backend import Store as Store
from prevention.store.backend import StoreState as StoreState
from prevention.store.pg import PostgresBackend, PostgresSql
from prevention.store.sqlite import SqliteBackend, SqliteSql

DEFAULT_DATABASE_URL = "sqlite:///data/prevention.db"
DATABASE_URL_ENV = "PREVENTION_DATABASE_URL"
# The SQL spellings by SQLAlchemy dialect name, for code that holds an engine, not a store.
_DIALECTS: dict[str, SqlDialect] = {"sqlite": SqliteSql(), "postgresql": PostgresSql()}


def database_url() -> str:
    """The configured store URL (`PREVENTION_DATABASE_URL`), SQLite by default."""
    return os.environ.get(DATABASE_URL_ENV, DEFAULT_DATABASE_URL)


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


def backend(store: Store) -> StoreBackend:
    """The store interface for this store: SQLite for a file, PostgreSQL for a schema."""
    if isinstance(store, PostgresStore):
        return PostgresBackend(store)
    return SqliteBackend(store)


def sql_for(bind: Engine | Connection) -> SqlDialect:
    """The SQL spellings of the database an engine or connection talks to."""
    return _DIALECTS[bind.dialect.name]


def read_only_engine(path: Store) -> Engine:
    """An engine that cannot write: SQLite opens the file with mode=ro and query_only is on;
    on PostgreSQL every transaction starts READ ONLY."""
    return backend(path).read_only_engine()


def writable_engine(path: Store) -> Engine:
    """An engine for build and ingest only; the public app never calls this."""
    return backend(path).writable_engine()


def store_state(path: Store) -> StoreState:
    """Look at a store without trusting it: missing, empty, corrupt or an older schema."""
    return backend(path).state()


def remove_stale_temporaries(path: Store) -> list:
    """Delete half-written releases left by a build or ingest that was killed.

    On SQLite they are files named `<store>.tmp-<pid>` (build), `<store>.ingest-<pid>`
    (ingest) or `<store>.tmp-<pid>.ingest-<pid>`, with SQLite's side files; on PostgreSQL
    they are schemas, and the names of those removed are returned.
    """
    return backend(path).remove_stale()
