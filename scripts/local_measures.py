"""The 36 real local measures (figures/local/local_measures.csv) -> seed measure rows.

Each row keeps its title, source, URL and quote. What this module decides, by written rules:

- places: local_places.Places.codes() on the `municipality` cell, except the hand-checked
  corrections in PLACE_CORRECTIONS (each with its reason);
- years: the leading date of the `year` cell ("2016 (5 July)", "2009-09 – 2010-05",
  "2009 (formalised) – 2022 (reported)"); text after it (";", "plan for ...") is comment.
  "n.d." with "probably YYYY" or "matches VRM YYYY release" gives YYYY, marked inferred;
  "n.d." without either gives no year;
- institutions: local_actors.Actors (lead first, then partners);
- measure type and target group: TYPE_RULES and TARGET_RULES on the title and target text,
  first match wins (they classify; the original wording stays in the note); "training" is
  work with professionals, so a training-like event for pupils, youth or the public is
  awareness.

A row without a municipality or without a year is not a measure of the store: it goes to
`unplaced_measures.csv` with the reason, and the data page lists it.
"""

import re

import pandas as pd
from local_actors import Actors, split_actors
from local_places import Places

# title start -> (municipality codes, why the rule's answer was corrected by hand)
PLACE_CORRECTIONS = {
    "Prekybos žmonėmis prevencijos ir kontrolės koordinacinės darbo grupės": (
        ["78", "61", "68"],
        "Groups were formed in Telšiai, Mažeikiai and Plungė districts; the source says "
        "Akmenė and Kelmė had none (police were ordered to form them).",
    ),
}

# (pattern on title + target text, measure type); first match wins.
TYPE_RULES = [
    (r"koordinac|komisij|darbo grup|tarpinstitucin|working group|coordination", "coordination"),
    (r"seminar|mokym|training", "training"),
    (r".", "awareness"),  # lectures, lessons, conferences, round tables, campaigns
]
# (pattern on the target text, target group); first match wins.
TARGET_RULES = [
    (r"pupils|gymnasium|grades|gimnazij", "schoolchildren"),
    (r"vocational|youth|students", "youth"),
    (r"^general public", "general_public"),
    (r"coordination|commission|working-group|group members", "municipalities"),
    (r"police|officer|specialist|staff|prosecutor|social worker|clergy|teachers|officials|"
     r"mayor|NGOs|institutions", "professionals"),
    (r".", "general_public"),
]  # fmt: skip

AUDIENCES = ("schoolchildren", "youth", "general_public")  # not professionals: no "training"

_LEADING_DATE = re.compile(
    r"^(?P<start>\d{4})(?:-\d{2})?(?: \([^)]*\))?(?: [–-] (?P<end>\d{4})(?:-\d{2})?)?"
)
_INFERRED_YEAR = re.compile(r"probably (?P<year>\d{4})|matches VRM (?P<release>\d{4}) release")


def years(cell: str) -> tuple[str, str, bool] | None:
    """(start, end, inferred?) from a `year` cell, or None when no year can be fixed."""
    cell = cell.strip()
    if match := _LEADING_DATE.match(cell):
        return match["start"], match["end"] or match["start"], False
    if cell.startswith("n.d.") and (match := _INFERRED_YEAR.search(cell)):
        year = match["year"] or match["release"]
        return year, year, True
    return None


def classify(text: str, rules: list[tuple[str, str]]) -> str:
    """The code of the first rule whose pattern occurs in the text."""
    return next(code for pattern, code in rules if re.search(pattern, text, re.IGNORECASE))


def local_measures(
    rows: pd.DataFrame, areas: pd.DataFrame, actors: Actors, source_ids: dict[str, str]
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(measure rows, unplaced rows with reasons); every input row lands in one of them."""
    places = Places(areas)
    placed, unplaced = [], []
    for number, row in enumerate(rows.itertuples(index=False), start=1):
        measure_id = f"LOCAL-{number:02d}"
        source_id = source_ids[row.url]
        codes, place_note = places.codes(row.municipality), ""
        for start, (corrected, why) in PLACE_CORRECTIONS.items():
            if row.title.startswith(start):
                codes, place_note = corrected, f"Places corrected by hand: {why}"
        period = years(row.year)
        # Reasons are codes, so the data page can say them in either language; the text
        # they were read from stays beside them (municipality, year).
        reasons = []
        if not codes:
            reasons.append("no_place")
        if period is None:
            reasons.append("no_year")
        if reasons:
            unplaced.append(
                {"measure_id": measure_id, "title": row.title, "institution": row.institution,
                 "municipality": row.municipality, "year": row.year,
                 "reason": ";".join(reasons), "source_id": source_id, "quote": row.quote}
            )  # fmt: skip
            continue
        start, end, year_inferred = period
        names = [actors.short_name(actor) for actor in split_actors(row.institution)]
        named = list(dict.fromkeys(name for name in names if name))
        inferred = ["start_year", "end_year"] if year_inferred else []
        if re.search(r"inferred|not verified", row.municipality):
            inferred.append("areas")
        text = f"{row.title} {row.target_group}"
        target = classify(row.target_group, TARGET_RULES)
        kind = classify(text, TYPE_RULES)
        if kind == "training" and target in AUDIENCES:
            kind = "awareness"
        notes = [
            f"Local measure as found: institution '{row.institution}'; place "
            f"'{row.municipality}'; year '{row.year}'; target group '{row.target_group}'.",
            place_note,
            f"Inferred, not read: {', '.join(inferred)}." if inferred else "",
            f"Quote: {row.quote}",
        ]
        placed.append(
            {"measure_id": measure_id, "plan": "", "code": "", "title_lt": row.title,
             "title_en": "", "description_lt": "", "description_en": "",
             "measure_type": kind, "target_group": target,
             "start_year": start, "end_year": end, "budget_eur": "", "status": "unknown",
             "lead_institution": named[0] if named else "",
             "partner_institutions": ";".join(named[1:]), "areas": ";".join(codes),
             "source_id": source_id, "source_locator": row.source_title,
             "note": " ".join(note for note in notes if note),
             "inferred": ";".join(inferred)}
        )  # fmt: skip
    return pd.DataFrame(placed), pd.DataFrame(unplaced)
