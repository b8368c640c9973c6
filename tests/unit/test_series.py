"""Series shaping: missing years are NaN gaps, rival sources set aside, rates from the census."""

import pandas as pd

from prevention.views.series import (
    chart_frame,
    other_sources,
    per_capita,
    plan_bands,
    status_years,
    table_frame,
)


def _rows():
    return pd.DataFrame(
        {
            "year": [2011, 2012, 2014, 2014, 2015],
            "breakdown_category": ["", "", "", "", ""],
            "value": [76.0, 92.0, 47.0, 50.0, None],
            "status": ["published", "published", "published", "published", "suppressed"],
            "preferred": [True, True, True, False, True],
            "source_id": ["A", "A", "B", "C", "D"],
            "source_publisher": ["Pa", "Pa", "Pb", "Pc", "Pd"],
            "source_title": ["Ta", "Ta", "Tb", "Tc", "Td"],
            "source_url": ["https://a", "https://a", None, None, None],
            "note": None,
        }
    )


def test_missing_year_is_a_gap_not_a_zero():
    frame = chart_frame(_rows())
    assert frame["year"].tolist() == [2011, 2012, 2013, 2014, 2015]
    gap = frame[frame["year"] == 2013].iloc[0]
    assert pd.isna(gap["value"]) and gap["status"] == "not_available"
    assert frame.loc[frame["year"] == 2014, "value"].item() == 47.0  # the preferred source
    assert frame.loc[frame["year"] == 2015, "status"].item() == "suppressed"


def test_other_sources_lists_the_losing_value():
    others = other_sources(_rows(), chart_frame(_rows()))
    assert others[["year", "value", "source_publisher"]].values.tolist() == [[2014, 50.0, "Pc"]]
    assert bool(others["differs"].iloc[0])


def test_per_capita_keeps_suppressed_suppressed():
    rated = per_capita(chart_frame(_rows()), 2_000_000)
    assert rated.loc[rated["year"] == 2011, "value"].item() == 3.8
    assert pd.isna(rated.loc[rated["year"] == 2015, "value"].item())
    assert per_capita(chart_frame(_rows()), None)["value"].isna().all()


def test_plan_bands_are_clipped_to_the_years_shown():
    plans = pd.DataFrame({"start_year": [2002, 2009, 2024], "end_year": [2004, 2012, 2026]})
    assert plan_bands(plans, 2011, 2024) == [(2011, 2012, "2009–2012"), (2024, 2024, "2024–2026")]


def test_table_frame_translates_headers_and_statuses():
    table = table_frame(chart_frame(_rows()), unit="persons", lang="en")
    assert list(table.columns)[:3] == ["Year", "Value", "Unit"]
    assert "not available (–)" in table["Status"].tolist()
    assert "suppressed (c)" in table["Status"].tolist()
    lt = table_frame(chart_frame(_rows()), unit="asm.", lang="lt")
    assert "Metai" in lt.columns and "paslėpta (c)" in lt["Būsena"].tolist()


def test_status_years_mark_gaps_only_where_no_category_has_a_value():
    frame = pd.DataFrame(
        {
            "year": [2017, 2017, 2018, 2018, 2019, 2019],
            "category": ["a", "b", "a", "b", "a", "b"],
            "value": [20.0, None, 0.0, None, None, None],
            "status": [
                "published",
                "not_available",
                "published",
                "not_available",
                "suppressed",
                "not_available",
            ],
        }
    )
    gap = pd.DataFrame(
        {
            "year": [2020, 2020],
            "category": ["a", "b"],
            "value": [None, None],
            "status": ["not_available", "not_available"],
        }
    )
    marks = status_years(pd.concat([frame, gap], ignore_index=True))
    assert marks == {"suppressed": [2019], "not_available": [2020], "zero": [2018]}
