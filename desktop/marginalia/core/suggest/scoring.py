"""How much each kind of evidence counts when ranking passages of another article."""

from __future__ import annotations

import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Weights:
    """Weights of the ranking. Each kind's score is the share of the claim's evidence of
    that kind (idf-weighted) that a passage holds, so the weights compare kinds directly."""

    ngram: float = 1.0  # character n-grams of folded words: cognates
    word: float = 0.0  # whole folded words: shared names, loanwords, acronyms
    name: float = 1.0  # capitalised names and their pairs
    quantity: float = 0.0  # numbers, amounts, percentages, years, months
    concept: float = 0.0  # concepts of the shared-meaning table (words that translate each other)
    position: float = 0.0  # nearness of the passages' relative places in their articles
    context: float = 0.0  # weight of the words around the claim in its own article
    mutual: float = 0.0  # bonus of a passage whose best match back in the claim's article is the claim (mutual.py)
    length: float = 0.75  # how much a passage's length discounts its matches (BM25's b)


# Chosen on the seeds' gold set from a small grid (tests/core/test_suggest_quality.py,
# run with --tune, which also reports the figures on facts and on articles held out of the
# choice). Concepts weigh as much as all n-grams: they are what crosses from Polish or
# Vietnamese to the others, where letters share nothing. Numbers weigh as much: once a
# version (Llama 2) or a day (tháng 3) is no bare number, an amount, a percentage or a
# date written in two languages is rare and telling. Names weigh half: Microsoft and
# OpenAI are in nearly every passage and their idf alone does not silence them. Whole
# words add little that the n-grams do not already hold; the grid keeps them at half.
# The claim's surrounding sentences and its place in its
# article count a little: articles tell one story in roughly one order, and a clause cut
# out of its sentence can lose the words that say what it is about.
DEFAULT_WEIGHTS = Weights(ngram=1.0, word=0.5, name=0.5, quantity=1.0, concept=1.0, position=0.1, context=0.3,
                          mutual=0.05, length=0.3)
# BM25's saturation constant; with features counted once per passage it only shapes the
# length discount.
K1 = 1.2


def idf(document_frequency: int, passages: int) -> float:
    """BM25's inverse document frequency, always positive."""
    return math.log(1.0 + (passages - document_frequency + 0.5) / (document_frequency + 0.5))


def length_factor(count: int, average: float, b: float) -> float:
    return (K1 + 1.0) / (1.0 + K1 * (1.0 - b + b * count / max(average, 1e-9)))
