"""The only Streamlit import in the domain package: shared engine and cached query results.

Wrappers take plain hashable arguments and never a language, so one cached frame serves
every visitor in both languages.
"""

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pandas as pd
import streamlit as st
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError

from prevention.release import downloads
from prevention.store import queries
from prevention.store.db import (
    StoreState,
    backend,
    configured_store,
    read_only_engine,
    store_state,
)

# On PostgreSQL the release is looked up with a query, so at most this often per process.
FOLLOW_EVERY_SECONDS = 3.0


# The last check of the configured store: (what was checked, its state, when).
_LAST_CHECK: list = [None, None, 0.0]


def current_store_state() -> StoreState:
    """Whether the configured store can be served; called at the start of every page run.

    The full check reads the store: on SQLite a count over every observation (4 ms at one
    million, 29 ms at ten million, warm), on PostgreSQL a connection that may wait
    CONNECT_TIMEOUT for a server that is away, while every other visitor of the process
    waits its turn. So a SQLite file that passed is trusted until it changes: a release is
    a new file renamed over the old one, and the project's writers never lock the served
    file. A PostgreSQL answer, good or bad, is kept for FOLLOW_EVERY_SECONDS. A SQLite file
    that failed is checked again on the next run: a lock or a missing file
    can clear at any moment.
    """
    store = configured_store()
    now = time.monotonic()
    if backend(store).polled:
        key: object = str(store)
        if _LAST_CHECK[0] == key and now - _LAST_CHECK[2] < FOLLOW_EVERY_SECONDS:
            return _LAST_CHECK[1]
        state = store_state(store)
        _LAST_CHECK[:] = [key, state, time.monotonic()]
        return state
    try:
        key = (str(store), backend(store).release_fingerprint())
    except OSError:
        return store_state(store)  # missing: the check says so
    if _LAST_CHECK[0] == key:
        return _LAST_CHECK[1]
    state = store_state(store)
    if state.ok:
        _LAST_CHECK[:] = [key, state, now]
    return state


@st.cache_resource
def _served_release() -> dict[str, object]:
    """Which release the caches hold data from, and when it was last looked up."""
    return {"fingerprint": None, "checked": 0.0}


_RELOAD_LOCK = threading.Lock()
_SHARED: list = []  # every `shared` cache, cleared with the data caches on a new release

Builder = TypeVar("Builder", bound=Callable)


def shared(builder: Builder | None = None, *, max_entries: int = 64) -> Builder:
    """Memoise a pure builder of something a page only draws (a figure), for every session.

    Building a Plotly figure costs more than drawing it (Plotly validates every property),
    so each figure is built once per set of arguments and language and then shared, not
    copied: callers must never change what they get. Arguments are hashed by value (frames
    included), so a new selection builds a new figure; a new release clears them all. The
    bound keeps memory flat however many selections visitors make (a map holds its
    boundaries, about 2 MB as Python objects, so maps keep fewer).
    """
    if builder is None:  # used as @shared(max_entries=...)
        return lambda function: shared(function, max_entries=max_entries)  # type: ignore[return-value]
    cached = st.cache_resource(max_entries=max_entries, ttl="1h", show_spinner=False)(builder)
    _SHARED.append(cached)
    return cached  # type: ignore[return-value]


_FIGURES: dict[tuple[Callable, int], Callable] = {}
_FIGURES_LOCK = threading.Lock()
Figure = TypeVar("Figure")


def figure(
    builder: Callable[..., Figure], /, *args: Any, cache_entries: int = 64, **kwargs: Any
) -> Figure:
    """A figure from a pure builder of components/, built once per arguments and shared.

    The builders take data and return a go.Figure, knowing nothing of caches; the page asks
    for its figures through here (see `shared` for why and how they are kept). Arguments
    whose name starts with "_" are not hashed (a map's boundaries: the layer's name stands
    for them). A map holds its boundaries, so maps ask for fewer entries.
    """
    key = (builder, cache_entries)
    with _FIGURES_LOCK:
        memo = _FIGURES.get(key)
        if memo is None:
            memo = _FIGURES[key] = shared(builder, max_entries=cache_entries)
    return memo(*args, **kwargs)


