"""An intruder that attacks the public downloads, independent of the product's own audit.

It reads only what anybody can download: the whole-dataset CSV of the data page and the files
of `python -m prevention export`, of every release it has kept. From area codes, parent codes
and category names it rebuilds the sums the tables imply (municipalities to their county,
counties and municipalities to the country, breakdown categories to their total), then asks
scipy's HiGHS for the smallest and largest whole number each hidden cell can hold. It never
imports prevention.disclosure: an audit that shares the product's relation model would share
its blind spots.

    python -m tests.intruder STORE [--earlier DOWNLOADS ...] [--save FOLDER] [--zeros-hidden]

STORE is a SQLite store (its downloads are written to a temporary folder, or to --save) or a
folder of downloads saved before; --earlier names the saved downloads of earlier releases.
"""

import argparse
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.optimize import LinearConstraint, milp
from scipy.sparse import csr_array

from tests.intruder_public import Release, publish, read_release

# The rule the site publishes, restated here rather than imported: a hidden count's interval
# must reach MIN_TOP at its top and be MIN_WIDTH wide, so nobody can pin it or tell it is
# small; under a published total below MIN_TOP it must run from 0 to that total.
MIN_TOP = 5
MIN_WIDTH = 4

Key = tuple[str, ...]  # indicator, period type, period label, unit, area, dimension, category
Var = tuple[Key, str]  # a cell's key and the release that last wrote its value


@dataclass(frozen=True)
class Interval:
    """What the intruder deduced about one hidden cell of the latest release."""

    key: Key
    low: float
    high: float  # inf when nothing bounds it from above
    small_total: float | None  # the smallest published total below MIN_TOP it is part of

    @property
    def protected(self) -> bool:
        """The published protection rule, for this one cell."""
        if self.small_total is not None:
            return self.low == 0 and self.high == self.small_total
        return self.high >= MIN_TOP and self.high - self.low >= MIN_WIDTH

    def __str__(self) -> str:
        indicator, _, period, unit, area, dimension, category = self.key
        where = f"{indicator} {period} {area}" + (
            f" {dimension}={category}" if dimension != "none" else ""
        )
        return f"{where} ({unit}): {self.low:g}..{self.high:g}"


@dataclass(frozen=True)
class _Relation:
    """sum(coefficient * cell) == 0, or >= 0 when some parts are missing from the tables.

    A soft relation is one the tables suggest but need not hold (a multi-year total from
    another publication may count differently): a contradiction drops it, not the attack.
    """

    terms: dict[Var, float]
    exact: bool
    total: Var
    parts: tuple[Var, ...]
    soft: bool = False


def attack(releases: list[Release], *, zeros_hidden: bool) -> list[Interval]:
    """Every hidden cell of the last release with the interval the intruder can deduce."""
    known: dict[Var, float] = {}
    unknown_low: dict[Var, float] = {}
    unknown_high: dict[Var, float] = {}
    relations: list[_Relation] = []
    for release in releases:
        cells = _versioned(release.observations)
        for var, value, status, reason in zip(
            cells["var"], cells["number"], cells["status"], cells["suppression"], strict=True
        ):
            if not np.isnan(value):
                known[var] = float(value)
                continue
            # A 0 is always published unless the methodology says otherwise.
            hidden = status == "suppressed" and not zeros_hidden
            unknown_low[var] = max(unknown_low.get(var, 0.0), 1.0 if hidden else 0.0)
            if reason == "primary":  # the old legend: "1-4: hidden to protect identities"
                unknown_high[var] = MIN_TOP - 1
        relations += _relations(cells, release.areas)
    latest = _versioned(releases[-1].observations)
    targets = [v for v, s in zip(latest["var"], latest["status"], strict=True) if s == "suppressed"]
    bounds = _solve(relations, known, (unknown_low, unknown_high), targets)
    small = _small_totals(_relations(latest, releases[-1].areas), known)
    return [Interval(v[0], *bounds[v], small.get(v)) for v in targets]


def _versioned(observations: pd.DataFrame) -> pd.DataFrame:
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


def _relations(cells: pd.DataFrame, areas: pd.DataFrame) -> list[_Relation]:
    """The sums the tables imply: categories to their total, areas to their ancestors."""
    where = {var[0]: var for var in cells["var"]}
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
                relations.append(_sum(var, present, exact=exact, soft=True))
    return relations


def _years(period_type: str, label: str) -> range | None:
    """The years of a multi-year period labelled "2018-2022", else None."""
    first, _, last = label.partition("-")
    if period_type != "multi_year" or not (first.isdigit() and last.isdigit()):
        return None
    return range(int(first), int(last) + 1)


