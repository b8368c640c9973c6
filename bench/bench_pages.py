"""Pages in a real browser: time until the script finished and every chart drew, and bytes sent.

Run: `python bench/bench_pages.py` (or `make bench`). Results: bench/results/pages.json.

Three servers run side by side: the app (data/prevention.db) and the two reference apps in
bench/reference (one `st.write`, one 20-point Plotly line chart), all started from the
repository root so they share .streamlit/config.toml. Debian's chromium through Playwright.

Every visit is a fresh browser context (empty HTTP cache, new Streamlit session). Times come
from the page's own clock (performance.now(), zero at navigation start), set by a
MutationObserver: "script" when stApp's data-test-script-state turns notRunning after a run,
"charts" when, after that, every stPlotlyChart holds an svg.main-svg or a canvas (a page
without charts: equal to "script").

Cold: the first visit of each page after its server started (Streamlit's caches live in the
process, so this pays the page's queries; the very first page also pays the first session).
Cold visits are in Lithuanian, the default; the English first visit shares the data caches
(queries return codes, not labels), so it is counted warm. Warm: the median of 5 visits per
page and language (3 in `make bench`, 5 with BENCH_LONG=1), visits interleaved round by round
with the references so noise hits all.

Bytes: CDP Network.loadingFinished encodedDataLength per response (headers included) plus
websocket frames received (Network.webSocketFrameReceived, base64 payloads decoded). URLs
under /static/ are Streamlit's own bundle; "beyond static" is everything else (the HTML
shell, /_stcore/ calls, the websocket). Static bytes with gzip: each static file fetched once
from the app and compressed with Python's gzip at level 6, for the types nginx compresses
(deploy/nginx.conf.template gzip_types); other types count as sent.

Targets: warm time-to-charts <= 1.3 x the one-chart reference; cold <= 2 x; the map page
sends <= 400 KB beyond static files.
"""

import base64
import gzip
import os
import sys
import time
import urllib.request
from contextlib import ExitStack
from pathlib import Path
from urllib.parse import urlparse

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402

from bench.common import (  # noqa: E402
    LANGS,
    REFERENCE,
    ROOT,
    load_average,
    median,
    pages,
    streamlit_server,
    table,
    verdict,
    write_results,
)
from tests.e2e.conftest import CHROMIUM_ARGS  # noqa: E402

# A fresh-context visit costs 3-5 s on the shared 2-core machine (Streamlit's 9 MB bundle is
# fetched and compiled every time), so 5 warm visits of 18 pages take ~5 minutes: `make bench`
# takes 3 (a median that one slow visit cannot move; about 1 minute per visit round),
# BENCH_LONG=1 takes 5; BENCH_WARM_VISITS overrides.
LONG = os.environ.get("BENCH_LONG") == "1"
WARM_VISITS = int(os.environ.get("BENCH_WARM_VISITS", "5" if LONG else "3"))
CHROMIUM = "/usr/bin/chromium"
MAP_BYTES_TARGET = 400_000
GZIP_TYPES = ("text/css", "javascript", "application/json", "image/svg+xml")

# Runs in every page before its own scripts: when the run ended, when the k-th chart drew.
OBSERVER = """
(() => {
  const b = window.__bench = {drawnAt: {}, drawn: 0};
  const check = () => {
    const app = document.querySelector('[data-testid="stApp"]');
    if (!app) return;
    const now = performance.now();
    const state = app.getAttribute('data-test-script-state');
    if (state === 'running' && b.script !== undefined) {
      b.drawnAt = {}; b.drawn = 0; delete b.script;  // a second run: start over
    }
    if (state === 'running') b.ran = true;
    else if (state === 'notRunning' && b.ran && b.script === undefined) b.script = now;
    const drawn = Array.from(document.querySelectorAll('[data-testid="stPlotlyChart"]'))
      .filter(c => c.querySelector('svg.main-svg, canvas')).length;
    for (let k = b.drawn + 1; k <= drawn; k++) b.drawnAt[k] = now;
    b.drawn = Math.max(b.drawn, drawn);
  };
  new MutationObserver(check).observe(document, {subtree: true, childList: true,
                                                 attributes: true});
})();
"""


