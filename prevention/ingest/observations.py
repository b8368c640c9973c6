"""Indicator values: the row rules, then the write that recomputes every table it touches."""

import pandas as pd
from sqlalchemy import text
from sqlalchemy.engine import Connection

from prevention.ingest.store import SUBMISSION_PREFIX, StoreFacts
from prevention.ingest.templates import (
    OBSERVATION_OPTIONAL,
    OBSERVATION_REQUIRED,
    OBSERVATION_STATUSES,
)
from prevention.ingest.validate import Submission, number_cell, year_cell
from prevention.release import archive as release_archive
from prevention.release import pipeline
from prevention.store.models import BREAKDOWN_DIMENSIONS

KEY = ["indicator_code", "area_code", "year", "breakdown_dimension", "breakdown_category", "unit"]


def check_observations(
    submission: Submission, facts: StoreFacts, *, institution: str, replace: bool
) -> None:
    """Every row rule, on every row; problems are added to the submission."""
    seen: dict[tuple, int] = {}
    add = submission.add
    blank = dict.fromkeys(OBSERVATION_REQUIRED + OBSERVATION_OPTIONAL, "")
    for record in submission.rows.to_dict("records"):
        row, line = blank | record, record["line"]
        for column in OBSERVATION_REQUIRED:
            if column != "breakdown_category" and not row[column]:
                add(line, column, "empty: a value is required")
        code, area, unit = row["indicator_code"], row["area_code"], row["unit"]
        kind, expected_unit = facts.indicators.get(code, ("", ""))
        if code and not kind:
            add(line, "indicator_code", f"unknown indicator {code!r} (see the site's Data page)")
        if area and area not in facts.areas:
            add(line, "area_code", f"unknown area code {area!r}")
        if kind and unit and unit != expected_unit:
            add(line, "unit", f"{code} is counted in {expected_unit!r}, not {unit!r}")
        year = year_cell(row["year"], line, "year", submission)
        dimension, category = row["breakdown_dimension"], row["breakdown_category"]
        if dimension and dimension not in BREAKDOWN_DIMENSIONS:
            allowed = ", ".join(BREAKDOWN_DIMENSIONS)
            add(line, "breakdown_dimension", f"{dimension!r} is not one of: {allowed}")
        if dimension == "none" and category:
            add(line, "breakdown_category", "must be empty when breakdown_dimension is none")
        if dimension not in ("", "none") and not category:
            add(line, "breakdown_category", "empty: a category is required for a breakdown")
        value = number_cell(row["value"], line, "value", submission)
        if value is not None and value < 0:
            add(line, "value", f"{'a count' if kind == 'count' else 'a value'} cannot be negative")
        if value is not None and kind == "count" and not value.is_integer():
            add(line, "value", f"a count must be a whole number, got {row['value']}")
        status = row["status"] or "published"
        if status not in OBSERVATION_STATUSES:
            add(line, "status", f"{status!r} is not one of: {', '.join(OBSERVATION_STATUSES)}")
        key = (code, area, year, dimension, category, unit)
        # A missing or invalid year is reported as such, not as a duplicate of another one.
        if year is not None and key in seen:
            add(line, "-", f"the same indicator, area, year and breakdown as line {seen[key]}")
        if year is not None:
            seen.setdefault(key, line)
        if (institution, *key) in facts.submitted and not replace:
            add(line, "-", f"{institution} already submitted this value; use --replace")
    _check_breakdowns(submission, facts)


def _check_breakdowns(submission: Submission, facts: StoreFacts) -> None:
    """A breakdown's categories may not add up to more than their total (file, else store)."""
    if submission.rows.empty or not set(OBSERVATION_REQUIRED) <= set(submission.rows.columns):
        return
    frame = submission.rows.assign(
        number=pd.to_numeric(submission.rows["value"], errors="coerce"),
        year_number=pd.to_numeric(submission.rows["year"], errors="coerce"),
    )
    table = ["indicator_code", "area_code", "year_number", "unit"]
    totals = {
        tuple(r[:4]): r[4]
        for r in frame.loc[frame["breakdown_dimension"] == "none", [*table, "number"]].itertuples(
            index=False
        )
    }
    parts = frame[~frame["breakdown_dimension"].isin(["none", ""])].dropna(subset=["year_number"])
    for key, group in parts.groupby([*table, "breakdown_dimension"]):
        cell = (key[0], key[1], int(key[2]), key[3])
        total = totals.get(cell, facts.totals.get(cell))
        if total is None or pd.isna(total) or group["number"].sum() <= total:
            continue
        lines = ", ".join(str(n) for n in group["line"])
        submission.add(
            int(group["line"].iloc[0]),
            "value",
            f"the {key[4]} categories on lines {lines} add up to {group['number'].sum():g}, "
            f"more than the total {total:g} for {key[1]} in {cell[2]}",
        )


