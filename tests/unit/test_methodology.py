"""The methodology page's tables and the whole-dataset download."""

import io
import json

import pandas as pd

from prevention.methodology import dataset_files, disclosure_numbers, status_legend


def _observations():
    return pd.DataFrame(
        {
            "indicator_code": ["v", "v"],
            "area_code": ["LT", "13"],
            "year": [2024, 2024],
            "value": [22.0, None],
            "status": ["published", "suppressed"],
            "suppression": [None, "primary"],
            "preferred": [1, 1],
            "note": ["=cmd|' /C calc'!A0", "1 victim: girl, 16"],
        }
    )


def test_dataset_csv_is_bilingual_marked_and_defused():
    csv, package = dataset_files(_observations(), {"id": 2, "created_at": "2025-03-05"})
    frame = pd.read_csv(io.StringIO(csv.decode("utf-8-sig")))
    status_mark = next(c for c in frame.columns if c.startswith("status_mark · "))
    assert frame[status_mark].fillna("").tolist() == ["", "c"]
    value = next(c for c in frame.columns if c.startswith("value · "))
    assert "Value" in value and "Reikšmė" in value
    note = next(c for c in frame.columns if c.startswith("note · "))
    assert frame[note].iloc[0].startswith("'=")
    # One public status: not why a cell was hidden, nor what its note said.
    assert not any(c.startswith("suppression") for c in frame.columns)
    assert pd.isna(frame[note].iloc[1])
    described = json.loads(package)
    fields = described["resources"][0]["schema"]["fields"]
    assert [f["name"] for f in fields] == list(frame.columns)


def test_disclosure_numbers_count_cells_by_kind():
    counts = pd.DataFrame(
        {
            "status": ["published", "suppressed", "suppressed", "illustrative"],
            "suppression": ["", "primary", "secondary", ""],
            "cells": [10, 3, 2, 7],
        }
    )
    numbers = disclosure_numbers(counts)
    assert numbers["suppressed"] == 5 and not {"primary", "secondary"} & set(numbers)
    # Generated cells are counted apart, never added to the real total.
    assert numbers["illustrative"] == 7 and numbers["total"] == 15


def test_disclosure_numbers_never_add_generated_hidden_cells_to_real_ones():
    counts = pd.DataFrame(
        {
            "status": ["published", "suppressed", "suppressed", "illustrative"],
            "suppression": ["", "primary", "primary", ""],
            "illustrative": [False, False, True, True],
            "cells": [10, 3, 4, 7],
        }
    )
    numbers = disclosure_numbers(counts)
    assert numbers["suppressed"] == 3 and numbers["total"] == 13
    assert numbers["illustrative"] == 11


def test_status_legend_has_every_mark_in_both_languages():
    for lang in ("lt", "en"):
        legend = status_legend(lang)
        assert legend.iloc[:, 0].tolist() == ["·", "c", "p", "–", "i"]
