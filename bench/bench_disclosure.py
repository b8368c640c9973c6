"""How long disclosure control takes: the build's suppression and the interval audit of `check`.

Run: `python bench/bench_disclosure.py` (or `make bench`). Results: bench/results/disclosure.json.
Targets: the whole build of the illustrative release in under 2 minutes on this 2-core machine;
the audit of the illustrative release is recorded, and the build's suppression (`protect`) of
one personal-count indicator of the synthetic 100 000-observation shape.

The synthetic stores (bench/synthetic_store.py) now hold values that add up and pass through
the build's own suppression, so generating one costs a suppression per indicator: about a
minute each at the 100k shape (25 indicators), far more at 1M. Their audit is only measured
when named in BENCH_DISCLOSURE_SIZES (e.g. "100k" or "100k,1m"); by default none is.

Measured 2026-12-03 on the shared 2-core machine (load average about 7): illustrative build
76 s (target 120 s); its audit 4.1 s (3,588 cells, 1,402 hidden, none failing); `protect` of
one synthetic 100k indicator (3,981 cells, 1,976 hidden) 97 s and 4,535 solver runs before
the batched witnesses of prevention.release.intervals, 64 s and 3,762 runs after. The 1M store under
the rule was not generated: at about a minute per indicator and ~87 indicators (each larger
than at 100k), it needs a faster `protect` first (block-by-block re-solving is next).
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


def protect_one_indicator(size: int = 100_000) -> dict:
    """The build's suppression of one synthetic personal-count indicator (areas x years x
    breakdown cells of the `size` shape), with the solver runs it took."""
    import numpy as np
    from synthetic_store import SHAPES, _indicator_plan, _observations, _suppress

    from prevention.release import intervals
    from prevention.release.seed import read_seed

    seed = read_seed(ROOT / "data" / "seed")
    areas = seed["areas"].sort_values("code").reset_index(drop=True)
    shape = SHAPES[size]
    plan = _indicator_plan(size, shape, seed["indicators"], len(areas))
    code = next(c for c in plan.codes if c.startswith("synthetic") and plan.kinds[c] == "count")
    columns = _observations([code], plan, shape, areas, np.random.default_rng(1), suppress=False)
    names = ["indicator_code", "area_code", "year", "period_type", "period_label"]
    names += ["breakdown_dimension", "breakdown_category", "value", "unit", "status"]
    names += ["suppression", "preferred", "source_id"]
    merged = {
        name: np.array(column, dtype=object) for name, column in zip(names, columns, strict=True)
    }
    merged["preferred"] = merged["preferred"].astype(int)
    solves = {"n": 0}
    milp = intervals.milp

    def counted(*args, **kwargs):
        solves["n"] += 1
        return milp(*args, **kwargs)

    intervals.milp = counted
    try:
        started, cpu = time.perf_counter(), time.process_time()
        _suppress(merged, plan, areas)
        seconds = time.perf_counter() - started
    finally:
        intervals.milp = milp
    return {
        "cells": len(merged["value"]),
        "hidden": int((merged["status"] == disclosure.SUPPRESSED).sum()),
        "solver_runs": solves["n"],
        "seconds": round(seconds, 1),
        "cpu_seconds": round(time.process_time() - cpu, 1),
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
    results["synthetic_100k_protect_one_indicator"] = protect_one_indicator()
    from synthetic_store import SIZES, store

    for name in filter(None, os.environ.get("BENCH_DISCLOSURE_SIZES", "").split(",")):
        path, _ = store(SIZES[name])
        results[f"synthetic_{name}_audit"] = audit_seconds(path)
    results["load_average_after"] = load_average()
    for key, value in results.items():
        print(f"{key}: {value}")
    write_results("disclosure", results)


if __name__ == "__main__":
    main()