def visit(browser, url: str) -> dict:
    """One first visit in a fresh context: times (ms from navigation start) and bytes."""
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.add_init_script(OBSERVER)
    cdp = context.new_cdp_session(page)
    urls: dict[str, str] = {}
    kinds: dict[str, str] = {}
    sizes: dict[str, int] = {}
    stream = {"bytes": 0, "charts": 0, "finished": False}

    def on_frame(event: dict) -> None:
        stream["bytes"] += _frame(event["response"], stream)

    def on_request(event: dict) -> None:
        urls[event["requestId"]] = event["request"]["url"]

    def on_response(event: dict) -> None:
        kinds[event["requestId"]] = event["response"].get("mimeType", "")

    def on_finished(event: dict) -> None:
        sizes[event["requestId"]] = int(event["encodedDataLength"])

    cdp.on("Network.requestWillBeSent", on_request)
    cdp.on("Network.responseReceived", on_response)
    cdp.on("Network.loadingFinished", on_finished)
    cdp.on("Network.webSocketFrameReceived", on_frame)
    cdp.send("Network.enable")
    problem, marks = None, {}
    try:
        page.goto(url, wait_until="commit", timeout=60_000)
        page.wait_for_function("window.__bench && window.__bench.script !== undefined",
                               timeout=90_000, polling=50)  # fmt: skip
        deadline = time.monotonic() + 10
        while not stream["finished"] and time.monotonic() < deadline:
            page.wait_for_timeout(20)  # the script_finished frame, to count the charts sent
        expected = stream["charts"]
        if expected:
            page.wait_for_function(f"window.__bench.drawnAt[{expected}] !== undefined",
                                   timeout=60_000, polling=50)  # fmt: skip
        marks = page.evaluate("window.__bench")
        drawn = marks["drawnAt"][str(expected)] if expected else marks["script"]
        marks["charts"] = max(marks["script"], drawn)
        marks["count"] = expected
    except Exception as error:  # noqa: BLE001 - a page that never finished is reported
        problem = f"{type(error).__name__}: {str(error)[:120]}"
    static = sum(size for rid, size in sizes.items() if _is_static(urls.get(rid, "")))
    total = sum(sizes.values()) + stream["bytes"]
    static_files = {urls[rid]: kinds.get(rid, "") for rid in sizes if _is_static(urls.get(rid, ""))}
    context.close()
    return {
        "script_ms": marks.get("script"),
        "charts_ms": marks.get("charts"),
        "charts": marks.get("count"),
        "bytes_total": total,
        "bytes_static": static,
        "bytes_beyond_static": total - static,
        "websocket_bytes": stream["bytes"],
        "static_files": static_files,
        "problem": problem,
    }


def _is_static(url: str) -> bool:
    return urlparse(url).path.startswith("/static/")


def _frame(response: dict, stream: dict) -> int:
    """Bytes of one websocket frame; counts Plotly charts sent and notes the run's end."""
    payload = response.get("payloadData", "")
    if response.get("opcode") != 2:  # binary frames arrive base64-encoded
        return len(payload.encode())
    data = base64.b64decode(payload)
    message = ForwardMsg()
    message.ParseFromString(data)
    kind = message.WhichOneof("type")
    if kind == "delta" and message.delta.WhichOneof("type") == "new_element":
        stream["charts"] += message.delta.new_element.WhichOneof("type") == "plotly_chart"
    elif kind == "script_finished":
        if message.script_finished == ForwardMsg.FINISHED_EARLY_FOR_RERUN:
            stream["charts"] = 0  # the next run sends its charts again
        else:
            stream["finished"] = True
    return len(data)


def static_sizes(base: str, files: dict[str, str]) -> dict:
    """Bytes of Streamlit's static files as served, and gzip-compressed as nginx would."""
    raw = compressed = 0
    for url, mime in files.items():
        path = urlparse(url).path
        with urllib.request.urlopen(base + path, timeout=30) as response:
            body = response.read()
        raw += len(body)
        if any(kind in mime for kind in GZIP_TYPES) and len(body) >= 1024:
            compressed += len(gzip.compress(body, compresslevel=6))
        else:
            compressed += len(body)
    return {"files": len(files), "bytes": raw, "bytes_gzip": compressed}


def main() -> None:
    from playwright.sync_api import sync_playwright

    started = time.perf_counter()
    report: dict = {"load_average_start": load_average(), "warm_visits": WARM_VISITS}
    slugs = [slug for slug, _ in pages()]
    with ExitStack() as stack:
        app, _ = stack.enter_context(streamlit_server(ROOT / "serve.py"))
        minimal, _ = stack.enter_context(streamlit_server(REFERENCE / "minimal.py"))
        chart, _ = stack.enter_context(streamlit_server(REFERENCE / "one_chart.py"))
        playwright = stack.enter_context(sync_playwright())
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        stack.callback(browser.close)
        references = {"minimal": minimal + "/", "one_chart": chart + "/"}

        cold: dict[str, dict] = {}
        for name, url in references.items():
            cold[name] = visit(browser, url)
        for slug in slugs:
            cold[f"/{slug}"] = visit(browser, f"{app}/{slug}?lang=lt")
            print(f"cold /{slug}: {_ms(cold[f'/{slug}']['charts_ms'])} ms", flush=True)

        warm: dict[str, list[dict]] = {}
        for _ in range(WARM_VISITS):
            for name, url in references.items():
                warm.setdefault(name, []).append(visit(browser, url))
            for slug in slugs:
                for lang in LANGS:
                    key = f"/{slug}?lang={lang}"
                    warm.setdefault(key, []).append(visit(browser, f"{app}{key}"))
        static_files: dict[str, str] = {}
        for visits in warm.values():
            for one in visits:
                static_files.update(one.pop("static_files"))
        for one in cold.values():
            one.pop("static_files")
        report["static"] = static_sizes(app, static_files)

    report["cold"] = cold
    report["warm"] = {key: _summary(visits) for key, visits in warm.items()}
    report["load_average_end"] = load_average()
    report["wall_seconds"] = round(time.perf_counter() - started)
    summarise(report, slugs)
    write_results("pages", report)


