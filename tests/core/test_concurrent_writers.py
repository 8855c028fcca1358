"""Several real processes writing one corpus at once: every claim and every topic survives."""

from __future__ import annotations

import uuid

import pytest

from marginalia.core.corpus import Corpus
from support.writers import Writer, annotations_file, claims_and_topics

ARTICLE = "en-partnership-in-danger.txt"
ROUNDS = 100  # per test; each round sets two processes writing the same files at once
CLAIMS_PER_IMPORT = 30


def _quotes(root, count: int) -> list[str]:
    """Passages of the article, each found verbatim (an orphan would be searched for at every open)."""
    text = Corpus(root).open(root / ARTICLE, identify_language=False).text
    return [text[i:i + 25] for i in range(0, 25 * count, 25)]


@pytest.mark.slow
def test_two_imports_at_once_lose_no_claim_and_no_topic(seed_corpus, tmp_path):
    """Two `import` runs on the same article at once, each adding claims and a topic, a
    hundred times: every claim and every topic of both is in the corpus after each round."""
    quotes = _quotes(seed_corpus, CLAIMS_PER_IMPORT)
    claims, topics = claims_and_topics(seed_corpus)
    writers = [Writer(seed_corpus), Writer(seed_corpus)]
    try:
        for round_ in range(ROUNDS):
            for w, writer in enumerate(writers):
                batch = [(str(uuid.uuid4()), quote, f"topic-{round_}-{w}") for quote in quotes]
                claims.update(c[0] for c in batch)
                topics.add(f"topic-{round_}-{w}")
                writer.send("import", str(annotations_file(tmp_path / f"{w}.jsonld", ARTICLE, batch)))
            for writer in writers:
                assert writer.wait() == f"done {CLAIMS_PER_IMPORT} 0"
            on_disk_claims, on_disk_topics = claims_and_topics(seed_corpus)
            assert claims - on_disk_claims == set(), f"round {round_}: claims lost"
            assert topics - on_disk_topics == set(), f"round {round_}: topics lost"
    finally:
        for writer in writers:
            writer.close()
    assert len(claims) == ROUNDS * 2 * CLAIMS_PER_IMPORT


@pytest.mark.slow
def test_an_import_and_another_program_writing_in_a_loop_lose_nothing(seed_corpus, tmp_path):
    """One process imports while another, like a second copy of the app, adds a claim
    (and a topic) and saves, round after round: nothing either wrote goes missing."""
    quotes = _quotes(seed_corpus, 5)
    claims, topics = claims_and_topics(seed_corpus)
    importer, editor = Writer(seed_corpus), Writer(seed_corpus)
    try:
        for round_ in range(ROUNDS):
            batch = [(str(uuid.uuid4()), quote, f"imported-{round_}") for quote in quotes]
            mine = str(uuid.uuid4())
            claims.update([c[0] for c in batch] + [mine])
            topics.update({f"imported-{round_}", f"edited-{round_ % 7}"})
            importer.send("import", str(annotations_file(tmp_path / "in.jsonld", ARTICLE, batch)))
            editor.send("add", ARTICLE, mine, f"edited-{round_ % 7}")
            importer.wait()
            editor.wait()
            on_disk_claims, on_disk_topics = claims_and_topics(seed_corpus)
            assert claims - on_disk_claims == set(), f"round {round_}: claims lost"
            assert topics - on_disk_topics == set(), f"round {round_}: topics lost"
    finally:
        importer.close()
        editor.close()
