"""Two reviewers' claims on every seed article: agreements and disagreements of each kind, for tests and screenshots."""

from __future__ import annotations

import re
from pathlib import Path

ANA, BEN = "Ana Lima", "Ben Okafor"
_SENTENCE = re.compile(r"[^\n.!?]{40,}[.!?]")


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of the article's sentences of 40 characters or more, in order."""
    return [(m.start() + len(m.group()) - len(m.group().lstrip()), m.end()) for m in _SENTENCE.finditer(text)]


def two_reviewers(folder: Path) -> dict[str, dict[str, list[str]]]:
    """Ana's and Ben's claims in each article of `folder` (saved through the core), on
    its sentences s0…s4: both code s0 as compute (an exact agreement); both code s1 as
    privacy, Ben a shorter span (an overlapping agreement); Ana codes s2 competition and
    Ben privacy (a disagreement); Ben alone codes s3 and Ana alone s4 (two more).
    Returns article name → reviewer → the ids of their claims, in that order."""
    from marginalia.core.annotation import new_annotation
    from marginalia.core.corpus import Corpus
    from marginalia.core.selectors import TextPosition

    corpus = Corpus(folder)
    made: dict[str, dict[str, list[str]]] = {}
    for path in corpus.article_paths():
        document = corpus.open(path)
        s = sentences(document.text)[1:6]  # the first is often the headline
        if len(s) < 5:
            continue
        half = (s[1][0] + s[1][1]) // 2
        plan = [
            (ANA, s[0], ("compute",), ""), (BEN, s[0], ("compute",), ""),
            (ANA, s[1], ("privacy",), "The lawsuit is about data."), (BEN, (s[1][0], half), ("privacy",), ""),
            (ANA, s[2], ("competition",), ""), (BEN, s[2], ("privacy",), "Rather privacy than rivalry."),
            (BEN, s[3], ("compute",), ""),
            (ANA, s[4], ("competition",), ""),
        ]
        ids: dict[str, list[str]] = {ANA: [], BEN: []}
        for author, (start, end), topics, note in plan:
            claim = new_annotation(document.text, TextPosition(start, end), topics=topics, note=note, author=author)
            document.add(claim)
            ids[author].append(claim.id)
        corpus.save(document)
        made[path.name] = ids
    return made
