"""Map figures: a choropleth, an equal-area tile map and ranked bars. No st.* calls.

All three colour areas by the same legend categories from `prevention.views.map`: value
classes, then "0", "hidden" and "no data", so a hidden or missing area never vanishes
and never looks like 0. The choropleth sends the boundaries once, in its one data trace, on a
blank style without tiles, fonts or sprites: the browser asks no outside server for anything.
"""

from collections.abc import Sequence

import pandas as pd
import plotly.graph_objects as go

from components.figures import chart_rules
from components.figures.charts import SMALL, axis_text, plain, source_note
from prevention.i18n import Lang, plotly_separators

# Value classes, lightest to darkest (ColorBrewer OrRd); status colours stay apart from them.
RAMP = ["#fdbb84", "#fc8d59", "#e34a33", "#b30000"]
STATUS_COLOURS = {"zero": "#fdf1dc", "suppressed": "#8f8f8f", "not_available": "#e6e6e6"}
BORDER = "#6b6b6b"
# Plotly's built-in blank style: one background layer, no tiles and no sprite. Its font URL
# is never fetched, as no layer draws text. (A hand-written style dict breaks selection on
# click: Streamlit's re-render makes MapLibre diff the style and fail.)
BLANK_STYLE = "white-bg"
CENTRE = {"lat": 55.18, "lon": 23.9}
ZOOM = 5.8
# A legend entry needs a visible trace, and a map trace needs some GeoJSON: an empty one.
EMPTY_GEOJSON: dict = {"type": "FeatureCollection", "features": []}


def category_colours(legend: Sequence[tuple[str, str]]) -> list[str]:
    """One colour per legend entry: the ramp's top end for the highest classes."""
    classes = [key for key, _ in legend if key.startswith("class")]
    ramp = RAMP[len(RAMP) - len(classes) :] if classes else []
    colours = list(reversed(ramp))
    return colours + [STATUS_COLOURS[key] for key, _ in legend if not key.startswith("class")]


def stepped_scale(colours: Sequence[str]) -> list[list[object]]:
    """One flat step per category: integer z 0..n-1 with zmin -0.5 and zmax n-0.5."""
    count = max(len(colours), 1)
    scale: list[list[object]] = []
    for index, colour in enumerate(colours):
        scale += [[index / count, colour], [(index + 1) / count, colour]]
    return scale or [[0, BORDER], [1, BORDER]]


def choropleth(
    frame: pd.DataFrame,
    layer: str,
    _geojson: dict,
    *,
    legend: Sequence[tuple[str, str]],
    title: str,
    source: str,
    lang: Lang,
    note: str | None = None,
) -> go.Figure:
    """Every area of one layer in one trace (geometry once), plus legend-only swatches.

    The page passes the layer's boundaries (a component loads nothing itself); the layer's
    name ("municipalities" or "counties") stands for them in the cache key, and the
    leading underscore keeps Streamlit from hashing the 2 MB of shapes on every call.
    """
    geojson = _geojson
    colours = category_colours(legend)
    fig = go.Figure(
        go.Choroplethmap(
            geojson=geojson,
            locations=list(frame["code"]),
            z=list(frame["z"]),
            zmin=-0.5,
            zmax=len(colours) - 0.5,
            colorscale=stepped_scale(colours),
            showscale=False,
            marker={"line": {"color": BORDER, "width": 0.5}},
            hovertext=list(frame["hover"]),
            hoverinfo="text",
            customdata=list(frame["code"]),
            showlegend=False,
            name="",
        )
    )
    for (_, label), colour in zip(legend, colours, strict=True):
        fig.add_trace(
            go.Choroplethmap(
                geojson=EMPTY_GEOJSON,
                locations=["-"],
                z=[0],
                colorscale=[[0, colour], [1, colour]],
                showscale=False,
                showlegend=True,
                name=plain(label),
                hoverinfo="skip",
            )
        )
    # The page script fits the map to these bounds at whatever width it gets (a11y.js).
    fig.update_layout(
        map={"style": BLANK_STYLE, "center": CENTRE, "zoom": ZOOM},
        meta={"fit": bounds(geojson)},
    )
    _decorate(fig, title=title, source=source, note=note, lang=lang, height=600)
    _legend_below(fig)
    return fig


