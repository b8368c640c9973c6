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

from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

REFUSED = ("/_stcore/upload_file", "/_stcore/metrics")
# Origins Streamlit accepts from its own first checks, before any lookup.
LOOPBACK = {"localhost", "127.0.0.1", "[::1]", "::1"}


def refused(path: str) -> bool:
    """Whether a request path reaches one of the refused routes (under any base path)."""
    for route in REFUSED:
        at = path.find(route)
        if at >= 0 and path[at + len(route) : at + len(route) + 1] in ("", "/", "?"):
            return True
    return False


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


class RefuseRoutes:
    """404 for the refused routes, with no body read: an upload is not even received."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and refused(scope.get("path", "")):
            await send(
                {
                    "type": "http.response.start",
                    "status": 404,
                    "headers": [(b"content-type", b"text/plain; charset=utf-8")],
                }
            )
            await send({"type": "http.response.body", "body": b"Not Found"})
            return
        if scope["type"] == "websocket" and foreign_origin(scope):
            await receive()  # the connect event, then a refusal before accepting
            await send({"type": "websocket.close", "code": 1008})
            return
        await self.app(scope, receive, send)
