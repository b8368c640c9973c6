"""Read the reviewable seed CSVs into DataFrames, keeping every code a string."""

from pathlib import Path

import pandas as pd

from prevention.i18n.bidi import strip_bidi_frame
from prevention.paths import SEED_DIR

# Codes look numeric ("11") but must never become numbers: they are join keys.
STRING_COLUMNS = {
    "code",
    "area_code",
    "parent_code",
    "source_id",
    "source_ids",
    "indicator_code",
    "measure_id",
    "short_name",
    "lead_institution",
    "partner_institutions",
    "areas",
    "period_label",
    "breakdown_category",
    "year",
    "contact_id",
    "number",
    "checked",
}
# Tables whose year is a data year; a source's "year" is free text ("n.d. (2020-2022)").
YEAR_TABLES = {"observations", "population"}


def read_csv_keeping_codes(path: Path) -> pd.DataFrame:
    """One seed-format CSV, with code columns as strings and empty cells as missing."""
    header = pd.read_csv(path, nrows=0).columns
    dtypes = {column: "string" for column in header if column in STRING_COLUMNS}
    frame = pd.read_csv(path, dtype=dtypes, encoding="utf-8")
    if "year" in frame.columns and path.stem in YEAR_TABLES:
        frame["year"] = pd.to_numeric(frame["year"], errors="raise").astype("Int64")
    return frame


def read_seed(seed_dir: Path = SEED_DIR) -> dict[str, pd.DataFrame]:
    """Every CSV in a seed folder, keyed by file stem ("areas", "observations", ...).

    Bidirectional controls are dropped from its text (prevention/i18n/bidi.py).
    """
    return {
        path.stem: strip_bidi_frame(read_csv_keeping_codes(path))
        for path in sorted(seed_dir.glob("*.csv"))
    }
