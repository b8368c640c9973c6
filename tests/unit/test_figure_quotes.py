"""The point a reader clicked picks the figure a chart's "cite this figure" quotes."""

import pandas as pd

from prevention.views.figure_quotes import chosen, pair_key, point_keys, quotes

CITES = {"13": "Vilnius", "19": "Kaunas"}
YEARS = {"2022": "2022 figure", "2024": "2024 figure", "2023": "2023 figure"}


def test_a_clicked_bar_is_found_by_its_customdata():
    assert chosen([{"customdata": "19", "x": 3}], CITES) == "19"
    assert chosen([{"customdata": ["19", "extra"]}], CITES) == "19"


def test_a_clicked_year_is_found_by_its_x():
    assert point_keys({"x": 2023.0}) == ["2023"]
    assert chosen([{"x": 2023}], YEARS) == "2023"


def test_without_a_usable_click_a_series_quotes_its_latest_year_and_a_ranking_its_first():
    assert chosen([], YEARS) == "2024"
    assert chosen([{"x": "not a year"}, {"customdata": "99"}], CITES) == "13"


def test_hidden_values_get_no_citation_and_a_period_stays_text():
    rows = pd.DataFrame(
        {
            "key": [pair_key("KOPŽI", "PD"), "hidden"],
            "what": ["Dubliavimas: KOPŽI + PD", "x"],
            "area": "visa Lietuva",
            "year": "2009–2027",
            "value": [4, float("nan")],
            "unit": "priemonių poros",
            "publisher": "Prevencijos stebėsena",
        }
    )
    result = quotes(rows, url="https://example.org/duplicates", lang="lt")
    assert list(result) == ["KOPŽI|PD"]
    assert result["KOPŽI|PD"].startswith(
        "Dubliavimas: KOPŽI + PD, visa Lietuva, 2009–2027 m.: 4 (priemonių poros)."
    )
