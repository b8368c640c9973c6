"""Figures for the duplicated-measures page: who overlaps with whom.

A matrix of more than MATRIX_FITS institutions does not fit a phone (Plotly then drops every
other column label): duplicate_figure() draws the same pairs as a ranked list instead.
"""

import pandas as pd
import plotly.graph_objects as go

from components.figures.charts import axis_text, layout_source, plain, source_note
from prevention.i18n import Lang, plotly_separators, t
from prevention.views.figure_quotes import pair_key


def institution_matrix(
    matrix: pd.DataFrame,
    *,
    title: str,
    lang: Lang,
    source: str = "",
    note: str | None = None,
    hover_names: dict[str, str] | None = None,
) -> go.Figure:
    """A heatmap of shared duplicate pairs between lead institutions (zero left blank).

    Title, the illustrative note and the source sit inside the figure, so the toolbar's PNG
    says what it is, whether it is generated and who it comes from. The hover names both
    institutions in full (`hover_names`: label -> "KOPŽI – full name").
    """
    counts = matrix.to_numpy()
    spelled = hover_names or {}
    template = t("overlap.matrix_hover", lang)
    hover = [
        [
            template.replace("%{y}", plain(spelled.get(str(row), str(row))))
            .replace("%{x}", plain(spelled.get(str(column), str(column))))
            .replace("%{z}", str(value))
            for column, value in zip(matrix.columns, values, strict=True)
        ]
        for row, values in zip(matrix.index, counts, strict=True)
    ]
    shown = [[value if value else None for value in row] for row in counts]
    figure = go.Figure(
        go.Heatmap(
            z=shown,
            x=[plain(str(name)) for name in matrix.columns],
            y=[plain(str(name)) for name in matrix.index],
            text=[[str(value) if value else "" for value in row] for row in counts],
            texttemplate="%{text}",
            colorscale="Oranges",
            hoverongaps=False,
            hovertext=hover,
            hovertemplate="%{hovertext}<extra></extra>",
            colorbar={"title": {"text": t("overlap.matrix_scale", lang)}},
        )
    )
    size = max(320, 34 * len(matrix) + 160)
    heading: dict[str, object] = {"text": plain(title)}
    if note:
        heading["subtitle"] = {"text": plain(note), "font": {"color": "#b35900", "size": 12}}
    figure.update_layout(
        title=heading,
        height=size + 40,
        margin={"l": 10, "r": 10, "t": 80 if note else 60, "b": 50},
        separators=plotly_separators(lang),
        # Every label, always: left to itself Plotly skips every other one when crowded.
        xaxis={"side": "bottom", "tickangle": -40, "dtick": 1},
        yaxis={"autorange": "reversed", "dtick": 1},
    )
    if source:
        source_note(figure, source, lang, yshift=-45)
    return figure


MATRIX_FITS = 6  # institutions: at 390 px a matrix of more has columns too narrow to read
PAIRS_SHOWN = 15


def duplicate_figure(
    matrix: pd.DataFrame,
    pairs: pd.DataFrame,
    *,
    title: str,
    lang: Lang,
    source: str = "",
    note: str | None = None,
    hover_names: dict[str, str] | None = None,
) -> go.Figure:
    """The matrix when it fits a phone, else the pairs as a list, most shared pairs first."""
    common = {"title": title, "lang": lang, "source": source, "note": note}
    if len(matrix.columns) <= MATRIX_FITS and len(matrix) <= MATRIX_FITS:
        return institution_matrix(matrix, hover_names=hover_names, **common)  # type: ignore[arg-type]
    return pair_list(pairs.head(PAIRS_SHOWN), hover_names=hover_names, **common)  # type: ignore[arg-type]


def pair_list(
    pairs: pd.DataFrame,
    *,
    title: str,
    lang: Lang,
    source: str = "",
    note: str | None = None,
    hover_names: dict[str, str] | None = None,
) -> go.Figure:
    """One bar per pair of institutions ("A + B"), most shared pairs first; the hover spells
    both out (`hover_names`: label -> "KOPŽI – full name")."""
    firsts, seconds = list(pairs["institution_a"]), list(pairs["institution_b"])
    names = [plain(f"{a} + {b}") for a, b in zip(firsts, seconds, strict=True)]
    spelled = hover_names or {}
    hover = [
        plain(f"{spelled.get(str(a), str(a))} + {spelled.get(str(b), str(b))}")
        for a, b in zip(firsts, seconds, strict=True)
    ]
    figure = go.Figure(
        go.Bar(
            x=list(pairs["pairs"]),
            y=names,
            orientation="h",
            marker_color="#D55E00",
            text=[str(int(value)) for value in pairs["pairs"]],
            textposition="outside",
            cliponaxis=False,
            hovertext=hover,
            hovertemplate="%{hovertext}: %{x}<extra></extra>",
            customdata=[pair_key(str(a), str(b)) for a, b in zip(firsts, seconds, strict=True)],
        )
    )
    # Title, note and source inside the figure, like the matrix's, for the toolbar's PNG.
    layout_source(figure, title=title, source=source, lang=lang, note=note)
    figure.update_layout(
        height=max(260, 30 * len(pairs) + 120) + 140,
        margin={"l": 10, "r": 30, "b": 140},
        separators=plotly_separators(lang),
        xaxis={"title": t("phone.pairs_axis", lang), "tickformat": ",d", "rangemode": "tozero"},
        # The names' margin grows to fit them (abbreviations, mostly: short on a phone too).
        yaxis={"autorange": "reversed", "dtick": 1, "automargin": True},
    )
    axis_text(figure)
    return figure
