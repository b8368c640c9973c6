"""A light Streamlit client: one websocket session that asks for page runs like the browser does.

The browser opens ws://host/_stcore/stream (subprotocol "streamlit"; a second entry carries
the XSRF token, which the server only checks before reading an auth cookie, so an anonymous
client needs none), then sends a BackMsg `rerun_script` whose ClientState holds the query
string and the page (by `page_name`, the URL slug, or `page_script_hash`). The server answers
with ForwardMsgs, one per frame: `new_session`, deltas, `page_info_changed`, and finally
`script_finished`. An `exception` element among the deltas is a page error.
"""

import asyncio
import time
from dataclasses import dataclass, field

from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
from websockets.asyncio.client import ClientConnection, connect

FINISHED = ForwardMsg.ScriptFinishedStatus
DONE = {FINISHED.FINISHED_SUCCESSFULLY, FINISHED.FINISHED_WITH_COMPILE_ERROR}


@dataclass
class Run:
    """One page run as the client saw it."""

    page: str
    query: str
    seconds: float = 0.0
    frames: int = 0
    bytes: int = 0
    exceptions: int = 0
    problem: str | None = None  # compile error, page not found, timeout, disconnect
    pages: dict[str, str] = field(default_factory=dict)  # url_pathname -> page_script_hash

    @property
    def ok(self) -> bool:
        return self.exceptions == 0 and self.problem is None


class Session:
    """One visitor's websocket session (async)."""

    def __init__(self, base_url: str, *, client_key: str | None = None) -> None:
        host = base_url.removeprefix("http://")
        self.url = f"ws://{host}/_stcore/stream"
        if client_key is not None:  # lets a bench nginx config hash on ?client=
            self.url += f"?client={client_key}"
        self.origin = base_url
        self.ws: ClientConnection | None = None

    async def open(self) -> "Session":
        self.ws = await connect(
            self.url,
            subprotocols=["streamlit"],  # type: ignore[list-item]
            origin=self.origin,  # type: ignore[arg-type]
            max_size=None,
            compression=None,  # Streamlit's server does not negotiate permessage-deflate
            open_timeout=30,
            ping_interval=None,
        )
        return self

    async def close(self) -> None:
        if self.ws is not None:
            await self.ws.close()
            self.ws = None

    async def run(self, page: str, query: str, timeout: float = 60) -> Run:
        """Ask for `page` (URL slug, "" for the main page) with `query`; wait for its end."""
        assert self.ws is not None, "open() first"
        result = Run(page, query)
        message = BackMsg()
        message.rerun_script.query_string = query
        message.rerun_script.page_name = page
        started = time.perf_counter()
        await self.ws.send(message.SerializeToString())
        try:
            async with asyncio.timeout(timeout):
                while True:
                    frame = await self.ws.recv()
                    result.frames += 1
                    result.bytes += len(frame)
                    if self._read(frame, result):
                        break
        except TimeoutError:
            result.problem = "timeout"
        except Exception as error:  # noqa: BLE001 - a closed socket is a failed run
            result.problem = f"{type(error).__name__}: {error}"[:200]
        result.seconds = time.perf_counter() - started
        return result

    @staticmethod
    def _read(frame: bytes | str, result: Run) -> bool:
        """Note what one ForwardMsg says; True when the run has ended."""
        msg = ForwardMsg()
        msg.ParseFromString(frame if isinstance(frame, bytes) else frame.encode())
        kind = msg.WhichOneof("type")
        if kind == "delta":
            delta = msg.delta
            if (
                delta.WhichOneof("type") == "new_element"
                and delta.new_element.WhichOneof("type") == "exception"
            ):
                result.exceptions += 1
        elif kind == "new_session":
            result.pages = {
                page.url_pathname: page.page_script_hash for page in msg.new_session.app_pages
            }
        elif kind == "page_not_found":
            result.problem = "page not found"
        elif kind == "script_finished":
            if msg.script_finished == FINISHED.FINISHED_WITH_COMPILE_ERROR:
                result.problem = "compile error"
            return msg.script_finished in DONE
        return False


async def one_run(base_url: str, page: str, query: str) -> Run:
    """Open a session, run one page, close: a first visit."""
    session = await Session(base_url).open()
    try:
        return await session.run(page, query)
    finally:
        await session.close()
