"""Which prevention measures duplicate each other, with an explanation a person can check.

The rule, in order:
1. Measures are compared within blocks of related codes: the same or a neighbouring type
   (a lecture is filed as awareness by one institution and as training by another) for the
   same or a neighbouring target group (schoolchildren and youth; the professions). The
   explanation says when the codes differ. Unrelated kinds of work for one group (training
   teachers, a campaign for pupils) are coordination, not duplication, and are never compared.
2. They must overlap in time and share at least one place. A national or regional measure that
   reaches a local one's place shares that place: the share is counted over the smaller
   measure's places, not over all 60.
3. Who the work is for, as the texts say it (police, prosecutors, judges, social workers,
   teachers, pupils of which grades, families at risk, employers, …), must not differ: when both
   texts name their people and none are in common, the measures are different work.
4. The score weighs text similarity (TEXT_WEIGHT: wording and concepts, text_similarity),
   shared places (PLACE_WEIGHT) and shared time (TIME_WEIGHT, overlap over the shorter period).
   Pairs scoring at least the threshold, with texts at least MIN_TEXT alike (MIN_TEXT_NEIGHBOUR
   when their codes differ), are flagged: "duplicate" when different institutions lead them,
   "continuity" when one institution repeats its own measure.
"""

from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from prevention.codes import NATIONAL
from prevention.duplicates.explanations import AreaNames, explain, objects
from prevention.duplicates.measure_features import audience_conflict, bitmasks, block_key
from prevention.duplicates.measure_reading import read_both
from prevention.duplicates.text_similarity import TextIndex

TEXT_WEIGHT, PLACE_WEIGHT, TIME_WEIGHT = 0.6, 0.25, 0.15
# Kept from the earlier engine or chosen on tests/data/duplicates/tuning.csv only;
# tests/data/duplicates/frozen.csv measures them (duplicates/evaluation.py) and was never used
# to choose them. On the tuning split the least alike duplicate's texts were 0.46 alike and a
# complementary pair with neighbouring codes 0.42: when the type or group codes differ, the
# texts must say more than MIN_TEXT.
DEFAULT_THRESHOLD = 0.5
MIN_TEXT = 0.3
MIN_TEXT_NEIGHBOUR = 0.45
MUNICIPALITIES = 60
CHUNK = 512  # rows compared at once inside a block: bounds memory on large blocks

PAIR_COLUMNS = [
    "measure_a", "measure_b", "score", "kind", "measure_type", "target_group", "shared_areas",
    "shared_area_codes", "overlap_years", "text_similarity", "shared_words",
    "institutions_differ", "lead_a", "lead_b", "measure_type_b", "target_group_b",
    "explanation_lt", "explanation_en",
]  # fmt: skip


@dataclass(frozen=True)
class DuplicateResult:
    """Flagged pairs with their explanations, and groups of measures that duplicate."""

    pairs: pd.DataFrame
    groups: pd.DataFrame


