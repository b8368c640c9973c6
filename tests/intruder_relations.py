"""The intruder's relations: what the published tables imply, rebuilt from codes and names.

Areas sum to their parents (from the export's parent codes), breakdown categories to their
total, a multi-year period to its years (for certain where the download says the site summed
it from them: a pooled figure; else a soft relation, dropped on contradiction). County
figures are area totals like any other. A cell is named by its key and by the release that
last wrote it, so two downloads holding the same (key, release) hold the same true value.
"""

from dataclasses import dataclass

import pandas as pd

Key = tuple[str, ...]  # indicator, period type, period label, unit, area, dimension, category
Var = tuple[Key, str]  # a cell's key and the release that last wrote its value


@dataclass(frozen=True)
class Relation:
    """sum(coefficient * cell) == 0, or >= 0 when some parts are missing from the tables.

    A soft relation is one the tables suggest but need not hold (a multi-year total from
    another publication may count differently): a contradiction drops it, not the attack.
    """

    terms: dict[Var, float]
    exact: bool
    total: Var
    parts: tuple[Var, ...]
    soft: bool = False


def versioned(observations: pd.DataFrame) -> pd.DataFrame:
    """Preferred cells of personal-count tables, each named by its key and its release.

    A row keeps the release that last wrote it, so the same (key, release) in two downloads
    is the same true value: that is how older releases constrain the new one.
    """
    cells = observations[observations["preferred"]].copy()
    key = ["indicator_code", "period_type", "period_label", "unit", "area_code"]
    key += ["breakdown_dimension", "breakdown_category"]
    cells["var"] = [
        (tuple(row[:-1]), row[-1])
        for row in cells[[*key, "release_id"]].astype(str).itertuples(index=False)
    ]
    return cells


def relations(cells: pd.DataFrame, areas: pd.DataFrame) -> list[Relation]:
    """The sums the tables imply: categories to their total, areas to their ancestors."""
    where = {var[0]: var for var in cells["var"]}
    pooled = _pooled(cells)
    children = areas.groupby("parent_code")["code"].apply(list).to_dict()
    below: dict[str, list[str]] = {}  # every area two levels down (municipalities of LT)
    for parent, kids in children.items():
        below[parent] = [g for kid in kids for g in children.get(kid, [])]
    relations = []
    breakdowns: dict[Key, list[Var]] = {}
    for key, var in where.items():
        if key[5] != "none":
            breakdowns.setdefault((*key[:5], key[5]), []).append(var)
    for group, parts in breakdowns.items():
        total = where.get((*group[:5], "none", ""))
        if total is not None:
            relations.append(_sum(total, parts, exact=True))
    for key, var in where.items():
        for members in (children.get(key[4], []), below.get(key[4], [])):
            present = [where[k] for k in ((*key[:4], m, *key[5:]) for m in members) if k in where]
            if present:
                relations.append(_sum(var, present, exact=len(present) == len(members)))
        years = _years(key[1], key[2])  # a multi-year total is its years' sum
        if years:
            members = [(key[0], "year", str(year), *key[3:]) for year in years]
            present = [where[k] for k in members if k in where]
            if present:
                exact = len(present) == len(members)
                # A pooled figure the site says it summed from these years is that sum for
                # certain; another publication's multi-year count need not be.
                soft = not pooled.get(key, False)
                relations.append(_sum(var, present, exact=exact, soft=soft))
    return relations


def _pooled(cells: pd.DataFrame) -> dict[Key, bool]:
    """Cells whose download says they are the site's sum of yearly figures (where the figure
    comes from: "derived:pooled:2021+2022+2023")."""
    if "source_locator" not in cells:
        return {}
    said = cells["source_locator"].fillna("").astype(str).str.lower()
    summed = said.str.startswith("derived:pooled:")
    return {var[0]: bool(flag) for var, flag in zip(cells["var"], summed, strict=True)}


def _years(period_type: str, label: str) -> range | None:
    """The years of a multi-year period labelled "2018-2022", else None."""
    first, _, last = label.partition("-")
    if period_type != "multi_year" or not (first.isdigit() and last.isdigit()):
        return None
    return range(int(first), int(last) + 1)


def _sum(total: Var, parts: list[Var], *, exact: bool, soft: bool = False) -> Relation:
    terms = {total: 1.0}
    for part in parts:
        terms[part] = terms.get(part, 0.0) - 1.0
    return Relation(terms, exact, total, tuple(parts), soft)


def small_totals(
    relations: list[Relation], known: dict[Var, float], limit: float
) -> dict[Var, float]:
    """Hidden parts of a published total below `limit`, with the smallest such total."""
    small: dict[Var, float] = {}
    for relation in relations:
        total = known.get(relation.total)
        if total is not None and total < limit:
            for part in relation.parts:
                if part not in known:
                    small[part] = min(small.get(part, total), total)
    return small
