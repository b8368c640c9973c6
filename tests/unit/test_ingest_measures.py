"""Measure submissions: the template is accepted, every bad cell is named, --replace replaces."""

from pathlib import Path

import pytest

from prevention.__main__ import main
from prevention.build import build
from prevention.store.db import Store
from tests import stores

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = (ROOT / "data" / "templates" / "measures.csv").read_text(encoding="utf-8")
HEADER = TEMPLATE.splitlines()[0] + "\n"
ROW = "2024-03,Paskaita,Lecture,,,awareness,youth,2024,2024,100,completed,,19,,\n"
KAUNAS = "Kauno m. sav."


@pytest.fixture
def store(official_copy: Store) -> Store:
    """A copy of the seed-only store (SQLite and PostgreSQL), with its own archive."""
    return official_copy


sha = stores.fingerprint


def ingest(store: Store, tmp_path: Path, content: str, *extra: str) -> int:
    file = tmp_path / "measures.csv"
    file.write_text(content, encoding="utf-8")
    database = stores.argument(store)
    return main(["ingest", str(file), "--database", database, "--institution", KAUNAS, *extra])


def test_template_is_accepted_with_places_and_partners(store, tmp_path, capsys):
    assert ingest(store, tmp_path, TEMPLATE) == 0
    assert capsys.readouterr().out.startswith("release 2: 2 rows added, 0 replaced")
    areas = stores.rows(
        store,
        "SELECT area_code FROM measure_areas WHERE measure_id = :id ORDER BY 1",
        id=f"{KAUNAS}:2024-02",
    )
    roles = stores.rows(
        store,
        "SELECT institution, role FROM measure_institutions WHERE measure_id = :id ORDER BY 2",
        id=f"{KAUNAS}:2024-01",
    )
    (measure,) = stores.rows(
        store,
        "SELECT lead_institution, source_id, release_id, illustrative, budget_eur "
        "FROM measures WHERE measure_id = :id",
        id=f"{KAUNAS}:2024-01",
    )
    assert areas == [("19",), ("21",)]
    assert roles == [(KAUNAS, "lead"), ("PD", "partner")]
    assert measure == (KAUNAS, "SUBMISSION-2", 2, 0, 1500.0)
    assert main(["check", "--database", stores.argument(store)]) == 0


BAD = {
    "unknown type": (ROW.replace("awareness", "dancing"), "column measure_type: 'dancing' is"),
    "unknown group": (ROW.replace("youth", "pets"), "column target_group: 'pets' is not one of"),
    "ends before it starts": (ROW.replace("2024,2024", "2024,2023"), "column end_year: ends"),
    "year out of range": (ROW.replace("2024,2024", "1990,2024"), "column start_year: year 1990"),
    "unknown partner": (
        ROW.replace(",completed,,", ",completed,XYZ,"),
        "column partner_institutions: unknown institution 'XYZ'",
    ),
    "unknown area": (ROW.replace(",19,", ",19;999,"), "column areas: unknown area code '999'"),
    "negative budget": (ROW.replace(",100,", ",-100,"), "column budget_eur: a budget cannot"),
    "budget not a number": (ROW.replace(",100,", ",1 000,"), "column budget_eur: not a number"),
    "no title": (ROW.replace("Paskaita,Lecture", ","), "column title_lt: empty"),
    "status not allowed": (ROW.replace("completed", "done"), "column status: 'done' is not"),
    "empty type": (ROW.replace("awareness", ""), "column measure_type: empty"),
}


# Validation reads the store the same way on both backends: these cases run on SQLite only.
@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("case", BAD)
def test_bad_measure_is_named_and_changes_nothing(store, tmp_path, capsys, case):
    row, message = BAD[case]
    before = sha(store)
    assert ingest(store, tmp_path, HEADER + ROW + row.replace("2024-03", "2024-04")) == 1
    err = capsys.readouterr().err
    assert f"line 3, {message}" in err, err
    assert "line 2" not in err
    assert sha(store) == before


def test_duplicate_id_in_file_and_in_store(store, tmp_path, capsys):
    before = sha(store)
    assert ingest(store, tmp_path, HEADER + ROW + ROW) == 1
    assert "line 3, column measure_id: the same measure_id as line 2" in capsys.readouterr().err
    assert sha(store) == before
    assert ingest(store, tmp_path, TEMPLATE) == 0
    before = sha(store)
    assert ingest(store, tmp_path, TEMPLATE) == 1
    assert f"line 2, column measure_id: {KAUNAS} already submitted 2024-01" in (
        capsys.readouterr().err
    )
    assert sha(store) == before
    assert ingest(store, tmp_path, TEMPLATE.replace("4000", "5000"), "--replace") == 0
    assert "0 rows added, 2 replaced" in capsys.readouterr().out
    budget = stores.scalar(
        store, "SELECT budget_eur FROM measures WHERE measure_id = :id", id=f"{KAUNAS}:2024-02"
    )
    assert budget == 5000.0


def test_measures_survive_a_rebuild(store, tmp_path):
    assert ingest(store, tmp_path, TEMPLATE) == 0
    query = (
        "SELECT m.measure_id, title_lt, measure_type, target_group, start_year, end_year, "
        "budget_eur, status, national, min(a.area_code), max(a.area_code), count(*) "
        "FROM measures m JOIN measure_areas a USING (measure_id) WHERE lead_institution = :lead "
        "GROUP BY m.measure_id ORDER BY m.measure_id"
    )
    before = stores.rows(store, query, lead=KAUNAS)
    build(store, illustrative=False)
    assert stores.rows(store, query, lead=KAUNAS) == before
    assert len(before) == 2
