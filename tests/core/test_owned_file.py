"""The owner of one file: safe reads, what it remembers, merging before it writes, the history."""

from __future__ import annotations

import json
import os
import threading
import time

import pytest

from marginalia.core.errors import FileTooLargeError, InputError, NotRegularFileError, SidecarError, WriteError
from marginalia.core.files import is_regular_file, read_regular_file
from marginalia.core.storage.formats import backup_path, history_path, lock_path
from marginalia.core.storage.history import HistoryEntry, append_history, read_history
from marginalia.core.storage.locking import holding_lock, lock_if_free
from marginalia.core.storage.manifest_file import ManifestFile, load_manifest, read_manifest
from marginalia.core.storage.record_file import RecordList, RecordListFile


def _clusters(path) -> RecordListFile:
    return RecordListFile(path, "marginalia-clusters", 1, "clusters")


def _value(*records: dict, **head) -> RecordList:
    return RecordList((("format", "marginalia-clusters"), ("version", 1)) + tuple(head.items()), tuple(records))


def test_read_regular_file_reads_files_and_refuses_the_rest(tmp_path):
    """Bytes of a regular file; None where there is none; a folder, a FIFO or a file over
    the limit refused by kind and size, each error naming the path."""
    path = tmp_path / "a.json"
    path.write_bytes(b"12345")
    assert read_regular_file(path, 5) == b"12345" and is_regular_file(path)
    assert read_regular_file(tmp_path / "missing.json", 5) is None and not is_regular_file(tmp_path / "missing")
    with pytest.raises(FileTooLargeError) as too_large:
        read_regular_file(path, 4)
    assert too_large.value.path == path and "5 bytes" in too_large.value.reason
    with pytest.raises(NotRegularFileError, match="a folder"):
        read_regular_file(tmp_path, 5)
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "fifo")
        with pytest.raises(NotRegularFileError, match="a FIFO"):
            read_regular_file(tmp_path / "fifo", 5)
        assert not is_regular_file(tmp_path / "fifo")


def test_paths_beside_a_file_keep_its_whole_name():
    """Backup, history and lock of a file are named after all of its name."""
    from pathlib import Path

    side = Path("/c/a.txt.annotations.json")
    assert backup_path(side).name == "a.txt.annotations.json.bak"
    assert history_path(side).name == "a.txt.annotations.history.jsonl"
    assert lock_path(side).name == ".a.txt.annotations.json.lock"
    assert history_path(Path("/c/codebook.marginalia.json")).name == "codebook.marginalia.history.jsonl"


def test_a_record_list_file_reads_and_writes_what_it_holds(tmp_path):
    """A record list round-trips: format and version first, other members kept, records in order."""
    owner = _clusters(tmp_path / "clusters.json")
    assert owner.read() is None and not owner.had_file
    value = _value({"id": "c1", "name": "one"}, {"id": "c2", "name": "two"}, label="mine")
    written = owner.write(value)
    assert written.theirs is None and written.wrote and owner.had_file
    data = json.loads((tmp_path / "clusters.json").read_text(encoding="utf-8"))
    assert list(data) == ["format", "version", "label", "clusters"]
    assert _clusters(tmp_path / "clusters.json").read() == value
    assert owner.write(value).wrote is False  # the file holds these bytes already


@pytest.mark.parametrize("content, field", [
    ('{"format": "other", "version": 1, "clusters": []}', "format"),
    ('{"format": "marginalia-clusters", "version": 2, "clusters": []}', "version"),
    ('{"format": "marginalia-clusters", "version": 1, "clusters": [{"name": "x"}]}', "clusters[0].id"),
    ('{"format": "marginalia-clusters", "version": 1, "clusters": [{"id": "a"}, {"id": "a"}]}', "clusters[1].id"),
    ('{"format": "marginalia-clusters", "version": 1, "clusters": ["x"]}', "clusters[0]"),
])
def test_a_record_list_file_names_what_is_wrong(tmp_path, content, field):
    """Another format, a newer version, a record without an id or with an id twice: named by field."""
    path = tmp_path / "clusters.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(SidecarError) as info:
        _clusters(path).read()
    assert info.value.field == field and info.value.path == path


