"""Submissions: every bad line named, the store unchanged byte for byte; good ones become releases."""

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from prevention.__main__ import main
from prevention.build import build
from prevention.ingest import apply as apply_module

ROOT = Path(__file__).resolve().parents[2]
HEADER = "indicator_code,area_code,year,breakdown_dimension,breakdown_category,value,unit\n"
GOOD = HEADER + (
    "victims_officially_identified,19,2024,none,,7,persons\n"
    "victims_officially_identified,19,2024,sex,female,3,persons\n"
    "victims_officially_identified,19,2024,sex,male,4,persons\n"
)


@pytest.fixture(scope="module")
def base_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("ingest") / "base.db"
    build(path, illustrative=True)
    return path


@pytest.fixture
def store(base_store, tmp_path, monkeypatch):
    """A copy of the built store, with its own archive of accepted submissions."""
    monkeypatch.setenv("PREVENTION_SUBMISSIONS_DIR", str(tmp_path / "archive"))
    path = tmp_path / "store.db"
    shutil.copy(base_store, path)
    return path


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _ingest(store, tmp_path, content, *extra, name="submission.csv"):
    file = tmp_path / name
    file.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return main(["ingest", str(file), "--database", str(store), *extra])


BAD = {
    "bad encoding": (
        HEADER.encode() + "victims_officially_identified,19,2024,none,,7,asmenų\n".encode("cp1257"),
        ["line 2, column -: not UTF-8"],
    ),
    "missing column": (
        "indicator_code,area_code,year,breakdown_dimension,breakdown_category,value\n"
        "victims_officially_identified,19,2024,none,,7\n",
        ["line 1, column unit: required column is missing"],
    ),
    "extra column": (
        HEADER.strip() + ",colour\nvictims_officially_identified,19,2024,none,,7,persons,red\n",
        ["line 1, column colour: unknown column"],
    ),
    "unknown indicator": (
        HEADER + "victims_found,19,2024,none,,7,persons\n",
        ["line 2, column indicator_code: unknown indicator 'victims_found'"],
    ),
    "unknown area": (
        HEADER + "victims_officially_identified,99,2024,none,,7,persons\n",
        ["line 2, column area_code: unknown area code '99'"],
    ),
    "year out of range": (
        HEADER + "victims_officially_identified,19,1999,none,,7,persons\n",
        ["line 2, column year: year 1999 outside"],
    ),
    "negative count": (
        HEADER + "victims_officially_identified,19,2024,none,,-7,persons\n",
        ["line 2, column value: negative value -7"],
    ),
    "fractional count": (
        HEADER + "victims_officially_identified,19,2024,none,,7.5,persons\n",
        ["line 2, column value: a count must be a whole number"],
    ),
    "not a number": (
        HEADER + 'victims_officially_identified,19,2024,none,,"1 234",persons\n',
        ["line 2, column value: not a number"],
    ),
    "duplicate in file": (
        GOOD + "victims_officially_identified,19,2024,none,,8,persons\n",
        ["line 5, column -: same key as line 2"],
    ),
    "breakdown above total": (
        HEADER + "victims_officially_identified,19,2024,none,,7,persons\n"
        "victims_officially_identified,19,2024,sex,female,5,persons\n"
        "victims_officially_identified,19,2024,sex,male,4,persons\n",
        ["add up to 9, more than the total 7"],
    ),
    "empty file": (b"", ["line 1, column -: the file is empty"]),
    "header only": (HEADER, ["line 2, column -: no data rows"]),
    "ragged row": (
        HEADER + "victims_officially_identified,19,2024,none,,7\n",
        ["line 2, column -: 6 fields, the header has 7"],
    ),
    "nul byte": (HEADER.encode() + b"victims\x00,19\n", ["line 2, column -: contains a NUL byte"]),
}


@pytest.mark.parametrize("case", BAD)
def test_bad_input_is_named_and_changes_nothing(store, tmp_path, capsys, case):
    content, messages = BAD[case]
    before = _sha(store)
    assert _ingest(store, tmp_path, content) == 1
    err = capsys.readouterr().err
    for message in messages:
        assert message in err, err
    assert "the store was not changed" in err
    assert _sha(store) == before


def test_every_bad_line_is_listed(store, tmp_path, capsys):
    content = HEADER + (
        "victims_officially_identified,99,2024,none,,7,persons\n"
        "victims_officially_identified,19,2024,none,,7,persons\n"
        "victims_officially_identified,19,2031,none,,-1,persons\n"
        "nonsense,19,2024,none,,2,persons\n"
    )
    before = _sha(store)
    assert _ingest(store, tmp_path, content) == 1
    err = capsys.readouterr().err
    for expected in ("line 2, column area_code", "line 4, column value", "line 4, column year",
                     "line 5, column indicator_code", "4 problems"):  # fmt: skip
        assert expected in err, err
    assert "line 3" not in err
    assert _sha(store) == before


