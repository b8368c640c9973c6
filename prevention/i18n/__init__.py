"""One catalogue of user-facing text in Lithuanian and English, plus locale-aware formatting.

Lithuanian is the default. Strings live in `strings.toml` (shared: navigation, shell, common
words) and in `strings/<page>.toml` (one file per page group, so pages can be written side by
side), one table per key with `lt` and `en` together, so a reviewer sees both languages at once.
The files form one catalogue: a key defined twice is an error, not a silent override.
"""

import re
import tomllib
import unicodedata
from datetime import date
from functools import cache, lru_cache
from pathlib import Path
from string import Formatter
from typing import Literal, cast

from babel.dates import format_date
from babel.numbers import format_decimal, format_percent

Lang = Literal["lt", "en"]
LANGS: tuple[Lang, ...] = ("lt", "en")
DEFAULT_LANG: Lang = "lt"
CATALOGUE_PATH = Path(__file__).with_name("strings.toml")
CATALOGUE_DIR = Path(__file__).with_name("strings")
LOCALES = {"lt": "lt_LT", "en": "en_GB"}


@cache
def catalogue() -> dict[str, dict[str, str]]:
    """Every key ("nav.trends") with its texts by language, read once per process."""
    merged: dict[str, dict[str, str]] = {}
    for path in catalogue_files():
        with path.open("rb") as handle:
            entries = _flatten(tomllib.load(handle))
        twice = sorted(merged.keys() & entries.keys())
        if twice:
            raise ValueError(f"{path.name} defines keys already defined elsewhere: {twice}")
        merged.update(entries)
    return merged


def catalogue_files() -> list[Path]:
    """The shared catalogue file first, then the page groups' files in name order."""
    return [CATALOGUE_PATH, *sorted(CATALOGUE_DIR.glob("*.toml"))]


def _flatten(table: dict, prefix: str = "") -> dict[str, dict[str, str]]:
    """Nested TOML tables -> dotted keys; a table holding `lt` or `en` is a leaf."""
    flat: dict[str, dict[str, str]] = {}
    for name, value in table.items():
        key = f"{prefix}{name}"
        if isinstance(value, dict) and ("lt" in value or "en" in value):
            flat[key] = value
        elif isinstance(value, dict):
            flat.update(_flatten(value, f"{key}."))
    return flat


def t(key: str, lang: Lang, **values: object) -> str:
    """The text for a key in a language, with `{placeholders}` filled in.

    A missing key shows itself rather than crashing the page; the catalogue test catches it.
    """
    entry = catalogue().get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry.get(DEFAULT_LANG) or key
    return fill(text, values) if values else text


def fill(template: str, values: dict[str, object]) -> str:
    """`str.format`, except that a value ending in a full stop swallows the template's own.

    Lithuanian dates end in an abbreviation ("2 d."), as do "tūkst." and "mln.": a template
    that closes its sentence after such a value would print "2 d.." otherwise.
    """
    formatter = Formatter()
    parts: list[str] = []
    ends_with_stop = False
    for literal, field, spec, conversion in formatter.parse(template):
        if ends_with_stop and literal.startswith("."):
            literal = literal[1:]
        parts.append(literal)
        ends_with_stop = False
        if field is None:
            continue
        value, _ = formatter.get_field(field, (), values)
        text = formatter.format_field(formatter.convert_field(value, conversion), spec or "")
        parts.append(text)
        ends_with_stop = text.endswith(".")
    return "".join(parts)


def code_key(family: str, code: str) -> str:
    """A data code's catalogue key: "EUR" -> "unit.eur", "legal persons" -> "unit.legal_persons".

    Data codes come in whatever case their source writes; the catalogue holds one lower-case
    family, so a code is looked up only through here and never used as a key as it stands.
    """
    name = code.lower().replace("%", "percent")  # "% of population" -> percent_of_population
    # Lithuanian letters lose their marks ("Šiaulių" -> "siauliu"): keys stay plain ASCII.
    name = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return f"{family}.{re.sub(r'[^a-z0-9]+', '_', name).strip('_')}"


def has_key(key: str) -> bool:
    """Whether the catalogue knows a key (for data codes that may lack a label)."""
    return key in catalogue()


def as_lang(value: object) -> Lang:
    """A URL or widget value as a language, Lithuanian when it is anything else."""
    return cast(Lang, value) if value in LANGS else DEFAULT_LANG


def number(value: float | int | None, lang: Lang, *, decimals: int = 0) -> str:
    """1 234,5 in Lithuanian, 1,234.5 in English; a dash for a missing value."""
    if value is None or value != value:  # NaN is missing, never 0
        return "–"
    return _formatted(value, lang, decimals)


@lru_cache(maxsize=8192)
def _formatted(value: float | int, lang: Lang, decimals: int) -> str:
    """Babel's formatting, remembered: tables repeat the same few values many times."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=LOCALES[lang])


def percent(value: float | None, lang: Lang, *, decimals: int = 0) -> str:
    """A share (0.25) as a percentage in the language's style: 25 % or 25%."""
    if value is None or value != value:
        return "–"
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "") + "%"
    return format_percent(value, format=pattern, locale=LOCALES[lang])


def long_date(day: date, lang: Lang) -> str:
    """2024 m. kovo 5 d. in Lithuanian, 5 March 2024 in English."""
    return format_date(day, format="long", locale=LOCALES[lang])


def plotly_separators(lang: Lang) -> str:
    """Plotly's decimal and thousands separators for a language (LT writes 1 234,5)."""
    return ", " if lang == "lt" else ".,"
