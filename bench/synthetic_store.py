"""Synthetic stores of about 100 000, 1 000 000 and 10 000 000 observations, for benchmarks.

Not a benchmark itself (run_all.py only runs bench_*.py). `store(size)` returns the path of a
store written with the project's own schema (prevention.store.models, indexes included): the seed's
areas (country, 10 counties, 60 municipalities), population, sources, institutions and
measures, and generated observations of more indicators, breakdowns and years as the size
grows. Stores are cached under bench/results/stores/ with a manifest; a cached store is reused
while the generator version, the size and the schema's tables match, and only re-indexed when
just the indexes changed.

What the generated observations respect, so `python -m prevention check` passes:
- referential integrity: every indicator, area, source and release code exists;
- one preferred value per cell: a second, non-preferred source (tier 2) gives national totals;
- values add up as real tables do: municipalities to their county, counties to the country,
  breakdown categories to their total, a five-year total to its years;
- small counts and protection: the build's own suppression (prevention.release.disclosure.suppress)
  hides each personal count of 1-4 below national level and the cells that protect it, so
  the interval audit of `check` passes under the published rule;
- illustrative rows cite the generated source (tier 9) and only they do.

Run `python bench/synthetic_store.py 1m` to (re)generate one size by hand.
"""

import hashlib
import json
import os
import sqlite3
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy.schema import CreateIndex, CreateTable  # noqa: E402
from sqlmodel import SQLModel  # noqa: E402

from prevention.build import TABLE_ORDER, _load_tables  # noqa: E402
from prevention.release.disclosure import SUPPRESSED  # noqa: E402
from prevention.release.seed import SEED_DIR  # noqa: E402
from prevention.store import models, observation_summaries  # noqa: E402, F401  (models: the tables)
from prevention.store.db import writable_engine  # noqa: E402
from prevention.store.models import SCHEMA_VERSION  # noqa: E402
from prevention.store.sqlite import SqliteSql  # noqa: E402

GENERATOR_VERSION = 2  # 2: values add up and the build's suppression hides them
STORE_DIR = ROOT / "bench" / "results" / "stores"
SIZES = {"100k": 100_000, "1m": 1_000_000, "10m": 10_000_000}
COUNTRY = "LT"
ILLUSTRATIVE = "ILLUSTRATIVE"
OFFICIAL_SOURCES = ("BENCH_OFFICIAL_1", "BENCH_OFFICIAL_2", "BENCH_OFFICIAL_3", "BENCH_OFFICIAL_4")
OTHER_SOURCE = "BENCH_INTERNATIONAL"
CATEGORIES = {
    "none": ("",),
    "sex": ("female", "male"),
    "age_group": ("adult", "child"),
    "exploitation_form": ("forced_criminality", "forced_labour", "sexual", "unspecified"),
    "citizenship_country": (
        "Belarus", "Kyrgyzstan", "Latvia", "Lithuania", "Poland",
        "Russia", "Tajikistan", "Ukraine", "Uzbekistan", "Vietnam",
    ),
}  # fmt: skip
COLUMNS = (
    "indicator_code", "area_code", "year", "period_type", "period_label",
    "breakdown_dimension", "breakdown_category", "value", "unit", "status", "suppression",
    "preferred", "source_id", "source_locator", "note", "release_id",
)  # fmt: skip
CHUNK_INDICATORS = 16  # indicators generated and inserted at a time (bounded memory)


@dataclass(frozen=True)
class Shape:
    """How a size grows: more years and breakdowns; indicators fill up to the target."""

    first_year: int
    last_year: int
    dimensions: tuple[str, ...]

    @property
    def years(self) -> np.ndarray:
        return np.arange(self.first_year, self.last_year + 1)

    @property
    def cells(self) -> list[tuple[str, str]]:
        """(dimension, category) pairs in key order."""
        return sorted((d, c) for d in self.dimensions for c in CATEGORIES[d])


