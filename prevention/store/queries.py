"""(engine, plain arguments) -> DataFrame. All SQL lives here; results carry codes, not labels.

Suppression already happened when the store was written, so no query can return a small
count; queries only pass the status along so pages can draw it.
"""

import pandas as pd
from sqlalchemy import text
from sqlalchemy.engine import Engine

from prevention.codes import NATIONAL
from prevention.example_layer import ILLUSTRATIVE_SOURCE
from prevention.i18n.bidi import strip_bidi_frame
from prevention.store.db import sql_for
from prevention.store.models import CENSUS_YEAR, POOL_YEARS, POOLED_PATTERN
from prevention.store.public_rows import public_rows

# The note scripts/import_shared.py gives institutions only the local measures name.
LOCAL_INSTITUTION_NOTE = "Named in local sources"
# The headline series on the overview page: (indicator, breakdown dimension, category).
HEADLINE_SERIES = (
    ("victims_officially_identified", "none", ""),
    ("victims_officially_identified", "age_group", "child"),
    ("pretrial_investigations_started", "none", ""),
    ("persons_convicted", "none", ""),
    ("persons_assisted_by_state_funded_ngos", "none", ""),
)


def _frame(engine: Engine, sql: str, **params: object) -> pd.DataFrame:
    """Run one read query and return its rows as a DataFrame.

    Its text without bidirectional controls: a release written before they were dropped at
    ingest may hold them, and a chart label would be drawn reordered (prevention/i18n/bidi.py).
    """
    with engine.connect() as connection:
        frame = pd.read_sql_query(text(sql), connection, params=params)  # type: ignore[arg-type]
    return strip_bidi_frame(frame)


def _real_observations(example: bool, alias: str = "o") -> str:
    """A WHERE clause part that drops generated observations unless the example layer is on."""
    # The source id is a constant of this project, never visitor input.
    return "" if example else f" AND {alias}.source_id <> '{ILLUSTRATIVE_SOURCE}'"


def _real_measures(example: bool, alias: str = "m") -> str:
    """A WHERE clause part that drops generated measures unless the example layer is on."""
    return "" if example else f" AND {alias}.illustrative = FALSE"


def _joined(engine: Engine, column: str, rows: str, *, order: str) -> str:
    """A subquery joining one column of `rows` with ";" in a given order."""
    return sql_for(engine).ordered_join(column, rows, order=order)


def headline_figures(engine: Engine, example: bool = False) -> pd.DataFrame:
    """Preferred national yearly values of the headline series, each with its source."""
    codes = sorted({code for code, _, _ in HEADLINE_SERIES})
    placeholders = ", ".join(f":c{i}" for i in range(len(codes)))
    # Only the breakdown cells of the headline series leave the database (the merge below
    # pairs them with their indicators), not every breakdown of these indicators.
    cells = sorted({(dimension, category) for _, dimension, category in HEADLINE_SERIES})
    pairs = ", ".join(f"(:d{i}, :k{i})" for i in range(len(cells)))
    frame = _frame(
        engine,
        f"""
        SELECT o.indicator_code, o.breakdown_dimension, o.breakdown_category, o.year,
               o.value, o.unit, o.status, o.source_id, o.source_locator,
               s.title AS source_title, s.publisher AS source_publisher, s.url AS source_url,
               s.tier AS source_tier, s.reports_lt, s.reports_en
        FROM observations o JOIN sources s ON s.source_id = o.source_id
        WHERE o.area_code = :country AND o.period_type = 'year' AND o.preferred = TRUE
          AND o.indicator_code IN ({placeholders}) AND o.value IS NOT NULL
          AND o.unit != 'percent'
          AND (o.breakdown_dimension, o.breakdown_category) IN (VALUES {pairs})
          {_real_observations(example)}
        ORDER BY o.indicator_code, o.breakdown_dimension, o.breakdown_category, o.year
        """,
        country=NATIONAL,
        **{f"c{i}": code for i, code in enumerate(codes)},
        **{f"d{i}": dimension for i, (dimension, _) in enumerate(cells)},
        **{f"k{i}": category for i, (_, category) in enumerate(cells)},
    )
    wanted = pd.DataFrame(
        HEADLINE_SERIES, columns=["indicator_code", "breakdown_dimension", "breakdown_category"]
    )
    return frame.merge(wanted, on=list(wanted.columns))


