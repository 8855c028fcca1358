"""Every kind of import adds to what is there: through the files' owners, never over another writer's work."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from marginalia.core.corpus import Corpus, read_manifest
from marginalia.core.importer import ImportFileError, import_file
from marginalia.core.importer.articles import add_articles
from marginalia.core.storage.history import IMPORT_CONFLICT, read_history
from marginalia.core.storage.formats import sidecar_path
from marginalia.core.storage.sidecar_file import read_sidecar

TEXT = "The quick brown fox jumps over the lazy dog.\nIt was a bright cold day in April.\n"
URL = "https://news.example/fox"
ROW_ID = "abc123"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "fox.txt").write_text(TEXT, encoding="utf-8")
    (root / "manifest.json").write_text(json.dumps({"format": "marginalia-manifest", "version": 1, "articles": [
        {"file": "fox.txt", "title": "Fox", "url": URL}]}), encoding="utf-8")
    return root


def _write(path: Path, content) -> Path:
    path.write_text(content if isinstance(content, str) else json.dumps(content), encoding="utf-8")
    return path


def _hypothesis_row(note: str, **times) -> dict:
    return {"id": ROW_ID, "user": "acct:ana@hypothes.is", "uri": URL, "text": note, "tags": [], **times,
            "target": [{"source": URL, "selector": [
                {"type": "TextQuoteSelector", "exact": "lazy dog", "prefix": "jumps over the ", "suffix": "."}]}]}


def _qdpx(path: Path, note: str, times: str) -> Path:
    """A REFI-QDA project with the article's text and one coded selection of "lazy dog"."""
    start = TEXT.index("lazy dog")
    xml = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="p" origin="Another tool">
<CodeBook><Codes><Code guid="11111111-1111-4111-8111-111111111111" name="Animals" isCodable="true"
color="#AB12CD"/></Codes></CodeBook>
<Sources><TextSource guid="77777777-7777-4777-8777-777777777777" name="fox.txt"
plainTextPath="internal://77777777-7777-4777-8777-777777777777.txt">
<PlainTextSelection guid="aaaaaaaa-0000-4000-8000-000000000001" name="lazy dog" startPosition="{start}"
endPosition="{start + 8}" {times}><Description>{note}</Description>
<Coding guid="aaaaaaaa-0000-4000-8000-000000009999"><CodeRef targetGUID="11111111-1111-4111-8111-111111111111"/>
</Coding></PlainTextSelection></TextSource></Sources></Project>"""
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", xml)
        archive.writestr("Sources/77777777-7777-4777-8777-777777777777.txt", TEXT.encode("utf-8"))
    return path


def _notes(root: Path) -> list[str]:
    return [a.note for a in read_sidecar(sidecar_path(root / "fox.txt")).annotations]


def _kept_in_history(root: Path) -> list[str]:
    return [e.record["note"] for e in read_history(sidecar_path(root / "fox.txt")) if e.reason == IMPORT_CONFLICT]


def test_import_hypothesis_row_without_times_never_replaces_a_claim(root, tmp_path):
    """A Hypothesis row that says neither when it was made nor changed cannot be newer than
    the claim here: the claim stays, the row's version goes to the history as a conflict."""
    import_file(Corpus(root), _write(tmp_path / "a.json", _hypothesis_row("first", updated="2024-05-07T00:00:00Z")))
    report = import_file(Corpus(root), _write(tmp_path / "b.json", _hypothesis_row("undated")))
    assert report.updated == [] and len(report.conflicts) == 1
    assert _notes(root) == ["first"] and _kept_in_history(root) == ["undated"]
    newer = import_file(Corpus(root), _write(tmp_path / "c.json",
                                             _hypothesis_row("newer", updated="2025-01-01T00:00:00Z")))
    assert len(newer.updated) == 1 and _notes(root) == ["newer"]


def test_import_refi_selection_without_times_never_replaces_a_claim(root, tmp_path):
    """The same for a REFI-QDA selection without creation or modification time."""
    dated = 'creationDateTime="2024-05-06T07:08:09Z"'
    first = import_file(Corpus(root), _qdpx(tmp_path / "a.qdpx", "first", dated))
    assert first.articles_added == [] and len(first.imported) == 1  # the article is found by its text
    report = import_file(Corpus(root), _qdpx(tmp_path / "b.qdpx", "undated", ""))
    assert report.updated == [] and len(report.conflicts) == 1
    assert _notes(root) == ["first"] and _kept_in_history(root) == ["undated"]


def _another_program_adds_a_topic(root: Path, name: str) -> None:
    other = Corpus(root)
    other.save_codebook(other.codebook.add(name))


