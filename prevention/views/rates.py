"""The one count-versus-rate rule: when a figure may be shown per 100 000 residents.

Trends, the map, comparisons and the municipality profile all offer "per 100 000" through
this rule, so that one indicator never has a rate on one page and not on another.
"""

import pandas as pd


def rate_allowed(indicators: pd.DataFrame, code: str) -> bool:
    """Per 100 000 only for counts that are meant per resident.

    A budget (value kind "amount"), a share or a yes/no flag divided by the population
    means nothing, and neither does a count of things that are not about residents
    (per_capita false, say the number of plans). Both columns are required: a frame
    without value_kind is a caller's mistake, not a silent "count".
    """
    row = indicators.loc[code]
    return bool(row["per_capita"]) and row["value_kind"] == "count"
