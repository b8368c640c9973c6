"""The catalogue in both directions: every key the code asks for exists, every key is asked for.

Keys written out in full are found in the code as they stand. Keys built at run time
(`f"unit.{code}"`) belong to a family, and the families are listed here by hand with the codes
they take, so that a new family, or a code without its text, fails this test instead of showing
a raw key on a page.
"""

import ast
import re
from collections import defaultdict
from pathlib import Path

from prevention.i18n import LANGS, catalogue, code_key
from prevention.release.seed import read_indicators
from prevention.store.models import (
    BREAKDOWN_DIMENSIONS,
    MEASURE_TYPES,
    STATUSES,
    TARGET_GROUPS,
)
from prevention.views import chart_csv

ROOT = Path(__file__).resolve().parents[2]
CODE = [
    *ROOT.glob("*.py"),
    *ROOT.glob("app_pages/*.py"),
    *ROOT.glob("components/**/*.py"),
    *ROOT.glob("serving/**/*.py"),
    *ROOT.glob("prevention/**/*.py"),
]
TEMPLATES = list(ROOT.glob("prevention/**/templates/*.j2"))
SEED_UNITS = set(read_indicators(ROOT / "data" / "seed" / "indicators.toml")["unit"])

# Every prefix the code builds keys from, with the codes it must have texts for (None: the
# codes come from the data or from the page and are checked where they are made; the family
# still counts its keys as used).
FAMILIES: dict[str, set[str] | None] = {
    "unit.": {code_key("unit", unit).removeprefix("unit.") for unit in SEED_UNITS} - {"not_stated"},
    "count_unit.": None,  # only units counted in words; the others print without one
    "target_group.": set(TARGET_GROUPS),
    "measure_type.": set(MEASURE_TYPES),
    "status.": set(STATUSES),
    "dimension.": set(BREAKDOWN_DIMENSIONS),
    "language.name_": set(LANGS),
    "category.": None,
    "error.": None,
    # The charts' CSV headers (prevention/views/chart_csv.py: COLUMNS and the described
    # frames, whose year columns are a first and a last year).
    "column.": {*chart_csv.COLUMNS, "year_first", "year_last"},
    "sharing.header_": None,
    "common.measure_": {"count", "rate"},  # count or rate per 100,000 (trends and map)
    "trends.chart_": None,
    "municipality.rank_": None,
    "municipality.kind_": None,
    "municipality.col_": {"target_group", "measure_type"},
    "measures.section_": None,
    "measures.quadrant_": None,
    "measures.national_": None,
    "measures.effort_": None,
    "measures.effort_axis_": None,
    "measures.axis_": None,
    "map.view_": None,
    "map.class_": None,
    "map.all_": None,
    "map.chart_title_": None,
    "map.tile_": None,
    "localmap.reason_": None,
    "localmap.level_": None,
    "localmap.inferred_": None,
    "example.set_": None,
    "disclosure.summary_counts_": None,
    "data.status_": None,
    "compare.measure_": None,
    "duplicates.audience.": None,
    "summary.headline.": None,
    "wording.release.count_": None,
    "wording.release.build": None,  # build and build_illustrative
    "wording.release_kind.": None,
    "server.": None,  # error pages: `{key}.title` and `{key}.body` (prevention/web/error_pages.py)
    "wording.not_found.": None,
}
KEY = re.compile(r"[a-z0-9_]+(?:\.[a-z0-9_]+)+")
TEMPLATE_KEY = re.compile(r"""\bt\(\s*["']([a-z_]+\.[a-z0-9_.]+)["']""")


def _strings() -> tuple[set[str], set[str]]:
    """String constants in the code and the constant heads of its f-strings."""
    constants, heads = set(), set()
    for path in CODE:
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                constants.add(node.value)
            elif isinstance(node, ast.JoinedStr) and node.values:
                first = node.values[0]
                if isinstance(first, ast.Constant) and isinstance(first.value, str):
                    heads.add(first.value)
    for path in TEMPLATES:
        constants |= set(TEMPLATE_KEY.findall(path.read_text("utf-8")))
    return constants, heads


def _family(key: str) -> str | None:
    """The listed family a key belongs to; a family with listed codes owns only those."""
    for prefix, codes in FAMILIES.items():
        if key.startswith(prefix) and (codes is None or key.removeprefix(prefix) in codes):
            return prefix
    return None


def _head_family(head: str) -> str | None:
    """The listed family an f-string's constant head ("unit.", "measures.axis_") opens."""
    return next((prefix for prefix in FAMILIES if head.startswith(prefix)), None)


def test_no_key_is_unused():
    constants, _ = _strings()
    unused = sorted(key for key in catalogue() if key not in constants and not _family(key))
    assert unused == []


def test_every_built_key_belongs_to_a_listed_family():
    _, heads = _strings()
    namespaces = {key.split(".")[0] for key in catalogue()}
    built = {head for head in heads if "." in head and head.split(".")[0] in namespaces}
    built = {head for head in built if KEY.fullmatch(head.rstrip("._") or "x") or "_" in head}
    assert sorted(head for head in built if not _head_family(head)) == []


def test_every_family_has_a_text_for_each_of_its_codes():
    keys = set(catalogue())
    missing = defaultdict(list)
    for prefix, codes in FAMILIES.items():
        for code in sorted(codes or ()):
            if f"{prefix}{code}" not in keys:
                missing[prefix].append(code)
    assert dict(missing) == {}


def test_data_codes_are_not_keys():
    """One lower-case family per kind of code: `unit.eur`, never `unit.EUR` beside it."""
    odd = [key for key in catalogue() if not KEY.fullmatch(key)]
    assert odd == []


def test_no_two_keys_of_one_page_share_a_text():
    """Within one page's keys, a repeated text is one key (shared ones live in common.toml).

    Keys of a family may repeat a text: each code needs its own key even when two codes read
    the same ("national" and "national (Lithuanian)").
    """
    seen: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for key, texts in catalogue().items():
        if _family(key):
            continue
        seen[(key.split(".")[0], texts["lt"], texts["en"])].append(key)
    repeated = sorted(keys for keys in seen.values() if len(keys) > 1)
    assert repeated == []
