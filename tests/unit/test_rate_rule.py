"""The one count-versus-rate rule, pinned: trends, map, compare and profile all ask it."""

import pandas as pd
import pytest

from prevention.store import queries
from prevention.store.db import read_only_engine
from prevention.views.rates import rate_allowed

INDICATORS = pd.DataFrame(
    {
        "per_capita": [True, True, False, True, True],
        "value_kind": ["count", "amount", "count", "share", "flag"],
    },
    index=["victims", "budget", "plans", "share_trained", "has_plan"],
)


@pytest.mark.parametrize(
    ("code", "allowed"),
    [
        ("victims", True),  # a count of residents: a rate
        ("budget", False),  # money per resident is not this site's rate
        ("plans", False),  # a count, but not of residents
        ("share_trained", False),
        ("has_plan", False),
    ],
)
def test_rate_only_for_per_resident_counts(code, allowed):
    assert rate_allowed(INDICATORS, code) is allowed


def test_a_frame_without_value_kind_is_an_error_not_a_count():
    # The two old copies disagreed because one assumed "count" when the column was missing.
    with pytest.raises(KeyError):
        rate_allowed(INDICATORS.drop(columns="value_kind"), "victims")


def test_the_map_and_profile_frame_carries_value_kind(small_world):
    """municipal_indicators feeds the map and the profile: it must give the rule both columns."""
    frame = queries.municipal_indicators(read_only_engine(small_world), example=True)
    assert {"per_capita", "value_kind"} <= set(frame.columns)
    assert [code for code in frame.index if rate_allowed(frame, str(code))]
