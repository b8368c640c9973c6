"""The steward's private record of every published release's cells under disclosure control.

For each release: every preferred real personal count, its true value (also where it was
published hidden) and whether it was hidden. An intruder may hold every release ever
published; the build and ingest audit a new release against all of them
(`prevention.release.disclosure.suppress` reads them as `history`). The true values behind hidden
cells must never reach the store (the PostgreSQL reader role can read every table), so they
live here, beside the archived submissions, as one CSV a release. Never published.

A release's file is written before the release is renamed into place; a release that then
fails leaves its file behind, which only makes the next audit stricter, and the next
release, taking the same number, overwrites it.
"""

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

import pandas as pd

from prevention.release import disclosure
from prevention.store.db import REPO_ROOT

RELEASES_ENV = "PREVENTION_RELEASE_ARCHIVE_DIR"
SUBMISSIONS_ENV = "PREVENTION_SUBMISSIONS_DIR"
COLUMNS = [*disclosure.CELL_KEY, "value", "hidden"]
# While a rebuild replays archived submissions, the releases it replays were already audited
# when first published, and the intermediate ones it writes are never published on their
# own: they are audited against the releases before the rebuild only.
_replay_before: ContextVar[int | None] = ContextVar("replay_before", default=None)


@contextmanager
def replaying(before: int) -> Iterator[None]:
    """Limit `history` to releases before `before` (the rebuild's own) while replaying."""
    token = _replay_before.set(before)
    try:
        yield
    finally:
        _replay_before.reset(token)


def archive_dir() -> Path:
    """`PREVENTION_RELEASE_ARCHIVE_DIR`, else `release_archive` beside the archived
    submissions (data/release_archive, gitignored): the two belong to one steward."""
    if RELEASES_ENV in os.environ:
        return Path(os.environ[RELEASES_ENV])
    # prevention.ingest.archive holds the same rule; importing it here would import the
    # ingest package, which imports the build, which imports this module.
    submissions = os.environ.get(SUBMISSIONS_ENV)
    base = Path(submissions) if submissions else REPO_ROOT / "data" / "submissions"
    return base.with_name("release_archive")


def record(release: int, cells: pd.DataFrame) -> Path:
    """Keep one release's cells (CELL_KEY, true `value`, `hidden`); written whole or not at all."""
    folder = archive_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{release:04d}.csv"
    partial = path.with_name(f".{path.name}.partial")
    cells[COLUMNS].to_csv(partial, index=False)
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, path)
    return path


def history(before: int | None = None) -> list[pd.DataFrame]:
    """Every recorded release's cells, oldest first (only those before release `before`)."""
    folder = archive_dir()
    if not folder.is_dir():
        return []
    limit = _replay_before.get()
    if limit is not None:
        before = limit if before is None else min(before, limit)
    found = []
    for path in sorted(folder.glob("[0-9]*.csv")):
        if before is not None and int(path.stem) >= before:
            continue
        text = {c: str for c in disclosure.CELL_KEY}
        frame = pd.read_csv(path, dtype=text, keep_default_na=False)
        frame["value"] = pd.to_numeric(frame["value"].replace("", None), errors="coerce")
        frame["hidden"] = frame["hidden"].astype(str).str.lower().eq("true")
        found.append(frame[COLUMNS])
    return found