def other_source_values(engine: Engine, example: bool = False) -> pd.DataFrame:
    """National yearly values that lost to a preferred source, for "other sources say"."""
    return _frame(
        engine,
        f"""
        SELECT o.indicator_code, o.breakdown_dimension, o.breakdown_category, o.year,
               o.value, o.unit, o.source_id, s.title AS source_title,
               s.publisher AS source_publisher
        FROM observations o JOIN sources s ON s.source_id = o.source_id
        WHERE o.area_code = :country AND o.period_type = 'year' AND o.preferred = FALSE
          AND o.value IS NOT NULL {_real_observations(example)}
        ORDER BY o.indicator_code, o.year
        """,
        country=NATIONAL,
    )


def measures_running_by_year(engine: Engine, example: bool = False) -> pd.DataFrame:
    """Measures whose period covers each year, split into official and illustrative."""
    measures = _frame(
        engine,
        "SELECT measure_id, start_year, end_year, illustrative FROM measures "
        "WHERE start_year IS NOT NULL AND measure_id NOT LIKE 'PLAN%'"
        + _real_measures(example, "measures"),
    )
    if measures.empty:
        return pd.DataFrame(columns=["year", "illustrative", "measures"])
    measures["end_year"] = measures["end_year"].fillna(measures["start_year"])
    spans = zip(
        measures["start_year"].astype(int),
        measures["end_year"].astype(int),
        measures["illustrative"].astype(bool),
        strict=True,
    )
    years = [(year, flag) for start, end, flag in spans for year in range(start, end + 1)]
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
    """Real NGOs and church bodies in the store, for the help page's list of who helps.

    Bodies known only from the local measures (a curia, a chaplaincy, a crisis centre that
    hosted a lecture) took part in prevention events; nothing in the data says they help
    victims, so the help page does not list them.
    """
    return _frame(
        engine,
        "SELECT short_name, name_lt, name_en, source_ids FROM institutions "
        "WHERE kind IN ('ngo', 'church') AND illustrative = FALSE AND short_name != 'NGOs' "
        "AND (note IS NULL OR note NOT LIKE :local) ORDER BY short_name",
        local=LOCAL_INSTITUTION_NOTE + "%",
    )


def help_contacts(engine: Engine) -> pd.DataFrame:
    """The numbers to call, in the steward's order, with their sources' titles and addresses."""
    return _frame(
        engine,
        "SELECT c.*, s.title AS source_title, s.url AS source_url, s.publisher AS source_publisher "
        "FROM help_contacts c JOIN sources s USING (source_id) ORDER BY c.sort_order, c.contact_id",
    ).set_index("contact_id", drop=False)


def national_observations(engine: Engine) -> pd.DataFrame:
    """Every preferred, published national value (real, never illustrative), for the prose."""
    return _frame(
        engine,
        "SELECT indicator_code, year, period_label, breakdown_dimension, breakdown_category, "
        "value, source_id FROM observations WHERE area_code = 'LT' AND preferred = TRUE "
        "AND status IN ('published', 'provisional') AND value IS NOT NULL",
    )


def indicator_labels(engine: Engine) -> pd.DataFrame:
    """Every indicator's names, definition, unit and caveat in both languages."""
    return _frame(engine, "SELECT * FROM indicators ORDER BY sort_order, code").set_index("code")


def areas(engine: Engine) -> pd.DataFrame:
    """The country, counties and municipalities with their names, parents and kinds, by code."""
    return _frame(
        engine,
        "SELECT code, level, name_lt, name_en, kind, parent_code FROM areas "
        "ORDER BY CASE level WHEN 'country' THEN 0 WHEN 'county' THEN 1 ELSE 2 END, name_lt",
    ).set_index("code")


def census_population(engine: Engine) -> pd.DataFrame:
    """Resident population of the census (CENSUS_YEAR), the only one known for municipalities."""
    return _frame(
        engine,
        "SELECT area_code, year, population FROM population WHERE year = :census",
        census=CENSUS_YEAR,
    ).set_index("area_code")


