"""Generated sentences read as correct Lithuanian and English (issue 18, wording part).

Each template that names a municipality is checked, word for word, with a city, a district
and a plain municipality, because the case a verb governs is easy to get wrong silently.
"""

import csv

import pytest

from prevention.i18n import area_cases
from prevention.release.seed import SEED_DIR
from prevention.views import profile_measure_text
from prevention.views.profile_measures import Totals
from tests.run_apart import run_apart

CITY = ("13", "Vilniaus miesto savivaldybė")
DISTRICT = ("33", "Alytaus rajono savivaldybė")
PLAIN = ("23", "Neringos savivaldybė")

SOME = Totals(measures=12, national=9, local=3, local_budget=4500.0, unknown_budget=0)
NONE = Totals(measures=0, national=0, local=0, local_budget=float("nan"), unknown_budget=0)


def test_every_area_has_every_case_form():
    with (SEED_DIR / "areas.csv").open(encoding="utf-8") as handle:
        areas = {row["code"]: row["name_lt"] for row in csv.DictReader(handle)}
    forms = area_cases.forms()
    assert set(forms) == set(areas)
    for code, name in areas.items():
        assert forms[code]["nominative"] == name
        stem = name.rsplit(" ", 1)[0] if " " in name else name[:-1]  # Lietuva -> Lietuv-
        for case in area_cases.CASES:
            assert forms[code][case].startswith(stem), (code, case)
            assert forms[code][case] != name or case == "nominative", (code, case)


@pytest.mark.parametrize(
    ("area", "expected"),
    [
        (
            CITY,
            "Priemonės, 2020–2024 m. pasiekusios Vilniaus miesto savivaldybę: 12 "
            "(nacionalinės, visai šaliai: 9; vietinės: 3). "
            "Vietinių priemonių biudžetas: 4\u00a0500 €.",
        ),
        (
            DISTRICT,
            "Priemonės, 2020–2024 m. pasiekusios Alytaus rajono savivaldybę: 12 "
            "(nacionalinės, visai šaliai: 9; vietinės: 3). "
            "Vietinių priemonių biudžetas: 4\u00a0500 €.",
        ),
        (
            PLAIN,
            "Priemonės, 2020–2024 m. pasiekusios Neringos savivaldybę: 12 "
            "(nacionalinės, visai šaliai: 9; vietinės: 3). "
            "Vietinių priemonių biudžetas: 4\u00a0500 €.",
        ),
    ],
)
def test_totals_sentence_lt_takes_the_accusative(area, expected):
    code, name = area
    text = profile_measure_text.totals_sentence(
        SOME, code=code, name=name, years="2020–2024", lang="lt"
    )
    assert text == expected


@pytest.mark.parametrize(
    ("area", "expected"),
    [
        (CITY, "2020–2024 m. Vilniaus miesto savivaldybės nepasiekė nė viena priemonė."),
        (DISTRICT, "2020–2024 m. Alytaus rajono savivaldybės nepasiekė nė viena priemonė."),
        (PLAIN, "2020–2024 m. Neringos savivaldybės nepasiekė nė viena priemonė."),
    ],
)
def test_no_measures_sentence_lt_takes_the_genitive(area, expected):
    code, name = area
    text = profile_measure_text.totals_sentence(
        NONE, code=code, name=name, years="2020–2024", lang="lt"
    )
    assert text == expected


@pytest.mark.parametrize(
    ("area", "expected"),
    [
        (
            CITY,
            "Galimai dubliuojamų priemonių grupės, 2020–2024 m. minančios Vilniaus miesto "
            "savivaldybę (tos pačios rūšies priemonės tai pačiai grupei, tose pačiose vietose, "
            "tuo pačiu metu): 2.",
        ),
        (
            DISTRICT,
            "Galimai dubliuojamų priemonių grupės, 2020–2024 m. minančios Alytaus rajono "
            "savivaldybę (tos pačios rūšies priemonės tai pačiai grupei, tose pačiose vietose, "
            "tuo pačiu metu): 2.",
        ),
        (
            PLAIN,
            "Galimai dubliuojamų priemonių grupės, 2020–2024 m. minančios Neringos "
            "savivaldybę (tos pačios rūšies priemonės tai pačiai grupei, tose pačiose vietose, "
            "tuo pačiu metu): 2.",
        ),
    ],
)
def test_duplicates_sentence_lt_takes_the_accusative(area, expected):
    code, name = area
    text = profile_measure_text.duplicates_sentence(
        2, code=code, name=name, years="2020–2024", lang="lt"
    )
    assert text == expected