SHAPES = {
    100_000: Shape(2015, 2025, ("none", "sex", "age_group")),
    1_000_000: Shape(2008, 2025, ("none", "sex", "age_group", "exploitation_form")),
    10_000_000: Shape(
        2000, 2025, ("none", "sex", "age_group", "exploitation_form", "citizenship_country")
    ),
}


def label(size: int) -> str:
    """The short name of a size: 100k, 1m or 10m."""
    return next((name for name, value in SIZES.items() if value == size), str(size))


def store_path(size: int) -> Path:
    return STORE_DIR / f"synthetic-{label(size)}.db"


def manifest_path(size: int) -> Path:
    return STORE_DIR / f"synthetic-{label(size)}.json"


def _ddl() -> tuple[list[str], list[str]]:
    """CREATE TABLE and CREATE INDEX statements of the schema, in dependency order."""
    engine = writable_engine(Path(":memory:"))
    dialect = engine.dialect
    tables = [str(CreateTable(t).compile(dialect=dialect)).strip() for t in _tables()]
    indexes = [
        str(CreateIndex(index).compile(dialect=dialect)).strip()
        for table in _tables()
        for index in sorted(table.indexes, key=lambda i: str(i.name))
    ]
    engine.dispose()
    return tables, indexes


def _tables() -> list:
    return list(SQLModel.metadata.sorted_tables)


def fingerprints() -> dict[str, str]:
    """What a cached store must match: its data (generator, tables), indexes and summaries.

    Indexes and the observation summaries are derived from the data, so a change to them
    re-derives them in the cached store instead of generating it again (minutes at 10M).
    """
    tables, indexes = _ddl()
    names = [table.name for table in _tables()]
    data = [
        sql
        for name, sql in zip(names, tables, strict=True)
        if name not in observation_summaries.TABLES
    ]
    summaries = [
        sql for name, sql in zip(names, tables, strict=True) if name in observation_summaries.TABLES
    ]
    summaries += [*observation_summaries.statements(SqliteSql()), str(SCHEMA_VERSION)]
    return {
        # The DDL tells any change to the data tables; the 1 (the schema version before the
        # summaries) keeps stores generated before them valid.
        "data": _digest([GENERATOR_VERSION, 1, data]),
        "indexes": _digest(indexes),
        "summaries": _digest(summaries),
    }


def _digest(parts: object) -> str:
    return hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:16]


