"""How long disclosure control takes: the build's suppression and the interval audit of `check`.

Run: `python bench/bench_disclosure.py` (or `make bench`). Results: bench/results/disclosure.json.
Targets: the whole build of the illustrative release in under 2 minutes on this 2-core machine;
recorded: the audit of the illustrative release; the build's suppression (`protect`) of one
personal-count indicator of the synthetic 100 000-observation shape; and, for the 1M shape,
the suppression and then the audit of BENCH_DISCLOSURE_1M_INDICATORS (default 4) of its 80
personal-count indicators (`synthetic_1m_protect_and_audit`).

The synthetic stores (bench/synthetic_store.py) hold values that add up and pass through the
build's own suppression, so generating one costs a suppression per indicator. A whole
store's audit is measured for the sizes in BENCH_DISCLOSURE_SIZES, by default "1m" (the store
bench_queries reads too: generated once, some 18 minutes, then reused from its cache; "" skips
it, "100k,1m" adds the small one).

Measured 2026-12-03 on the shared 2-core machine, one run each (not medians: each run takes
minutes and the machine is shared), with the load average (1 minute) at the time:
- Before (`milp` for every objective of every block): illustrative build 76 s (load about
  7); its audit 4.1 s (3,588 cells, 1,402 hidden, none failing); `protect` of one 100k
  indicator (3,981 cells, 1,976 hidden, 3,762 solver runs) 64 s at load about 7 and 29.2 s
  at load 1.7; two other 100k indicators (seed 7) 82 s and 63 s at load 3-5.
- After (prevention.release.relaxation: each block's warm LP relaxation, its whole-number
  optimum proven by an exact dual bound, `milp` only where it is not; no program for a cell
  alone in an exact relation): illustrative build 5.2 s, the same 1,402 cells hidden (1,006
  primary, 396 secondary); its audit 0.2 s; the same 100k indicator 3.3 s (1.8 s CPU; 1 `milp`
  and 1,939 relaxation runs), the same 1,976 cells hidden; the two seed-7 indicators 3.1 s
  and 2.9 s, cell for cell the suppression the `milp`-only code gives (load 1.9-4.2).
  One 1M-shape indicator (11,579 cells, 10,627 hidden) 14.4 s to protect and 7.1 s to audit
  (load 1.6). Four 1M-shape indicators (46,325 cells, 44,190 hidden: the generator's 9
  categories over 18 years leave few cells of 5 or more) 252 s to protect (143 s CPU: the
  machine was busy; 920 `milp` and 60,792 relaxation runs) and 39 s to audit, none failing
  (load 1.9 before, 4.2 after).
The whole 1M store (2026-12-03, one run): generated in 1,102 s,
the suppression of each of its personal-count indicators run two at a time
(synthetic_store.WORKERS); its audit, as `check` runs it, took 409 s (363 s CPU) for 925,840
preferred personal-count cells of 995,897 observations, 824,264 of them hidden, none failing
(load average 2.7 before, 3.3 after: other test runs shared the machine). The estimate from
four indicators had been about 13 minutes. The 100k store's audit in the same run: 14.1 s
(95,424 cells, 78,224 hidden, none failing).
"""

import os
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
from sqlalchemy import text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from common import load_average, verdict, write_results  # noqa: E402

from prevention.build import build  # noqa: E402
from prevention.release import disclosure  # noqa: E402
from prevention.release.audit import OBSERVATIONS_SQL, _personal_counts  # noqa: E402
from prevention.store.db import read_only_engine  # noqa: E402

BUILD_TARGET_SECONDS = 120.0
# Personal-count indicators of the 1M shape protected and audited by default (of its 80).
ONE_M_INDICATORS = int(os.environ.get("BENCH_DISCLOSURE_1M_INDICATORS", "4"))


def audit_seconds(path: Path) -> dict:
    """The interval audit of a store's preferred personal counts, as `check` runs it."""
    with read_only_engine(path).connect() as connection:
        observations = pd.read_sql_query(text(OBSERVATIONS_SQL), connection)
        areas = pd.read_sql_query(text("SELECT code, level, parent_code FROM areas"), connection)
    observations["preferred"] = observations["preferred"].astype(bool)
    personal = _personal_counts(observations)
    cells = personal[personal["preferred"]].assign(source_id="*")
    started, cpu = time.perf_counter(), time.process_time()
    failing = disclosure.audit(cells, areas)
    return {
        "observations": len(observations),
        "cells_audited": len(cells),
        "hidden": int((cells["status"] == disclosure.SUPPRESSED).sum()),
        "failing": len(failing),
        "seconds": round(time.perf_counter() - started, 2),
        "cpu_seconds": round(time.process_time() - cpu, 2),
    }