@pytest.mark.parametrize(
    ("area", "expected"),
    [
        (
            CITY,
            "2020–2024 m. nė viena galimai dubliuojamų priemonių grupė nemini "
            "Vilniaus miesto savivaldybės.",
        ),
        (
            DISTRICT,
            "2020–2024 m. nė viena galimai dubliuojamų priemonių grupė nemini "
            "Alytaus rajono savivaldybės.",
        ),
        (
            PLAIN,
            "2020–2024 m. nė viena galimai dubliuojamų priemonių grupė nemini "
            "Neringos savivaldybės.",
        ),
    ],
)
def test_no_duplicates_sentence_lt_takes_the_genitive(area, expected):
    code, name = area
    text = profile_measure_text.duplicates_sentence(
        0, code=code, name=name, years="2020–2024", lang="lt"
    )
    assert text == expected


def test_english_sentences_keep_the_plain_name():
    text = profile_measure_text.totals_sentence(
        NONE, code="33", name="Alytus District Municipality", years="2020–2024", lang="en"
    )
    assert text == "In 2020–2024, no measure reached Alytus District Municipality."
    text = profile_measure_text.duplicates_sentence(
        0, code="23", name="Neringa Municipality", years="2020–2024", lang="en"
    )
    assert (
        text == "In 2020–2024, no group of possibly duplicated measures names Neringa Municipality."
    )


def test_an_unknown_area_keeps_the_name_shown():
    assert area_cases.area_in("X-1", "genitive", "lt", fallback="Pavyzdys") == "Pavyzdys"


def test_gaps_sentence_writes_categories_in_lower_case_mid_sentence():
    text = profile_measure_text.gaps_sentence(
        ["schoolchildren", "diaspora"], years="2024", lang="lt"
    )
    assert text == (
        "Trūksta: 2024 m. nė viena priemonė nepasiekė šių tikslinių grupių: "
        "mokiniai, lietuviai užsienyje."
    )
    text = profile_measure_text.gaps_sentence(
        ["schoolchildren", "diaspora"], years="2024", lang="en"
    )
    assert text == (
        "Missing: in 2024, no measure reached these target groups: "
        "schoolchildren, Lithuanians abroad."
    )


@pytest.mark.parametrize(("area", "name"), [CITY, DISTRICT, PLAIN])
def test_indicator_summary_has_one_pair_of_brackets(area, name):
    from prevention.i18n import t

    text = t(
        "municipality.summary",
        "lt",
        what="Nustatytos aukos",
        unit="skaičius",
        area=name,
        year=2024,
        value="22",
        rank="5-a didžiausia reikšmė iš 40",
    )
    assert (
        text == f"Nustatytos aukos, skaičius ({name}, 2024 m.): 22; 5-a didžiausia reikšmė iš 40."
    )


def test_a_date_at_the_end_of_a_sentence_takes_one_full_stop():
    from datetime import date

    from prevention.i18n import long_date, t

    day = date(2026, 12, 2)
    lt = t("help.checked", "lt", date=long_date(day, "lt"))
    assert lt == "Numeriai patikrinti pagal šaltinius 2026 m. gruodžio 2 d."
    en = t("help.checked", "en", date=long_date(day, "en"))
    assert en == "Numbers checked against their sources on 2 December 2026."


def test_english_writes_one_spelling_of_per_hundred_thousand():
    from prevention.i18n import catalogue

    english = [entry.get("en", "") for entry in catalogue().values()]
    assert not [text for text in english if "100 000" in text or "10 000" in text]


def test_lithuanian_axis_numbers_are_written_in_thousands_and_millions():
    from prevention.i18n.axis_ticks import compact_axis, nice_ticks

    assert nice_ticks(830_000) == [0, 200_000, 400_000, 600_000, 800_000, 1_000_000]
    ticks = compact_axis([120_000, 830_000], "lt")
    assert ticks is not None
    assert ticks["ticktext"][4] == "800\u00a0tūkst."
    assert ticks["ticktext"][5] == "1\u00a0mln."
    english = compact_axis([120_000, 830_000], "en")
    assert english is not None and english["ticktext"][4] == "800k"
    assert compact_axis([2019, 2024], "lt") is None  # years and small counts keep Plotly's
    assert compact_axis(["Vilnius", "Kaunas"], "lt") is None


def test_a_stacked_budget_chart_gets_lithuanian_ticks_up_to_its_total():
    import plotly.graph_objects as go

    from components.figures.charts import layout_source

    fig = go.Figure()
    for amount in (400_000, 500_000):
        fig.add_trace(go.Bar(x=[amount], y=["VRM"], orientation="h"))
    layout_source(fig, title="Biudžetas", source="VRM", lang="lt")
    assert fig.layout.xaxis.ticktext[-1] == "1\u00a0mln."
    assert fig.layout.yaxis.ticktext is None


