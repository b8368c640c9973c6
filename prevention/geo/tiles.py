"""The equal-area tile map: every municipality one equal square, placed roughly where it lies.

Neringa or Birštonas are slivers on a real map; on the tile map they are as large as Vilnius.
The layout is an assignment of municipal label points to the cells of a grid that minimises
the squared displacement (scipy's linear_sum_assignment). It is computed once with
`python -m prevention.geo.tiles` and kept as data in `data/tiles.csv`, so pages never recompute it.
"""

import csv
import math
import sys
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[2]
TILES_PATH = ROOT / "data" / "tiles.csv"
AREAS_PATH = ROOT / "data" / "seed" / "areas.csv"
# 11 x 8 = 88 cells for 60 municipalities: room for the dense centres (a city municipality
# sits inside its district) without pushing the border municipalities inland.
COLUMNS, ROWS = 11, 8


def layout(centroids: pd.DataFrame, columns: int = COLUMNS, rows: int = ROWS) -> pd.DataFrame:
    """Cells (col from the west, row from the south) for centroids with code, lon and lat."""
    from scipy.optimize import linear_sum_assignment

    if len(centroids) > columns * rows:
        raise ValueError(f"{len(centroids)} areas do not fit {columns} x {rows} cells")
    mid_lat = math.radians(float(centroids["lat"].mean()))
    x = centroids["lon"].to_numpy(float) * math.cos(mid_lat)  # kilometres east, roughly
    y = centroids["lat"].to_numpy(float)
    # Scale the points onto the grid's extent, cell centres at 0..columns-1 and 0..rows-1.
    gx = (x - x.min()) / (x.max() - x.min()) * (columns - 1)
    gy = (y - y.min()) / (y.max() - y.min()) * (rows - 1)
    cells = np.array([(c, r) for r in range(rows) for c in range(columns)], dtype=float)
    cost = (gx[:, None] - cells[None, :, 0]) ** 2 + (gy[:, None] - cells[None, :, 1]) ** 2
    chosen_points, chosen_cells = linear_sum_assignment(cost)
    codes = centroids["code"].astype(str).to_numpy()
    result = pd.DataFrame(
        {
            "code": codes[chosen_points],
            "col": cells[chosen_cells, 0].astype(int),
            "row": cells[chosen_cells, 1].astype(int),
        }
    )
    return result.sort_values("code").reset_index(drop=True)


def municipal_label_points(path: Path = AREAS_PATH) -> pd.DataFrame:
    """The 60 municipalities' label points (code, lon, lat) from the reviewed seed."""
    areas = pd.read_csv(path, dtype={"code": str})
    municipal = areas[areas["level"] == "municipality"]
    return municipal.rename(columns={"label_lon": "lon", "label_lat": "lat"})[
        ["code", "lon", "lat"]
    ].reset_index(drop=True)


def load_tiles(path: Path = TILES_PATH) -> pd.DataFrame:
    """The committed layout: code, col, row (row 0 is the southernmost)."""
    return pd.read_csv(path, dtype={"code": str, "col": int, "row": int})


def write_tiles(path: Path = TILES_PATH) -> pd.DataFrame:
    """Compute the layout from the seed's label points and write it as CSV."""
    tiles = layout(municipal_label_points())
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["code", "col", "row"])
        writer.writerows(tiles.itertuples(index=False))
    return tiles


if __name__ == "__main__":
    sys.exit(0 if len(write_tiles()) else 1)
