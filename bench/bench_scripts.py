"""Script time: how long each page's script runs with warm caches, without browser or network.

Run: `python bench/bench_scripts.py` (or `make bench`). Results: bench/results/scripts.json.

Streamlit's AppTest runs each page the way tests/app/helpers.py run_page does (app.py, then
switch_page, then ?lang=), against data/prevention.db. Per page and language: one run to warm
Streamlit's caches (they live in this process, shared by every AppTest), then the median of 5
timed `run()` calls, each on a fresh AppTest (a new session, as a new visitor gets). The same
for bench/reference/one_chart.py, the one-chart reference page, for the ratio. No target of
its own: this splits the browser figures of bench_pages into server script time and the rest.
"""

import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (  # noqa: E402
    LANGS,
    REFERENCE,
    ROOT,
    STORE,
    load_average,
    median,
    menu,
    pages,
    quiet_streamlit,
    table,
    write_results,
)

RUNS = 5


def timed_run(script: str | None, lang: str | None, reference: bool = False) -> tuple[float, int]:
    """Seconds of one `run()` on a fresh AppTest, and the exceptions it showed."""
    from streamlit.testing.v1 import AppTest

    path = REFERENCE / "one_chart.py" if reference else ROOT / "app.py"
    app = AppTest.from_file(str(path), default_timeout=60)
    if script and script != menu()[0]:  # the home page is what app.py opens
        app.switch_page(script)
    if lang:
        app.query_params["lang"] = lang
    started = time.perf_counter()
    app.run()
    return time.perf_counter() - started, len(app.exception)


def measure(script: str | None, lang: str | None, reference: bool = False) -> dict:
    first, errors = timed_run(script, lang, reference)
    times = []
    for _ in range(RUNS):
        seconds, failed = timed_run(script, lang, reference)
        times.append(seconds)
        errors += failed
    return {"first_run": first, "median": median(times), "min": min(times), "max": max(times),
            "runs": RUNS, "exceptions": errors}  # fmt: skip


def main() -> None:
    os.environ["PREVENTION_DATABASE_URL"] = f"sqlite:///{STORE}"
    import streamlit.testing.v1  # noqa: F401 - load Streamlit's loggers before quieting them

    quiet_streamlit()
    started = time.perf_counter()
    report: dict = {"load_average_start": load_average()}
    figures: dict[str, dict] = {"one_chart": measure(None, None, reference=True)}
    for slug, script in pages():
        for lang in LANGS:
            figures[f"/{slug}?lang={lang}"] = measure(script, lang)
    reference = figures["one_chart"]["median"]
    rows = []
    for key, row in figures.items():
        row["ratio_to_one_chart"] = round(row["median"] / reference, 1)
        rows.append([key, row["first_run"], row["median"], row["min"], row["max"],
                     row["ratio_to_one_chart"], row["exceptions"]])  # fmt: skip
    report["pages"] = figures
    report["load_average_end"] = load_average()
    report["wall_seconds"] = round(time.perf_counter() - started)
    print(f"Script run time with AppTest, seconds (first run warms the caches; median of {RUNS}).")
    print(table(rows, ["page", "first run", "median", "min", "max", "x one-chart", "exceptions"]))
    errors = sum(row["exceptions"] for row in figures.values())
    print(f"exceptions: {errors} (target 0: {'met' if errors == 0 else 'missed'}); "
          f"load average {report['load_average_start']} -> {report['load_average_end']}; "
          f"wall {report['wall_seconds']} s")  # fmt: skip
    write_results("scripts", report)


if __name__ == "__main__":
    main()
