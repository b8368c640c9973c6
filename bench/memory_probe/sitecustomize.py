"""Loaded by the memory benchmark's server (PYTHONPATH): Python allocations traced, and on
SIGUSR1 a probe written to MEMORY_PROBE_FILE (one JSON line per probe).

A probe collects garbage, then notes the process's RSS, the memory Python's objects hold
(tracemalloc), Arrow's memory pool, the lines whose allocations grew most since the previous
probe, and the RSS again after glibc's malloc_trim(0) hands free heap pages back. Objects
that keep growing between probes are a leak; RSS that grows while traced memory stays flat,
and comes back with malloc_trim, is the allocator keeping freed memory for reuse.
"""

import ctypes
import gc
import json
import os
import signal
import time
import tracemalloc
from pathlib import Path

OUT = os.environ.get("MEMORY_PROBE_FILE")
_previous: list = []


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _arrow() -> dict | None:
    """Arrow's own memory pool (Streamlit turns every table and chart into Arrow): what it
    holds now, at most, and which allocator; tracemalloc and malloc_trim see none of it
    unless the pool is the system allocator."""
    try:
        import pyarrow
    except ImportError:
        return None
    pool = pyarrow.default_memory_pool()
    return {"backend": pool.backend_name, "allocated_mb": round(pool.bytes_allocated() / 2**20, 1),
            "max_mb": round(pool.max_memory() / 2**20, 1)}  # fmt: skip


def _probe(_signum: int, _frame: object) -> None:
    gc.collect()
    snapshot = tracemalloc.take_snapshot().filter_traces(
        [tracemalloc.Filter(False, tracemalloc.__file__)]
    )
    traced, peak = tracemalloc.get_traced_memory()
    grown = []
    if _previous:
        for stat in snapshot.compare_to(_previous[0], "lineno")[:12]:
            frame = stat.traceback[0]
            where = f"{frame.filename}:{frame.lineno}"
            size = round(stat.size_diff / 1024, 1)
            grown.append({"where": where, "kb_diff": size, "count_diff": stat.count_diff})
    _previous[:] = [snapshot]
    rss = _rss_mb()
    arrow = _arrow()
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
        trimmed = _rss_mb()
    except OSError:  # not glibc
        trimmed = None
    record = {"time": time.time(), "rss_mb": round(rss, 1),
              "rss_mb_after_trim": None if trimmed is None else round(trimmed, 1),
              "traced_mb": round(traced / 2**20, 1), "traced_peak_mb": round(peak / 2**20, 1),
              "tracemalloc_own_mb": round(tracemalloc.get_tracemalloc_memory() / 2**20, 1),
              "objects": len(gc.get_objects()), "arrow": arrow, "grown": grown}  # fmt: skip
    with open(OUT, "a", encoding="utf-8") as handle:  # type: ignore[arg-type]
        handle.write(json.dumps(record) + "\n")


if OUT:
    tracemalloc.start(1)
    signal.signal(signal.SIGUSR1, _probe)
