"""Trends in both languages: default view, permalinks that reopen a view, and bad links."""

import pytest

from prevention.store import queries
from prevention.store.db import read_only_engine
from tests.app.helpers import BAD_VALUES, chart_specs, notices, page_text, run_page

PAGE = "1_trends.py"


@pytest.mark.parametrize(("lang", "title"), [("lt", "Tendencijos"), ("en", "Trends")])
def test_default_view_draws_the_victims_series(use_store, lang, title):
    app = run_page(PAGE, lang=lang)
    assert not app.exception
    assert app.title[0].value == title
    assert notices(app) == []
    (spec,) = chart_specs(app)
    assert spec["layout"]["separators"] == (", " if lang == "lt" else ".,")
    assert any(trace.get("connectgaps") is False for trace in spec["data"])
    assert app.query_params["indicator"] == "victims_officially_identified"
    assert app.query_params["area"] == "LT"
    text = page_text(app)
    assert ("Šaltini" if lang == "lt" else "Source") in text
    assert app.get("download_button"), "every chart offers its data as CSV"


def test_the_chart_data_table_is_drawn_only_when_asked_for(use_store):
    app = run_page(PAGE, lang="en")
    assert app.dataframe == [], "no data grid (and its 1.6 MB of JavaScript) until asked"
    (switch,) = [toggle for toggle in app.toggle if toggle.label == "Show the data as a table"]
    switch.set_value(True).run()
    assert not app.exception
    (table,) = [frame.value for frame in app.dataframe]
    assert "Year" in table.columns and len(table) > 0
    assert len(chart_specs(app)) == 1


def test_permalink_reopens_a_breakdown_as_bars(use_store):
    engine = read_only_engine(use_store)
    dimensions = queries.indicator_dimensions(engine, "persons_convicted", "LT")
    assert "sex" in dimensions
    app = run_page(
        PAGE,
        lang="en",
        indicator="persons_convicted",
        breakdown="sex",
        chart="bar",
        years="2023-2024",
    )
    assert not app.exception and notices(app) == []
    (spec,) = chart_specs(app)
    bars = [trace for trace in spec["data"] if trace["type"] == "bar"]
    assert len(bars) >= 2 and {"men", "women"} <= {trace["name"] for trace in bars}
    assert "2023–2024" in spec["layout"]["title"]["text"].replace(" <br>", " ")
    assert "Persons convicted" in spec["layout"]["title"]["text"].replace(" <br>", " ") or bars
    assert app.query_params["breakdown"] == "sex"
    assert app.query_params["years"] == "2023-2024"


def test_municipal_rate_is_badged_and_explained(use_store):
    engine = read_only_engine(use_store)
    municipal = [
        code
        for code in queries.indicator_areas(engine, "victims_officially_identified")
        if code[0].isdigit()
    ]
    if not municipal:
        pytest.skip("no municipal series in this store")
    app = run_page(PAGE, lang="en", area=municipal[0], measure="rate")
    assert not app.exception and notices(app) == []
    text = page_text(app)
    assert "2021 census" in text
    assert "Illustrative data" in text  # the badge
    (spec,) = chart_specs(app)
    assert "per 100,000" in spec["layout"]["title"]["text"].replace(" <br>", " ")


@pytest.mark.parametrize("lang", ["lt", "en"])
@pytest.mark.parametrize("name", ["indicator", "area", "breakdown", "chart", "measure", "years"])
@pytest.mark.parametrize("value", BAD_VALUES)
def test_bad_parameters_get_a_notice_and_the_default_view(use_store, lang, name, value):
    app = run_page(PAGE, lang=lang, **{name: value})
    assert not app.exception
    assert any(f"“{name}”" in notice or f"„{name}“" in notice for notice in notices(app))
    assert len(chart_specs(app)) == 1


@pytest.mark.parametrize("years", ["1990-2024", "2024-2011", "2011-2100", "2011", "20x1-2024"])
def test_out_of_range_years_fall_back_to_all_years(use_store, years):
    app = run_page(PAGE, lang="en", years=years)
    assert not app.exception and notices(app)
    assert app.query_params["years"] != years
