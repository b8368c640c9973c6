"""Small rules of written Lithuanian and English that generated sentences follow."""

from prevention.i18n import Lang


def mid_sentence(label: str, lang: Lang) -> str:
    """A category label as it reads inside a sentence: "mokiniai", not "Mokiniai".

    Labels are capitalised to stand alone in tables and legends. Lithuanian writes every
    category here in lower case mid-sentence (even "lietuviai"); English keeps a capital on
    words made from a proper name.
    """
    first = label.split(" ", 1)[0]
    if not label or (lang == "en" and first in ENGLISH_PROPER) or first[1:2].isupper():
        return label
    return label[0].lower() + label[1:]


# English category words that keep their capital mid-sentence (made from a proper name).
ENGLISH_PROPER = frozenset({"Lithuania", "Lithuanians", "Lithuanian", "EU", "European"})
