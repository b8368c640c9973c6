"""The duplicates page's logic: filters, summary figures, institution pairs and the CSV."""

import pandas as pd
import pytest

from prevention.codes import NATIONAL
from prevention.duplicates.engine import find_duplicates
from prevention.i18n import t
from prevention.views.duplicates import (
    ALL,
    Filters,
    Summary,
    budget_text,
    continuity_pairs,
    duplicate_matrix,
    export_frame,
    filter_groups,
    group_pairs,
    institution_pairs,
    listed_groups,
    matrix_panel,
    pair_lines,
    place,
    summary,
    summary_sentence,
)


def measure(measure_id, title, lead, areas, start, end=None, **extra):
    return {
        "measure_id": measure_id,
        "title_lt": title,
        "title_en": None,
        "description_lt": "",
        "description_en": "",
        "measure_type": extra.get("measure_type", "awareness"),
        "target_group": extra.get("target_group", "schoolchildren"),
        "institutions": lead,
        "areas": areas,
        "start_year": start,
        "end_year": end or start,
        "budget_eur": extra.get("budget_eur", 1000.0),
        "illustrative": extra.get("illustrative", False),
        "source_id": "S1",
        "source_title": "Plan",
        "source_publisher": "Government",
        "source_url": None,
    }


TITLE = "Prekybos žmonėmis prevencijos paskaitos mokiniams mokyklose"
MEASURES = pd.DataFrame(
    [
        measure("A", TITLE, "VRM", "13;19", 2022, budget_eur=5000.0),
        measure("B", "Paskaitos mokiniams apie prekybą žmonėmis mokyklose", "NGO", "13", 2022),
        measure("C", TITLE, "SAV-21", "21", 2022, budget_eur=200.0, illustrative=True),
        measure("D", TITLE, "SAV-21", "21", 2023),
        measure("E", "Kampanija jaunimui socialiniuose tinkluose apie darbo pasiūlymus", "VRM",
                "LT", 2022, measure_type="awareness", target_group="youth"),
        measure("F", "Mokytojų mokymai apie prekybą žmonėmis", "KOPŽI", "13", 2022,
                measure_type="training"),
    ]
)  # fmt: skip


def result():
    return find_duplicates(MEASURES)


def test_groups_join_institutions_and_continuity_is_apart():
    found = result()
    groups = filter_groups(found.groups, Filters())
    members = {m for ids in groups["measure_ids"] for m in ids}
    assert {"A", "B"} <= members
    assert "F" not in members, "training teachers is complementary to lectures for pupils"
    repeats = continuity_pairs(found.pairs, MEASURES, Filters())
    assert {("C", "D")} <= set(zip(repeats["measure_a"], repeats["measure_b"], strict=True))


def test_filters_narrow_the_groups():
    groups = result().groups
    assert len(filter_groups(groups, Filters(area="13"))) >= 1
    assert filter_groups(groups, Filters(area="50")).empty
    assert filter_groups(groups, Filters(target_group="youth")).empty
    assert filter_groups(groups, Filters(years=(2015, 2020))).empty
    assert len(filter_groups(groups, Filters(institution="NGO"))) == 1
    assert filter_groups(groups, Filters(institution="KOPŽI")).empty
    assert len(filter_groups(groups, Filters(measure_type="awareness", years=(2022, 2022)))) >= 1


def test_summary_counts_each_measure_once_and_names_places():
    found = result()
    groups = filter_groups(found.groups, Filters())
    inside = group_pairs(found.pairs, groups)
    figures = summary(groups, inside, continuity_pairs(found.pairs, MEASURES, Filters()), MEASURES)
    ids = {m for member_ids in groups["measure_ids"] for m in member_ids}
    assert figures.measures == len(ids)
    assert figures.budget == MEASURES[MEASURES["measure_id"].isin(ids)]["budget_eur"].sum()
    assert figures.municipalities >= 1
    assert figures.continuity_pairs >= 1
    assert figures.sources == [("Plan", "Government", None)]


