"""The intruder's arithmetic: each hidden cell's smallest and largest whole number, by HiGHS.

Unknown cells that share a relation form a block (union-find); each block is one small
integer program, solved twice per hidden cell (min and max) with scipy.optimize.milp.
"""

import numpy as np
from scipy.optimize import LinearConstraint, milp
from scipy.sparse import csr_array

from tests.intruder_relations import Relation, Var


def solve(
    relations: list[Relation],
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
    relations: list[Relation], known: dict[Var, float]
) -> dict[Var, tuple[list[Var], list[Relation]]]:
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
    blocks: dict[Var, tuple[list[Var], list[Relation]]] = {}
    for var in list(parent):
        blocks.setdefault(root(var), ([], []))[0].append(var)
    for relation, free in useful:
        blocks[root(free[0])][1].append(relation)
    return blocks


def _bound_block(
    variables: list[Var],
    relations: list[Relation],
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
    relations: list[Relation],
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
