"""The accessibility script every page carries (prevention/web/a11y.js) and its CSP hash.

Here, not in components/, because the nginx configuration (serving/nginx_conf.py) must
allow exactly this text by its sha256, and prevention/ imports nothing from above it.
"""

import base64
import hashlib
from functools import cache
from html import escape
from pathlib import Path

SCRIPT_PATH = Path(__file__).with_name("a11y.js")


@cache
def script() -> str:
    """The script's text, as the browser hashes it (the tag's content, unchanged)."""
    return SCRIPT_PATH.read_text(encoding="utf-8")


def script_hash() -> str:
    """The CSP source that lets this script, and only it, run: 'sha256-...'."""
    digest = hashlib.sha256(script().encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode()}'"


def script_tag(lang: str, chart_word: str, sparkline_word: str) -> str:
    """The <script> element for a page: the constant text, the page's values as attributes."""
    return (
        f'<script data-lang="{escape(lang)}" data-chart="{escape(chart_word)}" '
        f'data-sparkline="{escape(sparkline_word)}">{script()}</script>'
    )
