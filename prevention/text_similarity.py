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

import re
import unicodedata
from functools import cache

import numpy as np
import pandas as pd
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer

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


def fold(text: str) -> str:
    """Lower case without accents: "Šiaulių" -> "siauliu"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def words(text: str) -> list[str]:
    """Content words of a text, folded, without stop words or short words."""
    return [w for w in WORD.findall(fold(text)) if len(w) > 3 and w not in STOPWORDS]


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
    what a reader sees.
    """
    stems_right = {w[:5] for w in words(right)}
    shared: list[str] = []
    for word in LETTERS.findall(left.lower()):
        folded = fold(word)
        if len(folded) <= 3 or folded in STOPWORDS or folded[:5] not in stems_right:
            continue
        if word not in shared:
            shared.append(word)
    return shared[:limit]


class TextIndex:
    """TF-IDF vectors per language plus concept vectors, for one set of measures."""

    def __init__(self, texts_lt: pd.Series, texts_en: pd.Series) -> None:
        self.has_lt = texts_lt.str.len().gt(0).to_numpy()
        self.has_en = texts_en.str.len().gt(0).to_numpy()
        self.lt = _tfidf(texts_lt)
        self.en = _tfidf(texts_en)
        self.concepts = _concept_matrix(texts_lt.str.cat(texts_en, sep=" "))

    def similarity(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """Similarity of every row measure with every column measure (dense block)."""
        both_lt = self.has_lt[rows][:, None] & self.has_lt[cols][None, :]
        both_en = self.has_en[rows][:, None] & self.has_en[cols][None, :]
        lt = (self.lt[rows] @ self.lt[cols].T).toarray() * both_lt
        en = (self.en[rows] @ self.en[cols].T).toarray() * both_en
        concept = (self.concepts[rows] @ self.concepts[cols].T).toarray()
        # Within a language, n-grams catch rewording and concepts catch synonyms: average
        # them, but never below the n-grams alone. Across languages only concepts can speak.
        same_language = np.maximum(lt, en)
        blended = np.maximum(same_language, (same_language + concept) / 2)
        return np.where(both_lt | both_en, blended, concept * CROSS_LANGUAGE_WEIGHT)


# Concept overlap is coarser than n-grams: count it a little less.
CROSS_LANGUAGE_WEIGHT = 0.9


def _tfidf(texts: pd.Series) -> sparse.csr_matrix:
    """Row-normalised character n-gram TF-IDF; empty texts get empty rows."""
    if not texts.str.len().gt(0).any():
        return sparse.csr_matrix((len(texts), 1))
    vectorizer = TfidfVectorizer(
        analyzer="char_wb", ngram_range=(3, 5), strip_accents="unicode", lowercase=True,
        sublinear_tf=True, min_df=1, dtype=np.float32,
    )  # fmt: skip
    return vectorizer.fit_transform(texts.fillna("")).tocsr()


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
