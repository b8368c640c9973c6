"""Memory under load: a leak, or the allocator keeping what it freed? And memory per view.

Run: `python bench/bench_memory.py` (or `make bench`). Results: bench/results/memory.json.

One app process (serve.py) with Python's allocations traced (bench/memory_probe). The same
visitors as bench_load.py load it in RUNS runs with an idle pause after each, over a fixed
set of selections that were all viewed once before (bench_load's FixedPlan): with every view
cached, nothing a visit leaves behind is expected to stay. After warm-up and after each run
and pause the server writes a probe: RSS, the memory Python objects hold (tracemalloc), the
source lines whose allocations grew, and RSS after malloc_trim(0).

Reading it: traced memory that keeps growing from run to run is a leak (the grown lines say
where); RSS that grows while traced memory stays flat, and falls back after malloc_trim, is
glibc's heap keeping freed pages for reuse, not a leak. Memory per view is the RSS growth of
a run, each end after malloc_trim, divided by its views: what a view leaves behind. Tracing
slows the server, so the views/s here are not capacity. BENCH_MEMORY_SECONDS (default 60),
BENCH_MEMORY_VISITORS (20), BENCH_MEMORY_RUNS (2), BENCH_MEMORY_IDLE (30 s).
"""

import json
import os
import signal
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_load import FixedPlan, load_run, warm_every_view  # noqa: E402
from bench.common import ROOT, Selections, streamlit_server, table, write_results  # noqa: E402

SECONDS = float(os.environ.get("BENCH_MEMORY_SECONDS", "60"))
VISITORS = int(os.environ.get("BENCH_MEMORY_VISITORS", "20"))
RUNS = int(os.environ.get("BENCH_MEMORY_RUNS", "2"))
IDLE_SECONDS = float(os.environ.get("BENCH_MEMORY_IDLE", "30"))
PROBE = ROOT / "bench" / "memory_probe"
# Python objects growing by more than this between the last two runs count as a leak.
LEAK_MB = 5.0


def probe(pid: int, out: Path, label: str) -> dict:
    """Ask the server for a probe and wait for its line."""
    before = out.read_text("utf-8").count("\n") if out.exists() else 0
    os.kill(pid, signal.SIGUSR1)
    deadline = time.monotonic() + 180  # a snapshot of a large traced heap takes a while
    while time.monotonic() < deadline:
        lines = out.read_text("utf-8").splitlines() if out.exists() else []
        if len(lines) > before:
            record = json.loads(lines[-1])
            record["label"] = label
            print(f"{label}: rss {record['rss_mb']} MB, after trim {record['rss_mb_after_trim']} "
                  f"MB, python objects {record['traced_mb']} MB", flush=True)  # fmt: skip
            return record
        time.sleep(0.2)
    raise TimeoutError(f"no memory probe from the server ({label})")


def main() -> None:
    plan = FixedPlan(Selections())
    report: dict = {"visitors": VISITORS, "seconds_per_run": SECONDS, "idle_seconds": IDLE_SECONDS,
                    "probes": [], "runs": []}  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as folder:
        out = Path(folder) / "probes.jsonl"
        env = {"PYTHONPATH": str(PROBE), "MEMORY_PROBE_FILE": str(out)}
        with streamlit_server(ROOT / "serve.py", env=env) as (base, pid):
            warm_every_view(base, plan)
            report["probes"].append(probe(pid, out, "warm"))
            for number in range(1, RUNS + 1):
                run = load_run(base, [pid], plan, VISITORS, SECONDS)
                run.pop("per_page", None)
                after = probe(pid, out, f"after run {number}")
                time.sleep(IDLE_SECONDS)
                idle = probe(pid, out, f"run {number} + {IDLE_SECONDS:.0f} s idle")
                report["probes"] += [after, idle]
                report["runs"].append({"views": run["views"], "errors": run["errors"],
                                       "views_per_second": run["views_per_second"]})  # fmt: skip
    summarise(report)
    write_results("memory", report)


def summarise(report: dict) -> None:
    probes, runs = report["probes"], report["runs"]
    rows = [[p["label"], p["rss_mb"], p["rss_mb_after_trim"], p["traced_mb"], p["objects"]]
            for p in probes]  # fmt: skip
    print(table(rows, ["probe", "rss MB", "rss after trim MB", "python objects MB", "objects"]))
    # Probes: warm, then (after run, idle) per run; the "after run" of run n is 1 + 2(n-1).
    ends = [probes[1 + 2 * index] for index in range(len(runs))]
    previous = [probes[0], *[probes[2 + 2 * index] for index in range(len(runs) - 1)]]
    per_view = []
    for run, start, end in zip(runs, previous, ends, strict=True):
        if start["rss_mb_after_trim"] is None or not run["views"]:
            per_view.append(None)
            continue
        grown = end["rss_mb_after_trim"] - start["rss_mb_after_trim"]
        per_view.append(round(1024 * grown / run["views"], 1))
    report["kb_rss_per_view"] = per_view
    traced = [probe["traced_mb"] for probe in ends]
    last_growth = traced[-1] - traced[-2] if len(traced) > 1 else None
    report["python_objects_growth_mb_last_run"] = last_growth
    report["leak"] = last_growth is not None and last_growth > LEAK_MB
    trims = [p["rss_mb"] - p["rss_mb_after_trim"] for p in probes if p["rss_mb_after_trim"]]
    report["rss_returned_by_trim_mb_max"] = round(max(trims), 1) if trims else None
    print(f"RSS kept per view after malloc_trim (kB, run by run): {per_view}")
    print(f"Python objects, growth over the last run: {last_growth} MB "
          f"({'a leak' if report['leak'] else f'under {LEAK_MB} MB: no leak'})")  # fmt: skip
    print(f"RSS handed back by malloc_trim at most: {report['rss_returned_by_trim_mb_max']} MB")
    grown = probes[-2].get("grown", [])[:8]
    if grown:
        print("Lines whose allocations grew most over the last run:")
        print(table([[g["where"], g["kb_diff"], g["count_diff"]] for g in grown],
                    ["where", "kB", "objects"]))  # fmt: skip


if __name__ == "__main__":
    main()
