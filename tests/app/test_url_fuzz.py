"""Every page under hostile links: any value in any URL parameter gives a page, never a traceback.

Each run sets all of a page's parameters at once, drawn from unicode text, 10 000-character
strings, SQL, HTML, JavaScript and Markdown fragments, numbers, impossible years, empty
strings and percent-encodings, mixed with the page's own valid values so deeper code runs.
A bad value may get the polite notice, but is never shown back as live HTML. Run with
`--log-cli-level=INFO` to see the runs and values per page; URL_FUZZ_RUNS=<n> runs n per page.
"""

import logging
import os
import re
import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from components.shell import HOME_PAGE, PAGES
from prevention.store.models import MEASURE_TYPES, TARGET_GROUPS
from prevention.web import a11y
from tests.app.helpers import ROOT, run_page

pytestmark = pytest.mark.slow
log = logging.getLogger(__name__)
SCRIPTS = [script for script, _ in PAGES]
# The one script every page may carry: the accessibility script, with its constant (CSP-hashed)
# text and the page's escaped catalogue words as attributes. Anything else is a finding.
KNOWN_SCRIPT = re.compile(
    r'<script data-lang="[^"<>]*" data-chart="[^"<>]*" data-sparkline="[^"<>]*">'
    + re.escape(a11y.script())
    + "</script>"
)
# AppTest runs take 0.5-5 s; the slowest pages get fewer runs to keep `make test` in budget.
RUNS = {"app_pages/3_municipality.py": 14, "app_pages/5_measures.py": 12}
DEFAULT_RUNS = 24
COMMON = ["lang", "indicator", "area", "areas", "year", "years", "measure", "group"]
# Parameter names a page reads: url_choice("name", ...), query_params.get("name"), ...
READS = re.compile(
    r"""url_\w+\(\s*["']([a-z_]+)["']|query_params(?:\.get|\.pop)?\(\s*["']([a-z_]+)["']"""
    r"""|query_params\[\s*["']([a-z_]+)["']\s*\]"""
)
SCRIPT = "<script>alert(1)</script>"
HOSTILE = [
    SCRIPT, "<img src=x onerror=alert(1)>", '"><svg onload=alert(1)>', "javascript:alert(1)",
    "[x](javascript:alert(1))", "**bold**", "# heading", "`code`", "$x^2$", ":material/home:",
    "' OR 1=1 --", "1; DROP TABLE areas", "'; SELECT * FROM sqlite_master --", "%", "_",
    "-1", "0", "99999", "2020-1900", "2024-2011", "1900-2200", "2011–2024", "2011-2024-2030",
    "-2011-2024", "1e308", "NaN", "inf", "0x10", "１９", "", " ", ",", ",,,", "13,13,13",
    "13,,x", "LT", "lt,en", "EN", "%3Cscript%3E", "%00", "%FF", "%E2%80%AE", "%2e%2e%2f",
    "../../etc/passwd", "\u202e", "\x00", "😀", "null", "undefined", "true", "[]", "{}",
    "x" * 10_000, ",".join(["13"] * 2000), "²⁰¹¹-²⁰²⁴", "٢٠١١-٢٠٢٤", "１３",
]  # fmt: skip
RAN: Counter[str] = Counter()
VALUES: Counter[str] = Counter()


def parameter_names(script: str) -> list[str]:
    """The names a page's source reads, with the shell's and a few common ones."""
    source = (ROOT / script).read_text(encoding="utf-8")
    found = {name for match in READS.finditer(source) for name in match.groups() if name}
    return sorted(found | set(COMMON))


def page_of(script: str) -> str | None:
    return None if script == HOME_PAGE else script.removeprefix("app_pages/")


