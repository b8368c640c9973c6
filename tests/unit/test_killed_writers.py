"""SIGKILL a build or an ingest at many points: the store is the old release or the new one."""

import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from prevention.build import BuildError, build
from prevention.release.audit import audit_store
from prevention.store.db import (
    Store,
    read_only_engine,
    remove_stale_temporaries,
    store_state,
    writable_engine,
)
from prevention.store.lock import store_lock
from tests import stores
from tests.unit.test_ingest import GOOD

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


sha = stores.fingerprint


def release_of(path: Store) -> int:
    return int(stores.scalar(path, "SELECT max(id) FROM releases"))


def kill_after(command: list[str], seconds: float, env: dict[str, str]) -> int | None:
    """Start a command, SIGKILL it after `seconds` (if still running); its exit code or None."""
    process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        return process.wait(timeout=seconds)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        return None


def assert_whole(path: Store, old_sha: str, old_release: int) -> str:
    """Either the old file byte for byte, or a complete, audited next release."""
    assert store_state(path).ok
    if sha(path) == old_sha:
        return "old"
    assert release_of(path) == old_release + 1
    assert audit_store(read_only_engine(path)).ok
    return "new"


@pytest.fixture
def store(official_copy: Store) -> Store:
    return official_copy


def environment(tmp_path: Path) -> dict[str, str]:
    import os

    return {**os.environ, "PREVENTION_SUBMISSIONS_DIR": str(tmp_path / "archive")}


# Spread over the whole run: interpreter start, seed load, disclosure, write, audit, rename.
# The last one lets the build finish, so both outcomes are seen whatever the machine's speed.
BUILD_KILLS = [0.3, 1.0, 1.6, 2.2, 2.8, 3.4, 4.0, 120]
INGEST_KILLS = [0.2, 0.6, 1.0, 1.4, 1.8, 2.4]


def test_killed_build_leaves_old_or_new_release(store, tmp_path):
    outcomes = []
    for seconds in BUILD_KILLS:
        old_sha, old_release = sha(store), release_of(store)
        command = [sys.executable, "-m", "prevention", "build", "--no-illustrative",
                   "--database", stores.argument(store)]  # fmt: skip
        code = kill_after(command, seconds, environment(tmp_path))
        outcomes.append(assert_whole(store, old_sha, old_release))
        assert code in (None, 0)
    assert "old" in outcomes, "some kills should land before the rename"
    assert "new" in outcomes, "the last kills should come after it"
    remove_stale_temporaries(store)
    assert stores.leftovers(store) == []


def test_killed_ingest_leaves_old_or_new_release(store, tmp_path):
    submission = tmp_path / "s.csv"
    outcomes = []
    for index, seconds in enumerate(INGEST_KILLS):
        # Each round submits a new value, so a finished round is a new release.
        submission.write_text(GOOD.replace(",9,", f",{20 + index},"), encoding="utf-8")
        old_sha, old_release = sha(store), release_of(store)
        command = [sys.executable, "-m", "prevention", "ingest", str(submission), "--database",
                   stores.argument(store), "--institution", "PD", "--replace"]  # fmt: skip
        code = kill_after(command, seconds, environment(tmp_path))
        outcomes.append(assert_whole(store, old_sha, old_release))
        assert code in (None, 0)
    assert "old" in outcomes


def test_a_build_waits_for_a_running_writer(store):
    before = sha(store)
    with store_lock(store) as locked:
        assert locked
        with pytest.raises(BuildError, match="another build or ingest"):
            build(store, illustrative=False)
    assert sha(store) == before


