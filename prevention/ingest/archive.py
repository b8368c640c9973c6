"""The steward's private archive of accepted submissions, so a rebuild from the seed keeps them.

Each file is kept as `<release:04d>-<sha256[:8]>-<original name>`, byte for byte, with a
`.note.json` beside it naming the submitting institution. The folder is never published.

A file is archived as pending just before its release is renamed into place, and confirmed
just after: a writer killed between the two leaves a pending entry, which a rebuild replays
only when the store records its release (the kill came after the rename), else drops.
"""

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from prevention.store.db import REPO_ROOT

SUBMISSIONS_ENV = "PREVENTION_SUBMISSIONS_DIR"
NOTE_SUFFIX = ".note.json"


@dataclass(frozen=True)
class Archived:
    """One accepted submission as archived: where, by whom, under which name."""

    path: Path
    release: int
    institution: str
    file_name: str
    digest: str = ""
    # False while its release may not have been published (see the module's docstring).
    published: bool = True


def submissions_dir() -> Path:
    """`PREVENTION_SUBMISSIONS_DIR`, else data/submissions (gitignored)."""
    return Path(os.environ.get(SUBMISSIONS_ENV, REPO_ROOT / "data" / "submissions"))


def archive(raw: bytes, *, release: int, digest: str, file_name: str, institution: str) -> Path:
    """Keep an accepted file and its note; written whole or not at all."""
    folder = submissions_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{release:04d}-{digest[:8]}-{Path(file_name).name}"
    note = {
        "release": release,
        "institution": institution,
        "file_name": file_name,
        "sha256": digest,
        "accepted_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "published": False,
    }
    _write(path.with_name(path.name + NOTE_SUFFIX), json.dumps(note, indent=2).encode() + b"\n")
    _write(path, raw)
    return path


def confirm(path: Path) -> None:
    """Mark an archived file as published: its release is live."""
    note_path = path.with_name(path.name + NOTE_SUFFIX)
    note = json.loads(note_path.read_text(encoding="utf-8"))
    note["published"] = True
    _write(note_path, json.dumps(note, indent=2).encode() + b"\n")


def discard(path: Path) -> None:
    """Forget a file whose release was not published after all."""
    path.unlink(missing_ok=True)
    path.with_name(path.name + NOTE_SUFFIX).unlink(missing_ok=True)


def archived() -> list[Archived]:
    """Archived submissions in the order they were accepted."""
    folder = submissions_dir()
    if not folder.is_dir():
        return []
    found = []
    for note_path in folder.glob(f"*{NOTE_SUFFIX}"):
        note = json.loads(note_path.read_text(encoding="utf-8"))
        path = note_path.with_name(note_path.name.removesuffix(NOTE_SUFFIX))
        found.append(
            Archived(
                path,
                int(note["release"]),
                note["institution"],
                note["file_name"],
                digest=str(note.get("sha256", "")),
                # Notes written before pending entries existed were all published.
                published=bool(note.get("published", True)),
            )
        )
    return sorted(found, key=lambda item: (item.release, item.path.name))


def _write(path: Path, content: bytes) -> None:
    """Write beside the target, flush, rename: no half-written archive file."""
    partial = path.with_name(f".{path.name}.partial")
    partial.write_bytes(content)
    with open(partial, "rb") as handle:
        os.fsync(handle.fileno())
    os.replace(partial, path)
