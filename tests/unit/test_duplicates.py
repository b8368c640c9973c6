"""The duplicate finder's rule on small, readable cases."""

import pandas as pd

from prevention.duplicates.engine import find_duplicates
from prevention.duplicates.measure_reading import fold, read, shared_words


def _measure(measure_id, title_lt="", title_en="", *, kind="awareness", group="schoolchildren",
             lead="PD", areas="19", start=2021, end=2021, budget=1000.0):  # fmt: skip
    return {"measure_id": measure_id, "title_lt": title_lt, "title_en": title_en,
            "description_lt": "", "description_en": "", "measure_type": kind,
            "target_group": group, "institutions": (lead,), "areas": areas,
            "start_year": start, "end_year": end, "budget_eur": budget}  # fmt: skip


def _run(*measures):
    return find_duplicates(pd.DataFrame(measures))


def test_inflected_lithuanian_paraphrase_across_institutions_is_a_duplicate():
    result = _run(
        _measure("a", "Prevencinė paskaita mokiniams apie prekybą žmonėmis", lead="PD"),
        _measure(
            "b",
            "Prevencinės paskaitos mokinių klasėms apie prekybos žmonėmis pavojus",
            lead="SAV-19",
        ),  # fmt: skip
    )
    pair = result.pairs.iloc[0]
    assert pair["kind"] == "duplicate" and pair["institutions_differ"]
    assert "19" in pair["shared_area_codes"]
    assert "skirtingos institucijos" in pair["explanation_lt"]
    assert "different institutions" in pair["explanation_en"]


def test_letters_fold_and_shared_words_are_readable():
    assert fold("Šiaulių žmonėmis") == "siauliu zmonemis"
    assert "mokiniams" in shared_words(read("Paskaita mokiniams"), read("Paskaitos mokiniai"))


def test_lithuanian_and_english_versions_match_through_concepts():
    result = _run(
        _measure("lt", "Prevencinė paskaita mokiniams apie prekybą žmonėmis", lead="PD"),
        _measure(
            "en", title_en="Preventive lecture for pupils on human trafficking", lead="KOPŽI"
        ),  # fmt: skip
    )
    assert list(result.pairs["kind"]) == ["duplicate"]


def test_different_types_for_the_same_group_are_complementary_not_duplicates():
    result = _run(
        _measure("campaign", "Kampanija mokiniams apie prekybą žmonėmis", kind="awareness"),
        _measure(
            "outreach", "Kampanija mokiniams apie prekybą žmonėmis", kind="outreach", lead="KOPŽI"
        ),  # fmt: skip
    )
    assert result.pairs.empty


def test_a_national_measure_is_not_flagged_against_a_local_one_for_sharing_places():
    result = _run(
        _measure(
            "national", "Nacionalinė kampanija apie saugų darbą užsienyje", lead="VRM", areas="LT"
        ),  # fmt: skip
        _measure("local", "Paskaita mokiniams apie saugumą internete", lead="SAV-19"),
    )
    assert result.pairs.empty


def test_the_same_institution_repeating_a_measure_is_continuity():
    result = _run(
        _measure(
            "y1", "Paskaita mokiniams apie prekybą žmonėmis", lead="SAV-19", start=2020, end=2020
        ),  # fmt: skip
        _measure(
            "y2", "Paskaita mokiniams apie prekybą žmonėmis", lead="SAV-19", start=2021, end=2021
        ),  # fmt: skip
    )
    assert list(result.pairs["kind"]) == ["continuity"]
    assert result.groups.empty  # continuity is not a duplicate group


def test_other_places_or_years_are_not_duplicates():
    title = "Paskaita mokiniams apie prekybą žmonėmis"
    assert _run(_measure("a", title), _measure("b", title, lead="KOPŽI", areas="21")).pairs.empty
    assert _run(
        _measure("a", title, start=2016, end=2016),
        _measure("b", title, lead="KOPŽI", start=2020, end=2020),
    ).pairs.empty


def test_groups_are_connected_and_sorted_by_budget():
    title = "Paskaita mokiniams apie prekybą žmonėmis"
    result = _run(
        _measure("a", title, lead="PD", budget=100),
        _measure("b", title, lead="KOPŽI", budget=200),
        _measure("c", title, lead="Lietuvos Caritas", budget=300),
        _measure("x", title, lead="PD", areas="21", budget=5000),
        _measure("y", title, lead="KOPŽI", areas="21", budget=5000),
    )
    groups = result.groups
    assert list(groups["n_measures"]) == [2, 3]
    assert groups.iloc[0]["combined_budget"] == 10000
    assert set(groups.iloc[1]["measure_ids"]) == {"a", "b", "c"}


def test_empty_input_gives_empty_results():
    result = find_duplicates(pd.DataFrame())
    assert result.pairs.empty and result.groups.empty
