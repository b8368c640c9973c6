"""The real local data: one test per mapping rule; every one of the 36 measures accounted for."""

import csv
import sqlite3
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from local_actors import Actors, split_actors  # noqa: E402
from local_figures import periods, place, rule_for  # noqa: E402
from local_measures import TARGET_RULES, TYPE_RULES, classify, years  # noqa: E402
from local_places import Places, without_comments  # noqa: E402
from local_sources import tier  # noqa: E402

SEED = ROOT / "data" / "seed"
LOCAL_MEASURES = 36  # rows of figures/local/local_measures.csv


@pytest.fixture(scope="module")
def areas() -> pd.DataFrame:
    return pd.read_csv(SEED / "areas.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="module")
def places(areas) -> Places:
    return Places(areas)


# --- places ---------------------------------------------------------------------------------
def test_rule_1_official_names(places):
    assert places.code("Birštono savivaldybė") == "12"
    assert places.code("Šilalės rajono savivaldybė") == "87"
    assert places.code("Kauno miesto savivaldybė") == "19"


def test_rule_2_district_abbreviations_in_the_genitive(places):
    assert places.code("Šilalės r.") == "87"
    assert places.code("Šilalės r. sav.") == "87"
    assert places.code("Kauno r.") == "52"  # the district, not the city
    assert places.code("Kaišiadorių r.") == "49"


def test_rule_2_city_abbreviations_and_towns_without_a_city_municipality(places):
    assert places.code("Kauno m.") == "19"  # the city, not the district
    assert places.code("Alytaus m.") == "11"
    assert places.code("Telšių m.") == "78"  # Telšiai has no city municipality
    assert places.code("Telšių m. ir r.") == "78"


def test_rule_2_plain_municipalities(places):
    assert places.code("Marijampolės sav.") == "18"
    assert places.code("Pagėgių sav.") == "63"


def test_rule_3_bare_towns_in_the_nominative(places):
    assert places.code("Vilnius") == "13"
    assert places.code("Panevėžys") == "27"
    assert places.code("Mažeikiai") == "61"  # no city municipality: the district around it


def test_rule_4_counties(places):
    assert places.code("Tauragės apskritis") == "LT-TA"
    assert places.code("Kauno apskr.") == "LT-KU"
    assert places.code("Tauragė county") == "LT-TA"


def test_what_no_rule_places(places):
    assert places.code("Šiaulių apygarda") is None  # a prosecution district
    assert places.code("not verified") is None
    assert places.codes("Kauno, Klaipėdos, Šiaulių regionai") == []


def test_comments_in_brackets_are_never_read_as_places(places):
    assert without_comments("Šilalės r. (series also in Pagėgių sav. (2014))") == "Šilalės r."
    assert places.codes("Šilalės r. (series also in Pagėgių sav., Tauragės r.)") == ["87"]


def test_lists_of_places_keep_order_and_drop_counties(places):
    assert places.codes("Vilnius, Kaunas, Klaipėda") == ["13", "19", "21"]
    assert places.codes("Telšių r.; Mažeikių r. and Plungės r.") == ["78", "61", "68"]
    assert places.codes("Kauno m. / Kauno apskritis") == ["19"]


# --- institutions ---------------------------------------------------------------------------
@pytest.fixture
def actors(areas) -> Actors:
    return Actors(areas, {"Lietuvos Caritas", "KOPŽI", "PD", "GP", "Šv. Mortos grupė"})


def test_actor_rule_1_aliases(actors):
    assert actors.short_name("Lietuvos Caritas programme") == "Lietuvos Caritas"
    assert actors.short_name("KOPŽI Klaipėda") == "KOPŽI"
    assert actors.short_name("Policijos departamentas") == "PD"
    assert actors.short_name("Šv. Mortos iniciatyvinė grupė") == "Šv. Mortos grupė"
    assert actors.new == {}  # known bodies add no institution


def test_actor_rule_4_municipal_bodies_are_the_municipality(actors):
    department = "Šilalės r. savivaldybės Vaiko teisių apsaugos skyrius"
    assert actors.short_name(department) == "Šilalės r. sav."
    assert actors.short_name("Marijampolės savivaldybė") == "Marijampolės sav."
    assert actors.short_name("Radviliškio r. savivaldybės taryba") == "Radviliškio r. sav."
    assert actors.new["Šilalės r. sav."]["name_en"] == "Šilalė District Municipality"


def test_actor_rule_2_police_units(actors):
    assert actors.short_name("Tauragės apskr. VPK Šilutės r. PK") == "Šilutės r. PK"
    assert actors.short_name("Telšių apskrities VPK") == "Telšių apskr. VPK"
    assert actors.short_name("Marijampolės AVPK") == "Marijampolės apskr. VPK"
    assert actors.new["Šilutės r. PK"]["kind"] == "police"
    assert actors.new["Telšių apskr. VPK"]["name_en"] == "Telšiai County Chief Police Commissariat"


def test_actor_rule_3_prosecution_offices(actors):
    assert actors.short_name("Kauno apygardos prokuratūra") == "Kauno apygardos prokuratūra"
    assert actors.new["Kauno apygardos prokuratūra"]["name_en"] == (
        "Kaunas Regional Prosecutor's Office"
    )


def test_actor_rules_5_and_6_named_and_unnamed(actors):
    assert actors.short_name("Jonavos politechnikos mokykla") == "Jonavos politechnikos mokykla"
    assert actors.short_name("community police officer") is None
    assert actors.short_name("parapijos") is None


def test_actor_cells_split_lead_first():
    cell = "Pasvalio r. sav. administracija with Lietuvos Caritas (Panevėžys branch); KOPŽI"
    assert split_actors(cell) == ["Pasvalio r. sav. administracija", "Lietuvos Caritas", "KOPŽI"]


# --- years, types, target groups, tiers ----------------------------------------------------
def test_year_rules():
    assert years("2016 (5 July)") == ("2016", "2016", False)
    assert years("2009-09 – 2010-05") == ("2009", "2010", False)
    assert years("2009 (formalised) – 2022 (reported)") == ("2009", "2022", False)
    assert years("2023 (24 Nov); plan for 2024–2025") == ("2023", "2023", False)
    assert years("n.d. (15min article id 461137, probably 2014)") == ("2014", "2014", True)
    assert years("n.d. (18 Oct; year not stated)") is None


def test_type_and_target_rules():
    assert classify("Koordinavimo komisija coordination", TYPE_RULES) == "coordination"
    assert classify("Seminaras policijos pareigūnams", TYPE_RULES) == "training"
    assert classify("Paskaita apie prekybą žmonėmis", TYPE_RULES) == "awareness"
    assert classify("pupils of grades 8–10", TARGET_RULES) == "schoolchildren"
    assert classify("vocational-school students", TARGET_RULES) == "youth"
    assert classify("general public; specialists", TARGET_RULES) == "general_public"
    assert classify("police officers, municipal staff", TARGET_RULES) == "professionals"


def test_source_tier_rules():
    assert tier("https://e-seimas.lrs.lt/rs/legalact/TAD/x/", "Tarybos sprendimas") == 1
    assert tier("https://15min.lt/m/id/x", "Kovotojai su prekyba žmonėmis") == 3
    reprint = "Prekyba žmonėmis egzistuoja visai šalia mūsų (siloaidas.lt, 2015)"
    assert tier("https://kopzi.pavyzdys.site/prekyba", reprint) == 3  # a press reprint
    assert tier("http://senas.anti-trafficking.lt/news/seminaras", "Seminaras Raseiniuose") == 4
    assert tier("http://wikileaks.ikiru.ch/cable/05VILNIUS182/", "Cable") == 4


# --- every measure accounted for ------------------------------------------------------------
def test_all_36_local_measures_are_in_the_store_or_listed_with_a_reason(official_store):
    with sqlite3.connect(official_store) as connection:
        placed = connection.execute(
            "SELECT count(*) FROM measures WHERE measure_id GLOB 'LOCAL-[0-9][0-9]'"
        ).fetchone()[0]
        unplaced = connection.execute("SELECT measure_id, reason FROM unplaced_measures").fetchall()
        unplaced_in_store = connection.execute(
            "SELECT count(*) FROM measures WHERE measure_id IN "
            "(SELECT measure_id FROM unplaced_measures)"
        ).fetchone()[0]
    assert placed + len(unplaced) == LOCAL_MEASURES
    assert all(reason.strip() for _id, reason in unplaced)
    assert unplaced_in_store == 0  # listed, never charted
    assert len(unplaced) == 5  # four without a year, one without a place or a year


def test_birstonas_has_its_own_measure_and_national_acts_their_own_sources(official_store):
    with sqlite3.connect(official_store) as connection:
        birstonas = connection.execute(
            "SELECT count(*) FROM measure_areas WHERE area_code = '12'"
        ).fetchone()[0]
        national_from_birstonas = connection.execute(
            "SELECT count(*) FROM measures WHERE national AND source_id = 'ETAR_BIRSTONAS'"
        ).fetchone()[0]
        programme = connection.execute(
            "SELECT source_id FROM measures WHERE measure_id = '2015-2025-45.5'"
        ).fetchone()[0]
    assert birstonas == 1
    assert national_from_birstonas == 0
    assert programme == "SEIMAS_XII-1682"


def test_inferred_fields_are_flagged_on_the_row():
    with open(SEED / "measures.csv", encoding="utf-8") as handle:
        rows = {row["measure_id"]: row for row in csv.DictReader(handle)}
    assert rows["LOCAL-33"]["inferred"] == "start_year;end_year"  # "probably 2014"
    assert rows["LOCAL-13"]["inferred"] == "areas"  # library inferred from its web domain
    assert rows["LOCAL-05"]["inferred"] == ""


# --- local figures --------------------------------------------------------------------------
def test_figure_period_rules():
    assert periods("2015") == [("2015", "year", "2015")]
    assert periods("2016 (Jan–early Jul, partial)") == [("2016", "part_year", "2016-01/2016-07")]
    assert periods("2017 (Jan – 5 Sep, partial)") == [("2017", "part_year", "2017-01/2017-09")]
    assert periods("2019 (as of 1 Jan)") == [("2019", "snapshot", "2019-01")]
    assert periods("2010-2013") == [("2013", "multi_year", "2010-2013")]
    assert periods("2002;2003") == [("2002", "year", "2002"), ("2003", "year", "2003")]
    assert periods("n.d. (council meeting of 25 April)") == [("", "undated", "n.d.")]


def test_figure_area_rules(places):
    assert place("Tauragė county (Tauragės apskritis)", places) == ("LT-TA", "", "")
    assert place("Rietavo savivaldybė", places) == ("74", "", "")
    assert place("LT (context: Šiauliai region seminar)", places) == ("LT", "", "")
    # A prosecution district spans counties: kept at its seat, named as the institution.
    code, office, territory = place("Šiauliai regional prosecution district (x)", places)
    assert (code, office) == ("LT-SA", "Šiaulių apygardos prokuratūra")
    assert "Telšiai" in territory


def test_figure_indicator_rules():
    assert rule_for("pretrial_investigations_started (THB)") == (
        "pretrial_investigations_started",
        "none",
        "",
    )
    assert rule_for("CTDC victims – share by sex (Lithuania)") is None  # ambiguous: skipped
    with pytest.raises(AssertionError):
        rule_for("a wording nobody wrote a rule for")


def test_the_2016_conflict_is_kept_as_two_sources():
    with open(SEED / "observations.csv", encoding="utf-8") as handle:
        rows = [
            row
            for row in csv.DictReader(handle)
            if row["indicator_code"] == "pretrial_investigations_started"
            and row["area_code"] == "LT"
            and row["year"] == "2016"
        ]
    assert sorted(row["value"] for row in rows) == ["29", "36"]
    assert len({row["source_id"] for row in rows}) == 2


def test_no_prosecution_district_figure_is_a_county_total():
    with open(SEED / "observations.csv", encoding="utf-8") as handle:
        rows = [row for row in csv.DictReader(handle) if "prokuratūra" in row["breakdown_category"]]
    assert len(rows) == 3
    assert all(row["breakdown_dimension"] == "institution" for row in rows)


def test_inferred_fields_are_said_in_words_in_both_languages():
    from prevention.views.measures import inferred_text

    assert inferred_text("start_year;end_year", "en") == "years"
    assert inferred_text("start_year;end_year;areas", "lt") == "metai, vieta"
    assert inferred_text("", "en") == "" and inferred_text(None, "lt") == ""


def test_bodies_known_only_from_local_events_are_not_listed_as_helping(official_store):
    from prevention.store import queries
    from prevention.store.db import read_only_engine

    helping = set(queries.help_organisations(read_only_engine(official_store))["short_name"])
    assert "Lietuvos Caritas" in helping
    assert "Vilkaviškio vyskupijos kurija" not in helping  # hosted a round table, no more
    assert "Kauno įgulos kapelionatas" not in helping
