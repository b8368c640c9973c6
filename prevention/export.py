"""`python -m prevention export`: the published store as CSV files plus a datapackage.json.

Everything in the store is already published (suppressed cells carry no value), so the
export is the store itself, described field by field in Lithuanian and English, less what
stays private: why a cell was hidden, and the notes of hidden cells (downloads.public_rows).
"""

import json
import sys
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from sqlalchemy import inspect

from prevention.db import Store, read_only_engine, store_state
from prevention.downloads import csv_bytes, public_rows
from prevention.export_fields import FIELD_TEXTS, TABLE_TEXTS

# SQLAlchemy type names -> Frictionless Table Schema types.
FIELD_TYPES = {
    "INTEGER": "integer",
    "BIGINT": "integer",
    "FLOAT": "number",
    "DOUBLE PRECISION": "number",
    "BOOLEAN": "boolean",
    "DATETIME": "datetime",
    "TIMESTAMP": "datetime",
}


def export(database: Store, out_dir: Path) -> dict[str, int]:
    """Write one CSV per table and the data package; returns rows per table."""
    engine = read_only_engine(database)
    out_dir.mkdir(parents=True, exist_ok=True)
    resources, counts = [], {}
    with engine.connect() as connection:
        inspector = inspect(connection)
        for table in TABLE_TEXTS:
            frame = pd.read_sql_table(table, connection)
            if table == "observations":
                frame = public_rows(frame)
            # The pages' safe writer: a text cell never reaches a spreadsheet as a formula.
            (out_dir / f"{table}.csv").write_bytes(csv_bytes(frame, bom=False))
            counts[table] = len(frame)
            columns = [c for c in inspector.get_columns(table) if c["name"] in frame.columns]
            resources.append(_resource(table, columns, len(frame)))
        release = pd.read_sql_query("SELECT max(id) AS id FROM releases", connection)
    package = {
        "name": "prevention-monitor",
        "title": "Prevention Monitor: human-trafficking prevention in Lithuania",
        "title_lt": "Prekybos žmonėmis prevencijos stebėsena",
        "version": f"release-{int(release['id'].iloc[0])}",
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "description": (
            "Aggregated, anonymised indicators with their sources. Below national level, small "
            "counts derived from personal data and the other cells that would reveal them are "
            "hidden (status 'suppressed', no value): a hidden cell may hold any count. "
            "Rows with status 'illustrative' are generated and are not official statistics."
        ),
        "description_lt": (
            "Apibendrinti, nuasmeninti rodikliai su šaltiniais. Žemiau nacionalinio lygmens "
            "paslėpti iš asmens duomenų gauti maži skaičiai ir kiti langeliai, iš kurių juos būtų "
            "galima apskaičiuoti (būsena „suppressed“, reikšmės nėra): paslėptame langelyje gali "
            "būti bet koks skaičius. Eilutės su būsena „illustrative“ sugeneruotos ir nėra "
            "oficiali statistika."
        ),
        "licenses": [{"name": "mixed", "title": "See the licence of each source in sources.csv"}],
        "resources": resources,
    }
    (out_dir / "datapackage.json").write_text(
        json.dumps(package, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return counts


def _resource(table: str, columns: list, rows: int) -> dict:
    """One Data Package resource: its file, its bilingual description, every field."""
    fields = []
    for column in columns:
        texts = FIELD_TEXTS.get(column["name"], {})
        fields.append(
            {
                "name": column["name"],
                "type": FIELD_TYPES.get(str(column["type"]).split("(")[0], "string"),
                "title": texts.get("en", column["name"]),
                "title_lt": texts.get("lt", column["name"]),
            }
        )
    return {
        "name": table,
        "path": f"{table}.csv",
        "format": "csv",
        "encoding": "utf-8",
        "description": TABLE_TEXTS[table]["en"],
        "description_lt": TABLE_TEXTS[table]["lt"],
        "rows": rows,
        "schema": {"fields": fields},
    }


def run(database: Store, out_dir: Path) -> int:
    """CLI entry: export and print the rows per file; a bad store gets a clear message."""
    state = store_state(database)
    if not state.ok:
        print(f"cannot export: store {state.problem} ({state.detail})", file=sys.stderr)
        return 1
    counts = export(database, out_dir)
    print(f"exported to {out_dir}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0
