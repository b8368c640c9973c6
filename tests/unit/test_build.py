"""Building the store from the seed: complete, sourced, audited, atomic, read-only for the app."""

import csv
import itertools
import socket
import sqlite3
from pathlib import Path

import frictionless
import pandas as pd
import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from prevention import build as build_module
from prevention.__main__ import main
from prevention.store.db import PostgresStore, Store, read_only_engine, store_state
from tests import stores

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "seed"


FRESH = itertools.count(1)


def _count(store: Store, sql: str) -> int:
    return int(stores.scalar(store, sql))


@pytest.fixture
def official(backend, request) -> Store:
    """The session's seed-only store on each backend (read, never changed)."""
    return request.getfixturevalue("official_store" if backend == "sqlite" else "pg_official_store")


@pytest.fixture
def seeded(backend, request) -> Store:
    """The session's default store (with illustrative data) on each backend."""
    return request.getfixturevalue("seed_store" if backend == "sqlite" else "pg_seed_store")


@pytest.fixture
def fresh(backend, request, tmp_path) -> Store:
    """Where no store exists yet: a file name, or a schema name on the session's server."""
    if backend == "sqlite":
        yield tmp_path / "store.db"
        return
    store = PostgresStore(request.getfixturevalue("pg_cluster").url(), f"fresh_{next(FRESH)}")
    yield store
    stores.drop(store)


def test_seed_store_has_every_area(official):
    assert _count(official, "SELECT count(*) FROM areas WHERE level='municipality'") == 60
    assert _count(official, "SELECT count(*) FROM areas WHERE level='county'") == 10
    assert _count(official, "SELECT count(*) FROM areas WHERE level='country'") == 1


def test_every_seed_observation_is_stored_with_its_source(official):
    with open(SEED / "observations.csv", encoding="utf-8") as handle:
        seed_rows = list(csv.DictReader(handle))
    with read_only_engine(official).connect() as connection:
        stored = pd.read_sql_query(text("SELECT * FROM observations"), connection)
    assert len(stored) == len(seed_rows)
    national = stored[stored["area_code"] == "LT"]
    assert len(national) >= 199
    assert stored["source_id"].notna().all()
    # The national figures are stored as published: never suppressed, never changed.
    seed = pd.DataFrame(seed_rows)
    seed = seed[seed["area_code"] == "LT"]
    published = pd.to_numeric(seed["value"], errors="coerce").dropna().sort_values()
    assert list(national["value"].dropna().sort_values()) == list(published)


def test_one_preferred_value_per_cell(official):
    duplicates = _count(
        official,
        """SELECT count(*) FROM (SELECT 1 FROM observations WHERE preferred = TRUE
           GROUP BY indicator_code, area_code, period_type, period_label,
                    breakdown_dimension, breakdown_category, unit HAVING count(*) > 1) AS d""",
    )
    assert duplicates == 0


def test_illustrative_rows_are_marked_and_small_counts_suppressed(seeded):
    seed_store = seeded
    assert _count(seed_store, "SELECT count(*) FROM observations WHERE status='illustrative'") > 0
    small = _count(
        seed_store,
        """SELECT count(*) FROM observations o JOIN indicators i ON i.code = o.indicator_code
           WHERE i.disclosure_class = 'personal' AND o.area_code != 'LT'
             AND o.value BETWEEN 1 AND 4""",
    )
    assert small == 0
    assert _count(seed_store, "SELECT count(*) FROM observations WHERE status='suppressed'") > 0
    assert (
        _count(
            seed_store,
            "SELECT count(*) FROM observations WHERE status='suppressed' AND value IS NOT NULL",
        )
        == 0
    )


def test_build_and_check_commands_succeed(fresh, capsys):
    path = fresh
    database = stores.argument(path)
    assert main(["build", "--database", database]) == 0
    assert main(["check", "--database", database]) == 0
    assert "release 1" in capsys.readouterr().out
    assert main(["build", "--database", database]) == 0  # a second build is release 2
    assert _count(path, "SELECT max(id) FROM releases") == 2
    assert main(["build", "--if-needed", "--database", database]) == 0
    assert _count(path, "SELECT max(id) FROM releases") == 2


def test_failed_audit_leaves_the_old_store_untouched(fresh, monkeypatch):
    path = fresh
    build_module.build(path, illustrative=False)
    before = stores.fingerprint(path)

    class Failing:
        ok = False
        summary: dict = {}

    monkeypatch.setattr(build_module.audit, "audit_store", lambda engine: Failing())
    monkeypatch.setattr(build_module.audit, "format_report", lambda report: "planted failure")
    with pytest.raises(build_module.BuildError, match="planted failure"):
        build_module.build(path, illustrative=False)
    assert stores.fingerprint(path) == before
    # No temporary file or schema left behind (the writers' lock file stays, by design).
    assert stores.leftovers(path) == []


