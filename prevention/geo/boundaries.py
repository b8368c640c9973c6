"""Topology-preserving simplification of the municipality boundaries, with the checks it must pass.

Simplifying each polygon on its own would open gaps and slivers between neighbours; the
`topojson` package simplifies each shared border once, so neighbours keep one common line.
"""

import os
from pathlib import Path

import geopandas as gpd
import topojson
from shapely.geometry.base import BaseGeometry

# Douglas-Peucker tolerance in metres (LKS94). Swept on this (already generalised) upstream,
# GeoJSON of the 60 at 5 decimals: 200 m 241 KB, 250 m 209 KB, 300 m 184 KB, 350 m 166 KB;
# from 375 m Molėtai (62) turns invalid. 300 m is well under the 300 KB budget for a phone,
# keeps a margin below the failing range, and is invisible at a national map's scale.
TOLERANCE_M = 300
LKS94 = "EPSG:3346"  # metres, the national projection; all geometry work happens in it
WGS84 = "EPSG:4326"
# Registrų centras county codes (APS_KODAS) -> ISO 3166-2, the store's county codes
# (as in shared/data/geo/municipalities.csv, columns county_code and county_iso).
COUNTY_ISO = {
    1: "LT-AL", 2: "LT-KU", 3: "LT-KL", 4: "LT-MR", 5: "LT-PN",
    6: "LT-SA", 7: "LT-TA", 8: "LT-TE", 9: "LT-UT", 10: "LT-VL",
}  # fmt: skip
MUNICIPALITIES = 60
MAX_OVERLAP_M2 = 1.0  # float noise; a real overlap between neighbours is thousands of m²


class BoundaryCheckError(ValueError):
    """The simplified boundaries lost a municipality, overlap, leave a gap or lost a neighbour."""


def read_upstream(path: Path) -> gpd.GeoDataFrame:
    """The upstream TopoJSON as municipalities keyed by 2-digit official code, in LKS94."""
    frame = gpd.read_file(path)
    frame = frame.set_crs(WGS84)  # the file has no CRS member; its publisher says WGS 84
    frame["code"] = frame["SAV_KODAS"].astype(int).map("{:02d}".format)
    frame["county_iso"] = frame["APS_KODAS"].astype(int).map(COUNTY_ISO)
    frame = frame[["code", "county_iso", "geometry"]].to_crs(LKS94)
    return frame.sort_values("code", ignore_index=True)


def simplify(frame: gpd.GeoDataFrame, tolerance: float = TOLERANCE_M) -> gpd.GeoDataFrame:
    """Simplify each shared border once, so the coverage keeps no gaps or overlaps."""
    topology = topojson.Topology(
        frame, prequantize=False, topology=True, toposimplify=tolerance,
        prevent_oversimplify=True, simplify_algorithm="dp",
    )  # fmt: skip
    simplified = topology.to_gdf().set_crs(LKS94, allow_override=True)
    return simplified[["code", "county_iso", "geometry"]].sort_values("code", ignore_index=True)


