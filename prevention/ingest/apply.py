"""Add a validated submission to the store as a new release, atomically.

The store is copied beside itself, changed in the copy, audited, then renamed over the
original: a crash at any point leaves either the old release or the new one.
"""

import json
import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from pandas.errors import DatabaseError as PandasDatabaseError
from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.sql.elements import BindParameter

from prevention import audit, pipeline
from prevention.db import read_only_engine, writable_engine
from prevention.ingest.validate import StoreFacts, Submission, stored_measure_id
from prevention.models import SCHEMA_VERSION

SUBMISSION_PREFIX = "SUBMISSION-"


class IngestError(RuntimeError):
    """The new release failed its audit or could not be written; the store is unchanged."""


def store_facts(database: Path) -> StoreFacts:
    """Codes and keys the validation checks against, read without writing."""
    with read_only_engine(database).connect() as connection:
        indicators = pd.read_sql_query(text("SELECT code, value_kind FROM indicators"), connection)
        areas = pd.read_sql_query(text("SELECT code FROM areas"), connection)
        institutions = pd.read_sql_query(text("SELECT short_name FROM institutions"), connection)
        submitted = pd.read_sql_query(
            text(
                "SELECT indicator_code, area_code, year, breakdown_dimension, breakdown_category, "
                "unit FROM observations WHERE source_id LIKE :prefix"
            ),
            connection,
            params={"prefix": f"{SUBMISSION_PREFIX}%"},
        )
        totals = pd.read_sql_query(
            text(
                "SELECT indicator_code, area_code, year, unit, value FROM observations "
                "WHERE breakdown_dimension = 'none' AND preferred = 1 AND value IS NOT NULL "
                "AND period_type = 'year'"
            ),
            connection,
        )
        measures = pd.read_sql_query(text("SELECT measure_id FROM measures"), connection)
    return StoreFacts(
        indicators=dict(zip(indicators["code"], indicators["value_kind"], strict=True)),
        areas=set(areas["code"]),
        institutions=set(institutions["short_name"]),
        observation_keys={tuple(r) for r in submitted.itertuples(index=False)},
        measure_ids=set(measures["measure_id"]),
        totals={(r[0], r[1], r[2], r[3]): r[4] for r in totals.itertuples(index=False)},
    )


def apply_submission(
    database: Path,
    submission: Submission,
    *,
    institution: str | None,
    file_name: str,
    file_sha256: str,
) -> dict[str, int]:
    """Write the submission as a new release; returns rows added, replaced and suppressed."""
    temporary = database.with_name(f"{database.name}.ingest-{os.getpid()}")
    try:
        _copy(database, temporary)
        engine = writable_engine(temporary)
        with engine.begin() as connection:
            release_id = connection.execute(text("SELECT max(id) + 1 FROM releases")).scalar_one()
            source_id = f"{SUBMISSION_PREFIX}{release_id}"
            _add_source(connection, source_id, institution, file_name)
            _add_release(connection, release_id, institution, file_name, file_sha256)
            if submission.kind == "measures":
                counts = _apply_measures(
                    connection, submission.rows, institution, source_id, release_id
                )
            else:
                counts = _apply_observations(connection, submission.rows, source_id, release_id)
            _describe_release(connection, release_id, file_name, counts)
        engine.dispose()
        report = audit.audit_store(read_only_engine(temporary))
        if not report.ok:
            raise IngestError(audit.format_report(report))
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, database)
        return {**counts, "release": int(release_id)}
    except (SQLAlchemyError, PandasDatabaseError) as error:
        raise IngestError(
            f"the store refused the submission: {getattr(error, 'orig', error)}"
        ) from error
    finally:
        temporary.unlink(missing_ok=True)


def _copy(source: Path, target: Path) -> None:
    """A consistent copy of the store, even while readers have it open."""
    target.unlink(missing_ok=True)
    with sqlite3.connect(f"file:{source}?mode=ro", uri=True) as reader:
        with sqlite3.connect(target) as writer:
            reader.backup(writer)


def _add_source(
    connection: Connection, source_id: str, institution: str | None, file_name: str
) -> None:
    """Each accepted submission is its own tier-1 source: the institution published it to us."""
    names = pd.read_sql_query(
        text("SELECT name_en FROM institutions WHERE short_name = :s"),
        connection,
        params={"s": institution or ""},
    )
    publisher = names["name_en"].iloc[0] if len(names) else (institution or "unknown institution")
    pd.DataFrame(
        [{"source_id": source_id, "title": f"{institution or 'Institution'} submission {file_name}",
          "publisher": publisher, "year": str(datetime.now(UTC).year), "url": None,
          "licence": "Submitted to the data steward for publication", "tier": 1,
          "accessed": datetime.now(UTC).date().isoformat()}]
    ).to_sql("sources", connection, if_exists="append", index=False)  # fmt: skip