def computed(function: Builder) -> Builder:
    """Memoise a pure computation on cached frames; every caller gets its own copy."""
    return st.cache_data(max_entries=256, ttl="1h", show_spinner=False)(function)  # type: ignore[return-value]


def follow_release() -> bool:
    """Drop cached data once a new release has replaced the store; True when it did.

    Builds and ingests write a new file and rename it over the old one, so the file's inode
    changes; until then every session keeps reading the previous release. Checked on every
    page run (one stat call), so a new release is served without restarting the app. On
    PostgreSQL a new release is a new schema renamed into place, so its object id changes.
    """
    store = backend(configured_store())
    served = _served_release()
    if store.polled:
        now = time.monotonic()
        if now - float(served["checked"]) < FOLLOW_EVERY_SECONDS:  # type: ignore[arg-type]
            return False
        served["checked"] = now
    try:
        fingerprint = store.release_fingerprint()
    except (OSError, SQLAlchemyError):
        # A SQLite file replaced between the state check and now, or a server that is away:
        # the next run's store check sees it.
        return False
    with _RELOAD_LOCK:
        if served["fingerprint"] in (None, fingerprint):
            served["fingerprint"] = fingerprint
            return False
        served["fingerprint"] = fingerprint
        engine().dispose()
        engine.clear()
        st.cache_data.clear()
        for cache in _SHARED:
            cache.clear()
        return True


@dataclass(frozen=True, eq=False)
class PageFrame:
    """What the frame of every page shows from the store, read at the start of the run.

    components.shell draws it and never reads the store itself. When the store cannot be
    served, `problem` names the catalogue's error text and nothing else was read.
    """

    ok: bool
    problem: str | None = None
    release: Mapping[str, object] = field(default_factory=dict)
    help_contacts: pd.DataFrame = field(default_factory=pd.DataFrame)


def page_frame() -> PageFrame:
    """Check the store, follow a new release, then read the release and the help numbers.

    Every page passes this to page_setup() first, so a new release is followed before
    anything else is read, and an unusable store is read no further.
    """
    state = current_store_state()
    if not state.ok:
        return PageFrame(ok=False, problem=state.problem)
    follow_release()
    return PageFrame(ok=True, release=release(), help_contacts=help_contacts())


@st.cache_resource
def engine() -> Engine:
    """One read-only engine per process, shared by all sessions: never mutate it."""
    return read_only_engine(configured_store())


@st.cache_data(ttl="1h", max_entries=64)
def headline_figures(example: bool = False) -> pd.DataFrame:
    """The preferred national figure per headline indicator and year, with its source."""
    return queries.headline_figures(engine(), example)


@st.cache_data(ttl="1h", max_entries=64)
def other_source_values(example: bool = False) -> pd.DataFrame:
    """Non-preferred national values for the headline indicators ("other sources say")."""
    return queries.other_source_values(engine(), example)


@st.cache_data(ttl="1h", max_entries=64)
def measures_running_by_year(example: bool = False) -> pd.DataFrame:
    """How many prevention measures were running in each year, official and illustrative."""
    return queries.measures_running_by_year(engine(), example)


@st.cache_data(ttl="1h", max_entries=64)
def release() -> dict[str, object]:
    """The store's current release: number, date, whether illustrative data are included."""
    return queries.current_release(engine())


@st.cache_data(ttl="1h", max_entries=64)
def help_organisations() -> pd.DataFrame:
    """NGOs and church bodies, from the institutions table, for the help page."""
    return queries.help_organisations(engine())


@st.cache_data(ttl="1h", max_entries=64)
def help_contacts() -> pd.DataFrame:
    """The help-line numbers and their sources, for the help bar on every page."""
    return queries.help_contacts(engine())


