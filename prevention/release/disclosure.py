"""Small-cell suppression, primary and secondary, applied before anything reaches the store.

A table is the cells of one indicator, period, unit and source: its areas (country, counties,
municipalities) and breakdown categories add up to each other. Primary suppression hides the
small counts; secondary suppression hides more cells until no hidden count can be narrowed
too far by an intruder who holds every published value of this release and of every earlier
one (`history`: the steward's archive, `prevention.release.archive`, and the release being
replaced) and knows the relations and that counts are whole numbers
(`prevention.release.intervals` computes the interval each hidden count can be narrowed to;
`protected` says whether it is wide enough).
"""

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from prevention.release import intervals

# Counts of 1-4 victims, suspects or assisted persons in a county or municipality could point
# at identifiable people, so they are never published below national level. A 0 reveals no
# person, but one may be hidden where that protects a count beside it (see suppress).
# National counts are published as the institutions published them.
THRESHOLD = 5
# What an intruder may learn of a hidden count: its interval must reach MIN_TOP or more, so
# nobody can tell that it is small, and be MIN_WIDTH or more wide, so nobody can pin it
# ("1-4" cannot become "exactly 1" or "2 or 3"). Under a published total below THRESHOLD
# (a national count of 4 girls, say) the top cannot reach 5: there every cell below that total
# is hidden, zeros included, and each interval must run from 0 to that total.
MIN_TOP = 5
MIN_WIDTH = 4
# One observed cell: the same key in two releases is the same cell.
CELL_KEY = [
    "indicator_code", "area_code", "period_type", "period_label",
    "breakdown_dimension", "breakdown_category", "unit",
]  # fmt: skip

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


_Hierarchy = intervals.Hierarchy


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


def suppress(
    cells: pd.DataFrame, areas: pd.DataFrame, history: Sequence[pd.DataFrame] = ()
) -> pd.DataFrame:
    """Hide small counts below national level and enough other cells to protect them.

    `cells` hold the true values of one release (a cell already suppressed stays hidden);
    `history` the cells of every earlier published release (`value` true, `hidden`), which an
    intruder reads side by side with this one. Cells are added until every hidden count's
    interval passes `protected`; what cannot be protected is listed in
    `result.attrs["unprotected"]` (positions of `cells`) and the audit refuses the release.
    """
    result = cells.reset_index(drop=True)  # positions, whatever index the caller uses
    if "suppression" not in result.columns:
        result["suppression"] = None
    result["suppression"] = result["suppression"].astype(object)
    tree = _Hierarchy.of(areas)
    columns = _Columns.of(result)
    national = np.array([tree.levels.get(a) == "country" for a, _, _ in columns.cells], dtype=bool)
    values = columns.values
    small = ~national & (values >= 1) & (values <= THRESHOLD - 1)
    system = _System.of(result, areas, history)
    # Under a published total below the threshold every cell is hidden, zeros included.
    under_small = ~national & np.isfinite(system.caps(zero=False)[: len(result)])
    hidden = small | columns.hidden | under_small
    # Cells hidden in another period of the indicator are preferred as complements, so the
    # same municipalities stay hidden from year to year and the maps stay comparable.
    series = [
        (indicator, *cell)
        for indicator, cell in zip(result["indicator_code"].astype(str), columns.cells, strict=True)
    ]
    first = hidden.copy()
    unprotected = system.protect(hidden, series)
    # Then as `check` reads the release, without the true values: where the true values do
    # not add up (a source's categories short of its total), a reader still takes the
    # published ones to add up and may pin a hidden cell by that belief; hide more there.
    view = result.assign(
        value=np.where(hidden, np.nan, values),
        status=np.where(hidden, SUPPRESSED, result["status"]),
    )
    unprotected |= _System.of(view, areas, history).protect(hidden, series)
    result.loc[small | under_small, "suppression"] = "primary"
    result.loc[hidden & ~first, "suppression"] = "secondary"
    result.loc[hidden, ["value", "status"]] = [np.nan, SUPPRESSED]
    result.loc[hidden & result["suppression"].isna().to_numpy(), "suppression"] = "primary"
    result.index = cells.index
    result.attrs["unprotected"] = sorted(unprotected)
    return result


