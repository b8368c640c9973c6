"""Steps shared by build and ingest: which value is preferred, and disclosure before writing."""

from collections.abc import Sequence

import pandas as pd

from prevention.codes import NATIONAL
from prevention.example_layer import ILLUSTRATIVE_SOURCE
from prevention.release import disclosure, pooled

# The cell a figure describes; several sources may give one value each for the same key.
OBSERVATION_KEY = [
    "indicator_code",
    "area_code",
    "period_type",
    "period_label",
    "breakdown_dimension",
    "breakdown_category",
    "unit",
]
# Cells of one disclosure table add up to each other (areas and breakdown categories).
TABLE_KEY = ["indicator_code", "period_type", "period_label", "unit"]


def normalise_observations(observations: pd.DataFrame) -> pd.DataFrame:
    """Fill the optional columns so keys compare equal ("" breakdown, default status)."""
    frame = observations.copy()
    frame["breakdown_dimension"] = frame["breakdown_dimension"].fillna("none")
    frame["breakdown_category"] = frame["breakdown_category"].fillna("")
    frame["status"] = frame["status"].fillna("published")
    frame["value"] = pd.to_numeric(frame["value"], errors="raise").astype(float)
    if "suppression" not in frame.columns:
        frame["suppression"] = None
    if "year" in frame.columns:
        frame["year"] = pd.to_numeric(frame["year"]).astype("Int64")
    return frame


def mark_preferred(observations: pd.DataFrame, sources: pd.DataFrame) -> pd.DataFrame:
    """One preferred value per cell: lowest source tier, then the latest publication, then id.

    Official primary publications beat international reports, which beat press and other
    secondary sources; the other values stay in the store for "other sources say".
    """
    tiers = sources.set_index("source_id")["tier"].astype(int)
    years = pd.to_numeric(sources.set_index("source_id")["year"], errors="coerce").fillna(0)
    frame = observations.assign(
        _tier=observations["source_id"].map(tiers).fillna(9),
        _year=observations["source_id"].map(years).fillna(0),
        _has_value=observations["value"].notna() | (observations["status"] == "suppressed"),
    )
    frame = frame.sort_values(
        [*OBSERVATION_KEY, "_has_value", "_tier", "_year", "source_id"],
        ascending=[True] * len(OBSERVATION_KEY) + [False, True, False, True],
    )
    frame["preferred"] = ~frame.duplicated(OBSERVATION_KEY, keep="first")
    return frame.drop(columns=["_tier", "_year", "_has_value"]).sort_index()