@pytest.mark.parametrize("backend", ["sqlite"])
def test_stale_temporaries_of_dead_processes_are_removed(store):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    stale = store.with_name(f"{store.name}.tmp-{dead.pid}")
    stale.write_bytes(b"half a release")
    journal = store.with_name(f"{stale.name}-journal")  # killed inside a transaction
    journal.write_bytes(b"rollback journal")
    # A submission a killed build was replaying, staged beside the build's own temporary.
    replayed = store.with_name(f"{stale.name}.ingest-{dead.pid}")
    replayed.write_bytes(b"half a replay")
    replayed_journal = store.with_name(f"{replayed.name}-journal")
    replayed_journal.write_bytes(b"rollback journal")
    mine = store.with_name(f"{store.name}.ingest-{__import__('os').getpid()}")
    mine.write_bytes(b"in progress")
    other = store.with_name(f"{store.name}.tmp-x1")  # not a name a writer gives
    other.write_bytes(b"someone else's")
    time.sleep(0.01)
    removed = sorted(remove_stale_temporaries(store))
    assert removed == sorted([stale, journal, replayed, replayed_journal])
    assert mine.exists() and other.exists() and not stale.exists() and not replayed.exists()


@pytest.mark.parametrize("backend", ["postgresql"])
def test_stale_schemas_of_ended_connections_are_removed(store):
    """A staging schema is named after its writer's server process; once that ends, it goes."""
    engine = writable_engine(store)
    with engine.connect() as gone:
        ended = gone.execute(text("SELECT pg_backend_pid()")).scalar_one()
    engine.dispose()
    with engine.connect() as mine:
        alive = mine.execute(text("SELECT pg_backend_pid()")).scalar_one()
        for _ in range(50):  # the server notices the closed connection within moments
            running = mine.execute(text("SELECT pid FROM pg_stat_activity")).scalars().all()
            if ended not in running:
                break
            time.sleep(0.1)
        stale, kept = store.beside("tmp", ended).schema, store.beside("ingest", alive).schema
        stores.execute(store, f"CREATE SCHEMA {stale}", f"CREATE SCHEMA {kept}")
        assert remove_stale_temporaries(store) == [stale]
        assert stores.leftovers(store) == [kept]
    engine.dispose()


# An ingest whose process SIGKILLs itself at one step of publishing: `step` names the function
# (in prevention.ingest.apply or prevention.ingest) that kills instead of running.
KILLED_AT = """
import os, signal, sys
import prevention.ingest as ingest
import prevention.ingest.apply as apply
from prevention.__main__ import main

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

{patch}
sys.exit(main(sys.argv[1:]))
"""


def ingest_killed(store: Store, tmp_path: Path, patch: str) -> None:
    submission = tmp_path / "killed.csv"
    submission.write_text(GOOD.replace(",9,", ",31,"), encoding="utf-8")
    script = KILLED_AT.format(patch=patch)
    command = [sys.executable, "-c", script, "ingest", str(submission), "--database",
               stores.argument(store), "--institution", "PD", "--replace"]  # fmt: skip
    done = subprocess.run(command, cwd=ROOT, env=environment(tmp_path), capture_output=True)
    assert done.returncode == -9, done.stderr.decode()[-2000:]


def submitted_value(store: Store) -> int:
    return int(stores.scalar(store, "SELECT count(*) FROM observations WHERE value = 31"))


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_submission_killed_before_its_rename_never_goes_public(store, tmp_path, monkeypatch):
    """Archived, then killed before the release was renamed into place: a rebuild drops it."""
    monkeypatch.setenv("PREVENTION_SUBMISSIONS_DIR", str(tmp_path / "archive"))
    old_release = release_of(store)
    ingest_killed(store, tmp_path, "apply.publish = die")
    assert release_of(store) == old_release and submitted_value(store) == 0
    build(store, illustrative=False)
    assert submitted_value(store) == 0, "a release that never existed was published by a build"
    assert list((tmp_path / "archive").glob("*.csv")) == []


@pytest.mark.parametrize("backend", ["sqlite"])
def test_a_submission_killed_after_its_rename_is_kept(store, tmp_path, monkeypatch):
    """Renamed into place, killed before the archive said so: a rebuild still replays it."""
    monkeypatch.setenv("PREVENTION_SUBMISSIONS_DIR", str(tmp_path / "archive"))
    old_release = release_of(store)
    ingest_killed(store, tmp_path, "ingest.confirm = die")
    assert release_of(store) == old_release + 1 and submitted_value(store) > 0
    build(store, illustrative=False)
    assert submitted_value(store) > 0
