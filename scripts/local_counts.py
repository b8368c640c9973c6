"""Real local measures counted per municipality and year: the map's default, real layer.

A count of measures found in public sources, not of measures that ran: a municipality with
no count here is one where none was found. Each row names the measures it counts, so that
a reader can check it; only real rows of measures.csv with municipal places are counted
(national measures cover every municipality alike and would say nothing about one).
"""

import pandas as pd

INDICATOR = "known_local_measures"
SOURCE = {
    "source_id": "DERIVED_LOCAL_MEASURES",
    "title": "Real local prevention and coordination measures found in public sources, counted "
    "per municipality and year from data/seed/measures.csv (each row names its measures)",
    "publisher": "Prevention Monitor (counted from the measures' own sources)",
    "year": "",
    "url": "",
    "licence": "Derived from the measures' sources; cite them",
    "accessed": "",
}


def local_measure_counts(measures: pd.DataFrame) -> pd.DataFrame:
    """observations.csv rows: per municipality and year, how many real local measures ran."""
    cells: dict[tuple[str, int], list[str]] = {}
    for row in measures.itertuples(index=False):
        places = [code for code in str(row.areas).split(";") if code and code != "LT"]
        if not places or not str(row.start_year):
            continue
        end = int(row.end_year or row.start_year)
        for year in range(int(row.start_year), end + 1):
            for code in places:
                cells.setdefault((code, year), []).append(str(row.measure_id))
    rows = [
        {"indicator_code": INDICATOR, "area_code": code, "year": str(year),
         "period_type": "year", "period_label": str(year), "breakdown_dimension": "none",
         "breakdown_category": "", "value": str(len(ids)), "unit": "measures",
         "status": "published", "source_id": SOURCE["source_id"],
         "source_locator": "measures.csv: " + ", ".join(ids),
         "note": "Counted by this project; only measures found in public sources."}
        for (code, year), ids in sorted(cells.items(), key=lambda item: (item[0][1], item[0][0]))
    ]  # fmt: skip
    return pd.DataFrame(rows)
