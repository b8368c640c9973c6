"""The independent intruder: first that it finds what it should, then the product against it."""

import shutil
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prevention.__main__ import main
from tests import intruder
from tests.intruder import attack, summarise
from tests.intruder_public import DATASET, EXPORT, Release, publish, read_release
from tests.intruder_relations import relations, versioned

# The engine that protects hidden cells against this intruder is built in parallel; until it is
# merged the product fails these attacks. Flip to False once it is: the xfails are strict, so
# an attack that starts passing fails the suite until the flag is flipped.
NEEDS_ENGINE = False
needs_engine = pytest.mark.xfail(
    NEEDS_ENGINE, strict=True, reason="the interval audit and its secondary suppression (#13)"
)
# Today's methodology says a 0 is always published, so a hidden cell holds at least 1; the
# engine's says a hidden cell may be 0 (zeros are hidden where that protects). The intruder
# assumes what the methodology in force says.
ZEROS_MAY_BE_HIDDEN = not NEEDS_ENGINE

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
    """Hand-written downloads: (area, value or None when hidden, release that wrote it[, sex])."""
    rows = []
    for area, value, written, *sex in cells:
        status = "suppressed" if value is None else "published"
        breakdown = ["sex", sex[0]] if sex else ["none", ""]
        row = ["convicted", "year", "2022", "persons", area, *breakdown, "S", written, True]
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


def test_the_command_attacks_saved_downloads_with_earlier_ones(tmp_path, capsys):
    test_a_revision_beside_unchanged_hidden_cells_reveals_them(tmp_path)
    # These releases said every 0 is published, so a hidden cell is at least 1.
    assert intruder.main([str(tmp_path / "3"), "--zeros-published"]) == 0
    assert "worked out exactly: 0; narrower than the rule allows: 0" in capsys.readouterr().out
    earlier = ["--earlier", str(tmp_path / "2")]
    assert intruder.main([str(tmp_path / "3"), "--zeros-published", *earlier]) == 1
    out = capsys.readouterr().out
    assert "worked out exactly: 3; narrower than the rule allows: 3" in out
    assert "convicted 2022 13 (persons): 8..8" in out


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


def yearly(folder: Path, cells: list[tuple[str, str, float | None]]) -> Release:
    """Downloads of Vilnius City by period: (period type, label, value or None when hidden)."""
    rows = [
        ["convicted", kind, label, "persons", "13", "none", "", "S", 1, True]
        + ["suppressed" if value is None else "published", value, ""]
        for kind, label, value in cells
    ]
    (folder / EXPORT).mkdir(parents=True, exist_ok=True)
    pd.DataFrame(rows, columns=COLUMNS).to_csv(folder / DATASET, index=False)
    AREAS.to_csv(folder / EXPORT / "areas.csv", index=False)
    return read_release(folder)


def test_a_multi_year_total_is_the_sum_of_its_years(tmp_path):
    years = [("year", "2020", 10), ("year", "2021", None), ("year", "2022", 7)]
    release = yearly(tmp_path / "a", [*years, ("multi_year", "2020-2022", 18)])
    assert intervals([release]) == {"13": (1, 1)}
    # One that cannot be the sum (another publication's count) is left out, not believed.
    release = yearly(tmp_path / "b", [*years, ("multi_year", "2020-2022", 12)])
    assert intervals([release]) == {"13": (1, float("inf"))}


def test_a_pooled_figure_the_site_summed_is_believed_even_against_another_count(tmp_path):
    """The site's own pooled figure says it is the sum of its years: a hard relation."""
    years = [("year", "2020", 10), ("year", "2021", None), ("year", "2022", 7)]
    release = yearly(tmp_path / "a", [*years, ("multi_year", "2020-2022", 18)])
    rows = release.observations
    rows["source_locator"] = rows["period_type"].map(
        {"multi_year": "derived:pooled:2020+2021+2022"}
    )
    assert intervals([release]) == {"13": (1, 1)}


def test_a_published_zero_beside_a_hidden_sex_reveals_the_group(tmp_path):
    cells = [("LT-VL", 40, 1), ("13", None, 1), ("41", None, 1)]
    cells += [("13", None, 1, "female"), ("13", 0, 1, "male")]
    cells += [("41", None, 1, "female"), ("41", None, 1, "male")]
    release = read_release(write_release(tmp_path, cells))
    assert summarise([release], zeros_hidden=True).groups == [
        "convicted 2022 13: everyone counted is sex female"
    ]


# --- The product against the intruder -------------------------------------------------------


def assert_protected(releases: list[Release], *, some_hidden: bool = True) -> None:
    summary = summarise(releases, zeros_hidden=ZEROS_MAY_BE_HIDDEN)
    assert summary.hidden > 0 or not some_hidden
    assert not (summary.unprotected or summary.notes or summary.groups), str(summary)


@needs_engine
def test_the_illustrative_release_holds(seed_store, tmp_path):
    assert_protected([read_release(publish(seed_store, tmp_path))])


