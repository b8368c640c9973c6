"""Which prevention measures duplicate each other, with an explanation a person can check.

The rule, in order:
1. Only measures of the same type for the same target group are compared (blocking). The same
   group reached by different types of work (training teachers, a campaign for pupils) is
   coordination, not duplication, and is never flagged.
2. They must overlap in time and share at least one place.
3. The score weighs text similarity (TEXT_WEIGHT), shared places (PLACE_WEIGHT, Jaccard of
   municipality sets: a national measure counts as all 60, so it shares little with a local
   one) and shared time (TIME_WEIGHT, overlap over the shorter period).
4. Pairs scoring at least the threshold, with texts at least MIN_TEXT alike, are flagged:
   "duplicate" when different institutions lead them, "continuity" when one institution
   repeats its own measure.
"""

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from prevention.explanations import AreaNames, explain
from prevention.text_similarity import TextIndex

TEXT_WEIGHT, PLACE_WEIGHT, TIME_WEIGHT = 0.6, 0.25, 0.15
# Chosen on tests/data/duplicate_pairs.csv, whose labels were generated from the same rules
# the engine applies (a circular check): these values are not an independent evaluation.
DEFAULT_THRESHOLD = 0.5
MIN_TEXT = 0.3
MUNICIPALITIES = 60
NATIONAL = "LT"
CHUNK = 512  # rows compared at once inside a block: bounds memory on large blocks

PAIR_COLUMNS = [
    "measure_a", "measure_b", "score", "kind", "measure_type", "target_group", "shared_areas",
    "shared_area_codes", "overlap_years", "text_similarity", "shared_words",
    "institutions_differ", "lead_a", "lead_b", "explanation_lt", "explanation_en",
]  # fmt: skip
# What the scoring itself yields; explain() adds the leads, shared words and sentences.
SCORED_COLUMNS = [c for c in PAIR_COLUMNS if c not in ("lead_a", "lead_b") and "expl" not in c]


@dataclass(frozen=True)
class OverlapResult:
    """Flagged pairs with their explanations, and groups of measures that duplicate."""

    pairs: pd.DataFrame
    groups: pd.DataFrame


def find_overlaps(
    measures: pd.DataFrame,
    threshold: float = DEFAULT_THRESHOLD,
    area_names: AreaNames | None = None,
) -> OverlapResult:
    """Flag duplicated and repeated measures; see the module docstring for the rule.

    `area_names` (code -> {"lt": ..., "en": ...}) names the shared places in explanations.
    """
    if measures.empty:
        return OverlapResult(pd.DataFrame(columns=PAIR_COLUMNS), _groups(pd.DataFrame(), measures))
    frame = _prepare(measures)
    index = TextIndex(frame["text_lt"], frame["text_en"])
    areas = _area_matrix(frame["areas"])
    # Plain lists for the per-pair work: a pandas row per pair costs more than the scoring.
    table = {
        column: frame[column].tolist()
        for column in ("measure_id", "lead", "areas", "measure_type", "target_group")
    }
    found = _scored_pairs(frame, table, index, areas, threshold)
    pairs = pd.DataFrame(found, columns=SCORED_COLUMNS)
    if pairs.empty:
        return OverlapResult(pd.DataFrame(columns=PAIR_COLUMNS), _groups(pairs, frame))
    pairs = explain(pairs, frame, area_names)
    pairs = pairs.sort_values("score", ascending=False, ignore_index=True)
    return OverlapResult(pairs[PAIR_COLUMNS], _groups(pairs, frame))


def _prepare(measures: pd.DataFrame) -> pd.DataFrame:
    """Texts per language, tuples for places and institutions, years as integers."""
    frame = measures.reset_index(drop=True).copy()
    for language in ("lt", "en"):
        title = frame.get(f"title_{language}", pd.Series("", index=frame.index)).fillna("")
        text = frame.get(f"description_{language}", pd.Series("", index=frame.index)).fillna("")
        frame[f"text_{language}"] = (title + " " + text).str.strip()
    frame["areas"] = frame["areas"].map(_as_tuple)
    frame["institutions"] = frame["institutions"].map(_as_tuple)
    frame["lead"] = frame["institutions"].map(lambda i: i[0] if i else "")
    frame["start_year"] = frame["start_year"].astype(int)
    frame["end_year"] = frame["end_year"].fillna(frame["start_year"]).astype(int)
    if "budget_eur" not in frame:
        frame["budget_eur"] = np.nan
    return frame


def _as_tuple(value: object) -> tuple[str, ...]:
    """A list cell from a DataFrame ("13;19", a list or a tuple) as a tuple of codes."""
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split(";") if part.strip())
    if isinstance(value, list | tuple | set | np.ndarray):
        return tuple(str(part) for part in value)
    return ()


def _area_matrix(areas: pd.Series) -> sparse.csr_matrix:
    """Measures x places; a national measure is marked in every municipality column."""
    codes = sorted({code for tuple_ in areas for code in tuple_ if code != NATIONAL})
    column = {code: i for i, code in enumerate(codes)}
    width = max(len(codes), MUNICIPALITIES)
    rows, cols = [], []
    for row, tuple_ in enumerate(areas):
        targets = range(width) if NATIONAL in tuple_ else [column[c] for c in tuple_]
        rows += [row] * len(targets)
        cols += list(targets)
    data = np.ones(len(rows), dtype=np.float32)
    return sparse.csr_matrix((data, (rows, cols)), shape=(len(areas), width))


