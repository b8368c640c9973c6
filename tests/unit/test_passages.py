"""The prose files: every statement sourced, both languages alike, tap-to-call links."""

import csv
from pathlib import Path

import pytest

from prevention.views.passages import PLACEHOLDER, raw_passage, tel_href, tel_link

ROOT = Path(__file__).resolve().parents[2]
NAMES = [path.stem for path in sorted((ROOT / "data" / "texts").glob("*.toml"))]


def _seed_source_ids() -> set[str]:
    with (ROOT / "data" / "seed" / "sources.csv").open(encoding="utf-8") as handle:
        return {row["source_id"] for row in csv.DictReader(handle)}


def _paragraphs(name: str) -> list[dict]:
    return [item for section in raw_passage(name)["section"] for item in section["paragraph"]]


def test_there_are_passages():
    assert {"help", "about_trafficking"} <= set(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_every_paragraph_cites_a_seed_source_or_says_it_is_about_this_site(name):
    known = _seed_source_ids()
    for item in _paragraphs(name):
        cited = item.get("sources", [])
        assert set(cited) <= known, cited
        # A figure or a contact brings its own source from the store.
        sourced = cited or PLACEHOLDER.search(item["en"])
        assert sourced or item.get("about_this_site") is True, item["en"]


@pytest.mark.parametrize("name", NAMES)
def test_both_languages_use_the_same_figures_and_contacts(name):
    figures = set(raw_passage(name).get("figures", {}))
    for item in _paragraphs(name):
        lt = sorted(PLACEHOLDER.findall(item["lt"]))
        en = sorted(PLACEHOLDER.findall(item["en"]))
        assert lt == en, item["en"]
        for kind, key in en:
            if kind in ("fig", "year"):
                assert key in figures, key


@pytest.mark.parametrize(
    ("published", "href"),
    [
        ("112", "tel:112"),
        ("8 800 91119", "tel:880091119"),
        ("+370 616 91119", "tel:+37061691119"),
        (" +370 (5) 271-9901 ", "tel:+37052719901"),
    ],
)
def test_tel_href_keeps_digits_and_a_leading_plus(published, href):
    assert tel_href(published) == href


def test_tel_link_shows_the_number_unbroken_and_never_as_markup():
    assert tel_link("8 800 91119") == "[**8\u00a0800\u00a091119**](tel:880091119)"
    assert tel_link("<b>112</b>") == "[**112**](tel:112)"
    assert tel_link("[112](javascript:x)") == "[**112()**](tel:112)"