def test_release_history_reads_in_the_page_language_with_separators():
    import pandas as pd

    from prevention.views import methodology

    history = pd.DataFrame(
        {
            "id": [2, 1],
            "created_at": ["2026-12-02 10:00:00", "2026-12-01 09:00:00"],
            "kind": ["ingest", "build"],
            "description": [
                "submission vrm_2026.csv: added 4122, replaced 3, suppressed 0",
                "seed build with illustrative data",
            ],
            "rows_changed": [4125, 4324],
        }
    )
    lt = methodology.release_table(history, "lt")
    assert list(lt["Rūšis"]) == ["pateikti duomenys", "sukūrimas"]
    assert list(lt["Kas pasikeitė"]) == [
        "Pateiktas failas vrm_2026.csv: pridėta eilučių: 4\u00a0122, "
        "pakeista eilučių: 3, paslėpta langelių: 0",
        "Duomenų bazė sukurta iš pradinių duomenų, pridėti pavyzdiniai duomenys",
    ]
    assert list(lt["Pakeistos eilutės"]) == ["4\u00a0125", "4\u00a0324"]
    en = methodology.release_table(history, "en")
    assert list(en["Rows changed"]) == ["4,125", "4,324"]
    assert en["What changed"].iloc[1] == (
        "Database built from the seed data, with illustrative data added"
    )


def test_every_indicator_unit_has_a_label_in_both_languages():
    from prevention.i18n import code_key, has_key
    from prevention.release.seed import read_indicators

    units = set(read_indicators(SEED_DIR / "indicators.toml")["unit"])
    assert sorted(u for u in units if not has_key(code_key("unit", u))) == []


def test_every_licence_note_has_a_lithuanian_text():
    from prevention.release.licences import licence, lithuanian

    with (SEED_DIR / "sources.csv").open(encoding="utf-8") as handle:
        notes = {row["licence"] for row in csv.DictReader(handle)} - {""}
    assert sorted(notes - set(lithuanian())) == []
    note = "Web page - cite"
    assert licence(note, "lt") == "Interneto puslapis – cituoti nurodant šaltinį"
    assert licence(note, "en") == note
    assert licence(None, "lt") == "–"


def test_our_own_source_is_named_in_the_page_language():
    from prevention.illustrative.demo import ILLUSTRATIVE_SOURCE
    from prevention.views.source_names import localised

    line = f"{ILLUSTRATIVE_SOURCE['publisher']}: {ILLUSTRATIVE_SOURCE['title']}"
    assert localised(line, "lt") == (
        "Prekybos žmonėmis prevencijos stebėsena: Pavyzdiniai duomenys, kuriuos sukūrė "
        "Prekybos žmonėmis prevencijos stebėsena (ne oficiali statistika)"
    )
    assert localised(line, "en") == line
    assert localised("VRM; Prevention Monitor", "lt") == (
        "VRM; Prekybos žmonėmis prevencijos stebėsena"
    )


def test_the_derived_local_measure_counts_are_named_in_the_page_language():
    """The seed's own derived source reads in Lithuanian on Lithuanian pages, title and
    publisher, and the catalogue's English is exactly the seed's record."""
    import pandas as pd

    from prevention.i18n import t
    from prevention.views.source_names import localised

    sources = pd.read_csv(SEED_DIR / "sources.csv", dtype=str).set_index("source_id")
    record = sources.loc["DERIVED_LOCAL_MEASURES"]
    line = f"{record['publisher']}: {record['title']}"
    assert localised(line, "lt") == (
        f"{t('wording.derived_local_publisher', 'lt')}: {t('wording.derived_local_title', 'lt')}"
    )
    assert "counted" not in localised(line, "lt") and localised(line, "en") == line


def test_a_year_missing_for_one_place_reads_as_a_dash_not_none():
    import pandas as pd

    from prevention.views.compare_text import side_by_side

    frame = pd.DataFrame(
        {
            "indicator": ["victims"] * 3,
            "area_code": ["13", "13", "33"],
            "year": [2023, 2024, 2024],
            "value": [5.0, 7.0, 1.0],
            "status": ["published"] * 3,
            "rate": [False] * 3,
        }
    )
    table = side_by_side(
        frame,
        indicator_names={"victims": "Aukos"},
        area_names={"13": "Vilniaus m. sav.", "33": "Alytaus r. sav."},
        lang="lt",
    )
    assert table["Alytaus r. sav."].tolist() == ["–", "1"]
    assert not table.isna().any().any()


