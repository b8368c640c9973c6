"""The one parser of URL values: every number a link carries is read here, ASCII digits only.

`str.isdigit()` is True for superscripts ("²⁰¹¹"), Arabic-Indic and full-width digits, which
`int()` then refuses or reads as another number: a link is an outside input, so a value is
usable only when it is spelled exactly as the site itself writes it. Pure functions; the
pages turn a None into the polite notice and the default.
"""

import re
from collections.abc import Sequence

# re.ASCII: \d would match every Unicode decimal digit otherwise.
_DIGITS = re.compile(r"[0-9]+", re.ASCII)
_YEAR = r"[0-9]{4}"
_YEAR_RANGE = re.compile(rf"({_YEAR})-({_YEAR})", re.ASCII)
# The longest list a link may carry: more than any page offers, far less than an attack.
MAX_LIST_ITEMS = 200


def ascii_int(raw: str | None) -> int | None:
    """ "2020" -> 2020; None for anything else (signs, spaces, other digit classes, empty)."""
    if raw is None or not _DIGITS.fullmatch(raw):
        return None
    return int(raw)


def year(raw: str | None) -> int | None:
    """A four-digit year as the site writes it; None otherwise."""
    return ascii_int(raw) if raw is not None and len(raw) == 4 else None


def year_range(raw: str | None) -> tuple[int, int] | None:
    """ "2011-2024" -> (2011, 2024); None for anything else, a reversed range included."""
    match = _YEAR_RANGE.fullmatch(raw or "")
    if match is None:
        return None
    first, last = int(match[1]), int(match[2])
    return (first, last) if first <= last else None


def choice(raw: str | None, choices: Sequence[str]) -> str | None:
    """The code itself when it is one of the choices, compared exactly; None otherwise."""
    return raw if raw is not None and raw in choices else None


def code_list(raw: str | None) -> list[str]:
    """ "13,19, 21" -> ["13", "19", "21"]: trimmed, empty items dropped, at most MAX_LIST_ITEMS.

    Items are still only candidates: the caller keeps those it knows.
    """
    if not raw:
        return []
    parts = (part.strip() for part in raw.split(",", MAX_LIST_ITEMS))
    return [part for part in parts if part][:MAX_LIST_ITEMS]