def _sum(total: Var, parts: list[Var], *, exact: bool, soft: bool = False) -> _Relation:
    terms = {total: 1.0}
    for part in parts:
        terms[part] = terms.get(part, 0.0) - 1.0
    return _Relation(terms, exact, total, tuple(parts), soft)


def _small_totals(relations: list[_Relation], known: dict[Var, float]) -> dict[Var, float]:
    """Hidden parts of a published total below MIN_TOP, with the smallest such total."""
    small: dict[Var, float] = {}
    for relation in relations:
        total = known.get(relation.total)
        if total is not None and total < MIN_TOP:
            for part in relation.parts:
                if part not in known:
                    small[part] = min(small.get(part, total), total)
    return small


def _solve(
    relations: list[_Relation],
    known: dict[Var, float],
    limits: tuple[dict[Var, float], dict[Var, float]],
    targets: list[Var],
) -> dict[Var, tuple[float, float]]:
    """Min and max of every target, one block of linked unknowns at a time."""
    blocks = _blocks(relations, known)
    aimed = set(targets)
    result = {}
    for block_vars, block_relations in blocks.values():
        wanted = [v for v in block_vars if v in aimed]
        if wanted:
            result.update(_bound_block(block_vars, block_relations, known, limits, wanted))
    low, high = limits
    for var in targets:
        if var in known:  # an earlier release published the value it still holds
            result[var] = (known[var], known[var])
    for var in targets:  # in no relation at all: only what is known of it alone
        result.setdefault(var, (low.get(var, 0.0), high.get(var, float("inf"))))
    return result


def _blocks(
    relations: list[_Relation], known: dict[Var, float]
) -> dict[Var, tuple[list[Var], list[_Relation]]]:
    """Unknown cells joined when one relation holds both (union-find), with their relations."""
    parent: dict[Var, Var] = {}

    def root(var: Var) -> Var:
        while parent.setdefault(var, var) != var:
            parent[var] = parent[parent[var]]
            var = parent[var]
        return var

    useful = []
    for relation in relations:
        free = [v for v in relation.terms if v not in known]
        if free:
            useful.append((relation, free))
            root(free[0])  # a relation with one unknown still makes a block of it
            for other in free[1:]:
                parent[root(other)] = root(free[0])
    blocks: dict[Var, tuple[list[Var], list[_Relation]]] = {}
    for var in list(parent):
        blocks.setdefault(root(var), ([], []))[0].append(var)
    for relation, free in useful:
        blocks[root(free[0])][1].append(relation)
    return blocks


def _bound_block(
    variables: list[Var],
    relations: list[_Relation],
    known: dict[Var, float],
    limits: tuple[dict[Var, float], dict[Var, float]],
    wanted: list[Var],
) -> dict[Var, tuple[float, float]]:
    """Integer min and max of each wanted cell subject to the block's relations.

    Published tables that contradict a soft relation are attacked without the soft ones.
    """
    found = _bounds(variables, relations, known, limits, wanted)
    if found is None:
        hard = [relation for relation in relations if not relation.soft]
        found = _bounds(variables, hard, known, limits, wanted)
    if found is None:
        raise ValueError(f"the published tables contradict each other around {wanted[0]}")
    return found


def _bounds(
    variables: list[Var],
    relations: list[_Relation],
    known: dict[Var, float],
    limits: tuple[dict[Var, float], dict[Var, float]],
    wanted: list[Var],
) -> dict[Var, tuple[float, float]] | None:
    """Min and max of each wanted cell by HiGHS; None when the relations cannot all hold."""
    column = {var: i for i, var in enumerate(variables)}
    rows, cols, data, lower, upper = [], [], [], [], []
    for r, relation in enumerate(relations):
        constant = 0.0
        for var, coefficient in relation.terms.items():
            if var in known:
                constant += coefficient * known[var]
            else:
                rows.append(r)
                cols.append(column[var])
                data.append(coefficient)
        lower.append(-constant)
        upper.append(-constant if relation.exact else np.inf)
    matrix = csr_array((data, (rows, cols)), shape=(len(relations), len(variables)))
    constraint = LinearConstraint(matrix, lower, upper)
    low, high = limits
    bounds = (
        np.array([low.get(v, 0.0) for v in variables]),
        np.array([high.get(v, np.inf) for v in variables]),
    )
    integrality = np.ones(len(variables))
    result = {}
    for var in wanted:
        objective = np.zeros(len(variables))
        objective[column[var]] = 1.0
        least = milp(objective, constraints=constraint, integrality=integrality, bounds=bounds)
        most = milp(-objective, constraints=constraint, integrality=integrality, bounds=bounds)
        if least.status != 0:  # a lower bound always exists, so this is "infeasible"
            return None
        # HiGHS says "infeasible or unbounded" of a maximum once the minimum was feasible:
        # nothing bounds the cell from above.
        top = -most.fun if most.status == 0 else float("inf")
        result[var] = (round(least.fun), top if np.isinf(top) else round(top))
    return result


