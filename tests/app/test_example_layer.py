"""The example layer: off by default no generated value reaches a page; on, it is badged.

Every element a page sends is walked (text, tables, chart specs, links, widgets of the
sidebar too), so a generated value cannot hide in a hover, a column or a caption.
"""

import json
from collections.abc import Iterator
from functools import cache

import pandas as pd
import pytest
from google.protobuf import text_format
from sqlalchemy import create_engine
from streamlit.testing.v1 import AppTest

from prevention.i18n import t
from prevention.illustrative.demo import ILLUSTRATIVE_SOURCE
from prevention.illustrative.demo_actors import EXAMPLE_INSTITUTIONS
from tests.app.helpers import run_page

PAGES = (
    "0_home.py",
    "7_help.py",
    "9_about-trafficking.py",
    "1_trends.py",
    "2_map.py",
    "3_municipality.py",
    "4_compare.py",
    "5_measures.py",
    "6_duplicates.py",
    "8_data.py",
)
# Vilnius District: most generated measures of any municipality in the example layer.
AREA = "41"
# Pages that, with the layer on, hold generated values and must show the badge.
EXAMPLE_PAGES = ("2_map.py", "3_municipality.py", "4_compare.py", "5_measures.py")


def _nodes(node: object) -> Iterator[object]:
    children = getattr(node, "children", None)
    if isinstance(children, dict):
        for child in children.values():
            yield from _nodes(child)
    else:
        yield node


def page_strings(app: AppTest) -> list[str]:
    """Everything the page sends, one string per element: tables as CSV, charts as JSON."""
    strings = []
    for node in _nodes(app._tree):
        value = getattr(node, "value", None) if type(node).__name__ == "Dataframe" else None
        if isinstance(value, pd.DataFrame):
            strings.append(value.to_csv(index=False))
        proto = getattr(node, "proto", None)
        if proto is not None:
            strings.append(text_format.MessageToString(proto, as_utf8=True))
            spec = getattr(proto, "spec", None)
            if isinstance(spec, str) and spec:
                # Chart titles wrap with <br> (narrow screens): a title stays findable whole.
                dumped = json.dumps(json.loads(spec), ensure_ascii=False)
                strings.append(dumped.replace(" <br>", " "))
    return strings


def badge(lang: str) -> str:
    return t("common.illustrative_badge", lang)  # type: ignore[arg-type]


@cache
def _generated_titles(store: str) -> tuple[str, ...]:
    """Titles of generated measures that no real measure shares."""
    engine = create_engine(f"sqlite:///{store}")
    with engine.connect() as connection:
        frame = pd.read_sql_query(
            "SELECT title_lt, title_en, illustrative FROM measures", connection
        )
    generated = frame["illustrative"].astype(bool)
    real = set(frame.loc[~generated, ["title_lt", "title_en"]].stack())
    titles = set(frame.loc[generated, ["title_lt", "title_en"]].stack()) - real
    return tuple(sorted(str(title) for title in titles if len(str(title)) > 12))


def generated_markers(lang: str) -> list[str]:
    """Strings that only a generated value, measure or institution brings to a page."""
    names = {name for row in EXAMPLE_INSTITUTIONS for name in row[:3]}
    return [
        badge(lang),
        ILLUSTRATIVE_SOURCE["title"],
        "ILL-0",
        *sorted(names),
    ]


@pytest.fixture
def store(use_store) -> str:
    """The session's store (seed plus generated data), its path as a string."""
    return str(use_store)


@pytest.mark.parametrize("lang", ["lt", "en"])
@pytest.mark.parametrize("page", PAGES)
def test_layer_off_sends_no_generated_value(store, page: str, lang: str) -> None:
    # Each page as a first visit opens it; the profile on the municipality with most
    # generated measures (the default views once hid a crash that ?area= avoided).
    where = {"area": AREA} if page == "3_municipality.py" else {}
    app = run_page(page, timeout=120, lang=lang, **where)
    assert not app.exception, [e.value for e in app.exception]
    text = "\n".join(page_strings(app))
    found = [marker for marker in generated_markers(lang) if marker in text]
    found += [title for title in _generated_titles(store) if title in text]
    assert not found, f"{page} ({lang}) sends generated data: {found[:5]}"
    assert "example=1" not in text  # no link switches the layer on behind the visitor's back


@pytest.mark.parametrize("lang", ["lt", "en"])
@pytest.mark.parametrize("page", EXAMPLE_PAGES)
def test_layer_on_badges_generated_values(store, page: str, lang: str) -> None:
    # The map opens on a real layer; the generated one is a choice away.
    chosen = {"indicator": "victims_officially_identified"} if page == "2_map.py" else {}
    app = run_page(page, timeout=120, lang=lang, area=AREA, example="1", **chosen)
    assert not app.exception, [e.value for e in app.exception]
    text = "\n".join(page_strings(app))
    assert badge(lang) in text
    # Links to other pages keep the layer on, so the next page does not switch it off.
    links = [node for node in _nodes(app._tree) if type(node).__name__ == "PageLink"]
    assert links and all("example=1" in str(link.proto.query_string) for link in links), page


def test_switch_reads_only_one_value(store) -> None:
    """?example=yes, =true or garbage leaves the layer off (only "1" turns it on)."""
    for raw in ("yes", "true", "<script>", "0"):
        app = run_page("5_measures.py", timeout=120, lang="en", example=raw)
        text = "\n".join(page_strings(app))
        assert "ILL-0" not in text and badge("en") not in text, raw


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_layer_on_never_mixes_real_and_example_measures(store, lang: str) -> None:
    """With the layer on, the measures page counts one set at a time; real is one click away."""
    real = run_page("5_measures.py", timeout=120, lang=lang, example="1", set="real")
    text = "\n".join(page_strings(real))
    assert not [m for m in generated_markers(lang)[1:] if m in text]
    assert not [title for title in _generated_titles(store) if title in text]
    generated = run_page("5_measures.py", timeout=120, lang=lang, example="1")
    assert generated.query_params["set"] == "example"
    assert "ILL-0" in "\n".join(page_strings(generated))
