"""The duplicate finder on the frozen split of labelled pairs (tests/data/duplicates/README.md)."""

import json

import pytest

from prevention.duplicates import evaluation as duplicate_eval


def test_frozen_split_is_large_labelled_and_reasoned():
    pairs = duplicate_eval.read_pairs("frozen")
    assert len(pairs) >= 100
    assert pairs["id"].is_unique
    assert set(pairs["label"]) <= {"duplicate", "complementary", "unrelated", "continuity"}
    assert pairs["reason"].str.len().gt(10).all()
    tuning = duplicate_eval.read_pairs("tuning")
    assert not set(pairs["id"]) & set(tuning["id"])


def test_precision_and_recall_on_the_frozen_split():
    result = duplicate_eval.evaluate("frozen")
    print(f"\n{result}")
    assert result.precision >= 0.90
    assert result.recall >= 0.90


def test_published_figures_are_the_computed_ones():
    written = duplicate_eval.published()
    assert written is not None, "run `python -m prevention.duplicates.evaluation`"
    fresh = duplicate_eval.evaluate("frozen")
    assert written["frozen"]["precision"] == pytest.approx(fresh.precision)
    assert written["frozen"]["recall"] == pytest.approx(fresh.recall)
    assert written["tuning_pairs"] == len(duplicate_eval.read_pairs("tuning"))


def test_wilson_interval_matches_a_worked_example():
    # 49 of 50: the Wilson 95 % interval is 0.895 to 0.996 (worked from the formula:
    # centre 0.9458, half-width 0.0507).
    low, high = duplicate_eval.wilson(49, 50)
    assert round(low, 3) == 0.895 and round(high, 3) == 0.996
    assert duplicate_eval.wilson(0, 0) == (0.0, 1.0)


def test_the_evaluation_file_is_json_with_intervals_around_the_rates():
    frozen = json.loads(duplicate_eval.RESULT.read_text(encoding="utf-8"))["frozen"]
    assert frozen["precision_low"] <= frozen["precision"] <= frozen["precision_high"]
    assert frozen["recall_low"] <= frozen["recall"] <= frozen["recall_high"]


def test_the_default_threshold_is_the_engines():
    from prevention.duplicates.engine import DEFAULT_THRESHOLD

    assert duplicate_eval.DEFAULT_THRESHOLD == DEFAULT_THRESHOLD


def test_the_pages_sentences_carry_the_written_figures_in_both_languages():
    written = duplicate_eval.published()["frozen"]
    for lang, decimal in (("en", "."), ("lt", ",")):
        text = " ".join(duplicate_eval.sentences(lang))
        assert f"{written['precision']:.2f}".replace(".", decimal) in text
        assert f"{written['recall_low']:.2f}".replace(".", decimal) in text
        assert "AI" in text or "dirbtinio intelekto" in text
