"""`python -m prevention check`: audit any store for disclosure control and integrity.

Every build and ingest runs this on the new file before it replaces the old one; a data
steward can run it on any store, and where the steward's archive of earlier releases
(`prevention.release.archive`) is at hand, the store is audited beside every one of them.
Each violation names the table, the row and the rule, and the audit never stops at the first
one: a steward fixes a file once, not once per problem.
"""

import sqlite3
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd
from pandas.errors import DatabaseError
from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import SQLAlchemyError

from prevention.release import archive as release_archive
from prevention.release import disclosure
from prevention.store.db import Store, read_only_engine, sql_for, store_state
from prevention.store.models import (
    AREA_LEVELS,
    DISCLOSURE_CLASSES,
    PERIOD_TYPES,
    STATUSES,
    VALUE_KINDS,
)

TABLES = (
    "areas", "population", "indicators", "sources", "releases", "observations",
    "institutions", "measures", "measure_institutions", "measure_areas", "help_contacts",
)  # fmt: skip
# One observed cell: sources may disagree on it, and exactly one of their rows is preferred.
CELL_KEY = [
    "indicator_code", "area_code", "period_type", "period_label",
    "breakdown_dimension", "breakdown_category", "unit",
]  # fmt: skip
# Statuses whose rows show a number: a NULL value there would be drawn as a gap unexplained.
VALUED_STATUSES = ("published", "provisional", "illustrative")
# Explicit joins, for stores written with foreign keys off: (table, row id, column, target).
REFERENCES = (
    ("observations", "id", "indicator_code", "indicators", "code"),
    ("observations", "id", "area_code", "areas", "code"),
    ("observations", "id", "source_id", "sources", "source_id"),
    ("observations", "id", "release_id", "releases", "id"),
    ("areas", "code", "parent_code", "areas", "code"),
    ("measures", "measure_id", "lead_institution", "institutions", "short_name"),
    ("measures", "measure_id", "source_id", "sources", "source_id"),
    ("measures", "measure_id", "release_id", "releases", "id"),
    ("measure_institutions", "measure_id", "measure_id", "measures", "measure_id"),
    ("measure_institutions", "measure_id", "institution", "institutions", "short_name"),
    ("measure_areas", "measure_id", "measure_id", "measures", "measure_id"),
    ("measure_areas", "measure_id", "area_code", "areas", "code"),
    ("help_contacts", "contact_id", "source_id", "sources", "source_id"),
)  # fmt: skip
OBSERVATIONS_SQL = """
SELECT o.*, i.disclosure_class, i.value_kind, a.level, s.tier
FROM observations o
LEFT JOIN indicators i ON i.code = o.indicator_code
LEFT JOIN areas a ON a.code = o.area_code
LEFT JOIN sources s ON s.source_id = o.source_id
"""


@dataclass(frozen=True)
class AuditReport:
    """The outcome of an audit: suppression figures, row counts and every violation."""

    ok: bool
    summary: dict[str, int]
    violations: list[str]
    rows: dict[str, int] = field(default_factory=dict)


def audit_store(engine: Engine, archived: Sequence[pd.DataFrame] = ()) -> AuditReport:
    """Check every invariant the public site relies on; never stops at the first problem.

    `archived`: the steward's record of every earlier published release
    (`prevention.release.archive.history`), which an intruder may hold beside this one.
    """
    with engine.connect() as connection:
        rows = {table: _scalar(connection, f"SELECT count(*) FROM {table}") for table in TABLES}
        observations = pd.read_sql_query(text(OBSERVATIONS_SQL), connection)
        areas = pd.read_sql_query(text("SELECT code, level, parent_code FROM areas"), connection)
        indicators = pd.read_sql_query(text("SELECT * FROM indicators"), connection)
        violations = _integrity(connection)
    observations["preferred"] = observations["preferred"].astype(bool)
    violations += _valid_values(observations, areas, indicators)
    violations += _suppression_flags(observations)
    violations += _small_counts(observations)
    violations += _recoverable(observations, areas)
    if archived:
        violations += _narrowed_by_archive(observations, areas, archived)
    violations += _preferred(observations)
    violations += _illustrative(observations)
    violations += _rates(observations)
    summary = disclosure.summary(observations)
    return AuditReport(ok=not violations, summary=summary, violations=violations, rows=rows)


