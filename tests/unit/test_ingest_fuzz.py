"""Hostile submissions: every run is accepted or rejected with its lines named, never a traceback.

Random bytes and near-valid copies of data/templates/ (other encodings, delimiters and line
ends, quoted newlines, NUL bytes, 1 MB fields, formulas, "1 234" and "1,5") go through the
steward's own command, `python -m prevention ingest`. A rejected file leaves the store and the
archive byte for byte as they were. Run with `--log-cli-level=INFO` to see how many cases ran.
"""

import csv
import hashlib
import io
import logging
import re
import shutil
from collections import Counter
from contextlib import redirect_stderr, redirect_stdout
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prevention.__main__ import main
from prevention.ingest.templates import MEASURES, OBSERVATIONS, template_path
from prevention.ingest.validate import MAX_ROWS
from prevention.store.models import MEASURE_TYPES, TARGET_GROUPS

log = logging.getLogger(__name__)
TRIED: Counter[str] = Counter()
OUTCOMES: Counter[str] = Counter()
FUZZ = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
THIS_YEAR = date.today().year
MEGABYTE = "x" * 1_000_000
HOSTILE = [
    '=HYPERLINK("http://x","y")', "=1+1", "+SUM(A1:A9)", "-2+3", "@cmd", "\t=1", "\r=1",
    "1 234", "1,5", "1.5", "1e3", "NaN", "inf", "-0", "0x10", "１２", "٣", "２０２４", "2024.0",
    " 2024 ", "line\nbreak", "a\r\nb", 'quote"inside', "'", "\\", "", " ", "none", "LT", "NULL",
    "' OR 1=1 --", "1; DROP TABLE observations", "<script>alert(1)</script>", "💥", "\u202e",
    "\ufeff", "ą" * 1000, "-1", "99999", "0", "2000", str(THIS_YEAR + 1), "\x00", MEGABYTE,
]  # fmt: skip
ENCODINGS = ["utf-8", "utf-8", "utf-8", "utf-8-sig", "cp1257", "utf-16", "utf-16-le", "utf-32"]
# A problem names a line and column, or the command-line option; the last line sums up.
PROBLEM = re.compile(r"(line \d+, column .+|option --\w+): .+")
REJECTED = re.compile(r"submission rejected: \d+ problems?; the store was not changed")
# Escape sequences in a file must not reach the terminal raw (tab and newline are layout).
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# An audit that refuses a release is the designed last line of defence, not a crash.
REFUSED = re.compile(
    r"submission not applied, the store is unchanged: the new release "
    r"(failed its audit|would reveal suppressed cells):$"
)


