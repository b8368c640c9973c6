"""One store interface: the database is asked about in one place, the rest calls its methods."""

import re
from pathlib import Path

from sqlalchemy import create_engine, text

from prevention.store.db import backend, configured_store, sql_for
from prevention.store.pg import PostgresBackend
from prevention.store.sqlite import SqliteBackend

ROOT = Path(__file__).resolve().parents[2]
# The interface (backend.py), its two implementations and the one place that picks them.
INTERFACE = {"backend.py", "db.py", "sqlite.py", "pg.py"}
ASKS_WHICH_DATABASE = re.compile(r"isinstance\([^)]*(PostgresStore|Path\b)|dialect\.name")


def test_the_url_picks_the_implementation_once():
    server = backend(configured_store("postgresql+psycopg://app@db.example/monitor?schema=live"))
    assert isinstance(server, PostgresBackend)
    assert server.store.schema == "live"
    assert server.polled
    assert (
        server.place()
        == "the database server of postgresql+psycopg://app@db.example/monitor (schema live)"
    )
    local = backend(configured_store("sqlite:////srv/monitor/prevention.db"))
    assert isinstance(local, SqliteBackend)
    assert not local.polled
    assert local.place() == "/srv/monitor"


def test_sqlite_joins_in_the_order_asked():
    engine = create_engine("sqlite://")
    with engine.connect() as connection:
        connection.execute(text("CREATE TABLE t (name TEXT, rank INTEGER)"))
        connection.execute(text("INSERT INTO t VALUES ('b', 2), ('c', 3), ('a', 1), ('b', 4)"))
        joined = sql_for(connection).ordered_join("name", "t", order="rank DESC")
        assert connection.execute(text(f"SELECT {joined}")).scalar_one() == "b;c;b;a"
        distinct = sql_for(connection).distinct_join("name")
        found = connection.execute(text(f"SELECT {distinct} FROM t")).scalar_one()
        assert sorted(found.split(",")) == ["a", "b", "c"]


def test_only_the_interface_asks_which_database():
    askers = []
    for folder in ("prevention", "serving", "components", "app_pages"):
        for module in sorted((ROOT / folder).rglob("*.py")):
            if module.parent.name == "store" and module.name in INTERFACE:
                continue
            for number, line in enumerate(module.read_text(encoding="utf-8").splitlines(), 1):
                if ASKS_WHICH_DATABASE.search(line):
                    askers.append(f"{module.relative_to(ROOT)}:{number}: {line.strip()}")
    assert askers == []
