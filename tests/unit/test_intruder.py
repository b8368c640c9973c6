"""The independent intruder: first that it finds what it should, then the product against it."""

import shutil
from pathlib import Path

import pandas as pd
import pytest

from prevention.__main__ import main
from tests.intruder import attack, summarise
from tests.intruder_public import DATASET, EXPORT, Release, publish, read_release

# The engine that protects hidden cells against this intruder is built in parallel; until it is
# merged the product fails these attacks. Flip to False once it is: the xfails are strict, so
# an attack that starts passing fails the suite until the flag is flipped.
NEEDS_ENGINE = True
needs_engine = pytest.mark.xfail(
    NEEDS_ENGINE, strict=True, reason="the interval audit and its secondary suppression (#13)"
)
# The methodology the engine publishes says a hidden cell may be 0 (zeros are hidden where
# that protects), so the intruder may not assume a hidden cell holds at least 1.
ZEROS_MAY_BE_HIDDEN = True

COLUMNS = [
    "indicator_code",
    "period_type",
    "period_label",
    "unit",
    "area_code",
    "breakdown_dimension",
    "breakdown_category",
    "source_id",
    "release_id",
    "preferred",
    "status",
    "value",
    "note",
]
# A small area tree like the real one: Vilnius County with Vilnius City (13), Vilnius
# District (41), Švenčionys (89) and five more municipalities, and one other county.
VILNIUS = ["13", "41", "89", "15", "18", "25", "58"]
AREAS = pd.DataFrame(
    [("LT", "country", ""), ("LT-VL", "county", "LT"), ("LT-KU", "county", "LT")]
    + [(code, "municipality", "LT-VL") for code in VILNIUS]
    + [("19", "municipality", "LT-KU")],
    columns=["code", "level", "parent_code"],
)


def write_release(folder: Path, cells: list[tuple], release: int = 1) -> Path:
    """Hand-written downloads: (area, value or None when hidden, release that wrote it)."""
    rows = []
    for area, value, written in cells:
        status = "suppressed" if value is None else "published"
        row = ["convicted", "year", "2022", "persons", area, "none", "", "S", written, True]
        rows.append([*row, status, value, ""])
    (folder / EXPORT).mkdir(parents=True, exist_ok=True)
    pd.DataFrame(rows, columns=COLUMNS).to_csv(folder / DATASET, index=False)
    AREAS.to_csv(folder / EXPORT / "areas.csv", index=False)
    return folder


def intervals(releases: list[Release], *, zeros_hidden: bool = False) -> dict[str, tuple]:
    return {
        cell.key[4]: (cell.low, cell.high) for cell in attack(releases, zeros_hidden=zeros_hidden)
    }


# --- The intruder works: it recovers what can be recovered, and passes what is protected ---


def vilnius_2022(tmp_path: Path) -> Release:
    """The issue's example: county 10, city 8, five 0s, District and Švenčionys hidden."""
    cells = [("LT-VL", 10, 1), ("13", 8, 1), ("41", None, 1), ("89", None, 1)]
    cells += [(code, 0, 1) for code in VILNIUS[3:]]
    return read_release(write_release(tmp_path, cells))


def test_two_hidden_cells_sharing_a_two_are_each_one(tmp_path):
    found = intervals([vilnius_2022(tmp_path)])
    assert found == {"41": (1, 1), "89": (1, 1)}
    summary = summarise([vilnius_2022(tmp_path)], zeros_hidden=False)
    assert (summary.hidden, summary.exact, len(summary.unprotected)) == (2, 2, 2)


def test_if_zeros_may_be_hidden_they_share_the_two_any_way(tmp_path):
    found = intervals([vilnius_2022(tmp_path)], zeros_hidden=True)
    assert found == {"41": (0, 2), "89": (0, 2)}
    assert not any(cell.protected for cell in attack([vilnius_2022(tmp_path)], zeros_hidden=True))


def test_a_revision_beside_unchanged_hidden_cells_reveals_them(tmp_path):
    """Release 2: county 15, city 8, two hidden. Release 3 revises District and the county to
    10 and hides the city too: alone it is safe, beside release 2 it gives everything away."""
    others = [(code, 0, 2) for code in VILNIUS[3:]]
    second = [("LT-VL", 15, 2), ("13", 8, 2), ("41", None, 2), ("89", None, 2), *others]
    third = [("LT-VL", 10, 3), ("13", None, 2), ("41", None, 3), ("89", None, 2), *others]
    releases = [
        read_release(write_release(tmp_path / "2", second)),
        read_release(write_release(tmp_path / "3", third)),
    ]
    alone = attack(releases[1:], zeros_hidden=False)
    assert {cell.key[4]: (cell.low, cell.high) for cell in alone} == dict.fromkeys(
        ["13", "41", "89"], (1, 8)
    )
    assert all(cell.protected for cell in alone)
    assert intervals(releases) == {"13": (8, 8), "41": (1, 1), "89": (1, 1)}