def trend_indicators(engine: Engine, example: bool = False) -> pd.DataFrame:
    """Indicators with yearly values (or marked gaps) anywhere, in display order."""
    # Each indicator's distinct years are found by stepping from year to year through the
    # index (one probe per year), and "anywhere below national level" by the first such row,
    # so the time grows with indicators and years, not with the rows of every breakdown.
    real = _real_observations(example)
    return _frame(
        engine,
        f"""
        WITH RECURSIVE years(code, year) AS (
            SELECT i.code, (SELECT o.year FROM observations o
                            WHERE o.indicator_code = i.code AND o.period_type = 'year'
                              AND o.year IS NOT NULL AND o.unit != 'percent' {real}
                            ORDER BY o.year LIMIT 1)
            FROM indicators i
            UNION ALL
            SELECT y.code, (SELECT o.year FROM observations o
                            WHERE o.indicator_code = y.code AND o.period_type = 'year'
                              AND o.year > y.year AND o.unit != 'percent' {real}
                            ORDER BY o.year LIMIT 1)
            FROM years y WHERE y.year IS NOT NULL
        )
        SELECT i.code, i.topic, i.unit, i.value_kind, i.per_capita, i.sort_order,
               count(y.year) AS years,
               EXISTS (SELECT 1 FROM observations o
                       WHERE o.indicator_code = i.code AND o.period_type = 'year'
                         AND o.year IS NOT NULL AND o.unit != 'percent'
                         AND o.area_code != :country {real}) AS subnational
        FROM indicators i JOIN years y ON y.code = i.code
        GROUP BY i.code
        HAVING count(y.year) > 0
        ORDER BY i.sort_order, i.code
        """,
        country=NATIONAL,
    ).set_index("code")


def indicator_areas(engine: Engine, indicator: str, example: bool = False) -> list[str]:
    """Area codes with yearly observations of one indicator: country, counties, municipalities."""
    frame = _frame(
        engine,
        f"""
        SELECT a.code FROM areas a
        WHERE EXISTS (SELECT 1 FROM observations o WHERE o.area_code = a.code
                      AND o.indicator_code = :indicator AND o.period_type = 'year'
                      AND o.year IS NOT NULL {_real_observations(example)})
        ORDER BY CASE a.level WHEN 'country' THEN 0 WHEN 'county' THEN 1 ELSE 2 END, a.name_lt
        """,
        indicator=indicator,
    )
    return [str(code) for code in frame["code"]]


def indicator_dimensions(
    engine: Engine, indicator: str, area: str, example: bool = False
) -> list[str]:
    """Breakdown dimensions of an indicator in an area ("none" first when it exists)."""
    frame = _frame(
        engine,
        "SELECT breakdown_dimension FROM observations o "
        "WHERE indicator_code = :indicator AND area_code = :area AND period_type = 'year' "
        f"AND year IS NOT NULL {_real_observations(example)} GROUP BY breakdown_dimension "
        "ORDER BY breakdown_dimension != 'none', breakdown_dimension",
        indicator=indicator,
        area=area,
    )
    return [str(code) for code in frame["breakdown_dimension"]]


def trend_observations(
    engine: Engine, indicator: str, area: str, dimension: str, example: bool = False
) -> pd.DataFrame:
    """Every yearly value of one indicator, area and breakdown, from every source."""
    return public_rows(
        _frame(
            engine,
            f"""
        SELECT o.indicator_code, o.area_code, o.year, o.breakdown_dimension,
               o.breakdown_category, o.value, o.unit, o.status, o.suppression, o.preferred,
               o.source_id, o.source_locator, o.note, s.title AS source_title,
               s.publisher AS source_publisher, s.url AS source_url, s.licence AS source_licence
        FROM observations o JOIN sources s ON s.source_id = o.source_id
        WHERE o.indicator_code = :indicator AND o.area_code = :area
          AND o.breakdown_dimension = :dimension AND o.period_type = 'year'
          AND o.year IS NOT NULL AND o.unit != 'percent' {_real_observations(example)}
        ORDER BY o.year, o.breakdown_category, o.preferred DESC, o.source_id
        """,
            indicator=indicator,
            area=area,
            dimension=dimension,
        )
    )


