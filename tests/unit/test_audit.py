"""`check` passes on built stores and names every planted violation."""

import shutil
import sqlite3

import pytest

from prevention.__main__ import main


@pytest.fixture
def planted(seed_store, tmp_path):
    """A writable copy of the default store to plant one violation in."""
    path = tmp_path / "planted.db"
    shutil.copy(seed_store, path)
    return path


def _execute(path, sql):
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute(sql)


def test_check_passes_on_the_default_and_official_stores(seed_store, official_store, capsys):
    assert main(["check", "--database", str(seed_store)]) == 0
    assert main(["check", "--database", str(official_store)]) == 0
    output = capsys.readouterr().out
    assert "check passed" in output and "primary" in output


PLANTS = {
    "small count": (
        "UPDATE observations SET value = 3, status = 'illustrative', suppression = NULL "
        "WHERE id = (SELECT min(id) FROM observations WHERE status = 'suppressed')",
        "publishes the small count 3",
    ),
    "suppressed with value": (
        "UPDATE observations SET value = 12 "
        "WHERE id = (SELECT min(id) FROM observations WHERE status = 'suppressed')",
        "still carries the value",
    ),
    "derivable cell": (
        "UPDATE observations SET value = 40, status = 'illustrative', suppression = NULL "
        "WHERE id = (SELECT min(id) FROM observations WHERE suppression = 'secondary')",
        "can be derived",
    ),
    "missing area": (
        "UPDATE observations SET area_code = 'XX' WHERE id = (SELECT min(id) FROM observations)",
        "has no matching row",
    ),
    "two preferred": (
        "UPDATE observations SET preferred = 1 WHERE preferred = 0",
        "preferred values, expected 1",
    ),
    "illustrative as official": (
        "UPDATE observations SET status = 'published' "
        "WHERE id = (SELECT min(id) FROM observations WHERE status = 'illustrative')",
        "generated source",
    ),
}


@pytest.mark.parametrize("name", PLANTS)
def test_check_fails_on_a_planted_violation(planted, capsys, name):
    sql, message = PLANTS[name]
    _execute(planted, sql)
    assert main(["check", "--database", str(planted)]) == 1
    output = capsys.readouterr().out
    assert "check FAILED" in output and message in output


def test_check_on_a_broken_file_says_so(tmp_path, capsys):
    path = tmp_path / "junk.db"
    path.write_bytes(b"junk" * 100)
    assert main(["check", "--database", str(path)]) == 1
    assert "not_database" in capsys.readouterr().err
