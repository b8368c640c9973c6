"""Figures for the duplicated-measures page: who overlaps with whom.

A matrix of more than MATRIX_FITS institutions, or of names too long for a phone's width
(MATRIX_CHARACTERS), does not fit a phone (Plotly then drops or overlaps column labels):
duplicate_figure() draws the same pairs as a ranked list instead.
"""

import pandas as pd
import plotly.graph_objects as go

from components.figures.chart_rules import LINE_BREAK, wrap
from components.figures.charts import axis_text, layout_source, plain, source_note
from prevention.i18n import Lang, number, plotly_separators, t
from prevention.i18n.wording import counted
from prevention.views.figure_quotes import pair_key

# Institution names on the matrix's axes are broken into lines of this many characters, so
# that long names (English ones, mostly) neither run over each other nor eat a phone's width.
LABEL_WIDTH = 10
LABEL_LINE_PX = 15  # the height of one line of an axis label (12 px type)
# The matrix fits a 390 px phone while its columns' widest lines add up to this many
# characters (six short abbreviations, or two long names); beyond it the pairs are a list.
MATRIX_CHARACTERS = 40


def _lines(name: object) -> list[str]:
    """An institution's name as the matrix's axes show it: short lines, long words whole."""
    return wrap(str(name), LABEL_WIDTH)


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
    hover = [
        [
            t(
                "overlap.matrix_hover",
                lang,
                a=plain(spelled.get(str(row), str(row))),
                b=plain(spelled.get(str(column), str(column))),
                # "1 pair", "2 poros", "10 porų": the form the number governs.
                pairs=counted(number(value, lang), value, "pairs", lang),
            )
            for column, value in zip(matrix.columns, values, strict=True)
        ]
        for row, values in zip(matrix.index, counts, strict=True)
    ]
    shown = [[value if value else None for value in row] for row in counts]
    # Names stand level, broken into short lines: rotated, long English names ran down over
    # the source line, and long row names took half a phone's width.
    columns = [_lines(name) for name in matrix.columns]
    label_lines = max((len(lines) for lines in columns), default=1)
    figure = go.Figure(
        go.Heatmap(
            z=shown,
            x=[LINE_BREAK.join(plain(line) for line in lines) for lines in columns],
            y=[LINE_BREAK.join(plain(line) for line in _lines(name)) for name in matrix.index],
            text=[[str(value) if value else "" for value in row] for row in counts],
            texttemplate="%{text}",
            colorscale="Oranges",
            hoverongaps=False,
            hovertext=hover,
            hovertemplate="%{hovertext}<extra></extra>",
            # Every cell prints its number: a colour scale beside it would only take width.
            showscale=False,
            zmin=0,
        )
    )
    size = max(320, 34 * len(matrix) + 160)
    heading: dict[str, object] = {"text": plain(title)}
    if note:
        heading["subtitle"] = {"text": plain(note), "font": {"color": "#b35900", "size": 12}}
    figure.update_layout(
        title=heading,
        height=size + 40,
        margin={
            "l": 10,
            "r": 10,
            "t": 80 if note else 60,
            "b": LABEL_LINE_PX * label_lines + 50,
        },
        separators=plotly_separators(lang),
        # Every label, always: left to itself Plotly skips every other one when crowded.
        xaxis={"side": "bottom", "tickangle": 0, "dtick": 1, "automargin": False},
        yaxis={"autorange": "reversed", "dtick": 1},
    )
    if source:
        # Below the column names, however many lines they take.
        source_note(figure, source, lang, yshift=-(LABEL_LINE_PX * label_lines + 16))
    return figure


MATRIX_FITS = 6  # institutions: at 390 px a matrix of more has columns too narrow to read


def matrix_fits(matrix: pd.DataFrame) -> bool:
    """Whether the matrix can be read on a phone: few institutions, with names short enough."""
    if len(matrix.columns) > MATRIX_FITS or len(matrix) > MATRIX_FITS:
        return False
    widths = [max(len(line) for line in _lines(name)) for name in matrix.columns]
    return sum(widths) <= MATRIX_CHARACTERS


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
    if matrix_fits(matrix):
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
