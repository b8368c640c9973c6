"""Pooled three-year and county figures: computed from true values, published only where they
narrow no hidden count, and shown where a single year is hidden."""

import pandas as pd
import pytest

from prevention.release import disclosure, pooled
from prevention.views.map_text import pooled_text
from prevention.views.profile_text import row_cell

AREAS = pd.DataFrame(
    [("LT", "country", None), ("C", "county", "LT"), ("D", "county", "LT")]
    + [("M1", "municipality", "C"), ("M2", "municipality", "C"), ("M3", "municipality", "D")],
    columns=["code", "level", "parent_code"],
)


def rows(values: dict[tuple[str, int], float], status: str = "published") -> pd.DataFrame:
    """Yearly preferred cells of one indicator: {(area, year): value}."""
    return pd.DataFrame(
        [
            {"indicator_code": "v", "area_code": area, "year": year, "period_type": "year",
             "period_label": str(year), "breakdown_dimension": "none", "breakdown_category": "",
             "unit": "persons", "value": float(value), "status": status, "source_id": "S",
             "source_locator": None, "note": None, "suppression": None, "preferred": True}
            for (area, year), value in values.items()
        ]
    )  # fmt: skip


def test_windows_do_not_overlap_and_end_at_the_latest_year():
    frame = rows({("M1", year): year - 2015 for year in range(2016, 2024)})
    found = pooled.pooled_sums(frame, AREAS, frame)
    assert sorted(found["period_label"]) == ["2018-2020", "2021-2023"]  # 2016-2017: incomplete
    latest = found.set_index("period_label").loc["2021-2023"]
    assert latest["value"] == 6 + 7 + 8 and latest["year"] == 2023
    assert latest["period_type"] == "multi_year"
    assert latest["source_locator"] == "derived:pooled:2021+2022+2023"


def test_offered_only_where_every_year_is_hidden_and_the_sum_reaches_the_threshold():
    frame = rows({("M1", y): 2 for y in (2021, 2022, 2023)} | {("M2", y): 1 for y in (2021, 2022)})
    frame = pd.concat([frame, rows({("M2", 2023): 9}), rows({("M3", 2023): 1})])
    frame = frame.reset_index(drop=True)
    hidden = frame["value"] < disclosure.THRESHOLD
    found = pooled.derive(frame, AREAS, hidden, frame)
    pooled_rows = found[found["period_type"] == "multi_year"]
    # M1: 2+2+2 hidden every year; M2: 2023 published (9), so no pooled figure there.
    assert pooled_rows[["area_code", "value"]].values.tolist() == [["M1", 6.0]]
    # The county C is summed from M1 and M2 where both have the year; D from M3 alone.
    counties = found[found["source_locator"] == pooled.COUNTY_LOCATOR]
    by = {(a, y): v for a, y, v in counties[["area_code", "year", "value"]].values}
    assert by[("C", 2023)] == 11 and by[("D", 2023)] == 1


def test_a_pooled_figure_is_dropped_where_it_narrows_a_hidden_year():
    """Two hidden years and a published one: the pooled sum would give the hidden ones a
    joint total of 4."""
    values = {("M1", 2021): 2, ("M1", 2022): 2, ("M1", 2023): 30}
    values |= {("M3", y): 10 for y in (2021, 2022, 2023)}  # another county
    frame = rows(values)
    hidden = (frame["area_code"] == "M1") & (frame["year"] < 2023)
    frame.loc[hidden, "status"] = disclosure.SUPPRESSED
    extra = pooled.pooled_sums(frame, AREAS, frame)  # M1: 34, M3: 30 (all offered, for the test)
    extra["preferred"] = True
    extra.index = pd.RangeIndex(len(frame), len(frame) + len(extra))
    cells = pd.concat([frame, extra]).assign(source_id="*")
    kept = pooled.harmless(cells, extra.index, AREAS, [])
    # 34 - 30 = 4 for the two hidden years: each 0..4, narrower than the rule: M1's goes.
    assert [cells.loc[k, "area_code"] for k in kept] == ["M3"]
    assert disclosure.narrowed(cells.drop(index=extra.index.difference(kept)), AREAS, []) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "hidden for one year; 2021–2023 together: 7"),
        ("lt", "vienų metų skaičius paslėptas; 2021–2023 m. kartu: 7"),
    ],
)
def test_a_hidden_year_says_why_and_shows_the_pooled_figure(lang, text):
    row = pd.Series(
        {"status": "suppressed", "pooled_value": 7.0, "pooled_period": "2021-2023",
         "value": float("nan"), "rated": False, "class": "suppressed"}
    )  # fmt: skip
    assert pooled_text(row, lang) == text
    assert row_cell(row, lang) == text
    published = row.copy()
    published["status"] = "published"
    assert pooled_text(published, lang) is None


def test_the_illustrative_map_falls_back_to_pooled_figures(seed_store):
    """Some hidden municipal years of the illustrative release show a pooled figure, each
    one the sum of published-hidden years that the audit let through."""
    from prevention.geo import mapdata
    from prevention.store import queries
    from prevention.store.db import read_only_engine
    from prevention.views import map_text

    engine = read_only_engine(seed_store)
    places = queries.municipalities(engine)
    shown = []
    for indicator in ("persons_assisted_by_state_funded_ngos", "pretrial_investigations_started"):
        values = queries.area_values(engine, indicator, example=True)
        assert values.loc[values["pooled_value"].notna(), "status"].eq("suppressed").all()
        for year in sorted(values.loc[values["pooled_value"].notna(), "year"].unique()):
            frame = mapdata.snapshot(values, places, level="municipality", year=year, rate=False)
            for _, row in frame[frame["class"] == "suppressed"].iterrows():
                text = map_text.value_text(row, rate=False, unit="persons", lang="en")
                if "together" in text:
                    shown.append(text)
    assert shown and all(text.startswith("hidden for one year; ") for text in shown)
