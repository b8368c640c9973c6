"""Prevention measures: the row rules, then the write that replaces an institution's measures.

A submitted measure id is the institution's own; the store keeps it as "<institution>:<id>" so
two institutions may both call a measure "2024-01".
"""

import pandas as pd
from sqlalchemy import bindparam, text
from sqlalchemy.engine import Connection
from sqlalchemy.sql.elements import BindParameter

from prevention.ingest.store import StoreFacts
from prevention.ingest.templates import MEASURE_OPTIONAL, MEASURE_REQUIRED, MEASURE_STATUSES
from prevention.ingest.validate import Submission, number_cell, year_cell
from prevention.release import pipeline
from prevention.store.models import MEASURE_TYPES, TARGET_GROUPS


def stored_measure_id(institution: str, measure_id: str) -> str:
    """The store's id of an institution's measure."""
    return f"{institution}:{measure_id}"


def check_measures(
    submission: Submission, facts: StoreFacts, *, institution: str, replace: bool
) -> None:
    """Every row rule, on every row; problems are added to the submission."""
    add = submission.add
    seen: dict[str, int] = {}
    blank = dict.fromkeys(MEASURE_REQUIRED + MEASURE_OPTIONAL, "")
    for record in submission.rows.to_dict("records"):
        row, line = blank | record, record["line"]
        for column in MEASURE_REQUIRED:
            if not row[column]:
                add(line, column, "empty: a value is required")
        if not (row["title_lt"] or row["title_en"]):
            add(line, "title_lt", "empty: a title in Lithuanian or English is required")
        _one_of(submission, line, "measure_type", row["measure_type"], MEASURE_TYPES)
        _one_of(submission, line, "target_group", row["target_group"], TARGET_GROUPS)
        _one_of(submission, line, "status", row["status"], MEASURE_STATUSES)
        start = year_cell(row["start_year"], line, "start_year", submission)
        end = year_cell(row["end_year"], line, "end_year", submission)
        if start and end and end < start:
            add(line, "end_year", f"ends ({end}) before it starts ({start})")
        budget = number_cell(row["budget_eur"], line, "budget_eur", submission)
        if budget is not None and budget < 0:
            add(line, "budget_eur", "a budget cannot be negative")
        for area in _split(row["areas"]):
            if area not in facts.areas:
                add(line, "areas", f"unknown area code {area!r}")
        for partner in _split(row["partner_institutions"]):
            if partner not in facts.institutions:
                add(line, "partner_institutions", f"unknown institution {partner!r}")
        measure_id = row["measure_id"]
        if measure_id in seen:
            add(line, "measure_id", f"the same measure_id as line {seen[measure_id]}")
        seen.setdefault(measure_id, line)
        stored = stored_measure_id(institution, measure_id)
        if measure_id and stored in facts.measure_ids and not replace:
            add(line, "measure_id", f"{institution} already submitted {measure_id}; use --replace")


def write_measures(
    connection: Connection, rows: pd.DataFrame, *, institution: str, source_id: str, release: int
) -> dict[str, int]:
    """Insert the measures, replacing the institution's earlier ones with the same ids."""
    frame = rows.drop(columns=["line"]).replace("", None)
    frame["measure_id"] = [stored_measure_id(institution, m) for m in frame["measure_id"]]
    frame["lead_institution"], frame["illustrative"] = institution, False
    frame["source_id"], frame["release_id"] = source_id, release
    frame[["start_year", "end_year"]] = frame[["start_year", "end_year"]].astype(int)
    for column in ("budget_eur", "partner_institutions", "status"):
        if column not in frame:
            frame[column] = None
    frame["budget_eur"] = pd.to_numeric(frame["budget_eur"])
    frame["status"] = frame["status"].fillna("unknown")
    measures, links, places = pipeline.split_measures(frame)
    expanding: BindParameter[list[str]] = bindparam("ids", expanding=True)
    ids = {"ids": list(measures["measure_id"])}
    count = text("SELECT count(*) FROM measures WHERE measure_id IN :ids").bindparams(expanding)
    replaced = int(connection.execute(count, ids).scalar_one())
    for table in ("measure_areas", "measure_institutions", "measures"):
        delete = text(f"DELETE FROM {table} WHERE measure_id IN :ids").bindparams(expanding)
        connection.execute(delete, ids)
    measures.to_sql("measures", connection, if_exists="append", index=False)
    links.to_sql("measure_institutions", connection, if_exists="append", index=False)
    places.to_sql("measure_areas", connection, if_exists="append", index=False)
    return {"added": len(measures) - replaced, "replaced": replaced, "suppressed": 0}


def _one_of(
    submission: Submission, line: int, column: str, value: str, allowed: tuple[str, ...]
) -> None:
    """A coded cell must use one of the published codes (an empty optional cell is fine)."""
    if value and value not in allowed:
        submission.add(line, column, f"{value!r} is not one of: {', '.join(allowed)}")


def _split(cell: str) -> list[str]:
    """A ";"-separated cell as its parts."""
    return [part.strip() for part in cell.split(";") if part.strip()]
