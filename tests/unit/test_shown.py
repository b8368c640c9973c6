"""The helpers every view shares (prevention/views/shown.py), pinned once for all pages."""

from datetime import date

import pandas as pd

from prevention.views import shown

MEASURES = pd.DataFrame(
    {
        "start_year": [2015, 2019, 2023, 2025],
        "end_year": [2017, None, 2024, None],
        "status": ["ended", "running", "running", "planned"],
        "illustrative": [False, False, True, False],
    }
)


def test_sources_are_distinct_in_order_and_rows_without_one_cite_nothing():
    frame = pd.DataFrame(
        {
            "source_id": ["B", None, "A", "B"],
            "source_title": ["Report", None, "Statistics", "Report"],
            "source_publisher": ["NGO", None, "Ministry", "NGO"],
            "source_url": ["", None, "https://example.org/a", ""],
        }
    )
    assert shown.sources(frame) == [
        ("Report", "NGO", None),
        ("Statistics", "Ministry", "https://example.org/a"),
    ]


def test_an_open_measure_ends_where_it_starts():
    # 2025 is the start of an open (planned) measure: the span reaches it.
    assert shown.year_span(MEASURES) == list(range(2015, 2026))


def test_default_years_end_at_the_last_running_start_not_a_planned_one():
    assert shown.default_years(MEASURES) == "2021-2023"
    assert shown.default_years(MEASURES, width=1) == "2023-2023"


def test_one_generated_measure_badges_the_view():
    assert shown.measures_illustrative(MEASURES)
    assert not shown.measures_illustrative(MEASURES[~MEASURES["illustrative"]])


def test_a_citation_names_publisher_title_release_and_the_day_read():
    text = shown.cite(
        what="Victims",
        area="Lithuania",
        years=[2020, 2023],
        sources=[("Statistics", "Ministry", None)],
        release={"id": 7, "created_at": date(2026, 1, 2)},
        url="https://example.org/trends",
        lang="en",
        accessed=date(2026, 3, 4),
    )
    assert "Ministry: Statistics" in text
    assert "https://example.org/trends" in text
    assert "7" in text and "2026" in text
