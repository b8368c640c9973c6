"""Concurrency and capacity: how many page views per second one app process serves.

Run: `python bench/bench_load.py` (or `make bench`). Results: bench/results/load.json.

Visitors are light clients speaking Streamlit's websocket protocol (bench/ws_client.py): each
keeps one session, like a browser tab following the menu, and cycles through every page in a
shuffled order with random valid URL parameters from the store (bench/common.py Selections),
with no think time, so the figures are capacity. The language is drawn once per visitor
(page_setup keeps the session's language, as a browser tab does). A page view is one
`rerun_script` until `script_finished`; an `exception` element, a compile error, a missing page
or a timeout counts as an error.

Steps, all in one run so ratios compare like with like:
1. the app, one process: idle-session memory (1, 10, 20 sessions), a short ramp (1, 4, 10
   visitors) to find the rate served at p95 under one second, then 20 visitors for 60 s; then
   20 visitors for 60 s over a fixed set of 48 selections, all viewed once before: with every
   view cached, memory must not grow (the random run's growth is the caches filling);
2. bench/reference/one_chart.py, one process: the same 20 visitors for 30 s (its latency is
   flat, so half a minute is enough);
3. two app processes behind nginx (deploy/nginx.conf.template with `least_conn` instead of
   `ip_hash`, see common.nginx_bench): 20 visitors for 60 s.
With BENCH_LONG=1 also the issue-7 run: 30 visitors for 5 minutes against one process.

Targets: capacity >= 0.5 x the one-chart reference, zero errors, <= 5 MB per extra session,
no memory growth once warm, two processes >= 1.7 x one process.
"""

import asyncio
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (  # noqa: E402
    REFERENCE,
    ROOT,
    Selections,
    cpu_seconds,
    load_average,
    median,
    nginx_bench,
    pages,
    percentile,
    rss_mb,
    streamlit_server,
    table,
    verdict,
    write_results,
)
from bench.ws_client import Session  # noqa: E402

SECONDS = float(os.environ.get("BENCH_LOAD_SECONDS", "60"))
VISITORS = 20
RAMP = (1, 4, 10)
RAMP_SECONDS = float(os.environ.get("BENCH_RAMP_SECONDS", "6"))
# The reference page's latency is flat (p95 within 2x of p50): half a minute measures it.
REFERENCE_SECONDS = min(SECONDS, 30.0)
LONG = os.environ.get("BENCH_LONG") == "1"
LONG_VISITORS, LONG_SECONDS = 30, 300.0


async def _visitor(base: str, number: int, plan, deadline: float, views: list, key: bool):
    """One visitor: a session that asks for pages until the deadline."""
    rng = random.Random(number)
    session = Session(base, client_key=str(number) if key else None)
    try:
        await session.open()
    except Exception as error:  # noqa: BLE001
        views.append({"page": "(connect)", "seconds": 0.0, "ok": False, "problem": str(error)})
        return
    lang = rng.choice(("lt", "en"))
    try:
        while time.monotonic() < deadline:
            order = plan.order(rng)
            for page in order:
                if time.monotonic() >= deadline:
                    break
                run = await session.run(page, plan.query(page, lang), timeout=60)
                views.append({"page": page or "/", "seconds": run.seconds, "ok": run.ok,
                              "problem": run.problem, "exceptions": run.exceptions,
                              "bytes": run.bytes, "end": time.monotonic()})  # fmt: skip
                if run.problem and run.problem != "timeout":
                    await session.close()  # a broken socket: reconnect like the browser
                    await session.open()
    finally:
        await session.close()


class AppPlan:
    """Every page of the app with random selections."""

    def __init__(self, selections: Selections) -> None:
        self.selections = selections
        self.slugs = [slug for slug, _ in pages()]

    def order(self, rng: random.Random) -> list[str]:
        return rng.sample(self.slugs, len(self.slugs))

    def query(self, page: str, lang: str) -> str:
        return self.selections.query(page, lang)


class FixedPlan(AppPlan):
    """A fixed set of selections (a few per page and language), so every view can be cached:
    the run that shows whether memory still grows once the caches are warm."""

    def __init__(self, selections: Selections, per_page: int = 3) -> None:
        super().__init__(selections)
        self.queries = {(page, lang): [selections.query(page, lang) for _ in range(per_page)]
                        for page in self.slugs for lang in ("lt", "en")}  # fmt: skip
        self.rng = random.Random(3)

    def query(self, page: str, lang: str) -> str:
        return self.rng.choice(self.queries[(page, lang)])

    def every_view(self) -> list[tuple[str, str]]:
        return [(page, query) for (page, _), queries in self.queries.items() for query in queries]


