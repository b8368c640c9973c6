"""The app server answers only what a visitor needs: no uploads, no metrics, no outside calls.

One real server (serve.py, as `make run` starts it) for the module; plain HTTP requests and
one websocket session, no browser.
"""

import asyncio
import urllib.error
import urllib.request
from collections.abc import Iterator
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from bench.ws_client import Session
from tests.e2e.servers import APP, streamlit_process
from tests.run_apart import run_apart

XSRF_COOKIE = "_streamlit_xsrf"
ROOT = Path(__file__).resolve().parents[2]


AUDIT = Path(__file__).resolve().parents[1] / "server_audit"


@pytest.fixture(scope="module")
def audit_log(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the server notes each connection it opens to an address off this machine."""
    return tmp_path_factory.mktemp("audit") / "outside.log"


@pytest.fixture(scope="module")
def server(seed_store: Path, audit_log: Path) -> Iterator[str]:
    env = {"PYTHONPATH": str(AUDIT), "SERVER_AUDIT_LOG": str(audit_log)}
    with streamlit_process(APP, seed_store, env=env) as (url, _pid):
        yield url


# A refused upload may be answered before its body is sent: the client then sees the
# connection closed under it, which counts as refused too.
DROPPED = 0


def status_of(url: str, method: str = "GET", body: bytes | None = None, **headers: str) -> int:
    request = urllib.request.Request(url, data=body, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except (urllib.error.URLError, ConnectionError) as error:
        reason = getattr(error, "reason", error)
        if isinstance(reason, ConnectionError) and body is not None:
            return DROPPED
        raise


def xsrf_token(base: str) -> str:
    """The XSRF cookie the server sets (on its health answer too), as a browser keeps it."""
    with urllib.request.urlopen(base + "/_stcore/health", timeout=30) as response:
        cookies = SimpleCookie()
        for header in response.headers.get_all("Set-Cookie") or []:
            cookies.load(header)
    return cookies[XSRF_COOKIE].value


async def live_session_id(base: str) -> tuple[Session, str]:
    """A visitor's open websocket session and its id, as the upload route checks it."""
    session = await Session(base).open()
    await session.run("", "")
    assert session.ws is not None
    return session, await _session_id(session)


async def _session_id(session: Session) -> str:
    from streamlit.proto.BackMsg_pb2 import BackMsg

    assert session.ws is not None
    message = BackMsg()
    message.rerun_script.query_string = ""
    message.rerun_script.page_name = ""
    await session.ws.send(message.SerializeToString())
    while True:
        frame = ForwardMsg()
        frame.ParseFromString(await session.ws.recv())
        if frame.WhichOneof("type") == "new_session":
            return frame.new_session.initialize.session_id


def test_no_upload_is_accepted_even_from_a_live_session(server: str) -> None:
    """The site has no upload widget: a 1 MB PUT with a valid session and token is refused."""
    token = xsrf_token(server)

    async def attempt() -> int:
        session, session_id = await live_session_id(server)
        try:
            body = b"x" * 1_000_000
            boundary = "b0undary"
            payload = (
                (
                    f'--{boundary}\r\nContent-Disposition: form-data; name="file"; '
                    f'filename="a.bin"\r\nContent-Type: application/octet-stream\r\n\r\n'
                ).encode()
                + body
                + f"\r\n--{boundary}--\r\n".encode()
            )
            return await asyncio.to_thread(
                status_of,
                f"{server}/_stcore/upload_file/{session_id}/file-1",
                "PUT",
                payload,
                **{
                    "Content-Type": f"multipart/form-data; boundary={boundary}",
                    "X-Xsrftoken": token,
                    "Cookie": f"{XSRF_COOKIE}={token}",
                },
            )
        finally:
            await session.close()

    assert run_apart(attempt()) in (DROPPED, 403, 404, 405)


def test_metrics_are_not_public(server: str) -> None:
    assert status_of(f"{server}/_stcore/metrics") in (403, 404)
    assert status_of(f"{server}/_stcore/metrics/") in (403, 404)


def test_a_visit_still_works(server: str) -> None:
    assert status_of(f"{server}/_stcore/health") == 200
    assert status_of(f"{server}/trends?lang=en") == 200


def first_html(url: str) -> str:
    """The page as a browser first receives it, compressed if the server chooses to."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=30) as response:
        assert response.headers.get("Content-Encoding") is None
        return response.read().decode("utf-8")


@pytest.mark.parametrize(
    ("target", "lang"),
    [("/", "lt"), ("/trends", "lt"), ("/map?lang=en", "en"), ("/trends?lang=xx", "lt")],
)
def test_the_first_html_names_the_page_language(server: str, target: str, lang: str) -> None:
    page = first_html(server + target)
    assert f'<html lang="{lang}">' in page
    assert page.count("<html") == 1


def test_the_server_listens_on_this_machine_only(server: str) -> None:
    """`make run` binds 127.0.0.1 unless told otherwise (ADDRESS=0.0.0.0 opens it)."""
    import tomllib

    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text("utf-8"))
    assert config["server"]["address"] == "127.0.0.1"
    makefile = (ROOT / "Makefile").read_text("utf-8")
    assert "--server.address $(ADDRESS)" in makefile and "ADDRESS ?= 127.0.0.1" in makefile


@pytest.mark.parametrize("lang", ["lt", "en"])
def test_the_server_asks_nothing_from_outside(server: str, audit_log: Path, lang: str) -> None:
    """Start, every page in both languages, and a visit from another origin: no outside request.

    Streamlit looks up the machine's external address at start and when a websocket comes
    from another origin (its CORS check); neither may reach out.
    """
    from tests.e2e.test_request_audit_browser import PATHS

    async def visit() -> bool:
        session = await Session(server).open()
        try:
            for path in PATHS:
                run = await session.run(path.strip("/"), f"lang={lang}")
                assert run.ok, (path, run.problem, run.exceptions)
        finally:
            await session.close()
        stranger = Session(server)
        stranger.origin = "https://elsewhere.example"
        try:
            await stranger.open()
        except Exception:  # noqa: BLE001 - refused is the expected outcome
            return True
        finally:
            await stranger.close()
        return False

    assert run_apart(visit()), "a websocket from another origin was accepted"
    outside = audit_log.read_text("utf-8") if audit_log.exists() else ""
    assert outside == "", f"the server reached out:\n{outside}"


def page_of(url: str) -> tuple[int, str, str]:
    """(status, content type, body) of a GET, error answers included."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.headers["Content-Type"], response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read().decode()


PAGES = {414: "server.too_long", 400: "server.bad_request"}


@pytest.mark.parametrize("size", [10_000, 100_000, 2_000_000])
def test_an_oversized_link_gets_the_translated_page(server: str, size: int) -> None:
    """Over 8 KB: the app's own 414 page; a request uvicorn cannot read: its 400, translated."""
    from prevention.i18n import t

    got, kind, body = page_of(f"{server}/trends?lang=en&years={'1' * size}")
    assert got in PAGES, got
    assert kind.startswith("text/html")
    for lang in ("lt", "en"):
        assert t(f"{PAGES[got]}.title", lang) in body
    assert "Invalid HTTP request" not in body and "<script" not in body
