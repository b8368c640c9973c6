"""Finding a municipality by name: with and without Lithuanian letters, in inflected forms."""

import pandas as pd
import pytest

from prevention.geo.places import collation_key, fold, in_order, search


@pytest.fixture
def municipalities() -> pd.DataFrame:
    rows = [
        ("29", "Šiaulių miesto savivaldybė", "Šiauliai City Municipality", "Šiaulių m. sav."),
        ("91", "Šiaulių rajono savivaldybė", "Šiauliai District Municipality", "Šiaulių r. sav."),
        ("13", "Vilniaus miesto savivaldybė", "Vilnius City Municipality", "Vilniaus m. sav."),
        ("19", "Kauno miesto savivaldybė", "Kaunas City Municipality", "Kauno m. sav."),
        ("11", "Alytaus miesto savivaldybė", "Alytus City Municipality", "Alytaus m. sav."),
        ("84", "Skuodo rajono savivaldybė", "Skuodas District Municipality", "Skuodo r. sav."),
        ("48", "Kazlų Rūdos savivaldybė", "Kazlų Rūda Municipality", "Kazlų Rūdos sav."),
    ]
    frame = pd.DataFrame(rows, columns=["code", "name_lt", "name_en", "short_name_lt"])
    return frame.set_index("code")


def test_fold_drops_diacritics_and_case():
    assert fold("Šiaulių") == "siauliu"
    assert fold("KAZLŲ RŪDA") == "kazlu ruda"


@pytest.mark.parametrize("query", ["Siauliai", "siauliu", "Šiaulių", "ŠIAULIAI", "Šiauliuose"])
def test_with_and_without_lithuanian_letters(municipalities, query):
    assert search(municipalities, query)[:2] == ["29", "91"]


@pytest.mark.parametrize(
    ("query", "code"),
    [
        ("Kaune", "19"),
        ("Kaunas", "19"),
        ("Alytuje", "11"),
        ("Vilniuje", "13"),
        ("Kazlu Ruda", "48"),
    ],
)
def test_inflected_forms_find_the_municipality(municipalities, query, code):
    assert search(municipalities, query) == [code]


def test_every_word_must_match(municipalities):
    assert search(municipalities, "Siauliai district") == ["91"]
    assert search(municipalities, "Šiaulių m.") == ["29", "91"]  # "m." also starts "municipality"


def test_no_match_and_empty_query(municipalities):
    assert search(municipalities, "Londonas") == []
    assert search(municipalities, "ka")[:1] == ["19"]  # a prefix of two letters still narrows
    assert len(search(municipalities, "  ")) == len(municipalities)


def test_an_official_code_finds_its_municipality(municipalities):
    assert search(municipalities, "13") == ["13"]


def test_lithuanian_alphabetical_order(municipalities):
    ordered = [municipalities.loc[c, "short_name_lt"] for c in in_order(municipalities, "name_lt")]
    # Š is a letter after S: Skuodas before Šiauliai, and both after Kaunas and Kazlų Rūda.
    assert ordered == [
        "Alytaus m. sav.",
        "Kauno m. sav.",
        "Kazlų Rūdos sav.",
        "Skuodo r. sav.",
        "Šiaulių m. sav.",
        "Šiaulių r. sav.",
        "Vilniaus m. sav.",
    ]


def test_collation_treats_y_as_i_and_accents_as_ties():
    words = ["Zarasai", "Ąžuolas", "Yla", "Ilgas", "Čekija", "Cukrus", "Jonava"]
    # "Yla" sorts as "ila", before "ilgas" and before J (by code point it would follow J).
    assert sorted(words, key=collation_key) == [
        "Ąžuolas", "Cukrus", "Čekija", "Yla", "Ilgas", "Jonava", "Zarasai"
    ]  # fmt: skip
