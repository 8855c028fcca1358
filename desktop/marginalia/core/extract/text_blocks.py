"""Turning paragraphs into an article's canonical text: one blank line between blocks."""

from __future__ import annotations

from collections.abc import Iterable

from marginalia.core.text import canonicalize

# The seeds (and most saved articles) put a blank line between paragraphs; the
# extractors give blocks, and join them the same way.
BLOCK_SEPARATOR = "\n\n"


def join_blocks(blocks: Iterable[str]) -> str:
    """Canonical text of the non-empty blocks, each with its inner whitespace runs kept
    but its edges trimmed, separated by a blank line."""
    kept = []
    for block in blocks:
        lines = [" ".join(line.split()) for line in canonicalize(block).split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            kept.append(text)
    return BLOCK_SEPARATOR.join(kept)