def plan_periods(engine: Engine) -> pd.DataFrame:
    """National action plans and programmes (the PLAN rows of the measures table)."""
    return _frame(
        engine,
        "SELECT measure_id, plan, title_lt, title_en, start_year, end_year FROM measures "
        "WHERE measure_id LIKE 'PLAN%' AND start_year IS NOT NULL ORDER BY start_year",
    )


def indicator_coverage(engine: Engine, example: bool = False) -> pd.DataFrame:
    """Per indicator: years covered, rows, sources used and the date of its latest release.

    Real observations only; with the example layer on, `example_rows` counts the generated
    ones beside them (a separate column, never added to `rows`).
    """
    frame = _frame(
        engine,
        "SELECT code, illustrative, first_year, last_year, rows, source_ids, updated "
        "FROM indicator_coverage",
    )
    generated = frame["illustrative"].astype(bool)
    real = frame[~generated].drop(columns="illustrative").set_index("code")
    if not example:
        return real
    counts = frame[generated].set_index("code")["rows"].rename("example_rows")
    return real.join(counts, how="outer").assign(
        rows=lambda f: f["rows"].fillna(0).astype(int),
        example_rows=lambda f: f["example_rows"].fillna(0).astype(int),
    )


def sources(engine: Engine, example: bool = False) -> pd.DataFrame:
    """Every publication in the store with its licence and tier."""
    real = "" if example else f"WHERE source_id <> '{ILLUSTRATIVE_SOURCE}' "
    return _frame(engine, f"SELECT * FROM sources {real}ORDER BY tier, source_id").set_index(
        "source_id"
    )


def status_counts(engine: Engine, example: bool = False) -> pd.DataFrame:
    """How many observations carry each status and suppression kind in this release."""
    return _frame(
        engine,
        "SELECT status, suppression, illustrative, cells FROM status_counts "
        f"WHERE illustrative IN ({'TRUE, FALSE' if example else 'FALSE'}) "
        "ORDER BY illustrative, status, suppression",
    )


def release_history(engine: Engine) -> pd.DataFrame:
    """Every release, newest first: when, what kind, what changed."""
    return _frame(
        engine,
        "SELECT id, created_at, kind, description, institution, rows_changed, row_counts "
        "FROM releases ORDER BY id DESC",
    )


def published_observations(engine: Engine, example: bool = False) -> pd.DataFrame:
    """The whole published dataset: every observation with its indicator, area and source."""
    return public_rows(
        _frame(
            engine,
            f"""
        SELECT o.indicator_code, i.name_en AS indicator_name_en, i.name_lt AS indicator_name_lt,
               o.area_code, a.name_en AS area_name_en, a.name_lt AS area_name_lt, a.level,
               o.period_type, o.period_label, o.year, o.breakdown_dimension,
               o.breakdown_category, o.value, o.unit, o.status, o.suppression, o.preferred,
               o.source_id, s.publisher, s.title AS source_title, s.url, s.licence,
               o.source_locator, o.note, o.release_id
        FROM observations o
        JOIN indicators i ON i.code = o.indicator_code
        JOIN areas a ON a.code = o.area_code
        JOIN sources s ON s.source_id = o.source_id
        WHERE TRUE {_real_observations(example)}
        ORDER BY i.sort_order, o.indicator_code, a.level, o.area_code, o.year,
                 o.breakdown_dimension, o.breakdown_category, o.preferred DESC, o.source_id
        """,
        )
    )


# --- Municipalities, maps and measures (site part 2) -------------------------------------


def municipal_indicators(engine: Engine, example: bool = False) -> pd.DataFrame:
    """Count indicators with yearly values for municipalities: what the map can draw."""
    # The first and the last municipal year of each count indicator, each read off the
    # index in year order, instead of grouping every municipal row of every indicator.
    real = _real_observations(example)
    return _frame(
        engine,
        f"""
        SELECT code, per_capita, value_kind, sort_order, first_year, last_year FROM (
            SELECT i.code, i.per_capita, i.value_kind, i.sort_order,
                   (SELECT o.year FROM observations o
                    WHERE o.indicator_code = i.code AND o.breakdown_dimension = 'none'
                      AND o.period_type = 'year' AND o.year IS NOT NULL
                      AND o.unit != 'percent'
                      AND o.area_code IN (SELECT code FROM areas WHERE level = 'municipality')
                      {real}
                    ORDER BY o.year LIMIT 1) AS first_year,
                   (SELECT o.year FROM observations o
                    WHERE o.indicator_code = i.code AND o.breakdown_dimension = 'none'
                      AND o.period_type = 'year' AND o.year IS NOT NULL
                      AND o.unit != 'percent'
                      AND o.area_code IN (SELECT code FROM areas WHERE level = 'municipality')
                      {real}
                    ORDER BY o.year DESC LIMIT 1) AS last_year
            FROM indicators i
            WHERE i.value_kind = 'count'
        ) AS spans
        WHERE first_year IS NOT NULL
        ORDER BY sort_order, code
        """,
    ).set_index("code")


