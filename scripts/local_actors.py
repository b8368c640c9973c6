"""Actor names as the local sources print them -> institution short names, by written rules.

A cell lists the lead first, then partners, separated by ";" or " with ". For each actor
(bracketed comments dropped), the first rule that matches decides:

1. ALIASES: a known body, by the start of its name ("Lietuvos Caritas projektas ..." is
   Lietuvos Caritas; "KOPŽI Klaipėda" is KOPŽI) -> the short name institutions.csv uses;
2. a police unit: "<genitive> r. PK" (a district commissariat, the most specific unit named,
   even inside "Tauragės apskr. VPK Šilutės r. PK") or "<genitive> apskr. VPK" / "AVPK" /
   "apskr. policija" (a county headquarters);
3. a prosecution office: "<genitive> apygardos prokuratūra" (regional) or "apylinkės"
   (district);
4. a municipality's council, administration or one of its departments or groups ("Šilalės r.
   savivaldybės Vaiko teisių apsaugos skyrius") -> that municipality ("Šilalės r. sav.");
5. NAMED: other named bodies (schools, libraries, crisis centres, church bodies), each with
   its kind and English name written out here;
6. anything else is an unnamed or generic actor ("community police officer", "parapijos",
   "and others"): it is not made into an institution; the original cell stays in the note.
"""

import re

import pandas as pd
from local_places import Places, without_comments

ALIASES = {
    "Lietuvos Caritas": "Lietuvos Caritas", "Caritas": "Lietuvos Caritas",
    "KOPŽI": "KOPŽI", "VRM": "VRM", "SADM": "SADM", "NAPPŽ": "NAPPŽ",
    "Policijos departamentas": "PD", "Generalinė prokuratūra": "GP", "VSAT": "VSAT",
    "VVTAĮT": "VVTAĮT", "KSPPC": "KSPPC", "Lietuvos policijos mokykla": "LPM",
    "Dingusių žmonių šeimų paramos centras": "DŽŠPC",
    "Kaišiadorių vyskupijos Caritas": "Kaišiadorių vyskupijos Caritas",
    "Vilniaus arkivyskupijos Caritas": "Vilniaus arkivyskupijos Caritas",
    "Moterų teisių asociacija": "Moterų teisių asociacija",
    "Šv. Mortos iniciatyvinė grupė": "Šv. Mortos grupė",
    "Kauno m. VPK": "Kauno apskr. VPK",  # Kaunas city is policed by the county headquarters
    "US Embassy": "JAV ambasada",
}  # fmt: skip

# short name -> (name_lt, name_en, kind) for named bodies no other rule knows.
NAMED = {
    "JAV ambasada": ("JAV ambasada Lietuvoje", "U.S. Embassy in Lithuania", "international"),
    "Telšių krizių centras": ("Telšių krizių centras", "Telšiai Crisis Centre", "ngo"),
    "Bendruomeniniai šeimos namai": ("Prienų bendruomeniniai šeimos namai",
                                     "Prienai Community Family Home", "other"),
    "Marijampolės profesinio rengimo centro Vilkaviškio skyrius": (
        "Marijampolės profesinio rengimo centro Vilkaviškio skyrius",
        "Marijampolė Vocational Training Centre, Vilkaviškis branch", "other"),
    "Alytaus Moterų krizių centras": ("Alytaus moterų krizių centras",
                                      "Alytus Women's Crisis Centre", "ngo"),
    "Kauno m. socialinių paslaugų centras": ("Kauno miesto socialinių paslaugų centras",
                                             "Kaunas City Social Services Centre", "other"),
    "Jonavos politechnikos mokykla": ("Jonavos politechnikos mokykla",
                                      "Jonava Polytechnic School", "other"),
    "Radviliškio technologijų ir verslo mokymo centras": (
        "Radviliškio technologijų ir verslo mokymo centras",
        "Radviliškis Technology and Business Training Centre", "other"),
    "Vilkaviškio r. viešoji biblioteka": ("Vilkaviškio rajono savivaldybės viešoji biblioteka",
                                          "Vilkaviškis District Public Library", "other"),
    "Kauno arkivyskupija": ("Kauno arkivyskupija", "Archdiocese of Kaunas", "church"),
    "Kauno arkivyskupijos Caritas": ("Kauno arkivyskupijos Caritas",
                                     "Caritas of the Kaunas Archdiocese", "ngo"),
    "Kauno įgulos kapelionatas": ("Kauno įgulos kapelionatas", "Kaunas Garrison Chaplaincy",
                                  "church"),
    "Vilkaviškio vyskupijos kurija": ("Vilkaviškio vyskupijos kurija",
                                      "Curia of the Vilkaviškis Diocese", "church"),
}  # fmt: skip

