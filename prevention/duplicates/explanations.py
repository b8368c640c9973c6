"""Plain sentences, in Lithuanian and English, saying why two measures were flagged.

Every part is true of both measures and can be checked against them: their titles and leads;
their types and target groups (saying so when the two institutions coded them differently);
the places both reach (a national measure reaches the local one's place); the years both run;
the people both name; the words both descriptions use; and who runs them, with any institution
they share. No part speaks of scores or methods.
"""

from collections.abc import Callable, Iterable, Mapping

import numpy as np
import pandas as pd

from prevention.codes import NATIONAL
from prevention.duplicates.measure_reading import Reading
from prevention.i18n import LANGS, Lang, has_key, number, t

PLACES_SHOWN = 5  # a national measure shares all 60: name a few, count the rest

AreaNames = Mapping[str, Mapping[str, str]]  # code -> {"lt": ..., "en": ...}


def explain(
    pairs: pd.DataFrame, frame: pd.DataFrame, area_names: AreaNames | None = None
) -> pd.DataFrame:
    """Add the leads, the shared words and an explanation in both languages to every pair."""
    # Plain lists by position: iterating Arrow-backed columns row by row is slow.
    position = {m: i for i, m in enumerate(frame["measure_id"].tolist())}
    columns = ("measure_id", "title_lt", "title_en", "lead", "institutions", "areas",
               "measure_type", "target_group", "start_year", "end_year", "reading")  # fmt: skip
    table: dict[str, list] = {
        c: frame[c].tolist() if c in frame else [""] * len(frame) for c in columns
    }
    first = [position[m] for m in pairs["measure_a"].tolist()]
    second = [position[m] for m in pairs["measure_b"].tolist()]
    reading: list[Reading] = table["reading"]
    order = [{stem: n for n, stem in enumerate(r.stems)} for r in reading]
    words = [
        _shared_words(reading[i], reading[j], order[i]) for i, j in zip(first, second, strict=True)
    ]
    explained = pairs.assign(
        lead_a=objects(table["lead"][i] for i in first).set_axis(pairs.index),
        lead_b=objects(table["lead"][j] for j in second).set_axis(pairs.index),
        shared_words=objects(words).set_axis(pairs.index),
    )
    keys = _part_keys(table, first, second, explained["shared_area_codes"].tolist())
    for lang in LANGS:
        explained[f"explanation_{lang}"] = objects(
            sentences(table, first, second, keys, words, lang, area_names)
        ).set_axis(pairs.index)
    return explained


def objects(values: Iterable) -> pd.Series:
    """A column of Python strings kept as objects: pandas would otherwise convert every one of
    a hundred thousand pairs' texts into an Arrow string column, and back for each row taken."""
    return pd.Series(values if isinstance(values, np.ndarray) else list(values), dtype=object)


def _shared_words(left: Reading, right: Reading, order: Mapping[str, int], limit: int = 5) -> str:
    """Up to five words both texts use (by stem), as the left text spells them, in its order."""
    common = left.stems.keys() & right.stems.keys()
    return ", ".join(left.stems[stem] for stem in sorted(common, key=order.__getitem__)[:limit])


Part = tuple[np.ndarray, list[tuple]]  # per pair an id, and the values each id stands for


