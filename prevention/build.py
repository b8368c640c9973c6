"""`python -m prevention build`: seed (+ illustrative data) into a new store, atomically.

The store is written to a temporary file beside the target, audited, then renamed over the
old one, so a reader sees either the old release or the new one, never a mix.

The build sits above both ways of making a release: it uses the release room (pipeline,
audit, archive) as ingest does, and replays ingest's archived submissions, so neither
`prevention.release` nor `prevention.ingest` may import it (pyproject.toml's contracts).
"""

import json
import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from pandas.errors import DatabaseError as PandasDatabaseError
from sqlalchemy import Boolean, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import SQLModel

from prevention import ingest
from prevention.release import archive as release_archive
from prevention.release import audit, pipeline
from prevention.release.errors import BuildError
from prevention.release.seed import SEED_DIR, read_seed, seed_files
from prevention.store import disk, observation_summaries
from prevention.store.db import (
    Store,
    backend,
    configured_store,
    read_only_engine,
    remove_stale_temporaries,
    store_state,
    writable_engine,
)
from prevention.store.lock import store_lock
from prevention.store.models import SCHEMA_VERSION
from prevention.store.staging import publish, staged

log = logging.getLogger(__name__)

TABLE_ORDER = [
    "sources",
    "areas",
    "population",
    "indicators",
    "institutions",
    "releases",
    "observations",
    "measures",
    "measure_institutions",
    "measure_areas",
    "unplaced_measures",
    "help_contacts",
    "meta",
]


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote, for the command's summary line and the closing checks."""

    path: Store
    release_id: int
    row_counts: dict[str, int]
    suppression: dict[str, int]


def build(
    path: Store | None = None, *, illustrative: bool = True, seed_dir: Path = SEED_DIR
) -> BuildResult:
    """Build a new release of the store from the seed; the old file stays until the new passes.

    One writer at a time: a build holds the same lock as an ingest, so neither loses the
    other's release.
    """
    path = path or configured_store()
    backend(path).make_room()
    with store_lock(path) as locked:
        if not locked:
            raise BuildError("another build or ingest is writing this store; try again later")
        try:
            return _build(path, illustrative=illustrative, seed_dir=seed_dir)
        except (OSError, SQLAlchemyError, PandasDatabaseError, sqlite3.Error) as error:
            if not disk.full(error):
                raise
            raise BuildError(
                f"not enough disk space in {disk.place(path)} for the new release "
                f"({disk.reason(error)}). Free some space, then run `python -m prevention build` "
                "again."
            ) from error


def _build(path: Store, *, illustrative: bool, seed_dir: Path) -> BuildResult:
    """The build itself, under the store's lock."""
    history = _previous_releases(path)
    release_id = int(history["id"].max()) + 1 if len(history) else 1
    try:
        tables = _load_tables(
            seed_dir,
            illustrative=illustrative,
            hidden_before=_hidden_cells(path),
            previous=_previous_cells(path),
            archived=release_archive.history(before=release_id),
        )
    except pipeline.DisclosureError as error:
        raise BuildError(str(error)) from error
    archive = tables["observations"].attrs.pop("archive", None)
    tables["observations"]["release_id"] = release_id
    tables["measures"]["release_id"] = release_id
    counts = {name: len(frame) for name, frame in tables.items()}
    description = "seed build" + (" with illustrative data" if illustrative else "")
    release = pd.DataFrame(
        [
            {
                "id": release_id,
                "created_at": datetime.now(UTC).replace(tzinfo=None),
                "kind": "build",
                "description": description,
                "row_counts": json.dumps(counts, sort_keys=True),
                "rows_changed": counts["observations"] + counts["measures"],
                "schema_version": SCHEMA_VERSION,
            }
        ]
    )
    tables["releases"] = pd.concat([history, release], ignore_index=True)
    tables["meta"] = pd.DataFrame(
        {
            "key": ["schema_version", "illustrative", "release_id"],
            "value": [str(SCHEMA_VERSION), str(int(illustrative)), str(release_id)],
        }
    )
    remove_stale_temporaries(path)
    with staged(path, "tmp") as temporary:
        _write(temporary, tables)
        report = audit.audit_store(read_only_engine(temporary))
        if not report.ok:
            raise BuildError(audit.format_report(report))
        if _readable(path):
            leaks = audit.compare_releases(read_only_engine(path), read_only_engine(temporary))
            if leaks:
                raise BuildError(
                    "the new release would reveal suppressed cells:\n" + "\n".join(leaks)
                )
        # Submissions live only in the steward's archive: replay them before publishing.
        # Replayed submissions were audited against the releases before them when first
        # published; read beside their own later revisions they would be hidden anew.
        first = min([entry.release for entry in ingest.archived()], default=release_id)
        with release_archive.replaying(before=min(first, release_id)):
            ingest.replay_submissions(temporary)
        if archive is not None:
            # Before the rename: a release in use is always in the archive (module docstring).
            release_archive.record(release_id, archive)
        publish(temporary, path)
    return BuildResult(path, release_id, counts, report.summary)