def notes_on_hidden(release: Release) -> list[str]:
    """Hidden cells that a download still describes in words (a note is read word for word)."""
    rows = release.observations
    noted = rows[(rows["status"] == "suppressed") & (rows["note"].fillna("") != "")]
    return [
        f"{row.indicator_code} {row.period_label} {row.area_code}: {row.note!r}"
        for row in noted.itertuples(index=False)
    ]


def revealed_groups(release: Release) -> list[str]:
    """Breakdowns whose published categories are all 0 beside hidden ones: the few people
    hidden there are known to share the hidden categories (a published 0 men: all women)."""
    rows = release.observations[release.observations["preferred"]]
    rows = rows[rows["breakdown_dimension"] != "none"]
    found = []
    group = ["indicator_code", "period_type", "period_label", "unit", "area_code"]
    for key, cells in rows.groupby([*group, "breakdown_dimension"], sort=True):
        hidden = cells["status"] == "suppressed"
        shown = cells.loc[~hidden, "number"].dropna()
        if hidden.any() and len(shown) and (shown == 0).all():
            categories = ", ".join(sorted(cells.loc[hidden, "breakdown_category"]))
            found.append(f"{key[0]} {key[2]} {key[4]}: everyone counted is {key[5]} {categories}")
    return found


@dataclass(frozen=True)
class Summary:
    """What the intruder found in one run."""

    hidden: int
    exact: int
    unprotected: list[Interval]
    notes: list[str]
    groups: list[str]
    seconds: float

    def __str__(self) -> str:
        lines = [
            f"hidden cells attacked: {self.hidden}; worked out exactly: {self.exact}; "
            f"narrower than the rule allows: {len(self.unprotected)}; "
            f"with a published note: {len(self.notes)}; "
            f"groups revealed by published zeros: {len(self.groups)} ({self.seconds:.1f} s)"
        ]
        lines += [f"  {cell}" for cell in self.unprotected[:20]]
        if len(self.unprotected) > 20:
            lines.append(f"  … and {len(self.unprotected) - 20} more")
        lines += [f"  note: {note}" for note in self.notes[:20]]
        lines += [f"  group: {group}" for group in self.groups[:20]]
        return "\n".join(lines)


def summarise(releases: list[Release], *, zeros_hidden: bool) -> Summary:
    """Attack, time it, and keep the cells that break the rule."""
    start = time.perf_counter()
    cells = attack(releases, zeros_hidden=zeros_hidden)
    return Summary(
        len(cells),
        sum(cell.low == cell.high for cell in cells),
        [cell for cell in cells if not cell.protected],
        notes_on_hidden(releases[-1]),
        revealed_groups(releases[-1]),
        time.perf_counter() - start,
    )


def main(argv: list[str] | None = None) -> int:
    """Publish a store's downloads (or read saved ones), attack them, print the summary."""
    parser = argparse.ArgumentParser(
        prog="python -m tests.intruder",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("store", type=Path, help="a SQLite store, or a folder of its downloads")
    parser.add_argument(
        "--earlier", type=Path, nargs="*", default=[], help="saved downloads of earlier releases"
    )
    parser.add_argument("--save", type=Path, help="keep the store's downloads in this folder")
    parser.add_argument(
        "--zeros-hidden",
        action="store_true",
        help="the methodology says a hidden cell may be 0 (else a hidden cell is at least 1)",
    )
    args = parser.parse_args(argv)
    earlier = [read_release(folder) for folder in args.earlier]
    with tempfile.TemporaryDirectory() as temporary:
        if args.store.is_dir():
            latest = read_release(args.store)
        else:
            latest = read_release(publish(args.store, args.save or Path(temporary)))
        summary = summarise([*earlier, latest], zeros_hidden=args.zeros_hidden)
    sys.stdout.write(f"{summary}\n")
    return 1 if summary.unprotected or summary.notes or summary.groups else 0


if __name__ == "__main__":
    sys.exit(main())
