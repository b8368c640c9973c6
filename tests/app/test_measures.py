"""Measures in both languages: default view, filters from a link, and bad links."""

from functools import partial

import pytest

from prevention.views import measures as measure_view
from tests.app.helpers import BAD_VALUES, chart_specs, notices, page_text
from tests.app.helpers import run_page as run_any_page

# The municipal figures and most measures these tests look at are generated: the pages are
# looked at with the example layer on (tests/app/test_example_layer.py covers it off).
run_page = partial(run_any_page, example="1")

PAGE = "5_measures.py"
PARAMS = ["years", "plan", "institution", "type", "target", "area", "axis", "national"]
PARAMS += ["need", "effort", "section"]
# The charts of each section, one section at a time.
SECTION_CHARTS = {"coverage": 1, "who": 2, "money": 2, "need": 1}


def _named(app, name):
    return any(f"“{name}”" in notice or f"„{name}“" in notice for notice in notices(app))


@pytest.mark.parametrize(("lang", "title"), [("lt", "Prevencijos priemonės"), ("en", "Prevention")])
def test_default_view_draws_the_coverage_section(use_store, lang, title):
    app = run_page(PAGE, lang=lang)
    assert not app.exception
    assert title in app.title[0].value
    assert notices(app) == []
    (heatmap,) = chart_specs(app)
    assert heatmap["layout"]["separators"] == (", " if lang == "lt" else ".,")
    assert [trace["type"] for trace in heatmap["data"]] == ["heatmap", "heatmap"]
    assert len(heatmap["data"][0]["y"]) == 60
    assert len(app.get("download_button")) == 2  # the panel and the measures table
    assert "-" in app.query_params["years"]
    assert app.query_params["section"] == "coverage"


@pytest.mark.parametrize("lang", ["lt", "en"])
@pytest.mark.parametrize(("section", "charts"), SECTION_CHARTS.items())
def test_every_section_draws_its_panels(use_store, lang, section, charts):
    app = run_page(PAGE, lang=lang, section=section)
    assert not app.exception and notices(app) == []
    specs = chart_specs(app)
    assert len(specs) == charts
    assert all(spec["layout"]["separators"] == (", " if lang == "lt" else ".,") for spec in specs)
    assert len(app.get("download_button")) == charts + 1
    citations = [block.value for block in app.code]
    assert citations and all("section=" + section in text for text in citations)


def test_switching_sections_keeps_the_filters(use_store):
    app = run_page(PAGE, lang="en", type="training")
    (picker,) = [control for control in app.get("button_group") if control.label == "Show"]
    picker.set_value("money").run()
    assert not app.exception
    assert app.query_params["section"] == "money"
    assert app.query_params["type"] == "training"
    assert len(chart_specs(app)) == 2


def test_a_link_made_before_sections_opens_its_own_section(use_store):
    app = run_page(PAGE, lang="en", need="persons_assisted_by_state_funded_ngos")
    assert not app.exception and notices(app) == []
    assert app.query_params["section"] == "need"
    (scatter,) = chart_specs(app)
    assert scatter["data"][0]["type"] == "scatter"


def test_the_small_worlds_coverage_matrix(use_small_world):
    # 2022-2024, municipalities by target group, the national SW-3 counted in every one.
    app = run_any_page(PAGE, lang="en")
    assert not app.exception and notices(app) == []
    (coverage,) = chart_specs(app)
    gaps, counts = coverage["data"]
    assert counts["x"] == ["Job seekers goi…", "Professionals", "Schoolchildren", "Victims"]
    assert counts["y"] == [
        "Trakai District Municipality",
        "Vilnius City Municipality",
        "Vilnius District Municipality",
    ]
    assert counts["z"] == [[1, 1, None, 1], [None, 1, 2, None], [2, 1, None, None]]
    # Counts of 1 and 2: the colour scale steps by whole measures, never "1.2".
    assert counts["colorbar"]["tick0"] == 1 and counts["colorbar"]["dtick"] == 1
    # The gap layer marks exactly the empty cells.
    assert gaps["z"] == [[None, None, 1, None], [1, None, None, 1], [None, None, 1, 1]]


def test_permalink_filters_and_switches(use_small_world):
    app = run_any_page(
        PAGE,
        lang="en",
        years="2022-2024",
        type="training",
        area="13",
        axis="measure_type",
        national="include",
    )
    assert not app.exception and notices(app) == []
    (coverage,) = chart_specs(app)
    assert "types of measure" in coverage["layout"]["title"]["text"].replace(" <br>", " ")
    # Every type stays a column, so a filtered-out type reads as a gap, not as absent.
    assert coverage["data"][1]["x"] == ["Awareness campa…", "Coordination", "Training"]
    assert [row[2] for row in coverage["data"][1]["z"]] == [1, 1, 1]  # SW-3, national
    table = [frame.value for frame in app.dataframe if "Measure ID" in frame.value.columns][-1]
    assert table["Measure ID"].tolist() == ["SW-3"]
    assert table["Places"].tolist() == ["all of Lithuania"]
    assert table["Type"].tolist() == ["Training"]


def test_gaps_and_municipalities_without_local_measures_are_listed(use_store):
    app = run_page(PAGE, lang="en", years="2024-2024", national="exclude")
    assert not app.exception
    text = page_text(app)
    assert "Municipalities without any local measure" in text
    (heatmap,) = chart_specs(app)
    gaps = [cell for row in heatmap["data"][0]["z"] for cell in row if cell == 1]
    assert gaps, "empty cells are drawn in the gap layer"


@pytest.mark.parametrize("lang", ["lt", "en"])
@pytest.mark.parametrize("name", PARAMS)
@pytest.mark.parametrize("value", BAD_VALUES)
def test_bad_parameters_get_a_notice_and_the_default_view(use_store, lang, name, value):
    app = run_page(PAGE, lang=lang, **{name: value})
    assert not app.exception
    assert _named(app, name)
    # A bad parameter of a section still opens that section (with its default there).
    section = measure_view.linked_section([name]) if name != "section" else "coverage"
    assert len(chart_specs(app)) == SECTION_CHARTS[section]


def test_need_and_effort_from_a_link(use_store):
    app = run_page(PAGE, lang="en", section="need", effort="budget", area="13")
    assert not app.exception and notices(app) == []
    (scatter,) = chart_specs(app)
    assert "€ per 10,000" in scatter["layout"]["xaxis"]["title"]["text"]
    assert any("detection as much as need" in str(box.value) for box in app.warning)
