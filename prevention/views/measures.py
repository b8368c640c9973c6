"""The measures page's filters and summaries: who runs what, for whom, with what money, when.

Pure pandas on the frames of prevention.store.queries; the page only composes. Codes stay codes
here except in measures_table(), the visitor's table and CSV.
"""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from prevention.codes import NATIONAL
from prevention.i18n import Lang, t
from prevention.store.coverage import gaps, in_period, without_local

ALL = "all"
NO_PLAN = "none"  # illustrative measures belong to no plan
TOP_INSTITUTIONS = 8  # budget chart: the biggest spenders, the rest as "other"
TIMELINE_ROWS = 60  # the Gantt stops here; the table has every measure
# The page's sections, one shown at a time (at most two charts drawn at once), and the URL
# parameters each one reads: a link with one of them, made before the page had sections,
# still opens the view it was made from.
SECTIONS = ("coverage", "who", "money", "need")
SECTION_PARAMS = {"coverage": ("axis", "national"), "need": ("need", "effort")}


@dataclass(frozen=True)
class Filters:
    """The visitor's choices; ALL means no filter on that field."""

    years: tuple[int, int]
    plan: str = ALL
    institution: str = ALL
    measure_type: str = ALL
    target_group: str = ALL
    area: str = ALL


def linked_section(params: Iterable[str]) -> str:
    """The section a link without ?section= was made from: the first whose parameters it has."""
    given = set(params)
    for section in SECTIONS:
        if given & set(SECTION_PARAMS.get(section, ())):
            return section
    return SECTIONS[0]


def plan_options(measures: pd.DataFrame) -> list[str]:
    """ALL, the plans in start order, and NO_PLAN when some measure has none."""
    plans = measures.dropna(subset=["plan"]).sort_values("start_year")["plan"]
    extra = [NO_PLAN] if measures["plan"].isna().any() else []
    return [ALL, *dict.fromkeys(str(plan) for plan in plans), *extra]


def in_set(measures: pd.DataFrame, example: bool) -> pd.DataFrame:
    """The generated measures when `example`, else the real ones: one set, never both."""
    return measures[measures["illustrative"].astype(bool) == example]


def filter_measures(
    measures: pd.DataFrame, links: pd.DataFrame, who: pd.DataFrame, filters: Filters
) -> pd.DataFrame:
    """The measures matching every filter; a municipality also gets the national measures."""
    shown = in_period(measures, *filters.years)
    if filters.plan == NO_PLAN:
        shown = shown[shown["plan"].isna()]
    elif filters.plan != ALL:
        shown = shown[shown["plan"] == filters.plan]
    for column, value in (
        ("measure_type", filters.measure_type),
        ("target_group", filters.target_group),
    ):
        if value != ALL:
            shown = shown[shown[column] == value]
    if filters.institution != ALL:
        ids = who.loc[who["institution"] == filters.institution, "measure_id"]
        shown = shown[shown["measure_id"].isin(ids)]
    if filters.area != ALL:
        ids = links.loc[links["area_code"].isin([filters.area, NATIONAL]), "measure_id"]
        shown = shown[shown["measure_id"].isin(ids)]
    return shown.reset_index(drop=True)


def coverage_gaps(
    counts: pd.DataFrame, reached: pd.DataFrame, municipalities: Sequence[str]
) -> tuple[int, list[str]]:
    """The cells (municipality, category) no measure reaches, counted, and the municipalities
    no local measure reaches (prevention.store.coverage)."""
    return len(gaps(counts)), without_local(reached, municipalities)


def by_institution(shown: pd.DataFrame, who: pd.DataFrame) -> pd.DataFrame:
    """Measures per institution and role (lead or partner), most measures first."""
    rows = who[who["measure_id"].isin(shown["measure_id"])]
    counts = rows.groupby(["institution", "role"])["measure_id"].nunique().unstack(fill_value=0)
    for role in ("lead", "partner"):
        if role not in counts.columns:
            counts[role] = 0
    counts = counts[["lead", "partner"]].assign(total=lambda c: c["lead"] + c["partner"])
    return counts.sort_values(["total", "lead"], ascending=False).reset_index()


def by_type(shown: pd.DataFrame) -> pd.DataFrame:
    """Measures per type, national and local apart, most measures first."""
    scope = shown["national"].astype(bool).map({True: "national", False: "local"})
    counts = shown.assign(scope=scope).groupby(["measure_type", "scope"]).size()
    table = counts.unstack(fill_value=0)
    for column in ("national", "local"):
        if column not in table.columns:
            table[column] = 0
    table = table[["national", "local"]].assign(total=lambda c: c["national"] + c["local"])
    return table.sort_values("total", ascending=False).reset_index()


