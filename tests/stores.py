"""Store helpers the tests share, for a SQLite file and a PostgreSQL schema alike."""

import hashlib
import itertools
import shutil
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlmodel import SQLModel

from prevention.store import pg
from prevention.store.db import PostgresStore, Store, writable_engine

_NAMES = itertools.count(1)


def argument(store: Store) -> str:
    """What `--database` takes: the file, or the URL with its schema."""
    if isinstance(store, Path):
        return str(store)
    url = make_url(store.url).update_query_dict({"schema": store.schema})
    return url.render_as_string(hide_password=False)


def url(store: Store) -> str:
    """The PREVENTION_DATABASE_URL naming this store."""
    return f"sqlite:///{store}" if isinstance(store, Path) else argument(store)


def rows(store: Store, sql: str, **params: object) -> list[tuple]:
    """Every row of one query (`:name` parameters)."""
    engine = writable_engine(store)
    try:
        with engine.connect() as connection:
            return [tuple(row) for row in connection.execute(text(sql), params)]
    finally:
        engine.dispose()


def scalar(store: Store, sql: str, **params: object) -> object:
    return rows(store, sql, **params)[0][0]


def execute(store: Store, *statements: str, checks: bool = True) -> None:
    """Write past the application, in one transaction; `checks=False` as a broken tool might."""
    engine = writable_engine(store)
    try:
        with engine.begin() as connection:
            if not checks:  # SQLite takes the pragma only before its transaction begins
                sqlite = isinstance(store, Path)
                off = (
                    "PRAGMA foreign_keys = OFF"
                    if sqlite
                    else "SET LOCAL session_replication_role = replica"
                )
                connection.execute(text(off))
            for sql in statements:
                connection.execute(text(sql))
    finally:
        engine.dispose()


def fingerprint(store: Store) -> str:
    """Changes whenever the served release does: the file's bytes, or the schema and its rows."""
    if isinstance(store, Path):
        return hashlib.sha256(store.read_bytes()).hexdigest()
    digest = hashlib.sha256()
    engine = writable_engine(store)
    try:
        with engine.connect() as connection:
            oid = connection.execute(
                text("SELECT oid FROM pg_namespace WHERE nspname = :s"), {"s": store.schema}
            ).scalar()
            digest.update(str(oid).encode())
            for table in SQLModel.metadata.sorted_tables:
                content = connection.execute(
                    text(
                        f"SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) "
                        f'FROM "{table.name}" t'
                    )
                ).scalar()
                digest.update(f"{table.name}:{content}".encode())
    finally:
        engine.dispose()
    return digest.hexdigest()


def leftovers(store: Store) -> list[str]:
    """Half-written releases beside the store: files `<store>.*`, or schemas `<schema>_*`."""
    if isinstance(store, Path):
        return sorted(p.name for p in store.parent.iterdir() if p.name.startswith(f"{store.name}."))
    found = rows(
        store,
        "SELECT nspname FROM pg_namespace WHERE starts_with(nspname, :prefix) ORDER BY 1",
        prefix=f"{store.schema}_",
    )
    return [name for (name,) in found]


def copy(source: Store, folder: Path, name: str = "store") -> Store:
    """A store of the test's own with the same release: a file in `folder`, or a new schema."""
    if isinstance(source, Path):
        path = folder / f"{name}.db"
        shutil.copy(source, path)
        return path
    target = PostgresStore(source.url, f"{name}_{next(_NAMES)}")
    execute(source, f"CREATE SCHEMA {target.schema}")
    pg.copy_release(source, target)
    return target


def drop(store: Store) -> None:
    """Remove a PostgreSQL store and everything beside it (files go with tmp_path)."""
    if isinstance(store, Path):
        return
    pg.dispose_engines()
    for schema in [store.schema, *leftovers(store)]:
        execute(store, f"DROP SCHEMA IF EXISTS {schema} CASCADE")