def area_values(engine: Engine, indicator: str, example: bool = False) -> pd.DataFrame:
    """Preferred yearly totals of one indicator for every area (country, counties, munis).

    `pooled_value` and `pooled_period`: the published pooled figure whose years include the
    row's year (prevention.release.pooled), which pages show where the single year is hidden.
    """
    return _frame(
        engine,
        f"""
        SELECT o.area_code, a.level, o.year, o.value, o.status, o.source_id,
               s.title AS source_title, s.publisher AS source_publisher, s.url AS source_url,
               p.value AS pooled_value, p.period_label AS pooled_period
        FROM observations o JOIN areas a ON a.code = o.area_code
        JOIN sources s ON s.source_id = o.source_id
        LEFT JOIN observations p ON o.status = 'suppressed' AND p.indicator_code = o.indicator_code
          AND p.area_code = o.area_code AND p.unit = o.unit AND p.period_type = 'multi_year'
          AND p.breakdown_dimension = 'none' AND p.preferred = TRUE AND p.value IS NOT NULL
          AND p.source_locator LIKE '{POOLED_PATTERN}'
          AND o.year BETWEEN p.year - {POOL_YEARS - 1} AND p.year
          {_real_observations(example, "p")}
        WHERE o.indicator_code = :indicator AND o.period_type = 'year' AND o.year IS NOT NULL
          AND o.breakdown_dimension = 'none' AND o.preferred = TRUE AND o.unit != 'percent'
          {_real_observations(example)}
        ORDER BY o.year, a.level, o.area_code
        """,
        indicator=indicator,
    )


def municipalities(engine: Engine) -> pd.DataFrame:
    """The 60 municipalities: names, short name, kind, county and census population."""
    return _frame(
        engine,
        """
        SELECT a.code, a.name_lt, a.name_en, a.short_name_lt, a.kind, a.parent_code,
               a.label_lon, a.label_lat, p.population
        FROM areas a LEFT JOIN population p ON p.area_code = a.code AND p.year = :census
        WHERE a.level = 'municipality'
        ORDER BY a.name_lt
        """,
        census=CENSUS_YEAR,
    ).set_index("code")


def measures(engine: Engine, example: bool = False) -> pd.DataFrame:
    """Every prevention measure (not the plan-level rows) with its source."""
    return _frame(
        engine,
        f"""
        SELECT m.measure_id, m.plan, m.title_lt, m.title_en, m.measure_type, m.target_group,
               m.start_year, coalesce(m.end_year, m.start_year) AS end_year, m.budget_eur,
               m.status, m.illustrative, m.lead_institution, m.national, m.source_id,
               m.inferred,
               s.title AS source_title, s.publisher AS source_publisher, s.url AS source_url
        FROM measures m JOIN sources s ON s.source_id = m.source_id
        WHERE m.measure_id NOT LIKE 'PLAN%' {_real_measures(example)}
        ORDER BY m.start_year, m.measure_id
        """,
    )


def measure_areas(engine: Engine, example: bool = False) -> pd.DataFrame:
    """Where each measure runs: "LT" for the whole country, else municipality codes."""
    return _frame(
        engine,
        "SELECT ma.measure_id, ma.area_code FROM measure_areas ma "
        "JOIN measures m ON m.measure_id = ma.measure_id "
        f"WHERE TRUE {_real_measures(example)} ORDER BY ma.measure_id",
    )


