"""The intruder's intervals: hand-built hierarchies, and suppression that passes its own audit."""

import numpy as np
import pandas as pd
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prevention.release import intervals
from prevention.release.disclosure import MIN_TOP, MIN_WIDTH, audit, suppress


def _areas(size: int) -> pd.DataFrame:
    rows = [{"code": "LT", "level": "country", "parent_code": None}]
    rows += [{"code": "C", "level": "county", "parent_code": "LT"}]
    rows += [{"code": f"M{i}", "level": "municipality", "parent_code": "C"} for i in range(size)]
    return pd.DataFrame(rows)


def _cells(values: dict[str, int]) -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"indicator_code": "x", "period_type": "year", "period_label": "2022",
             "unit": "persons", "source_id": "*", "area_code": area, "breakdown_dimension": "none",
             "breakdown_category": "", "value": float(value), "status": "published"}
            for area, value in values.items()
        ]
    )  # fmt: skip


def test_county_10_city_8_and_two_hidden_small_cells_are_each_1():
    # The example: 10 - 8 = 2 shared by two cells of at least 1.
    cells = _cells({"LT": 10, "C": 10, "M0": 8, "M1": 1, "M2": 1, "M3": 0})
    hidden = cells["area_code"].isin(["M1", "M2"]).to_numpy()
    found = intervals.relations(cells, _areas(4))
    low, high = intervals.intervals(
        cells["value"].to_numpy(), hidden, np.where(hidden, 1.0, 0.0), found
    )
    assert list(low[hidden]) == [1, 1] and list(high[hidden]) == [1, 1]


def test_a_cell_in_no_relation_is_bounded_by_public_knowledge_only():
    cells = _cells({"M0": 3})
    low, high = intervals.intervals(
        cells["value"].to_numpy(), np.array([True]), np.array([1.0]), []
    )
    assert low[0] == 1 and np.isinf(high[0])


def test_suppression_widens_the_example_until_it_passes():
    areas = _areas(4)
    result = suppress(_cells({"LT": 10, "C": 10, "M0": 8, "M1": 1, "M2": 1, "M3": 0}), areas)
    assert result.attrs["unprotected"] == []
    assert audit(result, areas).empty
    assert result.set_index("area_code").loc["LT", "value"] == 10


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.integers(0, 4), st.integers(0, 15)), min_size=2, max_size=6))
def test_random_counties_suppressed_pass_their_own_audit(counts):
    values = {f"M{i}": value for i, value in enumerate(counts)}
    values.update(C=sum(counts), LT=sum(counts))
    areas = _areas(len(counts))
    result = suppress(_cells(values), areas)
    failing = audit(result, areas)
    # Whatever could not be protected is said, never passed off as protected.
    assert set(failing.index) <= set(result.index[result.attrs["unprotected"]])
    assert ((failing["high"] < MIN_TOP) | (failing["high"] - failing["low"] < MIN_WIDTH)).all()


def _release(values: dict[str, int | None]) -> pd.DataFrame:
    """Published cells of one release: None marks a hidden cell."""
    frame = _cells({area: 0 if value is None else value for area, value in values.items()})
    hidden = frame["area_code"].map(lambda area: values[area] is None)
    frame.loc[hidden, ["value", "status"]] = [np.nan, "suppressed"]
    return frame.assign(id=range(1, len(frame) + 1))


def test_a_revision_that_narrows_an_earlier_release_is_named():
    from prevention.release.audit import _narrowed

    areas = _areas(4)
    # Alone, each release hides its cells well; read together, the first release's published
    # M0 and M3 and the second's M2 leave M1 = 17 - 8 - 5 - 0 = 4.
    before = _release({"LT": 17, "C": 17, "M0": 8, "M1": None, "M2": None, "M3": 0})
    after = _release({"LT": 17, "C": 17, "M0": None, "M1": None, "M2": 5, "M3": None})
    assert audit(before.drop(columns="id"), areas).empty
    assert audit(after.drop(columns="id"), areas).empty
    problems = _narrowed(before, after, areas)
    assert any("x M1 2022" in problem and "narrows to 4-4" in problem for problem in problems)


def test_a_complement_published_in_the_previous_release_is_not_relied_on():
    from prevention.release.audit import _narrowed

    areas = _areas(4)
    # The previous release hid M0 with M2 beside it and published M1 = 8. Alone, the new
    # release would hide M1 beside M0 (the smallest cell that is wide enough); read beside
    # the previous release, M1 is known, so another cell must be hidden.
    before = _release({"LT": 20, "C": 20, "M0": None, "M1": 8, "M2": None, "M3": 0})
    truth = _cells({"LT": 20, "C": 20, "M0": 2, "M1": 8, "M2": 10, "M3": 0})
    alone = suppress(truth, areas).set_index("area_code")
    assert alone.loc["M1", "status"] == "suppressed" and alone.loc["M2", "status"] == "published"
    history = [before.assign(hidden=before["status"] == "suppressed")]
    result = suppress(truth, areas, history)
    assert result.attrs["unprotected"] == []
    assert result.set_index("area_code").loc["M2", "status"] == "suppressed"
    assert _narrowed(before, result.assign(id=range(1, 7)), areas) == []
