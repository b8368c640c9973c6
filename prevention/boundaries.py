"""Topology-preserving simplification of the municipality boundaries, with the checks it must pass.

Simplifying each polygon on its own would open gaps and slivers between neighbours; the
`topojson` package simplifies each shared border once, so neighbours keep one common line.
"""

import os
from pathlib import Path

import geopandas as gpd
import topojson

# Douglas-Peucker tolerance in metres (LKS94). 500 m keeps all 140 neighbour relations and
# puts the 60 municipalities in about 125 KB of GeoJSON (250 m: 209 KB; 400 m made one
# polygon invalid), small enough to send to a phone; invisible at a national map's scale.
TOLERANCE_M = 500
LKS94 = "EPSG:3346"
WGS84 = "EPSG:4326"
# Registrų centras county codes (APS_KODAS) -> ISO 3166-2, the store's county codes.
COUNTY_ISO = {
    1: "LT-AL", 2: "LT-KU", 3: "LT-KL", 4: "LT-MR", 5: "LT-PN",
    6: "LT-SA", 7: "LT-TA", 8: "LT-TE", 9: "LT-UT", 10: "LT-VL",
}  # fmt: skip
MUNICIPALITIES = 60


class BoundaryCheckError(ValueError):
    """The simplified boundaries lost a municipality, overlap, or leave a gap."""


def read_upstream(path: Path) -> gpd.GeoDataFrame:
    """The upstream TopoJSON as municipalities keyed by 2-digit official code, in LKS94."""
    frame = gpd.read_file(path)
    frame = frame.set_crs(WGS84)  # the file has no CRS member; its publisher says WGS 84
    frame["code"] = frame["SAV_KODAS"].astype(int).map("{:02d}".format)
    frame["county"] = frame["APS_KODAS"].astype(int).map(COUNTY_ISO)
    return frame[["code", "county", "geometry"]].to_crs(LKS94)


def simplify(frame: gpd.GeoDataFrame, tolerance: float = TOLERANCE_M) -> gpd.GeoDataFrame:
    """Simplify shared borders once each, so the coverage keeps no gaps or overlaps."""
    topology = topojson.Topology(
        frame, prequantize=False, topology=True, toposimplify=tolerance,
        prevent_oversimplify=True, simplify_algorithm="dp",
    )  # fmt: skip
    simplified = topology.to_gdf()
    simplified = simplified.set_crs(LKS94, allow_override=True)
    return simplified[["code", "county", "geometry"]].sort_values("code", ignore_index=True)


def check(simplified: gpd.GeoDataFrame, original: gpd.GeoDataFrame) -> None:
    """Raise unless all 60 are there, valid, without overlaps or gaps, neighbours kept."""
    problems = []
    if len(simplified) != MUNICIPALITIES or simplified["code"].nunique() != MUNICIPALITIES:
        problems.append(f"{simplified['code'].nunique()} municipalities, expected 60")
    invalid = simplified.loc[~simplified.is_valid, "code"].tolist()
    if invalid:  # overlaps and gaps cannot be measured on invalid shapes
        raise BoundaryCheckError(f"invalid geometry after simplification: {invalid}")
    overlap = _overlap_m2(simplified)
    if overlap > 1.0:
        problems.append(f"neighbours overlap by {overlap:.0f} m²")
    union = simplified.union_all()
    holes = sum(len(part.interiors) for part in getattr(union, "geoms", [union]))
    if union.geom_type != "Polygon" or holes:
        problems.append(f"the union has gaps: {union.geom_type} with {holes} holes")
    if _neighbours(simplified) != _neighbours(original):
        problems.append("neighbour relations changed")
    if problems:
        raise BoundaryCheckError("; ".join(problems))


def simplify_and_check(
    upstream: Path,
) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame, float]:
    """Municipalities and counties in WGS 84, checked; plus the tolerance used."""
    original = read_upstream(upstream)
    simplified = simplify(original)
    check(simplified, original)
    counties = simplified.dissolve(by="county", as_index=False)[["county", "geometry"]]
    municipalities = simplified.to_crs(WGS84)
    counties = counties.rename(columns={"county": "code"}).to_crs(WGS84)
    return municipalities, counties, TOLERANCE_M


def write_geojson(frame: gpd.GeoDataFrame, path: Path) -> int:
    """RFC 7946 GeoJSON with 5 decimals (about 1 m), written atomically; returns its bytes."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.unlink(missing_ok=True)
    frame.to_file(
        temporary, driver="GeoJSON", engine="pyogrio",
        layer_options={"COORDINATE_PRECISION": 5, "RFC7946": "YES", "WRITE_BBOX": "NO"},
    )  # fmt: skip
    os.replace(temporary, path)
    return path.stat().st_size


def _overlap_m2(frame: gpd.GeoDataFrame) -> float:
    """Total area shared by any two municipalities (zero for a clean coverage)."""
    pairs = frame.sindex.query(frame.geometry, predicate="intersects")
    total = 0.0
    for left, right in zip(*pairs, strict=True):
        if left < right:
            total += frame.geometry.iloc[left].intersection(frame.geometry.iloc[right]).area
    return total


def _neighbours(frame: gpd.GeoDataFrame) -> set[tuple[str, str]]:
    """Pairs of municipalities sharing a border line (not just a point)."""
    pairs = frame.sindex.query(frame.geometry, predicate="intersects")
    found = set()
    for left, right in zip(*pairs, strict=True):
        if left < right:
            shared = frame.geometry.iloc[left].intersection(frame.geometry.iloc[right])
            if shared.length > 1.0:
                found.add(tuple(sorted((frame["code"].iloc[left], frame["code"].iloc[right]))))
    return found
