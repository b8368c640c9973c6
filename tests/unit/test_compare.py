"""Comparing municipalities: link lists repaired, suppressed cells kept, gaps kept, rates."""

import pandas as pd
import pytest

from prevention.views.compare import MAX_AREAS, compare_frame, parse_areas, parse_list
from prevention.views.compare_text import cell_text, side_by_side, summary_sentence

VALID = [str(code) for code in (11, 12, 13, 15, 19, 21, 25, 27)]


def test_a_clean_list_is_kept_in_order():
    picked = parse_areas("21,13,19", VALID)
    assert picked.codes == ["21", "13", "19"] and not picked.bad and not picked.capped


def test_duplicates_count_once():
    picked = parse_areas("13,19,13, 19", VALID)
    assert picked.codes == ["13", "19"] and not picked.bad


@pytest.mark.parametrize("raw", ["13,nope,19", "13,<script>,19", "13,,19,1900"])
def test_bad_codes_are_dropped_and_flagged(raw):
    picked = parse_areas(raw, VALID)
    assert picked.codes == ["13", "19"]
    assert picked.bad


def test_nothing_valid_gives_the_default_pair():
    picked = parse_areas("nope,x", VALID)
    assert picked.codes == ["13", "19"] and picked.bad


def test_an_empty_list_is_flagged():
    assert parse_areas("", VALID).bad
    assert not parse_areas(None, VALID).bad


def test_one_valid_code_is_paired_with_a_default():
    assert parse_areas("21", VALID).codes == ["21", "13"]
    assert parse_areas("13", VALID).codes == ["13", "19"]


def test_more_than_five_keeps_the_first_five():
    picked = parse_areas(",".join(VALID), VALID)
    assert picked.codes == VALID[:MAX_AREAS] and picked.capped and not picked.bad


def test_indicator_list_has_no_cap():
    picked = parse_list("b,a,zz", ["a", "b", "c"], default=["a"])
    assert picked.codes == ["b", "a"] and picked.bad and not picked.capped


def _values():
    return pd.DataFrame(
        {
            "area_code": ["13", "13", "19", "19", "LT"],
            "level": ["municipality"] * 4 + ["country"],
            "year": [2020, 2022, 2020, 2022, 2020],
            "value": [20.0, None, 10.0, 0.0, 50.0],
            "status": ["illustrative", "suppressed", "illustrative", "illustrative", "published"],
            "suppression": [None, "primary", None, None, None],
            "source_id": ["ILL"] * 4 + ["VRM"],
            "source_title": ["T"] * 5,
            "source_publisher": ["P"] * 5,
            "source_url": [""] * 5,
        }
    )


def test_suppressed_stays_suppressed_and_missing_years_stay_missing():
    frame = compare_frame({"victims": _values()}, ["13", "19"], (2020, 2022))
    assert len(frame) == 6  # two areas × three years, the country left out
    cell = frame[(frame["area_code"] == "13") & (frame["year"] == 2022)].iloc[0]
    assert pd.isna(cell["value"]) and cell["status"] == "suppressed"
    gap = frame[(frame["area_code"] == "13") & (frame["year"] == 2021)].iloc[0]
    assert pd.isna(gap["value"]) and gap["status"] == "not_available"
    zero = frame[(frame["area_code"] == "19") & (frame["year"] == 2022)].iloc[0]
    assert zero["value"] == 0.0  # a real zero is still a zero


def test_rates_use_the_census_and_keep_suppression():
    population = pd.Series({"13": 200_000, "19": 100_000})
    frame = compare_frame(
        {"victims": _values()}, ["13", "19"], (2020, 2022), population=population, rated=["victims"]
    )
    rates = frame.set_index(["area_code", "year"])["value"]
    assert rates[("13", 2020)] == pytest.approx(10.0)
    assert rates[("19", 2020)] == pytest.approx(10.0)
    assert pd.isna(rates[("13", 2022)])
    assert frame["rate"].all()


def test_unrated_indicator_stays_a_count():
    population = pd.Series({"13": 200_000, "19": 100_000})
    frame = compare_frame({"victims": _values()}, ["13", "19"], (2020, 2020), population=population)
    assert frame["value"].tolist() == [20.0, 10.0] and not frame["rate"].any()


@pytest.mark.parametrize(("lang", "text"), [("en", "hidden"), ("lt", "paslėpta")])
def test_suppressed_cell_reads_hidden_never_zero(lang, text):
    assert cell_text(float("nan"), "suppressed", rate=False, lang=lang) == text
    assert cell_text(float("nan"), "not_available", rate=False, lang=lang) == "–"
    assert cell_text(0.0, "illustrative", rate=False, lang=lang) == "0"


def test_side_by_side_has_one_column_per_municipality():
    frame = compare_frame({"victims": _values()}, ["19", "13"], (2020, 2022))
    table = side_by_side(
        frame,
        indicator_names={"victims": "Victims"},
        area_names={"13": "Vilnius", "19": "Kaunas"},
        lang="en",
    )
    assert list(table.columns) == ["Indicator", "Year", "Kaunas", "Vilnius"]
    assert table.loc[table["Year"] == 2022, "Vilnius"].item() == "hidden"
    assert table.loc[table["Year"] == 2021, "Vilnius"].item() == "–"


def test_summary_names_highest_and_lowest():
    frame = compare_frame({"victims": _values()}, ["13", "19"], (2020, 2020))
    text = summary_sentence(
        frame,
        indicator_names={"victims": "Victims"},
        area_names={"13": "Vilnius", "19": "Kaunas"},
        lang="en",
    )
    assert "highest in Vilnius (20)" in text and "lowest in Kaunas (10)" in text
