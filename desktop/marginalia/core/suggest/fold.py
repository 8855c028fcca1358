"""Folding text for comparison across languages: case, diacritics and letters without a decomposition."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters that NFKD does not split into a base and a mark, yet that readers of the
# five languages see as the plain letter with a stroke or ligature.
_LETTERS = str.maketrans({
    "đ": "d", "Đ": "d", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "ß": "ss",
    "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ı": "i",
})
# A word: letters and digits, holding together across an inner apostrophe or hyphen
# (Azure’a, GPT-4, 20-procentową) so that names keep their inflected tail attached.
WORD = re.compile(r"\w+(?:[’'\-]\w+)*")


@lru_cache(maxsize=65536)  # stays a cache: a pure function of its string, tied to no file
def fold_word(word: str) -> str:
    """The word lower-cased, without diacritics: "Microsoftowi" → "microsoftowi", "tỷ" → "ty"."""
    decomposed = unicodedata.normalize("NFKD", word.translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> str:
    return " ".join(fold_word(w) for w in WORD.findall(text))