def _summary(visits: list[dict]) -> dict:
    def med(key: str) -> float | None:
        values = [v[key] for v in visits if v[key] is not None]
        return median(values)

    return {
        "visits": len(visits),
        "script_ms": med("script_ms"),
        "charts_ms": med("charts_ms"),
        "charts": max((v["charts"] or 0) for v in visits),
        "bytes_total": med("bytes_total"),
        "bytes_beyond_static": med("bytes_beyond_static"),
        "problems": sorted({v["problem"] for v in visits if v["problem"]}),
    }


def summarise(report: dict, slugs: list[str]) -> None:
    warm, cold = report["warm"], report["cold"]
    ref_warm = warm["one_chart"]
    ref_cold = cold["one_chart"]
    rows, figures = [], {}
    for key in ["minimal", "one_chart", *[f"/{s}?lang={lang}" for s in slugs for lang in LANGS]]:
        w = warm[key]
        page = key.split("?")[0] if key.startswith("/") else key
        c = cold.get(page) if key.endswith("lang=lt") or not key.startswith("/") else None
        warm_ratio = _ratio(w["charts_ms"], ref_warm["charts_ms"])
        cold_ratio = _ratio(c and c["charts_ms"], ref_cold["charts_ms"])
        figures[key] = {"warm_charts_ratio": warm_ratio, "cold_charts_ratio": cold_ratio,
                        "beyond_static_ratio": _ratio(w["bytes_beyond_static"],
                                                      ref_warm["bytes_beyond_static"])}  # fmt: skip
        rows.append([
            key, w["charts"], _ms(w["script_ms"]), _ms(w["charts_ms"]), warm_ratio,
            _ms(c and c["charts_ms"]), cold_ratio,
            _kb(w["bytes_total"]), _kb(w["bytes_beyond_static"]),
            figures[key]["beyond_static_ratio"], "; ".join(w["problems"])[:40],
        ])  # fmt: skip
    report["ratios"] = figures
    print(f"\nBrowser pages (median of {report['warm_visits']} warm visits; cold = first visit "
          f"after server start, lt). Times in ms from navigation start, bytes in KB.")  # fmt: skip
    print(table(rows, ["page", "charts", "script", "charts drawn", "x ref", "cold charts",
                       "x ref", "KB total", "KB beyond static", "x ref", "problems"]))  # fmt: skip
    static = report["static"]
    print(f"\nStreamlit static files fetched by these pages: {static['files']} files, "
          f"{_kb(static['bytes'])} KB as served, {_kb(static['bytes_gzip'])} KB with gzip "
          f"(Python gzip level 6, nginx gzip_types)")  # fmt: skip

    app_keys = [f"/{s}?lang={lang}" for s in slugs for lang in LANGS]
    worst_warm = max((figures[k]["warm_charts_ratio"] or 0, k) for k in app_keys)
    cold_keys = [k for k in app_keys if figures[k]["cold_charts_ratio"] is not None]
    worst_cold = max((figures[k]["cold_charts_ratio"], k) for k in cold_keys)
    map_bytes = max((warm[k]["bytes_beyond_static"] or 0) for k in app_keys if "/map?" in k)
    targets = [
        ["worst warm time-to-charts vs one-chart", f"{worst_warm[0]} ({worst_warm[1]})",
         "<= 1.3", verdict(worst_warm[0], 1.3)],
        ["worst cold time-to-charts vs one-chart", f"{worst_cold[0]} ({worst_cold[1]})",
         "<= 2", verdict(worst_cold[0], 2.0)],
        ["map page beyond static (KB)", _kb(map_bytes), "<= 400",
         verdict(map_bytes / 1000, MAP_BYTES_TARGET / 1000)],
    ]  # fmt: skip
    report["targets"] = targets
    print("\nTargets:")
    print(table(targets, ["figure", "value", "target", "verdict"]))
    print(f"load average {report['load_average_start']} -> {report['load_average_end']}; "
          f"wall {report['wall_seconds']} s")  # fmt: skip


def _ratio(value: float | None, reference: float | None) -> float | None:
    if value is None or not reference:
        return None
    return round(value / reference, 2)


def _ms(value: float | None) -> int | None:
    return None if value is None else round(value)


def _kb(value: float | None) -> float | None:
    return None if value is None else round(value / 1000, 1)


if __name__ == "__main__":
    main()
