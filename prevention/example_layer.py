"""The example layer: generated (illustrative) data is shown only when a visitor asks for it.

Journalists quote this site, so what it shows by default must be real. Generated figures and
measures stay in the store (the duplicate finder and the maps need something to show before
institutions submit theirs) but every query drops them unless `example=True` is passed, and the
page asks for them only when the visitor switched the layer on (`?example=1`).

The rules, in one place:
- off (default): no generated value, generated measure or example institution leaves the store;
- on: every row says whether it is generated (`illustrative`), and generated values are never
  summed, ranked or averaged with real ones: they go in their own series or table.
"""

import pandas as pd

# The source id every generated observation cites (seeded by `demo-data`).
ILLUSTRATIVE_SOURCE = "ILLUSTRATIVE"
# The URL parameter, and the only value that switches the layer on.
PARAM = "example"
ON = "1"


def is_on(raw: object) -> bool:
    """Whether a URL value switches the layer on: only "1"; anything else is off."""
    return str(raw) == ON if raw is not None else False


def observation_flags(frame: pd.DataFrame) -> pd.Series:
    """True for each generated observation row (it cites the illustrative source)."""
    if "source_id" in frame.columns:
        return frame["source_id"].astype(str).eq(ILLUSTRATIVE_SOURCE)
    if "status" in frame.columns:
        return frame["status"].astype(str).eq("illustrative")
    return pd.Series(False, index=frame.index)


def flagged(frame: pd.DataFrame, flags: pd.Series) -> pd.DataFrame:
    """A copy of `frame` with an `illustrative` column first, true on every generated row."""
    result = frame.copy()
    if "illustrative" in result.columns:
        result = result.drop(columns="illustrative")
    result.insert(0, "illustrative", flags.reindex(result.index).fillna(False).astype(bool))
    return result


def split(frame: pd.DataFrame, flags: pd.Series) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(real rows, generated rows): so the two are drawn or totalled apart, never together."""
    mask = flags.reindex(frame.index).fillna(False).astype(bool)
    return frame[~mask], frame[mask]


def generated_rows(table: str, frame: pd.DataFrame, generated_measures: set[str]) -> pd.Series:
    """True for each row of a store table that is generated (for the export).

    Sources and observations are generated when they are the illustrative source or cite it;
    institutions and measures carry their own flag; a measure's places and institutions are
    generated with it. Areas, population, indicators and releases are never generated.
    """
    if table in ("sources", "observations"):
        return frame["source_id"].astype(str).eq(ILLUSTRATIVE_SOURCE)
    if table in ("institutions", "measures"):
        return frame["illustrative"].fillna(False).astype(bool)
    if table in ("measure_institutions", "measure_areas"):
        return frame["measure_id"].astype(str).isin(generated_measures)
    return pd.Series(False, index=frame.index)
