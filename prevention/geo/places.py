"""Finding a municipality by name, with or without Lithuanian letters, and listing them in order.

"Siauliai" finds "Šiaulių miesto savivaldybė": names are compared without diacritics and
case, in both languages, and Lithuanian case endings are forgiven by comparing word stems.
Lists follow Lithuanian alphabetical order (Č after C, Š after S, Ž after Z), not code points.
"""

import os
import unicodedata

import pandas as pd

ENDING = 3  # Lithuanian case endings are up to three letters: Alytus, Alytaus, Alytuje
MIN_STEM = 3  # shorter shared beginnings say nothing ("ka" is in Kaunas and Kazlų Rūda)
# Letters that are letters of their own in the Lithuanian alphabet; the other accents
# (ą ę ė į ų ū) only break ties, and y sorts with i, as in CLDR's Lithuanian collation.
OWN_LETTERS = {"č": "c", "š": "s", "ž": "z"}


def fold(text: str) -> str:
    """Lower case without diacritics: "Šiaulių" -> "siauliu"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def collation_key(text: str) -> tuple[tuple[float, ...], str, str]:
    """A sort key in Lithuanian alphabetical order: Šakiai after Skuodas, Ukmergė before Utena."""
    weights: list[float] = []
    for char in text.casefold():
        if char in OWN_LETTERS:
            weights.append(ord(OWN_LETTERS[char]) + 0.5)
            continue
        base = fold(char) or char
        weights.extend(ord("i") if c == "y" else ord(c) for c in base)
    return tuple(weights), fold(text), text


def in_order(municipalities: pd.DataFrame, column: str) -> list[str]:
    """Codes sorted by a name column in Lithuanian alphabetical order."""
    names = municipalities[column].astype(str)
    return [str(code) for code in sorted(names.index, key=lambda c: collation_key(names[c]))]


def _words(text: str) -> list[str]:
    return [word for word in "".join(c if c.isalnum() else " " for c in fold(text)).split()]


def search(municipalities: pd.DataFrame, query: str) -> list[str]:
    """Codes whose Lithuanian or English name matches every word of the query, best first.

    An official code ("13") finds its municipality too; an empty query finds them all.
    """
    words = _words(query)
    if not words:
        return [str(code) for code in municipalities.index]
    if query.strip() in {str(code) for code in municipalities.index}:
        return [query.strip()]
    found: list[tuple[int, tuple[tuple[float, ...], str, str], str]] = []
    for code, row in municipalities.iterrows():
        names = [str(row["name_lt"]), str(row["name_en"]), str(row.get("short_name_lt") or "")]
        name_words = [word for name in names for word in _words(name)]
        if all(any(_matches(q, w) for w in name_words) for q in words):
            exact = any(fold(query).strip() in fold(name) for name in names)
            found.append((0 if exact else 1, collation_key(str(row["name_lt"])), str(code)))
    return [code for _, _, code in sorted(found)]


def _matches(query_word: str, name_word: str) -> bool:
    """A prefix of the name word, or the same word with another case ending.

    "kaune" and "kauno" share "kaun"; "alytuje" and "alytaus" share "alyt": a query word that
    agrees with a name word up to its own last three letters is taken as a form of it.
    """
    if name_word.startswith(query_word):
        return True
    if len(query_word) < MIN_STEM:
        return False
    shared = len(os.path.commonprefix([query_word, name_word]))
    return shared >= max(MIN_STEM, len(query_word) - ENDING)
