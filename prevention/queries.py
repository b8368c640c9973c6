"""(engine, plain arguments) -> DataFrame. All SQL lives here; results carry codes, not labels.

Suppression already happened when the store was written, so no query can return a small
count; queries only pass the status along so pages can draw it.
"""

import pandas as pd
from sqlalchemy import text
from sqlalchemy.engine import Engine

COUNTRY = "LT"
# The headline series on the overview page: (indicator, breakdown dimension, category).
HEADLINE_SERIES = (
    ("victims_officially_identified", "none", ""),
    ("victims_officially_identified", "age_group", "child"),
    ("pretrial_investigations_started", "none", ""),
    ("persons_convicted", "none", ""),
    ("persons_assisted_by_state_funded_ngos", "none", ""),
)


def _frame(engine: Engine, sql: str, **params: object) -> pd.DataFrame:
    """Run one read query and return its rows as a DataFrame."""
    with engine.connect() as connection:
        return pd.read_sql_query(text(sql), connection, params=params)


def headline_figures(engine: Engine) -> pd.DataFrame:
    """Preferred national yearly values of the headline series, each with its source."""
    codes = sorted({code for code, _, _ in HEADLINE_SERIES})
    placeholders = ", ".join(f":c{i}" for i in range(len(codes)))
    frame = _frame(
        engine,
        f"""
        SELECT o.indicator_code, o.breakdown_dimension, o.breakdown_category, o.year,
               o.value, o.unit, o.status, o.source_id, o.source_locator,
               s.title AS source_title, s.publisher AS source_publisher, s.url AS source_url
        FROM observations o JOIN sources s ON s.source_id = o.source_id
        WHERE o.area_code = :country AND o.period_type = 'year' AND o.preferred = 1
          AND o.indicator_code IN ({placeholders}) AND o.value IS NOT NULL
          AND o.unit != 'percent'
        ORDER BY o.indicator_code, o.breakdown_dimension, o.breakdown_category, o.year
        """,
        country=COUNTRY,
        **{f"c{i}": code for i, code in enumerate(codes)},
    )
    wanted = pd.DataFrame(
        HEADLINE_SERIES, columns=["indicator_code", "breakdown_dimension", "breakdown_category"]
    )
    return frame.merge(wanted, on=list(wanted.columns))


def other_source_values(engine: Engine) -> pd.DataFrame:
    """National yearly values that lost to a preferred source, for "other sources say"."""
    return _frame(
        engine,
        """
        SELECT o.indicator_code, o.breakdown_dimension, o.breakdown_category, o.year,
               o.value, o.unit, o.source_id, s.title AS source_title,
               s.publisher AS source_publisher
        FROM observations o JOIN sources s ON s.source_id = o.source_id
        WHERE o.area_code = :country AND o.period_type = 'year' AND o.preferred = 0
          AND o.value IS NOT NULL
        ORDER BY o.indicator_code, o.year
        """,
        country=COUNTRY,
    )


def measures_running_by_year(engine: Engine) -> pd.DataFrame:
    """Measures whose period covers each year, split into official and illustrative."""
    measures = _frame(
        engine,
        "SELECT measure_id, start_year, end_year, illustrative FROM measures "
        "WHERE start_year IS NOT NULL AND measure_id NOT LIKE 'PLAN%'",
    )
    if measures.empty:
        return pd.DataFrame(columns=["year", "illustrative", "measures"])
    measures["end_year"] = measures["end_year"].fillna(measures["start_year"])
    years = [
        (year, bool(row.illustrative))
        for row in measures.itertuples(index=False)
        for year in range(int(row.start_year), int(row.end_year) + 1)
    ]
    running = pd.DataFrame(years, columns=["year", "illustrative"])
    return running.value_counts().rename("measures").reset_index().sort_values("year")


def current_release(engine: Engine) -> dict[str, object]:
    """The newest release and whether the store holds illustrative data."""
    release = _frame(engine, "SELECT id, created_at, kind FROM releases ORDER BY id DESC LIMIT 1")
    meta = _frame(engine, "SELECT key, value FROM meta").set_index("key")["value"]
    row = release.iloc[0]
    return {
        "id": int(row["id"]),
        "created_at": pd.Timestamp(row["created_at"]).date(),
        "illustrative": meta.get("illustrative") == "1",
    }


def help_organisations(engine: Engine) -> pd.DataFrame:
    """Real NGOs and church bodies in the store, for the help box on every page."""
    return _frame(
        engine,
        "SELECT short_name, name_lt, name_en FROM institutions "
        "WHERE kind IN ('ngo', 'church') AND illustrative = 0 AND short_name != 'NGOs' "
        "ORDER BY short_name",
    )


def indicator_labels(engine: Engine) -> pd.DataFrame:
    """Every indicator's names, definition, unit and caveat in both languages."""
    return _frame(engine, "SELECT * FROM indicators ORDER BY sort_order, code").set_index("code")
