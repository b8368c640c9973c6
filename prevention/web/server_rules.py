"""HTTP rules Streamlit has no setting for, as ASGI middleware in front of its own routes.

The site takes no files and publishes no internals, yet Streamlit always serves
`/_stcore/upload_file/...` (any number of 1 MB files per live session, kept in memory) and
`/_stcore/metrics` (internal function names and live cache counters). Both are answered 404
here before Streamlit sees them, whatever the base path; nginx refuses them too
(deploy/nginx.conf.template), this covers a server run without it.

A websocket from another origin is refused here too. Streamlit would refuse it as well, but
only after asking an outside service for the machine's external address (its CORS check
lists that address as allowed): a stranger's page could make the server reach out at will.
"""

from collections.abc import Awaitable, Callable, Iterable, MutableMapping
from typing import Any

from prevention.web import error_pages

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

REFUSED = ("/_stcore/upload_file", "/_stcore/metrics")
# The longest request target (path and query) read: nginx's default header buffer (8 KB), so
# a link too long behind nginx is too long here too. No link of the site comes near it.
MAX_TARGET = 8192
# Origins Streamlit accepts from its own first checks, before any lookup.
LOOPBACK = {"localhost", "127.0.0.1", "[::1]", "::1"}


def refused(path: str) -> bool:
    """Whether a request path reaches one of the refused routes (under any base path)."""
    for route in REFUSED:
        at = path.find(route)
        if at >= 0 and path[at + len(route) : at + len(route) + 1] in ("", "/", "?"):
            return True
    return False


async def _answer(send: Send, status: int, kind: bytes, body: bytes) -> None:
    headers = [(b"content-type", kind), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def translate_bad_requests() -> None:
    """The app server's answer to a request it cannot parse, as the translated page.

    Uvicorn answers such a request (a request line over its 16 KB buffer: a 100 kB link)
    itself, before any ASGI code runs, with a bare English "Invalid HTTP request received.";
    its protocol classes have no setting for that text, so their one method that writes it
    is replaced. The connection is closed after it, as uvicorn does.
    """
    from uvicorn.protocols.http import h11_impl

    classes: list[Any] = [h11_impl.H11Protocol]
    try:
        from uvicorn.protocols.http import httptools_impl
    except ImportError:  # httptools is optional; h11 is uvicorn's own
        pass
    else:
        classes.append(httptools_impl.HttpToolsProtocol)
    body = error_pages.html_bytes("bad-request")
    head = (
        b"HTTP/1.1 400 Bad Request\r\ncontent-type: text/html; charset=utf-8\r\n"
        b"content-length: " + str(len(body)).encode() + b"\r\nconnection: close\r\n\r\n"
    )

    def send_400_response(self: Any, msg: str) -> None:
        self.transport.write(head + body)
        self.transport.close()

    for protocol in classes:
        protocol.send_400_response = send_400_response  # type: ignore[method-assign]


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", []):
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def foreign_origin(scope: Scope) -> bool:
    """A websocket whose Origin is neither its own Host nor a loopback name.

    Without an Origin (not a browser) or a Host it is left to Streamlit, as it is today.
    """
    origin, host = _header(scope, b"origin"), _header(scope, b"host")
    if origin is None or host is None:
        return False
    netloc = origin.partition("://")[2].rstrip("/").lower()
    if netloc == host.lower():
        return False
    hostname = netloc.rsplit(":", 1)[0] if not netloc.endswith("]") else netloc
    return hostname not in LOOPBACK


def unknown_page(path: str, pages: frozenset[str]) -> bool:
    """Whether a request names a page the site does not have ("/tredns", an old link).

    Only a single path segment can be a page; Streamlit's own routes and files have a dot,
    an underscore prefix or further segments, and pass. With no pages given, none is unknown.
    """
    segment = path.strip("/")
    if not pages or not segment or "/" in segment or "." in segment or segment[0] == "_":
        return False
    return segment not in pages


class RefuseRoutes:
    """404 for the refused routes, with no body read: an upload is not even received.

    `pages` are the site's page addresses ("trends", "map"): another one-segment address
    gets the translated not-found page. Streamlit would otherwise run the home page under an
    English "Page not found" dialog, whatever the visitor's language.
    """

    def __init__(self, app: ASGIApp, pages: Iterable[str] = ()) -> None:
        self.app = app
        self.pages = frozenset(pages)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and refused(scope.get("path", "")):
            await _answer(send, 404, b"text/plain; charset=utf-8", b"Not Found")
            return
        if scope["type"] == "http" and unknown_page(scope.get("path", ""), self.pages):
            page = error_pages.html_bytes("not-found")
            await _answer(send, 404, b"text/html; charset=utf-8", page)
            return
        target = len(scope.get("raw_path") or b"") + len(scope.get("query_string") or b"")
        if scope["type"] == "http" and target > MAX_TARGET:
            page = error_pages.html_bytes("too-long")
            await _answer(send, 414, b"text/html; charset=utf-8", page)
            return
        if scope["type"] == "websocket" and foreign_origin(scope):
            await receive()  # the connect event, then a refusal before accepting
            await send({"type": "websocket.close", "code": 1008})
            return
        await self.app(scope, receive, send)