def test_pooled_and_county_figures_are_published_and_narrow_nothing(seed_store, tmp_path):
    """Where single years are hidden the release publishes pooled three-year figures; the
    intruder reads them from the downloads as sums of their years, and with them too finds
    no hidden cell narrower than the rule."""
    release = read_release(publish(seed_store, tmp_path))
    rows = release.observations
    summed = rows["source_locator"].str.startswith("derived:pooled:")
    pooled = rows[summed & rows["number"].notna()]
    assert len(pooled) > 0
    cells = versioned(rows)
    used = [
        r for r in relations(cells, release.areas) if not r.soft and r.total[0][1] == "multi_year"
    ]
    assert len(used) >= len(pooled)
    assert_protected([release])


# A police submission for Utena County as they come: a few small counts by sex, most places 0.
HEADER = "indicator_code,area_code,year,breakdown_dimension,breakdown_category,value,unit\n"
V = "victims_officially_identified"
SPARSE = {  # area: (female, male)
    "LT-UT": (13, 5),
    "30": (0, 0),
    "34": (3, 0),
    "43": (0, 0),
    "45": (1, 0),
    "62": (8, 4),
    "82": (1, 1),
}


def submission(values: dict[str, tuple[int, int]], year: int = 2024) -> str:
    lines = [HEADER]
    for area, (female, male) in values.items():
        lines.append(f"{V},{area},{year},none,,{female + male},persons\n")
        lines.append(f"{V},{area},{year},sex,female,{female},persons\n")
        lines.append(f"{V},{area},{year},sex,male,{male},persons\n")
    return "".join(lines)


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
    revisions = [
        SPARSE,
        {**SPARSE, "LT-UT": (15, 5), "45": (3, 0)},
        {**SPARSE, "LT-UT": (13, 6), "45": (3, 0), "82": (1, 2)},
    ]
    releases = []
    for number, values in enumerate(revisions):
        extra = ("--replace",) if number else ()
        ingest(official_file, tmp_path / f"in{number}", submission(values), *extra)
        releases.append(read_release(publish(official_file, tmp_path / f"out{number}")))
    assert_protected(releases)


# --- Random small hierarchies, suppressed by the build's own step, then attacked ---------


@st.composite
def hierarchies(draw) -> tuple[pd.DataFrame, dict[tuple[str, str], int]]:
    """2-3 counties of 2-4 municipalities (no area is its parent's only part, as in Lithuania),
    each municipality with a count of 0-12 split into two sexes."""
    areas = [("LT", "country", "")]
    truth: dict[tuple[str, str], int] = {}
    sizes = draw(st.lists(st.integers(2, 4), min_size=2, max_size=3))
    for county, size in enumerate(sizes):
        areas.append((f"C{county}", "county", "LT"))
        for place in range(size):
            code = f"M{county}{place}"
            areas.append((code, "municipality", f"C{county}"))
            truth[code, "female"], truth[code, "male"] = (
                draw(st.integers(0, 8)),
                draw(st.integers(0, 4)),
            )
    frame = pd.DataFrame(areas, columns=["code", "level", "parent_code"])
    for level, above in (("municipality", "county"), ("county", "country")):
        for parent in frame.loc[frame["level"] == above, "code"]:
            kids = frame.loc[(frame["level"] == level) & (frame["parent_code"] == parent), "code"]
            for sex in ("female", "male"):
                truth[parent, sex] = sum(truth[kid, sex] for kid in kids)
    for code in frame["code"]:
        truth[code, ""] = truth[code, "female"] + truth[code, "male"]
    return frame, truth


def suppressed_release(folder: Path, areas: pd.DataFrame, truth: dict) -> Release:
    """The true counts through the build's own disclosure step, then its public rows."""
    from prevention.release import pipeline
    from prevention.release.downloads import public_rows

    rows = [
        ("convicted", "year", "2022", "persons", area, "sex" if sex else "none", sex, "S", 1)
        for area, sex in truth
    ]
    observations = pd.DataFrame(rows, columns=COLUMNS[:9])
    observations["value"] = [float(v) for v in truth.values()]
    observations["status"], observations["preferred"], observations["note"] = "published", True, ""
    indicators = pd.DataFrame(
        {"code": ["convicted"], "disclosure_class": ["personal"], "value_kind": ["count"]}
    )
    disclosed = public_rows(pipeline.disclose(observations, indicators, areas))
    (folder / EXPORT).mkdir(parents=True, exist_ok=True)
    disclosed.to_csv(folder / DATASET, index=False)
    areas.to_csv(folder / EXPORT / "areas.csv", index=False)
    return read_release(folder)


SMALL = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SMALL
@given(hierarchies())
def test_the_intruder_never_excludes_the_true_value(tmp_path_factory, case):
    """Sound: whatever it deduces, the true count lies inside (so its alarms are real)."""
    areas, truth = case
    release = suppressed_release(tmp_path_factory.mktemp("h"), areas, truth)
    for cell in attack([release], zeros_hidden=True):
        area, category = cell.key[4], cell.key[6]
        assert cell.low <= truth[area, category] <= cell.high, str(cell)


@needs_engine
@SMALL
@given(hierarchies())
def test_random_hierarchies_hold(tmp_path_factory, case):
    areas, truth = case
    release = suppressed_release(tmp_path_factory.mktemp("h"), areas, truth)
    assert_protected([release], some_hidden=False)
