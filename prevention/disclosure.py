"""Small-cell suppression, primary and secondary, applied before anything reaches the store.

A table is the cells of one indicator, period and unit: its areas (country, counties,
municipalities) and breakdown categories add up to each other. Primary suppression hides the
small counts; secondary suppression hides complementary cells until no hidden value can be
solved for from the published ones, which is checked exactly with linear algebra.
"""

from dataclasses import dataclass

import numpy as np
import pandas as pd

# Counts of 1-4 victims, suspects or assisted persons in a county or municipality could point
# at identifiable people, so they are never published below national level. 0 is publishable:
# it reveals no person. National counts are published as the institutions published them.
THRESHOLD = 5

TABLE_KEY = ["indicator_code", "period_type", "period_label", "unit", "source_id"]
SUPPRESSED = "suppressed"


@dataclass(frozen=True)
class Relation:
    """total = sum(parts), as row labels of one table."""

    total: object
    parts: tuple


def suppress(cells: pd.DataFrame, areas: pd.DataFrame) -> pd.DataFrame:
    """Hide small counts below national level and enough complementary cells to protect them."""
    result = cells.copy()
    if "suppression" not in result.columns:
        result["suppression"] = None
    result["suppression"] = result["suppression"].astype(object)
    levels = areas.set_index("code")["level"]
    below_national = result["area_code"].map(levels) != "country"
    small = below_national & result["value"].between(1, THRESHOLD - 1)
    result.loc[small, "suppression"] = "primary"
    result.loc[small | (result["status"] == SUPPRESSED), "status"] = SUPPRESSED
    for _, table in result.groupby(TABLE_KEY, sort=False, dropna=False):
        for label in _secondary(table, areas, levels):
            result.loc[label, ["status", "suppression"]] = [SUPPRESSED, "secondary"]
    hidden = result["status"] == SUPPRESSED
    result.loc[hidden, "value"] = np.nan
    result.loc[hidden & result["suppression"].isna(), "suppression"] = "primary"
    return result


def relations(table: pd.DataFrame, areas: pd.DataFrame) -> list[Relation]:
    """Every additive relation among a table's cells: breakdowns and the area hierarchy."""
    found = []
    by_cell = {
        (row.area_code, row.breakdown_dimension, row.breakdown_category): label
        for label, row in zip(table.index, table.itertuples(index=False), strict=True)
    }
    # (a) an area's total is the sum of the categories of each breakdown dimension.
    for (area, dimension), group in table.groupby(["area_code", "breakdown_dimension"]):
        total = by_cell.get((area, "none", ""))
        if dimension != "none" and total is not None:
            found.append(Relation(total, tuple(group.index)))
    # (b) a parent area's cell is the sum of its children's cells (county, country).
    children = _children(areas)
    for _, group in table.groupby(["breakdown_dimension", "breakdown_category"]):
        present = dict(zip(group["area_code"], group.index, strict=True))
        for key, kids in children.items():
            parent = key.split("#")[0]  # "LT#municipalities": the country, a second time
            if parent in present:
                parts = tuple(present[kid] for kid in kids if kid in present)
                if parts:
                    found.append(Relation(present[parent], parts))
    return found


def derivable(table: pd.DataFrame, areas: pd.DataFrame) -> list:
    """Labels of suppressed cells whose value follows exactly from the published cells."""
    suppressed = table.index[table["status"] == SUPPRESSED]
    if len(suppressed) == 0:
        return []
    return _determined(table, relations(table, areas), set(suppressed))


def summary(cells: pd.DataFrame) -> dict[str, int]:
    """How many cells are hidden, and why: for the check command and the methodology page."""
    hidden = cells[cells["status"] == SUPPRESSED]
    return {
        "suppressed": len(hidden),
        "primary": int((hidden["suppression"] == "primary").sum()),
        "secondary": int((hidden["suppression"] == "secondary").sum()),
    }


def _children(areas: pd.DataFrame) -> dict[str, list[str]]:
    """Parent code -> child codes, plus the country as the sum of all municipalities."""
    parents = areas.dropna(subset=["parent_code"])
    mapping = parents.groupby("parent_code")["code"].apply(list).to_dict()
    country = areas.loc[areas["level"] == "country", "code"]
    municipalities = areas.loc[areas["level"] == "municipality", "code"].tolist()
    for code in country:
        # Counties sum to the country and so do municipalities: both relations are public.
        mapping[f"{code}#municipalities"] = municipalities
    return mapping


def _secondary(table: pd.DataFrame, areas: pd.DataFrame, levels: pd.Series) -> list:
    """Complementary cells to hide so that no suppressed cell of this table can be derived."""
    table_relations = relations(table, areas)
    hidden = set(table.index[table["status"] == SUPPRESSED])
    if not hidden:
        return []
    country = set(table.index[table["area_code"].map(levels) == "country"])
    added: list = []
    while True:
        exposed = _single_hidden(table_relations, hidden) or _determined(
            table, table_relations, hidden
        )
        if not exposed:
            return added
        cell = _complement(table, table_relations, exposed, hidden | country)
        if cell is None:  # only national cells left: nothing more can protect this table
            return added
        hidden.add(cell)
        added.append(cell)


def _single_hidden(found: list[Relation], hidden: set) -> list:
    """Cells that are the only hidden cell of some relation: the cheapest exposure to find."""
    exposed = []
    for relation in found:
        cells = (relation.total, *relation.parts)
        inside = [cell for cell in cells if cell in hidden]
        if len(inside) == 1:
            exposed.append(inside[0])
    return exposed


def _determined(table: pd.DataFrame, found: list[Relation], hidden: set) -> list:
    """Hidden cells fixed by the relations: zero in every null-space vector of the unknowns."""
    unknown = [
        label for label in table.index if label in hidden or pd.isna(table.at[label, "value"])
    ]
    if not unknown or not found:
        return []
    column = {label: i for i, label in enumerate(unknown)}
    matrix = np.zeros((len(found), len(unknown)))
    for row, relation in enumerate(found):
        if relation.total in column:
            matrix[row, column[relation.total]] += 1
        for part in relation.parts:
            if part in column:
                matrix[row, column[part]] -= 1
    matrix = matrix[np.any(matrix != 0, axis=1)]
    if matrix.size == 0:
        return []
    _, singular, vt = np.linalg.svd(matrix)
    rank = int((singular > 1e-9).sum())
    null_space = vt[rank:]
    free = np.abs(null_space).max(axis=0) > 1e-9 if len(null_space) else np.zeros(len(unknown))
    return [
        label
        for label, is_free in zip(unknown, free, strict=True)
        if not is_free and label in hidden
    ]


def _complement(table: pd.DataFrame, found: list[Relation], exposed: list, blocked: set) -> object:
    """The smallest positive published cell sharing a relation with an exposed cell."""
    for cell in exposed:
        candidates = []
        for relation in found:
            cells = (relation.total, *relation.parts)
            if cell in cells:
                candidates += [c for c in cells if c not in blocked and c != cell]
        if candidates:
            values = table.loc[candidates, "value"].astype(float)
            # Prefer a positive count: hiding a 0 next to a 1 still tells that one cell is 1.
            order = values.map(lambda v: (v <= 0 or np.isnan(v), v))
            return order.sort_values().index[0]
    return None