def test_a_table_prints_missing_years_as_a_dash_in_the_page_language():
    import pandas as pd

    from prevention.i18n.table_text import printed

    table = pd.DataFrame(
        {"Metai": [2022, 2023, 2024], "Reikšmė": [4122.0, float("nan"), 3.0], "Ok": [1, 2, 3]}
    )
    lt = printed(table, "lt")
    assert lt["Reikšmė"].tolist() == ["4\u00a0122", "–", "3"]
    assert lt["Metai"].tolist() == [2022, 2023, 2024]  # complete columns stay numbers
    assert printed(table, "en")["Reikšmė"].tolist() == ["4,122", "–", "3"]
    assert table["Reikšmė"].isna().sum() == 1  # the download's frame is not changed


def test_an_unknown_page_address_gets_our_translated_page():
    from prevention.web.server_rules import RefuseRoutes, unknown_page

    pages = frozenset({"trends", "map", "home"})
    assert unknown_page("/tredns", pages)
    assert not unknown_page("/trends", pages)
    assert not unknown_page("/", pages)
    for streamlit_route in ("/_stcore/health", "/static/js/main.js", "/favicon.png"):
        assert not unknown_page(streamlit_route, pages)

    sent: list[dict] = []

    async def app(scope, receive, send):  # Streamlit stand-in: must not be reached
        raise AssertionError("an unknown page reached Streamlit")

    async def send(message):
        sent.append(message)

    async def receive():
        return {"type": "http.request"}

    scope = {"type": "http", "path": "/tredns", "raw_path": b"/tredns", "query_string": b""}
    run_apart(RefuseRoutes(app, pages=pages)(scope, receive, send))
    assert sent[0]["status"] == 404
    body = sent[1]["body"].decode("utf-8")
    assert "Tokio puslapio nėra" in body and "There is no such page" in body


def test_abbreviations_are_spelled_out_and_example_names_translated():
    import pandas as pd

    from prevention.i18n import institution_names

    institutions = pd.DataFrame(
        {
            "name_lt": [
                "Prekybos žmonėmis ir išnaudojimo prevencijos centras",
                "Pavyzdinė ministerija A",
            ],
            "name_en": ["Centre against Human Trafficking and Exploitation", "Example ministry A"],
        },
        index=pd.Index(["KOPŽI", "Pavyzdinė ministerija A"], name="short_name"),
    )
    shorts = ["KOPŽI", "Pavyzdinė ministerija A", "other"]
    assert institution_names.labels(shorts, institutions, "en") == {
        "KOPŽI": "KOPŽI",
        "Pavyzdinė ministerija A": "Example ministry A",
        "other": "other",
    }
    assert institution_names.key(shorts, institutions, "en") == (
        "Abbreviations: KOPŽI – Centre against Human Trafficking and Exploitation."
    )
    assert institution_names.key(shorts, institutions, "lt") == (
        "Santrumpos: KOPŽI – Prekybos žmonėmis ir išnaudojimo prevencijos centras."
    )
    assert institution_names.key(["other"], institutions, "lt") == ""


def test_axis_numbers_accept_numpy_arrays_as_plotly_keeps_them():
    import numpy as np
    import plotly.graph_objects as go

    from components.figures.charts import layout_source

    fig = go.Figure(go.Bar(x=np.array([2023, 2024]), y=np.array([250_000, 800_000])))
    layout_source(fig, title="Biudžetas", source="VRM", lang="lt")
    assert "800\u00a0tūkst." in fig.layout.yaxis.ticktext
    assert fig.layout.xaxis.ticktext is None


def test_the_most_common_type_is_named_in_lower_case_mid_sentence():
    import pandas as pd

    from prevention.i18n.wording import mid_sentence
    from prevention.views.measures_text import top_sentence

    kinds = pd.DataFrame({"measure_type": ["awareness"], "total": [14]})
    names = {"awareness": mid_sentence("Informavimo kampanija", "lt")}
    text = top_sentence(kinds, "measures.by_type_summary", names, "lt")
    assert text == "Dažniausia priemonių rūšis – informavimo kampanija (priemonių: 14)."


def test_every_breakdown_category_has_a_label_in_both_languages():
    from prevention.i18n import code_key, has_key

    with (SEED_DIR / "observations.csv").open(encoding="utf-8") as handle:
        categories = {row["breakdown_category"] for row in csv.DictReader(handle)} - {""}
    assert sorted(c for c in categories if not has_key(code_key("category", c))) == []


def test_the_ranking_title_says_what_is_ranked_before_the_word():
    from prevention.i18n import t

    lt = t("wording.ranking_title", "lt", what="Nustatytos aukos", year=2024)
    assert lt.replace("\n", " ") == "Nustatytos aukos: eiliškumas, 2024 m."
    en = t("wording.ranking_title", "en", what="Victims identified", year=2024)
    assert en.replace("\n", " ") == "Victims identified: ranking, 2024"
