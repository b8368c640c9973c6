"""A count's unit in the form its number governs, in trend sentences too ("22 asmenys")."""

import pandas as pd
import pytest

from prevention.i18n.wording import counted
from prevention.views.summaries import trend_sentence


@pytest.mark.parametrize(
    ("value", "lt", "en"),
    [
        (1, "1\xa0asmuo", "1\xa0person"),
        (21, "21\xa0asmuo", "21\xa0persons"),
        (22, "22\xa0asmenys", "22\xa0persons"),
        (10, "10\xa0asmenų", "10\xa0persons"),
        (12, "12\xa0asmenų", "12\xa0persons"),
        (0, "0\xa0asmenų", "0\xa0persons"),
    ],
)
def test_persons_take_the_form_their_number_governs(value, lt, en):
    assert counted(str(value), value, "persons", "lt") == lt
    assert counted(str(value), value, "persons", "en") == en


def test_a_unit_without_counted_forms_is_left_to_the_caller():
    assert counted("2", 2, "tier", "lt") is None
    assert counted("2", 2, "", "en") is None


def _series(values):
    return pd.DataFrame(
        {
            "year": list(range(2023, 2023 + len(values))),
            "category": "",
            "value": values,
            "status": "published",
        }
    )


def test_trend_sentence_in_lithuanian_declines_the_unit():
    text = trend_sentence(
        _series([15.0, 22.0]),
        what="Oficialiai nustatytos aukos",
        area="Lietuva",
        unit="asmenys",
        unit_code="persons",
        lang="lt",
    )
    assert text == (
        "Oficialiai nustatytos aukos, Lietuva: 2024 m. – 22\xa0asmenys, daugiau nei 2023 m. (15)."
    )


def test_trend_sentence_in_english_names_the_unit_without_brackets():
    text = trend_sentence(
        _series([15.0, 22.0]),
        what="Victims officially identified",
        area="Lithuania",
        unit="persons",
        unit_code="persons",
        lang="en",
    )
    assert (
        text
        == "Victims officially identified, Lithuania: 22\xa0persons in 2024, up from 15 in 2023."
    )


def test_one_case_in_lithuanian_is_singular():
    text = trend_sentence(
        _series([1.0]),
        what="Bylos",
        area="Vilniaus m. sav.",
        unit="bylos",
        unit_code="cases",
        lang="lt",
    )
    assert text == "Bylos, Vilniaus m. sav.: 2023 m. – 1\xa0byla."


def test_a_figure_citation_names_a_counted_unit_without_brackets():
    from prevention.i18n.citation import figure_citation

    common = {"year": 2024, "publisher": "Policija", "url": "https://x.lt/trends"}
    lt = figure_citation(
        what="Aukos",
        area="Lietuva",
        value=22,
        unit="asmenys",
        unit_code="persons",
        lang="lt",
        **common,
    )
    assert lt == (
        "Aukos, Lietuva, 2024 m.: 22\xa0asmenys. Šaltinis: Policija. "
        "Paskelbta: Prekybos žmonėmis prevencijos stebėsena, https://x.lt/trends"
    )
    en = figure_citation(
        what="Victims",
        area="Lithuania",
        value=1,
        unit="persons",
        unit_code="persons",
        lang="en",
        **common,
    )
    assert en == (
        "Victims, Lithuania, 2024: 1\xa0person. Source: Policija. "
        "Via Prevention Monitor, https://x.lt/trends"
    )
