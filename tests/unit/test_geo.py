"""Boundaries: pinned file from a mirror or a download, hash-checked, simplified, keyed by code."""

import functools
import http.server
import json
import shutil
import threading

import geopandas as gpd
import pytest

from prevention.geo import boundaries
from prevention.geo import fetch as geo

MIRROR = geo.DEFAULT_MIRROR if geo.mirror_file() is None else geo.mirror_file().parent
pytestmark = pytest.mark.skipif(
    not (MIRROR / geo.UPSTREAM_NAME).is_file(),
    reason=f"no local mirror of {geo.UPSTREAM_NAME}: put it in {geo.DEFAULT_MIRROR} "
    f"or point {geo.MIRROR_ENV} at its folder",
)


@pytest.fixture
def geo_dirs(tmp_path, monkeypatch):
    out = tmp_path / "geo"
    monkeypatch.setenv(geo.OUTPUT_ENV, str(out))
    monkeypatch.setenv(geo.MIRROR_ENV, str(MIRROR))
    return out


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """One real build from the mirror (about 2 s), shared by the read-only checks."""
    out = tmp_path_factory.mktemp("geo")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(geo.OUTPUT_ENV, str(out))
        patch.setenv(geo.MIRROR_ENV, str(MIRROR))
        manifest = geo.build_boundaries(force=True)
    return out, manifest


@pytest.fixture
def corrupt_mirror(tmp_path, monkeypatch):
    mirror = tmp_path / "mirror"
    mirror.mkdir()
    data = bytearray((MIRROR / geo.UPSTREAM_NAME).read_bytes())
    data[100] ^= 1
    (mirror / geo.UPSTREAM_NAME).write_bytes(bytes(data))
    monkeypatch.setenv(geo.MIRROR_ENV, str(mirror))
    return mirror


@pytest.fixture
def served(tmp_path, monkeypatch):
    """The upstream file behind a local HTTP server standing in for GitHub; no mirror."""
    folder = tmp_path / "served"
    folder.mkdir()
    shutil.copy(MIRROR / geo.UPSTREAM_NAME, folder / geo.UPSTREAM_NAME)
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(folder))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.RequestHandlerClass.log_message = lambda *args: None  # type: ignore[attr-defined]
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    monkeypatch.setenv(geo.MIRROR_ENV, str(tmp_path / "no-mirror"))
    url = f"http://127.0.0.1:{server.server_port}/{geo.UPSTREAM_NAME}"
    monkeypatch.setattr(geo, "UPSTREAM_URL", url)
    yield url
    server.shutdown()
    server.server_close()


def test_mirror_build_writes_60_municipalities_keyed_by_code(built):
    out, manifest = built
    data = json.loads((out / "municipalities.geojson").read_text("utf-8"))
    codes = sorted(feature["properties"]["code"] for feature in data["features"])
    assert len(codes) == 60 and len(set(codes)) == 60
    assert codes[0] == "11" and codes[-1] == "94" and "13" in codes  # "13": Vilnius city
    assert set(data["features"][0]["properties"]) == {"code", "county_iso"}
    assert manifest["upstream_sha256"] == geo.UPSTREAM_SHA256
    assert manifest["origin"] == f"mirror {MIRROR / geo.UPSTREAM_NAME}"
    assert json.loads((out / "manifest.json").read_text("utf-8")) == manifest


def test_simplified_layers_are_small_enough_for_a_phone(built):
    out, manifest = built
    size = (out / "municipalities.geojson").stat().st_size
    assert 100_000 < size < 300_000 and manifest["bytes"]["municipalities.geojson"] == size
    counties = json.loads((out / "counties.geojson").read_text("utf-8"))
    assert sorted(f["properties"]["code"] for f in counties["features"]) == sorted(
        boundaries.COUNTY_ISO.values()
    )