def _scored_pairs(
    frame: pd.DataFrame, table: dict[str, list], index: TextIndex, areas: sparse.csr_matrix,
    threshold: float,
) -> list[tuple]:  # fmt: skip
    """Every qualifying pair: candidates of all blocks first, then their texts in one pass."""
    blocks = frame.groupby(["measure_type", "target_group"], sort=True).indices.values()
    a, b, overlap, common = (
        np.concatenate(parts)
        for parts in zip(*(_candidates(frame, members, areas) for members in blocks), strict=True)
    )
    text = index.pair_similarity(a, b)
    sizes = np.asarray(areas.sum(axis=1)).ravel()
    starts, ends = frame["start_year"].to_numpy(), frame["end_year"].to_numpy()
    place = common / (sizes[a] + sizes[b] - common)
    time = np.clip(overlap, 0, None) / (np.minimum(ends[a] - starts[a], ends[b] - starts[b]) + 1)
    score = TEXT_WEIGHT * text + PLACE_WEIGHT * place + TIME_WEIGHT * time
    leads = frame["lead"].to_numpy()
    # Different institutions one after the other is a hand-over, not a double.
    handover = (leads[a] != leads[b]) & (overlap <= 0)
    keep = np.flatnonzero((text >= MIN_TEXT) & (score >= threshold) & ~handover)
    found = [_pair(table, a[k], b[k], score[k], text[k], common[k], overlap[k]) for k in keep]
    return found


def _candidates(
    frame: pd.DataFrame, members: np.ndarray, areas: sparse.csr_matrix
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Pairs of one block that share time and place: (a, b, years overlapping, places shared).

    Periods and places are cheap to compare for every pair of a block, chunk by chunk; texts
    are then compared only for these pairs (about 7 % of a block at 10 000 measures).
    """
    starts = frame["start_year"].to_numpy()
    ends = frame["end_year"].to_numpy()
    found: list[tuple[np.ndarray, ...]] = []
    for offset in range(0, len(members), CHUNK):
        rows = members[offset : offset + CHUNK]
        cols = members[offset:]
        overlap = np.minimum(ends[rows][:, None], ends[cols][None, :]) - np.maximum(
            starts[rows][:, None], starts[cols][None, :]
        ) + 1  # fmt: skip
        # Consecutive repeats (overlap 0) stay candidates for continuity.
        candidate = (overlap >= 0) & (cols[None, :] > rows[:, None])
        if not candidate.any():
            continue
        shared = (areas[rows] @ areas[cols].T).toarray()
        i, j = np.nonzero(candidate & (shared > 0))
        found.append((rows[i], cols[j], overlap[i, j], shared[i, j]))
    if not found:
        empty = np.empty(0, dtype=np.int64)
        return empty, empty, empty, np.empty(0, dtype=np.float32)
    return tuple(np.concatenate(parts) for parts in zip(*found, strict=True))  # type: ignore[return-value]


def _pair(
    table: dict[str, list], a: int, b: int, score: float, text: float, shared: float,
    overlap: int,
) -> tuple:  # fmt: skip
    """One flagged pair: duplicate across institutions, continuity within one."""
    same_lead = table["lead"][a] == table["lead"][b]
    kind = "continuity" if same_lead else "duplicate"
    codes = _shared_places(table["areas"][a], table["areas"][b])
    return (
        table["measure_id"][a], table["measure_id"][b], round(float(score), 3), kind,
        table["measure_type"][a], table["target_group"][a], int(shared), ";".join(codes[:60]),
        int(max(overlap, 0)), round(float(text), 3), "", not same_lead,
    )  # fmt: skip


def _shared_places(left: tuple[str, ...], right: tuple[str, ...]) -> list[str]:
    """The places two measures share: a national measure shares every place of the other."""
    if NATIONAL in left:
        return sorted(right)
    if NATIONAL in right:
        return sorted(left)
    return sorted(set(left) & set(right))


def _groups(pairs: pd.DataFrame, frame: pd.DataFrame) -> pd.DataFrame:
    """Connected components of duplicate pairs, largest combined budget first."""
    columns = ["group_id", "measure_ids", "n_measures", "institutions", "areas", "start_year",
               "end_year", "combined_budget", "measure_type", "target_group"]  # fmt: skip
    if pairs.empty or "kind" not in pairs or not (pairs["kind"] == "duplicate").any():
        return pd.DataFrame(columns=columns)
    duplicates = pairs[pairs["kind"] == "duplicate"]
    position = {m: i for i, m in enumerate(frame["measure_id"])}
    a = duplicates["measure_a"].map(position).to_numpy()
    b = duplicates["measure_b"].map(position).to_numpy()
    graph = sparse.coo_matrix((np.ones(len(a)), (a, b)), shape=(len(frame), len(frame)))
    _, labels = connected_components(graph, directed=False)
    members = pd.Series(labels[np.union1d(a, b)], index=np.union1d(a, b))
    rows = []
    for _, group in members.groupby(members):
        part = frame.iloc[group.index]
        rows.append({
            "measure_ids": tuple(part["measure_id"]),
            "n_measures": len(part),
            "institutions": tuple(sorted({i for t in part["institutions"] for i in t})),
            "areas": tuple(sorted({c for t in part["areas"] for c in t})),
            "start_year": int(part["start_year"].min()),
            "end_year": int(part["end_year"].max()),
            "combined_budget": float(part["budget_eur"].sum(min_count=1) or 0.0),
            "measure_type": part["measure_type"].iloc[0],
            "target_group": part["target_group"].iloc[0],
        })  # fmt: skip
    groups = pd.DataFrame(rows).sort_values(
        ["combined_budget", "n_measures"], ascending=False, ignore_index=True
    )
    groups.insert(0, "group_id", [f"G{i + 1:03d}" for i in range(len(groups))])
    return groups[columns]
