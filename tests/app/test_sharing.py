"""Citations and sharing on the pages (issue 18): one figure one click away, link and embed."""

import pytest

from tests.app.helpers import run_page


def _codes(app) -> list[str]:
    return [str(element.value) for element in app.code]


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_every_home_card_has_a_one_figure_citation(use_store, lang):
    app = run_page(lang=lang)
    assert not app.exception
    quoted = [c for c in _codes(app) if ("Šaltinis:" if lang == "lt" else "Source:") in c]
    assert len(quoted) == len(app.metric)
    for metric, citation in zip(app.metric, quoted, strict=True):
        year = metric.label[:4]
        assert f"{year}" in citation and str(metric.value) in citation


def test_trend_chart_offers_figure_citation_link_and_embed(use_store):
    app = run_page("1_trends.py", lang="en", indicator="victims_officially_identified")
    assert not app.exception
    codes = _codes(app)
    assert any("Source:" in c and "Via " in c and "/trends?" in c for c in codes), codes
    assert any(c.startswith("<iframe") and "embed=true" in c for c in codes), codes
