"""Rules that keep a chart from misleading, shared by the figure builders (pure Plotly).

- Hidden and missing values go on a strip of their own above the plot, in the series' colour,
  with a legend entry: on the value axis a mark at 0 reads as a real 0.
- Counts get whole-number ticks: "0,2 persons" does not exist.
- The US TIP tier is a category (Tier 1 … Tier 3), not a quantity: Tier 2 is not "more".
- Plan-band labels alternate between two heights so neighbouring periods never run together.
"""

import pandas as pd
import plotly.graph_objects as go

from prevention.i18n import Lang, t
from prevention.views.series import TIER_UNIT, TIERS, tier_label

__all__ = ["TIER_UNIT", "tier_label"]

# Units whose values are whole things counted; their axes never show fractions.
COUNT_UNITS = frozenset(
    {
        "persons",
        "cases",
        "investigations",
        "municipalities",
        "measures",
        "proceedings",
        "inspections",
        "positions",
        "legal persons",
    }
)
STRIP_DOMAIN = [0.9, 1.0]
PLOT_DOMAIN = [0.0, 0.84]
# (status, marker symbol, the mark printed beside a value elsewhere)
STRIP_MARKS = (("suppressed", "x-thin-open", "c"), ("not_available", "line-ew-open", "–"))


def is_count(unit: str) -> bool:
    """Whether a unit code counts whole things."""
    return unit in COUNT_UNITS


def tier_axis(fig: go.Figure, lang: Lang, **where: int) -> None:
    """The value axis as the four tiers, Tier 1 (best) on top, every tier named once."""
    fig.update_yaxes(
        tickmode="array",
        tickvals=[level for level, _ in TIERS],
        ticktext=[t(key, lang) for _, key in TIERS],
        range=[3.25, 0.75],
        rangemode="normal",
        **where,
    )


def count_axis(fig: go.Figure, values: pd.Series, **where: int) -> None:
    """Whole-number ticks on a count axis; a small range gets one tick per unit."""
    known = pd.to_numeric(values, errors="coerce").dropna()
    top = float(known.max()) if not known.empty else 0.0
    if top <= 5:
        # Autoscale would put ticks at 0.2, 0.4 …; a 0-only series still gets 0 and 1.
        fig.update_yaxes(dtick=1, tick0=0, range=[0, max(top, 1) * 1.1], **where)
    else:
        fig.update_yaxes(tickformat=",d", **where)


def series_status_years(part: pd.DataFrame) -> dict[str, list[int]]:
    """One series' years without a value: hidden (suppressed) or not available."""
    empty = part[part["value"].isna()]
    years = empty["year"].astype(int)
    return {
        "suppressed": sorted(set(years[empty["status"] == "suppressed"])),
        "not_available": sorted(set(years[empty["status"] != "suppressed"])),
    }


def add_status_strip(
    fig: go.Figure,
    part: pd.DataFrame,
    *,
    name: str,
    colour: str,
    lang: Lang,
    several: bool,
) -> bool:
    """Mark one series' hidden and missing years on the strip (yaxis2); True if any was drawn."""
    drawn = False
    for status, symbol, _mark in STRIP_MARKS:
        years = series_status_years(part)[status]
        if not years:
            continue
        label = t(f"status.{status}", lang)
        legend = t("phone.series_status", lang, series=name, status=label) if several else label
        fig.add_scatter(
            x=years,
            y=[0.5] * len(years),
            yaxis="y2",
            mode="markers",
            name=legend,
            legendgroup=name,
            marker={
                "symbol": symbol,
                "size": 12,
                "color": colour,
                "line": {"width": 2.5, "color": colour},
            },
            hovertemplate=f"{legend}, %{{x}}<extra></extra>",
            cliponaxis=False,
        )
        drawn = True
    return drawn


def strip_axes(fig: go.Figure, lang: Lang) -> None:
    """Split the plot: values below, the hidden/missing strip in a thin band above them."""
    fig.update_layout(
        yaxis={"domain": PLOT_DOMAIN},
        yaxis2={
            "domain": STRIP_DOMAIN,
            "range": [0, 1],
            "showticklabels": False,
            "showgrid": False,
            "zeroline": False,
            "fixedrange": True,
            "anchor": "x",
            "title": {
                "text": t("phone.strip_title", lang),
                "font": {"size": 12, "color": "#4a5661"},
            },
        },
    )


TITLE_PAD = 34  # px: the Plotly toolbar's row at the top right stays clear of the title
# A space before each break: screen readers get the chart's name from the title's text, and
# Plotly's lines would otherwise run together there ("types" + "of" -> "typesof").
LINE_BREAK = " <br>"
TITLE_WIDTH = 44  # characters per title line: fits 390 px at 16 px sans-serif


def wrap(title: str, width: int = TITLE_WIDTH) -> list[str]:
    """A title broken at spaces into lines of at most `width` characters (long words whole)."""
    lines: list[str] = []
    for word in title.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


def top_margin(lines: int, *, note: bool) -> int:
    """Room above the plot: toolbar row, title lines, the note, and the plan-band labels."""
    return TITLE_PAD + 22 * lines + (18 if note else 0) + 44


def band_label_heights(count: int) -> list[float]:
    """Paper heights for plan-band labels: neighbours alternate, so two periods never touch."""
    return [1.0 if index % 2 == 0 else 1.07 for index in range(count)]
