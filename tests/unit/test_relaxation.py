"""The warm relaxation answers an objective only when its whole-number solution is proven."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import Bounds, LinearConstraint, milp
from scipy.sparse import csc_array

from prevention.release import relaxation

pytestmark = pytest.mark.skipif(not relaxation.available(), reason="no bundled HiGHS")


def test_a_fractional_vertex_is_not_called_optimal():
    # Odd cycle: x1+x2, x2+x3, x1+x3 <= 1. The relaxation's best x1+x2+x3 is 1.5 (all 0.5),
    # the whole-number best is 1: the relaxation must not answer for the integer program.
    matrix = csc_array(np.array([[1.0, 1, 0], [0, 1, 1], [1, 0, 1]]))
    solver = relaxation.Relaxation(
        matrix, np.full(3, -np.inf), np.ones(3), np.zeros(3), np.full(3, 10.0)
    )
    x, optimal = solver.solve(-np.ones(3))
    assert x is None or not optimal


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(0, 6), min_size=6, max_size=6),
    st.integers(0, 5),
    st.sampled_from([1.0, -1.0]),
)
def test_a_proven_optimum_is_the_integer_optimum(values, target, sign):
    # A county of three municipalities and two categories (sex) per area: the relations the
    # audit writes, with some cells known. Where the relaxation claims an optimum, milp agrees.
    true = np.array(values, dtype=float)  # f1 f2 f3 m1 m2 m3
    rows = [[1, 1, 1, 0, 0, 0], [0, 0, 0, 1, 1, 1], [1, 0, 0, 1, 0, 0], [0, 1, 0, 0, 1, 0]]
    matrix = np.array(rows, dtype=float)
    rhs = matrix @ true
    objective = np.zeros(6)
    objective[target] = sign
    solver = relaxation.Relaxation(csc_array(matrix), rhs, rhs, np.zeros(6), np.full(6, 1e6))
    x, optimal = solver.solve(objective)
    best = milp(
        objective,
        integrality=np.ones(6),
        bounds=Bounds(np.zeros(6), np.full(6, 1e6)),
        constraints=LinearConstraint(matrix, rhs, rhs),
    )
    if x is not None:
        assert np.array_equal(matrix @ x, rhs) and (x >= 0).all()
    if optimal:
        assert objective @ x == pytest.approx(best.fun)
