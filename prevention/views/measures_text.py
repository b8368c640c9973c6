"""The measures page in words: one sentence and one translated table per chart.

Each table is also the chart's CSV, so it carries the illustrative flag of the view.
"""

import pandas as pd

from prevention.i18n import Lang, number, t
from prevention.store.coverage import Coverage
from prevention.views.measures import title


def coverage_table(
    cov: Coverage, area_names: dict[str, str], category_names: dict[str, str], lang: Lang
) -> pd.DataFrame:
    """One row per (municipality, category) cell with its local, national and total counts."""
    long = pd.DataFrame(
        {
            "area": cov.total.stack().index.get_level_values(0),
            "category": cov.total.stack().index.get_level_values(1),
            "total": cov.total.stack().to_numpy(),
            "local": cov.local.stack().to_numpy(),
            "national": cov.national.stack().to_numpy(),
            "who": cov.institutions.stack().to_numpy(),
        }
    )
    return pd.DataFrame(
        {
            t("column.code", lang): long["area"],
            t("column.municipality", lang): long["area"].map(area_names),
            t("measures.col_category", lang): long["category"].map(category_names),
            t("common.total", lang): long["total"].astype(int),
            t("municipality.col_local", lang): long["local"].astype(int),
            t("municipality.col_national", lang): long["national"].astype(int),
            t("column.institutions", lang): long["who"],
        }
    )


def coverage_sentence(
    cov: Coverage, shown: pd.DataFrame, gap_count: int, bare: list[str], lang: Lang
) -> str:
    """How many cells are empty and how many municipalities have no local measure."""
    cells = int(cov.total.size)
    return t(
        "measures.coverage_summary",
        lang,
        measures=number(len(shown), lang),
        gaps=number(gap_count, lang),
        cells=number(cells, lang),
        bare=number(len(bare), lang),
    )


def counts_table(frame: pd.DataFrame, columns: dict[str, str], lang: Lang) -> pd.DataFrame:
    """A count frame with translated headers (and code columns turned into names)."""
    return frame.rename(columns=columns)


def top_sentence(frame: pd.DataFrame, key: str, name_of: dict[str, str], lang: Lang) -> str:
    """ "VRM leads or joins most measures (45)" from a frame sorted by its total column."""
    if frame.empty:
        return t("measures.nothing", lang)
    first = frame.iloc[0]
    code = str(first.iloc[0])
    return t(key, lang, name=name_of.get(code, code), count=number(int(first["total"]), lang))


def budget_sentence(frame: pd.DataFrame, unknown: int, lang: Lang) -> str:
    """The known budget in total, its biggest year, and how many measures have no budget."""
    if frame.empty:
        return t("measures.budget_none", lang, unknown=number(unknown, lang))
    yearly = frame.groupby("year")["budget_eur"].sum()
    return t(
        "measures.budget_summary",
        lang,
        total=number(float(frame["budget_eur"].sum()), lang),
        year=int(yearly.idxmax()),
        peak=number(float(yearly.max()), lang),
        unknown=number(unknown, lang),
    )


def budget_table(frame: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    """Budget per lead institution and year, translated."""
    return pd.DataFrame(
        {
            t("column.institution", lang): frame["institution"].replace(
                "other", t("measures.other", lang)
            ),
            t("column.year", lang): frame["year"].astype(int),
            t("column.budget", lang): frame["budget_eur"].round(2),
        }
    )


def timeline_labels(frame: pd.DataFrame, lang: Lang) -> list[str]:
    """ "ILL-0042 · Training for teachers…": the id keeps two alike titles apart."""
    labels = []
    for row in frame.itertuples(index=False):
        text = title(row, lang)
        labels.append(f"{row.measure_id} · {text[:48]}{'…' if len(text) > 48 else ''}")
    return labels


def need_table(
    frame: pd.DataFrame, area_names: dict[str, str], effort_title: str, lang: Lang
) -> pd.DataFrame:
    """One row per municipality: need, whether it is a floor, effort, measures, quadrant."""
    return pd.DataFrame(
        {
            t("column.code", lang): frame.index,
            t("column.municipality", lang): frame.index.map(area_names),
            t("measures.col_need", lang): frame["need_per_100k"],
            t("measures.col_floor", lang): [
                t("common.yes" if flag else "common.no", lang) for flag in frame["lower_bound"]
            ],
            effort_title: frame["effort"].round(3),
            t("measures.col_measures", lang): frame["measures"].astype(int),
            t("measures.col_quadrant", lang): [
                t(f"measures.quadrant_{code}", lang) for code in frame["quadrant"]
            ],
        }
    )


def need_sentence(frame: pd.DataFrame, area_names: dict[str, str], lang: Lang) -> str:
    """How many municipalities sit in the high-need, low-effort quadrant, naming a few."""
    watched = frame[frame["quadrant"] == "high_need_low_effort"]
    ranked = watched.sort_values("need_per_100k", ascending=False)
    names = ", ".join(area_names.get(code, code) for code in ranked.index[:5])
    return t(
        "measures.need_summary",
        lang,
        count=number(len(watched), lang),
        total=number(len(frame), lang),
        names=names or "–",
    )
