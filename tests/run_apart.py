"""Run a coroutine on a thread of its own, for tests that drive ASGI code directly.

With --e2e, Playwright's event loop already runs on the test thread, where asyncio.run
refuses to start another; a test that works alone would then fail in the full run.
"""

import asyncio
import concurrent.futures
from collections.abc import Coroutine
from typing import Any


def run_apart(coroutine: Coroutine[Any, Any, Any]) -> Any:
    """The coroutine's result, run by asyncio.run on a fresh thread."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coroutine).result()