def tile_map(
    frame: pd.DataFrame,
    *,
    legend: Sequence[tuple[str, str]],
    columns: int,
    rows: int,
    title: str,
    source: str,
    lang: Lang,
    note: str | None = None,
) -> go.Figure:
    """Equal squares roughly where each municipality lies, with short labels; hover and click."""
    colours = category_colours(legend)
    grid: list[list[int | None]] = [[None] * columns for _ in range(rows)]
    for col, row, z in zip(frame["col"], frame["row"], frame["z"], strict=True):
        grid[int(row)][int(col)] = int(z)
    fig = go.Figure(
        go.Heatmap(
            z=grid,
            zmin=-0.5,
            zmax=len(colours) - 0.5,
            colorscale=stepped_scale(colours),
            showscale=False,
            xgap=3,
            ygap=3,
            hoverinfo="skip",
        )
    )
    fig.add_trace(
        go.Scatter(
            x=list(frame["col"]),
            y=list(frame["row"]),
            mode="markers+text",
            text=[plain(label) for label in frame["label"]],
            textfont={"size": SMALL, "color": [_ink(colours[int(z)]) for z in frame["z"]]},
            marker={"symbol": "square", "size": 34, "opacity": 0},
            selected={"marker": {"opacity": 0}},
            unselected={"marker": {"opacity": 0}},
            hovertext=list(frame["hover"]),
            hoverinfo="text",
            customdata=list(frame["code"]),
            showlegend=False,
            name="",
        )
    )
    for (_, label), colour in zip(legend, colours, strict=True):
        fig.add_trace(_swatch(label, colour))
    hidden = {"visible": False, "fixedrange": True}
    fig.update_layout(
        xaxis={**hidden, "range": [-0.5, columns - 0.5]},
        yaxis={**hidden, "range": [-0.5, rows - 0.5], "scaleanchor": "x"},
    )
    _decorate(fig, title=title, source=source, note=note, lang=lang, height=600)
    _legend_below(fig)
    return fig


def ranked_bars(
    frame: pd.DataFrame,
    *,
    legend: Sequence[tuple[str, str]],
    title: str,
    x_title: str,
    source: str,
    lang: Lang,
    note: str | None = None,
) -> go.Figure:
    """Areas highest first; hidden, zero and missing ones get a labelled mark, never a bar."""
    colours = dict(zip([key for key, _ in legend], category_colours(legend), strict=True))
    names = [plain(name) for name in frame["short"]]
    fig = go.Figure()
    for key, label in legend:
        part = frame["category"] == key
        y = [name for name, keep in zip(names, part, strict=True) if keep]
        common = {
            "y": y,
            "name": plain(label),
            "text": [plain(text) for text in frame.loc[part, "bar_text"]],
            "hovertext": list(frame.loc[part, "hover"]),
            "hoverinfo": "text",
            "customdata": list(frame.loc[part, "code"]),
            "showlegend": False,
            "cliponaxis": False,
        }
        if key.startswith("class"):
            values = list(frame.loc[part, "value"])
            bar = go.Bar(x=values, orientation="h", marker_color=colours[key], **common)
            fig.add_trace(bar.update(textposition="outside"))
        else:
            marker = {"symbol": "square", "size": 10, "color": colours[key], "line_color": BORDER}
            mark = go.Scatter(x=[0] * len(y), mode="markers+text", marker=marker, **common)
            fig.add_trace(mark.update(textposition="middle right"))
    _decorate(fig, title=title, source=source, note=note, lang=lang, height=22 * len(names) + 190)
    anything = any(key.startswith("class") for key, _ in legend)
    fig.update_layout(
        xaxis={
            "title": {"text": plain(x_title), "standoff": 4},
            "side": "top",
            "fixedrange": True,
            # With nothing above 0 an axis of 0..1 would invent fractions of a person.
            **({"rangemode": "tozero"} if anything else {"range": [0, 1], "showticklabels": False}),
        },
        yaxis={
            "categoryorder": "array",
            "categoryarray": names,
            "autorange": "reversed",
            "fixedrange": True,
            "tickfont": {"size": SMALL, "color": "#1d2a35"},
        },
        # The value axis sits on top, between the title and the bars: room for it too.
        margin={"l": 150, "r": 60, "t": int(fig.layout.margin.t) + 44, "b": 50},
        height=22 * len(names) + int(fig.layout.margin.t) + 44 + 100,
        bargap=0.25,
    )
    return fig


