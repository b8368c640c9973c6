"""`python -m prevention check`: audit any store for disclosure control and integrity.

Every build and ingest runs this on the new file before it replaces the old one; a data
steward can run it on any store. Each violation names the table, the row and the rule.
"""

import sys
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine

from prevention import disclosure
from prevention.db import read_only_engine, store_state
from prevention.models import AREA_LEVELS, PERIOD_TYPES, STATUSES

TABLES = (
    "areas", "population", "indicators", "sources", "releases", "observations",
    "institutions", "measures", "measure_institutions", "measure_areas",
)  # fmt: skip
CELL_KEY = [
    "indicator_code", "area_code", "period_type", "period_label",
    "breakdown_dimension", "breakdown_category", "unit",
]  # fmt: skip


@dataclass
class AuditReport:
    """The outcome of an audit: row counts, suppression figures and every violation."""

    rows: dict[str, int] = field(default_factory=dict)
    summary: dict[str, int] = field(default_factory=dict)
    violations: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """A store passes only with no violation at all."""
        return not self.violations


def audit_store(engine: Engine) -> AuditReport:
    """Check every invariant the public site relies on; never stops at the first problem."""
    report = AuditReport()
    with engine.connect() as connection:
        for table in TABLES:
            report.rows[table] = connection.execute(
                text(f"SELECT count(*) FROM {table}")
            ).scalar_one()
        observations = pd.read_sql_query(
            text(
                "SELECT o.*, i.disclosure_class, i.value_kind, a.level, s.tier "
                "FROM observations o LEFT JOIN indicators i ON i.code = o.indicator_code "
                "LEFT JOIN areas a ON a.code = o.area_code "
                "LEFT JOIN sources s ON s.source_id = o.source_id"
            ),
            connection,
        )
        areas = pd.read_sql_query(text("SELECT code, level, parent_code FROM areas"), connection)
        report.violations += _integrity(connection)
    report.violations += _values(observations, areas)
    report.violations += _small_counts(observations)
    report.violations += _recoverable(observations, areas)
    report.violations += _preferred(observations)
    report.violations += _illustrative(observations)
    report.summary = disclosure.summary(observations)
    return report


def _integrity(connection: Connection) -> list[str]:
    """Foreign keys, checked by SQLite itself and by explicit joins for older stores."""
    problems = [
        f"{row[0]} row {row[1]}: points at a missing {row[2]} row (foreign key)"
        for row in connection.execute(text("PRAGMA foreign_key_check"))
    ]
    checks = {
        "observations.indicator_code": "SELECT id FROM observations WHERE indicator_code NOT IN (SELECT code FROM indicators)",
        "observations.area_code": "SELECT id FROM observations WHERE area_code NOT IN (SELECT code FROM areas)",
        "observations.source_id": "SELECT id FROM observations WHERE source_id NOT IN (SELECT source_id FROM sources)",
        "observations.release_id": "SELECT id FROM observations WHERE release_id NOT IN (SELECT id FROM releases)",
        "measure_institutions.institution": "SELECT measure_id FROM measure_institutions WHERE institution NOT IN (SELECT short_name FROM institutions)",
        "measure_areas.area_code": "SELECT measure_id FROM measure_areas WHERE area_code NOT IN (SELECT code FROM areas)",
        "measures.source_id": "SELECT measure_id FROM measures WHERE source_id NOT IN (SELECT source_id FROM sources)",
    }  # fmt: skip
    for column, sql in checks.items():
        for (row,) in connection.execute(text(sql)):
            message = f"{column.split('.')[0]} row {row}: {column} has no matching row"
            if message not in problems:
                problems.append(message)
    return problems


