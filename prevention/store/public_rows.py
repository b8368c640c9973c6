"""What no public reader may see of the store's observations, in one place.

The queries, the downloads and the export all pass observations through `public_rows`; it
lives with the store so that the queries need not import a release module to apply it.
"""

import pandas as pd

# Private to the store: why a cell was hidden (small, or to protect another) would tell a
# reader which hidden cells are small, so no download, export or page carries it.
PRIVATE_COLUMNS = ("suppression",)


def public_rows(observations: pd.DataFrame) -> pd.DataFrame:
    """Observations as anything public may show them: one status for a hidden cell, no note.

    A submission's note on a cell that ends up hidden may describe the people behind it
    ("1 victim: girl, 16"); the steward's archive keeps it, the public never sees it.
    """
    frame = observations.drop(columns=[c for c in PRIVATE_COLUMNS if c in observations.columns])
    if "note" in frame.columns and "status" in frame.columns:
        frame["note"] = frame["note"].where(frame["status"] != "suppressed", None)
    return frame
