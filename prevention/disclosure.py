"""Small-cell suppression, primary and secondary, applied before anything reaches the store.

A table is the cells of one indicator, period, unit and source: its areas (country, counties,
municipalities) and breakdown categories add up to each other. Primary suppression hides the
small counts; secondary suppression hides complementary cells until no hidden value can be
solved for from the published ones, which is checked exactly with linear algebra.
"""

from collections.abc import Hashable
from dataclasses import dataclass

import numpy as np
import pandas as pd

# Counts of 1-4 victims, suspects or assisted persons in a county or municipality could point
# at identifiable people, so they are never published below national level. 0 is publishable:
# it reveals no person. National counts are published as the institutions published them.
THRESHOLD = 5

TABLE_KEY = ["indicator_code", "period_type", "period_label", "unit", "source_id"]
CELL_COLUMNS = ["area_code", "breakdown_dimension", "breakdown_category"]
SUPPRESSED = "suppressed"
# A hidden cell is determined when its unit vector lies in the row space of the relations on
# the unknowns, i.e. its squared projection there is 1. The relations have entries 0 and +-1,
# so singular values below 1e-9 are rounding noise and a free cell's projection falls far
# short of 1 - 1e-6.
_RANK_TOLERANCE = 1e-9
_PROJECTION_TOLERANCE = 1e-6


@dataclass(frozen=True)
class Relation:
    """total = sum(parts), as row labels of one table."""

    total: Hashable
    parts: tuple[Hashable, ...]


Cell = tuple[str, str, str]  # (area, breakdown dimension, breakdown category)


@dataclass(frozen=True)
class _Hierarchy:
    """The area tree as the relations need it: levels, and who sums to whom."""

    levels: dict[str, str]
    children: list[tuple[str, list[str]]]  # (parent, children); the country appears twice

    @classmethod
    def of(cls, areas: pd.DataFrame) -> "_Hierarchy":
        """Counties sum to the country, municipalities to their county and to the country."""
        codes, levels = areas["code"].tolist(), areas["level"].tolist()
        children: dict[str, list[str]] = {}
        for code, parent in zip(codes, areas["parent_code"].tolist(), strict=True):
            if isinstance(parent, str) and parent:
                children.setdefault(parent, []).append(code)
        pairs = sorted(children.items())
        municipalities = [
            code for code, level in zip(codes, levels, strict=True) if level == "municipality"
        ]
        pairs += [
            (code, municipalities)
            for code, level in zip(codes, levels, strict=True)
            if level == "country"
        ]
        return cls(dict(zip(codes, levels, strict=True)), pairs)


@dataclass(frozen=True)
class _Columns:
    """The columns the algorithm reads, as plain arrays: pandas per cell is far too slow."""

    cells: list[Cell]
    values: np.ndarray
    hidden: np.ndarray
    tables: list[np.ndarray]  # positions of each table, oldest period first

    @classmethod
    def of(cls, frame: pd.DataFrame) -> "_Columns":
        """Read a frame once; tables are grouped by the columns of TABLE_KEY it has."""
        text = [frame[c].fillna("").astype(str).tolist() for c in CELL_COLUMNS]
        cells = list(zip(*text, strict=True))
        key = [column for column in TABLE_KEY if column in frame.columns]
        groups: dict[tuple[str, ...], list[int]] = {}
        for position, table in enumerate(zip(*(frame[c].astype(str) for c in key), strict=True)):
            groups.setdefault(table, []).append(position)
        tables = [np.array(groups[table]) for table in sorted(groups)] or [np.arange(len(frame))]
        hidden = (frame["status"] == SUPPRESSED).to_numpy(dtype=bool)
        return cls(cells, frame["value"].to_numpy(dtype=float), hidden, tables)


