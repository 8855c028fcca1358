"""A seed corpus with realistic clusters: facts of the suggestion gold set, as claims linked across all five languages."""

from __future__ import annotations

import json
from pathlib import Path

from support import REPO

GOLD = REPO / "tests" / "data" / "suggest" / "gold.json"
# The gold set's strained-relations fact has no Polish passage; this one says as much.
POLISH_PRESSURE = "co zapewne ma odzwierciedlenie w wywieraniu presji przez Microsoft na OpenAI"
FACTS = {
    "strained-relations": "Relations between Microsoft and OpenAI are strained",
    "not-yet-profitable": "OpenAI is not yet profitable",
    "division-of-roles": "Microsoft pays and hosts, OpenAI builds the models",
}
TOPICS = {"strained-relations": ("competition",), "not-yet-profitable": ("competition",),
          "division-of-roles": ("compute",)}


def demo_clusters(folder: Path) -> dict[str, list[tuple[str, str]]]:
    """Claims for three facts of the gold set in the seed corpus at `folder` (one per
    article and fact, tagged), each fact a cluster (id = the fact's id). Returns, per
    fact, the (article, claim id) of its claims."""
    from marginalia.core.annotation import new_annotation
    from marginalia.core.clusters import CreateCluster, member_of
    from marginalia.core.corpus import Corpus
    from marginalia.core.selectors import TextPosition

    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    passages: dict[str, dict[str, tuple[int, int]]] = {fact: {} for fact in FACTS}
    for fact in gold["facts"]:
        if fact["id"] in FACTS:
            for passage in fact["passages"]:
                passages[fact["id"]].setdefault(passage["article"], (passage["start"], passage["end"]))
    corpus = Corpus(folder)
    polish = next(p for p in corpus.article_paths() if p.name.startswith("pl-"))
    start = polish.read_text(encoding="utf-8").index(POLISH_PRESSURE)
    passages["strained-relations"][polish.name] = (start, start + len(POLISH_PRESSURE))
    made: dict[str, list[tuple[str, str]]] = {fact: [] for fact in FACTS}
    members: dict[str, list] = {fact: [] for fact in FACTS}
    for path in corpus.article_paths():
        document = corpus.open(path)
        name = corpus.relative_name(path)
        for fact, where in passages.items():
            if name not in where:
                continue
            claim = new_annotation(document.text, TextPosition(*where[name]), topics=TOPICS[fact], author="ana")
            document.add(claim)
            made[fact].append((name, claim.id))
            members[fact].append(member_of(claim, name, document.language))
        corpus.save(document)
    for fact, label in FACTS.items():
        corpus.cluster_store.apply(CreateCluster(label, tuple(members[fact]), author="ana", cluster_id=fact))
    return made
