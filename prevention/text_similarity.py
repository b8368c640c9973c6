"""How alike two measures' texts are, across Lithuanian inflection and across languages.

Why character n-grams: Lithuanian inflects heavily ("mokiniams", "mokinių", "mokiniai";
"prekyba" / "prekybos žmonėmis"), so whole-word matching misses most paraphrases, and a
Lithuanian stemmer is not a well-kept package. Character 3-5-grams inside word boundaries
(scikit-learn's TfidfVectorizer, analyzer "char_wb") share the stem's n-grams whatever the
ending, and strip_accents folds "š" into "s" so text typed without Lithuanian letters still
matches. TF-IDF down-weights n-grams every measure shares ("prekyb", "žmon").

Across languages n-grams mean nothing, so when two measures have no language in common a
small bilingual concept lexicon maps stems of both languages to shared concepts; the overlap
of concepts is the similarity. It is deliberately small and domain-specific.
"""

import os
import re
import unicodedata
from concurrent.futures import ThreadPoolExecutor
from functools import cache, lru_cache

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import (
    CountVectorizer,
    TfidfTransformer,
)

# Stem (accent-free, lower case) -> concept. Lithuanian and English stems share concepts.
CONCEPTS = {
    "mokin": "pupil", "moksleiv": "pupil", "pupil": "pupil", "school": "school",
    "mokykl": "school", "student": "pupil", "klas": "school", "class": "school",
    "jaunim": "youth", "jaun": "youth", "youth": "youth", "young": "youth",
    "mokytoj": "teacher", "pedagog": "teacher", "teacher": "teacher",
    "kampanij": "campaign", "campaign": "campaign", "akcij": "campaign",
    "paskait": "lecture", "lectur": "lecture", "seminar": "seminar", "mokym": "training",
    "train": "training", "kursa": "training", "informav": "inform", "inform": "inform",
    "renging": "event", "event": "event", "konsultac": "inform", "counsel": "inform",
    "advic": "inform", "patar": "inform", "pagalb": "help", "help": "help", "assist": "help",
    "support": "help", "prekyb": "trafficking", "traffick": "trafficking",
    "isnaudoj": "exploitation", "exploit": "exploitation", "priverstin": "forced",
    "forced": "forced", "darb": "work", "work": "work", "job": "work", "employ": "work",
    "uzsien": "abroad", "abroad": "abroad", "isvyk": "abroad", "leav": "abroad",
    "migrant": "migrant", "treciuj": "third_country", "third": "third_country",
    "uzsienie": "foreigner", "foreign": "foreigner", "teis": "rights", "right": "rights",
    "auk": "victim", "nukentej": "victim", "victim": "victim", "atpazin": "identify",
    "identif": "identify", "socialin": "social", "social": "social", "policij": "police",
    "polic": "police", "linij": "hotline", "line": "hotline", "telefon": "phone",
    "phone": "phone", "prevenc": "prevention", "prevent": "prevention", "tyrim": "research",
    "survey": "research", "apklaus": "research", "research": "research",
    "koordin": "coordination", "coordin": "coordination", "posed": "meeting",
    "meeting": "meeting", "apgyvendin": "shelter", "shelter": "shelter",
    "psicholog": "psychology", "psycholog": "psychology", "internet": "online",
    "online": "online", "bendruomen": "community", "communit": "community",
    "diaspor": "diaspora", "lietuviu": "lithuanian", "lithuan": "lithuanian",
    "gatv": "street", "street": "street", "lanky": "visit", "visit": "visit",
    "lankstin": "leaflet", "leaflet": "leaflet", "film": "film", "pamok": "lecture",
    "lesson": "lecture", "uzsiem": "lecture", "session": "lecture", "sviet": "lecture",
    "educat": "lecture", "vilioj": "recruitment", "groom": "recruitment", "verbav": "recruitment",
    "verbuoj": "recruitment", "recruit": "recruitment", "nuotrauk": "photo", "photo": "photo",
    "tinkl": "network", "network": "network", "media": "network", "sutart": "contract",
    "contract": "contract", "darbdav": "employer", "employer": "employer", "skelbim": "advert",
    "advert": "advert", "tarpinink": "agent", "agent": "agent", "kvalifikac": "training",
    "pareig": "officer", "officer": "officer", "kriz": "crisis", "crisis": "crisis",
    "bust": "shelter", "housing": "shelter", "nakvyn": "shelter", "teisinin": "legal",
    "teisin": "legal", "legal": "legal", "profesij": "trade", "trade": "trade",
    "grup": "group", "group": "group", "atvej": "case", "case": "case", "plakat": "poster",
    "poster": "poster", "radij": "radio", "radio": "radio", "vaizd": "video", "video": "video",
    "melaging": "fake", "apgauling": "fake", "fake": "fake", "pasiulym": "offer",
    "offer": "offer", "gyventoj": "public", "visuomen": "public", "public": "public",
    "svetur": "abroad", "pavoj": "danger", "gresm": "danger", "threat": "danger",
    "danger": "danger", "rizik": "danger", "risk": "danger", "seksualin": "sexual",
    "sexual": "sexual", "prane": "report", "report": "report",
}  # fmt: skip
STOPWORDS = {
    "apie", "kaip", "ir", "bei", "su", "del", "the", "and", "for", "on", "of", "to", "in",
    "with", "kad", "nuo", "per", "how", "from", "at", "by", "a", "an", "or",
}  # fmt: skip
LETTERS = re.compile(r"[^\W\d_]+")  # runs of letters in any alphabet, diacritics included
WORD = re.compile(r"[a-z]+")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents: "Šiaulių" -> "siauliu" (cached: words repeat)."""
    return _ascii_fold(text)


def _ascii_fold(text: str) -> str:
    """Lower case without accents, uncached (for whole texts, which do not repeat)."""
    # Decompose (ė -> e + dot) and keep the ASCII part: words are [a-z]+ runs after folding.
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return decomposed.encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=16384)
def words(text: str) -> tuple[str, ...]:
    """Content words of a text, folded, without stop words or short words (cached: a
    measure's text is looked at once for every pair it is in)."""
    return tuple(w for w in WORD.findall(fold(text)) if len(w) > 3 and w not in STOPWORDS)


def concepts(text: str) -> set[str]:
    """The lexicon's concepts a text mentions, in either language."""
    return {concept for word in words(text) if (concept := _concept_of(word))}


@cache
def _concept_of(word: str) -> str | None:
    """The concept of the first stem a word starts with (cached: words repeat a lot)."""
    for stem, concept in CONCEPTS.items():
        if word.startswith(stem):
            return concept
    return None


def shared_words(left: str, right: str, limit: int = 5) -> list[str]:
    """Words whose first five letters both texts share: a readable trace of the overlap.

    Matching is on folded words ("žmonėmis" ~ "zmonemis"); the left text's own spelling is
    what a reader sees, one word per stem.
    """
    right_stems = _stems(right)
    return [word for stem, word in _stems(left).items() if stem in right_stems][:limit]


@lru_cache(maxsize=16384)
def _stems(text: str) -> dict[str, str]:
    """A text's content words by their folded five-letter stem, first spelling kept (cached:
    a measure's text is looked at once for every pair it is in)."""
    found: dict[str, str] = {}
    for word in LETTERS.findall(text.lower()):
        folded = fold(word)
        if len(folded) > 3 and folded not in STOPWORDS:
            found.setdefault(folded[:5], word)
    return found


class TextIndex:
    """TF-IDF vectors per language plus concept vectors, for one set of measures."""

    def __init__(self, texts_lt: pd.Series, texts_en: pd.Series) -> None:
        self.has_lt = texts_lt.str.len().gt(0).to_numpy()
        self.has_en = texts_en.str.len().gt(0).to_numpy()
        self.lt = _tfidf(texts_lt)
        self.en = _tfidf(texts_en)
        self.concepts = _concept_matrix(texts_lt.str.cat(texts_en, sep=" "))

    def pair_similarity(self, a: np.ndarray, b: np.ndarray) -> np.ndarray:
        """Similarity of measure a[k] with measure b[k], for every k."""
        both_lt = self.has_lt[a] & self.has_lt[b]
        both_en = self.has_en[a] & self.has_en[b]
        lt = _dots_where(self.lt, a, b, both_lt)
        en = _dots_where(self.en, a, b, both_en)
        concept = _row_dots(self.concepts, a, b)
        # Within a language, n-grams catch rewording and concepts catch synonyms: average
        # them, but never below the n-grams alone. Across languages only concepts can speak.
        same_language = np.maximum(lt, en)
        blended = np.maximum(same_language, (same_language + concept) / 2)
        return np.where(both_lt | both_en, blended, concept * CROSS_LANGUAGE_WEIGHT)


def _dots_where(
    matrix: sparse.csr_matrix, a: np.ndarray, b: np.ndarray, where: np.ndarray
) -> np.ndarray:
    """Row dot products for the pairs where both texts exist; zero elsewhere."""
    out = np.zeros(len(a), dtype=np.float32)
    out[where] = _row_dots(matrix, a[where], b[where])
    return out


def _row_dots(matrix: sparse.csr_matrix, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Dot products of rows a[k] and b[k] (cosines: rows are normalised), in bounded chunks.

    SciPy's sparse kernels release the GIL, so the chunks run on every core in threads.
    """

    def chunk(start: int) -> np.ndarray:
        left = matrix[a[start : start + PAIR_CHUNK]]
        right = matrix[b[start : start + PAIR_CHUNK]]
        return np.asarray(left.multiply(right).sum(axis=1), dtype=np.float32).ravel()

    starts = range(0, len(a), PAIR_CHUNK)
    if len(starts) <= 1:
        return chunk(0) if len(a) else np.empty(0, dtype=np.float32)
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        return np.concatenate(list(pool.map(chunk, starts)))


WORKERS = max(os.cpu_count() or 1, 1)
PAIR_CHUNK = 8_192  # pairs per step: a few tens of MB of sparse rows at most
# Concept overlap is coarser than n-grams: count it a little less.
CROSS_LANGUAGE_WEIGHT = 0.9


def _tfidf(texts: pd.Series) -> sparse.csr_matrix:
    """Row-normalised character n-gram TF-IDF (sklearn's char_wb 3-5); empty texts, empty rows.

    char_wb takes its n-grams inside each word, so a text's n-gram counts are the sum of its
    words' counts. Counting words per text (a few dozen) and n-grams once per distinct word
    gives TfidfVectorizer(analyzer="char_wb", sublinear_tf=True)'s matrix (on the same folded
    text) at a fraction of the Python work: measure texts repeat the same few thousand words.
    """
    if not texts.str.len().gt(0).any():
        return sparse.csr_matrix((len(texts), 1))
    words = CountVectorizer(
        tokenizer=str.split, token_pattern=None, preprocessor=_normalise, lowercase=False,
        dtype=np.float32,
    )  # fmt: skip
    per_text = words.fit_transform(texts.fillna(""))
    grams: dict[str, int] = {}
    rows, cols = [], []
    for row, word in enumerate(words.get_feature_names_out()):
        for gram in _word_ngrams(str(word)):
            rows.append(row)
            cols.append(grams.setdefault(gram, len(grams)))
    per_word = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(per_text.shape[1], len(grams))
    )
    counts = (per_text @ per_word).tocsr()
    return TfidfTransformer(sublinear_tf=True).fit_transform(counts).astype(np.float32).tocsr()


def _normalise(text: str) -> str:
    """What the n-grams are read from: lower case, accents and non-Latin marks dropped
    ("žmonėmis" -> "zmonemis", "„Ne“" -> "ne"), runs of white space as one space."""
    return WHITE_SPACE.sub(" ", _ascii_fold(text))


WHITE_SPACE = re.compile(r"\s\s+")


def _word_ngrams(word: str, low: int = 3, high: int = 5) -> list[str]:
    """sklearn's char_wb n-grams of one word, padded with a space on each side."""
    padded = f" {word} "
    grams = []
    for n in range(low, high + 1):
        grams += [padded[i : i + n] for i in range(max(len(padded) - n + 1, 1))]
        if len(padded) <= n:
            break  # a short word counts once, whole, as sklearn does
    return grams


def _concept_matrix(texts: pd.Series) -> sparse.csr_matrix:
    """Row-normalised binary concept vectors (cosine of concept sets)."""
    vocabulary = {concept: i for i, concept in enumerate(sorted(set(CONCEPTS.values())))}
    rows, cols = [], []
    for row, text in enumerate(texts.fillna("")):
        for concept in concepts(text):
            rows.append(row)
            cols.append(vocabulary[concept])
    matrix = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(len(texts), len(vocabulary))
    )
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1))).ravel()
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ matrix


def clear_caches() -> None:
    """Forget cached words and stems (benchmarks start every run as a fresh process would)."""
    fold.cache_clear()
    words.cache_clear()
    _stems.cache_clear()
