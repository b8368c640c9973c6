"""A reader role on PostgreSQL: it reads every published release and can write nothing."""

import pytest
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.exc import ProgrammingError

from prevention.build import build
from prevention.store import pg
from prevention.store.db import PostgresStore, store_state

READER = "prevention_reader_test"


@pytest.fixture
def reader(pg_cluster):
    """A login role with no rights of its own, dropped afterwards."""
    admin = create_engine(pg_cluster.url(), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f"DROP ROLE IF EXISTS {READER}"))
        connection.execute(text(f"CREATE ROLE {READER} LOGIN"))
    yield make_url(pg_cluster.url()).set(username=READER).render_as_string(hide_password=False)
    pg.dispose_engines()
    with admin.connect() as connection:
        connection.execute(text("DROP SCHEMA IF EXISTS readable CASCADE"))
        connection.execute(text(f"DROP OWNED BY {READER}"))
        connection.execute(text(f"DROP ROLE {READER}"))
    admin.dispose()


def test_the_reader_reads_each_new_release_and_writes_nothing(pg_cluster, reader, monkeypatch):
    monkeypatch.setenv(pg.READER_ROLE_ENV, READER)
    owner = PostgresStore(pg_cluster.url(), "readable")
    build(owner, illustrative=False)
    as_reader = PostgresStore(reader, "readable")
    assert store_state(as_reader).ok

    build(owner, illustrative=False)  # a new release: a new schema, granted again
    pg.dispose_engines()
    assert store_state(as_reader).ok
    engine = create_engine(reader)
    with engine.connect() as connection:
        connection.execute(text("SET search_path = readable"))
        assert connection.execute(text("SELECT count(*) FROM observations")).scalar_one() > 0
        connection.execute(text("SET default_transaction_read_only = off"))
        with pytest.raises(ProgrammingError, match="permission denied"):
            connection.execute(text("DELETE FROM observations"))
    engine.dispose()


def test_without_the_setting_the_role_cannot_read(pg_cluster, reader, monkeypatch):
    monkeypatch.delenv(pg.READER_ROLE_ENV, raising=False)
    build(PostgresStore(pg_cluster.url(), "readable"), illustrative=False)
    state = store_state(PostgresStore(reader, "readable"))
    assert not state.ok


def test_a_role_name_that_is_not_a_plain_identifier_is_refused(monkeypatch):
    monkeypatch.setenv(pg.READER_ROLE_ENV, "reader; DROP SCHEMA prevention")
    with pytest.raises(ValueError, match=pg.READER_ROLE_ENV):
        pg.reader_role()
