"""What public sources say about one municipality, beyond its counted measures.

The flags (a coordination group exists, a procedure was adopted, the VRM 2023 review names
it as implementing no measures), need context (social-risk families, unemployment) and
one-off statements are not series, so the profile lists them as sentences with their
period and source instead of charting them.
"""

import pandas as pd

from prevention.i18n import Lang, number, t
from prevention.views.local_layer import NO_MEASURES
from prevention.views.series import unit_label


def fact_lines(facts: pd.DataFrame, lang: Lang) -> list[str]:
    """One line per fact: what, when, the value (a flag has none) and who says so."""
    lines = []
    for row in facts.itertuples(index=False):
        what = str(getattr(row, f"name_{lang}"))
        if row.breakdown_category:
            what += f" ({row.breakdown_category})"
        when = t("localmap.undated", lang) if row.period_label == "n.d." else row.period_label
        if row.status == "suppressed" or pd.isna(row.value):
            value = t("localmap.hidden_small", lang)
        elif row.value_kind == "flag":
            value = ""
        else:
            amount = number(float(row.value), lang, decimals=_decimals(row.value))
            value = f"{amount} {unit_label(str(row.unit), lang)}"
        key = "localmap.fact_value" if value else "localmap.fact_flag"
        lines.append(t(key, lang, what=what, when=when, value=value, source=row.source_publisher))
    return lines


def _decimals(value: float) -> int:
    """Whole numbers stay whole; shares keep one decimal."""
    return 0 if float(value).is_integer() else 1


def known_local_years(measures: pd.DataFrame, places: pd.DataFrame, code: str) -> list[int]:
    """Years in which real local measures (not national, not generated) ran in a municipality."""
    here = set(places.loc[places["area_code"] == code, "measure_id"])
    local = measures[
        measures["measure_id"].isin(here)
        & ~measures["national"].astype(bool)
        & ~measures["illustrative"].astype(bool)
    ]
    spans = zip(local["start_year"], local["end_year"], strict=True)
    return sorted({year for start, end in spans for year in range(int(start), int(end) + 1)})


def lapsed_line(years: list[int], facts: pd.DataFrame, lang: Lang) -> str | None:
    """ "Local measures are known from 2016; the VRM 2023 review names it as implementing
    none": an effort that lapsed, worth saying where both facts exist."""
    named = facts[(facts["indicator_code"] == NO_MEASURES) & (facts["value"] == 1)]
    if named.empty or not years:
        return None
    year = int(str(named["period_label"].iloc[0])[:4])
    if max(years) >= year:
        return None
    listed = ", ".join(str(y) for y in years)
    return t("localmap.lapsed", lang, years=listed, year=year)


def profile_lines(
    facts: pd.DataFrame, measures: pd.DataFrame, places: pd.DataFrame, code: str, lang: Lang
) -> list[str]:
    """The local facts known of one municipality, and the line saying its effort lapsed."""
    lapsed = lapsed_line(known_local_years(measures, places, code), facts, lang)
    return fact_lines(facts, lang) + ([lapsed] if lapsed else [])
