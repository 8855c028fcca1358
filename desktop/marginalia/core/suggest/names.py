"""Names of companies, products and people: the words a translation leaves as they are."""

from __future__ import annotations

import re

from marginalia.core.suggest.fold import WORD, fold_word

# Polish and other inflected languages add endings to names (Microsoftu, Microsoftowi,
# Azure’a, Oracle’em): a name is keyed by its first letters, long enough to tell
# names apart and short enough to leave the endings out.
NAME_KEY_LENGTH = 6
# Words that open a sentence are capitalised whatever they are; they count as
# names only when the same article also capitalises them elsewhere.
_SENTENCE_START = re.compile(r"(?:^|[.!?…:]\s+|\n\s*|[\"“«(]\s*)$")


def name_key(word: str) -> str:
    folded = fold_word(re.split(r"[’']", word, maxsplit=1)[0])
    return folded if len(folded) <= NAME_KEY_LENGTH else folded[:NAME_KEY_LENGTH]


def _looks_named(word: str) -> bool:
    """Capitalised, or carrying a capital or digit inside (OpenAI, iPhone, GPT-4)."""
    if not word[0].isalpha():
        return False
    return word[0].isupper() or any(c.isupper() for c in word[1:])


def _marked(word: str) -> bool:
    # Inner capitals or digits (ChatGPT, GPT-4, DALL-E) mark a name even at a sentence start.
    return any(c.isupper() for c in word[1:]) or any(c.isdigit() for c in word)


def article_names(text: str) -> set[str]:
    """Keys of the words `text` capitalises away from a sentence start: its known names."""
    known = set()
    for match in WORD.finditer(text):
        word = match.group()
        if _looks_named(word) and (_marked(word) or not _SENTENCE_START.search(text, max(0, match.start() - 3), match.start())):
            known.add(name_key(word))
    return known


def passage_names(text: str, start: int, end: int, known: set[str]) -> set[str]:
    """Name keys in text[start:end], with "a+b" keys for two names side by side
    (Azure ChatGPT, Wells Fargo) or a name and its version number (Llama 2), which say
    more than either word alone."""
    keys: set[str] = set()
    previous, previous_end = None, -1
    for match in WORD.finditer(text, start, end):
        word = match.group()
        if word.isdigit() and previous is not None and text[previous_end:match.start()].strip() == "":
            keys.add(previous + "+" + word)  # a version: Llama 2, DALL-E 3, iPhone 15
        key = name_key(word) if _looks_named(word) else None
        if key is not None and key not in known and not _marked(word):
            key = None  # a capitalised sentence opener the article never capitalises elsewhere
        if key is not None:
            keys.add(key)
            if previous is not None and text[previous_end:match.start()].strip() == "":
                keys.add(previous + "+" + key)
        previous, previous_end = key, match.end()
    return keys
