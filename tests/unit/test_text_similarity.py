"""The hand-built character n-gram TF-IDF is scikit-learn's TfidfVectorizer, only faster.

prevention/duplicates/text_similarity.py builds the matrix from word counts and each distinct word's
n-grams, instead of running the vectorizer over every text. Its docstring claims the result is
TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True) on the same folded
text; these tests hold it to that. Columns come in another order, so the tests compare what the
duplicate finder uses: the cosine of every pair of rows, and each row's sorted weights.
"""

import numpy as np
import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.feature_extraction.text import TfidfVectorizer

from prevention.duplicates.text_similarity import _normalise, _tfidf

TEXTS = [
    "Prevencinės paskaitos mokiniams apie prekybą žmonėmis",
    "Paskaita mokinių grupei apie prekybos žmonėmis pavojus",
    "„Ne“ prekybai žmonėmis: informacinė kampanija",
    "",
    "Mokymai policijos pareigūnams   ir prokurorams",
    "Training of police officers and prosecutors",
    "a ab abc abcd",  # words shorter than the n-grams count once, whole
]


def reference(texts: list[str]) -> np.ndarray:
    """scikit-learn's own matrix for the same settings, as a dense array."""
    vectorizer = TfidfVectorizer(
        analyzer="char_wb",
        ngram_range=(3, 5),
        sublinear_tf=True,
        preprocessor=_normalise,
        lowercase=False,
    )
    return vectorizer.fit_transform(texts).toarray()


def assert_same(texts: list[str]) -> None:
    ours = _tfidf(pd.Series(texts, dtype="object")).toarray().astype(np.float64)
    theirs = reference(texts)
    assert ours.shape[0] == theirs.shape[0] == len(texts)
    np.testing.assert_allclose(ours @ ours.T, theirs @ theirs.T, atol=1e-5)
    for row_ours, row_theirs in zip(ours, theirs, strict=True):
        np.testing.assert_allclose(
            np.sort(row_ours[row_ours > 0]), np.sort(row_theirs[row_theirs > 0]), atol=1e-5
        )


def test_matches_tfidf_vectorizer_on_measure_texts():
    assert_same(TEXTS)


def test_the_two_paraphrases_are_alike_and_an_empty_text_is_like_nothing():
    matrix = _tfidf(pd.Series(TEXTS, dtype="object")).toarray()
    cosines = matrix @ matrix.T
    assert cosines[0, 1] > 0.2 > cosines[0, 5]
    assert not matrix[3].any()


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        # Texts with a word left after folding: scikit-learn refuses an empty vocabulary.
        st.text(alphabet="aąbcčeęėžkmnoprsšt uūy.-„“", max_size=40).filter(
            lambda text: _normalise(text).strip() != ""
        ),
        min_size=2,
        max_size=6,
    )
)
def test_matches_tfidf_vectorizer_on_any_text(texts):
    assert_same(texts)
