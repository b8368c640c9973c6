"""Submissions: every bad line named, the store unchanged byte for byte; good ones published."""

import hashlib
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from prevention.__main__ import main
from prevention.build import BuildError, build
from prevention.ingest import apply as apply_module
from prevention.store.db import Store
from prevention.store.lock import store_lock
from tests import stores

ROOT = Path(__file__).resolve().parents[2]
HEADER = "indicator_code,area_code,year,breakdown_dimension,breakdown_category,value,unit\n"
V = "victims_officially_identified"
# Kaunas city (19): a total of 9 and its two sexes; 3 is small, so 6 must hide with it.
GOOD = (
    HEADER
    + f"{V},19,2024,none,,9,persons\n{V},19,2024,sex,female,3,persons\n"
    + (f"{V},19,2024,sex,male,6,persons\n")
)
CHANGED = GOOD.replace(",9,", ",12,").replace(",6,", ",9,")


@pytest.fixture
def store(official_copy: Store) -> Store:
    """A copy of the seed-only store (SQLite and PostgreSQL), with its own archive."""
    return official_copy


sha = stores.fingerprint  # the served release, unchanged byte for byte or row for row


def ingest(store: Store, tmp_path: Path, content: str | bytes, *extra: str, name: str = "s.csv"):
    file = tmp_path / name
    file.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    database = stores.argument(store)
    return main(["ingest", str(file), "--database", database, "--institution", "PD", *extra])


def submitted_rows(store: Store) -> list[tuple]:
    return stores.rows(
        store,
        "SELECT indicator_code, area_code, period_label, breakdown_dimension, "
        "breakdown_category, value, unit, status, suppression, preferred FROM observations "
        "WHERE source_id LIKE 'SUBMISSION-%' ORDER BY 1, 2, 3, 4, 5",
    )


BAD = {
    "bad encoding": (
        HEADER.encode() + f"{V},19,2024,sex,moterų,7,persons\n".encode("cp1257"),
        "line 2, column breakdown_category: not UTF-8",
    ),
    "missing column": (
        HEADER.replace(",unit", "") + f"{V},19,2024,none,,7\n",
        "line 1, column unit: required column is missing",
    ),
    "extra column": (
        HEADER.replace("unit", "unit,colour") + f"{V},19,2024,none,,7,persons,red\n",
        "line 1, column colour: unknown column",
    ),
    "empty required cell": (
        HEADER + f"{V},,2024,none,,7,persons\n",
        "line 2, column area_code: empty",
    ),
    "unknown indicator": (
        HEADER + "victims_found,19,2024,none,,7,persons\n",
        "line 2, column indicator_code: unknown indicator 'victims_found'",
    ),
    "unknown area": (
        HEADER + f"{V},99,2024,none,,7,persons\n",
        "line 2, column area_code: unknown area code '99'",
    ),
    "year out of range": (
        HEADER + f"{V},19,1999,none,,7,persons\n",
        "line 2, column year: year 1999 is outside 2000-",
    ),
    "negative count": (
        HEADER + f"{V},19,2024,none,,-7,persons\n",
        "line 2, column value: a count cannot be negative",
    ),
    "fractional count": (
        HEADER + f"{V},19,2024,none,,7.5,persons\n",
        "line 2, column value: a count must be a whole number",
    ),
    "not a number": (
        HEADER + f'{V},19,2024,none,,"1 234",persons\n',
        "line 2, column value: not a number",
    ),
    "wrong unit": (
        HEADER + f"{V},19,2024,none,,7,people\n",
        "line 2, column unit: victims_officially_identified is counted in 'persons'",
    ),
    "unknown dimension": (
        HEADER + f"{V},19,2024,gender,female,3,persons\n",
        "line 2, column breakdown_dimension: 'gender' is not one of",
    ),
    "status not allowed": (
        HEADER.replace("unit", "unit,status") + f"{V},19,2024,none,,7,persons,suppressed\n",
        "line 2, column status: 'suppressed' is not one of: published, provisional",
    ),
    "duplicate in file": (
        GOOD + f"{V},19,2024,none,,8,persons\n",
        "line 5, column -: the same indicator, area, year and breakdown as line 2",
    ),
    "breakdown above total in file": (
        HEADER + f"{V},19,2024,none,,7,persons\n{V},19,2024,sex,female,5,persons\n"
        f"{V},19,2024,sex,male,4,persons\n",
        "line 3, column value: the sex categories on lines 3, 4 add up to 9, more than the total 7",
    ),
    "breakdown above total in store": (
        HEADER + f"{V},LT,2024,sex,female,20,persons\n{V},LT,2024,sex,male,5,persons\n",
        "line 2, column value: the sex categories on lines 2, 3 add up to 25, "
        "more than the total 22",
    ),
    "ragged row": (
        HEADER + f"{V},19,2024,none,,7\n",
        "line 2, column -: 6 fields, the header has 7",
    ),
    "semicolons": (
        HEADER.replace(",", ";") + f"{V};19;2024;none;;9;persons\n",
        "line 1, column -: the columns are separated by ';', not by commas",
    ),
    "empty file": (b"", "line 1, column -: the file is empty"),
    "header only": (HEADER, "line 2, column -: no data rows"),
    "nul byte": (HEADER.encode() + b"victims\x00,19\n", "line 2, column -: contains a NUL byte"),
}