def test_good_submission_becomes_a_release_with_suppression(store, tmp_path, capsys):
    assert _ingest(store, tmp_path, GOOD, "--institution", "PD") == 0
    assert "release 2: 3 rows added" in capsys.readouterr().out
    with sqlite3.connect(store) as connection:
        release = connection.execute(
            "SELECT kind, institution, file_sha256 FROM releases WHERE id = 2"
        ).fetchone()
        rows = dict(
            connection.execute(
                "SELECT breakdown_category, status FROM observations WHERE source_id='SUBMISSION-2'"
            ).fetchall()
        )
    assert (
        release[:2] == ("ingest", "PD") and release[2] == hashlib.sha256(GOOD.encode()).hexdigest()
    )
    assert rows == {"": "published", "female": "suppressed", "male": "suppressed"}
    assert main(["check", "--database", str(store)]) == 0


def test_duplicate_against_store_needs_replace(store, tmp_path, capsys):
    assert _ingest(store, tmp_path, GOOD, "--institution", "PD") == 0
    before = _sha(store)
    assert _ingest(store, tmp_path, GOOD, "--institution", "PD") == 1
    assert "use --replace" in capsys.readouterr().err
    assert _sha(store) == before
    assert _ingest(store, tmp_path, GOOD, "--institution", "PD", "--replace") == 0
    assert "3 replaced" in capsys.readouterr().out


def test_measures_submission(store, tmp_path, capsys):
    content = (ROOT / "data" / "templates" / "measures.csv").read_bytes()
    assert _ingest(store, tmp_path, content, "--institution", "Kauno m. sav.") == 0
    with sqlite3.connect(store) as connection:
        areas = connection.execute(
            "SELECT area_code FROM measure_areas WHERE measure_id = 'Kauno m. sav.:2024-02'"
        ).fetchall()
    assert sorted(a for (a,) in areas) == ["19", "21"]
    bad = content.replace(b"awareness", b"dancing")
    assert _ingest(store, tmp_path, bad, "--institution", "Kauno m. sav.", name="m2.csv") == 1
    assert "unknown type 'dancing'" in capsys.readouterr().err


def test_failure_while_applying_leaves_the_store_as_it_was(store, tmp_path, monkeypatch, capsys):
    before = _sha(store)

    def explode(*args, **kwargs):
        raise apply_module.IngestError("disk trouble")

    monkeypatch.setattr(apply_module, "_describe_release", explode)
    assert _ingest(store, tmp_path, GOOD, "--institution", "PD") == 1
    assert "the store is unchanged" in capsys.readouterr().err
    assert _sha(store) == before
    assert not [p for p in store.parent.iterdir() if p.name.startswith("store.db.")]


def test_killed_ingest_leaves_the_old_store(store, tmp_path):
    """SIGKILL in the middle of an ingest: the store is the old release, byte for byte."""
    before = _sha(store)
    (tmp_path / "s.csv").write_text(GOOD, encoding="utf-8")
    code = (
        "import time, sys\n"
        "from prevention.ingest import apply\n"
        "original = apply._apply_observations\n"
        "def slow(*a, **k):\n"
        "    result = original(*a, **k)\n"
        "    print('applied', flush=True); time.sleep(30)\n"
        "    return result\n"
        "apply._apply_observations = slow\n"
        "from prevention.__main__ import main\n"
        f"sys.exit(main(['ingest', r'{tmp_path / 's.csv'}', '--database', r'{store}']))\n"
    )
    process = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.PIPE)
    assert process.stdout.readline().strip() == b"applied"
    time.sleep(0.2)
    process.kill()
    process.wait()
    assert _sha(store) == before
    assert main(["check", "--database", str(store)]) == 0


def test_rebuild_replays_archived_submissions(store, tmp_path):
    assert _ingest(store, tmp_path, GOOD, "--institution", "PD") == 0
    assert len(list((tmp_path / "archive").iterdir())) == 1
    build(store, illustrative=True)
    with sqlite3.connect(store) as connection:
        replayed = connection.execute(
            "SELECT count(*) FROM observations WHERE source_id LIKE 'SUBMISSION-%'"
        ).fetchone()[0]
        kinds = [k for (k,) in connection.execute("SELECT kind FROM releases ORDER BY id")]
    assert replayed == 3
    assert kinds == ["build", "ingest", "build", "ingest"]