def budget_by_institution_year(shown: pd.DataFrame) -> pd.DataFrame:
    """Lead institution × year budget in EUR, each measure's budget spread evenly on its years.

    Institutions beyond the biggest TOP_INSTITUTIONS are summed as "other".
    """
    known = shown.dropna(subset=["budget_eur"])
    if known.empty:
        return pd.DataFrame(columns=["institution", "year", "budget_eur"])
    spans = [
        (
            str(row.lead_institution),
            year,
            float(row.budget_eur) / (row.end_year - row.start_year + 1),
        )
        for row in known.itertuples(index=False)
        for year in range(int(row.start_year), int(row.end_year) + 1)
    ]
    yearly = pd.DataFrame(spans, columns=["institution", "year", "budget_eur"])
    biggest = yearly.groupby("institution")["budget_eur"].sum().nlargest(TOP_INSTITUTIONS).index
    yearly.loc[~yearly["institution"].isin(biggest), "institution"] = "other"
    return yearly.groupby(["institution", "year"], as_index=False)["budget_eur"].sum()


def timeline(shown: pd.DataFrame) -> pd.DataFrame:
    """The first TIMELINE_ROWS measures by start year, as bars from start to end."""
    rows = shown.sort_values(["start_year", "end_year", "measure_id"]).head(TIMELINE_ROWS)
    return rows[["measure_id", "title_lt", "title_en", "measure_type", "lead_institution"]].assign(
        start=rows["start_year"].astype(int), end=rows["end_year"].astype(int)
    )


def inferred_text(cell: object, lang: Lang) -> str:
    """ "start_year;end_year" -> "years" in words; empty when every field was read."""
    if not isinstance(cell, str) or not cell:
        return ""
    fields = dict.fromkeys(
        "years" if name.endswith("_year") else name for name in cell.split(";") if name
    )
    return ", ".join(t(f"localmap.inferred_{name}", lang) for name in fields)


def title(row: pd.Series | object, lang: Lang) -> str:
    """A measure's title in the language, falling back to the other one."""
    mine, other = (
        getattr(row, f"title_{lang}"),
        getattr(row, "title_en" if lang == "lt" else "title_lt"),
    )
    return str(mine) if isinstance(mine, str) and mine else str(other or "")


def measures_table(
    shown: pd.DataFrame,
    links: pd.DataFrame,
    who: pd.DataFrame,
    area_names: dict[str, str],
    lang: Lang,
) -> pd.DataFrame:
    """Every measure shown with its places, institutions, budget and source, for table and CSV."""
    places = links.groupby("measure_id")["area_code"].agg(
        lambda codes: ", ".join(
            t("measures.whole_country", lang) if code == NATIONAL else area_names.get(code, code)
            for code in codes
        )
    )
    ordered = who.assign(lead=who["role"] != "lead").sort_values(["measure_id", "lead"])
    names = ordered.groupby("measure_id")["institution"].agg(", ".join)
    ids = shown["measure_id"]
    inferred = shown["inferred"] if "inferred" in shown.columns else pd.Series("", index=ids.index)
    return pd.DataFrame(
        {
            t("measures.col_id", lang): ids,
            t("column.title", lang): [title(row, lang) for row in shown.itertuples()],
            t("measures.col_type", lang): [
                t(f"measure_type.{c}", lang) for c in shown["measure_type"]
            ],
            t("municipality.col_target_group", lang): [
                t(f"target_group.{c}", lang) for c in shown["target_group"]
            ],
            t("measures.col_start", lang): shown["start_year"].astype(int),
            t("measures.col_end", lang): shown["end_year"].astype(int),
            t("municipality.col_places", lang): ids.map(places).fillna(""),
            t("column.institutions", lang): ids.map(names).fillna(""),
            t("column.budget", lang): shown["budget_eur"].astype(float),
            t("column.plan", lang): shown["plan"].fillna(""),
            t("common.illustrative_data", lang): [
                t("common.yes" if flag else "common.no", lang) for flag in shown["illustrative"]
            ],
            # A year or place read from context, not from the source, says so on its row.
            t("localmap.col_inferred", lang): [inferred_text(cell, lang) for cell in inferred],
            t("common.source", lang): shown["source_publisher"].fillna(""),
            t("column.source_title", lang): shown["source_title"].fillna(""),
            t("column.source_url", lang): shown["source_url"].fillna(""),
        }
    )