def compare_releases(old: Engine, new: Engine) -> list[str]:
    """What reading the previous and the new release side by side would reveal.

    (vii) A cell suppressed in the old release stays suppressed in the new one: publishing its
    revised value next to the old total and unchanged parts would give the old value away.
    (viii) Taking every value either release publishes as known (the worst case: nothing was
    revised), no cell the new release suppresses can be solved for.
    """
    before = _published_cells(old)
    after = _published_cells(new)
    merged = after.reset_index().merge(
        before[[*CELL_KEY, "value", "status"]], on=CELL_KEY, how="left", suffixes=("", "_old")
    )
    merged = merged.set_index("index")
    was_hidden = merged["status_old"] == disclosure.SUPPRESSED
    now_hidden = merged["status"] == disclosure.SUPPRESSED
    problems = _where(
        merged, was_hidden & ~now_hidden, "release comparison",
        "{indicator_code} {area_code} {period_label} {breakdown_category} was suppressed in "
        "the previous release and is published in the new one",
    )  # fmt: skip
    return problems + _narrowed(before, after, _areas(new))


def _narrowed(before: pd.DataFrame, after: pd.DataFrame, areas: pd.DataFrame) -> list[str]:
    """(viii) Hidden cells an intruder holding both releases narrows too far.

    Nobody outside knows which hidden values were revised, so the worst case is taken: a cell
    hidden now but published before kept its old value, and a cell hidden in both is the same
    unknown. The interval audit of the new release then reads the old one's values too.
    """
    new = after.assign(source_id="*")
    old = before[[*CELL_KEY, "value", "status"]].copy()
    old["hidden"] = old["status"] == disclosure.SUPPRESSED
    unchanged = (
        new.reset_index()
        .merge(old[[*CELL_KEY, "value", "hidden"]], on=CELL_KEY, how="left", suffixes=("", "_old"))
        .set_index("index")
    )
    carried = (unchanged["status"] == disclosure.SUPPRESSED) & (unchanged["hidden"] == False)  # noqa: E712
    new.loc[carried[carried].index, "value"] = unchanged.loc[carried, "value_old"]
    failing = disclosure.audit(new, areas, [old])
    contradicted = failing["low"].isna()
    if contradicted.any():
        # The published values show that some cell hidden in both releases was revised, so
        # "unchanged" is not what an intruder can assume there: each release's hidden cells
        # are then unknowns of their own, tied by the published values alone.
        apart = disclosure.audit(new, areas, [old], link_hidden=False)
        failing = pd.concat(
            [failing[~contradicted], apart[~apart.index.isin(failing.index[~contradicted])]]
        )
    rows = after.loc[failing.index].assign(low=failing["low"], high=failing["high"])
    return _where(
        rows, pd.Series(True, index=rows.index), "release comparison",
        "hidden {indicator_code} {area_code} {period_label} {breakdown_category} narrows to "
        "{low:g}-{high:g} when the previous and the new release are read together",
    )  # fmt: skip


def _published_cells(engine: Engine) -> pd.DataFrame:
    """The preferred personal counts of a store: the cells under disclosure control."""
    with engine.connect() as connection:
        observations = pd.read_sql_query(text(OBSERVATIONS_SQL), connection)
    observations["preferred"] = observations["preferred"].astype(bool)
    personal = _personal_counts(observations)
    # Generated cells reveal nobody: only real figures are compared across releases.
    return personal[personal["preferred"] & (personal["source_id"] != "ILLUSTRATIVE")]


def _areas(engine: Engine) -> pd.DataFrame:
    with engine.connect() as connection:
        return pd.read_sql_query(text("SELECT code, level, parent_code FROM areas"), connection)