def _values(observations: pd.DataFrame, areas: pd.DataFrame) -> list[str]:
    """Known statuses, period types and levels; suppressed cells carry no value."""
    problems = []
    for row in observations.itertuples(index=False):
        where = f"observations row {row.id}"
        if row.status not in STATUSES:
            problems.append(f"{where}: unknown status {row.status!r}")
        if row.period_type not in PERIOD_TYPES:
            problems.append(f"{where}: unknown period type {row.period_type!r}")
        if row.status == "suppressed" and pd.notna(row.value):
            problems.append(f"{where}: suppressed but still carries the value {row.value}")
        if row.status == "suppressed" and row.suppression not in ("primary", "secondary"):
            problems.append(f"{where}: suppressed without saying whether primary or secondary")
        if row.status in ("published", "illustrative") and pd.isna(row.value):
            problems.append(f"{where}: status {row.status} but no value")
    for row in areas.itertuples(index=False):
        if row.level not in AREA_LEVELS:
            problems.append(f"areas row {row.code}: unknown level {row.level!r}")
    return problems


def _personal_counts(observations: pd.DataFrame) -> pd.DataFrame:
    """Rows under disclosure control: counts derived from personal data."""
    return observations[
        (observations["disclosure_class"] == "personal") & (observations["value_kind"] == "count")
    ]


def _small_counts(observations: pd.DataFrame) -> list[str]:
    """No personal count of 1..THRESHOLD-1 below national level, whatever its status."""
    personal = _personal_counts(observations)
    small = personal[
        (personal["level"] != "country") & personal["value"].between(1, disclosure.THRESHOLD - 1)
    ]
    return [
        f"observations row {row.id}: {row.indicator_code} {row.area_code} {row.period_label} "
        f"publishes the small count {row.value:g} (threshold {disclosure.THRESHOLD})"
        for row in small.itertuples(index=False)
    ]


def _recoverable(observations: pd.DataFrame, areas: pd.DataFrame) -> list[str]:
    """No suppressed cell can be solved for from the published preferred cells of its table."""
    personal = _personal_counts(observations)
    personal = personal[personal["preferred"].astype(bool)].assign(source_id="*")
    problems = []
    for key, table in personal.groupby(disclosure.TABLE_KEY, dropna=False):
        for label in disclosure.derivable(table, areas):
            row = table.loc[label]
            problems.append(
                f"observations row {row['id']}: suppressed {key[0]} {row['area_code']} "
                f"{key[2]} can be derived from published cells"
            )
    return problems


def _preferred(observations: pd.DataFrame) -> list[str]:
    """Exactly one preferred value per cell, whatever the number of sources."""
    counts = observations.groupby(CELL_KEY, dropna=False)["preferred"].sum()
    return [
        f"observations cell {'/'.join(str(k) for k in key)}: {int(n)} preferred values, expected 1"
        for key, n in counts.items()
        if n != 1
    ]


def _illustrative(observations: pd.DataFrame) -> list[str]:
    """Illustrative rows cite the illustrative source, and only they do."""
    problems = []
    for row in observations.itertuples(index=False):
        generated_source = row.tier == 9
        if row.status == "illustrative" and not generated_source:
            problems.append(f"observations row {row.id}: illustrative but cites {row.source_id}")
        if generated_source and row.status not in ("illustrative", "suppressed"):
            problems.append(f"observations row {row.id}: generated source on a {row.status} row")
    return problems


def format_report(report: AuditReport) -> str:
    """A summary for people: rows per table, suppression, then each violation on its line."""
    lines = ["rows: " + ", ".join(f"{table} {rows}" for table, rows in report.rows.items())]
    lines.append(
        "suppressed cells: {suppressed} ({primary} primary, {secondary} secondary)".format(
            **report.summary
        )
    )
    if report.ok:
        lines.append("check passed: no violations")
    else:
        lines.append(f"check FAILED: {len(report.violations)} violations")
        lines += [f"  {violation}" for violation in report.violations]
    return "\n".join(lines)


def run(database: Path) -> int:
    """CLI entry: audit a store file and exit non-zero on any violation."""
    state = store_state(database)
    if not state.ok:
        print(f"cannot check {database}: {state.problem} ({state.detail})", file=sys.stderr)
        return 1
    report = audit_store(read_only_engine(database))
    print(format_report(report))
    return 0 if report.ok else 1
