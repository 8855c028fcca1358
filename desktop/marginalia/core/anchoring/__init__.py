"""Re-anchoring: placing stored quotes in a changed text (exact, moved, fuzzy, else orphaned)."""

from marginalia.core.anchoring.chain import anchor_quote, reanchor_all
from marginalia.core.anchoring.result import Anchor, AnchorStatus

__all__ = ["Anchor", "AnchorStatus", "anchor_quote", "reanchor_all"]
