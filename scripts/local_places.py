"""Place names as the local sources print them -> official area codes, by written rules.

The rules, tried in this order on each place named (text in brackets is a comment of the
collector and is never read as a place):

1. the official name ("Šilalės rajono savivaldybė", "Birštono savivaldybė");
2. an abbreviation of it: "<genitive> r." and "<genitive> r. sav." are the district
   municipality ("Šilalės r." -> 87); "<genitive> m." is the city municipality ("Kauno m."
   -> 19), or, for a town without one, the municipality around it ("Telšių m." -> 78);
   "<genitive> sav." is the one municipality whose name starts with that genitive and is
   neither a city nor a district ("Marijampolės sav." -> 18);
3. a bare town name in the nominative ("Kaunas"): the city municipality where one exists,
   else the one municipality named after the town (TOWN_GENITIVE holds the genitive; the
   Lithuanian case forms are data, not string surgery);
4. a county ("Tauragės apskritis", "Tauragės apskr.", "Tauragė county") -> its ISO code.

Anything else (an eldership, a police or prosecution district, "not verified") is not
placed: place_codes() returns no code for it and the caller says why.
"""

import re

import pandas as pd

# Town (nominative) -> the genitive that starts its municipality's name.
TOWN_GENITIVE = {
    "Vilnius": "Vilniaus", "Kaunas": "Kauno", "Klaipėda": "Klaipėdos", "Panevėžys": "Panevėžio",
    "Šiauliai": "Šiaulių", "Alytus": "Alytaus", "Marijampolė": "Marijampolės",
    "Tauragė": "Tauragės", "Telšiai": "Telšių", "Utena": "Utenos", "Mažeikiai": "Mažeikių",
    "Zarasai": "Zarasų", "Šalčininkai": "Šalčininkų", "Šilalė": "Šilalės", "Kelmė": "Kelmės",
}  # fmt: skip
# County in English (as the figures' `area` column writes it) -> the genitive of its name.
COUNTY_EN = {"Tauragė": "Tauragės", "Marijampolė": "Marijampolės", "Kaunas": "Kauno"}

_ABBREVIATION = re.compile(r"^(?P<gen>[A-ZĄČĘĖĮŠŲŪŽ][\wąčęėįšųūž]+(?: [A-ZĄČĘĖĮŠŲŪŽ][\wąčęėįšųūž]+)?)"
                           r" (?P<kind>r\. sav\.|r\.|m\.|sav\.|rajono|miesto)"
                           r"(?: (?:ir r\.|savivaldybė.*|sav\..*|administracij.*))?$")  # fmt: skip
_COUNTY = re.compile(r"^(?P<gen>[A-ZĄČĘĖĮŠŲŪŽ][\wąčęėįšųūž]+) (?:apskritis|apskr\.|apskrities)$")
_COUNTY_EN = re.compile(r"^(?P<town>[A-ZĄČĘĖĮŠŲŪŽ][\wąčęėįšųūž]+) county$")


def without_comments(text: str) -> str:
    """The text with bracketed comments removed (nested ones too)."""
    previous = None
    while previous != text:
        previous, text = text, re.sub(r"\([^()]*\)", "", text)
    return re.sub(r"\s+", " ", text).strip()


class Places:
    """Name -> code lookups over the areas table (municipalities and counties)."""

    def __init__(self, areas: pd.DataFrame) -> None:
        municipalities = areas[areas["level"] == "municipality"]
        self.by_name = dict(zip(municipalities["name_lt"], municipalities["code"], strict=True))
        self.municipalities = municipalities
        counties = areas[areas["level"] == "county"]
        self.counties = dict(zip(counties["name_lt"], counties["code"], strict=True))

    def code(self, name: str) -> str | None:
        """The code of one place name by rules 1-4, or None when no rule places it."""
        name = without_comments(name).strip(" ,;")
        if name in self.by_name:  # rule 1
            return self.by_name[name]
        if match := _ABBREVIATION.match(name):  # rule 2
            return self._abbreviated(match["gen"], match["kind"])
        if name in TOWN_GENITIVE:  # rule 3
            return self._town(TOWN_GENITIVE[name])
        if match := _COUNTY.match(name):  # rule 4
            return self.counties.get(f"{match['gen']} apskritis")
        if (match := _COUNTY_EN.match(name)) and match["town"] in COUNTY_EN:
            return self.counties.get(f"{COUNTY_EN[match['town']]} apskritis")
        return None

    def _abbreviated(self, genitive: str, kind: str) -> str | None:
        if kind in ("r.", "r. sav.", "rajono"):
            return self.by_name.get(f"{genitive} rajono savivaldybė")
        if kind in ("m.", "miesto"):
            return self._town(genitive)
        plain = self.by_name.get(f"{genitive} savivaldybė")  # "sav.": neither city nor district
        return plain if plain is not None else self._town(genitive)

    def _town(self, genitive: str) -> str | None:
        """The city municipality of a town, else the one municipality named after it."""
        city = self.by_name.get(f"{genitive} miesto savivaldybė")
        if city is not None:
            return city
        around = self.municipalities[self.municipalities["name_lt"].str.startswith(genitive + " ")]
        return around["code"].iloc[0] if len(around) == 1 else None

    def codes(self, text: str) -> list[str]:
        """Every municipality a list of places names ("Vilnius, Kaunas"; "A r.; B r."), in
        order, once each; county names and unplaceable parts are left out."""
        parts = re.split(r"\s*(?:;|,| and | ir | / |\+)\s*", without_comments(text))
        found = [self.code(part) for part in parts if part]
        municipal = [code for code in found if code is not None and not code.startswith("LT")]
        return list(dict.fromkeys(municipal))
