"""The gold set's passages still match the bundled articles they quote."""

from __future__ import annotations

import json
from pathlib import Path

from marginalia.core.article import load_article

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "suggest" / "gold.json"
SEEDS = ROOT / "seeds"


def test_gold_passages_quote_the_canonical_text():
    """Every passage's offsets slice exactly its quote out of the article's canonical text."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    texts = {name: load_article(SEEDS / name).text for name in gold["articles"]}
    for fact in gold["facts"]:
        for passage in fact["passages"]:
            text = texts[passage["article"]]
            assert text[passage["start"]:passage["end"]] == passage["quote"], (fact["id"], passage)


def test_gold_facts_span_at_least_two_articles():
    """A fact in the gold set is reported by two or more articles, and ids are unique."""
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    ids = [fact["id"] for fact in gold["facts"]]
    assert len(ids) == len(set(ids))
    for fact in gold["facts"]:
        assert len({p["article"] for p in fact["passages"]}) >= 2, fact["id"]
