"""`python -m prevention geo`: obtain, verify and simplify the municipality boundaries.

The upstream file is pinned by URL (a commit) and sha256. It is read from a local mirror
folder when one exists, else downloaded with pooch, and is never trusted before its hash
matches. The simplified output is keyed by official municipality code, so pages join by code.
"""

import hashlib
import json
import os
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

import pooch
from shapely.errors import ShapelyError

from prevention.boundaries import simplify_and_check, write_geojson
from prevention.db import REPO_ROOT

# © VĮ Registrų centras, Address Register spatial data, CC BY 4.0, via the Lithuanian
# government's powerbi-map-lt repository at a fixed commit (see README, data sources).
UPSTREAM_NAME = "LT-savivaldybes-municipalities.json"
UPSTREAM_URL = (
    "https://raw.githubusercontent.com/govlt/powerbi-map-lt/"
    "6b0453db207ec96543313b5bec96bd8f46755e98/topojson/LT-savivaldybes-municipalities.json"
)
UPSTREAM_SHA256 = "5d43c5029de027954cd1724e91a1966fd6c82f9ce6d91f09370b1c3821491652"
MIRROR_ENV = "PREVENTION_GEO_MIRROR"
OUTPUT_ENV = "PREVENTION_GEO_DIR"
DEFAULT_MIRROR = REPO_ROOT.parent / "shared" / "data" / "geo" / "upstream"


class BoundaryHashError(RuntimeError):
    """The boundary file is not the pinned one; nothing was cached from it."""


def output_dir() -> Path:
    """Where the simplified boundaries are cached (ignored by git)."""
    return Path(os.environ.get(OUTPUT_ENV, REPO_ROOT / "data" / "geo"))


def mirror_dir() -> Path | None:
    """The local mirror folder, when configured or present beside the project."""
    configured = os.environ.get(MIRROR_ENV)
    if configured:
        return Path(configured)
    return DEFAULT_MIRROR if DEFAULT_MIRROR.is_dir() else None


def sha256_of(path: Path) -> str:
    """The file's sha256, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def obtain_upstream(dest_dir: Path) -> tuple[Path, str]:
    """The verified upstream file in dest_dir, and where it came from (mirror path or URL)."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    mirror = mirror_dir()
    if mirror is not None and (mirror / UPSTREAM_NAME).exists():
        candidate = mirror / UPSTREAM_NAME
        actual = sha256_of(candidate)
        if actual != UPSTREAM_SHA256:
            raise BoundaryHashError(
                f"{candidate} has sha256 {actual}, expected {UPSTREAM_SHA256}. The mirror copy "
                f"is not the pinned file: replace it with the file from {UPSTREAM_URL}, or unset "
                f"{MIRROR_ENV} to download it."
            )
        target = dest_dir / UPSTREAM_NAME
        shutil.copyfile(candidate, target)
        return target, str(candidate)
    try:
        fetched = pooch.retrieve(
            UPSTREAM_URL, known_hash=f"sha256:{UPSTREAM_SHA256}", fname=UPSTREAM_NAME,
            path=dest_dir, progressbar=False,
        )  # fmt: skip
    except ValueError as error:  # pooch's hash mismatch; it removes the bad download
        raise BoundaryHashError(
            f"download of {UPSTREAM_URL} failed its hash check: {error}"
        ) from error
    return Path(fetched), UPSTREAM_URL


def build_boundaries(force: bool = False) -> dict:
    """Obtain, simplify, check and cache the boundaries; returns the manifest."""
    out = output_dir()
    manifest_path = out / "manifest.json"
    if not force and manifest_path.exists() and boundaries_status() == "ok":
        return json.loads(manifest_path.read_text("utf-8"))
    with tempfile.TemporaryDirectory(prefix="prevention-geo-") as work:
        upstream, origin = obtain_upstream(Path(work))
        municipalities, counties, tolerance = simplify_and_check(upstream)
        out.mkdir(parents=True, exist_ok=True)
        sizes = {
            "municipalities.geojson": write_geojson(municipalities, out / "municipalities.geojson"),
            "counties.geojson": write_geojson(counties, out / "counties.geojson"),
        }
    manifest = {
        "upstream_url": UPSTREAM_URL,
        "upstream_sha256": UPSTREAM_SHA256,
        "origin": origin,
        "tolerance_m": tolerance,
        "bytes": sizes,
        "municipalities": len(municipalities),
        "counties": len(counties),
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "licence": "© VĮ Registrų centras, CC BY 4.0; simplified by Prevention Monitor",
    }
    _atomic_write(manifest_path, json.dumps(manifest, indent=2, ensure_ascii=False))
    return manifest


def boundaries_status() -> str:
    """ "ok", "missing" or "stale" (built from another upstream file than the pinned one)."""
    out = output_dir()
    needed = [out / "municipalities.geojson", out / "counties.geojson", out / "manifest.json"]
    if not all(path.exists() for path in needed):
        return "missing"
    try:
        manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    except (OSError, ValueError):
        return "stale"
    return "ok" if manifest.get("upstream_sha256") == UPSTREAM_SHA256 else "stale"


def load_geojson(name: str = "municipalities") -> dict | None:
    """The cached GeoJSON ("municipalities" or "counties"), None when not built or unreadable."""
    path = output_dir() / f"{name}.geojson"
    if boundaries_status() != "ok":
        return None
    try:
        return json.loads(path.read_text("utf-8"))
    except (OSError, ValueError):
        return None


def _atomic_write(path: Path, text: str) -> None:
    """Write beside the target, then rename, so readers never see half a file."""
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)


def run(force: bool = False) -> int:
    """CLI entry: build the boundaries and print a one-line summary, or a clear error."""
    try:
        manifest = build_boundaries(force=force)
    except (BoundaryHashError, OSError, ValueError, ShapelyError) as error:
        print(f"boundaries not built: {error}", file=sys.stderr)
        return 1
    total = sum(manifest["bytes"].values()) // 1024
    print(
        f"boundaries: {manifest['municipalities']} municipalities, {manifest['counties']} "
        f"counties, {total} KB (tolerance {manifest['tolerance_m']} m, sha256 ok, "
        f"from {manifest['origin']}) in {output_dir()}"
    )
    return 0
