"""Read a submission and check its shape; every problem is collected before anything is decided.

Nothing here writes. Row rules live in observations.py and measures.py.
"""

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from prevention.i18n.bidi import strip_bidi
from prevention.ingest.templates import columns, detect_kind

FIRST_YEAR = 2000
# ASCII digits only: \d also matches "٣" or "２", which float() reads but pandas does not.
NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?")
# Far above any institution's yearly figures; keeps a runaway file's time and memory bounded.
MAX_ROWS = 100_000
# The templates have under twenty columns; a header far wider is refused before any check.
MAX_COLUMNS = 200
# Characters in one field: the csv module's default, enough for any note (a longer field is a
# quote left open, mostly).
FIELD_LIMIT = 131_072
# Control characters, and the invisible ones a column name may carry (byte-order mark,
# zero-width and bidirectional characters): shown escaped so a reader sees them.
CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]")
SAVE_UTF8 = "save it as 'CSV UTF-8 (comma delimited)' and submit again"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a submission, where a person can find it (line 0: the command)."""

    line: int
    column: str
    message: str

    def __str__(self) -> str:
        if self.line == 0:
            return f"option {self.column}: {self.message}"
        column = self.column if len(self.column) <= 80 else f"{self.column[:80]}…"
        return _visible(f"line {self.line}, column {column}: {self.message}")


def _visible(text: str) -> str:
    """Control characters from a file (column names) escaped: they must not drive a terminal."""
    return CONTROL.sub(lambda match: repr(match.group())[1:-1], text)


@dataclass
class Submission:
    """A parsed submission: its kind, its rows (with file line numbers) and its problems."""

    kind: str = ""
    rows: pd.DataFrame = field(default_factory=pd.DataFrame)
    problems: list[Problem] = field(default_factory=list)

    def add(self, line: int, column: str, message: str) -> None:
        """Record a problem and carry on checking."""
        self.problems.append(Problem(line, column, message))


def parse(raw: bytes) -> Submission:
    """Decode and split the CSV; encoding, header and shape problems are found here."""
    # The csv module's field limit is process-wide, and other libraries raise it (frictionless
    # does on import, for the export): a submission is read under ours and the old one put back.
    previous = csv.field_size_limit(FIELD_LIMIT)
    try:
        return _parse(raw)
    finally:
        csv.field_size_limit(previous)


def _parse(raw: bytes) -> Submission:
    submission = Submission()
    text = _decode(raw, submission)
    if text is None:
        return submission
    # strict: a quote still open at the end of the file is an error, not one huge last field.
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        header = [cell.strip() for cell in next(reader, [])]
    except csv.Error as error:  # e.g. a header cell past the csv module's field size limit
        submission.add(1, "-", _csv_problem(error))
        return submission
    if len(header) > MAX_COLUMNS:
        submission.add(
            1, "-", f"more than {MAX_COLUMNS} columns ({len(header)}): use the template's columns"
        )
        return submission
    if not any(header):
        submission.add(1, "-", "the file is empty: a header row is needed")
        return submission
    separator = next((s for s in (";", "\t") if len(header) == 1 and s in header[0]), None)
    if separator:
        hint = "save as 'CSV UTF-8 (comma delimited)'"
        name = "';'" if separator == ";" else "tabs"
        submission.add(1, "-", f"the columns are separated by {name}, not by commas: {hint}")
        return submission
    submission.kind = detect_kind(header)
    required, optional = columns(submission.kind)
    for column in required:
        if column not in header:
            submission.add(1, column, f"required column is missing ({submission.kind} template)")
    for column in header:
        if column not in required + optional:
            submission.add(1, column or "(empty)", "unknown column: remove it or fix its name")
    counts = Counter(header)
    for column in sorted(name for name, count in counts.items() if count > 1):
        submission.add(1, column or "(empty)", "the column appears more than once")
    rows, records = [], 0
    following = reader.line_num + 1  # a quoted cell may span lines: note where each starts
    try:
        for record in reader:
            start, following = following, reader.line_num + 1
            if not any(cell.strip() for cell in record):
                continue
            records += 1
            if records > MAX_ROWS:
                submission.add(start, "-", f"more than {MAX_ROWS} data rows: split the file")
                return submission  # no rows: nothing past this point is checked or written
            if len(record) != len(header):
                submission.add(start, "-", f"{len(record)} fields, the header has {len(header)}")
                continue
            # Bidirectional controls would reorder the text where it is drawn (i18n/bidi.py).
            cells = (strip_bidi(cell).strip() for cell in record)
            rows.append({"line": start, **dict(zip(header, cells, strict=True))})
    except csv.Error as error:
        # Named at the line where the record began, not where the reader gave up inside it.
        submission.add(following, "-", _csv_problem(error))
    if not rows and not submission.problems:
        submission.add(2, "-", "no data rows after the header")
    submission.rows = pd.DataFrame(rows)
    return submission


def _csv_problem(error: csv.Error) -> str:
    """What the csv module's error means for the person who saved the file."""
    text = str(error)
    if "field larger than field limit" in text:
        return (
            f'a field is too long (over {FIELD_LIMIT} characters), or a quote (") '
            "opened in it is closed much later: check the quotes in this record"
        )
    if "unexpected end of data" in text:
        return 'a quote (") opened in this record is never closed: close it or remove it'
    return f"cannot be read as CSV: {text}"


