"""Help-line numbers are data: the seed script, the store, and no copy anywhere in code."""

import csv
import re
import shutil
import sqlite3
import sys
from datetime import date
from pathlib import Path

import pytest

from prevention.build import build
from prevention.store.db import read_only_engine
from prevention.store.queries import help_contacts, national_observations, sources
from prevention.views.passages import passage

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "seed"
NEW_NUMBER = "8 800 12345"


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _shared_copy(tmp_path: Path) -> Path:
    """A shared-data folder holding the seed's contacts in the collected file's layout."""
    local = tmp_path / "shared" / "figures" / "local"
    local.mkdir(parents=True)
    with (local / "help_contacts.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["contact_id", "name_lt", "name_en", "number", "who_for", "hours",
                         "languages", "run_by", "source_url", "source_quote", "note"])  # fmt: skip
        writer.writerow(["HOTLINE_LT", "Linija", "Line", "8 800 91119", "anyone", "24/7", "",
                         "NAPPŽ", "https://keliauk.urm.lt/keliaujantiems/konsuline-pagalba/"
                         "pagalba-prekybos-zmonemis-aukoms", "quote", ""])  # fmt: skip
    return tmp_path / "shared"


def test_seed_script_writes_contacts_with_known_sources_and_the_check_date(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    from import_help_contacts import write

    seed = tmp_path / "seed"
    shutil.copytree(SEED, seed)
    shared = _shared_copy(tmp_path)
    assert write(shared, seed, date(2026, 1, 2)) == 1
    first = (seed / "help_contacts.csv").read_bytes() + (seed / "sources.csv").read_bytes()
    write(shared, seed, date(2026, 1, 2))
    again = (seed / "help_contacts.csv").read_bytes() + (seed / "sources.csv").read_bytes()
    assert first == again  # running twice changes nothing, and adds no duplicate source
    (row,) = _rows(seed / "help_contacts.csv")
    assert row["number"] == "8 800 91119" and row["checked"] == "2026-01-02"
    assert row["source_id"] == "HELP_URM_KELIAUK"
    ids = [source["source_id"] for source in _rows(seed / "sources.csv")]
    assert ids.count("HELP_URM_KELIAUK") == 1


def test_every_seed_contact_cites_a_seed_source():
    known = {row["source_id"] for row in _rows(SEED / "sources.csv")}
    contacts = _rows(SEED / "help_contacts.csv")
    assert {row["contact_id"] for row in contacts} >= {"EMERGENCY", "HOTLINE_LT", "HOTLINE_ABROAD"}
    assert all(row["source_id"] in known and row["checked"] for row in contacts)


@pytest.fixture(scope="module")
def changed_store(tmp_path_factory) -> Path:
    """The seed with the help line's number changed, built into a store of its own."""
    folder = tmp_path_factory.mktemp("changed")
    seed = folder / "seed"
    shutil.copytree(SEED, seed)
    path = seed / "help_contacts.csv"
    path.write_text(path.read_text(encoding="utf-8").replace("8 800 91119", NEW_NUMBER), "utf-8")
    store = folder / "prevention.db"
    build(store, illustrative=False, seed_dir=seed)
    return store


def test_a_changed_number_is_in_the_rebuilt_store(changed_store):
    with sqlite3.connect(changed_store) as connection:
        (stored,) = connection.execute(
            "SELECT number FROM help_contacts WHERE contact_id = 'HOTLINE_LT'"
        ).fetchone()
    assert stored == NEW_NUMBER


@pytest.mark.parametrize("name", ["help", "about_trafficking"])
def test_a_changed_number_reaches_the_pages_text(changed_store, name):
    engine = read_only_engine(changed_store)
    for lang in ("lt", "en"):
        filled = passage(
            name,
            lang,
            observations=national_observations(engine),
            contacts=help_contacts(engine),
            sources=sources(engine),
        )
        text = "\n".join(p.text for section in filled.sections for p in section.paragraphs)
        assert "91119](tel:880091119)" not in text
        if name == "help":
            assert "(tel:880012345)" in text


def test_a_changed_number_reaches_the_help_bar_on_a_page(changed_store, monkeypatch):
    import streamlit as st

    from tests.app.helpers import run_page

    monkeypatch.setenv("PREVENTION_DATABASE_URL", f"sqlite:///{changed_store}")
    st.cache_data.clear()
    st.cache_resource.clear()
    try:
        for page in (None, "1_trends.py"):
            app = run_page(page, lang="en")
            bar = [e.value for e in app.main if e.type == "markdown"][0]
            assert "(tel:880012345)" in bar and "(tel:880091119)" not in bar
    finally:
        st.cache_data.clear()
        st.cache_resource.clear()


def test_no_help_number_is_written_in_code_or_texts():
    numbers = {re.sub(r"\D", "", row["number"]) for row in _rows(SEED / "help_contacts.csv")}
    numbers = {digits for digits in numbers if len(digits) > 3}  # 112 is also just a number
    folders = ["app_pages", "components", "serving", "prevention", "data/texts"]
    files = [path for folder in folders for path in (ROOT / folder).rglob("*.*")]
    files = [path for path in files if path.suffix in (".py", ".toml")] + [ROOT / "app.py"]
    # A number however it is spaced: "8 800 91119", "880091119", "+370-616-91119".
    patterns = {number: re.compile(r"[\s-]?".join(number)) for number in numbers}
    for path in files:
        text = path.read_text(encoding="utf-8")
        found = [number for number, pattern in patterns.items() if pattern.search(text)]
        assert not found, f"{path.relative_to(ROOT)} holds {found}"