def _synthetic_indicators(size: int, count: int):
    """`count` synthetic personal-count indicators of the `size` shape, unsuppressed, as the
    column arrays synthetic_store writes (with the plan and areas its suppression needs)."""
    import numpy as np
    from synthetic_store import SHAPES, _indicator_plan, _observations

    from prevention.release.seed import read_seed

    seed = read_seed(ROOT / "data" / "seed")
    areas = seed["areas"].sort_values("code").reset_index(drop=True)
    shape = SHAPES[size]
    plan = _indicator_plan(size, shape, seed["indicators"], len(areas))
    codes = [
        c
        for c in plan.codes
        if c.startswith("synthetic") and plan.kinds[c] == "count" and plan.personal.get(c)
    ][:count]
    columns = _observations(codes, plan, shape, areas, np.random.default_rng(1), suppress=False)
    names = ["indicator_code", "area_code", "year", "period_type", "period_label"]
    names += ["breakdown_dimension", "breakdown_category", "value", "unit", "status"]
    names += ["suppression", "preferred", "source_id"]
    merged = {
        name: np.array(column, dtype=object) for name, column in zip(names, columns, strict=True)
    }
    merged["preferred"] = merged["preferred"].astype(int)
    return merged, plan, areas


def protect_indicators(size: int = 100_000, count: int = 1) -> dict:
    """The build's suppression of `count` synthetic personal-count indicators (areas x years x
    breakdown cells of the `size` shape), with the solver runs it took; then the interval
    audit of the result, as `check` runs it on a store's personal counts."""
    from synthetic_store import _suppress

    from prevention.release import intervals, relaxation

    merged, plan, areas = _synthetic_indicators(size, count)
    solves = {"milp": 0, "relaxation": 0}
    milp, relaxed = intervals.milp, relaxation.Relaxation.solve

    def counted(*args, **kwargs):
        solves["milp"] += 1
        return milp(*args, **kwargs)

    def counted_relaxed(self, objective):
        solves["relaxation"] += 1
        return relaxed(self, objective)

    intervals.milp, relaxation.Relaxation.solve = counted, counted_relaxed
    try:
        started, cpu = time.perf_counter(), time.process_time()
        _suppress(merged, plan, areas, workers=1)  # one process: the solver runs are counted
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu
    finally:
        intervals.milp, relaxation.Relaxation.solve = milp, relaxed
    cells = pd.DataFrame(merged)
    cells = cells[cells["preferred"] == 1].assign(source_id="*")
    cells["value"] = cells["value"].astype(float)
    started = time.perf_counter()
    failing = disclosure.audit(
        cells.reset_index(drop=True), areas[["code", "level", "parent_code"]]
    )
    return {
        "indicators": count,
        "cells": len(merged["value"]),
        "hidden": int((merged["status"] == disclosure.SUPPRESSED).sum()),
        "milp_runs": solves["milp"],
        "relaxation_runs": solves["relaxation"],
        "protect_seconds": round(seconds, 1),
        "protect_cpu_seconds": round(cpu_seconds, 1),
        "audit_seconds": round(time.perf_counter() - started, 1),
        "audit_failing": len(failing),
    }


def main() -> None:
    results: dict = {"load_average_before": load_average()}
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("PREVENTION_SUBMISSIONS_DIR", str(Path(folder) / "archive"))
        path = Path(folder) / "prevention.db"
        started = time.perf_counter()
        result = build(path, illustrative=True)
        seconds = time.perf_counter() - started
        results["illustrative_build"] = {
            "seconds": round(seconds, 1),
            "target_seconds": BUILD_TARGET_SECONDS,
            "verdict": verdict(seconds, BUILD_TARGET_SECONDS),
            "suppression": result.suppression,
        }
        results["illustrative_audit"] = audit_seconds(path)
    results["synthetic_100k_protect_one_indicator"] = protect_indicators(100_000, 1)
    results["synthetic_1m_protect_and_audit"] = protect_indicators(1_000_000, ONE_M_INDICATORS)
    from synthetic_store import SIZES, store

    for name in filter(None, os.environ.get("BENCH_DISCLOSURE_SIZES", "1m").split(",")):
        path, _ = store(SIZES[name])
        results[f"synthetic_{name}_audit"] = audit_seconds(path)
    results["load_average_after"] = load_average()
    for key, value in results.items():
        print(f"{key}: {value}")
    write_results("disclosure", results)


if __name__ == "__main__":
    main()
