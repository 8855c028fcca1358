"""A sync folder's conflict copies of a corpus's files: found, merged into their file, moved aside, never listed."""

from __future__ import annotations

import shutil

import orjson
import pytest

from marginalia.core.corpus import Corpus
from marginalia.core.storage.formats import CODEBOOK_FILE_NAME, MANIFEST_FILE_NAME, sidecar_path
from marginalia.core.storage.history import read_history
from marginalia.core.teamwork.conflict_copies import MOVED_ASIDE, find_conflict_copies
from support import copy_seeds
from support.team import SEEDS, add_claim, claims_of, edit_claim, remove_claim

ARTICLE = SEEDS[1]
COPY_NAMES = {
    "Syncthing": "{stem}.sync-conflict-20240501-093012-ABCDEF2.json",
    "Nextcloud": "{stem} (conflicted copy 2024-05-01 093012).json",
    "Nextcloud, newer": "{stem} (conflicted copy 2024-05-01-093012).json",
    "Dropbox": "{stem} (Bob's conflicted copy 2024-05-01).json",
}


@pytest.fixture
def corpus(tmp_path):
    return copy_seeds(tmp_path / "corpus")


def _copy_name(path, style: str) -> str:
    return COPY_NAMES[style].format(stem=path.name.removesuffix(".json"))


def _two_devices(corpus):
    """A sidecar both devices changed from one version: device A's (this machine's, with
    its history) stays, device B's becomes the copy. Returns (the copy, ids by role)."""
    side = sidecar_path(corpus / ARTICLE)
    history = side.with_name(f"{ARTICLE}.annotations.history.jsonl")
    shared = add_claim(corpus, ARTICLE, 0, 10, note="shared", author="ana")
    doomed = add_claim(corpus, ARTICLE, 20, 30, note="to remove", author="ana")
    bob_edits = add_claim(corpus, ARTICLE, 40, 50, note="bob will edit", author="ana")
    common = side.read_bytes(), b""  # additions only: no history yet
    # Device A: a new claim, an edit of the shared claim, a removal.
    mine = add_claim(corpus, ARTICLE, 60, 70, note="ana's", author="ana")
    edit_claim(corpus, ARTICLE, shared.id, note="ana's edit", later=1)
    remove_claim(corpus, ARTICLE, doomed.id)
    device_a = side.read_bytes(), history.read_bytes()
    # Device B, from the common version: a new claim, a later edit of the shared one, another edit.
    side.write_bytes(common[0])
    history.write_bytes(common[1])
    theirs = add_claim(corpus, ARTICLE, 80, 90, note="bob's", author="bob")
    edit_claim(corpus, ARTICLE, shared.id, note="bob's edit", later=5)
    edit_claim(corpus, ARTICLE, bob_edits.id, note="bob's other edit", later=2)
    device_b = side.read_bytes()
    side.write_bytes(device_a[0])
    history.write_bytes(device_a[1])
    copy = side.with_name(_copy_name(side, "Syncthing"))
    copy.write_bytes(device_b)
    return copy, {"shared": shared.id, "doomed": doomed.id, "bob_edits": bob_edits.id, "mine": mine.id,
                  "theirs": theirs.id}


@pytest.mark.parametrize("style", sorted(COPY_NAMES))
def test_merge_conflict_copies_merges_a_sidecar_copy_and_moves_it_aside(corpus, style):
    """Each client's copy is merged by claim id (both devices' additions kept, the later
    edit winning, the other in the history) and moved aside, never deleted."""
    side = sidecar_path(corpus / ARTICLE)
    add_claim(corpus, ARTICLE, 0, 10, note="a", author="ana")
    bob = add_claim(corpus, ARTICLE, 20, 30, note="b", author="bob")
    device_b = side.read_bytes()
    remove_claim(corpus, ARTICLE, bob.id)
    ana = add_claim(corpus, ARTICLE, 40, 50, note="c", author="ana")
    copy = side.with_name(_copy_name(side, style))
    copy.write_bytes(device_b)
    report = Corpus(corpus).merge_conflict_copies()
    assert [(m.copy.path, m.copy.original) for m in report.merged] == [(copy, side)]
    assert not copy.exists()
    moved = corpus / MOVED_ASIDE / copy.name
    assert report.merged[0].moved_to == moved and moved.read_bytes() == device_b
    assert ana.id in claims_of(corpus, ARTICLE)
    assert not report.left


