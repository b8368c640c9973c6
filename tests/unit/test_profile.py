"""The profile's logic: coverage and gaps of measures, national measures, honest ranks."""

import pandas as pd

from prevention.views import profile, profile_measures, profile_text


def values() -> pd.DataFrame:
    """One indicator in 2024: country, county and five municipalities, one hidden, one small."""
    rows = [
        ("LT", "country", 2024, 200.0, "published"),
        ("LT-AL", "county", 2024, 30.0, "illustrative"),
        ("11", "municipality", 2024, 40.0, "illustrative"),
        ("12", "municipality", 2024, None, "suppressed"),
        ("13", "municipality", 2024, 120.0, "illustrative"),
        ("14", "municipality", 2024, 7.0, "illustrative"),
        ("15", "municipality", 2024, 25.0, "illustrative"),
        ("11", "municipality", 2023, 30.0, "illustrative"),
    ]
    frame = pd.DataFrame(rows, columns=["area_code", "level", "year", "value", "status"])
    return frame.assign(source_id="ILL", source_title="t", source_publisher="p", source_url="")


POPULATION = pd.Series(
    {
        "LT": 2_800_000,
        "LT-AL": 130_000,
        "11": 50_000,
        "12": 10_000,
        "13": 600_000,
        "14": 20_000,
        "15": 25_000,
    }  # fmt: skip
)


def test_rank_by_rate_among_published_values():
    rank = profile.rank(values(), "11", POPULATION, rated=True)
    # Rates: 15 -> 100, 11 -> 80, 14 -> 35, 13 -> 20 (12 hidden).
    assert (rank.year, rank.position, rank.among, rank.hidden) == (2024, 2, 4, 1)
    assert rank.reason is None


def test_no_rank_for_a_hidden_value():
    rank = profile.rank(values(), "12", POPULATION, rated=True)
    assert rank.position is None and rank.reason == "suppressed"
    assert "hidden" in profile_text.rank_text(rank, "en")


def test_no_rank_for_a_small_count():
    rank = profile.rank(values(), "14", POPULATION, rated=True)
    assert rank.position is None and rank.reason == "small"
    assert "10" in profile_text.rank_text(rank, "en")  # the one rule, mapdata.SMALL_COUNT


def test_no_rank_without_a_value():
    rank = profile.rank(values(), "16", POPULATION, rated=True)
    assert rank.position is None and rank.reason == "missing"


def test_comparison_keeps_hidden_cells_hidden_and_rates_per_100k():
    frame = profile.comparison(
        {"victims": values()}, ["12", "LT-AL", "LT"], [], (2023, 2024),
        population=POPULATION, rated=["victims"],
    )  # fmt: skip
    hidden = frame[(frame["area_code"] == "12") & (frame["year"] == 2024)].iloc[0]
    assert hidden["status"] == "suppressed" and pd.isna(hidden["value"])
    assert profile_text.row_cell(hidden, "en") == "hidden"
    missing = frame[(frame["area_code"] == "LT") & (frame["year"] == 2023)].iloc[0]
    assert missing["status"] == "not_available" and pd.isna(missing["value"])
    county = frame[(frame["area_code"] == "LT-AL") & (frame["year"] == 2024)].iloc[0]
    assert round(county["value"], 2) == round(30 * 100_000 / 130_000, 2)


def test_a_hidden_peer_hides_the_pooled_value_and_says_so():
    frame = profile.comparison(
        {"victims": values()}, ["11"], ["12", "15"], (2024, 2024),
        population=POPULATION, rated=["victims"],
    )  # fmt: skip
    pooled = frame[frame["area_code"] == profile.PEERS].iloc[0]
    assert pooled["status"] == "suppressed" and pd.isna(pooled["value"])
    # Published peers only: 15 has 25 in 25 000; nothing is assumed about the hidden 12.
    assert pooled["published_value"] == 100.0
    assert (pooled["published_peers"], pooled["hidden_peers"]) == (1, 1)
    assert profile_text.row_cell(pooled, "en") == "100.0 (peers published: 1, hidden: 1)"


def test_known_peers_are_pooled():
    frame = profile.comparison(
        {"victims": values()}, ["11"], ["13", "15"], (2024, 2024),
        population=POPULATION, rated=["victims"],
    )  # fmt: skip
    pooled = frame[frame["area_code"] == profile.PEERS].iloc[0]
    assert round(pooled["value"], 2) == round(145 * 100_000 / 625_000, 2)


