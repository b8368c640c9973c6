"""The store on PostgreSQL: each release is a schema, published by renaming it over the live one.

`PostgresBackend` is the store interface (`prevention.store.backend`) for a `PostgresStore`.

A build or an ingest writes the next release into a schema of its own (`<schema>_tmp_<n>`,
`<schema>_ingest_<n>`), audits it there, then publishes: one transaction renames the live
schema aside and the new one to the live name, and the old release is dropped after that
commit. Connections find tables through `search_path`, so a query sees the old release or
the new one, never a mix, and nobody waits for the swap. A killed writer leaves only a
schema that was never published; the next writer drops it.
"""

import logging
import os
import threading
import zlib
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import UTC

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from sqlalchemy.pool import NullPool
from sqlmodel import SQLModel

from prevention.store.backend import SCHEMA_NAME, PostgresStore, Store, StoreState
from prevention.store.models import SCHEMA_VERSION

log = logging.getLogger(__name__)

ROLE_MAX = 63  # PostgreSQL's identifier length
# Seconds to wait for the server before the app says the store is unreachable.
CONNECT_TIMEOUT = 5
# Schemas beside the live one: a release being built or ingested, and one being dropped.
STAGING_KINDS = ("tmp", "ingest", "old")

# A role that may only read the live release (docs/deploy.md): every publish grants it USAGE
# on the new schema and SELECT on its tables, so the app can log in as a role that cannot
# write even if its session asks to (default_transaction_read_only is only a default).
READER_ROLE_ENV = "PREVENTION_DATABASE_READER"

_SHARED: dict[PostgresStore, Engine] = {}
_SHARED_LOCK = threading.Lock()


def reader_role() -> str | None:
    """The reader role to grant each new release to, if one is configured."""
    role = os.environ.get(READER_ROLE_ENV, "").strip()
    if not role:
        return None
    # Role names go into GRANT unquoted, so only plain lower-case identifiers are accepted.
    if not SCHEMA_NAME.fullmatch(role) or len(role) > ROLE_MAX:
        raise ValueError(f"{READER_ROLE_ENV} must match {SCHEMA_NAME.pattern}, got {role!r}")
    return role


def read_only_engine(store: PostgresStore) -> Engine:
    """Read-only on the server: every transaction starts READ ONLY (`default_transaction_...`).

    The live store's engine is pooled and shared by everyone in the process (the app's one
    engine, the status check); a staging schema's engine keeps no connection open.
    """
    if store.staging:
        return _engine(store, read_only=True, pooled=False)
    with _SHARED_LOCK:
        if store not in _SHARED:
            _SHARED[store] = _engine(store, read_only=True, pooled=True)
        return _SHARED[store]


def writable_engine(store: PostgresStore) -> Engine:
    """An engine for build and ingest only; it keeps no connection once the caller is done."""
    return _engine(store, read_only=False, pooled=False)


def dispose_engines() -> None:
    """Close every pooled connection (tests do this before they drop a database)."""
    with _SHARED_LOCK:
        for engine in _SHARED.values():
            engine.dispose()
        _SHARED.clear()


def _engine(store: PostgresStore, *, read_only: bool, pooled: bool) -> Engine:
    """Tables are found through search_path, so the same SQL runs on SQLite and here."""
    options = f"-c search_path={store.schema}"
    if read_only:
        options += " -c default_transaction_read_only=on"
    connect_args = {
        "options": options,
        "connect_timeout": CONNECT_TIMEOUT,
        "application_name": "prevention-monitor",
    }
    if pooled:
        return create_engine(store.url, connect_args=connect_args, pool_pre_ping=True)
    return create_engine(store.url, connect_args=connect_args, poolclass=NullPool)


def store_state(store: PostgresStore) -> StoreState:
    """Server unreachable, schema missing or empty, an older schema version, or fine."""
    try:
        connection = read_only_engine(store).connect()
    except SQLAlchemyError as error:
        return StoreState(False, "unreachable", _reason(error))
    try:
        with connection:
            if not _schema_exists(connection, store.schema):
                return StoreState(False, "missing", str(store))
            tables = connection.execute(
                text(
                    "SELECT count(*) FROM pg_tables WHERE schemaname = :schema "
                    "AND tablename IN ('meta', 'observations')"
                ),
                {"schema": store.schema},
            ).scalar_one()
            if tables == 0:
                return StoreState(False, "empty", str(store))
            row = connection.execute(
                text("SELECT value FROM meta WHERE key = 'schema_version'")
            ).first()
            connection.execute(text("SELECT 1 FROM observations LIMIT 1")).all()
    except DBAPIError as error:
        return StoreState(False, "not_database", _reason(error))
    if row is None or int(row[0]) != SCHEMA_VERSION:
        found = "none" if row is None else row[0]
        return StoreState(False, "old_schema", f"schema {found}, expected {SCHEMA_VERSION}")
    return StoreState(True)


