"""How well the duplicate finder does on labelled pairs: precision and recall with intervals.

The labelled pairs live in tests/data/duplicates/ (README there: how they were written and
labelled). `python -m prevention.duplicates.evaluation` scores the frozen split and writes
duplicate_evaluation.json beside this module; the methodology and duplicates pages read that
file, so the published figures are the computed ones, never typed in.
"""

import json
import math
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

import pandas as pd

from prevention.codes import NATIONAL
from prevention.i18n import Lang, number, t

REPO_ROOT = Path(__file__).resolve().parents[2]
PAIRS_DIR = REPO_ROOT / "tests" / "data" / "duplicates"
RESULT = Path(__file__).with_name("duplicate_evaluation.json")
SIDES = ("a", "b")
FIELDS = [
    "title_lt", "description_lt", "measure_type", "target_group", "institutions", "areas",
    "start_year", "end_year",
]  # fmt: skip
# The default threshold, as prevention.duplicates.engine has it; that module (and scikit-learn) is
# imported only when pairs are scored, so pages that read the written figures stay light.
DEFAULT_THRESHOLD = 0.5
Z95 = 1.959964  # the normal quantile for a two-sided 95 % interval


@dataclass(frozen=True)
class Evaluation:
    """Counts and rates on one labelled split."""

    split: str
    pairs: int
    duplicates: int
    flagged: int
    true_positives: int
    precision: float
    precision_low: float
    precision_high: float
    recall: float
    recall_low: float
    recall_high: float
    threshold: float


def read_pairs(split: str) -> pd.DataFrame:
    """One labelled split (frozen or tuning) as written."""
    return pd.read_csv(PAIRS_DIR / f"{split}.csv", dtype=str, keep_default_na=False)


def predictions(labelled: pd.DataFrame, threshold: float = DEFAULT_THRESHOLD) -> pd.DataFrame:
    """What the finder says of each pair ("duplicate", "continuity" or "none").

    All pairs run as one corpus, so word weights are those of a store of many measures. Places
    are prefixed with the pair's id so measures of different pairs never share a
    municipality; a national measure still reaches every place, as it should.
    """
    from prevention.duplicates.engine import find_duplicates

    pairs = find_duplicates(measures_of(labelled), threshold=threshold).pairs
    kinds = {
        frozenset(ids): kind
        for *ids, kind in zip(pairs["measure_a"], pairs["measure_b"], pairs["kind"], strict=True)
    }
    predicted = [kinds.get(frozenset({f"{i}-a", f"{i}-b"}), "none") for i in labelled["id"]]
    return labelled.assign(predicted=predicted)


def measures_of(labelled: pd.DataFrame) -> pd.DataFrame:
    """Both measures of every pair, as the finder reads them (ids "<pair id>-a" and "-b")."""
    measures = []
    for row in labelled.to_dict("records"):
        for side in SIDES:
            measure: dict[str, object] = {"measure_id": f"{row['id']}-{side}"}
            measure |= {field: row[f"{side}_{field}"] for field in FIELDS}
            measure["institutions"] = tuple(row[f"{side}_institutions"].split(";"))
            measure["areas"] = tuple(
                code if code == NATIONAL else f"{row['id']}:{code}"
                for code in row[f"{side}_areas"].split(";")
            )
            measures.append(measure)
    frame = pd.DataFrame(measures)
    frame["start_year"] = frame["start_year"].astype(int)
    frame["end_year"] = frame["end_year"].astype(int)
    return frame


def wilson(successes: int, trials: int, z: float = Z95) -> tuple[float, float]:
    """The Wilson score interval for a proportion: sound near 0 and 1 and for small samples."""
    if trials == 0:
        return 0.0, 1.0
    share = successes / trials
    centre = (share + z * z / (2 * trials)) / (1 + z * z / trials)
    half = (
        z
        / (1 + z * z / trials)
        * math.sqrt(share * (1 - share) / trials + z * z / (4 * trials * trials))
    )
    return max(0.0, centre - half), min(1.0, centre + half)


def evaluate(split: str, threshold: float = DEFAULT_THRESHOLD) -> Evaluation:
    """Precision and recall of the "duplicate" label on one split, with Wilson intervals."""
    result = predictions(read_pairs(split), threshold)
    flagged = result["predicted"] == "duplicate"
    actual = result["label"] == "duplicate"
    hits = int((flagged & actual).sum())
    precision_interval = wilson(hits, int(flagged.sum()))
    recall_interval = wilson(hits, int(actual.sum()))
    return Evaluation(
        split=split, pairs=len(result), duplicates=int(actual.sum()), flagged=int(flagged.sum()),
        true_positives=hits, precision=round(hits / max(int(flagged.sum()), 1), 3),
        precision_low=round(precision_interval[0], 3),
        precision_high=round(precision_interval[1], 3),
        recall=round(hits / max(int(actual.sum()), 1), 3),
        recall_low=round(recall_interval[0], 3), recall_high=round(recall_interval[1], 3),
        threshold=threshold,
    )  # fmt: skip


def write() -> dict:
    """Score both splits and write the JSON the pages read."""
    frozen, tuning = evaluate("frozen"), evaluate("tuning")
    payload = {"frozen": asdict(frozen), "tuning_pairs": tuning.pairs}
    RESULT.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return payload


def published() -> dict | None:
    """The written evaluation, or None when it has not been computed."""
    if not RESULT.exists():
        return None
    return json.loads(RESULT.read_text(encoding="utf-8"))


def sentences(lang: Lang) -> list[str]:
    """How the set was made and what the finder scored on it, as the pages say it."""
    found = published()
    if found is None:
        return [t("duplicates.eval_missing", lang)]
    frozen = found["frozen"]

    def rate(value: float) -> str:
        return number(value, lang, decimals=2)

    return [
        t("duplicates.eval_how", lang, pairs=number(frozen["pairs"] + found["tuning_pairs"], lang),
          frozen=number(frozen["pairs"], lang), duplicates=number(frozen["duplicates"], lang),
          tuning=number(found["tuning_pairs"], lang)),
        t("duplicates.eval_result", lang,
          **{key: rate(frozen[key]) for key in ("precision", "precision_low", "precision_high",
                                                "recall", "recall_low", "recall_high")}),
        t("duplicates.eval_caveat", lang),
    ]  # fmt: skip


def main() -> None:
    """Print both splits' figures (and the frozen split's misses) and write the JSON."""
    payload = write()
    print(json.dumps(payload, indent=2))
    if "-v" in sys.argv:
        for split in ("tuning", "frozen"):
            result = predictions(read_pairs(split))
            wrong = result[(result["predicted"] == "duplicate") != (result["label"] == "duplicate")]
            print(f"\n{split}: {len(wrong)} wrong")
            print(wrong[["id", "case", "label", "predicted", "reason"]].to_string(index=False))


if __name__ == "__main__":
    main()
