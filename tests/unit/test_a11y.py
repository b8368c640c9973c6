"""Accessibility that can be checked without a browser: contrast of the theme's caption text
and of the text in figures, font sizes, one colour per meaning, and the page script's CSP hash.

The browser pass (tests/e2e/test_accessibility_browser.py) runs axe-core on every page; axe
does not read the text inside Plotly's SVG, so the figures' colours are checked here.
"""

import tomllib
from pathlib import Path

import plotly.graph_objects as go
import pytest

from components.figures import charts
from prevention.web import a11y
from serving.nginx_conf import script_hashes

ROOT = Path(__file__).resolve().parents[2]
THEME = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))["theme"]
AA = 4.5


def channels(colour: str) -> list[int]:
    colour = colour.lstrip("#")
    return [int(colour[i : i + 2], 16) for i in (0, 2, 4)]


def luminance(colour: list[float]) -> float:
    def linear(value: float) -> float:
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(value) for value in colour)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(text: list[float], background: list[float]) -> float:
    high, low = sorted((luminance(text), luminance(background)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def over(colour: str, background: str, opacity: float) -> list[float]:
    """A colour at `opacity` over a background, as the browser blends it."""
    top, bottom = channels(colour), channels(background)
    return [opacity * a + (1 - opacity) * b for a, b in zip(top, bottom, strict=True)]


@pytest.mark.parametrize("background", ["backgroundColor", "secondaryBackgroundColor"])
def test_captions_reach_aa_on_page_and_sidebar(background):
    # Streamlit draws captions and widget help in the text colour at 60 % opacity.
    ground = THEME[background]
    caption = over(THEME["textColor"], ground, 0.6)
    assert contrast(caption, channels(ground)) >= AA
    assert contrast(channels(THEME["primaryColor"]), channels(ground)) >= AA  # links


def test_figure_text_is_readable_and_not_small():
    fig = go.Figure()
    fig.add_scatter(x=[2020, 2021], y=[1, 2])
    charts.layout_source(fig, title="A title", source="A source", lang="en", note="A note")
    layout = fig.layout
    white = channels("#ffffff")
    texts = [
        (layout.font.color, layout.font.size or 12),
        (layout.xaxis.tickfont.color, 12),
        (layout.yaxis.tickfont.color, 12),
        (layout.legend.font.color, 12),
        (layout.title.subtitle.font.color, layout.title.subtitle.font.size),
    ]
    texts += [(note.font.color, note.font.size) for note in layout.annotations]
    for colour, size in texts:
        assert contrast(channels(colour), white) >= AA, colour
        assert size >= 12
    for colour in (charts.INK, charts.MUTED, charts.GREY_TEXT):
        assert contrast(channels(colour), white) >= AA


def test_each_part_keeps_its_colour_whatever_the_order():
    assert charts.part_style("national", 0) == charts.part_style("national", 1)
    assert charts.part_style("local", 0) == charts.part_style("local", 1)
    assert charts.part_style("national", 0)[0] != charts.part_style("local", 0)[0]
    # Not colour alone: the pair differs in hatch too.
    assert charts.part_style("national", 0)[1] != charts.part_style("local", 0)[1]
    assert charts.part_style("training", 0) == charts.part_style("training", 5)
    for colour, _hatch in charts.PART_STYLES.values():
        assert contrast(channels(colour), channels("#ffffff")) >= 3  # a graphic, WCAG 1.4.11


def test_the_page_script_is_allowed_by_its_hash_and_carries_no_data():
    assert a11y.script_hash() in script_hashes()
    tag = a11y.script_tag("lt", 'Dia"gr<am>a', "raida")
    assert tag.startswith('<script data-lang="lt" data-chart="Dia&quot;gr&lt;am&gt;a" ')
    assert tag.endswith(f"{a11y.script()}</script>")
    assert "</script" not in a11y.script()