def needs_build(path: Store, seed_dir: Path = SEED_DIR) -> bool:
    """Missing, unreadable, from another schema, or older than a seed file: build again."""
    if not store_state(path).ok:
        return True
    built = backend(path).built_at()
    return any(seed.stat().st_mtime > built for seed in seed_files(seed_dir))


def _load_tables(
    seed_dir: Path,
    *,
    illustrative: bool,
    hidden_before: pd.DataFrame | None = None,
    previous: pd.DataFrame | None = None,
    archived: Sequence[pd.DataFrame] = (),
) -> dict[str, pd.DataFrame]:
    """Seed frames (plus generated ones), prepared for the store's tables."""
    seed = read_seed(seed_dir)
    if illustrative:
        from prevention.illustrative import demo

        for name, frame in demo.illustrative_tables(seed).items():
            if name in seed:
                seed[name] = pd.concat([seed[name], frame], ignore_index=True)
    observations = pipeline.normalise_observations(seed["observations"])
    observations = pipeline.mark_preferred(observations, seed["sources"])
    observations = pipeline.disclose(
        observations, seed["indicators"], seed["areas"], hidden_before, previous, archived
    )
    measures, links, places = pipeline.split_measures(seed["measures"])
    if "illustrative" not in measures.columns:
        measures["illustrative"] = False
    measures["illustrative"] = measures["illustrative"].fillna(False).astype(bool)
    institutions = seed["institutions"]
    if "illustrative" not in institutions.columns:
        institutions["illustrative"] = False
    institutions["illustrative"] = institutions["illustrative"].fillna(False).astype(bool)
    return {
        "sources": seed["sources"],
        "areas": seed["areas"],
        "population": seed["population"],
        "indicators": seed["indicators"],
        "institutions": institutions,
        "observations": observations,
        "measures": measures,
        "measure_institutions": links,
        "measure_areas": places,
        "unplaced_measures": seed.get("unplaced_measures", pd.DataFrame()),
        "help_contacts": seed["help_contacts"],
    }


def _readable(path: Store) -> bool:
    """Whether the store being replaced can be read: served now, or from an older schema.

    Its history, its hidden cells and the release comparison carry over a schema change
    too (the changes so far only add tables), or a suppressed cell could resurface.
    """
    state = store_state(path)
    return state.ok or state.problem == "old_schema"


def _hidden_cells(path: Store) -> pd.DataFrame | None:
    """The cells the store being replaced keeps suppressed: they stay suppressed."""
    if not _readable(path):
        return None
    with read_only_engine(path).connect() as connection:
        observations = pd.read_sql_query(text(HIDDEN_SQL), connection)
    return pipeline.hidden_cells(observations)


def _previous_cells(path: Store) -> pd.DataFrame | None:
    """The preferred real cells of the store being replaced, for the interval audit."""
    if not _readable(path):
        return None
    with read_only_engine(path).connect() as connection:
        observations = pd.read_sql_query(text(PREVIOUS_SQL), connection)
    return pipeline.previous_cells(observations)


PREVIOUS_SQL = (
    "SELECT indicator_code, area_code, period_type, period_label, breakdown_dimension, "
    "breakdown_category, unit, value, status, preferred, source_id FROM observations"
)
HIDDEN_SQL = (
    "SELECT indicator_code, area_code, period_type, period_label, breakdown_dimension, "
    "breakdown_category, unit, status, source_id FROM observations WHERE status = 'suppressed'"
)


def _previous_releases(path: Store) -> pd.DataFrame:
    """The release history of the store being replaced, so numbering goes on."""
    columns = ["id", "created_at", "kind", "description", "row_counts", "rows_changed"]
    if not _readable(path):
        return pd.DataFrame(columns=columns)
    with read_only_engine(path).connect() as connection:
        return pd.read_sql_table("releases", connection)


def _write(path: Store, tables: dict[str, pd.DataFrame]) -> None:
    """Create the schema and insert every table in one transaction (into a staged place,
    which `staged` hands over empty)."""
    engine = writable_engine(path)
    SQLModel.metadata.create_all(engine)
    _insert_all(engine, tables)
    engine.dispose()


def _insert_all(engine: Engine, tables: dict[str, pd.DataFrame]) -> None:
    """Append each frame to its table, keeping only the columns the schema knows."""
    with engine.begin() as connection:
        for name in TABLE_ORDER:
            frame = tables.get(name)
            if frame is None or frame.empty:
                continue
            table = SQLModel.metadata.tables[name]
            frame = frame[[c for c in frame.columns if c in table.columns]].copy()
            # PostgreSQL will not read 0/1 as a boolean; SQLite stores either the same way.
            for column in table.columns:
                if column.name in frame and isinstance(column.type, Boolean):
                    frame[column.name] = frame[column.name].astype("boolean")
            frame.to_sql(name, connection, if_exists="append", index=False, chunksize=5000)
        observation_summaries.refresh(connection)
