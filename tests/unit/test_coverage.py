"""Coverage: national measures reach all 60, local ones only theirs; gaps, effort, need."""

import pandas as pd
import pytest

from prevention.store.coverage import coverage, effort, gaps, in_period, reach, without_local
from prevention.views.measures import ALL, Filters, budget_by_institution_year, filter_measures
from prevention.views.need_effort import need, need_effort

MUNICIPALITIES = [str(code) for code in range(11, 71)]  # 60 codes, as many as in Lithuania
GROUPS = ["schoolchildren", "youth", "migrants"]


def _measures():
    return pd.DataFrame(
        {
            "measure_id": ["N1", "L1", "L2", "OLD"],
            "plan": ["Plan A", None, None, "Plan B"],
            "title_lt": ["n", "l1", "l2", "o"],
            "title_en": ["n", "l1", "l2", "o"],
            "measure_type": ["awareness", "training", "awareness", "outreach"],
            "target_group": ["schoolchildren", "youth", "schoolchildren", "migrants"],
            "start_year": [2022, 2023, 2021, 2015],
            "end_year": [2024, 2023, 2022, 2016],
            "budget_eur": [100_000.0, 30_000.0, None, 5_000.0],
            "status": ["completed"] * 4,
            "illustrative": [0, 1, 1, 0],
            "lead_institution": ["VRM", "Caritas", "PD", "VRM"],
            "national": [1, 0, 0, 0],
        }
    )


def _links():
    return pd.DataFrame(
        {
            "measure_id": ["N1", "L1", "L1", "L2", "OLD"],
            "area_code": ["LT", "13", "19", "13", "21"],
        }
    )


def _who():
    return pd.DataFrame(
        {
            "measure_id": ["N1", "L1", "L1", "L2", "OLD"],
            "institution": ["VRM", "Caritas", "PD", "PD", "VRM"],
            "role": ["lead", "lead", "partner", "lead", "lead"],
        }
    )


def _coverage(first=2013, last=2027):
    shown = in_period(_measures(), first, last)
    reached = reach(shown, _links(), MUNICIPALITIES)
    cov = coverage(
        reached, shown, _who(), by="target_group", categories=GROUPS, municipalities=MUNICIPALITIES
    )
    return shown, reached, cov


def test_a_national_measure_reaches_all_sixty():
    _, reached, _ = _coverage()
    national = reached[reached["measure_id"] == "N1"]
    assert len(national) == 60 and national["national"].all()


def test_a_local_measure_reaches_only_its_municipalities():
    _, reached, _ = _coverage()
    assert sorted(reached.loc[reached["measure_id"] == "L1", "area_code"]) == ["13", "19"]


def test_cells_count_local_and_national_apart():
    _, _, cov = _coverage()
    assert cov.total.shape == (60, 3)
    assert cov.total.loc["13", "schoolchildren"] == 2  # N1 national + L2 local
    assert cov.local.loc["13", "schoolchildren"] == 1
    assert cov.national.loc["13", "schoolchildren"] == 1
    assert cov.total.loc["45", "schoolchildren"] == 1  # national only
    assert cov.local.loc["45", "schoolchildren"] == 0
    assert "VRM" in cov.institutions.loc["13", "schoolchildren"]
    assert "PD" in cov.institutions.loc["13", "schoolchildren"]


def test_empty_cells_are_gaps():
    _, _, cov = _coverage()
    empty = gaps(cov.total)
    assert ("45", "youth") in set(zip(empty["area_code"], empty["category"], strict=True))
    assert ("13", "youth") not in set(zip(empty["area_code"], empty["category"], strict=True))
    assert len(empty) == 60 * 3 - 60 - 2 - 1  # pupils everywhere, youth in 13 and 19, migrants 21


def test_municipalities_without_local_measures_are_listed():
    _, reached, _ = _coverage()
    bare = without_local(reached, MUNICIPALITIES)
    assert "13" not in bare and "19" not in bare and "21" not in bare
    assert len(bare) == 57