_DISTRICT_POLICE = re.compile(r"(?P<gen>[A-ZĄČĘĖĮŠŲŪŽ]\w+) r\. PK\b")
_COUNTY_POLICE = re.compile(
    r"^(?P<gen>[A-ZĄČĘĖĮŠŲŪŽ]\w+) (?:apskr(?:ities|\.)? (?:VPK|policija)|AVPK)"
)
_PROSECUTION = re.compile(r"^(?P<gen>[A-ZĄČĘĖĮŠŲŪŽ]\w+) (?P<level>apygardos|apylinkės) prokuratūra")


def split_actors(cell: str) -> list[str]:
    """The actors of a cell, lead first, comments dropped."""
    parts = re.split(r"\s*(?:;| with | / )\s*", without_comments(cell))
    return [part.strip(" ,") for part in parts if part.strip(" ,")]


class Actors:
    """Actor -> institution short name, collecting the new institutions it had to name."""

    def __init__(self, areas: pd.DataFrame, known: set[str]) -> None:
        self.places = Places(areas)
        self.areas = areas.set_index("code")
        self.known = known
        self.new: dict[str, dict[str, str]] = {}

    def short_name(self, actor: str) -> str | None:
        """The institution an actor names, by rules 1-5; None for an unnamed actor (rule 6)."""
        for start, short in ALIASES.items():  # rule 1
            if actor == start or actor.startswith(start + " "):
                return short
        if match := _DISTRICT_POLICE.search(actor):  # rule 2
            return self._police_district(match["gen"])
        if match := _COUNTY_POLICE.match(actor):
            return self._county_police(match["gen"])
        if match := _PROSECUTION.match(actor):  # rule 3
            return self._prosecution(match["gen"], match["level"])
        words = actor.split()
        if len(words) > 1 and re.search(r"sav\.|savivaldyb", actor):  # rule 4
            # "Šilalės r. sav. ..." / "Kauno m. savivaldybė" / "Marijampolės savivaldybė"
            head = f"{words[0]} sav." if words[1].startswith("sav") else " ".join(words[:2])
            code = self.places.code(head)
            if code is not None and not code.startswith("LT"):
                return self._municipality(code)
        for start, (name_lt, name_en, kind) in NAMED.items():  # rule 5
            if actor.startswith(start):
                return self._add(start, name_lt, name_en, kind)
        return None

    def _municipality(self, code: str) -> str:
        area = self.areas.loc[code]
        return self._add(area["short_name_lt"], area["name_lt"], area["name_en"], "municipality")

    def _police_district(self, genitive: str) -> str:
        code = self.places.code(f"{genitive} r.")
        assert code is not None, genitive
        town = str(self.areas.loc[code, "name_en"]).removesuffix(" District Municipality")
        return self._add(f"{genitive} r. PK", f"{genitive} rajono policijos komisariatas",
                         f"{town} District Police Commissariat", "police")  # fmt: skip

    def _county_police(self, genitive: str) -> str:
        county = self.places.code(f"{genitive} apskritis")
        assert county is not None, genitive
        name_en = str(self.areas.loc[county, "name_en"])
        return self._add(f"{genitive} apskr. VPK",
                         f"{genitive} apskrities vyriausiasis policijos komisariatas",
                         f"{name_en} Chief Police Commissariat", "police")  # fmt: skip

    def _prosecution(self, genitive: str, level: str) -> str:
        town = ENGLISH_TOWN.get(genitive, genitive)
        kind_en = "Regional" if level == "apygardos" else "District"
        return self._add(f"{genitive} {level} prokuratūra", f"{genitive} {level} prokuratūra",
                         f"{town} {kind_en} Prosecutor's Office", "prosecution")  # fmt: skip

    def _add(self, short: str, name_lt: str, name_en: str, kind: str) -> str:
        if short not in self.known and short not in self.new:
            self.new[short] = {"short_name": short, "name_lt": name_lt, "name_en": name_en,
                               "kind": kind}  # fmt: skip
        return short


# Genitive -> English town name, for the prosecution offices the sources name.
ENGLISH_TOWN = {"Kauno": "Kaunas", "Klaipėdos": "Klaipėda", "Marijampolės": "Marijampolė"}
