"""The overview page in both languages, with a bad store and with bad parameters.

Its figures are the small world's (tests/small_world.py), written here by hand; one
integration test reads the real seed's overview.
"""

import pytest

from tests.app.helpers import notices, page_text, run_page

# Label, value and change of each card: victims 50 -> 60 (both 20 or more: a percentage),
# children 10 -> 12, investigations 30 -> 25, convictions 12 -> 15, and the measures running
# in the last complete year, 2024 (SW-3, SW-4, SW-6), against 2023's (SW-1, SW-2, SW-3).
CARDS = {
    "en": [
        ("2023 · Victims officially identified", "60", "+20%"),
        ("2023 · Victims officially identified: children", "12", "+2"),
        ("2023 · Pre-trial investigations started", "25", "−17%"),
        ("2023 · Persons convicted", "15", "+3"),
        ("2024 · Prevention measures running", "3", "±0"),
    ],
    "lt": [
        ("2023 m. · Oficialiai nustatytos prekybos žmonėmis aukos", "60", "+20%"),
        ("2023 m. · Oficialiai nustatytos prekybos žmonėmis aukos: vaikai", "12", "+2"),
        ("2023 m. · Pradėti ikiteisminiai tyrimai", "25", "−17%"),
        ("2023 m. · Nuteisti asmenys", "15", "+3"),
        ("2024 m. · Vykdomos prevencijos priemonės", "3", "±0"),
    ],
}

PARAGRAPH = {
    "en": (
        "In 2023, 60 victims of trafficking were officially identified (50 in 2022). "
        "Children among them: 12 (10 in 2022). "
        "Pre-trial investigations into trafficking started in 2023: 25 (30 in 2022). "
        "(From the press: BNS, reporting the Prosecutor General's Office's report.) "
        "Persons convicted in 2023: 15 (12 in 2022). "
        "Prevention measures running in 2024: 3 (3 in 2023). "
        "These are officially recorded cases, not the true extent of trafficking."
    ),
    "lt": (
        "2023 m. oficialiai nustatyta prekybos žmonėmis aukų: 60 (2022 m. – 50). "
        "Vaikų tarp jų: 12 (2022 m. – 10). "
        "Pradėta ikiteisminių tyrimų dėl prekybos žmonėmis (2023 m.): 25 (2022 m. – 30). "
        "(Iš spaudos: BNS, pateikiama pagal: Generalinės prokuratūros ataskaita.) "
        "Nuteista asmenų (2023 m.): 15 (2022 m. – 12). "
        "Vykdomų prevencijos priemonių (2024 m.): 3 (2023 m. – 3). "
        "Tai oficialiai nustatyti atvejai, o ne tikrasis prekybos žmonėmis mastas."
    ),
}


def plain(text: str) -> str:
    """Markdown's escapes removed: the text as a visitor reads it."""
    return text.replace("\\", "")


@pytest.mark.parametrize(
    ("lang", "title"),
    [("lt", "Prekybos žmonėmis prevencija Lietuvoje"), ("en", "Preventing human trafficking")],
)
def test_home_shows_the_headline_cards(use_small_world, lang, title):
    app = run_page(lang=lang)
    assert not app.exception
    assert title in app.title[0].value
    assert [(m.label, m.value, m.delta) for m in app.metric] == CARDS[lang]
    assert "[**112**](tel:112)" in page_text(app)  # the help bar is on every page


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_home_has_the_generated_paragraph(use_small_world, lang):
    app = run_page(lang=lang)
    paragraphs = [plain(str(element.value)) for element in app.markdown]
    assert PARAGRAPH[lang] in paragraphs


def test_home_names_each_figures_source_and_the_one_that_disagrees(use_small_world):
    app = run_page(lang="en")
    captions = [plain(str(c.value)) for c in app.caption]
    ministry = "Source: [Ministry of the Interior: Small world: trafficking statistics]"
    assert sum(c.startswith(ministry) for c in captions) == 3  # victims, children, convicted
    assert sum(c.startswith("Source: [BNS: Small world: a news agency's report]") for c in
               captions) == 1  # fmt: skip
    # The international report's 58 lost to the ministry's 60 (tier 2 against tier 1).
    assert ":material/compare_arrows: Other sources differ: 58 (U.S. Department of State)" in (
        captions
    )


def test_home_cards_say_which_figures_come_from_the_press(use_small_world):
    app = run_page(lang="en")
    captions = [plain(str(c.value)) for c in app.caption]
    press = [c for c in captions if "From the press" in c]
    assert press == ["(From the press: BNS, reporting the Prosecutor General's Office's report.)"]
    assert (
        "Only real measures from sources are counted (no example data), and only complete years."
        in captions
    )


@pytest.mark.parametrize("value", ["xx", "<script>alert(1)</script>", "e" * 5000, "' OR 1=1 --"])
def test_bad_language_parameter_gets_a_notice_and_lithuanian(use_small_world, value):
    app = run_page(lang=value)
    assert not app.exception
    assert "Prekybos žmonėmis prevencija" in app.title[0].value
    assert notices(app) == [
        "Nuorodos parametras „lang“ neatpažintas, todėl rodomas numatytasis vaizdas."
    ]


@pytest.mark.parametrize("problem", ["missing", "empty", "not_database"])
def test_unusable_store_gets_a_page_that_says_what_to_run(monkeypatch, tmp_path, problem):
    import streamlit as st

    path = tmp_path / "store.db"
    if problem == "empty":
        path.write_bytes(b"")
    elif problem == "not_database":
        path.write_bytes(b"this is not a database" * 100)
    monkeypatch.setenv("PREVENTION_DATABASE_URL", f"sqlite:///{path}")
    st.cache_data.clear()
    st.cache_resource.clear()
    app = run_page(lang="en")
    assert not app.exception
    assert app.error and "not available" in app.error[0].value
    assert "prevention build" in page_text(app)


def test_home_ignores_unknown_parameters(use_small_world):
    app = run_page(lang="en", indicator="x" * 5000, foo="<b>")
    assert not app.exception
    assert notices(app) == []
    assert [m.value for m in app.metric] == ["60", "12", "25", "15", "3"]


@pytest.mark.parametrize(
    ("lang", "opening", "source", "measures", "generated"),
    [
        (
            "lt",
            "oficialiai nustatyta prekybos žmonėmis aukų",
            "Šaltinis: ",
            "Vykdomos prevencijos priemonės",
            "Iš jų iliustracinių",
        ),
        (
            "en",
            "victims of trafficking were officially identified",
            "Source: ",
            "Prevention measures running",
            "Of these, illustrative",
        ),
    ],
    ids=["lt", "en"],
)
def test_integration_seed_home(use_store, lang, opening, source, measures, generated):
    """The real seed's overview: its cards, paragraph and sources, whatever the figures."""
    app = run_page(lang=lang)
    assert not app.exception
    text = plain(page_text(app))
    assert opening in text
    assert source in text
    labels = [metric.label for metric in app.metric]
    assert labels[-1].endswith(measures), labels
    assert 4 <= len(labels) <= 6
    # The year first, so that a label cut short never loses it.
    assert all(label[:4].isdigit() for label in labels)
    assert generated not in text  # generated measures are never counted (no example layer)
