"""Two releases read side by side must not reveal what either hides (differencing attacks)."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from prevention.__main__ import main
from prevention.audit import compare_releases
from prevention.build import build
from prevention.db import read_only_engine
from tests.unit.test_ingest import HEADER, V, ingest, sha

KAUNAS = "19"


def submission(total: int, female: int, male: int) -> str:
    return HEADER + (
        f"{V},{KAUNAS},2024,none,,{total},persons\n"
        f"{V},{KAUNAS},2024,sex,female,{female},persons\n"
        f"{V},{KAUNAS},2024,sex,male,{male},persons\n"
    )


def statuses(store: Path) -> dict[str, tuple]:
    with sqlite3.connect(store) as connection:
        rows = connection.execute(
            "SELECT breakdown_category, value, status FROM observations "
            "WHERE source_id LIKE 'SUBMISSION-%' AND area_code = ? AND preferred",
            (KAUNAS,),
        ).fetchall()
    return {category: (value, status) for category, value, status in rows}


@pytest.fixture
def store(official_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("PREVENTION_SUBMISSIONS_DIR", str(tmp_path / "archive"))
    path = tmp_path / "store.db"
    shutil.copy(official_store, path)
    return path


def test_a_revised_cell_stays_hidden_so_the_old_one_cannot_be_recovered(store, tmp_path):
    # Release 2 hides 3 women and, to protect them, 6 men; the total 9 is published.
    assert ingest(store, tmp_path, submission(9, 3, 6)) == 0
    previous = tmp_path / "release-2.db"
    shutil.copy(store, previous)
    # Release 3 revises women to 5: published, it would give 9 - 6 = 3 for release 2.
    assert ingest(store, tmp_path, submission(11, 5, 6), "--replace") == 0
    assert statuses(store) == {
        "": (11.0, "published"),
        "female": (None, "suppressed"),
        "male": (None, "suppressed"),
    }
    assert compare_releases(read_only_engine(previous), read_only_engine(store)) == []
    assert main(["check", "--database", str(store)]) == 0


def test_comparison_catches_a_previously_hidden_cell_published(store, tmp_path):
    assert ingest(store, tmp_path, submission(9, 3, 6)) == 0
    previous = tmp_path / "release-2.db"
    shutil.copy(store, previous)
    planted = tmp_path / "planted.db"
    shutil.copy(store, planted)
    with sqlite3.connect(planted) as connection:
        connection.execute(
            "UPDATE observations SET value = 6, status = 'published', suppression = NULL "
            "WHERE source_id LIKE 'SUBMISSION-%' AND breakdown_category = 'male'"
        )
    problems = compare_releases(read_only_engine(previous), read_only_engine(planted))
    assert any("was suppressed in the previous release" in p for p in problems), problems


def test_a_revision_that_old_values_would_solve_is_refused(store, tmp_path, capsys):
    # Release 2 publishes everything; release 3 would hide women (3) and men (6) but the
    # men's unchanged 6 from release 2 and the new total 9 give the women away.
    assert ingest(store, tmp_path, submission(12, 6, 6)) == 0
    before = sha(store)
    assert ingest(store, tmp_path, submission(9, 3, 6), "--replace") == 1
    err = capsys.readouterr().err
    assert "would reveal suppressed cells" in err and "read together" in err
    assert sha(store) == before


def test_rebuilding_keeps_the_suppression_pattern(store, tmp_path):
    assert ingest(store, tmp_path, submission(9, 3, 6)) == 0
    hidden = statuses(store)
    build(store, illustrative=False)  # replays the archived submission into a new release
    assert statuses(store) == hidden
