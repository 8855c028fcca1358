"""What one article offers to comparison: its passages, where they sit, and the features of each."""

from __future__ import annotations

import sys
from dataclasses import dataclass

from marginalia.core.suggest.concepts import concept_word, default_table
from marginalia.core.suggest.fold import WORD, fold_word
from marginalia.core.suggest.names import article_names, passage_names
from marginalia.core.suggest.numbers import quantities
from marginalia.core.suggest.passages import split_passages

# Bumped whenever features change meaning, so that cached features are recomputed.
FEATURES_VERSION = 3
# Character n-grams of folded words catch cognates (investito / invertido / invested,
# privacy / privacidad / prywatność): four letters are enough to be specific, few
# enough to survive the endings each language adds.
NGRAM = 4
# Words shorter than this carry little beyond grammar (de, la, và, że, the).
MIN_WORD = 3
# A candidate passage is this many consecutive sentences. Articles split one fact over
# two sentences often (a statement, then its figure or its source), and two sentences
# are still a claim a reader would mark; single sentences miss about a fifth of the
# gold passages that pairs find (see tests/core/test_suggest_quality.py).
WINDOW = 2

# Feature keys start with their kind: "g:" n-gram, "w:" word, "e:" name, "c:" concept of
# the shared-meaning table; numbers and dates use the prefixes of numbers.quantities
# ("amt:", "pct:", "year:", ...).
KINDS = ("g", "w", "e", "q", "c")
_PREFIXED = ("g:", "w:", "e:", "c:")


def features_version() -> str:
    """What cached features must have been made with: this code's FEATURES_VERSION and the
    concept table's digest (a new table changes every article's concept keys)."""
    return f"{FEATURES_VERSION}-{default_table().digest}"


def kind_of(key: str) -> str:
    head = key[:2]
    return head[0] if head in _PREFIXED else "q"


def text_features(text: str, start: int = 0, end: int | None = None, known: set[str] | None = None) -> frozenset[str]:
    """Features of text[start:end]; `known` are the article's names (sentence openers that it
    also capitalises elsewhere); without it, only names away from a sentence start count."""
    end = len(text) if end is None else end
    piece = text[start:end]
    keys: set[str] = set()
    words = WORD.findall(piece)
    keys.update("c:" + concept for concept in default_table().keys([concept_word(w) for w in words]))
    for word in words:
        folded = fold_word(word)
        if len(folded) < MIN_WORD or folded.isdigit():
            continue
        keys.add("w:" + folded)
        padded = f"_{folded}_"
        keys.update("g:" + padded[i:i + NGRAM] for i in range(len(padded) - NGRAM + 1))
    keys.update("e:" + name for name in passage_names(text, start, end, known if known is not None else set()))
    keys.update(quantities(piece))
    return frozenset(map(sys.intern, keys))  # shared between passages and articles


@dataclass(frozen=True, slots=True)
class ArticleFeatures:
    """Computed once per article text (cached by its SHA-256): its sentences and their features."""

    sha256: str
    length: int  # code points
    names: frozenset[str]  # name keys the article capitalises away from a sentence start
    sentences: tuple[tuple[int, int], ...]
    features: tuple[frozenset[str], ...]  # one set per sentence


def windows(sentences, size: int) -> tuple[tuple[int, int], ...]:
    """(first, last + 1) sentence numbers of every run of `size` consecutive sentences
    (one run of them all if there are fewer)."""
    if not sentences:
        return ()
    return tuple((i, min(i + size, len(sentences))) for i in range(max(1, len(sentences) - size + 1)))


def article_features(text: str, sha256: str) -> ArticleFeatures:
    known = article_names(text)
    sentences = tuple(split_passages(text))
    return ArticleFeatures(sha256, len(text), frozenset(known), sentences,
                           tuple(text_features(text, s, e, known) for s, e in sentences))