def test_institution_pairs_are_unordered_and_the_matrix_symmetric():
    inside = pd.DataFrame({"lead_a": ["VRM", "NGO", "VRM"], "lead_b": ["NGO", "VRM", "SADM"]})
    ranked = institution_pairs(inside)
    assert ranked.iloc[0].to_dict() == {"institution_a": "NGO", "institution_b": "VRM", "pairs": 2}
    matrix = duplicate_matrix(inside)
    assert matrix.loc["NGO", "VRM"] == matrix.loc["VRM", "NGO"] == 2
    assert matrix.loc["SADM", "NGO"] == 0


def test_export_has_explanations_and_the_illustrative_flag():
    found = result()
    groups = filter_groups(found.groups, Filters())
    inside = group_pairs(found.pairs, groups)
    for lang, words in (("lt", "skirtingos institucijos"), ("en", "different institutions")):
        frame = export_frame(groups, inside, MEASURES, lang)
        assert len(frame) == len(inside)
        assert frame["explanation"].str.contains(words).all()
        assert set(frame["group_id"]) == set(groups["group_id"])
        assert "illustrative" in frame
    lines = pair_lines(inside, groups["group_id"].iloc[0], "lt")
    # A line names both measures by id and title, and no score faces the public.
    assert lines and lines[0].startswith("A ir B: „Prekybos žmonėmis prevencijos paskaitos")
    assert "įvertis" not in lines[0]


def test_no_groups_gives_empty_frames():
    empty = find_duplicates(MEASURES[MEASURES["measure_id"].isin(["E", "F"])])
    groups = filter_groups(empty.groups, Filters(target_group=ALL))
    inside = group_pairs(empty.pairs, groups)
    assert groups.empty and inside.empty
    figures = summary(groups, inside, continuity_pairs(empty.pairs, MEASURES, Filters()), MEASURES)
    assert figures.groups == 0 and figures.budget != figures.budget  # no budget: unknown
    assert duplicate_matrix(inside).empty


@pytest.mark.parametrize(
    ("lang", "unknown", "sentence_part"),
    [
        ("lt", "biudžetas nežinomas", "nė vienos jų biudžetas nežinomas"),
        ("en", "budget unknown", "none of them states a budget"),
    ],
)
def test_measures_without_budgets_have_an_unknown_budget_not_zero(lang, unknown, sentence_part):
    unbudgeted = MEASURES.assign(budget_eur=float("nan"))
    found = find_duplicates(unbudgeted)
    groups = filter_groups(found.groups, Filters())
    inside = group_pairs(found.pairs, groups)
    repeats = continuity_pairs(found.pairs, unbudgeted, Filters())
    figures = summary(groups, inside, repeats, unbudgeted)
    assert figures.groups > 0
    assert budget_text(figures.budget, lang) == unknown
    # The metric says it in one word: "budget unknown" did not fit and was cut to "budget un…".
    metric = budget_text(figures.budget, lang, unknown="overlap.metric_budget_unknown")
    assert metric == {"lt": "nežinomas", "en": "unknown"}[lang]
    sentence = summary_sentence(figures, lang)
    assert sentence_part in sentence and "0 €" not in sentence and "€0" not in sentence


def test_summary_sentences_read_right_for_one_of_each():
    """One group in one municipality: no "1 groups ... in 1 municipalities" in either language."""
    one = Summary(
        groups=1, measures=2, budget=float("nan"), municipalities=1, national_groups=0,
        institution_pairs=1, continuity_pairs=0, illustrative=False,
    )  # fmt: skip
    assert summary_sentence(one, "en") == (
        "Duplicate groups: 1. They hold measures that different institutions run for the same "
        "people in the same places at the same time (2 in all); none of them states a budget. "
        "Municipalities where measures are duplicated: 1."
    )
    assert summary_sentence(one, "lt").startswith("Dubliavimo grupių: 1. Jose – priemonės")


def test_group_pairs_keep_text_group_ids_when_no_pair_is_inside():
    """Real measures alone may form no group: the empty join must not turn ids into floats."""
    pairs = pd.DataFrame(
        {"measure_a": ["A"], "measure_b": ["B"], "kind": ["continuity"], "score": [0.9]}
    )
    groups = pd.DataFrame(columns=["group_id", "measure_ids"])
    inside = group_pairs(pairs, groups)
    assert inside.empty and inside["group_id"].dtype == object
    assert inside.merge(groups, on="group_id").empty


