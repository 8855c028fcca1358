"""Versions a git merge left out, kept in the git folder until they reach the history beside their file."""

from __future__ import annotations

import os

import pytest

from marginalia.core.recovery import claim_versions
from marginalia.core.storage.formats import sidecar_path
from marginalia.core.storage.history import CONFLICT, HistoryEntry, read_history
from marginalia.core.teamwork.pending_losers import journal_path, keep_for_later, pending_versions, settle_pending
from marginalia.core.teamwork.repository import find_repository


@pytest.fixture
def repository(tmp_path):
    """A work tree (its .git a folder) with a corpus holding one article."""
    top = tmp_path / "work"
    (top / ".git").mkdir(parents=True)
    corpus = top / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Hola mundo.\n", encoding="utf-8")
    return top, corpus


def _loser(note: str) -> HistoryEntry:
    return HistoryEntry(CONFLICT, "annotation", {"id": "c1", "note": note, "quote": {"exact": "Hola"}},
                        "2024-05-01T09:00:00.000Z")


def test_find_repository_follows_a_linked_work_trees_git_file(tmp_path):
    """`.git` as a file ("gitdir: ...") names the git folder of a linked work tree."""
    real = tmp_path / "main.git" / "worktrees" / "two"
    real.mkdir(parents=True)
    linked = tmp_path / "two"
    (linked / "deep").mkdir(parents=True)
    (linked / ".git").write_text(f"gitdir: {real}\n", encoding="utf-8")
    found = find_repository(linked / "deep")
    assert (found.top, found.git_dir) == (linked, real)
    assert find_repository(tmp_path) is None


def test_pending_versions_are_listed_before_they_are_filed_and_filed_once(repository):
    """The history lists a pending version at once; filing it puts it beside the file,
    and a second filing (or two losers alike) adds nothing."""
    top, corpus = repository
    side = sidecar_path(corpus / "a.txt")
    keep_for_later(top / ".git", side, [_loser("lost"), _loser("lost")])
    assert [e.record["note"] for e in pending_versions(side)] == ["lost"]
    assert [e.record["note"] for e in claim_versions(corpus / "a.txt")] == ["lost"]
    assert read_history(side) == []
    assert settle_pending(corpus) == [side.resolve()]
    assert [e.record["note"] for e in read_history(side)] == ["lost"]
    assert pending_versions(side) == [] and settle_pending(corpus) == []
    assert [e.record["note"] for e in claim_versions(corpus / "a.txt")] == ["lost"]
    assert not journal_path(top / ".git").read_bytes().strip()


def test_settle_pending_files_only_what_is_under_the_corpus_and_keeps_what_it_cannot_write(repository):
    """Another folder's losers wait for their own corpus; a loser whose folder is gone stays."""
    top, corpus = repository
    other = top / "other"
    other.mkdir()
    keep_for_later(top / ".git", other / "b.txt.annotations.json", [_loser("elsewhere")])
    keep_for_later(top / ".git", corpus / "gone" / "c.txt.annotations.json", [_loser("no folder")])
    keep_for_later(top / ".git", sidecar_path(corpus / "a.txt"), [_loser("in the corpus")])
    settle_pending(corpus)
    left = journal_path(top / ".git").read_bytes()
    assert b"elsewhere" in left and b"no folder" in left and b"in the corpus" not in left
    assert [e.record["note"] for e in read_history(sidecar_path(corpus / "a.txt"))] == ["in the corpus"]


def test_keep_for_later_names_the_journal_it_cannot_write(repository):
    """A git folder that cannot take the journal is a WriteError naming it."""
    from marginalia.core.errors import WriteError

    top, corpus = repository
    if os.geteuid() == 0:
        (top / ".git" / "marginalia").write_text("a file where the folder goes", encoding="utf-8")
    else:
        (top / ".git").chmod(0o500)
    try:
        with pytest.raises(WriteError) as caught:
            keep_for_later(top / ".git", sidecar_path(corpus / "a.txt"), [_loser("x")])
        assert "marginalia" in str(caught.value.path)
    finally:
        (top / ".git").chmod(0o700)
