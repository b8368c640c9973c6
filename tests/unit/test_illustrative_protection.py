"""An illustrative build is protected with nothing left over: its generated counts add up
across levels and categories, so every hidden cell can be protected by the rule."""

import pandas as pd

from prevention.build import _load_tables
from prevention.release import disclosure
from prevention.release.seed import SEED_DIR


def test_an_illustrative_build_leaves_no_unprotectable_cell(monkeypatch):
    left: list[int] = []
    suppress = disclosure.suppress

    def counted(cells: pd.DataFrame, *args, **kwargs) -> pd.DataFrame:
        result = suppress(cells, *args, **kwargs)
        left.append(len(result.attrs["unprotected"]))
        return result

    monkeypatch.setattr(disclosure, "suppress", counted)
    observations = _load_tables(SEED_DIR, illustrative=True)["observations"]
    assert left and left[-1] == 0 and max(left) == 0
    assert (observations["status"] == disclosure.SUPPRESSED).sum() > 0