def _scalar(connection: Connection, sql: str) -> int:
    """One number from the store."""
    return int(connection.execute(text(sql)).scalar_one())


def _where(frame: pd.DataFrame, mask: pd.Series, rule: str, template: str) -> list[str]:
    """One violation per observation row in `mask`: the template is formatted with its row."""
    return [
        f"observations row {row['id']} [{rule}]: " + template.format(**row)
        for row in frame[mask].to_dict("records")
    ]


def _integrity(connection: Connection) -> list[str]:
    """(iv) Foreign keys, checked by the database itself and by explicit joins for older stores.

    PostgreSQL enforces them on every write, so only SQLite is asked for a list.
    """
    problems = [
        f"{table} row {rowid} [foreign key]: points at a missing {parent} row"
        for table, rowid, parent in sql_for(connection).foreign_key_problems(connection)
    ]
    for table, row_id, column, target, target_column in REFERENCES:
        sql = (
            f"SELECT {row_id}, {column} FROM {table} WHERE {column} IS NOT NULL "
            f"AND {column} NOT IN (SELECT {target_column} FROM {target})"
        )
        problems += [
            f"{table} row {row} [foreign key]: {column} {value!r} has no matching {target} row"
            for row, value in connection.execute(text(sql))
        ]
    return problems


def _valid_values(
    observations: pd.DataFrame, areas: pd.DataFrame, indicators: pd.DataFrame
) -> list[str]:
    """(v) Known statuses, period types, levels and the classes the disclosure rules read."""
    problems = _where(
        observations, ~observations["status"].isin(STATUSES), "valid values",
        "unknown status {status!r}",
    ) + _where(
        observations, ~observations["period_type"].isin(PERIOD_TYPES), "valid values",
        "unknown period type {period_type!r}",
    )  # fmt: skip
    problems += [
        f"areas row {code} [valid values]: unknown level {level!r}"
        for code, level in zip(areas["code"], areas["level"], strict=True)
        if level not in AREA_LEVELS
    ]
    # A misspelt class would silently take an indicator out of disclosure control.
    for column, allowed in (("disclosure_class", DISCLOSURE_CLASSES), ("value_kind", VALUE_KINDS)):
        problems += [
            f"indicators row {code} [valid values]: unknown {column} {value!r}"
            for code, value in zip(indicators["code"], indicators[column], strict=True)
            if value not in allowed
        ]
    return problems


def _suppression_flags(observations: pd.DataFrame) -> list[str]:
    """(ii) A suppressed row carries no value and says why; a valued status carries a value."""
    status = observations["status"]
    suppressed = status == disclosure.SUPPRESSED
    reason = observations["suppression"].isin(["primary", "secondary"])
    return (
        _where(observations, suppressed & observations["value"].notna(), "suppression flags",
               "suppressed but still carries the value {value}")
        + _where(observations, suppressed & ~reason, "suppression flags",
                 "suppressed without saying whether primary or secondary ({suppression!r})")
        + _where(observations, ~suppressed & observations["suppression"].notna(),
                 "suppression flags", "status {status} but marked {suppression} suppression")
        + _where(observations, status.isin(VALUED_STATUSES) & observations["value"].isna(),
                 "suppression flags", "status {status} but no value")
    )  # fmt: skip


def _personal_counts(observations: pd.DataFrame) -> pd.DataFrame:
    """Rows under disclosure control: counts derived from personal data."""
    personal = (observations["disclosure_class"] == "personal") & (
        observations["value_kind"] == "count"
    )
    return observations[personal]


def _small_counts(observations: pd.DataFrame) -> list[str]:
    """(i) No personal count of 1..THRESHOLD-1 below national level, whatever its status."""
    personal = _personal_counts(observations)
    small = (personal["level"] != "country") & personal["value"].between(
        1, disclosure.THRESHOLD - 1
    )
    return _where(
        personal, small, "small count",
        "{indicator_code} {area_code} {period_label} publishes the small count {value:g} "
        f"(threshold {disclosure.THRESHOLD})",
    )  # fmt: skip