def disclose(
    observations: pd.DataFrame,
    indicators: pd.DataFrame,
    areas: pd.DataFrame,
    hidden_before: pd.DataFrame | None = None,
    previous: pd.DataFrame | None = None,
    archived: Sequence[pd.DataFrame] = (),
) -> pd.DataFrame:
    """Suppress small personal counts below national level, with complementary cells.

    Preferred cells of one indicator and period form one table whatever their source, so the
    real national total and the municipal figures that add up to it are protected together.
    Cells hidden in the previous release (`hidden_before`, rows of OBSERVATION_KEY) stay
    hidden: publishing a revised value next to the old release's total would reveal the old one.
    `previous` (the replaced release's preferred real cells: key, value, status) enters the
    interval audit, so the new release hides what would narrow a cell read beside it.
    `archived` (`prevention.release.archive.history`: every earlier published release, true
    values behind its hidden cells) enters it too: an intruder may hold every release.
    The cells to archive for this release are left in `result.attrs["archive"]`.
    """
    personal = indicators.loc[
        (indicators["disclosure_class"] == "personal") & (indicators["value_kind"] == "count"),
        "code",
    ]
    # Derived rows of an earlier release are computed again from this one's true values.
    observations = observations[~pooled.derived_rows(observations)]
    in_scope = observations["indicator_code"].isin(personal) & observations["preferred"]
    if not in_scope.any():
        return observations
    cells = _cells(observations.loc[in_scope], hidden_before)
    replaced = []
    if previous is not None and not previous.empty:
        # The release being replaced, as an intruder holds it: published values, hidden cells.
        earlier = previous[previous["indicator_code"].isin(personal)]
        replaced.append(earlier.assign(hidden=earlier["status"] == disclosure.SUPPRESSED))
    history = [frame[frame["indicator_code"].isin(personal)] for frame in archived] + replaced
    tree = areas[["code", "level", "parent_code"]]
    protected = disclosure.suppress(cells, tree, history)
    # County and pooled three-year figures from the true values, where single years are
    # hidden: protected in a second pass like any other cell (they are relations too, and
    # the first pass's hidden cells stay hidden), they are what the maps and profiles show
    # where one year cannot be.
    first_hidden = protected["status"] == disclosure.SUPPRESSED
    extra = pooled.derive(observations.loc[in_scope], tree, first_hidden, observations)
    if not extra.empty:
        start = int(observations.index.max()) + 1
        extra.index = pd.RangeIndex(start, start + len(extra))
        observations = pd.concat([observations, extra])
        in_scope = observations["indicator_code"].isin(personal) & observations["preferred"]
        cells = _cells(observations.loc[in_scope], hidden_before)
        first = first_hidden[first_hidden].index
        cells.loc[first, "status"] = disclosure.SUPPRESSED
        # Only the derived rows that narrow nothing are kept: hiding a year published in
        # the first pass to save a pooled figure would show less, not more.
        kept = pooled.harmless(cells, extra.index, tree, history)
        dropped = extra.index.difference(kept)
        observations = observations.drop(index=dropped)
        cells = cells.drop(index=dropped)
        reasons = protected.loc[first, "suppression"]
        protected = disclosure.suppress(cells, tree, history)
        protected.loc[first, "suppression"] = reasons  # why the first pass hid them
    failing = protected.attrs["unprotected"]
    if failing and archived:
        # Cells that no suppression of this release protects from an intruder holding the
        # archived releases: refuse it, naming them. Those that fail beside the replaced
        # release alone (values short of their total, read by `check` and the release
        # comparison as published) were accepted before the archive and are not new here.
        alone = disclosure.suppress(cells, tree, replaced)
        failing = sorted(set(failing) - set(alone.attrs["unprotected"]))
    if failing and archived:
        named = cells.iloc[failing][OBSERVATION_KEY].astype(str).agg(" ".join, axis=1)
        raise DisclosureError(
            f"{len(failing)} hidden cells cannot be protected against an intruder holding "
            f"this and every earlier release: " + "; ".join(named.head(20))
        )
    result = observations.copy()
    for column in ("value", "status", "suppression"):
        result.loc[protected.index, column] = protected[column]
    # A secondary source's small count for a protected cell would undo the protection, and so
    # would any other row giving a hidden cell's count, under whatever unit.
    below_national = result["area_code"] != NATIONAL
    personal_rows = result["indicator_code"].isin(personal) & ~result["preferred"]
    stray = personal_rows & below_national & result["value"].between(1, disclosure.THRESHOLD - 1)
    same_cell = [key for key in OBSERVATION_KEY if key != "unit"]
    hidden_now = result.loc[result["status"] == disclosure.SUPPRESSED, same_cell]
    again = (
        result[same_cell]
        .astype(str)
        .merge(hidden_now.astype(str).drop_duplicates().assign(_hidden=True), how="left")["_hidden"]
        .eq(True)
        .to_numpy()
    )
    stray |= personal_rows & again & result["value"].notna()
    result.loc[stray, ["value", "status", "suppression"]] = [float("nan"), "suppressed", "primary"]
    # A note on a hidden cell ("1 victim: girl, 16") says what the hiding protects: notes
    # stay in the steward's archive (the seed, the submissions) and are never published.
    result.loc[result["status"] == disclosure.SUPPRESSED, "note"] = None
    result.attrs["archive"] = archive_cells(cells, protected, observations.loc[in_scope])
    return result


