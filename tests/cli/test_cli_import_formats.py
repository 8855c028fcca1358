"""`marginalia import` for every kind of file: what it brought, what it left out and why."""

from __future__ import annotations

import json

from marginalia.cli import run_command
from support import article_files as files


def test_import_hypothesis_prints_each_field_left_out(seed_copy, tmp_path, capsys):
    """Fields read but not kept are listed by name with the reason, counted."""
    corpus = seed_copy(tmp_path / "corpus")
    rows = [{"id": f"h{i}", "created": "2024-05-06T07:08:09Z", "updated": "2024-05-06T07:08:09Z",
             "user": "acct:ana@hypothes.is", "uri": "https://x.example/a", "text": "", "tags": [],
             "group": "__world__", "permissions": {}, "document": {"title": ["x"]},
             "target": [{"source": "https://x.example/a", "selector": [
                 {"type": "TextQuoteSelector", "exact": exact}]}]}
            for i, exact in enumerate(["Microsoft and OpenAI were named as defendants",
                                       "las empresas podrán utilizarlo para crear aplicaciones"])]
    path = tmp_path / "h.json"
    path.write_text(json.dumps({"total": 2, "rows": rows}), encoding="utf-8")
    assert run_command(["import", str(corpus), str(path)]) == 0
    out = capsys.readouterr().out
    assert "Imported 2, updated 0, skipped 0, unmatched 0" in out
    assert "not kept (2×): group: Marginalia has no groups" in out


def test_import_unsupported_file_exits_2_with_what_it_looks_like(seed_copy, tmp_path, capsys):
    """A workbook given to import: one line naming the file and what it seems to be."""
    import zipfile

    corpus = seed_copy(tmp_path / "corpus")
    path = tmp_path / "table.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    assert run_command(["import", str(corpus), str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err
    assert "this looks like an Excel workbook, which Marginalia cannot import" in err


def test_import_article_file_lists_it_as_new(seed_copy, tmp_path, capsys):
    """An EPUB given to import is copied into the corpus and named in the output."""
    corpus = seed_copy(tmp_path / "corpus")
    files.write_epub(tmp_path / "book.epub")
    assert run_command(["import", str(corpus), str(tmp_path / "book.epub")]) == 0
    assert "New articles: book.epub." in capsys.readouterr().out
    assert (corpus / "book.epub").is_file()
