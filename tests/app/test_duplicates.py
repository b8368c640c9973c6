"""The duplicated-measures page in both languages: defaults, permalinks, a group, bad links.

On the small world (tests/small_world.py) the groups are known by reading its measures: the
pupils' lectures SW-1 (PD) and SW-2 (CARITAS) in Vilnius, and the job seekers' advice SW-4
(LDB) and SW-6 (VRM) in Vilnius district. The tests name them, never ask the engine for them.
One integration test reads the real seed's generated groups with the example layer on.
"""

import pytest

from tests.app.helpers import BAD_VALUES, chart_specs, notices, page_text, run_page

PAGE = "6_duplicates.py"

LECTURES = "Awareness campaign · Schoolchildren · 2 measures · 2 institutions · budget unknown"
ADVICE = "Awareness campaign · Job seekers going abroad · 2 measures · 2 institutions · €3,000"


def group_labels(app) -> list[str]:
    """The groups' expanders, without the one that explains the method."""
    return [e.label for e in app.expander if " · " in e.label]


@pytest.mark.parametrize(
    ("lang", "title", "words", "budget"),
    [
        ("lt", "Dubliuojamos prevencijos priemonės", "skirtingos institucijos", "3\u00a0000 €"),
        ("en", "Duplicated prevention measures", "different institutions", "€3,000"),
    ],
)
def test_default_view_lists_the_two_duplicates(use_small_world, lang, title, words, budget):
    app = run_page(PAGE, lang=lang)
    assert not app.exception
    assert app.title[0].value == title
    assert notices(app) == []
    assert app.query_params["threshold"] == "0.50"
    assert words in page_text(app).replace("\\", "")
    # Groups, measures in them, their known budget (SW-6's), municipalities (Vilnius, its district)
    assert [metric.value for metric in app.metric] == ["2", "4", budget, "2"]
    (matrix,) = chart_specs(app)
    # A matrix while it fits a phone (four institutions do), else the same pairs as a list.
    assert matrix["data"][0]["type"] == "heatmap"
    assert sorted(matrix["data"][0]["x"]) == ["CARITAS", "LDB", "PD", "VRM"]
    labels = [button.proto.label for button in app.get("download_button")]
    assert len(labels) >= 2, "groups CSV and the matrix CSV"


def test_the_groups_are_the_two_known_duplicates(use_small_world):
    app = run_page(PAGE, lang="en")
    assert sorted(label.split(" · ", 1)[1] for label in group_labels(app)) == sorted(
        [ADVICE, LECTURES]
    )


def test_permalink_opens_one_group_with_its_measures(use_small_world):
    app = run_page(PAGE, lang="en")
    (lectures,) = [label for label in group_labels(app) if label.endswith(LECTURES)]
    group = lectures.split(" · ")[0]
    app = run_page(PAGE, lang="en", group=group)
    assert not app.exception and notices(app) == []
    opened = [e for e in app.expander if e.proto.expanded]
    assert [e.label for e in opened] == [lectures]
    assert app.query_params["group"] == group
    (table,) = [frame.value for frame in app.dataframe]
    shown = table.to_string()
    assert "Prevention lectures for pupils on human trafficking" in shown
    assert "Lectures for pupils on the dangers of human trafficking" in shown
    assert len(table) == 2


def test_a_group_is_drawn_only_while_it_is_open(use_small_world):
    app = run_page(PAGE, lang="en")
    assert app.dataframe == [], "closed groups draw no tables"
    assert "Why these measures were flagged" not in page_text(app)
    first, second = sorted(label.split(" · ")[0] for label in group_labels(app))

    app = run_page(PAGE, lang="en", group=first)
    assert len(app.dataframe) == 1
    assert "Why these measures were flagged" in page_text(app)

    app.session_state[f"group_{second}_{first}"] = True  # the reader opens a second group
    app.run()
    assert not app.exception
    assert len(app.dataframe) == 2


def test_filters_and_threshold_come_from_the_link(use_small_world):
    app = run_page(PAGE, lang="en", threshold="0.70", target="schoolchildren", years="2023-2024")
    assert not app.exception and notices(app) == []
    assert app.query_params["threshold"] == "0.70"
    assert app.query_params["target"] == "schoolchildren"
    assert [label.split(" · ", 1)[1] for label in group_labels(app)] == [LECTURES]
    assert app.metric[0].value == "1"


def test_a_filter_with_nothing_says_so(use_small_world):
    # Both values exist in the world (SW-3 is training), but no group is training for pupils.
    app = run_page(PAGE, lang="en", target="schoolchildren", type="training")
    assert not app.exception
    assert notices(app) == [
        "No groups of duplicated measures match these filters. "
        "Try a lower threshold or wider filters."
    ]
    assert group_labels(app) == []


@pytest.mark.parametrize("name", ["threshold", "target", "type", "area", "institution", "years",
                                  "group"])  # fmt: skip
def test_bad_parameters_get_a_notice_and_the_default(use_small_world, name):
    for value in BAD_VALUES:
        app = run_page(PAGE, lang="en", **{name: value})
        assert not app.exception, (name, value)
        assert any(name in notice for notice in notices(app)), (name, value)


@pytest.mark.parametrize(("lang", "badge"), [("lt", "Iliustracin"), ("en", "Illustrative")])
def test_integration_seed_generated_groups_carry_the_badge(use_store, lang, badge):
    """The real seed has no known duplicated real measures: its groups are generated ones."""
    app = run_page(PAGE, lang=lang, example="1")
    assert not app.exception and notices(app) == []
    assert int(app.metric[0].value) > 0
    assert badge in page_text(app)
