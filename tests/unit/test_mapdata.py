"""Map data: every area present with its class, honest ranks, rates, classes and words."""

from datetime import date

import pandas as pd
import pytest

from prevention.geo.mapdata import (
    SMALL_COUNT,
    compact_geojson,
    ranks,
    snapshot,
    value_classes,
    years_with_data,
)
from prevention.i18n import t
from prevention.views import map_text
from prevention.views.map import area_places, map_view

PLACES = pd.DataFrame(
    {
        "name_lt": ["Alfa", "Beta", "Gama", "Delta", "Epsilon", "Zeta"],
        "name_en": ["Alpha", "Beta", "Gamma", "Delta", "Epsilon", "Zeta"],
        "short_name_lt": ["Alf.", "Bet.", "Gam.", "Del.", "Eps.", "Zet."],
        "kind": ["city", "district", "municipality", "district", "district", "district"],
        "population": [200_000, 50_000, 10_000, 100_000, 4_000, 25_000],
    },
    index=pd.Index(["01", "02", "03", "04", "05", "06"], name="code"),
)


def values(rows: list[tuple[str, float | None, str]], year: int = 2024) -> pd.DataFrame:
    """Rows as `queries.area_values` returns them: (code, value, status)."""
    return pd.DataFrame(
        {
            "area_code": [code for code, _, _ in rows],
            "level": "municipality",
            "year": year,
            "value": [value for _, value, _ in rows],
            "status": [status for _, _, status in rows],
            "source_id": "S",
            "source_title": "Title",
            "source_publisher": "Publisher",
            "source_url": "https://example.org",
        }
    )


# 01: 12, 02: hidden, 03: 0, 04: 12 (tie), 05: missing row, 06: 30
ROWS = [
    ("01", 12.0, "published"),
    ("02", None, "suppressed"),
    ("03", 0.0, "published"),
    ("04", 12.0, "published"),
    ("06", 30.0, "published"),
]


def snap(rate: bool = False, rows: list | None = None) -> pd.DataFrame:
    frame = snapshot(values(rows or ROWS), PLACES, level="municipality", year=2024, rate=rate)
    return frame.set_index("code")


def test_every_place_is_present_with_its_class():
    frame = snap()
    assert list(frame.index) == list(PLACES.index)
    assert frame["class"].to_dict() == {
        "01": "value",
        "02": "suppressed",
        "03": "zero",
        "04": "value",
        "05": "not_available",
        "06": "value",
    }
    assert frame.loc["05", "status"] == "not_available"
    assert pd.isna(frame.loc["02", "value"]) and pd.isna(frame.loc["02", "count"])
    assert frame.loc["03", "value"] == 0


def test_a_suppressed_value_is_never_ranked_and_never_treated_as_zero():
    frame = snap()
    assert pd.isna(frame.loc["02", "rank_best"]) and frame.loc["02", "rank_note"] == "suppressed"
    assert pd.isna(frame.loc["05", "rank_best"]) and frame.loc["05", "rank_note"] == "not_available"
    # Nothing public says how large a hidden count is: it may lie above every published value.
    assert frame.loc["06", ["rank_best", "rank_worst"]].tolist() == [1, 2]
    assert pd.isna(frame.loc["03", "rank_best"])  # a published 0: no rank, see below


def test_ties_share_a_rank_and_say_so():
    frame = snap()
    assert frame.loc["01", "rank_best"] == frame.loc["04", "rank_best"] == 2
    assert frame.loc["01", "rank_ties"] == frame.loc["04", "rank_ties"] == 1
    assert frame.loc["06", "rank_ties"] == 0


def test_zeros_and_small_numbers_get_no_rank_one_rule():
    """The site's one rule: a rank only from SMALL_COUNT cases; a 0 says why it has none."""
    frame = snap()
    assert SMALL_COUNT == 10
    assert frame.loc["03", "rank_note"] == "zero"  # 0 cases
    assert pd.isna(frame.loc["03", "rank_best"])
    assert frame.loc["01", "rank_note"] == "ok"  # 12 cases
    assert map_text.rank_text(frame.loc["03"], total=6, lang="en") == "Rank: none (the value is 0)"


def test_rates_per_100k_use_the_population_and_keep_hidden_values_hidden():
    frame = snap(rate=True)
    assert frame.loc["01", "value"] == pytest.approx(6.0)  # 12 of 200 000
    assert frame.loc["04", "value"] == pytest.approx(12.0)  # 12 of 100 000
    assert frame.loc["06", "value"] == pytest.approx(120.0)  # 30 of 25 000
    assert frame.loc["01", "count"] == 12
    assert pd.isna(frame.loc["02", "value"])
    # A hidden count could be any rate, so it may lie above 12 and above 6.
    assert frame.loc["04", ["rank_best", "rank_worst"]].tolist() == [2, 3]
    assert frame.loc["01", ["rank_best", "rank_worst"]].tolist() == [3, 4]


