"""Compare in both languages: default pair, permalinks that reopen a view, and bad links."""

from functools import partial

import pytest

from tests.app.helpers import BAD_VALUES, chart_specs, notices, page_text
from tests.app.helpers import run_page as run_any_page

# Every municipal figure this page draws is generated until institutions submit real ones:
# these tests look at the page with the example layer on.
run_page = partial(run_any_page, example="1")

PAGE = "4_compare.py"


def _named(app, name):
    return any(f"“{name}”" in notice or f"„{name}“" in notice for notice in notices(app))


@pytest.mark.parametrize(("lang", "title"), [("lt", "Savivaldybių palyginimas"), ("en", "Compare")])
def test_default_view_compares_two_municipalities(use_store, lang, title):
    app = run_page(PAGE, lang=lang)
    assert not app.exception
    assert title in app.title[0].value
    assert notices(app) == []
    (spec,) = chart_specs(app)
    assert spec["layout"]["separators"] == (", " if lang == "lt" else ".,")
    lines = [trace for trace in spec["data"] if trace.get("mode") == "lines+markers"]
    assert all(trace["connectgaps"] is False for trace in lines)
    assert app.query_params["areas"] == "13,19"
    assert app.get("download_button"), "the chart offers its data as CSV"


def test_permalink_reopens_areas_indicators_years_and_rates(use_store):
    app = run_page(
        PAGE,
        lang="en",
        areas="21,13,11",
        indicators="persons_convicted,victims_officially_identified",
        years="2015-2024",
        measure="rate",
    )
    assert not app.exception and notices(app) == []
    (spec,) = chart_specs(app)
    legend = {trace["name"] for trace in spec["data"] if trace.get("showlegend") is not False}
    assert {"Klaipėda City Municipality", "Vilnius City Municipality"} <= legend
    assert "Alytus City Municipality" in legend
    titles = " ".join(a["text"] for a in spec["layout"]["annotations"])
    assert "Persons convicted" in titles and "Victims officially identified" in titles
    assert "per 100,000" in spec["layout"]["title"]["text"].replace(" <br>", " ")
    assert app.query_params["areas"] == "21,13,11"
    assert app.query_params["indicators"] == "persons_convicted,victims_officially_identified"
    text = page_text(app)
    assert "2021 census" in text
    assert "Illustrative data" in text


def test_small_world_pair_reads_its_values_and_hides_the_small_ones(use_small_world):
    # The default pair of the small world: its largest municipality and Trakai, whose 7 is
    # hidden beside Vilnius district's 3 (tests/small_world.py).
    app = run_any_page(PAGE, lang="en")
    assert not app.exception and notices(app) == []
    assert app.query_params["areas"] == "13,79"
    (table,) = [frame.value for frame in app.dataframe]
    assert table.to_dict("records") == [
        {
            "Indicator": "Victims officially identified",
            "Year": 2023,
            "Vilnius City Municipality": "50",
            "Trakai District Municipality": "hidden",
        }
    ]
    assert (
        "Victims officially identified in 2023: only Vilnius City Municipality has a published "
        "value (50); the others are hidden or missing. Hidden values: 1."
    ) in page_text(app).replace("\\", "")


def test_small_world_rates_are_per_100000_and_hidden_stays_hidden(use_small_world):
    app = run_any_page(PAGE, lang="en", areas="13,41,79", measure="rate")
    assert not app.exception and notices(app) == []
    (table,) = [frame.value for frame in app.dataframe]
    # 50 victims among 500,000 residents: 10 per 100,000; the other two are hidden.
    row = table.drop(columns=["Indicator", "Year"]).iloc[0].tolist()
    assert row == ["10.0", "hidden", "hidden"]
    (spec,) = chart_specs(app)
    assert (
        spec["layout"]["title"]["text"]
        .replace(" <br>", " ")
        .endswith("2023 (per 100,000 residents)")
    )


def test_more_than_five_keeps_five_with_a_notice(use_store):
    app = run_page(PAGE, lang="en", areas="11,12,13,15,18,19,21")
    assert not app.exception
    assert any("At most 5" in notice for notice in notices(app))
    assert app.query_params["areas"] == "11,12,13,15,18"


def test_bad_codes_are_dropped_and_named(use_store):
    app = run_page(PAGE, lang="lt", areas="13,nope,21")
    assert not app.exception and _named(app, "areas")
    assert app.query_params["areas"] == "13,21"


@pytest.mark.parametrize("lang", ["lt", "en"])
@pytest.mark.parametrize("name", ["areas", "indicators", "years", "measure"])
@pytest.mark.parametrize("value", BAD_VALUES)
def test_bad_parameters_get_a_notice_and_a_view(use_store, lang, name, value):
    app = run_page(PAGE, lang=lang, **{name: value})
    assert not app.exception
    assert _named(app, name)
    assert len(chart_specs(app)) == 1