def _apply_observations(
    connection: Connection, rows: pd.DataFrame, source_id: str, release_id: int
) -> dict[str, int]:
    """Recompute preferred values and disclosure for every table the submission touches."""
    new = rows.drop(columns=["line"]).copy()
    new["year"] = new["year"].astype(int)
    new["period_type"], new["period_label"] = "year", new["year"].astype(str)
    new["value"] = new["value"].astype(float)
    new["status"] = new.get("status", pd.Series("published", index=new.index)).replace(
        "", "published"
    )
    new["source_id"], new["release_id"] = source_id, release_id
    tables = new[["indicator_code", "period_label", "unit"]].drop_duplicates()
    existing = pd.read_sql_query(text("SELECT * FROM observations"), connection)
    touched = existing.merge(tables, on=["indicator_code", "period_label", "unit"])["id"]
    affected = existing[existing["id"].isin(touched)]
    key = [
        "indicator_code",
        "area_code",
        "period_label",
        "breakdown_dimension",
        "breakdown_category",
        "unit",
    ]
    keys = new[key].astype(str).agg("|".join, axis=1)
    replaced = affected["source_id"].str.startswith(SUBMISSION_PREFIX) & affected[key].astype(
        str
    ).agg("|".join, axis=1).isin(keys)
    # Real submitted figures supersede the illustration of the same indicator and year.
    illustrative = affected["status"].eq("illustrative") | affected["source_id"].eq("ILLUSTRATIVE")
    kept = affected[~replaced & ~illustrative].drop(columns=["id", "preferred"])
    combined = pipeline.normalise_observations(pd.concat([kept, new], ignore_index=True))
    sources = pd.read_sql_query(text("SELECT source_id, tier, year FROM sources"), connection)
    indicators = pd.read_sql_query(
        text("SELECT code, disclosure_class, value_kind FROM indicators"), connection
    )
    areas = pd.read_sql_query(text("SELECT code, level, parent_code FROM areas"), connection)
    combined = pipeline.mark_preferred(combined, sources)
    combined = pipeline.disclose(combined, indicators, areas)
    ids = ", ".join(str(int(i)) for i in affected["id"]) or "NULL"
    connection.execute(text(f"DELETE FROM observations WHERE id IN ({ids})"))
    columns = [c for c in combined.columns if c in existing.columns and c != "id"]
    combined[columns].to_sql("observations", connection, if_exists="append", index=False)
    written = combined[combined["source_id"] == source_id]
    return {
        "added": len(new),
        "replaced": int(replaced.sum()),
        "illustrative_removed": int(illustrative.sum()),
        "suppressed": int((written["status"] == "suppressed").sum()),
    }


def _apply_measures(
    connection: Connection,
    rows: pd.DataFrame,
    institution: str | None,
    source_id: str,
    release_id: int,
) -> dict[str, int]:
    """Insert or replace the institution's measures with their partners and places."""
    frame = rows.drop(columns=["line"]).copy()
    frame["measure_id"] = [stored_measure_id(institution, m) for m in frame["measure_id"]]
    frame["lead_institution"] = institution
    frame["source_id"], frame["release_id"], frame["illustrative"] = source_id, release_id, False
    for column in ("start_year", "end_year"):
        frame[column] = frame[column].astype(int)
    if "budget_eur" in frame:
        frame["budget_eur"] = pd.to_numeric(frame["budget_eur"].replace("", None))
    if "partner_institutions" not in frame:
        frame["partner_institutions"] = ""
    frame["status"] = frame.get("status", pd.Series("unknown", index=frame.index)).replace(
        "", "unknown"
    )
    measures, links, places = pipeline.split_measures(frame.replace("", None))
    ids = {"ids": list(measures["measure_id"])}
    expanding: BindParameter[list[str]] = bindparam("ids", expanding=True)
    count = text("SELECT count(*) FROM measures WHERE measure_id IN :ids").bindparams(expanding)
    replaced = connection.execute(count, ids).scalar_one()
    for table in ("measure_areas", "measure_institutions", "measures"):
        delete = text(f"DELETE FROM {table} WHERE measure_id IN :ids").bindparams(expanding)
        connection.execute(delete, ids)
    measures.to_sql("measures", connection, if_exists="append", index=False)
    links.to_sql("measure_institutions", connection, if_exists="append", index=False)
    places.to_sql("measure_areas", connection, if_exists="append", index=False)
    return {"added": len(measures), "replaced": int(replaced), "suppressed": 0}


def _add_release(
    connection: Connection,
    release_id: int,
    institution: str | None,
    file_name: str,
    file_sha256: str,
) -> None:
    """The release row records who submitted which file (by hash); counts follow."""
    pd.DataFrame(
        [{"id": release_id, "created_at": datetime.now(UTC).replace(tzinfo=None), "kind": "ingest",
          "description": f"submission {file_name}", "institution": institution,
          "file_name": file_name, "file_sha256": file_sha256, "row_counts": "{}",
          "rows_changed": 0, "schema_version": SCHEMA_VERSION}]
    ).to_sql("releases", connection, if_exists="append", index=False)  # fmt: skip
    connection.execute(
        text("UPDATE meta SET value = :release WHERE key = 'release_id'"),
        {"release": str(release_id)},
    )


def _describe_release(
    connection: Connection, release_id: int, file_name: str, counts: dict[str, int]
) -> None:
    """What changed and the table sizes after the release."""
    tables = ("observations", "measures", "sources")
    row_counts = {
        t: connection.execute(text(f"SELECT count(*) FROM {t}")).scalar_one() for t in tables
    }
    summary = ", ".join(f"{k} {v}" for k, v in counts.items())
    connection.execute(
        text(
            "UPDATE releases SET description = :description, row_counts = :counts, "
            "rows_changed = :changed WHERE id = :id"
        ),
        {"description": f"submission {file_name}: {summary}",
         "counts": json.dumps(row_counts, sort_keys=True),
         "changed": counts["added"] + counts["replaced"], "id": release_id},
    )  # fmt: skip
