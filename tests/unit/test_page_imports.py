"""Pages only compose: they read the URL, call their view and render (issue 16).

A page may import Streamlit, the standard library, serving, components and, of prevention,
only the views and the shared rooms every page needs (i18n, web, codes). Anything else of the
domain (the store, the release, geo, the duplicate finder...) reaches the page through its
view, so that what a page shows is computed, and tested, without Streamlit.
import-linter does not see app_pages/ (it is not a package), hence this test.
"""

import ast
from pathlib import Path

import pytest

PAGES = sorted((Path(__file__).resolve().parents[2] / "app_pages").glob("*.py"))
ALLOWED = ("prevention.views", "prevention.i18n", "prevention.web", "prevention.codes")


def _imported(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, module) for every import anywhere in the tree, function bodies included."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            # `from prevention import store` imports prevention.store: name each part.
            if node.module == "prevention":
                found += [(node.lineno, f"prevention.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, node.module))
    return sorted(found)


def _allowed(module: str) -> bool:
    """Whether a page may import the module (anything outside prevention is not ours to rule)."""
    if module != "prevention" and not module.startswith("prevention."):
        return True
    return any(module == prefix or module.startswith(f"{prefix}.") for prefix in ALLOWED)


def test_pages_are_found() -> None:
    assert len(PAGES) >= 10


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_page_imports_only_its_view_and_the_shared_rooms(page: Path) -> None:
    tree = ast.parse(page.read_text(encoding="utf-8"), filename=str(page))
    wrong = [
        f"{page.name}:{line} imports {module}"
        for line, module in _imported(tree)
        if not _allowed(module)
    ]
    assert not wrong, (
        "pages import only streamlit, serving, components and prevention's "
        f"{', '.join(ALLOWED)}; move the rest behind the page's view: {wrong}"
    )


def test_the_rule_itself() -> None:
    source = "def f():\n    from prevention.store import queries\nimport prevention.geo.tiles\n"
    modules = [module for _, module in _imported(ast.parse(source))]
    assert [module for module in modules if not _allowed(module)] == [
        "prevention.store",
        "prevention.geo.tiles",
    ]
    assert _allowed("prevention.views.map") and _allowed("streamlit")
    assert not _allowed("prevention") and not _allowed("prevention.viewsx")