@st.cache_data(ttl="1h", max_entries=64)
def national_observations() -> pd.DataFrame:
    """Preferred published national values, for the help page's and explainer's figures."""
    return queries.national_observations(engine())


@st.cache_data(ttl="1h", max_entries=64)
def headlines(example: bool = False) -> list:
    """Headline figures at their latest year, with the previous year and rival sources."""
    from prevention.views.headlines import latest_headlines

    return latest_headlines(headline_figures(example), other_source_values(example))


@st.cache_data(ttl="1h", max_entries=64)
def indicator_labels() -> pd.DataFrame:
    """Indicator names, units and caveats in both languages, keyed by code."""
    return queries.indicator_labels(engine())


@st.cache_data(ttl="1h", max_entries=64)
def areas() -> pd.DataFrame:
    """Every area's names, level and parent, keyed by code."""
    return queries.areas(engine())


@st.cache_data(ttl="1h", max_entries=64)
def census_population() -> pd.DataFrame:
    """2021 census population by area code (the only municipal population there is)."""
    return queries.census_population(engine())


@st.cache_data(ttl="1h", max_entries=64)
def trend_indicators(example: bool = False) -> pd.DataFrame:
    """Indicators that have yearly values, in display order."""
    return queries.trend_indicators(engine(), example)


@st.cache_data(ttl="1h", max_entries=64)
def indicator_areas(indicator: str, example: bool = False) -> list[str]:
    """Areas with yearly values of one indicator."""
    return queries.indicator_areas(engine(), indicator, example)


@st.cache_data(ttl="1h", max_entries=64)
def indicator_dimensions(indicator: str, area: str, example: bool = False) -> list[str]:
    """Breakdown dimensions available for one indicator in one area."""
    return queries.indicator_dimensions(engine(), indicator, area, example)


@st.cache_data(ttl="1h", max_entries=64)
def trend_observations(
    indicator: str, area: str, dimension: str, example: bool = False
) -> pd.DataFrame:
    """Every yearly value of one series, from every source, with status."""
    return queries.trend_observations(engine(), indicator, area, dimension, example)


@st.cache_data(ttl="1h", max_entries=64)
def plan_periods() -> pd.DataFrame:
    """The national action plans' periods, for bands on every time chart."""
    return queries.plan_periods(engine())


@st.cache_data(ttl="1h", max_entries=64)
def indicator_coverage(example: bool = False) -> pd.DataFrame:
    """Years, rows, sources and last update per indicator, for the methodology page."""
    return queries.indicator_coverage(engine(), example)


@st.cache_data(ttl="1h", max_entries=64)
def unplaced_measures() -> pd.DataFrame:
    """Real local measures listed on the data page because no source fixes a year or place."""
    return queries.unplaced_measures(engine())


@st.cache_data(ttl="1h", max_entries=64)
def local_facts(area_code: str) -> pd.DataFrame:
    """Real figures for one municipality: coordination flags, need context, statements."""
    return queries.local_facts(engine(), area_code)


@st.cache_data(ttl="1h", max_entries=64)
def local_statements(indicator: str) -> pd.DataFrame:
    """Real one-off figures below national level for one indicator (press statements)."""
    return queries.local_statements(engine(), indicator)


@st.cache_data(ttl="1h", max_entries=64)
def local_measure_count() -> int:
    """How many of the collected local measures are placed in the store."""
    return queries.local_measure_count(engine())


@st.cache_data(ttl="1h", max_entries=64)
def sources(example: bool = False) -> pd.DataFrame:
    """Every source with its licence and tier."""
    return queries.sources(engine(), example)


@st.cache_data(ttl="1h", max_entries=64)
def status_counts(example: bool = False) -> pd.DataFrame:
    """Cells per status and suppression kind in this release."""
    return queries.status_counts(engine(), example)


