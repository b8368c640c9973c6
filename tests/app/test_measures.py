"""Measures in both languages: default view, filters from a link, and bad links."""

import pytest

from tests.app.helpers import BAD_VALUES, chart_specs, notices, page_text, run_page

PAGE = "5_measures.py"
PARAMS = ["years", "plan", "institution", "type", "target", "area", "axis", "national"]
PARAMS += ["need", "effort"]


def _named(app, name):
    return any(f"“{name}”" in notice or f"„{name}“" in notice for notice in notices(app))


@pytest.mark.parametrize(("lang", "title"), [("lt", "Prevencijos priemonės"), ("en", "Prevention")])
def test_default_view_draws_every_panel(use_store, lang, title):
    app = run_page(PAGE, lang=lang)
    assert not app.exception
    assert title in app.title[0].value
    assert notices(app) == []
    specs = chart_specs(app)
    assert len(specs) == 6  # coverage, institutions, types, budget, timeline, need-effort
    assert all(spec["layout"]["separators"] == (", " if lang == "lt" else ".,") for spec in specs)
    heatmap = specs[0]
    assert [trace["type"] for trace in heatmap["data"]] == ["heatmap", "heatmap"]
    assert len(heatmap["data"][0]["y"]) == 60
    assert len(app.get("download_button")) == 7  # six panels and the measures table
    assert "-" in app.query_params["years"]


def test_permalink_filters_and_switches(use_store):
    app = run_page(
        PAGE,
        lang="en",
        years="2015-2024",
        type="training",
        area="13",
        axis="measure_type",
        national="exclude",
        effort="budget",
    )
    assert not app.exception and notices(app) == []
    specs = chart_specs(app)
    coverage = specs[0]
    assert "types of measure" in coverage["layout"]["title"]["text"]
    assert coverage["data"][1]["x"] == ["Training"] or "Training" in coverage["data"][1]["x"]
    scatter = specs[-1]
    assert "€ per 10 000" in scatter["layout"]["xaxis"]["title"]["text"]
    text = page_text(app)
    assert "Vilnius City Municipality" in text
    assert any("detection as much as need" in str(box.value) for box in app.warning)
    table = [frame.value for frame in app.dataframe if "Measure ID" in frame.value.columns][-1]
    assert set(table["Type"]) == {"Training"}
    assert all(
        "Vilnius City Municipality" in places or "all of Lithuania" in places
        for places in table["Places"]
    )


def test_gaps_and_municipalities_without_local_measures_are_listed(use_store):
    app = run_page(PAGE, lang="en", years="2024-2024", national="exclude")
    assert not app.exception
    text = page_text(app)
    assert "Municipalities without any local measure" in text
    heatmap = chart_specs(app)[0]
    gaps = [cell for row in heatmap["data"][0]["z"] for cell in row if cell == 1]
    assert gaps, "empty cells are drawn in the gap layer"


@pytest.mark.parametrize("lang", ["lt", "en"])
@pytest.mark.parametrize("name", PARAMS)
@pytest.mark.parametrize("value", BAD_VALUES)
def test_bad_parameters_get_a_notice_and_the_default_view(use_store, lang, name, value):
    app = run_page(PAGE, lang=lang, **{name: value})
    assert not app.exception
    assert _named(app, name)
    assert len(chart_specs(app)) == 6
