"""Fair peers: the same kind of municipality, the nearest in population, never itself."""

import pandas as pd

from prevention.views.peers import peer_group


def frame() -> pd.DataFrame:
    rows = [
        ("13", "city", 556_490),
        ("19", "city", 298_753),
        ("21", "city", 152_008),
        ("29", "city", 100_653),
        ("11", "city", 52_727),
        ("25", "city", 16_746),
        ("27", "city", 89_100),
        ("32", "district", 19_585),
        ("33", "district", 25_581),
        ("34", "district", 23_321),
        ("35", "district", 40_000),
        ("12", "municipality", 4_128),
        ("23", "municipality", 3_609),
        ("99", "district", None),
    ]
    return pd.DataFrame(rows, columns=["code", "kind", "population"]).set_index("code")


def test_same_kind_only_and_not_itself():
    group = peer_group(frame(), "33", size=5)
    assert "33" not in group.peers
    assert set(group.peers) <= {"32", "34", "35"}  # districts with a population
    assert group.kind == "district"


def test_nearest_population_on_a_log_scale_first():
    group = peer_group(frame(), "29", size=3)
    # 100 653: Panevėžys (89 100) is nearest, then Klaipėda (152 008), then Alytus (52 727).
    assert group.peers == ["27", "21", "11"]


def test_the_range_explains_the_choice():
    group = peer_group(frame(), "29", size=3)
    assert (group.low, group.high, group.population) == (52_727, 152_008, 100_653)


def test_fewer_candidates_than_asked_gives_what_there_is():
    group = peer_group(frame(), "12", size=5)
    assert group.peers == ["23"]
    assert (group.low, group.high) == (3_609, 4_128)


def test_unknown_population_has_no_peers():
    group = peer_group(frame(), "99")
    assert group.peers == []


def test_same_group_every_run():
    assert peer_group(frame(), "13") == peer_group(frame(), "13")