def _cells(rows: pd.DataFrame, hidden_before: pd.DataFrame | None) -> pd.DataFrame:
    """The cells under disclosure control, one table per indicator and period whatever the
    source; cells hidden in the release being replaced stay hidden."""
    cells = rows.assign(source_id="*")
    if hidden_before is not None and not hidden_before.empty:
        again = was_hidden(cells, hidden_before) & (cells["area_code"] != NATIONAL)
        cells.loc[again, "status"] = disclosure.SUPPRESSED
    return cells


def archive_cells(cells: pd.DataFrame, protected: pd.DataFrame, rows: pd.DataFrame) -> pd.DataFrame:
    """This release's real cells for the steward's archive: true value and whether hidden.

    Generated (illustrative) cells are left out: nobody is behind them (as in `hidden_cells`).
    """
    real = (rows["source_id"] != ILLUSTRATIVE_SOURCE).to_numpy()
    kept = cells.loc[real, OBSERVATION_KEY].copy()
    kept["value"] = cells.loc[real, "value"]
    kept["hidden"] = (protected.loc[kept.index, "status"] == disclosure.SUPPRESSED).to_numpy()
    return kept.reset_index(drop=True)


class DisclosureError(RuntimeError):
    """A release in which some hidden count cannot be protected; it is not published."""


def was_hidden(cells: pd.DataFrame, hidden_before: pd.DataFrame) -> pd.Series:
    """Which cells (by OBSERVATION_KEY) were suppressed in the previous release."""
    keys = hidden_before[OBSERVATION_KEY].astype(str).drop_duplicates()
    marked = cells[OBSERVATION_KEY].astype(str).merge(keys.assign(_hidden=True), how="left")
    return pd.Series(marked["_hidden"].eq(True).to_numpy(), index=cells.index)


def previous_cells(observations: pd.DataFrame) -> pd.DataFrame:
    """A release's preferred real cells as an intruder holds them (generated ones left out,
    as in `hidden_cells`)."""
    real = observations["source_id"] != ILLUSTRATIVE_SOURCE
    chosen = observations.loc[real & observations["preferred"].astype(bool)]
    return chosen[[*OBSERVATION_KEY, "value", "status"]]


def hidden_cells(observations: pd.DataFrame) -> pd.DataFrame:
    """The keys of a release's suppressed real cells, to carry into the next release.

    Generated (illustrative) cells are left out: their values are invented, so revealing them
    reveals nobody, and real figures replace them whole.
    """
    real = observations["source_id"] != ILLUSTRATIVE_SOURCE
    hidden = observations["status"] == disclosure.SUPPRESSED
    return observations.loc[real & hidden, OBSERVATION_KEY]


def split_measures(measures: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Seed measure rows -> measures, their institutions (lead, partners) and their areas."""
    frame = measures.copy()
    links = []
    places = []
    for row in frame.itertuples(index=False):
        if isinstance(row.lead_institution, str) and row.lead_institution:
            links.append((row.measure_id, row.lead_institution, "lead"))
        for partner in _split(row.partner_institutions):
            if partner != row.lead_institution:
                links.append((row.measure_id, partner, "partner"))
        for area in _split(row.areas) or [NATIONAL]:
            places.append((row.measure_id, area))
    frame["national"] = (
        frame["areas"].fillna(NATIONAL).str.split(";").apply(lambda a: NATIONAL in a)
    )
    frame = frame.drop(columns=["partner_institutions", "areas"])
    institutions = pd.DataFrame(links, columns=["measure_id", "institution", "role"])
    areas = pd.DataFrame(places, columns=["measure_id", "area_code"]).drop_duplicates()
    return frame, institutions.drop_duplicates(["measure_id", "institution"]), areas


def _split(value: object) -> list[str]:
    """A ";"-separated cell as a list, empty for a missing cell."""
    if not isinstance(value, str):
        return []
    return [part.strip() for part in value.split(";") if part.strip()]
