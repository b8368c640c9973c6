"""Read the reviewable seed (CSVs plus the indicators' prose) into DataFrames, codes as strings."""

import tomllib
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
# The indicators' names, definitions and caveats are prose that reviewers edit, so they live in
# TOML (one [[indicator]] table each, both languages together) rather than in CSV cells.
INDICATORS_FILE = "indicators.toml"
INDICATOR_COLUMNS = (
    "code", "topic", "name_lt", "name_en", "definition_lt", "definition_en", "unit",
    "value_kind", "per_capita", "better", "disclosure_class", "caveat_lt", "caveat_en",
)  # fmt: skip


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
    tables = {path.stem: read_csv_keeping_codes(path) for path in sorted(seed_dir.glob("*.csv"))}
    if (seed_dir / INDICATORS_FILE).exists():
        tables["indicators"] = read_indicators(seed_dir / INDICATORS_FILE)
    return {name: strip_bidi_frame(frame) for name, frame in sorted(tables.items())}


def seed_files(seed_dir: Path = SEED_DIR) -> list[Path]:
    """The files a build reads: a store older than any of them is built again."""
    return [*sorted(seed_dir.glob("*.csv")), *sorted(seed_dir.glob(INDICATORS_FILE))]


def read_indicators(path: Path) -> pd.DataFrame:
    """indicators.toml as the indicators table; the order of its tables is the display order."""
    with path.open("rb") as handle:
        entries = tomllib.load(handle)["indicator"]
    unknown = {key for entry in entries for key in entry} - set(INDICATOR_COLUMNS)
    if unknown:
        raise ValueError(f"{path.name}: unknown fields {sorted(unknown)}")
    frame = pd.DataFrame(entries, columns=list(INDICATOR_COLUMNS))
    frame["code"] = frame["code"].astype("string")
    frame["per_capita"] = frame["per_capita"].fillna(False).astype(bool)
    # An absent `better` means "more is not clearly better": missing, as an empty CSV cell was.
    frame["better"] = frame["better"].astype("str").where(frame["better"].notna())
    frame["sort_order"] = range(1, len(frame) + 1)
    return frame
