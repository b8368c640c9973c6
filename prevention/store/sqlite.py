"""The store as one SQLite file: `StoreBackend` for a `Path`.

The next release is written to a file `<store>.<kind>-<pid>` beside the store, flushed and
renamed over it, so a reader sees the old release or the new one, never a mix.
"""

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.pool import QueuePool
from sqlmodel import create_engine

from prevention.store.backend import Store, StoreState
from prevention.store.models import SCHEMA_VERSION, SQLModel

# `<store>.tmp-<pid>`, `<store>.ingest-<pid>`, and a build's replayed ingest staged beside its
# own temporary (`<store>.tmp-<pid>.ingest-<pid>`), each with SQLite's side files.
_STAGED = re.compile(r"((?:\.(?:tmp|ingest)-[0-9]+)+)(-journal|-wal|-shm)?", re.ASCII)
_STAGED_PID = re.compile(r"-([0-9]+)", re.ASCII)


class SqliteSql:
    """SQLite's spellings."""

    def ordered_join(self, column: str, rows: str, *, order: str) -> str:
        # SQLite before 3.44 takes no ORDER BY in an aggregate, but keeps a subquery's order.
        return (
            f"(SELECT group_concat({column}, ';') FROM "
            f"(SELECT {column} FROM {rows} ORDER BY {order}) AS ordered)"
        )

    def distinct_join(self, column: str) -> str:
        return f"group_concat(DISTINCT {column})"

    def foreign_key_problems(self, connection: Connection) -> list[tuple[str, int, str]]:
        # SQLite checks foreign keys only where a connection asked it to; it lists breaches.
        rows = connection.exec_driver_sql("PRAGMA foreign_key_check")
        return [(table, rowid, parent) for table, rowid, parent, _ in rows]


class SqliteBackend:
    """A release in one SQLite file."""

    sql = SqliteSql()
    polled = False

    def __init__(self, store: Path) -> None:
        self.store: Path = store

    def read_only_engine(self) -> Engine:
        """The file opened with mode=ro, and query_only on."""
        uri = f"file:{self.store.resolve()}?mode=ro"

        def connect() -> sqlite3.Connection:
            return sqlite3.connect(uri, uri=True, check_same_thread=False)

        # A queue of connections, each used by one thread at a time. Not the pool SQLAlchemy
        # picks for a "sqlite://" URL (SingletonThreadPool): it keeps one connection per thread
        # for at most 5 threads and closes the oldest when a sixth arrives, while its thread
        # may still be reading ("Cannot operate on a closed database" under load).
        engine = create_engine("sqlite://", creator=connect, poolclass=QueuePool)

        @event.listens_for(engine, "connect")
        def _query_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            # Belt and braces: even a bug that reached for a write would be refused.
            dbapi_connection.execute("PRAGMA query_only = ON")

        return engine

    def writable_engine(self) -> Engine:
        engine = create_engine(f"sqlite:///{self.store}", connect_args={"check_same_thread": False})

        @event.listens_for(engine, "connect")
        def _foreign_keys(dbapi_connection: sqlite3.Connection, _record: object) -> None:
            dbapi_connection.execute("PRAGMA foreign_keys = ON")

        return engine

    def state(self) -> StoreState:
        """Missing, empty, not a database, damaged, an older schema, or fine."""
        path = self.store
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

    def make_room(self) -> None:
        self.store.parent.mkdir(parents=True, exist_ok=True)

    def remove_stale(self) -> list:
        """Files `<store>.tmp-<pid>`, `<store>.ingest-<pid>` (or both, for a submission a build
        was replaying), with SQLite's own `-journal`, `-wal` or `-shm` beside them when the
        kill came mid-transaction; a file whose process is gone can never be published."""
        path = self.store
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

    @contextmanager
    def staged(self, kind: str) -> Iterator[Store]:
        path = self.store.with_name(f"{self.store.name}.{kind}-{os.getpid()}")
        path.unlink(missing_ok=True)
        try:
            yield path
        finally:
            path.unlink(missing_ok=True)

    def copy_release(self, target: Store) -> None:
        assert isinstance(target, Path), "a SQLite release is copied to a file"
        # SQLite's backup API copies a consistent snapshot even while the app is reading.
        reader = sqlite3.connect(f"file:{self.store.resolve()}?mode=ro", uri=True)
        writer = sqlite3.connect(target)
        try:
            reader.backup(writer)
        finally:
            writer.close()
            reader.close()

    def publish(self, staged: Store) -> None:
        """Flush the new file, rename it over the store, and flush the directory entry."""
        assert isinstance(staged, Path), "a SQLite release is published from a file"
        with sqlite3.connect(staged) as connection:
            connection.execute("PRAGMA wal_checkpoint")
        connection.close()
        with open(staged, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(staged, self.store)
        directory = os.open(self.store.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)

    @contextmanager
    def writer_lock(self) -> Iterator[bool]:
        """A lock file beside the store ("<store>-ingest.lock", covered by the store's gitignore
        pattern). filelock takes the operating system's lock (fcntl on Unix, msvcrt on
        Windows), which the system frees when the process dies; a second writer, in another
        process or another thread, is refused at once rather than queued."""
        lock = FileLock(self.store.with_name(f"{self.store.name}-ingest.lock"))
        try:
            lock.acquire(timeout=0)
        except Timeout:
            yield False
            return
        try:
            yield True
        finally:
            lock.release()

    def built_at(self) -> float:
        return self.store.stat().st_mtime

    def release_fingerprint(self) -> object:
        """A release is a new file renamed over the old one: its inode changes (OSError when
        the file is missing or being replaced)."""
        status = self.store.stat()
        return (status.st_ino, status.st_mtime_ns, status.st_size)

    def place(self) -> str:
        return str(self.store.parent)


def _damage(connection: sqlite3.Connection) -> str | None:
    """What is wrong inside a store that opens: a table the pages read, or any page of the file.

    Damage confined to one table (the measures, say) passes the lighter checks above, and
    then every page that reads it fails. `PRAGMA quick_check` reads every page of the file
    (about a second at ten million observations); the app runs this only when the file
    changed (serving/caches.py), builds and ingests once per run.
    """
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


def _alive(pid: int) -> bool:
    """Whether a process with this id is running (signal 0 tests without touching it)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
