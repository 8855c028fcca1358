"""The window's session and other processes writing the same corpus at once: nothing is lost."""

from __future__ import annotations

import uuid

import pytest

from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition
from marginalia.ui.session import CorpusSession
from support.writers import Writer, annotations_file, claims_and_topics

ARTICLE = "en-partnership-in-danger.txt"
ROUNDS = 50  # per test


def _session_adds(session: CorpusSession, document, round_: int) -> str:
    """The window adds a claim (and now and then a topic) and its autosave starts."""
    start = (round_ * 11) % (len(document.text) - 30)
    claim = new_annotation(document.text, TextPosition(start, start + 20), note=f"window {round_}")
    session.add(document, claim)
    if round_ % 10 == 0:
        session.set_codebook(session.codebook.add(f"window-{round_}"))
    session.save_in_background()
    if round_ % 3 == 0:
        session.look_at_sidecar(document)  # as the watcher does after a file event
    return claim.id


def _run_rounds(qtbot, root, tmp_path, other: Writer, command) -> None:
    session = CorpusSession(Corpus(root))
    document = session.set_current(root / ARTICLE)
    claims, topics = claims_and_topics(root)
    for round_ in range(ROUNDS):
        theirs, topic, sent = command(round_)
        claims.update(theirs)
        topics.add(topic)
        other.send(*sent)
        claims.add(_session_adds(session, document, round_))
        if round_ % 10 == 0:
            topics.add(f"window-{round_}")
        other.wait()
        qtbot.waitUntil(lambda: not session.busy, timeout=10000)
        on_disk_claims, on_disk_topics = claims_and_topics(root)
        assert topics - on_disk_topics == set(), f"round {round_}: topics lost"
        # What the window has not saved yet is in its memory; with the disk, all is there.
        in_memory = {a.id for a in document.ordered()}
        assert claims - (on_disk_claims | in_memory) == set(), f"round {round_}: claims lost"
    assert session.save_all()
    on_disk_claims, on_disk_topics = claims_and_topics(root)
    assert claims - on_disk_claims == set() and topics - on_disk_topics == set()
    session.check_disk_now(document)  # what the watcher does after the other program's last write
    assert claims - {a.id for a in document.ordered()} == set()  # and the window shows them all
    session.close()


@pytest.mark.slow
def test_the_window_and_an_import_at_once_lose_nothing(qtbot, seed_corpus, tmp_path):
    """The window adds claims and topics, autosaving in the background, while another
    process imports into the same article, round after round."""
    text = Corpus(seed_corpus).open(seed_corpus / ARTICLE, identify_language=False).text
    importer = Writer(seed_corpus)

    def command(round_):
        batch = [(str(uuid.uuid4()), text[i * 25:i * 25 + 25], f"imported-{round_}") for i in range(10)]
        path = annotations_file(tmp_path / "in.jsonld", ARTICLE, batch)
        return [c[0] for c in batch], f"imported-{round_}", ("import", str(path))

    try:
        _run_rounds(qtbot, seed_corpus, tmp_path, importer, command)
    finally:
        importer.close()


@pytest.mark.slow
def test_the_window_and_another_program_writing_in_a_loop_lose_nothing(qtbot, seed_corpus, tmp_path):
    """Another program (a second copy of the app, a script) adds a claim and saves, again
    and again, while the window adds its own: every claim of both stays."""
    writer = Writer(seed_corpus)

    def command(round_):
        claim_id = str(uuid.uuid4())
        return [claim_id], f"external-{round_ % 5}", ("add", ARTICLE, claim_id, f"external-{round_ % 5}")

    try:
        _run_rounds(qtbot, seed_corpus, tmp_path, writer, command)
    finally:
        writer.close()
