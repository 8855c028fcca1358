"""Nothing the user wrote is lost where two writers meet: imports, a second program, the codebook."""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from datetime import timedelta
from pathlib import Path

import pytest

from marginalia.core.annotation import format_time, new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.importer import import_w3c
from marginalia.core.selectors import TextPosition

ALPHA = "The quick brown fox jumps over the lazy dog.\nIt was a bright cold day in April.\n"


@pytest.fixture
def corpus_root(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "alpha.txt").write_text(ALPHA, encoding="utf-8")
    return root


def _claim_on(corpus: Corpus, phrase: str, note: str):
    document = corpus.open(corpus.root / "alpha.txt")
    start = document.text.index(phrase)
    claim = new_annotation(document.text, TextPosition(start, start + len(phrase)), topics=("compute",), note=note)
    document.add(claim)
    corpus.save(document)
    return claim


def _on_disk(root: Path) -> dict[str, dict]:
    data = json.loads((root / "alpha.txt.annotations.json").read_text(encoding="utf-8"))
    return {r["id"]: r for r in data["annotations"]}


def _w3c(claim_id: str, exact: str, note: str, modified: str | None, tmp_path: Path) -> Path:
    record = {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "id": f"urn:uuid:{claim_id}",
              "body": [{"type": "TextualBody", "value": note}],
              "target": {"source": "alpha.txt", "selector": {"type": "TextQuoteSelector", "exact": exact}}}
    if modified is not None:
        record["created"] = record["modified"] = modified
    path = tmp_path / f"import-{note}.jsonld"
    path.write_text(json.dumps(record), encoding="utf-8")
    return path


def _everything_in(root: Path) -> str:
    """Every file of the folder, hidden ones included, as one text: where a note could still be."""
    return "\n".join(p.read_bytes().decode("utf-8", "replace") for p in sorted(root.rglob("*")) if p.is_file())


@pytest.mark.parametrize("modified", ["same", "none"])
def test_import_of_a_version_not_strictly_newer_keeps_the_users_claim(corpus_root, tmp_path, modified):
    """An incoming record with the id of a claim here, and no `modified` or an equal one,
    does not replace its note, span or quote (its quote is not even in the article)."""
    corpus = Corpus(corpus_root)
    mine = _claim_on(corpus, "lazy dog", "my note")
    stamp = format_time(mine.modified) if modified == "same" else None
    report = import_w3c(Corpus(corpus_root), _w3c(mine.id, "words not in the article", "updated 1", stamp, tmp_path))
    kept = _on_disk(corpus_root)[mine.id]
    assert (kept["note"], kept["quote"]["exact"], kept["orphaned"]) == ("my note", "lazy dog", False)
    assert not getattr(report, "updated", None)
    assert "updated 1" in _everything_in(corpus_root)  # both versions kept: the incoming one too


@pytest.mark.parametrize("modified", ["same", "none"])
def test_an_import_not_strictly_newer_is_a_conflict_even_where_it_fits_the_text(corpus_root, tmp_path, modified):
    """The same time, or no time at all, with a quote the article has: still a conflict,
    the claim here unchanged, the incoming version kept."""
    corpus = Corpus(corpus_root)
    mine = _claim_on(corpus, "lazy dog", "my note")
    stamp = format_time(mine.modified) if modified == "same" else None
    report = import_w3c(Corpus(corpus_root), _w3c(mine.id, "bright cold day", "their note", stamp, tmp_path))
    assert _on_disk(corpus_root)[mine.id]["note"] == "my note" and not report.updated and not report.written
    assert report.conflicts == [("(root)", mine.id)]
    from marginalia.core.storage.history import read_history

    [kept] = read_history(corpus_root / "alpha.txt.annotations.json")
    assert (kept.reason, kept.kind, kept.record["note"]) == ("import-conflict", "annotation", "their note")


