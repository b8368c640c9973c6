"""Generated sentences: latest value, change, extremes, gaps; breakdowns never summed."""

import pandas as pd

from prevention.views.headlines import Headline
from prevention.views.home import measures_headline
from prevention.views.summaries import change_text, overview_paragraph, trend_sentence


def _series(values):
    years = list(range(2011, 2011 + len(values)))
    return pd.DataFrame(
        {
            "year": years,
            "category": "",
            "value": values,
            "status": ["published" if v == v else "not_available" for v in values],
        }
    )


def _headline(value, previous, code="victims_officially_identified", category=""):
    return Headline(
        indicator_code=code,
        breakdown_dimension="none" if not category else "age_group",
        breakdown_category=category,
        year=2024,
        value=value,
        previous_year=2023 if previous is not None else None,
        previous_value=previous,
        history=[],
        source_id="S",
        source_title="T",
        source_publisher="P",
        source_url=None,
    )


def test_trend_sentence_in_english_names_change_extremes_and_gaps():
    text = trend_sentence(
        _series([76, 92, float("nan"), 47, 22, 27]),
        what="Victims",
        area="Lithuania",
        unit="persons",
        lang="en",
    )
    assert text.startswith("Victims, Lithuania: 27 (persons) in 2016, up from 22 in 2015;")
    assert "the highest was 92 in 2012 and the lowest 22 in 2015" in text
    assert text.endswith("There are no data for 2013.")


def test_trend_sentence_in_lithuanian():
    text = trend_sentence(
        _series([1234, 1000]), what="Aukos", area="Lietuva", unit="asm.", lang="lt"
    )
    assert "2012 m. – 1\xa0000" in text and "mažiau nei 2011 m. (1\xa0234)" in text


def test_breakdown_sentence_lists_parts_without_a_total():
    frame = pd.DataFrame(
        {
            "year": [2023, 2023, 2022],
            "category": ["male", "female", "male"],
            "value": [10.0, 4.0, 3.0],
            "status": "published",
        }
    )
    text = trend_sentence(frame, what="Convicted", area="Lithuania", unit="persons", lang="en")
    assert "2023: men 10, women 4" in text
    assert "17" not in text and "not added up" in text


def test_sentence_for_an_empty_series():
    text = trend_sentence(_series([float("nan")]), what="X", area="Y", unit="u", lang="en")
    assert "no values" in text


def test_a_series_whose_only_value_is_hidden_says_so_not_that_there_are_none():
    frame = _series([float("nan"), float("nan")])
    frame.loc[1, "status"] = "suppressed"
    text = trend_sentence(frame, what="V", area="A", unit="u", lang="en")
    assert text == (
        "V, A: no value can be shown for this choice. Values for 2012 are hidden. "
        "There are no data for 2011."
    )
    lt = trend_sentence(frame, what="V", area="A", unit="u", lang="lt")
    assert lt == (
        "V, A: šiam pasirinkimui skelbiamų reikšmių nėra. 2012 m. reikšmės paslėptos. "
        "Duomenų nėra už 2011 m."
    )


def test_change_is_absolute_below_twenty_and_percent_above():
    assert change_text(_headline(22, 15), "en") == "+7"
    assert change_text(_headline(12, 23), "en") == "−11"
    assert change_text(_headline(30, 40), "en") == "−25%"
    assert change_text(_headline(30, None), "en") is None


def test_overview_paragraph_in_both_languages():
    headlines = [_headline(22, 15), _headline(4, None, category="child")]
    en = overview_paragraph(headlines, "en")
    assert en.startswith(
        "In 2024, 22 victims of trafficking were officially identified (15 in 2023)."
    )
    assert "Children among them: 4." in en
    assert "not the true extent" in en
    lt = overview_paragraph(headlines, "lt")
    assert lt.startswith("2024 m. oficialiai nustatyta prekybos žmonėmis aukų: 22 (2023 m. – 15).")


def test_measures_headline_counts_real_measures_in_complete_years_only():
    running = pd.DataFrame(
        {
            "year": [2023, 2024, 2024, 2025, 2030],
            "illustrative": [False, False, True, False, True],
            "measures": [3, 2, 5, 1, 9],
        }
    )
    result = measures_headline(running, current_year=2025)  # 2025 is not over yet
    assert result.headline.year == 2024 and result.headline.value == 2  # the 5 generated: out
    assert result.headline.previous_value == 3 and result.illustrative == 5  # counted apart
    assert measures_headline(running.iloc[0:0], current_year=2025) is None


def test_suppressed_years_are_named_apart_from_missing_ones():
    frame = _series([5.0, float("nan"), float("nan"), 7.0])
    frame.loc[1, "status"] = "suppressed"
    text = trend_sentence(frame, what="V", area="A", unit="u", lang="en")
    assert "Values for 2012 are hidden" in text
    assert "There are no data for 2013." in text


def test_extremes_follow_the_latest_value_when_the_year_before_is_missing():
    text = trend_sentence(_series([5.0, 9.0, float("nan"), 7.0]), what="V", area="A", unit="u",
                          lang="en")  # fmt: skip
    assert text.startswith("V, A: 7 (u) in 2014; the highest was 9 in 2012")
