"""The only Streamlit import in the domain package: shared engine and cached query results.

Wrappers take plain hashable arguments and never a language, so one cached frame serves
every visitor in both languages.
"""

import pandas as pd
import streamlit as st
from sqlalchemy.engine import Engine

from prevention import queries
from prevention.db import StoreState, database_path, read_only_engine, store_state


def current_store_state() -> StoreState:
    """Whether the configured store can be served (checked on every run: it is cheap)."""
    return store_state(database_path())


@st.cache_resource
def engine() -> Engine:
    """One read-only engine per process, shared by all sessions: never mutate it."""
    return read_only_engine(database_path())


@st.cache_data(ttl="1h", max_entries=64)
def headline_figures() -> pd.DataFrame:
    """The preferred national figure per headline indicator and year, with its source."""
    return queries.headline_figures(engine())


@st.cache_data(ttl="1h", max_entries=64)
def other_source_values() -> pd.DataFrame:
    """Non-preferred national values for the headline indicators ("other sources say")."""
    return queries.other_source_values(engine())


@st.cache_data(ttl="1h", max_entries=64)
def measures_running_by_year() -> pd.DataFrame:
    """How many prevention measures were running in each year, official and illustrative."""
    return queries.measures_running_by_year(engine())


@st.cache_data(ttl="1h", max_entries=64)
def release() -> dict[str, object]:
    """The store's current release: number, date, whether illustrative data are included."""
    return queries.current_release(engine())


@st.cache_data(ttl="1h", max_entries=64)
def help_organisations() -> pd.DataFrame:
    """NGOs that assist victims, from the institutions table, for the help box."""
    return queries.help_organisations(engine())


@st.cache_data(ttl="1h", max_entries=64)
def headlines() -> list:
    """Headline figures at their latest year, with the previous year and rival sources."""
    from prevention.headlines import latest_headlines

    return latest_headlines(headline_figures(), other_source_values())


@st.cache_data(ttl="1h", max_entries=64)
def indicator_labels() -> pd.DataFrame:
    """Indicator names, units and caveats in both languages, keyed by code."""
    return queries.indicator_labels(engine())
