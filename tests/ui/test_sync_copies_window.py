"""The window and a sync folder's conflict copies: merged when the corpus opens, and when one appears."""

from __future__ import annotations

import shutil

from marginalia.core.storage.formats import sidecar_path
from marginalia.core.teamwork.conflict_copies import MOVED_ASIDE
from support import copy_seeds
from support.team import SEEDS, add_claim

ARTICLE = SEEDS[0]


def _corpus(tmp_path):
    return copy_seeds(tmp_path / "corpus")


def _copy_from_another_device(root, name_of_copy):
    """A sidecar as another device left it (one claim more), under the copy's name; the
    file itself is put back as it was here. Returns (the copy, the other device's claim)."""
    side = sidecar_path(root / ARTICLE)
    here = side.read_bytes()
    theirs = add_claim(root, ARTICLE, 30, 40, note="from the other device", author="bob")
    copy = side.with_name(name_of_copy(side))
    copy.write_bytes(side.read_bytes())
    side.write_bytes(here)
    return copy, theirs


def test_window_merges_conflict_copies_when_the_corpus_opens(open_window, tmp_path):
    """Opening a folder with a Dropbox copy of a sidecar: its claim is in the article, the
    copy moved aside, and the status bar says what happened."""
    root = _corpus(tmp_path)
    mine = add_claim(root, ARTICLE, 0, 10, note="here", author="ana")
    copy, theirs = _copy_from_another_device(
        root, lambda side: side.name.replace(".json", " (Bob's conflicted copy 2024-05-01).json"))
    window = open_window(root, root / ARTICLE)
    document = window.session.current
    assert {mine.id, theirs.id} <= {a.id for a in document.ordered()}
    assert not copy.exists() and (root / MOVED_ASIDE / copy.name).exists()
    message = window.statusBar().currentMessage()
    assert "Dropbox" in message and "merged-conflicts" in message
    assert window.library.entry_for((root / ARTICLE).resolve()).annotation_count == 2


def test_window_takes_in_a_conflict_copy_that_appears_while_it_runs(open_window, qtbot, tmp_path):
    """Syncthing drops a copy beside the open article's sidecar: the watcher merges it,
    the notes show the other device's claim, and the copy goes aside."""
    root = _corpus(tmp_path)
    mine = add_claim(root, ARTICLE, 0, 10, note="here", author="ana")
    window = open_window(root, root / ARTICLE)
    session = window.session
    staging = tmp_path / "staging"
    shutil.copytree(root, staging, ignore=shutil.ignore_patterns(".*"))
    copy_in_staging, theirs = _copy_from_another_device(
        staging, lambda side: side.name.replace(".json", ".sync-conflict-20240501-093012-ABCDEF2.json"))
    copy = root / copy_in_staging.name
    shutil.copy(copy_in_staging, copy)
    qtbot.waitUntil(lambda: theirs.id in session.current, timeout=10000)
    qtbot.waitUntil(lambda: not copy.exists(), timeout=5000)
    assert mine.id in session.current
    assert (root / MOVED_ASIDE / copy.name).exists()
    assert "Syncthing" in window.statusBar().currentMessage()
    notes = window.notes.source_model
    assert notes.rowCount() == 2
