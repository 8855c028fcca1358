"""Suggestions across languages: passages of other articles that likely report the same fact as a claim."""

from marginalia.core.suggest.index import Suggestion, SuggestionIndex
from marginalia.core.suggest.scoring import DEFAULT_WEIGHTS, Weights

__all__ = ["DEFAULT_WEIGHTS", "Suggestion", "SuggestionIndex", "Weights"]
