"""figures/local/additional_figures.csv -> observation rows, by the written rules below.

Indicators: RULES maps the collected indicator wording to an indicator code and breakdown;
a wording without a rule is not loaded and SKIPPED says why (each is context, not a count of
trafficking, or too ambiguous to place in a series).

Areas: "LT ..." is the country; a municipality's official name or a county is placed by
local_places; AREA_RULES handles the police and prosecution districts the press quotes:
a county police headquarters' area is its county; a district police commissariat's is its
municipality; a regional prosecution district spans several counties, so its figure is
kept at the county where the office sits with the breakdown "institution" naming the office
(never a county total, so no map draws it as one) and a note naming the counties it covers.

Periods: "2015" is a year; "2016 (Jan–early Jul, partial)" a part of a year (`part_year`,
label "2016-01/2016-07"); "2019 (as of 1 Jan)" a snapshot ("2019-01"); "2010-2013" a
multi-year span; "2002;2003;..." one row per year; "n.d. ..." undated.

Every row keeps its source (local_sources), locator, quote and note; rows the collector
flagged as secondary, leaked or ambiguous keep that flag in the note and their source's low
tier, so they never win over an official value.
"""

import re

import pandas as pd
from local_places import Places

# collected wording -> (indicator code, breakdown dimension, breakdown category)
RULES: dict[str, tuple[str, str, str]] = {
    "pretrial_investigations_conducted (THB)": ("pretrial_investigations_conducted", "none", ""),
    "pretrial_investigations_started (THB)": ("pretrial_investigations_started", "none", ""),
    "criminal cases (pre-trial investigations) started for THB – Kaunas regional prosecution "
    "office area": ("pretrial_investigations_started", "none", ""),
    "persons convicted (found culpable) of THB": ("persons_convicted", "none", ""),
    "us_tip_tier (secondary compilation)": ("us_tip_tier", "none", ""),
    "municipal_antitrafficking_coordination_commission_exists (flag)": (
        "municipal_antitrafficking_coordination_body_exists", "none", ""),
    "municipal_antitrafficking_coordination_commission_established (flag)": (
        "municipal_antitrafficking_coordination_body_established", "none", ""),
    "municipal_antitrafficking_coordination_procedure_adopted (flag)": (
        "municipal_antitrafficking_coordination_procedure_adopted", "none", ""),
    "municipality_shared_antitrafficking_coordination_experience_at_VRM_STROM_conference "
    "(flag)": ("municipal_coordination_model_presented_as_example", "none", ""),
    "police_led_antitrafficking_coordination_working_group_exists (flag)": (
        "police_led_coordination_group_exists", "none", ""),
    "no_antitrafficking_coordination_working_group (flag; police ordered to create one)": (
        "no_coordination_group", "none", ""),
    "need: share of social-risk families in municipal population (SPIS)": (
        "need_social_risk_families_share", "none", ""),
    "need: number of social-risk families": ("need_social_risk_families", "none", ""),
    "need: registered unemployment (share of working-age population)": (
        "need_registered_unemployment", "none", ""),
}  # fmt: skip

SKIPPED = {
    "pretrial_investigations_ongoing (THB), point-in-time": "one point-in-time statement (0) "
    "for a police area; no series of ongoing investigations to put it in",
    "missing_children_cases_announced": "context, not a trafficking count (school news citing "
    "the register of missing persons)",
    "need: children": "national context on children in care, not a municipal need value",
    "ngo_": "one NGO programme's own counts and activities, not a series of the store",
    "towns_holding_": "year not stated; an activity count outside the store's series",
    "share of": "ambiguous base and reference year (stated at a seminar or estimated)",
    "age range": "an age range, not a figure",
    "THB ": "leaked diplomatic cable on court cases; no matching series (the store's court "
    "series start later and count persons, not cases)",
    "state institutions invited": "an audit's two counts in one cell, not a series",
    "victims registered by CTDC": "IOM case records with an ambiguous period (excluded as "
    "BALTNEWS_CTDC before)",
    "CTDC victims": "IOM case records, ambiguous base and period",
}