def write_observations(
    connection: Connection, rows: pd.DataFrame, *, institution: str, source_id: str, release: int
) -> dict[str, int]:
    """Reload every table the rows touch, recompute preferred values and disclosure, rewrite it."""
    new = _as_store_rows(rows, source_id, release)
    existing = pd.read_sql_query(text("SELECT * FROM observations"), connection)
    # Every period of a submitted indicator: its pooled three-year figures
    # (prevention.release.pooled) are sums over several yearly tables, computed again from all.
    touched = existing.merge(new[["indicator_code"]].drop_duplicates(), on="indicator_code")
    affected = existing[existing["id"].isin(touched["id"])]
    earlier = pd.read_sql_query(
        text("SELECT :prefix || id AS source_id FROM releases WHERE institution = :institution"),
        connection,
        params={"prefix": SUBMISSION_PREFIX, "institution": institution},
    )["source_id"]
    same_key = _keys(affected).isin(set(_keys(new)))
    replaced = affected["source_id"].isin(earlier) & same_key
    # Real figures supersede the whole illustrative table: never mix the two in one table.
    illustrative = affected["source_id"].eq("ILLUSTRATIVE") | affected["status"].eq("illustrative")
    kept = affected[~replaced & ~illustrative].drop(columns=["id", "preferred"])
    combined = pipeline.normalise_observations(pd.concat([kept, new], ignore_index=True))
    sources = pd.read_sql_query(text("SELECT source_id, tier, year FROM sources"), connection)
    indicators = pd.read_sql_query(text("SELECT * FROM indicators"), connection)
    areas = pd.read_sql_query(text("SELECT code, level, parent_code FROM areas"), connection)
    combined = pipeline.mark_preferred(combined, sources)
    # A cell hidden in the current release stays hidden, whatever its revised value.
    combined = pipeline.disclose(
        combined,
        indicators,
        areas,
        pipeline.hidden_cells(affected),
        pipeline.previous_cells(affected),
        release_archive.history(before=release),
    )
    # The tables this release rewrites, true values and all, for the steward's archive.
    archive = combined.attrs.pop("archive", None)
    if archive is not None:
        release_archive.record(release, archive)
    ids = [int(i) for i in affected["id"]]
    for start in range(0, len(ids), 500):
        chunk = ", ".join(map(str, ids[start : start + 500]))
        connection.execute(text(f"DELETE FROM observations WHERE id IN ({chunk})"))
    stored = [c for c in combined.columns if c in existing.columns and c != "id"]
    combined[stored].to_sql("observations", connection, if_exists="append", index=False)
    written = combined[combined["source_id"] == source_id]
    return {
        "added": len(new) - int(replaced.sum()),
        "replaced": int(replaced.sum()),
        "suppressed": int((written["status"] == "suppressed").sum()),
        "illustrative_withdrawn": int(illustrative.sum()),
    }


def _as_store_rows(rows: pd.DataFrame, source_id: str, release: int) -> pd.DataFrame:
    """Submitted cells as store rows: yearly periods, citing the submission's own source."""
    new = rows.drop(columns=["line"]).replace("", None)
    new["breakdown_category"] = new["breakdown_category"].fillna("")
    new["year"] = new["year"].astype(int)
    new["period_type"], new["period_label"] = "year", new["year"].astype(str)
    new["value"] = new["value"].astype(float)
    new["status"] = new["status"].fillna("published") if "status" in new else "published"
    new["source_id"], new["release_id"] = source_id, release
    return new


def _keys(frame: pd.DataFrame) -> pd.Series:
    """One comparable string per cell key (a Series even for no rows, unlike DataFrame.agg)."""
    keys = frame[pipeline.OBSERVATION_KEY].astype(str).itertuples(index=False)
    return pd.Series(["|".join(map(str, key)) for key in keys], index=frame.index, dtype=object)
