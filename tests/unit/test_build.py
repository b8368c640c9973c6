"""Building the store from the seed: complete, sourced, audited, atomic, read-only for the app."""

import csv
import hashlib
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from prevention import build as build_module
from prevention.__main__ import main
from prevention.db import read_only_engine, store_state

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "seed"


def _count(path: Path, sql: str) -> int:
    with sqlite3.connect(path) as connection:
        return connection.execute(sql).fetchone()[0]


def test_seed_store_has_every_area(official_store):
    assert _count(official_store, "SELECT count(*) FROM areas WHERE level='municipality'") == 60
    assert _count(official_store, "SELECT count(*) FROM areas WHERE level='county'") == 10
    assert _count(official_store, "SELECT count(*) FROM areas WHERE level='country'") == 1


def test_every_seed_observation_is_stored_with_its_source(official_store):
    with open(SEED / "observations.csv", encoding="utf-8") as handle:
        seed_rows = list(csv.DictReader(handle))
    stored = pd.read_sql_query("SELECT * FROM observations", sqlite3.connect(official_store))
    assert len(stored) == len(seed_rows)
    national = stored[stored["area_code"] == "LT"]
    assert len(national) >= 199
    assert stored["source_id"].notna().all()
    # The national figures are stored as published: never suppressed, never changed.
    seed = pd.DataFrame(seed_rows)
    seed = seed[seed["area_code"] == "LT"]
    published = pd.to_numeric(seed["value"], errors="coerce").dropna().sort_values()
    assert list(national["value"].dropna().sort_values()) == list(published)


def test_one_preferred_value_per_cell(official_store):
    duplicates = _count(
        official_store,
        """SELECT count(*) FROM (SELECT 1 FROM observations WHERE preferred = 1
           GROUP BY indicator_code, area_code, period_type, period_label,
                    breakdown_dimension, breakdown_category, unit HAVING count(*) > 1)""",
    )
    assert duplicates == 0


def test_illustrative_rows_are_marked_and_small_counts_suppressed(seed_store):
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


def test_build_and_check_commands_succeed(tmp_path, capsys):
    path = tmp_path / "store.db"
    assert main(["build", "--database", str(path)]) == 0
    assert main(["check", "--database", str(path)]) == 0
    assert "release 1" in capsys.readouterr().out
    assert main(["build", "--database", str(path)]) == 0  # a second build is release 2
    assert _count(path, "SELECT max(id) FROM releases") == 2
    assert main(["build", "--if-needed", "--database", str(path)]) == 0
    assert _count(path, "SELECT max(id) FROM releases") == 2


def test_failed_audit_leaves_the_old_store_untouched(tmp_path, monkeypatch):
    path = tmp_path / "store.db"
    build_module.build(path, illustrative=False)
    before = hashlib.sha256(path.read_bytes()).hexdigest()

    class Failing:
        ok = False
        summary: dict = {}

    monkeypatch.setattr(build_module.audit, "audit_store", lambda engine: Failing())
    monkeypatch.setattr(build_module.audit, "format_report", lambda report: "planted failure")
    with pytest.raises(build_module.BuildError, match="planted failure"):
        build_module.build(path, illustrative=False)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    # No temporary file left behind (the writers' lock file stays, empty, by design).
    assert sorted(tmp_path.iterdir()) == [path, tmp_path / "store.db-ingest.lock"]


def test_the_app_engine_cannot_write(official_store):
    engine = read_only_engine(official_store)
    with pytest.raises(OperationalError, match="readonly|read-only|query_only"):
        with engine.begin() as connection:
            connection.execute(text("DELETE FROM observations"))
    assert store_state(official_store).ok


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


def test_export_writes_every_table_and_a_bilingual_datapackage(official_store, tmp_path):
    import json

    assert main(["export", "--database", str(official_store), "--out", str(tmp_path)]) == 0
    package = json.loads((tmp_path / "datapackage.json").read_text("utf-8"))
    names = {resource["name"] for resource in package["resources"]}
    assert {"observations", "sources", "areas", "measures"} <= names
    for resource in package["resources"]:
        assert (tmp_path / resource["path"]).exists()
        for field in resource["schema"]["fields"]:
            assert field["title"] != field["name"] or field["name"] in {"key"}, field
            assert field["title_lt"]