def test_neighbours_keep_their_shared_borders_without_gaps_or_overlaps(built):
    out, _ = built
    original = boundaries.read_upstream(MIRROR / geo.UPSTREAM_NAME)
    written = gpd.read_file(out / "municipalities.geojson").to_crs(boundaries.LKS94)
    assert len(boundaries.neighbours(original)) == 140
    assert boundaries.neighbours(written) == boundaries.neighbours(original)
    assert boundaries.overlap_m2(written) < 1.0
    union = written.union_all()
    assert union.geom_type == "Polygon" and not union.interiors
    assert written.is_valid.all()


def test_the_checks_catch_a_broken_coverage():
    original = boundaries.read_upstream(MIRROR / geo.UPSTREAM_NAME)
    with pytest.raises(boundaries.BoundaryCheckError, match="expected 60"):
        boundaries.check(original.iloc[1:], original)
    shrunk = original.copy()
    shrunk.loc[0, "geometry"] = shrunk.geometry.iloc[0].buffer(-200)  # opens a gap
    with pytest.raises(boundaries.BoundaryCheckError, match="gaps"):
        boundaries.check(shrunk, original)


def test_wrong_hash_in_mirror_is_refused_and_nothing_cached(geo_dirs, corrupt_mirror, capsys):
    with pytest.raises(geo.BoundaryHashError) as raised:
        geo.build_boundaries(force=True)
    message = str(raised.value)
    assert geo.UPSTREAM_NAME in message and f"expected {geo.UPSTREAM_SHA256}" in message
    assert str(corrupt_mirror) in message and geo.UPSTREAM_URL in message  # what to do
    assert not any(path.is_file() for path in geo_dirs.rglob("*"))
    assert geo.run(force=True) == 1  # the command says so instead of a traceback
    assert "boundaries not built" in capsys.readouterr().err


def test_download_path_verifies_the_hash(tmp_path, served, monkeypatch):
    path = geo.obtain_upstream(tmp_path / "download")
    assert geo.sha256_of(path) == geo.UPSTREAM_SHA256
    monkeypatch.setattr(geo, "UPSTREAM_SHA256", "0" * 64)
    with pytest.raises(geo.BoundaryHashError, match=f"from {served} has sha256 5d43c502"):
        geo.obtain_upstream(tmp_path / "download-bad")
    assert not any((tmp_path / "download-bad").iterdir())


def test_download_build_records_the_url(geo_dirs, served, capsys):
    assert geo.run() == 0
    assert geo.build_boundaries()["origin"] == served
    assert f"from {served}" in capsys.readouterr().out


def test_missing_boundaries_load_as_none(geo_dirs):
    assert geo.boundaries_status().state == "missing"
    assert "make setup" in geo.boundaries_status().detail
    assert geo.load_municipalities() is None


def test_second_run_reuses_the_cache_and_notices_edits(geo_dirs, capsys):
    first = geo.build_boundaries()
    assert geo.build_boundaries()["built_at"] == first["built_at"]
    assert geo.load_municipalities()["type"] == "FeatureCollection"
    assert geo.run() == 0 and "(up to date)" in capsys.readouterr().out
    with (geo_dirs / "counties.geojson").open("a") as handle:
        handle.write(" ")
    assert geo.boundaries_status().state == "mismatch"
    assert geo.load_counties() is None


def test_manifest_from_another_upstream_is_a_mismatch(geo_dirs, monkeypatch):
    geo.build_boundaries()
    monkeypatch.setattr(geo, "UPSTREAM_SHA256", "0" * 64)
    assert geo.boundaries_status().state == "mismatch"
    assert geo.load_municipalities() is None


def test_a_failed_download_says_where_to_put_the_file(geo_dirs, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(geo.MIRROR_ENV, str(tmp_path / "no-mirror"))
    monkeypatch.setattr(geo, "UPSTREAM_URL", "http://127.0.0.1:9/closed-port.json")
    with pytest.raises(geo.BoundaryDownloadError) as raised:
        geo.obtain_upstream(tmp_path / "download")
    message = str(raised.value)
    assert "download" in message and geo.MIRROR_ENV in message and geo.UPSTREAM_SHA256 in message
    assert "HTTPConnectionPool" not in message  # the raw library text stays out
    assert geo.run(force=True) == 1
    assert "boundaries not built: the download" in capsys.readouterr().err