def _part_keys(
    table: Mapping[str, list], first: list[int], second: list[int], shared_areas: list[str]
) -> list[Part]:
    """For each part of the sentence, what it depends on, as ids shared by alike pairs.

    Computed once for both languages, in bulk (NumPy) where the values are codes: a part is
    then worded once per distinct id rather than once per pair.
    """
    a, b = np.asarray(first, dtype=np.int64), np.asarray(second, dtype=np.int64)
    codes = list(zip(table["measure_type"], table["target_group"], strict=True))
    coded, code_values = _factorize(codes)
    periods, period_values = _factorize(
        list(zip(table["start_year"], table["end_year"], strict=True))
    )
    areas = table["areas"]
    size = np.array([len(x) for x in areas], dtype=np.int64)
    national = np.array([NATIONAL in x for x in areas], dtype=bool)
    shared_id, shared_values = _factorize(shared_areas)
    shared_count = np.array([x.count(";") + 1 for x in shared_values], dtype=np.int64)[shared_id]
    wider = national[a] | national[b] | (np.maximum(size[a], size[b]) > shared_count)
    readings = table["reading"]
    audience_codes = sorted({c for r in readings for c in r.audiences})
    bit = {code: 1 << n for n, code in enumerate(audience_codes)}
    audience = np.array([sum(bit[c] for c in r.audiences) for r in readings], dtype=np.int64)
    grade = np.array([sum(1 << g for g in r.grades) for r in readings], dtype=np.int64)
    lead = table["lead"]
    involved = [frozenset(x) for x in table["institutions"]]
    who: dict[tuple, int] = {}
    who_ids = np.array([
        who.setdefault((lead[i], lead[j], involved[i] & involved[j]), len(who))
        for i, j in zip(first, second, strict=True)
    ], dtype=np.int64)  # fmt: skip
    return [
        _factor(np.stack([coded[a], coded[b]]),
                lambda x, y: (code_values[x][0], code_values[y][0], code_values[x][1],
                              code_values[y][1])),
        _factor(np.stack([shared_id, wider.astype(np.int64)]),
                lambda x, w: (shared_values[x], bool(w))),
        _factor(np.stack([periods[a], periods[b]]),
                lambda x, y: (*period_values[x], *period_values[y])),
        _factor(np.stack([audience[a] & audience[b], grade[a] & grade[b]]),
                lambda m, g: (frozenset(c for c in audience_codes if bit[c] & m),
                              frozenset(n for n in range(13) if (g >> n) & 1))),
        (who_ids, list(who)),
    ]  # fmt: skip


def _factorize(values: list) -> tuple[np.ndarray, list]:
    """Each value's id, and the distinct values in order of first appearance."""
    seen: dict = {}
    ids = np.array([seen.setdefault(v, len(seen)) for v in values], dtype=np.int64)
    return ids, list(seen)


def _factor(columns: np.ndarray, decode) -> Part:  # noqa: ANN001 - values of one id -> tuple
    """Ids of the distinct column combinations, and each id's decoded values."""
    if columns.shape[1] == 0:
        return np.empty(0, dtype=np.int64), []
    unique, ids = np.unique(columns, axis=1, return_inverse=True)
    return ids.ravel(), [decode(*(int(v) for v in unique[:, k])) for k in range(unique.shape[1])]


def sentences(
    table: Mapping[str, list], first: list[int], second: list[int], keys: list[Part],
    shared: list[str], lang: Lang, area_names: AreaNames | None = None,
) -> list[str]:  # fmt: skip
    """Every pair's explanation in one language (pairs given as row positions in `table`).

    Pairs repeat the same few codes, places, years, people and institutions, so those parts
    are worded once per distinct value: tens of thousands of pairs take about a second.
    """
    words = Words(lang, area_names)
    named = [
        t("duplicates.explain_named", lang, title=_title(table, row, lang), lead=lead)
        for row, lead in enumerate(table["lead"])
    ]
    # Templates with their {placeholders} left in, filled per pair below.
    both_part, words_part = (
        t("duplicates.explain_titles", lang),
        t("duplicates.explain_words", lang),
    )
    makers: tuple[Callable[..., str], ...] = (
        words.codes, words.places, words.years, words.people, words.institutions,
    )  # fmt: skip
    worded = [
        [make(*values) for values in distinct]
        for (_, distinct), make in zip(keys, makers, strict=True)
    ]
    columns = [[part[k] for k in ids.tolist()] for (ids, _), part in zip(keys, worded, strict=True)]
    out = []
    for i, j, codes, where, when, people, who, common in zip(
        first, second, *columns, shared, strict=True
    ):
        parts = [both_part.format(a=named[i], b=named[j]), codes, where, when]
        if people:
            parts.append(people)
        if common:
            parts.append(words_part.format(words=common))
        parts.append(who)
        out.append("; ".join(parts) + ".")
    return out