def find_duplicates(
    measures: pd.DataFrame,
    threshold: float = DEFAULT_THRESHOLD,
    area_names: AreaNames | None = None,
) -> DuplicateResult:
    """Flag duplicated and repeated measures; see the module docstring for the rule.

    `area_names` (code -> {"lt": ..., "en": ...}) names the shared places in explanations.
    """
    if measures.empty:
        return DuplicateResult(
            pd.DataFrame(columns=PAIR_COLUMNS), _groups(pd.DataFrame(), measures)
        )
    frame = _prepare(measures)
    readings = [
        read_both(lt, en) for lt, en in zip(frame["text_lt"], frame["text_en"], strict=True)
    ]
    frame["reading"] = readings
    index = TextIndex(frame["text_lt"], frame["text_en"], readings)
    areas = _area_matrix(frame["areas"])
    # Plain lists for the per-pair work: a pandas row per pair costs more than the scoring.
    table = {
        column: frame[column].tolist()
        for column in ("measure_id", "lead", "areas", "measure_type", "target_group")
    }
    pairs = _scored_pairs(frame, table, index, areas, threshold, readings)
    if pairs.empty:
        return DuplicateResult(pd.DataFrame(columns=PAIR_COLUMNS), _groups(pairs, frame))
    pairs = explain(pairs, frame, area_names)
    pairs = pairs.sort_values("score", ascending=False, ignore_index=True)
    return DuplicateResult(pairs[PAIR_COLUMNS], _groups(pairs, frame))


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
    threshold: float, readings: list,
) -> pd.DataFrame:  # fmt: skip
    """Every qualifying pair: candidates of all blocks first, then their texts in one pass."""
    keys = [
        block_key(k, g)
        for k, g in zip(frame["measure_type"].tolist(), frame["target_group"].tolist(), strict=True)
    ]
    blocks = pd.Series(range(len(frame))).groupby(keys, sort=True).indices.values()
    a, b, overlap, common = (
        np.concatenate(parts)
        for parts in zip(*(_candidates(frame, members, areas) for members in blocks), strict=True)
    )
    leads = frame["lead"].to_numpy()
    # Different institutions one after the other is a hand-over, not a double; and measures
    # whose texts name different people are different work. Both are cheap: drop them before
    # comparing texts.
    audience, grade = bitmasks(readings)
    other_people = audience_conflict(audience[a], audience[b]) | audience_conflict(
        grade[a], grade[b]
    )
    handover = (leads[a] != leads[b]) & (overlap <= 0)
    alive = np.flatnonzero(~handover & ~other_people)
    a, b, overlap, common = a[alive], b[alive], overlap[alive], common[alive]
    text = index.pair_similarity(a, b)
    sizes = np.asarray(areas.sum(axis=1)).ravel()
    starts, ends = frame["start_year"].to_numpy(), frame["end_year"].to_numpy()
    # A national measure reaching a local one's place shares all of the local measure's places.
    place = common / np.minimum(sizes[a], sizes[b])
    time = np.clip(overlap, 0, None) / (np.minimum(ends[a] - starts[a], ends[b] - starts[b]) + 1)
    score = TEXT_WEIGHT * text + PLACE_WEIGHT * place + TIME_WEIGHT * time
    kinds, groups = frame["measure_type"].to_numpy(), frame["target_group"].to_numpy()
    neighbour = (kinds[a] != kinds[b]) | (groups[a] != groups[b])
    floor = np.where(neighbour, MIN_TEXT_NEIGHBOUR, MIN_TEXT)
    keep = np.flatnonzero((text >= floor) & (score >= threshold))
    a, b = a[keep], b[keep]
    ids = frame["measure_id"].to_numpy()
    same_lead = leads[a] == leads[b]
    places_of = table["areas"]
    shared_codes: dict[tuple, str] = {}  # measures repeat a few place lists: join each once
    return pd.DataFrame({
        "measure_a": objects(ids[a]), "measure_b": objects(ids[b]),
        "score": np.round(score[keep].astype(float), 3),
        "kind": objects(np.where(same_lead, "continuity", "duplicate")),
        "measure_type": objects(kinds[a]), "target_group": objects(groups[a]),
        "shared_areas": common[keep].astype(int),
        "shared_area_codes": objects([
            shared_codes.get((places_of[i], places_of[j]))
            or shared_codes.setdefault(
                (places_of[i], places_of[j]),
                ";".join(_shared_places(places_of[i], places_of[j])[:MUNICIPALITIES]),
            )
            for i, j in zip(a.tolist(), b.tolist(), strict=True)
        ]),
        "overlap_years": np.clip(overlap[keep], 0, None).astype(int),
        "text_similarity": np.round(text[keep].astype(float), 3), "institutions_differ": ~same_lead,
        "measure_type_b": objects(kinds[b]), "target_group_b": objects(groups[b]),
    })  # fmt: skip


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
