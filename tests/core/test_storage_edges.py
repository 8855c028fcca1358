"""Storage at its edges: merges that decide by content or by time, what the history keeps, paths in JSON."""

from __future__ import annotations

import json
import os

import pytest

from marginalia.core.annotation import new_annotation
from marginalia.core.codebook import DEFAULT_CODEBOOK, Codebook, Topic
from marginalia.core.selectors import TextPosition
from marginalia.core.storage.codebook_file import rebase_codebook
from marginalia.core.storage.documents import follow_article, open_document, save_document, take_disk_change
from marginalia.core.storage.history import read_history
from marginalia.core.storage.jsonpath import json_path_at
from marginalia.core.storage.owned_file import Refreshed
from marginalia.core.storage.record_file import RecordList, RecordListFile
from marginalia.core.storage.sidecar_file import read_sidecar

TEXT = "Microsoft và OpenAI đàm phán lại. Azure cung cấp sức mạnh tính toán cho các mô hình mới.\n"


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "vi.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _add(document, phrase, note=""):
    start = document.text.index(phrase)
    claim = new_annotation(document.text, TextPosition(start, start + len(phrase)), note=note)
    document.add(claim)
    return claim


def _rewrite(path, edit):
    data = json.loads(path.read_text(encoding="utf-8"))
    edit(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


# -- the codebook -------------------------------------------------------------------------
def test_many_clashing_keys_and_names_each_get_their_own():
    """Two sides each added two topics on the same two keys, all named alike: every
    topic ends with a key and a name of its own, the first in order keeping its own."""
    def topic(topic_id, key):
        return Topic(topic_id, "Same", "#123456", key)

    ours = Codebook(DEFAULT_CODEBOOK.topics + (topic("a", "4"), topic("d", "5")))
    theirs = Codebook(DEFAULT_CODEBOOK.topics + (topic("b", "4"), topic("c", "5")))
    merged = rebase_codebook(DEFAULT_CODEBOOK, ours, theirs)
    shown = [(t.id, t.name, t.shortcut) for t in merged][3:]
    assert shown == [("a", "Same", "4"), ("b", "Same (2)", "6"), ("c", "Same (3)", "5"), ("d", "Same (4)", "7")]


# -- record list files ----------------------------------------------------------------------
def _file(path) -> RecordListFile:
    return RecordListFile(path, "marginalia-clusters", 1, "clusters")


def _value(records, head=()) -> RecordList:
    return RecordList((("format", "marginalia-clusters"), ("version", 1)) + tuple(head), tuple(records))


def test_a_record_conflict_goes_by_time_not_by_content_and_undated_times_lose(tmp_path):
    """The later `modified` wins even when its content sorts first; a record whose time
    is not a time ranks as undated; `get` gives a member or the default."""
    path = tmp_path / "c.json"
    base = {"id": "c", "name": "base", "modified": "2026-01-01T00:00:00Z"}
    _file(path).write(_value([base]))
    late = {"id": "c", "name": "a (later)", "modified": "2026-01-03T00:00:00Z"}
    early = {"id": "c", "name": "z (earlier)", "modified": "2026-01-02T00:00:00Z"}
    undated = {"id": "c", "name": "zz", "modified": 5}
    for first, second in ((late, early), (early, late), (undated, late)):
        path.unlink()
        _file(path).write(_value([base]))
        one, two = _file(path), _file(path)
        one.read()
        two.read()
        one.write(_value([first]))
        assert two.write(_value([second])).value.records == (late,)
    assert _value([], [("label", "x")]).get("label") == "x" and _value([]).get("absent", "d") == "d"


def test_members_of_a_record_list_file_merge_one_by_one(tmp_path):
    """Members other than the list: each side's change taken, a clash decided by content,
    the base's order kept, removals taken."""
    path = tmp_path / "c.json"
    _file(path).write(_value([], [("a", 1), ("b", 1), ("gone", 1), ("clash", "base")]))
    one, two = _file(path), _file(path)
    one.read()
    two.read()
    one.write(_value([], [("b", 1), ("a", 2), ("clash", "apple")]))
    merged = two.write(_value([], [("a", 1), ("b", 3), ("gone", 1), ("clash", "banana"), ("new", 0)])).value
    assert merged.head == (("format", "marginalia-clusters"), ("version", 1), ("a", 2), ("b", 3),
                           ("clash", "banana"), ("new", 0))


# -- sidecars: merging on save ----------------------------------------------------------------
def test_a_claim_removed_here_stays_removed_when_another_writer_changed_something_else(article):
    """Three-way: a claim removed here and untouched there is gone after the merge."""
    document, file = open_document(article, identify_language=False)
    gone, kept = _add(document, "Azure"), _add(document, "OpenAI")
    save_document(document, file)
    other, other_file = open_document(article, identify_language=False)
    other.update(other.get(kept.id).with_changes(note="there"))
    save_document(other, other_file)
    document.remove(gone.id)
    save_document(document, file)
    assert [a.note for a in read_sidecar(file.path).annotations] == ["there"]
    assert [e.reason for e in read_history(file.path)] == ["replaced", "removed"]


def test_another_writers_unreadable_record_and_language_survive_a_merge(article):
    """What the other writer's file holds beyond claims (a record this version cannot read,
    the language the user chose there) is in the file after this side's save."""
    document, file = open_document(article, identify_language=False)
    _add(document, "Azure")
    save_document(document, file)
    odd = {"id": "odd", "position": "unreadable here"}

    def theirs(data):
        data["annotations"].append(odd)
        data["article"]["language"], data["article"]["language_source"] = "vi-VN", "user"

    _rewrite(file.path, theirs)
    _add(document, "OpenAI")
    save_document(document, file)
    written = json.loads(file.path.read_text(encoding="utf-8"))
    assert odd in written["annotations"] and written["article"]["language"] == "vi-VN"
    assert document.language == "vi-VN" and document.language_source == "user"


def test_a_claim_another_writer_put_beyond_the_same_text_is_kept_as_unreadable(article):
    """Same text, an offset past its end: kept verbatim as unreadable, named in this file."""
    document, file = open_document(article, identify_language=False)
    claim = _add(document, "Azure")
    save_document(document, file)

    def beyond(data):
        data["annotations"].append(dict(data["annotations"][0], id="beyond",
                                        position={"type": "TextPositionSelector", "start": 2, "end": 999}))

    _rewrite(file.path, beyond)
    document.update(document.get(claim.id).with_changes(note="edited"))
    save_document(document, file)
    assert "beyond" not in document
    assert [b.error.path for b in file.bad_records] == [file.path]
    assert any(r.get("id") == "beyond" for r in json.loads(file.path.read_text(encoding="utf-8"))["annotations"])


def test_a_save_keeps_in_the_history_only_what_changed(article):
    """The other writer rewrote the file in its own layout with the same claims: the next
    save journals only the claim edited here; a removal is journaled as removed."""
    document, file = open_document(article, identify_language=False)
    first, second = _add(document, "Azure", "one"), _add(document, "OpenAI", "two")
    save_document(document, file)
    _rewrite(file.path, lambda data: None)  # json.dumps' layout, the same content
    document.update(document.get(first.id).with_changes(note="one, edited"))
    save_document(document, file)
    assert [(e.reason, e.record["note"]) for e in read_history(file.path)] == [("replaced", "one")]
    document.remove(second.id)
    save_document(document, file)
    assert [(e.reason, e.kind) for e in read_history(file.path)][-1] == ("removed", "annotation")


# -- sidecars: changes on disk ------------------------------------------------------------------
def test_a_sidecar_made_on_disk_where_there_was_none_is_taken_in(article):
    """No sidecar when opened; another program then writes one: its claims come in."""
    document, file = open_document(article, identify_language=False)
    other, other_file = open_document(article, identify_language=False)
    claim = _add(other, "Azure", "elsewhere")
    save_document(other, other_file)
    change = file.refresh()
    assert change.before is None
    take_disk_change(document, file, change)
    assert document.get(claim.id).note == "elsewhere" and not file.needs_saving(document)


def test_a_change_on_disk_placed_in_another_text_is_re_anchored(article):
    """Claims on disk counted in another text are placed in this one, and the file is to
    be written again with the positions in this text."""
    document, file = open_document(article, identify_language=False)
    claim = _add(document, "Azure")
    save_document(document, file)
    old_text = "Lời mở đầu dài.\n" + TEXT

    def moved(data):
        start = old_text.index("Azure")
        data["article"]["sha256"] = "0" * 64
        data["annotations"][0]["position"] = {"type": "TextPositionSelector", "start": start, "end": start + 5}

    _rewrite(file.path, moved)
    take_disk_change(document, file, file.refresh())
    placed = document.get(claim.id)
    assert TEXT[placed.start:placed.end] == "Azure"
    assert file.needs_saving(document)  # the positions placed anew are worth writing


def test_a_sidecar_removed_after_a_save_is_written_again(article):
    """Saved, then removed by another program: the document needs saving again (its
    revision counted saved must not pass for the file's)."""
    document, file = open_document(article, identify_language=False)
    _add(document, "Azure")
    save_document(document, file)
    assert document.revision == 1 and not file.needs_saving(document)
    file.path.unlink()
    take_disk_change(document, file, Refreshed(file.base, None))
    assert file.needs_saving(document)


def test_an_article_edited_on_disk_keeps_its_title_and_its_claims(tmp_path, article):
    """Re-read after an edit: the title given at open stays; a claim the shorter text no
    longer holds is kept as an orphan, not dropped; the document stays editable."""
    document, file = open_document(article, title="Given title", identify_language=False)
    claim = _add(document, "mô hình mới")
    save_document(document, file)
    article.write_text("Microsoft.\n", encoding="utf-8")
    follow_article(document, file)
    assert document.article.title == "Given title" and not document.read_only
    assert document.get(claim.id).orphaned


# -- the history file and JSON paths ----------------------------------------------------------
def test_the_history_passes_over_lines_that_are_no_entries(tmp_path):
    """Lines that are not objects with a text reason and a record are passed over; an entry
    without kind or time reads with empty ones."""
    from marginalia.core.storage.formats import history_path

    target = tmp_path / "x.json"
    history_path(target).write_text('[1, 2]\n{"reason": 5, "record": {}}\n{"reason": "removed"}\n'
                                    '{"reason": "removed", "record": {"id": "a"}}\n', encoding="utf-8")
    [entry] = read_history(target)
    assert (entry.reason, entry.kind, entry.at, entry.record) == ("removed", "", "", {"id": "a"})


def test_json_paths_between_members_with_capitals_and_at_their_length(tmp_path):
    """Between two members the path is the object's; capital keys are plain; twelve steps
    show whole, more are cut to six and six around the count of the hidden ones."""
    assert json_path_at(b'{"x": {"a": 1, ', 15) == "x"
    assert json_path_at(b'{"Notes": {"Key": [', 19) == "Notes.Key[0]"
    twelve = b"[" * 12
    assert json_path_at(twelve, 12) == "[0]" * 12
    deep = b'{"a": ' + b"[" * 19
    assert json_path_at(deep, len(deep)) == "a" + "[0]" * 5 + "…(8 more levels)…" + "[0]" * 6


def test_a_file_replaced_by_something_unreadable_counts_as_changed(tmp_path):
    """A folder where the file was: changed on disk, not unchanged."""
    path = tmp_path / "c.json"
    owner = _file(path)
    owner.write(_value([]))
    os.remove(path)
    os.mkdir(path)
    assert owner.changed_on_disk()
