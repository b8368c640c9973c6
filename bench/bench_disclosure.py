"""How long disclosure control takes: the build's suppression and the interval audit of `check`.

Run: `python bench/bench_disclosure.py` (or `make bench`). Results: bench/results/disclosure.json.
Targets: the whole build of the illustrative release in under 2 minutes on this 2-core machine;
the audit of the 1 000 000-observation synthetic store (bench/synthetic_store.py) is measured,
with no target yet. BENCH_DISCLOSURE_SIZES=100k skips the larger store (its first generation
takes minutes).
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

from prevention.release import disclosure  # noqa: E402
from prevention.release.audit import OBSERVATIONS_SQL, _personal_counts  # noqa: E402
from prevention.release.build import build  # noqa: E402
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
    from synthetic_store import SIZES, store

    for name in os.environ.get("BENCH_DISCLOSURE_SIZES", "1m").split(","):
        path, _ = store(SIZES[name])
        results[f"synthetic_{name}_audit"] = audit_seconds(path)
    results["load_average_after"] = load_average()
    for key, value in results.items():
        print(f"{key}: {value}")
    write_results("disclosure", results)


if __name__ == "__main__":
    main()