def test_a_strictly_newer_import_that_cannot_be_placed_does_not_orphan_a_placed_claim(corpus_root, tmp_path):
    """Newer, but its quote is nowhere in the article: the claim keeps its place."""
    corpus = Corpus(corpus_root)
    mine = _claim_on(corpus, "lazy dog", "my note")
    later = format_time(mine.modified + timedelta(days=1))
    import_w3c(Corpus(corpus_root), _w3c(mine.id, "words not in the article", "newer", later, tmp_path))
    kept = _on_disk(corpus_root)[mine.id]
    assert kept["orphaned"] is False and kept["quote"]["exact"] == "lazy dog"


def test_no_sequence_of_imports_erases_a_note(corpus_root, tmp_path):
    """Two imports, each strictly newer, replace the claim twice: the first note is still
    in the corpus folder (the history keeps every version a save replaced)."""
    corpus = Corpus(corpus_root)
    mine = _claim_on(corpus, "lazy dog", "the original note")
    for days, note in ((1, "second"), (2, "third")):
        later = format_time(mine.modified + timedelta(days=days))
        import_w3c(Corpus(corpus_root), _w3c(mine.id, "lazy dog", note, later, tmp_path))
    assert _on_disk(corpus_root)[mine.id]["note"] == "third"
    assert "the original note" in _everything_in(corpus_root)


def test_two_writers_of_one_sidecar_both_keep_their_claims(corpus_root):
    """Two programs open the article, each adds a claim and saves: both claims are on disk,
    and a later edit by the first does not drop the second's."""
    first, second = Corpus(corpus_root), Corpus(corpus_root)
    mine, theirs = first.open(corpus_root / "alpha.txt"), second.open(corpus_root / "alpha.txt")
    a = new_annotation(mine.text, TextPosition(4, 9), note="from the first")
    b = new_annotation(theirs.text, TextPosition(10, 15), note="from the second")
    mine.add(a)
    first.save(mine)
    theirs.add(b)
    second.save(theirs)
    assert set(_on_disk(corpus_root)) == {a.id, b.id}
    mine.update(mine.get(a.id).with_changes(note="edited by the first"))
    first.save(mine)
    assert {r["note"] for r in _on_disk(corpus_root).values()} == {"edited by the first", "from the second"}


def test_a_claim_edited_by_two_writers_keeps_the_later_edit_and_the_other_in_the_history(corpus_root):
    """Both change one claim; the earlier edit is saved last. The file has the later edit,
    and the earlier one is still in the folder, not silently dropped."""
    claim = _claim_on(Corpus(corpus_root), "lazy dog", "base")
    first, second = Corpus(corpus_root), Corpus(corpus_root)
    early, late = first.open(corpus_root / "alpha.txt"), second.open(corpus_root / "alpha.txt")
    late.update(late.get(claim.id).with_changes(note="the later edit",
                                                modified=claim.modified + timedelta(seconds=20)))
    early.update(early.get(claim.id).with_changes(note="the earlier edit",
                                                  modified=claim.modified + timedelta(seconds=10)))
    second.save(late)
    first.save(early)
    assert _on_disk(corpus_root)[claim.id]["note"] == "the later edit"
    assert "the earlier edit" in _everything_in(corpus_root)


def test_two_writers_reach_the_same_file_whichever_saves_first(tmp_path):
    """The merge is symmetric: the bytes on disk do not depend on the order of the saves."""
    start = tmp_path / "start"
    start.mkdir()
    (start / "alpha.txt").write_text(ALPHA, encoding="utf-8")
    claim = _claim_on(Corpus(start), "lazy dog", "base")
    results = []
    for order in ((0, 1), (1, 0)):
        root = tmp_path / f"order-{order[0]}"
        shutil.copytree(start, root)
        writers = [Corpus(root), Corpus(root)]
        documents = [w.open(root / "alpha.txt") for w in writers]
        same_time = claim.modified + timedelta(seconds=5)
        for document, note in zip(documents, ("apple", "banana")):
            document.update(document.get(claim.id).with_changes(note=note, modified=same_time))
        for i in order:
            writers[i].save(documents[i])
        results.append((root / "alpha.txt.annotations.json").read_bytes())
    assert results[0] == results[1]