def _utf16(raw: bytes) -> bool:
    """UTF-16 (or UTF-32) text: a byte-order mark saying so, or NUL bytes beside ASCII ones."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")):
        return True
    head = raw[:200]
    odd, even = head[1::2].count(0), head[::2].count(0)
    return len(head) >= 4 and max(odd, even) > len(head) // 4


def _decode(raw: bytes, submission: Submission) -> str | None:
    """UTF-8 text (a leading byte-order mark is fine), or a problem for every line that is not."""
    if _utf16(raw):
        submission.add(1, "-", f"the file is UTF-16 (or UTF-32) text, not UTF-8: {SAVE_UTF8}")
        return None
    if b"\x00" in raw:
        submission.add(
            raw[: raw.index(b"\x00")].count(b"\n") + 1,
            "-",
            "contains a NUL byte: this is not a text CSV file",
        )
        return None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    else:
        if not text.startswith("\ufeff"):
            return text
        # A file converted twice: the second mark would be an invisible part of a column name.
        marks = len(text) - len(text.lstrip("\ufeff")) + 1
        submission.add(
            1,
            "-",
            f"the file starts with {marks} byte-order marks (invisible), not one: {SAVE_UTF8}",
        )
        return None
    lines = raw.removeprefix(b"\xef\xbb\xbf").split(b"\n")
    header = _cells(lines[0].decode("utf-8", "replace"))
    for number, encoded in enumerate(lines, start=1):
        try:
            encoded.decode("utf-8")
        except UnicodeDecodeError:
            fields = _cells(encoded.decode("utf-8", "replace"))
            bad = [i for i, cell in enumerate(fields) if "\ufffd" in cell]
            column = header[bad[0]] if bad and bad[0] < len(header) else "-"
            submission.add(
                number, column, "not UTF-8 text: save the file as 'CSV UTF-8' and submit again"
            )
    return None


def _cells(line: str) -> list[str]:
    """One line's cells, only to name the column of an encoding problem; [] if unreadable."""
    try:
        return next(csv.reader([line]), [])
    except csv.Error:
        return []


def year_cell(text: str, line: int, column: str, submission: Submission) -> int | None:
    """A whole year between FIRST_YEAR and this year, or a problem."""
    if not text:
        return None
    if not re.fullmatch(r"[0-9]{4}", text):
        submission.add(line, column, f"not a year: {text[:20]!r} (write four digits, e.g. 2024)")
        return None
    year, last = int(text), date.today().year
    if not FIRST_YEAR <= year <= last:
        submission.add(line, column, f"year {year} is outside {FIRST_YEAR}-{last}")
        return None
    return year


def number_cell(text: str, line: int, column: str, submission: Submission) -> float | None:
    """A plain decimal number ("12" or "12.5"), or a problem that says how to write it."""
    if not text:
        return None
    if not NUMBER.fullmatch(text):
        hint = "write digits with a decimal point, no spaces or thousands separators"
        submission.add(line, column, f"not a number: {text[:40]!r} ({hint})")
        return None
    return float(text)
