"""One page run at a time in each app process: faster for every visitor than side by side.

Streamlit runs each visitor's script in a thread of its own. The threads share one interpreter
lock, so they never compute in parallel; side by side they interrupt one another every few
milliseconds, and every pandas or pyarrow call that lets go of the lock waits to get it back.
bench/bench_load.py, 20 visitors on one process: 2.73 page views/s with a p95 of 21 s side by
side, 5.47 views/s with a p95 of 4.9 s one at a time. More cores are used by more processes
behind the proxy (docs/deploy.md), not by more threads.
"""

import functools
import threading
from collections.abc import Callable
from typing import ParamSpec, TypeVar

# Re-entrant: a fragment rerun takes it on its own, and a full run that draws the fragment
# already holds it.
PAGE_RUNS = threading.RLock()

P = ParamSpec("P")
R = TypeVar("R")


def one_at_a_time(function: Callable[P, R]) -> Callable[P, R]:
    """For a fragment: its own reruns run only the fragment, without passing through app.py."""

    @functools.wraps(function)
    def gated(*args: P.args, **kwargs: P.kwargs) -> R:
        with PAGE_RUNS:
            return function(*args, **kwargs)

    return gated