def test_merge_conflict_copies_decides_as_two_writers_would(corpus):
    """Against this machine's history: a removal here is kept (the copy holds the version
    the history says was removed), the later edit of a claim changed on both devices
    kept with the other in the history, both devices' new claims kept. An edit made
    only on the other device wins by its time; the version it replaces, which this
    machine's history does not know as an old one, is kept in the history too."""
    copy, ids = _two_devices(corpus)
    report = Corpus(corpus).merge_conflict_copies()
    assert [m.conflicts for m in report.merged] == [2]
    notes = {k: a.note for k, a in claims_of(corpus, ARTICLE).items()}
    assert notes == {ids["shared"]: "bob's edit", ids["bob_edits"]: "bob's other edit", ids["mine"]: "ana's",
                     ids["theirs"]: "bob's"}
    conflicts = [e.record["note"] for e in read_history(sidecar_path(corpus / ARTICLE)) if e.reason == "conflict"]
    assert sorted(conflicts) == ["ana's edit", "bob will edit"]


def test_merge_conflict_copies_without_a_history_keeps_every_claim(corpus):
    """With no history to tell which version is older, every difference is a conflict:
    the later version wins each, a removal is undone rather than a claim lost."""
    copy, ids = _two_devices(corpus)
    history = sidecar_path(corpus / ARTICLE).with_name(f"{ARTICLE}.annotations.history.jsonl")
    history.unlink()
    Corpus(corpus).merge_conflict_copies()
    assert set(claims_of(corpus, ARTICLE)) == set(ids.values())


def test_merge_conflict_copies_of_the_codebook_and_manifest_reach_the_corpus(corpus):
    """A topic added on another device, and a title it changed, are in the corpus that merged them."""
    opened = Corpus(corpus)
    codebook = opened.codebook
    opened.save_codebook(codebook)
    book = corpus / CODEBOOK_FILE_NAME
    other = orjson.loads(book.read_bytes())
    other["topics"].append({"id": "labour", "name": "Labour", "color": "#445566", "shortcut": ""})
    (corpus / "codebook.marginalia (conflicted copy Bob 2024-05-01 093012).json").write_bytes(orjson.dumps(other))
    manifest = orjson.loads((corpus / MANIFEST_FILE_NAME).read_bytes())
    manifest["articles"][0]["title"] = "Retitled on another device"
    (corpus / "manifest (Bob's conflicted copy 2024-05-01).json").write_bytes(orjson.dumps(manifest))
    opened = Corpus(corpus)
    report = opened.merge_conflict_copies()
    assert len(report.merged) == 2 and not report.left
    assert opened.codebook.get("labour") is not None
    assert opened.manifest[manifest["articles"][0]["file"]]["title"] == "Retitled on another device"
    assert Corpus(corpus).codebook.get("labour") is not None


def test_merge_conflict_copies_leaves_an_unreadable_copy_where_it_is(corpus):
    """A copy that cannot be read is reported with the reason, and neither moved nor merged."""
    side = sidecar_path(corpus / ARTICLE)
    add_claim(corpus, ARTICLE, 0, 10, note="a")
    before = side.read_bytes()
    copy = side.with_name(_copy_name(side, "Dropbox"))
    copy.write_bytes(b'{"format": "marginalia-sidecar", "version": 1, "annotations": [')
    report = Corpus(corpus).merge_conflict_copies()
    assert not report.merged and [left.copy.path for left in report.left] == [copy]
    assert copy.name in str(report.left[0].error)
    assert copy.exists() and side.read_bytes() == before


