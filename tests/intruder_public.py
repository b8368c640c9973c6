"""The intruder's reading: the public downloads of one release, as files anybody can fetch.

`publish` writes them with the product's own public writers (the data page's whole-dataset
CSV and `python -m prevention export`); `read_release` then reads only those files, so what
the intruder knows is exactly what the site gives away.
"""

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

DATASET = "dataset.csv"
EXPORT = "export"
KEY = [
    "indicator_code",
    "period_type",
    "period_label",
    "unit",
    "area_code",
    "breakdown_dimension",
    "breakdown_category",
    "source_id",
    "release_id",
]
# Spreadsheet defusing puts an apostrophe before these (prevention.release.downloads).
_DEFUSED = ("'=", "'+", "'-", "'@", "'\t", "'\r")


@dataclass(frozen=True)
class Release:
    """One release as downloaded: its observations and the area tree."""

    # KEY, preferred, status, number (NaN when hidden or missing), suppression, note,
    # source_locator
    observations: pd.DataFrame
    areas: pd.DataFrame  # code, level, parent_code


def publish(store: Path, folder: Path) -> Path:
    """Write the store's public downloads into `folder`, as a reader would save them."""
    from prevention.release.export import export
    from prevention.store import queries
    from prevention.store.db import read_only_engine
    from prevention.views import methodology

    engine = read_only_engine(store)
    # With the example layer on the downloads hold the generated rows too, and anyone may
    # switch it on: the intruder reads that superset of what the default downloads hold.
    try:
        observations = queries.published_observations(engine, example=True)
        release = queries.current_release(engine)
    finally:
        engine.dispose()
    folder.mkdir(parents=True, exist_ok=True)
    dataset, _ = methodology.dataset_files(observations, release, example=True)
    (folder / DATASET).write_bytes(dataset)
    export(store, folder / EXPORT, example=True)
    return folder


def read_release(folder: Path) -> Release:
    """Both downloads of one release, merged: a value in either file is public."""
    frames = [_observations(_csv(folder / DATASET))]
    exported = folder / EXPORT / "observations.csv"
    if exported.exists():
        frames.append(_observations(_csv(exported)))
    rows = (
        pd.concat(frames, ignore_index=True)
        .groupby(KEY, as_index=False, dropna=False)
        .agg(
            number=("number", "max"),
            preferred=("preferred", "max"),
            status=("status", "first"),
            suppression=("suppression", "max"),  # "" sorts first: any stated reason wins
            note=("note", "max"),
            source_locator=("source_locator", "max"),
        )
    )
    areas = _csv(folder / EXPORT / "areas.csv")[["code", "level", "parent_code"]]
    return Release(rows, areas.replace("", None))


def _csv(path: Path) -> pd.DataFrame:
    """A download as text, with "code · English · Lithuanian" headers cut to the code."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    frame.columns = [str(column).split(" · ")[0] for column in frame.columns]
    return frame.apply(lambda column: column.map(_undefused))


def _undefused(text: str) -> str:
    return text[1:] if text.startswith(_DEFUSED) else text


def _observations(frame: pd.DataFrame) -> pd.DataFrame:
    """The columns the intruder uses, typed: a number where one is published."""
    rows = frame[KEY].copy()
    rows["release_id"] = rows["release_id"].astype(int)
    rows["preferred"] = frame["preferred"].str.lower().isin(["true", "1"])
    rows["status"] = frame["status"]
    rows["number"] = pd.to_numeric(frame["value"].replace("", None), errors="coerce")
    # Whatever else a download says about a hidden cell is public too: a reason for hiding it
    # ("primary" meant 1-4 on the old map legend) and its free-text note.
    rows["suppression"] = frame.get("suppression", pd.Series("", index=frame.index))
    rows["note"] = frame.get("note", pd.Series("", index=frame.index))
    # Where a figure comes from: a pooled or county figure the site computed says so here.
    rows["source_locator"] = frame.get("source_locator", pd.Series("", index=frame.index))
    return rows
