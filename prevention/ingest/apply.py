"""Add a validated submission to the store as a new release, atomically.

The store is copied beside itself (a file, or a schema on PostgreSQL), changed in the copy in
one transaction, audited, then published over the original (`prevention.store.staging`): a crash at
any point leaves either the old release or the new one, and a failed audit leaves the old one.
"""

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

import pandas as pd
from pandas.errors import DatabaseError as PandasDatabaseError
from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from prevention.ingest.measures import write_measures
from prevention.ingest.observations import write_observations
from prevention.ingest.store import SUBMISSION_PREFIX
from prevention.ingest.templates import MEASURES
from prevention.ingest.validate import Submission
from prevention.release import audit
from prevention.store import disk, observation_summaries
from prevention.store.db import Store, read_only_engine, remove_stale_temporaries, writable_engine
from prevention.store.models import SCHEMA_VERSION
from prevention.store.staging import copy_release, publish, staged


class IngestError(RuntimeError):
    """The new release failed its audit or could not be written; the store is unchanged."""


def apply_submission(
    database: Store,
    submission: Submission,
    *,
    institution: str,
    file_name: str,
    file_sha256: str,
    before_publish: Callable[[int], None] | None = None,
) -> dict[str, int]:
    """Write the submission as a new release; returns its id and rows added/replaced/suppressed."""
    remove_stale_temporaries(database)
    try:
        with staged(database, "ingest") as temporary:
            copy_release(database, temporary)
            engine = writable_engine(temporary)
            with engine.begin() as connection:
                release = (
                    int(connection.execute(text("SELECT max(id) FROM releases")).scalar_one()) + 1
                )
                source_id = f"{SUBMISSION_PREFIX}{release}"
                _add_source(connection, source_id, institution, file_name)
                _add_release(connection, release, institution, file_name, file_sha256)
                write = write_measures if submission.kind == MEASURES else write_observations
                counts = write(
                    connection,
                    submission.rows,
                    institution=institution,
                    source_id=source_id,
                    release=release,
                )
                _describe_release(connection, release, file_name, counts)
                observation_summaries.refresh(connection)
            engine.dispose()
            _audit(temporary, database)
            if before_publish is not None:
                before_publish(release)
            publish(temporary, database)
            return {**counts, "release": release}
    except (OSError, SQLAlchemyError, PandasDatabaseError, sqlite3.Error) as error:
        if disk.full(error):
            raise IngestError(
                f"not enough disk space in {disk.place(database)} for the new release "
                f"({disk.reason(error)}). Free some space, then run the ingest again."
            ) from error
        if isinstance(error, OSError):
            raise
        reason = getattr(error, "orig", None) or error
        raise IngestError(f"the store refused the submission: {reason}") from error


def _audit(path: Store, previous: Store) -> None:
    """The same audit a build passes, plus the comparison with the release it replaces."""
    engine, old = read_only_engine(path), read_only_engine(previous)
    try:
        report = audit.audit_store(engine)
        leaks = audit.compare_releases(old, engine)
    finally:
        engine.dispose()
        old.dispose()
    if not report.ok:
        raise IngestError("the new release failed its audit:\n" + audit.format_report(report))
    if leaks:
        raise IngestError("the new release would reveal suppressed cells:\n" + "\n".join(leaks))


def _add_source(connection: Connection, source_id: str, institution: str, file_name: str) -> None:
    """Each accepted submission is its own tier-1 source: the institution published it to us."""
    publisher = connection.execute(
        text("SELECT name_en FROM institutions WHERE short_name = :s"), {"s": institution}
    ).scalar_one()
    now = datetime.now(UTC)
    source = {
        "source_id": source_id,
        "title": f"{institution} submission {file_name}",
        "publisher": publisher,
        "year": str(now.year),
        "url": None,
        "licence": "submitted to the data steward for publication",
        "tier": 1,
        "accessed": now.date().isoformat(),
    }
    pd.DataFrame([source]).to_sql("sources", connection, if_exists="append", index=False)


def _add_release(
    connection: Connection, release: int, institution: str, file_name: str, file_sha256: str
) -> None:
    """The release row records who submitted which file (by hash); counts follow."""
    row = {
        "id": release,
        "created_at": datetime.now(UTC).replace(tzinfo=None),
        "kind": "ingest",
        "description": f"submission {file_name}",
        "institution": institution,
        "file_name": file_name,
        "file_sha256": file_sha256,
        "row_counts": "{}",
        "rows_changed": 0,
        "schema_version": SCHEMA_VERSION,
    }
    pd.DataFrame([row]).to_sql("releases", connection, if_exists="append", index=False)
    connection.execute(
        text("UPDATE meta SET value = :release WHERE key = 'release_id'"),
        {"release": str(release)},
    )


def _describe_release(
    connection: Connection, release: int, file_name: str, counts: dict[str, int]
) -> None:
    """What changed, and every table's size after the release."""
    tables = ("observations", "measures", "measure_areas", "measure_institutions", "sources")
    sizes = {t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in tables}
    summary = ", ".join(f"{name} {number}" for name, number in counts.items())
    connection.execute(
        text(
            "UPDATE releases SET description = :description, row_counts = :sizes, "
            "rows_changed = :changed WHERE id = :id"
        ),
        {
            "description": f"submission {file_name}: {summary}",
            "sizes": json.dumps(sizes, sort_keys=True),
            "changed": counts["added"] + counts["replaced"],
            "id": release,
        },
    )
