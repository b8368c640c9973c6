"""The map page in both languages: defaults, permalinks, bad links and missing boundaries."""

import pytest

from prevention.i18n import t
from prevention.views.local_layer import nothing_real
from tests.app.helpers import BAD_VALUES, chart_specs, notices, page_text, run_page

# The map draws the real boundaries: built from the mirror or the download when missing.
pytestmark = pytest.mark.usefixtures("boundaries")

PAGE = "2_map.py"
# Generated municipal values only, in this store: shown with the example layer on (?example=1).
VICTIMS = "victims_officially_identified"


def map_spec(app) -> dict:
    """The first figure on the page: the map (or tiles)."""
    return chart_specs(app)[0]


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_default_view_maps_all_60_municipalities(use_store, lang):
    app = run_page(PAGE, lang=lang)
    assert not app.exception
    assert app.title[0].value == t("nav.map", lang)
    assert notices(app) == []
    spec = map_spec(app)
    carrier = spec["data"][0]
    assert carrier["type"] == "choroplethmap"
    assert len(carrier["locations"]) == 60 and len(set(carrier["locations"])) == 60
    assert len(carrier["geojson"]["features"]) == 60
    # Geometry is sent once: every other trace is a legend swatch without features.
    assert all(not trace["geojson"]["features"] for trace in spec["data"][1:])
    assert spec["layout"]["map"]["style"] == "white-bg", "no tiles from any server"
    assert all(trace.get("mode", "") == "" for trace in spec["data"]), "no text layer: no fonts"
    assert spec["layout"]["separators"] == (", " if lang == "lt" else ".,")
    legend = [trace["name"] for trace in spec["data"][1:]]
    assert t("map.class_not_available", lang) in legend  # none found is not zero
    # The map opens on real data: the local measures found in public sources.
    assert app.query_params["indicator"] == "known_local_measures"
    assert app.query_params["view"] == "map"
    assert "measure" not in app.query_params  # a count of measures has no rate
    assert app.query_params["year"].isdigit()
    text = page_text(app)
    assert t("localmap.real_layer_note", lang)[:20] in text
    assert "VRM 2023" in text  # the list of municipalities that implemented no measures
    assert app.get("download_button"), "the ranking offers its data as CSV"


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_a_view_without_real_values_says_what_exists(use_store, lang):
    app = run_page(PAGE, lang=lang, indicator=VICTIMS, example="1")
    assert not app.exception
    what = {
        "lt": "Oficialiai nustatytos prekybos žmonėmis aukos",
        "en": "Victims officially identified",
    }[lang]
    assert notices(app) == [nothing_real(what, "municipality", lang)]
    legend = [trace["name"] for trace in map_spec(app)["data"][1:]]
    assert t("disclosure.hidden", lang) in legend
    assert t("disclosure.map_note", lang)[:20] in page_text(app)


def test_every_municipality_is_drawn_even_when_hidden_or_zero(use_store):
    spec = map_spec(run_page(PAGE, lang="en", indicator=VICTIMS, example="1"))
    carrier = spec["data"][0]
    assert None not in carrier["z"], "an area without a class would vanish from the map"
    hover = " ".join(carrier["hovertext"])
    assert "<b>hidden</b>" in hover and "Rank:" in hover and "Status:" in hover


def test_permalink_reopens_tiles_per_100k(use_store):
    app = run_page(
        PAGE,
        lang="en",
        indicator="pretrial_investigations_started",
        year="2019",
        view="tiles",
        measure="rate",
        example="1",
    )
    assert not app.exception
    assert len(notices(app)) == 1  # generated values only: the page says what is real
    tiles, bars = chart_specs(app)
    assert tiles["data"][0]["type"] == "heatmap"
    assert len(tiles["data"][1]["x"]) == 60
    assert "2019" in tiles["layout"]["title"]["text"]
    assert "per 100,000" in tiles["layout"]["title"]["text"]
    assert sum(len(trace["y"]) for trace in bars["data"]) == 60
    assert app.query_params["year"] == "2019"
    assert app.query_params["view"] == "tiles"
    assert "2021 census" in page_text(app)


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_county_view_maps_the_10_counties(use_store, lang):
    app = run_page(PAGE, lang=lang, view="counties", indicator=VICTIMS, example="1")
    assert not app.exception
    county_map, bars = chart_specs(app)
    assert len(county_map["data"][0]["locations"]) == 10
    assert all(code.startswith("LT-") for code in county_map["data"][0]["locations"])
    # With every place listed (the toggle), the ranking holds the 10 counties, hidden or not.
    app.toggle(key="map_bars_all").set_value(True).run()
    _, bars = chart_specs(app)
    assert sum(len(trace["y"]) for trace in bars["data"]) == 10


def test_an_area_link_selects_the_municipality_profile(use_store):
    app = run_page(PAGE, lang="en", area="13")
    assert not app.exception and notices(app) == []
    assert app.selectbox(key="map_profile_en").value == "13"
    label = t("map.open_profile", "en", name="Vilnius City Municipality")
    assert label in [link.proto.label for link in app.get("page_link")]


@pytest.mark.parametrize("name", ["indicator", "year", "view", "measure", "area"])
@pytest.mark.parametrize("value", BAD_VALUES)
def test_bad_parameters_get_a_notice_and_the_default_view(use_store, name, value):
    app = run_page(PAGE, lang="en", **{name: value})
    assert not app.exception
    assert any(f"“{name}”" in notice for notice in notices(app))
    assert len(map_spec(app)["data"][0]["locations"]) == 60


@pytest.mark.parametrize("name", ["indicator", "year", "view", "measure"])
def test_bad_parameters_in_lithuanian(use_store, name):
    app = run_page(PAGE, lang="lt", **{name: "nope"})
    assert not app.exception
    assert any(f"„{name}“" in notice for notice in notices(app))


def test_missing_boundaries_fall_back_to_tiles(use_store, monkeypatch):
    from prevention.geo import fetch as geo

    monkeypatch.setattr(geo, "load_municipalities", lambda: None)
    monkeypatch.setattr(geo, "load_counties", lambda: None)
    app = run_page(PAGE, lang="en")
    assert not app.exception
    assert t("map.no_boundaries", "en") in notices(app)
    assert map_spec(app)["data"][0]["type"] == "heatmap"
    counties = run_page(PAGE, lang="en", view="counties", indicator=VICTIMS, example="1")
    assert not counties.exception
    assert t("map.no_county_boundaries", "en") in notices(counties)
    assert len(chart_specs(counties)) == 1, "the ranking stays"


def test_the_real_layer_has_no_county_view_and_says_so(use_store):
    app = run_page(PAGE, lang="en", view="counties")
    assert not app.exception
    assert notices(app) == [t("localmap.real_layer_municipal_only", "en")]
    assert chart_specs(app) == []