class ReferencePlan:
    """The reference app's single page."""

    def order(self, rng: random.Random) -> list[str]:
        return [""]

    def query(self, page: str, lang: str) -> str:
        return ""


async def _sample(pids: list[int], until: float, samples: list, every: float = 5.0) -> None:
    started = time.monotonic()
    while time.monotonic() < until:
        samples.append({"t": round(time.monotonic() - started, 1),
                        "rss_mb": [round(rss_mb(pid), 1) for pid in pids]})  # fmt: skip
        await asyncio.sleep(every)


def load_run(base: str, pids: list[int], plan, visitors: int, seconds: float,
             key: bool = False) -> dict:  # fmt: skip
    """`visitors` visitors for `seconds` against `base`; figures for the run."""
    views: list[dict] = []
    samples: list[dict] = []
    rss_start = [rss_mb(pid) for pid in pids]
    cpu_start = [cpu_seconds(pid) for pid in pids]
    client_cpu = time.process_time()
    cut = [0]

    async def go() -> float:
        started = time.monotonic()
        deadline = started + seconds
        tasks = [asyncio.create_task(_visitor(base, n, plan, deadline, views, key))
                 for n in range(visitors)]  # fmt: skip
        sampler = asyncio.create_task(_sample(pids, deadline, samples))
        await asyncio.wait(tasks, timeout=seconds)
        # Runs still going at the deadline are cut, not waited for (a p95 of 30 s would
        # otherwise add half a minute per run); they are counted apart as "cut".
        cut[0] = sum(1 for task in tasks if not task.done())
        for task in [*tasks, sampler]:
            task.cancel()
        await asyncio.gather(*tasks, sampler, return_exceptions=True)
        return time.monotonic() - started

    asyncio.run(go())
    wall = seconds
    cpu = [cpu_seconds(pid) - start for pid, start in zip(pids, cpu_start, strict=True)]
    done = [view for view in views if view["page"] != "(connect)"]
    ok = [view["seconds"] for view in done if view["ok"]]
    errors = [view for view in views if not view["ok"]]
    per_page = {}
    for page in sorted({view["page"] for view in done}):
        times = [view["seconds"] for view in done if view["page"] == page]
        failed = sum(1 for view in done if view["page"] == page and not view["ok"])
        per_page[page] = {"views": len(times), "p50": median(times),
                          "p95": percentile(times, 0.95), "errors": failed}  # fmt: skip
    rss_end = [rss_mb(pid) for pid in pids]
    middle = samples[len(samples) // 2]["rss_mb"] if samples else None
    return {
        "visitors": visitors,
        "seconds": round(wall, 1),
        "views": len(done),
        "cut_at_deadline": cut[0],
        "views_per_second": round(len(done) / wall, 2),
        "p50": median(ok),
        "p95": percentile(ok, 0.95),
        "errors": len(errors),
        "error_examples": sorted({_describe(error) for error in errors})[:5],
        "server_cpu_percent": [round(100 * c / wall) for c in cpu],
        "server_rss_mb_start": [round(r, 1) for r in rss_start],
        "server_rss_mb_middle": middle,
        "server_rss_mb_end": [round(r, 1) for r in rss_end],
        "client_cpu_percent": round(100 * (time.process_time() - client_cpu) / wall),
        "per_page": per_page,
    }


def _describe(view: dict) -> str:
    return f"{view['page']}: {view.get('problem') or 'exception'}"


def session_memory(base: str, pid: int, counts=(1, 10, 20)) -> dict:
    """RSS with 1, 10, 20 idle sessions that each showed the home page once."""

    async def go() -> dict:
        opened: list[Session] = []
        figures = {"before": round(rss_mb(pid), 1)}
        for count in counts:
            while len(opened) < count:
                session = await Session(base).open()
                await session.run("", "lang=lt")
                opened.append(session)
            await asyncio.sleep(1.5)
            figures[str(count)] = round(rss_mb(pid), 1)
        for session in opened:
            await session.close()
        return figures

    figures = asyncio.run(go())
    low, high = counts[0], counts[-1]
    figures["mb_per_session"] = round((figures[str(high)] - figures[str(low)]) / (high - low), 2)
    return figures


def warm_up(bases: list[str], plan: AppPlan) -> None:
    """Every page with its defaults, then one random round (caches hold codes, not languages);
    several servers are warmed at the same time."""

    async def one(base: str) -> None:
        session = await Session(base).open()
        for page in plan.slugs:
            await session.run(page, "lang=lt")
        for page in plan.slugs:
            await session.run(page, plan.query(page, "en"))
        await session.close()

    async def go() -> None:
        await asyncio.gather(*(one(base) for base in bases))

    asyncio.run(go())


def warm_every_view(base: str, plan: FixedPlan) -> None:
    async def go() -> None:
        session = await Session(base).open()
        for page, query in plan.every_view():
            await session.run(page, query)
        await session.close()

    asyncio.run(go())


def rate_under_one_second(steps: list[dict]) -> float | None:
    """The highest views/s among runs whose p95 stayed under one second."""
    good = [step["views_per_second"] for step in steps if (step["p95"] or 99) < 1.0]
    return max(good) if good else None


def main() -> None:
    started = time.perf_counter()
    selections = Selections()
    plan = AppPlan(selections)
    report: dict = {"load_average_start": load_average(), "seconds_per_run": SECONDS,
                    "visitors": VISITORS, "think_time": 0}  # fmt: skip
    print(f"load average {report['load_average_start']}; {VISITORS} visitors x {SECONDS:.0f} s, "
          f"no think time", flush=True)  # fmt: skip

    with streamlit_server(ROOT / "serve.py") as (base, pid):
        report["app_rss_mb_fresh"] = round(rss_mb(pid), 1)
        warm_up([base], plan)
        report["app_rss_mb_warm"] = round(rss_mb(pid), 1)
        report["sessions"] = session_memory(base, pid)
        print(f"idle sessions: {report['sessions']}", flush=True)
        ramp = [load_run(base, [pid], plan, n, RAMP_SECONDS) for n in RAMP]
        for step in ramp[1:]:
            step.pop("per_page")
        for step in ramp:
            print(f"ramp {step['visitors']:>2} visitors: {step['views_per_second']} views/s, "
                  f"p95 {step['p95']:.3f} s, errors {step['errors']}", flush=True)  # fmt: skip
        report["ramp"] = ramp
        report["app"] = load_run(base, [pid], plan, VISITORS, SECONDS)
        print(f"app: {report['app']['views_per_second']} views/s", flush=True)
        steady = FixedPlan(selections)
        warm_every_view(base, steady)
        report["steady"] = load_run(base, [pid], steady, VISITORS, SECONDS)
        report["steady"]["selections"] = len(steady.every_view())
        print(f"app, warm selections: {report['steady']['views_per_second']} views/s", flush=True)
        if LONG:
            report["issue7"] = load_run(base, [pid], plan, LONG_VISITORS, LONG_SECONDS)

    with streamlit_server(REFERENCE / "one_chart.py") as (base, pid):
        warm_up_reference(base)
        report["reference"] = load_run(base, [pid], ReferencePlan(), VISITORS, REFERENCE_SECONDS)
        report["reference"].pop("per_page")
        report["reference_sessions"] = session_memory(base, pid)
        print(f"reference: {report['reference']['views_per_second']} views/s", flush=True)

    with (
        streamlit_server(ROOT / "serve.py") as (first, pid1),
        streamlit_server(ROOT / "serve.py") as (second, pid2),
        tempfile.TemporaryDirectory(prefix="bench-nginx-") as folder,
        nginx_bench([first, second], Path(folder)) as proxy,
    ):
        warm_up([first, second], plan)
        report["two_processes"] = load_run(proxy, [pid1, pid2], plan, VISITORS, SECONDS)
        report["two_processes"]["balance"] = "least_conn (bench variant of the deployed config)"
        print(f"two processes: {report['two_processes']['views_per_second']} views/s", flush=True)

    report["load_average_end"] = load_average()
    report["wall_seconds"] = round(time.perf_counter() - started)
    summarise(report)
    write_results("load", report)


def warm_up_reference(base: str) -> None:
    async def go() -> None:
        session = await Session(base).open()
        for _ in range(3):
            await session.run("", "")
        await session.close()

    asyncio.run(go())


def summarise(report: dict) -> None:
    app, ref, two = report["app"], report["reference"], report["two_processes"]
    capacity = app["views_per_second"] / ref["views_per_second"]
    scale = two["views_per_second"] / app["views_per_second"]
    sessions = report["sessions"]
    # Caches fill while random selections arrive (reported); "once warm" is the run over a
    # fixed set of selections, all cached before it starts: the second half of that run.
    middle = (app["server_rss_mb_middle"] or app["server_rss_mb_start"])[0]
    growth = max(app["server_rss_mb_end"][0] - middle, 0.0)
    steady = report["steady"]
    steady_middle = (steady["server_rss_mb_middle"] or steady["server_rss_mb_start"])[0]
    steady_growth = steady["server_rss_mb_end"][0] - steady_middle
    steps = [*report["ramp"], app]
    report["rate_p95_under_1s"] = rate_under_one_second(steps)
    report["figures"] = figures = {
        "capacity_ratio": round(capacity, 2),
        "two_process_ratio": round(scale, 2),
        "errors": app["errors"] + two["errors"],
        "mb_per_session": sessions["mb_per_session"],
        "rss_growth_mb_second_half": round(growth, 1),
        "rss_growth_mb_warm": round(steady_growth, 1),
    }
    alone = report["ramp"][0]
    print("\nPer page, one visitor alone (service time):")
    rows = [[page, f["views"], f["p50"], f["p95"]] for page, f in alone["per_page"].items()]
    print(table(rows, ["page", "views", "p50 s", "p95 s"]))
    print("\nPer page, one process, 20 visitors:")
    rows = [[page, f["views"], f["p50"], f["p95"], f["errors"]]
            for page, f in app["per_page"].items()]  # fmt: skip
    print(table(rows, ["page", "views", "p50 s", "p95 s", "errors"]))
    print("\nRuns:")
    rows = []
    for name, run in (("app, 1 process", app), ("app, warm selections", steady),
                      ("one-chart reference", ref), ("app, 2 processes + nginx", two)):  # fmt: skip
        keys = ("server_cpu_percent", "server_rss_mb_start", "server_rss_mb_end")
        joined = {key: "/".join(map(str, run[key])) for key in keys}
        rows.append([name, run["visitors"], run["views_per_second"], run["p50"], run["p95"],
                     run["errors"], joined["server_cpu_percent"], joined["server_rss_mb_start"],
                     joined["server_rss_mb_end"], run["client_cpu_percent"]])  # fmt: skip
    print(table(rows, ["run", "visitors", "views/s", "p50 s", "p95 s", "errors", "cpu %",
                       "rss start MB", "rss end MB", "client cpu %"]))  # fmt: skip
    if "issue7" in report:
        run = report["issue7"]
        print(f"\nissue 7 (30 visitors, 5 min): {run['views_per_second']} views/s, p50 "
              f"{run['p50']:.3f} s, p95 {run['p95']:.3f} s, errors {run['errors']}, rss start/"
              f"middle/end {run['server_rss_mb_start']}/{run['server_rss_mb_middle']}/"
              f"{run['server_rss_mb_end']} MB")  # fmt: skip
    print("\nTargets:")
    rows = [
        ["capacity vs one-chart reference", figures["capacity_ratio"], ">= 0.5",
         verdict(capacity, 0.5, higher_is_better=True)],
        ["two processes vs one", figures["two_process_ratio"], ">= 1.7",
         verdict(scale, 1.7, higher_is_better=True)],
        ["errors", figures["errors"], "0", verdict(figures["errors"], 0)],
        ["MB per extra idle session", figures["mb_per_session"], "<= 5",
         verdict(figures["mb_per_session"], 5)],
        ["RSS growth once warm, 2nd half (MB)", figures["rss_growth_mb_warm"], "< 10",
         verdict(figures["rss_growth_mb_warm"], 10)],
        ["RSS growth, random selections (MB)", figures["rss_growth_mb_second_half"],
         "(caches filling)", "-"],
        ["views/s at p95 < 1 s (1 process)",
         report["rate_p95_under_1s"] or "none (p95 > 1 s from 1 visitor)", "(reported)", "-"],
    ]  # fmt: skip
    print(table(rows, ["figure", "value", "target", "verdict"]))
    print(f"load average at end: {report['load_average_end']}; wall {report['wall_seconds']} s")


if __name__ == "__main__":
    main()
