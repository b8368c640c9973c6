"""Who runs which kind of illustrative measure, and how common each kind is.

Short names are the real institutions of the seed; "municipality" stands for the
administration of the municipality where the measure runs ("SAV-13").
"""

import pandas as pd

from prevention.demo_texts import Key

MUNICIPALITY = "municipality"

# Typical leads of each kind of work, most typical first.
LEADS: dict[Key, list[str]] = {
    ("awareness", "schoolchildren"): [MUNICIPALITY, "PD", "Lietuvos Caritas", "KOPŽI", "ŠMSM"],
    ("awareness", "youth"): [MUNICIPALITY, "KOPŽI", "Lietuvos Caritas", "PD"],
    ("awareness", "job_seekers_abroad"): ["Užimtumo tarnyba", "URM", "KOPŽI", MUNICIPALITY],
    ("awareness", "general_public"): ["VRM", "PD", MUNICIPALITY, "NAPPŽ", "Šv. Mortos grupė"],
    ("awareness", "migrants"): ["MD", "IOM Vilnius", "Lietuvos Caritas", MUNICIPALITY],
    ("awareness", "diaspora"): ["URM", "VRM", "JK lietuvių bendruomenė"],
    ("training", "professionals"): ["VRM", "LPM", "KOPŽI", MUNICIPALITY, "SADM", "GP"],
    ("training", "municipalities"): ["VRM", "LPM", "LSA", "KOPŽI"],
    ("outreach", "migrants"): ["VDI", "MD", "Lietuvos Caritas", "IOM Vilnius", MUNICIPALITY],
    ("outreach", "youth"): [MUNICIPALITY, "Vyrų krizių centras", "KSPPC", "KOPŽI"],
    ("victim_assistance", "victims"): ["Lietuvos Caritas", "KOPŽI", "KSPPC", "DŽŠPC", "SADM"],
    ("victim_assistance", "migrants"): ["Lietuvos Caritas", "IOM Vilnius", "KOPŽI"],
    ("victim_assistance", "diaspora"): ["URM", "IOM Vilnius"],
    ("hotline", "general_public"): ["NAPPŽ", "KOPŽI"],
    ("hotline", "victims"): ["NAPPŽ", "Lietuvos Caritas"],
    ("coordination", "municipalities"): [MUNICIPALITY],
    ("coordination", "professionals"): [MUNICIPALITY, "VRM", "PD"],
    ("research", "general_public"): ["VRM", "Teisės institutas"],
    ("research", "professionals"): [MUNICIPALITY, "Teisės institutas"],
    ("research", "migrants"): ["Teisės institutas", "IOM Vilnius", "VDI"],
}

# Who typically joins each kind of work as a partner.
PARTNERS: dict[Key, list[str]] = {
    ("awareness", "schoolchildren"): ["PD", "KOPŽI", "Lietuvos Caritas", "VVTAĮT"],
    ("awareness", "youth"): ["PD", "KOPŽI", "Moterų teisių asociacija"],
    ("awareness", "job_seekers_abroad"): ["Užimtumo tarnyba", "VDI", "PD", "URM"],
    ("awareness", "general_public"): ["PD", "NAPPŽ", "LVK", "Lietuvos Caritas"],
    ("awareness", "migrants"): ["VDI", "MD", "PPC", "IOM Vilnius"],
    ("awareness", "diaspora"): ["URM", "PD", "IOM Vilnius"],
    ("training", "professionals"): ["PD", "GP", "KOPŽI", "VVTAĮT", "LPM"],
    ("training", "municipalities"): ["VRM", "KOPŽI", "PD"],
    ("outreach", "migrants"): ["VDI", "MD", "PD", "VSAT", "IOM Vilnius"],
    ("outreach", "youth"): ["PD", "KOPŽI", "VVTAĮT"],
    ("victim_assistance", "victims"): ["PD", "SADM", "Užimtumo tarnyba", "VVTAĮT"],
    ("victim_assistance", "migrants"): ["MD", "PPC", "PD"],
    ("victim_assistance", "diaspora"): ["Lietuvos Caritas", "KOPŽI", "PD"],
    ("hotline", "general_public"): ["PD", "VRM"],
    ("hotline", "victims"): ["PD", "SADM"],
    ("coordination", "municipalities"): ["PD", "KOPŽI", "Lietuvos Caritas", "Užimtumo tarnyba"],
    ("coordination", "professionals"): ["PD", "GP", "VVTAĮT", "KOPŽI"],
    ("research", "general_public"): ["VRM", "SADM"],
    ("research", "professionals"): ["PD", "KOPŽI"],
    ("research", "migrants"): ["MD", "VDI"],
}

# Bodies that run country-wide measures; only they may run a measure "LT" as a whole.
NATIONAL_LEADS = frozenset(
    {"VRM", "PD", "URM", "NAPPŽ", "SADM", "Užimtumo tarnyba", "LPM", "MD", "ŠMSM", "GP"}
    | {"Teisės institutas", "VDI", "IOM Vilnius", "Šv. Mortos grupė", "LSA"}
)

# How often each kind of work is drawn: school talks and training are the everyday work.
WEIGHTS: dict[Key, float] = {
    ("awareness", "schoolchildren"): 14,
    ("awareness", "youth"): 8,
    ("awareness", "job_seekers_abroad"): 7,
    ("awareness", "general_public"): 8,
    ("awareness", "migrants"): 4,
    ("awareness", "diaspora"): 2,
    ("training", "professionals"): 12,
    ("training", "municipalities"): 3,
    ("outreach", "migrants"): 5,
    ("outreach", "youth"): 5,
    ("victim_assistance", "victims"): 7,
    ("victim_assistance", "migrants"): 2,
    ("victim_assistance", "diaspora"): 1,
    ("hotline", "general_public"): 2,
    ("hotline", "victims"): 1,
    ("coordination", "municipalities"): 8,
    ("coordination", "professionals"): 2,
    ("research", "general_public"): 2,
    ("research", "professionals"): 2,
    ("research", "migrants"): 1,
}


def illustrative_institutions(areas: pd.DataFrame) -> pd.DataFrame:
    """One administration per municipality ("SAV-13"), the usual lead of local measures."""
    municipalities = areas[areas["level"] == "municipality"].sort_values("code")
    return pd.DataFrame(
        {
            "short_name": "SAV-" + municipalities["code"],
            "name_lt": municipalities["name_lt"].str.replace(
                r"savivaldybė$", "savivaldybės administracija", regex=True
            ),
            "name_en": municipalities["name_en"] + " Administration",
            "kind": "municipality",
            "note": "Illustrative institution generated by Prevention Monitor",
            "source_ids": "ILLUSTRATIVE",
            "illustrative": True,
        }
    ).reset_index(drop=True)
