"""Boundaries: pinned file from a mirror or a download, hash-checked, simplified, keyed by code."""

import functools
import http.server
import json
import shutil
import threading
from pathlib import Path

import pytest

from prevention import geo

MIRROR = geo.DEFAULT_MIRROR


@pytest.fixture
def geo_dirs(tmp_path, monkeypatch):
    out = tmp_path / "geo"
    monkeypatch.setenv(geo.OUTPUT_ENV, str(out))
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One real build from the mirror, shared by the read-only checks."""
    out = tmp_path_factory.mktemp("geo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(geo.OUTPUT_ENV, str(out))
        patch.setenv(geo.MIRROR_ENV, str(MIRROR))
        manifest = geo.build_boundaries(force=True)
    return out, manifest


def test_mirror_build_writes_60_municipalities_keyed_by_code(built):
    out, manifest = built
    data = json.loads((out / "municipalities.geojson").read_text("utf-8"))
    codes = sorted(feature["properties"]["code"] for feature in data["features"])
    assert len(codes) == 60 and len(set(codes)) == 60
    assert "13" in codes and "94" in codes  # Vilnius city, Jurbarkas district
    assert manifest["upstream_sha256"] == geo.UPSTREAM_SHA256


def test_simplified_map_is_small_enough_for_a_browser(built):
    out, _ = built
    assert (out / "municipalities.geojson").stat().st_size < 300_000
    counties = json.loads((out / "counties.geojson").read_text("utf-8"))
    assert sorted(f["properties"]["code"] for f in counties["features"])[0] == "LT-AL"
    assert len(counties["features"]) == 10


def test_wrong_hash_in_mirror_is_refused_and_nothing_cached(tmp_path, geo_dirs, monkeypatch):
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    data = bytearray((MIRROR / geo.UPSTREAM_NAME).read_bytes())
    data[100] ^= 1
    (mirror / geo.UPSTREAM_NAME).write_bytes(bytes(data))
    monkeypatch.setenv(geo.MIRROR_ENV, str(mirror))
    with pytest.raises(geo.BoundaryHashError, match="expected 5d43c502"):
        geo.build_boundaries(force=True)
    assert not (geo_dirs / "municipalities.geojson").exists()
    assert geo.run(force=True) == 1  # the command says so instead of a traceback


def test_download_path_verifies_the_hash(tmp_path, geo_dirs, monkeypatch):
    served = tmp_path / "served"
    served.mkdir()
    shutil.copy(MIRROR / geo.UPSTREAM_NAME, served / geo.UPSTREAM_NAME)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(served))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        monkeypatch.setenv(geo.MIRROR_ENV, str(tmp_path / "no-mirror"))
        url = f"http://127.0.0.1:{server.server_port}/{geo.UPSTREAM_NAME}"
        monkeypatch.setattr(geo, "UPSTREAM_URL", url)
        path, origin = geo.obtain_upstream(tmp_path / "download")
        assert origin == url and geo.sha256_of(path) == geo.UPSTREAM_SHA256
        monkeypatch.setattr(geo, "UPSTREAM_SHA256", "0" * 64)
        with pytest.raises(geo.BoundaryHashError):
            geo.obtain_upstream(tmp_path / "download-bad")
        assert not (tmp_path / "download-bad" / geo.UPSTREAM_NAME).exists()
    finally:
        server.shutdown()


def test_missing_boundaries_load_as_none(geo_dirs):
    assert geo.boundaries_status() == "missing"
    assert geo.load_geojson() is None


def test_second_run_reuses_the_cache(geo_dirs, monkeypatch):
    monkeypatch.setenv(geo.MIRROR_ENV, str(MIRROR))
    first = geo.build_boundaries()
    second = geo.build_boundaries()
    assert first["built_at"] == second["built_at"]
    assert geo.boundaries_status() == "ok"
    assert Path(geo_dirs / "manifest.json").exists()
