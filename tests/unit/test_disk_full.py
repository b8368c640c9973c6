"""A full disk during a build or an ingest: a clear message, the old store intact, nothing left.

The disk is real: a small tmpfs mounted for the test (as root, which CI is), or else a file
size limit (RLIMIT_FSIZE) on the writing process, so the kernel refuses the writes either way.
The commands run as the steward runs them, in a subprocess, so a traceback would show.
"""

import hashlib
import os
import resource
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from prevention.store.db import store_state
from tests.unit.test_ingest import GOOD

ROOT = Path(__file__).resolve().parents[2]
ROOM = 256 * 1024  # bytes left free beside the store: far less than a new release needs
pytestmark = pytest.mark.slow


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _mounted_tmpfs(where: Path, size: int) -> bool:
    """Mount a tmpfs of `size` bytes at `where`; False when this process may not mount."""
    if os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
        capture_output=True,
    )
    return done.returncode == 0


class Disk:
    """A place for a store with little room left, and a way to free that room."""

    def __init__(self, folder: Path, store: Path, file_limit: int | None) -> None:
        self.folder, self.store, self.file_limit = folder, store, file_limit
        self.filler = folder / "filler"

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """`python -m prevention ARGS --database <store>`, under the file size limit if any."""
        limit = self.file_limit

        def limited() -> None:  # pragma: no cover - runs in the child
            if limit is not None:
                resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

        return subprocess.run(
            [sys.executable, "-m", "prevention", *args, "--database", str(self.store)],
            cwd=ROOT,
            env={**os.environ, "PREVENTION_SUBMISSIONS_DIR": str(self.folder / "archive")},
            capture_output=True,
            text=True,
            preexec_fn=limited,
            timeout=300,
        )

    def free(self) -> None:
        """Give the room back: remove the filler (tmpfs) or lift the limit."""
        self.filler.unlink(missing_ok=True)
        self.file_limit = None


@pytest.fixture
def disk(official_store: Path, tmp_path: Path) -> Iterator[Disk]:
    folder = tmp_path / "disk"
    folder.mkdir()
    size = official_store.stat().st_size
    mounted = _mounted_tmpfs(folder, 4 * size)
    if not mounted and os.environ.get("CI"):
        pytest.fail("CI runs as root and must test a real small filesystem (mount tmpfs failed)")
    store = folder / "prevention.db"
    shutil.copy(official_store, store)
    disk = Disk(folder, store, None if mounted else size + ROOM)
    if mounted:
        free = shutil.disk_usage(folder).free
        with open(disk.filler, "wb") as handle:  # leave only ROOM bytes free
            handle.truncate(0)
            handle.write(b"\0" * max(free - ROOM, 0))
    try:
        yield disk
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], check=False)


def assert_untouched(disk: Disk, before: str, result: subprocess.CompletedProcess[str]) -> None:
    """A clear message, no traceback, the same store byte for byte, no half-written file."""
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    assert "disk" in result.stderr.lower(), result.stderr
    assert "unchanged" in result.stderr, result.stderr
    assert sha(disk.store) == before
    assert store_state(disk.store).ok
    leftovers = [p.name for p in disk.folder.glob("prevention.db.*-*")]
    assert leftovers == []


def test_build_on_a_full_disk_keeps_the_old_store_and_says_so(disk: Disk) -> None:
    before = sha(disk.store)
    result = disk.run("build", "--no-illustrative")
    assert_untouched(disk, before, result)
    assert "python -m prevention build" in result.stderr  # what to run once there is room

    disk.free()
    again = disk.run("build", "--no-illustrative")
    assert again.returncode == 0, again.stderr
    assert sha(disk.store) != before and store_state(disk.store).ok


def test_ingest_on_a_full_disk_keeps_the_old_store_and_says_so(disk: Disk, tmp_path: Path) -> None:
    submission = tmp_path / "submission.csv"
    submission.write_text(GOOD, encoding="utf-8")
    before = sha(disk.store)
    result = disk.run("ingest", str(submission), "--institution", "PD")
    assert_untouched(disk, before, result)

    disk.free()
    again = disk.run("ingest", str(submission), "--institution", "PD")
    assert again.returncode == 0, again.stderr
    assert sha(disk.store) != before and store_state(disk.store).ok
