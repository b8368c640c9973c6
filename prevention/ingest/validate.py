"""Check an institution's CSV submission row by row and collect every problem before deciding.

Nothing here writes: the store is opened read-only to look up codes and existing keys.
"""

import csv
import io
import math
import re
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from prevention.models import BREAKDOWN_DIMENSIONS, MEASURE_TYPES, TARGET_GROUPS

FIRST_YEAR = 2000
OBSERVATION_COLUMNS = {
    "required": [
        "indicator_code", "area_code", "year", "breakdown_dimension", "breakdown_category",
        "value", "unit",
    ],
    "optional": ["status", "source_locator", "note"],
}  # fmt: skip
MEASURE_COLUMNS = {
    "required": ["measure_id", "measure_type", "target_group", "start_year", "end_year", "areas"],
    "optional": [
        "title_lt", "title_en", "description_lt", "description_en", "budget_eur", "status",
        "partner_institutions", "note",
    ],
}  # fmt: skip
SUBMITTED_STATUSES = ("published", "provisional")
NUMBER = re.compile(r"-?\d+(\.\d+)?")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a submission, where a person can find it."""

    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column}: {self.message}"


@dataclass
class Submission:
    """A parsed submission: its kind, its rows (with file line numbers) and its problems."""

    kind: str = ""
    rows: pd.DataFrame = field(default_factory=pd.DataFrame)
    problems: list[Problem] = field(default_factory=list)


@dataclass(frozen=True)
class StoreFacts:
    """What validation needs to know about the store: codes, kinds and existing keys."""

    indicators: dict[str, str]  # code -> value_kind
    areas: set[str]
    institutions: set[str]
    observation_keys: set[tuple]  # keys held by earlier submissions (replaceable)
    measure_ids: set[str]
    totals: dict[tuple, float]  # (indicator, area, year, unit) -> preferred total


def parse(raw: bytes) -> Submission:
    """Decode and split the CSV; encoding, header and shape problems end here."""
    submission = Submission()
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        submission.problems.append(Problem(line, "-", "contains a NUL byte: not a text CSV"))
        return submission
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        submission.problems.append(
            Problem(line, "-", "not UTF-8 text: save the file as CSV UTF-8 and submit again")
        )
        return submission
    records = list(csv.reader(io.StringIO(text, newline="")))
    if not records or not any(cell.strip() for cell in records[0]):
        submission.problems.append(Problem(1, "-", "the file is empty: a header row is needed"))
        return submission
    header = [cell.strip() for cell in records[0]]
    submission.kind = "measures" if "measure_id" in header else "observations"
    spec = MEASURE_COLUMNS if submission.kind == "measures" else OBSERVATION_COLUMNS
    missing = [c for c in spec["required"] if c not in header]
    unknown = [c for c in header if c not in spec["required"] + spec["optional"]]
    for column in missing:
        submission.problems.append(Problem(1, column, "required column is missing"))
    for column in unknown:
        submission.problems.append(Problem(1, column or "(empty)", "unknown column"))
    if len(set(header)) != len(header):
        submission.problems.append(Problem(1, "-", "a column name appears twice"))
    rows = []
    for line, record in enumerate(records[1:], start=2):
        if not any(cell.strip() for cell in record):
            continue
        if len(record) != len(header):
            submission.problems.append(
                Problem(line, "-", f"{len(record)} fields, the header has {len(header)}")
            )
            continue
        rows.append(
            {"line": line, **{h: cell.strip() for h, cell in zip(header, record, strict=True)}}
        )
    if not rows and not submission.problems:
        submission.problems.append(Problem(2, "-", "no data rows after the header"))
    submission.rows = pd.DataFrame(rows)
    return submission


def check_observations(submission: Submission, facts: StoreFacts, *, replace: bool) -> None:
    """Row rules for indicator values; appends to submission.problems."""
    seen: dict[tuple, int] = {}
    problems = submission.problems
    for row in submission.rows.to_dict("records"):
        line = row["line"]
        for column in OBSERVATION_COLUMNS["required"]:
            if column != "breakdown_category" and not row.get(column):
                problems.append(Problem(line, column, "empty, a value is required"))
        indicator = row.get("indicator_code", "")
        if indicator and indicator not in facts.indicators:
            problems.append(Problem(line, "indicator_code", f"unknown indicator {indicator!r}"))
        if row.get("area_code") and row["area_code"] not in facts.areas:
            problems.append(Problem(line, "area_code", f"unknown area code {row['area_code']!r}"))
        year = _year(row.get("year", ""), line, "year", problems)
        dimension, category = row.get("breakdown_dimension", ""), row.get("breakdown_category", "")
        if dimension and dimension not in BREAKDOWN_DIMENSIONS:
            problems.append(
                Problem(line, "breakdown_dimension", f"unknown dimension {dimension!r}")
            )
        if dimension == "none" and category:
            problems.append(
                Problem(line, "breakdown_category", "must be empty when dimension is none")
            )
        if dimension not in ("", "none") and not category:
            problems.append(Problem(line, "breakdown_category", "empty, a category is required"))
        value = _number(row.get("value", ""), line, "value", problems)
        if value is not None and value < 0:
            problems.append(Problem(line, "value", f"negative value {row['value']}"))
        kind = facts.indicators.get(indicator)
        if value is not None and kind == "count" and not float(value).is_integer():
            problems.append(
                Problem(line, "value", f"a count must be a whole number, got {row['value']}")
            )
        status = row.get("status") or "published"
        if status not in SUBMITTED_STATUSES:
            problems.append(Problem(line, "status", f"status must be one of {SUBMITTED_STATUSES}"))
        key = (indicator, row.get("area_code"), year, dimension, category, row.get("unit"))
        if key in seen:
            problems.append(Problem(line, "-", f"same key as line {seen[key]} (duplicate row)"))
        seen.setdefault(key, line)
        if key in facts.observation_keys and not replace:
            problems.append(
                Problem(line, "-", "already in the store from an earlier submission; use --replace")
            )
    _check_breakdowns(submission, facts)


def _check_breakdowns(submission: Submission, facts: StoreFacts) -> None:
    """A breakdown's categories may not add up to more than their total."""
    rows = submission.rows
    if rows.empty or not {"breakdown_dimension", "value", "year"} <= set(rows.columns):
        return
    frame = rows.assign(number=pd.to_numeric(rows["value"], errors="coerce"))
    frame["year_number"] = pd.to_numeric(frame["year"], errors="coerce")
    totals = {
        (r.indicator_code, r.area_code, r.year_number, r.unit): r.number
        for r in frame[frame["breakdown_dimension"] == "none"].itertuples()
    }
    parts = frame[~frame["breakdown_dimension"].isin(["none", ""])]
    for key, group in parts.groupby(
        ["indicator_code", "area_code", "year_number", "unit", "breakdown_dimension"]
    ):
        total = totals.get(key[:4], facts.totals.get(key[:4]))
        if total is None or math.isnan(total):
            continue
        if group["number"].sum() > total:
            lines = ", ".join(str(n) for n in group["line"])
            submission.problems.append(
                Problem(int(group["line"].iloc[0]), "value",
                        f"{key[4]} categories on lines {lines} add up to "
                        f"{group['number'].sum():g}, more than the total {total:g}")
            )  # fmt: skip


