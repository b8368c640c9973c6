"""An embed link shows one chart alone, and every chart page offers a one-figure citation."""

import pytest

from tests.app.helpers import chart_specs, notices, page_text, run_page


def _codes(app) -> list[str]:
    return [str(element.value) for element in app.code]


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_the_embed_link_renders_only_that_chart(use_store, lang):
    app = run_page(
        "1_trends.py",
        lang=lang,
        indicator="victims_officially_identified",
        panel="trend",
        embed="true",
    )
    assert not app.exception
    assert len(chart_specs(app)) == 1
    # No page title, no controls, no sidebar, no help bar, no summary or citations.
    assert len(app.title) == 0 and len(app.selectbox) == 0 and len(app.sidebar) == 0
    assert len(app.code) == 0 and len(app.button) == 0
    spec = chart_specs(app)[0]
    title = spec["layout"]["title"]["text"]
    assert ("aukos" if lang == "lt" else "victims") in title.lower()
    text = page_text(app)
    assert ("Šaltini" if lang == "lt" else "Source") in text
    # The way back opens the full view, not the embedded one.
    [link] = app.get("link_button")
    assert "/trends?" in link.proto.url and "panel=" not in link.proto.url
    assert "embed=" not in link.proto.url


def test_an_unknown_chart_id_gets_a_notice_and_the_page_chart(use_store):
    app = run_page("2_map.py", lang="en", panel="nope", embed="true")
    assert not app.exception
    assert any("panel" in notice for notice in notices(app))
    assert len(chart_specs(app)) == 1
    assert len(app.title) == 0


def test_the_share_popover_embeds_the_chart_alone(use_store):
    app = run_page("4_compare.py", lang="en")
    assert not app.exception
    snippets = [c for c in _codes(app) if c.startswith("<iframe")]
    assert snippets and all("panel=compare&amp;embed=true" in c for c in snippets), snippets


@pytest.mark.parametrize(
    ("page", "lang", "params"),
    [
        ("2_map.py", "lt", {}),
        ("4_compare.py", "en", {}),
        ("3_municipality.py", "en", {}),
        ("5_measures.py", "lt", {"section": "who"}),
        ("5_measures.py", "en", {"section": "money"}),
        ("6_duplicates.py", "en", {}),
    ],
)
def test_chart_pages_offer_a_one_figure_citation(use_store, page, lang, params):
    app = run_page(page, lang=lang, **params)
    assert not app.exception
    source = "Šaltinis:" if lang == "lt" else "Source:"
    via = "Paskelbta:" if lang == "lt" else "Via "
    quoted = [c for c in _codes(app) if source in c and via in c]
    assert quoted, _codes(app)
