"""Permalinks and citations: stable, language-aware, and never trusting a strange base URL."""

from datetime import date

from prevention.i18n.citation import citation, permalink, years_label


def test_permalink_keeps_codes_in_a_stable_order():
    url = permalink(
        "https://example.org/trends?x=1",
        "trends",
        {"lang": "en", "indicator": "persons_convicted", "area": "LT"},
    )
    assert url == "https://example.org/trends?area=LT&indicator=persons_convicted&lang=en"


def test_home_permalink_has_no_page_path_and_odd_bases_are_dropped():
    assert permalink("http://127.0.0.1:8501/", "home", {"lang": "lt"}) == (
        "http://127.0.0.1:8501/?lang=lt"
    )
    assert permalink("javascript:alert(1)", "data", {}) == "/data"
    assert permalink(None, "data", {"lang": "en"}) == "/data?lang=en"


def test_permalink_encodes_values():
    assert "years=2011-2024" in permalink("https://x.lt", "trends", {"years": "2011-2024"})
    assert "a=%3Cb%3E" in permalink("https://x.lt", "trends", {"a": "<b>"})


def test_years_label():
    assert years_label([2011, 2024, 2015]) == "2011–2024"
    assert years_label([2020]) == "2020"
    assert years_label([]) == ""


def _cite(lang):
    return citation(
        what="Victims",
        area="Lithuania",
        years=[2011, 2024],
        sources=["US DoS: TIP 2020", "US DoS: TIP 2020", "VRM: review"],
        release_id=4,
        release_date=date(2025, 3, 5),
        accessed=date(2025, 3, 6),
        url="https://x.lt/trends?lang=en",
        lang=lang,
    )


def test_english_citation_has_every_part():
    text = _cite("en")
    assert text.startswith("Victims, Lithuania, 2011–2024.")
    assert "Source: US DoS: TIP 2020; VRM: review." in text  # duplicates folded
    assert "Prevention Monitor, data release no. 4 (5 March 2025)" in text
    assert "Accessed 6 March 2025" in text
    assert text.endswith("https://x.lt/trends?lang=en")


def test_lithuanian_citation_uses_lithuanian_dates():
    text = _cite("lt")
    assert "Šaltinis:" in text
    assert "duomenų leidimas Nr. 4 (2025 m. kovo 5 d.)" in text
    assert text.endswith(
        "Prieiga per internetą: https://x.lt/trends?lang=en (žiūrėta 2025 m. kovo 6 d.)"
    )