def check_measures(
    submission: Submission, facts: StoreFacts, *, replace: bool, institution: str | None
) -> None:
    """Row rules for prevention measures; appends to submission.problems."""
    problems = submission.problems
    if not institution:
        problems.append(Problem(1, "-", "measures need --institution (the lead institution)"))
    elif institution not in facts.institutions:
        problems.append(Problem(1, "-", f"unknown institution {institution!r}"))
    seen: dict[str, int] = {}
    for row in submission.rows.to_dict("records"):
        line = row["line"]
        for column in MEASURE_COLUMNS["required"]:
            if not row.get(column):
                problems.append(Problem(line, column, "empty, a value is required"))
        if not (row.get("title_lt") or row.get("title_en")):
            problems.append(
                Problem(line, "title_lt", "a title in Lithuanian or English is required")
            )
        if row.get("measure_type") and row["measure_type"] not in MEASURE_TYPES:
            problems.append(Problem(line, "measure_type", f"unknown type {row['measure_type']!r}"))
        if row.get("target_group") and row["target_group"] not in TARGET_GROUPS:
            problems.append(Problem(line, "target_group", f"unknown group {row['target_group']!r}"))
        start = _year(row.get("start_year", ""), line, "start_year", problems)
        end = _year(row.get("end_year", ""), line, "end_year", problems)
        if start and end and end < start:
            problems.append(Problem(line, "end_year", "ends before it starts"))
        budget = _number(row.get("budget_eur", ""), line, "budget_eur", problems, optional=True)
        if budget is not None and budget < 0:
            problems.append(Problem(line, "budget_eur", "negative budget"))
        for area in filter(None, (row.get("areas") or "").split(";")):
            if area.strip() not in facts.areas:
                problems.append(Problem(line, "areas", f"unknown area code {area.strip()!r}"))
        for partner in filter(None, (row.get("partner_institutions") or "").split(";")):
            if partner.strip() not in facts.institutions:
                problems.append(
                    Problem(
                        line, "partner_institutions", f"unknown institution {partner.strip()!r}"
                    )
                )
        measure_id = row.get("measure_id", "")
        if measure_id in seen:
            problems.append(Problem(line, "measure_id", f"same id as line {seen[measure_id]}"))
        seen.setdefault(measure_id, line)
        if measure_id and _stored_id(institution, measure_id) in facts.measure_ids and not replace:
            problems.append(Problem(line, "measure_id", "already in the store; use --replace"))


def stored_measure_id(institution: str | None, measure_id: str) -> str:
    """Submitted measure ids are the institution's own; prefix them to keep them unique."""
    return _stored_id(institution, measure_id)


def _stored_id(institution: str | None, measure_id: str) -> str:
    return f"{institution}:{measure_id}"


def _year(text: str, line: int, column: str, problems: list[Problem]) -> int | None:
    """A whole year between FIRST_YEAR and this year, or a problem."""
    if not text:
        return None
    if not re.fullmatch(r"\d{4}", text):
        problems.append(Problem(line, column, f"not a year: {text!r}"))
        return None
    year = int(text)
    if not FIRST_YEAR <= year <= date.today().year:
        problems.append(
            Problem(line, column, f"year {year} outside {FIRST_YEAR}–{date.today().year}")
        )
        return None
    return year


def _number(
    text: str, line: int, column: str, problems: list[Problem], *, optional: bool = False
) -> float | None:
    """A plain decimal number ("12" or "12.5"), or a problem that says how to write it."""
    if not text:
        return None
    if not NUMBER.fullmatch(text):
        hint = " (write decimals with a point, no spaces or thousands separators)"
        problems.append(Problem(line, column, f"not a number: {text[:40]!r}{hint}"))
        return None
    return float(text)