def release_fingerprint(engine: Engine, store: PostgresStore) -> int | None:
    """The live schema's object id: every publish renames a new schema into place."""
    with engine.connect() as connection:
        return connection.execute(
            text("SELECT oid FROM pg_namespace WHERE nspname = :schema"),
            {"schema": store.schema},
        ).scalar()


def built_at(store: PostgresStore) -> float:
    """When the live release was written (seconds since the epoch), for `build --if-needed`."""
    with read_only_engine(store).connect() as connection:
        created = connection.execute(text("SELECT max(created_at) FROM releases")).scalar_one()
    return created.replace(tzinfo=UTC).timestamp()


@contextmanager
def staging(store: PostgresStore, kind: str) -> Iterator[PostgresStore]:
    """A new empty schema beside the store, dropped on the way out unless it was published.

    It is named after the server process of a connection held open meanwhile: when the
    writer dies its connection ends, and that is how the next writer knows it is stale.
    """
    engine = _engine(store, read_only=False, pooled=False)
    try:
        with engine.connect() as keeper:
            keeper = keeper.execution_options(isolation_level="AUTOCOMMIT")
            backend = keeper.execute(text("SELECT pg_backend_pid()")).scalar_one()
            staged = store.beside(kind, backend)
            keeper.execute(text(f"DROP SCHEMA IF EXISTS {staged.schema} CASCADE"))
            keeper.execute(text(f"CREATE SCHEMA {staged.schema}"))
            try:
                yield staged
            finally:
                keeper.execute(text(f"DROP SCHEMA IF EXISTS {staged.schema} CASCADE"))
    finally:
        engine.dispose()


def copy_release(source: PostgresStore, target: PostgresStore) -> None:
    """Every table of the live release into an empty staging schema, ids and all."""
    engine = writable_engine(target)
    SQLModel.metadata.create_all(engine)
    with engine.begin() as connection:
        for table in SQLModel.metadata.sorted_tables:
            columns = ", ".join(f'"{column.name}"' for column in table.columns)
            connection.execute(
                text(
                    f'INSERT INTO {target.schema}."{table.name}" ({columns}) '
                    f'SELECT {columns} FROM {source.schema}."{table.name}"'
                )
            )
            counter = table.autoincrement_column
            if counter is not None:  # new rows continue after the copied ids
                connection.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence(:table, :column), "
                        f'coalesce(max("{counter.name}"), 0) + 1, false) FROM "{table.name}"'
                    ),
                    {"table": f"{target.schema}.{table.name}", "column": counter.name},
                )
    engine.dispose()


def publish(staged: PostgresStore, store: PostgresStore) -> None:
    """Rename the live schema aside and the staged one into its place in one transaction.

    Renaming takes no lock on the tables, so readers never wait for it; dropping the old
    release afterwards waits only for queries still reading it. With a reader role set
    (READER_ROLE_ENV), the new release is readable by that role and by no other non-owner.
    """
    reader = reader_role()
    engine = _engine(store, read_only=False, pooled=False)
    try:
        with engine.begin() as connection:
            if reader:  # granted before the rename: the release goes live readable, or not at all
                connection.execute(text(f"GRANT USAGE ON SCHEMA {staged.schema} TO {reader}"))
                connection.execute(
                    text(f"GRANT SELECT ON ALL TABLES IN SCHEMA {staged.schema} TO {reader}")
                )
            backend = connection.execute(text("SELECT pg_backend_pid()")).scalar_one()
            aside = store.beside("old", backend).schema
            live = _schema_exists(connection, store.schema)
            if live:
                connection.execute(text(f"ALTER SCHEMA {store.schema} RENAME TO {aside}"))
            connection.execute(text(f"ALTER SCHEMA {staged.schema} RENAME TO {store.schema}"))
        if live:
            with engine.begin() as connection:
                connection.execute(text(f"DROP SCHEMA {aside} CASCADE"))
    finally:
        engine.dispose()


