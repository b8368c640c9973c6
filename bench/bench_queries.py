"""How fast every page query is on synthetic stores of 100 000, 1 000 000 and 10 000 000 rows.

Run: `python bench/bench_queries.py` (or `make bench`). Results: bench/results/queries.json.
Stores come from bench/synthetic_store.py and are cached under bench/results/stores/, so only
the first run generates them. Per size: generation time (or "cached"), file size, time of
`python -m prevention check`, and every function of prevention/store/queries.py called with the
pages' arguments on a read-only engine, cold and warm.

Cold: the OS page cache is dropped (`echo 1 > /proc/sys/vm/drop_caches`, root only) and a new
engine makes the first call; without root, cold is the first call on a new engine and says so.
Warm: median of 5 calls on one engine (3 when a call takes over a second; the JSON says).
Targets: every page query <= 50 ms warm at 1 000 000 observations, and growth from 1M to 10M
well under linear (10M/1M ratio below 10). The whole-dataset download's query is timed too,
but it runs when a reader clicks the download, not in a page run.

Environment: BENCH_SIZES="100k 1m" to pick sizes; BENCH_LONG=1 also times `check` and the
whole-dataset download query at 10M (minutes and several GB of memory); BENCH_REGENERATE=1
generates the stores again even when cached.
"""

import inspect
import json
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(ROOT / "bench") not in sys.path:
    sys.path.insert(0, str(ROOT / "bench"))

import synthetic_store  # noqa: E402

from prevention.store import queries  # noqa: E402
from prevention.store.db import read_only_engine  # noqa: E402

TARGET_MS = 50.0
TARGET_RATIO = 10.0
WARM_RUNS = 5
SLOW_CALL_SECONDS = 1.0
CHECK_TIMEOUT = 180
LONG = os.environ.get("BENCH_LONG") == "1"
# Whole-store readers: linear by nature; at 10M they need minutes and several GB of memory.
# The data page runs this one only when a reader clicks its download (on a thread of its own,
# once per release), never in a page run, so the page-query target does not apply to it.
WHOLE_STORE = {"published_observations"}
ON_CLICK = "on click, not in a page run"
# The pages' defaults (trends and map open on this indicator, the country, no breakdown),
# plus a municipal variant of the per-series queries.
ARGUMENTS = {"indicator": "victims_officially_identified", "area": "LT", "dimension": "none"}
VARIANTS = {
    "indicator_dimensions": [{"area": "13"}],
    "trend_observations": [{"area": "13", "dimension": "sex"}],
}


def sizes() -> list[str]:
    chosen = os.environ.get("BENCH_SIZES", "").split()
    return [name for name in synthetic_store.SIZES if not chosen or name in chosen]


def calls() -> list[tuple[str, Callable[..., object], dict[str, object]]]:
    """Every public function of prevention.store.queries with representative arguments."""
    found = []
    for name, function in inspect.getmembers(queries, inspect.isfunction):
        if function.__module__ != queries.__name__ or name.startswith("_"):
            continue
        parameters = list(inspect.signature(function).parameters)[1:]
        if any(p not in ARGUMENTS for p in parameters):
            print(f"  (skipped {name}: no representative value for {parameters})")
            continue
        base = {p: ARGUMENTS[p] for p in parameters}
        found.append((name, function, base))
        for variant in VARIANTS.get(name, []):
            arguments = {**base, **variant}
            tag = ",".join(str(v) for v in arguments.values())
            found.append((f"{name}[{tag}]", function, arguments))
    return found


def drop_page_cache() -> bool:
    """Empty the OS page cache (root only); False when not permitted."""
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("1\n")
        return True
    except OSError:
        return False


def timed(function: Callable[..., object], **kwargs: object) -> tuple[float, float]:
    """Wall and CPU milliseconds of one call (CPU shows the cost apart from a busy machine)."""
    started, started_cpu = time.perf_counter(), time.process_time()
    function(**kwargs)
    return (time.perf_counter() - started) * 1000, (time.process_time() - started_cpu) * 1000


def repeats(cold_ms: float) -> int:
    """Warm calls to make: 5, fewer for calls that take seconds (whole-store reads)."""
    if cold_ms < SLOW_CALL_SECONDS * 1000:
        return WARM_RUNS
    return 3 if cold_ms < 5 * SLOW_CALL_SECONDS * 1000 else 1


def run_check(path: Path) -> dict[str, object]:
    """`python -m prevention check` on a store, timed, in its own process."""
    command = [sys.executable, "-m", "prevention", "check", "--database", str(path)]
    started = time.perf_counter()
    try:
        done = subprocess.run(
            command, capture_output=True, text=True, timeout=CHECK_TIMEOUT, cwd=ROOT
        )
    except subprocess.TimeoutExpired:
        return {"seconds": None, "result": f"timed out after {CHECK_TIMEOUT} s"}
    seconds = round(time.perf_counter() - started, 1)
    lines = done.stdout.strip().splitlines()
    summary = "; ".join(line for line in lines[1:3]) if lines else done.stderr.strip()[-200:]
    return {"seconds": seconds, "exit": done.returncode, "result": summary}


