"""The overview page in both languages, with a bad store and with bad parameters."""

import pytest

from tests.app.helpers import page_text, run_page


@pytest.mark.parametrize(
    ("lang", "title"),
    [("lt", "Prekybos žmonėmis prevencija Lietuvoje"), ("en", "Preventing human trafficking")],
)
def test_home_shows_headlines_with_sources(use_store, lang, title):
    app = run_page(lang=lang)
    assert not app.exception
    assert title in app.title[0].value
    assert len(app.metric) >= 4
    text = page_text(app)
    assert ("Šaltinis" if lang == "lt" else "Source") in text
    assert "112" in text  # the help box is on every page


def test_home_names_the_latest_victims_figure_and_its_source(use_store):
    app = run_page(lang="en")
    victims = [m for m in app.metric if "· Victims" in m.label]
    assert victims, [m.label for m in app.metric]
    # The year comes first, so that a label cut short never loses it.
    assert all(m.label[:4].isdigit() and m.label[4:7] == " · " for m in app.metric)


def test_home_cards_say_which_figures_come_from_the_press(use_store):
    app = run_page(lang="en")
    captions = [c.value for c in app.caption]
    assert any("From the press" in c for c in captions), captions
    assert any("complete years" in c for c in captions)  # the measures card's rule


@pytest.mark.parametrize("value", ["xx", "<script>alert(1)</script>", "e" * 5000, "' OR 1=1 --"])
def test_bad_language_parameter_gets_a_notice_and_lithuanian(use_store, value):
    app = run_page(lang=value)
    assert not app.exception
    assert "Prekybos žmonėmis prevencija" in app.title[0].value


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


@pytest.mark.parametrize(
    ("lang", "opening", "measures"),
    [
        ("lt", "oficialiai nustatyta prekybos žmonėmis aukų", "Vykdomos prevencijos priemonės"),
        ("en", "victims of trafficking were officially identified", "Prevention measures running"),
    ],
)
def test_home_has_a_generated_paragraph_and_the_measures_figure(use_store, lang, opening, measures):
    app = run_page(lang=lang)
    assert not app.exception
    text = page_text(app)
    assert opening in text.replace("\\", "")
    labels = [metric.label for metric in app.metric]
    assert any(label.endswith(measures) for label in labels), labels
    assert 4 <= len(labels) <= 6
    # change from the previous year is shown where that year exists
    assert any(metric.delta for metric in app.metric)


def test_home_counts_no_generated_measures(use_store):
    app = run_page(lang="en")
    assert "Of these, illustrative" not in page_text(app)  # generated ones are never counted


def test_home_ignores_unknown_parameters(use_store):
    app = run_page(lang="en", indicator="x" * 5000, foo="<b>")
    assert not app.exception
    assert len(app.metric) >= 4