def suppress(cells: pd.DataFrame, areas: pd.DataFrame) -> pd.DataFrame:
    """Hide small counts below national level and enough complementary cells to protect them."""
    result = cells.reset_index(drop=True)  # positions, whatever index the caller uses
    if "suppression" not in result.columns:
        result["suppression"] = None
    result["suppression"] = result["suppression"].astype(object)
    tree = _Hierarchy.of(areas)
    columns = _Columns.of(result)
    national = np.array([tree.levels.get(a) == "country" for a, _, _ in columns.cells], dtype=bool)
    values = columns.values
    small = ~national & (values >= 1) & (values <= THRESHOLD - 1)
    hidden = small | columns.hidden
    # Cells hidden in another period of the indicator are preferred as complements, so the
    # same municipalities stay hidden from year to year and the maps stay comparable.
    series = [
        (indicator, *cell)
        for indicator, cell in zip(result["indicator_code"].astype(str), columns.cells, strict=True)
    ]
    hidden_series = {series[i] for i in np.flatnonzero(hidden)}
    secondary: list[int] = []
    for rows in columns.tables:
        stable = np.array([series[i] in hidden_series for i in rows], dtype=bool)
        mask = hidden[rows]
        incidence = _incidence([columns.cells[i] for i in rows], tree)
        added = rows[_protect(incidence, values[rows], mask, national[rows], stable)]
        hidden[added] = True
        secondary += added.tolist()
        hidden_series.update(series[i] for i in added)
    result.loc[small, "suppression"] = "primary"
    result.loc[secondary, "suppression"] = "secondary"
    result.loc[hidden, ["value", "status"]] = [np.nan, SUPPRESSED]
    result.loc[hidden & result["suppression"].isna().to_numpy(), "suppression"] = "primary"
    result.index = cells.index
    return result


def derivable(cells: pd.DataFrame, areas: pd.DataFrame) -> list[Hashable]:
    """Labels of suppressed cells whose value follows exactly from the published cells."""
    tree = _Hierarchy.of(areas)
    columns = _Columns.of(cells)
    unknown = columns.hidden | np.isnan(columns.values)
    fixed = np.zeros(len(cells), dtype=bool)
    for rows in columns.tables:
        if columns.hidden[rows].any():
            incidence = _incidence([columns.cells[i] for i in rows], tree)
            fixed[rows] = _determined(incidence, unknown[rows])
    return list(cells.index[fixed & columns.hidden])


def relations(table: pd.DataFrame, areas: pd.DataFrame) -> list[Relation]:
    """Every additive relation among one table's cells: breakdowns and the area hierarchy."""
    incidence = _incidence(_Columns.of(table).cells, _Hierarchy.of(areas))
    labels = table.index
    return [
        Relation(labels[np.flatnonzero(row > 0)[0]], tuple(labels[np.flatnonzero(row < 0)]))
        for row in incidence
    ]


def summary(cells: pd.DataFrame) -> dict[str, int]:
    """How many cells are hidden, and why: for the check command and the methodology page."""
    hidden = cells[cells["status"] == SUPPRESSED]
    return {
        "suppressed": len(hidden),
        "primary": int((hidden["suppression"] == "primary").sum()),
        "secondary": int((hidden["suppression"] == "secondary").sum()),
    }


def _incidence(cells: list[Cell], tree: _Hierarchy) -> np.ndarray:
    """One row per relation, +1 on its total and -1 on its parts: A @ values = 0."""
    where = {cell: position for position, cell in enumerate(cells)}
    rows: list[tuple[int, list[int]]] = []
    # (a) an area's total is the sum of the categories of each of its breakdown dimensions.
    parts: dict[tuple[str, str], list[int]] = {}
    for (area, dimension, _), position in where.items():
        if dimension != "none":
            parts.setdefault((area, dimension), []).append(position)
    for (area, _), positions in parts.items():
        if (area, "none", "") in where:
            rows.append((where[(area, "none", "")], positions))
    # (b) a parent area's cell is the sum of its children's cells, category by category.
    for dimension, category in dict.fromkeys((d, c) for _, d, c in where):
        for parent, kids in tree.children:
            present = [
                where[k, dimension, category] for k in kids if (k, dimension, category) in where
            ]
            if present and (parent, dimension, category) in where:
                rows.append((where[parent, dimension, category], present))
    matrix = np.zeros((len(rows), len(cells)))  # a duplicated cell sits in no relation
    for row, (total, members) in enumerate(rows):
        matrix[row, members] = -1.0
        matrix[row, total] = 1.0
    return matrix