def test_a_count_under_the_rule_gets_no_rank_even_when_its_rate_is_high():
    frame = pd.DataFrame({"value": [80.0, 9.0], "count": [4.0, 90.0], "class": ["value"] * 2})
    ranked = ranks(frame)
    assert pd.isna(ranked.loc[0, "rank_best"]) and ranked.loc[0, "rank_note"] == "small"
    assert ranked.loc[1, "rank_best"] == 1


def test_ranks_without_hidden_areas_are_exact():
    frame = pd.DataFrame(
        {"value": [3.0, 9.0, 9.0], "count": [30.0, 90.0, 90.0], "class": ["value"] * 3}
    )
    ranked = ranks(frame)
    assert ranked["rank_best"].tolist() == [3, 1, 1]
    assert ranked["rank_worst"].tolist() == [3, 1, 1]


def test_value_classes_keep_equal_values_together():
    classes = value_classes(pd.Series([0, 5, 5, 6, 7, 8, 20, 40, None, 100.0]))
    assert pd.isna(classes[0]) and pd.isna(classes[8])
    assert classes[1] == classes[2] == 0
    assert classes[9] == 3
    assert classes.dropna().is_monotonic_increasing
    assert value_classes(pd.Series([0.0, None])).isna().all()
    assert value_classes(pd.Series([7.0, 7.0])).tolist() == [0, 0]


def test_years_with_data_per_level():
    rows = pd.concat([values(ROWS, 2023), values(ROWS[:1], 2021)])
    rows.loc[rows["year"] == 2021, "level"] = "county"
    assert years_with_data(rows, "municipality") == [2023]
    assert years_with_data(rows, "county") == [2021]


def test_compact_geojson_rounds_and_keeps_only_the_code():
    raw = {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "properties": {"code": 13, "name": "Vilnius"},
                "geometry": {
                    "type": "Polygon",
                    "coordinates": [[[25.12345, 54.6789], [25.12349, 54.67891], [25.2, 54.7]]],
                },
            }
        ],
    }
    compact = compact_geojson(raw)
    feature = compact["features"][0]
    assert feature["id"] == "13" and feature["properties"] == {"code": "13"}
    assert feature["geometry"]["coordinates"] == [[[25.123, 54.679], [25.2, 54.7]]]
    assert raw["features"][0]["properties"]["name"] == "Vilnius", "the input is not mutated"


def view(lang: str = "en", rate: bool = False):
    places = area_places(
        "municipality", municipalities=PLACES, areas=pd.DataFrame(), population=pd.DataFrame()
    )
    return map_view(
        values(ROWS),
        places,
        level="municipality",
        year=2024,
        rate=rate,
        what="Victims",
        unit="persons",
        indicator="victims",
        tiles=None,
        release={"id": 3, "created_at": date(2026, 1, 2)},
        accessed=date(2026, 2, 3),
        url="https://example.org/map",
        lang=lang,
    )


def test_the_view_orders_bars_and_legend_from_the_highest_down():
    result = view()
    assert list(result.frame["code"]) == ["06", "01", "04", "02", "03", "05"]
    keys = [key for key, _ in result.legend]
    assert keys[-3:] == ["suppressed", "zero", "not_available"]
    assert dict(result.legend)["suppressed"] == "hidden"  # one entry, whatever the reason
    assert result.frame["z"].is_monotonic_increasing


def test_hidden_and_missing_areas_are_labelled_not_zero():
    frame = view().frame.set_index("code")
    assert frame.loc["02", "bar_text"] == "hidden"
    assert frame.loc["05", "bar_text"] == "no data"
    assert frame.loc["03", "bar_text"] == "0"
    assert "<b>hidden</b>" in frame.loc["02", "hover"]
    assert "Rank: not known" in frame.loc["02", "hover"]


def test_the_table_and_csv_leave_hidden_values_empty():
    result = view(lang="lt")
    table = result.table.set_index(t("common.code", "lt"))
    assert pd.isna(table.loc["02", t("column.value", "lt")])
    assert table.loc["03", t("column.value", "lt")] == 0
    csv = result.csv.decode("utf-8-sig")
    assert "paslėpta (c)" in csv
    assert result.file_stem == "prevention-monitor_map_victims_municipality_2024"
    assert "2024" in result.citation and "https://example.org/map" in result.citation


def test_the_summary_names_the_highest_and_counts_the_rest():
    text = view().summary
    assert "Zeta (30)" in text
    assert "with 0: 1; hidden: 1; no data: 1" in text
    lt = view(lang="lt").summary
    assert "Zet. (30)" in lt


def test_a_rate_view_says_per_100k_with_one_decimal():
    result = view(rate=True)
    assert "per 100,000" in result.title
    row = result.frame.set_index("code").loc["06"]
    assert row["bar_text"] == "120.0"
    assert "(number: 30)" in row["shown"]
