"""Trends in both languages: default view, permalinks that reopen a view, and bad links.

The figures are the small world's (tests/small_world.py), written here by hand.
"""

import base64

import numpy as np
import pytest

from tests.app.helpers import (
    BAD_VALUES,
    NOT_RECOGNISED,
    chart_specs,
    notices,
    page_text,
    run_page,
)

PAGE = "1_trends.py"


def values(array: object) -> list:
    """A trace's x or y as a list: Plotly sends numeric arrays as typed base64."""
    if isinstance(array, dict) and "bdata" in array:
        return np.frombuffer(base64.b64decode(array["bdata"]), dtype=array["dtype"]).tolist()
    return list(array)  # type: ignore[call-overload]


def title(spec: dict) -> str:
    return spec["layout"]["title"]["text"].replace(" <br>", " ")


@pytest.mark.parametrize(
    ("lang", "heading", "series", "sentence"),
    [
        (
            "lt",
            "Tendencijos",
            "Iš viso",
            "Oficialiai nustatytos prekybos žmonėmis aukos, Lietuva: 2023 m. – 60\xa0asmenų, "
            "daugiau nei 2022 m. (50); daugiausia – 60 (2023 m.), mažiausiai – 40 (2020 m.).",
        ),
        (
            "en",
            "Trends",
            "Total",
            "Victims officially identified, Lithuania: 60\xa0persons in 2023, up from 50 in 2022; "
            "the highest was 60 in 2023 and the lowest 40 in 2020.",
        ),
    ],
)
def test_default_view_draws_the_victims_series(use_small_world, lang, heading, series, sentence):
    app = run_page(PAGE, lang=lang)
    assert not app.exception
    assert app.title[0].value == heading
    assert notices(app) == []
    (spec,) = chart_specs(app)
    assert spec["layout"]["separators"] == {"lt": ", ", "en": ".,"}[lang]
    (line,) = spec["data"]
    assert line["name"] == series and line["connectgaps"] is False
    assert values(line["x"]) == [2020, 2021, 2022, 2023]
    assert values(line["y"]) == [40, 45, 50, 60]
    assert dict(app.query_params) == {
        "lang": lang,
        "indicator": "victims_officially_identified",
        "area": "LT",
        "breakdown": "none",
        "chart": "line",
        "measure": "count",
        "years": "2020-2023",
    }
    assert sentence in page_text(app).replace("\\", "")
    assert app.get("download_button"), "every chart offers its data as CSV"


def test_other_sources_are_listed_beside_the_chart(use_small_world):
    app = run_page(PAGE, lang="en")
    assert (
        "2023: **58** – U.S. Department of State, Small world: an international report "
        "(differs from the value charted)"
    ) in page_text(app).replace("\\", "")


def test_the_chart_data_table_is_drawn_only_when_asked_for(use_small_world):
    app = run_page(PAGE, lang="en")
    assert app.dataframe == [], "no data grid (and its 1.6 MB of JavaScript) until asked"
    (switch,) = [toggle for toggle in app.toggle if toggle.label == "Show the data as a table"]
    switch.set_value(True).run()
    assert not app.exception
    (table,) = [frame.value for frame in app.dataframe]
    assert [int(year) for year in table["Year"]] == [2020, 2021, 2022, 2023]
    assert len(chart_specs(app)) == 1


def test_permalink_reopens_a_breakdown_as_bars(use_small_world):
    app = run_page(
        PAGE,
        lang="en",
        indicator="persons_convicted",
        breakdown="sex",
        chart="bar",
        years="2023-2023",
    )
    assert not app.exception and notices(app) == []
    (spec,) = chart_specs(app)
    bars = {trace["name"]: values(trace["y"]) for trace in spec["data"] if trace["type"] == "bar"}
    assert bars == {"men": [9], "women": [6]}
    assert title(spec) == "Persons convicted: Lithuania, 2023"
    assert app.query_params["breakdown"] == "sex"
    assert app.query_params["years"] == "2023-2023"
    assert "Persons convicted, Lithuania, 2023: men 9, women 6." in page_text(app).replace("\\", "")


def test_municipal_rate_uses_the_census_and_says_so(use_small_world):
    # Vilnius city: 50 victims among 500,000 residents is 10 per 100,000.
    app = run_page(PAGE, lang="en", area="13", measure="rate")
    assert not app.exception and notices(app) == []
    text = page_text(app).replace("\\", "")
    assert "Vilnius City Municipality: 10 (per 100,000 residents) in 2023." in text
    assert "use the 2021 census population" in text
    (spec,) = chart_specs(app)
    assert title(spec) == (
        "Victims officially identified: Vilnius City Municipality, 2023 (per 100,000 residents)"
    )
    (line,) = spec["data"]
    assert values(line["y"]) == [10]


def test_a_hidden_municipal_count_is_drawn_as_hidden(use_small_world):
    # Vilnius district's 3 victims are a small count: hidden, and never a number on the chart.
    app = run_page(PAGE, lang="en", area="41")
    assert not app.exception and notices(app) == []
    (spec,) = chart_specs(app)
    total, marker = spec["data"]
    assert np.isnan(values(total["y"])).all()
    assert marker["name"] == "suppressed (c)"


@pytest.mark.parametrize("lang", ["lt", "en"])
@pytest.mark.parametrize("name", ["indicator", "area", "breakdown", "chart", "measure", "years"])
@pytest.mark.parametrize("value", BAD_VALUES)
def test_bad_parameters_get_a_notice_and_the_default_view(use_small_world, lang, name, value):
    app = run_page(PAGE, lang=lang, **{name: value})
    assert not app.exception
    assert notices(app) == [NOT_RECOGNISED[lang].format(name=name)]
    assert len(chart_specs(app)) == 1


@pytest.mark.parametrize("years", ["1990-2024", "2024-2011", "2011-2100", "2011", "20x1-2024"])
def test_out_of_range_years_fall_back_to_all_years(use_small_world, years):
    app = run_page(PAGE, lang="en", years=years)
    assert not app.exception
    assert notices(app) == [NOT_RECOGNISED["en"].format(name="years")]
    assert app.query_params["years"] == "2020-2023"


def test_integration_seed_breakdown_by_sex(use_store):
    """The real seed's convictions by sex in 2023-2024 draw as bars of men and women."""
    app = run_page(
        PAGE, lang="en", indicator="persons_convicted", breakdown="sex", chart="bar",
        years="2023-2024",
    )  # fmt: skip
    assert not app.exception and notices(app) == []
    (spec,) = chart_specs(app)
    assert {"men", "women"} <= {trace["name"] for trace in spec["data"] if trace["type"] == "bar"}
    assert title(spec).startswith("Persons convicted: Lithuania, 2023–2024")
