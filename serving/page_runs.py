"""One page run at a time in each app process: faster for every visitor than side by side.

Streamlit runs each visitor's script in a thread of its own. The threads share one interpreter
lock, so they never compute in parallel; side by side they interrupt one another every few
milliseconds, and every pandas or pyarrow call that lets go of the lock waits to get it back.
bench/bench_load.py, 20 visitors on one process: 2.73 page views/s with a p95 of 21 s side by
side, 5.47 views/s with a p95 of 4.9 s one at a time. More cores are used by more processes
behind the proxy (docs/deploy.md), not by more threads.

Also here: the full garbage collection that Streamlit runs after every page run is replaced by
one at most every GC_EVERY_SECONDS (see collect_garbage_now_and_then).
"""

import functools
import gc
import threading
import time
from collections.abc import Callable
from typing import ParamSpec, TypeVar

# Re-entrant: a fragment rerun takes it on its own, and a full run that draws the fragment
# already holds it.
PAGE_RUNS = threading.RLock()

# A full collection walks every object the caches hold: about 0.1 s in a warm process.
GC_EVERY_SECONDS = 10.0
_last_collection = [time.monotonic()]

P = ParamSpec("P")
R = TypeVar("R")


def one_at_a_time(function: Callable[P, R]) -> Callable[P, R]:
    """For a fragment: its own reruns run only the fragment, without passing through app.py."""

    @functools.wraps(function)
    def gated(*args: P.args, **kwargs: P.kwargs) -> R:
        with PAGE_RUNS:
            return function(*args, **kwargs)

    return gated


def collect_garbage_now_and_then() -> None:
    """A full garbage collection, at most every GC_EVERY_SECONDS; call it after a page run.

    Streamlit collects after every run (`runner.postScriptGC`, off in .streamlit/config.toml):
    that took about a quarter of the server's CPU under load. Without any full collection,
    objects in reference cycles wait until Python's own thresholds, which rise with the heap,
    so memory grows in long steps; this keeps it level at about 1% of one core.
    """
    now = time.monotonic()
    if now - _last_collection[0] >= GC_EVERY_SECONDS:
        _last_collection[0] = now
        gc.collect()