def _legend_below(fig: go.Figure) -> None:
    """Legend under the drawing (inside, a long label would cover southern areas), then source."""
    fig.update_layout(
        legend={"orientation": "h", "x": 0, "y": -0.01, "yanchor": "top"},
        margin={"b": 110},
    )
    fig.layout.annotations[-1].yshift = -90


def _swatch(label: str, colour: str) -> go.Scatter:
    """A legend-only square on a cartesian chart."""
    return go.Scatter(
        x=[None],
        y=[None],
        mode="markers",
        marker={"symbol": "square", "size": 13, "color": colour, "line": {"color": BORDER}},
        name=plain(label),
        hoverinfo="skip",
    )


def bounds(geojson: dict) -> list[list[float]] | None:
    """[[west, south], [east, north]] of a layer's areas (MapLibre's LngLatBounds), or None."""
    lons: list[float] = []
    lats: list[float] = []

    def walk(coordinates: object) -> None:
        if isinstance(coordinates, list | tuple) and coordinates:
            if isinstance(coordinates[0], int | float):
                lons.append(float(coordinates[0]))
                lats.append(float(coordinates[1]))  # type: ignore[arg-type]
            else:
                for part in coordinates:
                    walk(part)

    for feature in geojson.get("features", []):
        walk((feature.get("geometry") or {}).get("coordinates"))
    if not lons:
        return None
    return [[min(lons), min(lats)], [max(lons), max(lats)]]


def _ink(colour: str) -> str:
    """Dark text on light squares, white on dark ones (by relative luminance)."""
    red, green, blue = (int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5))
    luminance = 0.2126 * red + 0.7152 * green + 0.0722 * blue
    return "#1d2a35" if luminance > 0.45 else "#ffffff"


def _decorate(
    fig: go.Figure, *, title: str, source: str, note: str | None, lang: Lang, height: int
) -> None:
    """Title (with the illustrative note), source line and a legend that does not toggle.

    Title and source sit inside the figure so the toolbar's PNG can be cited on its own; a
    line break in the title starts a new line (narrow panels do not wrap titles themselves).
    """
    wrapped = [part for line in title.split("\n") for part in chart_rules.wrap(line)]
    lines = chart_rules.LINE_BREAK.join(plain(line) for line in wrapped)
    # Below the toolbar's row, like every chart's title (chart_rules.TITLE_PAD).
    heading: dict[str, object] = {
        "text": lines,
        "x": 0,
        "xanchor": "left",
        "yref": "container",
        "y": 1,
        "yanchor": "top",
        "pad": {"t": chart_rules.TITLE_PAD},
    }
    heading["font"] = {"size": 16}
    if note:
        heading["subtitle"] = {"text": plain(note), "font": {"color": "#b35900", "size": 12}}
    fig.update_layout(
        title=heading,
        separators=plotly_separators(lang),
        height=height,
        margin={
            "t": chart_rules.TITLE_PAD + 22 * len(wrapped) + (18 if note else 0) + 12,
            "b": 50,
            "l": 0,
            "r": 0,
        },
        font={"family": "sans-serif", "color": "#1d2a35"},
        plot_bgcolor="white",
        paper_bgcolor="white",
        legend={"itemclick": False, "itemdoubleclick": False, "bgcolor": "rgba(255,255,255,0.85)"},
        hoverlabel={"align": "left"},
    )
    axis_text(fig)
    source_note(fig, source, lang, yshift=-30)
