"""What a measure's text says: its words' stems, what it is about, and whom it is for.

Lithuanian inflects heavily ("mokiniams", "mokinių", "mokiniai"), so words are compared by
their Snowball stems (`snowballstemmer`'s Lithuanian and English stemmers), folded once to
lower case without accents so that text typed without Lithuanian letters still matches.

The lexicon (duplicate_lexicon.csv, prose a reviewer can edit) maps words and phrases to:
- concepts: what the work is (talks, home visits, jobs abroad, luring, …), so paraphrases that
  share few words still meet;
- audiences: who the work is for (police, prosecutors, judges, social workers, teachers,
  pupils, parents, families at risk, employers, …), so trainings of different professions are
  told apart however alike their wording;
- grades: which school grades, so lessons for grades 1–4 and for grades 11–12 are told apart.
A term's words are stemmed like the texts. Where the stemmer cuts too deep ("teisėjams" and
"teisės" both become "teis"), the lexicon gives a word prefix instead, marked with "*".
"""

import csv
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import snowballstemmer

LEXICON = Path(__file__).with_name("duplicate_lexicon.csv")
LETTERS = re.compile(r"[^\W\d_]+")  # runs of letters in any alphabet, diacritics included
STOPWORDS = {
    "apie", "kaip", "ir", "bei", "su", "del", "dėl", "the", "and", "for", "on", "of", "to",
    "in", "with", "kad", "nuo", "per", "how", "from", "at", "by", "a", "an", "or", "m", "kur",
    "tai", "jų", "jos", "jo", "kurie", "kurios", "kartu", "taip", "pat", "are", "is",
}  # fmt: skip
ROMAN = {"i": 9, "ii": 10, "iii": 11, "iv": 12}  # gymnasium classes I–IV are grades 9–12
GRADE_RANGE = re.compile(r"(\d{1,2})\s*[–—-]\s*(\d{1,2})\s*(?:-?\s*\w{0,5}\s+)?klas")
GRADE_ONE = re.compile(r"(?<![\d–—-])(\d{1,2})\s*(?:-?\s*\w{0,5}\s+)?klas")
GYMNASIUM = re.compile(r"\b(iv|i{1,3})\s*[–—-]\s*(iv|i{1,3})\s+gimnazijos")
STEMMERS = {"lt": snowballstemmer.stemmer("lithuanian"), "en": snowballstemmer.stemmer("english")}


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents: "Šiaulių" -> "siauliu"; the one normalisation everywhere."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return decomposed.encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=65536)
def stem(word: str, lang: str = "lt") -> str:
    """A word's Snowball stem, folded: "mokiniams", "mokinių" and "mokiniai" -> "mokin"."""
    return fold(STEMMERS[lang].stemWord(word.lower()))


@dataclass(frozen=True)
class Reading:
    """One text read: its stems (with the spelling first seen), concepts, audiences, grades."""

    stems: dict[str, str]
    concepts: frozenset[str]
    audiences: frozenset[str]
    grades: frozenset[int]


@lru_cache(maxsize=32768)
def read(text: str, lang: str = "lt") -> Reading:
    """Read one text (cached: measure texts repeat, and each is read once per pair)."""
    words = LETTERS.findall(text.lower())
    if not words:
        return EMPTY
    known = [_word(word, lang) for word in words]
    stems, folded, entries, content = zip(*known, strict=True)
    found: dict[str, set[str]] = {"concept": set(), "audience": set(), "grade": set()}
    for i, terms in enumerate(entries):
        for kind, code, term in terms:
            if len(term) == 1 or _matches(term, stems, folded, i):
                found[kind].add(code)
    grades = {g for code in found["grade"] for g in _grade_span(code)}
    if "kl" in text:  # written grades ("7–8 klasių") need the word for class
        grades |= _grades_in(text)
    shown: dict[str, str] = {}
    for word, stem_, keep in zip(words, stems, content, strict=True):
        if keep and stem_ not in shown:
            shown[stem_] = word
    return Reading(shown, frozenset(found["concept"]), frozenset(found["audience"]),
                   frozenset(grades))  # fmt: skip