@st.cache_data(ttl="1h", max_entries=64)
def release_history() -> pd.DataFrame:
    """Every release of the store, newest first."""
    return queries.release_history(engine())


@st.cache_data(ttl="1h", max_entries=6)
def dataset_files(header: str = "code", example: bool = False) -> tuple[bytes, bytes]:
    """The whole published dataset as CSV and its datapackage.json, for the data page.

    Made once per release and process, not on every view: the whole store is read for it.
    Real rows only, unless the example layer is on (then every row says which it is).
    `header`: the one header row as codes, Lithuanian or English column names.
    """
    from prevention.views.methodology import dataset_files as files

    return files(
        queries.published_observations(engine(), example), release(), example=example, header=header
    )


@st.cache_data(ttl="1h", max_entries=64)
def municipal_indicators(example: bool = False) -> pd.DataFrame:
    """Count indicators with municipal yearly values, for the map and the profile."""
    return queries.municipal_indicators(engine(), example)


@st.cache_data(ttl="1h", max_entries=64)
def area_values(indicator: str, example: bool = False) -> pd.DataFrame:
    """One indicator's yearly totals in every area, with status and source."""
    return queries.area_values(engine(), indicator, example)


@st.cache_data(ttl="1h", max_entries=64)
def municipalities() -> pd.DataFrame:
    """The 60 municipalities with names, kind, county and census population."""
    return queries.municipalities(engine())


@st.cache_data(ttl="1h", max_entries=16)
def measures(example: bool = False) -> pd.DataFrame:
    """Every prevention measure with its source."""
    return queries.measures(engine(), example)


@st.cache_data(ttl="1h", max_entries=16)
def measure_areas(example: bool = False) -> pd.DataFrame:
    """Measure to area links ("LT" = whole country)."""
    return queries.measure_areas(engine(), example)


@st.cache_data(ttl="1h", max_entries=16)
def measure_institutions(example: bool = False) -> pd.DataFrame:
    """Measure to institution links with roles."""
    return queries.measure_institutions(engine(), example)


@st.cache_data(ttl="1h", max_entries=16)
def institutions(example: bool = False) -> pd.DataFrame:
    """Institution names and kinds, by short name."""
    return queries.institutions(engine(), example)


@st.cache_resource
def boundaries(layer: str) -> dict | None:
    """A boundary layer ("municipalities" or "counties") with coordinates rounded, or None.

    Shared by all sessions: never mutate it. Rounding to 3 decimals (about 100 m, finer than
    the 500 m simplification) roughly halves the bytes every map sends to the browser.
    """
    from prevention.geo import fetch as geo
    from prevention.geo.mapdata import compact_geojson

    raw = geo.load_municipalities() if layer == "municipalities" else geo.load_counties()
    return compact_geojson(raw) if raw else None


@st.cache_resource
def tiles() -> pd.DataFrame:
    """The committed equal-area tile layout (code, col, row)."""
    from prevention.geo.tiles import load_tiles

    return load_tiles()


@st.cache_data(ttl="1h", max_entries=64)
def measures_for_duplicates(example: bool = False) -> pd.DataFrame:
    """Measures with a known period, institutions and areas joined, for the overlap engine."""
    return queries.measures_for_duplicates(engine(), example)


@st.cache_data(ttl="1h", max_entries=16)
def duplicate_groups(threshold: float, example: bool = False) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(pairs, groups) of duplicated measures at a threshold (rounded by the caller).

    Real and generated measures are searched apart: never a pair of one of each.
    """
    from prevention.example_layer import separate_duplicates

    area_names = {
        str(code): {"lt": str(row.name_lt), "en": str(row.name_en)}
        for code, row in areas().iterrows()
    }
    return separate_duplicates(measures_for_duplicates(example), threshold, area_names)


# A table's CSV is made once per table (hashed by value), not on every run of the page.
csv_bytes = computed(downloads.csv_bytes)