def _recoverable(observations: pd.DataFrame, areas: pd.DataFrame) -> list[str]:
    """(iii) No hidden cell narrowed too far, nor read off another row, unit or note.

    The interval audit (`prevention.release.disclosure.audit`) reads what an intruder reads: the
    published cells, their relations, whole numbers, and that a hidden count may be 0.
    """
    personal = _personal_counts(observations)
    # The build protects the preferred cells of an indicator and period as one table,
    # whatever their sources, so the audit reads the tables the same way.
    preferred = personal[personal["preferred"]].assign(source_id="*")
    failing = disclosure.audit(preferred, areas)
    rows = personal.loc[failing.index].assign(low=failing["low"], high=failing["high"])
    contradicted = rows["low"].isna()
    problems = _where(
        rows, contradicted, "interval",
        "hidden {indicator_code} {area_code} {period_label} {breakdown_category}: the "
        "published cells around it do not add up, so its protection cannot be shown",
    ) + _where(
        rows, ~contradicted, "interval",
        "hidden {indicator_code} {area_code} {period_label} {breakdown_category} can be "
        f"narrowed to {{low:g}}-{{high:g}} from the published cells (each hidden count must "
        f"reach {disclosure.MIN_TOP} and span {disclosure.MIN_WIDTH}, or run from 0 to a "
        f"published total below {disclosure.THRESHOLD})",
    )  # fmt: skip
    hidden = personal[personal["preferred"] & (personal["status"] == disclosure.SUPPRESSED)]
    # The same count under another unit (a rate carries its own unit and is checked apart).
    same_cell = [key for key in CELL_KEY if key != "unit"]
    counts = observations[observations["value_kind"] == "count"]
    others = counts[counts["value"].notna() & ~counts.index.isin(hidden.index)]
    leaked = others.reset_index().merge(hidden[same_cell].drop_duplicates(), on=same_cell)
    leaked = leaked.set_index("index")
    problems += _where(
        leaked, pd.Series(True, index=leaked.index), "derivable",
        "source {source_id} publishes the value of a hidden cell ({indicator_code} "
        "{area_code} {period_label} {breakdown_category}, unit {unit})",
    )  # fmt: skip
    noted = hidden["note"].fillna("").astype(str).str.strip() != ""
    return problems + _where(
        hidden, noted, "hidden note",
        "hidden {indicator_code} {area_code} {period_label} {breakdown_category} publishes "
        "a note ({note!r}); notes on hidden cells stay in the steward's archive",
    )  # fmt: skip


def _narrowed_by_archive(
    observations: pd.DataFrame, areas: pd.DataFrame, archived: Sequence[pd.DataFrame]
) -> list[str]:
    """(iii, across releases) No hidden cell narrowed too far by an intruder who holds every
    earlier published release too: their published values, and their relations.

    The archive holds the true values behind earlier hidden cells; the audit reads only what
    those releases published (`hidden` ones stay unknown), as `disclosure.audit` does.
    """
    personal = _personal_counts(observations)
    preferred = personal[personal["preferred"]].assign(source_id="*")
    codes = set(preferred["indicator_code"])
    history = [frame[frame["indicator_code"].isin(codes)] for frame in archived]
    failing = disclosure.audit(preferred, areas, history)
    alone = disclosure.audit(preferred, areas)  # reported by _recoverable already
    failing = failing[~failing.index.isin(alone.index)]
    rows = personal.loc[failing.index].assign(low=failing["low"], high=failing["high"])
    return _where(
        rows, pd.Series(True, index=rows.index), "archived releases",
        "hidden {indicator_code} {area_code} {period_label} {breakdown_category} can be "
        "narrowed to {low:g}-{high:g} when this release is read beside the earlier published "
        f"releases of the steward's archive ({len(archived)})",
    )  # fmt: skip