def _template(kind: str) -> tuple[list[str], list[list[str]]]:
    with template_path(kind).open(encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    return header, rows


TEMPLATES = {kind: _template(kind) for kind in (OBSERVATIONS, MEASURES)}


@pytest.fixture(scope="module")
def fuzz_store(official_store: Path, tmp_path_factory: pytest.TempPathFactory):
    """One copy of the seed-only store for the whole module, with its own archive."""
    folder = tmp_path_factory.mktemp("fuzz")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PREVENTION_SUBMISSIONS_DIR", str(folder / "archive"))
        path = folder / "store.db"
        shutil.copy(official_store, path)
        yield path
    log.info("ingest fuzz: cases tried %s; outcomes %s", dict(TRIED), dict(OUTCOMES))


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def archived(store: Path) -> list[str]:
    folder = store.parent / "archive"
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


def attempt(store: Path, raw: bytes, kind: str, *, institution: str | None = "PD",
            replace: bool = False) -> tuple[int, str, str]:  # fmt: skip
    """Run the command on one file and check the contract; returns (exit code, stdout, stderr)."""
    file = store.parent / "submission.csv"
    file.write_bytes(raw)
    before, kept = sha(store), archived(store)
    args = ["ingest", str(file), "--database", str(store)]
    args += ["--institution", institution] if institution is not None else []
    args += ["--replace"] if replace else []
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(args)
    TRIED[kind] += 1
    stdout, stderr = out.getvalue(), err.getvalue()
    assert "Traceback" not in stderr
    assert not CONTROL.search(stderr), "raw control characters reach the steward's terminal"
    assert not [p for p in store.parent.iterdir() if p.name.startswith(f"{store.name}.")]
    if code == 0:
        OUTCOMES["accepted"] += 1
        assert re.fullmatch(r"release \d+: \d+ rows added, \d+ replaced, .*\n", stdout), stdout
        assert sha(store) != before and len(archived(store)) == len(kept) + 2
        return code, stdout, stderr
    assert code == 1, (code, stderr[-500:])
    assert sha(store) == before, "a rejected submission changed the store"
    assert archived(store) == kept, "a rejected submission was archived"
    lines = stderr.rstrip("\n").split("\n")
    if REFUSED.match(lines[0]):
        OUTCOMES["refused by the audit"] += 1
        return code, stdout, stderr
    OUTCOMES["rejected"] += 1
    assert REJECTED.fullmatch(lines[-1]), stderr[-500:]
    assert len(lines) > 1, stderr
    for line in lines[:-1]:
        assert PROBLEM.fullmatch(line), line[:500]
    return code, stdout, stderr


# --- random bytes ---------------------------------------------------------------------------


@settings(FUZZ, max_examples=150)
@given(raw=st.binary(max_size=3000) | st.text(max_size=2000).map(str.encode))
def test_random_bytes_are_refused_or_accepted_cleanly(fuzz_store, raw):
    attempt(fuzz_store, raw, "random bytes")


@settings(FUZZ, max_examples=100)
@given(
    kind=st.sampled_from([OBSERVATIONS, MEASURES]),
    cells=st.lists(st.lists(st.text(max_size=30) | st.sampled_from(HOSTILE), max_size=18),
                   max_size=6),
)  # fmt: skip
def test_a_template_header_over_random_rows(fuzz_store, kind, cells):
    """The right header, then rows of anything: short, long, empty, hostile."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerows([TEMPLATES[kind][0], *cells])
    attempt(fuzz_store, buffer.getvalue().encode("utf-8", "surrogatepass"), f"{kind} random rows")


# --- near-valid submissions -----------------------------------------------------------------


@st.composite
def observation_rows(draw) -> list[list[str]]:
    """A total and its two sexes for one indicator, area and year: valid unless mutated."""
    header, _ = TEMPLATES[OBSERVATIONS]
    indicator, unit = draw(st.sampled_from([
        ("victims_officially_identified", "persons"), ("suspects", "persons"),
        ("pretrial_investigations_started", "investigations"),
    ]))  # fmt: skip
    area = draw(st.sampled_from(["LT", "13", "19", "21", "LT-VL"]))
    year = str(draw(st.integers(2000, THIS_YEAR)))
    total = draw(st.integers(0, 60))
    female = draw(st.integers(0, total))
    status = draw(st.sampled_from(["published", "provisional", ""]))
    rows = [
        [indicator, area, year, "none", "", str(total), unit, status, "table 2", ""],
        [indicator, area, year, "sex", "female", str(female), unit, status, "", ""],
        [indicator, area, year, "sex", "male", str(total - female), unit, status, "", ""],
    ]
    assert len(rows[0]) == len(header)
    return rows[: draw(st.integers(1, 3))]


@st.composite
def measure_rows(draw) -> list[list[str]]:
    """One to three measures with the institution's own ids: valid unless mutated."""
    header, template = TEMPLATES[MEASURES]
    rows = []
    for number in range(draw(st.integers(1, 3))):
        row = list(template[number % len(template)])
        start = draw(st.integers(2000, THIS_YEAR))
        values = {
            "measure_id": f"fz-{draw(st.integers(0, 30))}-{number}",
            "measure_type": draw(st.sampled_from(MEASURE_TYPES)),
            "target_group": draw(st.sampled_from(TARGET_GROUPS)),
            "start_year": str(start),
            "end_year": str(draw(st.integers(start, THIS_YEAR))),
            "budget_eur": draw(st.sampled_from(["", "0", "1500", "12.5"])),
            "areas": draw(st.sampled_from(["LT", "19", "19;21", "13; 19"])),
        }
        for column, value in values.items():
            row[header.index(column)] = value
        rows.append(row)
    return rows


MUTATIONS = ["cell", "cell", "cell", "drop column", "add column", "repeat column",
             "rename column", "duplicate row", "short row", "long row", "blank row"]  # fmt: skip


@st.composite
def near_valid(draw) -> tuple[str, bytes, str | None, bool]:
    """A template-shaped file with a few mutations, then re-encoded and re-delimited."""
    kind = draw(st.sampled_from([OBSERVATIONS, MEASURES]))
    header = list(TEMPLATES[kind][0])
    rows = draw(observation_rows() if kind == OBSERVATIONS else measure_rows())
    for mutation in draw(st.lists(st.sampled_from(MUTATIONS), max_size=3)):
        row = draw(st.integers(0, len(rows) - 1))
        column = draw(st.integers(0, len(header) - 1))
        # Earlier mutations may have left rows shorter than the header: only touch real cells.
        if mutation == "cell" and column < len(rows[row]):
            rows[row][column] = draw(st.sampled_from(HOSTILE) | st.text(max_size=20))
        elif mutation == "drop column":
            header.pop(column)
            rows = [r[:column] + r[column + 1 :] for r in rows]
        elif mutation == "add column":
            header.append(draw(st.sampled_from(["colour", "", "Value", MEGABYTE[:200_000]])))
            rows = [[*r, "red"] for r in rows]
        elif mutation == "repeat column":
            header.append(header[column])
            rows = [[*r, r[column] if column < len(r) else ""] for r in rows]
        elif mutation == "rename column":
            header[column] = draw(st.sampled_from([header[column].upper(), f" {header[column]}",
                                                   f"\ufeff{header[column]}", "ą"]))  # fmt: skip
        elif mutation == "duplicate row":
            rows.append(list(rows[row]))
        elif mutation in ("short row", "long row"):
            rows[row] = rows[row][:-1] if mutation == "short row" else [*rows[row], "extra"]
        else:
            rows.insert(row, [""] * len(header))
    buffer = io.StringIO()
    writer = csv.writer(
        buffer,
        delimiter=draw(st.sampled_from([",", ",", ",", ";", "\t", "|"])),
        quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL])),
        lineterminator=draw(st.sampled_from(["\n", "\r\n", "\r"])),
    )
    writer.writerows([header, *rows])
    raw = buffer.getvalue().encode(draw(st.sampled_from(ENCODINGS)), "replace")
    if draw(st.integers(0, 9)) == 0:
        at = draw(st.integers(0, len(raw)))
        raw = raw[:at] + b"\x00" + raw[at:]
    institution = draw(
        st.sampled_from(["PD", "PD", "PD", "KOPŽI", "Kauno m. sav.", "", "pd", "<b>PD</b>", None])
    )
    return kind, raw, institution, draw(st.booleans())


