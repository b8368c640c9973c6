"""Which requests the server rules refuse before Streamlit sees them."""

import pytest

from prevention.web.server_rules import foreign_origin, refused


@pytest.mark.parametrize(
    "path",
    ["/_stcore/upload_file/abc/def", "/_stcore/metrics", "/_stcore/metrics/",
     "/base/_stcore/upload_file/x/y", "/base/_stcore/metrics"],
)  # fmt: skip
def test_uploads_and_metrics_are_refused_under_any_base_path(path: str) -> None:
    assert refused(path)


@pytest.mark.parametrize("path", ["/", "/trends", "/_stcore/health", "/_stcore/stream",
                                  "/_stcore/metricsx", "/static/js/metrics.js"])  # fmt: skip
def test_what_a_visitor_needs_is_not(path: str) -> None:
    assert not refused(path)


def scope(origin: str | None, host: str | None) -> dict:
    headers = [(b"origin", origin.encode())] if origin else []
    headers += [(b"host", host.encode())] if host else []
    return {"type": "websocket", "headers": headers}


def test_a_websocket_from_another_origin_is_foreign() -> None:
    assert foreign_origin(scope("https://elsewhere.example", "site.lt"))
    assert foreign_origin(scope("https://site.lt:8443", "site.lt"))
    assert not foreign_origin(scope("https://site.lt", "site.lt"))
    assert not foreign_origin(scope("http://127.0.0.1:9000", "127.0.0.1:9000"))
    assert not foreign_origin(scope("http://localhost:3000", "site.lt"))
    assert not foreign_origin(scope(None, "site.lt"))