def test_two_writers_of_the_codebook_both_keep_their_topics(corpus_root):
    """Two programs each add a topic: the codebook on disk has both, and no shortcut twice."""
    first, second = Corpus(corpus_root), Corpus(corpus_root)
    first.save_codebook(first.codebook.add("regulation"))
    second.save_codebook(second.codebook.add("antitrust"))
    on_disk = Corpus(corpus_root).codebook
    assert {"regulation", "antitrust"} <= set(on_disk.ids())
    keys = [t.shortcut for t in on_disk if t.shortcut]
    assert len(keys) == len(set(keys))


def test_unreadable_records_are_written_back_byte_for_byte_in_their_place(corpus_root):
    """A record this version cannot read (an offset beyond 64 bits, a field of another
    tool) keeps its bytes and its place in the list when another claim is saved."""
    corpus = Corpus(corpus_root)
    first = _claim_on(corpus, "quick", "one")
    _claim_on(Corpus(corpus_root), "lazy dog", "two")
    path = corpus_root / "alpha.txt.annotations.json"
    text = path.read_text(encoding="utf-8")
    odd = '{"id": "odd", "position": {"start": 123456789012345678901234567890}, "other tool": [1, 2]}'
    at = text.index("    {", text.index('"annotations"'))
    path.write_text(text[:at] + "    " + odd + ",\n" + text[at:], encoding="utf-8")
    reopened = Corpus(corpus_root)
    again = reopened.open(corpus_root / "alpha.txt")
    again.update(again.get(first.id).with_changes(note="one, edited"))
    reopened.save(again)
    written = path.read_text(encoding="utf-8")
    assert odd in written
    items = json.loads(written)["annotations"]
    assert items[0]["id"] == "odd" and len(items) == 3


def test_leftovers_of_a_killed_write_go_on_the_next_open(corpus_root):
    """A temporary file a killed writer left (as recent as can be) is gone once the
    article is opened again and no writer holds the sidecar's lock."""
    _claim_on(Corpus(corpus_root), "lazy dog", "note")
    leftover = corpus_root / ".alpha.txt.annotations.json.k3j2h1ab.tmp"
    leftover.write_bytes(b'{"format": "marginalia-sidecar", "ann')
    Corpus(corpus_root).open(corpus_root / "alpha.txt")
    assert not leftover.exists()


def test_a_check_writes_nothing_not_even_removing_leftovers(corpus_root):
    """`check` promises to write nothing: a killed write's leftover stays for the app to clear."""
    from marginalia.core.checking import check_corpus

    _claim_on(Corpus(corpus_root), "lazy dog", "note")
    leftover = corpus_root / ".alpha.txt.annotations.json.k3j2h1ab.tmp"
    leftover.write_bytes(b"{")
    check_corpus(Corpus(corpus_root))
    assert leftover.exists()


def test_a_save_into_a_folder_it_may_not_write_names_the_sidecar(corpus_root, monkeypatch):
    """The error of a save that cannot create its temporary file names the file being
    saved, never the temporary one."""
    corpus = Corpus(corpus_root)
    document = corpus.open(corpus_root / "alpha.txt")
    document.add(new_annotation(document.text, TextPosition(4, 9)))

    def refused(*_args, dir=None, prefix="", suffix="", **_kw):
        raise PermissionError(13, "Permission denied", os.path.join(dir, f"{prefix}x1y2z3{suffix}"))

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(Exception) as info:
        corpus.save(document)
    message = str(info.value)
    assert "alpha.txt.annotations.json" in message and ".tmp" not in message and "Permission denied" in message


def test_a_save_on_a_full_disk_names_the_sidecar(corpus_root, monkeypatch):
    """A disk full while writing: the error says which file could not be saved, and why."""
    corpus = Corpus(corpus_root)
    document = corpus.open(corpus_root / "alpha.txt")
    document.add(new_annotation(document.text, TextPosition(4, 9)))

    def full(_fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(Exception) as info:
        corpus.save(document)
    message = str(info.value)
    assert "alpha.txt.annotations.json" in message and "No space left" in message
    assert not (corpus_root / "alpha.txt.annotations.json").exists()
