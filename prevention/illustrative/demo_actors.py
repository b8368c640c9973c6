"""Who runs which kind of illustrative measure, and how common each kind is.

Generated measures are run by plainly fictional example institutions, never by a real one:
a ministry must never be quoted as spending money it never spent. The tables below are
written with the real institutions whose kind of work each stand-in imitates (so a reviewer
can check that schools are visited by the municipality and the police, not by a court), and
`STAND_INS` swaps every real name for its fictional stand-in before any measure is drawn.
"""

import pandas as pd

from prevention.illustrative.demo_texts import Key

# (short name, Lithuanian name, English name, kind) of every fictional example institution.
EXAMPLE_INSTITUTIONS = (
    ("Pavyzdinė ministerija A", "Pavyzdinė ministerija A", "Example ministry A", "ministry"),
    ("Pavyzdinė ministerija B", "Pavyzdinė ministerija B", "Example ministry B", "ministry"),
    ("Pavyzdinė ministerija C", "Pavyzdinė ministerija C", "Example ministry C", "ministry"),
    ("Pavyzdinė ministerija D", "Pavyzdinė ministerija D", "Example ministry D", "ministry"),
    ("Pavyzdinė agentūra A", "Pavyzdinė valstybės agentūra A", "Example state agency A", "agency"),
    ("Pavyzdinė agentūra B", "Pavyzdinė valstybės agentūra B", "Example state agency B", "agency"),
    ("Pavyzdinė agentūra C", "Pavyzdinė valstybės agentūra C", "Example state agency C", "agency"),
    ("Pavyzdinė agentūra D", "Pavyzdinė valstybės agentūra D", "Example state agency D", "agency"),
    ("Pavyzdinė agentūra E", "Pavyzdinė valstybės agentūra E", "Example state agency E", "agency"),
    ("Pavyzdinė agentūra F", "Pavyzdinė valstybės agentūra F", "Example state agency F", "agency"),
    ("Pavyzdinė agentūra G", "Pavyzdinė valstybės agentūra G", "Example state agency G", "agency"),
    ("Pavyzdinė NVO A", "Pavyzdinė NVO A", "Example NGO A", "ngo"),
    ("Pavyzdinė NVO B", "Pavyzdinė NVO B", "Example NGO B", "ngo"),
    ("Pavyzdinė NVO C", "Pavyzdinė NVO C", "Example NGO C", "ngo"),
    ("Pavyzdinė NVO D", "Pavyzdinė NVO D", "Example NGO D", "ngo"),
    ("Pavyzdinė NVO E", "Pavyzdinė NVO E", "Example NGO E", "ngo"),
    ("Pavyzdinė NVO F", "Pavyzdinė NVO F", "Example NGO F", "ngo"),
    ("Pavyzdinė NVO G", "Pavyzdinė NVO G", "Example NGO G", "ngo"),
    ("Pavyzdinė NVO H", "Pavyzdinė NVO H", "Example NGO H", "ngo"),
    ("Pavyzdinė NVO I", "Pavyzdinė NVO I", "Example NGO I", "ngo"),
    ("Pavyzdinė NVO J", "Pavyzdinė NVO J", "Example NGO J", "ngo"),
    ("Pavyzdinė NVO K", "Pavyzdinė NVO K", "Example NGO K", "ngo"),
    (
        "Pavyzdinė tarptautinė organizacija",
        "Pavyzdinė tarptautinė organizacija",
        "Example international organisation",
        "international",
    ),
    (
        "Pavyzdinis tyrimų institutas",
        "Pavyzdinis tyrimų institutas",
        "Example research institute",
        "agency",
    ),
    (
        "Pavyzdinė savivaldybių asociacija",
        "Pavyzdinė savivaldybių asociacija",
        "Example association of municipalities",
        "ngo",
    ),
    (
        "Pavyzdinė savivaldybės tarnyba",
        "Pavyzdinė savivaldybės tarnyba",
        "Example municipal service",
        "municipality",
    ),
)

# The usual lead of local work: a fictional municipal service, wherever the measure runs.
MUNICIPALITY = "Pavyzdinė savivaldybės tarnyba"

# Each real institution named in the tables below -> the fictional body that stands in for it.
STAND_INS = {
    "VRM": "Pavyzdinė ministerija A",
    "SADM": "Pavyzdinė ministerija B",
    "URM": "Pavyzdinė ministerija C",
    "ŠMSM": "Pavyzdinė ministerija D",
    "PD": "Pavyzdinė agentūra A",
    "GP": "Pavyzdinė agentūra B",
    "VSAT": "Pavyzdinė agentūra C",
    "VDI": "Pavyzdinė agentūra D",
    "MD": "Pavyzdinė agentūra E",
    "Užimtumo tarnyba": "Pavyzdinė agentūra F",
    "LPM": "Pavyzdinė agentūra G",
    "VVTAĮT": "Pavyzdinė agentūra G",
    "KOPŽI": "Pavyzdinė NVO A",
    "Lietuvos Caritas": "Pavyzdinė NVO B",
    "KSPPC": "Pavyzdinė NVO C",
    "DŽŠPC": "Pavyzdinė NVO D",
    "Vyrų krizių centras": "Pavyzdinė NVO E",
    "Moterų teisių asociacija": "Pavyzdinė NVO F",
    "Šv. Mortos grupė": "Pavyzdinė NVO G",
    "NAPPŽ": "Pavyzdinė NVO H",
    "LVK": "Pavyzdinė NVO I",
    "PPC": "Pavyzdinė NVO J",
    "JK lietuvių bendruomenė": "Pavyzdinė NVO K",
    "IOM Vilnius": "Pavyzdinė tarptautinė organizacija",
    "Teisės institutas": "Pavyzdinis tyrimų institutas",
    "LSA": "Pavyzdinė savivaldybių asociacija",
    MUNICIPALITY: MUNICIPALITY,
}

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


def _stand_in(names: list[str]) -> list[str]:
    """The fictional stand-ins of a list of real institutions, each once, in order."""
    return list(dict.fromkeys(STAND_INS[name] for name in names))


# From here on only fictional institutions are left in the tables the generator reads.
LEADS = {key: _stand_in(names) for key, names in LEADS.items()}
PARTNERS = {key: _stand_in(names) for key, names in PARTNERS.items()}
NATIONAL_LEADS = frozenset(_stand_in(sorted(NATIONAL_LEADS)))


def illustrative_institutions() -> pd.DataFrame:
    """The fictional example institutions that run every generated measure."""
    frame = pd.DataFrame(EXAMPLE_INSTITUTIONS, columns=["short_name", "name_lt", "name_en", "kind"])
    return frame.assign(
        note="Fictional example institution of the illustrative data (not a real body)",
        source_ids="ILLUSTRATIVE",
        illustrative=True,
    )
