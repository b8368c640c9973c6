"""The map's real layer: which views hold real values, and the 2023 list named in a sentence."""

import pandas as pd

from prevention.views.local_layer import (
    default_indicator,
    has_real_values,
    no_measures_list,
    nothing_real,
)


def _values(rows):
    return pd.DataFrame(
        rows, columns=["area_code", "level", "year", "value", "status", "source_id"]
    )


def test_generated_values_hidden_or_shown_are_not_real():
    values = _values(
        [
            ("13", "municipality", 2024, 7.0, "illustrative", "ILLUSTRATIVE"),
            ("19", "municipality", 2024, None, "suppressed", "ILLUSTRATIVE"),
            ("19", "municipality", 2023, 1.0, "published", "DERIVED_LOCAL_MEASURES"),
        ]
    )
    assert not has_real_values(values, level="municipality", year=2024)
    assert has_real_values(values, level="municipality", year=2023)
    assert not has_real_values(values, level="county", year=2023)


def test_a_hidden_real_value_is_still_real():
    values = _values([("LT-TA", "county", 2015, None, "suppressed", "LOCAL_S03")])
    assert has_real_values(values, level="county", year=2015)


def test_the_2023_list_is_named_in_both_languages():
    flags = _values(
        [
            ("63", "municipality", 2023, 1.0, "published", "TV3_2024"),
            ("67", "municipality", 2023, 1.0, "published", "TV3_2024"),
        ]
    )
    names = {"63": "Pagėgių savivaldybė", "67": "Pasvalio rajono savivaldybė"}
    assert no_measures_list(flags, names, "lt") == (
        "VRM 2023 m. situacijos apžvalga įvardija savivaldybes, nevykdžiusias kovos su prekyba "
        "žmonėmis priemonių: Pagėgių savivaldybė, Pasvalio rajono savivaldybė."
    )
    english = no_measures_list(flags, names, "en")
    assert english and english.startswith("The VRM 2023 situation review names")
    assert no_measures_list(flags.iloc[0:0], names, "en") is None


def test_the_map_opens_on_the_real_layer_when_the_store_has_it():
    assert (
        default_indicator(["victims", "known_local_measures"], "victims") == "known_local_measures"
    )
    assert default_indicator(["victims"], "victims") == "victims"


def test_a_view_without_real_values_lists_local_statements_and_hides_small_ones():
    statements = pd.DataFrame(
        [
            ("LT-TA", "2016-01/2016-07", "", None, "suppressed", "silale.lt"),
            ("LT-KU", "2017-01/2017-09", "Kauno apygardos prokuratūra", 7.0, "published", "K"),
        ],
        columns=["area_code", "period_label", "breakdown_category", "value", "status",
                 "source_publisher"],
    )  # fmt: skip
    text = nothing_real(
        "Investigations", "county", "en", statements=statements, names={"LT-TA": "Tauragė County"}
    )
    assert text.startswith("No real county values of “Investigations” are published")
    assert "Tauragė County, 2016-01/2016-07: hidden (a small count, though the source" in text
    assert "Kauno apygardos prokuratūra, 2017-01/2017-09: 7 (K)" in text
    lt = nothing_real("Tyrimai", "county", "lt", statements=statements, names={})
    assert "Pavieniai vietos skaičiai iš spaudos" in lt and "paslėpta" in lt
