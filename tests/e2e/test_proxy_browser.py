"""Two app processes behind nginx with the deployment's headers: every page draws under the CSP.

Also: both processes serve the same release, static files are compressed, and the headers a
public deployment needs are present on every response.
"""

import re
import urllib.request

import pytest

from tests.e2e.conftest import wait_for_run
from tests.e2e.servers import app_processes, nginx_proxy

pytestmark = pytest.mark.e2e

PAGES = ["/", "/trends", "/map", "/municipality", "/compare", "/measures", "/duplicates", "/data"]
# Collected in the page before any script of the app runs.
RECORD_VIOLATIONS = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', event => {
  window.__csp.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


@pytest.fixture(scope="module")
def proxied(seed_store, tmp_path_factory):
    with app_processes(seed_store, 2) as backends:
        with nginx_proxy(backends, tmp_path_factory.mktemp("nginx")) as url:
            yield url, backends


def fetch(url: str, **headers: str):
    request = urllib.request.Request(url, headers=headers)
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.headers, response.read()


def test_security_headers_and_compression(proxied):
    url, _ = proxied
    status, headers, _ = fetch(f"{url}/")
    assert status == 200
    policy = headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "'unsafe-eval'" not in policy  # WebAssembly only ('wasm-unsafe-eval'), never JS eval
    assert headers["Strict-Transport-Security"].startswith("max-age=")
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "nginx/" not in headers.get("Server", "")
    _, _, page = fetch(f"{url}/")
    bundle = re.search(rb'src="\.?/?(static/js/[^"]+\.js)"', page)
    assert bundle, "the page links Streamlit's script bundle"
    _, plain, body = fetch(f"{url}/{bundle.group(1).decode()}")
    _, packed, _ = fetch(f"{url}/{bundle.group(1).decode()}", **{"Accept-Encoding": "gzip"})
    assert packed["Content-Encoding"] == "gzip"
    assert int(packed.get("Content-Length") or 0) < len(body) or "chunked" in str(packed)


def test_both_processes_serve_the_same_release(proxied, browser):
    _, backends = proxied
    releases = []
    for backend in backends:
        page = browser.new_page()
        page.goto(f"{backend}/?lang=en")
        wait_for_run(page)
        footer = page.get_by_text(re.compile(r"Data release no\. \d+")).first.inner_text()
        releases.append(re.search(r"no\. (\d+)", footer).group(1))
        page.close()
    assert len(set(releases)) == 1


@pytest.mark.parametrize("path", PAGES)
def test_every_page_draws_under_the_content_security_policy(proxied, browser, path):
    url, _ = proxied
    context = browser.new_context(viewport={"width": 1400, "height": 1800})
    context.add_init_script(RECORD_VIOLATIONS)
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(f"{url}{path}?lang=en")
    page.locator("h1").first.wait_for(timeout=60_000)
    wait_for_run(page)
    page.wait_for_function(
        """() => Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]'))
                 .every(chart => chart.querySelector('svg.main-svg, canvas'))""",
        timeout=30_000,
    )
    page.wait_for_timeout(500)
    assert page.evaluate("window.__csp") == []
    assert page.locator('[data-testid="stException"]').count() == 0
    assert not [e for e in errors if "Content Security Policy" in e]
    context.close()