def measure_institutions(engine: Engine, example: bool = False) -> pd.DataFrame:
    """Who runs each measure (lead and partners)."""
    return _frame(
        engine,
        "SELECT mi.measure_id, mi.institution, mi.role FROM measure_institutions mi "
        "JOIN measures m ON m.measure_id = mi.measure_id "
        f"WHERE TRUE {_real_measures(example)} ORDER BY mi.measure_id",
    )


def institutions(engine: Engine, example: bool = False) -> pd.DataFrame:
    """Every institution's names and kind, by short name (example ones only on request)."""
    real = "" if example else " WHERE illustrative = FALSE"
    return _frame(
        engine, f"SELECT short_name, name_lt, name_en, kind, illustrative FROM institutions{real}"
    ).set_index("short_name")


def measures_for_duplicates(engine: Engine, example: bool = False) -> pd.DataFrame:
    """Measures with a known period, as the overlap engine takes them.

    Institutions are ";"-joined with the lead first; areas are "LT" or municipality codes.
    A measure with no start year cannot be placed in time and is left out (the page says so).
    """
    institutions = _joined(
        engine,
        "institution",
        "measure_institutions mi WHERE mi.measure_id = m.measure_id",
        order="mi.role <> 'lead', mi.institution",
    )
    areas = _joined(
        engine,
        "area_code",
        "measure_areas ma WHERE ma.measure_id = m.measure_id",
        order="ma.area_code",
    )
    return _frame(
        engine,
        f"""
        SELECT m.measure_id, m.title_lt, m.title_en, m.description_lt, m.description_en,
               m.measure_type, m.target_group, m.start_year,
               coalesce(m.end_year, m.start_year) AS end_year, m.budget_eur, m.illustrative,
               m.source_id, s.title AS source_title, s.publisher AS source_publisher,
               s.url AS source_url,
               {institutions} AS institutions, {areas} AS areas
        FROM measures m JOIN sources s ON s.source_id = m.source_id
        WHERE m.measure_id NOT LIKE 'PLAN%' AND m.start_year IS NOT NULL
          {_real_measures(example)}
        ORDER BY m.measure_id
        """,
    )


def unplaced_measures(engine: Engine) -> pd.DataFrame:
    """Real local measures whose year or place no source fixes, with their sources."""
    return _frame(
        engine,
        """
        SELECT u.measure_id, u.title, u.institution, u.municipality, u.year, u.reason,
               u.source_id, s.title AS source_title, s.publisher AS source_publisher,
               s.url AS source_url
        FROM unplaced_measures u JOIN sources s ON s.source_id = u.source_id
        ORDER BY u.measure_id
        """,
    )


def local_measure_count(engine: Engine) -> int:
    """How many real local measures from the collected local file are in the store."""
    frame = _frame(engine, "SELECT count(*) AS n FROM measures WHERE measure_id LIKE 'LOCAL-__'")
    return int(frame["n"].iloc[0])


def local_statements(engine: Engine, indicator: str) -> pd.DataFrame:
    """Real figures below national level for one indicator, any period or breakdown: the
    one-off statements (often from the press) that exist where no series does."""
    return _frame(
        engine,
        """
        SELECT o.area_code, a.level, o.year, o.period_type, o.period_label,
               o.breakdown_category, o.value, o.status, s.publisher AS source_publisher
        FROM observations o JOIN areas a ON a.code = o.area_code
        JOIN sources s ON s.source_id = o.source_id
        WHERE o.indicator_code = :indicator AND o.area_code != 'LT' AND s.tier < 9
        ORDER BY a.level, o.area_code, o.year
        """,
        indicator=indicator,
    )


def local_facts(engine: Engine, area_code: str) -> pd.DataFrame:
    """Every real figure for one municipality other than the counted measures: coordination
    flags, need context, one-off statements; with its indicator and source."""
    return _frame(
        engine,
        """
        SELECT o.indicator_code, i.name_lt, i.name_en, i.value_kind, o.period_label,
               o.breakdown_category, o.value, o.unit, o.status,
               s.publisher AS source_publisher, s.title AS source_title, s.url AS source_url
        FROM observations o JOIN indicators i ON i.code = o.indicator_code
        JOIN sources s ON s.source_id = o.source_id
        WHERE o.area_code = :area AND s.tier < 9 AND o.indicator_code != 'known_local_measures'
        ORDER BY i.sort_order, o.year
        """,
        area=area_code,
    )
