"""Abbreviations are spelled out where a reader points, in the page's language."""

import pandas as pd

from components.figures import duplicate_charts as overlap_charts
from components.figures import measure_charts
from prevention.i18n import institution_names

INSTITUTIONS = pd.DataFrame(
    {
        "name_lt": [
            "Prekybos žmonėmis ir išnaudojimo prevencijos centras",
            "Policijos departamentas",
        ],
        "name_en": ["Centre against Human Trafficking and Exploitation", "Police Department"],
    },
    index=pd.Index(["KOPŽI", "PD"], name="short_name"),
)


def test_hover_names_spell_out_abbreviations_only():
    names = institution_names.hover_names(["KOPŽI", "PD", "other"], INSTITUTIONS, "en")
    assert names == {
        "KOPŽI": "KOPŽI – Centre against Human Trafficking and Exploitation",
        "PD": "PD – Police Department",
    }
    assert institution_names.hover_names(["PD"], INSTITUTIONS, "lt") == {
        "PD": "PD – Policijos departamentas"
    }


def test_institution_bars_hover_names_the_institution_in_full():
    frame = pd.DataFrame({"institution": ["KOPŽI", "PD"], "lead": [3, 1], "partner": [0, 2]})
    fig = measure_charts.bars(
        frame,
        category="institution",
        parts={"lead": "Vykdytoja", "partner": "Partnerė"},
        category_names={"KOPŽI": "KOPŽI", "PD": "PD"},
        hover_names=institution_names.hover_names(["KOPŽI", "PD"], INSTITUTIONS, "lt"),
        title="Priemonės pagal instituciją",
        source="KOPŽI",
        x_title="Priemonės",
        lang="lt",
    )
    bar = fig.data[0]
    assert list(bar.y) == ["KOPŽI", "PD"]  # the axis keeps the short labels
    assert list(bar.hovertext) == [
        "KOPŽI – Prekybos žmonėmis ir išnaudojimo prevencijos centras",
        "PD – Policijos departamentas",
    ]
    assert bar.hovertemplate.startswith("%{hovertext}: %{x}")


def test_duplicate_matrix_and_pair_list_hover_both_institutions_in_full():
    matrix = pd.DataFrame([[0, 4], [4, 0]], index=["KOPŽI", "PD"], columns=["KOPŽI", "PD"])
    pairs = pd.DataFrame({"institution_a": ["KOPŽI"], "institution_b": ["PD"], "pairs": [4]})
    spelled = institution_names.hover_names(["KOPŽI", "PD"], INSTITUTIONS, "en")
    heat = overlap_charts.institution_matrix(
        matrix, title="Shared pairs", lang="en", hover_names=spelled
    ).data[0]
    assert heat.hovertext[0][1] == (
        "KOPŽI – Centre against Human Trafficking and Exploitation and "
        "PD – Police Department: 4\xa0pairs"
    )
    bar = overlap_charts.pair_list(pairs, title="Shared pairs", lang="en", hover_names=spelled)
    assert list(bar.data[0].hovertext) == [
        "KOPŽI – Centre against Human Trafficking and Exploitation + PD – Police Department"
    ]
