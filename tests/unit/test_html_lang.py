"""The first HTML names the page's language: the middleware's rules, without a server."""

from prevention.web.html_lang import DocumentLanguage, page_request, request_lang
from tests.run_apart import run_apart

PAGE = b'<!doctype html><html lang="en"><head></head><body></body></html>'


def test_the_request_language_is_english_only_when_asked():
    assert request_lang(b"lang=en&indicator=x") == "en"
    assert request_lang(b"") == "lt"
    assert request_lang(b"lang=EN") == "lt"  # codes as the site writes them
    assert request_lang(b"lang=%3Cscript%3E") == "lt"


def test_only_page_addresses_are_pages():
    assert page_request("/") and page_request("/trends") and page_request("/app/map/")
    assert not page_request("/static/js/main.js")
    assert not page_request("/_stcore/health")
    assert not page_request("/favicon.png")


def _serve(query: bytes, headers: list, body: bytes, *, path: str = "/trends") -> tuple:
    """Run the middleware over a fake app answering `body`; return the app's request headers,
    the answer's headers and its body."""
    seen: dict = {}

    async def app(scope, receive, send):
        seen["headers"] = scope["headers"]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        half = len(body) // 2
        await send({"type": "http.response.body", "body": body[:half], "more_body": True})
        await send({"type": "http.response.body", "body": body[half:]})

    sent: list = []

    async def send(message):
        sent.append(message)

    async def receive():
        return {"type": "http.request"}

    scope = {
        "type": "http",
        "path": path,
        "query_string": query,
        "headers": [(b"accept-encoding", b"gzip"), (b"host", b"x")],
    }
    run_apart(DocumentLanguage(app)(scope, receive, send))
    start = next(m for m in sent if m["type"] == "http.response.start")
    answer = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return seen["headers"], dict(start["headers"]), answer


def test_a_page_answer_says_lithuanian_or_english_with_its_length_corrected():
    html = [(b"content-type", b"text/html"), (b"content-length", str(len(PAGE)).encode())]
    asked, headers, body = _serve(b"", html, PAGE)
    assert (b"accept-encoding", b"gzip") not in asked  # sent plain, so the tag can be found
    assert body == PAGE.replace(b'lang="en"', b'lang="lt"')
    assert headers[b"content-length"] == str(len(body)).encode()
    _, _, english = _serve(b"lang=en", html, PAGE)
    assert english == PAGE


def test_other_answers_pass_untouched():
    script = [(b"content-type", b"application/javascript")]
    _, _, body = _serve(b"", script, PAGE)
    assert body == PAGE
    packed = [(b"content-type", b"text/html"), (b"content-encoding", b"gzip")]
    _, _, body = _serve(b"", packed, PAGE)
    assert body == PAGE
