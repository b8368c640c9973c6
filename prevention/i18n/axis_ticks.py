"""Axis numbers in the page's language: "800 tūkst." on Lithuanian charts, not Plotly's "800k".

Plotly abbreviates large tick values with SI suffixes whatever the locale, and its
`separators` setting changes only the digits. So for axes with large values we choose the
ticks ourselves (a round step from zero) and write them with Babel's compact format, the
library that formats every other number on the site.
"""

import math
import numbers
from collections.abc import Iterable

from babel.numbers import format_compact_decimal

from prevention.i18n import LOCALES, Lang

# Below this, Plotly writes plain numbers ("2 500"); years (≈2024) stay below it too.
COMPACT_FROM = 10_000


def nice_ticks(top: float, *, count: int = 5) -> list[float]:
    """Ticks from 0 in a round step (1, 2, 2.5 or 5 × 10ⁿ), one past `top` so it is covered."""
    if top <= 0:
        return [0.0]
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    last = math.ceil(top / step)
    return [i * step for i in range(last + 1)]


def compact(value: float, lang: Lang) -> str:
    """800 000 as "800 tūkst." (LT) or "800k" (EN); 1 250 000 as "1,25 mln." / "1.25m"."""
    return format_compact_decimal(value, locale=LOCALES[lang], fraction_digits=2)


def compact_axis(values: Iterable[object], lang: Lang) -> dict[str, list] | None:
    """`tickvals`/`ticktext` for an axis showing these values, or None to leave Plotly's.

    Only for non-negative numeric axes reaching COMPACT_FROM: categories, years and small
    counts keep Plotly's own ticks.
    """
    found: list[float] = []
    for value in values:
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, numbers.Real):
            return None  # a category axis
        if value == value:  # NaN is a gap, not a value
            found.append(float(value))
    if not found or min(found) < 0 or max(found) < COMPACT_FROM:
        return None
    ticks = nice_ticks(max(found))
    return {"tickvals": ticks, "ticktext": [compact(tick, lang) for tick in ticks]}
