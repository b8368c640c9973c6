"""The catalogue: both languages everywhere, and no code asking for a key that is missing."""

import re
from datetime import date
from pathlib import Path

from prevention.i18n import catalogue, long_date, number, percent, plotly_separators, t

ROOT = Path(__file__).resolve().parents[2]
LITERAL_KEY = re.compile(r"""\bt\(\s*["']([a-z_]+\.[a-z0-9_.]+)["']""")


def test_every_key_has_both_languages():
    missing = [
        key for key, texts in catalogue().items() if not texts.get("lt") or not texts.get("en")
    ]
    assert missing == []


def test_every_literal_key_in_code_exists():
    sources = [*ROOT.glob("*.py"), *ROOT.glob("app_pages/*.py"), *ROOT.glob("components/*.py")]
    sources += list(ROOT.glob("serving/*.py"))
    sources += list(ROOT.glob("prevention/**/*.py"))
    used = {key for path in sources for key in LITERAL_KEY.findall(path.read_text("utf-8"))}
    assert used, "the pattern should find the keys the pages use"
    assert sorted(used - set(catalogue())) == []


def test_placeholders_match_between_languages():
    field = re.compile(r"{(\w+)}")
    for key, texts in catalogue().items():
        assert set(field.findall(texts["lt"])) == set(field.findall(texts["en"])), key


def test_numbers_follow_the_language():
    assert number(1234.5, "lt", decimals=1) == "1\xa0234,5"
    assert number(1234.5, "en", decimals=1) == "1,234.5"
    assert number(None, "lt") == "–"
    assert number(float("nan"), "en") == "–"


def test_percent_and_dates_follow_the_language():
    assert percent(0.25, "en") == "25%"
    assert percent(0.25, "lt").startswith("25")
    assert long_date(date(2024, 3, 5), "lt") == "2024 m. kovo 5 d."
    assert long_date(date(2024, 3, 5), "en") == "5 March 2024"
    assert plotly_separators("lt") == ", "


def test_missing_key_shows_itself_and_placeholders_fill():
    assert t("no.such_key", "en") == "no.such_key"
    assert "Vilnius" in t("report.title", "en", area="Vilnius")
