"""A block's integer program answered through its linear relaxation, kept warm between objectives.

The audit solves one block for many objectives (each hidden cell's least and greatest
value). `scipy.optimize.milp` builds and presolves the program from scratch every time,
which is where the build's suppression spent its time. The relations are sums with
coefficients 0 and +-1, so the relaxation's optimal vertex is nearly always whole numbers;
one HiGHS model per block, re-solved from the last basis with only the objective changed,
answers most objectives in a fraction of the time.

Nothing is taken on trust from the relaxation: a solution is used only when its rounded
values satisfy every relation and bound exactly (so it is a genuine whole-number solution,
a valid witness), and it is called optimal only when a dual bound computed in exact integer
arithmetic (weak duality with rounded multipliers) proves that no whole-number solution does
better. Anything else goes back to `milp` (see prevention.release.intervals._Program).

HiGHS is reached through the copy scipy ships (`scipy.optimize._highspy`, what `milp`
itself runs on), so no second solver is installed. It is not a public scipy interface: if a
scipy release moves it, `available()` is False and every program goes to `milp` as before.
"""

import numpy as np
from scipy.sparse import csc_array

try:  # scipy's bundled HiGHS bindings (see the module docstring)
    from scipy.optimize._highspy import _core as _highs
except ImportError:  # pragma: no cover - depends on the scipy release
    _highs = None


def available() -> bool:
    """Whether the warm relaxation can be used with this scipy."""
    return _highs is not None and hasattr(_highs, "_Highs")


class Relaxation:
    """min objective @ x subject to row_lower <= A x <= row_upper and col_lower <= x <= col_upper,
    x whole numbers, answered through the linear relaxation where that is provably enough."""

    def __init__(
        self,
        matrix: csc_array,
        row_lower: np.ndarray,
        row_upper: np.ndarray,
        col_lower: np.ndarray,
        col_upper: np.ndarray,
    ) -> None:
        self.matrix = csc_array(matrix)
        self.row_lower, self.row_upper = row_lower, row_upper
        self.col_lower, self.col_upper = col_lower, col_upper
        size = self.matrix.shape[1]
        self.columns = np.arange(size, dtype=np.int32)
        lp = _highs.HighsLp()
        lp.num_col_, lp.num_row_ = size, self.matrix.shape[0]
        lp.a_matrix_.num_col_, lp.a_matrix_.num_row_ = size, self.matrix.shape[0]
        lp.a_matrix_.format_ = _highs.MatrixFormat.kColwise
        lp.col_cost_ = np.zeros(size)
        lp.col_lower_, lp.col_upper_ = col_lower, col_upper
        lp.row_lower_ = np.where(np.isfinite(row_lower), row_lower, -_highs.kHighsInf)
        lp.row_upper_ = np.where(np.isfinite(row_upper), row_upper, _highs.kHighsInf)
        lp.a_matrix_.start_ = self.matrix.indptr
        lp.a_matrix_.index_ = self.matrix.indices
        lp.a_matrix_.value_ = self.matrix.data
        self.highs = _highs._Highs()
        self.highs.setOptionValue("output_flag", False)
        # Only the objective changes between runs, so the last optimal basis stays feasible:
        # primal simplex goes on from it. Presolve would rebuild the program and lose it
        # (measured on a 1,129-cell block: 3.2 ms a run with the defaults, 0.8 ms so).
        self.highs.setOptionValue("presolve", "off")
        self.highs.setOptionValue("simplex_strategy", 4)  # primal
        self.ok = self.highs.passModel(lp) != _highs.HighsStatus.kError

    def solve(self, objective: np.ndarray) -> tuple[np.ndarray | None, bool]:
        """(x, optimal): a whole-number solution found through the relaxation and whether it is
        proven optimal, or (None, False) when the relaxation gives no usable one."""
        if not self.ok:
            return None, False
        self.highs.changeColsCost(len(self.columns), self.columns, objective.astype(float))
        if self.highs.run() == _highs.HighsStatus.kError:
            return None, False
        if self.highs.getModelStatus() != _highs.HighsModelStatus.kOptimal:
            return None, False  # infeasible or worse: milp says which
        solution = self.highs.getSolution()
        x = np.round(np.asarray(solution.col_value, dtype=float))
        if not self._feasible(x):
            return None, False
        value = float(objective @ x)
        # The relations and objectives are whole numbers, so the optimum is too: a proven
        # lower bound above value - 1 means no solution does better than x.
        duals = np.round(np.asarray(solution.row_dual, dtype=float))
        optimal = any(self._bound(objective, y) > value - 1 for y in (duals, -duals))
        return x, optimal

    def _feasible(self, x: np.ndarray) -> bool:
        """Every bound and relation holds exactly (whole numbers: no tolerance needed)."""
        if (x < self.col_lower).any() or (x > self.col_upper).any():
            return False
        rows = self.matrix @ x
        return bool(((rows >= self.row_lower) & (rows <= self.row_upper)).all())

    def _bound(self, objective: np.ndarray, y: np.ndarray) -> float:
        """A lower bound on objective @ x over the relaxation, for any multipliers y.

        objective @ x = y @ (A x) + (objective - A^T y) @ x, and each term is bounded below
        by the row and column bounds; exact for whole-number y and data of this size.
        """
        rows = np.where(
            y > 0,
            y * np.where(y > 0, self.row_lower, 0.0),
            np.where(y < 0, y * np.where(y < 0, self.row_upper, 0.0), 0.0),
        )
        reduced = objective - self.matrix.T @ y
        cols = np.where(
            reduced > 0,
            reduced * np.where(reduced > 0, self.col_lower, 0.0),
            np.where(reduced < 0, reduced * np.where(reduced < 0, self.col_upper, 0.0), 0.0),
        )
        total = float(rows.sum() + cols.sum())
        return total if np.isfinite(total) else -np.inf