def known_values(store: Path) -> dict[str, list[str]]:
    """Valid values by parameter name, from the store: a valid one here makes others matter."""
    with sqlite3.connect(f"file:{store}?mode=ro", uri=True) as connection:

        def column(sql: str) -> list[str]:
            return sorted({str(code) for (code,) in connection.execute(sql)})

        areas = column("SELECT code FROM areas")
        indicators = column("SELECT code FROM indicators")
        institutions = column("SELECT short_name FROM institutions")
        dimensions = column("SELECT DISTINCT breakdown_dimension FROM observations")
    years = [str(year) for year in range(2011, 2026)]
    return {
        "area": areas,
        "areas": [",".join(areas[i : i + 3]) for i in range(0, len(areas), 3)],
        "indicator": indicators,
        "indicators": [",".join(indicators[i : i + 2]) for i in range(0, len(indicators), 2)],
        "need": indicators,
        "institution": institutions,
        "type": list(MEASURE_TYPES),
        "target": list(TARGET_GROUPS),
        "breakdown": dimensions,
        "group": [f"G{number:03d}" for number in range(1, 41)],
        "threshold": [f"{step / 100:.2f}" for step in range(30, 95, 5)],
        "year": years,
        "years": [f"{a}-{b}" for a in years for b in years if a <= b],
    }


def value(valid: list[str]) -> st.SearchStrategy[str]:
    """Hostile values most of the time, a valid one sometimes, so later controls are reached."""
    hostile = st.one_of(
        st.sampled_from(HOSTILE),
        st.text(max_size=40),
        st.integers(-(10**12), 10**12).map(str),
        st.floats(allow_nan=True, allow_infinity=True).map(str),
        st.tuples(st.integers(-9999, 99999), st.integers(-9999, 99999)).map(
            lambda pair: f"{pair[0]}-{pair[1]}"
        ),
    )
    if not valid:
        return hostile
    # Two in five valid: two valid filters at once are common enough to reach their combination.
    return st.integers(0, 4).flatmap(lambda n: st.sampled_from(valid) if n < 2 else hostile)


def shown_text(app: AppTest) -> list[tuple[str, str, bool]]:
    """(element type, body, rendered as HTML?) for every text element on the page."""
    shown = []
    for node in app._tree:
        proto = getattr(node, "proto", None)
        body = getattr(proto, "body", None)
        if isinstance(body, str):
            html = node.type == "html" or bool(getattr(proto, "allow_html", False))
            shown.append((node.type, body, html))
    return shown


def check(app: AppTest, script: str, params: dict[str, str]) -> None:
    """No exception element; no hostile value rendered as HTML or echoed as a script tag."""
    short = {name: (v if len(v) < 80 else f"{v[:40]}...({len(v)} chars)") for name, v in
             params.items()}  # fmt: skip
    for exception in app.exception:
        head = "\n".join(exception.stack_trace[-6:])
        pytest.fail(f"{script} raised {exception.message!r} for {short}\n{head}")
    for kind, body, html in shown_text(app):
        if html:
            body = KNOWN_SCRIPT.sub("", body)
            assert not re.search(r"<script|onerror=|onload=|javascript:", body, re.I), (kind, body)
        assert SCRIPT not in body, f"{script}: {kind} shows a URL value back: {body[:200]!r}"


def test_an_institution_and_a_place_without_repeated_measures(use_store: Path) -> None:
    """Found by this fuzzer: no continuity pairs left by the filters crashed the duplicates page."""
    app = run_page("6_duplicates.py", lang="en", institution="LSA", area="13")
    assert not app.exception


@pytest.mark.parametrize("script", SCRIPTS)
def test_hostile_url_parameters(use_store: Path, script: str) -> None:
    first = run_page(page_of(script), lang="en")
    assert not first.exception, first.exception[0].message
    names = sorted(set(parameter_names(script)) | set(first.query_params))
    valid = known_values(use_store)
    for name, default in first.query_params.items():
        valid[name] = sorted({*valid.get(name, []), str(default)})
    valid["lang"] = ["lt", "en"]
    runs = int(os.environ.get("URL_FUZZ_RUNS", RUNS.get(script, DEFAULT_RUNS)))

    @settings(
        max_examples=runs,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )
    @given(st.fixed_dictionaries({name: value(valid.get(name, [])) for name in names}))
    def visit(params: dict[str, str]) -> None:
        app = run_page(page_of(script), timeout=60, **params)
        RAN[script] += 1
        VALUES[script] += len(params)
        check(app, script, params)

    visit()
    log.info("URL fuzz %s: %d runs, %d values over %s", script, RAN[script], VALUES[script],
             ", ".join(names))  # fmt: skip
