"""Municipality profile in both languages: default, permalinks, search, and bad links."""

from functools import partial

import pytest

from tests.app.helpers import BAD_VALUES, chart_specs, notices, page_text
from tests.app.helpers import run_page as run_any_page

# The municipal figures and most measures these tests look at are generated: the pages are
# looked at with the example layer on (tests/app/test_example_layer.py covers it off).
run_page = partial(run_any_page, example="1")

PAGE = "3_municipality.py"


def _named(app, name):
    return any(f"“{name}”" in notice or f"„{name}“" in notice for notice in notices(app))


@pytest.mark.parametrize(
    ("lang", "title", "name"),
    [
        ("lt", "Savivaldybės profilis", "Vilniaus miesto"),
        ("en", "Municipality profile", "Vilnius City"),
    ],
)
def test_default_view_is_vilnius_city(use_store, lang, title, name):
    app = run_page(PAGE, lang=lang)
    assert not app.exception
    assert title in app.title[0].value
    assert notices(app) == []
    assert app.query_params["area"] == "13"
    assert any(name in header.value for header in app.header)
    assert len(chart_specs(app)) == 2  # indicators beside comparators; measures by group
    assert app.get("download_button"), "CSV and report card downloads are offered"


def test_small_world_profile_of_vilnius_district(use_small_world):
    # Its 3 victims are hidden; the county's 60 among 640,000 residents are 9.4 per 100,000,
    # the country's 60 among 2,800,000 are 2.1; its one peer, Trakai, is hidden too.
    app = run_any_page(PAGE, lang="en", area="41")
    assert not app.exception and notices(app) == []
    assert app.header[0].value == "Vilnius District Municipality"
    indicators = app.dataframe[0].value
    assert indicators.drop(columns=["Indicator", "Year"]).iloc[0].tolist() == [
        "hidden",
        "hidden",
        "9.4",
        "2.1",
        "hidden",
        "No rank: the value is hidden",
    ]
    text = page_text(app).replace("\\", "")
    # SW-3 (national), SW-4 and SW-6 reach it; SW-6's €3,000 is the only local budget.
    assert (
        "Measures that reached Vilnius District Municipality in 2022–2024: 3 (national, for the "
        "whole country: 1; local: 2). Budget of the local measures: €3,000."
    ) in text
    assert "no measure reached these target groups: schoolchildren, victims." in text
    assert "range from 40,000 to 100,000 residents: Trakai District Municipality." in text
    institutions = next(
        frame.value for frame in app.dataframe if "Institution" in frame.value.columns
    )
    assert institutions.values.tolist() == [
        ["Ministry of the Interior (VRM)", 2, 0, "€15,000"],
        ["Employment Service (LDB)", 1, 0, "unknown"],
        ["Police Department (PD)", 0, 1, "unknown"],
    ]


def test_a_new_link_in_the_same_session_opens_that_municipality(use_store):
    app = run_page(PAGE, lang="en", area="11")
    assert app.header[0].value == "Alytus City Municipality"
    app.query_params["area"] = "34"  # a link to another profile, followed in the same session
    app.run()
    assert not app.exception
    assert app.header[0].value == "Anykščiai District Municipality"
    assert app.query_params["area"] == "34"
    app.selectbox[0].set_value("13").run()  # the picker still works, and reaches the URL
    assert app.header[0].value == "Vilnius City Municipality"
    assert app.query_params["area"] == "13"


def test_permalink_reopens_a_municipality_and_its_period(use_store):
    app = run_page(PAGE, lang="en", area="29", years="2018-2020")
    assert not app.exception and notices(app) == []
    assert app.query_params["area"] == "29" and app.query_params["years"] == "2018-2020"
    text = page_text(app)
    assert "Šiauliai City Municipality" in text
    assert "in 2018–2020" in text
    assert "Illustrative data" in text
    specs = chart_specs(app)
    legend = {t["name"] for t in specs[0]["data"] if t.get("showlegend") is not False}
    assert {"Šiauliai City Municipality", "Šiauliai County", "Lithuania"} <= legend
    assert "Peer group (pooled)" in legend


def test_peers_are_named_with_the_reason(use_store):
    app = run_page(PAGE, lang="en", area="13")
    text = page_text(app)
    assert "closest in population" in text and "Kaunas City Municipality" in text


def test_hidden_values_are_never_numbers(use_store):
    app = run_page(PAGE, lang="en", area="13")
    table = app.dataframe[0].value
    rates = " ".join(table.astype(str).to_numpy().ravel())
    assert "hidden" in rates  # the seed hides Vilnius' victims in the latest year
    assert "No rank" in rates


def test_search_without_lithuanian_letters_picks_the_municipality(use_store):
    app = run_page(PAGE, lang="en")
    app.text_input(key="municipality_search").input("Siauliai").run()
    assert not app.exception
    assert app.query_params["area"] == "29"
    assert [o for o in app.selectbox(key="municipality_pick_en").options] == [
        "Šiauliai City Municipality",
        "Šiauliai District Municipality",
    ]
    app.selectbox(key="municipality_pick_en").select_index(1).run()
    assert app.query_params["area"] == "91"


@pytest.mark.parametrize("lang", ["lt", "en"])
@pytest.mark.parametrize("value", BAD_VALUES)
def test_bad_area_gets_a_notice_and_the_default(use_store, lang, value):
    app = run_page(PAGE, lang=lang, area=value)
    assert not app.exception
    assert _named(app, "area")
    assert app.query_params["area"] == "13"


@pytest.mark.parametrize("value", BAD_VALUES)
def test_bad_period_gets_a_notice(use_store, value):
    app = run_page(PAGE, lang="en", area="19", years=value)
    assert not app.exception
    assert _named(app, "years")
    assert app.query_params["area"] == "19"