def test_suppressed_count_is_never_printed_as_a_number():
    assert profile_text.cell(float("nan"), "suppressed", rated=False, lang="en") == "hidden"
    assert profile_text.cell(float("nan"), "suppressed", rated=False, lang="lt") == "paslėpta"
    assert profile_text.cell(0.0, "illustrative", rated=False, lang="en") == "0"
    assert profile_text.cell(float("nan"), "not_available", rated=False, lang="en") == "–"


def test_resolve_area():
    codes = ["11", "13", "19"]
    assert profile.resolve_area(None, codes) == ("13", False)
    assert profile.resolve_area("19", codes) == ("19", False)
    assert profile.resolve_area("<script>", codes) == ("13", True)
    assert profile.resolve_area("LT", codes) == ("13", True)  # the country is no municipality


def measures() -> tuple[pd.DataFrame, pd.DataFrame]:
    rows = [
        ("N1", "awareness", "youth", 2020, 2024, 100_000.0, 0, "completed"),
        ("N2", "training", "professionals", 2023, 2023, None, 0, "completed"),
        ("L1", "outreach", "migrants", 2022, 2023, 5_000.0, 1, "completed"),
        ("L2", "awareness", "schoolchildren", 2018, 2019, 2_000.0, 1, "completed"),
        ("O1", "hotline", "victims", 2022, 2024, 9_000.0, 1, "completed"),
    ]
    columns = ["measure_id", "measure_type", "target_group", "start_year", "end_year"]
    frame = pd.DataFrame(rows, columns=[*columns, "budget_eur", "illustrative", "status"])
    links = pd.DataFrame(
        [("N1", "LT"), ("N2", "LT"), ("N2", "13"), ("L1", "13"), ("L2", "13"), ("O1", "19")],
        columns=["measure_id", "area_code"],
    )
    return frame, links


def test_covering_counts_national_and_local_measures():
    frame, links = measures()
    shown = profile_measures.covering(frame, links, "13", (2022, 2024))
    assert sorted(shown["measure_id"]) == ["L1", "N1", "N2"]  # L2 ended before, O1 elsewhere
    totals = profile_measures.totals(shown)
    assert (totals.measures, totals.national, totals.local) == (3, 2, 1)
    assert totals.local_budget == 5_000.0  # national money is not the municipality's


def test_gaps_are_target_groups_without_any_measure_in_the_period():
    frame, links = measures()
    shown = profile_measures.covering(frame, links, "13", (2022, 2024))
    groups = profile_measures.categories(frame, "target_group")
    table = profile_measures.by_category(shown, "target_group", groups)
    assert profile_measures.gaps(table, "target_group") == ["schoolchildren", "victims"]
    youth = table.set_index("target_group").loc["youth"]
    assert (youth["national"], youth["local"], youth["total"]) == (1, 0, 1)
    # The earlier period had the schoolchildren measure.
    earlier = profile_measures.covering(frame, links, "13", (2018, 2019))
    table = profile_measures.by_category(earlier, "target_group", groups)
    assert "schoolchildren" not in profile_measures.gaps(table, "target_group")


def test_unknown_budget_is_unknown_not_zero():
    frame, links = measures()
    shown = profile_measures.covering(frame, links, "13", (2023, 2023))
    table = profile_measures.by_category(shown, "measure_type", ["training"])
    assert pd.isna(table.loc[0, "national_budget"])
    from prevention.views.profile_measure_text import money

    assert money(float("nan"), "en") == "unknown"


def test_institutions_by_role():
    frame, links = measures()
    shown = profile_measures.covering(frame, links, "13", (2022, 2024))
    who = pd.DataFrame(
        [("N1", "VRM", "lead"), ("N2", "VRM", "partner"), ("N2", "PD", "lead"),
         ("L1", "SAV-13", "lead"), ("O1", "NGO", "lead")],
        columns=["measure_id", "institution", "role"],
    )  # fmt: skip
    table = profile_measures.by_institution(shown, who).set_index("institution")
    assert table.loc["VRM", "lead"] == 1 and table.loc["VRM", "partner"] == 1
    assert "NGO" not in table.index
    assert table.loc["VRM", "budget"] == 100_000.0


def test_duplicate_groups_that_name_the_municipality():
    groups = pd.DataFrame(
        {
            "group_id": ["G001", "G002", "G003"],
            "areas": [("13", "LT"), ("19",), ("13",)],
            "start_year": [2022, 2022, 2015],
            "end_year": [2023, 2023, 2016],
        }
    )
    touching = profile_measures.touching(groups, "13", (2022, 2024))
    assert list(touching["group_id"]) == ["G001"]
