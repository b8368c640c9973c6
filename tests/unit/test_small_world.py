"""Queries, disclosure, headlines and the duplicate finder on the small world, figures by hand.

Every expected value below was worked out from tests/small_world.py by reading it, not by
running the code under test: if one changes, either the world or the code changed meaning.
"""

from pathlib import Path

import pandas as pd
import pytest

from prevention.duplicates.engine import find_duplicates
from prevention.store import queries
from prevention.store.db import read_only_engine
from prevention.views import headlines, summaries
from prevention.views.home import in_display_order
from tests import stores


@pytest.fixture(scope="module")
def engine(small_world: Path):
    engine = read_only_engine(small_world)
    yield engine
    engine.dispose()


def test_the_small_count_and_one_more_cell_are_hidden(small_world):
    hidden = stores.rows(
        small_world,
        "SELECT area_code, year, value, suppression FROM observations "
        "WHERE status = 'suppressed' ORDER BY area_code",
    )
    # Vilnius district's 3 (below 5), and Trakai's 7: with Vilnius city's 50 published, the
    # county's 60 would otherwise give 3 away.
    assert hidden == [("41", 2023, None, "primary"), ("79", 2023, None, "secondary")]


def test_status_counts_and_coverage(engine):
    counts = queries.status_counts(engine)
    assert counts[["status", "suppression", "cells"]].values.tolist() == [
        ["published", "", 18],
        ["suppressed", "primary", 1],
        ["suppressed", "secondary", 1],
    ]
    coverage = queries.indicator_coverage(engine)
    assert coverage[["first_year", "last_year", "rows"]].to_dict("index") == {
        "persons_convicted": {"first_year": 2022, "last_year": 2023, "rows": 4},
        "pretrial_investigations_started": {"first_year": 2021, "last_year": 2023, "rows": 3},
        "victims_officially_identified": {"first_year": 2020, "last_year": 2023, "rows": 13},
    }
    assert sorted(coverage.loc["victims_officially_identified", "source_ids"].split(",")) == [
        "SW_TIP",
        "SW_VRM",
    ]


def test_the_higher_tier_source_is_preferred(small_world):
    rows = stores.rows(
        small_world,
        "SELECT source_id, value, preferred FROM observations WHERE area_code = 'LT' "
        "AND year = 2023 AND indicator_code = 'victims_officially_identified' "
        "AND breakdown_dimension = 'none' ORDER BY source_id",
    )
    assert [(source, value, bool(preferred)) for source, value, preferred in rows] == [
        ("SW_TIP", 58.0, False),
        ("SW_VRM", 60.0, True),
    ]


def test_headlines_are_the_latest_years_with_their_changes(engine):
    found = in_display_order(
        headlines.latest_headlines(
            queries.headline_figures(engine), queries.other_source_values(engine)
        ),
        None,
    )
    assert [
        (h.indicator_code, h.breakdown_category, h.year, h.value, h.previous_value) for h in found
    ] == [
        ("victims_officially_identified", "", 2023, 60.0, 50.0),
        ("victims_officially_identified", "child", 2023, 12.0, 10.0),
        ("pretrial_investigations_started", "", 2023, 25.0, 30.0),
        ("persons_convicted", "", 2023, 15.0, 12.0),
    ]
    victims, children, investigations, convicted = found
    assert victims.others == [(58.0, "U.S. Department of State")]
    assert victims.history == [40.0, 45.0, 50.0, 60.0]
    assert victims.change_is_percent and not children.change_is_percent
    assert investigations.from_press and investigations.reports["en"] == (
        "the Prosecutor General's Office's report"
    )
    assert summaries.change_text(convicted, "en") == "+3"
    assert summaries.change_text(victims, "lt") == "+20%"


def test_measures_running_each_year(engine):
    running = queries.measures_running_by_year(engine)
    # 2022: SW-3, SW-5; 2023: SW-1, SW-2, SW-3; 2024: SW-3, SW-4, SW-6.
    assert running.sort_values("year")[["year", "measures"]].values.tolist() == [
        [2022, 2],
        [2023, 3],
        [2024, 3],
    ]


def test_areas_with_the_victims_series_and_its_breakdowns(engine):
    assert sorted(queries.indicator_areas(engine, "victims_officially_identified")) == [
        "13",
        "41",
        "79",
        "LT",
        "LT-VL",
    ]
    assert queries.indicator_dimensions(engine, "victims_officially_identified", "LT") == [
        "none",
        "age_group",
    ]
    values = queries.area_values(engine, "victims_officially_identified")
    municipal = values[values["level"] == "municipality"].set_index("area_code")
    assert municipal["status"].to_dict() == {
        "13": "published",
        "41": "suppressed",
        "79": "suppressed",
    }
    assert municipal.loc["13", "value"] == 50
    assert municipal.loc[["41", "79"], "value"].isna().all()


def test_the_duplicate_finder_finds_the_two_known_duplicates(engine):
    result = find_duplicates(queries.measures_for_duplicates(engine))
    groups = {
        tuple(row.measure_ids): (tuple(row.institutions), row.combined_budget)
        for row in result.groups.itertuples()
    }
    assert set(groups) == {("SW-1", "SW-2"), ("SW-4", "SW-6")}
    assert groups[("SW-4", "SW-6")] == (("LDB", "VRM"), 3000.0)
    assert groups[("SW-1", "SW-2")][0] == ("CARITAS", "PD")
    assert pd.isna(groups[("SW-1", "SW-2")][1])  # neither lecture states a budget
    pairs = set(zip(result.pairs["measure_a"], result.pairs["measure_b"], strict=True))
    assert pairs == {("SW-1", "SW-2"), ("SW-4", "SW-6")}
    (lectures,) = result.pairs.loc[result.pairs["measure_a"] == "SW-1", "explanation_en"]
    assert lectures.endswith("different institutions lead them: PD and CARITAS.")
    assert "both run in 2023" in lectures
