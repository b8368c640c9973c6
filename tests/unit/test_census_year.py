"""Rates use the census of CENSUS_YEAR only, even when the store holds other years' counts."""

import shutil

from sqlalchemy import text

from prevention.store import queries
from prevention.store.db import read_only_engine, writable_engine
from prevention.store.models import CENSUS_YEAR
from tests.small_world import POPULATION


def test_only_the_census_year_is_read(small_world, tmp_path):
    store = tmp_path / "store.db"
    shutil.copy(small_world, store)
    code = "41"  # a municipality of the small world
    engine = writable_engine(store)
    with engine.begin() as connection:  # an older count beside the census
        connection.execute(
            text(
                "INSERT INTO population (area_code, year, population, source_id) "
                "SELECT area_code, :older, 1, source_id FROM population WHERE area_code = :code"
            ),
            {"older": CENSUS_YEAR - 10, "code": code},
        )
    engine.dispose()
    reader = read_only_engine(store)
    census = queries.census_population(reader)
    assert set(census["year"]) == {CENSUS_YEAR}
    assert census.loc[code, "population"] == POPULATION[code]
    assert queries.municipalities(reader).loc[code, "population"] == POPULATION[code]
