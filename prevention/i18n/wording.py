"""Small rules of written Lithuanian and English that generated sentences follow."""

from babel import Locale

from prevention.i18n import LOCALES, Lang, code_key, has_key, t


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


def counted(amount: str, value: float, unit: str, lang: Lang) -> str | None:
    """ "22 asmenys", "10 asmenų", "1 person": a count with its unit in the form the number
    governs; None for a unit without counted forms (a rate, a share, a tier).

    The forms are data (`count_unit.<unit>` in prevention/i18n/strings/finish18.toml, looked up
    through i18n.code_key, one per CLDR plural category); Babel's plural rules pick one, so no
    ending is guessed by string surgery.
    """
    key = code_key("count_unit", unit)
    if not has_key(key):
        return None
    forms: dict[str, str] = {}
    for item in t(key, lang).split("|"):
        category, _, form = item.partition(":")
        forms[category.strip()] = form.strip()
    category = Locale.parse(LOCALES[lang]).plural_form(abs(value))
    return f"{amount}\xa0{forms.get(category, forms['other'])}"
