"""The measures section of the municipality profile in words: tables, gaps and duplicate groups."""

from dataclasses import dataclass

import pandas as pd

from prevention.codes import NATIONAL
from prevention.example_layer import split
from prevention.i18n import Lang, number, t
from prevention.i18n.area_cases import area_in
from prevention.i18n.citation import years_label
from prevention.i18n.wording import mid_sentence
from prevention.views import profile_measures
from prevention.views.profile_measures import Totals
from prevention.views.shown import Source
from prevention.views.shown import sources as shown_sources


def money(value: float, lang: Lang) -> str:
    """An amount in euros, or "unknown" when no budget is published (never 0 €)."""
    if value != value:
        return t("municipality.budget_unknown", lang)
    return t("common.eur", lang, amount=number(value, lang))


def category_table(table: pd.DataFrame, column: str, lang: Lang) -> pd.DataFrame:
    """Per target group (or type): local, national, total and budgets, gaps marked."""
    family = "target_group" if column == "target_group" else "measure_type"
    return pd.DataFrame(
        {
            t(f"municipality.col_{family}", lang): [
                t(f"{family}.{code}", lang) for code in table[column]
            ],
            t("municipality.col_local", lang): table["local"].astype(int),
            t("municipality.col_national", lang): table["national"].astype(int),
            t("common.total", lang): table["total"].astype(int),
            t("municipality.col_local_budget", lang): [
                money(v, lang) for v in table["local_budget"]
            ],
            t("municipality.col_gap", lang): [
                t("municipality.gap_yes", lang) if total == 0 else "" for total in table["total"]
            ],
        }
    )


def institution_table(table: pd.DataFrame, institutions: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    """Institutions with their full names, lead and partner counts and led budget."""
    names = institutions[f"name_{lang}"] if not institutions.empty else pd.Series(dtype=str)
    return pd.DataFrame(
        {
            t("column.institution", lang): [
                f"{names.get(code, code)} ({code})" if names.get(code, code) != code else code
                for code in table["institution"]
            ],
            t("municipality.col_lead", lang): table["lead"].astype(int),
            t("municipality.col_partner", lang): table["partner"].astype(int),
            t("municipality.col_led_budget", lang): [money(v, lang) for v in table["budget"]],
        }
    )


def totals_sentence(totals: Totals, *, code: str, name: str, years: str, lang: Lang) -> str:
    """How many measures reach the municipality in the period, national and local apart.

    "nepasiekė" governs the genitive and "pasiekusios" the accusative, hence two forms.
    """
    if totals.measures == 0:
        area = area_in(code, "genitive", lang, fallback=name)
        return t("municipality.measures_none", lang, area=area, years=years)
    return t(
        "municipality.measures_summary",
        lang,
        area=area_in(code, "accusative", lang, fallback=name),
        years=years,
        count=number(totals.measures, lang),
        national=number(totals.national, lang),
        local=number(totals.local, lang),
        budget=money(totals.local_budget, lang),
    )


def duplicates_sentence(count: int, *, code: str, name: str, years: str, lang: Lang) -> str:
    """How many duplicate groups name the municipality: "mini" + accusative, "nemini" + genitive."""
    if count == 0:
        area = area_in(code, "genitive", lang, fallback=name)
        return t("municipality.duplicates_none", lang, area=area, years=years)
    return t(
        "municipality.duplicates_count",
        lang,
        count=number(count, lang),
        area=area_in(code, "accusative", lang, fallback=name),
        years=years,
    )


def gaps_sentence(codes: list[str], *, years: str, lang: Lang) -> str:
    """The target groups no measure reaches in the period, or that every group is reached."""
    if not codes:
        return t("municipality.gaps_none", lang, years=years)
    return t(
        "municipality.gaps",
        lang,
        years=years,
        groups=", ".join(mid_sentence(t(f"target_group.{code}", lang), lang) for code in codes),
    )


def groups_table(groups: pd.DataFrame, area_names: dict[str, str], lang: Lang) -> pd.DataFrame:
    """Duplicate groups touching the municipality: what, who, where, when and how much."""
    return pd.DataFrame(
        {
            t("municipality.col_group", lang): groups["group_id"],
            t("municipality.col_measure_type", lang): [
                t(f"measure_type.{c}", lang) for c in groups["measure_type"]
            ],
            t("municipality.col_target_group", lang): [
                t(f"target_group.{c}", lang) for c in groups["target_group"]
            ],
            t("column.measures", lang): groups["n_measures"].astype(int),
            t("column.institution", lang): [", ".join(i) for i in groups["institutions"]],
            t("municipality.col_places", lang): [
                ", ".join(
                    t("common.whole_country", lang) if c == NATIONAL else area_names.get(c, c)
                    for c in areas
                )
                for areas in groups["areas"]
            ],
            t("municipality.col_period", lang): [
                str(a) if a == b else f"{a}–{b}"
                for a, b in zip(groups["start_year"], groups["end_year"], strict=True)
            ],
            # The overlap engine writes 0 when no member publishes a budget: that is unknown.
            t("municipality.col_budget", lang): [
                money(v if v > 0 else float("nan"), lang) for v in groups["combined_budget"]
            ],
        }
    )


@dataclass(frozen=True)
class CoveredMeasures:
    """The profile's measures section, computed: real rows counted, generated ones apart."""

    shown: pd.DataFrame  # the real measures covering the municipality in the period
    example_shown: pd.DataFrame  # the generated ones (example layer), never added to them
    by_group: pd.DataFrame
    by_type: pd.DataFrame
    by_institution: pd.DataFrame
    missing: list[str]  # target groups no measure reaches
    sources: list[Source]
    totals_text: str
    gaps_text: str


def covered_measures(
    measures: pd.DataFrame,
    areas: pd.DataFrame,
    who: pd.DataFrame,
    *,
    code: str,
    name: str,
    period: tuple[int, int],
    lang: Lang,
) -> CoveredMeasures:
    """What covers one municipality in a period: counts by group, type and institution,
    the groups left out, and the two sentences that say so."""
    covered = profile_measures.covering(measures, areas, code, period)
    shown, example_shown = split(covered, covered["illustrative"].astype(bool))
    years = years_label(list(period))
    by_group = profile_measures.by_category(
        shown, "target_group", profile_measures.categories(measures, "target_group")
    )
    missing = profile_measures.gaps(by_group, "target_group")
    return CoveredMeasures(
        shown=shown,
        example_shown=example_shown,
        by_group=by_group,
        by_type=profile_measures.by_category(
            shown, "measure_type", profile_measures.categories(measures, "measure_type")
        ),
        by_institution=profile_measures.by_institution(shown, who),
        missing=missing,
        sources=shown_sources(shown) if not shown.empty else [],
        totals_text=totals_sentence(
            profile_measures.totals(shown), code=code, name=name, years=years, lang=lang
        ),
        gaps_text=gaps_sentence(missing, years=years, lang=lang),
    )


def example_summary(
    example_shown: pd.DataFrame,
    measures: pd.DataFrame,
    *,
    code: str,
    name: str,
    years: str,
    lang: Lang,
) -> tuple[str, pd.DataFrame]:
    """The generated measures' sentence and table by target group (example layer on)."""
    groups = profile_measures.by_category(
        example_shown, "target_group", profile_measures.categories(measures, "target_group")
    )
    totals = totals_sentence(
        profile_measures.totals(example_shown), code=code, name=name, years=years, lang=lang
    )
    return totals, category_table(groups, "target_group", lang)