def dissolve_counties(municipalities: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Counties from the simplified municipalities, so both layers share the same borders."""
    counties = municipalities[["county_iso", "geometry"]].dissolve(by="county_iso", as_index=False)
    return counties.rename(columns={"county_iso": "code"})


def check(simplified: gpd.GeoDataFrame, original: gpd.GeoDataFrame) -> None:
    """Raise unless all 60 are there, valid, without overlaps or gaps, neighbours kept."""
    codes = simplified["code"]
    if len(simplified) != MUNICIPALITIES or codes.nunique() != MUNICIPALITIES:
        raise BoundaryCheckError(f"{len(codes)} features, {codes.nunique()} codes; expected 60")
    invalid = simplified.loc[~simplified.is_valid, "code"].tolist()
    if invalid:  # overlaps and gaps cannot be measured on invalid shapes
        raise BoundaryCheckError(f"invalid geometry after simplification: {invalid}")
    problems = []
    overlap = overlap_m2(simplified)
    if overlap > MAX_OVERLAP_M2:
        problems.append(f"neighbours overlap by {overlap:.0f} m²")
    union = simplified.union_all()
    holes = sum(len(part.interiors) for part in getattr(union, "geoms", [union]))
    if union.geom_type != "Polygon" or holes:
        problems.append(f"gaps: the union is a {union.geom_type} with {holes} holes")
    before, after = neighbours(original), neighbours(simplified)
    lost, gained = before - after, after - before
    if lost or gained:
        problems.append(f"neighbour pairs lost {sorted(lost)}, gained {sorted(gained)}")
    if problems:
        raise BoundaryCheckError("; ".join(problems))


def check_counties(counties: gpd.GeoDataFrame) -> None:
    """Raise unless the 10 counties are there, valid and without overlaps."""
    codes = sorted(counties["code"])
    if codes != sorted(COUNTY_ISO.values()):
        raise BoundaryCheckError(f"counties {codes}, expected {sorted(COUNTY_ISO.values())}")
    if not counties.is_valid.all() or overlap_m2(counties) > MAX_OVERLAP_M2:
        raise BoundaryCheckError("counties are invalid or overlap after dissolving")


def build(upstream: Path, folder: Path, tolerance: float = TOLERANCE_M) -> dict[str, object]:
    """Write both layers into folder, checked as written; facts for the manifest."""
    original = read_upstream(upstream)
    simplified = simplify(original, tolerance)
    sizes = {
        "municipalities.geojson": write_geojson(simplified, folder / "municipalities.geojson"),
        "counties.geojson": write_geojson(
            dissolve_counties(simplified), folder / "counties.geojson"
        ),
    }
    # Check what readers get (WGS 84 rounded to 5 decimals), not the shapes in memory:
    # rounding alone can make a ring invalid.
    written = gpd.read_file(folder / "municipalities.geojson").to_crs(LKS94)
    check(written, original)
    check_counties(gpd.read_file(folder / "counties.geojson").to_crs(LKS94))
    return {
        "tolerance_m": tolerance,
        "bytes": sizes,
        "municipalities": len(written),
        "counties": len(COUNTY_ISO),
        "neighbour_pairs": len(neighbours(written)),
        "max_deviation_m": round(max_deviation_m(written, original)),
    }


def write_geojson(frame: gpd.GeoDataFrame, path: Path) -> int:
    """RFC 7946 GeoJSON with 5 decimals (about 1 m), written atomically; returns its bytes."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.unlink(missing_ok=True)
    frame.to_crs(WGS84).to_file(
        temporary, driver="GeoJSON", engine="pyogrio", layer=path.stem,
        layer_options={"COORDINATE_PRECISION": 5, "RFC7946": "YES", "WRITE_BBOX": "NO"},
    )  # fmt: skip
    os.replace(temporary, path)
    return path.stat().st_size


def overlap_m2(frame: gpd.GeoDataFrame) -> float:
    """Total area shared by any two features (zero for a clean coverage)."""
    return sum(shared.area for _, shared in _shared_borders(frame))


def neighbours(frame: gpd.GeoDataFrame) -> set[tuple[str, str]]:
    """Pairs of codes sharing a border line; touching at a point does not count."""
    return {pair for pair, shared in _shared_borders(frame) if shared.length > 1.0}


def max_deviation_m(simplified: gpd.GeoDataFrame, original: gpd.GeoDataFrame) -> float:
    """The largest Hausdorff distance between a simplified and an original municipality."""
    joined = simplified.merge(original, on="code", suffixes=("", "_original"))
    shifts = joined.geometry.hausdorff_distance(gpd.GeoSeries(joined["geometry_original"]))
    return float(shifts.max())


def _shared_borders(frame: gpd.GeoDataFrame) -> list[tuple[tuple[str, str], BaseGeometry]]:
    """Each pair of intersecting features once, with the geometry they share."""
    left_index, right_index = frame.sindex.query(frame.geometry, predicate="intersects")
    geometry, codes = frame.geometry.to_numpy(), frame["code"].to_numpy()
    return [
        (_pair(codes[left], codes[right]), geometry[left].intersection(geometry[right]))
        for left, right in zip(left_index, right_index, strict=True)
        if left < right
    ]


def _pair(first: object, second: object) -> tuple[str, str]:
    """A neighbour pair in code order, whatever order the features came in."""
    low, high = sorted((str(first), str(second)))
    return low, high
