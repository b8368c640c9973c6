"""Tables as a reader sees them on the page (not as downloaded).

Streamlit's data grid prints a missing number as "None", English on every page and easy to
misread. A numeric column with gaps is therefore printed in the page's language, with the
dash every other missing value on the site uses; complete columns stay numeric, so they
still sort as numbers. Downloads keep the raw values.
"""

import pandas as pd

from prevention.i18n import Lang, number


def printed(table: pd.DataFrame, lang: Lang) -> pd.DataFrame:
    """A copy whose numeric columns with gaps are text: "1 234", "2,5" and "–" for a gap."""
    out = table.copy()
    for column in out.columns:
        values = out[column]
        if not pd.api.types.is_numeric_dtype(values) or pd.api.types.is_bool_dtype(values):
            continue
        if not values.isna().any():
            continue
        known = values.dropna()
        decimals = 0 if all(float(v).is_integer() for v in known) else 2
        out[column] = [number(v, lang, decimals=decimals) for v in values]
    return out
