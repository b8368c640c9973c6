"""Shared by the page-level benchmarks: servers, the page list, random selections, verdicts.

Not a benchmark itself (run_all.py only runs bench_*.py).
"""

import ast
import json
import logging
import os
import random
import statistics
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.e2e.servers import nginx_proxy, streamlit_process  # noqa: E402

STORE = ROOT / "data" / "prevention.db"
REFERENCE = ROOT / "bench" / "reference"
RESULTS = ROOT / "bench" / "results"
LANGS = ("lt", "en")


def menu() -> list[str]:
    """The scripts in components/shell.py PAGES, read without importing Streamlit."""
    tree = ast.parse((ROOT / "components" / "shell.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == "PAGES" for target in node.targets
        ):
            return [script for script, _ in ast.literal_eval(node.value)]
    raise LookupError("no PAGES in components/shell.py")


def quiet_streamlit() -> None:
    """Silence Streamlit's bare-mode warnings (no runtime / no ScriptRunContext) in this process."""
    for name in ("streamlit.runtime.caching.cache_data_api",
                 "streamlit.runtime.caching.cache_resource_api",
                 "streamlit.runtime.scriptrunner_utils.script_run_context"):  # fmt: skip
        # A filter, not a level: Streamlit resets its loggers' levels when its config loads.
        logging.getLogger(name).addFilter(lambda record: record.levelno >= logging.ERROR)


def pages() -> list[tuple[str, str]]:
    """(url slug, script) for every page in menu order; the first, the home page, is ""."""
    scripts = menu()
    return [("", scripts[0])] + [(Path(s).stem.split("_", 1)[1], s) for s in scripts[1:]]


def median(values: list[float]) -> float | None:
    return statistics.median(values) if values else None


def percentile(values: list[float], share: float) -> float | None:
    """Nearest-rank percentile (share 0.95 = p95)."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, round(share * len(ordered) + 0.4999))
    return ordered[min(rank, len(ordered)) - 1]


def verdict(value: float | None, target: float, *, higher_is_better: bool = False) -> str:
    """'met' or 'missed by X' (X in the value's own unit)."""
    if value is None:
        return "not measured"
    if higher_is_better:
        return "met" if value >= target else f"missed by {target - value:.3g}"
    return "met" if value <= target else f"missed by {value - target:.3g}"


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def write_results(name: str, data: dict) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / f"{name}.json"
    path.write_text(json.dumps(data, indent=2, default=str), encoding="utf-8")
    return path


def table(rows: list[list[object]], header: list[str]) -> str:
    """A plain fixed-width table."""
    cells = [[str(c) for c in header]] + [[_cell(c) for c in row] for row in rows]
    widths = [max(len(row[i]) for row in cells) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 100 else f"{value:.0f}"
    return str(value)


# --- servers -------------------------------------------------------------------------------


@contextmanager
def streamlit_server(
    script: Path, *, port: int | None = None, env: dict[str, str] | None = None
) -> Iterator[tuple[str, int]]:
    """A script served from the benchmark store (see tests/e2e/servers.py); yields (url, pid)."""
    with streamlit_process(script, STORE, port=port, env=env) as server:
        yield server


@contextmanager
def nginx_bench(backends: list[str], folder: Path, balance: str = "least_conn") -> Iterator[str]:
    """nginx as deployed, but balancing by `balance` (every load client is 127.0.0.1)."""
    with nginx_proxy(backends, folder, balance=balance) as url:
        yield url


# --- process figures from /proc (psutil is not a dependency) ---------------------------------


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / ticks


# --- random but valid selections, from the store ---------------------------------------------


class Selections:
    """Random valid URL parameters per page, drawn from the store the app serves."""

    def __init__(self, seed: int = 7) -> None:
        quiet_streamlit()
        from prevention.store import queries
        from prevention.store.db import read_only_engine
        from prevention.views import duplicates as duplicate_view
        from prevention.views import measures as measure_view

        engine = read_only_engine(STORE)
        self.random = random.Random(seed)
        trend = queries.trend_indicators(engine)
        self.trend = {
            code: queries.indicator_areas(engine, code)[:6] for code in list(trend.index)[:12]
        }
        self.trend_rate = {code for code in trend.index if bool(trend.loc[code, "per_capita"])}
        municipal = queries.municipal_indicators(engine)
        self.municipal = list(municipal.index)
        self.municipal_years = {
            code: (int(row["first_year"]), int(row["last_year"]))
            for code, row in municipal.iterrows()
        }
        self.municipalities = [str(code) for code in queries.municipalities(engine).index]
        self.labels = [str(code) for code in queries.indicator_labels(engine).index]
        measures = queries.measures(engine)
        self.measure_years = (int(measures["start_year"].min()), int(measures["end_year"].max()))
        self.measure_types = sorted(measures["measure_type"].dropna().unique())
        self.target_groups = sorted(measures["target_group"].dropna().unique())
        self.thresholds = [f"{value:.2f}" for value in duplicate_view.THRESHOLDS]
        self.measure_sections = list(measure_view.SECTIONS)
        self.all = measure_view.ALL
        engine.dispose()

    def query(self, slug: str, lang: str) -> str:
        """A query string for one visit of page `slug`: sometimes the defaults only."""
        pick = self.random.choice
        params: dict[str, str] = {"lang": lang}
        if self.random.random() < 0.2:
            return urlencode(params)
        if slug == "trends" and self.trend:
            indicator = pick(list(self.trend))
            params["indicator"] = indicator
            if self.trend[indicator]:
                params["area"] = pick(self.trend[indicator])
            params["chart"] = pick(["line", "bar"])
            if indicator in self.trend_rate:
                params["measure"] = pick(["count", "rate"])
        elif slug == "map" and self.municipal:
            indicator = pick(self.municipal)
            first, last = self.municipal_years[indicator]
            params["indicator"] = indicator
            params["view"] = pick(["map", "tiles", "counties"])
            params["year"] = str(self.random.randint(first, last))
        elif slug == "compare" and self.municipalities:
            areas = self.random.sample(self.municipalities, self.random.randint(2, 4))
            params["areas"] = ",".join(areas)
            params["indicators"] = ",".join(
                self.random.sample(self.municipal, min(len(self.municipal), 2))
            )
            params["measure"] = pick(["count", "rate"])
        elif slug == "measures":
            first, last = self.measure_years
            start = self.random.randint(first, last)
            params["years"] = f"{start}-{self.random.randint(start, last)}"
            params["type"] = pick([self.all, *self.measure_types])
            params["target"] = pick([self.all, *self.target_groups])
            params["area"] = pick([self.all, *self.municipalities])
            params["section"] = pick(self.measure_sections)
        elif slug == "duplicates":
            params["threshold"] = pick(self.thresholds)
            params["type"] = pick([self.all, *self.measure_types])
        elif slug == "data" and self.labels:
            params["indicator"] = pick(self.labels)
        elif slug == "municipality" and self.municipalities:
            params["area"] = pick(self.municipalities)
        return urlencode(params)