def _protect(
    incidence: np.ndarray,
    values: np.ndarray,
    hidden: np.ndarray,
    national: np.ndarray,
    stable: np.ndarray,
) -> np.ndarray:
    """Positions to hide besides `hidden` (grown in place) until no hidden cell is determined."""
    if not hidden.any():
        return np.zeros(0, dtype=int)
    start = hidden.copy()
    # Prefer a positive count (hiding a 0 beside a 1 still shows the 1), then a cell hidden
    # in another period, then the smallest value: it costs the reader least information.
    rank = np.empty(len(values), dtype=int)
    rank[np.lexsort((values, ~stable, ~(values > 0)))] = np.arange(len(values))
    member = incidence != 0
    unknown = np.isnan(values)  # already unknown (not available or hidden earlier)
    blocked = national | unknown
    while True:
        _close_single_hidden(member, hidden, unknown, blocked, rank)
        exposed = np.flatnonzero(_determined(incidence, hidden | unknown) & hidden)
        cell = None
        for position in exposed:
            cell = _complement(member, int(position), hidden | unknown, blocked, rank)
            if cell is not None:
                break
        if cell is None:  # nothing exposed, or only national cells could protect it
            return np.flatnonzero(hidden & ~start)
        hidden[cell] = True


def _close_single_hidden(
    member: np.ndarray,
    hidden: np.ndarray,
    unknown: np.ndarray,
    blocked: np.ndarray,
    rank: np.ndarray,
) -> None:
    """The cheap rule first: no relation may have one hidden cell and no other unknown."""
    weights = member.astype(int)
    counts = weights @ (hidden | unknown)
    stuck = np.zeros(len(member), dtype=bool)
    while True:
        open_ = np.flatnonzero((counts == 1) & (weights @ (unknown & ~hidden) == 0) & ~stuck)
        if not open_.size:
            return
        relation = open_[0]
        candidates = np.flatnonzero(member[relation] & ~hidden & ~blocked)
        if not candidates.size:
            stuck[relation] = True  # left to the exact test and the wider search
            continue
        cell = candidates[np.argmin(rank[candidates])]
        hidden[cell] = True
        counts += weights[:, cell]


def _determined(incidence: np.ndarray, unknown: np.ndarray) -> np.ndarray:
    """Unknown cells fixed by the relations: e_i lies in the row space of A on the unknowns."""
    fixed = np.zeros(len(unknown), dtype=bool)
    matrix = incidence[:, unknown]
    matrix = matrix[np.any(matrix != 0, axis=1)]
    if not matrix.size:
        return fixed
    _, singular, vt = np.linalg.svd(matrix, full_matrices=False)
    basis = vt[: int((singular > _RANK_TOLERANCE * max(1.0, singular[0])).sum())]
    fixed[unknown] = (basis**2).sum(axis=0) > 1 - _PROJECTION_TOLERANCE
    return fixed


def _complement(
    member: np.ndarray, cell: int, unknown: np.ndarray, blocked: np.ndarray, rank: np.ndarray
) -> int | None:
    """The best publishable cell nearest to an exposed one, through relations and hidden cells."""
    reached = np.zeros(member.shape[1], dtype=bool)
    reached[cell] = True
    seen = np.zeros(len(member), dtype=bool)
    while True:
        new = member[:, reached].any(axis=1) & ~seen
        if not new.any():
            return None
        seen |= new
        around = member[new].any(axis=0)
        candidates = np.flatnonzero(around & ~unknown & ~blocked)
        if candidates.size:
            return int(candidates[np.argmin(rank[candidates])])
        reached = around & unknown
