"""Plain sentences, in Lithuanian and English, saying why two measures were flagged.

Every part of a sentence is a field a reader can check against the two measures: the type and
target group they share, the places they share (named when names are given), the years they
overlap, how alike their texts are and which words they share, and who runs them.
"""

from collections.abc import Mapping

import pandas as pd

from prevention.i18n import LANGS, Lang, has_key, number, t
from prevention.text_similarity import shared_words

PLACES_SHOWN = 5  # a national measure shares all 60: name a few, count the rest

AreaNames = Mapping[str, Mapping[str, str]]  # code -> {"lt": ..., "en": ...}


def explain(
    pairs: pd.DataFrame, frame: pd.DataFrame, area_names: AreaNames | None = None
) -> pd.DataFrame:
    """Add the leads, the shared words and an explanation in both languages to every pair."""
    by_id = frame.set_index("measure_id")
    leads_a = [by_id.at[m, "lead"] for m in pairs["measure_a"]]
    leads_b = [by_id.at[m, "lead"] for m in pairs["measure_b"]]
    words = [
        ", ".join(shared_words(_text(by_id.loc[a]), _text(by_id.loc[b])))
        for a, b in zip(pairs["measure_a"], pairs["measure_b"], strict=True)
    ]
    explained = pairs.assign(lead_a=leads_a, lead_b=leads_b, shared_words=words)
    for lang in LANGS:
        explained[f"explanation_{lang}"] = [
            sentence(row, lang, area_names) for row in explained.to_dict("records")
        ]
    return explained


def sentence(pair: Mapping[str, object], lang: Lang, area_names: AreaNames | None = None) -> str:
    """One pair's explanation in one language, from its fields."""
    parts = [
        t(
            "overlap.explain_same",
            lang,
            type=_label("measure_type", str(pair["measure_type"]), lang),
            group=_label("target_group", str(pair["target_group"]), lang),
        ),
        t("overlap.explain_places", lang, places=places(pair, lang, area_names)),
        t("overlap.explain_years", lang, years=number(int(str(pair["overlap_years"])), lang)),
        t(
            "overlap.explain_text",
            lang,
            similarity=number(float(str(pair["text_similarity"])), lang, decimals=2),
        ),
    ]
    if pair.get("shared_words"):
        parts.append(t("overlap.explain_words", lang, words=pair["shared_words"]))
    who = "overlap.explain_differ" if pair["institutions_differ"] else "overlap.explain_same_lead"
    parts.append(t(who, lang, a=pair["lead_a"], b=pair["lead_b"]))
    return "; ".join(parts) + "."


def places(pair: Mapping[str, object], lang: Lang, area_names: AreaNames | None = None) -> str:
    """The shared places: "the whole country", or a count with the first few named."""
    codes = [code for code in str(pair.get("shared_area_codes") or "").split(";") if code]
    if codes == ["LT"]:
        return t("overlap.whole_country", lang)
    names = [_area_name(code, lang, area_names) for code in codes[:PLACES_SHOWN]]
    more = len(codes) - PLACES_SHOWN
    listed = ", ".join(names) + (f" {t('overlap.and_more', lang, count=more)}" if more > 0 else "")
    return f"{number(len(codes), lang)} ({listed})"


def _area_name(code: str, lang: Lang, area_names: AreaNames | None) -> str:
    """A municipality's name in the language, or its code when no names were given."""
    if area_names and code in area_names:
        return area_names[code][lang]
    return code


def _label(family: str, code: str, lang: Lang) -> str:
    """A data code's label from the catalogue, or the code itself when it has none."""
    key = f"{family}.{code}"
    return t(key, lang) if has_key(key) else code


def _text(measure: pd.Series) -> str:
    """Both languages' title and description, for finding shared words."""
    return f"{measure['text_lt']} {measure['text_en']}"