@lru_cache(maxsize=131072)
def _word(word: str, lang: str) -> tuple[str, str, tuple, bool]:
    """A word's stem, its folded form, the lexicon terms that may start at it, and whether it
    is a content word (cached: measures reuse a few thousand words)."""
    stem_, folded = stem(word, lang), fold(word)
    by_stem, by_prefix = _lexicon(lang)
    prefixed = [entry for entry in by_prefix if folded.startswith(entry[2][0][1])]
    content = len(stem_) > 2 and word not in STOPWORDS
    return stem_, folded, tuple(by_stem.get(stem_, []) + prefixed), content


def read_both(text_lt: str, text_en: str) -> Reading:
    """A measure read in both its languages, findings joined."""
    left, right = read(text_lt, "lt"), read(text_en, "en")
    if not text_en:
        return left
    if not text_lt:
        return right
    return Reading(
        {**right.stems, **left.stems}, left.concepts | right.concepts,
        left.audiences | right.audiences, left.grades | right.grades,
    )  # fmt: skip


def shared_words(left: Reading, right: Reading, limit: int = 5) -> list[str]:
    """Words of the left text whose stems the right text also has, as the left spells them."""
    return [word for key, word in left.stems.items() if key in right.stems][:limit]


EMPTY = Reading({}, frozenset(), frozenset(), frozenset())

# A term is a tuple of parts: ("stem", s) matches a word's stem, ("prefix", p) a word's start.
Term = tuple[tuple[str, str], ...]


@cache
def _lexicon(lang: str) -> tuple[dict[str, list], list]:
    """The lexicon for one language: terms by their first stem, and terms led by a prefix."""
    by_stem: dict[str, list] = {}
    by_prefix: list = []
    with LEXICON.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            if row["lang"] != lang:
                continue
            for phrase in row["terms"].split("|"):
                term = _term(phrase.split(), lang)
                entry = (row["kind"], row["code"], term)
                if term[0][0] == "stem":
                    by_stem.setdefault(term[0][1], []).append(entry)
                else:
                    by_prefix.append(entry)
    return by_stem, by_prefix


def _term(words: Iterable[str], lang: str) -> Term:
    """A lexicon phrase as the parts a text's words are matched against."""
    return tuple(
        ("prefix", fold(word[:-1])) if word.endswith("*") else ("stem", stem(word, lang))
        for word in words
    )


def _matches(term: Term, stems: tuple[str, ...], folded: tuple[str, ...], start: int) -> bool:
    """Whether the term's parts match the words from `start` on, one word each."""
    if start + len(term) > len(stems):
        return False
    for offset, (how, value) in enumerate(term):
        word = stems[start + offset] if how == "stem" else folded[start + offset]
        if (how == "stem" and word != value) or (how == "prefix" and not word.startswith(value)):
            return False
    return True


def _grade_span(code: str) -> range:
    """ "7-8" -> grades 7 and 8."""
    first, _, last = code.partition("-")
    return range(int(first), int(last or first) + 1)


def _grades_in(text: str) -> set[int]:
    """Grades written as numbers ("7–8 klasių", "10 klasių") or gymnasium classes ("III–IV")."""
    lower = text.lower()
    grades: set[int] = set()
    for first, last in GRADE_RANGE.findall(lower):
        grades |= {g for g in range(int(first), int(last) + 1) if 1 <= g <= 12}
    for single in GRADE_ONE.findall(GRADE_RANGE.sub(" ", lower)):
        if 1 <= int(single) <= 12:
            grades.add(int(single))
    for first, last in GYMNASIUM.findall(lower):
        grades |= set(range(ROMAN[first], ROMAN[last] + 1))
    return grades


def clear_caches() -> None:
    """Forget cached readings (benchmarks start every run as a fresh process would)."""
    fold.cache_clear()
    stem.cache_clear()
    read.cache_clear()
    _word.cache_clear()