def test_a_write_merges_what_another_writer_put_there_since_the_read(tmp_path):
    """Two owners of one file: the second write merges (three-way, the base its own read)
    records and other members alike, and says another version was merged in."""
    path = tmp_path / "clusters.json"
    _clusters(path).write(_value({"id": "c1", "name": "one"}))
    first, second = _clusters(path), _clusters(path)
    base = first.read()
    second.read()
    first.write(base.with_records(base.records + ({"id": "c2", "name": "first's"},)))
    written = second.write(_value({"id": "c1", "name": "renamed by the second"}, label="second"))
    assert written.theirs is not None and written.conflicts == ()
    assert [r["name"] for r in written.value.records] == ["renamed by the second", "first's"]
    assert written.value.get("label") == "second"
    assert _clusters(path).read() == written.value


def test_a_true_conflict_keeps_the_later_record_and_puts_the_other_in_the_history(tmp_path):
    """Both writers changed one record: the later `modified` stays, the other is kept in the history."""
    path = tmp_path / "clusters.json"
    _clusters(path).write(_value({"id": "c1", "name": "one", "modified": "2026-01-01T00:00:00.000Z"}))
    first, second = _clusters(path), _clusters(path)
    first.read()
    second.read()
    late = {"id": "c1", "name": "late", "modified": "2026-01-03T00:00:00.000Z"}
    early = {"id": "c1", "name": "early", "modified": "2026-01-02T00:00:00.000Z"}
    first.write(_value(late))
    written = second.write(_value(early))
    assert written.value.records == (late,) and [c.lost for c in written.conflicts] == [early]
    assert written.wrote is False  # the file held the winner already
    kept = read_history(path)
    assert [(e.reason, e.kind, e.record) for e in kept] == [("replaced", "clusters", {
        "id": "c1", "name": "one", "modified": "2026-01-01T00:00:00.000Z"}), ("conflict", "clusters", early)]


def test_a_write_keeps_every_record_version_it_takes_out_in_the_history(tmp_path):
    """Replaced and removed records go to the history before the file is replaced; the
    previous whole file to the backup."""
    path = tmp_path / "clusters.json"
    owner = _clusters(path)
    owner.write(_value({"id": "a", "n": 1}, {"id": "b", "n": 1}))
    before = path.read_bytes()
    owner.write(_value({"id": "a", "n": 2}))
    assert [(e.reason, e.record) for e in read_history(path)] == [("replaced", {"id": "a", "n": 1}),
                                                                  ("removed", {"id": "b", "n": 1})]
    assert backup_path(path).read_bytes() == before
    assert all(e.at.endswith("Z") for e in read_history(path))


def test_a_file_that_changed_into_something_unreadable_is_never_written_over(tmp_path):
    """Another program wrote nonsense since the read: the write refuses, the file stays."""
    path = tmp_path / "clusters.json"
    owner = _clusters(path)
    owner.write(_value({"id": "a"}))
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(InputError):
        owner.write(_value({"id": "a"}, {"id": "b"}))
    assert path.read_text(encoding="utf-8") == "{ not json"


def test_a_file_removed_since_the_read_is_written_again_whole(tmp_path):
    """Removed on disk (not emptied): the write puts the owner's value back, merging nothing away."""
    path = tmp_path / "clusters.json"
    owner = _clusters(path)
    owner.write(_value({"id": "a"}, {"id": "b"}))
    path.unlink()
    written = owner.write(_value({"id": "a"}, {"id": "b"}, {"id": "c"}))
    assert written.theirs is None and [r["id"] for r in _clusters(path).read().records] == ["a", "b", "c"]


