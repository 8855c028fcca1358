"""import_file: one entry point for every import format, chosen from the file itself."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from marginalia.core.corpus import Corpus
from marginalia.core.importer import IMPORT_FILE_FILTERS, ImportFileError, import_file

TEXT = "The quick brown fox jumps over the lazy dog.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "fox.txt").write_text(TEXT, encoding="utf-8")
    return Corpus(root)


def _annotation(exact: str) -> dict:
    return {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "id": "urn:x:1",
            "target": {"source": "fox.txt", "selector": {"type": "TextQuoteSelector", "exact": exact}}}


def test_import_file_takes_w3c_json_whatever_its_name(corpus, tmp_path):
    """JSON-LD is recognised by its content (a byte-order mark and blank lines first too)."""
    path = tmp_path / "exported.data"
    path.write_bytes(b"\xef\xbb\xbf\n  " + json.dumps(_annotation("brown fox")).encode())
    done = []
    report = import_file(corpus, path, progress=lambda d, t, name: done.append((d, t)))
    assert len(report.imported) == 1 and done[-1] == (1, 1)
    assert [a.quote.exact for a in corpus.open(corpus.root / "fox.txt").ordered()] == ["brown fox"]


@pytest.mark.parametrize("kind", ["prose", "folder", "missing", "fifo"])
def test_import_file_names_the_file_and_the_problem(corpus, tmp_path, kind):
    """Prose, a folder, a missing file and a FIFO (whose read would never end) are refused at once."""
    path = tmp_path / "input.jsonld"
    if kind == "prose":
        path.write_text("Dear colleague, here are my notes.\n", encoding="utf-8")
    elif kind == "folder":
        path.mkdir()
    elif kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("FIFOs are a POSIX thing")
        os.mkfifo(path)
    with pytest.raises(ImportFileError) as caught:
        import_file(corpus, path)
    assert caught.value.path == path and caught.value.reason
    assert kind != "prose" or "cannot import" in caught.value.reason


def test_import_file_filters_list_patterns_for_each_format():
    """Each entry is a label and file-name patterns, ready for a file dialog."""
    assert IMPORT_FILE_FILTERS
    for label, patterns in IMPORT_FILE_FILTERS:
        assert label and patterns and all(p.startswith("*.") for p in patterns)
