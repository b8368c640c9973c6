"""Where the store lives and how to open it: read-only for the public app, writable for builds."""

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlmodel import create_engine

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATABASE_URL = "sqlite:///data/prevention.db"
DATABASE_URL_ENV = "PREVENTION_DATABASE_URL"


def database_url() -> str:
    """The configured store URL (`PREVENTION_DATABASE_URL`), SQLite by default."""
    return os.environ.get(DATABASE_URL_ENV, DEFAULT_DATABASE_URL)


def database_path(url: str | None = None) -> Path:
    """The SQLite file behind a URL; relative paths are taken from the repository root."""
    url = url or database_url()
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        raise ValueError(f"only sqlite:/// URLs are supported, got {url!r}")
    path = Path(url[len(prefix) :])
    return path if path.is_absolute() else REPO_ROOT / path


def read_only_engine(path: Path) -> Engine:
    """An engine that cannot write: SQLite opens the file with mode=ro and query_only is on."""
    uri = f"file:{path.resolve()}?mode=ro"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, check_same_thread=False)

    engine = create_engine("sqlite://", creator=connect)

    @event.listens_for(engine, "connect")
    def _query_only(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        # Belt and braces: even a bug that reached for a write would be refused.
        dbapi_connection.execute("PRAGMA query_only = ON")

    return engine


def writable_engine(path: Path) -> Engine:
    """An engine for build and ingest only; the public app never calls this."""
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _foreign_keys(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute("PRAGMA foreign_keys = ON")

    return engine


@dataclass(frozen=True)
class StoreState:
    """Whether a store file can be served, and if not, why (a catalogue key for the page)."""

    ok: bool
    problem: str | None = None  # missing / empty / not_database / old_schema / locked
    detail: str = ""


def store_state(path: Path) -> StoreState:
    """Look at a store file without trusting it: missing, empty, corrupt or an older schema."""
    from prevention.models import SCHEMA_VERSION

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
    return StoreState(True)


def remove_stale_temporaries(path: Path) -> list[Path]:
    """Delete half-written releases left by a build or ingest that was killed.

    They are named `<store>.tmp-<pid>` (build) and `<store>.ingest-<pid>` (ingest); a file
    whose process is gone can never be published, so it is only taking disk space.
    """
    removed = []
    for candidate in path.parent.glob(f"{path.name}.*-*"):
        kind, _, pid = candidate.name[len(path.name) + 1 :].partition("-")
        if kind not in ("tmp", "ingest") or not pid.isdigit() or _alive(int(pid)):
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