# Validation reads the store the same way on both backends: these cases run on SQLite only.
@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("case", BAD)
def test_bad_input_is_named_and_changes_nothing(store, tmp_path, capsys, case):
    content, message = BAD[case]
    before = sha(store)
    assert ingest(store, tmp_path, content) == 1
    err = capsys.readouterr().err
    assert message in err, err
    assert err.rstrip().endswith("the store was not changed")
    assert sha(store) == before
    assert not (tmp_path / "archive").exists()


def test_every_bad_line_is_listed(store, tmp_path, capsys):
    content = HEADER + (
        f"{V},99,2024,none,,7,persons\n"  # line 2: area
        f"{V},19,2024,none,,7,persons\n"  # line 3: fine
        f"{V},19,2031,none,,-1,persons\n"  # line 4: year and value
        "nonsense,19,2024,none,,2,persons\n"  # line 5: indicator
        f"{V},21,2024,none,,x,persons\n"  # line 6: value
    )
    before = sha(store)
    assert ingest(store, tmp_path, content) == 1
    err = capsys.readouterr().err.splitlines()
    assert [line.split(":")[0] for line in err] == [
        "line 2, column area_code",
        "line 4, column value",
        "line 4, column year",
        "line 5, column indicator_code",
        "line 6, column value",
        "submission rejected",
    ]
    assert err[-1] == "submission rejected: 5 problems; the store was not changed"
    assert sha(store) == before


def test_institution_must_be_known(store, tmp_path, capsys):
    before = sha(store)
    file = tmp_path / "s.csv"
    file.write_text(GOOD, encoding="utf-8")
    args = ["ingest", str(file), "--database", stores.argument(store)]
    assert main([*args, "--institution", "Police"]) == 1
    assert "option --institution: unknown institution 'Police'" in capsys.readouterr().err
    assert main(args) == 1
    assert "option --institution: required" in capsys.readouterr().err
    assert sha(store) == before


def test_byte_order_mark_is_accepted(store, tmp_path, capsys):
    assert ingest(store, tmp_path, b"\xef\xbb\xbf" + GOOD.encode()) == 0
    assert len(submitted_rows(store)) == 3


def test_good_submission_becomes_a_release_with_suppression(store, tmp_path, capsys):
    assert ingest(store, tmp_path, GOOD) == 0
    out = capsys.readouterr().out
    assert out.strip() == "release 2: 3 rows added, 0 replaced, 2 cells suppressed"
    rows = {row[4]: row[5:9] for row in submitted_rows(store)}
    assert rows == {
        "": (9.0, "persons", "published", None),
        "female": (None, "persons", "suppressed", "primary"),
        "male": (None, "persons", "suppressed", "secondary"),
    }
    (release,) = stores.rows(
        store,
        "SELECT kind, institution, file_name, file_sha256, rows_changed, row_counts "
        "FROM releases WHERE id = 2",
    )
    (source,) = stores.rows(
        store, "SELECT title, publisher, tier FROM sources WHERE source_id = 'SUBMISSION-2'"
    )
    (meta,) = stores.rows(store, "SELECT value FROM meta WHERE key = 'release_id'")
    assert release[:5] == ("ingest", "PD", "s.csv", hashlib.sha256(GOOD.encode()).hexdigest(), 3)
    assert json.loads(release[5])["observations"] > 3
    assert source[0] == "PD submission s.csv" and source[1].startswith("Police Department")
    assert source[2] == 1
    assert meta == ("2",)
    assert main(["check", "--database", stores.argument(store)]) == 0
    archived = sorted(p.name for p in (tmp_path / "archive").iterdir())
    assert re.fullmatch(r"0002-[0-9a-f]{8}-s\.csv", archived[0])
    assert archived[1] == archived[0] + ".note.json"


def test_duplicate_against_store_needs_replace(store, tmp_path, capsys):
    assert ingest(store, tmp_path, GOOD) == 0
    capsys.readouterr()
    before = sha(store)
    assert ingest(store, tmp_path, GOOD) == 1
    err = capsys.readouterr().err
    assert "line 2, column -: PD already submitted this value; use --replace" in err
    assert "3 problems" in err
    assert sha(store) == before
    assert ingest(store, tmp_path, CHANGED, "--replace") == 0
    assert "release 3: 0 rows added, 3 replaced" in capsys.readouterr().out
    assert [row[5] for row in submitted_rows(store)] == [12.0, None, None]
    assert main(["check", "--database", stores.argument(store)]) == 0


