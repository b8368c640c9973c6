"""`python -m prevention geo`: obtain, verify and simplify the municipality boundaries.

The upstream file is pinned by URL (a commit) and sha256. It is read from a local mirror
folder when one exists, else downloaded with pooch, and is never used before its hash
matches. The simplified output is keyed by official municipality code, so pages join by code.
"""

import hashlib
import json
import logging
import os
import re
import shutil
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, NamedTuple

# © VĮ Registrų centras, Address Register spatial data, CC BY 4.0, via the Lithuanian
# government's repository govlt/powerbi-map-lt at a fixed commit (2022-10-21).
UPSTREAM_NAME = "LT-savivaldybes-municipalities.json"
UPSTREAM_URL = (
    "https://raw.githubusercontent.com/govlt/powerbi-map-lt/"
    "6b0453db207ec96543313b5bec96bd8f46755e98/topojson/LT-savivaldybes-municipalities.json"
)
UPSTREAM_SHA256 = "5d43c5029de027954cd1724e91a1966fd6c82f9ce6d91f09370b1c3821491652"
LICENCE = "© VĮ Registrų centras, CC BY 4.0; simplified by Prevention Monitor"
MIRROR_ENV = "PREVENTION_GEO_MIRROR"
OUTPUT_ENV = "PREVENTION_GEO_DIR"
REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_MIRROR = REPO_ROOT.parent / "shared" / "data" / "geo" / "upstream"
LAYERS = ("municipalities.geojson", "counties.geojson")
log = logging.getLogger(__name__)


class BoundaryHashError(RuntimeError):
    """The upstream file is not the pinned one; nothing was cached from it."""

    def __init__(self, source: str, actual: str) -> None:
        super().__init__(
            f"{UPSTREAM_NAME} from {source} has sha256 {actual}, expected {UPSTREAM_SHA256}; "
            f"it was not cached. Put the file from {UPSTREAM_URL} in the mirror folder, or "
            f"point {MIRROR_ENV} at a folder without it to download it."
        )


class BoundaryDownloadError(RuntimeError):
    """The pinned file could not be downloaded (no network, or the host refused)."""

    def __init__(self, reason: str) -> None:
        super().__init__(
            f"the download of {UPSTREAM_NAME} failed ({reason}). Without network, download "
            f"{UPSTREAM_URL} elsewhere, put it in a folder and point {MIRROR_ENV} at that "
            f"folder (default {DEFAULT_MIRROR}); its sha256 must be {UPSTREAM_SHA256}."
        )


class Status(NamedTuple):
    """Whether the cached boundaries can be shown, and why not."""

    state: Literal["ok", "missing", "mismatch"]
    detail: str


def output_dir() -> Path:
    """Where the simplified boundaries are cached (ignored by git)."""
    return Path(os.environ.get(OUTPUT_ENV) or REPO_ROOT / "data" / "geo")


def mirror_file() -> Path | None:
    """The upstream file in the local mirror folder, when there is one."""
    folder = Path(os.environ.get(MIRROR_ENV) or DEFAULT_MIRROR)
    return folder / UPSTREAM_NAME if (folder / UPSTREAM_NAME).is_file() else None


def sha256_of(path: Path) -> str:
    """The file's sha256, read in blocks."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def obtain_upstream(dest_dir: Path) -> Path:
    """The pinned upstream file, verified, in dest_dir: copied from the mirror or downloaded."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    target, mirror = dest_dir / UPSTREAM_NAME, mirror_file()
    if mirror is None:
        import pooch  # only the download path needs it

        try:  # pooch checks the hash before moving the download into place
            pooch.retrieve(
                UPSTREAM_URL, known_hash=f"sha256:{UPSTREAM_SHA256}", fname=UPSTREAM_NAME,
                path=dest_dir, progressbar=False,
            )  # fmt: skip
        except ValueError as error:
            found = re.search(r"but got ([0-9a-f]{64})", str(error))
            if found is None:
                raise
            raise BoundaryHashError(UPSTREAM_URL, found.group(1)) from error
        except OSError as error:  # requests' errors are OSErrors: name the way round them
            raise BoundaryDownloadError(type(error).__name__) from error
        source, staged = UPSTREAM_URL, target
    else:  # copy beside the target, verify the copy, then rename: no bad file is ever cached
        source, staged = str(mirror), target.with_name(f".{UPSTREAM_NAME}.tmp")
        shutil.copyfile(mirror, staged)
    actual = sha256_of(staged)
    if actual != UPSTREAM_SHA256:
        staged.unlink()
        raise BoundaryHashError(source, actual)
    os.replace(staged, target)
    return target


