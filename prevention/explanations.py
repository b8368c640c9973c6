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
    ids = frame["measure_id"].tolist()
    lead = dict(zip(ids, frame["lead"].tolist(), strict=True))
    text = dict(zip(ids, (frame["text_lt"] + " " + frame["text_en"]).tolist(), strict=True))
    first, second = pairs["measure_a"].tolist(), pairs["measure_b"].tolist()
    explained = pairs.assign(
        lead_a=[lead[m] for m in first],
        lead_b=[lead[m] for m in second],
        shared_words=[
            ", ".join(shared_words(text[a], text[b])) for a, b in zip(first, second, strict=True)
        ],
    )
    for lang in LANGS:
        explained[f"explanation_{lang}"] = sentences(explained, lang, area_names)
    return explained


def sentences(pairs: pd.DataFrame, lang: Lang, area_names: AreaNames | None = None) -> list[str]:
    """Every pair's explanation in one language, from its fields.

    Pairs repeat the same few types, groups, places and scores, so each part is worded once
    per distinct value: tens of thousands of pairs are explained in well under a second.
    """
    same = {
        (kind, group): t(
            "overlap.explain_same",
            lang,
            type=_label("measure_type", kind, lang),
            group=_label("target_group", group, lang),
        )
        for kind, group in set(zip(pairs["measure_type"], pairs["target_group"], strict=True))
    }
    shared_places = {
        codes: t("overlap.explain_places", lang, places=places(codes, lang, area_names))
        for codes in pairs["shared_area_codes"].unique()
    }
    years = {
        int(n): t("overlap.explain_years", lang, years=number(int(n), lang))
        for n in pairs["overlap_years"].unique()
    }
    alike = {
        float(x): t("overlap.explain_text", lang, similarity=number(float(x), lang, decimals=2))
        for x in pairs["text_similarity"].unique()
    }
    # Templates with their {placeholders} left in, filled per pair below.
    words_part = t("overlap.explain_words", lang)
    differ, same_lead = t("overlap.explain_differ", lang), t("overlap.explain_same_lead", lang)
    out = []
    columns = [
        pairs[column].tolist()  # plain lists: iterating Arrow-backed columns is slow
        for column in ("measure_type", "target_group", "shared_area_codes", "overlap_years",
                       "text_similarity", "shared_words", "institutions_differ", "lead_a",
                       "lead_b")
    ]  # fmt: skip
    for kind, group, codes, overlap, similarity, words, differs, lead_a, lead_b in zip(
        *columns, strict=True
    ):
        parts = [same[(kind, group)], shared_places[codes], years[int(overlap)]]
        parts.append(alike[float(similarity)])
        if words:
            parts.append(words_part.format(words=words))
        parts.append((differ if differs else same_lead).format(a=lead_a, b=lead_b))
        out.append("; ".join(parts) + ".")
    return out


def places(shared_codes: str, lang: Lang, area_names: AreaNames | None = None) -> str:
    """The shared places: "the whole country", or a count with the first few named."""
    codes = [code for code in str(shared_codes or "").split(";") if code]
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
