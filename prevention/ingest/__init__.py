"""`python -m prevention ingest FILE.csv`: validate an institution's submission, then publish it.

Every problem is listed with its line and column and nothing is written; an accepted file
becomes a new data release and is archived so a rebuild from the seed can replay it.
"""

import hashlib
import os
import sys
from pathlib import Path

from prevention.db import REPO_ROOT, store_state
from prevention.ingest.apply import IngestError, apply_submission, store_facts
from prevention.ingest.validate import Submission, check_measures, check_observations, parse

SUBMISSIONS_ENV = "PREVENTION_SUBMISSIONS_DIR"

__all__ = ["run", "validate_file", "replay_submissions", "submissions_dir"]


def submissions_dir() -> Path:
    """The steward's private archive of accepted submissions (not in git)."""
    return Path(os.environ.get(SUBMISSIONS_ENV, REPO_ROOT / "data" / "submissions"))


def validate_file(
    raw: bytes, database: Path, *, institution: str | None, replace: bool
) -> Submission:
    """Parse and check a submission against the store; the problems list says what is wrong."""
    submission = parse(raw)
    if submission.problems:
        return submission
    facts = store_facts(database)
    if submission.kind == "measures":
        check_measures(submission, facts, replace=replace, institution=institution)
    else:
        check_observations(submission, facts, replace=replace)
    return submission


def run(file: Path, database: Path, *, institution: str | None, replace: bool) -> int:
    """CLI entry: reject with every problem listed, or publish as a new release."""
    state = store_state(database)
    if not state.ok:
        print(f"cannot ingest: the store is {state.problem} ({state.detail}); run build first",
              file=sys.stderr)  # fmt: skip
        return 1
    try:
        raw = file.read_bytes()
    except OSError as error:
        print(f"cannot read {file}: {error.strerror}", file=sys.stderr)
        return 1
    submission = validate_file(raw, database, institution=institution, replace=replace)
    if submission.problems:
        for problem in sorted(submission.problems, key=lambda p: (p.line, p.column)):
            print(f"{file.name}: {problem}", file=sys.stderr)
        print(f"submission rejected: {len(submission.problems)} problems; the store was not "
              "changed", file=sys.stderr)  # fmt: skip
        return 1
    digest = hashlib.sha256(raw).hexdigest()
    try:
        counts = apply_submission(
            database, submission, institution=institution, file_name=file.name, file_sha256=digest
        )
    except (IngestError, OSError) as error:
        print(f"submission not applied, the store is unchanged:\n{error}", file=sys.stderr)
        return 1
    _archive(file, raw, counts["release"], digest, institution)
    print(f"release {counts['release']}: {counts['added']} rows added, {counts['replaced']} "
          f"replaced, {counts['suppressed']} cells suppressed")  # fmt: skip
    return 0


def _archive(file: Path, raw: bytes, release: int, digest: str, institution: str | None) -> None:
    """Keep the accepted file, named so replay applies submissions in their original order."""
    folder = submissions_dir()
    folder.mkdir(parents=True, exist_ok=True)
    who = (institution or "-").replace("/", "_")
    (folder / f"{release:04d}__{digest[:8]}__{who}__{file.name}").write_bytes(raw)


def replay_submissions(database: Path) -> int:
    """Re-apply archived submissions, oldest first, onto a freshly built store."""
    folder = submissions_dir()
    if not folder.is_dir():
        return 0
    applied = 0
    for path in sorted(folder.glob("*.csv")):
        _, _, institution, original = path.name.split("__", 3)
        raw = path.read_bytes()
        institution_name = None if institution == "-" else institution
        submission = validate_file(raw, database, institution=institution_name, replace=True)
        if submission.problems:
            raise IngestError(f"archived submission {path.name} no longer validates: "
                              f"{submission.problems[0]}")  # fmt: skip
        apply_submission(database, submission, institution=institution_name, file_name=original,
                         file_sha256=hashlib.sha256(raw).hexdigest())  # fmt: skip
        applied += 1
    return applied
