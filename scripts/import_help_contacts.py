"""Turn the collected help-line contacts into data/seed/help_contacts.csv and their sources.

Run: `python scripts/import_help_contacts.py [SHARED_DATA_DIR] [--checked YYYY-MM-DD]`
(scripts/import_shared.py runs it too, since it rewrites sources.csv). It reads
`figures/local/help_contacts.csv`, keeps every number, quote and note as published, gives
each source URL a source id (an existing one when sources.csv already holds the URL) and
writes the date the contacts were last checked against their sources into every row and
into the source's `accessed` column. Contacts change: a steward edits the shared file (or
the seed) and rebuilds; no number is written anywhere in code.

The check date: `--checked`, else the day the shared file was last written (when the list
was gathered from the sources), so running the script twice gives the same bytes.
"""

import argparse
from datetime import UTC, date, datetime
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "seed"
SHARED = ROOT.parent / "shared" / "data"

# Sources the figures did not already cite; the publisher decides the tier as in
# import_shared.py (1: the bodies' and ministries' own pages, 4: NGO material).
NEW_SOURCES = {
    "https://www.missing.lt/nemokama-prekybos-zmonemis-pagalbos-linija-veikianti-lietuvoje-ir-"
    "bet-kurioje-uzsienio-salyje/": {
        "source_id": "HELP_MISSING_LT",
        "title": "Nemokama prekybos žmonėmis pagalbos linija, veikianti Lietuvoje ir bet kurioje "
        "užsienio šalyje",
        "publisher": "Dingusių žmonių šeimų paramos centras (missing.lt)",
        "year": "n.d.",
        "licence": "NGO web page - cite",
        "tier": 4,
    },
    "https://keliauk.urm.lt/keliaujantiems/konsuline-pagalba/pagalba-prekybos-zmonemis-aukoms": {
        "source_id": "HELP_URM_KELIAUK",
        "title": "Pagalba prekybos žmonėmis aukoms (konsulinė pagalba)",
        "publisher": "Užsienio reikalų ministerija (keliauk.urm.lt)",
        "year": "2021 (page created 2020-10-21, updated 2021-02-08)",
        "licence": "Government web page - cite",
        "tier": 1,
    },
}
COLUMNS = [
    "contact_id", "sort_order", "name_lt", "name_en", "number", "who_for", "hours",
    "languages", "run_by", "source_id", "source_quote", "note", "checked",
]  # fmt: skip


def contacts(shared: Path, sources: pd.DataFrame, checked: date) -> pd.DataFrame:
    """The contacts in the shared file's order, each with its source id and check date."""
    frame = pd.read_csv(shared / "figures" / "local" / "help_contacts.csv", dtype=str)
    frame = frame.fillna("")
    by_url = dict(zip(sources["url"], sources["source_id"], strict=True))
    by_url.update({url: row["source_id"] for url, row in NEW_SOURCES.items()})
    unknown = sorted(set(frame["source_url"]) - by_url.keys())
    if unknown:
        raise SystemExit(f"no source id for {unknown}: add them to NEW_SOURCES")
    frame["source_id"] = frame["source_url"].map(by_url)
    frame["sort_order"] = range(1, len(frame) + 1)
    frame["checked"] = checked.isoformat()
    assert frame["contact_id"].is_unique
    return frame[COLUMNS]


def with_new_sources(sources: pd.DataFrame, checked: date) -> pd.DataFrame:
    """sources.csv with the contacts' own sources added or refreshed (no duplicates)."""
    rows = [
        {**row, "url": url, "accessed": checked.isoformat()} for url, row in NEW_SOURCES.items()
    ]
    added = pd.DataFrame(rows)
    kept = sources[~sources["source_id"].isin(added["source_id"])]
    # Columns the contacts do not fill (a press item's `reports_*`) stay empty.
    added = added.reindex(columns=sources.columns, fill_value="")
    return pd.concat([kept, added], ignore_index=True)


def write(shared: Path = SHARED, seed: Path = SEED, checked: date | None = None) -> int:
    """Write help_contacts.csv and update sources.csv; returns the number of contacts."""
    source_file = shared / "figures" / "local" / "help_contacts.csv"
    if checked is None:
        checked = datetime.fromtimestamp(source_file.stat().st_mtime, UTC).date()
    sources = pd.read_csv(seed / "sources.csv", dtype=str, keep_default_na=False)
    sources = with_new_sources(sources, checked)
    table = contacts(shared, sources, checked)
    sources.to_csv(seed / "sources.csv", index=False, encoding="utf-8", lineterminator="\n")
    table.to_csv(seed / "help_contacts.csv", index=False, encoding="utf-8", lineterminator="\n")
    return len(table)


def main() -> None:
    """Command line: the shared folder and the check date are optional."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shared", nargs="?", type=Path, default=SHARED)
    parser.add_argument("--checked", type=date.fromisoformat, default=None)
    arguments = parser.parse_args()
    print(f"help_contacts.csv: {write(arguments.shared, SEED, arguments.checked)} rows")


if __name__ == "__main__":
    main()