def bench_size(name: str) -> dict[str, object]:
    size = synthetic_store.SIZES[name]
    started = time.perf_counter()
    force = os.environ.get("BENCH_REGENERATE") == "1"
    path, manifest = synthetic_store.store(size, force=force, log=print)
    ready = time.perf_counter() - started
    row: dict[str, object] = {
        "size": name,
        "observations": manifest["observations"],
        "file_mb": round(path.stat().st_size / 1e6, 1),
        "cached": manifest["cached"],
        "store_seconds_this_run": round(ready, 1),
        "generation_seconds": manifest["generation_seconds"],
        "generation_cpu_seconds": manifest.get("generation_cpu_seconds"),
        "index_seconds": manifest["index_seconds"],
        "reindex_seconds": manifest.get("reindex_seconds"),
    }
    if name != "10m" or LONG:
        row["check"] = run_check(path)
    else:
        row["check"] = {"seconds": None, "result": "skipped at 10M (set BENCH_LONG=1)"}
    results: dict[str, dict[str, object]] = {}
    cold_mode = "page cache dropped"
    for query, function, arguments in calls():
        if query in WHOLE_STORE and name == "10m" and not LONG:
            results[query] = {"skipped": "whole-store read at 10M (set BENCH_LONG=1)"}
            continue
        if not drop_page_cache():
            cold_mode = "first call on a new engine (page cache not dropped)"
        engine = read_only_engine(path)
        cold, _ = timed(function, engine=engine, **arguments)
        # A whole-store read that takes over 10 s misses by far: one call says enough.
        runs = 0 if query in WHOLE_STORE and cold > 10_000 else repeats(cold)
        warm = [timed(function, engine=engine, **arguments) for _ in range(runs)]
        engine.dispose()
        results[query] = {"cold_ms": round(cold, 1), "warm_runs": runs}
        if warm:
            results[query]["warm_ms"] = round(statistics.median(w for w, _ in warm), 2)
            results[query]["warm_cpu_ms"] = round(statistics.median(c for _, c in warm), 2)
        else:
            results[query]["skipped"] = f"no warm call at {name} (cold {cold / 1000:.0f} s)"
    row["cold_mode"] = cold_mode
    row["queries"] = results
    return row


def verdict(warm_1m: float | None, ratio: float | None) -> str:
    if warm_1m is None:
        return "n/a"
    problems = []
    if warm_1m > TARGET_MS:
        problems.append(f"1M +{warm_1m - TARGET_MS:.0f} ms")
    if ratio is not None and ratio >= TARGET_RATIO:
        problems.append(f"ratio {ratio:.1f}")
    return "met" if not problems else "MISSED: " + ", ".join(problems)


def _ms(value: object) -> str:
    return f"{value:.1f}" if isinstance(value, int | float) else "-"


def report(rows: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    """Print one line per query across sizes; return the per-query summary."""
    by_size = {str(row["size"]): row["queries"] for row in rows}
    names = list(next(iter(by_size.values()))) if by_size else []
    labels = list(by_size)
    head = "".join(f"{kind + ' ' + s:>10}" for kind in ("warm", "cpu", "cold") for s in labels)
    print(f"\n{'query (ms; cpu = warm CPU time)':<40}{head}{'ratio':>7}{'cpu r.':>7}  target")
    summary = {}
    for query in names:
        cells = {s: by_size[s].get(query, {}) for s in labels}  # type: ignore[union-attr]
        figures = {
            kind: {s: cells[s].get(f"{kind}_ms") for s in labels}
            for kind in ("warm", "warm_cpu", "cold")
        }
        ratios = {}
        for kind in ("warm", "warm_cpu"):
            one, ten = figures[kind].get("1m"), figures[kind].get("10m")
            ratios[kind] = round(ten / max(one, 1e-3), 2) if one and ten else None
        at_1m = figures["warm"].get("1m") or figures["cold"].get("1m")
        judged = ON_CLICK if query in WHOLE_STORE else verdict(at_1m, ratios["warm"])
        summary[query] = {
            "warm_ms": figures["warm"],
            "warm_cpu_ms": figures["warm_cpu"],
            "cold_ms": figures["cold"],
            "ratio_10m_1m": ratios["warm"],
            "cpu_ratio_10m_1m": ratios["warm_cpu"],
            "target": judged,
            "notes": [cells[s]["skipped"] for s in labels if "skipped" in cells[s]],
        }
        print(
            f"{query:<40}"
            + "".join(
                f"{_ms(figures[k][s]):>10}" for k in ("warm", "warm_cpu", "cold") for s in labels
            )
            + f"{_ms(ratios['warm']):>7}{_ms(ratios['warm_cpu']):>7}  {judged}"
        )
    return summary


def _store_state(cached: object) -> str:
    return "cached" if cached is True else "generated" if cached is False else str(cached)


def main() -> None:
    started = time.perf_counter()
    load_before = os.getloadavg()
    rows = []
    for name in sizes():
        print(f"-- {name} --", flush=True)
        row = bench_size(name)
        rows.append(row)
        check = row["check"]
        print(
            f"  {row['observations']:,} observations, {row['file_mb']} MB, "
            f"store {_store_state(row['cached'])} (generation {row['generation_seconds']} s, "
            f"CPU {row['generation_cpu_seconds']} s, indexes {row['index_seconds']} s; "
            f"this run {row['store_seconds_this_run']} s), "
            f"check {check['seconds']} s: {check['result']}",  # type: ignore[index]
            flush=True,
        )
    summary = report(rows)
    seconds = round(time.perf_counter() - started, 1)
    load_after = os.getloadavg()
    print(f"\nqueries benchmark: {seconds} s; load average before {load_before[0]:.2f}, "
          f"after {load_after[0]:.2f} (2 cores, shared)")  # fmt: skip
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    document = {
        "targets": {"warm_ms_at_1m": TARGET_MS, "ratio_10m_1m_below": TARGET_RATIO},
        "seconds": seconds,
        "load_average": {"before": load_before, "after": load_after},
        "sizes": rows,
        "queries": summary,
    }
    (out / "queries.json").write_text(json.dumps(document, indent=2, default=str), "utf-8")


if __name__ == "__main__":
    main()