def _summarise(connection: sqlite3.Connection) -> None:
    """Create and fill the observation summaries, and stamp the schema version they belong to."""
    tables, _ = _ddl()
    names = [table.name for table in _tables()]
    for name, sql in zip(names, tables, strict=True):
        if name in observation_summaries.TABLES:
            connection.execute(sql.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS", 1))
    for statement in observation_summaries.statements(SqliteSql()):
        connection.execute(statement)
    connection.execute(
        "UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION),)
    )


def store(size: int, *, force: bool = False, log=print) -> tuple[Path, dict]:
    """The path of a synthetic store of about `size` observations, and its manifest.

    manifest["cached"] says whether it was reused; "generation_seconds" is this run's
    (or the original run's) generation time.
    """
    path, manifest_file = store_path(size), manifest_path(size)
    wanted = fingerprints()
    manifest = {}
    if manifest_file.exists() and path.exists() and not force:
        manifest = json.loads(manifest_file.read_text(encoding="utf-8"))
    if manifest.get("data") == wanted["data"] and manifest.get("size") == size:
        if manifest.get("summaries") != wanted["summaries"]:
            log(f"  {label(size)}: summaries changed, re-counting them in the cached store")
            started = time.perf_counter()
            with sqlite3.connect(path, isolation_level=None) as connection:
                _fast(connection)
                connection.execute("BEGIN")
                _summarise(connection)
                connection.execute("COMMIT")
            connection.close()
            manifest.update(
                summaries=wanted["summaries"],
                summary_seconds=round(time.perf_counter() - started, 1),
            )
            manifest_file.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        if manifest.get("indexes") == wanted["indexes"]:
            return path, {**manifest, "cached": True}
        log(f"  {label(size)}: indexes changed, re-indexing the cached store")
        started = time.perf_counter()
        _reindex(path)
        manifest.update(
            indexes=wanted["indexes"],
            reindex_seconds=round(time.perf_counter() - started, 1),
            file_bytes=path.stat().st_size,
        )
        manifest_file.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
        return path, {**manifest, "cached": "re-indexed"}
    log(f"  {label(size)}: generating ~{size:,} observations ...")
    manifest = generate(size, path)
    manifest.update(wanted, size=size)
    manifest_file.write_text(json.dumps(manifest, indent=2), encoding="utf-8")
    return path, {**manifest, "cached": False}


def _reindex(path: Path) -> None:
    """Drop the indexes the schema no longer has (or has changed) and create the new ones."""
    _, statements = _ddl()
    wanted = {_index_name(sql): " ".join(sql.split()) for sql in statements}
    with sqlite3.connect(path, isolation_level=None) as connection:
        _fast(connection)
        existing = {
            name: " ".join(sql.split())
            for name, sql in connection.execute(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
            )
        }
        connection.execute("BEGIN")
        for name, sql in existing.items():
            if wanted.get(name) != sql:
                connection.execute(f'DROP INDEX "{name}"')
        for name, sql in wanted.items():
            if existing.get(name) != sql:
                connection.execute(sql)
        connection.execute("COMMIT")


def _index_name(statement: str) -> str:
    """The name in "CREATE [UNIQUE] INDEX name ON ..."."""
    words = statement.split()
    return words[words.index("INDEX") + 1].strip('"')


def _fast(connection: sqlite3.Connection) -> None:
    connection.execute("PRAGMA journal_mode = OFF")
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("PRAGMA cache_size = -262144")  # 256 MB while writing
    connection.execute("PRAGMA temp_store = MEMORY")


def generate(size: int, path: Path) -> dict:
    """Write a new synthetic store of about `size` observations to `path` (atomically)."""
    started, started_cpu = time.perf_counter(), time.process_time()
    shape = SHAPES.get(size) or SHAPES[min(SHAPES, key=lambda s: abs(s - size))]
    tables = _load_tables(SEED_DIR, illustrative=True)
    areas = tables["areas"].sort_values("code").reset_index(drop=True)
    plan = _indicator_plan(size, shape, tables["indicators"], len(areas))
    tables["indicators"] = pd.concat([tables["indicators"], plan.new_rows], ignore_index=True)
    tables["sources"] = pd.concat([tables["sources"], _sources()], ignore_index=True)
    tables["releases"] = pd.DataFrame(
        [
            {
                "id": 1,
                "created_at": "2025-01-01 00:00:00.000000",
                "kind": "build",
                "description": f"synthetic benchmark store (~{size:,} observations)",
                "row_counts": "{}",
                "rows_changed": 0,
                "schema_version": SCHEMA_VERSION,
            }
        ]
    )
    tables["measures"]["release_id"] = 1
    tables["meta"] = pd.DataFrame(
        {
            "key": ["schema_version", "illustrative", "release_id"],
            "value": [str(SCHEMA_VERSION), "1", "1"],
        }
    )
    tables["observations"] = pd.DataFrame(columns=list(COLUMNS))

    STORE_DIR.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.tmp-{os.getpid()}")
    temporary.unlink(missing_ok=True)
    create, indexes = _ddl()
    connection = sqlite3.connect(temporary, isolation_level=None)
    try:
        _fast(connection)
        connection.execute("BEGIN")
        for statement in create:
            connection.execute(statement)
        for name in TABLE_ORDER:
            _insert_frame(connection, name, tables.get(name))
        rng = np.random.default_rng(size)
        rows = 0
        codes = plan.codes
        for start in range(0, len(codes), CHUNK_INDICATORS):
            chunk = _observations(codes[start : start + CHUNK_INDICATORS], plan, shape, areas, rng)
            # source_locator, note and release_id are the same on every row: SQL literals.
            connection.executemany(
                f"INSERT INTO observations ({', '.join(COLUMNS)}) "
                f"VALUES ({', '.join('?' * (len(COLUMNS) - 3))}, NULL, NULL, 1)",
                zip(*chunk, strict=True),
            )
            rows += len(chunk[0])
        _summarise(connection)
        connection.execute("COMMIT")
        inserted = time.perf_counter()
        connection.execute("BEGIN")
        for statement in indexes:
            connection.execute(statement)
        connection.execute("COMMIT")
        # No ANALYZE: a real build does not run it, so the planner sees what the app sees.
        indexed = time.perf_counter()
    finally:
        connection.close()
    os.replace(temporary, path)
    return {
        "generator_version": GENERATOR_VERSION,
        "schema_version": SCHEMA_VERSION,
        "observations": rows,
        "indicators_with_data": len(codes),
        "years": f"{shape.first_year}-{shape.last_year}",
        "dimensions": list(shape.dimensions),
        "generation_seconds": round(indexed - started, 1),
        # This process's CPU time: on a shared machine the wall time above can be 3x more.
        "generation_cpu_seconds": round(time.process_time() - started_cpu, 1),
        "insert_seconds": round(inserted - started, 1),
        "index_seconds": round(indexed - inserted, 1),
        "file_bytes": path.stat().st_size,
    }


def _insert_frame(connection: sqlite3.Connection, name: str, frame: pd.DataFrame | None) -> None:
    """Insert the columns of a seed table that the schema knows."""
    if frame is None or frame.empty:
        return
    known = [c.name for c in SQLModel.metadata.tables[name].columns if c.name in frame.columns]
    values = frame[known].astype(object).where(frame[known].notna(), None)
    connection.executemany(
        f"INSERT INTO {name} ({', '.join(known)}) VALUES ({', '.join('?' * len(known))})",
        (tuple(_plain(v) for v in row) for row in values.itertuples(index=False, name=None)),
    )


def _plain(value: object) -> object:
    """numpy and pandas scalars as the Python values sqlite3 binds."""
    if isinstance(value, np.bool_ | bool):
        return int(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    if isinstance(value, pd.Timestamp):
        return str(value)
    return value


@dataclass(frozen=True)
class _Plan:
    """Which indicators get observations, and how each is sourced."""

    codes: list[str]
    kinds: dict[str, str]  # "count" or "money"
    personal: dict[str, bool]
    units: dict[str, str]
    sources: dict[str, str]  # the preferred source
    new_rows: pd.DataFrame


def _indicator_plan(size: int, shape: Shape, seed: pd.DataFrame, area_count: int) -> _Plan:
    """Real count indicators first (the headline ones have data), then generated ones."""
    years = len(shape.years)
    per_indicator = area_count * years * len(shape.cells) + area_count + years // 2
    wanted = max(1, round(size / per_indicator))
    real = seed[(seed["value_kind"] == "count") & (seed["unit"] != "percent")]
    real = real.sort_values(["disclosure_class", "sort_order"], ascending=[False, True])
    codes = real["code"].tolist()[: min(len(real), max(1, wanted // 3))]
    kinds = {code: "count" for code in codes}
    personal = dict(zip(real["code"], real["disclosure_class"] == "personal", strict=True))
    units = dict(zip(real["code"], real["unit"], strict=True))
    topics = sorted(seed["topic"].unique())
    rows = []
    for number in range(1, wanted - len(codes) + 1):
        code = f"synthetic_{number:04d}"
        money = number % 10 == 0
        kinds[code], personal[code] = ("money", False) if money else ("count", True)
        units[code] = "EUR" if money else "persons"
        codes.append(code)
        rows.append(
            {
                "code": code,
                "topic": topics[number % len(topics)],
                "name_lt": f"Sintetinis rodiklis {number}",
                "name_en": f"Synthetic indicator {number}",
                "definition_lt": "Sugeneruotas našumo bandymui.",
                "definition_en": "Generated for the benchmark.",
                "unit": units[code],
                "value_kind": kinds[code],
                "per_capita": not money,
                "better": None,
                "disclosure_class": "non_personal" if money else "personal",
                "caveat_lt": None,
                "caveat_en": None,
                "sort_order": 1000 + number,
            }
        )
    codes.sort()
    # Every fifth indicator is illustrative (as the demo's municipal series), the rest official.
    sources = {
        code: ILLUSTRATIVE if i % 5 == 4 else OFFICIAL_SOURCES[i % len(OFFICIAL_SOURCES)]
        for i, code in enumerate(codes)
    }
    return _Plan(codes, kinds, personal, units, sources, pd.DataFrame(rows))


def _sources() -> pd.DataFrame:
    official = [
        {
            "source_id": source,
            "title": f"Synthetic official statistics {i}",
            "publisher": "Benchmark",
            "year": "2025",
            "tier": 1,
            "licence": "CC0",
        }
        for i, source in enumerate(OFFICIAL_SOURCES, start=1)
    ]
    other = {
        "source_id": OTHER_SOURCE,
        "title": "Synthetic international report",
        "publisher": "Benchmark",
        "year": "2025",
        "tier": 2,
        "licence": "CC0",
    }
    return pd.DataFrame([*official, other])


def _observations(
    codes: list[str],
    plan: _Plan,
    shape: Shape,
    areas: pd.DataFrame,
    rng: np.random.Generator,
    *,
    suppress: bool = True,
) -> list[list]:
    """The rows of some indicators, as columns of plain Python values in COLUMNS order."""
    area_codes = areas["code"].to_numpy(dtype=object)
    levels = areas["level"].to_numpy(dtype=object)
    years = shape.years
    cells = shape.cells
    dims = np.array([d for d, _ in cells], dtype=object)
    cats = np.array([c for _, c in cells], dtype=object)
    n_i, n_a, n_y, n_c = len(codes), len(area_codes), len(years), len(cells)
    # The full grid, in the order of the unique key: indicator, area, year, dimension, category.
    i, a, y, c = (g.ravel() for g in np.indices((n_i, n_a, n_y, n_c)))
    codes_arr = np.array(codes, dtype=object)
    ind = codes_arr[i]
    n = len(i)
    level = levels[a]
    scale = np.select([level == "country", level == "county"], [400.0, 60.0], 9.0)
    counts = _consistent_counts((n_i, n_a, n_y, n_c), areas, cells, rng)
    money = np.array([plan.kinds[code] == "money" for code in codes])[i]
    value = np.where(money, np.round(rng.gamma(2.0, 5000.0 * scale / 9.0), 2), counts)
    source = np.array([plan.sources[code] for code in codes], dtype=object)[i]
    illustrative = source == ILLUSTRATIVE
    status = np.where(illustrative, "illustrative", "published").astype(object)
    status[(~illustrative) & (years[y] == shape.last_year) & (i % 3 == 0)] = "provisional"
    missing = (~illustrative) & (rng.random(n) < 0.01)
    status[missing] = "not_available"
    value[missing] = np.nan
    suppression = np.full(n, None, dtype=object)
    unit = np.array([plan.units[code] for code in codes], dtype=object)[i]
    year_labels = np.array([str(v) for v in years], dtype=object)
    columns = {
        "indicator_code": ind,
        "area_code": area_codes[a],
        "year": years[y],
        "period_type": np.full(n, "year", dtype=object),
        "period_label": year_labels[y],
        "breakdown_dimension": dims[c],
        "breakdown_category": cats[c],
        "value": value,
        "unit": unit,
        "status": status,
        "suppression": suppression,
        "preferred": np.ones(n, dtype=np.int64),
        "source_id": source,
    }
    frame_parts = [columns]
    # A second, non-preferred source for national totals of official indicators, half the years.
    official = [k for k, code in enumerate(codes) if plan.sources[code] != ILLUSTRATIVE]
    oi, oy = (g.ravel() for g in np.indices((len(official), n_y)))
    keep = rng.random(len(oi)) < 0.5
    oi, oy = np.array(official, dtype=np.int64)[oi[keep]], oy[keep]
    m = len(oi)
    frame_parts.append(
        {
            "indicator_code": codes_arr[oi],
            "area_code": np.full(m, COUNTRY, dtype=object),
            "year": years[oy],
            "period_type": np.full(m, "year", dtype=object),
            "period_label": year_labels[oy],
            "breakdown_dimension": np.full(m, "none", dtype=object),
            "breakdown_category": np.full(m, "", dtype=object),
            "value": np.round(400.0 * rng.uniform(0.8, 1.2, m)),
            "unit": np.array([plan.units[code] for code in codes_arr[oi]], dtype=object),
            "status": np.full(m, "published", dtype=object),
            "suppression": np.full(m, None, dtype=object),
            "preferred": np.zeros(m, dtype=np.int64),
            "source_id": np.full(m, OTHER_SOURCE, dtype=object),
        }
    )
    # One multi-year total per indicator and area (filtered out by the yearly queries).
    mi, ma = (g.ravel() for g in np.indices((n_i, n_a)))
    k = len(mi)
    mi_source = np.array([plan.sources[code] for code in codes], dtype=object)[mi]
    frame_parts.append(
        {
            "indicator_code": codes_arr[mi],
            "area_code": area_codes[ma],
            "year": np.full(k, shape.last_year),
            "period_type": np.full(k, "multi_year", dtype=object),
            "period_label": np.full(k, f"{shape.last_year - 4}-{shape.last_year}", dtype=object),
            "breakdown_dimension": np.full(k, "none", dtype=object),
            "breakdown_category": np.full(k, "", dtype=object),
            "value": _window_totals(counts, (n_i, n_a, n_y, n_c), cells)[mi, ma],
            "unit": np.array([plan.units[code] for code in codes], dtype=object)[mi],
            "status": np.where(mi_source == ILLUSTRATIVE, "illustrative", "published").astype(
                object
            ),
            "suppression": np.full(k, None, dtype=object),
            "preferred": np.ones(k, dtype=np.int64),
            "source_id": mi_source,
        }
    )
    merged = {name: np.concatenate([part[name] for part in frame_parts]) for name in frame_parts[0]}
    if suppress:  # the benchmark of the suppression itself calls it on its own
        _suppress(merged, plan, areas)
    order = np.lexsort(
        (
            merged["source_id"].astype(str),
            merged["breakdown_category"].astype(str),
            merged["breakdown_dimension"].astype(str),
            merged["period_label"].astype(str),
            merged["period_type"].astype(str),
            merged["area_code"].astype(str),
            merged["indicator_code"].astype(str),
        )
    )
    values = merged["value"][order]
    value_list = [None if v != v else v for v in values.tolist()]
    return [
        merged["indicator_code"][order].tolist(),
        merged["area_code"][order].tolist(),
        merged["year"][order].tolist(),
        merged["period_type"][order].tolist(),
        merged["period_label"][order].tolist(),
        merged["breakdown_dimension"][order].tolist(),
        merged["breakdown_category"][order].tolist(),
        value_list,
        merged["unit"][order].tolist(),
        merged["status"][order].tolist(),
        merged["suppression"][order].tolist(),
        merged["preferred"][order].tolist(),
        merged["source_id"][order].tolist(),
    ]


def _consistent_counts(
    shape: tuple[int, int, int, int],
    areas: pd.DataFrame,
    cells: list[tuple[str, str]],
    rng: np.random.Generator,
) -> np.ndarray:
    """Counts on the (indicator, area, year, cell) grid that add up as real tables do.

    Each municipality's total is drawn (3 in 10 are 0, the others around a size of its own,
    a few small enough for the rule to hide); each breakdown dimension splits that total
    into its categories; counties are the sums of their municipalities and the country of
    its counties, cell by cell.
    """
    n_i, n_a, n_y, n_c = shape
    levels = areas["level"].to_numpy()
    municipal = np.flatnonzero(levels == "municipality")
    grid = np.zeros(shape)
    local = np.zeros((n_i, len(municipal), n_y, n_c))
    size = (n_i, len(municipal), n_y)
    # Places differ in size (a lognormal mean per municipality), years around it (Poisson).
    means = rng.lognormal(np.log(20.0), 0.9, size[:2])[:, :, None]
    totals = np.where(rng.random(size) < 0.3, 0, rng.poisson(np.broadcast_to(means, size)))
    for dimension in dict.fromkeys(d for d, _ in cells):
        columns = [k for k, (d, _) in enumerate(cells) if d == dimension]
        if dimension == "none":
            local[..., columns[0]] = totals
            continue
        weights = rng.dirichlet(np.ones(len(columns)) * 2.0)
        split = rng.multinomial(totals.ravel(), weights).reshape(*totals.shape, len(columns))
        for j, column in enumerate(columns):
            local[..., column] = split[..., j]
    grid[:, municipal] = local
    codes = areas["code"].tolist()
    parents = areas["parent_code"].tolist()
    for county in np.flatnonzero(levels == "county"):
        kids = [k for k in municipal if parents[k] == codes[county]]
        grid[:, county] = grid[:, kids].sum(axis=1)
    for country in np.flatnonzero(levels == "country"):
        grid[:, country] = grid[:, np.flatnonzero(levels == "county")].sum(axis=1)
    return grid.ravel()


# The multi-year total of each area: the sum of its last WINDOW years (relations hold).
WINDOW = 5


def _window_totals(
    counts: np.ndarray, shape: tuple[int, int, int, int], cells: list[tuple[str, str]]
) -> np.ndarray:
    """(indicator, area) totals over the last WINDOW years of the "none" cell."""
    grid = counts.reshape(shape)
    return grid[:, :, -WINDOW:, cells.index(("none", ""))].sum(axis=2)


# Processes that protect indicators side by side (each indicator's suppression is independent).
WORKERS = int(os.environ.get("BENCH_WORKERS", str(os.cpu_count() or 1)))


def _suppress(
    merged: dict[str, np.ndarray], plan: _Plan, areas: pd.DataFrame, *, workers: int = WORKERS
) -> None:
    """The build's own suppression (prevention.release.disclosure.suppress), one indicator at a
    time, on the preferred personal counts; hidden rows lose their value and say why.
    Indicators are protected in `workers` processes at once: at 1M, 80 indicators take about
    36 s of CPU each."""
    tree = areas[["code", "level", "parent_code"]]
    indicator = merged["indicator_code"]
    jobs = []
    for code in dict.fromkeys(indicator.tolist()):
        if not (plan.personal.get(code) and plan.kinds[code] == "count"):
            continue
        rows = np.flatnonzero((indicator == code) & (merged["preferred"] == 1))
        frame = pd.DataFrame({name: merged[name][rows] for name in merged})
        frame["value"] = frame["value"].astype(float)
        jobs.append((rows, frame.assign(source_id="*")))
    if workers > 1 and len(jobs) > 1:
        with ProcessPoolExecutor(min(workers, len(jobs))) as pool:
            results = list(pool.map(_protect, [frame for _, frame in jobs], [tree] * len(jobs)))
    else:
        results = [_protect(frame, tree) for _, frame in jobs]
    for (rows, _), (hidden, suppression) in zip(jobs, results, strict=True):
        merged["value"][rows[hidden]] = np.nan
        merged["status"][rows[hidden]] = SUPPRESSED
        merged["suppression"][rows[hidden]] = suppression[hidden]


def _protect(frame: pd.DataFrame, tree: pd.DataFrame) -> tuple[np.ndarray, np.ndarray]:
    """One indicator's suppression: which of its rows are hidden, and the reason of each."""
    from prevention.release import disclosure

    protected = disclosure.suppress(frame, tree)
    hidden = (protected["status"] == disclosure.SUPPRESSED).to_numpy()
    return hidden, protected["suppression"].to_numpy()


def main() -> None:
    """Generate (or reuse) the sizes named on the command line, or all of them."""
    names = sys.argv[1:] or list(SIZES)
    force = os.environ.get("BENCH_REGENERATE") == "1"
    for name in names:
        path, manifest = store(SIZES[name], force=force)
        print(f"{name}: {path} {json.dumps(manifest)}")


if __name__ == "__main__":
    main()
