"""Ingest messages that say what is wrong and where: wide headers, UTF-16, a doubled BOM, an
unterminated quote, an oversized field, invalid years."""

import csv
import subprocess
import sys
from pathlib import Path

from prevention.ingest import validate_file
from prevention.ingest.validate import MAX_COLUMNS, parse
from tests.unit.test_ingest import HEADER, V

ROOT = Path(__file__).resolve().parents[2]
GOOD_ROW = f"{V},19,2024,none,,9,persons\n"


def messages(raw: bytes) -> list[str]:
    return [str(problem) for problem in parse(raw).problems]


def test_a_header_of_100000_columns_is_refused_at_once() -> None:
    """Its quadratic duplicate check ran for minutes; the column cap answers in moments."""
    script = (
        "from prevention.ingest.validate import parse\n"
        "header = ','.join(f'c{i}' for i in range(100_000)) + ',c1\\n'\n"
        "print('\\n'.join(str(p) for p in parse(header.encode()).problems))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=30)  # fmt: skip
    lines = done.stdout.splitlines()
    assert len(lines) == 1, lines[:5]
    assert f"more than {MAX_COLUMNS} columns" in lines[0]


def test_duplicate_columns_are_each_named_once() -> None:
    found = messages((HEADER.replace("unit\n", "unit,unit,value\n") + GOOD_ROW).encode())
    assert sum("appears more than once" in message for message in found) == 2


def test_utf16_is_named_with_how_to_save_utf8() -> None:
    found = messages((HEADER + GOOD_ROW).encode("utf-16"))
    assert len(found) == 1
    assert "UTF-16" in found[0] and "CSV UTF-8" in found[0], found


def test_a_doubled_byte_order_mark_is_named_not_hidden_in_a_column_name() -> None:
    found = messages(b"\xef\xbb\xbf\xef\xbb\xbf" + (HEADER + GOOD_ROW).encode())
    assert found == [
        "line 1, column -: the file starts with 2 byte-order marks (invisible), not one: "
        "save it as 'CSV UTF-8 (comma delimited)' and submit again"
    ]


def test_an_invisible_character_in_a_column_name_is_shown() -> None:
    found = messages((HEADER.replace("unit", "un\u200bit") + GOOD_ROW).encode())
    assert any("un\\u200bit" in message for message in found), found


def test_an_unterminated_quote_is_named_at_its_line() -> None:
    found = messages((HEADER + GOOD_ROW + f'{V},13,2024,none,,"5,persons\n' + GOOD_ROW).encode())
    assert any(
        message.startswith("line 3,") and "quote" in message and "never closed" in message
        for message in found
    ), found


def test_an_oversized_field_is_named_at_the_line_it_starts() -> None:
    big = '"' + "x\n" * 100_000 + '"'
    found = messages((HEADER + GOOD_ROW + f"{V},13,2024,none,,{big},persons\n").encode())
    assert any(message.startswith("line 3,") and "too long" in message for message in found), found


def test_the_field_limit_holds_whatever_another_library_set() -> None:
    """frictionless (the export's validation) raises the csv module's process-wide limit."""
    previous = csv.field_size_limit(sys.maxsize // 4)
    try:
        test_an_oversized_field_is_named_at_the_line_it_starts()
        assert csv.field_size_limit() == sys.maxsize // 4  # put back as it was
    finally:
        csv.field_size_limit(previous)


def test_invalid_years_are_not_duplicates_of_each_other(official_store) -> None:
    rows = f"{V},19,20x4,none,,9,persons\n{V},19,２０２４,none,,9,persons\n"
    submission = validate_file((HEADER + rows).encode(), official_store, institution="PD",
                               replace=True)  # fmt: skip
    found = [str(problem) for problem in submission.problems]
    assert sum("not a year" in message for message in found) == 2, found
    assert not any("the same indicator" in message for message in found), found
