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


# Group ids of generated duplicate groups: "E001", never confused with a real "G001".
EXAMPLE_GROUP_PREFIX = "E"


def separate_duplicates(
    measures: pd.DataFrame, threshold: float, area_names: dict | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(pairs, groups) of duplicated measures, real and generated ones searched apart.

    A real measure is never called a duplicate of an invented one, and a group's combined
    budget never adds invented money to real money.
    """
    from prevention.duplicates.engine import find_duplicates

    flags = measures["illustrative"].astype(bool)
    real = find_duplicates(measures[~flags], threshold, area_names)
    if not flags.any():
        return real.pairs, real.groups
    generated = find_duplicates(measures[flags], threshold, area_names)
    example_groups = generated.groups.assign(
        group_id=[EXAMPLE_GROUP_PREFIX + str(g)[1:] for g in generated.groups["group_id"]]
    )
    # Empty parts are left out of the joins: concatenating empty frames loses column types.
    pairs = _joined([real.pairs, generated.pairs])
    if not pairs.empty:
        pairs = pairs.sort_values("score", ascending=False, ignore_index=True)
    return pairs, _joined([real.groups, example_groups])


def _joined(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """The non-empty frames one under the other (the first frame when all are empty)."""
    filled = [frame for frame in frames if not frame.empty]
    if not filled:
        return frames[0]
    return pd.concat(filled, ignore_index=True) if len(filled) > 1 else filled[0]


def with_flag_column(table: pd.DataFrame, frame: pd.DataFrame, label: str) -> pd.DataFrame:
    """`table` (one row per row of `frame`) with a first column flagging generated rows.

    Added only when some row is generated, so real views keep their columns; hidden rows are
    flagged too (by their source, not their status).
    """
    flags = observation_flags(frame)
    if not flags.any():
        return table
    result = table.copy()
    result.insert(0, label, flags.to_numpy())
    return result
