"""The printable report card: its name and figures, both languages, escaped, self-contained."""

import re
from datetime import date

import pandas as pd
import pytest

from prevention.i18n import Lang
from prevention.views import profile_measures, report_card


def card(lang: Lang, name: str = "Šiaulių miesto savivaldybė", **extra: object) -> report_card.Card:
    indicators = pd.DataFrame(
        {"Indicator": ["Victims <b>identified</b>"], "Year": ["2024"], "Count": ["1 234"],
         "Rate": ["1–4 (hidden)"]}
    )  # fmt: skip
    trend = pd.DataFrame(
        {"year": [2020, 2021, 2022, 2023], "value": [3.5, None, 2.0, 2.5],
         "status": ["illustrative", "suppressed", "illustrative", "illustrative"]}
    )  # fmt: skip
    groups = pd.DataFrame(
        {"target_group": ["youth", "schoolchildren"], "local": [2, 0], "national": [3, 0],
         "total": [5, 0], "local_budget": [100.0, None], "national_budget": [None, None]}
    )  # fmt: skip
    fields = {
        "lang": lang,
        "name": name,
        "facts": "Šiaulių apskritis · 100 653",
        "indicators": indicators,
        "trends": {"Victims": trend},
        "peers": "Peers: Panevėžys",
        "measures": "In 2023–2025, 16 measures reached it",
        "target_groups": groups,
        "gaps": "Missing: schoolchildren",
        "institutions": pd.DataFrame({"Institution": ["VRM"], "Lead": [3]}),
        "duplicates": "No group",
        "sources": [("Report <2024>", "Publisher", "https://example.org/a?b=1&c=2")],
        "release": 7,
        "release_date": date(2026, 3, 5),
        "generated": date(2026, 3, 6),
        "illustrative": True,
        "url": "https://monitor.example/municipality?area=29&lang=" + lang,
    }
    fields.update(extra)
    return report_card.Card(**fields)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_contains_the_name_figures_release_and_badge(lang):
    page = report_card.html(card(lang))
    assert "Šiaulių miesto savivaldybė" in page
    assert "1 234" in page and "1–4 (hidden)" in page
    assert "Missing: schoolchildren" in page
    assert "@page" in page and "size: A4" in page
    assert f'<html lang="{lang}">' in page
    release = "Data release no. 7" if lang == "en" else "Duomenų leidimas Nr. 7"
    assert release in page
    badge = "Illustrative data" if lang == "en" else "Iliustraciniai duomenys"
    assert badge in page
    assert ("5 March 2026" if lang == "en" else "2026 m. kovo 5 d.") in page


def test_no_badge_for_official_data():
    assert "Illustrative data" not in report_card.html(card("en", illustrative=False))


def test_data_strings_are_escaped():
    page = report_card.html(card("en", name='<script>alert("x")</script>'))
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in page  # markupsafe's entities
    assert "Victims &lt;b&gt;identified&lt;/b&gt;" in page
    assert "Report &lt;2024&gt;" in page


def test_nothing_to_fetch():
    page = report_card.html(card("en"))
    assert not re.search(r"""\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, re.I)
    assert "<script" not in page.lower() and "<link" not in page.lower()
    assert "@import" not in page and "url(" not in page
    assert "https://example.org/a?b=1&amp;c=2" in page  # printed as text for the reader


def test_sparkline_keeps_gaps_and_marks_hidden_years():
    trend = pd.DataFrame(
        {"year": [2020, 2021, 2022], "value": [1.0, None, 2.0],
         "status": ["published", "suppressed", "published"]}
    )  # fmt: skip
    svg = report_card.spark_svg(trend)
    assert svg.startswith("<svg") and "×" in svg
    assert "<polyline" not in svg  # two single points: nothing bridges the hidden year


def test_gap_rows_say_no_measure():
    groups = profile_measures.by_category(
        pd.DataFrame(columns=["target_group", "national", "budget_eur"]).astype({"national": bool}),
        "target_group",
        ["youth"],
    )
    page = report_card.html(card("lt", target_groups=groups))
    assert "nėra priemonių" in page