@settings(FUZZ, max_examples=250)
@given(case=near_valid())
def test_near_valid_submissions(fuzz_store, case):
    kind, raw, institution, replace = case
    attempt(fuzz_store, raw, f"{kind} near-valid", institution=institution, replace=replace)


# --- named hostile cases --------------------------------------------------------------------


def _observations(*cells: tuple[str, str], header: str | None = None) -> str:
    """The observations template with some cells of its first row replaced."""
    names, rows = TEMPLATES[OBSERVATIONS]
    first = dict(zip(names, rows[0], strict=True)) | dict(cells)
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows([names, list(first.values())])
    text = buffer.getvalue()
    return text if header is None else header + text[text.index("\n") :]


def _measures(**cells: str) -> str:
    names, rows = TEMPLATES[MEASURES]
    first = dict(zip(names, rows[0], strict=True)) | {"measure_id": "named-1"} | cells
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows([names, list(first.values())])
    return buffer.getvalue()


TEMPLATE_TEXT = template_path(OBSERVATIONS).read_text(encoding="utf-8")
LITHUANIAN = _observations(("note", "pastaba: moterų ir vyrų"))
# (content, expected exit code, a message the steward must see)
NAMED = {
    "cp1257": (LITHUANIAN.encode("cp1257"), 1, "line 2, column note: not UTF-8"),
    "utf-16 with a BOM": (TEMPLATE_TEXT.encode("utf-16"), 1, "line 1, column -: "),
    "utf-16 without a BOM": (TEMPLATE_TEXT.encode("utf-16-le"), 1, "line 1, column -: "),
    "utf-8 BOM twice": (b"\xef\xbb\xbf\xef\xbb\xbf" + TEMPLATE_TEXT.encode(), 1, "line 1, col"),
    "semicolons": (TEMPLATE_TEXT.replace(",", ";").encode(), 1, "separated by ';'"),
    "tabs": (TEMPLATE_TEXT.replace(",", "\t").encode(), 1, "separated by tabs"),
    "quoted newline in a code": (
        _observations(("area_code", "1\n9")).encode(),
        1,
        "line 2, column area_code: unknown",
    ),
    "NUL byte in a cell": (_observations(("note", "a\x00b")).encode(), 1, "line 2, column -: "),
    "1 MB note": (
        _observations(("note", MEGABYTE)).encode(),
        1,
        "line 2, column -: a field is too long",
    ),
    "1 MB header cell": (_observations(header=MEGABYTE).encode(), 1, "line 1"),
    "1 MB code": (_observations(("area_code", "9" * 100_000)).encode(), 1, "line 2, column area"),
    "thousands with a space": (
        _observations(("value", "1 234")).encode(),
        1,
        "line 2, column value: not a number",
    ),
    "decimal comma": (
        _observations(("value", "1,5")).encode(),
        1,
        "line 2, column value: not a number",
    ),
    "fullwidth digits in a year": (
        _observations(("year", "２０２４")).encode(),
        1,
        "line 2, column year: not a year",
    ),
    "arabic digit as a budget": (
        _measures(budget_eur="٣").encode(),
        1,
        "line 2, column budget_eur: not a number",
    ),
    "formula as an area": (
        _observations(("area_code", '=HYPERLINK("http://x","y")')).encode(),
        1,
        "column area_code",
    ),
}


