"""Three releases: the second-to-third revision is safe read beside the second release alone,
but not beside the first too; the steward's archive of every release makes the build see it."""

import pandas as pd
import pytest

from prevention.release import archive as release_archive
from prevention.release import disclosure, pipeline

AREAS = pd.DataFrame(
    {
        "code": ["LT", "C1", "C2", "M11", "M12", "M13", "M21", "M22", "M23"],
        "level": ["country", "county", "county"] + ["municipality"] * 6,
        "parent_code": [None, "LT", "LT", "C1", "C1", "C1", "C2", "C2", "C2"],
    }
)
# Municipal counts of three successive releases (found by a random search over revisions);
# counties and the country are their sums.
FIRST = {"M11": 6, "M12": 12, "M13": 6, "M21": 4, "M22": 2, "M23": 8}
SECOND = {**FIRST, "M11": 2, "M13": 10}
THIRD = {**SECOND, "M11": 12, "M21": 0}


def table(municipal: dict[str, int]) -> pd.DataFrame:
    """One table of true values that add up: municipalities, counties, the country."""
    values = dict(municipal)
    values["C1"] = values["M11"] + values["M12"] + values["M13"]
    values["C2"] = values["M21"] + values["M22"] + values["M23"]
    values["LT"] = values["C1"] + values["C2"]
    codes = AREAS["code"].tolist()
    return pd.DataFrame(
        {
            "indicator_code": "victims",
            "area_code": codes,
            "period_type": "year",
            "period_label": "2024",
            "breakdown_dimension": "none",
            "breakdown_category": "",
            "unit": "persons",
            "source_id": "*",
            "value": [float(values[c]) for c in codes],
            "status": "published",
            "preferred": True,
        }
    )


def archived(true: pd.DataFrame, protected: pd.DataFrame) -> pd.DataFrame:
    """A release as the steward's archive keeps it: true values, and which were hidden."""
    return pipeline.archive_cells(true, protected, true)


def carried(true: pd.DataFrame, protected: pd.DataFrame) -> pd.DataFrame:
    """The next release's true values: what the previous one hid stays hidden."""
    following = true.copy()
    following.loc[protected["status"] == disclosure.SUPPRESSED, "status"] = disclosure.SUPPRESSED
    return following


@pytest.fixture(scope="module")
def releases() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The archive of releases 1 and 2, and release 3's true values."""
    first = table(FIRST)
    first_out = disclosure.suppress(first, AREAS)
    assert not first_out.attrs["unprotected"]
    second = carried(table(SECOND), first_out)
    second_out = disclosure.suppress(second, AREAS, [archived(first, first_out)])
    assert not second_out.attrs["unprotected"]
    third = carried(table(THIRD), second_out)
    return archived(first, first_out), archived(second, second_out), third


def test_third_release_is_safe_beside_the_second_alone(releases):
    _, second, third = releases
    out = disclosure.suppress(third, AREAS, [second])
    assert not out.attrs["unprotected"]
    assert not disclosure.narrowed(third.assign(status=out["status"]), AREAS, [second])


def test_but_not_beside_the_first_too(releases):
    first, second, third = releases
    alone = disclosure.suppress(third, AREAS, [second])
    published = third.assign(status=alone["status"])
    assert disclosure.narrowed(published, AREAS, [first, second])
    both = disclosure.suppress(third, AREAS, [first, second])
    assert both.attrs["unprotected"]  # no suppression of release 3 protects it


def test_the_build_step_refuses_it_naming_the_cells(releases):
    first, second, third = releases
    indicators = pd.DataFrame(
        {"code": ["victims"], "disclosure_class": ["personal"], "value_kind": ["count"]}
    )
    observations = third.assign(suppression=None, note=None)
    ok = pipeline.disclose(observations, indicators, AREAS, archived=[second])
    assert (ok["status"] == disclosure.SUPPRESSED).any()
    with pytest.raises(pipeline.DisclosureError, match="every earlier release: victims M2"):
        pipeline.disclose(observations, indicators, AREAS, archived=[first, second])


def test_archive_keeps_every_release_in_order(releases, tmp_path, monkeypatch):
    monkeypatch.setenv(release_archive.RELEASES_ENV, str(tmp_path / "releases"))
    first, second, _ = releases
    release_archive.record(1, first)
    release_archive.record(2, second)
    kept = release_archive.history()
    assert [len(frame) for frame in kept] == [len(first), len(second)]
    pd.testing.assert_series_equal(kept[1]["value"], second["value"], check_names=False)
    assert kept[0]["hidden"].tolist() == first["hidden"].tolist()
    assert len(release_archive.history(before=2)) == 1
