"""Titles and descriptions of illustrative measures, in Lithuanian and English.

Each concept is one piece of real-world prevention work; its paraphrases describe it the way
two institutions would describe the same work, so the duplicate finder meets realistic text.
The texts are data (demo_texts.toml beside this module), edited as prose; this module reads
them once per process into the shape the generator draws from.
"""

import tomllib
from pathlib import Path

TEXTS_PATH = Path(__file__).with_name("demo_texts.toml")

# One paraphrase: (title_lt, title_en, description_lt, description_en).
Text = tuple[str, str, str, str]
Key = tuple[str, str]  # (measure_type, target_group)


def _load() -> dict[Key, list[list[Text]]]:
    """(measure_type, target_group) -> concepts -> paraphrases, in the file's order."""
    with TEXTS_PATH.open("rb") as handle:
        concepts = tomllib.load(handle)["concept"]
    grouped: dict[Key, list[list[Text]]] = {}
    for concept in concepts:
        key = (concept["measure_type"], concept["target_group"])
        grouped.setdefault(key, []).append(
            [
                (p["title_lt"], p["title_en"], p["description_lt"], p["description_en"])
                for p in concept["paraphrase"]
            ]
        )
    return grouped


CONCEPTS: dict[Key, list[list[Text]]] = _load()
