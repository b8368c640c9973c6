"""Lithuanian case forms of area names, so generated sentences can govern the right case.

A verb such as "nepasiekė" takes the genitive and "pasiekusios" the accusative: putting the
nominative name there ("nemini savivaldybės Alytaus rajono savivaldybė") reads as broken
Lithuanian and doubles the noun. The forms are kept as reviewable data in
`data/seed/area_names.csv` (one row per area, written once and proof-read) rather than
derived by rules at run time: names are few, and a wrong rule would be silent.

English names do not decline, so every English form is the plain name.
"""

import csv
from functools import cache
from typing import Literal

from prevention.i18n import Lang
from prevention.paths import SEED_DIR

Case = Literal["nominative", "genitive", "accusative", "locative"]
CASES: tuple[Case, ...] = ("nominative", "genitive", "accusative", "locative")
NAMES_PATH = SEED_DIR / "area_names.csv"


@cache
def forms() -> dict[str, dict[Case, str]]:
    """Area code -> its Lithuanian name in each case, read once per process."""
    with NAMES_PATH.open(encoding="utf-8", newline="") as handle:
        return {
            row["code"]: {
                "nominative": row["name_lt"],
                "genitive": row["genitive_lt"],
                "accusative": row["accusative_lt"],
                "locative": row["locative_lt"],
            }
            for row in csv.DictReader(handle)
        }


def area_in(code: str, case: Case, lang: Lang, *, fallback: str) -> str:
    """The area's name in a case for Lithuanian pages, the plain name for English ones.

    `fallback` is the name the page already shows: an area the table does not know (an
    example-layer area, a code added later) keeps it rather than a code or a wrong form.
    """
    if lang != "lt":
        return fallback
    known = forms().get(str(code))
    return known[case] if known else fallback
