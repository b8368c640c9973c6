"""What an intruder can work out about each hidden count: its smallest and largest value.

An intruder holds every published value and knows how the tables add up: municipalities to
their county and to the country, counties to the country, breakdown categories to their
total, the years of a multi-year total to that total. Counts are whole numbers, at least 0.
For every hidden cell, the least and the greatest value consistent with all of that is found
by integer programming (scipy's `milp`, HiGHS). A linear check is not enough: "10 - 8 = 2
shared by two cells of at least 1" pins both cells without solving any equation.

The relations are split into independent blocks (cells linked through hidden cells), so each
program is small; a hidden cell in no relation is bounded only by public knowledge.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csr_array

from prevention.release import relaxation

# Cells of one table add up to each other (areas and breakdown categories).
TABLE_KEY = ["indicator_code", "period_type", "period_label", "unit"]
CELL_COLUMNS = ["area_code", "breakdown_dimension", "breakdown_category"]
# An upper bound the solver can work with: a hidden count this large is as good as unbounded
# (the largest published count is a few thousand), and `milp` reports no "unbounded" status
# we could rely on across scipy versions.
UNBOUNDED = 1e6


@dataclass(frozen=True)
class Relation:
    """total = sum(parts), as positions in the frame the relations were built from."""

    total: int
    parts: tuple[int, ...]
    kind: str = "area"  # "area" (parent and children), "breakdown" or "years"
    # A parent with some children missing from the table is only known to be at least their
    # sum (counts are never negative): total >= sum(parts) instead of total = sum(parts).
    exact: bool = True


@dataclass(frozen=True)
class Hierarchy:
    """The area tree as the relations need it: level of each code, and who sums to whom."""

    levels: dict[str, str]
    children: list[tuple[str, list[str]]]  # (parent, children); the country appears twice

    @classmethod
    def of(cls, areas: pd.DataFrame) -> "Hierarchy":
        """Counties sum to the country, municipalities to their county and to the country."""
        codes, levels = areas["code"].tolist(), areas["level"].tolist()
        children: dict[str, list[str]] = {}
        for code, parent in zip(codes, areas["parent_code"].tolist(), strict=True):
            if isinstance(parent, str) and parent:
                children.setdefault(parent, []).append(code)
        pairs = sorted(children.items())
        municipalities = [
            c for c, level in zip(codes, levels, strict=True) if level == "municipality"
        ]
        pairs += [
            (c, municipalities)
            for c, level in zip(codes, levels, strict=True)
            if level == "country"
        ]
        return cls(dict(zip(codes, levels, strict=True)), pairs)


def relations(frame: pd.DataFrame, areas: pd.DataFrame) -> list[Relation]:
    """Every additive relation the published tables imply among the frame's rows (positions).

    The frame holds one row per cell (indicator, area, period, breakdown, unit); a cell that
    appears twice sits in no relation, since it is not clear which of its rows adds up.
    """
    tree = Hierarchy.of(areas)
    text = {c: frame[c].fillna("").astype(str).to_numpy() for c in [*TABLE_KEY, *CELL_COLUMNS]}
    found: list[Relation] = []
    tables: dict[tuple[str, ...], list[int]] = {}
    for position, key in enumerate(zip(*(text[c] for c in TABLE_KEY), strict=True)):
        tables.setdefault(key, []).append(position)
    for rows in tables.values():
        cells = [
            (text["area_code"][i], text["breakdown_dimension"][i], text["breakdown_category"][i])
            for i in rows
        ]
        found += [
            Relation(rows[total], tuple(rows[p] for p in parts), kind, exact)
            for total, parts, kind, exact in _table_relations(cells, tree)
        ]
    return found + _multi_year(text)


def _table_relations(
    cells: list[tuple[str, str, str]], tree: Hierarchy
) -> list[tuple[int, list[int], str, bool]]:
    """Relations within one table: breakdown categories to their total, areas to their parent."""
    where: dict[tuple[str, str, str], int] = {}
    repeated = set()
    for position, cell in enumerate(cells):
        if cell in where:
            repeated.add(cell)
        where[cell] = position
    for cell in repeated:
        del where[cell]
    rows: list[tuple[int, list[int], str, bool]] = []
    parts: dict[tuple[str, str], list[int]] = {}
    for (area, dimension, _), position in where.items():
        if dimension != "none":
            parts.setdefault((area, dimension), []).append(position)
    for (area, _), positions in parts.items():
        if (area, "none", "") in where:
            rows.append((where[(area, "none", "")], positions, "breakdown", True))
    for dimension, category in dict.fromkeys((d, c) for _, d, c in where):
        for parent, kids in tree.children:
            present = [
                where[k, dimension, category] for k in kids if (k, dimension, category) in where
            ]
            if present and (parent, dimension, category) in where:
                exact = len(present) == len(kids)
                rows.append((where[parent, dimension, category], present, "area", exact))
    return rows


def _multi_year(text: dict[str, np.ndarray]) -> list[Relation]:
    """A multi-year total ("2018-2022") is the sum of its years, when every year is there."""
    series: dict[tuple[str, ...], dict[str, int]] = {}
    key_columns = ["indicator_code", *CELL_COLUMNS, "unit"]
    for position, period in enumerate(text["period_type"]):
        if period in ("year", "multi_year"):
            key = tuple(text[c][position] for c in key_columns)
            series.setdefault(key, {})[f"{period}:{text['period_label'][position]}"] = position
    found = []
    for labels in series.values():
        for label, position in labels.items():
            if not label.startswith("multi_year:"):
                continue
            first, _, last = label.removeprefix("multi_year:").partition("-")
            if not (first.isdigit() and last.isdigit()):
                continue
            years = [labels.get(f"year:{year}") for year in range(int(first), int(last) + 1)]
            if years and all(year is not None for year in years):
                found.append(
                    Relation(position, tuple(int(y) for y in years if y is not None), "years")
                )
    return found


@dataclass(frozen=True)
class Block:
    """Unknown cells linked through relations, and those relations."""

    cells: np.ndarray
    relations: list[int]


def blocks(unknown: np.ndarray, found: Sequence[Relation]) -> list[Block]:
    """Connected components of the unknown cells over the relations they share."""
    parent = np.arange(len(unknown))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = int(parent[i])
        return i

    touching: list[tuple[int, int]] = []  # (relation, one unknown member)
    for index, relation in enumerate(found):
        members = [m for m in (relation.total, *relation.parts) if unknown[m]]
        if not members:
            continue
        touching.append((index, members[0]))
        first = root(members[0])
        for member in members[1:]:
            other = root(member)
            if other != first:
                parent[other] = first
    groups: dict[int, list[int]] = {}
    for cell in np.flatnonzero(unknown):
        groups.setdefault(root(int(cell)), []).append(int(cell))
    linked: dict[int, list[int]] = {}
    for index, member in touching:
        linked.setdefault(root(member), []).append(index)
    return [Block(np.array(cells), linked.get(key, [])) for key, cells in groups.items()]


def intervals(
    values: np.ndarray,
    unknown: np.ndarray,
    lower: np.ndarray,
    found: Sequence[Relation],
    only: np.ndarray | None = None,
    enough: Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """(least, greatest) value of each unknown cell; NaN for published ones, inf if unbounded.

    `values` are the published values (ignored where unknown), `lower` each unknown cell's
    public lower bound (1 where a hidden count is known to be positive, else 0). `only`, a
    mask, limits the work to those cells (the others stay NaN). `enough`: see solve_block.
    """
    low = np.full(len(values), np.nan)
    high = np.full(len(values), np.nan)
    for block in blocks(unknown, found):
        targets = block.cells if only is None else block.cells[only[block.cells]]
        if not len(targets):
            continue
        try:
            block_low, block_high = solve_block(
                values, unknown, lower, found, block, targets, enough
            )
        except InconsistentRelations:
            # Published values that do not add up (a broken store) bound nothing; the
            # audit's other rules name the rows that broke them.
            continue
        low[targets], high[targets] = block_low, block_high
    return low, high


def solve_block(
    values: np.ndarray,
    unknown: np.ndarray,
    lower: np.ndarray,
    found: Sequence[Relation],
    block: Block,
    targets: np.ndarray | None = None,
    enough: Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """The interval of each target cell of one block (all by default), two programs a cell.

    With `enough(targets, low, high)` (a test that passes for wide intervals), the solutions
    found on the way serve as witnesses: a cell whose witnessed range already passes is not
    solved, and its (low, high) is that range, which lies inside the true interval.
    """
    cells = block.cells
    targets = cells if targets is None else targets
    if not block.relations:
        return lower[targets].astype(float), np.full(len(targets), np.inf)
    column = {int(cell): j for j, cell in enumerate(cells)}
    matrix = np.zeros((len(block.relations), len(cells)))
    rhs = np.zeros(len(block.relations))
    for row, index in enumerate(block.relations):
        relation = found[index]
        for member, sign in ((relation.total, 1.0), *((p, -1.0) for p in relation.parts)):
            if unknown[member]:
                matrix[row, column[member]] += sign
            else:
                rhs[row] -= sign * values[member]
    exact = np.array([found[index].exact for index in block.relations])
    program = _Program(
        LinearConstraint(csr_array(matrix), rhs, np.where(exact, rhs, np.inf)),
        Bounds(lower[cells].astype(float), np.full(len(cells), UNBOUNDED)),
        len(cells),
        cells,
    )
    positions = np.array([column[int(t)] for t in targets])
    if enough is not None:
        # Two programs over all target cells at once give every cell a first witnessed range.
        weights = np.zeros(len(cells))
        weights[positions] = 1.0
        program.solve(weights, exact=False)
        program.solve(-weights, exact=False)
        _spread_witnesses(program, targets, positions, enough)
    # A cell that is the only unknown of an exact relation has one value in every solution,
    # so once any solution is seen its witnessed range is its interval (a point): no program.
    # Only with witnesses: their programs have then also shown the block to be consistent.
    pinned = np.zeros(len(cells), dtype=bool)
    if enough is not None:
        lonely = exact & (np.count_nonzero(matrix, axis=1) == 1)
        pinned[np.flatnonzero(matrix[lonely].any(axis=0))] = True
    low, high = np.empty(len(targets)), np.empty(len(targets))
    for k, j in enumerate(positions):
        target = targets[k : k + 1]
        settled = pinned[j] or (
            enough is not None and enough(target, program.seen_low[[j]], program.seen_high[[j]])[0]
        )
        if not settled:
            objective = np.zeros(len(cells))
            objective[j] = 1.0
            program.solve(-objective)
            if (
                enough is None
                or not enough(target, program.seen_low[[j]], program.seen_high[[j]])[0]
            ):
                program.solve(objective)
        low[k], high[k] = program.seen_low[j], program.seen_high[j]
    high[high >= UNBOUNDED - 0.5] = np.inf
    return low, high


# Batched witnesses: each round pushes a random half of the unsettled cells up and the other
# half down (and then the reverse) in two programs, instead of two programs a cell. Rounds go
# on while they settle at least this share of the cells left; the rest are solved one by one.
_BATCH_ROUNDS = 8
_BATCH_GAIN = 0.1


def _spread_witnesses(
    program: "_Program",
    targets: np.ndarray,
    positions: np.ndarray,
    enough: Callable[[np.ndarray, np.ndarray, np.ndarray], np.ndarray],
) -> None:
    """Widen the witnessed ranges of many target cells with a few programs (see above).

    Seeded by the block's size, so a build gives the same witnesses every time; the
    witnesses only decide which cells need no program of their own, never an interval's
    verdict (a cell not settled here is solved exactly).
    """
    rng = np.random.default_rng(len(positions))
    for _ in range(_BATCH_ROUNDS):
        settled = enough(targets, program.seen_low[positions], program.seen_high[positions])
        open_ = positions[~settled]
        if len(open_) < 4:  # a few cells: one program each is as cheap
            return
        signs = rng.choice([-1.0, 1.0], size=len(open_))
        weights = np.zeros(len(program.integral))
        weights[open_] = signs
        program.solve(weights, exact=False)
        program.solve(-weights, exact=False)
        now = enough(targets, program.seen_low[positions], program.seen_high[positions])
        if (now & ~settled).sum() < _BATCH_GAIN * len(open_):
            return


class _Program:
    """One block's integer program, solved for several objectives; remembers each cell's
    least and greatest value over every solution found.

    Each objective goes first to the block's warm linear relaxation
    (prevention.release.relaxation), which answers it when its whole-number solution is
    proven optimal (or, for a witness, merely valid); otherwise to `milp`.
    """

    def __init__(
        self, constraint: LinearConstraint, bounds: Bounds, size: int, cells: np.ndarray
    ) -> None:
        self.constraint, self.bounds = constraint, bounds
        self.integral = np.ones(size)
        self.cells = cells
        self.seen_low = np.full(size, np.inf)
        self.seen_high = np.full(size, -np.inf)
        self.relaxation = (
            relaxation.Relaxation(constraint.A, constraint.lb, constraint.ub, bounds.lb, bounds.ub)
            if relaxation.available()
            else None
        )

    def solve(self, objective: np.ndarray, *, exact: bool = True) -> None:
        """Record an optimal solution of `objective` (minimised); with `exact` False any
        whole-number solution the relaxation finds will do (a witness, not a bound)."""
        solution = None
        if self.relaxation is not None:
            solution, optimal = self.relaxation.solve(objective)
            if solution is not None and exact and not optimal:
                self._record(solution)  # a valid witness all the same
                solution = None
        if solution is None:
            result = milp(
                objective,
                integrality=self.integral,
                bounds=self.bounds,
                constraints=self.constraint,
            )
            if result.x is None:
                raise InconsistentRelations(
                    f"no whole numbers fit the published cells around {self.cells.tolist()}"
                )
            solution = np.round(result.x)
        self._record(solution)

    def _record(self, solution: np.ndarray) -> None:
        np.minimum(self.seen_low, solution, out=self.seen_low)
        np.maximum(self.seen_high, solution, out=self.seen_high)


class InconsistentRelations(ValueError):
    """The published values contradict each other: no whole numbers satisfy the relations."""
