"""reanchor_all on a ~1 MB text with 10,000 claims and an edit in the middle (correctness only)."""

from __future__ import annotations

import random
import re
import time

from marginalia.core.anchoring import AnchorStatus, reanchor_all
from marginalia.core.selectors import TextPosition, quote_at

# Words from several of the app's languages, so the text has accents, diacritics
# stacked by NFC (Vietnamese) and code points outside ASCII everywhere.
VOCABULARY = (
    "la relación entre Microsoft y OpenAI parece cada vez más tensa a medida que planea nuevas "
    "ofertas en su plataforma de computación nube Azure Dopo un periodo di coinvolgimento ha "
    "adottato una nuova direzione rivelando le criticità del proprio software OpenAI potrzebuje "
    "tak dużej mocy obliczeniowej że się poddał Podjął trudną decyzję tưởng như thân thiết "
    "nhưng nỗi lo ẩn giấu đã xuất hiện Is the partnership between and in danger Analysts speak "
    "out IT department Last Tuesday were named as defendants another class action lawsuit"
).split()
TARGET_LENGTH = 1_000_000
CLAIMS = 10_000
WORD = re.compile(r"\S+")


def build_text(rng: random.Random) -> str:
    """About TARGET_LENGTH code points of paragraphs of random words."""
    paragraphs, size = [], 0
    while size < TARGET_LENGTH:
        paragraph = " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(30, 150))) + "."
        paragraphs.append(paragraph)
        size += len(paragraph) + 1
    return "\n".join(paragraphs)


def random_claims(rng: random.Random, text: str, count: int) -> list[tuple[int, int]]:
    """`count` spans of 1-20 consecutive words anywhere in the text."""
    words = [(m.start(), m.end()) for m in WORD.finditer(text)]
    claims = []
    for _ in range(count):
        first = rng.randrange(len(words) - 20)
        claims.append((words[first][0], words[first + rng.randint(0, 19)][1]))
    return claims


def test_reanchor_all_megabyte_text_with_middle_edit_is_correct():
    """10,000 claims on a 1 MB text: before the edit EXACT, after it MOVED, inside it orphaned."""
    rng = random.Random(20240601)
    text = build_text(rng)
    claims = random_claims(rng, text, CLAIMS)
    words = [m for m in WORD.finditer(text, len(text) // 2, len(text) // 2 + 5000)]
    lo, hi = words[1].start(), words[120].end()
    inserted = " ".join(rng.choice(VOCABULARY) for _ in range(60))
    edited = text[:lo] + inserted + text[hi:]
    delta = len(inserted) - (hi - lo)
    kept = [(s, e) for s, e in claims if e <= lo or s >= hi or (lo <= s and e <= hi)]
    items = [(quote_at(text, TextPosition(s, e)), TextPosition(s, e)) for s, e in kept]

    began = time.perf_counter()
    anchors = reanchor_all(edited, items)
    print(f"\nreanchor_all: {len(items)} claims, {len(edited)} code points: "
          f"{time.perf_counter() - began:.3f} s")

    wrong = []
    for (quote, old), anchor in zip(items, anchors):
        if old.end <= lo:
            expected = (AnchorStatus.EXACT, old)
        elif old.start >= hi:
            expected = (AnchorStatus.MOVED, old.shifted(delta))
        else:
            expected = (AnchorStatus.ORPHANED, None)
        if (anchor.status, anchor.position) != expected:
            if anchor.position is not None and quote_at(edited, anchor.position) == quote:
                continue  # an indistinguishable copy (same quote and context)
            wrong.append((old, expected, anchor))
    assert not wrong, f"{len(wrong)} of {len(items)} misplaced, e.g. {wrong[:3]}"
    assert sum(1 for s, e in kept if lo <= s and e <= hi) > 0
