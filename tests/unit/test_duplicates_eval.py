"""The duplicate finder against pairs labelled by meaning: precision and recall at the default."""

from pathlib import Path

import pandas as pd

from prevention.duplicates import DEFAULT_THRESHOLD, find_overlaps

PAIRS = Path(__file__).resolve().parents[1] / "data" / "duplicate_pairs.csv"
FIELDS = [
    "title_lt", "title_en", "description_lt", "description_en", "measure_type",
    "target_group", "institutions", "areas", "start_year", "end_year", "budget_eur",
]  # fmt: skip


def predictions(threshold: float = DEFAULT_THRESHOLD) -> pd.DataFrame:
    """What the engine says of each labelled pair, all pairs run together as one corpus.

    One corpus gives text weights (IDF) like a real store's. Places are prefixed with the
    pair's number so measures of different pairs never share a municipality; a national
    measure still covers every place, as it should.
    """
    labelled = pd.read_csv(PAIRS, dtype=str, keep_default_na=False)
    measures = []
    for index, row in labelled.iterrows():
        for side in ("a", "b"):
            measure = {"measure_id": f"{index}-{side}", **{f: row[f"{side}_{f}"] for f in FIELDS}}
            measure["areas"] = ";".join(
                code if code == "LT" else f"{index}:{code}" for code in measure["areas"].split(";")
            )
            measures.append(measure)
    frame = pd.DataFrame(measures)
    frame["budget_eur"] = pd.to_numeric(frame["budget_eur"])
    pairs = find_overlaps(frame, threshold=threshold).pairs
    kinds = dict(zip(zip(pairs["measure_a"], pairs["measure_b"], strict=True), pairs["kind"],
                     strict=True))  # fmt: skip
    predicted = [kinds.get((f"{i}-a", f"{i}-b"), "none") for i in labelled.index]
    return labelled.assign(predicted=predicted)


def test_labelled_set_is_large_and_varied():
    labelled = pd.read_csv(PAIRS, dtype=str, keep_default_na=False)
    assert len(labelled) >= 150
    assert set(labelled["label"]) == {"duplicate", "complementary", "unrelated", "continuity"}
    assert labelled["reason"].str.len().gt(10).all()


def test_precision_and_recall_of_the_default_threshold():
    result = predictions()
    flagged = result["predicted"] == "duplicate"
    actual = result["label"] == "duplicate"
    true_positives = int((flagged & actual).sum())
    precision = true_positives / max(int(flagged.sum()), 1)
    recall = true_positives / max(int(actual.sum()), 1)
    print("\nconfusion (rows: label, columns: predicted)")
    print(pd.crosstab(result["label"], result["predicted"]))
    print(f"precision {precision:.3f}, recall {recall:.3f} at threshold {DEFAULT_THRESHOLD}")
    assert precision >= 0.9
    assert recall >= 0.9


def test_continuity_is_told_apart_from_duplication():
    result = predictions()
    repeats = result[result["label"] == "continuity"]
    assert (repeats["predicted"] == "continuity").mean() >= 0.9