def test_an_earlier_release_that_published_the_cell_gives_it_away(tmp_path):
    first = [("LT-VL", 40, 1), ("13", 20, 1), ("41", 7, 1), ("89", 13, 1)]
    second = [("LT-VL", 40, 1), ("13", None, 1), ("41", None, 1), ("89", 13, 1)]
    releases = [
        read_release(write_release(tmp_path / str(n), c)) for n, c in ((1, first), (2, second))
    ]
    assert intervals(releases[1:], zeros_hidden=True) == {"13": (0, 27), "41": (0, 27)}
    assert intervals(releases, zeros_hidden=True) == {"13": (20, 20), "41": (7, 7)}


def test_a_county_hidden_among_large_hidden_counts_is_protected(tmp_path):
    cells = [("LT-VL", 40, 1), *((code, None, 1) for code in VILNIUS[:4])]
    cells += [(code, 0, 1) for code in VILNIUS[4:]]
    found = attack([read_release(write_release(tmp_path, cells))], zeros_hidden=False)
    assert {cell.key[4]: (cell.low, cell.high) for cell in found} == dict.fromkeys(
        VILNIUS[:4], (1, 37)
    )
    assert all(cell.protected for cell in found)


def test_under_a_published_total_below_five_the_interval_must_be_zero_to_the_total(tmp_path):
    cells = [("LT-VL", 3, 1), *((code, None, 1) for code in VILNIUS)]
    release = read_release(write_release(tmp_path, cells))
    shown = attack([release], zeros_hidden=True)
    assert {(cell.low, cell.high, cell.small_total) for cell in shown} == {(0, 3, 3)}
    assert all(cell.protected for cell in shown)
    # Zeros published beside the two small counts: both lie in 1..2, not 0..3.
    cells = [("LT-VL", 3, 1), ("13", None, 1), ("41", None, 1)]
    cells += [(code, 0, 1) for code in VILNIUS[2:]]
    shown = attack([read_release(write_release(tmp_path / "b", cells))], zeros_hidden=False)
    assert {(cell.low, cell.high, cell.protected) for cell in shown} == {(1, 2, False)}


def test_a_stated_reason_and_a_note_are_used(tmp_path):
    """An old download said "primary" (1-4) and kept the note: the intruder reads both."""
    cells = [("LT-VL", 40, 1), ("13", None, 1), ("41", None, 1)]
    folder = write_release(tmp_path, cells + [(code, 0, 1) for code in VILNIUS[2:]])
    frame = pd.read_csv(folder / DATASET, dtype=str, keep_default_na=False)
    frame["suppression"] = ["", "primary", "secondary"] + [""] * 5
    frame.loc[1, "note"] = "1 victim: girl, 16"
    frame.to_csv(folder / DATASET, index=False)
    release = read_release(folder)
    assert intervals([release], zeros_hidden=True) == {"13": (0, 4), "41": (36, 40)}
    assert summarise([release], zeros_hidden=True).notes == [
        "convicted 2022 13: '1 victim: girl, 16'"
    ]


# --- The product against the intruder -------------------------------------------------------


def assert_protected(releases: list[Release]) -> None:
    summary = summarise(releases, zeros_hidden=ZEROS_MAY_BE_HIDDEN)
    assert summary.hidden > 0
    assert not summary.unprotected and not summary.notes, str(summary)


@needs_engine
def test_the_illustrative_release_holds(seed_store, tmp_path):
    assert_protected([read_release(publish(seed_store, tmp_path))])


# A police submission for Utena County as they come: a few small counts, most places 0.
HEADER = "indicator_code,area_code,year,breakdown_dimension,breakdown_category,value,unit\n"
V = "victims_officially_identified"
SPARSE = {"LT-UT": 19, "30": 0, "34": 3, "43": 0, "45": 1, "62": 12, "82": 3}


def submission(values: dict[str, int], year: int = 2024) -> str:
    return HEADER + "".join(f"{V},{area},{year},none,,{n},persons\n" for area, n in values.items())


@pytest.fixture
def official_file(official_store, tmp_path, monkeypatch) -> Path:
    """A SQLite copy of the seed-only store, with its own submissions archive."""
    monkeypatch.setenv("PREVENTION_SUBMISSIONS_DIR", str(tmp_path / "archive"))
    path = tmp_path / "store" / "prevention.db"
    path.parent.mkdir()
    shutil.copy(official_store, path)
    return path


def ingest(store: Path, folder: Path, content: str, *extra: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "s.csv").write_text(content, encoding="utf-8")
    args = ["ingest", str(folder / "s.csv"), "--database", str(store), "--institution", "PD"]
    assert main([*args, *extra]) == 0


@needs_engine
def test_a_sparse_police_submission_holds(official_file, tmp_path):
    ingest(official_file, tmp_path / "in", submission(SPARSE))
    assert_protected([read_release(publish(official_file, tmp_path / "out"))])


@needs_engine
def test_three_releases_with_revisions_hold_together(official_file, tmp_path):
    """Each release revises one small count and the county; the intruder keeps all three."""
    revisions = [SPARSE, {**SPARSE, "LT-UT": 21, "45": 3}, {**SPARSE, "LT-UT": 17, "34": 1}]
    releases = []
    for number, values in enumerate(revisions):
        extra = ("--replace",) if number else ()
        ingest(official_file, tmp_path / f"in{number}", submission(values), *extra)
        releases.append(read_release(publish(official_file, tmp_path / f"out{number}")))
    assert_protected(releases)