def test_matrix_panel_names_the_institutions_and_the_place():
    """The page's institution-pairs panel, computed in the view: named pairs, a table with the
    page's column names, the CSV frame and one citation per pair; None without any pair."""
    found = result()
    groups = filter_groups(found.groups, Filters())
    inside = group_pairs(found.pairs, groups)
    figures = summary(groups, inside, continuity_pairs(found.pairs, MEASURES, Filters()), MEASURES)
    institutions = pd.DataFrame(
        {"name_lt": ["Vidaus reikalų ministerija"], "name_en": ["Ministry of the Interior"]},
        index=["VRM"],
    )
    names = {"13": "Alytaus m. sav."}
    country = t("common.whole_country", "en")
    assert place(ALL, names, "en") == place(NATIONAL, names, "en") == country
    assert place("13", names, "lt") == "Alytaus m. sav." and place("99", names, "lt") == "99"
    panel = matrix_panel(
        inside, institutions, figures, area="13", place=place("13", names, "en"),
        years=(2022, 2023), threshold=0.5, url="https://example.org/duplicates", lang="en",
    )  # fmt: skip
    assert panel is not None
    assert set(panel.matrix.index) == set(panel.matrix.columns) >= {"VRM", "NGO"}
    assert panel.hover_names["VRM"].startswith("VRM") and "Ministry" in panel.hover_names["VRM"]
    columns = ("overlap.col_institution_a", "overlap.col_institution_b", "overlap.col_pairs")
    assert list(panel.table.columns) == [t(key, "en") for key in columns]
    assert panel.table.to_numpy().tolist() == panel.ranked.to_numpy().tolist()  # named alike
    assert len(panel.csv) == len(panel.table) and panel.source_line == "Government"
    assert panel.file_stem == "prevention-monitor_duplicates-institution-pairs-0-50_13_2022-2023"
    assert len(panel.figure_citations) == len(panel.ranked)
    # The sentence names the top pair as the matrix's axes do, in the reader's language.
    top = panel.ranked.iloc[0]
    assert panel.summary == (
        f"The measures of {top['institution_a']} and {top['institution_b']} overlap most often "
        f"(duplicate pairs: {top['pairs']})."
    )
    assert set(top[["institution_a", "institution_b"]]) <= set(panel.matrix.index)
    no_pairs = inside.iloc[0:0]
    assert matrix_panel(
        no_pairs, institutions, figures, area=ALL, place="", years=(2022, 2022),
        threshold=0.5, url="", lang="lt",
    ) is None  # fmt: skip


def test_listed_groups_keep_a_linked_group_further_down():
    shown = pd.DataFrame({"group_id": [f"G{n:02d}" for n in range(30)]})
    assert len(listed_groups(shown, None)) == 20
    assert len(listed_groups(shown, "G03")) == 20
    assert list(listed_groups(shown, "G25")["group_id"]) == ["G25"]


def test_matrix_panel_names_institutions_alike_in_chart_sentence_and_table():
    """An institution known by its Lithuanian name reads in English everywhere on the panel."""
    prosecutor = "Kauno apygardos prokuratūra"
    inside = pd.DataFrame({"lead_a": [prosecutor, prosecutor], "lead_b": ["VRM", "VRM"]})
    institutions = pd.DataFrame(
        {"name_lt": [prosecutor], "name_en": ["Kaunas Regional Prosecutor's Office"]},
        index=[prosecutor],
    )
    figures = Summary(
        groups=1, measures=2, budget=float("nan"), municipalities=1, national_groups=0,
        institution_pairs=1, continuity_pairs=0, illustrative=False,
    )  # fmt: skip
    panel = matrix_panel(
        inside, institutions, figures, area=ALL, place="Lithuania", years=(2023, 2023),
        threshold=0.5, url="", lang="en",
    )  # fmt: skip
    assert panel is not None
    english = "Kaunas Regional Prosecutor's Office"
    assert english in set(panel.matrix.index) and prosecutor not in set(panel.matrix.index)
    assert english in panel.summary and prosecutor not in panel.summary
    assert (
        english in panel.table.iloc[0].tolist() and prosecutor not in panel.table.iloc[0].tolist()
    )
