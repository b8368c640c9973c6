"""How alike two measures' texts are, across Lithuanian inflection and across languages.

Why character n-grams for wording: two descriptions of the same work reuse the same words in
other cases and spellings ("mokiniams", "mokinių"; "prekyba" / "prekybos žmonėmis"), and the
n-grams of a word's letters (scikit-learn's char_wb 3-5, on text folded by
measure_reading.fold) match them whatever the ending. TF-IDF down-weights n-grams every
measure shares ("prekyb", "žmon").

Why concepts as well: paraphrases share few words ("policijos pokalbiai mokyklose" and
"užsiėmimai moksleiviams"). measure_reading maps Snowball stems of both languages to shared
concepts through its lexicon; the overlap of concepts is the second similarity, and the only
one across languages.
"""

import os
import re
from concurrent.futures import ThreadPoolExecutor

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import (
    CountVectorizer,
    TfidfTransformer,
)

from prevention.duplicates.measure_reading import Reading, fold
from prevention.duplicates.measure_reading import clear_caches as clear_reading_caches

__all__ = ["TextIndex", "clear_caches", "fold"]


class TextIndex:
    """TF-IDF vectors per language plus concept vectors, for one set of measures."""

    def __init__(self, texts_lt: pd.Series, texts_en: pd.Series, readings: list[Reading]) -> None:
        self.has_lt = texts_lt.str.len().gt(0).to_numpy()
        self.has_en = texts_en.str.len().gt(0).to_numpy()
        self.lt = _tfidf(texts_lt)
        self.en = _tfidf(texts_en)
        self.concepts = _concept_matrix(readings)

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
    return WHITE_SPACE.sub(" ", fold(text))


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


def _concept_matrix(readings: list[Reading]) -> sparse.csr_matrix:
    """Row-normalised binary concept vectors (cosine of concept sets)."""
    vocabulary: dict[str, int] = {}
    rows, cols = [], []
    for row, reading in enumerate(readings):
        for concept in reading.concepts:
            rows.append(row)
            cols.append(vocabulary.setdefault(concept, len(vocabulary)))
    matrix = sparse.csr_matrix(
        (np.ones(len(rows), dtype=np.float32), (rows, cols)),
        shape=(len(readings), max(len(vocabulary), 1)),
    )
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1))).ravel()
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ matrix


def clear_caches() -> None:
    """Forget cached words and readings (benchmarks start every run as a fresh process would)."""
    clear_reading_caches()
