"""Data and methodology in both languages: metadata, disclosure, legend, downloads, citing."""

import pytest

from prevention.i18n import t
from tests.app.helpers import BAD_VALUES, NOT_RECOGNISED, notices, page_text, run_page

PAGE = "8_data.py"


@pytest.mark.parametrize(
    ("lang", "title", "words"),
    [
        (
            "lt",
            "Duomenys ir metodika",
            [
                "Kas paslėpta ir kodėl",
                "Būsenų žymės",
                "Kaip cituoti",
                "turi siekti bent 5",
                "gali būti ir 0",
            ],
        ),
        (
            "en",
            "Data and methodology",
            [
                "What is hidden, and why",
                "Status marks",
                "How to cite",
                "must reach at least 5",
                "may be 0",
            ],
        ),
    ],
)
def test_page_explains_every_part(use_store, lang, title, words):
    app = run_page(PAGE, lang=lang)
    assert not app.exception
    assert app.title[0].value == title
    text = page_text(app) + "\n".join(h.value for h in [*app.header, *app.subheader])
    for word in words:
        assert word in text
    labels = [button.label for button in app.get("download_button")]
    assert len(labels) == 2 and any("CSV" in label for label in labels)
    assert len(app.dataframe) >= 3  # indicators, status legend, release history
    assert notices(app) == []


def test_permalink_opens_one_indicator(use_store):
    app = run_page(PAGE, lang="en", indicator="persons_convicted")
    assert not app.exception and notices(app) == []
    assert app.selectbox(key="choice_indicator_en").value == "persons_convicted"
    assert app.query_params["indicator"] == "persons_convicted"


@pytest.mark.parametrize("lang", ["lt", "en"])
@pytest.mark.parametrize("value", BAD_VALUES)
def test_bad_indicator_gets_a_notice(use_store, lang, value):
    app = run_page(PAGE, lang=lang, indicator=value)
    assert not app.exception
    assert NOT_RECOGNISED[lang].format(name="indicator") in notices(app)
    assert app.selectbox(key=f"choice_indicator_{lang}").value == "victims_officially_identified"


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_local_measures_without_year_or_place_are_listed_with_the_reason(use_store, lang):
    app = run_page("8_data.py", lang=lang)
    assert not app.exception
    assert t("localmap.unplaced_title", lang) in [h.value for h in app.subheader]
    reason = t("localmap.column_reason", lang)
    tables = [d.value for d in app.dataframe if reason in d.value.columns]
    assert len(tables) == 1 and len(tables[0]) == 5
    no_year = t("localmap.reason_no_year", lang)
    assert all(text for text in tables[0][reason])
    assert sum(no_year in text for text in tables[0][reason]) == 4
