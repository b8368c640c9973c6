"""A source's licence note in the reader's language.

`sources.csv` records each licence note once, in English, as the source's terms were read.
Lithuanian pages show the translation kept beside it in `data/seed/licence_names.csv`
(one row per distinct note, proof-read); a note without one is shown as recorded.
"""

import csv
from functools import cache

from prevention.i18n import Lang
from prevention.release.seed import SEED_DIR

NAMES_PATH = SEED_DIR / "licence_names.csv"


@cache
def lithuanian() -> dict[str, str]:
    """English licence note -> its Lithuanian text, read once per process."""
    with NAMES_PATH.open(encoding="utf-8", newline="") as handle:
        return {row["licence_en"]: row["licence_lt"] for row in csv.DictReader(handle)}


def licence(note: object, lang: Lang) -> str:
    """The note in the page's language; a missing note is a dash."""
    if not isinstance(note, str) or not note:
        return "–"
    return lithuanian().get(note, note) if lang == "lt" else note
