"""Plain sentences, in Lithuanian and English, saying why two measures were flagged."""

import pandas as pd

from prevention.text_similarity import shared_words


def explain(pairs: pd.DataFrame, frame: pd.DataFrame) -> pd.DataFrame:
    """Add shared words and a checkable explanation in both languages to every pair."""
    by_id = frame.set_index("measure_id")
    words, lt, en = [], [], []
    for pair in pairs.itertuples(index=False):
        left, right = by_id.loc[pair.measure_a], by_id.loc[pair.measure_b]
        common = shared_words(_text(left), _text(right))
        words.append(", ".join(common))
        places = _places(pair.shared_area_codes, pair.shared_areas)
        who_lt, who_en = _institutions(left["lead"], right["lead"], pair.institutions_differ)
        lt.append(
            f"Ta pati rūšis ({pair.measure_type}) ir tikslinė grupė ({pair.target_group}); "
            f"bendros vietos: {places}; laikotarpiai sutampa {pair.overlap_years} m.; "
            f"tekstų panašumas {pair.text_similarity:.2f}"
            + (f" (bendri žodžiai: {', '.join(common)})" if common else "")
            + f"; {who_lt}."
        )
        en.append(
            f"Same type ({pair.measure_type}) and target group ({pair.target_group}); "
            f"shared places: {places}; periods overlap by {pair.overlap_years} year(s); "
            f"text similarity {pair.text_similarity:.2f}"
            + (f" (shared words: {', '.join(common)})" if common else "")
            + f"; {who_en}."
        )
    return pairs.assign(shared_words=words, explanation_lt=lt, explanation_en=en)


def _text(measure: pd.Series) -> str:
    """Both languages' title and description, for finding shared words."""
    return f"{measure['text_lt']} {measure['text_en']}"


def _places(codes: str, count: int) -> str:
    """The shared municipality codes, shortened when a national measure shares them all."""
    listed = codes.split(";") if codes else []
    if len(listed) > 5:
        return f"{count} ({', '.join(listed[:5])}, …)"
    return f"{count} ({', '.join(listed)})" if listed else str(count)


def _institutions(left: str, right: str, differ: bool) -> tuple[str, str]:
    """Who runs the two measures: the finding is duplication across institutions."""
    if differ:
        return (f"skirtingos institucijos: {left} ir {right}",
                f"different institutions: {left} and {right}")  # fmt: skip
    return (f"ta pati institucija ({left}) kartoja priemonę – tęstinumas",
            f"the same institution ({left}) repeats the measure: continuity")  # fmt: skip
