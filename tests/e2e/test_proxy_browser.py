"""Two app processes behind nginx with the deployment's headers: every page draws under the CSP.

Also: both processes serve the same release, static files are compressed, and the headers a
public deployment needs are present on every response.
"""

import re
import socket
import ssl
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest

from prevention.i18n import t
from serving.nginx_conf import script_hashes
from tests.e2e.conftest import wait_for_run
from tests.e2e.servers import app_processes, nginx_proxy
from tests.e2e.test_request_audit_browser import PATHS

pytestmark = pytest.mark.e2e

# Every page of the menu, as the request audit lists them.
PAGES = PATHS
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


def fetch(url: str, method: str = "GET", body: bytes | None = None, **headers: str):
    """(status, headers, body) of one request; error answers are returned, not raised."""
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read()


def test_uploads_and_metrics_are_refused_by_nginx(proxied):
    url, _ = proxied
    assert fetch(f"{url}/_stcore/metrics")[0] == 404
    status, _, _ = fetch(f"{url}/_stcore/upload_file/session/file", "PUT", b"x" * 1000,
                         **{"Content-Type": "application/octet-stream"})  # fmt: skip
    assert status == 404


@pytest.mark.parametrize("size", [10_000, 100_000])
def test_an_oversized_link_gets_the_translated_page_behind_nginx(proxied, size):
    url, _ = proxied
    got, headers, body = fetch(f"{url}/trends?lang=en&years={'1' * size}")
    prefix = "server.too_long"
    assert got == 414
    assert headers["Content-Type"].startswith("text/html")
    text = body.decode("utf-8")
    for lang in ("lt", "en"):
        assert t(f"{prefix}.title", lang) in text


def test_a_burst_gets_429_and_a_normal_visit_does_not(proxied):
    """A page's own requests pass; 150 requests at once from one address meet the limit."""
    url, _ = proxied
    for path in ("/?lang=en", "/_stcore/health", "/_stcore/host-config"):
        assert fetch(f"{url}{path}")[0] == 200
    time.sleep(1.5)  # the visit's requests leave the bucket

    with ThreadPoolExecutor(max_workers=30) as pool:
        codes = list(pool.map(lambda _: fetch(f"{url}/_stcore/health")[0], range(150)))
    assert 429 in codes, codes
    assert 200 in codes
    status, headers, body = fetch(f"{url}/_stcore/health")
    if status == 429:  # the translated page, while the bucket is still full
        assert t("server.too_many.title", "lt") in body.decode("utf-8")
    time.sleep(5)  # the next tests are normal visits again


def test_security_headers_and_compression(proxied):
    url, _ = proxied
    status, headers, page_html = fetch(f"{url}/")
    assert status == 200
    policy = headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    # An embedded chart may be framed by other sites; its page is the same otherwise.
    _, embedded, _ = fetch(f"{url}/trends?panel=trend&embed=true")
    assert "frame-ancestors *" in embedded["Content-Security-Policy"]
    assert "'unsafe-eval'" not in policy  # WebAssembly only ('wasm-unsafe-eval'), never JS eval
    # Scripts: Streamlit's inline bootstrap by hash, re-computed here from the page as served.
    scripts = re.search(r"script-src ([^;]+)", policy).group(1).split()
    assert "'unsafe-inline'" not in scripts
    served = script_hashes(page_html.decode("utf-8"))
    assert served and set(served) <= set(scripts), (served, scripts)
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
    # The page's own inline script (prevention/web/a11y.js) ran: allowed by its hash.
    assert page.evaluate("document.documentElement.lang") == "en"
    context.close()


@pytest.fixture(scope="module")
def tls_proxy(proxied, tmp_path_factory):
    """The same app processes behind nginx with TLS, as `nginx-conf --tls-certificate` writes it."""
    import shutil
    import subprocess

    from serving.nginx_conf import write
    from tests.e2e.servers import free_port, nginx_binary

    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed (a self-signed certificate is made with it)")
    _, backends = proxied
    folder = tmp_path_factory.mktemp("nginx-tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True)  # fmt: skip
    port = free_port()
    hosts = [url.removeprefix("http://") for url in backends]
    conf = write(folder, f"127.0.0.1:{port}", hosts, tls=(cert, key))
    process = subprocess.Popen([nginx_binary(), "-p", str(folder), "-c", str(conf), "-g",
                                "daemon off;"], stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        for _ in range(50):
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                time.sleep(0.1)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


def tls_answer(port: int, version: ssl.TLSVersion) -> tuple[int, list[str]]:
    """(status, Set-Cookie headers) of /_stcore/health over exactly this TLS version."""
    import http.client

    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    context.minimum_version = context.maximum_version = version
    connection = http.client.HTTPSConnection("127.0.0.1", port, context=context, timeout=30)
    try:
        connection.request("GET", "/_stcore/health")
        response = connection.getresponse()
        return response.status, response.headers.get_all("Set-Cookie") or []
    finally:
        connection.close()


@pytest.mark.parametrize("version", [ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_3])
def test_tls_1_2_and_1_3_and_a_secure_xsrf_cookie(tls_proxy, version):
    status, cookies = tls_answer(tls_proxy, version)
    assert status == 200
    xsrf = [cookie for cookie in cookies if cookie.startswith("_streamlit_xsrf=")]
    assert xsrf and all("secure" in cookie.lower().split("; ") for cookie in xsrf), cookies