def build_boundaries(force: bool = False) -> dict:
    """Obtain, simplify, check and cache both layers; returns the manifest."""
    out = output_dir()
    if not force and boundaries_status().state == "ok":
        return json.loads((out / "manifest.json").read_text("utf-8"))
    # geopandas is imported only to build: the app just reads the cached JSON.
    from prevention.geo import boundaries

    mirror = mirror_file()
    upstream = obtain_upstream(out / "upstream")
    # Stage everything in one folder beside the output and rename at the end, manifest last,
    # so a failed check or a crash leaves the previous build (or nothing) in place.
    with tempfile.TemporaryDirectory(prefix=".build-", dir=out) as work:
        staged = Path(work)
        facts = boundaries.build(upstream, staged)
        manifest = {
            "upstream_url": UPSTREAM_URL,
            "upstream_sha256": UPSTREAM_SHA256,
            "origin": f"mirror {mirror}" if mirror else UPSTREAM_URL,
            **facts,
            "sha256": {name: sha256_of(staged / name) for name in LAYERS},
            "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "licence": LICENCE,
        }
        text = json.dumps(manifest, indent=2, ensure_ascii=False)
        (staged / "manifest.json").write_text(text + "\n", encoding="utf-8")
        for name in (*LAYERS, "manifest.json"):
            os.replace(staged / name, out / name)
    return manifest


def boundaries_path(name: Literal["municipalities", "counties"] = "municipalities") -> Path:
    """Where the app reads a simplified layer from."""
    return output_dir() / f"{name}.geojson"


def boundaries_status() -> Status:
    """Missing (never built), mismatch (other upstream or edited output) or ok."""
    out = output_dir()
    absent = [name for name in (*LAYERS, "manifest.json") if not (out / name).is_file()]
    if absent:
        return Status("missing", f"not built yet ({', '.join(absent)}): run make setup")
    try:
        manifest = json.loads((out / "manifest.json").read_text("utf-8"))
    except (OSError, ValueError) as error:
        return Status("mismatch", f"manifest unreadable: {error}")
    if manifest.get("upstream_sha256") != UPSTREAM_SHA256:
        return Status("mismatch", "built from another upstream file: run python -m prevention geo")
    changed = [
        name for name in LAYERS if manifest.get("sha256", {}).get(name) != sha256_of(out / name)
    ]
    if changed:
        return Status("mismatch", f"{', '.join(changed)} changed since the build: rebuild")
    return Status(
        "ok", f"{manifest['municipalities']} municipalities, built {manifest['built_at']}"
    )


def load_municipalities() -> dict | None:
    """The municipalities GeoJSON (feature property `code`), or None when not usable."""
    return _load("municipalities")


def load_counties() -> dict | None:
    """The counties GeoJSON (feature property `code`, ISO 3166-2), or None when not usable."""
    return _load("counties")


def _load(name: Literal["municipalities", "counties"]) -> dict | None:
    """A cached layer, only when its manifest vouches for it; logs why not otherwise."""
    status = boundaries_status()
    if status.state != "ok":
        log.warning("boundaries %s: %s", status.state, status.detail)
        return None
    try:
        return json.loads(boundaries_path(name).read_text("utf-8"))
    except (OSError, ValueError):
        log.exception("boundaries unreadable: %s", boundaries_path(name))
        return None


def run(force: bool = False) -> int:
    """CLI entry: build the boundaries and print a one-line summary, or a clear error."""
    from prevention.geo.boundaries import BoundaryCheckError

    fresh = force or boundaries_status().state != "ok"
    try:
        manifest = build_boundaries(force=force)
    except (BoundaryHashError, BoundaryDownloadError, BoundaryCheckError, OSError) as error:
        print(f"boundaries not built: {error}", file=sys.stderr)
        return 1
    sizes = manifest["bytes"]
    print(
        f"boundaries: {manifest['municipalities']} municipalities "
        f"({sizes['municipalities.geojson'] // 1024} KB), {manifest['counties']} counties "
        f"({sizes['counties.geojson'] // 1024} KB), tolerance {manifest['tolerance_m']} m "
        + (f"(upstream sha256 ok, from {manifest['origin']})" if fresh else "(up to date)")
        + f" in {output_dir()}"
    )
    return 0
