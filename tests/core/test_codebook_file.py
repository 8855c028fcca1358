"""The codebook's owner: topics merged by id, clashes of names and keys resolved, undo rebased."""

from __future__ import annotations

from marginalia.core.codebook import DEFAULT_CODEBOOK, Codebook, Topic
from marginalia.core.storage.codebook_file import CodebookFile, encode_codebook, read_codebook, rebase_codebook
from marginalia.core.storage.history import read_history


def _file(tmp_path) -> CodebookFile:
    return CodebookFile(tmp_path / "codebook.marginalia.json")


def test_two_writers_adding_topics_with_the_same_next_key_both_keep_theirs(tmp_path):
    """Each side took the next free key and colour for its new topic: both topics stay,
    the first in order keeps the key, the other gets the next free one."""
    _file(tmp_path).write(DEFAULT_CODEBOOK)
    first, second = _file(tmp_path), _file(tmp_path)
    first.read()
    second.read()
    first.write(DEFAULT_CODEBOOK.add("alpha"))
    merged = second.write(DEFAULT_CODEBOOK.add("beta")).value
    assert [(t.id, t.shortcut) for t in merged][3:] == [("alpha", "4"), ("beta", "5")]
    assert read_codebook(tmp_path / "codebook.marginalia.json") == merged


def test_two_topics_given_the_same_name_are_told_apart(tmp_path):
    """One side renamed a topic to a name the other gave a new topic: the later in order is numbered."""
    _file(tmp_path).write(DEFAULT_CODEBOOK)
    first, second = _file(tmp_path), _file(tmp_path)
    first.read()
    second.read()
    first.write(DEFAULT_CODEBOOK.update("privacy", name="Ethics"))
    merged = second.write(DEFAULT_CODEBOOK.add("ethics")).value
    assert [t.name for t in merged] == ["compute", "Ethics", "competition", "ethics (2)"]


def test_keys_run_out_gracefully(tmp_path):
    """With every key taken, a topic whose key clashed keeps none."""
    full = Codebook(tuple(Topic(f"t{k}", f"t{k}", "#123456", k) for k in "123456789"))
    _file(tmp_path).write(full)
    first, second = _file(tmp_path), _file(tmp_path)
    first.read()
    second.read()
    first.write(full.insert(9, Topic("x", "x", "#123456", "")).update("t9", shortcut="").update("x", shortcut="9"))
    merged = second.write(full.insert(9, Topic("y", "y", "#123456", "")).update("t9", shortcut="")
                          .update("y", shortcut="9")).value
    assert [(t.id, t.shortcut) for t in merged][-3:] == [("t9", ""), ("x", "9"), ("y", "")]


def test_a_topic_renamed_on_both_sides_keeps_one_name_and_the_other_in_the_history(tmp_path):
    """Topics have no time: the content rule picks one name, whichever side saves last;
    the other name is in the codebook's history."""
    results = []
    for order in ((0, 1), (1, 0)):
        folder = tmp_path / f"order{order[0]}"
        folder.mkdir()
        _file(folder).write(DEFAULT_CODEBOOK)
        owners = [_file(folder), _file(folder)]
        for owner in owners:
            owner.read()
        books = [DEFAULT_CODEBOOK.update("privacy", name="Datenschutz"),
                 DEFAULT_CODEBOOK.update("privacy", name="Riservatezza")]
        for i in order:
            owners[i].write(books[i])
        results.append((folder / "codebook.marginalia.json").read_bytes())
        names = {e.record["name"] for e in read_history(folder / "codebook.marginalia.json")}
        assert {"Datenschutz", "Riservatezza"} - {read_codebook(folder / "codebook.marginalia.json")
                                                   .get("privacy").name} <= names
    assert results[0] == results[1]


def test_an_undone_edit_leaves_the_topics_added_since(tmp_path):
    """Undoing "add regulation" after someone added "antitrust" removes regulation only."""
    before = DEFAULT_CODEBOOK
    after = before.add("regulation")
    current = after.add("antitrust")
    undone = rebase_codebook(after, before, current)
    assert undone.ids() == ("compute", "privacy", "competition", "antitrust")
    assert set(rebase_codebook(before, after, undone).ids()) == set(current.ids())  # and redone


def test_the_codebook_file_bytes_are_its_records(tmp_path):
    """The encoding is the topics' records in order, colours upper case."""
    book = DEFAULT_CODEBOOK.add("x", color="#abcdef")
    data = encode_codebook(book)
    assert b'"color": "#ABCDEF"' in data and data.index(b'"compute"') < data.index(b'"x"')
    owner = _file(tmp_path)
    owner.write(book)
    assert owner.records(book)["x"].color == "#abcdef" and owner.record_json(book.get("x"))["color"] == "#ABCDEF"
