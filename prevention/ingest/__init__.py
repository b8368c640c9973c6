"""`python -m prevention ingest FILE.csv --institution X`: check a submission, then publish it.

Every problem is listed with its line and column and nothing is written; an accepted file
becomes a new release (its own tier-1 source, "SUBMISSION-<release>") and is archived, so
a rebuild from the seed replays it.
"""

import hashlib
import logging
import sys
from pathlib import Path

from prevention.ingest.apply import IngestError, apply_submission
from prevention.ingest.archive import archive, archived, confirm, discard, submissions_dir
from prevention.ingest.measures import check_measures
from prevention.ingest.observations import check_observations
from prevention.ingest.store import store_facts
from prevention.ingest.templates import MEASURES, columns
from prevention.ingest.validate import Problem, Submission, parse
from prevention.release.errors import BuildError
from prevention.store.db import Store, store_state
from prevention.store.lock import store_lock

__all__ = ["IngestError", "replay_submissions", "run", "submissions_dir", "validate_file"]
log = logging.getLogger(__name__)


class ReplayError(BuildError):
    """An archived submission no longer fits a rebuilt store; the build is not published."""


def validate_file(
    raw: bytes, database: Store, *, institution: str | None, replace: bool
) -> Submission:
    """Parse and check a submission against the store; its problems list says what is wrong."""
    submission = parse(raw)
    facts = store_facts(database)
    if not institution:
        submission.add(0, "--institution", "required: the submitting institution's short name")
    elif institution not in facts.institutions:
        known = ", ".join(sorted(facts.institutions))
        submission.add(0, "--institution", f"unknown institution {institution!r}; known: {known}")
    required, _ = columns(submission.kind)
    if submission.kind and not submission.rows.empty and set(required) <= set(submission.rows):
        check = check_measures if submission.kind == MEASURES else check_observations
        check(submission, facts, institution=institution or "", replace=replace)
    return submission


def run(file: Path, database: Store, *, institution: str | None, replace: bool) -> int:
    """CLI entry: reject with every problem listed, or publish as a new release."""
    state = store_state(database)
    if not state.ok:
        _say(f"cannot ingest: the store is {state.problem} ({state.detail}); run build first")
        return 1
    try:
        raw = file.read_bytes()
    except OSError as error:
        _say(f"cannot read {file}: {error.strerror}")
        return 1
    with store_lock(database) as locked:
        if not locked:
            _say("another ingest is writing this store; try again when it has finished")
            return 1
        submission = validate_file(raw, database, institution=institution, replace=replace)
        if submission.problems:
            for problem in sorted(submission.problems, key=lambda p: (p.line, p.column)):
                _say(str(problem))
            _say(
                f"submission rejected: {_problems(submission.problems)}; the store was not changed"
            )
            return 1
        return _publish(raw, file.name, database, submission, institution or "")


def _publish(raw: bytes, name: str, database: Store, submission: Submission, who: str) -> int:
    """Apply, archive as pending just before the rename, confirm after; undo it on failure."""
    digest = hashlib.sha256(raw).hexdigest()
    kept: list[Path] = []

    def keep(release: int) -> None:
        kept.append(archive(raw, release=release, digest=digest, file_name=name, institution=who))

    try:
        counts = apply_submission(
            database, submission, institution=who, file_name=name, file_sha256=digest,
            before_publish=keep,
        )  # fmt: skip
    except Exception as error:  # any failure: say what, keep the old store, no traceback
        for path in kept:
            discard(path)
        log.debug("ingest failed", exc_info=True)
        reason = str(error) if isinstance(error, IngestError) else repr(error)
        _say(f"submission not applied, the store is unchanged: {reason}")
        return 1
    for path in kept:
        confirm(path)
    withdrawn = counts.get("illustrative_withdrawn", 0)
    print(
        f"release {counts['release']}: {counts['added']} rows added, {counts['replaced']} "
        f"replaced, {counts['suppressed']} cells suppressed"
        + (f" ({withdrawn} illustrative rows withdrawn)" if withdrawn else "")
    )
    return 0


def replay_submissions(database: Store) -> int:
    """Re-apply archived submissions, oldest first, onto a freshly built store.

    A pending entry (its writer was killed around the rename) is replayed only when the
    store's release history has its file, so a submission that never went public never does.
    """
    published = _published_files(database)
    entries = []
    for entry in archived():
        if not entry.published:
            if entry.digest not in published:
                log.warning("dropped %s: its release was never published", entry.path.name)
                discard(entry.path)
                continue
            confirm(entry.path)
        entries.append(entry)
    for entry in entries:
        try:
            raw = entry.path.read_bytes()
        except OSError as error:
            raise ReplayError(f"archived submission {entry.path.name}: {error}") from error
        submission = validate_file(raw, database, institution=entry.institution, replace=True)
        if submission.problems:
            listed = "\n".join(str(p) for p in submission.problems[:20])
            raise ReplayError(f"archived submission {entry.path.name} no longer fits:\n{listed}")
        try:
            apply_submission(
                database, submission, institution=entry.institution, file_name=entry.file_name,
                file_sha256=hashlib.sha256(raw).hexdigest(),
            )  # fmt: skip
        except IngestError as error:
            raise ReplayError(f"archived submission {entry.path.name}: {error}") from error
    return len(entries)


def _published_files(database: Store) -> set[str]:
    """The sha256 of every submitted file the store's release history records."""
    from sqlalchemy import text

    from prevention.store.db import read_only_engine

    engine = read_only_engine(database)
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                text("SELECT file_sha256 FROM releases WHERE file_sha256 IS NOT NULL")
            )
            return {str(digest) for (digest,) in rows}
    finally:
        engine.dispose()


def _problems(problems: list[Problem]) -> str:
    """ "1 problem" or "K problems"."""
    return f"{len(problems)} problem" + ("" if len(problems) == 1 else "s")


def _say(message: str) -> None:
    """Problems go to stderr; the summary line of a success goes to stdout."""
    print(message, file=sys.stderr)