def test_the_app_engine_cannot_write(official):
    engine = read_only_engine(official)
    with pytest.raises(DBAPIError, match="readonly|read-only|query_only"):
        with engine.begin() as connection:
            connection.execute(text("DELETE FROM observations"))
    assert store_state(official).ok


def test_store_state_names_each_problem(tmp_path):
    assert store_state(tmp_path / "none.db").problem == "missing"
    (tmp_path / "empty.db").write_bytes(b"")
    assert store_state(tmp_path / "empty.db").problem == "empty"
    (tmp_path / "junk.db").write_bytes(b"not a database" * 200)
    assert store_state(tmp_path / "junk.db").problem == "not_database"
    sqlite3.connect(tmp_path / "old.db").execute(
        "CREATE TABLE meta (key, value)"
    ).connection.commit()
    assert store_state(tmp_path / "old.db").problem in {"old_schema", "not_database"}


def test_postgresql_store_state_names_each_problem(pg_cluster):
    server = PostgresStore(pg_cluster.url(), "states")
    try:
        assert store_state(server).problem == "missing"
        stores.execute(server, "CREATE SCHEMA states")
        assert store_state(server).problem == "empty"
        stores.execute(server, "CREATE TABLE states.meta (key text, value text)")
        assert store_state(server).problem == "not_database"  # no observations table
        stores.execute(
            server,
            "CREATE TABLE states.observations (id int)",
            "INSERT INTO states.meta VALUES ('schema_version', '0')",
        )
        assert store_state(server).problem == "old_schema"
    finally:
        stores.drop(server)
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    away = PostgresStore(f"postgresql+psycopg://nobody@127.0.0.1:{closed}/none")
    assert store_state(away).problem == "unreachable"


def test_export_writes_every_table_and_a_bilingual_datapackage(official, tmp_path):
    import json

    database = stores.argument(official)
    assert main(["export", "--database", database, "--out", str(tmp_path)]) == 0
    package = json.loads((tmp_path / "datapackage.json").read_text("utf-8"))
    names = {resource["name"] for resource in package["resources"]}
    assert {"observations", "sources", "areas", "measures"} <= names
    for resource in package["resources"]:
        assert (tmp_path / resource["path"]).exists()
        for field in resource["schema"]["fields"]:
            assert field["title"] != field["name"] or field["name"] in {"key"}, field
            assert field["title_lt"]
    # Why a cell was hidden stays in the store: one public status.
    observations = pd.read_csv(tmp_path / "observations.csv", dtype=str)
    assert "suppression" not in observations.columns
    hidden = observations[observations["status"] == "suppressed"]
    assert hidden["note"].isna().all()
    # The reference library agrees that every file matches the schema the package declares.
    report = frictionless.validate(str(tmp_path / "datapackage.json"))
    assert report.valid, [error.message for task in report.tasks for error in task.errors][:5]
    assert observations["year"].dropna().str.fullmatch(r"\d{4}").all()  # 2011, not 2011.0


def test_postgresql_export_matches_sqlite(official_store, pg_official_store, tmp_path):
    """The same release exports to the same files, field types and rows on either backend."""
    import json

    for name, store in (("sqlite", official_store), ("postgresql", pg_official_store)):
        assert (
            main(["export", "--database", stores.argument(store), "--out", str(tmp_path / name)])
            == 0
        )
    packages = [
        json.loads((tmp_path / n / "datapackage.json").read_text("utf-8"))
        for n in ("sqlite", "postgresql")
    ]
    fields = [
        {r["name"]: [(f["name"], f["type"]) for f in r["schema"]["fields"]] for r in p["resources"]}
        for p in packages
    ]
    assert fields[0] == fields[1]
    for resource in packages[0]["resources"]:
        if resource["name"] == "releases":  # built at different moments
            continue
        frames = [
            pd.read_csv(tmp_path / n / resource["path"], dtype=str)
            .sort_values(by=[f[0] for f in fields[0][resource["name"]]])
            .reset_index(drop=True)
            for n in ("sqlite", "postgresql")
        ]  # row order is the database's own: compare the rows, not their order
        pd.testing.assert_frame_equal(frames[0], frames[1], check_dtype=False)
