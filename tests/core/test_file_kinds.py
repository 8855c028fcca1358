"""The registry of file kinds: a new kind of corpus file is merged by git, by sync folders and set up, from one entry."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from marginalia.core.storage import file_kinds
from marginalia.core.storage.file_kinds import FileKind, kind_of, register, root_file_kind
from marginalia.core.storage.owned_file import OwnedFile
from marginalia.core.storage.record_file import RecordListFile
from marginalia.core.teamwork.conflict_copies import merge_conflict_copies
from marginalia.core.teamwork.git_setup import attribute_lines
from marginalia.core.teamwork.merge_driver import run_merge_driver

NAME = "links.marginalia.json"


def _links_file(path: Path) -> RecordListFile:
    return RecordListFile(path, "marginalia-links", 1, "links")


def _links(*records: dict) -> bytes:
    return orjson.dumps({"format": "marginalia-links", "version": 1, "links": list(records)})


@pytest.fixture
def registry():
    """The registry as it is, given back after the test (kinds it registers go)."""
    saved = list(file_kinds.KINDS)
    yield
    file_kinds.KINDS[:] = saved


@pytest.fixture
def links_kind(registry):
    """A kind of corpus file registered for the test only."""
    kind = root_file_kind("links", NAME, _links_file)
    register(kind)
    return kind


def test_register_refuses_a_second_kind_of_one_name(links_kind):
    """Two kinds named alike would make the registry ambiguous."""
    with pytest.raises(ValueError):
        register(root_file_kind("links", "other.json", _links_file))


def test_kind_of_tells_files_by_name_and_place(links_kind):
    """Root files only in the corpus folder; sidecars and histories anywhere."""
    assert kind_of(NAME, in_corpus=True) is links_kind
    assert kind_of(f"sub/{NAME}", in_corpus=True) is None
    assert kind_of(f"repo/corpus/{NAME}") is links_kind  # git's path: the corpus folder is not known
    assert kind_of("sub/a.txt.annotations.json", in_corpus=True).name == "sidecar"
    assert kind_of("a.txt.annotations.history.jsonl").name == "history"
    assert kind_of(".annotations.json") is None and kind_of("a.txt") is None


def test_a_registered_kind_gets_its_attributes_its_driver_and_its_sync_merge(links_kind, tmp_path, monkeypatch):
    """One register() call: git-setup writes its line, the driver merges it by id, a
    sync folder's copy of it is merged into it."""
    assert f"corpus/{NAME} merge=marginalia" in attribute_lines("corpus/")
    base, ours, theirs = (tmp_path / n for n in ("base", "ours", "theirs"))
    base.write_bytes(_links({"id": "l1", "label": "a"}))
    ours.write_bytes(_links({"id": "l1", "label": "a"}, {"id": "l2", "label": "ours"}))
    theirs.write_bytes(_links({"id": "l1", "label": "b"}))
    monkeypatch.chdir(tmp_path)
    outcome = run_merge_driver(base, ours, theirs, f"corpus/{NAME}", tmp_path / ".git")
    assert outcome.merged
    assert orjson.loads(ours.read_bytes())["links"] == [{"id": "l1", "label": "b"}, {"id": "l2", "label": "ours"}]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / NAME).write_bytes(_links({"id": "l1", "label": "here"}))
    (corpus / "links.marginalia.sync-conflict-20240501-093012-ABCDEF2.json").write_bytes(
        _links({"id": "l9", "label": "there"}))
    report = merge_conflict_copies(corpus)
    assert [m.copy.kind for m in report.merged] == [links_kind]
    assert {r["id"] for r in orjson.loads((corpus / NAME).read_bytes())["links"]} == {"l1", "l9"}


def test_an_owner_that_builds_no_value_from_records_is_merged_two_ways(registry, tmp_path):
    """A kind whose owner has no value_of still merges its conflict copies (no base)."""
    class Plain(OwnedFile):
        kind_name = "plain"

        def decode(self, data):
            return tuple(sorted(orjson.loads(data)))

        def encode(self, value):
            return orjson.dumps(list(value))

        def merge(self, base, ours, theirs):
            return tuple(sorted(set(ours) | set(theirs))), ()

        def records(self, value):
            return {v: v for v in value}

    register(FileKind("plain", Plain, lambda name: name == "plain.json", "plain.json", at_root=True))
    (tmp_path / "plain.json").write_bytes(b'["a"]')
    (tmp_path / "plain.history.jsonl").write_bytes(
        orjson.dumps({"at": "", "reason": "removed", "kind": "plain", "record": "b"}) + b"\n")
    (tmp_path / "plain (conflicted copy 2024-05-01 093012).json").write_bytes(b'["b"]')
    report = merge_conflict_copies(tmp_path)
    assert len(report.merged) == 1 and orjson.loads((tmp_path / "plain.json").read_bytes()) == ["a", "b"]


def test_a_tracked_backup_merges_as_its_file_and_keeps_no_losers(tmp_path, monkeypatch):
    """A `.bak` someone committed merges like the file it backs up; its losers are not
    journaled (git's history and the file's own hold those versions)."""
    from marginalia.core.teamwork.pending_losers import journal_path

    monkeypatch.chdir(tmp_path)
    codebook = b'{"format": "marginalia-codebook", "version": 1, "topics": [%s]}'
    topic = b'{"id": "t", "name": "%s", "color": "#112233", "shortcut": ""}'
    base, ours, theirs = (tmp_path / n for n in ("base", "ours", "theirs"))
    base.write_bytes(codebook % (topic % b"T"))
    ours.write_bytes(codebook % (topic % b"Ours"))
    theirs.write_bytes(codebook % (topic % b"Theirs"))
    outcome = run_merge_driver(base, ours, theirs, "corpus/codebook.marginalia.json.bak", tmp_path / ".git")
    assert outcome.merged and outcome.losers == ()
    assert orjson.loads(ours.read_bytes())["topics"][0]["name"] == "Theirs"  # the content rule
    assert not journal_path(tmp_path / ".git").exists()
