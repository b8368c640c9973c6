"""Every parameter of every page under digits that are not ASCII: a page, never a traceback.

`"²⁰¹¹".isdigit()` is True and `int("²⁰¹¹")` raises, so a parser that trusts isdigit()
crashed five pages on ?years=²⁰¹¹-²⁰²⁴. Each run writes one page's valid values in another
digit class (superscripts, Arabic-Indic, full-width, ...) or with signs, spaces and other
separators, every parameter at once; the value classes rotate over the parameters between
runs, so each parameter meets several classes while a page costs only a few runs.
"""

import pytest

from components.shell import HOME_PAGE, PAGES
from tests.app.helpers import run_page
from tests.app.test_url_fuzz import parameter_names

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
FULL_WIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")
DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")
# Each turns a valid value into one that must be refused (or read as the same ASCII value).
CLASSES = [
    lambda v: v.translate(SUPERSCRIPT),
    lambda v: v.translate(ARABIC_INDIC),
    lambda v: v.translate(FULL_WIDTH),
    lambda v: v.translate(DEVANAGARI),
    lambda v: f"+{v}",
    lambda v: f" {v} ",
    lambda v: v.replace("-", "–") if "-" in v else f"-{v}",
    lambda v: v.replace("-", " - ").replace(",", ";") or "\u00a0",
]
# A valid value per parameter name, so the digit class is the only thing wrong with it.
VALID = {"years": "2011-2024", "year": "2020", "area": "13", "areas": "13,19", "group": "G001",
         "threshold": "0.50", "indicator": "1", "lang": "en"}  # fmt: skip
RUNS = 3


@pytest.mark.parametrize("script", [script for script, _ in PAGES])
def test_unicode_digits_in_every_parameter(use_store, script: str) -> None:
    page = None if script == HOME_PAGE else script.removeprefix("app_pages/")
    names = parameter_names(script)
    for run in range(RUNS):
        params = {
            name: CLASSES[(run * 3 + index) % len(CLASSES)](VALID.get(name, "2011-2024"))
            for index, name in enumerate(names)
        }
        # The year range is the value that crashed: every run sends it in a digit class.
        params["years"] = CLASSES[run % 4](VALID["years"])
        app = run_page(page, timeout=60, **params)
        for exception in app.exception:
            pytest.fail(f"{script} raised {exception.message!r} for {params}")