@pytest.mark.parametrize("case", NAMED)
def test_named_hostile_files(fuzz_store, case):
    content, expected, message = NAMED[case]
    code, _, err = attempt(fuzz_store, content, "named")
    assert code == expected, err[-500:]
    assert message in err, err[-500:]


def test_control_characters_in_a_column_name_are_escaped(fuzz_store):
    header = TEMPLATE_TEXT.replace(",note", ",note,\x1b[2Jcolour", 1)
    code, _, err = attempt(fuzz_store, header.encode(), "named")
    assert code == 1
    assert "line 1, column \\x1b[2Jcolour: unknown column" in err


def test_the_first_figures_of_a_year_are_accepted(fuzz_store):
    """A year the store holds nothing of for that indicator (its table is new) is no crash."""
    names, rows = TEMPLATES[OBSERVATIONS]
    row = dict(zip(names, rows[0], strict=True)) | {
        "indicator_code": "persons_convicted",
        "area_code": "LT",
        "year": "2000",
    }
    content = ",".join(names) + "\n" + ",".join(row.values()) + "\n"
    code, out, err = attempt(fuzz_store, content.encode(), "named", replace=True)
    assert code == 0, err
    assert "1 rows added" in out or "1 replaced" in out


def test_a_formula_in_a_title_is_kept_as_text(fuzz_store):
    """Formulas are data: stored literally, defused only when a spreadsheet download is made."""
    import sqlite3

    title = '=HYPERLINK("http://x","y")'
    code, out, err = attempt(fuzz_store, _measures(title_en=title, measure_id="formula-1").encode(),
                             "named", replace=True)  # fmt: skip
    assert code == 0, err
    with sqlite3.connect(fuzz_store) as connection:
        stored = connection.execute(
            "SELECT title_en FROM measures WHERE measure_id = 'PD:formula-1'"
        ).fetchone()
    assert stored == (title,)


# --- one very large file --------------------------------------------------------------------


@pytest.mark.slow
def test_a_million_rows_end_in_a_verdict(fuzz_store, tmp_path):
    """1 000 000 rows: refused at the row limit, in bounded time and memory, store unchanged."""
    names, rows = TEMPLATES[OBSERVATIONS]
    line = ",".join(rows[0]) + "\n"
    file = tmp_path / "million.csv"
    with file.open("w", encoding="utf-8") as handle:
        handle.write(",".join(names) + "\n")
        handle.writelines(line for _ in range(1_000_000))
    code, _, err = attempt(fuzz_store, file.read_bytes(), "one million rows")
    assert code == 1
    assert f"line {MAX_ROWS + 2}, column -: more than {MAX_ROWS} data rows" in err
