"""Plain-language sentences generated from the data, for readers and screen readers alike."""

from collections.abc import Callable

import pandas as pd

from prevention.i18n import Lang, number, percent, t
from prevention.i18n.wording import counted
from prevention.views.headlines import Headline
from prevention.views.series import category_label, tier_label

MEASURES_CODE = "measures_running"


def change_text(headline: Headline, lang: Lang) -> str | None:
    """ "+5" or "−12 %" on the previous year; absolute below 20 so chance is not read as trend."""
    change, previous = headline.change, headline.previous_value
    if change is None or previous is None:
        return None
    if headline.change_is_percent and previous:
        text = percent(abs(change) / previous, lang)
    else:
        text = number(abs(change), lang, decimals=_decimals(change))
    sign = "+" if change > 0 else ("−" if change < 0 else "±")
    return f"{sign}{text}"


def _format(value: float, lang: Lang) -> str:
    """A value with as many decimals as it needs (none for counts)."""
    return number(value, lang, decimals=_decimals(value))


def _decimals(value: float) -> int:
    """Whole numbers stay whole; rates keep one decimal."""
    return 0 if float(value).is_integer() else 1


def trend_sentence(
    frame: pd.DataFrame,
    *,
    what: str,
    area: str,
    unit: str,
    lang: Lang,
    tiers: bool = False,
    unit_code: str = "",
) -> str:
    """One sentence on a yearly series: the latest value, its change, the extremes and gaps.

    A tier series (`tiers`) names its tiers and never says "up" or "highest": Tier 2 is a
    worse rating, not more of something. A series with one value throughout says so instead
    of "highest 0 (2016), lowest 0 (2016)". A counted unit (`unit_code`, "persons") follows
    its number in the form the number governs ("22 asmenys"), not in brackets.
    """
    known = frame[frame["value"].notna()]
    if known.empty:
        # Hidden values exist, they are not shown: "no values" would say there are none.
        if frame["status"].eq("suppressed").any():
            return t("summary.none_shown", lang, what=what, area=area) + _hidden_and_gaps(
                frame, lang
            )
        return t("summary.no_values", lang, what=what, area=area)
    if known["category"].nunique() > 1 or known["category"].ne("").any():
        return breakdown_sentence(known, what=what, area=area, lang=lang)
    totals = known.set_index("year")["value"]
    last_year = int(totals.index.max())
    decimals = 0 if all(float(v).is_integer() for v in totals) else 1
    if tiers:
        fmt = lambda value: tier_label(value, lang)  # noqa: E731
    else:
        fmt = lambda value: number(value, lang, decimals=decimals)  # noqa: E731
    latest = fmt(totals[last_year])
    amount = None if tiers else counted(latest, float(totals[last_year]), unit_code, lang)
    if amount is not None:
        first = t("finish18.latest", lang, what=what, area=area, year=last_year, amount=amount)
    else:
        first = t(
            "summary.latest", lang, what=what, area=area, year=last_year, value=latest, unit=unit
        )
    parts = [first]
    if last_year - 1 in totals.index:
        previous = totals[last_year - 1]
        key = "summary.up" if totals[last_year] > previous else "summary.down"
        if tiers:
            key = "phone.tier_changed"
        if totals[last_year] == previous:
            key = "summary.same"
        parts.append(t(key, lang, value=fmt(previous), year=last_year - 1))
    if len(totals) > 2:
        if len(parts) == 1:
            parts[0] += ";"  # no change on the year before: the extremes follow directly
        parts.append(_extremes(totals, fmt, lang=lang, tiers=tiers))
    sentence = " ".join(parts).replace(" ,", ",").rstrip(".,; ") + "."
    return sentence + _hidden_and_gaps(frame, lang)


def _hidden_and_gaps(frame: pd.DataFrame, lang: Lang) -> str:
    """ " Values for 2022 are hidden. There are no data for 2019.", or "" when neither."""
    text = ""
    hidden_or_gap = (("suppressed", "disclosure.summary_hidden"), ("not_available", "summary.gaps"))
    for status, key in hidden_or_gap:
        years = sorted(set(frame.loc[frame["status"] == status, "year"].astype(int)))
        if years:
            text += " " + t(key, lang, years=_year_list(years))
    return text


def _extremes(totals: pd.Series, fmt: Callable[[float], str], *, lang: Lang, tiers: bool) -> str:
    """The highest and lowest value with their years, or the one value, or the tiers' span."""
    if totals.max() == totals.min():
        return t("phone.constant", lang, value=fmt(totals.iloc[0]))
    if tiers:  # 1 is the best tier: the lowest number
        return t("phone.tier_span", lang, best=fmt(totals.min()), worst=fmt(totals.max()))
    high, low = int(str(totals.idxmax())), int(str(totals.idxmin()))
    return t(
        "summary.extremes",
        lang,
        high=fmt(totals[high]),
        high_year=high,
        low=fmt(totals[low]),
        low_year=low,
    )


def breakdown_sentence(known: pd.DataFrame, *, what: str, area: str, lang: Lang) -> str:
    """The latest year's categories, largest first; parts are never added up into a total."""
    year = int(known["year"].max())
    latest = known[known["year"] == year].sort_values("value", ascending=False)
    parts = ", ".join(
        f"{category_label(str(row.category), lang)} {_format(float(str(row.value)), lang)}"
        for row in latest.itertuples(index=False)
    )
    years = known["year"].nunique()
    return t("summary.breakdown", lang, what=what, area=area, year=year, parts=parts, years=years)


def _year_list(years: list[int]) -> str:
    """2013, 2015–2017: consecutive years folded into ranges."""
    runs: list[list[int]] = []
    for year in years:
        if runs and year == runs[-1][-1] + 1:
            runs[-1].append(year)
        else:
            runs.append([year])
    return ", ".join(str(r[0]) if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)


def overview_paragraph(headlines: list[Headline], lang: Lang) -> str:
    """A short paragraph for the overview: each headline as a plain statement with its own
    year; a figure from the press says so right after it. One sentence never joins figures
    of different years: a child figure older than the total names both years."""
    sentences = []
    totals = {h.indicator_code: h.year for h in headlines if not h.breakdown_category}
    for headline in headlines:
        key = f"summary.headline.{headline.indicator_code}"
        if headline.breakdown_category:
            key += f"_{headline.breakdown_category}"
        change = ""
        if headline.previous_value is not None:
            change = t(
                "summary.headline_previous",
                lang,
                year=headline.previous_year,
                value=number(headline.previous_value, lang),
            )
        values = {"year": headline.year, "value": number(headline.value, lang), "change": change}
        total_year = totals.get(headline.indicator_code, headline.year)
        if headline.breakdown_category and total_year != headline.year:
            key, values["total_year"] = "headlines.child_other_year", total_year
        sentences.append(t(key, lang, **values))
        if headline.from_press:
            sentences.append(press_note(headline, lang))
    if any(h.indicator_code != MEASURES_CODE for h in headlines):
        sentences.append(t("summary.caveat", lang))
    return " ".join(sentences)


def press_note(headline: Headline, lang: Lang) -> str:
    """ "(From the press: tv3.lt, reporting the Seimas Ombudsmen's review ...)" """
    reports = headline.reports.get(lang)
    if reports:
        return t(
            "headlines.press_reports", lang, publisher=headline.source_publisher, reports=reports
        )
    return t("headlines.press_only", lang, publisher=headline.source_publisher)