def test_period_filter_keeps_overlapping_measures_only():
    shown, reached, cov = _coverage(2023, 2024)
    assert set(shown["measure_id"]) == {"N1", "L1"}
    assert cov.local.loc["13", "schoolchildren"] == 0  # L2 ended in 2022
    assert without_local(reached, MUNICIPALITIES).count("13") == 0
    assert len(in_period(_measures(), 2017, 2020)) == 0


def test_effort_per_ten_thousand_shares_budget_by_population():
    shown, reached, _ = _coverage()
    population = pd.Series({code: 10_000 for code in MUNICIPALITIES}).astype(float)
    population["13"] = 30_000.0
    frame = effort(reached, shown, population)
    assert frame.loc["13", "measures"] == 2 and frame.loc["19", "measures"] == 1
    assert frame.loc["13", "measures_per_10k"] == pytest.approx(2 / 3)
    assert frame.loc["45", "measures_per_10k"] == 0  # national measures are not local effort
    # L1 (30 000 €) over 13 (30 000 people) and 19 (10 000): 22 500 € and 7 500 €
    assert frame.loc["13", "budget_eur"] == pytest.approx(22_500)
    assert frame.loc["19", "budget_per_10k"] == pytest.approx(7_500)
    assert frame.loc["13", "unknown_budget"] == 1  # L2 has no budget


def test_need_is_a_floor_when_years_are_hidden_and_quadrants_split_at_medians():
    values = pd.DataFrame(
        {
            "area_code": ["13", "13", "19", "19", "21", "LT"],
            "level": ["municipality"] * 5 + ["country"],
            "year": [2022, 2023, 2022, 2023, 2022, 2022],
            "value": [10.0, None, 6.0, 6.0, None, 99.0],
            "status": ["illustrative", "suppressed", "illustrative", "illustrative", "x", "p"],
        }
    )
    population = pd.Series({"13": 100_000.0, "19": 100_000.0, "21": 100_000.0})
    needs = need(values, population, 2022, 2023)
    assert needs.loc["13", "need_per_100k"] == pytest.approx(5.0) and needs.loc["13", "lower_bound"]
    assert needs.loc["19", "need_per_100k"] == pytest.approx(6.0)
    assert not needs.loc["19", "lower_bound"]
    assert "21" not in needs.index  # no value and not hidden: left out, not read as 0
    efforts = pd.DataFrame(
        {"measures_per_10k": [0.1, 0.5], "measures": [1, 5], "budget_eur": [0.0, 0.0]},
        index=pd.Index(["13", "19"], name="area_code"),
    )
    joined = need_effort(needs, efforts, "measures_per_10k")
    assert joined.loc["19", "quadrant"] == "high_need_high_effort"
    assert joined.loc["13", "quadrant"] == "low_need_low_effort"


def test_filters_give_a_municipality_its_national_measures():
    measures = _measures()
    shown = filter_measures(measures, _links(), _who(), Filters((2013, 2027), area="19"))
    assert set(shown["measure_id"]) == {"N1", "L1"}
    by_partner = filter_measures(
        measures, _links(), _who(), Filters((2013, 2027), institution="PD")
    )
    assert set(by_partner["measure_id"]) == {"L1", "L2"}
    no_plan = filter_measures(measures, _links(), _who(), Filters((2013, 2027), plan="none"))
    assert set(no_plan["measure_id"]) == {"L1", "L2"}
    typed = Filters((2013, 2027), measure_type="awareness", target_group=ALL)
    assert set(filter_measures(measures, _links(), _who(), typed)["measure_id"]) == {"N1", "L2"}


def test_budget_spreads_over_years():
    budget = budget_by_institution_year(_measures())
    vrm = budget[budget["institution"] == "VRM"].set_index("year")["budget_eur"]
    assert vrm[2022] == pytest.approx(100_000 / 3) and vrm[2015] == pytest.approx(2_500)
    assert budget["budget_eur"].sum() == pytest.approx(135_000)
