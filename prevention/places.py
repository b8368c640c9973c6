"""Finding a municipality by name, with or without Lithuanian letters.

"Siauliai" finds "Šiaulių miesto savivaldybė": names are compared without diacritics and
case, in both languages, and Lithuanian case endings are forgiven by comparing word stems.
"""

import unicodedata

import pandas as pd

STEM = 5  # "siauliai" and "siauliu" share "siaul": enough to tell municipalities apart


def fold(text: str) -> str:
    """Lower case without diacritics: "Šiaulių" -> "siauliu"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _words(text: str) -> list[str]:
    return [word for word in "".join(c if c.isalnum() else " " for c in fold(text)).split()]


def search(municipalities: pd.DataFrame, query: str) -> list[str]:
    """Codes whose Lithuanian or English name matches every word of the query, best first."""
    words = _words(query)
    if not words:
        return [str(code) for code in municipalities.index]
    found: list[tuple[int, str, str]] = []
    for code, row in municipalities.iterrows():
        names = [str(row["name_lt"]), str(row["name_en"]), str(row.get("short_name_lt") or "")]
        name_words = [word for name in names for word in _words(name)]
        if all(any(_matches(q, w) for w in name_words) for q in words):
            exact = any(fold(query).strip() in fold(name) for name in names)
            found.append((0 if exact else 1, str(row["name_lt"]), str(code)))
    return [code for _, _, code in sorted(found)]


def _matches(query_word: str, name_word: str) -> bool:
    """A prefix of the name word, or the same stem (case endings differ in Lithuanian)."""
    if name_word.startswith(query_word):
        return True
    stem = min(STEM, len(query_word))
    return len(query_word) >= 3 and name_word[:stem] == query_word[:stem]