AREA_RULES = {
    "Šiauliai regional prosecution district": ("LT-SA", "Šiaulių apygardos prokuratūra",
                                               "Šiauliai and Telšiai counties"),
    "Kaunas regional prosecution district": ("LT-KU", "Kauno apygardos prokuratūra",
                                             "Kaunas, Alytus and Marijampolė counties"),
    "Kelmė district municipality": ("54", "", ""),
    "Šilalė district municipality": ("87", "", ""),
}  # fmt: skip
MONTHS = {"Jan": "01", "Mar": "03", "May": "05", "Jul": "07", "Sep": "09", "Nov": "11",
          "Feb": "02"}  # fmt: skip


def rule_for(indicator: str) -> tuple[str, str, str] | None:
    """The indicator rule for a collected wording, None when it is skipped (see SKIPPED)."""
    if indicator in RULES:
        return RULES[indicator]
    assert any(indicator.startswith(start) for start in SKIPPED), f"no rule for {indicator!r}"
    return None


def periods(cell: str) -> list[tuple[str, str, str]]:
    """(year, period_type, period_label) rows for one collected `year` cell."""
    cell = cell.strip()
    if re.fullmatch(r"\d{4}(;\d{4})+", cell):
        return [(year, "year", year) for year in cell.split(";")]
    if match := re.fullmatch(
        r"(\d{4}) \(.*?–\s*(?:early |mid |)(\d+ )?(\w{3})\w*, partial\)", cell
    ):
        year, month = match.group(1), MONTHS[match.group(3)]
        return [(year, "part_year", f"{year}-01/{year}-{month}")]
    if match := re.fullmatch(r"(\d{4}) \(as of \d+ (\w{3})\w*\)", cell):
        return [(match.group(1), "snapshot", f"{match.group(1)}-{MONTHS[match.group(2)]}")]
    if match := re.fullmatch(r"(\d{4})-(\d{4})", cell):
        return [(match.group(2), "multi_year", cell)]
    if match := re.match(r"(\d{4})(?: \([^)]*\))?$", cell):
        return [(match.group(1), "year", match.group(1))]
    if cell.startswith("n.d."):
        return [("", "undated", "n.d.")]
    raise ValueError(f"unknown period {cell!r}")


def place(area: str, places: Places) -> tuple[str, str, str]:
    """(area code, institution breakdown, territory note) for a collected `area` cell."""
    if area.startswith("LT"):
        return "LT", "", ""
    for start, rule in AREA_RULES.items():
        if area.startswith(start):
            return rule
    county = re.match(r"(\w+) county", area)
    code = places.code(county.group(0)) if county else places.code(area)
    assert code is not None, f"no place for {area!r}"
    return code, "", ""


def local_figures(
    rows: pd.DataFrame, areas: pd.DataFrame, source_ids: dict[str, str]
) -> pd.DataFrame:
    """Observation rows for every collected figure with a rule."""
    places, out = Places(areas), []
    for row in rows.itertuples(index=False):
        rule = rule_for(row.indicator)
        if rule is None:
            continue
        code, dimension, category = rule
        area, office, territory = place(row.area, places)
        if office:
            dimension, category = "institution", office
        notes = [row.note.strip(), f"Quote: {row.quote.strip()}" if row.quote.strip() else ""]
        if territory:
            notes.append(f"The figure covers the {office} district ({territory}); it is kept at "
                         f"the county where the office sits, never as a county total.")  # fmt: skip
        if row.year.strip() != row.year.strip().split(" (")[0]:
            notes.append(f"Period as published: '{row.year}'.")
        for year, period_type, label in periods(row.year):
            out.append(
                {"indicator_code": code, "area_code": area, "year": year,
                 "period_type": period_type, "period_label": label,
                 "breakdown_dimension": dimension, "breakdown_category": category,
                 "value": row.value.strip(), "unit": _unit(code, row.unit),
                 "status": "published", "source_id": source_ids[row.url],
                 "source_locator": row.locator, "note": " ".join(n for n in notes if n)}
            )  # fmt: skip
    return pd.DataFrame(out)


def _unit(code: str, unit: str) -> str:
    """The store's unit for an indicator whose series already has one."""
    same = {"us_tip_tier": "tier (1=best)", "pretrial_investigations_started": "investigations",
            "pretrial_investigations_conducted": "investigations", "persons_convicted": "persons"}  # fmt: skip
    if code in same:
        return same[code]
    if unit.startswith("flag"):
        return "flag (1 = named in source)"
    return unit