def audit(
    cells: pd.DataFrame,
    areas: pd.DataFrame,
    history: Sequence[pd.DataFrame] = (),
    *,
    link_hidden: bool = True,
) -> pd.DataFrame:
    """The hidden cells of a published release an intruder narrows too far: rows of `cells`
    (by label) with the interval (`low`, `high`) the intruder deduces.

    `cells` are published (hidden ones carry no value, so a hidden count may be 0); `history`
    holds earlier releases' cells (`value`, `hidden`). With `link_hidden`, a cell hidden in
    an earlier release and now is taken to be unchanged (one unknown), the worst case.
    """
    frame = cells.reset_index(drop=True)
    system = _System.of(frame, areas, history, link_hidden=link_hidden)
    hidden = np.zeros(len(system.values), dtype=bool)
    hidden[: len(frame)] = (frame["status"] == SUPPRESSED).to_numpy(dtype=bool)
    low, high, failing = system.audit(hidden, system.caps())
    failing = np.flatnonzero(failing[: len(frame)])
    # The witnessed range of a failing cell is its exact interval: both programs were solved.
    return pd.DataFrame({"low": low[failing], "high": high[failing]}, index=cells.index[failing])


def protected(low: np.ndarray, high: np.ndarray, cap: np.ndarray) -> np.ndarray:
    """Whether each hidden count's interval meets the rule (see MIN_TOP and MIN_WIDTH)."""
    normal = (high >= MIN_TOP) & (high - low >= MIN_WIDTH)
    under_small = (low == 0) & (high >= cap)
    return np.where(np.isfinite(cap), under_small, normal)


