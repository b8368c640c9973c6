"""The observation summaries: counted once when a release is written, read by the data page.

Counting every observation per status or per indicator takes seconds on a store of a million
rows; the summaries hold a few dozen rows. Build and ingest call `refresh` inside the
transaction that writes the release, so a summary always matches its observations.
"""

from sqlalchemy import text
from sqlalchemy.engine import Connection

from prevention.example_layer import ILLUSTRATIVE_SOURCE
from prevention.store.backend import SqlDialect
from prevention.store.db import sql_for

TABLES = ("status_counts", "indicator_coverage")

# Generated rows are the ones citing the illustrative source (illustrative/example_layer.py).
GENERATED = f"(o.source_id = '{ILLUSTRATIVE_SOURCE}')"

STATUS_COUNTS = (
    "INSERT INTO status_counts (status, suppression, illustrative, cells) "
    f"SELECT o.status, coalesce(o.suppression, ''), {GENERATED}, count(*) FROM observations o "
    f"GROUP BY o.status, coalesce(o.suppression, ''), {GENERATED}"
)


def coverage_sql(sql: SqlDialect) -> str:
    """The per-indicator summary; only the join of distinct source ids differs by database."""
    joined = sql.distinct_join("o.source_id")
    return (
        "INSERT INTO indicator_coverage "
        "(code, illustrative, first_year, last_year, rows, source_ids, updated) "
        f"SELECT o.indicator_code, {GENERATED}, min(o.year), max(o.year), count(*), {joined}, "
        "max(r.created_at) FROM observations o JOIN releases r ON r.id = o.release_id "
        f"GROUP BY o.indicator_code, {GENERATED}"
    )


def statements(sql: SqlDialect) -> list[str]:
    """Empty both summaries and count them again from the observations."""
    return [
        "DELETE FROM status_counts",
        STATUS_COUNTS,
        "DELETE FROM indicator_coverage",
        coverage_sql(sql),
    ]


def refresh(connection: Connection) -> None:
    """Rewrite the summaries in the caller's transaction."""
    for statement in statements(sql_for(connection)):
        connection.execute(text(statement))
