"""The map's real layer and what the map says where nothing real exists for a view.

No public municipal series of victims or investigations exists in Lithuania. The map opens
on what does exist: the real local measures found in public sources, counted per
municipality and year (scripts/local_counts.py), with the VRM 2023 list of municipalities
that implemented no measures named beside it. A view with no real value says so and points
to what exists instead of drawing a map of nothing.
"""

import pandas as pd

from prevention.i18n import Lang, t

REAL_LAYER = "known_local_measures"
NO_MEASURES = "municipality_did_not_implement_antitrafficking_measures"
REAL_STATUSES = ("published", "provisional", "suppressed")
# Generated rows are published under this one source (tier 9); a hidden generated cell has
# the status "suppressed" like a real one, so the source is what tells them apart.
GENERATED_SOURCE = "ILLUSTRATIVE"


def default_indicator(codes: list[str], fallback: str) -> str:
    """The real layer when the store has it, else the page's old default."""
    return REAL_LAYER if REAL_LAYER in codes else fallback


def has_real_values(values: pd.DataFrame, *, level: str, year: int) -> bool:
    """Whether a view holds any real (not generated) value, shown or hidden."""
    rows = values[(values["level"] == level) & (values["year"] == year)]
    real = rows["status"].isin(REAL_STATUSES) & rows["source_id"].ne(GENERATED_SOURCE)
    return bool(real.any())


def nothing_real(
    what: str,
    level: str,
    lang: Lang,
    *,
    indicator: str = "",
    statements: pd.DataFrame | None = None,
    names: dict[str, str] | None = None,
) -> str:
    """The notice for a view without real values: what exists instead, and where."""
    if indicator == REAL_LAYER:  # our own count, made per municipality only
        return t("localmap.real_layer_municipal_only", lang)
    text = t("localmap.nothing_real", lang, what=what, level=t(f"localmap.level_{level}", lang))
    if statements is not None and not statements.empty:
        listed = "; ".join(_statement(row, names or {}, lang) for _, row in statements.iterrows())
        text += " " + t("localmap.local_statements", lang, statements=listed)
    return text


def _statement(row: pd.Series, names: dict[str, str], lang: Lang) -> str:
    """ "Tauragė County, 2016-01/2016-07: hidden (tauragiskis.lt)"; a small count a source
    printed stays hidden here too, and says why."""
    # A prosecution district spans counties: it is named by its office, not by its seat.
    place = row["breakdown_category"] or names.get(str(row["area_code"]), str(row["area_code"]))
    value = (
        t("localmap.hidden_small", lang)
        if row["status"] == "suppressed" or pd.isna(row["value"])
        else f"{float(row['value']):g}"
    )
    return f"{place}, {row['period_label']}: {value} ({row['source_publisher']})"


def no_measures_list(flags: pd.DataFrame, names: dict[str, str], lang: Lang) -> str | None:
    """ "The VRM 2023 review names ...: Kalvarija, Kretinga, ..." from the flag rows."""
    named = flags[(flags["level"] == "municipality") & (flags["value"] == 1)]
    if named.empty:
        return None
    year = int(named["year"].max())
    places = sorted(names.get(str(code), str(code)) for code in named["area_code"])
    return t("localmap.no_measures_list", lang, year=year, names=", ".join(places))
