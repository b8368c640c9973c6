"""CSV downloads: formula injection defused in text, numbers untouched, one-language headers."""

import io
import json

import pandas as pd
import pytest

from prevention.release.downloads import csv_bytes, datapackage, header_row, public_rows, safe_cell


@pytest.mark.parametrize("text", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"])
def test_formula_starts_get_a_quote(text):
    assert safe_cell(text) == "'" + text


@pytest.mark.parametrize("value", ["Vilnius", "", "1-2", None, 5, -3.5])
def test_other_cells_stay_as_they_are(value):
    assert safe_cell(value) == value


def test_csv_defuses_text_but_keeps_negative_numbers():
    frame = pd.DataFrame({"name": ['=HYPERLINK("x")', "ok"], "change": [-5.0, 2.0]})
    data = csv_bytes(frame)
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets read ą, č, ę as such
    back = pd.read_csv(io.StringIO(data.decode("utf-8-sig")))
    assert back["name"].tolist() == ['\'=HYPERLINK("x")', "ok"]
    assert back["change"].tolist() == [-5.0, 2.0]


def test_column_names_are_defused_too():
    data = csv_bytes(pd.DataFrame({"=bad": ["a"]})).decode("utf-8-sig")
    assert data.splitlines()[0] == "'=bad"


def test_header_row_has_one_language_per_option():
    assert header_row(["value", "unknown"], {}, "code") == ["value", "unknown"]
    english = header_row(["value", "unknown"], {}, "en")
    assert english[0].startswith("Value") and english[1] == "unknown"
    lithuanian = header_row(["value"], {}, "lt")[0]
    assert "Reikšmė" in lithuanian and "Value" not in lithuanian and " · " not in lithuanian
    with pytest.raises(ValueError):
        header_row(["value"], {}, "lt,en")


def test_datapackage_describes_every_column():
    frame = pd.DataFrame({"year": [2020], "value": [1.5], "status": ["published"]})
    package = datapackage(frame, file_name="x.csv", release_id=3, created="2025-01-01", labels={})
    fields = package["resources"][0]["schema"]["fields"]
    assert [f["type"] for f in fields] == ["integer", "number", "string"]
    assert package["version"] == "release-3"
    json.dumps(package)  # serialisable


def test_public_rows_keep_one_status_and_no_note_on_a_hidden_cell():
    rows = pd.DataFrame(
        {
            "value": [3.0, None, None],
            "status": ["published", "suppressed", "suppressed"],
            "suppression": [None, "primary", "secondary"],
            "note": ["from table 2", "1 victim: girl, 16", None],
        }
    )
    public = public_rows(rows)
    assert list(public.columns) == ["value", "status", "note"]
    assert public["note"].tolist()[0] == "from table 2" and public["note"][1:].isna().all()
    assert "suppression" in rows.columns  # the store's own frame is left as it was
