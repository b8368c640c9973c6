"""The methodology page's tables and the whole-dataset download."""

import io
import json

import pandas as pd
import pytest

from prevention.release import disclosure
from prevention.views.methodology import (
    dataset_files,
    disclosure_numbers,
    disclosure_rule,
    status_legend,
)


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


def test_dataset_csv_has_code_headers_is_marked_and_defused():
    csv, package = dataset_files(_observations(), {"id": 2, "created_at": "2025-03-05"})
    frame = pd.read_csv(io.StringIO(csv.decode("utf-8-sig")))
    assert frame["status_mark"].fillna("").tolist() == ["", "c"]
    assert frame["note"].iloc[0].startswith("'=")
    # One public status: not why a cell was hidden, nor what its note said.
    assert not any(c.startswith("suppression") for c in frame.columns)
    assert pd.isna(frame["note"].iloc[1])
    described = json.loads(package)
    fields = described["resources"][0]["schema"]["fields"]
    assert [f["name"] for f in fields] == list(frame.columns)
    titles = {f["name"]: (f["title"], f["title_lt"]) for f in fields}
    assert titles["value"][0].startswith("Value") and titles["value"][1].startswith("Reikšmė")


@pytest.mark.parametrize(
    ("header", "value", "other"), [("lt", "Reikšmė", "Value"), ("en", "Value", "Reikšmė")]
)
def test_dataset_csv_has_one_header_row_in_the_chosen_language(header, value, other):
    csv, _ = dataset_files(_observations(), {"id": 2, "created_at": "2025-03-05"}, header=header)
    lines = csv.decode("utf-8-sig").split("\r\n")
    columns = pd.read_csv(io.StringIO(csv.decode("utf-8-sig"))).columns
    assert any(c.startswith(value) for c in columns)
    assert not any(c.startswith(other) for c in columns)
    assert not any(" · " in column for column in columns)
    assert len(lines) == 1 + 2 + 1  # one header row, two rows, the final line end


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


def test_the_disclosure_rule_states_the_numbers_the_control_applies():
    assert disclosure_rule() == {
        "top": disclosure.MIN_TOP,
        "width": disclosure.MIN_WIDTH,
        "threshold": disclosure.THRESHOLD,
    }