def test_another_institution_adds_its_own_value(store, tmp_path, capsys):
    """Sources may disagree: a second institution's figure sits beside the first, not over it."""
    assert ingest(store, tmp_path, GOOD) == 0
    file = tmp_path / "ngo.csv"
    file.write_text(HEADER + f"{V},19,2024,none,,12,persons\n", encoding="utf-8")
    database = stores.argument(store)
    assert main(["ingest", str(file), "--database", database, "--institution", "KOPŽI"]) == 0
    totals = [row[5] for row in submitted_rows(store) if row[4] == ""]
    assert sorted(totals) == [9.0, 12.0]
    assert main(["check", "--database", stores.argument(store)]) == 0


def test_failure_while_applying_leaves_the_store_as_it_was(store, tmp_path, monkeypatch, capsys):
    before = sha(store)

    def explode(*args, **kwargs):
        raise ValueError("disk trouble")

    monkeypatch.setattr(apply_module, "_describe_release", explode)
    assert ingest(store, tmp_path, GOOD) == 1
    err = capsys.readouterr().err
    assert "submission not applied, the store is unchanged" in err and "disk trouble" in err
    assert "Traceback" not in err
    assert sha(store) == before
    assert stores.leftovers(store) == []


def test_failed_rename_discards_the_archived_copy(store, tmp_path, monkeypatch, capsys):
    before = sha(store)

    def refuse(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(apply_module, "publish", refuse)
    assert ingest(store, tmp_path, GOOD) == 1
    assert "No space left" in capsys.readouterr().err
    assert sha(store) == before
    assert list((tmp_path / "archive").iterdir()) == []


def test_killed_ingest_leaves_the_old_store(store, tmp_path):
    """SIGKILL after the copy was changed but before the rename: the old store, byte for byte."""
    before = sha(store)
    (tmp_path / "s.csv").write_text(GOOD, encoding="utf-8")
    code = (
        "import sys, time\n"
        "from prevention.ingest import apply\n"
        "original = apply.write_observations\n"
        "def slow(*a, **k):\n"
        "    result = original(*a, **k)\n"
        "    print('written', flush=True)\n"
        "    time.sleep(60)\n"
        "    return result\n"
        "apply.write_observations = slow\n"
        "from prevention.__main__ import main\n"
        f"sys.exit(main(['ingest', r'{tmp_path / 's.csv'}', '--database', "
        f"r'{stores.argument(store)}',"
        " '--institution', 'PD']))\n"
    )
    process = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE)
    try:
        assert process.stdout.readline().strip() == b"written"
        assert any(".ingest-" in name or "_ingest_" in name for name in stores.leftovers(store))
    finally:
        process.kill()
        process.wait()
    assert sha(store) == before
    assert main(["check", "--database", stores.argument(store)]) == 0
    assert not (tmp_path / "archive").exists()


def test_a_second_ingest_waits_its_turn(store, tmp_path, capsys):
    before = sha(store)
    with store_lock(store) as locked:
        assert locked
        assert ingest(store, tmp_path, GOOD) == 1
    assert "another ingest is writing this store" in capsys.readouterr().err
    assert sha(store) == before


def test_rebuild_replays_archived_submissions(store, tmp_path, capsys):
    assert ingest(store, tmp_path, GOOD) == 0
    assert ingest(store, tmp_path, CHANGED, "--replace", name="again.csv") == 0
    rows = submitted_rows(store)
    build(store, illustrative=False)
    assert submitted_rows(store) == rows
    kinds = [kind for (kind,) in stores.rows(store, "SELECT kind FROM releases ORDER BY id")]
    (meta,) = stores.rows(store, "SELECT value FROM meta WHERE key = 'release_id'")
    assert kinds == ["build", "ingest", "ingest", "build", "ingest", "ingest"]
    assert meta == ("6",)
    assert main(["check", "--database", stores.argument(store)]) == 0


def test_a_replay_that_no_longer_fits_keeps_the_old_store(store, tmp_path):
    assert ingest(store, tmp_path, GOOD) == 0
    note = next((tmp_path / "archive").glob("*.note.json"))
    note.write_text(note.read_text().replace('"PD"', '"Gone"'), encoding="utf-8")
    before = sha(store)
    with pytest.raises(BuildError, match="unknown institution 'Gone'"):
        build(store, illustrative=False)
    assert sha(store) == before


def test_real_figures_withdraw_the_illustrative_table(seed_copy, tmp_path, capsys):
    """Real and generated municipal figures never share a table."""
    store = seed_copy
    assert ingest(store, tmp_path, GOOD) == 0
    assert "illustrative rows withdrawn" in capsys.readouterr().out
    generated = stores.scalar(
        store,
        "SELECT count(*) FROM observations WHERE source_id = 'ILLUSTRATIVE' "
        "AND indicator_code = :indicator AND period_label = '2024'",
        indicator=V,
    )
    assert generated == 0
    assert main(["check", "--database", stores.argument(store)]) == 0
