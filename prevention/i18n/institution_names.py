"""Institution names on charts, in the page's language.

Charts label institutions by their short name, which is usually a Lithuanian abbreviation
(KOPŽI, VVTAĮT, DŽŠPC): it fits an axis but says nothing to most readers, and nothing at all
in English. So every chart with such labels gets a key that spells each abbreviation out in
the page's language. An institution recorded without an abbreviation (its short name is its
Lithuanian name, as for the example layer's institutions) is labelled by its full name in
the page's language instead, so no Lithuanian name stands on an English chart.
"""

from collections.abc import Iterable

import pandas as pd

from prevention.i18n import Lang, t


def _known(short: str, institutions: pd.DataFrame) -> pd.Series | None:
    return institutions.loc[short] if short in institutions.index else None


def is_abbreviation(short: str, institutions: pd.DataFrame) -> bool:
    """Whether a short name stands for a longer one (a label that needs the key)."""
    row = _known(short, institutions)
    return row is not None and short not in (row["name_lt"], row["name_en"])


def label(short: str, institutions: pd.DataFrame, lang: Lang) -> str:
    """The chart label: the abbreviation, or the full name where there is none to show."""
    row = _known(short, institutions)
    if row is None or is_abbreviation(short, institutions):
        return short
    return str(row[f"name_{lang}"] or short)


def labels(shorts: Iterable[str], institutions: pd.DataFrame, lang: Lang) -> dict[str, str]:
    """Short name -> chart label, for a figure builder's `category_names`."""
    return {str(s): label(str(s), institutions, lang) for s in dict.fromkeys(shorts)}


def key(shorts: Iterable[str], institutions: pd.DataFrame, lang: Lang) -> str:
    """ "Santrumpos: KOPŽI – …; VVTAĮT – …" for the abbreviations shown, or "" if none."""
    entries = [
        t(
            "wording.abbreviation",
            lang,
            short=short,
            name=institutions.loc[short, f"name_{lang}"],
        )
        for short in sorted({str(s) for s in shorts})
        if is_abbreviation(short, institutions)
    ]
    return t("wording.abbreviations", lang, entries="; ".join(entries)) if entries else ""


def hover_names(shorts: Iterable[str], institutions: pd.DataFrame, lang: Lang) -> dict[str, str]:
    """Chart label -> "KOPŽI – its full name" for each abbreviation, for hover text.

    The key under a chart is read once; a reader pointing at one bar wants the name right
    there, in the page's language. Labels that are full names already are left out.
    """
    return {
        label(short, institutions, lang): t(
            "wording.abbreviation", lang, short=short, name=institutions.loc[short, f"name_{lang}"]
        )
        for short in dict.fromkeys(str(s) for s in shorts)
        if is_abbreviation(short, institutions)
    }
