"""The equal-area tile layout: one cell per municipality, and places stay near where they lie."""

import math

import numpy as np
import pandas as pd
import pytest

from prevention.geo import tiles
from prevention.i18n import LANGS
from prevention.views.map_text import tile_label

# A city municipality and the district municipality around it (or, for resort towns and
# enclaves, the one they sit in or against): their tiles must touch.
SURROUNDED = {
    "11": "33",  # Alytus city in Alytus district
    "13": "41",  # Vilnius city in Vilnius district
    "19": "52",  # Kaunas city in Kaunas district
    "21": "55",  # Klaipėda city beside Klaipėda district
    "27": "66",  # Panevėžys city in Panevėžys district
    "29": "91",  # Šiauliai city in Šiauliai district
    "12": "69",  # Birštonas inside Prienai district
    "25": "56",  # Palanga beside Kretinga district
}


@pytest.fixture(scope="module")
def committed() -> pd.DataFrame:
    return tiles.load_tiles()


@pytest.fixture(scope="module")
def points() -> pd.DataFrame:
    return tiles.municipal_label_points()


def test_every_municipality_has_exactly_one_cell(committed, points):
    assert len(points) == 60
    assert sorted(committed["code"]) == sorted(points["code"].astype(str))
    assert committed["code"].is_unique


def test_no_two_municipalities_share_a_cell(committed):
    assert not committed.duplicated(["col", "row"]).any()
    assert committed["col"].between(0, tiles.COLUMNS - 1).all()
    assert committed["row"].between(0, tiles.ROWS - 1).all()


def test_the_committed_layout_is_a_fresh_computation(committed, points):
    fresh = tiles.layout(points)
    pd.testing.assert_frame_equal(fresh, committed, check_dtype=False)


def grid_positions(points: pd.DataFrame) -> pd.DataFrame:
    """Label points scaled onto the grid the way `layout` scales them (cell units)."""
    mid = math.radians(float(points["lat"].mean()))
    x = points["lon"].to_numpy(float) * math.cos(mid)
    y = points["lat"].to_numpy(float)
    return pd.DataFrame(
        {
            "code": points["code"].astype(str),
            "gx": (x - x.min()) / (x.max() - x.min()) * (tiles.COLUMNS - 1),
            "gy": (y - y.min()) / (y.max() - y.min()) * (tiles.ROWS - 1),
        }
    )


def test_tiles_stay_near_where_the_municipalities_lie(committed, points):
    placed = committed.merge(grid_positions(points), on="code")
    moved = np.hypot(placed["col"] - placed["gx"], placed["row"] - placed["gy"])
    assert moved.mean() < 1.0, "on average a tile sits within one cell of its place"
    assert moved.max() < 2.5, "no municipality is pushed far from where it lies"


def test_west_stays_west_and_north_stays_north(committed, points):
    placed = committed.merge(points.assign(code=points["code"].astype(str)), on="code")
    assert placed["col"].corr(placed["lon"], method="spearman") > 0.9
    assert placed["row"].corr(placed["lat"], method="spearman") > 0.9


@pytest.mark.parametrize(("inner", "outer"), SURROUNDED.items())
def test_a_city_tile_touches_its_district_tile(committed, inner, outer):
    cells = committed.set_index("code")
    a, b = cells.loc[inner], cells.loc[outer]
    assert max(abs(a["col"] - b["col"]), abs(a["row"] - b["row"])) == 1


def test_too_many_areas_for_the_grid_are_refused(points):
    with pytest.raises(ValueError, match="do not fit"):
        tiles.layout(points, columns=5, rows=5)


def test_write_tiles_writes_what_load_tiles_reads(tmp_path, committed):
    path = tmp_path / "tiles.csv"
    written = tiles.write_tiles(path)
    pd.testing.assert_frame_equal(tiles.load_tiles(path), committed)
    assert len(written) == 60
    assert path.read_text("utf-8").startswith("code,col,row\n")


@pytest.mark.parametrize("lang", LANGS)
def test_tile_labels_tell_every_municipality_apart(lang):
    areas = pd.read_csv(tiles.AREAS_PATH, dtype={"code": str})
    municipal = areas[areas["level"] == "municipality"]
    labels = [
        tile_label(str(lt), str(en), str(kind), lang)
        for lt, en, kind in zip(
            municipal["name_lt"], municipal["name_en"], municipal["kind"], strict=True
        )
    ]
    assert len(set(labels)) == 60
    assert max(len(label) for label in labels) <= 7