def test_conflict_copies_are_never_articles_or_sidecars(corpus):
    """A copy of an article or a sidecar is no article of its own, and check names it."""
    from marginalia.core.checking import check_corpus

    article_copy = corpus / ARTICLE.replace(".txt", " (Bob's conflicted copy 2024-05-01).txt")
    shutil.copy(corpus / ARTICLE, article_copy)
    add_claim(corpus, ARTICLE, 0, 10)
    side = sidecar_path(corpus / ARTICLE)
    copy = side.with_name(_copy_name(side, "Nextcloud"))
    shutil.copy(side, copy)
    opened = Corpus(corpus)
    assert sorted(p.name for p in opened.article_paths()) == SEEDS
    found = {c.path: c.kind.name if c.kind else None for c in find_conflict_copies(corpus)}
    assert found == {article_copy: None, copy: "sidecar"}
    problems = [p for p in check_corpus(opened).all_problems() if "conflict copy" in p.reason]
    assert sorted(p.path for p in problems) == sorted([article_copy, copy])
    report = opened.merge_conflict_copies()
    assert [m.copy.path for m in report.merged] == [copy]
    assert [left.copy.path for left in report.left] == [article_copy] and article_copy.exists()


def test_move_aside_never_replaces_an_earlier_copy(corpus):
    """Two copies of the same name, merged one after the other, are both kept aside."""
    side = sidecar_path(corpus / ARTICLE)
    add_claim(corpus, ARTICLE, 0, 10)
    copy = side.with_name(_copy_name(side, "Syncthing"))
    for note in ("first", "second"):
        add_claim(corpus, ARTICLE, 20, 30, note=note)
        shutil.copy(side, copy)
        Corpus(corpus).merge_conflict_copies()
    aside = sorted(p.name for p in (corpus / MOVED_ASIDE).iterdir())
    assert aside == [copy.name, copy.name + ".2"]


def test_merge_conflict_copies_reads_no_fifo_and_no_link_out_of_the_corpus(corpus, tmp_path):
    """A FIFO under a copy's name is reported without blocking; a link to a file outside
    the corpus is not taken for a copy at all."""
    import os

    side = sidecar_path(corpus / ARTICLE)
    add_claim(corpus, ARTICLE, 0, 10, note="here")
    before = side.read_bytes()
    outside = tmp_path / "elsewhere.json"
    outside.write_bytes(before.replace(b"here", b"from outside"))
    link = side.with_name(_copy_name(side, "Syncthing"))
    link.symlink_to(outside)
    fifo = side.with_name(_copy_name(side, "Nextcloud"))
    os.mkfifo(fifo)
    report = Corpus(corpus).merge_conflict_copies()
    assert not report.merged
    assert [left.copy.path for left in report.left] == [fifo] and "FIFO" in str(report.left[0].error)
    assert side.read_bytes() == before and link.is_symlink()


def test_merge_conflict_copies_of_a_copy_another_program_took_reports_nothing(corpus, monkeypatch):
    """Two programs merging one copy: the one that finds it gone before moving it says nothing."""
    from marginalia.core.teamwork import conflict_copies

    side = sidecar_path(corpus / ARTICLE)
    add_claim(corpus, ARTICLE, 0, 10)
    copy = side.with_name(_copy_name(side, "Syncthing"))
    shutil.copy(side, copy)
    real_merge = conflict_copies.merge_copy

    def merged_then_taken(found, owner):
        result = real_merge(found, owner)
        found.path.rename(found.path.with_name("taken by another program.json"))
        return result

    monkeypatch.setattr(conflict_copies, "merge_copy", merged_then_taken)
    report = Corpus(corpus).merge_conflict_copies()
    assert not report.merged and not report.left