def remove_stale_schemas(store: PostgresStore) -> list[str]:
    """Drop staging schemas whose writer's connection has ended: they can never be published."""
    engine = _engine(store, read_only=False, pooled=False)
    removed = []
    try:
        with engine.connect() as connection:
            connection = connection.execution_options(isolation_level="AUTOCOMMIT")
            alive = {row[0] for row in connection.execute(text("SELECT pid FROM pg_stat_activity"))}
            names = connection.execute(
                text("SELECT nspname FROM pg_namespace WHERE starts_with(nspname, :prefix)"),
                {"prefix": f"{store.schema}_"},
            ).scalars()
            for name in list(names):
                kind, _, rest = name[len(store.schema) + 1 :].partition("_")
                backend = rest.split("_", 1)[0]
                if kind not in STAGING_KINDS or not backend.isdigit() or int(backend) in alive:
                    continue
                connection.execute(text(f"DROP SCHEMA IF EXISTS {name} CASCADE"))
                removed.append(name)
    finally:
        engine.dispose()
    return removed


@contextmanager
def writer_lock(store: PostgresStore) -> Iterator[bool]:
    """One writer per store across every machine: a session advisory lock on the server.

    Yields False when another session holds it; the server frees it if this process dies.
    """
    key = zlib.crc32(f"prevention-store:{store.schema}".encode())
    engine = _engine(store, read_only=False, pooled=False)
    try:
        with engine.connect() as connection:
            connection = connection.execution_options(isolation_level="AUTOCOMMIT")
            locked = connection.execute(
                text("SELECT pg_try_advisory_lock(:key)"), {"key": key}
            ).scalar_one()
            if not locked:
                yield False
                return
            try:
                yield True
            finally:
                connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": key})
    finally:
        engine.dispose()


def _schema_exists(connection: Connection, schema: str) -> bool:
    """Whether a schema of that name exists in the database."""
    found = connection.execute(
        text("SELECT 1 FROM pg_namespace WHERE nspname = :schema"), {"schema": schema}
    ).first()
    return found is not None


def _reason(error: SQLAlchemyError) -> str:
    """The server's message without SQLAlchemy's statement and link (for logs and the CLI)."""
    return str(getattr(error, "orig", None) or error).strip()


class PostgresSql:
    """PostgreSQL's spellings."""

    def ordered_join(self, column: str, rows: str, *, order: str) -> str:
        return f"(SELECT string_agg({column}, ';' ORDER BY {order}) FROM {rows})"

    def distinct_join(self, column: str) -> str:
        return f"string_agg(DISTINCT {column}, ',')"

    def foreign_key_problems(self, connection: Connection) -> list[tuple[str, int, str]]:
        return []  # PostgreSQL enforces foreign keys on every write


class PostgresBackend:
    """A release in one schema of a PostgreSQL database (the functions above, as methods)."""

    sql = PostgresSql()
    polled = True

    def __init__(self, store: PostgresStore) -> None:
        self.store: PostgresStore = store

    def read_only_engine(self) -> Engine:
        return read_only_engine(self.store)

    def writable_engine(self) -> Engine:
        return writable_engine(self.store)

    def state(self) -> StoreState:
        return store_state(self.store)

    def make_room(self) -> None:
        pass  # schemas are created by staging() and publish(); the database must exist

    def remove_stale(self) -> list:
        return remove_stale_schemas(self.store)

    def staged(self, kind: str) -> AbstractContextManager[Store]:
        return staging(self.store, kind)

    def copy_release(self, target: Store) -> None:
        assert isinstance(target, PostgresStore), "a schema is copied to a schema"
        copy_release(self.store, target)

    def publish(self, staged: Store) -> None:
        assert isinstance(staged, PostgresStore), "a schema is published from a schema"
        publish(staged, self.store)

    def writer_lock(self) -> AbstractContextManager[bool]:
        return writer_lock(self.store)

    def built_at(self) -> float:
        return built_at(self.store)

    def release_fingerprint(self) -> object:
        """The live schema's object id (SQLAlchemyError when the server is away), asked
        through the process's one shared read-only engine."""
        return release_fingerprint(read_only_engine(self.store), self.store)

    def place(self) -> str:
        return f"the database server of {self.store}"
