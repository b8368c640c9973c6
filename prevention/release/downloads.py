"""CSV downloads that are safe to open in a spreadsheet, and the data package that describes them.

A cell that starts with = + - @ (or a tab or carriage return) is read by spreadsheets as a
formula, so text cells get a leading apostrophe. Numeric columns are left alone: a negative
change must stay a number.
"""

import io

import pandas as pd

from prevention.release.export_fields import FIELD_TEXTS

# Moved to the store (its queries apply it too); the downloads and the export still name it here.
from prevention.store.public_rows import PRIVATE_COLUMNS as PRIVATE_COLUMNS
from prevention.store.public_rows import public_rows as public_rows

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """One text cell with a formula-looking start defused; anything else as it was."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def spreadsheet_safe(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy where every text cell (and every column name) is safe from formula injection."""
    safe = frame.copy()
    for column in safe.columns:
        if not pd.api.types.is_numeric_dtype(safe[column]) and not pd.api.types.is_bool_dtype(
            safe[column]
        ):
            # Cell by cell, kept as objects: a column mixing whole counts and decimal rates
            # must not be re-read as floats (3 would be written "3.0").
            safe[column] = pd.Series(
                [safe_cell(value) for value in safe[column]], index=safe.index, dtype=object
            )
    safe.columns = [str(safe_cell(str(column))) for column in safe.columns]
    return safe


def csv_bytes(frame: pd.DataFrame, *, bom: bool = True) -> bytes:
    """UTF-8 with a byte-order mark (so spreadsheets read Lithuanian letters), defused cells.

    Every CSV the project publishes is written here. bom=False for the export's files, whose
    data package declares plain UTF-8 for the programs that read them.
    """
    buffer = io.StringIO()
    # CRLF rows (RFC 4180): then a cell with a bare "\r" is quoted, not split into a new row
    # whose first cell a spreadsheet would read as a formula ("x\r=HYPERLINK(...)").
    spreadsheet_safe(frame).to_csv(buffer, index=False, lineterminator="\r\n")
    return buffer.getvalue().encode("utf-8-sig" if bom else "utf-8")


# The whole dataset comes with one header row in one of these: codes for programs (what the
# data package describes), or the column names in Lithuanian or in English for spreadsheets.
HEADERS = ("code", "lt", "en")


def header_row(columns: list[str], labels: dict[str, dict[str, str]], header: str) -> list[str]:
    """Column names in one language option: the code itself, or its Lithuanian or English name.

    One language per file: three languages in every header cell made each name unreadable.
    """
    if header not in HEADERS:
        raise ValueError(f"unknown header option {header!r}; one of {HEADERS}")
    if header == "code":
        return list(columns)
    names = []
    for column in columns:
        texts = labels.get(column) or FIELD_TEXTS.get(column)
        names.append(texts[header] if texts else column)
    return names


def datapackage(
    frame: pd.DataFrame,
    *,
    file_name: str,
    release_id: int,
    created: str,
    labels: dict[str, dict[str, str]],
) -> dict[str, object]:
    """A Frictionless data package describing the one-file published dataset."""
    fields = []
    for column in frame.columns:
        texts = labels.get(column) or FIELD_TEXTS.get(column, {"en": column, "lt": column})
        kind = "number" if pd.api.types.is_float_dtype(frame[column]) else "string"
        if pd.api.types.is_integer_dtype(frame[column]):
            kind = "integer"
        # The package describes the file with code headers; each field's titles name it in
        # both languages, as the Lithuanian and English files head it.
        fields.append({"name": column, "type": kind, "title": texts["en"], "title_lt": texts["lt"]})
    return {
        "name": "prevention-monitor",
        "title": "Prevention Monitor: human-trafficking prevention in Lithuania",
        "title_lt": "Prekybos žmonėmis prevencijos stebėsena",
        "version": f"release-{release_id}",
        "created": created,
        "description": (
            "Every published observation with its source and status. Suppressed cells "
            "(status 'suppressed', mark c) have no value. Rows with status 'illustrative' "
            "(mark i) are generated and are not official statistics."
        ),
        "description_lt": (
            "Visi paskelbti stebėjimai su šaltiniais ir būsena. Paslėpti langeliai (būsena "
            "„suppressed“, žymė c) neturi reikšmės. Eilutės su būsena „illustrative“ (žymė i) "
            "sugeneruotos ir nėra oficiali statistika."
        ),
        "licenses": [{"name": "mixed", "title": "See the licence column of each row"}],
        "resources": [
            {
                "name": "observations",
                "path": file_name,
                "format": "csv",
                "encoding": "utf-8-sig",
                "rows": len(frame),
                "schema": {"fields": fields},
            }
        ],
    }
