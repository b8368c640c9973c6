"""`python -m prevention export`: the published store as CSV files plus a datapackage.json.

Everything in the store is already published (suppressed cells carry no value), so the
export is the store itself, described field by field in Lithuanian and English, less what
stays private (why a cell was hidden, and the notes of hidden cells: downloads.public_rows)
and less the generated example rows: those go out only with `--example`, and then every row
of every table says in its `illustrative` column whether it is generated.

The package is written and then validated by `frictionless` (the Data Package reference
library): an export whose files do not match their own schema is an error, not a release.
"""

import sys
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
from frictionless import Package
from sqlalchemy import inspect

from prevention.example_layer import generated_rows
from prevention.release.downloads import csv_bytes, public_rows
from prevention.release.export_fields import FIELD_TEXTS, TABLE_TEXTS
from prevention.store.db import Store, read_only_engine, store_state

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


def export(database: Store, out_dir: Path, *, example: bool = False) -> dict[str, int]:
    """Write one CSV per table and the data package; returns rows per table.

    Real rows only, unless `example`: then the generated rows too, each table with an
    `illustrative` column that is true on every generated row.
    """
    engine = read_only_engine(database)
    out_dir.mkdir(parents=True, exist_ok=True)
    resources, counts = [], {}
    with engine.connect() as connection:
        inspector = inspect(connection)
        frames = {table: pd.read_sql_table(table, connection) for table in TABLE_TEXTS}
        generated_measures = set(
            frames["measures"].loc[frames["measures"]["illustrative"].astype(bool), "measure_id"]
        )
        for table, frame in frames.items():
            flags = generated_rows(table, frame, generated_measures)
            if example:
                frame = frame.drop(columns="illustrative", errors="ignore")
                frame.insert(len(frame.columns), "illustrative", flags)
            else:
                frame = frame[~flags]
            if table == "observations":
                frame = public_rows(frame)
            stored = {column["name"]: column for column in inspector.get_columns(table)}
            frame = _whole_numbers(frame, stored)
            # The pages' safe writer: a text cell never reaches a spreadsheet as a formula.
            (out_dir / f"{table}.csv").write_bytes(csv_bytes(frame, bom=False))
            counts[table] = len(frame)
            # Fields in the file's own column order; the added flag is the only new one.
            columns = [stored.get(name, {"name": name, "type": "BOOLEAN"}) for name in frame]
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
            + (
                "Generated example rows are included and flagged in the 'illustrative' column "
                "of every table; they are not official statistics."
                if example
                else "Real data only: no generated example rows."
            )
        ),
        "description_lt": (
            "Apibendrinti, nuasmeninti rodikliai su šaltiniais. Žemiau nacionalinio lygmens "
            "paslėpti iš asmens duomenų gauti maži skaičiai ir kiti langeliai, iš kurių juos būtų "
            "galima apskaičiuoti (būsena „suppressed“, reikšmės nėra): paslėptame langelyje gali "
            "būti bet koks skaičius. "
            + (
                "Įtrauktos sugeneruotos pavyzdinės eilutės, pažymėtos kiekvienos lentelės "
                "stulpelyje „illustrative“; tai nėra oficiali statistika."
                if example
                else "Tik tikri duomenys: sugeneruotų pavyzdinių eilučių nėra."
            )
        ),
        "licenses": [{"name": "mixed", "title": "See the licence of each source in sources.csv"}],
        "resources": resources,
    }
    _write_valid(Package.from_descriptor(package, basepath=str(out_dir)), out_dir)
    return counts


class InvalidExport(RuntimeError):
    """The exported files do not match the package that describes them."""


def _write_valid(package: Package, out_dir: Path) -> None:
    """datapackage.json through frictionless, then every file checked against its schema."""
    path = out_dir / "datapackage.json"
    package.to_json(str(path))
    report = Package(str(path)).validate()
    if not report.valid:
        problems = [
            f"{task.name}: {error.message}" for task in report.tasks for error in task.errors[:3]
        ]
        raise InvalidExport("; ".join(problems[:10]) or "invalid datapackage.json")


def _whole_numbers(frame: pd.DataFrame, stored: Mapping[str, Mapping]) -> pd.DataFrame:
    """Integer columns with gaps as whole numbers: pandas reads them as floats ("2011.0").

    The package declares them integers, so the file must write 2011, and an empty cell for
    a missing year (frictionless checks both).
    """
    integer = [
        name
        for name, column in stored.items()
        if name in frame and FIELD_TYPES.get(str(column["type"]).split("(")[0]) == "integer"
    ]
    return frame.astype({name: "Int64" for name in integer}) if integer else frame


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


def run(database: Store, out_dir: Path, *, example: bool = False) -> int:
    """CLI entry: export and print the rows per file; a bad store gets a clear message."""
    state = store_state(database)
    if not state.ok:
        print(f"cannot export: store {state.problem} ({state.detail})", file=sys.stderr)
        return 1
    counts = export(database, out_dir, example=example)
    print(f"exported to {out_dir}: " + ", ".join(f"{k} {v}" for k, v in counts.items()))
    return 0
