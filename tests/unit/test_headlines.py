"""Headlines are true: each figure with its own year, press figures marked as such."""

from prevention.views.headlines import Headline
from prevention.views.summaries import overview_paragraph


def _headline(value, year, *, category="", tier=1, reports=None, publisher="P"):
    return Headline(
        indicator_code="victims_officially_identified",
        breakdown_dimension="age_group" if category else "none",
        breakdown_category=category,
        year=year,
        value=value,
        previous_year=year - 1,
        previous_value=3 if category else 15,
        history=[],
        source_id="S",
        source_title="T",
        source_publisher=publisher,
        source_url=None,
        source_tier=tier,
        reports=reports or {},
    )


def test_a_child_figure_older_than_the_total_names_both_years_in_english():
    text = overview_paragraph([_headline(22, 2024), _headline(4, 2019, category="child")], "en")
    assert "No figure for children is published for 2024; the latest, for 2019: 4 (3 in 2018)." in (
        text
    )
    assert "Children among them" not in text  # "them" would be the 22 of 2024


def test_a_child_figure_older_than_the_total_names_both_years_in_lithuanian():
    text = overview_paragraph([_headline(22, 2024), _headline(4, 2019, category="child")], "lt")
    assert (
        "2024 m. vaikų skaičius nepaskelbtas; naujausias paskelbtas – 2019 m.: 4 (2018 m. – 3)."
        in (text)
    )
    assert "Vaikų tarp jų" not in text


def test_a_child_figure_of_the_same_year_stays_among_them():
    text = overview_paragraph([_headline(22, 2024), _headline(4, 2024, category="child")], "en")
    assert "Children among them: 4 (3 in 2023)." in text


def test_a_press_figure_says_so_and_names_the_publication_it_reports():
    reports = {"en": "the Seimas Ombudsmen's review of 2024", "lt": "Seimo kontrolierių apžvalga"}
    press = _headline(22, 2024, tier=3, reports=reports, publisher="tv3.lt")
    en = overview_paragraph([press], "en")
    assert "(15 in 2023). (From the press: tv3.lt, reporting the Seimas Ombudsmen's review" in en
    lt = overview_paragraph([press], "lt")
    assert "(Iš spaudos: tv3.lt, pateikiama pagal: Seimo kontrolierių apžvalga.)" in lt


def test_a_press_figure_naming_no_publication_says_that_too():
    text = overview_paragraph([_headline(22, 2024, tier=3, publisher="lrytas.lt")], "en")
    assert "(From the press: lrytas.lt; it names no official publication.)" in text


def test_an_official_figure_carries_no_press_note():
    assert "From the press" not in overview_paragraph([_headline(22, 2024, tier=1)], "en")
