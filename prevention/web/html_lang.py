"""The document language in the very first HTML, as ASGI middleware in front of Streamlit.

Streamlit serves one index.html for every page, and it says `<html lang="en">`; the page
script (prevention/web/a11y.js) corrects it only after the app has loaded, so a screen reader,
a search engine or a translation prompt reading the first HTML takes a Lithuanian page for
English. Here the answer to a page request is rewritten per request: `?lang=en` → "en",
anything else → "lt" (the site's default, as components/shell.py reads the same parameter).
"""

from collections.abc import MutableMapping
from typing import Any
from urllib.parse import parse_qs

from prevention.i18n import DEFAULT_LANG, as_lang
from prevention.web.server_rules import ASGIApp, Message, Receive, Scope, Send

STREAMLIT_TAG = b'<html lang="en">'


def request_lang(query_string: bytes) -> str:
    """The page language a request asks for: its first `lang` value if known, else Lithuanian."""
    values = parse_qs(query_string.decode("latin-1")).get("lang", [DEFAULT_LANG])
    return as_lang(values[0])


def html_tag(lang: str) -> bytes:
    """The opening tag the first HTML should carry."""
    return f'<html lang="{as_lang(lang)}">'.encode()


def page_request(path: str) -> bool:
    """A request Streamlit answers with index.html: the root or a page address, no file."""
    last = path.rstrip("/").rsplit("/", 1)[-1]
    return "/_stcore" not in path and "/static/" not in path and "." not in last


class DocumentLanguage:
    """Rewrites `<html lang="en">` in page answers to the language the request asks for.

    The request loses its Accept-Encoding, so that Streamlit's gzip layer sends the page
    (about 1.5 kB) plain and the tag can be found; files and Streamlit's own routes pass
    untouched, compressed as before.
    """

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not page_request(scope.get("path", "")):
            await self.app(scope, receive, send)
            return
        scope = dict(scope)
        scope["headers"] = [(k, v) for k, v in scope["headers"] if k.lower() != b"accept-encoding"]
        tag = html_tag(request_lang(scope.get("query_string") or b""))
        await self.app(scope, receive, _Rewriter(send, tag).send)


class _Rewriter:
    """Holds an HTML answer until its last body part, then sends it with the tag replaced."""

    def __init__(self, send: Send, tag: bytes) -> None:
        self.downstream = send
        self.tag = tag
        self.start: Message | None = None
        self.body = b""

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            if not _plain_html(message):
                self.tag = b""  # not ours to change: pass everything through
                await self.downstream(message)
            else:
                self.start = message
            return
        if message["type"] != "http.response.body" or self.start is None:
            await self.downstream(message)
            return
        self.body += message.get("body", b"")
        if message.get("more_body", False):
            return
        body = self.body.replace(STREAMLIT_TAG, self.tag, 1)
        start = dict(self.start)
        start["headers"] = [
            (k, str(len(body)).encode() if k.lower() == b"content-length" else v)
            for k, v in self.start.get("headers", [])
        ]
        await self.downstream(start)
        await self.downstream({"type": "http.response.body", "body": body})


def _plain_html(start: MutableMapping[str, Any]) -> bool:
    """An uncompressed HTML answer (a compressed one is left as it is)."""
    headers = {k.lower(): v for k, v in start.get("headers", [])}
    kind = headers.get(b"content-type", b"")
    return kind.startswith(b"text/html") and b"content-encoding" not in headers