def test_refresh_says_whether_and_how_the_file_changed(tmp_path):
    """Nothing when the bytes are the ones last seen; else the version before and the one now."""
    path = tmp_path / "clusters.json"
    owner = _clusters(path)
    owner.write(_value({"id": "a"}))
    assert owner.refresh() is None and not owner.changed_on_disk()
    _clusters(path).write(_value({"id": "a"}, {"id": "b"}))
    assert owner.changed_on_disk()
    change = owner.refresh()
    assert [r["id"] for r in change.before.records] == ["a"] and [r["id"] for r in change.now.records] == ["a", "b"]
    assert owner.refresh() is None
    path.unlink()
    gone = owner.refresh()
    assert gone.now is None and gone.before is not None


def test_a_change_made_between_two_reads_of_the_same_bytes_is_not_missed(tmp_path):
    """The hash remembered is that of the very bytes decoded: a write just after a read
    is a change for the next look, and is merged by the next write."""
    path = tmp_path / "clusters.json"
    _clusters(path).write(_value({"id": "a"}))
    owner = _clusters(path)
    owner.read()
    _clusters(path).write(_value({"id": "a"}, {"id": "b"}))
    assert owner.changed_on_disk()
    assert [r["id"] for r in owner.write(_value({"id": "a"}, {"id": "c"})).value.records] == ["a", "b", "c"]


def test_the_history_skips_a_line_a_kill_cut_short_and_starts_after_it(tmp_path):
    """A torn last line is passed over when reading, and the next entries begin on a new line."""
    path = tmp_path / "clusters.json"
    append_history(path, [HistoryEntry("removed", "clusters", {"id": "a"})])
    with open(history_path(path), "ab") as handle:
        handle.write(b'{"at": "2026-01-01T00:00:00.000Z", "reason": "rem')
    append_history(path, [HistoryEntry("replaced", "clusters", {"id": "b"}, at="2026-01-02T00:00:00.000Z")])
    append_history(path, [])
    kept = read_history(path)
    assert [(e.reason, e.record, e.kind) for e in kept] == [("removed", {"id": "a"}, "clusters"),
                                                            ("replaced", {"id": "b"}, "clusters")]
    assert kept[1].at == "2026-01-02T00:00:00.000Z"
    assert read_history(tmp_path / "none.json") == []


def test_the_history_that_cannot_be_written_is_named(tmp_path):
    """A history in a folder that is gone: WriteError naming the history file."""
    target = tmp_path / "gone" / "x.json"
    with pytest.raises(WriteError) as info:
        append_history(target, [HistoryEntry("removed", "k", {"id": "a"})])
    assert info.value.path == history_path(target)


def test_a_lock_held_too_long_fails_the_write_naming_the_file(tmp_path):
    """While one writer holds the lock, another waits; past the time out its write fails,
    naming the file; a look for a free lock says it is taken."""
    path = tmp_path / "clusters.json"
    holding, release = threading.Event(), threading.Event()

    def hold():
        with holding_lock(path):
            holding.set()
            release.wait(10)

    thread = threading.Thread(target=hold)
    thread.start()
    try:
        assert holding.wait(10)
        with lock_if_free(path) as free:
            assert free is False
        start = time.monotonic()
        with pytest.raises(WriteError) as info:
            with holding_lock(path, timeout=0.3):
                pass
        assert info.value.path == path and 0.25 < time.monotonic() - start < 5
        assert "held it locked" in info.value.reason
    finally:
        release.set()
        thread.join()
    with lock_if_free(path) as free:
        assert free is True
    with holding_lock(path):
        pass


def test_the_manifest_is_read_by_file_and_its_faults_reported(seed_corpus):
    """Titles by file name from a manifest; an unreadable one gives {} and the reason."""
    manifest = read_manifest(seed_corpus)
    assert manifest["en-partnership-in-danger.txt"]["language"] == "en"
    owner, entries, error = load_manifest(seed_corpus)
    assert isinstance(owner, ManifestFile) and error is None and entries == manifest
    (seed_corpus / "manifest.json").write_text('{"format": "marginalia-manifest", "version": 1, '
                                               '"articles": [{"title": "no file"}]}', encoding="utf-8")
    _owner, entries, error = load_manifest(seed_corpus)
    assert entries == {} and error.field == "articles[0].file"
    (seed_corpus / "manifest.json").unlink()
    assert load_manifest(seed_corpus)[1:] == ({}, None)
