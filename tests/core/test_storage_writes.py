"""Writes at the byte level: the history's lines, temporary files, backups and permissions."""

from __future__ import annotations

import errno
import os

import orjson
import pytest

from marginalia.core.errors import WriteError
from marginalia.core.storage import atomic
from marginalia.core.storage.atomic import atomic_write, temporaries_of
from marginalia.core.storage.formats import history_path
from marginalia.core.storage.history import HistoryEntry, append_history
from marginalia.core.storage.record_file import RecordList, RecordListFile

AT = "2026-01-02T00:00:00.000Z"


def _line(reason: str, record) -> bytes:
    return orjson.dumps({"at": AT, "reason": reason, "kind": "k", "record": record}) + b"\n"


def test_history_lines_are_exact_after_whole_and_torn_lines(tmp_path):
    """After a whole line the next entry follows directly; after a line a kill cut short it
    starts on a new line; nothing else is added."""
    path = tmp_path / "x.json"
    append_history(path, [HistoryEntry("one", "k", {"id": "a"}, at=AT)])
    append_history(path, [HistoryEntry("two", "k", {"id": "b"}, at=AT), HistoryEntry("three", "k", 3, at=AT)])
    whole = _line("one", {"id": "a"}) + _line("two", {"id": "b"}) + _line("three", 3)
    assert history_path(path).read_bytes() == whole
    with open(history_path(path), "ab") as handle:
        handle.write(b'{"at": "20')
    append_history(path, [HistoryEntry("four", "k", 4, at=AT)])
    assert history_path(path).read_bytes() == whole + b'{"at": "20' + b"\n" + _line("four", 4)


def test_history_that_is_a_folder_fails_naming_it_with_the_systems_reason(tmp_path):
    """A folder where the history should be: WriteError with the history's path, reason and errno."""
    path = tmp_path / "x.json"
    history_path(path).mkdir()
    with pytest.raises(WriteError) as info:
        append_history(path, [HistoryEntry("one", "k", 1)])
    assert (info.value.path, info.value.reason, info.value.errno) == (
        history_path(path), "Is a directory", errno.EISDIR)


def test_atomic_write_keeps_no_backup_unless_asked(tmp_path):
    """A plain write leaves no `.bak`; one with `backup` keeps the version it replaced."""
    path = tmp_path / "c.json"
    atomic_write(path, b"one")
    atomic_write(path, b"two")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.json"]
    atomic_write(path, b"three", backup=True)
    assert (tmp_path / "c.json.bak").read_bytes() == b"two"


def test_atomic_write_gives_a_new_file_the_usual_permissions(tmp_path):
    """A file that did not exist is readable by all and writable by its owner (0644)."""
    atomic_write(tmp_path / "new.json", b"x")
    assert (tmp_path / "new.json").stat().st_mode & 0o7777 == 0o644


def test_atomic_write_writes_through_a_temporary_its_leftover_cleaning_recognises(tmp_path, monkeypatch):
    """The temporary file sits beside the target and is named so that `temporaries_of`
    finds it should the write be killed before the rename."""
    path = tmp_path / "a.txt.annotations.json"
    seen = []
    real_replace = os.replace

    def replace(src, dst):
        seen.append((os.path.dirname(src), temporaries_of(path)))
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", replace)
    atomic_write(path, b"x")
    [(folder, leftovers)] = seen
    assert folder == str(tmp_path) and len(leftovers) == 1
    assert leftovers[0].name.startswith(".a.txt.annotations.json.")


def test_atomic_write_keeps_a_backup_where_hard_links_are_not_possible(tmp_path, monkeypatch):
    """A filesystem without hard links: the backup is copied instead, and is the old version."""
    path = tmp_path / "c.json"
    atomic_write(path, b"old")

    def no_links(*_args):
        raise OSError(errno.EPERM, "Operation not permitted")

    monkeypatch.setattr(atomic.os, "link", no_links)
    atomic_write(path, b"new", backup=True)
    assert (tmp_path / "c.json.bak").read_bytes() == b"old" and path.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.json", "c.json.bak"]


def test_atomic_write_makes_the_rename_durable_by_syncing_the_folder(tmp_path, monkeypatch):
    """After the rename the folder itself is synced, so the new name survives a power cut."""
    opened, synced = {}, []
    real_open, real_fsync = os.open, os.fsync

    def record_open(name, flags, *args):
        fd = real_open(name, flags, *args)
        opened[fd] = str(name)
        return fd

    def record_fsync(fd):
        synced.append(opened.get(fd))
        real_fsync(fd)

    monkeypatch.setattr(atomic.os, "open", record_open)
    monkeypatch.setattr(atomic.os, "fsync", record_fsync)
    atomic_write(tmp_path / "c.json", b"x")
    # First the temporary file's data, then the folder holding the new name.
    assert len(synced) == 2 and synced[1] == str(tmp_path) and synced[0] != str(tmp_path)


def test_atomic_write_failing_after_the_rename_names_the_file_not_the_temporary(tmp_path, monkeypatch):
    """The folder cannot be synced once the temporary is renamed: WriteError for the file
    meant, with the system's words (or the error's own when it has none)."""
    path = tmp_path / "c.json"

    def refuse(_directory):
        raise OSError("the folder is gone")

    monkeypatch.setattr(atomic, "_fsync_directory", refuse)
    with pytest.raises(WriteError) as info:
        atomic_write(path, b"x")
    assert (info.value.path, info.value.reason, info.value.errno) == (path, "the folder is gone", None)


def test_atomic_write_interrupted_after_the_rename_lets_the_interruption_through(tmp_path, monkeypatch):
    """An interruption (Ctrl+C) once the temporary is renamed is passed on as it is."""
    def interrupt(_directory):
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic, "_fsync_directory", interrupt)
    with pytest.raises(KeyboardInterrupt):
        atomic_write(tmp_path / "c.json", b"x")
    assert (tmp_path / "c.json").read_bytes() == b"x"


def test_record_list_members_changed_on_both_sides_take_the_larger_bytes_either_way(tmp_path):
    """A top-level member both writers changed differently: the same value whichever side is
    which (its JSON bytes decide), and members keep the base's order."""
    owner = RecordListFile(tmp_path / "clusters.json", "marginalia-clusters", 1, "clusters")
    base = RecordList((("format", "marginalia-clusters"), ("version", 1), ("b", 1), ("a", "x")), ())
    ours = RecordList((("a", "ours"), ("b", 1), ("format", "marginalia-clusters"), ("version", 1)), ())
    theirs = RecordList((("format", "marginalia-clusters"), ("version", 1), ("b", 1), ("a", "theirs")), ())
    for one, other in ((ours, theirs), (theirs, ours)):
        merged, _conflicts = owner.merge(base, one, other)
        assert merged.head == (("format", "marginalia-clusters"), ("version", 1), ("b", 1), ("a", "theirs"))