class Words:
    """The parts of explanations in one language, each worded from the values it depends on."""

    def __init__(self, lang: Lang, area_names: AreaNames | None) -> None:
        self.lang, self.area_names = lang, area_names

    def codes(self, type_a: str, type_b: str, group_a: str, group_b: str) -> str:
        """Their types and groups, saying when the institutions coded them differently."""
        lang = self.lang
        kind = (
            t("duplicates.explain_type_same", lang, type=_label("measure_type", type_a, lang))
            if type_a == type_b
            else t("duplicates.explain_type_differ", lang, a=_label("measure_type", type_a, lang),
                   b=_label("measure_type", type_b, lang))
        )  # fmt: skip
        group = (
            t("duplicates.explain_group_same", lang, group=_label("target_group", group_a, lang))
            if group_a == group_b
            else t("duplicates.explain_group_differ", lang,
                   a=_label("target_group", group_a, lang),
                   b=_label("target_group", group_b, lang))
        )  # fmt: skip
        return f"{kind}; {group}"

    def places(self, shared_codes: str, wider: bool) -> str:
        """Where both run: the whole country, or the places both reach."""
        codes = [c for c in str(shared_codes or "").split(";") if c]
        if not codes or codes == [NATIONAL]:
            return t("duplicates.explain_whole_country", self.lang)
        named = places(shared_codes, self.lang, self.area_names)
        key = "duplicates.explain_places_wider" if wider else "duplicates.explain_places"
        return t(key, self.lang, places=named)

    def years(self, start_a: int, end_a: int, start_b: int, end_b: int) -> str:
        """The years both run, or that one follows the other."""
        first, last = max(start_a, start_b), min(end_a, end_b)
        if first > last:
            return t("duplicates.explain_follows", self.lang, a=_period(start_a, end_a),
                     b=_period(start_b, end_b))  # fmt: skip
        return t("duplicates.explain_years", self.lang, years=_period(first, last))

    def people(self, audiences: frozenset[str], grades: frozenset[int]) -> str:
        """The people both texts name, and the grades both name; empty when none."""
        found = [t(f"duplicates.audience.{code}", self.lang) for code in sorted(audiences)]
        if grades:
            found.append(t("duplicates.grades", self.lang,
                           grades=_period(min(grades), max(grades))))  # fmt: skip
        return t("duplicates.explain_people", self.lang, people=", ".join(found)) if found else ""

    def institutions(self, lead_a: str, lead_b: str, both: frozenset[str]) -> str:
        """Who runs them: the same institution (continuity), or different leads and any
        institution both involve."""
        if lead_a == lead_b:
            return t("duplicates.explain_same_lead", self.lang, a=lead_a)
        if both:
            return t("duplicates.explain_leads_sharing", self.lang, a=lead_a, b=lead_b,
                     both=", ".join(sorted(both)))  # fmt: skip
        return t("duplicates.explain_leads_differ", self.lang, a=lead_a, b=lead_b)


def places(shared_codes: str, lang: Lang, area_names: AreaNames | None = None) -> str:
    """The shared places: "the whole country", or the first few named and the rest counted."""
    codes = [code for code in str(shared_codes or "").split(";") if code]
    if codes == [NATIONAL]:
        return t("common.whole_country", lang)
    names = [_area_name(code, lang, area_names) for code in codes[:PLACES_SHOWN]]
    more = len(codes) - PLACES_SHOWN
    return ", ".join(names) + (f" {t('common.more', lang, count=number(more, lang))}"
                               if more > 0 else "")  # fmt: skip


def _title(table: Mapping[str, list], row: int, lang: Lang) -> str:
    """A measure's title in the language, else in the other, else its id."""
    for key in (f"title_{lang}", "title_lt", "title_en"):
        value = table[key][row]
        if isinstance(value, str) and value.strip():
            return value.strip()
    return str(table["measure_id"][row])


def _period(start: int, end: int) -> str:
    """ "2019" or "2019–2021"."""
    return str(start) if start == end else f"{start}–{end}"


def _area_name(code: str, lang: Lang, area_names: AreaNames | None) -> str:
    """A municipality's name in the language, or its code when no names were given."""
    if area_names and code in area_names:
        return area_names[code][lang]
    return code


def _label(family: str, code: str, lang: Lang) -> str:
    """A data code's label from the catalogue, or the code itself when it has none."""
    key = f"{family}.{code}"
    return t(key, lang) if has_key(key) else code