@pytest.mark.parametrize("kind", ["csv", "qdc", "codebook", "qdpx"])
def test_import_of_topics_keeps_the_topics_another_program_added(root, tmp_path, kind):
    """Topics a codebook CSV, REFI-QDA codebook or project, or Marginalia codebook brings are
    merged with those another program saved after this corpus was read: both stay."""
    corpus = Corpus(root)
    _another_program_adds_a_topic(root, "Theirs")
    if kind == "csv":
        path = _write(tmp_path / "c.csv", "tag,description\nAnimals,\n")
    elif kind == "qdc":
        path = _write(tmp_path / "c.qdc", '<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>'
                                          '<Code guid="11111111-1111-4111-8111-111111111111" name="Animals" '
                                          'isCodable="true" color="#AB12CD"/></Codes></CodeBook>')
    elif kind == "codebook":
        path = _write(tmp_path / "c.json", {"format": "marginalia-codebook", "version": 1, "topics": [
            {"id": "animals", "name": "Animals", "color": "#AB12CD", "shortcut": ""}]})
    else:
        path = _qdpx(tmp_path / "p.qdpx", "note", 'creationDateTime="2024-05-06T07:08:09Z"')
    report = import_file(corpus, path)
    assert report.new_topics == ["Animals"]
    names = [t.name for t in Corpus(root).codebook]
    assert "Theirs" in names and "Animals" in names
    assert "Theirs" in [t.name for t in corpus.codebook]  # what the import's corpus now holds too


def test_import_into_a_sidecar_another_program_changed_keeps_both(root, tmp_path):
    """An import's corpus read the article; another program then added a claim and saved;
    the import's save merges: both claims are in the file."""
    from marginalia.core.annotation import new_annotation
    from marginalia.core.selectors import TextPosition

    corpus = Corpus(root)
    document = corpus.open(root / "fox.txt")
    other = Corpus(root)
    theirs = other.open(root / "fox.txt")
    theirs.add(new_annotation(theirs.text, TextPosition(4, 9), note="theirs"))
    other.save(theirs)
    document.add(new_annotation(document.text, TextPosition(10, 15), note="mine"))
    import_file(corpus, _write(tmp_path / "a.json", _hypothesis_row("imported", updated="2024-05-07T00:00:00Z")))
    assert sorted(_notes(root)) == ["imported", "theirs"]
    corpus.save(document)
    assert sorted(_notes(root)) == ["imported", "mine", "theirs"]


def test_added_article_never_replaces_a_file_another_program_made_meanwhile(root, tmp_path, monkeypatch):
    """Another program writes a file of the same name between the check for a free name and
    the copy (shown by every name looking free): that file stays, the copy takes "(2)"."""
    (root / "story.txt").write_text("Theirs, written a moment ago.\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text("Mine: another story.\n", encoding="utf-8")
    monkeypatch.setattr(Path, "exists", lambda self: False)
    report = add_articles(Corpus(root), [tmp_path / "story.txt"])
    assert report.added == ["story (2).txt"]
    assert (root / "story.txt").read_text(encoding="utf-8") == "Theirs, written a moment ago.\n"
    assert (root / "story (2).txt").read_text(encoding="utf-8") == "Mine: another story.\n"


def test_refi_source_never_replaces_a_file_another_program_made_meanwhile(root, tmp_path, monkeypatch):
    """A project's source written as a new article never takes the name of a file made
    meanwhile; its metadata goes to the manifest through its owner, beside the others'."""
    (root / "fox.txt").write_text("Another program's fox.txt, with other words.\n", encoding="utf-8")
    monkeypatch.setattr(Path, "exists", lambda self: False)
    report = import_file(Corpus(root), _qdpx(tmp_path / "p.qdpx", "note", ""))
    assert report.articles_added == ["fox (2).txt"]
    assert (root / "fox.txt").read_text(encoding="utf-8").startswith("Another program's")
    assert (root / "fox (2).txt").read_text(encoding="utf-8") == TEXT
    assert set(read_manifest(root)) == {"fox.txt", "fox (2).txt"}


@pytest.mark.parametrize("name, content, field", [
    ("deep.json", '{"total": 1, "rows": [{"uri": "x", "user": "u", "target": ' + "[" * 5000 + "]" * 5000 + "}]}",
     "rows[0].target"),
    ("codebook.json", '{"format": "marginalia-codebook", "version": 1, "topics": [}', "topics[0]"),
    ("surrogate.json", '{"format": "marginalia-codebook", "version": 1, "topics": [{"id": "a", "name": "\\ud800", '
                       '"color": "#AB12CD", "shortcut": ""}]}', "topics[0].name"),
    ("bytes.json", b'{"total": 1, "rows": [{"text": "' + b"x" * 5000 + b'\xff"}]}', "rows[0].text"),
])
def test_import_of_hostile_json_names_the_file_and_where(root, tmp_path, name, content, field):
    """JSON nested thousands deep, cut short, with a lone surrogate or not UTF-8, whatever
    it claims to be (a Hypothesis export, a codebook): an ImportFileError naming the
    file, the JSON path and the byte; nothing written."""
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    before = {p.name: p.read_bytes() for p in root.iterdir()}
    with pytest.raises(ImportFileError) as caught:
        import_file(Corpus(root), path)
    assert caught.value.path == path and caught.value.field.startswith(field) and caught.value.offset is not None
    assert {p.name: p.read_bytes() for p in root.iterdir()} == before