@dataclass
class _System:
    """Every cell an intruder reasons about: this release's cells, then earlier releases' cells
    whose true value differs (the same cell with an unchanged value is one variable).

    `values` are true values (NaN where nobody knows them), `known` the cells some release
    published, `old` the cells of earlier releases, which this release can no longer hide.
    """

    values: np.ndarray
    known: np.ndarray
    old: np.ndarray
    watched_old: np.ndarray
    national: np.ndarray
    relations: list[intervals.Relation]
    size: int  # cells of this release
    # The categories of each breakdown of this release (one table, area and dimension), with
    # or without a total cell beside them.
    breakdowns: list[np.ndarray]

    @classmethod
    def of(
        cls,
        frame: pd.DataFrame,
        areas: pd.DataFrame,
        history: Sequence[pd.DataFrame],
        *,
        link_hidden: bool = True,
    ) -> "_System":
        """The cells and relations of this release and of every earlier one."""
        levels = _Hierarchy.of(areas).levels
        values = frame["value"].to_numpy(dtype=float, copy=True)
        known = np.zeros(len(frame), dtype=bool)  # published earlier with the same value
        found = intervals.relations(frame, areas)
        where = {key: i for i, key in enumerate(_keys(frame))}
        extra: list[tuple[float, bool, bool, bool]] = []  # (value, published, national, hidden)
        for old in history:
            old = old.reset_index(drop=True)
            old_values = old["value"].to_numpy(dtype=float)
            old_hidden = old["hidden"].to_numpy(dtype=bool)
            old_keys = _keys(old)
            old_relations = intervals.relations(old, areas)
            kept = _unchanged_where_consistent(
                old_values, old_hidden, [where.get(k) for k in old_keys], values, old_relations
            )
            position = np.empty(len(old), dtype=int)
            for i, key in enumerate(old_keys):
                now = where.get(key)
                # Unknown in both (hidden, or in the worst case of a release comparison):
                # taken to be unchanged, the stronger position for an intruder; so is a cell
                # hidden before whose relations then still add up.
                same = now is not None and (
                    values[now] == old_values[i]
                    or (link_hidden and np.isnan(values[now]) and np.isnan(old_values[i]))
                    or (link_hidden and bool(kept[i]))
                )
                if now is not None and link_hidden and np.isnan(values[now]):
                    if not old_hidden[i] and not np.isnan(old_values[i]):
                        # Hidden now, published before: the worst case is that it is unchanged.
                        values[now], same = old_values[i], True
                if same:
                    position[i] = now
                    known[now] |= not old_hidden[i]
                else:
                    position[i] = len(frame) + len(extra)
                    published = not old_hidden[i] and not np.isnan(old_values[i])
                    country = levels.get(key[1]) == "country"
                    extra.append((old_values[i], published, country, bool(old_hidden[i])))
            found += [
                intervals.Relation(
                    int(position[r.total]),
                    tuple(int(position[p]) for p in r.parts),
                    r.kind,
                    r.exact,
                )
                for r in old_relations
            ]
        size = len(frame)
        found = _as_the_values_add_up(found, np.concatenate([values, [e[0] for e in extra]]))
        old_values_all = np.array([e[0] for e in extra], dtype=float)
        old_known = np.array([e[1] for e in extra], dtype=bool)
        national = np.array([levels.get(a) == "country" for a in frame["area_code"]], dtype=bool)
        return cls(
            values=np.concatenate([values, old_values_all]),
            known=np.concatenate([known, old_known]),
            old=np.arange(size + len(extra)) >= size,
            watched_old=np.concatenate(
                [np.zeros(size, dtype=bool), np.array([e[3] for e in extra], dtype=bool)]
            ),
            national=np.concatenate([national, np.array([e[2] for e in extra], dtype=bool)]),
            relations=found,
            size=size,
            breakdowns=_breakdowns(frame),
        )

    def caps(self, *, zero: bool = True) -> np.ndarray:
        """The published total below the threshold each cell lies under (inf if none).

        Only national totals are published below the threshold, so these are the totals. A
        national 0 caps its cells at 0 (a hidden 0 there is no narrower than the rule
        allows); with `zero` False only totals of 1-4, which force their cells hidden, count.
        """
        cap = np.full(len(self.values), np.inf)
        least = 0 if zero else 1
        small_total = self.national & (self.values >= least) & (self.values <= THRESHOLD - 1)
        for _ in range(4):  # country > county > municipality: the chain is at most this long
            for relation in self.relations:
                total = relation.total
                limit = self.values[total] if small_total[total] else cap[total]
                if np.isfinite(limit):
                    for part in relation.parts:
                        cap[part] = min(cap[part], limit)
        cap[self.national] = np.inf
        return cap

    def lower(self, cap: np.ndarray) -> np.ndarray:
        """Public lower bounds: 0 for every cell. The published rule says a hidden cell may
        be 0 (zeros are hidden where that protects), so nobody knows a hidden count is >= 1;
        an intruder who guesses so about every hidden cell is wrong wherever a 0 is hidden.
        `cap` (cells under a small total) needs no other bound: those run from 0 anyway."""
        return np.zeros(len(self.values))

    def audit(
        self, hidden: np.ndarray, cap: np.ndarray, only: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(low, high, failing) for every hidden, unpublished cell (of those in `only`)."""
        unknown = self._unknown(hidden)

        def enough(cells: np.ndarray, low: np.ndarray, high: np.ndarray) -> np.ndarray:
            return protected(low, high, cap[cells])

        low, high = intervals.intervals(
            self.values, unknown, self.lower(cap), self.relations, only, enough
        )
        # Only hidden counts are protected: a cell no source gave is simply not available.
        watched = unknown & (hidden | self.watched_old)
        if only is not None:
            watched &= only
        # A cell whose published neighbours do not add up has no interval (NaN): its
        # protection cannot be shown, so it fails too.
        failing = watched & (np.isnan(low) | ~protected(np.nan_to_num(low), high, cap))
        return low, high, failing

    def _unknown(self, hidden: np.ndarray) -> np.ndarray:
        """Cells an intruder does not hold: hidden now and never published with this value,
        not available, or hidden in the earlier release they belong to."""
        unknown = ~self.known & (hidden | np.isnan(self.values))
        unknown[self.old] = ~self.known[self.old]
        return unknown

    def protect(self, hidden: np.ndarray, series: list) -> set[int]:
        """Grow `hidden` (this release's cells) until every hidden count is protected.

        Each round audits the blocks that changed and gives each failing cell one more hidden
        cell beside it (several failing cells of one relation may each add one: fewer rounds). A
        cell the others pin exactly is published again at the end: its value is known anyway.
        Hiding a cell only widens the other intervals, so a cell that passed stays passed
        and each round audits only the cells that failed or were just hidden.
        """
        cap = self.caps()
        blocked = self.national | self.old | np.isnan(self.values)
        members: dict[int, list[int]] = {}
        for index, relation in enumerate(self.relations):
            for member in (relation.total, *relation.parts):
                members.setdefault(member, []).append(index)
        full = np.zeros(len(self.values), dtype=bool)
        full[: self.size] = hidden
        forced = full.copy()
        hidden_series = {series[i] for i in np.flatnonzero(hidden)}
        dirty = full | self.watched_old
        unprotected: set[int] = set()
        while True:
            grouped = self._group_rule(full, blocked)
            forced |= grouped
            dirty |= grouped
            low, high, failing = self.audit(full, cap, dirty)
            failing[list(unprotected)] = False
            # More hidden cells cannot make values that do not add up protect anything.
            contradicted = failing & np.isnan(low)
            unprotected.update(np.flatnonzero(contradicted).tolist())
            failing &= ~contradicted
            if not failing.any():
                break
            dirty = np.zeros(len(self.values), dtype=bool)
            for cell in np.flatnonzero(failing):
                need = max(MIN_TOP, low[cell] + MIN_WIDTH) - high[cell]
                choice = self._complement(
                    int(cell), need, full, blocked, members, series, hidden_series
                )
                if choice is None:
                    unprotected.add(int(cell))
                    continue
                full[choice] = True
                dirty[choice] = dirty[cell] = True
                hidden_series.add(series[choice])
            if not dirty.any():
                break
        # A hidden cell the others pin exactly protects nothing: an intruder knows it anyway,
        # so it is published as it is (which changes no other interval). That is a complement
        # hiding more than it had to, or a zero hidden by rule (group, small total).
        # Not done yet: such a zero's group then stays revealed; hiding the cells that pin it
        # (e.g. the county's published 0) is left to a later change.
        spare = full & ~(forced & ~(self.values == 0))
        if spare.any():
            low, high, failing = self.audit(full, cap, spare)
            known = failing & (low == high) & spare
            full[known] = False
            unprotected -= set(np.flatnonzero(known).tolist())
        hidden[:] = full[: self.size]
        return {cell for cell in unprotected if cell < self.size}

    def _group_rule(self, hidden: np.ndarray, blocked: np.ndarray) -> np.ndarray:
        """A breakdown whose published categories are all 0 beside hidden ones tells that every
        person of the group is in the hidden categories: hide those zeros too (returned)."""
        added = np.zeros(len(hidden), dtype=bool)
        for parts in self.breakdowns:
            shown = parts[~hidden[parts]]
            if len(shown) == len(parts) or not len(shown):
                continue
            if (self.values[shown] == 0).all() and not blocked[shown].any():
                hidden[shown] = added[shown] = True
        return added

    def _complement(
        self,
        cell: int,
        need: float,
        hidden: np.ndarray,
        blocked: np.ndarray,
        members: dict[int, list[int]],
        series: list,
        hidden_series: set,
    ) -> int | None:
        """The cheapest publishable cell that widens `cell`'s interval, nearest first.

        A cell that would not be the only unknown of its other relations is preferred (one
        that would, is pinned there and needs a complement of its own: this closes rectangles
        instead of starting chains), then a cell of at least the missing width (hiding less
        gains too little), then one hidden in another period (stable maps), then the smallest.
        """
        reached, seen = {cell}, set()
        while True:
            relations = {r for c in reached for r in members.get(c, []) if r not in seen}
            if not relations:
                return None
            seen |= relations
            around = {
                m for r in relations for m in (self.relations[r].total, *self.relations[r].parts)
            }
            candidates = [m for m in around if not hidden[m] and not blocked[m]]
            if candidates:

                def lonely(m: int) -> int:
                    """Relations where m would be the only unknown: each pins it again."""
                    return sum(
                        not any(
                            hidden[o] for o in (self.relations[r].total, *self.relations[r].parts)
                        )
                        for r in members.get(m, [])
                    )

                return min(
                    candidates,
                    key=lambda m: (
                        lonely(m),
                        self.values[m] < need,
                        series[m] not in hidden_series,
                        self.values[m] if self.values[m] >= need else -self.values[m],
                    ),
                )
            reached = {m for m in around if hidden[m]}


def _unchanged_where_consistent(
    old_values: np.ndarray,
    old_hidden: np.ndarray,
    now: list[int | None],
    values: np.ndarray,
    old_relations: list[intervals.Relation],
) -> np.ndarray:
    """Which cells hidden in an earlier release (value unknown here) can be taken to hold
    this release's true value: those whose earlier relations all still add up with it. An
    intruder guessing "unchanged" there is right as far as anything published can tell."""
    assumed = old_values.copy()
    candidate = np.zeros(len(old_values), dtype=bool)
    for i, position in enumerate(now):
        if old_hidden[i] and np.isnan(old_values[i]) and position is not None:
            if not np.isnan(values[position]):
                assumed[i], candidate[i] = values[position], True
    for relation in old_relations:
        members = [relation.total, *relation.parts]
        if not candidate[members].any():
            continue
        total, parts = assumed[relation.total], assumed[list(relation.parts)].sum()
        if np.isnan(total) or np.isnan(parts):
            continue
        if total < parts or (relation.exact and total != parts):
            candidate[members] = False
    return candidate


def _as_the_values_add_up(
    found: list[intervals.Relation], values: np.ndarray
) -> list[intervals.Relation]:
    """Relations as the known values bear them out: a breakdown whose categories fall short of
    its total (a source gave only some categories) bounds the total from below only, and one
    whose parts exceed it is no relation at all. Where a value is unknown the equality is
    kept: the worst case, and what an intruder would assume."""
    kept = []
    for relation in found:
        members = values[[relation.total, *relation.parts]]
        if np.isnan(members).any() or not relation.exact:
            kept.append(relation)
            continue
        total, parts = members[0], members[1:].sum()
        if total == parts:
            kept.append(relation)
        elif total > parts:
            kept.append(
                intervals.Relation(relation.total, relation.parts, relation.kind, exact=False)
            )
    return kept


def _breakdowns(frame: pd.DataFrame) -> list[np.ndarray]:
    """Positions of the categories of each (table, area, dimension), dimension not "none"."""
    key = [c for c in [*intervals.TABLE_KEY, "area_code", "breakdown_dimension"] if c in frame]
    categorised = frame["breakdown_dimension"].fillna("none").astype(str) != "none"
    positions = pd.Series(np.arange(len(frame)), index=frame.index)[categorised.to_numpy()]
    if positions.empty:
        return []
    grouped = positions.groupby([frame.loc[categorised, c].astype(str) for c in key], sort=False)
    return [group.to_numpy() for _, group in grouped if len(group) > 1]


def _keys(frame: pd.DataFrame) -> list[tuple[str, ...]]:
    """Each row's cell, as text: the same cell in two releases has the same key."""
    return list(zip(*(frame[c].fillna("").astype(str) for c in CELL_KEY), strict=True))


def derivable(cells: pd.DataFrame, areas: pd.DataFrame) -> list[Hashable]:
    """Labels of suppressed cells whose value follows exactly from the published cells.

    The linear test only (no whole numbers, no bounds): the interval audit (`audit`) is the
    one that decides; this stays as a second, independent check for the tests.
    """
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


def narrowed(
    cells: pd.DataFrame, areas: pd.DataFrame, history: Sequence[pd.DataFrame] = ()
) -> list[int]:
    """Hidden cells an intruder holding `history` narrows too far, as `suppress` tests them:
    `cells` with their true values and status (hidden ones `SUPPRESSED`), `history` earlier
    releases' true values and `hidden`. Positions: this release's cells first, then earlier
    releases' hidden cells whose value changed (an old hidden value revealed by the new one).
    """
    frame = cells.reset_index(drop=True)
    system = _System.of(frame, areas, history)
    hidden = np.zeros(len(system.values), dtype=bool)
    hidden[: len(frame)] = (frame["status"] == SUPPRESSED).to_numpy(dtype=bool)
    _, _, failing = system.audit(hidden, system.caps())
    return np.flatnonzero(failing).tolist()
