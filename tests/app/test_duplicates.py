"""The duplicated-measures page in both languages: defaults, permalinks, a group, bad links."""

from functools import partial

import pytest

from prevention.duplicates.engine import DEFAULT_THRESHOLD
from prevention.illustrative.example_layer import separate_overlaps
from prevention.store import queries
from prevention.store.db import read_only_engine
from prevention.views import duplicates as overlap_view
from tests.app.helpers import BAD_VALUES, chart_specs, notices, page_text
from tests.app.helpers import run_page as run_any_page

# No duplicated real measures are known yet: the groups these tests open are generated ones,
# looked at with the example layer on (tests/app/test_example_layer.py covers it off).
run_page = partial(run_any_page, example="1")

PAGE = "6_duplicates.py"


def groups_of(store, threshold=DEFAULT_THRESHOLD):
    """The groups the page shows with the layer on: real and generated ones found apart."""
    measures = queries.measures_for_overlap(read_only_engine(store), example=True)
    return separate_overlaps(measures, threshold)[1]


@pytest.mark.parametrize(
    ("lang", "title", "words"),
    [
        ("lt", "Dubliuojamos prevencijos priemonės", "skirtingos institucijos"),
        ("en", "Duplicated prevention measures", "different institutions"),
    ],
)
def test_default_view_lists_groups_with_explanations(use_store, lang, title, words):
    app = run_page(PAGE, lang=lang)
    assert not app.exception
    assert app.title[0].value == title
    assert notices(app) == []
    assert app.query_params["threshold"] == "0.50"
    text = page_text(app)
    assert words in text.replace("\\", "")
    groups = groups_of(use_store)
    assert len(app.expander) >= min(len(groups), overlap_view.GROUPS_SHOWN)
    assert app.metric[0].value == str(len(groups))
    (matrix,) = chart_specs(app)
    # A matrix while it fits a phone, else the same pairs as a list (duplicate_charts).
    assert matrix["data"][0]["type"] in ("heatmap", "bar")
    labels = [button.proto.label for button in app.get("download_button")]
    assert len(labels) >= 2, "groups CSV and the matrix CSV"
    assert "Iliustracin" in text or "Illustrative" in text


def test_permalink_opens_one_group(use_store):
    groups = groups_of(use_store)
    first = groups.iloc[0]
    app = run_page(PAGE, lang="en", group=first["group_id"])
    assert not app.exception and notices(app) == []
    opened = [e for e in app.expander if e.proto.expanded]
    assert len(opened) == 1 and first["group_id"] in opened[0].label
    assert app.query_params["group"] == first["group_id"]


def test_a_group_is_drawn_only_while_it_is_open(use_store):
    groups = groups_of(use_store)
    first, second = groups.iloc[0]["group_id"], groups.iloc[1]["group_id"]
    app = run_page(PAGE, lang="en")
    assert app.dataframe == [], "closed groups draw no tables"
    assert "Why these measures were flagged" not in page_text(app)

    app = run_page(PAGE, lang="en", group=first)
    (table,) = [frame.value for frame in app.dataframe]
    assert len(table) >= 2, "the opened group lists its measures"
    assert "Why these measures were flagged" in page_text(app)

    app.session_state[f"group_{second}_{first}"] = True  # the reader opens a second group
    app.run()
    assert not app.exception
    assert len(app.dataframe) == 2


def test_filters_and_threshold_come_from_the_link(use_store):
    groups = groups_of(use_store)
    target = groups.iloc[0]["target_group"]
    app = run_page(PAGE, lang="lt", threshold="0.70", target=target, years="2015-2026")
    assert not app.exception and notices(app) == []
    assert app.query_params["threshold"] == "0.70"
    assert app.query_params["target"] == target
    strict = groups_of(use_store, 0.7)
    assert int(app.metric[0].value) <= len(strict[strict["target_group"] == target])


def test_a_filter_with_nothing_says_so(use_store):
    app = run_page(PAGE, lang="en", threshold="0.90", target="diaspora", type="research")
    assert not app.exception
    assert any("No groups" in notice for notice in notices(app)) or app.expander == []


@pytest.mark.parametrize("name", ["threshold", "target", "type", "area", "institution", "years",
                                  "group"])  # fmt: skip
def test_bad_parameters_get_a_notice_and_the_default(use_store, name):
    for value in BAD_VALUES:
        app = run_page(PAGE, lang="en", **{name: value})
        assert not app.exception, (name, value)
        assert any(name in notice for notice in notices(app)), (name, value)
