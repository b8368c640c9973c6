"""What validation needs to know about the store, read through a read-only connection."""

from dataclasses import dataclass

import pandas as pd
from sqlalchemy import text

from prevention.store.db import Store, read_only_engine

SUBMISSION_PREFIX = "SUBMISSION-"
# The rows each earlier submission added, with the institution that submitted them.
SUBMITTED = (
    "SELECT r.institution, o.indicator_code, o.area_code, o.year, o.breakdown_dimension, "
    "o.breakdown_category, o.unit FROM observations o "
    f"JOIN releases r ON o.source_id = '{SUBMISSION_PREFIX}' || r.id"
)
TOTALS = (
    "SELECT indicator_code, area_code, year, unit, value FROM observations "
    "WHERE breakdown_dimension = 'none' AND preferred = TRUE AND value IS NOT NULL "
    "AND period_type = 'year'"
)


@dataclass(frozen=True)
class StoreFacts:
    """Codes, kinds and the keys earlier submissions hold."""

    indicators: dict[str, tuple[str, str]]  # code -> (value_kind, unit)
    areas: set[str]
    institutions: dict[str, str]  # short name -> English name
    submitted: set[tuple]  # (institution, indicator, area, year, dimension, category, unit)
    measure_ids: set[str]
    totals: dict[tuple, float]  # (indicator, area, year, unit) -> preferred total


def store_facts(database: Store) -> StoreFacts:
    """Read the facts once; the store is never opened for writing here."""
    engine = read_only_engine(database)
    with engine.connect() as connection:

        def read(sql: str) -> pd.DataFrame:
            return pd.read_sql_query(text(sql), connection)

        indicators = read("SELECT code, value_kind, unit FROM indicators")
        areas = read("SELECT code FROM areas")
        institutions = read("SELECT short_name, name_en FROM institutions")
        submitted = read(SUBMITTED)
        totals = read(TOTALS)
        measures = read("SELECT measure_id FROM measures")
    engine.dispose()
    return StoreFacts(
        indicators={r.code: (r.value_kind, r.unit) for r in indicators.itertuples()},
        areas=set(areas["code"]),
        institutions=dict(zip(institutions["short_name"], institutions["name_en"], strict=True)),
        submitted={tuple(r) for r in submitted.itertuples(index=False)},
        measure_ids=set(measures["measure_id"]),
        totals={(r[0], r[1], int(r[2]), r[3]): r[4] for r in totals.itertuples(index=False)},
    )