def _preferred(observations: pd.DataFrame) -> list[str]:
    """(vi) Exactly one preferred value per cell, whatever the number of sources."""
    chosen = observations.groupby(CELL_KEY, dropna=False)["preferred"].transform("sum")
    wrong = observations[chosen != 1]
    problems = []
    for key, group in wrong.groupby(CELL_KEY, dropna=False, sort=True):
        ids = ", ".join(str(i) for i in group["id"])
        cell = "/".join(str(part) for part in key)
        problems.append(
            f"observations rows {ids} [one preferred]: cell {cell} has "
            f"{int(group['preferred'].sum())} preferred values, expected 1"
        )
    return problems


def _illustrative(observations: pd.DataFrame) -> list[str]:
    """(vii) Illustrative rows cite the generated source (tier 9), and only they do."""
    generated = observations["tier"] == 9
    status = observations["status"]
    # An illustrative count hidden by suppression keeps its generated source.
    official = ~status.isin(["illustrative", disclosure.SUPPRESSED])
    return _where(
        observations, (status == "illustrative") & ~generated, "illustrative source",
        "illustrative but cites {source_id}, which is not generated data (tier 9)",
    ) + _where(
        observations, generated & official, "illustrative source",
        "status {status} but cites the generated source {source_id}",
    )  # fmt: skip


def _rates(observations: pd.DataFrame) -> list[str]:
    """(viii) No rate shown for an area and period whose personal count is suppressed."""
    # No link names a rate's count, so every personal count of the same cell counts.
    rate_cell = [key for key in CELL_KEY if key not in ("indicator_code", "unit")]
    rates = observations[(observations["value_kind"] == "rate") & observations["value"].notna()]
    personal = _personal_counts(observations)
    hidden = personal.loc[personal["status"] == disclosure.SUPPRESSED, rate_cell]
    if rates.empty or hidden.empty:
        return []
    leaked = rates.reset_index().merge(hidden.drop_duplicates(), on=rate_cell)
    leaked = leaked.set_index("index")
    return _where(
        leaked, pd.Series(True, index=leaked.index), "suppressed rate",
        "rate {indicator_code} {area_code} {period_label} shown although its count is suppressed",
    )  # fmt: skip


def format_report(report: AuditReport) -> str:
    """A summary for people: rows per table, suppression, then each violation on its line."""
    lines = ["rows: " + ", ".join(f"{table} {rows}" for table, rows in report.rows.items())]
    summary = report.summary
    lines.append(
        f"suppressed cells: {summary.get('suppressed', 0)} ({summary.get('primary', 0)} "
        f"primary, {summary.get('secondary', 0)} secondary)"
    )
    if report.ok:
        lines.append("check passed: no violations")
    else:
        lines.append(f"check FAILED: {len(report.violations)} violations")
        lines += [f"  {violation}" for violation in report.violations]
    return "\n".join(lines)


def _archived_before(engine: Engine) -> list[pd.DataFrame]:
    """The steward's archive of the releases before this store's own (none without one)."""
    with engine.connect() as connection:
        current = _scalar(connection, "SELECT coalesce(max(id), 0) FROM releases")
    return release_archive.history(before=current)


def run(database: Store) -> int:
    """CLI entry: audit a store, print the report, and exit non-zero on any violation."""
    state = store_state(database)
    if not state.ok:
        print(f"cannot check {database}: {state.problem} ({state.detail})", file=sys.stderr)
        return 1
    try:
        engine = read_only_engine(database)
        report = audit_store(engine, _archived_before(engine))
    except (SQLAlchemyError, DatabaseError, sqlite3.DatabaseError) as error:
        # A store that opens but cannot be read through: a report, never a traceback.
        reason = str(getattr(error, "orig", None) or error).splitlines()[0]
        print(f"cannot check {database}: damaged ({reason})", file=sys.stderr)
        return 1
    print(format_report(report))
    return 0 if report.ok else 1
